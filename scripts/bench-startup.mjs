#!/usr/bin/env node
// Benchmark (figures, not a test): one short post through the whole CLI, as a pre-commit hook runs it, for this
// checkout and other builds, beside `node -e 0`, in alternating runs (medians), so that the ratios hold on a noisy
// shared machine. Usage:
//
//   npm run build && node scripts/bench-startup.mjs [runs=15] <other-checkout-with-dist>...
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = /^\d+$/u.test(args[0] ?? '') ? Number(args.shift()) : 15;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'postlint-startup-'));
const post = path.join(tmp, 'post.md');
writeFileSync(post, 'Le cabinet sera fermé du 1er au 15 août ; en cas d’urgence, appelez le 15.\n');

const commands = { 'node -e 0': [process.execPath, '-e', '0'] };
for (const dir of [here, ...args]) commands[`postlint (${path.basename(path.resolve(dir))})`] = [process.execPath, path.join(path.resolve(dir), 'bin', 'postlint.js'), '--no-config-lookup', post];
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let r = 0; r < runs; r++) {
  for (const [name, [cmd, ...rest]] of Object.entries(commands)) {
    const t0 = performance.now();
    const run = spawnSync(cmd, rest, { encoding: 'utf8' });
    times[name].push(performance.now() - t0);
    if (run.status !== 0) throw new Error(`${name} : code ${run.status} ${run.stderr.split('\n')[0]}`);
  }
}
rmSync(tmp, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const node = median(times['node -e 0']);
console.log(`one post, ${runs} alternating runs (medians)`);
for (const k of Object.keys(commands)) console.log(`  ${k.padEnd(34)} ${(median(times[k]) / 1000).toFixed(3)} s  ${(median(times[k]) / node).toFixed(1)}x node -e 0`);
