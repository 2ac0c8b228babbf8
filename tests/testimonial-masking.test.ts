// no-testimonial quotes the words of a patient's story: the patient's first name never leaves in clear, even when the
// patient rule, which masks what it finds everywhere (engine/privacy.ts), did not report that name.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../src/engine/lint.js';
import { rules } from '../rules/index.js';
import { loadFixtureCases } from '../src/testing/rule-tester.js';
import { givenNames, foldTerm, privateExcerpt } from '../src/rule-kit.js';
import { notNames } from '../rules/no-patient-identifier.terms.js';
import type { ResolvedConfig } from '../src/types.js';

const ID = 'no-testimonial';
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', ID);
const only: ResolvedConfig = { rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: r.meta.id === ID ? 2 : 0 }])), ignorePatterns: [] };

/** Given names written in `text` (capitalised, in the name list, not a common word). */
function namesIn(text: string): string[] {
  return [...text.matchAll(/\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?/gu)]
    // a carer named with a title (« Dr Aubert ») and the preposition « Grâce à » are not a patient's name
    .filter((m) => !/(?:Dr|Dre|Docteure?|docteure?|Pr|Professeure?|professeure?)\.?\s+(?:\p{Lu}\p{Ll}+\s+)?$/u.test(text.slice(Math.max(0, m.index - 30), m.index)))
    .filter((m) => !/^Grâce\s+(?:à|au|aux)\s/u.test(text.slice(m.index)))
    .map((m) => m[0])
    .filter((w) => givenNames().has(foldTerm(w)) && !notNames.has(foldTerm(w)));
}

const messagesOf = (source: string, filePath = 'post.md') => lintText(source, { filePath, config: only, rules }).messages.filter((m) => m.ruleId === ID).map((m) => m.message);

describe(`${ID} masks first names in what it quotes`, () => {
  it('a named patient with an outcome, not reported by the patient rule', () => {
    const shown = messagesOf('Bérénice a retrouvé le sommeil après nos séances.\n');
    expect(shown.length).toBe(1);
    expect(shown[0]).not.toContain('Bérénice');
    expect(shown[0]).toContain('B•••');
  });
  it('every invalid fixture: no given name of the quoted span in clear', () => {
    let checked = 0;
    for (const c of loadFixtureCases(dir).filter((x) => !x.valid)) {
      for (const message of messagesOf(c.source, c.file)) {
        const quoted = /« (.*) » :/u.exec(message)?.[1] ?? '';
        expect(namesIn(quoted), `${c.name}: ${message}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('privateExcerpt (rule kit: the quoted words of no-testimonial and no-before-after)', () => {
  it('masks a given name, not a carer after a title, nor « Grâce à », nor a listed common word', () => {
    expect(privateExcerpt('Bérénice a revu le Dr Aubert')).toBe('B••• a revu le Dr Aubert');
    expect(privateExcerpt('Grâce à Bérénice')).toBe('Grâce à B•••');
    expect(privateExcerpt('Claire et Bérénice', new Set(['claire']))).toBe('Claire et B•••');
  });
  it('clips like excerpt before masking', () => {
    expect(privateExcerpt('Bérénice ' + 'x'.repeat(100), new Set(), 20)).toMatch(/^B••• x+…$/u);
  });
});

describe('no-before-after masks first names in what it quotes', () => {
  const rule = 'no-before-after';
  const onlyIt: ResolvedConfig = { rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: r.meta.id === rule ? 2 : 0 }])), ignorePatterns: [] };
  it('every invalid fixture: no given name of the quoted span in clear (« la transformation de Margaux » printed it)', () => {
    let checked = 0;
    const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', rule);
    for (const c of loadFixtureCases(folder).filter((x) => !x.valid)) {
      for (const m of lintText(c.source, { filePath: c.file, config: onlyIt, rules }).messages.filter((x) => x.ruleId === rule)) {
        const quoted = /« (.*) » :/u.exec(m.message)?.[1] ?? '';
        expect(namesIn(quoted), `${c.name}: ${m.message}`).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
