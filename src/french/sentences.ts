// Sentences of an analysed segment in original-text coordinates, found by binary search: rules that read
// capitals (names) work on the original text and still need the sentence around a position.
import type { Analysis, Span } from './analysis.js';

export interface SentenceIndex {
  spans: readonly Span[];
  /** Index of the sentence holding `pos` (original coordinates), -1 when none does. */
  indexOf(pos: number): number;
  /** The sentence holding `pos`, or the whole text. */
  at(pos: number): Span;
  /** Folded text of the sentence holding `pos` (or of sentence `index` when given). */
  folded(pos: number, index?: number): string;
}

export function sentenceIndex(a: Analysis): SentenceIndex {
  const spans = a.sentences.map((s) => a.toOriginal(s.start, s.end));
  const indexOf = (pos: number) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return spans[lo] && pos >= spans[lo].start && pos < spans[lo].end ? lo : -1;
  };
  const at = (pos: number) => spans[indexOf(pos)] ?? { start: 0, end: a.text.length };
  // The analysis already holds every sentence folded: slice it rather than fold again on every lookup.
  const folded = (pos: number, index?: number) => {
    if (index !== undefined) {
      const s = a.sentences[index];
      return s ? a.folded.text.slice(s.start, s.end) : '';
    }
    const i = indexOf(pos);
    return i >= 0 ? a.folded.text.slice(a.sentences[i].start, a.sentences[i].end) : a.folded.text;
  };
  return { spans, indexOf, at, folded };
}
