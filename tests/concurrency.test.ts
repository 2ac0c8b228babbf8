// --concurrency (issue #9, both cores): worker threads give the same report, the same warnings in the same order,
// the same exit code and the same fixes as one thread. Runs the built CLI (workers run compiled modules) in a CLI
// server (tests/helpers/cli-server.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUTO_MIN_BYTES, bytesUpTo, threadsFor } from '../src/runner/pool.js';
import { serverRun } from './helpers/cli-server.js';
import { firstFixturePerRule, postlint, project, requireBuild, ROOT } from './helpers/cli.js';

async function cli(args: string[], cwd: string) {
  const run = await serverRun(args, { cwd, hangAfterMs: 120_000 });
  expect(run.hung).toBe(false);
  return { code: run.code, stdout: run.stdout, stderr: run.stderr };
}

/** A post of every rule (a valid and an invalid fixture), in two folders, plus files that give warnings: more files than threads is all a pool needs. */
function posts(): Record<string, string | Buffer> {
  const files: Record<string, string | Buffer> = {};
  for (const kind of ['invalid', 'valid'] as const) {
    for (const file of firstFixturePerRule(kind)) {
      const rule = path.basename(path.dirname(path.dirname(file)));
      files[`${kind === 'valid' ? 'a' : 'b'}/${rule}-${path.basename(file)}`] = fs.readFileSync(file);
    }
  }
  // Posts that --fix changes (their fixture has a .fixed twin).
  const identifiers = path.join(ROOT, 'fixtures', 'no-patient-identifier', 'invalid');
  for (const f of fs.readdirSync(identifiers).filter((x) => x.includes('.fixed.')).sort().slice(0, 2)) {
    const post = f.replace('.fixed.', '.');
    files[`b/fixable-${post}`] = fs.readFileSync(path.join(identifiers, post));
  }
  // A Windows-1252 post (a warning on stderr), a binary file (a fatal problem), a post with a fixable problem.
  files['b/latin1.txt'] = Buffer.from('R\xe9sultats garantis, prix cass\xe9s !\n', 'latin1');
  files['b/image.md'] = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]);
  return files;
}

describe('--concurrency', () => {
  let p: ReturnType<typeof project>;
  beforeAll(() => {
    requireBuild();
    p = project(posts());
  });
  afterAll(() => p?.cleanup());

  // One run per mode does both checks (each spawn loads every rule, in each worker too): the sarif report (its
  // results and rule list in the order rules were met, which is what threads could reorder), the warnings, the exit
  // code, and the files --fix wrote.
  it('gives the same sarif report, warnings, exit code and fixes with 2 threads as with one', { timeout: 240_000 }, async () => {
    // The same folder each time, so that the reports' paths are equal too.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-conc-'));
    const copies = [];
    for (const c of ['off', '2']) {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.cpSync(p.dir, dir, { recursive: true });
      const run = await cli(['--no-config-lookup', '--concurrency', c, '--fix', '-f', 'sarif', 'a', 'b'], dir);
      const contents = Object.fromEntries(
        fs.readdirSync(dir, { recursive: true }).map(String).sort().filter((f) => fs.statSync(path.join(dir, f)).isFile()).map((f) => [f, fs.readFileSync(path.join(dir, f), 'latin1')]),
      );
      copies.push({ run, contents });
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(copies[0].run.code).toBe(1);
    expect(copies[0].run.stderr).toContain('Windows-1252');
    expect(JSON.parse(copies[0].run.stdout).runs[0].results.length).toBeGreaterThan(10);
    expect(copies[1].run).toEqual(copies[0].run);
    expect(copies[1].contents).toEqual(copies[0].contents);
    // Something was fixed, or the comparison would prove nothing.
    const original = Object.fromEntries(Object.entries(posts()).map(([f, c]) => [f, Buffer.from(c).toString('latin1')]));
    expect(copies[0].contents).not.toEqual(original);
  });

  it('stops with the same one-line error when a folder’s configuration is broken', { timeout: 240_000 }, async () => {
    fs.writeFileSync(p.path('b/.postrc.json'), '{ "rules": { "no-such-rule": "error" } }');
    try {
      const one = await cli(['--concurrency', 'off', 'a', 'b'], p.dir);
      const two = await cli(['--concurrency', '2', 'a', 'b'], p.dir);
      expect(one.code).toBe(2);
      expect(one.stderr.trim().split('\n')).toHaveLength(1);
      expect(two).toEqual(one);
    } finally {
      fs.rmSync(p.path('b/.postrc.json'));
    }
  });

  it('refuses a bad value in one line', async () => {
    const run = await postlint(['--concurrency', 'beaucoup', 'a'], { cwd: p.dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^postlint: --concurrency attend un nombre de 1 à 64, « auto » ou « off » \(reçu : « beaucoup »\)\n$/u);
  });
});

describe('threadsFor', () => {
  it('counts the files’ bytes only up to the limit', () => {
    const p = project({ 'a.md': 'x'.repeat(1000), 'b.md': 'y'.repeat(1000), 'c.md': 'z'.repeat(1000) });
    try {
      expect(bytesUpTo(['a.md', 'b.md', 'c.md'].map(p.path), 1e9)).toBe(3000);
      expect(bytesUpTo(['a.md', 'b.md', 'c.md'].map(p.path), 1500)).toBe(2000);
      expect(bytesUpTo([p.path('absent.md')], 10)).toBe(0);
    } finally {
      p.cleanup();
    }
  });

  it('stays on one thread below the threshold, or when asked; never more threads than files', () => {
    expect(threadsFor('auto', 500, () => AUTO_MIN_BYTES - 1)).toBe(1);
    expect(threadsFor(undefined, 3)).toBe(1);
    expect(threadsFor('auto', 1, () => 10 * AUTO_MIN_BYTES)).toBe(1);
    expect(threadsFor('off', 1000)).toBe(1);
    expect(threadsFor('1', 1000)).toBe(1);
    expect(() => threadsFor('0', 10)).toThrow(/--concurrency/u);
    expect(() => threadsFor('2.5', 10)).toThrow(/--concurrency/u);
  });
});
