// Rules from outside postlint, through the real CLI (issue #8): local and npm plugins, declarative rules,
// presets (extends), a crashing plugin rule, and one clear line for every way a plugin can be wrong.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, postlint, project, requireBuild } from './helpers/cli.js';
import { CI_TESTS } from './helpers/tiers.js';
import { pluginNamespace } from '../src/plugins/load-plugin.js';
import { RuleRegistry } from '../src/registry/registry.js';
import { ConfigLoader } from '../src/config/index.js';
import { rulesToRun } from '../src/config/compose.js';
import { builtInEntries } from '../rules/catalogue.js';
import { rules as builtIn } from '../rules/index.js';

/** A local plugin: one rule that reports « cash », one that throws with the post's text in its error. */
const AGENCE = `export default { rules: {
  'no-cash': {
    meta: { type: 'problem', docs: { description: 'Pas de paiement en liquide' }, messages: { cash: '« {{match}} » : ne parlez pas de paiement en espèces' } },
    check(context) {
      for (const s of context.document.segments) {
        const i = s.text.toLowerCase().indexOf('cash');
        if (i >= 0) context.report({ messageId: 'cash', data: { match: s.text.slice(i, i + 4) }, range: context.rangeOf(s, i, i + 4) });
      }
    },
  },
  'crash': {
    meta: { type: 'problem', docs: { description: 'Une règle boguée' }, messages: { never: 'jamais' } },
    check(context) { throw new Error('bogue sur : ' + context.document.source); },
  },
} };
`;

const BRAND_PLUGIN = {
  'package.json': JSON.stringify({ name: 'postlint-plugin-clinique', version: '1.0.0', type: 'module', exports: './index.js' }),
  'index.js': `export default { rules: { 'no-brand': {
    meta: { type: 'problem', severity: 'error', docs: { description: 'Marque de la clinique' }, messages: { brand: '« {{match}} » : pas de marque dans un post de soin' } },
    check(context) {
      for (const s of context.document.segments) {
        const i = s.text.indexOf('Zorglub');
        if (i >= 0) context.report({ messageId: 'brand', data: { match: 'Zorglub' }, range: context.rangeOf(s, i, i + 7) });
      }
    },
  } } };\n`,
};

const ids = (run: Parameters<typeof json>[0]) => json(run)[0].messages.map((m: { ruleId: string }) => m.ruleId);

beforeAll(() => requireBuild());

describe('local plugins', () => {
  const p = project({
    'package.json': '{"name":"site"}',
    'regles/agence.mjs': AGENCE,
    '.postrc.json': JSON.stringify({ plugins: ['./regles/agence.mjs'], rules: { 'agence/crash': 'off' } }),
    'post.md': 'Paiement cash accepté.\n',
  });
  afterAll(() => p.cleanup());

  it('run under the file’s name as namespace, at the default severity warn', async () => {
    const run = await postlint(['post.md', '-f', 'json'], { cwd: p.dir });
    expect(run.code).toBe(0); // warnings only
    const [m] = json(run)[0].messages;
    expect(m).toMatchObject({ ruleId: 'agence/no-cash', severity: 1, line: 1, column: 10, message: '« cash » : ne parlez pas de paiement en espèces' });
  });

  it('are configured by --rule like built-in rules', async () => {
    expect(ids(await postlint(['post.md', '-f', 'json', '--rule', 'agence/no-cash:error'], { cwd: p.dir }))).toEqual(['agence/no-cash']);
    expect((await postlint(['post.md', '-f', 'json', '--rule', 'agence/no-cash:error'], { cwd: p.dir })).code).toBe(1);
    expect(ids(await postlint(['post.md', '-f', 'json', '--rule', 'agence/no-cash:off'], { cwd: p.dir }))).toEqual([]);
  });

  it('are silenced by directives like built-in rules', async () => {
    fs.writeFileSync(p.path('directive.md'), '<!-- postlint-disable-next-line agence/no-cash -->\nPaiement cash accepté.\n\nEncore du cash.\n');
    const messages = json(await postlint(['directive.md', '-f', 'json'], { cwd: p.dir }))[0].messages;
    expect(messages.map((m: { ruleId: string; line: number }) => `${m.ruleId}@${m.line}`)).toEqual(['agence/no-cash@4']);
  });

  it('are listed, explained and shown by --print-config', async () => {
    expect((await postlint(['--list-rules'], { cwd: p.dir })).stdout).toMatch(/agence\/no-cash\s+warn\s+Pas de paiement en liquide/);
    expect((await postlint(['--explain', 'agence/no-cash'], { cwd: p.dir })).stdout).toMatch(/Pas de paiement en liquide/);
    const printed = json(await postlint(['--print-config', 'post.md'], { cwd: p.dir }));
    expect(printed.plugins).toEqual(['./regles/agence.mjs']);
    expect(printed.rules['agence/no-cash']).toEqual(['warn', {}]);
  });
});

describe('a plugin rule that throws', () => {
  const p = project({
    'package.json': '{"name":"site"}',
    'regles/agence.mjs': AGENCE,
    '.postrc.json': JSON.stringify({ plugins: ['./regles/agence.mjs'] }),
    'post.md': 'Paiement cash accepté. Promo -30 % sur le blanchiment ! Rappelez Mme Lefèvre au 06 12 34 56 78.\n',
  });
  afterAll(() => p.cleanup());

  it('is a problem on line 1 naming the rule; the other rules still run; the exit code is not 0', async () => {
    const run = await postlint(['post.md', '-f', 'json'], { cwd: p.dir });
    expect(run.code).toBe(1);
    const messages = json(run)[0].messages;
    expect(messages[0]).toMatchObject({ ruleId: 'agence/crash', line: 1, column: 1, severity: 2, fatal: true });
    expect(messages[0].message).toMatch(/^la règle agence\/crash a échoué sur ce fichier/);
    expect(ids(run)).toEqual(expect.arrayContaining(['agence/no-cash', 'no-price-promotion', 'no-patient-identifier']));
    expect(run.stderr).toBe('');
  });

  it('never prints a patient identifier its error carries', async () => {
    for (const format of ['json', 'stylish', 'sarif']) {
      const run = await postlint(['post.md', '-f', format], { cwd: p.dir });
      expect(run.stdout.replace(/\D/gu, '')).not.toContain('0612345678');
      expect(run.stdout).not.toContain('Lefèvre');
      expect(run.stdout).toContain('agence/crash');
    }
  });
});

describe('npm plugins and shared configs', () => {
  let p: ReturnType<typeof project>;
  beforeAll(() => {
    p = project({
      'package.json': '{"name":"site","version":"1.0.0"}',
      '.postrc.json': JSON.stringify({ plugins: ['postlint-plugin-clinique'] }),
      'post.md': 'Découvrez Zorglub, notre nouveau fauteuil.\n',
    });
    if (CI_TESTS) {
      // Packed and installed as a user would: npm pack, then npm install of the tarball (no network needed).
      const src = project(BRAND_PLUGIN);
      const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', p.dir], { cwd: src.dir, encoding: 'utf8' }).trim().split('\n').pop()!;
      execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', path.join(p.dir, tarball)], { cwd: p.dir, stdio: 'ignore' });
      src.cleanup();
    } else {
      // Outside CI, the folder npm would install (two seconds of npm less in everyone's loop; the lookup is the same).
      for (const [file, content] of Object.entries(BRAND_PLUGIN)) {
        fs.mkdirSync(p.path('node_modules/postlint-plugin-clinique'), { recursive: true });
        fs.writeFileSync(p.path(`node_modules/postlint-plugin-clinique/${file}`), content);
      }
    }
  }, 60000);
  afterAll(() => p?.cleanup());

  it('are resolved from the config’s folder and namespaced without postlint-plugin-', async () => {
    expect(fs.existsSync(p.path('node_modules/postlint-plugin-clinique/index.js'))).toBe(true);
    const run = await postlint(['post.md', '-f', 'json'], { cwd: p.dir });
    expect(run.code).toBe(1);
    expect(json(run)[0].messages).toEqual([expect.objectContaining({ ruleId: 'clinique/no-brand', severity: 2, column: 11 })]);
  });

  it('namespaces: package names, scoped names, local files', () => {
    expect(pluginNamespace('postlint-plugin-clinique')).toBe('clinique');
    expect(pluginNamespace('@groupe/postlint-plugin-soins')).toBe('@groupe/soins');
    expect(pluginNamespace('@groupe/postlint-plugin')).toBe('@groupe');
    expect(pluginNamespace('regles-maison')).toBe('regles-maison');
    expect(pluginNamespace('./regles/agence.mjs')).toBe('agence');
  });
});

describe('declarative rules (define)', () => {
  const define = {
    'agence/no-money': { type: 'existence', terms: ['💸', 'remboursé(e)(s)', 'cash-back'], message: '« {{match}} » : pas d’argent dans nos posts', negation: true, severity: 'error', references: [{ title: 'Charte', url: 'https://exemple.fr/charte' }] },
    'agence/wording': { type: 'substitution', swap: { patientèle: 'patients' }, message: '« {{match}} » : écrivez « {{suggestion}} »' },
  };
  const p = project({
    'package.json': '{"name":"site"}',
    '.postrc.json': JSON.stringify({ define }),
    'post.md': 'Soins REMBOURSES 💸 et CASHBACK.\n\nCe soin n’est pas remboursé.\n\nNotre Patientele vous remercie.\n\n`cash-back` dans du code.\n',
  });
  afterAll(() => p.cleanup());

  it('existence: the French compiler (case, accents, inflection, hyphen, hashtag-like joins), negation-aware when asked', async () => {
    const run = await postlint(['post.md', '-f', 'json'], { cwd: p.dir });
    const money = json(run)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'agence/no-money');
    expect(money.map((m: { line: number; column: number }) => `${m.line}:${m.column}`)).toEqual(['1:7', '1:18', '1:24']);
    expect(money[0]).toMatchObject({ severity: 2, message: '« REMBOURSES » : pas d’argent dans nos posts' });
    expect(run.code).toBe(1);
  });

  it('substitution: a suggestion that writes the preferred wording', async () => {
    const run = await postlint(['post.md', '-f', 'json'], { cwd: p.dir });
    const [m] = json(run)[0].messages.filter((x: { ruleId: string }) => x.ruleId === 'agence/wording');
    expect(m).toMatchObject({ line: 5, column: 7, severity: 1, message: '« Patientele » : écrivez « patients »' });
    expect(m.suggestions).toEqual([expect.objectContaining({ desc: 'Remplacer par « patients »', fix: { range: expect.any(Array), text: 'patients' } })]);
  });

  it('are documented from their definition (--explain) with their references', async () => {
    const doc = (await postlint(['--explain', 'agence/no-money'], { cwd: p.dir })).stdout;
    expect(doc).toContain('https://exemple.fr/charte');
  });

  it.each([
    [{ 'no-money': { type: 'existence', terms: ['x'], message: 'm' } }, /define\.no-money : identifiant attendu sous la forme espace\/nom-de-règle/],
    [{ 'a/b': { type: 'existence', terms: [], message: 'm' } }, /define\.a\/b\.terms : doit être une liste non vide/],
    [{ 'a/b': { type: 'remplacement', swap: {}, message: 'm' } }, /define\.a\/b\.type : attendu "existence" ou "substitution"/],
    [{ 'a/b': { type: 'substitution', swap: { x: 1 }, message: 'm' } }, /define\.a\/b\.swap : doit être un objet non vide/],
    [{ 'a/b': { type: 'existence', terms: ['x'] } }, /define\.a\/b\.message : doit être un texte/],
    [{ 'a/b': { type: 'existence', terms: ['x'], message: 'm', negaton: true } }, /define\.a\/b\.negaton : clé inconnue/],
  ])('a wrong definition is one line naming the key (%#)', async (bad, error) => {
    const q = project({ 'package.json': '{}', '.postrc.json': JSON.stringify({ define: bad }), 'post.md': 'x\n' });
    const run = await postlint(['post.md'], { cwd: q.dir });
    q.cleanup();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^postlint: \\.postrc\\.json: ${error.source}`));
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('presets (extends)', () => {
  const p = project({
    'package.json': '{"name":"site"}',
    'base.json': JSON.stringify({ profile: 'chirurgien-dentiste', rules: { 'no-comparison': ['warn', { allow: ['moins cher'] }], 'no-price-promotion': 'off' } }),
    'node_modules/postlint-config-agence/package.json': JSON.stringify({ name: 'postlint-config-agence', version: '1.0.0', main: 'config.json' }),
    'node_modules/postlint-config-agence/config.json': JSON.stringify({ platform: 'instagram', rules: { 'no-price-promotion': 'error' } }),
    '.postrc.json': JSON.stringify({ extends: ['postlint:strict', './base.json', 'postlint-config-agence'], rules: { 'no-comparison': 'error' } }),
    'post.md': 'N’attendez pas d’avoir mal : un détartrage tous les 3 mois pour tous !\n',
  });
  afterAll(() => p.cleanup());

  it('merge in order, later wins, rules merged per id (a bare severity keeps the options)', async () => {
    const printed = json(await postlint(['--print-config', 'post.md'], { cwd: p.dir }));
    expect(printed.extends).toEqual(['postlint:strict', 'base.json', 'node_modules/postlint-config-agence/config.json']);
    expect(printed.profile).toBe('chirurgien-dentiste');
    expect(printed.rules['no-comparison']).toEqual(['error', { allow: ['moins cher'] }]);
    expect(printed.rules['no-price-promotion'][0]).toBe('error');
    expect(printed.rules['no-care-incitement'][0]).toBe('error'); // a warning by default, an error under strict
  });

  it('postlint:strict turns a warning rule into an error in the report', async () => {
    const [m] = json(await postlint(['post.md', '-f', 'json'], { cwd: p.dir }))[0].messages;
    expect(m).toMatchObject({ ruleId: 'no-care-incitement', severity: 2 });
    const plain = json(await postlint(['post.md', '-f', 'json', '--no-config-lookup'], { cwd: p.dir }))[0].messages;
    expect(plain[0]).toMatchObject({ ruleId: 'no-care-incitement', severity: 1 });
  });

  it('a profession preset sets the profile', async () => {
    const q = project({ 'package.json': '{}', '.postrc.json': JSON.stringify({ extends: 'postlint:pharmacien' }), 'post.md': 'x\n' });
    expect(json(await postlint(['--print-config', 'post.md'], { cwd: q.dir })).profile).toBe('pharmacien');
    q.cleanup();
  });
});

describe('one clear line for a broken plugin or config chain', () => {
  it.each([
    [{ plugins: ['./absent.mjs'] }, {}, /^postlint: extension \.\/absent\.mjs : fichier introuvable/],
    [{ plugins: ['postlint-plugin-absent'] }, {}, /^postlint: extension postlint-plugin-absent : paquet introuvable depuis .* \(installez-le : npm install --save-dev postlint-plugin-absent\)/],
    [{ plugins: ['./bad.mjs'] }, { 'bad.mjs': 'export default { rules: [] };' }, /^postlint: extension \.\/bad\.mjs : l’export par défaut doit être \{ rules/],
    [{ plugins: ['./bad.mjs'] }, { 'bad.mjs': 'export default { rules: { x: { meta: { type: "problem", messages: { a: "a" } }, check() {} } } };' }, /^postlint: extension \.\/bad\.mjs : règle x : meta\.docs\.description/],
    [{ plugins: ['./bad.mjs'] }, { 'bad.mjs': 'export default { rules: { x: { meta: { type: "bug", docs: { description: "d" }, messages: { a: "a" } }, check() {} } } };' }, /^postlint: extension \.\/bad\.mjs : règle x : meta\.type/],
    [{ plugins: ['./bad.mjs'] }, { 'bad.mjs': 'export default { rules: { x: { meta: { type: "problem", docs: { description: "d" }, messages: { a: "a" } } } } };' }, /^postlint: extension \.\/bad\.mjs : règle x : check doit être une fonction/],
    [{ plugins: ['./bad.mjs'] }, { 'bad.mjs': 'this is not javascript(' }, /^postlint: extension \.\/bad\.mjs : chargement impossible : /],
    [{ plugins: ['./bad.mjs'] }, { 'bad.mjs': 'throw new Error("au chargement");' }, /^postlint: extension \.\/bad\.mjs : chargement impossible : au chargement/],
    [{ rules: { 'agence/no-cash': 'warn' } }, {}, /^postlint: \.postrc\.json: rules\.agence\/no-cash : règle inconnue \(aucune extension \(plugins\) ni règle définie \(define\) ne la fournit/],
    [{ extends: ['postlint:strickt'] }, {}, /^postlint: \.postrc\.json: extends : préréglage «.postlint:strickt.» inconnu \(vouliez-vous dire «.postlint:strict.»/],
    [{ extends: ['./base.json'] }, { 'base.json': '{"extends": ["./.postrc.json"]}' }, /^postlint: base\.json: extends : boucle : \.postrc\.json → base\.json → \.postrc\.json/],
    [{ extends: ['postlint-config-absent'] }, {}, /^postlint: \.postrc\.json: extends : configuration «.postlint-config-absent.» introuvable/],
    [{ plugins: ['./a.mjs'], define: { 'a/x': { type: 'existence', terms: ['y'], message: 'm' } } }, { 'a.mjs': 'export default { rules: { x: { meta: { type: "problem", docs: { description: "d" }, messages: { a: "a" } }, check() {} } } };' }, /^postlint: règle a\/x définie deux fois \(\.\/a\.mjs et define\)/],
    [{ plugins: ['./a/agence.mjs', './b/agence.mjs'] }, { 'a/agence.mjs': 'export default { rules: { x: { meta: { type: "problem", docs: { description: "d" }, messages: { a: "a" } }, check() {} } } };', 'b/agence.mjs': 'export default { rules: { x: { meta: { type: "problem", docs: { description: "d" }, messages: { a: "a" } }, check() {} } } };' }, /^postlint: règle agence\/x définie deux fois \(\.\/a\/agence\.mjs et \.\/b\/agence\.mjs\)/],
  ])('%j', async (config, files, error) => {
    const q = project({ 'package.json': '{}', '.postrc.json': JSON.stringify(config), 'post.md': 'Bonjour.\n', ...files });
    const run = await postlint(['post.md'], { cwd: q.dir });
    q.cleanup();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(error);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });
});

describe('the registry', () => {
  it('the lazy catalogue lists exactly the built-in rules, sensitive ones marked', () => {
    expect(builtInEntries.map((e) => e.id)).toEqual(builtIn.map((r) => r.meta.id));
    expect(builtInEntries.filter((e) => e.sensitive).map((e) => e.id)).toEqual(builtIn.filter((r) => r.meta.sensitive).map((r) => r.meta.id));
  });

  it('loads a rule only when asked, once', async () => {
    let loads = 0;
    const rule = builtIn[0];
    const registry = new RuleRegistry([{ id: 'x/a', origin: 'test', load: () => (loads++, rule) }]);
    expect(registry.get('x/a')).toBeUndefined();
    await Promise.all([registry.load(['x/a']), registry.load(['x/a'])]);
    expect(loads).toBe(1);
    expect(registry.get('x/a')).toBe(rule);
  });

  it('a rule switched off is never loaded; one given options is loaded to check them', async () => {
    const loads: string[] = [];
    const entry = (id: string) => ({ id, origin: 'test', load: () => (loads.push(id), { ...builtIn[0], meta: { ...builtIn[0].meta, id } }) });
    const registry = new RuleRegistry([entry('a/x'), entry('a/y'), entry('a/z')]);
    const p = project({ 'package.json': '{}', '.postrc.json': JSON.stringify({ rules: { 'a/x': 'off', 'a/y': ['warn', {}] } }) });
    const config = await new ConfigLoader({ cwd: p.dir, registry }).forFile(p.path('post.md'));
    p.cleanup();
    expect(loads).toEqual(['a/y']);
    expect((await rulesToRun(config, config.registry!)).map((r) => r.meta.id)).toEqual(['a/y', 'a/z']);
    expect(loads.sort()).toEqual(['a/y', 'a/z']);
  });

  it('refuses an id defined twice', () => {
    const registry = RuleRegistry.of(builtIn);
    expect(() => registry.extend([{ id: 'no-comparison', origin: 'postlint-plugin-x', load: () => builtIn[0] }])).toThrow(/règle no-comparison définie deux fois \(postlint et postlint-plugin-x\)/);
  });
});
