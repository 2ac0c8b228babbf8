// `postlint init` and `postlint --help` through the real CLI: the starter config is written once, loads, and is
// never written over an existing one; the help is grouped by purpose and speaks French only.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { json, PROMO, postlint, project, requireBuild } from './helpers/cli.js';

beforeAll(requireBuild);
vi.setConfig({ testTimeout: 120_000 });

const spaces = (s: string) => s.replace(/[\u00a0\u202f]/gu, ' ');

describe.concurrent('postlint init', () => {
  it('writes a commented .postrc.yaml that loads with the chosen profile, and prints the next step in French', async () => {
    const p = project({ '.git/HEAD': '', 'brouillons/promo.md': PROMO });
    try {
      const r = await postlint(['init', '--profile', 'chirurgien-dentiste'], { cwd: p.dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Configuration écrite : \.postrc\.yaml \(profil : chirurgien-dentiste\)\.\nÉtape suivante : /);
      expect(r.stdout).toContain('postlint brouillons/');
      const text = fs.readFileSync(p.path('.postrc.yaml'), 'utf8');
      expect(text.split('\n').filter((l) => l.trimStart().startsWith('#')).length).toBeGreaterThan(10);
      // Every built-in rule is named, with its severity under this profile (listed by --list-rules).
      const listed = (await postlint(['--list-rules'], { cwd: p.dir })).stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0]);
      for (const id of listed) expect(text).toContain(`${id}: `);
      // It loads: --print-config reads it, and linting applies it.
      const printed = json(await postlint(['--print-config', 'brouillons/promo.md'], { cwd: p.dir }));
      expect(printed.configFile).toBe(p.path('.postrc.yaml'));
      expect(printed.profile).toBe('chirurgien-dentiste');
      const lint = await postlint(['-f', 'json', 'brouillons'], { cwd: p.dir });
      expect(lint.code).toBe(1);
      expect(json(lint)[0].messages[0].message).toContain('R.4127-215');
    } finally {
      p.cleanup();
    }
  });

  it('defaults to medecin; the uncommented example still loads after a profile change', async () => {
    const p = project({ '.git/HEAD': '' });
    try {
      expect((await postlint(['init'], { cwd: p.dir })).code).toBe(0);
      const text = fs.readFileSync(p.path('.postrc.yaml'), 'utf8');
      expect(text).toMatch(/^profile: medecin$/m);
      // Rules are commented out: a later profile change keeps the profile's own severities.
      fs.writeFileSync(p.path('.postrc.yaml'), text.replace(/^profile: medecin$/m, 'profile: pharmacien'));
      const printed = json(await postlint(['--print-config', 'a.md'], { cwd: p.dir }));
      expect(printed.rules['no-before-after'][0]).toBe('warn');
    } finally {
      p.cleanup();
    }
  });

  for (const [existing, content, shown] of [
    ['.postrc.json', '{}', '.postrc.json'],
    ['.postrc.yaml', 'profile: sage-femme\n', '.postrc.yaml'],
    ['postlint.config.mjs', 'export default {};\n', 'postlint.config.mjs'],
    ['package.json', '{"name":"x","postlint":{"profile":"infirmier"}}', 'package.json'],
  ]) {
    it(`never overwrites an existing configuration (${existing}): exit 2, one line, file unchanged`, async () => {
      const p = project({ [existing]: content });
      try {
        const r = await postlint(['init'], { cwd: p.dir });
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(spaces(r.stderr)).toMatch(new RegExp(`^postlint: init : une configuration existe déjà dans ce dossier \\(${shown.replace(/\./g, '\\.')}[^\\n]*\\) : rien n’est écrit\\n$`));
        expect(fs.readFileSync(p.path(existing), 'utf8')).toBe(content);
        expect(fs.existsSync(p.path('.postrc.yaml'))).toBe(existing === '.postrc.yaml');
      } finally {
        p.cleanup();
      }
    });
  }

  it('names a configuration higher in the project that the new file will hide, but not one beyond the project root', async () => {
    const p = project({ '.git/HEAD': '', '.postrc.json': '{}', 'site/posts/.keep': '', 'autre/.git/HEAD': '' });
    try {
      const r = await postlint(['init'], { cwd: p.path('site/posts') });
      expect(r.code).toBe(0);
      expect(spaces(r.stdout)).toContain('Attention : elle remplace, pour ce dossier, la configuration « ../../.postrc.json »');
      // Its own repository: the outer configuration never applied to it.
      const own = await postlint(['init'], { cwd: p.path('autre') });
      expect(own.code).toBe(0);
      expect(own.stdout).not.toContain('Attention');
    } finally {
      p.cleanup();
    }
  });

  it('a package.json without a "postlint" key is not a configuration: init writes', async () => {
    const p = project({ 'package.json': '{"name":"x"}' });
    try {
      expect((await postlint(['init'], { cwd: p.dir })).code).toBe(0);
      expect(fs.existsSync(p.path('.postrc.yaml'))).toBe(true);
    } finally {
      p.cleanup();
    }
  });

  it('refuses an unknown profile and an unknown option in one French line, writing nothing', async () => {
    const p = project({ '.git/HEAD': '' });
    try {
      const bad = await postlint(['init', '--profile', 'dentistte'], { cwd: p.dir });
      expect(bad.code).toBe(2);
      expect(spaces(bad.stderr)).toMatch(/^postlint: init : --profile : profil « dentistte » inconnu \(.*profils : medecin, /);
      const opt = await postlint(['init', '--force'], { cwd: p.dir });
      expect(opt.code).toBe(2);
      expect(spaces(opt.stderr)).toBe('postlint: init : option inconnue « --force »\n');
      expect(fs.existsSync(p.path('.postrc.yaml'))).toBe(false);
    } finally {
      p.cleanup();
    }
  });
});

/** Words of commander's or ESLint's English that must not reach a French help. */
const ENGLISH = ['problem', 'error', 'warning', 'default', 'usage', 'options', 'display', 'help', 'output'];

/** The help without option names (--output-file, --help are ESLint's flags, not prose) nor rule ids. */
function prose(help: string): string {
  return help.replace(/(^|[\s,(])--?[a-z][a-z-]*/gu, '$1').replace(/\bno-[a-z-]+/gu, '');
}

describe.concurrent('postlint --help', () => {
  const p = project({});
  afterAll(p.cleanup);

  it('groups options under French sections, in ESLint’s manner', async () => {
    const r = await postlint(['--help'], { cwd: p.dir });
    expect(r.code).toBe(0);
    const headings = r.stdout.split('\n').filter((l) => /^\S.* :$/u.test(spaces(l)));
    expect(headings.map(spaces)).toEqual([
      'Arguments :',
      'Configuration :',
      'Règles :',
      'Correction :',
      'Fichiers ignorés :',
      'Entrée standard :',
      'Avertissements :',
      'Sortie :',
      'Cache :',
      'Performances :',
      'Divers :',
      'Commandes :',
    ]);
    expect(r.stdout).toMatch(/^Utilisation : postlint /);
    // Each option in the section of its purpose.
    const section = (flag: string) => {
      const lines = r.stdout.split('\n');
      const at = lines.findIndex((l) => new RegExp(`^  (-\\w, )?${flag}\\b`).test(l));
      expect(at).toBeGreaterThan(0);
      return spaces(lines.slice(0, at).reverse().find((l) => /^\S/.test(l))!);
    };
    expect(section('--config')).toBe('Configuration :');
    expect(section('--fix-dry-run')).toBe('Correction :');
    expect(section('--format')).toBe('Sortie :');
    expect(section('--max-warnings')).toBe('Avertissements :');
    expect(section('--help')).toBe('Divers :');
    expect(section('--cache-location')).toBe('Cache :');
    expect(section('--concurrency')).toBe('Performances :');
    expect(section('--stats')).toBe('Performances :');
    expect(r.stdout).toContain('(par défaut : stylish)');
  });

  for (const args of [['--help'], ['init', '--help']]) {
    it(`${args.join(' ')} has no English word (${ENGLISH.join(', ')})`, async () => {
      const r = await postlint(args, { cwd: p.dir });
      expect(r.code).toBe(0);
      const text = prose(r.stdout);
      expect(text.length).toBeGreaterThan(300);
      const found = ENGLISH.filter((w) => new RegExp(`\\b${w}s?\\b`, 'iu').test(text));
      expect(found).toEqual([]);
    });
  }
});
