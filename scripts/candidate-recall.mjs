#!/usr/bin/env node
// Candidate recall beside final recall, per rule, on a labelled set (labels.json: file → rule ids): of the
// labelled violations, how many got at least one candidate from their rule (detection), and how many were
// reported (after the filters). A miss with no candidate is a detection miss; with candidates, a filter miss.
//
//   npm run build && node scripts/candidate-recall.mjs ../shared/devset
//
// Only counts are printed, never the texts (the real set is third parties' writing).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const set = process.argv[2];
if (!set) {
  process.stderr.write('usage : node scripts/candidate-recall.mjs <dossier avec labels.json>\n');
  process.exit(2);
}
const labels = JSON.parse(readFileSync(path.join(set, 'labels.json'), 'utf8'));
const bin = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'postlint.js');
const run = spawnSync(process.execPath, [bin, '--format', 'json', '--debug-rule', 'all', '--no-config-lookup', set], { encoding: 'utf8', maxBuffer: 1 << 28 });
if (run.status !== 0 && run.status !== 1) {
  process.stderr.write(`postlint a échoué (code ${run.status}) : ${run.stderr.split('\n')[0]}\n`);
  process.exit(2);
}

/** file basename → rule ids with a candidate / with a report. */
const candidates = new Map();
const reported = new Map();
const add = (map, file, rule) => map.set(file, (map.get(file) ?? new Set()).add(rule));
for (const line of run.stderr.split('\n')) {
  const [where, rule] = line.split('\t');
  if (!rule) continue;
  add(candidates, path.basename(where.replace(/:\d+:\d+-\d+:\d+$/u, '')), rule);
}
for (const result of JSON.parse(run.stdout)) {
  for (const m of result.messages) if (m.ruleId) add(reported, path.basename(result.filePath), m.ruleId);
}

const rows = new Map();
for (const [file, rules] of Object.entries(labels)) {
  for (const rule of rules) {
    const row = rows.get(rule) ?? { support: 0, candidate: 0, final: 0 };
    row.support++;
    if (candidates.get(file)?.has(rule)) row.candidate++;
    if (reported.get(file)?.has(rule)) row.final++;
    rows.set(rule, row);
  }
}
const pct = (n, d) => (d ? (n / d).toFixed(2) : '-');
const lines = [['rule', 'support', 'candidate recall', 'final recall', 'detection misses', 'filter misses']];
let total = { support: 0, candidate: 0, final: 0 };
for (const [rule, r] of [...rows].sort()) {
  lines.push([rule, String(r.support), pct(r.candidate, r.support), pct(r.final, r.support), String(r.support - r.candidate), String(r.candidate - r.final)]);
  total = { support: total.support + r.support, candidate: total.candidate + r.candidate, final: total.final + r.final };
}
lines.push(['all', String(total.support), pct(total.candidate, total.support), pct(total.final, total.support), String(total.support - total.candidate), String(total.candidate - total.final)]);
const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => l[i].length)));
for (const l of lines) process.stdout.write(l.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ') + '\n');
