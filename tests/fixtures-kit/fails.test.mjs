// Run with `node --test`: a wrong messageId must make node:test report a failure with RuleTester's message.
import { RuleTester } from 'postlint/testing';
import noCash from './no-cash.rule.mjs';

new RuleTester().run('agence/no-cash', noCash, {
  invalid: [{ code: 'Réglez en espèces.', errors: [{ messageId: 'useWording' }] }],
});
