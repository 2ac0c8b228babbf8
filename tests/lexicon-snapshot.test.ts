// The build's compiled lexicons (issue #9, start-up): a run reads them instead of compiling the terms, and that
// changes nothing but speed. Checked on the build the CLI tests use (tests/helpers/build.ts runs the same two steps
// as `npm run build`): the snapshot is there, is really used, and output is the same with it, without it, and with
// a snapshot made by other code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { compileIndex, Lexicon } from '../src/french/lexicon.js';
import { hash, lexiconKey } from '../src/french/lexicon-snapshot.js';
import { requireBuild, ROOT } from './helpers/cli.js';

const built = () => path.dirname(path.dirname(inject('cliBin')));
/** An invalid post of each rule: enough to use every lexicon, few enough to stay fast. */
const FIXTURES = fs
  .readdirSync(path.join(ROOT, 'fixtures'))
  .flatMap((rule) => {
    const dir = path.join(ROOT, 'fixtures', rule, 'invalid');
    return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(md|txt)$/u.test(f) && !f.includes('.fixed.')).sort().slice(0, 1).map((f) => path.join(dir, f)) : [];
  });

function lint(packageRoot: string, env: Record<string, string> = {}): string {
  const run = spawnSync(process.execPath, [path.join(packageRoot, 'bin', 'postlint.js'), '--no-config-lookup', '-f', 'json', ...FIXTURES], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(1);
  return run.stdout;
}

describe('lexicon snapshot', () => {
  beforeAll(() => requireBuild());

  it('holds every built-in lexicon, made by the build’s own compiler, and a run finds them in it', async () => {
    const dist = path.join(built(), 'dist');
    const data = JSON.parse(fs.readFileSync(path.join(dist, 'lexicon-snapshot.json'), 'utf8'));
    const snapshotModule = await import(pathToFileURL(path.join(dist, 'src', 'french', 'lexicon-snapshot.js')).href);
    expect(data.fingerprint).toBe(snapshotModule.compilerFingerprint());
    const { builtInEntries } = await import(pathToFileURL(path.join(dist, 'rules', 'catalogue.js')).href);
    for (const entry of builtInEntries) await entry.load();
    const { compiledSnapshot } = await import(pathToFileURL(path.join(dist, 'src', 'french', 'lexicon.js')).href);
    const lexicons = Object.keys(compiledSnapshot().lexicons);
    expect(lexicons.length).toBeGreaterThanOrEqual(10);
    for (const key of lexicons) expect(data.lexicons[key], key).toBeDefined();
  });

  it('gives the same output with the snapshot, without it, and with a snapshot of other code', { timeout: 120_000 }, () => {
    const withSnapshot = lint(built());
    expect(lint(built(), { POSTLINT_NO_SNAPSHOT: '1' })).toBe(withSnapshot);
    // A copy of the build whose snapshot says it was made by another compiler: ignored, not trusted.
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-snapshot-'));
    try {
      fs.cpSync(built(), copy, { recursive: true, verbatimSymlinks: true });
      const file = path.join(copy, 'dist', 'lexicon-snapshot.json');
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      // Stale entries too: were the fingerprint not checked, the emptied lexicons would find nothing.
      for (const index of Object.values<any>(data.lexicons)) index.anchored = [];
      fs.writeFileSync(file, JSON.stringify({ ...data, fingerprint: 'autre' }));
      expect(lint(copy)).toBe(withSnapshot);
      fs.writeFileSync(file, '{ pas du JSON');
      expect(lint(copy)).toBe(withSnapshot);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe('lexicon keys and index', () => {
  it('a key changes with the terms and with exactness, not with ids or notes', () => {
    const base = [{ id: 'a', terms: ['prix cassé'] }];
    expect(lexiconKey([{ id: 'b', terms: ['prix cassé'], note: 'x' }])).toBe(lexiconKey(base));
    expect(lexiconKey([{ id: 'a', terms: ['prix casse'] }])).not.toBe(lexiconKey(base));
    expect(lexiconKey([{ id: 'a', terms: ['prix cassé'], exact: true }])).not.toBe(lexiconKey(base));
    expect(lexiconKey([{ id: 'a', terms: ['prix', 'cassé'] }])).not.toBe(lexiconKey([{ id: 'a', terms: ['prix cassé'] }]));
    expect(hash('abc')).not.toBe(hash('abd'));
  });

  it('is plain data: a JSON round trip gives the same index, and a lexicon is compiled only when first used', () => {
    const entries = [
      { id: 'remise', terms: ['remise exceptionnelle', '-{n} %', 'réserv*', 'anti-âge'] },
      { id: 'offre', terms: ['offert(e)(s)', 'black friday'] },
    ];
    const index = compileIndex(entries);
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
    expect(index.anchored.map(([w]) => w)).toEqual(expect.arrayContaining(['remise', 'antiage', 'anti', 'offert', 'black']));
    expect(index.prefixes.map(([w]) => w)).toEqual(['reserv']);
    expect(index.fuzzy.map(([w]) => w)).toEqual(expect.arrayContaining(['exceptionnelle']));
    const lexicon = new Lexicon(entries);
    expect((lexicon as any).compiledIndex).toBeUndefined();
    expect(lexicon.index()).toEqual(index);
  });
});
