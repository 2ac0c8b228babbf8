// Ad-hoc term lists (cue lists of the rules) as regexes that match exactly as their one alternation would, but are
// tried only where a term can start: at the folded tokens that are some term's first word (or start with a
// term's prefix), each with a small sticky alternation of just the terms that can start there. One alternation of
// hundreds of terms, compiled by V8 on first use and tried at every position of every sentence, cost more at
// start-up (a one-post run compiles ~90 of them) than linting the post.
import { expandBrackets } from './inflect.js';
import { snapshotSource, snapshotStarts, sourceKey } from './lexicon-snapshot.js';
import { alternationItems, anchorsOf, renderAlternation, type AlternationItem } from './term-source.js';
import { firstTokenFrom, subscribe, textIndex } from './text-index.js';

/** termsRegex sources compiled in this process, and their items (the snapshot generator stores both). */
const compiledSources = new Map<string, string>();
const compiledItems = new Map<string, readonly AlternationItem[]>();
export function termsRegexSources(): Record<string, string> {
  return Object.fromEntries(compiledSources);
}

/**
 * Where the terms of a list can start, as plain data (the build's snapshot stores it: folding and anchoring
 * hundreds of terms was a tenth of a one-post run): the items of the whole alternation in its order ([boundary
 * group, body]), the items each first word can start ([word, item indices]) and the prefix terms ([prefix,
 * item indices]). Null when some term does not open with a word: that list is scanned whole.
 */
export interface TermStartsData {
  items: [string, string][];
  exact: [string, number[]][];
  prefixes: [string, number[]][];
}

export function compileTermStarts(items: readonly AlternationItem[]): TermStartsData | null {
  const exact = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  for (const [i, item] of items.entries()) {
    const anchors = anchorsOf(item.folded);
    if (!anchors) return null;
    for (const w of anchors.words) (exact.get(w) ?? exact.set(w, []).get(w)!).push(i);
    if (anchors.prefix) (prefixes.get(anchors.prefix) ?? prefixes.set(anchors.prefix, []).get(anchors.prefix)!).push(i);
  }
  return { items: items.map((item) => [item.group, item.body]), exact: [...exact], prefixes: [...prefixes] };
}

/** The start data of every termsRegex list compiled in this process (for the snapshot). */
export function termsRegexStarts(): Record<string, TermStartsData | null> {
  return Object.fromEntries([...compiledItems].map(([key, items]) => [key, compileTermStarts(items)]));
}

/**
 * Where the terms of a list can start, and the sticky alternation to try there. A match of the whole alternation
 * starts at a token (every term opens with a word and a boundary before it), and only the terms whose first word is
 * that token (or a prefix of it) can match there; tried in the whole alternation's order, the first of them that
 * matches is the one the whole alternation would have returned.
 */
class TermStarts {
  private readonly items: { group: string; body: string }[];
  private readonly exact: Map<string, number[]>;
  /** Prefix terms (« recommand* »), by their first letter: [prefix, item indices]. */
  private readonly prefixes = new Map<string, [string, number[]][]>();
  private readonly byWord = new Map<string, RegExp | null>();
  private readonly bySet = new Map<string, RegExp>();
  /** Its id in the shared text index: the tokens of a text that may start one of its terms. */
  private readonly subscriber: number;

  private constructor(data: TermStartsData) {
    this.items = data.items.map(([group, body]) => ({ group, body }));
    this.exact = new Map(data.exact);
    for (const [prefix, indices] of data.prefixes) {
      const bucket = this.prefixes.get(prefix[0]) ?? this.prefixes.set(prefix[0], []).get(prefix[0])!;
      bucket.push([prefix, indices]);
    }
    this.subscriber = subscribe(this.exact.keys(), data.prefixes.map(([prefix]) => prefix));
  }

  /**
   * The starts of a term list, or undefined when some term does not open with a word (the list is scanned whole):
   * from the snapshot, else from the items termsRegex made (or makes now) for the list's source.
   */
  static of(terms: readonly string[], key: string, items?: readonly AlternationItem[]): TermStarts | undefined {
    const stored = snapshotStarts(key);
    const data = stored === undefined ? compileTermStarts(items ?? alternationItems(terms.flatMap(expandBrackets))) : stored;
    return data ? new TermStarts(data) : undefined;
  }

  /** The sticky alternation of the terms that can start with this token, or null. */
  private at(word: string): RegExp | null {
    let re = this.byWord.get(word);
    if (re !== undefined) return re;
    let indices = this.exact.get(word) ?? [];
    for (const [prefix, more] of this.prefixes.get(word[0]) ?? []) if (word.startsWith(prefix)) indices = [...indices, ...more];
    if (indices.length) {
      const set = [...new Set(indices)].sort((a, b) => a - b);
      const key = set.join(',');
      re = this.bySet.get(key) ?? this.bySet.set(key, new RegExp(renderAlternation(set.map((i) => this.items[i])), 'uy')).get(key)!;
    } else re = null;
    // Words that start no term are remembered too (most words of a text); bounded, so a huge text cannot grow it.
    if (this.byWord.size >= 2_000) this.byWord.clear();
    this.byWord.set(word, re);
    return re;
  }

  /** The first match at or after `from`, as the whole alternation's exec from lastIndex `from` returns it. */
  next(text: string, from: number): RegExpExecArray | null {
    const index = textIndex(text);
    const { starts, words } = index;
    const tokens = index.tokens(this.subscriber);
    for (let k = from === 0 ? 0 : firstTokenFrom(index, tokens, from); k < tokens.length; k++) {
      const i = tokens[k];
      const re = this.at(words[i]);
      if (!re) continue;
      re.lastIndex = starts[i];
      const m = re.exec(text);
      if (m) return m;
    }
    return null;
  }
}

/**
 * A term list's regex (global, over folded text). Its source is the whole alternation, for the rules that build
 * bigger patterns from it; exec, test, search and match go through the list's starts instead. Derived regexes
 * (matchAll's copy, split) are plain RegExps of the whole alternation.
 */
export class TermRegExp extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  readonly #terms: readonly string[];
  /** The list's sourceKey, hashed once by termsRegex. */
  readonly #key: string;
  /** The alternation's items when termsRegex has just made them (no snapshot), so that they are not made twice. */
  #items?: readonly AlternationItem[];
  #starts?: TermStarts | null;

  constructor(source: string, terms: readonly string[], key: string, items?: readonly AlternationItem[]) {
    super(source, 'gu');
    this.#terms = terms;
    this.#key = key;
    this.#items = items;
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.#starts === undefined) {
      this.#starts = TermStarts.of(this.#terms, this.#key, this.#items) ?? null;
      this.#items = undefined;
    }
    if (!this.#starts) return super.exec(text);
    const m = this.lastIndex > text.length ? null : this.#starts.next(text, this.lastIndex);
    this.lastIndex = m ? m.index + m[0].length : 0;
    return m;
  }
}

/** Compiles a single ad-hoc term list into a global regex over folded text (for cue lists). */
export function termsRegex(terms: readonly string[]): RegExp {
  // One hash of the list serves the snapshot's source, its starts (on first exec) and the generator's record.
  const key = sourceKey(terms);
  const stored = snapshotSource(key);
  if (stored !== undefined) return new TermRegExp(stored, terms, key);
  const items = alternationItems(terms.flatMap(expandBrackets));
  const source = renderAlternation(items);
  if (compiledSources.size < 10_000) {
    compiledSources.set(key, source);
    compiledItems.set(key, items);
  }
  return new TermRegExp(source, terms, key, items);
}

/** A match of a TermScanner: its range in the folded text, and what it matched. */
export interface TermMatch {
  start: number;
  end: number;
  text: string;
}

/** Every match of a term list over folded text, left to right without overlaps, as its alternation's matchAll gives them. */
export class TermScanner {
  private readonly terms: readonly string[];
  private re?: RegExp;

  constructor(terms: readonly string[]) {
    this.terms = terms;
  }

  matchAll(text: string): TermMatch[] {
    const re = (this.re ??= termsRegex(this.terms));
    const out: TermMatch[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) re.lastIndex++;
      else out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    }
    return out;
  }
}
