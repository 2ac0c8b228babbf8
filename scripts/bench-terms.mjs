#!/usr/bin/env node
// Benchmark (figures, not a test): does the size of the vocabulary multiply the cost? The built CLI lints the same
// posts with the shipped term lists and with every term list doubled (scripts/bench/double-terms.mjs, preloaded),
// in alternating runs on one thread; prints median CPU and wall time of each and their ratio. Usage:
//
//   npm run build && node scripts/bench-terms.mjs [runs=3] [folder…]     (default: the dev set and the fixtures)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const here = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = /^\d+$/u.test(args[0] ?? '') ? Number(args.shift()) : 3;
const folders = args.length ? args : [path.join(here, '..', 'shared', 'devset'), path.join(here, 'fixtures')];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'postlint-terms-'));
const usage = path.join(tmp, 'rusage');
const preload = (file) => ['--import', path.join(here, 'scripts', 'bench', file)];
const cli = [path.join(here, 'bin', 'postlint.js'), '--no-config-lookup', '--concurrency', 'off', '-f', 'json', ...folders];
const commands = {
  'shipped terms': [...preload('rusage-preload.mjs'), ...cli],
  'every term list doubled': [...preload('rusage-preload.mjs'), ...preload('double-terms.mjs'), ...cli],
};
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, { wall: [], cpu: [] }]));
const outputs = {};
for (let r = 0; r < runs; r++) {
  for (const [name, argv] of Object.entries(commands)) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, POSTLINT_BENCH_RUSAGE: usage } });
    const wall = performance.now() - t0;
    if (run.status !== 0 && run.status !== 1) throw new Error(`${name} : code ${run.status} ${run.stderr.split('\n')[0]}`);
    const [, user, sys] = readFileSync(usage, 'utf8').trim().split(' ').map(Number);
    times[name].wall.push(wall / 1000);
    times[name].cpu.push(user + sys);
    outputs[name] = JSON.parse(run.stdout).reduce((n, f) => n + f.messages.length, 0);
  }
}
rmSync(tmp, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const [one, two] = Object.keys(commands).map((k) => times[k]);
console.log(`${folders.join(', ')}: ${runs} alternating runs on one thread (medians)`);
for (const [k, t] of Object.entries(times)) console.log(`  ${k.padEnd(26)} CPU ${median(t.cpu).toFixed(2)} s, wall ${median(t.wall).toFixed(2)} s, ${outputs[k]} messages`);
console.log(`  doubled / shipped: CPU ${(median(two.cpu) / median(one.cpu)).toFixed(2)}x, wall ${(median(two.wall) / median(one.wall)).toFixed(2)}x`);
