// --cache through the real CLI. The observable: a local plugin rule that appends the name of each file it checks
// to a log, so that « not linted again » is counted, not guessed from timings.
import fs from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { json, PROMO, postlint, project, requireBuild } from './helpers/cli.js';

beforeAll(requireBuild);
vi.setConfig({ testTimeout: 120_000 });

const counter = (log: string) => `import { appendFileSync } from 'node:fs';
export default { rules: { calls: { meta: { type: 'problem', docs: { description: 'compte ses passages' }, messages: { x: 'x' } },
  check(context) { appendFileSync(${JSON.stringify(log)}, context.document.filePath.split('/').pop() + '\\n'); } } } };
`;
/** A post with a patient's phone number and name: what the cache must not keep in clear. */
const IDENTIFIER = 'Merci à Mme Josiane Vasseur (06 12 34 56 78) pour sa confiance !\n';

function setup(extra: Record<string, string> = {}) {
  const p = project({
    '.git/HEAD': '',
    '.postrc.json': JSON.stringify({ plugins: ['./compteur.mjs'] }),
    'a.md': PROMO,
    'b.md': IDENTIFIER,
    'c.txt': 'Cabinet fermé le lundi.\n',
    ...extra,
  });
  const log = p.path('passages.log');
  fs.writeFileSync(p.path('compteur.mjs'), counter(log));
  const run = (args: string[]) => postlint(['-f', 'json', ...args], { cwd: p.dir });
  /** The files linted since the last call. */
  let seen = 0;
  const linted = () => {
    const lines = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
    const fresh = lines.slice(seen).sort();
    seen = lines.length;
    return fresh;
  };
  return { p, run, linted };
}

describe.concurrent('--cache', () => {
  it('lints an unchanged file once, with results identical to a fresh run; a changed file again', async () => {
    const { p, run, linted } = setup();
    try {
      const fresh = await run(['.']);
      expect(fresh.code).toBe(1);
      expect(linted()).toEqual(['a.md', 'b.md', 'c.txt']);
      expect(fs.existsSync(p.path('.postlintcache'))).toBe(false); // no --cache, no cache file

      const first = await run(['--cache', '.']);
      expect(linted()).toEqual(['a.md', 'b.md', 'c.txt']);
      expect(fs.existsSync(p.path('.postlintcache'))).toBe(true);
      const second = await run(['--cache', '.']);
      expect(linted()).toEqual([]);
      // Same report, byte for byte, and same exit code, as without the cache.
      expect(second).toEqual(fresh);
      expect(first).toEqual(fresh);
      const stylish = await postlint(['--cache', '.'], { cwd: p.dir });
      const stylishFresh = await postlint(['.'], { cwd: p.dir });
      expect(stylish).toEqual(stylishFresh);
      linted();

      fs.appendFileSync(p.path('c.txt'), 'Résultats garantis dès la première séance !\n');
      const changed = await run(['--cache', '.']);
      expect(linted()).toEqual(['c.txt']);
      expect(json(changed).find((r: any) => r.filePath.endsWith('c.txt')).messages.map((m: any) => m.ruleId)).toContain('no-unverified-claim');
    } finally {
      p.cleanup();
    }
  });

  it('a report that shows the posts (html) lints them again: the cache keeps no text', async () => {
    const { p, run, linted } = setup();
    try {
      await run(['--cache', '.']);
      linted();
      const html = await postlint(['--cache', '-f', 'html', 'a.md'], { cwd: p.dir });
      expect(linted()).toEqual(['a.md']);
      expect(html.stdout).toContain('blanchiment dentaire');
    } finally {
      p.cleanup();
    }
  });

  it('re-lints every file when the configuration changes, and a file whose override changes', async () => {
    const { p, run, linted } = setup();
    try {
      await run(['--cache', '.']);
      linted();
      // --rule is part of the effective configuration.
      const off = await run(['--cache', '--rule', 'no-price-promotion:off', '.']);
      expect(linted()).toEqual(['a.md', 'b.md', 'c.txt']);
      expect(json(off).find((r: any) => r.filePath.endsWith('a.md')).messages).toEqual([]);
      await run(['--cache', '--rule', 'no-price-promotion:off', '.']);
      expect(linted()).toEqual([]);
      // An override that reaches one file only.
      fs.writeFileSync(p.path('.postrc.json'), JSON.stringify({ plugins: ['./compteur.mjs'], overrides: [{ files: '*.txt', profile: 'sage-femme' }] }));
      await run(['--cache', '--rule', 'no-price-promotion:off', '.']);
      expect(linted()).toEqual(['a.md', 'b.md', 'c.txt']); // the config file itself changed
      fs.writeFileSync(p.path('.postrc.json'), JSON.stringify({ plugins: ['./compteur.mjs'], overrides: [{ files: '*.txt', profile: 'sage-femme' }] }));
      await run(['--cache', '--rule', 'no-price-promotion:off', '.']);
      expect(linted()).toEqual([]);
    } finally {
      p.cleanup();
    }
  });

  it('re-lints when a plugin file changes', async () => {
    const { p, run, linted } = setup();
    try {
      await run(['--cache', '.']);
      linted();
      fs.appendFileSync(p.path('compteur.mjs'), '// version 2\n');
      await run(['--cache', '.']);
      expect(linted()).toEqual(['a.md', 'b.md', 'c.txt']);
    } finally {
      p.cleanup();
    }
  });

  it('keeps no patient identifier, no text and no path in clear', async () => {
    const { p, run } = setup();
    try {
      const r = await run(['--cache', '.']);
      expect(JSON.stringify(json(r))).toContain('••'); // the report masks the phone…
      const stored = fs.readFileSync(p.path('.postlintcache'), 'utf8');
      for (const clear of ['06 12 34 56 78', '0612345678', 'Vasseur', 'Josiane', 'blanchiment', 'a.md', p.dir]) expect(stored).not.toContain(clear);
    } finally {
      p.cleanup();
    }
  });

  for (const damaged of ['{"postlintCache":1,"build":"x","entr', '{"postlintCache":99,"entries":[]}', '', '{"postlintCache":1,"build":"x","run":"a","entries":{}}']) {
    it(`a damaged or old-format cache is ignored and rewritten, never fatal: ${JSON.stringify(damaged)}`, async () => {
      const { p, run, linted } = setup({ '.postlintcache': damaged });
      try {
        const r = await run(['--cache', '.']);
        expect(r.code).toBe(1);
        expect(r.stderr).toBe('');
        expect(json(r).map((x: any) => x.messages.length > 0)).toEqual([true, true, false]);
        expect(linted()).toEqual(['a.md', 'b.md', 'c.txt']);
        expect(fs.readFileSync(p.path('.postlintcache'), 'utf8')).toMatch(/^\{"postlintCache":1,/);
        await run(['--cache', '.']);
        expect(linted()).toEqual([]);
      } finally {
        p.cleanup();
      }
    });
  }

  it('a cache from another build of postlint is not reused', async () => {
    const { p, run, linted } = setup();
    try {
      await run(['--cache', '.']);
      linted();
      const cache = JSON.parse(fs.readFileSync(p.path('.postlintcache'), 'utf8'));
      fs.writeFileSync(p.path('.postlintcache'), JSON.stringify({ ...cache, build: 'une-autre-version' }));
      await run(['--cache', '.']);
      expect(linted()).toEqual(['a.md', 'b.md', 'c.txt']);
    } finally {
      p.cleanup();
    }
  });

  it('a --cache-location that holds someone else’s file is neither read nor replaced: one warning, the run goes on', async () => {
    const { p, run, linted } = setup({ 'notes.md': '# Mes notes\n' });
    try {
      const fresh = await run(['a.md']);
      linted();
      const r = await run(['--cache', '--cache-location', 'notes.md', 'a.md']);
      expect(r.code).toBe(fresh.code);
      expect(r.stdout).toBe(fresh.stdout);
      expect(r.stderr.replace(/[\u00a0\u202f]/gu, ' ')).toBe('postlint: avertissement : « notes.md » n’est ni lu ni remplacé par le cache (ce n’est pas un cache de postlint)\n');
      expect(fs.readFileSync(p.path('notes.md'), 'utf8')).toBe('# Mes notes\n');
      expect(linted()).toEqual(['a.md']);
    } finally {
      p.cleanup();
    }
  });

  it('--cache-location /dev/null is neither read nor replaced', async () => {
    const { p, run } = setup();
    try {
      const before = fs.statSync('/dev/null');
      const r = await run(['--cache', '--cache-location', '/dev/null', 'a.md']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/n’est ni lu ni remplacé par le cache \(ce n’est pas un fichier ordinaire\)\n$/u);
      const after = fs.statSync('/dev/null');
      expect(after.isCharacterDevice()).toBe(true);
      expect(after.ino).toBe(before.ino);
    } finally {
      p.cleanup();
    }
  });

  it('--cache-location: a file, or a folder that holds .postlintcache', async () => {
    const { p, run, linted } = setup();
    try {
      fs.mkdirSync(p.path('tmp'));
      await run(['--cache', '--cache-location', 'tmp', '.']);
      expect(fs.existsSync(p.path('tmp/.postlintcache'))).toBe(true);
      await run(['--cache', '--cache-location', 'neuf/', '.']);
      expect(fs.existsSync(p.path('neuf/.postlintcache'))).toBe(true);
      await run(['--cache', '--cache-location', 'caches/postlint.json', '.']);
      expect(fs.existsSync(p.path('caches/postlint.json'))).toBe(true);
      linted();
      await run(['--cache', '--cache-location', 'caches/postlint.json', '.']);
      expect(linted()).toEqual([]);
      expect(fs.existsSync(p.path('.postlintcache'))).toBe(false);
    } finally {
      p.cleanup();
    }
  });

  it('--fix: a cached file with something to fix is linted and fixed; the fixed file is linted once more, then cached', async () => {
    const { p, run, linted } = setup();
    try {
      await run(['--cache', '.']);
      linted();
      // b.md holds a phone number, which --fix masks: the cache does not hide that work.
      const fixed = await run(['--cache', '--fix', '.']);
      expect(linted()).toEqual(['b.md', 'b.md']); // linted, then re-linted after its fix by the engine
      expect(fs.readFileSync(p.path('b.md'), 'utf8')).not.toContain('06 12 34 56 78');
      const after = await run(['--cache', '.']);
      expect(linted()).toEqual(['b.md']); // its new text, once
      expect(json(after).find((r: any) => r.filePath.endsWith('b.md')).messages).toEqual(json(fixed).find((r: any) => r.filePath.endsWith('b.md')).messages);
      await run(['--cache', '.']);
      expect(linted()).toEqual([]);
    } finally {
      p.cleanup();
    }
  });
});
