// Installing postlint as users do. Always: the packed archive holds what a user needs and nothing of the
// repository's development files. In CI (POSTLINT_CI_TESTS=1, which .ci/run sets; see tests/helpers/tiers.ts):
// `npm i -g <archive>` into a temporary prefix gives a working `postlint` without TypeScript; and (minutes: npm
// fetches and compiles a clone, pre-commit builds its environment) scripts/check-install.sh installs the last
// commit from git and runs the real pre-commit hook when the pre-commit command exists, saying why when it does not.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROMO, requireBuild, ROOT } from './helpers/cli.js';
import { CI_ONLY, CI_TESTS } from './helpers/tiers.js';
import { installPacked, type Packed } from './helpers/packed.js';

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const OFFLINE = /ENOTCACHED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|ECONNREFUSED/;

let packed: Packed;
beforeAll(() => {
  requireBuild();
  packed = installPacked();
}, 60000);
afterAll(() => packed?.cleanup());

describe('the packed archive', () => {
  it('holds the compiled package, its docs and LICENSE, and none of the development files', () => {
    const { files } = packed;
    for (const needed of ['LICENSE', 'README.md', 'package.json', 'bin/postlint.js', 'dist/src/cli.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/testing/index.js', 'docs/rules/no-price-promotion.md', 'dist/cli.bundle.cjs', 'dist/cli.bundle.json', 'dist/cli.bundle.cache', 'dist/lexicon-snapshot.json', 'dist/given-names.json']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => /^(fixtures|tests|scripts|\.ci|src|rules|examples|corpus|node_modules)\//.test(f) || f.startsWith('docs/research/'))).toEqual([]);
    const pkg = JSON.parse(fs.readFileSync(path.join(packed.packageDir, 'package.json'), 'utf8'));
    expect(pkg.license).toBe('MIT');
    expect(fs.readFileSync(path.join(packed.packageDir, 'LICENSE'), 'utf8')).toContain('Les contributeurs de postlint');
    for (const key of ['repository', 'homepage', 'bugs']) expect(pkg[key], key).toBeTruthy();
  });

  it('starts from the bundle and its code cache once installed (the archive gives every file one date)', () => {
    fs.writeFileSync(path.join(packed.project, 'promo.md'), PROMO);
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [path.join(packed.packageDir, 'bin', 'postlint.js'), '--no-config-lookup', '-f', 'json', 'promo.md'], {
        cwd: packed.project,
        encoding: 'utf8',
        env: { ...process.env, POSTLINT_STARTUP_TRACE: '1', POSTLINT_NO_BUNDLE: '', ...env },
      });
    const bundled = run({});
    expect(bundled.stderr).toBe('postlint (démarrage) : paquet, cache accepté\n');
    expect(bundled.stdout).toContain('no-price-promotion');
    expect(bundled.stdout).toBe(run({ POSTLINT_NO_BUNDLE: '1' }).stdout);
  });

  it.skipIf(!CI_TESTS)(`installs globally into a prefix and runs without TypeScript: version, a violation, --explain with its examples${CI_TESTS ? '' : ` — ${CI_ONLY}`}`, (ctx) => {
    const prefix = path.join(path.dirname(packed.project), 'global');
    const install = spawnSync('npm', ['i', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', packed.tarball], { encoding: 'utf8' });
    if (install.status !== 0 && OFFLINE.test(install.stderr)) ctx.skip('dépendances absentes du cache npm et réseau coupé : npm i -g impossible hors ligne');
    expect(install.status, install.stderr).toBe(0);
    const bin = path.join(prefix, 'bin', 'postlint');
    const installed = path.join(prefix, 'lib', 'node_modules', 'postlint');
    expect(fs.existsSync(path.join(installed, 'node_modules', 'typescript'))).toBe(false);
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    fs.writeFileSync(path.join(prefix, 'promo.md'), PROMO);
    const lint = spawnSync(bin, ['--no-config-lookup', path.join(prefix, 'promo.md')], { encoding: 'utf8' });
    expect(lint.status).toBe(1);
    expect(lint.stdout).toContain('no-price-promotion');
    // No fixtures are installed: --explain prints the shipped page, examples included.
    expect(fs.existsSync(path.join(installed, 'fixtures'))).toBe(false);
    const explain = spawnSync(bin, ['--explain', 'no-price-promotion'], { encoding: 'utf8' });
    expect(explain.stdout).toBe(fs.readFileSync(path.join(ROOT, 'docs', 'rules', 'no-price-promotion.md'), 'utf8'));
    expect(explain.stdout).toContain('## Exemples incorrects');
  }, 120000);
});

const slowReason = !CI_TESTS
  ? `lent (plusieurs minutes) ; ${CI_ONLY}`
  : !onPath('pre-commit')
    ? 'ignoré : commande pre-commit absente (Debian : apt-get install pre-commit)'
    : null;

describe('installs from git and the pre-commit hook (scripts/check-install.sh)', () => {
  it.skipIf(slowReason !== null)(`npm i -D git+…, npm i -g of the packed clone, pre-commit on a temporary repo${slowReason ? ` — ${slowReason}` : ''}`, (ctx) => {
    const run = spawnSync('bash', [path.join(ROOT, 'scripts', 'check-install.sh'), 'git', 'pre-commit'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    // A part the script could not run (no network, no pre-commit) is a skip, with the script's reason.
    const skipped = /^check-install: ignoré : .*$/mu.exec(run.stderr);
    if (skipped) ctx.skip(skipped[0]);
    expect(run.stderr).toContain('pre-commit');
    expect(run.stderr.match(/installé et fonctionnel/g)).toHaveLength(2);
  }, 1200000);
});
