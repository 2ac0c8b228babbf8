// Turns a rule's report into an ESLint-shaped message, after checking the rule kept its contract.
import { interpolate } from './interpolate.js';
import type { Document, Fix, LintMessage, Report, Rule, SeverityLevel } from '../types.js';

/** A rule broke its contract (unknown messageId, bad range...): a bug in the rule, named as such. */
export class RuleContractError extends Error {
  constructor(ruleId: string, problem: string) {
    super(`règle ${ruleId} : ${problem}`);
    this.name = 'RuleContractError';
  }
}

function checkRange(rule: Rule, doc: Document, range: [number, number], what: string): void {
  const [start, end] = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > doc.source.length) {
    throw new RuleContractError(rule.meta.id, `${what} invalide [${start}, ${end}] (source de ${doc.source.length} caractères)`);
  }
}

function checkFix(rule: Rule, doc: Document, fix: Fix, what: string): void {
  checkRange(rule, doc, fix.range, `plage de ${what}`);
  if (typeof fix.text !== 'string') throw new RuleContractError(rule.meta.id, `${what} sans texte`);
}

export function toMessage(rule: Rule, doc: Document, severity: SeverityLevel, report: Report): LintMessage {
  const { meta } = rule;
  const template = meta.messages[report.messageId];
  if (template === undefined) throw new RuleContractError(meta.id, `messageId « ${report.messageId} » absent de meta.messages`);
  checkRange(rule, doc, report.range, 'plage');
  if (report.fix && !meta.fixable) throw new RuleContractError(meta.id, 'correctif fourni par une règle non corrigeable (meta.fixable)');
  if (report.suggest?.length && !meta.hasSuggestions) throw new RuleContractError(meta.id, 'suggestions sans meta.hasSuggestions');

  const start = doc.position(report.range[0]);
  const end = doc.position(report.range[1]);
  const message: LintMessage = {
    ruleId: meta.id,
    messageId: report.messageId,
    severity,
    message: interpolate(template, report.data),
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
  if (report.fix) {
    checkFix(rule, doc, report.fix, 'correctif');
    message.fix = report.fix;
  }
  if (report.suggest?.length) {
    message.suggestions = report.suggest.map((s) => {
      const desc = meta.messages[s.messageId];
      if (desc === undefined) throw new RuleContractError(meta.id, `messageId de suggestion « ${s.messageId} » absent de meta.messages`);
      checkFix(rule, doc, s.fix, 'suggestion');
      return { messageId: s.messageId, desc: interpolate(desc, s.data), fix: s.fix };
    });
  }
  return message;
}
