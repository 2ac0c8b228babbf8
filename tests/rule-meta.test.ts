// The contract every built-in rule keeps: metadata, legal references, fixtures, messages exercised.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../rules/index.js';
import { lintCase, loadFixtureCases } from '../src/testing/rule-tester.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXED_IDS = [
  'no-aesthetic-promotion', 'no-before-after', 'no-care-incitement', 'no-comparison', 'no-patient-identifier',
  'no-price-promotion', 'no-promotional-wording', 'no-sponsored-content', 'no-testimonial', 'no-unverified-claim', 'require-french',
];

describe('rule set', () => {
  it('ships exactly the rule ids tools depend on, sorted', () => {
    expect(rules.map((r) => r.meta.id)).toEqual(FIXED_IDS);
  });
});

for (const rule of rules) {
  const { meta } = rule;
  describe(`meta: ${meta.id}`, () => {
    it('has one file named after its id', () => {
      expect(existsSync(path.join(root, 'rules', `${meta.id}.ts`))).toBe(true);
    });
    it('describes itself and cites the law with https URLs', () => {
      expect(meta.docs.description.length).toBeGreaterThan(20);
      expect(meta.docs.rationale.length).toBeGreaterThan(40);
      expect(meta.references.length).toBeGreaterThan(0);
      for (const ref of meta.references) expect(ref.url).toMatch(/^https:\/\//u);
      expect(['warn', 'error']).toContain(meta.severity);
    });
    it('has French messages that name the article, and suggestions for people', () => {
      const problemIds = Object.keys(meta.messages).filter((id) => !/^(use|remove|cite|mask|add)/u.test(id));
      expect(problemIds.length).toBeGreaterThan(0);
      for (const id of problemIds) expect(meta.messages[id], id).toMatch(/\{\{article\}\}|art\.|loi/u);
      expect(meta.hasSuggestions).toBe(true);
    });
    const cases = loadFixtureCases(path.join(root, 'fixtures', meta.id));
    it('has at least 10 valid and 10 invalid fixtures', () => {
      expect(cases.filter((c) => c.valid).length).toBeGreaterThanOrEqual(10);
      expect(cases.filter((c) => !c.valid).length).toBeGreaterThanOrEqual(10);
    });
    it('exercises every message in its invalid fixtures', () => {
      const used = new Set<string>();
      for (const c of cases.filter((x) => !x.valid)) {
        for (const m of lintCase(rule, c, rules)) {
          used.add(m.messageId ?? '');
          for (const s of m.suggestions ?? []) used.add(s.messageId ?? '');
        }
      }
      expect([...Object.keys(meta.messages)].filter((id) => !used.has(id))).toEqual([]);
    });
    it('has an expected-problems file for most invalid fixtures', () => {
      const invalid = cases.filter((c) => !c.valid);
      expect(invalid.filter((c) => c.expected).length).toBeGreaterThanOrEqual(Math.min(invalid.length, 8));
    });
    it('keeps fixture file names as French kebab-case slugs', () => {
      for (const kind of ['valid', 'invalid']) {
        const dir = path.join(root, 'fixtures', meta.id, kind);
        if (!existsSync(dir)) continue;
        for (const f of readdirSync(dir)) expect(f).toMatch(/^[a-z0-9-]+(\.expected|\.options|\.fixed)?\.(md|txt|json)$/u);
      }
    });
    it('shows its safe fixes in .fixed fixtures when it is fixable (and only then)', () => {
      const fixed = cases.filter((c) => c.fixed !== undefined);
      if (meta.fixable) expect(fixed.length).toBeGreaterThan(0);
      else expect(fixed).toEqual([]);
    });
  });
}
