// A plugin rule as an author outside postlint writes it: only the public entry points, minimal meta.
import { defineRule, Lexicon, negation, prose, reportHit, screen, termCandidates } from 'postlint/rule-kit';

const words = new Lexicon([{ id: 'cash', terms: ['cash', 'espèces'], suggestions: ['paiement par carte'] }]);

export default defineRule({
  meta: {
    type: 'problem',
    docs: { description: 'Signale le paiement en espèces mis en avant' },
    hasSuggestions: true,
    messages: { cash: '« {{match}} » : paiement en espèces mis en avant', useWording: 'Remplacer par « {{suggestion}} »' },
  },
  check(context) {
    for (const { segment, analysis } of prose(context)) {
      for (const hit of screen(context, segment, termCandidates(words.find(analysis)), [negation(analysis)])) reportHit(context, segment, hit, { messageId: 'cash' });
    }
  },
});
