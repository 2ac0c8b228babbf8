// SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps): rules from meta, one result per problem.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintMessage, RuleMeta } from '../types.js';
import type { Formatter } from './types.js';
import { isInside, relativePosix } from './paths.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const DEFAULT_INFORMATION_URI = 'https://www.npmjs.com/package/postlint';

function level(m: LintMessage): 'error' | 'warning' {
  return m.fatal || m.severity === 2 ? 'error' : 'warning';
}

function sarifRule(meta: RuleMeta): Record<string, unknown> {
  const rule: Record<string, unknown> = {
    id: meta.id,
    shortDescription: { text: meta.docs.description },
  };
  if (meta.docs.rationale) rule.fullDescription = { text: meta.docs.rationale };
  const helpUri = meta.references[0]?.url;
  if (helpUri) rule.helpUri = helpUri;
  rule.defaultConfiguration = { level: meta.severity === 'error' ? 'error' : 'warning' };
  rule.properties = {
    type: meta.type,
    fixable: meta.fixable,
    hasSuggestions: meta.hasSuggestions,
    legal: meta.legal,
    references: meta.references,
  };
  return rule;
}

/** The artifact URI: relative to %SRCROOT% (the working directory) when inside it, a file: URL otherwise. */
function artifactLocation(cwd: string, filePath: string): Record<string, string> {
  const abs = path.resolve(cwd, filePath);
  if (isInside(cwd, abs)) {
    const uri = relativePosix(cwd, abs).split('/').map(encodeURIComponent).join('/');
    return { uri, uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(abs).href };
}

export const sarif: Formatter = (results, ctx) => {
  const ids = Object.keys(ctx.rulesMeta).sort();
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];

  for (const result of results) {
    const artifact = artifactLocation(ctx.cwd, result.filePath);
    for (const m of result.messages) {
      const region: Record<string, number> = {};
      if (m.line) {
        region.startLine = m.line;
        region.startColumn = m.column || 1;
        if (m.endLine) region.endLine = m.endLine;
        if (m.endColumn) region.endColumn = m.endColumn;
      }
      const location = {
        physicalLocation: {
          artifactLocation: artifact,
          ...(m.line ? { region } : {}),
        },
      };
      if (m.ruleId === null) {
        // A fatal problem that no rule raised (unreadable or binary file): a tool notification, as ESLint's
        // SARIF formatter does, since code scanning needs a ruleId on every result.
        notifications.push({ level: 'error', message: { text: m.message }, locations: [location] });
        continue;
      }
      const entry: Record<string, unknown> = { ruleId: m.ruleId };
      const index = ruleIndex.get(m.ruleId);
      if (index !== undefined) entry.ruleIndex = index;
      entry.level = level(m);
      entry.message = { text: m.message };
      entry.locations = [location];
      sarifResults.push(entry);
    }
  }

  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'postlint',
            informationUri: ctx.informationUri ?? DEFAULT_INFORMATION_URI,
            ...(ctx.version ? { version: ctx.version } : {}),
            rules: ids.map((id) => sarifRule(ctx.rulesMeta[id])),
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { uri: pathToFileURL(ctx.cwd.endsWith(path.sep) ? ctx.cwd : ctx.cwd + path.sep).href },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};
