// The bundled start-up (issue #9): the built bin, and its worker threads, start from dist/cli.bundle.cjs with V8's
// code cache made by the build, and print exactly what the compiled modules print; a damaged or missing cache is
// replaced by the next run; a bundle older than the modules it was made from (a `tsc` run since the build) is not
// used. Checked on the build
// the CLI tests use (tests/helpers/build.ts runs the same steps as `npm run build`), and on a copy of it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstFixturePerRule, PROMO, requireBuild, ROOT } from './helpers/cli.js';

const built = () => path.dirname(path.dirname(inject('cliBin')));
const FIXTURES = firstFixturePerRule('invalid');

function postlint(packageRoot: string, args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [path.join(packageRoot, 'bin', 'postlint.js'), '--no-config-lookup', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, POSTLINT_STARTUP_TRACE: '1', POSTLINT_NO_BUNDLE: '', ...env },
  });
  const trace = run.stderr.split('\n').filter((l) => l.startsWith('postlint (démarrage)'));
  const stderr = run.stderr.split('\n').filter((l) => l && !l.startsWith('postlint (démarrage)')).join('\n');
  return { status: run.status, stdout: run.stdout, stderr, trace: trace.map((l) => l.replace('postlint (démarrage) : ', '')) };
}

describe('bundled start-up', () => {
  beforeAll(() => requireBuild());

  it('starts from the bundle with the build’s cache and prints what the modules print', { timeout: 60_000 }, () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(10);
    const bundled = postlint(built(), ['-f', 'json', ...FIXTURES]);
    const modules = postlint(built(), ['-f', 'json', ...FIXTURES], { POSTLINT_NO_BUNDLE: '1' });
    expect(bundled.trace).toEqual(['paquet, cache accepté']);
    expect(modules.trace).toEqual(['modules (POSTLINT_NO_BUNDLE=1)']);
    expect(bundled.status).toBe(1);
    expect(JSON.parse(bundled.stdout).length).toBe(FIXTURES.length);
    expect(bundled.stdout).toBe(modules.stdout);
    // Worker threads start from the bundle too (startup/worker-entry.ts), and give the same report.
    const parallel = postlint(built(), ['-f', 'json', '--concurrency', '2', ...FIXTURES]);
    expect(parallel.trace).toEqual(['paquet, cache accepté', 'fil d’analyse, paquet, cache accepté', 'fil d’analyse, paquet, cache accepté']);
    expect(parallel.stdout).toBe(modules.stdout);
    // A usage error: same line, same exit code.
    const wrong = postlint(built(), ['--format', 'nimporte', FIXTURES[0]]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^postlint: .*nimporte/u);
    expect(postlint(built(), ['--format', 'nimporte', FIXTURES[0]], { POSTLINT_NO_BUNDLE: '1' }).stderr).toBe(wrong.stderr);
  });

  // The bundle's import() calls go through the loader (a function compiled from the code cache cannot call
  // import() itself): a JavaScript configuration, a plugin and a formatter of the user, loaded with the cache on.
  it('loads the user’s configuration, plugin and formatter modules, with the cache as without the bundle', { timeout: 60_000 }, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-bundle-user-'));
    try {
      const write = (rel: string, text: string) => fs.writeFileSync(path.join(dir, rel), text);
      write('postlint.config.mjs', "export default { plugins: ['./regle.mjs'], rules: { 'no-comparison': 'off' } };\n");
      write(
        'regle.mjs',
        `export default { rules: { 'no-cash': { meta: { type: 'problem', severity: 'error', docs: { description: 'Pas de liquide' }, messages: { cash: 'Ne parlez pas de paiement' } },
  check(context) { for (const s of context.document.segments) { const i = s.text.indexOf('cash'); if (i >= 0) context.report({ messageId: 'cash', range: context.rangeOf(s, i, i + 4) }); } } } } };\n`,
      );
      write('format.mjs', "export default (results) => results.map((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`).join('|')).join('\\n');\n");
      write('casse.mjs', 'export default (results) => { oups(\n');
      write('post.md', `Réglez en cash. ${PROMO}`);
      const inDir = (args: string[], env: Record<string, string> = {}) =>
        spawnSync(process.execPath, [path.join(built(), 'bin', 'postlint.js'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, POSTLINT_STARTUP_TRACE: '1', POSTLINT_NO_BUNDLE: '', ...env } });
      const bundled = inDir(['-f', './format.mjs', 'post.md']);
      expect(bundled.stderr).toBe('postlint (démarrage) : paquet, cache accepté\n');
      expect(bundled.stdout.trim()).toMatch(/^1:11 regle\/no-cash\|.*no-price-promotion/u);
      expect(bundled.stdout).toBe(inDir(['-f', './format.mjs', 'post.md'], { POSTLINT_NO_BUNDLE: '1' }).stdout);
      // A module with a syntax error: Node's own message, as from the modules.
      const broken = inDir(['-f', './casse.mjs', 'post.md']);
      expect(broken.status).toBe(2);
      expect(broken.stderr).toMatch(/^postlint \(démarrage\) : paquet, cache accepté\npostlint: formateur «\s\.\/casse\.mjs\s» : impossible de le charger \(SyntaxError : /u);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('on a copy of the build', () => {
    let copy: string;
    let post: string;
    beforeAll(() => {
      copy = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-bundle-'));
      // Dates kept: the bundle stays newer than the modules it was made from, as after a build.
      for (const entry of ['bin', 'dist', 'package.json']) fs.cpSync(path.join(built(), entry), path.join(copy, entry), { recursive: true, preserveTimestamps: true });
      fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
      post = path.join(copy, 'promo.md');
      fs.writeFileSync(post, PROMO);
    });
    afterAll(() => fs.rmSync(copy, { recursive: true, force: true }));

    it('replaces a damaged or missing cache, whole, and uses it on the next run', { timeout: 60_000 }, () => {
      const cache = path.join(copy, 'dist', 'cli.bundle.cache');
      const expected = postlint(copy, ['-f', 'json', post], { POSTLINT_NO_BUNDLE: '1' }).stdout;
      expect(expected).toContain('no-price-promotion');
      fs.writeFileSync(cache, Buffer.alloc(4096, 7));
      const damaged = postlint(copy, ['-f', 'json', post]);
      expect(damaged.trace).toEqual(['paquet, cache rejeté', 'cache écrit']);
      expect(damaged.stdout).toBe(expected);
      expect(postlint(copy, ['-f', 'json', post]).trace).toEqual(['paquet, cache accepté']);
      fs.rmSync(cache);
      const missing = postlint(copy, ['-f', 'json', post]);
      expect(missing.trace).toEqual(['paquet, cache absent', 'cache écrit']);
      expect(missing.stdout).toBe(expected);
      expect(fs.readdirSync(path.join(copy, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it('runs the modules once one of them changed after the build, and the bundle while they are only touched', { timeout: 60_000 }, () => {
      const module = path.join(copy, 'dist', 'src', 'engine', 'lint.js');
      const later = new Date(Date.now() + 60_000);
      // Touched only (a `tsc` run that wrote the same code): same content, so the bundle still holds it.
      fs.utimesSync(module, later, later);
      expect(postlint(copy, [post]).trace).toEqual(['paquet, cache accepté']);
      // Same size, other content: only the hash tells.
      const code = fs.readFileSync(module, 'utf8');
      const at = code.indexOf('// ') + 3;
      fs.writeFileSync(module, code.slice(0, at) + (code[at] === 'x' ? 'y' : 'x') + code.slice(at + 1));
      fs.utimesSync(module, later, later);
      const changed = postlint(copy, ['-f', 'json', post]);
      expect(changed.trace).toEqual(['modules (paquet périmé : src/engine/lint.js modifié)']);
      expect(changed.stdout).toContain('no-price-promotion');
      // Another size: the stat tells, whatever the dates.
      fs.appendFileSync(module, '\n// ajout\n');
      expect(postlint(copy, [post]).trace).toEqual(['modules (paquet périmé : src/engine/lint.js modifié)']);
      fs.rmSync(path.join(copy, 'dist', 'cli.bundle.cjs'));
      expect(postlint(copy, [post]).trace).toEqual(['modules (pas de paquet)']);
    });
  });
});
