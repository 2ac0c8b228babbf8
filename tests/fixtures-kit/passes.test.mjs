// Run with `node --test`: no describe/it globals, so RuleTester registers node:test tests.
import { RuleTester } from 'postlint/testing';
import noCash from './no-cash.rule.mjs';

new RuleTester().run('agence/no-cash', noCash, {
  valid: ['Nous n’acceptons pas le cash.'],
  invalid: [
    {
      code: 'Réglez en cash !',
      errors: [{ messageId: 'cash', data: { match: 'cash' }, line: 1, column: 11, suggestions: [{ desc: 'Remplacer par « paiement par carte »', output: 'Réglez en paiement par carte !' }] }],
    },
  ],
});
