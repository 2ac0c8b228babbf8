// quotationAround reads a text's quotation marks once and answers each hit by bisection: it must answer as the plain
// backward scan it replaced (the oracle below), on generated text full of opening, closing and straight quotes.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quotationAround } from '../src/french/cues.js';

const CLOSING: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›', '"': '"' };

function oracle(text: string, start: number, end: number): { start: number; end: number } | undefined {
  for (let i = start - 1; i >= 0; i--) {
    const ch = text[i];
    if (!(ch in CLOSING)) continue;
    const close = text.indexOf(CLOSING[ch], i + 1);
    if (close >= end) {
      if (ch === '"' && (text.slice(0, i).split('"').length - 1) % 2 === 1) continue;
      return { start: i, end: close + 1 };
    }
  }
  return undefined;
}

describe('quotationAround', () => {
  it('answers as a backward scan of the text would', () => {
    const text = fc.array(fc.constantFrom('«', '»', '“', '”', '„', '‹', '›', '"', ' ', 'a', 'mot', '\n'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.nat(40), fc.nat(10), (t, s, len) => {
        const start = Math.min(s, t.length);
        const end = Math.min(start + len, t.length);
        expect(quotationAround(t, start, end)).toEqual(oracle(t, start, end));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the quotation around a span, and none outside', () => {
    const t = 'Il dit « ça marche » puis "rien".';
    expect(quotationAround(t, 9, 18)).toEqual({ start: 7, end: 20 });
    expect(quotationAround(t, 27, 31)).toEqual({ start: 26, end: 32 });
    expect(quotationAround(t, 0, 2)).toBeUndefined();
  });
});
