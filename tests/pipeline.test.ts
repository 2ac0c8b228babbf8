// The candidate → filter pipeline every rule goes through: one `allow` for all rules, and --debug-rule showing
// each candidate with the filter that kept or dropped it.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import { lintText } from '../src/engine/lint.js';
import { allowChecker } from '../src/engine/allow.js';
import { parseDocument } from '../src/document/index.js';
import { defineRule, filter, filterWhy, prose, screen, separate } from '../src/rule-kit.js';
import { loadFixtureCases } from '../src/testing/rule-tester.js';
import type { ResolvedConfig, Rule } from '../src/types.js';
import { postlint, project, requireBuild } from './helpers/cli.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const only = (id: string, options: Record<string, unknown> = {}): ResolvedConfig => ({
  ignorePatterns: [],
  rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === id ? { severity: 2 as const, options } : { severity: 0 as const }])),
});

describe('one `allow` for every rule', () => {
  const withAllow = rules.filter((r) => r.meta.options?.allow?.expressions);

  it('every rule that reads words declares it (require-french’s `allow` lists languages)', () => {
    expect(withAllow.map((r) => r.meta.id).sort()).toEqual(rules.filter((r) => r.meta.id !== 'require-french').map((r) => r.meta.id).sort());
  });

  it('require-french’s language list is not read as expressions', () => {
    const post = 'Our clinic is open on Saturdays in the centre of Lyon. Book your visit online en quelques clics.\n';
    const config = only('require-french', { allow: ['en'] });
    expect(lintText(post, { filePath: 'p.md', config, rules }).messages.map((m) => m.ruleId)).toEqual([]);
    const other = only('require-french', { allow: ['de'] });
    expect(lintText(post, { filePath: 'p.md', config: other, rules }).messages.map((m) => m.ruleId)).toEqual(['require-french']);
  });

  // For each rule: the words of its first invalid fixture's first problem, written otherwise (capitals, no accents),
  // in `allow`, silence that problem and only those overlapping it.
  for (const rule of withAllow) {
    it(`${rule.meta.id}: an allowed expression, in any case and accents, is not reported`, () => {
      const c = loadFixtureCases(path.join(fixtures, rule.meta.id)).find((x) => !x.valid && !x.options && !rule.meta.sensitive);
      if (!c) return; // the patient rule is tested below, with a phone number
      const before = lintText(c.source, { filePath: c.file, config: only(rule.meta.id), rules }).messages.filter((m) => m.ruleId === rule.meta.id);
      expect(before.length).toBeGreaterThan(0);
      const first = before[0];
      const lines = c.source.replace(/^\ufeff/u, '').split(/\r?\n/u);
      const quoted = lines[first.line - 1].slice(first.column - 1, first.endLine === first.line ? first.endColumn - 1 : undefined);
      const shouted = quoted.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
      const after = lintText(c.source, { filePath: c.file, config: only(rule.meta.id, { allow: [shouted] }), rules }).messages.filter((m) => m.ruleId === rule.meta.id);
      expect(after.some((m) => m.line === first.line && m.column === first.column)).toBe(false);
      expect(after.length).toBeLessThan(before.length + 0.5);
    });
  }

  it('spares only the occurrence covered by an allowed expression, whatever its accents or case', () => {
    const source = 'Le centre Excellence Santé vise l’excellence.';
    const doc = parseDocument(source, 'p.txt', { format: 'text' });
    const rangeOf = (seg: (typeof doc.segments)[number], s: number, e: number): [number, number] => [seg.starts[s], seg.starts[e - 1] + 1];
    const first: [number, number] = [source.indexOf('Excellence'), source.indexOf('Excellence') + 10];
    const second: [number, number] = [source.lastIndexOf('excellence'), source.lastIndexOf('excellence') + 10];
    expect(allowChecker(doc, rangeOf, ['excellence sante'])(first)).toBe(true);
    expect(allowChecker(doc, rangeOf, ['EXCELLENCE SANTÉ'])(second)).toBe(false);
    expect(allowChecker(doc, rangeOf, [''])(first)).toBe(false);
  });

  it('« Partenariat Rémunéré » allowed silences the words and the hashtag, for every rule that reads them', () => {
    const post = 'Partenariat rémunéré avec la marque Solaria : ma crème préférée. #PartenariatRemunere\n';
    const on = (allow: string[]) =>
      lintText(post, { filePath: 'p.md', config: { ignorePatterns: [], rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: 2 as const, options: { allow } }])) }, rules }).messages;
    const flagged = (allow: string[]) => on(allow).filter((m) => m.line === 1 && (m.column === 1 || m.column === 66));
    expect(flagged([]).length).toBeGreaterThan(0);
    expect(flagged(['Partenariat Rémunéré'])).toEqual([]);
  });

  it('the practice’s own phone, allowed, is not reported, written with other separators', () => {
    const post = 'Pour toute question sur le suivi de votre enfant, appelez Mme Girard au 06 12 34 56 78.\n';
    const lint = (allow: string[]) => lintText(post, { filePath: 'p.md', config: only('no-patient-identifier', { allow }), rules }).messages;
    expect(lint([]).length).toBeGreaterThan(0);
    expect(lint(['06.12.34.56.78']).filter((m) => m.message.includes('téléphone'))).toEqual([]);
  });
});

describe('screen() and separate()', () => {
  const probe = (allow: string[] = [], why = false) => {
    const seen: { origin: string; verdict: string }[] = [];
    const rule: Rule = defineRule({
      meta: {
        id: 'probe', type: 'problem', severity: 'error', docs: { description: 't', rationale: 't' }, references: [], legal: ['communication'],
        fixable: false, hasSuggestions: false, french: false, messages: { found: '{{match}}' }, options: { allow: { type: 'string[]', default: [], expressions: true, description: 't' } },
      },
      check(context) {
        for (const { segment } of prose(context)) {
          const words = [...segment.text.matchAll(/\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, origin: m[0].toLowerCase() }));
          const vowel = why
            ? filterWhy<(typeof words)[number]>('context', (w) => (/^a/u.test(w.origin) ? 'starts-with-a' : /^[eiou]/u.test(w.origin) ? 'other-vowel' : null))
            : filter<(typeof words)[number]>('vowel-start', (w) => /^[aeiou]/u.test(w.origin));
          const kept = screen(context, segment, words, [filter('short', (w) => w.end - w.start < 4), vowel]);
          for (const w of separate(context, segment, kept, (w) => w.origin)) context.report({ messageId: 'found', data: { match: w.origin }, range: context.rangeOf(segment, w.start, w.end) });
        }
      },
    });
    const r = lintText('Les chats mangent avec appetit, chats contents.', { filePath: 'p.txt', config: { ignorePatterns: [], rules: { probe: { severity: 2, options: { allow } } } }, rules: [rule], debugRules: ['probe'] });
    for (const c of r.candidates ?? []) seen.push({ origin: c.origin, verdict: c.verdict });
    return { messages: r.messages.map((m) => m.message), seen };
  };

  it('records the first filter that drops a candidate, the user’s allow before any, and repeats', () => {
    const { messages, seen } = probe(['MANGENT']);
    expect(messages).toEqual(['chats', 'contents']);
    expect(seen).toEqual([
      { origin: 'les', verdict: 'short' },
      { origin: 'chats', verdict: 'kept' },
      { origin: 'mangent', verdict: 'allow' },
      { origin: 'avec', verdict: 'vowel-start' },
      { origin: 'appetit', verdict: 'vowel-start' },
      { origin: 'chats', verdict: 'same-key' },
      { origin: 'contents', verdict: 'kept' },
    ]);
  });

  it('names the condition of a filter that says why it drops (filterWhy), and keeps what it does not drop', () => {
    const { messages, seen } = probe([], true);
    expect(messages).toEqual(['chats', 'mangent', 'contents']);
    expect(seen.filter((c) => c.verdict.startsWith('context'))).toEqual([
      { origin: 'avec', verdict: 'context:starts-with-a' },
      { origin: 'appetit', verdict: 'context:starts-with-a' },
    ]);
  });

  it('records nothing unless asked', () => {
    const r = lintText('Les chats.', { filePath: 'p.txt', config: only('no-comparison'), rules });
    expect(r.candidates).toBeUndefined();
  });
});

describe('--debug-rule', () => {
  it('shows each candidate, the term or construction that found it, and the filter that kept or dropped it', async () => {
    requireBuild();
    const p = project({
      'post.md': 'Notre cabinet est bien moins cher que les autres.\n\nCette méthode ne garantit pas des résultats définitifs.\n\nPatient : Jean Dupont, NIR 1 85 05 78 006 084 36.\n',
    });
    try {
      const run = await postlint(['--debug-rule', 'no-comparison', '--debug-rule', 'no-patient-identifier', '--debug-rule', 'no-unverified-claim', 'post.md'], { cwd: p.dir });
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n').map((l) => l.split('\t'));
      expect(lines.every((l) => l.length === 5 && /^post\.md:\d+:\d+-\d+:\d+$/u.test(l[0]))).toBe(true);
      expect(lines.some(([, rule, , verdict]) => rule === 'no-comparison' && verdict === 'kept')).toBe(true);
      expect(lines.some(([, rule, , verdict]) => rule === 'no-unverified-claim' && verdict === 'negation')).toBe(true);
      // A patient's identifiers are masked in the trace as in every output.
      expect(run.stderr).not.toMatch(/Dupont|85 05 78/u);
      expect(lines.some(([, rule]) => rule === 'no-patient-identifier')).toBe(true);
      const other = await postlint(['--debug-rule', 'no-such-rule', 'post.md'], { cwd: p.dir });
      expect(other.code).toBe(2);
      expect(other.stderr).toMatch(/^postlint: règle \W+no-such-rule\W+ inconnue/u);
    } finally {
      p.cleanup();
    }
  });
});
