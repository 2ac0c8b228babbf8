// One analysis per prose segment, shared by all rules: folded text, offset map and sentence/clause spans.
import { isSoftSentenceBreak } from './boundaries.js';
import { fold, type Folded } from './normalize.js';
import type { Segment } from '../types.js';

export interface Span {
  start: number;
  end: number;
}

export interface Analysis {
  /** Original segment text. */
  text: string;
  folded: Folded;
  /** Sentences, in folded coordinates. */
  sentences: Span[];
  /** Maps a folded range back to the original text range. */
  toOriginal(start: number, end: number): Span;
  /** Maps an original text range to the folded range covering it (a quotation, a code found in the original). */
  toFolded(start: number, end: number): Span;
}

/** First index of a non-decreasing array whose value is >= value (its length when none). */
export function lowerBound<T extends number | string>(values: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Abbreviations after which a period does not end a sentence (folded, without the period).
const ABBREVIATIONS = new Set([
  'dr', 'drs', 'pr', 'pre', 'mme', 'mmes', 'mlle', 'mlles', 'm', 'mm', 'mr', 'st', 'ste', 'cf', 'ex', 'etc', 'env',
  'av', 'bd', 'n', 'no', 'tel', 'p', 'pp', 'vol', 'art', 'al', 'fig', 'chap', 'min', 'max', 'approx', 'resp',
  'dept', 'hop', 'sq', 'inf', 'sup', 'vs', 'ca', 'cie', 'ets', 'ex', 'ibid', 'op', 'cit', 'coll', 'ed', 'eds',
]);

/**
 * Splits folded text into sentences: . ! ? (and runs of them) followed by space, hard line breaks (a soft one
 * is a space by now), and spaces that end an unpunctuated sentence (see boundaries.ts). `original` is the text
 * before folding and `map` the folding's offset map: the unpunctuated ends are read on its capitals.
 */
export function splitSentences(text: string, original: string = text, map?: ArrayLike<number>): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      push(i + 1);
      continue;
    }
    if ((ch === ' ' || ch === '\t') && text[i + 1] !== undefined && !/\s/u.test(text[i + 1])) {
      if (isSoftSentenceBreak(original, map ? map[i + 1] : i + 1)) push(i + 1);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i;
    while (j + 1 < text.length && /[.!?"')\]]/u.test(text[j + 1])) j++;
    const next = text[j + 1];
    if (next !== undefined && !/\s/u.test(next)) continue; // "3.5", "doi.org", "p.ex"
    if (ch === '.' && j === i) {
      const word = /(-?)([\p{L}]+)$/u.exec(text.slice(Math.max(0, i - 12), i));
      // Abbreviations (Dr., Mme., p. ex.) and initials (M. D., Sophie M.) do not end a sentence; an imperative's
      // pronoun (« pensez-y. », « allez-y. ») does.
      if (word && (ABBREVIATIONS.has(word[2]) || (word[2].length === 1 && !word[1]))) continue;
    }
    push(j + 1);
    i = j;
  }
  push(text.length);
  return spans;
}

export function analyze(text: string): Analysis {
  const folded = fold(text);
  const map = folded.map;
  return {
    text,
    folded,
    sentences: splitSentences(folded.text, text, map),
    toOriginal(start: number, end: number): Span {
      const s = map[start];
      const e = end > start ? map[end - 1] + 1 : s;
      // Extend over a surrogate pair or a combining mark that the folding dropped.
      let e2 = e;
      while (e2 < text.length && /[\p{M}\ufe0f\ufe0e\udc00-\udfff]/u.test(text[e2]) && e2 < map[end]) e2++;
      return { start: s, end: e2 };
    },
    toFolded(start: number, end: number): Span {
      return { start: lowerBound(map, start), end: lowerBound(map, end - 1) + 1 };
    },
  };
}

const cache = new WeakMap<Segment, Analysis>();

/** Drops the cached analyses of these segments (a big document is linted window by window: see engine/windows.ts). */
export function forgetAnalyses(segments: readonly Segment[]): void {
  for (const segment of segments) cache.delete(segment);
}

/** The analysis of a segment, computed once and shared by every rule. */
export function analyzeSegment(segment: Segment): Analysis {
  let a = cache.get(segment);
  if (!a) {
    a = analyze(segment.text);
    cache.set(segment, a);
  }
  return a;
}

/** The index in a.sentences of the sentence holding a folded position, or -1 (binary search: rules call this for every match). */
export function sentenceNumberAt(a: Analysis, pos: number): number {
  const list = a.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < list[mid].start) hi = mid - 1;
    else if (pos >= list[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence holding a folded position (the whole text when none does). */
export function sentenceAt(a: Analysis, pos: number): Span {
  const i = sentenceNumberAt(a, pos);
  return i >= 0 ? a.sentences[i] : { start: 0, end: a.folded.text.length };
}
