// The public API (lintText, lintFiles): every result is compared with the CLI's `-f json` on the same input. The
// scenarios (tests/helpers/api-scenarios.mjs) run on the sources in vitest's process; in CI (POSTLINT_CI_TESTS=1)
// they run as a user gets them instead: postlint installed from the packed archive in a temporary project, imported
// by name from a module run under node; and there the package is also typed for a TypeScript consumer and the
// README's « API » snippet runs as written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiScenarios, type ApiScenarioResults, CLAIM_OFF } from './helpers/api-scenarios.mjs';
import { CLAIM, CLEAN, json, postlint, project, PROMO, requireBuild, ROOT } from './helpers/cli.js';
import { installPacked, type Packed } from './helpers/packed.js';
import { CI_ONLY, CI_TESTS } from './helpers/tiers.js';

let packed: Packed | undefined;
let dir: string;
let cleanup: () => void;
/** What the API gave (beforeAll). */
let api: ApiScenarioResults;
const inProject = (rel: string) => path.join(dir, rel);

/** Runs an ES module in the installed package's project (postlint resolved from its node_modules); its stdout. */
function node(file: string, source: string): string {
  fs.writeFileSync(inProject(file), source);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS'));
  const run = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8', env });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

/** The README's first ```js block after `heading`. */
function readmeSnippet(heading: string): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const from = readme.indexOf(heading);
  expect(from, heading).toBeGreaterThanOrEqual(0);
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(from));
  expect(block).not.toBeNull();
  return block![1];
}

const DRAFTS = {
  'brouillons/promo.md': PROMO,
  'brouillons/propre.md': CLEAN,
  'brouillons/contact.txt': 'Merci à notre patiente, joignable au 06 12 34 56 78, pour sa confiance.\n',
};

beforeAll(async () => {
  if (CI_TESTS) {
    requireBuild();
    packed = installPacked();
    dir = packed.project;
    cleanup = packed.cleanup;
    for (const [rel, content] of Object.entries(DRAFTS)) {
      fs.mkdirSync(path.dirname(inProject(rel)), { recursive: true });
      fs.writeFileSync(inProject(rel), content);
    }
    const scenarios = pathToFileURL(path.join(ROOT, 'tests', 'helpers', 'api-scenarios.mjs')).href;
    api = JSON.parse(
      node(
        'api.mjs',
        `import * as postlint from 'postlint';\nimport { apiScenarios } from '${scenarios}';\n` +
          `console.log(JSON.stringify(await apiScenarios(postlint, ${JSON.stringify(CLAIM)})));\n`,
      ),
    );
  } else {
    const p = project(DRAFTS);
    dir = p.dir;
    cleanup = p.cleanup;
    api = await apiScenarios(await import('../src/index.js'), CLAIM, dir);
  }
}, 60000);
afterAll(() => cleanup?.());

describe(`lintText and lintFiles ${CI_TESTS ? 'from the installed package' : 'on the sources'}`, () => {
  it('lintFiles gives exactly the CLI’s JSON for the same files, and throws PostlintError on a bad path', async () => {
    const { results, error } = api.files;
    const cli = await postlint(['brouillons/', '-f', 'json'], { cwd: dir });
    expect(cli.code).toBe(1);
    expect(results).toEqual(json(cli));
    const count = (name: string) => results.find((r: { filePath: string }) => r.filePath.endsWith(name)).errorCount;
    expect([count('promo.md') > 0, count('contact.txt') > 0, count('propre.md')]).toEqual([true, true, 0]);
    // Identifiers are masked in the API's results as in the CLI's.
    expect(JSON.stringify(results)).not.toContain('12 34 56 78');
    const bad = await postlint(['absent.md'], { cwd: dir });
    expect(error).toEqual({ isPostlintError: true, code: 2, message: bad.stderr.trim().replace(/^postlint: /, '') });
  });

  it('lintText works with no configuration (defaults, as --no-config-lookup) and reads one for a filePath', async () => {
    // The same configuration as the API scenario had, for the CLI's run with a file name.
    fs.writeFileSync(inProject('.postrc.json'), CLAIM_OFF);
    try {
      const [plain, withConfig] = api.texts;
      const cli = await postlint(['--stdin', '--no-config-lookup', '-f', 'json'], { cwd: dir, input: CLAIM });
      expect(plain).toEqual(json(cli)[0]);
      expect(plain.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('no-unverified-claim');
      const cliFile = await postlint(['--stdin', '--stdin-filename', 'brouillons/nouveau.md', '-f', 'json'], { cwd: dir, input: CLAIM });
      expect(withConfig).toEqual(json(cliFile)[0]);
      expect(withConfig.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('no-unverified-claim');
    } finally {
      fs.rmSync(inProject('.postrc.json'));
    }
  });

  it('fix: lintFiles writes the file as --fix does; lintText returns the text --fix-dry-run shows', async () => {
    const original = fs.readFileSync(inProject('brouillons/contact.txt'), 'utf8');
    const dry = await postlint(['--stdin', '--fix-dry-run', '--no-config-lookup', '-f', 'json'], { cwd: dir, input: original });
    fs.writeFileSync(inProject('cli-copy.txt'), original);
    const cli = await postlint(['--fix', '--no-config-lookup', '-f', 'json', 'cli-copy.txt'], { cwd: dir });
    const cliFixed = fs.readFileSync(inProject('cli-copy.txt'), 'utf8');
    expect(cliFixed).not.toBe(original);
    const { fixedText, result, file } = api.fix;
    expect(file).toBe(cliFixed);
    expect(fixedText).toBe(json(dry)[0].output);
    expect(fixedText).not.toContain('12 34 56 78');
    expect(result.messages).toEqual(json(cli)[0].messages);
  });

  it.skipIf(!CI_TESTS)(`the README’s « API » snippet runs as written and prints what the CLI finds${CI_TESTS ? '' : ` — ${CI_ONLY}`}`, async () => {
    const out = node('readme.mjs', readmeSnippet('## API')).trim().split('\n');
    const text = await postlint(['--stdin', '--no-config-lookup', '-f', 'json'], { cwd: dir, input: 'Résultats garantis dès la première séance !\n' });
    const [claim] = json(text);
    const files = json(await postlint(['brouillons/', '-f', 'json'], { cwd: dir }));
    expect(out).toEqual([
      `${claim.errorCount} ${claim.messages.map((m: { ruleId: string }) => m.ruleId).join(',')}`,
      ...files.map((r: { filePath: string; errorCount: number; warningCount: number }) => `${r.filePath} ${r.errorCount} ${r.warningCount}`),
    ]);
    expect(claim.errorCount).toBeGreaterThan(0);
  });

  it.skipIf(!CI_TESTS)(`a TypeScript consumer gets the types from the package entry${CI_TESTS ? '' : ` — ${CI_ONLY}`}`, () => {
    fs.writeFileSync(
      inProject('consumer.mts'),
      "import { lintText, lintFiles, PostlintError, type PostlintResult, type LintFilesOptions } from 'postlint';\n" +
        "const options: LintFilesOptions = { fix: false, extensions: ['md'], rules: { 'no-price-promotion': 'off' } };\n" +
        "const results: PostlintResult[] = await lintFiles('brouillons/', options);\n" +
        "const one: PostlintResult = await lintText('texte', { filePath: 'a.md' });\n" +
        'const count: number = results.length + one.errorCount + (one.output?.length ?? 0);\n' +
        'export const checks = [count, PostlintError];\n' +
        '// @ts-expect-error an unknown option is a type error\n' +
        "await lintFiles('x', { fixx: true });\n",
    );
    fs.writeFileSync(
      inProject('tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['consumer.mts'] }),
    );
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 60000);
});
