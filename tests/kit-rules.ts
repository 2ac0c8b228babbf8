// Small plugin-style rules written only with postlint/rule-kit (minimal meta: type, docs.description,
// messages), for the RuleTester tests. Each follows the coordinate contract: found in folded text, mapped with
// analysis.toOriginal, reported with context.rangeOf.
import { defineRule, findPhones, Lexicon, negation, prose, reportHit, screen, termCandidates } from '../src/rule-kit.js';

const cashWords = new Lexicon([{ id: 'cash', terms: ['cash', 'espèces', 'paiement en liquide'], suggestions: ['paiement par carte ou chèque', 'règlement au cabinet'] }]);

/** « Réglez en cash » → suggestions; « nous n’acceptons pas le cash » is negated. */
export const noCash = defineRule({
  meta: {
    type: 'problem',
    docs: { description: 'Signale le paiement en espèces mis en avant' },
    hasSuggestions: true,
    messages: {
      cash: '« {{match}} » : paiement en espèces mis en avant',
      useWording: 'Remplacer par « {{suggestion}} »',
    },
  },
  check(context) {
    for (const { segment, analysis } of prose(context)) {
      for (const hit of screen(context, segment, termCandidates(cashWords.find(analysis)), [negation(analysis)])) {
        reportHit(context, segment, hit, { messageId: 'cash' });
      }
    }
  },
});

/** « Venez !!! » → « Venez ! » (a safe fix). */
export const noShouting = defineRule({
  meta: {
    type: 'suggestion',
    docs: { description: 'Un seul point d’exclamation' },
    fixable: true,
    options: { max: { type: 'number', default: 1, description: 'Points d’exclamation permis à la suite' } },
    messages: { shouting: '{{count}} points d’exclamation à la suite' },
  },
  check(context) {
    const max = Number(context.options.max);
    for (const { segment, analysis } of prose(context)) {
      for (const m of analysis.folded.text.matchAll(/!+/gu)) {
        if (m[0].length <= max) continue;
        const { start, end } = analysis.toOriginal(m.index, m.index + m[0].length);
        const range = context.rangeOf(segment, start, end);
        context.report({ messageId: 'shouting', data: { count: m[0].length }, range, fix: { range, text: '!' } });
      }
    }
  },
});

/** Quotes a phone number in its message: the engine masks it, as any identifier. */
export const quotesPhone = defineRule({
  meta: {
    type: 'problem',
    docs: { description: 'Cite un numéro de téléphone' },
    messages: { phone: 'Numéro cité : {{phone}}' },
  },
  check(context) {
    for (const { segment } of prose(context)) {
      // Found in the segment's original text: segment offsets already.
      for (const p of findPhones(segment.text)) context.report({ messageId: 'phone', data: { phone: p.raw }, range: context.rangeOf(segment, p.start, p.end) });
    }
  },
});
