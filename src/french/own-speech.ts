// Quoted own speech: a quotation in the first person is the speaker's own claim, reported (a director's words
// in the press, a patient's line at the top of an agency page), not a phrase held at a distance ("« prix cassés »").
import { quotationAround } from './cues.js';
import type { Analysis } from './analysis.js';

/** First-person words (original text, any case): je, j', me, m', moi, nous, notre, nos, mon, ma, mes, on. */
const FIRST_PERSON = /(?<![\p{L}])(?:je|j['’]|me|m['’]|moi|nous|notre|nos|mon|ma|mes|on)(?![\p{L}])/iu;
/** A scare-quoted phrase is short; reported speech is a clause. */
const MIN_WORDS = 4;

/**
 * True when the folded range [start, end) sits in a quotation of at least a clause spoken in the first person, or
 * in the `voice` given (original text; e.g. only the first person plural, for a practice's own slogan).
 */
export function isQuotedOwnSpeech(a: Analysis, start: number, end: number, voice: RegExp = FIRST_PERSON): boolean {
  const q = quotationHolding(a, start, end);
  return !!q && q.words >= MIN_WORDS && voice.test(q.inner);
}

/** The quotation (original coordinates) holding the folded range [start, end), its inner text and word count. */
export function quotationHolding(a: Analysis, start: number, end: number): { start: number; end: number; inner: string; words: number } | undefined {
  const o = a.toOriginal(start, end);
  const q = quotationAround(a.text, o.start, o.end);
  if (!q) return undefined;
  const inner = a.text.slice(q.start + 1, q.end - 1);
  return { start: q.start, end: q.end, inner, words: (inner.match(/[\p{L}\p{N}]+/gu) ?? []).length };
}
