// postlint/testing: ESLint's RuleTester for postlint rules. Inline cases (valid / invalid) and fixture folders
// become tests of the runner in use (vitest, jest, mocha, node:test); a failing case throws an AssertionError
// whose French message says what was expected and what was obtained, every quoted text masked as the CLI masks.
import { AssertionError } from 'node:assert';
import path from 'node:path';
import { completeRule, type PluginRule } from '../plugins/complete-rule.js';
import { formatFromPath } from '../document/index.js';
import { interpolate } from '../engine/interpolate.js';
import { validateRules } from '../config/validate.js';
import { rules as builtInRules } from '../../rules/index.js';
import type { LintMessage, Profile, Rule } from '../types.js';
import { resolveHarness, type Describe, type It } from './harness.js';
import { applySuggestion, CaseLinter, type CaseRun } from './lint-case.js';
import { loadFixtureCases } from './rule-tester.js';

export interface RuleTesterConfig {
  /** Profession profile the posts are checked under (a post's front matter still wins). Default: medecin. */
  profile?: Profile;
  platform?: string;
  /**
   * The other rules the engine knows, all off (default: the built-in rules). The sensitive ones still run, so
   * that a message quoting a patient identifier is masked as the CLI masks it.
   */
  rules?: readonly Rule[];
}

export interface ValidCase {
  code: string;
  /** The rule's options (an object, as in the config's ["error", { … }]); checked against meta.options. */
  options?: Record<string, unknown>;
  /** Decides Markdown (.md, the default `post.md`) or plain text (.txt). */
  filename?: string;
  /** Test title (default: the code). */
  name?: string;
}

export interface ExpectedSuggestion {
  messageId?: string;
  /** The suggestion's text as shown (its template filled, masked). */
  desc?: string;
  /** The whole code after applying this suggestion alone. */
  output: string;
}

export interface ExpectedError {
  messageId: string;
  /**
   * Values of the message's placeholders: the template is filled again with them (placeholders left out take
   * what the rule reported), masked like the message, and compared with the message.
   */
  data?: Record<string, string | number>;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** Every suggestion of the problem, in order (`[]`: none). */
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase extends ValidCase {
  /** The problems in order of position, or their number. */
  errors: ExpectedError[] | number;
  /** The code after --fix; `null`: no fix. Required when the rule fixes the code. */
  output?: string | null;
}

export interface RuleTests {
  valid?: (string | ValidCase)[];
  invalid?: InvalidCase[];
}

export interface FixtureOptions {
  /** Each problem must carry at least one suggestion (the built-ins' promise). Default: meta.hasSuggestions. */
  requireSuggestions?: boolean;
}

/** One case, inline or from a fixture file. */
interface Case {
  title: string;
  code: string;
  filename: string;
  options: Record<string, unknown>;
  valid: boolean;
  /** Undefined for a fixture without .expected.json: at least one problem. */
  errors?: ExpectedError[] | number;
  output?: string | null;
  /** Inline cases, as ESLint: a rule that fixes the code must say what the output is. */
  outputRequired: boolean;
  requireSuggestions: boolean;
}

const DEFAULT_FILENAME = 'post.md';

type AnyRule = Rule | PluginRule;

function isFullRule(rule: AnyRule): rule is Rule {
  const m = rule.meta as Partial<Rule['meta']>;
  return (
    typeof m.severity === 'string' &&
    Array.isArray(m.references) &&
    Array.isArray(m.legal) &&
    typeof m.fixable === 'boolean' &&
    typeof m.hasSuggestions === 'boolean' &&
    typeof m.french === 'boolean' &&
    typeof m.docs?.rationale === 'string'
  );
}

/**
 * The rule as the engine will run it under `id`. A rule with a plugin's minimal meta goes through completeRule
 * (defaults filled, shape checked); a full rule under its own id is kept as is (with its `sensitive` flag).
 */
function prepareRule(raw: AnyRule, id: string): Rule {
  const completed = completeRule(raw, id, 'RuleTester', id.slice(id.lastIndexOf('/') + 1));
  return isFullRule(raw) && raw.meta.id === id ? raw : completed;
}

/** JSON with sorted keys: two option objects written in another order are the same options. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/gu;
const UNFILLED = /\{\{[^}]*\}\}/u;

/** Fails a case: one AssertionError whose message names the case, then what was expected and what was obtained. */
class CaseFailure {
  constructor(
    private readonly ruleId: string,
    private readonly c: Case,
    private readonly run: CaseRun | undefined,
  ) {}

  show(text: string): string {
    return this.run ? this.run.mask(text) : text;
  }

  fail(problem: string, expected?: unknown, actual?: unknown): never {
    const where = `${this.ruleId} › ${this.c.valid ? 'valid' : 'invalid'} › ${this.show(clip(this.c.title))}`;
    // Node prints a diff under the message when both sides are given; without them, the message alone.
    const sides = expected !== undefined || actual !== undefined;
    throw new AssertionError({ message: `${where} : ${problem}`, ...(sides ? { expected, actual, operator: 'strictEqual' } : { operator: 'fail' }) });
  }

  message(m: LintMessage): string {
    return `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.messageId} « ${m.message} »`;
  }
}

export class RuleTester {
  /** The test runner's functions, as ESLint's RuleTester.describe / RuleTester.it (default: globals, then node:test). */
  static describe: Describe | undefined;
  static it: It | undefined;

  private readonly config: RuleTesterConfig;

  constructor(config: RuleTesterConfig = {}) {
    this.config = config;
  }

  /** Registers one test per case under describe(name). The rule's id is `name` (« agence/no-cash »). */
  run(name: string, rule: AnyRule, tests: RuleTests): void {
    const prepared = prepareRule(rule, name);
    const cases = [...(tests.valid ?? []).map((t, i) => this.validCase(t, i)), ...(tests.invalid ?? []).map((t, i) => this.invalidCase(t, i))];
    rejectDuplicates(name, cases);
    const { describe, it } = resolveHarness({ describe: RuleTester.describe, it: RuleTester.it });
    const linter = this.linter(prepared);
    describe(name, () => {
      for (const kind of ['valid', 'invalid'] as const) {
        describe(kind, () => {
          for (const c of cases.filter((x) => x.valid === (kind === 'valid'))) it(c.title, () => checkCase(prepared, linter, c));
        });
      }
    });
  }

  /**
   * Registers one test per post of a fixture folder (fixtures/<id>/{valid,invalid}/…, see rule-tester.ts):
   * `<slug>.expected.json` lists the problems (messageId, positions, data, suggestions), `<slug>.options.json`
   * the options, `<slug>.fixed.<ext>` the text after --fix.
   */
  runFixtures(rule: AnyRule, dir: string, options: FixtureOptions = {}): void {
    const id = rule.meta.id ?? path.basename(path.resolve(dir));
    const prepared = prepareRule(rule, id);
    const requireSuggestions = options.requireSuggestions ?? prepared.meta.hasSuggestions;
    const cases: Case[] = loadFixtureCases(dir).map((f) => ({
      title: f.name,
      code: f.source,
      filename: f.file,
      options: f.options ?? {},
      valid: f.valid,
      errors: f.expected,
      output: f.fixed,
      outputRequired: false,
      requireSuggestions: !f.valid && requireSuggestions,
    }));
    if (cases.length === 0) throw new Error(`RuleTester : aucun post dans ${dir}/valid ni ${dir}/invalid`);
    rejectDuplicates(id, cases);
    const { describe, it } = resolveHarness({ describe: RuleTester.describe, it: RuleTester.it });
    const linter = this.linter(prepared);
    describe(id, () => {
      for (const c of cases) it(c.title, () => checkCase(prepared, linter, c));
    });
  }

  private linter(rule: Rule): CaseLinter {
    return new CaseLinter(rule, this.config.rules ?? builtInRules, { profile: this.config.profile, platform: this.config.platform });
  }

  private validCase(test: string | ValidCase, index: number): Case {
    const t = typeof test === 'string' ? { code: test } : test;
    if (typeof t?.code !== 'string') throw new Error(`RuleTester : valid[${index}] : attendu une chaîne ou { code }`);
    return { title: t.name ?? t.code, code: t.code, filename: t.filename ?? DEFAULT_FILENAME, options: t.options ?? {}, valid: true, outputRequired: false, requireSuggestions: false };
  }

  private invalidCase(t: InvalidCase, index: number): Case {
    if (typeof t?.code !== 'string') throw new Error(`RuleTester : invalid[${index}] : attendu { code, errors }`);
    const errors = t.errors;
    if (typeof errors === 'number' ? errors < 1 : !Array.isArray(errors) || errors.length === 0) {
      throw new Error(`RuleTester : invalid[${index}] : un cas invalide attend au moins une erreur (errors)`);
    }
    return {
      title: t.name ?? t.code,
      code: t.code,
      filename: t.filename ?? DEFAULT_FILENAME,
      options: t.options ?? {},
      valid: false,
      errors,
      output: t.output,
      outputRequired: true,
      requireSuggestions: false,
    };
  }
}

/**
 * Two cases with the same code and options, read in the same format, test the same thing once: a copy-paste
 * mistake (ESLint rejects them too). The file name counts only through the format it selects (Markdown or text).
 */
function rejectDuplicates(ruleId: string, cases: readonly Case[]): void {
  const seen = new Map<string, Case>();
  const label = (c: Case) => `${c.valid ? 'valid' : 'invalid'} « ${clip(c.title)} »`;
  for (const c of cases) {
    const key = canonical([c.code, c.options, formatFromPath(c.filename)]);
    const first = seen.get(key);
    if (first) {
      throw new Error(`RuleTester ${ruleId} : cas en double : ${label(c)} a le même code et les mêmes options que ${label(first)} (${formatFromPath(c.filename)})`);
    }
    seen.set(key, c);
  }
}

function checkOptions(rule: Rule, c: Case): void {
  if (Object.keys(c.options).length === 0) return;
  const id = rule.meta.id;
  validateRules({ [id]: ['error', c.options] }, `RuleTester (${c.valid ? 'valid' : 'invalid'} « ${clip(c.title)} »)`, { rules: new Map([[id, rule]]) });
}

/** Runs one case and throws an AssertionError at the first difference. */
function checkCase(rule: Rule, linter: CaseLinter, c: Case): void {
  checkOptions(rule, c);
  const input = { code: c.code, filename: c.filename, options: c.options };
  const run = linter.run(input);
  const f = new CaseFailure(rule.meta.id, c, run);
  const { messages } = run;
  const list = () => (messages.length ? messages.map((m) => '\n  ' + f.message(m)).join('') : ' aucun');
  const crash = messages.find((m) => m.fatal);
  if (crash) f.fail(`la règle a échoué : ${crash.message}`);

  if (c.valid) {
    if (messages.length > 0) f.fail(`attendu aucun problème, obtenu ${messages.length} :${list()}`, 0, messages.length);
    return;
  }
  if (messages.length === 0) f.fail('attendu au moins un problème, aucun signalé', c.errors ?? '≥ 1', 0);
  messages.forEach((m, i) => checkFilled(f, m, i));
  if (typeof c.errors === 'number' && messages.length !== c.errors) {
    f.fail(`attendu ${c.errors} problème(s), obtenu ${messages.length} :${list()}`, c.errors, messages.length);
  }
  if (Array.isArray(c.errors)) {
    if (messages.length !== c.errors.length) f.fail(`attendu ${c.errors.length} problème(s), obtenu ${messages.length} :${list()}`, c.errors.length, messages.length);
    c.errors.forEach((e, i) => checkError(rule, run, f, c, e, messages[i], i));
  }
  if (c.requireSuggestions) {
    const bare = messages.find((m) => !m.suggestions?.length);
    if (bare) f.fail(`problème sans suggestion (chaque problème doit proposer une reformulation) : ${f.message(bare)}`);
  }

  const fixes = messages.some((m) => m.fix);
  if (c.output === undefined) {
    if (c.outputRequired && fixes) f.fail('la règle corrige le code : ajoutez output (le texte après --fix) au cas');
    return;
  }
  const expected = c.output ?? c.code;
  const obtained = linter.fixed(input);
  if (c.output === null && obtained !== c.code) f.fail(`attendu aucune correction (output: null), obtenu ${JSON.stringify(f.show(obtained))}`);
  if (c.output !== null && c.output === c.code) f.fail('output est identique au code : écrivez output: null pour dire « aucune correction »');
  if (obtained !== expected) f.fail(textDifference('texte après --fix', expected, obtained, f), f.show(expected), f.show(obtained));
}

/** An unfilled {{placeholder}} is a rule bug whatever the test says. */
function checkFilled(f: CaseFailure, m: LintMessage, i: number): void {
  if (UNFILLED.test(m.message)) f.fail(`problème ${i + 1} : espace réservé non rempli : ${f.message(m)}`);
  for (const s of m.suggestions ?? []) {
    if (UNFILLED.test(s.desc)) f.fail(`problème ${i + 1} : suggestion non remplie « ${s.desc} »`);
  }
}

function textDifference(what: string, expected: string, obtained: string, f: CaseFailure): string {
  let at = 0;
  while (at < expected.length && expected[at] === obtained[at]) at++;
  return `${what} inattendu (différence au caractère ${at + 1}) :\n  attendu ${JSON.stringify(f.show(expected))}\n  obtenu  ${JSON.stringify(f.show(obtained))}`;
}

function checkError(rule: Rule, run: CaseRun, f: CaseFailure, c: Case, e: ExpectedError, m: LintMessage, i: number): void {
  const n = `problème ${i + 1}`;
  const messages = rule.meta.messages;
  if (!Object.hasOwn(messages, e.messageId)) {
    f.fail(`${n} : messageId « ${e.messageId} » inconnu de la règle (messages : ${Object.keys(messages).join(', ')})`);
  }
  if (m.messageId !== e.messageId) f.fail(`${n} : messageId attendu « ${e.messageId} », obtenu « ${m.messageId} » (${f.message(m)})`, e.messageId, m.messageId);
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    if (e[key] !== undefined && e[key] !== m[key]) f.fail(`${n} : ${key} attendu ${e[key]}, obtenu ${m[key]} (${f.message(m)})`, e[key], m[key]);
  }
  if (e.data) checkData(rule, run, f, e, m, n);
  if (e.suggestions) checkSuggestions(run, f, c, e.suggestions, m, n);
}

/**
 * The data check, ESLint's way: the template filled again with the expected data must give the message. The
 * engine masks identifiers in messages, so the filled template goes through the same document mask before the
 * comparison; a value may be written in clear or as the message shows it. Placeholders the test leaves out take
 * the values the rule reported for this problem, so that `data` asserts the keys it names.
 */
function checkData(rule: Rule, run: CaseRun, f: CaseFailure, e: ExpectedError, m: LintMessage, n: string): void {
  const template = rule.meta.messages[e.messageId];
  const names = new Set([...template.matchAll(PLACEHOLDER)].map((x) => x[1]));
  for (const key of Object.keys(e.data ?? {})) {
    if (!names.has(key)) f.fail(`${n} : data.${key} : le message « ${e.messageId} » n’a pas d’espace réservé {{${key}}} (il a : ${[...names].join(', ') || 'aucun'})`);
  }
  const reported = run.reports.find((r) => {
    const s = run.document.position(r.range[0]);
    const end = run.document.position(r.range[1]);
    return r.messageId === m.messageId && s.line === m.line && s.column === m.column && end.line === m.endLine && end.column === m.endColumn;
  });
  const filled = run.mask(interpolate(template, { ...(reported?.data ?? {}), ...e.data }));
  if (filled !== m.message) {
    f.fail(`${n} : data ${f.show(JSON.stringify(e.data))} ne redonne pas le message :\n  attendu « ${f.show(filled)} »\n  obtenu  « ${m.message} »`, f.show(filled), m.message);
  }
}

function checkSuggestions(run: CaseRun, f: CaseFailure, c: Case, expected: readonly ExpectedSuggestion[], m: LintMessage, n: string): void {
  const actual = m.suggestions ?? [];
  if (actual.length !== expected.length) {
    f.fail(`${n} : attendu ${expected.length} suggestion(s), obtenu ${actual.length}${actual.map((s) => `\n  « ${s.desc} »`).join('')}`, expected.length, actual.length);
  }
  expected.forEach((want, j) => {
    const got = actual[j];
    const sn = `${n}, suggestion ${j + 1}`;
    if (want.messageId !== undefined && want.messageId !== got.messageId) f.fail(`${sn} : messageId attendu « ${want.messageId} », obtenu « ${got.messageId} »`, want.messageId, got.messageId);
    if (want.desc !== undefined && run.mask(want.desc) !== got.desc) f.fail(`${sn} : texte attendu « ${f.show(want.desc)} », obtenu « ${got.desc} »`, f.show(want.desc), got.desc);
    if (typeof want.output !== 'string') f.fail(`${sn} : output (le code après cette suggestion) manque au cas`);
    const output = applySuggestion(c.code, got.fix);
    if (output !== want.output) f.fail(textDifference(`${sn} : texte après la suggestion`, want.output, output, f), f.show(want.output), f.show(output));
  });
}
