// The API scenarios of tests/api.test.ts, written once: run in vitest's process on the sources, and (in CI) in a node
// process of a project that installed the packed archive, given that package's exports. `cwd` undefined: the
// process's own folder, as a user's script has it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A configuration that turns the claims rule off: lintText without filePath must not read it. */
export const CLAIM_OFF = JSON.stringify({ rules: { 'no-unverified-claim': 'off' } });

export async function apiScenarios({ lintFiles, lintText, PostlintError }, claim, cwd) {
  const at = (rel) => path.join(cwd ?? process.cwd(), rel);
  const withCwd = (options = {}) => (cwd === undefined ? options : { ...options, cwd });
  const files = await lintFiles(['brouillons/'], withCwd());
  let error = null;
  try {
    await lintFiles('absent.md', withCwd());
  } catch (e) {
    error = { isPostlintError: e instanceof PostlintError, code: e.exitCode, message: e.message };
  }
  writeFileSync(at('.postrc.json'), CLAIM_OFF);
  const texts = [await lintText(claim, withCwd()), await lintText(claim, withCwd({ filePath: 'brouillons/nouveau.md' }))];
  rmSync(at('.postrc.json'));
  const original = readFileSync(at('brouillons/contact.txt'), 'utf8');
  const fixedText = (await lintText(original, withCwd({ fix: true }))).output;
  const [result] = await lintFiles(['brouillons/contact.txt'], withCwd({ fix: true, configLookup: false }));
  const fix = { fixedText, result, file: readFileSync(at('brouillons/contact.txt'), 'utf8') };
  writeFileSync(at('brouillons/contact.txt'), original);
  return { files: { results: files, error }, texts, fix };
}
