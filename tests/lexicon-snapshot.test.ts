// The build's compiled lexicons (issue #9, start-up): a run reads them instead of compiling the terms, and that
// changes nothing but speed. Checked on the build the CLI tests use (tests/helpers/build.ts runs the same two steps
// as `npm run build`): the snapshot is there, is really used, output is the same with it and without it, and a
// snapshot made by other code, damaged or missing is not used.
import { isAscii } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { compileIndex, Lexicon } from '../src/french/lexicon.js';
import { hash, lexiconKey, readSnapshot } from '../src/french/lexicon-snapshot.js';
import { firstFixturePerRule, requireBuild, ROOT } from './helpers/cli.js';

const built = () => path.dirname(path.dirname(inject('cliBin')));
/** An invalid post of each rule: enough to use every lexicon, few enough to stay fast. */
const FIXTURES = firstFixturePerRule('invalid');

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
    const fresh = compiledSnapshot();
    const lexicons = Object.keys(fresh.lexicons);
    expect(lexicons.length).toBeGreaterThanOrEqual(10);
    for (const key of lexicons) expect(data.lexicons[key], key).toBeDefined();
    // Every rule pattern's needles, as the needle reader gives them now (null: the pattern always runs).
    expect(Object.keys(data.needles).length).toBeGreaterThan(400);
    expect(data.needles).toEqual(fresh.needles);
    // Every cue list's starts (where its terms can begin), so that a run does not fold and anchor its terms again.
    expect(Object.keys(data.sources).length).toBeGreaterThan(50);
    expect(Object.keys(data.starts).sort()).toEqual(Object.keys(data.sources).sort());
    expect(Object.values(data.starts).filter((s) => s !== null).length).toBeGreaterThan(50);
  });

  // Two whole runs (each spawn loads every rule); a snapshot of other code, or a damaged one, is refused by
  // readSnapshot (below), which leaves the run exactly as without a snapshot.
  it('gives the same output with the snapshot as without it', { timeout: 120_000 }, () => {
    expect(lint(built(), { POSTLINT_NO_SNAPSHOT: '1' })).toBe(lint(built()));
  });

  it('is not used when made by other code, damaged or missing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-snapshot-'));
    try {
      const data = JSON.parse(fs.readFileSync(path.join(built(), 'dist', 'lexicon-snapshot.json'), 'utf8'));
      const file = path.join(dir, 'lexicon-snapshot.json');
      fs.writeFileSync(file, JSON.stringify(data));
      expect(readSnapshot(file, data.fingerprint)).toEqual(data);
      // Stale: its entries would be taken as they are were the fingerprint not checked.
      expect(readSnapshot(file, 'autre')).toBeNull();
      expect(readSnapshot(file, null)).toBeNull();
      fs.writeFileSync(file, '{ pas du JSON');
      expect(readSnapshot(file, data.fingerprint)).toBeNull();
      fs.writeFileSync(file, JSON.stringify({ fingerprint: data.fingerprint }));
      expect(readSnapshot(file, data.fingerprint)).toBeNull();
      expect(readSnapshot(path.join(dir, 'absent.json'), data.fingerprint)).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
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

// The given-names list is stored by the same build step: read back, the same names with the same genders; a list
// made from another package file, or damaged or unsorted, is not used (the package's file is parsed instead).
describe('stored given-names list', () => {
  beforeAll(() => requireBuild());

  it('is the package’s list as parsed, and is refused when stale or damaged', async () => {
    const dist = path.join(built(), 'dist');
    const mod = await import(pathToFileURL(path.join(dist, 'src', 'french', 'given-names.js')).href);
    const parsed: Map<string, string> = mod.parsePackageGivenNames();
    const file = path.join(dist, 'given-names.json');
    const data = JSON.parse(fs.readFileSync(file, 'utf8'));
    const stored: Map<string, string> = mod.readStoredGivenNames(file, data.from);
    expect(parsed.size).toBeGreaterThan(20_000);
    expect(stored.size).toBe(parsed.size);
    for (const [name, gender] of parsed) expect(stored.get(name), name).toBe(gender);
    expect(stored.has('zzzz')).toBe(false);
    expect(stored.get('')).toBeUndefined();
    expect(data.from).toBe(mod.storeGivenNames(parsed).from);
    expect(mod.readStoredGivenNames(file, 'autre')).toBeNull();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-names-'));
    try {
      const bad = path.join(dir, 'given-names.json');
      fs.writeFileSync(bad, JSON.stringify({ ...data, genders: data.genders.slice(1) }));
      expect(mod.readStoredGivenNames(bad, data.from)).toBeNull();
      const names = data.names.split(' ');
      fs.writeFileSync(bad, JSON.stringify({ ...data, names: [names[1], names[0], ...names.slice(2)].join(' ') }));
      expect(mod.readStoredGivenNames(bad, data.from)).toBeNull();
      fs.writeFileSync(bad, '{ pas du JSON');
      expect(mod.readStoredGivenNames(bad, data.from)).toBeNull();
      expect(mod.readStoredGivenNames(path.join(dir, 'absent.json'), data.from)).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('build data files', () => {
  beforeAll(() => requireBuild());

  it('are ASCII, so that a run reads them without decoding UTF-8', () => {
    const dist = path.join(built(), 'dist');
    for (const file of ['cli.bundle.cjs', 'lexicon-snapshot.json', 'given-names.json']) {
      expect(isAscii(fs.readFileSync(path.join(dist, file))), file).toBe(true);
    }
  });
});
