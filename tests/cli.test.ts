// End-to-end: the real bin/postlint.js (built by globalSetup) on temporary folders.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLAIM, CLEAN, json, PROMO, postlint, project, requireBuild, ROOT, rows } from './helpers/cli.js';

beforeAll(requireBuild);
// Each test spawns node a few times; on a loaded two-core machine one start can take seconds.
vi.setConfig({ testTimeout: 120_000 });

/** One line on stderr that starts with `postlint: `. */
function oneLineError(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^postlint: /);
  return lines[0];
}

describe.concurrent('exit codes and stylish', () => {
  const p = project({ 'promo.md': PROMO, 'propre.txt': CLEAN });
  afterAll(p.cleanup);

  it('exits 0 and prints nothing for a clean file', async () => {
    const r = await postlint(['propre.txt'], { cwd: p.dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 and prints ESLint stylish rows for a breach', async () => {
    const r = await postlint(['promo.md', 'propre.txt'], { cwd: p.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('');
    expect(lines[1]).toBe(p.path('promo.md'));
    expect(lines[2]).toMatch(/^ {2}1:1 {2}error {2}\S.*\S {2}no-price-promotion$/);
    expect(lines[2]).not.toMatch(/\.\s+no-price-promotion$/);
    expect(rows(r.stdout)).toEqual([['1:1', 'error', 'no-price-promotion']]);
    expect(r.stdout).toContain('\n✖ 1 problème (1 erreur, 0 avertissement)\n');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).not.toContain(p.path('propre.txt'));
  });

  it('aligns rows of several rules and severities, sorted by position', async () => {
    const q = project({ 'post.md': `${PROMO}\n${CLAIM}` });
    try {
      const r = await postlint(['--rule', 'no-unverified-claim:warn', 'post.md'], { cwd: q.dir });
      expect(r.code).toBe(1);
      expect(rows(r.stdout)).toEqual([
        ['1:1', 'error', 'no-price-promotion'],
        ['3:1', 'warning', 'no-unverified-claim'],
      ]);
      const table = r.stdout.split('\n').filter((l) => /^ {2}\d+:\d+ /.test(l));
      expect(new Set(table.map((l) => l.search(/ (error|warning) /))).size).toBe(1);
      expect(new Set(table.map((l) => l.search(/ no-\S+$/))).size).toBe(1);
      expect(r.stdout).toContain('\n✖ 2 problèmes (1 erreur, 1 avertissement)\n');
    } finally {
      q.cleanup();
    }
  });

  it('puts suggestions after the rows when piped, below each row with --suggestions inline', async () => {
    const piped = await postlint(['promo.md'], { cwd: p.dir });
    const lines = piped.stdout.split('\n');
    expect(lines[2]).toMatch(/no-price-promotion$/);
    expect(lines[3]).toBe('  suggestions :');
    expect(lines[4]).toMatch(/^ {4}1:1 {2}Remplacer par « .+ »$/);
    const inline = await postlint(['--suggestions', 'inline', 'promo.md'], { cwd: p.dir });
    expect(inline.stdout.split('\n')[3]).toMatch(/^ {8}suggestion : Remplacer par « .+ »$/);
    const off = await postlint(['--suggestions', 'off', 'promo.md'], { cwd: p.dir });
    expect(off.stdout).not.toContain('Remplacer par');
    const bad = await postlint(['--suggestions', 'partout', 'promo.md'], { cwd: p.dir });
    expect(bad.code).toBe(2);
    expect(oneLineError(bad.stderr)).toContain('partout');
  });

  it('lints . when given no path', async () => {
    const r = await postlint([], { cwd: p.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(p.path('promo.md'));
  });

  it('colours with FORCE_COLOR or --color, not with NO_COLOR or --no-color', async () => {
    expect((await postlint(['promo.md'], { cwd: p.dir, env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[31merror/);
    expect((await postlint(['promo.md', '--color'], { cwd: p.dir })).stdout).toMatch(/\u001b\[/);
    expect((await postlint(['promo.md', '--no-color'], { cwd: p.dir, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
    expect((await postlint(['promo.md'], { cwd: p.dir, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('prints the version and the help, exit 0', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(await postlint(['--version'], { cwd: p.dir })).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = await postlint(['--help'], { cwd: p.dir });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--max-warnings');
  });
});

describe.concurrent('formats and output', () => {
  const p = project({ 'posts/promo.md': PROMO, 'posts/propre.md': CLEAN });
  afterAll(p.cleanup);

  it('json: ESLint results, absolute paths, no source', async () => {
    const r = await postlint(['-f', 'json', 'posts'], { cwd: p.dir });
    expect(r.code).toBe(1);
    const results = json(r);
    expect(results.map((x: { filePath: string }) => x.filePath)).toEqual([p.path('posts/promo.md'), p.path('posts/propre.md')]);
    expect(Object.keys(results[0]).sort()).toEqual(
      [
        'filePath',
        'messages',
        'suppressedMessages',
        'errorCount',
        'fatalErrorCount',
        'warningCount',
        'fixableErrorCount',
        'fixableWarningCount',
        'usedDeprecatedRules',
      ].sort(),
    );
    expect(results[0]).toMatchObject({ errorCount: 1, warningCount: 0, fatalErrorCount: 0, usedDeprecatedRules: [] });
    expect(results[0].messages[0]).toMatchObject({ ruleId: 'no-price-promotion', severity: 2, line: 1, column: 1, endLine: 1 });
    expect(results[0].messages[0].message).toEqual(expect.any(String));
    expect(results[1].messages).toEqual([]);
  });

  it('sarif: a 2.1.0 log with relative locations', async () => {
    const r = await postlint(['-f', 'sarif', 'posts'], { cwd: p.dir });
    expect(r.code).toBe(1);
    const log = json(r);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('postlint');
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('no-price-promotion');
    expect(run.results).toHaveLength(1);
    expect(run.results[0]).toMatchObject({
      ruleId: 'no-price-promotion',
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'posts/promo.md', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: 1 },
          },
        },
      ],
    });
    expect(run.tool.driver.rules[run.results[0].ruleIndex].id).toBe('no-price-promotion');
  });

  it('github: one workflow command per problem', async () => {
    const r = await postlint(['-f', 'github', 'posts'], { cwd: p.dir });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=posts\/promo\.md,line=1,col=1,endLine=1,endColumn=\d+,title=no-price-promotion::\S/);
    expect(lines[0]).toContain('%25'); // the % of « -30 % » is escaped
  });

  it('-o writes the report to a file (folders created), nothing on stdout', async () => {
    const r = await postlint(['-f', 'json', '-o', 'rapports/postlint.json', 'posts'], { cwd: p.dir });
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(JSON.parse(fs.readFileSync(p.path('rapports/postlint.json'), 'utf8'))[0].errorCount).toBe(1);
    expect(fs.readdirSync(p.path('rapports'))).toEqual(['postlint.json']);
  });

  it('rejects an unknown format with exit 2', async () => {
    const r = await postlint(['-f', 'checkstyle', 'posts'], { cwd: p.dir });
    expect(r.code).toBe(2);
    expect(oneLineError(r.stderr)).toMatch(/checkstyle.*stylish, json, sarif, github/);
    expect(r.stdout).toBe('');
  });
});

describe.concurrent('warnings, --quiet, --max-warnings, --rule', () => {
  const p = project({ 'promo.md': PROMO });
  afterAll(p.cleanup);

  it('--rule id:warn turns the error into a warning (exit 0)', async () => {
    const r = await postlint(['--rule', 'no-price-promotion:warn', 'promo.md'], { cwd: p.dir });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([['1:1', 'warning', 'no-price-promotion']]);
    expect(r.stdout).toContain('✖ 1 problème (0 erreur, 1 avertissement)');
  });

  it('--rule id:off and the JSON form', async () => {
    expect(await postlint(['--rule', 'no-price-promotion:off', 'promo.md'], { cwd: p.dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    const r = await postlint(['--rule', 'no-price-promotion:["warn",{"allow":[]}]', 'promo.md'], { cwd: p.dir });
    expect(r.code).toBe(0);
    expect(rows(r.stdout)).toEqual([['1:1', 'warning', 'no-price-promotion']]);
  });

  it('--max-warnings exits 1 with ESLint’s line in French', async () => {
    const r = await postlint(['--rule', 'no-price-promotion:1', '--max-warnings', '0', 'promo.md'], { cwd: p.dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('postlint : trop d’avertissements (maximum : 0).\n');
    expect((await postlint(['--rule', 'no-price-promotion:1', '--max-warnings', '1', 'promo.md'], { cwd: p.dir })).code).toBe(0);
  });

  it('--quiet drops warnings from the output and the counts', async () => {
    const r = await postlint(['--rule', 'no-price-promotion:warn', '--quiet', '--max-warnings', '0', 'promo.md'], { cwd: p.dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    const quietJson = await postlint(['--rule', 'no-price-promotion:warn', '--quiet', '-f', 'json', 'promo.md'], { cwd: p.dir });
    expect(json(quietJson)[0]).toMatchObject({ messages: [], warningCount: 0 });
    expect((await postlint(['--quiet', 'promo.md'], { cwd: p.dir })).code).toBe(1);
  });

  it('bad --rule and --max-warnings values exit 2', async () => {
    const bad = await postlint(['--rule', 'no-price-promotion:fatal', 'promo.md'], { cwd: p.dir });
    expect(bad.code).toBe(2);
    expect(oneLineError(bad.stderr)).toMatch(/no-price-promotion : sévérité «\s?fatal\s?» invalide \(attendu : off, warn, error, 0, 1, 2\)/);
    const unknown = await postlint(['--rule', 'no-price-promotio:off', 'promo.md'], { cwd: p.dir });
    expect(unknown.code).toBe(2);
    expect(oneLineError(unknown.stderr)).toMatch(/no-price-promotio : règle inconnue/);
    const max = await postlint(['--max-warnings', 'beaucoup', 'promo.md'], { cwd: p.dir });
    expect(max.code).toBe(2);
    oneLineError(max.stderr);
  });
});

describe.concurrent('configuration files', () => {
  const p = project({
    'promo.md': PROMO,
    '.postrc.json': JSON.stringify({ rules: { 'no-price-promotion': 'warn' } }),
    'yaml/promo.md': PROMO,
    'yaml/.postrc.yaml': 'rules:\n  no-price-promotion: off\n',
    'pkg/promo.md': PROMO,
    'pkg/package.json': JSON.stringify({ name: 'cabinet', postlint: { rules: { 'no-price-promotion': 0 } } }),
    'js/promo.md': PROMO,
    'js/postlint.config.mjs': "export default { rules: { 'no-price-promotion': ['error', { allow: [] }] } };\n",
    'autre/config.yml': 'rules:\n  no-price-promotion: warn\nignorePatterns: ["ignore/"]\n',
    'ign/.postrc.json': JSON.stringify({ ignorePatterns: ['brouillons/', '*.tmp.md'] }),
    'ign/brouillons/promo.md': PROMO,
    'ign/x.tmp.md': PROMO,
    'ign/promo.md': PROMO,
  });
  afterAll(p.cleanup);

  it('the nearest config above each file wins (JSON, YAML, package.json, JS)', async () => {
    const r = await postlint(['-f', 'json', 'promo.md', 'yaml', 'pkg', 'js'], { cwd: p.dir });
    const byFile = Object.fromEntries(
      json(r).map((x: { filePath: string; errorCount: number; warningCount: number }) => [
        path.relative(p.dir, x.filePath),
        [x.errorCount, x.warningCount],
      ]),
    );
    expect(byFile).toEqual({ 'promo.md': [0, 1], 'yaml/promo.md': [0, 0], 'pkg/promo.md': [0, 0], 'js/promo.md': [1, 0] });
    expect(r.code).toBe(1);
  });

  it('-c replaces discovery for every file', async () => {
    const r = await postlint(['-c', 'autre/config.yml', '-f', 'json', 'yaml', 'js'], { cwd: p.dir });
    expect(json(r).map((x: { warningCount: number }) => x.warningCount)).toEqual([1, 1]);
    expect(r.code).toBe(0);
    const missing = await postlint(['-c', 'absent.json', 'promo.md'], { cwd: p.dir });
    expect(missing.code).toBe(2);
    expect(oneLineError(missing.stderr)).toMatch(/absent\.json/);
  });

  it('--no-config-lookup uses the defaults', async () => {
    const r = await postlint(['--no-config-lookup', 'yaml/promo.md'], { cwd: p.dir });
    expect(rows(r.stdout)).toEqual([['1:1', 'error', 'no-price-promotion']]);
  });

  it('honours the config’s ignorePatterns, relative to the config file', async () => {
    const r = await postlint(['-f', 'json', 'ign'], { cwd: p.dir });
    expect(json(r).map((x: { filePath: string }) => path.relative(p.dir, x.filePath))).toEqual(['ign/promo.md']);
  });

  it('--print-config prints the effective settings of every rule', async () => {
    const r = await postlint(['--print-config', 'promo.md'], { cwd: p.dir });
    expect(r.code).toBe(0);
    const printed = json(r);
    expect(printed.configFile).toBe(p.path('.postrc.json'));
    expect(printed.profile).toBe('medecin');
    expect(printed.rules['no-price-promotion']).toEqual(['warn', { allow: [] }]);
    for (const setting of Object.values(printed.rules) as unknown[][]) {
      expect(['off', 'warn', 'error']).toContain(setting[0]);
    }
    const js = json(await postlint(['--print-config', 'js/nouveau.md', '--rule', 'no-price-promotion:off'], { cwd: p.dir }));
    expect(js.rules['no-price-promotion']).toEqual(['off', { allow: [] }]);
  });

  it('--print-config reads the profile from the post’s front matter', async () => {
    const q = project({ 'post.md': `---\nprofession: pharmacien\n---\n${CLEAN}` });
    try {
      const printed = json(await postlint(['--print-config', 'post.md'], { cwd: q.dir }));
      expect(printed.profile).toBe('pharmacien');
      expect(printed.configFile).toBe(null);
    } finally {
      q.cleanup();
    }
  });
});

describe.concurrent('configuration errors: exit 2, one line naming the file and the key', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    ['unknown rule', { '.postrc.json': '{"rules": {"no-price-promotio": "error"}}' }, /^postlint: \.postrc\.json: rules\.no-price-promotio : règle inconnue \(.*no-price-promotion/],
    ['bad severity', { '.postrc.json': '{"rules": {"no-price-promotion": "fatal"}}' }, /^postlint: \.postrc\.json: rules\.no-price-promotion : sévérité «\s?fatal\s?» invalide \(attendu : off, warn, error, 0, 1, 2\)$/],
    ['bad option type', { '.postrc.json': '{"rules": {"no-price-promotion": ["error", {"allow": "x"}]}}' }, /^postlint: \.postrc\.json: rules\.no-price-promotion\.allow : doit être une liste de chaînes$/],
    ['unknown option', { '.postrc.json': '{"rules": {"no-price-promotion": ["error", {"alow": []}]}}' }, /^postlint: \.postrc\.json: rules\.no-price-promotion\.alow : option inconnue \(.*allow/],
    ['bad profile', { '.postrc.yml': 'profile: dentiste\n' }, /^postlint: \.postrc\.yml: profile : profil «\s?dentiste\s?» inconnu \(.*chirurgien-dentiste/],
    ['unknown key', { '.postrc.json': '{"regles": {}}' }, /^postlint: \.postrc\.json: regles : clé inconnue \(.*rules/],
    ['broken JSON', { '.postrc.json': '{"rules": {"no-price-promotion": "warn",}}' }, /^postlint: \.postrc\.json: JSON invalide : .+/],
    ['broken YAML', { '.postrc.yaml': 'rules:\n  no-price-promotion: warn\n   x: y\n' }, /^postlint: \.postrc\.yaml: YAML invalide : .+\(ligne 3, colonne \d+\)$/],
    ['package.json key', { 'package.json': '{"postlint": {"rules": {"nope": 1}}}' }, /^postlint: package\.json: postlint\.rules\.nope : règle inconnue/],
  ];
  for (const [name, files, expected] of cases) {
    it(name, async () => {
      const p = project({ ...files, 'promo.md': PROMO });
      try {
        const r = await postlint(['promo.md'], { cwd: p.dir });
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        expect(oneLineError(r.stderr)).toMatch(expected);
      } finally {
        p.cleanup();
      }
    });
  }
});

describe.concurrent('paths, globs and ignores', () => {
  const p = project({
    'posts/2024/a.md': PROMO,
    'posts/2024/b.txt': PROMO,
    'posts/2024/c.markdown': PROMO,
    'posts/image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'posts/notes.post': PROMO,
    'posts/brouillons/d.md': PROMO,
    'node_modules/pkg/readme.md': PROMO,
  });
  afterAll(p.cleanup);
  const files = async (args: string[], cwd = p.dir) => {
    const r = await postlint(['-f', 'json', ...args], { cwd });
    expect(r.stderr).toBe('');
    return json(r).map((x: { filePath: string }) => path.relative(p.dir, x.filePath));
  };

  it('folders: default extensions, node_modules skipped', async () => {
    expect(await files(['.'])).toEqual(['posts/2024/a.md', 'posts/2024/b.txt', 'posts/2024/c.markdown', 'posts/brouillons/d.md']);
  });

  it('--ext changes the extensions (comma list or repeated)', async () => {
    expect(await files(['--ext', 'md,post', 'posts'])).toEqual(['posts/2024/a.md', 'posts/brouillons/d.md', 'posts/notes.post']);
    expect(await files(['--ext', '.txt', '--ext', '.markdown', 'posts'])).toEqual(['posts/2024/b.txt', 'posts/2024/c.markdown']);
  });

  it('globs', async () => {
    expect(await files(['posts/**/*.md'])).toEqual(['posts/2024/a.md', 'posts/brouillons/d.md']);
    expect(await files(['posts/*/*.{txt,markdown}'])).toEqual(['posts/2024/b.txt', 'posts/2024/c.markdown']);
    expect(await files(['posts/*.post'])).toEqual(['posts/notes.post']);
  });

  it('--ignore-pattern', async () => {
    expect(await files(['--ignore-pattern', 'brouillons/', '--ignore-pattern', '*.txt', 'posts'])).toEqual([
      'posts/2024/a.md',
      'posts/2024/c.markdown',
    ]);
  });

  it('.postlintignore in the working folder; --no-ignore', async () => {
    const q = project({ '.postlintignore': '# pas encore publiés\nbrouillons/\n', 'a.md': PROMO, 'brouillons/b.md': PROMO });
    try {
      const list = async (args: string[]) =>
        json(await postlint(['-f', 'json', ...args], { cwd: q.dir })).map((x: { filePath: string }) => path.relative(q.dir, x.filePath));
      expect(await list(['**/*.md'])).toEqual(['a.md']);
      expect(await list(['--no-ignore', '**/*.md'])).toEqual(['a.md', 'brouillons/b.md']);
    } finally {
      q.cleanup();
    }
  });

  it('a binary file named on the command line is a fatal problem, not linted', async () => {
    const r = await postlint(['posts/image.png'], { cwd: p.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\n {2}1:1 {2}error {2}fichier binaire/);
    const binary = json(await postlint(['-f', 'json', 'posts/image.png'], { cwd: p.dir }));
    expect(binary[0]).toMatchObject({ errorCount: 1, fatalErrorCount: 1, messages: [{ ruleId: null, fatal: true, severity: 2 }] });
  });

  it('a missing path and a pattern with no file exit 2 with one line', async () => {
    const missing = await postlint(['posts/absent.md'], { cwd: p.dir });
    expect(missing.code).toBe(2);
    expect(oneLineError(missing.stderr)).toMatch(/^postlint: aucun fichier ou dossier «\s?posts\/absent\.md\s?»$/);
    const none = await postlint(['posts/**/*.docx'], { cwd: p.dir });
    expect(none.code).toBe(2);
    expect(oneLineError(none.stderr)).toMatch(/^postlint: aucun fichier à analyser pour «\s?posts\/\*\*\/\*\.docx\s?»$/);
  });

  it('an unknown option exits 2 with one line', async () => {
    const r = await postlint(['--formt', 'json'], { cwd: p.dir });
    expect(r.code).toBe(2);
    expect(oneLineError(r.stderr)).toMatch(/--formt/);
    const missing = await postlint(['posts', '-f'], { cwd: p.dir });
    expect(missing.code).toBe(2);
    expect(oneLineError(missing.stderr)).toMatch(/--format/);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file: one stderr line, the others still linted, exit 2', async () => {
    const q = project({ 'posts/a.md': PROMO, 'posts/verrou.md': PROMO });
    fs.chmodSync(q.path('posts/verrou.md'), 0);
    try {
      const r = await postlint(['posts'], { cwd: q.dir });
      expect(r.code).toBe(2);
      expect(oneLineError(r.stderr)).toMatch(/^postlint: impossible de lire «\s?posts\/verrou\.md\s?» : EACCES$/);
      expect(r.stdout).toContain(q.path('posts/a.md'));
    } finally {
      q.cleanup();
    }
  });
});

describe.concurrent('standard input', () => {
  const p = project({
    'cabinet/.postrc.json': JSON.stringify({ rules: { 'no-price-promotion': 'warn' } }),
  });
  afterAll(p.cleanup);

  it('lints stdin as <text>', async () => {
    const r = await postlint(['--stdin'], { cwd: p.dir, input: PROMO });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[1]).toBe('<text>');
    expect(rows(r.stdout)).toEqual([['1:1', 'error', 'no-price-promotion']]);
    expect(await postlint(['--stdin'], { cwd: p.dir, input: CLEAN })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--stdin-filename names the text and picks its configuration', async () => {
    const r = await postlint(['--stdin', '--stdin-filename', 'cabinet/post.md', '-f', 'json'], { cwd: p.dir, input: PROMO });
    expect(r.code).toBe(0);
    const [result] = json(r);
    expect(result.filePath).toBe(p.path('cabinet/post.md'));
    expect(result.warningCount).toBe(1);
  });

  it('refuses --fix with --stdin and paths with --stdin', async () => {
    expect((await postlint(['--stdin', '--fix'], { cwd: p.dir, input: PROMO })).code).toBe(2);
    expect((await postlint(['--stdin', 'x.md'], { cwd: p.dir, input: PROMO })).code).toBe(2);
  });
});

describe.concurrent('documents end to end', () => {
  it('directives silence a rule on the next line', async () => {
    const p = project({ 'post.md': `<!-- postlint-disable-next-line no-price-promotion -->\n${PROMO}` });
    try {
      expect(await postlint(['post.md'], { cwd: p.dir })).toEqual({ code: 0, stdout: '', stderr: '' });
    } finally {
      p.cleanup();
    }
  });

  it('positions count lines and columns in the original file (BOM + CRLF)', async () => {
    const text = '\ufeffBonjour,\r\n\r\nNos -30 % sur le blanchiment dentaire jusqu’à dimanche !\r\n';
    const p = project({ 'post.txt': text, 'post.md': text });
    try {
      const r = await postlint(['post.txt', 'post.md'], { cwd: p.dir });
      expect(rows(r.stdout)).toEqual([
        ['3:5', 'error', 'no-price-promotion'],
        ['3:5', 'error', 'no-price-promotion'],
      ]);
      const [result] = json(await postlint(['-f', 'json', 'post.txt'], { cwd: p.dir }));
      expect(result.messages[0]).toMatchObject({ line: 3, column: 5, endLine: 3 });
    } finally {
      p.cleanup();
    }
  });

  it('lints text that is not valid UTF-8', async () => {
    const p = project({ 'latin1.txt': Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(` : ${PROMO}`)]) });
    try {
      const r = await postlint(['-f', 'json', 'latin1.txt'], { cwd: p.dir });
      expect(json(r)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('no-price-promotion');
    } finally {
      p.cleanup();
    }
  });

  it('--fix leaves a file without safe fixes byte-identical; --fix-dry-run writes nothing', async () => {
    const bytes = Buffer.from(`\ufeff# Offre\r\n\r\n${PROMO.replace('\n', '\r\n')}`);
    const p = project({ 'post.md': bytes });
    try {
      const before = fs.statSync(p.path('post.md'));
      const r = await postlint(['--fix', 'post.md'], { cwd: p.dir });
      expect(r.code).toBe(1);
      expect(fs.readFileSync(p.path('post.md')).equals(bytes)).toBe(true);
      expect(fs.statSync(p.path('post.md')).mtimeMs).toBe(before.mtimeMs);
      expect(fs.readdirSync(p.dir)).toEqual(['post.md']);
      const dry = await postlint(['--fix-dry-run', '-f', 'json', 'post.md'], { cwd: p.dir });
      expect(json(dry)[0].errorCount).toBeGreaterThan(0);
      expect(fs.readFileSync(p.path('post.md')).equals(bytes)).toBe(true);
    } finally {
      p.cleanup();
    }
  });
});

describe.concurrent('--fix', () => {
  it('writes safe fixes atomically, keeping the BOM, the line endings and the file mode', async () => {
    const text = '\ufeff> Écrivez à claire.morvan@exemple.fr, elle vous parlera de son opération.\r\n\r\nMerci pour ce partage !\r\n';
    const p = project({ 'post.md': text });
    try {
      fs.chmodSync(p.path('post.md'), 0o640);
      const before = await postlint(['-f', 'json', 'post.md'], { cwd: p.dir });
      const [result] = json(before);
      expect(result.messages[0]).toMatchObject({ ruleId: 'no-patient-identifier', line: 1, column: 13 });
      expect(result.fixableErrorCount).toBe(1);

      const r = await postlint(['--fix', 'post.md'], { cwd: p.dir });
      expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
      const fixed = fs.readFileSync(p.path('post.md'), 'utf8');
      expect(fixed.startsWith('\ufeff> Écrivez à ')).toBe(true);
      expect(fixed).not.toContain('claire.morvan');
      expect(fixed.endsWith(', elle vous parlera de son opération.\r\n\r\nMerci pour ce partage !\r\n')).toBe(true);
      expect(fs.statSync(p.path('post.md')).mode & 0o777).toBe(0o640);
      expect(fs.readdirSync(p.dir)).toEqual(['post.md']);
    } finally {
      p.cleanup();
    }
  });

  it('--fix-dry-run puts the fixed text in the JSON output and writes nothing', async () => {
    const text = 'Écrivez à claire.morvan@exemple.fr pour en savoir plus.\n';
    const p = project({ 'post.md': text });
    try {
      const r = await postlint(['--fix-dry-run', '-f', 'json', 'post.md'], { cwd: p.dir });
      const [result] = json(r);
      expect(result.output).toEqual(expect.any(String));
      expect(result.output).not.toContain('claire.morvan');
      expect(fs.readFileSync(p.path('post.md'), 'utf8')).toBe(text);
    } finally {
      p.cleanup();
    }
  });
});

describe.concurrent('rules listing', () => {
  const p = project({});
  afterAll(p.cleanup);

  it('--list-rules: id, default severity, description, aligned', async () => {
    const r = await postlint(['--list-rules'], { cwd: p.dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.some((l) => /^no-price-promotion\s+error\s+\S/.test(l))).toBe(true);
    const severityColumn = new Set(lines.map((l) => l.search(/\s(error|warn)\s/)));
    expect(severityColumn.size).toBe(1);
  });

  it('--explain prints the rule’s doc; an unknown id exits 2', async () => {
    const r = await postlint(['--explain', 'no-price-promotion'], { cwd: p.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# no-price-promotion');
    const bad = await postlint(['--explain', 'no-price'], { cwd: p.dir });
    expect(bad.code).toBe(2);
    expect(oneLineError(bad.stderr)).toMatch(/no-price-promotion/);
  });
});
