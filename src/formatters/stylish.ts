// ESLint's stylish report, row for row, so that `$eslint-stylish` problem matchers and CI log parsers read it.
import { Chalk } from 'chalk';
import type { LintMessage } from '../types.js';
import type { Formatter } from './types.js';

/** French number agreement: singular for 0 and 1 (« 0 erreur », « 1 avertissement »), plural from 2. */
function count(n: number, singular: string, plural: string): string {
  return `${n} ${n < 2 ? singular : plural}`;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function visibleLength(s: string): number {
  return s.replace(ANSI, '').length;
}

/**
 * The `text-table` package as ESLint calls it: columns joined by two spaces, padded to the widest cell
 * ('r' pads on the left), trailing white space removed from each row.
 */
export function textTable(rows: string[][], align: Array<'l' | 'r' | ''>): string[] {
  const sizes: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      const n = visibleLength(cell);
      if (sizes[i] === undefined || n > sizes[i]) sizes[i] = n;
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat(Math.max(sizes[i] - visibleLength(cell), 0));
        return align[i] === 'r' ? pad + cell : cell + pad;
      })
      .join('  ')
      .replace(/\s+$/u, ''),
  );
}

export const stylish: Formatter = (results, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  let output = '\n';
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  let summaryColor = c.yellow;

  for (const result of results) {
    const messages: LintMessage[] = result.messages;
    if (messages.length === 0) continue;
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    fixableErrorCount += result.fixableErrorCount;
    fixableWarningCount += result.fixableWarningCount;

    output += `${c.underline(result.filePath)}\n`;
    const rows = messages.map((message) => {
      let type: string;
      if (message.fatal || message.severity === 2) {
        type = c.red('error');
        summaryColor = c.red;
      } else {
        type = c.yellow('warning');
      }
      return [
        '',
        String(message.line || 0),
        String(message.column || 0),
        type,
        message.message.replace(/([^ ])\.$/u, '$1'),
        c.dim(message.ruleId ?? ''),
      ];
    });
    const lines = textTable(rows, ['', 'r', 'l']).map((row) =>
      row.replace(/(\d+)\s+(\d+)/u, (_m, line: string, column: string) => c.dim(`${line}:${column}`)),
    );
    const layout = ctx.suggestions ?? 'inline';
    const withSuggestions: string[] = [];
    const grouped: string[] = [];
    lines.forEach((row, i) => {
      withSuggestions.push(row);
      const m = messages[i];
      for (const suggestion of layout === 'off' ? [] : (m.suggestions ?? [])) {
        // Inline: on its own line below its problem, outside the columns. Grouped: after every row of the
        // file, so that `$eslint-stylish` matchers (which stop at the first non-row line) read all rows.
        if (layout === 'inline') withSuggestions.push(c.dim(`        suggestion : ${oneLine(suggestion.desc)}`));
        else grouped.push(c.dim(`    ${m.line}:${m.column}  ${oneLine(suggestion.desc)}`));
      }
    });
    if (grouped.length) withSuggestions.push(c.dim('  suggestions :'), ...grouped);
    output += `${withSuggestions.join('\n')}\n\n`;
  }

  const total = errorCount + warningCount;
  if (total === 0) return '';
  // The row words (error, warning) stay ESLint's: problem matchers read them. The summary is for people: French.
  output += summaryColor.bold(
    `\u2716 ${count(total, 'problème', 'problèmes')} (${count(errorCount, 'erreur', 'erreurs')}, ${count(warningCount, 'avertissement', 'avertissements')})\n`,
  );
  if (fixableErrorCount > 0 || fixableWarningCount > 0) {
    output += summaryColor.bold(
      `  ${count(fixableErrorCount, 'erreur', 'erreurs')} et ${count(fixableWarningCount, 'avertissement', 'avertissements')} ` +
        `corrigeables avec l’option \`--fix\`.\n`,
    );
  }
  return ctx.color ? c.reset(output) : output;
};

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/gu, ' ');
}
