// SCAFFOLD being written in this session: replaced by the real rule before anything is called done.
import { defineRule } from '../src/rule-kit.js';

export default defineRule({
  meta: {
    id: 'no-care-incitement',
    type: 'problem',
    severity: 'error',
    docs: { description: 'TODO', rationale: 'TODO' },
    references: [],
    legal: ['communication'],
    fixable: false,
    hasSuggestions: true,
    french: true,
    messages: { todo: 'TODO {{article}}' },
  },
  check() {},
});
