// Ad-hoc term lists (cue lists of the rules) as regexes that match exactly as their one alternation would, but are
// tried only where a term can start: at the folded tokens that are some term's first word (or start with a
// term's prefix), each with a small sticky alternation of just the terms that can start there. One alternation of
// hundreds of terms, compiled by V8 on first use and tried at every position of every sentence, cost more at
// start-up (a one-post run compiles ~90 of them) than linting the post.
import { expandBrackets } from './inflect.js';
import { snapshotSource, sourceKey } from './lexicon-snapshot.js';
import { alternationItems, anchorsOf, renderAlternation, type AlternationItem } from './term-source.js';
import { firstTokenFrom, subscribe, textIndex } from './text-index.js';

/** termsRegex sources compiled in this process (the snapshot generator stores them). */
const compiledSources = new Map<string, string>();
export function termsRegexSources(): Record<string, string> {
  return Object.fromEntries(compiledSources);
}

/**
 * Where the terms of a list can start, and the sticky alternation to try there. A match of the whole alternation
 * starts at a token (every term opens with a word and a boundary before it), and only the terms whose first word is
 * that token (or a prefix of it) can match there; tried in the whole alternation's order, the first of them that
 * matches is the one the whole alternation would have returned.
 */
class TermStarts {
  private readonly items: AlternationItem[];
  private readonly exact = new Map<string, number[]>();
  /** Prefix terms (« recommand* »), by their first letter: [prefix, item indices]. */
  private readonly prefixes = new Map<string, [string, number[]][]>();
  private readonly byWord = new Map<string, RegExp | null>();
  private readonly bySet = new Map<string, RegExp>();
  /** Its id in the shared text index: the tokens of a text that may start one of its terms. */
  private subscriber = -1;

  private constructor(items: AlternationItem[]) {
    this.items = items;
  }

  /** The starts of a term list, or undefined when some term does not open with a word (the list is scanned whole). */
  static of(terms: readonly string[]): TermStarts | undefined {
    const starts = new TermStarts(alternationItems(terms.flatMap(expandBrackets)));
    const prefixes = new Map<string, number[]>();
    for (const [i, item] of starts.items.entries()) {
      const anchors = anchorsOf(item.folded);
      if (!anchors) return undefined;
      for (const w of anchors.words) (starts.exact.get(w) ?? starts.exact.set(w, []).get(w)!).push(i);
      if (anchors.prefix) (prefixes.get(anchors.prefix) ?? prefixes.set(anchors.prefix, []).get(anchors.prefix)!).push(i);
    }
    for (const [prefix, indices] of prefixes) {
      const bucket = starts.prefixes.get(prefix[0]) ?? starts.prefixes.set(prefix[0], []).get(prefix[0])!;
      bucket.push([prefix, indices]);
    }
    starts.subscriber = subscribe(starts.exact.keys(), prefixes.keys());
    return starts;
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
  #starts?: TermStarts | null;

  constructor(source: string, terms: readonly string[]) {
    super(source, 'gu');
    this.#terms = terms;
  }

  override exec(text: string): RegExpExecArray | null {
    if (this.#starts === undefined) this.#starts = TermStarts.of(this.#terms) ?? null;
    if (!this.#starts) return super.exec(text);
    const m = this.lastIndex > text.length ? null : this.#starts.next(text, this.lastIndex);
    this.lastIndex = m ? m.index + m[0].length : 0;
    return m;
  }
}

/** Compiles a single ad-hoc term list into a global regex over folded text (for cue lists). */
export function termsRegex(terms: readonly string[]): RegExp {
  let source = snapshotSource(terms);
  if (source === undefined) {
    source = renderAlternation(alternationItems(terms.flatMap(expandBrackets)));
    if (compiledSources.size < 10_000) compiledSources.set(sourceKey(terms), source);
  }
  return new TermRegExp(source, terms);
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
