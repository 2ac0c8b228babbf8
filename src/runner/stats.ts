// --stats: where a run's time went, per rule (as ESLint's --stats, plus a table a person can read), so that a
// slow rule shows. Times are the sums over every file and --fix pass, in milliseconds.
import { textTable } from '../formatters/stylish.js';
import type { LintResult } from '../types.js';

export interface RuleTotals {
  id: string;
  time: number;
  reports: number;
  files: number;
}

export function ruleTotals(results: readonly LintResult[]): { parse: number; total: number; rules: RuleTotals[] } {
  const rules = new Map<string, RuleTotals>();
  let parse = 0;
  let total = 0;
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      parse += pass.parse.total;
      total += pass.total;
      for (const [id, { total: time, reports }] of Object.entries(pass.rules)) {
        const r = rules.get(id) ?? { id, time: 0, reports: 0, files: 0 };
        r.time += time;
        r.reports += reports;
        rules.set(id, r);
      }
    }
    for (const id of Object.keys(result.stats?.times.passes[0]?.rules ?? {})) rules.get(id)!.files++;
  }
  return { parse, total, rules: [...rules.values()].sort((a, b) => b.time - a.time || a.id.localeCompare(b.id)) };
}

const ms = (n: number) => n.toFixed(1).replace('.', ',');
const share = (n: number, of: number) => (of > 0 ? `${Math.round((100 * n) / of)} %` : '–');

/** The table printed on stderr: one row per rule, slowest first, then the parse and the whole. */
export function statsTable(results: readonly LintResult[]): string {
  const { parse, total, rules } = ruleTotals(results);
  const rows = [
    ...rules.map((r) => [r.id, ms(r.time), share(r.time, total), String(r.reports), String(r.files)]),
    ['(lecture du texte)', ms(parse), share(parse, total), '', ''],
    ['total', ms(total), '100 %', String(rules.reduce((n, r) => n + r.reports, 0)), String(results.length)],
  ];
  const header = ['règle', 'temps (ms)', 'part', 'signalements', 'fichiers'];
  return `${textTable([header, ...rows], ['l', 'r', 'r', 'r', 'r']).join('\n')}\n`;
}
