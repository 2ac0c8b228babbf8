// One-edit matching of long key words (issue #7.4): real posts misspell words (« concurence », « coordonées »,
// « exceptionel »), and an exact lexicon misses them.
//
// How: every long word (>= MIN_FUZZY_LENGTH letters) of the lexicons' plain terms is indexed under itself and its
// single-letter deletions (a symmetric deletion map). A token of the text is looked up under itself and its own
// deletions: two words at one edit (insertion, deletion, substitution, transposition of adjacent letters) always
// share one of these keys, so a lookup costs a dozen map probes, whatever the size of the lexicons, and compiles
// no regex. Each candidate is then verified with an exact one-edit test.
//
// What keeps it from false alarms:
//  - only long words: short words have too many real neighbours (« soin », « sein ») ;
//  - a real French word is not a typo: the pairs (word of the text, term word) where the text word is a real word
//    that is not a mere inflection of the term word (« permanence » next to « permanente », « réserves » next to
//    « réservez ») are listed in fuzzy-stoplist.ts, generated from a French word list by scripts/fuzzy-stoplist.ts;
//    inflections (« garantit » for « garanti(e) », « exceptionnels » for « exceptionnel ») still match, since the
//    term's meaning is the same;
//  - a term entry whose neighbours carry another meaning opts out with `exact: true` (TermEntry).
import { FUZZY_STOP_PAIRS } from './fuzzy-stoplist.js';

/** Shortest term word matched at one edit. */
export const MIN_FUZZY_LENGTH = 8;

let enabled = true;
/** Turns one-edit matching on or off for every lexicon (tests compare both; on by default). */
export function setFuzzyMatching(on: boolean): void {
  enabled = on;
}
export function fuzzyMatchingEnabled(): boolean {
  return enabled;
}

/** The word itself and every word one deletion away from it. */
export function deletionVariants(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) {
    const v = word.slice(0, i) + word.slice(i + 1);
    if (v !== out[out.length - 1]) out.push(v); // "concurrence" gives "concurence" once, not twice
  }
  return out;
}

/** True when a and b differ by at most one insertion, deletion, substitution or transposition of adjacent letters. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1); // insertion or deletion
}

/**
 * The endings that inflect or conjugate a French word without changing what it says: « garanti / garantie /
 * garantit », « exceptionnel / exceptionnels ». Two words equal once these endings are removed are one word.
 */
export function inflectionStem(word: string): string {
  return word.replace(/(?:e|s|x|t)+$/u, '');
}

/** Long words of a lexicon, indexed for one-edit lookups. */
export class FuzzyIndex {
  private readonly byKey = new Map<string, string[]>();
  private readonly words = new Set<string>();
  /** Longest indexed word: a token two letters longer is no neighbour (and a 100 000-digit token is not tried). */
  private longest = 0;
  private readonly cache = new Map<string, readonly string[]>();

  add(word: string): void {
    if (word.length < MIN_FUZZY_LENGTH || this.words.has(word)) return;
    this.words.add(word);
    this.longest = Math.max(this.longest, word.length);
    for (const key of deletionVariants(word)) {
      const list = this.byKey.get(key);
      if (list) list.push(word);
      else this.byKey.set(key, [word]);
    }
  }

  get size(): number {
    return this.words.size;
  }

  /** Whether the word is one of the indexed words itself. */
  has(word: string): boolean {
    return this.words.has(word);
  }

  /** Indexed words at exactly one edit from the token, stoplist or not. */
  candidates(token: string): string[] {
    const out = new Set<string>();
    if (token.length < MIN_FUZZY_LENGTH - 1 || token.length > this.longest + 1) return [];
    for (const key of deletionVariants(token)) {
      for (const word of this.byKey.get(key) ?? NONE) if (word !== token && withinOneEdit(token, word)) out.add(word);
    }
    return [...out];
  }

  /** Indexed words at exactly one edit from the token, leaving out the pairs where the token is another real word. */
  neighbours(token: string): readonly string[] {
    if (token.length < MIN_FUZZY_LENGTH - 1 || token.length > this.longest + 1) return NONE;
    let found = this.cache.get(token);
    if (found) return found;
    const out = this.candidates(token).filter((word) => !FUZZY_STOP_PAIRS.has(`${token} ${word}`));
    found = out.length ? out : NONE;
    if (this.cache.size > 20_000) this.cache.clear(); // bounded: a long run sees many distinct tokens
    this.cache.set(token, found);
    return found;
  }

  /** Every indexed word (for the stoplist generator). */
  all(): IterableIterator<string> {
    return this.words.values();
  }
}

const NONE: readonly string[] = Object.freeze([]);
