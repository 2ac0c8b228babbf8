import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigLoader, coerceSeverity, parseCliRules, validateConfig, mergeRules } from '../src/config/index.js';
import { UsageError, type ResolvedConfig, type Rule } from '../src/types.js';
import { meta } from './helpers/results.js';

function rule(id: string, options: Rule['meta']['options'] = undefined): Rule {
  return { meta: meta(id, { options }), check() {} };
}
const rules = new Map<string, Rule>([
  ['no-comparison', rule('no-comparison')],
  [
    'no-patient-identifier',
    rule('no-patient-identifier', {
      allow: { type: 'string[]', default: [], description: 'x' },
      strict: { type: 'boolean', default: false, description: 'x' },
      minLength: { type: 'number', default: 3, description: 'x' },
      mode: { type: 'string', default: 'a', description: 'x', enum: ['a', 'b'] },
    }),
  ],
  ['no-price-promotion', rule('no-price-promotion', { allow: { type: 'string[]', default: [], description: 'x' } })],
]);
/** A loaded config without the registry it carries (compared as data). */
const plain = ({ registry: _r, ...config }: ResolvedConfig) => config;
const validate = (raw: unknown, source = '.postrc.json') => validateConfig(raw, source, { rules });
/** The error message of `fn`, which must throw a UsageError. */
function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }
  throw new Error('no error thrown');
}

describe('coerceSeverity', () => {
  it('accepts names and numbers only', () => {
    expect(['off', 'warn', 'error', 0, 1, 2].map(coerceSeverity)).toEqual([0, 1, 2, 0, 1, 2]);
    expect(['fatal', 3, '2', true, null, undefined, 'Warn'].map(coerceSeverity)).toEqual(Array(7).fill(null));
  });
});

describe('validateConfig', () => {
  it('resolves a full config', () => {
    expect(
      validate({
        $schema: 'https://example.org/postlint.schema.json',
        profile: 'chirurgien-dentiste',
        rules: {
          'no-comparison': 'off',
          'no-price-promotion': ['warn', { allow: ['Mois sans tabac'] }],
          'no-patient-identifier': [2],
        },
        ignorePatterns: ['brouillons/'],
      }),
    ).toEqual({
      profile: 'chirurgien-dentiste',
      rules: {
        'no-comparison': { severity: 0 },
        'no-price-promotion': { severity: 1, options: { allow: ['Mois sans tabac'] } },
        'no-patient-identifier': { severity: 2 },
      },
      ignorePatterns: ['brouillons/'],
    });
    expect(validate(undefined)).toEqual({ rules: {}, ignorePatterns: [] });
    expect(validate({})).toEqual({ rules: {}, ignorePatterns: [] });
  });

  it('names an unknown rule, with a suggestion and the list', () => {
    const message = usageError(() => validate({ rules: { 'no-price-promotio': 'error' } }));
    expect(message).toMatch(/^\.postrc\.json: rules\.no-price-promotio : règle inconnue \(/);
    expect(message).toMatch(/vouliez-vous dire «\s?no-price-promotion\s?»/);
    expect(message).toContain('règles : no-comparison, no-patient-identifier, no-price-promotion)');
  });

  it('names a bad severity and the valid ones', () => {
    expect(usageError(() => validate({ rules: { 'no-price-promotion': 'fatal' } }))).toMatch(
      /^\.postrc\.json: rules\.no-price-promotion : sévérité «\s?fatal\s?» invalide \(attendu : off, warn, error, 0, 1, 2\)$/,
    );
    expect(usageError(() => validate({ rules: { 'no-price-promotion': 3 } }))).toContain('sévérité 3 invalide');
    expect(usageError(() => validate({ rules: { 'no-price-promotion': ['warn', {}, 1] } }))).toContain(
      'rules.no-price-promotion : attendu une sévérité ou [sévérité, { options }]',
    );
    expect(usageError(() => validate({ rules: { 'no-price-promotion': ['warn', ['x']] } }))).toContain(
      'rules.no-price-promotion : les options (2e élément) doivent être un objet',
    );
  });

  it('checks option names and types', () => {
    const opts = (o: unknown) => usageError(() => validate({ rules: { 'no-patient-identifier': ['error', o] } }));
    expect(opts({ allow: 'Dupont' })).toBe('.postrc.json: rules.no-patient-identifier.allow : doit être une liste de chaînes');
    expect(opts({ allow: ['a', 1] })).toContain('allow : doit être une liste de chaînes');
    expect(opts({ strict: 'yes' })).toContain('strict : doit être true ou false');
    expect(opts({ minLength: '3' })).toContain('minLength : doit être un nombre');
    expect(opts({ mode: 'c' })).toMatch(/mode : valeur «\s?c\s?» invalide \(attendu : a, b\)/);
    expect(opts({ alow: [] })).toMatch(/rules\.no-patient-identifier\.alow : option inconnue \(vouliez-vous dire «\s?allow\s?» \? options : allow, strict, minLength, mode\)/);
    expect(usageError(() => validate({ rules: { 'no-comparison': ['warn', { x: 1 }] } }))).toContain(
      'rules.no-comparison.x : option inconnue (la règle no-comparison n’a pas d’options)',
    );
  });

  it('takes a platform as a non-empty string', () => {
    expect(validate({ platform: 'instagram' }).platform).toBe('instagram');
    expect(usageError(() => validate({ platform: 3 }))).toMatch(/platform.*chaîne/u);
  });

  it('checks the profile, ignorePatterns, unknown keys and the shape', () => {
    expect(usageError(() => validate({ profile: 'dentiste' }))).toMatch(
      /^\.postrc\.json: profile : profil «\s?dentiste\s?» inconnu \(.*profils : medecin, chirurgien-dentiste, /,
    );
    expect(usageError(() => validate({ ignorePatterns: 'brouillons' }))).toContain('ignorePatterns : doit être une liste de chaînes');
    expect(usageError(() => validate({ rule: {} }))).toMatch(/^\.postrc\.json: rule : clé inconnue \(vouliez-vous dire «\s?rules\s?» \? clés : \$schema, extends, plugins, define, profile, platform, rules, overrides, ignorePatterns\)$/);
    expect(usageError(() => validate(['rules']))).toContain('.postrc.json: la configuration doit être un objet');
    expect(usageError(() => validate({ rules: ['no-comparison'] }))).toContain('rules : doit être un objet');
    expect(usageError(() => validateConfig({ rules: { x: 1 } }, 'package.json', { rules, keyPrefix: 'postlint.' }))).toMatch(
      /^package\.json: postlint\.rules\.x : règle inconnue/,
    );
  });
});

describe('--rule', () => {
  it('parses id:severity, id:JSON and an ESLint-style object', () => {
    expect(
      parseCliRules(
        ['no-comparison:off', 'no-price-promotion: ["warn", {"allow": ["x"]}]', '{"no-patient-identifier": 1}', 'no-comparison:2'],
        rules,
      ),
    ).toEqual({
      'no-comparison': { severity: 2 },
      'no-price-promotion': { severity: 1, options: { allow: ['x'] } },
      'no-patient-identifier': { severity: 1 },
    });
  });
  it('reports bad values as usage errors', () => {
    expect(usageError(() => parseCliRules(['no-comparison'], rules))).toMatch(/--rule «\s?no-comparison\s?» : attendu id:sévérité/);
    expect(usageError(() => parseCliRules(['no-comparison:[warn'], rules))).toContain('JSON invalide');
    expect(usageError(() => parseCliRules(['nope:warn'], rules))).toMatch(/^--rule: rules\.nope : règle inconnue/);
    expect(usageError(() => parseCliRules(['no-comparison:fatal'], rules))).toContain('sévérité «');
  });
  it('keeps the file options when --rule gives a bare severity', () => {
    expect(mergeRules({ a: { severity: 2, options: { allow: ['x'] } }, b: { severity: 1 } }, { a: { severity: 1 } })).toEqual({
      a: { severity: 1, options: { allow: ['x'] } },
      b: { severity: 1 },
    });
  });
});

describe('ConfigLoader', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-config-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const put = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  const loader = (options: Partial<ConstructorParameters<typeof ConfigLoader>[0]> = {}) =>
    new ConfigLoader({ cwd: root, rules, ...options });

  put('.postrc.json', JSON.stringify({ profile: 'infirmier', rules: { 'no-comparison': 'warn' }, ignorePatterns: ['tmp/'] }));
  put('yaml/.postrc.yaml', 'profile: sage-femme\nrules:\n  no-comparison: off\n');
  put('pkg/package.json', JSON.stringify({ name: 'x', postlint: { profile: 'pharmacien' } }));
  put('pkg-sans-cle/package.json', JSON.stringify({ name: 'y' }));
  put('js/postlint.config.mjs', "export default { rules: { 'no-comparison': 'error' } };\n");
  put('esm-js/postlint.config.js', "export default { profile: 'infirmier', rules: { 'no-comparison': 1 } };\n");
  put('cjs/.postrc.cjs', "module.exports = { profile: 'etablissement' };\n");
  put('rc/.postrc', 'profile: esthetique\n');
  put('both/.postrc.json', '{"profile": "medecin"}');
  put('both/package.json', JSON.stringify({ postlint: { profile: 'pharmacien' } }));

  it('finds the nearest config above each file', async () => {
    const l = loader();
    expect((await l.forFile(path.join(root, 'a.md'))).profile).toBe('infirmier');
    expect((await l.forFile(path.join(root, 'deep/er/a.md'))).filePath).toBe(path.join(root, '.postrc.json'));
    expect(await l.forFile(path.join(root, 'yaml/a.md'))).toMatchObject({ profile: 'sage-femme', rules: { 'no-comparison': { severity: 0 } } });
    expect((await l.forFile(path.join(root, 'pkg/sub/a.md'))).profile).toBe('pharmacien');
    // A package.json, even without a "postlint" key, marks a project root: the search stops there.
    expect(plain(await l.forFile(path.join(root, 'pkg-sans-cle/a.md')))).toEqual({ rules: {}, ignorePatterns: [] });
    expect((await l.forFile(path.join(root, 'js/a.md'))).rules).toEqual({ 'no-comparison': { severity: 2 } });
    expect((await l.forFile(path.join(root, 'cjs/a.md'))).profile).toBe('etablissement');
    // ESM syntax in a .js file outside any "type": "module" package.
    expect((await l.forFile(path.join(root, 'esm-js/a.md'))).rules).toEqual({ 'no-comparison': { severity: 1 } });
    expect((await l.forFile(path.join(root, 'rc/a.md'))).profile).toBe('esthetique');
    // .postrc.json comes before package.json in the same folder.
    expect((await l.forFile(path.join(root, 'both/a.md'))).profile).toBe('medecin');
  });

  it('--config replaces discovery, --rule goes on top', async () => {
    const l = loader({ configFile: 'yaml/.postrc.yaml', cliRules: { 'no-price-promotion': { severity: 1 } } });
    expect(await l.forFile(path.join(root, 'pkg/a.md'))).toMatchObject({
      profile: 'sage-femme',
      rules: { 'no-comparison': { severity: 0 }, 'no-price-promotion': { severity: 1 } },
    });
    await expect(loader({ configFile: 'absent.json' }).forFile('a.md')).rejects.toThrow(/fichier de configuration introuvable «\s?absent\.json\s?»/);
    expect(plain(await loader({ configLookup: false }).forFile(path.join(root, 'a.md')))).toEqual({ rules: {}, ignorePatterns: [] });
  });

  it('applies ignorePatterns relative to the config file', async () => {
    const l = loader();
    expect(await l.isIgnored(path.join(root, 'tmp'), true)).toBe(true);
    expect(await l.isIgnored(path.join(root, 'tmp/a.md'), false)).toBe(true);
    expect(await l.isIgnored(path.join(root, 'a.md'), false)).toBe(false);
    // yaml/ has its own config, without ignorePatterns: the nearest config wins entirely.
    expect(await l.isIgnored(path.join(root, 'yaml/tmp/a.md'), false)).toBe(false);
  });

  it('reports broken files in one line naming the file', async () => {
    put('bad-json/.postrc.json', '{ "rules": { "no-comparison": "warn", } }');
    put('bad-yaml/.postrc.yml', 'rules:\n  no-comparison: warn\n   x: y\n');
    put('bad-rc/.postrc', '{ "profile": }');
    put('bad-js/.postrc.cjs', 'module.exports = {;\n');
    put('bad-rule/.postrc.json', '{ "rules": { "no-price-promotio": "error" } }');
    put('bad-pkg/package.json', '{ "postlint": { "profile": "x" } }');
    const message = async (dir: string) => {
      try {
        await loader().forFile(path.join(root, dir, 'a.md'));
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        expect((error as Error).message).not.toContain('\n');
        return (error as Error).message;
      }
      throw new Error('no error thrown');
    };
    expect(await message('bad-json')).toMatch(/^bad-json\/\.postrc\.json: JSON invalide : .*\(ligne 1, colonne \d+\)$/);
    expect(await message('bad-yaml')).toMatch(/^bad-yaml\/\.postrc\.yml: YAML invalide : bad indentation of a mapping entry \(ligne 3, colonne \d+\)$/);
    expect(await message('bad-rc')).toMatch(/^bad-rc\/\.postrc: JSON invalide : /);
    expect(await message('bad-js')).toMatch(/^bad-js\/\.postrc\.cjs: impossible de charger la configuration : /);
    expect(await message('bad-rule')).toMatch(/^bad-rule\/\.postrc\.json: rules\.no-price-promotio : règle inconnue/);
    expect(await message('bad-pkg')).toMatch(/^bad-pkg\/package\.json: postlint\.profile : profil «\s?x\s?» inconnu/);
  });
});

describe('ConfigLoader: the upward search stops at the project root', () => {
  const outer = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-root-')));
  afterAll(() => fs.rmSync(outer, { recursive: true, force: true }));
  const put = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(outer, rel)), { recursive: true });
    fs.writeFileSync(path.join(outer, rel), text);
  };
  // A config above every project: loading it would run its code (it leaves a file named « ran »).
  put('.postrc.cjs', "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'ran'), '');\nmodule.exports = { profile: 'pharmacien' };\n");
  fs.mkdirSync(path.join(outer, 'git-repo/.git'), { recursive: true });
  put('npm-repo/package.json', '{"name": "cabinet"}');
  put('npm-repo/.postrc.json', '{"profile": "infirmier"}');
  put('loose/.postrc.json', '{"profile": "sage-femme"}');
  fs.mkdirSync(path.join(outer, 'loose/posts'), { recursive: true });
  const at = (cwd: string) => new ConfigLoader({ cwd: path.join(outer, cwd), rules });
  const ran = () => fs.existsSync(path.join(outer, 'ran'));

  it('never goes above the nearest folder holding .git or package.json', async () => {
    expect(plain(await at('git-repo').forFile(path.join(outer, 'git-repo/posts/a.md')))).toEqual({ rules: {}, ignorePatterns: [] });
    expect(plain(await at('git-repo/posts').forDirectory(path.join(outer, 'git-repo/posts')))).toEqual({ rules: {}, ignorePatterns: [] });
    // Below the root, every folder up to the root is searched.
    const deep = await at('npm-repo').forFile(path.join(outer, 'npm-repo/a/b/c/post.md'));
    expect(deep).toMatchObject({ profile: 'infirmier', filePath: path.join(outer, 'npm-repo/.postrc.json') });
    expect(ran()).toBe(false);
  });

  it('without a project root, stops at the current folder (or at the file’s folder outside it)', async () => {
    expect(plain(await at('loose/posts').forFile(path.join(outer, 'loose/posts/a.md')))).toEqual({ rules: {}, ignorePatterns: [] });
    expect(plain(await at('loose/posts').forFile(path.join(outer, 'loose/autre/a.md')))).toEqual({ rules: {}, ignorePatterns: [] });
    expect((await at('loose').forFile(path.join(outer, 'loose/posts/a.md'))).profile).toBe('sage-femme');
    expect(ran()).toBe(false);
    // The same config is loaded (and run) when it is inside the search: the check above can fail.
    expect((await at('.').forFile(path.join(outer, 'loose/../a.md'))).profile).toBe('pharmacien');
    expect(ran()).toBe(true);
  });
});

describe('the built-in rules', () => {
  it('.postrc.example.json, as the docs render it, is a valid configuration', async () => {
    const { renderExampleConfig } = await import('../src/docs/render.js');
    const { rules: builtIn } = await import('../rules/index.js');
    const config = validateConfig(JSON.parse(renderExampleConfig(builtIn)), '.postrc.example.json', { rules: new Map(builtIn.map((r) => [r.meta.id, r])) });
    expect(Object.keys(config.rules).sort()).toEqual(builtIn.map((r) => r.meta.id).sort());
  });
});
