#!/usr/bin/env node
// Splits a labelled set into two halves by the number in each file name (odd / even), as issue #7 asks: work on
// one half, only measure on the other. Writes <out>/odd and <out>/even, each with its files and labels.json.
// Usage: node scripts/realset-halves.mjs ../shared/realset /tmp/realset
import fs from 'node:fs';
import path from 'node:path';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node scripts/realset-halves.mjs <dossier étiqueté> <dossier de sortie>');
  process.exit(2);
}
const labels = JSON.parse(fs.readFileSync(path.join(from, 'labels.json'), 'utf8'));
const halves = { odd: {}, even: {} };
for (const [file, ids] of Object.entries(labels)) {
  const n = Number(/(\d+)/u.exec(file)?.[1] ?? NaN);
  halves[n % 2 === 1 ? 'odd' : 'even'][file] = ids;
}
for (const [half, subset] of Object.entries(halves)) {
  const dir = path.join(to, half);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const file of Object.keys(subset)) fs.copyFileSync(path.join(from, file), path.join(dir, file));
  fs.writeFileSync(path.join(dir, 'labels.json'), `${JSON.stringify(subset, null, 1)}\n`);
  console.log(`${half}: ${Object.keys(subset).length} posts → ${dir}`);
}
