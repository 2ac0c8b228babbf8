// One line per problem, `fichier:ligne:colonne: sévérité message [règle]` (ESLint's compact, in the layout that
// editors and CI log matchers read as a compiler's): grep-able, one problem per line whatever the message.
import type { LintMessage } from '../types.js';
import type { Formatter } from './types.js';

/** `error` / `warning` as every tool that reads compiler-style lines expects them (as stylish prints them). */
function severity(m: LintMessage): string {
  return m.fatal || m.severity === 2 ? 'error' : 'warning';
}

/** A message on one line: a line break inside it would start a line no tool can read. */
function oneLine(s: string): string {
  return s.replace(/\s*[\r\n\u2028\u2029]+\s*/gu, ' ');
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n <= 1 ? one : many}`;
}

export const compact: Formatter = (results) => {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    for (const m of result.messages) {
      const rule = m.ruleId ? ` [${m.ruleId}]` : '';
      lines.push(`${result.filePath}:${m.line || 0}:${m.column || 0}: ${severity(m)} ${oneLine(m.message)}${rule}`);
    }
  }
  if (lines.length === 0) return '';
  const total = errors + warnings;
  lines.push('', `${count(total, 'problème', 'problèmes')} (${count(errors, 'erreur', 'erreurs')}, ${count(warnings, 'avertissement', 'avertissements')})`);
  return lines.join('\n');
};
