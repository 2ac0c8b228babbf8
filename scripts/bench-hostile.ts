// Figures, not a test: how long one run takes on hostile inputs (one huge paragraph, long runs of digits,
// civilités, quotes, negations). Every line must end; none should be far from linear in size.
// Usage: npx tsx scripts/bench-hostile.ts [scale=1]
import { performance } from 'node:perf_hooks';
import { lintText } from '../src/engine/lint.js';
import { rules } from '../rules/index.js';

const k = Number(process.argv[2] ?? 1);
const cases: [string, string, string][] = [
  ['1 MB, one paragraph of claims', 'a.txt', 'Résultats garantis sans risque, meilleur cabinet ! '.repeat(20000 * k)],
  ['300 KB, one word', 'b.txt', 'a'.repeat(300000 * k)],
  ['200 KB of spaced digits then €', 'c.txt', '1 '.repeat(100000 * k) + '€'],
  ['150 KB of « M. » then a name', 'd.txt', 'M. '.repeat(50000 * k) + 'Dupont'],
  ['120 KB of « 06 »', 'e.txt', '06 '.repeat(40000 * k)],
  ['120 KB of nested quotes', 'f.txt', '« '.repeat(30000 * k) + 'm’a sauvé' + ' »'.repeat(30000 * k)],
  ['150 KB of « ne »', 'g.txt', 'ne '.repeat(50000 * k) + 'guérit pas'],
  ['nested Markdown', 'h.md', '> '.repeat(2000 * k) + 'texte\n\n' + '- '.repeat(500 * k) + 'x\n'],
  ['unbalanced brackets and stars', 'i.md', '['.repeat(10000 * k) + 'x' + ']'.repeat(10000 * k) + '\n' + '*'.repeat(20000 * k)],
];
const config = { rules: {}, ignorePatterns: [] };
for (const [label, name, text] of cases) {
  const t = performance.now();
  const r = lintText(text, { filePath: name, config, rules });
  const s = (performance.now() - t) / 1000;
  console.log(`${label.padEnd(34)} ${(text.length / 1e3).toFixed(0).padStart(6)} k chars  ${s.toFixed(2).padStart(6)} s  ${r.messages.length} problems`);
}
