// Turns a rule's fixture folder into test cases and checks them (ESLint's RuleTester, driven by files).
//   fixtures/<id>/valid/<slug>.md|.txt            → no problem from this rule
//   fixtures/<id>/invalid/<slug>.md|.txt          → at least one problem from this rule, and exactly
//   fixtures/<id>/invalid/<slug>.expected.json      the listed ones when this file exists
//   fixtures/<id>/<valid|invalid>/<slug>.options.json → the rule's options for that case
//   fixtures/<id>/invalid/<slug>.fixed.md|.txt     → the text after safe fixes (fixable rules only)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { lintText } from '../engine/lint.js';
import type { LintMessage, ResolvedConfig, Rule } from '../types.js';

export interface ExpectedProblem {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  data?: Record<string, string | number>;
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
  return runCase(rule, c, allRules).messages.filter((m) => m.ruleId === rule.meta.id);
}

function runCase(rule: Rule, c: FixtureCase, allRules: readonly Rule[], fix = false) {
  const config: ResolvedConfig = { rules: {}, ignorePatterns: [] };
  for (const r of allRules) config.rules[r.meta.id] = { severity: 0 };
  config.rules[rule.meta.id] = { severity: rule.meta.severity === 'warn' ? 1 : 2, options: c.options ?? {} };
  return lintText(c.source, { filePath: c.file, config, fix, rules: allRules.includes(rule) ? allRules : [...allRules, rule] });
}

/** The text after safe fixes with only this rule on (the source itself when nothing changed). */
export function fixCase(rule: Rule, c: FixtureCase, allRules: readonly Rule[]): string {
  return runCase(rule, c, allRules, true).output ?? c.source;
}

/** What is wrong with a case (empty = it passes). */
export function checkCase(rule: Rule, c: FixtureCase, allRules: readonly Rule[]): string[] {
  const problems: string[] = [];
  const messages = lintCase(rule, c, allRules);
  const show = (m: LintMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.messageId} « ${m.message} »`;
  if (c.valid) {
    for (const m of messages) problems.push(`problème inattendu ${show(m)}`);
    return problems;
  }
  if (messages.length === 0) problems.push('aucun problème signalé');
  for (const m of messages) {
    if (/\{\{[^}]*\}\}/u.test(m.message)) problems.push(`espace réservé non rempli : ${show(m)}`);
    if (rule.meta.hasSuggestions && !(m.suggestions?.length)) problems.push(`aucune suggestion : ${show(m)}`);
    for (const s of m.suggestions ?? []) if (/\{\{[^}]*\}\}/u.test(s.desc)) problems.push(`suggestion non remplie : ${s.desc}`);
  }
  if (c.fixed !== undefined) {
    if (!rule.meta.fixable) problems.push('fichier .fixed pour une règle non corrigeable (meta.fixable = false)');
    else {
      const output = fixCase(rule, c, allRules);
      if (output !== c.fixed) problems.push(`texte corrigé inattendu :\n  attendu ${JSON.stringify(c.fixed)}\n  obtenu  ${JSON.stringify(output)}`);
    }
  }
  if (c.expected) {
    const actual = messages.map((m) => {
      const e: ExpectedProblem = { messageId: m.messageId ?? '', line: m.line, column: m.column };
      return e;
    });
    const wanted = c.expected.map((e) => ({ messageId: e.messageId, line: e.line, column: e.column }));
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
      problems.push(`attendu ${JSON.stringify(wanted)}\n  obtenu ${JSON.stringify(actual)}\n  ${messages.map(show).join('\n  ')}`);
    }
    c.expected.forEach((e, i) => {
      const m = messages[i];
      if (!m) return;
      if (e.endLine !== undefined && (e.endLine !== m.endLine || e.endColumn !== m.endColumn)) {
        problems.push(`fin attendue ${e.endLine}:${e.endColumn}, obtenue ${m.endLine}:${m.endColumn} (${show(m)})`);
      }
      for (const [k, v] of Object.entries(e.data ?? {})) {
        if (!m.message.includes(String(v))) problems.push(`le message ne contient pas ${k} = « ${v} » : ${show(m)}`);
      }
    });
  }
  return problems;
}
