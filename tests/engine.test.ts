// The engine on a test rule: severity layering, profiles, directives, report contract, fixes, language skip.
import { describe, expect, it } from 'vitest';
import { lintText, effectiveRules, profileOf } from '../src/engine/lint.js';
import { parseDocument } from '../src/document/index.js';
import { defineRule, prose } from '../src/rule-kit.js';
import type { Report, ResolvedConfig, Rule } from '../src/types.js';

function wordRule(id: string, word: string, extra: Partial<Rule['meta']> = {}, tweak: (r: Report) => Report = (r) => r): Rule {
  return defineRule({
    meta: {
      id, type: 'problem', severity: 'error', docs: { description: 'test', rationale: 'test' }, references: [],
      legal: ['communication'], fixable: false, hasSuggestions: false, french: true,
      messages: { found: '« {{match}} » ({{article}})' }, ...extra,
    },
    check(context) {
      for (const { segment } of prose(context)) {
        let i = segment.text.indexOf(word);
        while (i >= 0) {
          context.report(tweak({ messageId: 'found', data: { match: word, article: context.article('communication') }, range: context.rangeOf(segment, i, i + word.length) }));
          i = segment.text.indexOf(word, i + 1);
        }
      }
    },
  });
}

const rule = wordRule('test-word', 'interdit');
const config = (rules: ResolvedConfig['rules'] = {}, profile?: ResolvedConfig['profile']): ResolvedConfig => ({ rules, ignorePatterns: [], profile });
const lint = (text: string, cfg = config(), rules: Rule[] = [rule], filePath = 'post.md') => lintText(text, { filePath, config: cfg, rules });
const FR = 'Voici un texte interdit en français, assez long pour que la langue soit reconnue sans hésitation.';

describe('positions', () => {
  it('reports exact line:column with CRLF and a BOM', () => {
    const r = lint('\ufeffTitre\r\n\r\nUn mot interdit ici, en français bien sûr.\r\n');
    expect(r.messages.map((m) => [m.line, m.column, m.endLine, m.endColumn])).toEqual([[3, 8, 3, 16]]);
  });
  it('does not read code spans and code blocks', () => {
    expect(lint('Le mot `interdit` en code.\n\n```\ninterdit\n```\n').messages).toEqual([]);
  });
});

describe('severity', () => {
  it('layers default < profile preset < user config', () => {
    const r = wordRule('no-aesthetic-promotion', 'x', { severity: 'warn' });
    expect(effectiveRules(config(), 'medecin', [r])['no-aesthetic-promotion'].severity).toBe(1);
    expect(effectiveRules(config(), 'esthetique', [r])['no-aesthetic-promotion'].severity).toBe(2);
    expect(effectiveRules(config(), 'sage-femme', [r])['no-aesthetic-promotion'].severity).toBe(0);
    expect(effectiveRules(config({ 'no-aesthetic-promotion': { severity: 1 } }), 'esthetique', [r])['no-aesthetic-promotion'].severity).toBe(1);
  });
  it('lets front matter choose the profile, and the profile the article', () => {
    const doc = parseDocument('---\nprofession: Masseur-kinésithérapeute\n---\n\nUn texte interdit.\n', 'a.md');
    expect(profileOf(doc, config())).toBe('masseur-kinesitherapeute');
    const r = lint('---\nprofession: chirurgien-dentiste\n---\n\n' + FR);
    expect(r.messages[0].message).toContain('R.4127-215-1');
    expect(lint(FR, config({}, 'infirmier')).messages[0].message).toContain('R.4312-68-1');
    expect(lint(FR).messages[0].message).toContain('R.4127-19-1');
  });
  it('gives rules the platform: front matter over config', () => {
    let seen: string | undefined;
    const probe = defineRule({ ...rule, meta: { ...rule.meta, id: 'probe' }, check: (context) => { seen = context.platform; } });
    lintText('Texte.', { filePath: 'a.md', config: { ...config(), platform: 'facebook' }, rules: [probe] });
    expect(seen).toBe('facebook');
    lintText('---\nplatform: instagram\n---\n\nTexte.', { filePath: 'a.md', config: { ...config(), platform: 'facebook' }, rules: [probe] });
    expect(seen).toBe('instagram');
  });
  it('honours a case severity unless the user set one', () => {
    const caseRule = wordRule('case', 'interdit', { severity: 'warn' }, (r) => ({ ...r, severity: 2 }));
    expect(lint(FR, config(), [caseRule]).messages[0].severity).toBe(2);
    expect(lint(FR, config({ case: { severity: 1 } }), [caseRule]).messages[0].severity).toBe(1);
  });
  it('turns a rule off', () => {
    expect(lint(FR, config({ 'test-word': { severity: 0 } })).messages).toEqual([]);
  });
});

describe('directives', () => {
  it('disables the next line, a block, and re-enables', () => {
    const text = [
      '<!-- postlint-disable-next-line test-word -->',
      'Ligne un interdit.',
      '',
      'Ligne trois interdit.',
      '',
      '<!-- postlint-disable -->',
      '',
      'Ligne sept interdit.',
      '',
      '<!-- postlint-enable -->',
      '',
      'Ligne onze interdit.',
    ].join('\n');
    const r = lint(text);
    expect(r.messages.map((m) => m.line)).toEqual([4, 12]);
    expect(r.suppressedMessages?.map((m) => m.line)).toEqual([2, 8]);
  });
  it('reports unknown rule ids and unused directives', () => {
    const r = lint('<!-- postlint-disable-next-line no-such-rule -->\nTexte.\n\n<!-- postlint-disable-next-line test-word -->\nTexte propre.\n');
    expect(r.messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([[null, 2, 1], [null, 1, 4]]);
    expect(r.messages[0].message).toContain('no-such-rule');
  });
});

describe('rule contract', () => {
  // A broken rule is a bug in the rule, not in the post: a fatal problem on line 1 that names it, the others
  // still run (as ESLint reports a rule's crash).
  it('names the rule that reports an unknown messageId or a bad range, and runs the other rules', () => {
    const crash = (rule: Rule) => {
      const { messages } = lint(FR, config(), [rule, wordRule('ok', 'interdit')]);
      expect(messages.map((m) => m.ruleId)).toContain('ok');
      const fatal = messages.filter((m) => m.fatal);
      expect(fatal).toHaveLength(1);
      expect(fatal[0]).toMatchObject({ ruleId: rule.meta.id, line: 1, column: 1, severity: 2 });
      return fatal[0].message;
    };
    expect(crash(wordRule('bad', 'interdit', {}, (r) => ({ ...r, messageId: 'nope' })))).toMatch(/^la règle bad a échoué.*nope/u);
    expect(crash(wordRule('bad-range', 'interdit', {}, (r) => ({ ...r, range: [5, 2] })))).toMatch(/^la règle bad-range a échoué/u);
    expect(crash(wordRule('fixer', 'interdit', {}, (r) => ({ ...r, fix: { range: r.range, text: 'x' } })))).toMatch(/corrigeable|fixable/u);
  });
});

describe('fixes', () => {
  it('applies safe fixes, keeps the BOM, and stops when nothing changes', () => {
    const fixer = wordRule('fixer', 'interdit', { fixable: true }, (r) => ({ ...r, fix: { range: r.range, text: 'permis' } }));
    const r = lintText('\ufeffUn mot interdit, puis interdit encore, en français correct et compréhensible.', { filePath: 'a.txt', config: config(), rules: [fixer], fix: true });
    expect(r.output).toBe('\ufeffUn mot permis, puis permis encore, en français correct et compréhensible.');
    expect(r.messages).toEqual([]);
  });
  it('leaves output unset when nothing is fixable', () => {
    expect(lintText(FR, { filePath: 'a.txt', config: config(), rules: [rule], fix: true }).output).toBeUndefined();
  });
});

describe('language', () => {
  it('skips French rules on a post that is confidently not French', () => {
    const en = 'This text is interdit but written in English, long enough for the language detector to be confident about it.';
    expect(lint(en, config(), [rule], 'a.txt').messages).toEqual([]);
    expect(lint(FR, config(), [rule], 'a.txt').messages).toHaveLength(1);
  });
});
