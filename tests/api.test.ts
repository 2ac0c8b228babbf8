// The public API (lintText, lintFiles) as a user gets it: postlint installed from the packed archive in a
// temporary project, imported by name from a module run under node, typed for a TypeScript consumer, and the
// README's « API » snippet run as written. Every result is compared with the CLI's `-f json` on the same input.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM, CLEAN, json, postlint, PROMO, requireBuild, ROOT } from './helpers/cli.js';
import { installPacked, type Packed } from './helpers/packed.js';

let packed: Packed;
/** What the API gave in the installed package (beforeAll). */
let api: { files: { results: any[]; error: unknown }; texts: [any, any]; fix: { fixedText: string; result: any; file: string } };
const CLAIM_OFF = JSON.stringify({ rules: { 'no-unverified-claim': 'off' } });
const inProject = (rel: string) => path.join(packed.project, rel);

/** Runs an ES module in the project (postlint resolved from its node_modules) and returns its stdout. */
function node(file: string, source: string): string {
  fs.writeFileSync(inProject(file), source);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS'));
  const run = spawnSync(process.execPath, [file], { cwd: packed.project, encoding: 'utf8', env });
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

beforeAll(() => {
  requireBuild();
  packed = installPacked();
  fs.mkdirSync(inProject('brouillons'));
  fs.writeFileSync(inProject('brouillons/promo.md'), PROMO);
  fs.writeFileSync(inProject('brouillons/propre.md'), CLEAN);
  fs.writeFileSync(inProject('brouillons/contact.txt'), 'Merci à notre patiente, joignable au 06 12 34 56 78, pour sa confiance.\n');
  // The three API scenarios in one node process (each process loads every rule): what lintFiles and lintText give,
  // each test comparing its part with the CLI's. The scenario that needs a configuration writes it and removes it;
  // the one that fixes a file puts it back.
  api = JSON.parse(
    node(
      'api.mjs',
      "import { lintFiles, lintText, PostlintError } from 'postlint';\nimport { readFileSync, rmSync, writeFileSync } from 'node:fs';\n" +
        "const files = await lintFiles(['brouillons/']);\n" +
        "let error = null;\ntry { await lintFiles('absent.md'); } catch (e) { error = { isPostlintError: e instanceof PostlintError, code: e.exitCode, message: e.message }; }\n" +
        // A configuration in the project that turns the rule off: lintText without filePath does not read it.
        `writeFileSync('.postrc.json', ${JSON.stringify(CLAIM_OFF)});\n` +
        `const text = ${JSON.stringify(CLAIM)};\n` +
        "const texts = [await lintText(text), await lintText(text, { filePath: 'brouillons/nouveau.md' })];\nrmSync('.postrc.json');\n" +
        "const original = readFileSync('brouillons/contact.txt', 'utf8');\n" +
        "const fixedText = (await lintText(original, { fix: true })).output;\n" +
        "const [result] = await lintFiles(['brouillons/contact.txt'], { fix: true, configLookup: false });\n" +
        "const fix = { fixedText, result, file: readFileSync('brouillons/contact.txt', 'utf8') };\nwriteFileSync('brouillons/contact.txt', original);\n" +
        'console.log(JSON.stringify({ files: { results: files, error }, texts, fix }));\n',
    ),
  );
}, 60000);
afterAll(() => packed?.cleanup());

describe('lintText and lintFiles from the installed package', () => {
  it('lintFiles gives exactly the CLI’s JSON for the same files, and throws PostlintError on a bad path', async () => {
    const { results, error } = api.files;
    const cli = await postlint(['brouillons/', '-f', 'json'], { cwd: packed.project });
    expect(cli.code).toBe(1);
    expect(results).toEqual(json(cli));
    const count = (name: string) => results.find((r: { filePath: string }) => r.filePath.endsWith(name)).errorCount;
    expect([count('promo.md') > 0, count('contact.txt') > 0, count('propre.md')]).toEqual([true, true, 0]);
    // Identifiers are masked in the API's results as in the CLI's.
    expect(JSON.stringify(results)).not.toContain('12 34 56 78');
    const bad = await postlint(['absent.md'], { cwd: packed.project });
    expect(error).toEqual({ isPostlintError: true, code: 2, message: bad.stderr.trim().replace(/^postlint: /, '') });
  });

  it('lintText works with no configuration (defaults, as --no-config-lookup) and reads one for a filePath', async () => {
    // The same configuration as the API scenario had, for the CLI's run with a file name.
    fs.writeFileSync(inProject('.postrc.json'), CLAIM_OFF);
    try {
      const [plain, withConfig] = api.texts;
      const cli = await postlint(['--stdin', '--no-config-lookup', '-f', 'json'], { cwd: packed.project, input: CLAIM });
      expect(plain).toEqual(json(cli)[0]);
      expect(plain.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('no-unverified-claim');
      const cliFile = await postlint(['--stdin', '--stdin-filename', 'brouillons/nouveau.md', '-f', 'json'], { cwd: packed.project, input: CLAIM });
      expect(withConfig).toEqual(json(cliFile)[0]);
      expect(withConfig.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('no-unverified-claim');
    } finally {
      fs.rmSync(inProject('.postrc.json'));
    }
  });

  it('fix: lintFiles writes the file as --fix does; lintText returns the text --fix-dry-run shows', async () => {
    const original = fs.readFileSync(inProject('brouillons/contact.txt'), 'utf8');
    const dry = await postlint(['--stdin', '--fix-dry-run', '--no-config-lookup', '-f', 'json'], { cwd: packed.project, input: original });
    fs.writeFileSync(inProject('cli-copy.txt'), original);
    const cli = await postlint(['--fix', '--no-config-lookup', '-f', 'json', 'cli-copy.txt'], { cwd: packed.project });
    const cliFixed = fs.readFileSync(inProject('cli-copy.txt'), 'utf8');
    expect(cliFixed).not.toBe(original);
    const { fixedText, result, file } = api.fix;
    expect(file).toBe(cliFixed);
    expect(fixedText).toBe(json(dry)[0].output);
    expect(fixedText).not.toContain('12 34 56 78');
    expect(result.messages).toEqual(json(cli)[0].messages);
  });

  it('the README’s « API » snippet runs as written and prints what the CLI finds', async () => {
    const out = node('readme.mjs', readmeSnippet('## API')).trim().split('\n');
    const text = await postlint(['--stdin', '--no-config-lookup', '-f', 'json'], { cwd: packed.project, input: 'Résultats garantis dès la première séance !\n' });
    const [claim] = json(text);
    const files = json(await postlint(['brouillons/', '-f', 'json'], { cwd: packed.project }));
    expect(out).toEqual([
      `${claim.errorCount} ${claim.messages.map((m: { ruleId: string }) => m.ruleId).join(',')}`,
      ...files.map((r: { filePath: string; errorCount: number; warningCount: number }) => `${r.filePath} ${r.errorCount} ${r.warningCount}`),
    ]);
    expect(claim.errorCount).toBeGreaterThan(0);
  });

  it('a TypeScript consumer gets the types from the package entry', () => {
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
    const tsc = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: packed.project, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 60000);
});
