// Per-glob `overrides` through the real CLI: which entries apply to which file, later entries winning, globs
// relative to the config file, --rule still on top, and one-line errors that name the bad key.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { json, PROMO, postlint, project, requireBuild } from './helpers/cli.js';

beforeAll(requireBuild);
vi.setConfig({ testTimeout: 120_000 });

/** Severity of no-price-promotion and profile that --print-config reports for `file`. */
async function effective(cwd: string, file: string, extra: string[] = []): Promise<[string, string]> {
  const printed = json(await postlint([...extra, '--print-config', file], { cwd }));
  return [printed.rules['no-price-promotion'][0], printed.profile];
}

describe.concurrent('overrides', () => {
  const p = project({
    '.git/HEAD': '',
    'site/.postrc.json': JSON.stringify({
      rules: { 'no-price-promotion': 'warn' },
      overrides: [
        { files: ['urgences/**/*.md'], rules: { 'no-price-promotion': 'off' }, profile: 'chirurgien-dentiste' },
        { files: '*.txt', excludedFiles: 'archives/**', rules: { 'no-price-promotion': 'error' } },
        { files: 'urgences/garde.md', rules: { 'no-price-promotion': 'error' } },
      ],
    }),
    'site/urgences/nuit/a.md': PROMO,
    'site/urgences/garde.md': PROMO,
    'site/b.txt': PROMO,
    'site/archives/c.txt': PROMO,
    'site/d.md': PROMO,
    // Relative to the config's folder: this file sits outside site/, its own folder has no config.
    'urgences/e.md': PROMO,
  });
  afterAll(p.cleanup);

  it('--print-config shows each file its matching entries, later ones winning', async () => {
    expect(await effective(p.dir, 'site/urgences/nuit/a.md')).toEqual(['off', 'chirurgien-dentiste']);
    expect(await effective(p.dir, 'site/urgences/garde.md')).toEqual(['error', 'chirurgien-dentiste']);
    expect(await effective(p.dir, 'site/b.txt')).toEqual(['error', 'medecin']);
    expect(await effective(p.dir, 'site/archives/c.txt')).toEqual(['warn', 'medecin']);
    expect(await effective(p.dir, 'site/d.md')).toEqual(['warn', 'medecin']);
    expect(await effective(p.dir, 'urgences/e.md')).toEqual(['error', 'medecin']); // the rule's default, no config
  });

  it('lints each file with its overrides', async () => {
    const r = await postlint(['-f', 'json', 'site'], { cwd: p.dir });
    expect(r.code).toBe(1);
    const byFile = Object.fromEntries(
      json(r).map((x: any) => [x.filePath.slice(p.dir.length + 1), x.messages.filter((m: any) => m.ruleId === 'no-price-promotion').map((m: any) => m.severity)]),
    );
    expect(byFile).toEqual({
      'site/archives/c.txt': [1],
      'site/b.txt': [2],
      'site/d.md': [1],
      'site/urgences/garde.md': [2],
      'site/urgences/nuit/a.md': [],
    });
  });

  it('--print-config names the entries applied, in order', async () => {
    const printed = json(await postlint(['--print-config', 'site/urgences/garde.md'], { cwd: p.dir }));
    expect(printed.overrides).toEqual([{ files: ['urgences/**/*.md'] }, { files: ['urgences/garde.md'] }]);
    expect(json(await postlint(['--print-config', 'site/b.txt'], { cwd: p.dir })).overrides).toEqual([{ files: ['*.txt'], excludedFiles: ['archives/**'] }]);
    expect(json(await postlint(['--print-config', 'site/d.md'], { cwd: p.dir })).overrides).toBeUndefined();
  });

  it('--rule stays on top of every override', async () => {
    expect(await effective(p.dir, 'site/urgences/nuit/a.md', ['--rule', 'no-price-promotion:warn'])).toEqual(['warn', 'chirurgien-dentiste']);
  });

  it('a file read on stdin gets the overrides of --stdin-filename', async () => {
    const r = await postlint(['--stdin', '--stdin-filename', 'site/urgences/x.md', '-f', 'json'], { cwd: p.dir, input: PROMO });
    expect(r.code).toBe(0);
    expect(json(r)[0].messages).toEqual([]);
  });
});

describe.concurrent('overrides in an extended config', () => {
  it('a base config’s globs are relative to the base file; the extending file’s entries win', async () => {
    const p = project({
      '.git/HEAD': '',
      'base/commun.json': JSON.stringify({ overrides: [{ files: 'promo/*.md', rules: { 'no-price-promotion': 'off' } }] }),
      '.postrc.json': JSON.stringify({ extends: ['./base/commun.json'], overrides: [{ files: 'base/promo/b.md', rules: { 'no-price-promotion': 'warn' } }] }),
      'base/promo/a.md': PROMO,
      'base/promo/b.md': PROMO,
      'promo/c.md': PROMO,
    });
    try {
      expect(await effective(p.dir, 'base/promo/a.md')).toEqual(['off', 'medecin']);
      expect(await effective(p.dir, 'base/promo/b.md')).toEqual(['warn', 'medecin']);
      expect(await effective(p.dir, 'promo/c.md')).toEqual(['error', 'medecin']);
    } finally {
      p.cleanup();
    }
  });
});

/** French quotes hold non-breaking spaces: plain ones to match. */
const spaces = (s: string) => s.replace(/[\u00a0\u202f]/gu, ' ');

describe.concurrent('bad overrides: one line naming the key, exit 2', () => {
  const cases: Array<[unknown, RegExp]> = [
    [{}, /^postlint: \.postrc\.json: overrides : doit être une liste/],
    [[{ files: [] }], /^postlint: \.postrc\.json: overrides\[0\]\.files : doit être un motif ou une liste non vide/],
    [[{ rules: {} }], /^postlint: \.postrc\.json: overrides\[0\]\.files : manquant/],
    [[{ files: '*.md' }, { files: '*.md', rulez: {} }], /^postlint: \.postrc\.json: overrides\[1\]\.rulez : clé inconnue \(vouliez-vous dire « rules »/],
    [[{ files: '*.md', rules: { 'no-such-rule': 'off' } }], /^postlint: \.postrc\.json: overrides\[0\]\.rules\.no-such-rule : règle inconnue/],
    [[{ files: '*.md', rules: { 'no-comparison': 'loud' } }], /^postlint: \.postrc\.json: overrides\[0\]\.rules\.no-comparison : sévérité « loud » invalide/],
    [[{ files: '*.md', rules: { 'no-patient-identifier': ['error', { alow: [] }] } }], /^postlint: \.postrc\.json: overrides\[0\]\.rules\.no-patient-identifier\.alow : option inconnue/],
    [[{ files: '*.md', profile: 'dentiste' }], /^postlint: \.postrc\.json: overrides\[0\]\.profile : profil « dentiste » inconnu/],
    [[{ files: '../autre/*.md' }], /^postlint: \.postrc\.json: overrides\[0\]\.files : motif « \.\.\/autre\/\*\.md » invalide/],
    [['*.md'], /^postlint: \.postrc\.json: overrides\[0\] : doit être un objet/],
  ];
  for (const [overrides, expected] of cases) {
    it(JSON.stringify(overrides), async () => {
      const p = project({ '.git/HEAD': '', '.postrc.json': JSON.stringify({ overrides }), 'a.md': PROMO });
      try {
        const r = await postlint(['a.md'], { cwd: p.dir });
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        const lines = spaces(r.stderr).split('\n').filter(Boolean);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(expected);
      } finally {
        p.cleanup();
      }
    });
  }

  it('names the key under "postlint" in package.json', async () => {
    const p = project({ 'package.json': JSON.stringify({ name: 'x', postlint: { overrides: [{ files: '*.md', profil: 'medecin' }] } }), 'a.md': PROMO });
    try {
      const r = await postlint(['a.md'], { cwd: p.dir });
      expect(r.code).toBe(2);
      expect(spaces(r.stderr)).toMatch(/^postlint: package\.json: postlint\.overrides\[0\]\.profil : clé inconnue \(vouliez-vous dire « profile »/);
    } finally {
      p.cleanup();
    }
  });
});
