// Reads a rule's fixture folder into cases (RuleTester.runFixtures checks them, see tester.ts).
//   fixtures/<id>/valid/<slug>.md|.txt            → no problem from this rule
//   fixtures/<id>/invalid/<slug>.md|.txt          → at least one problem from this rule, and exactly
//   fixtures/<id>/invalid/<slug>.expected.json      the listed ones when this file exists: messageId, line,
//                                                   column, endLine?, endColumn?, data?, suggestions?
//                                                   ([{ desc, output }]: scripts/fixture-expectations.ts)
//   fixtures/<id>/<valid|invalid>/<slug>.options.json → the rule's options for that case
//   fixtures/<id>/invalid/<slug>.fixed.md|.txt     → the text after safe fixes (fixable rules only)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { LintMessage, Rule } from '../types.js';
import { CaseLinter } from './lint-case.js';
import type { ExpectedError } from './tester.js';

/** A problem of `<slug>.expected.json`: an inline case's expected error, with its start always given. */
export interface ExpectedProblem extends ExpectedError {
  line: number;
  column: number;
}

export interface FixtureCase {
  name: string;
  file: string;
  valid: boolean;
  source: string;
  options?: Record<string, unknown>;
  expected?: ExpectedProblem[];
  /** Expected output of `lintText(…, { fix: true })` (ESLint's `output`), from `<slug>.fixed.<ext>`. */
  fixed?: string;
}

const POST = /\.(md|markdown|txt)$/u;
const FIXED = /\.fixed\.(md|markdown|txt)$/u;

export function loadFixtureCases(dir: string): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const kind of ['valid', 'invalid'] as const) {
    const folder = path.join(dir, kind);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).filter((f) => POST.test(f) && !FIXED.test(f)).sort()) {
      const file = path.join(folder, name);
      const base = file.replace(POST, '');
      const read = (suffix: string) => (existsSync(base + suffix) ? JSON.parse(readFileSync(base + suffix, 'utf8')) : undefined);
      const fixedFile = base + '.fixed' + path.extname(file);
      const c: FixtureCase = { name: `${kind}/${name}`, file, valid: kind === 'valid', source: readFileSync(file, 'utf8'), options: read('.options.json'), expected: read('.expected.json') };
      if (existsSync(fixedFile)) c.fixed = readFileSync(fixedFile, 'utf8');
      cases.push(c);
    }
  }
  return cases;
}

/** Lints a case with only this rule on (at its default severity, or error when off by default). */
export function lintCase(rule: Rule, c: FixtureCase, allRules: readonly Rule[]): LintMessage[] {
  return new CaseLinter(rule, allRules, {}).run(input(c)).messages;
}

/** The text after safe fixes with only this rule on (the source itself when nothing changed). */
export function fixCase(rule: Rule, c: FixtureCase, allRules: readonly Rule[]): string {
  return new CaseLinter(rule, allRules, {}).fixed(input(c));
}

function input(c: FixtureCase) {
  return { code: c.source, filename: c.file, options: c.options ?? {} };
}
