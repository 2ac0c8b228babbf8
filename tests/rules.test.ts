// Every rule's fixtures, through the public RuleTester: valid posts give no problem from that rule, invalid ones
// exactly the expected problems (ids, positions, and each suggestion's text and output), fixed ones their output.
import { describe, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import { RuleTester } from '../src/testing/index.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

RuleTester.describe = describe;
RuleTester.it = it;
const tester = new RuleTester({ rules });
for (const rule of rules) tester.runFixtures(rule, path.join(fixtures, rule.meta.id));
