// Type-checked by tests/kit-exports.test.ts (named .mts: the repository typecheck must not read it) against the built package: a TypeScript plugin author's view.
import { defineRule, prose, type Rule, type PluginRule } from 'postlint/rule-kit';
import { RuleTester } from 'postlint/testing';

export const minimal: PluginRule = defineRule({
  meta: { type: 'suggestion', docs: { description: 'Signale la lettre x' }, messages: { x: 'Lettre x' } },
  check(context) {
    for (const { segment, analysis } of prose(context)) {
      const at = analysis.folded.text.indexOf('x');
      if (at < 0) continue;
      const { start, end } = analysis.toOriginal(at, at + 1);
      context.report({ messageId: 'x', range: context.rangeOf(segment, start, end) });
    }
  },
});

new RuleTester({ profile: 'sage-femme' }).run('agence/x', minimal, { valid: ['a'], invalid: [{ code: 'x', errors: [{ messageId: 'x', line: 1 }] }] });

// @ts-expect-error a plugin's minimal rule is not a full (built-in) Rule: the built-ins are not loosened
export const full: Rule = minimal;

// @ts-expect-error meta.type is required
defineRule({ meta: { docs: { description: 'd' }, messages: { a: 'A' } }, check() {} });

// @ts-expect-error an error needs its messageId
new RuleTester().run('agence/x', minimal, { invalid: [{ code: 'x', errors: [{ line: 1 }] }] });
