// examples/plugin and the README's « Écrire ses règles » snippets, run as a user would: postlint installed in
// node_modules (the fresh build), the plugin beside it, its own tests under node --test with postlint/testing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { json, postlint, project, requireBuild, ROOT } from './helpers/cli.js';

/** A project where `postlint` is installed (a link to the fresh build, which holds package.json and dist/). */
function withPostlint(files: Record<string, string>): ReturnType<typeof project> {
  const p = project(files);
  fs.mkdirSync(p.path('node_modules'), { recursive: true });
  fs.symlinkSync(path.resolve(inject('cliBin'), '..', '..'), p.path('node_modules/postlint'), 'dir');
  return p;
}

const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
/** The first fenced block of `lang` after `heading` in the README. */
function snippet(heading: string, lang: string): string {
  const from = README.indexOf(heading);
  expect(from, heading).toBeGreaterThanOrEqual(0);
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(README.slice(from));
  expect(block, `${heading} ${lang}`).not.toBeNull();
  return block![1];
}

beforeAll(() => requireBuild());

describe('examples/plugin', () => {
  let p: ReturnType<typeof project>;
  beforeAll(() => {
    p = withPostlint({ 'package.json': '{"name":"site"}' });
    fs.cpSync(path.join(ROOT, 'examples/plugin'), p.path('node_modules/postlint-plugin-exemple'), { recursive: true, filter: (f) => !f.includes('node_modules') });
  });
  afterAll(() => p?.cleanup());

  it('passes its own tests (postlint/testing under node --test)', () => {
    // Without vitest's variables, as a plugin author runs it (the tester would otherwise ask for vitest's describe).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
    const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', 'test/'], { cwd: p.path('node_modules/postlint-plugin-exemple'), encoding: 'utf8', env });
    expect(run.stdout).toMatch(/^# pass [1-9]\d*$/mu);
    expect(run.stdout).toMatch(/^# fail 0$/mu);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }, 60000);

  it('runs through the CLI when a config names it', async () => {
    fs.writeFileSync(p.path('.postrc.json'), JSON.stringify({ plugins: ['postlint-plugin-exemple'], rules: { 'exemple/no-brand': ['error', { brands: ['Zorglub'] }] } }));
    fs.writeFileSync(p.path('post.md'), 'Découvrez Zorglub 💸 !\n\nNous ne vendons pas de Zorglub.\n');
    const run = await postlint(['post.md', '-f', 'json'], { cwd: p.dir });
    expect(run.code).toBe(1);
    expect(json(run)[0].messages.map((m: { ruleId: string; line: number; column: number }) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual(['exemple/no-brand 1:11', 'exemple/no-money-emoji 1:19']);
  });
});

describe('the README’s « Écrire ses règles » snippets, as written', () => {
  it('the declarative rules', async () => {
    const p = project({ 'package.json': '{}', '.postrc.json': snippet('### Une règle sans code', 'json'), 'post.md': 'Paiement CASH possible 💸, soins remboursés. Notre patientèle est ravie.\n\nCe soin n’est pas remboursé.\n' });
    const run = await postlint(['post.md', '-f', 'json'], { cwd: p.dir });
    p.cleanup();
    expect(json(run)[0].messages.map((m: { ruleId: string; line: number }) => `${m.ruleId}@${m.line}`)).toEqual([
      'agence/no-emoji-money@1',
      'agence/no-emoji-money@1',
      'agence/no-emoji-money@1',
      'agence/wording@1',
    ]);
  });

  it('the plugin rule, with the config that names it', async () => {
    const config = JSON.parse(snippet('### Une règle en code', 'json'));
    const p = withPostlint({
      'package.json': '{"name":"site"}',
      '.postrc.json': JSON.stringify({ ...config, plugins: config.plugins.filter((x: string) => x.startsWith('./')) }),
      'regles/agence.mjs': snippet('### Une règle en code', 'js'),
      'post.md': 'Règlement cash ou par carte.\n',
    });
    const run = await postlint(['post.md', '-f', 'json'], { cwd: p.dir });
    p.cleanup();
    expect(run.code).toBe(1);
    expect(json(run)[0].messages).toEqual([expect.objectContaining({ ruleId: 'agence/no-cash', severity: 2, line: 1, column: 11 })]);
  });
});
