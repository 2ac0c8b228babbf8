#!/usr/bin/env node
// Benchmark (figures, not a test): the whole CLI on the first 500 posts of the dev set and the fixtures, side by
// side with another build of postlint (an older checkout) and with `node -e 0`, in alternating runs, so that the
// ratios hold on a noisy shared machine. Usage:
//
//   npm run build && node scripts/bench-posts.mjs <other-checkout-with-dist> [runs=5] [devset=../shared/devset]
//
// Prints the median wall time of each and the ratios; the posts are copied once into a temporary folder so that
// both builds read the same files.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const [other, runsArg, devsetArg] = process.argv.slice(2);
if (!other) {
  process.stderr.write('usage : node scripts/bench-posts.mjs <autre-checkout> [essais] [devset]\n');
  process.exit(2);
}
const runs = Number(runsArg ?? 5);
const devset = path.resolve(devsetArg ?? path.join(here, '..', 'shared', 'devset'));

const posts = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(md|txt)$/u.test(f) && !/\.fixed\./u.test(f))
    .sort()
    .map((f) => path.join(dir, f));
const files = [...posts(devset), ...posts(path.join(here, 'fixtures'))].slice(0, 500);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'postlint-bench-'));
files.forEach((f, i) => cpSync(f, path.join(tmp, `${String(i).padStart(3, '0')}${path.extname(f)}`)));
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);

const commands = {
  'node -e 0': [process.execPath, '-e', '0'],
  'postlint (this checkout)': [process.execPath, path.join(here, 'bin', 'postlint.js'), '--no-config-lookup', '-f', 'json', tmp],
  [`postlint (${path.basename(path.resolve(other))})`]: [process.execPath, path.join(path.resolve(other), 'bin', 'postlint.js'), '--no-config-lookup', '-f', 'json', tmp],
};
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let r = 0; r < runs; r++) {
  for (const [name, [cmd, ...args]] of Object.entries(commands)) {
    const t0 = performance.now();
    const run = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
    times[name].push(performance.now() - t0);
    if (run.status !== 0 && run.status !== 1) throw new Error(`${name} : code ${run.status} ${run.stderr.split('\n')[0]}`);
  }
}
rmSync(tmp, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [node, mine, theirs] = Object.keys(commands).map((k) => median(times[k]));
console.log(`${files.length} posts, ${(bytes / 1024).toFixed(0)} KB, ${runs} alternating runs (medians)`);
for (const k of Object.keys(commands)) console.log(`  ${k.padEnd(34)} ${(median(times[k]) / 1000).toFixed(2)} s`);
console.log(`  this / other build: ${(mine / theirs).toFixed(2)}x; this / node -e 0: ${(mine / node).toFixed(1)}x; other / node -e 0: ${(theirs / node).toFixed(1)}x`);
