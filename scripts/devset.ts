// Scores the rules on a labelled set in-process (no build needed): per-rule precision/recall, and with
// --details every false positive/negative. Usage: npx tsx scripts/devset.ts [dir] [--rule id] [--details]
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../src/engine/lint.js';
import { rules } from '../rules/index.js';

const args = process.argv.slice(2);
const details = args.includes('--details');
const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rule') ?? path.join('..', 'shared', 'devset');
const labels: Record<string, string[]> = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8'));
const stats = new Map<string, { tp: number; fp: number; fn: number }>();
const stat = (id: string) => stats.get(id) ?? (stats.set(id, { tp: 0, fp: 0, fn: 0 }), stats.get(id)!);
const lines: string[] = [];
let cleanFlagged = 0;
let clean = 0;
for (const file of readdirSync(dir).filter((f) => f in labels).sort()) {
  const source = readFileSync(path.join(dir, file), 'utf8');
  const result = lintText(source, { filePath: path.join(dir, file), config: { rules: {}, ignorePatterns: [] }, rules });
  const predicted = new Set(result.messages.map((m) => m.ruleId ?? '(no-rule)'));
  const expected = new Set(labels[file]);
  if (expected.size === 0) {
    clean++;
    if (predicted.size) cleanFlagged++;
  }
  for (const id of new Set([...predicted, ...expected])) {
    if (only && id !== only) continue;
    const s = stat(id);
    if (predicted.has(id) && expected.has(id)) s.tp++;
    else if (predicted.has(id)) {
      s.fp++;
      const msgs = result.messages.filter((m) => (m.ruleId ?? '(no-rule)') === id).map((m) => `${m.line}:${m.column} ${m.message}`);
      lines.push(`FP ${id} ${file}: ${msgs.join(' | ')}\n   ${source.replace(/\s+/gu, ' ').slice(0, 300)}`);
    } else {
      s.fn++;
      lines.push(`FN ${id} ${file}\n   ${source.replace(/\s+/gu, ' ').slice(0, 300)}`);
    }
  }
}
const f = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '-');
let T = 0, P = 0, N = 0;
console.log('rule'.padEnd(26), 'tp  fp  fn  prec  rec   f1');
for (const [id, s] of [...stats].sort()) {
  const p = s.tp / (s.tp + s.fp), r = s.tp / (s.tp + s.fn);
  T += s.tp; P += s.fp; N += s.fn;
  console.log(id.padEnd(26), String(s.tp).padStart(2), String(s.fp).padStart(3), String(s.fn).padStart(3), f(p).padStart(5), f(r).padStart(5), f((2 * p * r) / (p + r)).padStart(5));
}
const p = T / (T + P), r = T / (T + N);
console.log(`micro P=${f(p)} R=${f(r)} F1=${f((2 * p * r) / (p + r))}; clean posts flagged ${cleanFlagged}/${clean}`);
if (details) console.log('\n' + lines.join('\n'));
