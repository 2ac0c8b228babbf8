// One pass over a folded text serves every term list and every lexicon. Each of them subscribes its anchor words
// (the words its terms can start with) and prefixes, and its patterns' needles; a text is then tokenised once, each
// token looked up once in one map of all subscribers' words, and each subscriber visits only the tokens that are
// its own anchors. Before this, each of ~100 lists walked every token of every text itself, and each lexicon
// searched the text for its needles: the cost grew with the number of lists, now it grows with the text.
import { TOKEN } from './term-source.js';
import { TextMemo } from './text-memo.js';

let subscriberCount = 0;
/** Every subscriber's anchor words: word → subscriber ids. */
const byWord = new Map<string, number[]>();
/** Prefixes by their first two characters (as one number): [prefix, subscriber id]; shorter ones are tried on every token. */
const prefixesByStart = new Map<number, [string, number][]>();
const pairKey = (w: string) => (w.charCodeAt(0) << 16) | w.charCodeAt(1);
const shortPrefixes: [string, number][] = [];
/** Every needle, in the order subscribed, and the needles by their first two code units (as one number). */
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
    (needlesByPair.get(pairKey(n)) ?? needlesByPair.set(pairKey(n), []).get(pairKey(n))!).push(n);
  }
}

/**
 * An Aho-Corasick automaton over every needle (UTF-16 code units): one walk over a text finds all the needles in
 * it, however many there are. Searching the text once per needle cost as much as the rest of the lexicons' work.
 * Needles come in as lexicons are first used: they are added to the trie, and the links are remade before the next
 * walk (remaking the whole automaton for each lexicon cost ~65 ms of a one-post run).
 */
class NeedleAutomaton {
  /** Each state's transitions: code unit → state. */
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Needles ending at each state itself. */
  private readonly own: (string[] | null)[] = [null];
  /** The nearest state down each state's fail chain where needles end (0: none), so no output list is copied. */
  private readonly dict: number[] = [0];

  add(list: readonly string[]): void {
    for (const n of list) {
      let s = 0;
      for (let i = 0; i < n.length; i++) {
        const c = n.charCodeAt(i);
        let t = this.next[s].get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.dict.push(0);
          this.own.push(null);
          this.next[s].set(c, t);
        }
        s = t;
      }
      (this.own[s] ??= []).push(n);
    }
  }

  /** Breadth first: a state's fail link is the longest proper suffix of its path that is a path of the trie. */
  link(): void {
    const { next, fail, dict, own } = this;
    const queue: number[] = [...next[0].values()];
    for (const t of queue) fail[t] = dict[t] = 0;
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q];
      for (const [c, t] of next[s]) {
        let f = fail[s];
        while (f !== 0 && !next[f].has(c)) f = fail[f];
        const g = next[f].get(c);
        fail[t] = g !== undefined && g !== t ? g : 0;
        dict[t] = own[fail[t]] ? fail[t] : dict[fail[t]];
        queue.push(t);
      }
    }
  }

  /** Adds to `present` every needle that occurs in the text. */
  scan(text: string, present: Set<string>): void {
    const { next, fail, dict, own } = this;
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = next[s].get(c);
      while (t === undefined && s !== 0) {
        s = fail[s];
        t = next[s].get(c);
      }
      s = t ?? 0;
      for (let d = own[s] ? s : dict[s]; d !== 0; d = dict[d]) for (const n of own[d]!) present.add(n);
    }
  }
}

const automaton = new NeedleAutomaton();
let automatonSize = 0;
function needleAutomaton(): NeedleAutomaton {
  if (automatonSize !== needles.length) {
    automaton.add(needles.slice(automatonSize));
    automaton.link();
    automatonSize = needles.length;
  }
  return automaton;
}

/** What one pass over a text found. */
export class TextIndex {
  /** Start offset and folded word of each token. */
  readonly starts: number[] = [];
  readonly words: string[] = [];
  /**
   * Per subscriber id: the postings (see below) of the words of this text that are its anchors, then, once asked,
   * their union (indices of the tokens that are its anchors, ascending). A text of one word repeated (1 MB of
   * one-letter lines) pushed every token to every subscriber of that word: ~0.5 s of a run. Now each distinct word
   * is looked up once and its postings are shared; a subscriber with one anchor word here gets them as they are.
   */
  private readonly hits: (number[][] | readonly number[] | undefined)[] = [];
  private readonly merged: boolean[] = [];
  /** Each distinct word of the text: the indices of its tokens (ascending). */
  private postings?: Map<string, number[]>;
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
    const lists = this.hits[id];
    if (lists === undefined) return NONE;
    if (this.merged[id]) return lists as readonly number[];
    const parts = lists as number[][];
    // Postings of distinct words are disjoint: their union is their concatenation, sorted.
    const union = parts.length === 1 ? parts[0] : parts.flat().sort((a, b) => a - b);
    this.hits[id] = union;
    this.merged[id] = true;
    return union;
  }

  /** The subscribed needles that occur in the text. */
  needlesPresent(): ReadonlySet<string> {
    if (this.needlesDone < needles.length) this.addNeedles();
    return this.present!;
  }

  private push(id: number, posting: number[]): void {
    const lists = (this.hits[id] ??= []) as number[][];
    // (a word can be an anchor of a subscriber twice, as a word and through a prefix: its postings count once)
    if (lists[lists.length - 1] !== posting) lists.push(posting);
  }

  /** Each distinct word of the text and the indices of its tokens (ascending). Shared: not to be changed. */
  wordPostings(): ReadonlyMap<string, readonly number[]> {
    let postings = this.postings;
    if (!postings) {
      postings = this.postings = new Map();
      const { words } = this;
      for (let i = 0; i < words.length; i++) {
        const list = postings.get(words[i]);
        if (list) list.push(i);
        else postings.set(words[i], [i]);
      }
    }
    return postings;
  }

  private addSubscribers(): void {
    // Subscribers made since the last call (at start-up, as rules first run) are added in the same single pass.
    const from = this.subscribersDone;
    this.subscribersDone = subscriberCount;
    this.wordPostings();
    for (const [w, posting] of this.postings!) {
      for (const id of byWord.get(w) ?? NONE) if (id >= from) this.push(id, posting);
      if (w.length >= 2) for (const [p, id] of prefixesByStart.get(pairKey(w)) ?? NO_PREFIXES) if (id >= from && w.startsWith(p)) this.push(id, posting);
      for (const [p, id] of shortPrefixes) if (id >= from && w.startsWith(p)) this.push(id, posting);
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
    // A short text in a short run (a post in a hook) is searched from its own character pairs: building the
    // automaton costs ~40 ms, more than such a run spends on needles. A long text, or a run that has read more
    // than AUTOMATON_AFTER characters, walks the automaton: its cost no longer grows with the number of needles.
    if (text.length < SHORT_TEXT && shortTextChars < AUTOMATON_AFTER) {
      shortTextChars += text.length;
      const serial = ++textSerial;
      for (let i = 0; i + 1 < text.length; i++) {
        const key = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
        const list = needlesByPair.get(key);
        if (!list || pairSeen.get(key) === serial) continue;
        pairSeen.set(key, serial);
        for (const n of list) if (text.includes(n, i)) present.add(n);
      }
      return;
    }
    needleAutomaton().scan(text, present);
  }
}

const SHORT_TEXT = 2_000;
const AUTOMATON_AFTER = 50_000;
let shortTextChars = 0;
/** The text in which each needle-starting pair was last searched (saves a Set per text). */
const pairSeen = new Map<number, number>();
let textSerial = 0;

const NONE: readonly number[] = [];
const NO_PREFIXES: readonly [string, number][] = [];

/** The last few texts' indexes: the lists and lexicons of one segment and its sentences share them. */
const indexes = new TextMemo<TextIndex>(32);
const NO_COMPANIONS: readonly unknown[] = [];
export function textIndex(text: string): TextIndex {
  return indexes.get(text, NO_COMPANIONS, () => new TextIndex(text));
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
