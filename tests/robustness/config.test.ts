// Broken configuration files through the real CLI: each ends at once with exit 2 and one `postlint: …` line
// naming the file, never a stack trace, a Node warning or a silent exit. (A JS config runs code: one that loops
// forever hangs postlint as it would hang ESLint; that is documented, not tested.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectFatal, requireBuild, run, SLOW, tempDir } from './harness.js';

const PROMO = '-30 % sur le blanchiment\n';
const tmp = tempDir('config');
afterAll(() => tmp.cleanup());
beforeAll(() => requireBuild());

/** A project (package.json without config, so the lookup stops there) holding one config file and one post. */
function projectWith(name: string, file: string, content: string | Buffer): string {
  tmp.file(`${name}/package.json`, '{ "name": "cabinet" }\n');
  tmp.file(`${name}/post.md`, PROMO);
  tmp.file(`${name}/${file}`, content);
  return `${tmp.dir}/${name}`;
}

const ALIAS_BOMB = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
  .concat('bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`))
  .join('\n');

/** [case, config file, content, what the one line must say besides the file name, whether it needs a whole process]. */
const BROKEN: Array<[string, string, string | Buffer, RegExp, boolean?]> = [
  ['JSON cut short', '.postrc.json', '{ "rules": ', /JSON invalide/u],
  ['YAML with an unclosed list', '.postrc.yaml', 'rules: [ no-comparison', /YAML invalide.*ligne \d+/u],
  ['YAML alias bomb (7 levels of 9 references)', '.postrc.yaml', ALIAS_BOMB, /clé inconnue/u],
  ['binary bytes in .postrc', '.postrc', Buffer.from([0, 1, 2, 0xff, 0xfe]), /configuration|JSON|YAML/u],
  ['CommonJS config that throws', '.postrc.cjs', 'throw new Error("configuration cassée");', /configuration cassée/u],
  ['ES module config that throws', '.postrc.mjs', 'throw new Error("configuration cassée");\nexport default {};', /configuration cassée/u],
  ['CommonJS config with a syntax error', '.postrc.cjs', 'module.exports = {', /Unexpected|syntaxe|SyntaxError/u],
  // Were defects (kept as regressions): cosmiconfig's require() fallback hid the syntax error;
  ['ES module config with a syntax error', '.postrc.mjs', 'export default {', /Unexpected|syntaxe|SyntaxError/u],
  // exit code 13 and no line while a module never settled (seen when the process's event loop empties: a process
  // of its own);
  ['ES module config whose top-level await never settles', '.postrc.mjs', 'await new Promise(() => {});\nexport default {};', /configuration/u, true],
  // a throwing getter was an « erreur interne »;
  ['config whose rules getter throws', '.postrc.cjs', 'module.exports = { get rules() { throw new Error("accès refusé"); } };', /accès refusé/u],
  // cosmiconfig's constructor reads package.json and its error was not classified.
  ['package.json that is not JSON', 'package.json', '{ "name": ', /JSON/u],
];



describe.concurrent('a broken configuration file: exit 2, one line naming it', () => {
  it.each(BROKEN)('%s (%s)', async (name, file, content, says, wholeProcess) => {
    const dir = projectWith(name.replace(/\W+/gu, '-'), file, content);
    const o = await run(['post.md'], { cwd: dir, hangAfterMs: 30_000, process: wholeProcess });
    expectFatal(o, new RegExp(file.replace(/\./gu, '\\.'), 'u'));
    expect(o.stderr).toMatch(says);
  });


  // /dev/zero is read until V8's string limit: about 15 s and 650 MB before the one line (a config path could
  // be refused when it is not a regular file).
  it.runIf(SLOW)('-c /dev/zero ends with one line (POSTLINT_SLOW_TESTS=1)', async () => {
    const dir = projectWith('option-c-zero', 'post.md', PROMO);
    const o = await run(['-c', '/dev/zero', 'post.md'], { cwd: dir, hangAfterMs: 120_000 });
    console.log(`-c /dev/zero : ${o.seconds.toFixed(1)} s`);
    expectFatal(o, /\/dev\/zero/u);
  }, 130_000);

  // The JSON parser's message quotes the file's bytes: the error line shows control characters escaped.
  it('-c on a binary file: one line without control characters', async () => {
    const dir = projectWith('option-c-binaire', 'binaire.json', Buffer.from([0, 1, 2, 3]));
    expectFatal(await run(['-c', 'binaire.json', 'post.md'], { cwd: dir, hangAfterMs: 30_000 }), /JSON invalide/u);
  });
});
