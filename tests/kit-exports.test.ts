// The public kit as a package outside postlint sees it, through package.json "exports" of the freshly built
// package (tests/helpers/build.ts): a project with postlint in node_modules runs a plugin rule's tests under
// node:test (no vitest globals), a failing case fails there with RuleTester's French message, the package
// references itself from inside its folder, and a TypeScript author gets the types (tests/fixtures-kit/).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { requireBuild, ROOT } from './helpers/cli.js';

const KIT = path.join(ROOT, 'tests', 'fixtures-kit');

function run(args: string[], cwd: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    // The child must not believe it runs under vitest (RuleTester would ask for describe/it).
    for (const key of Object.keys(env)) if (key.startsWith('VITEST') || key === 'NODE_OPTIONS') delete env[key];
    const child = spawn(process.execPath, args, { cwd, env });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('postlint/rule-kit and postlint/testing from outside the package', () => {
  let project: string;
  let packageRoot: string;
  let selfFile: string;

  beforeAll(() => {
    requireBuild();
    packageRoot = path.dirname(path.dirname(inject('cliBin')));
    project = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-kit-')));
    fs.mkdirSync(path.join(project, 'node_modules'));
    fs.symlinkSync(packageRoot, path.join(project, 'node_modules', 'postlint'), 'dir');
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'postlint-plugin-agence', type: 'module', private: true }));
    for (const file of fs.readdirSync(KIT)) fs.copyFileSync(path.join(KIT, file), path.join(project, file));
    fs.writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['consumer.mts'] }),
    );
    // Inside the package folder, the package imports itself by name (self-reference through "exports").
    selfFile = path.join(packageRoot, `kit-self-${process.pid}.mjs`);
    fs.writeFileSync(selfFile, "import { RuleTester } from 'postlint/testing';\nimport { defineRule, fold } from 'postlint/rule-kit';\nconsole.log(typeof RuleTester, typeof defineRule, fold('Éa').text);\n");
  });

  afterAll(() => {
    if (project) fs.rmSync(project, { recursive: true, force: true });
    if (selfFile) fs.rmSync(selfFile, { force: true });
  });

  it('runs under node:test, fails there with a French message, self-references, and type-checks', async () => {
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const [passes, fails, self, types] = await Promise.all([
      run(['--test', '--test-reporter=tap', 'passes.test.mjs'], project),
      run(['--test', '--test-reporter=tap', 'fails.test.mjs'], project),
      run([selfFile], packageRoot),
      run([tsc, '-p', 'tsconfig.json'], project),
    ]);
    expect(passes.out).toMatch(/# pass 2\n# fail 0/u);
    expect(passes.code, passes.out).toBe(0);
    expect(fails.code).toBe(1);
    expect(fails.out).toMatch(/# pass 0\n# fail 1/u);
    expect(fails.out).toContain('agence/no-cash › invalid › Réglez en espèces. : problème 1 : messageId attendu « useWording », obtenu « cash »');
    expect(self.out.trim()).toBe('function function ea');
    expect(types.out).toBe('');
    expect(types.code).toBe(0);
  });
});
