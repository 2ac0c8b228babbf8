// no-patient-identifier never prints what it found: no name, number or address in clear in messages,
// suggestions or fixes. Every invalid fixture is linted and each flagged span is looked for in the output.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../src/engine/lint.js';
import { lineIndex } from '../src/document/lines.js';
import { rules } from '../rules/index.js';
import { loadFixtureCases } from '../src/testing/rule-tester.js';
import type { ResolvedConfig } from '../src/types.js';

const ID = 'no-patient-identifier';
const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', ID);
const CIVILITY = /^(?:M\.|Mr|Mme|Mlle|Monsieur|Madame|Mademoiselle|Bébé|patiente?|petite?)$/iu;

/** The identifying pieces of a flagged span: capitalised words, numbers of 3+ digits, whole addresses. */
function pieces(raw: string): string[] {
  const words = raw.split(/[\s,()]+/u).filter((w) => w.length >= 3 && !CIVILITY.test(w) && (/^\p{Lu}/u.test(w) || /\d{3}|@/u.test(w)));
  const digits = raw.replace(/\D/gu, '');
  return [raw, ...words, ...(digits.length >= 6 ? [digits] : [])];
}

describe(`${ID} masks what it reports`, () => {
  const config: ResolvedConfig = { rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: r.meta.id === ID ? 2 : 0 }])), ignorePatterns: [] };
  for (const c of loadFixtureCases(dir).filter((x) => !x.valid && x.expected)) {
    it(c.name, () => {
      const setting = { severity: 2 as const, options: c.options ?? {} };
      const result = lintText(c.source, { filePath: c.file, config: { ...config, rules: { ...config.rules, [ID]: setting } }, rules });
      const source = c.source.replace(/^\ufeff/u, '');
      const lines = lineIndex(source);
      const shown = result.messages
        .filter((m) => m.ruleId === ID)
        .flatMap((m) => [m.message, m.fix?.text ?? '', ...(m.suggestions ?? []).flatMap((s) => [s.desc, s.fix.text])]);
      expect(shown.length).toBeGreaterThan(0);
      for (const e of c.expected!) {
        const raw = source.slice(lines.offset(e.line, e.column), lines.offset(e.endLine ?? e.line, e.endColumn ?? e.column));
        expect(raw.length).toBeGreaterThan(0);
        for (const piece of pieces(raw)) for (const text of shown) expect(text, `« ${piece} » en clair`).not.toContain(piece);
      }
    });
  }
});
