// foldText (the folded text alone, plain ASCII only lowercased) and foldTerm (memoised) must give exactly what
// fold() gives: rules compare their output with folded analyses.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, foldTerm, foldText } from '../src/french/normalize.js';

const piece = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('Élodie', 'CŒUR', 'patient·e·s', 'né(e)', 'l’offre', 'À', 'Dr MARTIN', '\u00a0!', '\r\n', '`', '(e)', 'ÆON', 'ﬁ', '😀', 'e\u0301'),
);

describe('foldText and foldTerm', () => {
  it('give fold().text for any text, ASCII, capitals, accents, markers and emoji', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), (text) => {
        expect(foldText(text)).toBe(fold(text).text);
        expect(foldTerm(text)).toBe(fold(text).text);
        expect(foldTerm(text)).toBe(fold(text).text); // from the memo
      }),
      { numRuns: 2000 },
    );
  });

  it('lowercases plain ASCII without changing its length', () => {
    expect(foldText('Martin DURAND, 45 ans')).toBe('martin durand, 45 ans');
    expect(fold('Martin DURAND').map.length).toBe('Martin DURAND'.length + 1);
  });
});
