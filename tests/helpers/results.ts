// Hand-built lint results and rule meta for formatter tests (no engine needed).
import type { LintMessage, LintResult, RuleMeta } from '../../src/types.js';

export function message(over: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'no-price-promotion',
    messageId: 'pricePromotion',
    severity: 2,
    message: '« -30 % » : promotion tarifaire interdite (art. R.4127-19 CSP)',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 6,
    ...over,
  };
}

export function result(filePath: string, messages: LintMessage[], over: Partial<LintResult> = {}): LintResult {
  const errors = messages.filter((m) => m.fatal || m.severity === 2);
  const warnings = messages.filter((m) => !m.fatal && m.severity === 1);
  return {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: errors.length,
    warningCount: warnings.length,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: errors.filter((m) => m.fix).length,
    fixableWarningCount: warnings.filter((m) => m.fix).length,
    ...over,
  };
}

export function meta(id: string, over: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    type: 'problem',
    severity: 'error',
    docs: { description: `Description de ${id}`, rationale: `Pourquoi ${id}` },
    references: [{ title: 'Code de la santé publique', url: `https://www.legifrance.gouv.fr/${id}` }],
    legal: ['commerce'],
    fixable: false,
    hasSuggestions: false,
    messages: { x: 'x' },
    french: true,
    ...over,
  };
}
