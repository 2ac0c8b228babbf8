// One renderer for docs/rules/<id>.md and `postlint --explain <id>`, from the rule's meta and its fixtures,
// so that the examples in the docs are the tested ones.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lintCase, loadFixtureCases } from '../testing/rule-tester.js';
import { PROFILES, type Rule } from '../types.js';
import { articleFor, PROFILE_LABELS } from '../profiles.js';
import { lineIndex } from '../document/lines.js';
import type { LintMessage } from '../types.js';

/** The package root (works from src/ under tsx and from dist/src/ once built). */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

const fence = (text: string, lang: string) => {
  const ticks = /```/u.test(text) ? '````' : '```';
  return `${ticks}${lang}\n${text.replace(/\s+$/u, '')}\n${ticks}`;
};

/** Keeps the first character and the separators, hides every other letter and digit: « 06 •• •• •• •• ». */
function maskSpan(text: string): string {
  return text.replace(/[\p{L}\p{N}]/gu, (ch, i: number) => (i === 0 ? ch : '•'));
}

/** The example's text with every reported span masked (rules whose findings are personal data). */
function maskedSource(source: string, messages: readonly LintMessage[]): string {
  const index = lineIndex(source);
  const spans = messages
    .map((m) => [index.offset(m.line, m.column), index.offset(m.endLine, m.endColumn)] as const)
    .sort((a, b) => b[0] - a[0]);
  let out = source;
  for (const [start, end] of spans) out = out.slice(0, start) + maskSpan(out.slice(start, end)) + out.slice(end);
  return out;
}

/** A rule's page; `allRules` run beside it on the examples (the sensitive rule masks what they quote). */
export function renderRuleDoc(rule: Rule, root = packageRoot(), allRules: readonly Rule[] = [rule]): string {
  const { meta } = rule;
  const cases = loadFixtureCases(path.join(root, 'fixtures', meta.id));
  const yesNo = (b: boolean) => (b ? 'oui' : 'non');
  const out: string[] = [];
  out.push(`<!-- Généré par \`npm run docs\` depuis rules/${meta.id}.ts et fixtures/${meta.id}/ : ne pas modifier à la main -->`);
  out.push(`# ${meta.id}`, '', `${meta.docs.description}.`, '');
  out.push('| Sévérité par défaut | Corrigeable | Suggestions | Type |', '| --- | --- | --- | --- |');
  out.push(`| ${meta.severity} | ${yesNo(meta.fixable)} | ${yesNo(meta.hasSuggestions)} | ${meta.type === 'problem' ? 'manquement' : 'risque'} |`, '');
  out.push('## Pourquoi', '', meta.docs.rationale, '');
  if (meta.docs.allowed) out.push('## Ce qui reste permis', '', meta.docs.allowed, '');
  out.push('## Références', '');
  for (const ref of meta.references) out.push(`- [${ref.title}](${ref.url})`);
  out.push('', '### Article cité selon le profil', '', '| Profil | Article cité |', '| --- | --- |');
  for (const profile of PROFILES) {
    out.push(`| \`${profile}\` (${PROFILE_LABELS[profile]}) | ${meta.legal.map((c) => articleFor(profile, c)).filter((v, i, a) => a.indexOf(v) === i).join(' ; ')} |`);
  }
  out.push('', '## Exemples incorrects', '');
  for (const c of cases.filter((x) => !x.valid).slice(0, 4)) {
    const lang = c.file.endsWith('.md') ? 'md' : 'text';
    const messages = lintCase(rule, c, allRules.includes(rule) ? allRules : [...allRules, rule]);
    const source = c.source.replace(/^\ufeff/u, '');
    const shown = meta.sensitive ? maskedSource(source, messages) : source;
    out.push(fence(shown.replace(/\r\n/gu, '\n'), lang), '');
    const rows = messages.map((m) => {
      const sev = m.severity === 2 ? 'error' : 'warning';
      const sugg = (m.suggestions ?? []).map((s) => `\n      suggestion : ${s.desc}`).join('');
      return `  ${m.line}:${m.column}  ${sev}  ${m.message}  ${m.ruleId}${sugg}`;
    });
    out.push(fence(rows.join('\n'), 'text'), '');
  }
  out.push('## Exemples corrects', '');
  for (const c of cases.filter((x) => x.valid).slice(0, 5)) {
    out.push(fence(c.source.replace(/^\ufeff/u, '').replace(/\r\n/gu, '\n'), c.file.endsWith('.md') ? 'md' : 'text'), '');
  }
  out.push('## Options', '');
  const options = Object.entries(meta.options ?? {});
  if (options.length === 0) out.push('Aucune.', '');
  else {
    out.push('| Option | Type | Défaut | Description |', '| --- | --- | --- | --- |');
    for (const [name, spec] of options) out.push(`| \`${name}\` | ${spec.type} | \`${JSON.stringify(spec.default)}\` | ${spec.description} |`);
    out.push('');
  }
  out.push('## Messages', '');
  for (const [id, template] of Object.entries(meta.messages)) out.push(`- \`${id}\` : ${template}`);
  out.push('');
  return out.join('\n');
}

/** The README's rule table (between <!-- rules:start --> and <!-- rules:end -->). */
export function renderRuleTable(rules: readonly Rule[]): string {
  const rows = ['| Règle | Ce qu’elle signale | Sévérité | Corrigeable | Références |', '| --- | --- | --- | --- | --- |'];
  for (const { meta } of rules) {
    const refs = meta.references.map((r) => `[${r.title.split(' (')[0]}](${r.url})`).join(', ');
    rows.push(`| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.docs.description} | ${meta.severity} | ${meta.fixable ? 'oui' : 'non'} | ${refs} |`);
  }
  return rows.join('\n');
}

/** `.postrc.example.json`: every built-in rule with its default severity and options. */
export function renderExampleConfig(rules: readonly Rule[]): string {
  const ruleEntries: Record<string, unknown> = {};
  for (const { meta } of rules) {
    const options: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(meta.options ?? {})) options[name] = spec.default;
    ruleEntries[meta.id] = Object.keys(options).length ? [meta.severity, options] : meta.severity;
  }
  return JSON.stringify({ profile: 'medecin', rules: ruleEntries, ignorePatterns: ['brouillons/archives/**'] }, null, 2) + '\n';
}

export function replaceBetweenMarkers(text: string, start: string, end: string, content: string): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`marqueurs ${start} … ${end} introuvables`);
  return text.slice(0, a + start.length) + '\n' + content + '\n' + text.slice(b);
}
