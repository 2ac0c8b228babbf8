// ESLint's `json` report: the results as JSON, minus the source text (it may hold patient data).
import type { LintMessage, LintResult } from '../types.js';
import type { Formatter } from './types.js';

/** A message with ESLint's key order; unknown extra keys are dropped. */
export function toEslintMessage(m: LintMessage): LintMessage {
  const out: LintMessage = {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
  };
  if (m.messageId !== undefined) out.messageId = m.messageId;
  if (m.fatal) out.fatal = true;
  if (m.fix !== undefined) out.fix = m.fix;
  if (m.suggestions !== undefined) out.suggestions = m.suggestions;
  return out;
}

export interface EslintJsonResult extends Omit<LintResult, 'source'> {
  suppressedMessages: LintMessage[];
  usedDeprecatedRules: never[];
}

export function toEslintResult(r: LintResult): EslintJsonResult {
  const out: EslintJsonResult = {
    filePath: r.filePath,
    messages: r.messages.map(toEslintMessage),
    suppressedMessages: (r.suppressedMessages ?? []).map(toEslintMessage),
    errorCount: r.errorCount,
    fatalErrorCount: r.fatalErrorCount,
    warningCount: r.warningCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
    usedDeprecatedRules: [],
  };
  if (r.output !== undefined) out.output = r.output;
  if (r.stats !== undefined) out.stats = r.stats;
  return out;
}

export const json: Formatter = (results) => JSON.stringify(results.map(toEslintResult));
