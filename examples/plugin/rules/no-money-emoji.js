// Money emoji (💸 💰 🤑 💵 💶) in a health post reads as a commercial lure. A rule with a minimal meta: only type,
// docs.description and messages are required, postlint fills in the rest (severity warn, not fixable…).
import { defineRule, prose } from 'postlint/rule-kit';

const MONEY = /💸|💰|🤑|💵|💶|💳/gu;

export default defineRule({
  meta: {
    type: 'suggestion',
    docs: { description: 'Pas d’émoji d’argent dans un post de santé' },
    messages: { money: '« {{match}} » : un émoji d’argent donne au post un air commercial ; retirez-le' },
  },
  check(context) {
    for (const { segment } of prose(context)) {
      // Segment coordinates in, source range out: context.rangeOf maps them whatever the Markdown around.
      for (const m of segment.text.matchAll(MONEY)) {
        context.report({ messageId: 'money', data: { match: m[0] }, range: context.rangeOf(segment, m.index, m.index + m[0].length) });
      }
    }
  },
});
