// Keeps the `suggestions` of the built-in fixtures' expected files in step with the rules:
//   npx tsx scripts/fixture-expectations.ts --check [rule-id…]   exit 1 when a file's suggestions are stale
//   npx tsx scripts/fixture-expectations.ts --write [rule-id…]   rewrites them (npm run fixtures:expect)
// The script owns only `suggestions` ([{ desc, output }]: the text shown, and the whole post after applying that
// suggestion alone). Ids and positions are written by people: when the rule no longer gives the listed problems,
// the file is left alone and named (exit 1), so that regenerating never hides a regression.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import { lintCase, loadFixtureCases, type ExpectedProblem } from '../src/testing/rule-tester.js';
import { applySuggestion } from '../src/testing/lint-case.js';
import type { LintMessage } from '../src/types.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The expected problem with its suggestions as the rule gives them now (key order kept, suggestions last). */
function withSuggestions(source: string, e: ExpectedProblem, m: LintMessage): ExpectedProblem {
  const { suggestions: _old, ...rest } = e;
  return { ...rest, suggestions: (m.suggestions ?? []).map((s) => ({ desc: s.desc, output: applySuggestion(source, s.fix) })) };
}

/** Why the listed problems are not the ones the rule gives (empty: they are). */
function mismatch(expected: readonly ExpectedProblem[], messages: readonly LintMessage[]): string {
  if (expected.length !== messages.length) return `${expected.length} problème(s) attendu(s), ${messages.length} obtenu(s)`;
  for (const [i, e] of expected.entries()) {
    const m = messages[i];
    const same = m.messageId === e.messageId && m.line === e.line && m.column === e.column && (e.endLine === undefined || e.endLine === m.endLine) && (e.endColumn === undefined || e.endColumn === m.endColumn);
    if (!same) return `problème ${i + 1} : attendu ${e.messageId} ${e.line}:${e.column}, obtenu ${m.messageId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
  }
  return '';
}

function main(argv: readonly string[]): number {
  const mode = argv.find((a) => a === '--check' || a === '--write');
  const only = argv.filter((a) => !a.startsWith('--'));
  const unknown = only.filter((id) => !rules.some((r) => r.meta.id === id));
  if (!mode || unknown.length || argv.some((a) => a.startsWith('--') && a !== mode)) {
    console.error(`fixture-expectations: usage : --check | --write [${rules.map((r) => r.meta.id).join(' | ')}…]${unknown.length ? ` (règle inconnue : ${unknown.join(', ')})` : ''}`);
    return 2;
  }
  const stale: string[] = [];
  const broken: string[] = [];
  const missing: string[] = [];
  let checked = 0;
  for (const rule of rules.filter((r) => only.length === 0 || only.includes(r.meta.id))) {
    for (const c of loadFixtureCases(path.join(root, 'fixtures', rule.meta.id))) {
      if (c.valid) continue;
      const file = c.file.replace(/\.(md|markdown|txt)$/u, '.expected.json');
      const shown = path.relative(root, file);
      if (!c.expected) {
        missing.push(path.relative(root, c.file));
        continue;
      }
      checked++;
      const messages = lintCase(rule, c, rules);
      const why = mismatch(c.expected, messages);
      if (why) {
        broken.push(`${shown} : ${why}`);
        continue;
      }
      const text = JSON.stringify(c.expected.map((e, i) => withSuggestions(c.source, e, messages[i])), null, 2) + '\n';
      const before = readFileSync(file, 'utf8');
      const same = JSON.stringify(JSON.parse(before)) === JSON.stringify(JSON.parse(text));
      if (same) continue;
      stale.push(shown);
      if (mode === '--write') writeFileSync(file, text);
    }
  }
  const verb = mode === '--write' ? 'réécrit(s)' : 'à régénérer (npm run fixtures:expect)';
  for (const f of stale) console.log(`${mode === '--write' ? 'écrit' : 'obsolète'} : ${f}`);
  for (const b of broken) console.error(`postlint: ${b} (positions ou messageId à revoir à la main ; fichier laissé tel quel)`);
  for (const f of missing) console.error(`sans .expected.json (non vérifié) : ${f}`);
  console.log(`${checked} fichier(s) d’attendus lus, ${stale.length} ${verb}, ${broken.length} en désaccord avec la règle`);
  return broken.length > 0 || (mode === '--check' && stale.length > 0) ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
