// SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps): rules from meta, one result per problem.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintMessage, RuleMeta } from '../types.js';
import type { Formatter } from './types.js';
import { isInside, relativePosix } from './paths.js';
import { repositoryUrl, ruleDocsUrl } from './rule-docs.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

function level(m: LintMessage): 'error' | 'warning' {
  return m.fatal || m.severity === 2 ? 'error' : 'warning';
}

/**
 * The rule's help as code scanning shows it under an alert (GitHub requires it: GH2012): what it checks, why,
 * what stays allowed, the legal references and the documentation page.
 */
function help(meta: RuleMeta, docsUrl: string | undefined): { text: string; markdown: string } {
  const text: string[] = [meta.docs.description];
  const markdown: string[] = [mdEscape(meta.docs.description)];
  if (meta.docs.rationale) {
    text.push(`Pourquoi : ${meta.docs.rationale}`);
    markdown.push(`**Pourquoi.** ${mdEscape(meta.docs.rationale)}`);
  }
  if (meta.docs.allowed) {
    text.push(`Ce qui reste permis : ${meta.docs.allowed}`);
    markdown.push(`**Ce qui reste permis.** ${mdEscape(meta.docs.allowed)}`);
  }
  if (meta.references.length > 0) {
    text.push(`Références : ${meta.references.map((r) => `${r.title} (${r.url})`).join(' ; ')}`);
    markdown.push(`**Références**\n\n${meta.references.map((r) => `- [${mdEscape(r.title)}](${mdUrl(r.url)})`).join('\n')}`);
  }
  if (docsUrl) {
    text.push(`Documentation : ${docsUrl}`);
    markdown.push(`[Documentation de la règle ${meta.id}](${docsUrl})`);
  }
  return { text: text.join('\n\n'), markdown: markdown.join('\n\n') };
}

/** A link target that Markdown reads whole (no space or parenthesis to end it early). */
function mdUrl(url: string): string {
  return url.replace(/[\s()<>]/gu, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Text that Markdown would read as markup (a rule's words are plain text). */
function mdEscape(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/gu, '\\$&');
}

function sarifRule(meta: RuleMeta, homepage: string | undefined): Record<string, unknown> {
  const rule: Record<string, unknown> = {
    id: meta.id,
    shortDescription: { text: meta.docs.description },
  };
  if (meta.docs.rationale) rule.fullDescription = { text: meta.docs.rationale };
  // The rule's page in the repository; a plugin's rule has none there, and gets no address rather than a wrong one.
  const docsUrl = ruleDocsUrl(meta.id, homepage);
  if (docsUrl) rule.helpUri = docsUrl;
  rule.help = help(meta, docsUrl);
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
            informationUri: repositoryUrl(ctx.informationUri),
            ...(ctx.version ? { version: ctx.version } : {}),
            rules: ids.map((id) => sarifRule(ctx.rulesMeta[id], ctx.informationUri)),
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
