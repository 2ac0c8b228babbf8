// One pass over a folded text serves every term list and every lexicon. Each of them subscribes its anchor words
// (the words its terms can start with) and prefixes, and its patterns' needles; a text is then tokenised once, each
// token looked up once in one map of all subscribers' words, and each subscriber visits only the tokens that are
// its own anchors. Before this, each of ~100 lists walked every token of every text itself, and each lexicon
// searched the text for its needles: the cost grew with the number of lists, now it grows with the text.
import { TOKEN } from './term-source.js';

let subscriberCount = 0;
/** Every subscriber's anchor words: word → subscriber ids. */
const byWord = new Map<string, number[]>();
/** Prefixes by their first two characters (as one number): [prefix, subscriber id]; shorter ones are tried on every token. */
const prefixesByStart = new Map<number, [string, number][]>();
const pairKey = (w: string) => (w.charCodeAt(0) << 16) | w.charCodeAt(1);
const shortPrefixes: [string, number][] = [];
/** Every needle, in the order subscribed. */
const needles: string[] = [];
const needleSet = new Set<string>();

/** Subscribes a list's anchors; returns its id, to ask a text's index for its tokens. */
export function subscribe(words: Iterable<string>, prefixes: Iterable<string> = []): number {
  const id = subscriberCount++;
  for (const w of new Set(words)) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(id);
  for (const p of new Set(prefixes)) {
    if (p.length < 2) shortPrefixes.push([p, id]);
    else {
      const key = pairKey(p);
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
  }
}

/**
 * An Aho-Corasick automaton over every needle (UTF-16 code units): one walk over a text finds all the needles in
 * it, however many there are. Searching the text once per needle cost as much as the rest of the lexicons' work.
 */
class NeedleAutomaton {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Needles ending at each state, its fail states' included. */
  private readonly out: (string[] | null)[] = [null];

  constructor(list: readonly string[]) {
    for (const n of list) {
      let s = 0;
      for (let i = 0; i < n.length; i++) {
        const c = n.charCodeAt(i);
        let t = this.next[s].get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push(null);
          this.next[s].set(c, t);
        }
        s = t;
      }
      (this.out[s] ??= []).push(n);
    }
    // Breadth first: a state's fail link is the longest proper suffix of its path that is a path of the trie.
    const queue: number[] = [...this.next[0].values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const [c, t] of this.next[s]) {
        let f = this.fail[s];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const g = this.next[f].get(c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        const inherited = this.out[this.fail[t]];
        if (inherited) this.out[t] = [...(this.out[t] ?? []), ...inherited];
        queue.push(t);
      }
    }
  }

  /** Adds to `present` every needle that occurs in the text. */
  scan(text: string, present: Set<string>): void {
    const { next, fail, out } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = next[s].get(c);
      while (t === undefined && s !== 0) {
        s = fail[s];
        t = next[s].get(c);
      }
      s = t ?? 0;
      const found = out[s];
      if (found) for (const n of found) present.add(n);
    }
  }
}

let automaton: NeedleAutomaton | undefined;
let automatonSize = 0;
function needleAutomaton(): NeedleAutomaton {
  if (!automaton || automatonSize !== needles.length) {
    automaton = new NeedleAutomaton(needles);
    automatonSize = needles.length;
  }
  return automaton;
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
    return this.needlesPresent().has(needle);
  }

  /** The subscribed needles that occur in the text. */
  needlesPresent(): ReadonlySet<string> {
    if (this.needlesDone < needles.length) this.addNeedles();
    return this.present!;
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
      if (w.length >= 2) for (const [p, id] of prefixesByStart.get(pairKey(w)) ?? NO_PREFIXES) if (id >= from && w.startsWith(p)) this.push(id, i);
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
    needleAutomaton().scan(text, present);
  }
}

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
