// Every rule's fixtures: valid posts give no problem from that rule, invalid ones exactly the expected problems.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import { checkCase, loadFixtureCases } from '../src/testing/rule-tester.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

for (const rule of rules) {
  describe(rule.meta.id, () => {
    const cases = loadFixtureCases(path.join(fixtures, rule.meta.id));
    for (const c of cases) {
      it(c.name, () => {
        expect(checkCase(rule, c, rules)).toEqual([]);
      });
    }
  });
}
