// One pass over a folded text serves every term list and every lexicon. Each of them subscribes its anchor words
// (the words its terms can start with) and prefixes, and its patterns' needles; a text is then tokenised once, each
// token looked up once in one map of all subscribers' words, and each subscriber visits only the tokens that are
// its own anchors. Before this, each of ~100 lists walked every token of every text itself, and each lexicon
// searched the text for its needles: the cost grew with the number of lists, now it grows with the text.
import { TOKEN } from './term-source.js';

let subscriberCount = 0;
/** Every subscriber's anchor words: word → subscriber ids. */
const byWord = new Map<string, number[]>();
/** Prefixes by their first two letters: [prefix, subscriber id]; shorter prefixes are tried on every token. */
const prefixesByStart = new Map<string, [string, number][]>();
const shortPrefixes: [string, number][] = [];
/** Every needle, in the order subscribed, and the needles by their first two characters (as one number). */
const needles: string[] = [];
const needleSet = new Set<string>();
const needlesByPair = new Map<number, string[]>();

/** Subscribes a list's anchors; returns its id, to ask a text's index for its tokens. */
export function subscribe(words: Iterable<string>, prefixes: Iterable<string> = []): number {
  const id = subscriberCount++;
  for (const w of new Set(words)) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(id);
  for (const p of new Set(prefixes)) {
    if (p.length < 2) shortPrefixes.push([p, id]);
    else {
      const key = p.slice(0, 2);
      (prefixesByStart.get(key) ?? prefixesByStart.set(key, []).get(key)!).push([p, id]);
    }
  }
  return id;
}

/** Subscribes pattern needles (literal strings of two characters or more). */
export function subscribeNeedles(list: Iterable<string>): void {
  for (const n of list) {
    if (n.length < 2 || needleSet.has(n)) continue;
    needleSet.add(n);
    needles.push(n);
    const key = (n.charCodeAt(0) << 16) | n.charCodeAt(1);
    (needlesByPair.get(key) ?? needlesByPair.set(key, []).get(key)!).push(n);
  }
}

/** What one pass over a text found. */
export class TextIndex {
  /** Start offset and folded word of each token. */
  readonly starts: number[] = [];
  readonly words: string[] = [];
  /** Per subscriber id: indices of the tokens that are its anchors (ascending). */
  private readonly hits: number[][] = [];
  /** Subscribers (and needles) registered after this index was made are added on demand. */
  private subscribersDone = 0;
  private needlesDone = 0;
  private present?: Set<string>;

  constructor(private readonly text: string) {
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      this.starts.push(m.index);
      this.words.push(m[0]);
    }
  }

  /** The tokens (indices into starts and words) that may start one of this subscriber's terms. */
  tokens(id: number): readonly number[] {
    if (id >= this.subscribersDone) this.addSubscribers();
    return this.hits[id] ?? NONE;
  }

  /** True when the needle occurs in the text (it must have been subscribed). */
  hasNeedle(needle: string): boolean {
    if (this.needlesDone < needles.length) this.addNeedles();
    return this.present!.has(needle);
  }

  private push(id: number, i: number): void {
    const list = this.hits[id] ?? (this.hits[id] = []);
    if (list[list.length - 1] !== i) list.push(i);
  }

  private addSubscribers(): void {
    // Subscribers made since the last call (at start-up, as rules first run) are added in the same single pass.
    const from = this.subscribersDone;
    this.subscribersDone = subscriberCount;
    const { words } = this;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      for (const id of byWord.get(w) ?? NONE) if (id >= from) this.push(id, i);
      for (const [p, id] of prefixesByStart.get(w.slice(0, 2)) ?? NO_PREFIXES) if (id >= from && w.startsWith(p)) this.push(id, i);
      for (const [p, id] of shortPrefixes) if (id >= from && w.startsWith(p)) this.push(id, i);
    }
  }

  private addNeedles(): void {
    const { text } = this;
    const from = this.needlesDone;
    this.needlesDone = needles.length;
    const present = (this.present ??= new Set());
    if (from > 0 && needles.length - from < 64) {
      for (let k = from; k < needles.length; k++) if (text.includes(needles[k])) present.add(needles[k]);
      return;
    }
    // One lookup per character pair; a pair that starts needles is searched once per text (its first occurrence).
    const serial = ++textSerial;
    for (let i = 0; i + 1 < text.length; i++) {
      const key = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
      const list = needlesByPair.get(key);
      if (!list || pairSeen.get(key) === serial) continue;
      pairSeen.set(key, serial);
      for (const n of list) if (text.includes(n, i)) present.add(n);
    }
  }
}

/** The text in which each needle-starting pair was last searched (saves a Set per text). */
const pairSeen = new Map<number, number>();
let textSerial = 0;

const NONE: readonly number[] = [];
const NO_PREFIXES: readonly [string, number][] = [];
const NO_NEEDLES: readonly string[] = [];

/** The last few texts' indexes: the lists and lexicons of one segment and its sentences share them. */
const cache = new Map<string, TextIndex>();
export function textIndex(text: string): TextIndex {
  let index = cache.get(text);
  if (index) return index;
  index = new TextIndex(text);
  if (cache.size >= 32) cache.delete(cache.keys().next().value!);
  cache.set(text, index);
  return index;
}

/** The first position in `tokens` (token indices, ascending) whose token starts at or after `offset`. */
export function firstTokenFrom(index: TextIndex, tokens: readonly number[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.starts[tokens[mid]] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
