#!/usr/bin/env node
// Measurement (figures, not a test, not shipped): would a V8 start-up snapshot bring one post near `node -e 0`
// (issue #9)? Builds, in a temporary folder, a user-land snapshot (`node --build-snapshot`) holding the heap after
// the bundle of dist/ is loaded and has linted the sample post, then times in alternating runs (medians):
// `node -e 0`, today's path (bin/postlint.js), the snapshot through a re-exec from a node script (what bin/ would
// have to do: it cannot take node flags), the snapshot started directly (a free launcher's bound), the snapshot's
// deserialization alone, and an empty user snapshot. Measured 2026-12-07 and not adopted: see README, Performances.
// Usage:
//
//   npm run build && node scripts/bench-snapshot.mjs [runs=15]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(here, 'dist');
const runs = Number(process.argv[2] ?? 15);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'postlint-snapshot-'));
const post = path.join(tmp, 'post.md');
writeFileSync(post, 'Le cabinet sera fermé du 1er au 15 août ; en cas d’urgence, appelez le 15.\n');

const { SAMPLE_ARGV, SAMPLE_POST } = await import(pathToFileURL(path.join(dist, 'src', 'startup', 'sample-post.js')).href);
const bundleFile = path.join(dist, 'cli.bundle.cjs');
// The snapshot keeps the entry script's source: escaped to ASCII, V8 stores it on one byte per character
// (2.3 MB less than the bundle's two-byte source; same output on the fixtures).
const ascii = (s) => s.replace(/[^\x00-\x7f]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
// Irregexp's native code cannot be serialized (V8 aborts: « unreachable code » in the serializer): the warm-up runs
// regexes as bytecode, and the flags go back to their defaults before serialization, or the snapshot's flag hash
// would not match a default run (« built with … different V8 configurations »).
const entry = `'use strict';
const v8 = require('node:v8');
const { EventEmitter } = require('node:events');
const builtinRequire = require;
let runtimeRequire = null;
const bundleFile = ${JSON.stringify(bundleFile)};
const mod = { exports: {} };
(function (exports, require, module, __filename, __dirname, __postlintHostImport) {${ascii(readFileSync(bundleFile, 'utf8'))}
}).call(mod.exports, mod.exports, (id) => (runtimeRequire ?? builtinRequire)(id), mod, bundleFile, ${JSON.stringify(dist)}, undefined);
v8.setFlagsFromString('--regexp-interpret-all');
mod.exports.run(${ascii(JSON.stringify(SAMPLE_ARGV))}, {
  stdout: { write: () => true }, stderr: { write: () => true },
  stdin: (async function* () { yield Buffer.from(${ascii(JSON.stringify(SAMPLE_POST))}); })(),
  cwd: process.cwd(), env: process.env, signals: new EventEmitter(),
}).then(() => {
  v8.setFlagsFromString('--no-regexp-interpret-all');
  v8.setFlagsFromString('--regexp-tier-up');
});
v8.startupSnapshot.setDeserializeMainFunction(() => {
  if (process.env.POSTLINT_SNAPSHOT_NOOP === '1') return;
  runtimeRequire = require('node:module').createRequire(bundleFile);
  mod.exports.main(['node', 'postlint', ...process.argv.slice(1)]);
});
`;
const blob = path.join(tmp, 'warm.blob');
const empty = path.join(tmp, 'empty.blob');
writeFileSync(path.join(tmp, 'entry.cjs'), entry);
writeFileSync(path.join(tmp, 'empty.cjs'), "require('node:v8').startupSnapshot.setDeserializeMainFunction(() => {});\n");
for (const [out, script] of [[blob, 'entry.cjs'], [empty, 'empty.cjs']]) {
  const built = spawnSync(process.execPath, ['--snapshot-blob', out, '--build-snapshot', script], { cwd: tmp, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`--build-snapshot ${script} : code ${built.status} ${built.stderr}`);
}
const reexec = path.join(tmp, 'reexec.mjs');
writeFileSync(
  reexec,
  `import { spawnSync } from 'node:child_process';
const r = spawnSync(process.execPath, ['--snapshot-blob', ${JSON.stringify(blob)}, '--', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
`,
);

const args = ['--no-config-lookup', '-f', 'json', post];
const commands = {
  'node -e 0': [['-e', '0']],
  'today (bin/postlint.js)': [[path.join(here, 'bin', 'postlint.js'), ...args]],
  'snapshot, node re-exec': [[reexec, ...args]],
  'snapshot, direct': [['--snapshot-blob', blob, '--', ...args]],
  'snapshot, deserialized only': [['--snapshot-blob', blob], { POSTLINT_SNAPSHOT_NOOP: '1' }],
  'empty user snapshot': [['--snapshot-blob', empty]],
};
const blobSize = statSync(blob).size;
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
const outputs = {};
for (let r = 0; r < runs; r++) {
  for (const [name, [rest, env]] of Object.entries(commands)) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, rest, { encoding: 'utf8', env: { ...process.env, ...env } });
    times[name].push(performance.now() - t0);
    if (run.status !== 0) throw new Error(`${name} : code ${run.status} ${run.stderr.split('\n')[0]}`);
    outputs[name] ??= run.stdout;
  }
}
rmSync(tmp, { recursive: true, force: true });
for (const name of ['snapshot, node re-exec', 'snapshot, direct']) {
  if (outputs[name] !== outputs['today (bin/postlint.js)']) throw new Error(`${name} : sortie différente`);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const node = median(times['node -e 0']);
const today = median(times['today (bin/postlint.js)']);
console.log(`one post, ${runs} alternating runs (medians); snapshot of ${(blobSize / 1e6).toFixed(1)} MB`);
for (const k of Object.keys(commands)) {
  const t = median(times[k]);
  const gain = k.startsWith('snapshot') ? `  today / this ${(today / t).toFixed(2)}` : '';
  console.log(`  ${k.padEnd(30)} ${(t / 1000).toFixed(3)} s  ${(t / node).toFixed(2)}x node -e 0${gain}`);
}
