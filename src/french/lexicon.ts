// Compiles term lists (data) into matchers, once, and finds them in analysed prose with exact offsets.
//
// Term notation (see docs/terms.md): lowercase French; accents, case, apostrophes and spaces are optional
// in the text (« REVOLUTIONNAIRE », « l’offre »); "(e)(s)" expands inflections; a space matches any run
// of spaces, line breaks, hyphens, slashes or underscores; a hyphen matches a hyphen or slash (spaces around allowed), a space or nothing;
// "*" at the end of a word matches any ending; "{n}" matches a number (30, 4,9, 1.500); a space before
// % € ! ? : ; is optional. Terms also match inside concatenated hashtags (#AvantApres, #BlackFriday).
// Misspellings: a word of 8 letters or more in a plain term (letters, spaces, hyphens, apostrophes only) also
// matches at one edit (« concurence », « exceptionel »), unless its entry says `exact: true` (fuzzy.ts).
import { foldTerm } from './normalize.js';
import { FuzzyIndex, fuzzyMatchingEnabled, MIN_FUZZY_LENGTH } from './fuzzy.js';
import { expandBrackets } from './inflect.js';
import { needlesOf } from './needles.js';
import type { Analysis } from './analysis.js';
import { compilerFingerprint, lexiconKey, patternKey, snapshotIndex, snapshotNeedles, type Snapshot } from './lexicon-snapshot.js';
import { alternationSource, anchorLeadingDigits, anchorsOf, foldedLetters, GAP, PLAIN_TERM, squashedSource, TERM_WORD, WORD } from './term-source.js';
import { termsRegexSources, termsRegexStarts } from './term-regexp.js';
import { subscribe, subscribeNeedles, textIndex } from './text-index.js';

export interface TermEntry {
  /** Stable ASCII kebab-case id (shown in diagnostics' data). */
  id: string;
  terms?: readonly string[];
  /** Escape hatch: patterns run on the folded text (lowercase, no accents, ' and " folded). */
  patterns?: readonly RegExp[];
  /** French reformulations offered as suggestions. */
  suggestions?: readonly string[];
  note?: string;
  /** Match the terms exactly, never at one edit: set it where a one-edit neighbour is another common word. */
  exact?: boolean;
}

export interface Hit<E extends TermEntry = TermEntry> {
  entry: E;
  /** Range in the folded text. */
  fStart: number;
  fEnd: number;
  /** Range in the original segment text. */
  start: number;
  end: number;
  /** The original text matched. */
  text: string;
}

/**
 * A lexicon compiled to plain data: regex sources grouped as find() uses them, entries referred to by their index.
 * Plain data so that a build can store it (lexicon-snapshot.ts) and a run can skip compiling the terms.
 */
export interface LexiconIndex {
  /** Terms that start with a word, grouped by that word: [word, [entry index, alternation source][]]. */
  anchored: [string, [number, string][]][];
  /** Prefix groups (« réserv* »): [prefix, entry index, source]. */
  prefixes: [string, number, string][];
  /** Per entry: the terms that do not start with a word (« #pub », « {n} % », « 🎁 »), one alternation, or null. */
  loose: (string | null)[];
  /** Per entry: its multi-word terms with no separator, as written inside a hashtag, or null. */
  hashtag: (string | null)[];
  /** Plain terms with a long word matched at one edit: [long word, [entry index, the term's words][]]. */
  fuzzy: [string, [number, string[]][]][];
}


/** Compiles term entries to their index: the costly part of a lexicon, done once (or read from the snapshot). */
export function compileIndex(entries: readonly TermEntry[]): LexiconIndex {
  // Each entry's terms, inflections expanded, and each term folded: once, for the fuzzy words and the anchors.
  const expanded = entries.map((entry) => [...new Set((entry.terms ?? []).flatMap(expandBrackets))]);
  const foldedTerms = new Map<string, string>();
  const folded = (term: string) => foldedTerms.get(term) ?? foldedTerms.set(term, foldTerm(term.trim())).get(term)!;
  const fuzzy = new Map<string, [number, string[]][]>();
  entries.forEach((entry, e) => {
    if (entry.exact) return;
    for (const term of expanded[e]) {
      const t = folded(term);
      if (!PLAIN_TERM.test(t)) continue;
      const words = t.match(TERM_WORD) ?? [];
      for (const word of new Set(words)) {
        if (word.length < MIN_FUZZY_LENGTH || /\d/u.test(word)) continue;
        const list = fuzzy.get(word) ?? [];
        if (!list.some(([i, w]) => i === e && w.join(' ') === words.join(' '))) list.push([e, words]);
        fuzzy.set(word, list);
      }
    }
  });
  const anchored = new Map<string, [number, string][]>();
  const prefixes: [string, number, string][] = [];
  const loose: (string | null)[] = [];
  const hashtag: (string | null)[] = [];
  entries.forEach((_, e) => {
    const terms = [...expanded[e]].sort((a, b) => b.length - a.length);
    const unanchored: string[] = [];
    const byAnchor = new Map<string, { prefix: boolean; terms: string[] }>();
    for (const term of terms) {
      const t = folded(term);
      if (!t) continue;
      const anchors = WORD.test(t[0]) ? anchorsOf(t) : undefined;
      if (!anchors) {
        unanchored.push(term);
        continue;
      }
      const keys = [...anchors.words.map((w) => `=${w}`), ...(anchors.prefix ? [`*${anchors.prefix}`] : [])];
      for (const key of keys) {
        const group = byAnchor.get(key) ?? { prefix: key[0] === '*', terms: [] };
        group.terms.push(term);
        byAnchor.set(key, group);
      }
    }
    for (const [key, group] of byAnchor) {
      const source = alternationSource(group.terms);
      const word = key.slice(1);
      if (group.prefix) prefixes.push([word, e, source]);
      else (anchored.get(word) ?? anchored.set(word, []).get(word)!).push([e, source]);
    }
    const squashed = terms.map(squashedSource).filter((s): s is string => !!s);
    loose.push(alternationSource(unanchored) || null);
    hashtag.push(squashed.length ? squashed.join('|') : null);
  });
  return { anchored: [...anchored], prefixes, loose, hashtag, fuzzy: [...fuzzy] };
}

/** A group of anchored terms of one entry; its regex is compiled the first time its word occurs in a text. */
interface Anchored<E> {
  entry: E;
  source: string;
  regex?: RegExp;
  /** The same source, global: scans past the positions where it cannot match (see DENSE_ANCHORS). */
  scan?: RegExp;
}

/**
 * A lexicon's anchor tokens in one text from which its groups are tried group by group. A text of one anchor word
 * repeated (1 MB of « a » lines: 1 500 in each segment, ~30 groups anchored on « a ») tried each group at each
 * token, ~14 million sticky execs. A group with this many positions to try is run global from the first of them:
 * one exec finds the first position where it matches at all, and the positions before it, where the sticky exec
 * would have failed, are skipped. Posts have far fewer anchor tokens and keep the token-by-token loop.
 */
const DENSE_ANCHORS = 256;
/** Per group, the text positions where it is tried, below which the token-by-token loop is kept. */
const DENSE_GROUP = 16;

/** A plain term with at least one long word, matched word by word with one edit allowed in a long word. */
interface FuzzyTerm<E> {
  entry: E;
  words: string[];
}

interface CompiledEntry<E> {
  entry: E;
  /** Its place in the lexicon: hits of one position keep the lexicon's order. */
  rank: number;
  regex?: RegExp;
  hashtag?: RegExp;
  patterns: CompiledPattern[];
}

interface CompiledPattern {
  /** The entry's pattern, as written (over folded text). */
  pattern: RegExp;
  /** Compiled on first run: most patterns never run in a short post (their needles are absent). */
  re?: RegExp;
  /** One of them occurs in every text the pattern matches (none: the pattern runs on every text). */
  needles?: string[];
}

/** The matchers of one lexicon, built from its index; regexes are compiled on first use. */
class Matchers<E extends TermEntry> {
  readonly compiled: CompiledEntry<E>[];
  /** Entries scanned whatever the text's words (a loose alternation or patterns; with hashtags in the text, their
   *  squashed terms too); the others only match through their anchor words, so find() visits them only when an
   *  anchor occurred. */
  readonly scanned: CompiledEntry<E>[];
  readonly scannedWithHashtags: CompiledEntry<E>[];
  readonly scannedSet: ReadonlySet<CompiledEntry<E>>;
  readonly scannedWithHashtagsSet: ReadonlySet<CompiledEntry<E>>;
  readonly byEntry = new Map<E, CompiledEntry<E>>();
  /** Every entry's squashed terms in one alternation: a hashtag none of them occurs in is skipped. */
  readonly hashtagAny?: RegExp;
  readonly fuzzy = new FuzzyIndex();
  readonly fuzzyTerms = new Map<string, FuzzyTerm<E>[]>();
  readonly anchored = new Map<string, Anchored<E>[]>();
  /** Its id in the shared text index (text-index.ts): the tokens of a text that are its anchor words. */
  readonly subscriber: number;
  /** The patterns each needle lets run. */
  readonly patternsByNeedle = new Map<string, CompiledPattern[]>();
  /** Prefix groups (« réserv* »), by their first 3 letters. */
  readonly prefixes = new Map<string, { word: string; anchored: Anchored<E> }[]>();

  constructor(entries: readonly E[], index: LexiconIndex) {
    for (const [word, terms] of index.fuzzy) {
      this.fuzzy.add(word);
      this.fuzzyTerms.set(word, terms.map(([e, words]) => ({ entry: entries[e], words })));
    }
    for (const [word, groups] of index.anchored) this.anchored.set(word, groups.map(([e, source]) => ({ entry: entries[e], source })));
    for (const [word, e, source] of index.prefixes) {
      const key = word.slice(0, 3);
      (this.prefixes.get(key) ?? this.prefixes.set(key, []).get(key)!).push({ word, anchored: { entry: entries[e], source } });
    }
    const squashed = index.hashtag.filter((h): h is string => h !== null);
    if (squashed.length) this.hashtagAny = new RegExp(squashed.join('|'), 'u');
    this.compiled = entries.map((entry, e) => ({
      entry,
      rank: e,
      regex: index.loose[e] ? new RegExp(index.loose[e]!, 'gu') : undefined,
      hashtag: index.hashtag[e] ? new RegExp(index.hashtag[e]!, 'gu') : undefined,
      patterns: (entry.patterns ?? []).map((p) => ({ pattern: p, needles: patternNeedles(p) })),
    }));
    for (const c of this.compiled) this.byEntry.set(c.entry, c);
    for (const c of this.compiled) {
      for (const p of c.patterns) {
        subscribeNeedles(p.needles ?? []);
        for (const n of p.needles ?? []) (this.patternsByNeedle.get(n) ?? this.patternsByNeedle.set(n, []).get(n)!).push(p);
      }
    }
    this.subscriber = subscribe(this.anchored.keys(), index.prefixes.map(([word]) => word));
    this.scanned = this.compiled.filter((c) => c.regex || c.patterns.length);
    this.scannedWithHashtags = this.compiled.filter((c) => c.regex || c.hashtag || c.patterns.length);
    this.scannedSet = new Set(this.scanned);
    this.scannedWithHashtagsSet = new Set(this.scannedWithHashtags);
  }
}

/** Every lexicon made so far (the fuzzy stoplist generator reads their long words). */
const allLexicons: Lexicon<TermEntry>[] = [];
/** Long words of every lexicon made so far (the stoplist generator reads them). */
export function fuzzyTermWords(): ReadonlySet<string> {
  const words = new Set<string>();
  for (const lexicon of allLexicons) for (const [word] of lexicon.index().fuzzy) words.add(word);
  return words;
}

/**
 * Terms compiled once, lazily: nothing is compiled when the lexicon is made (rules make theirs at import), the
 * index on the first find() (read from the build's snapshot when it holds this lexicon), each anchored group's
 * regex the first time its word occurs.
 */
export class Lexicon<E extends TermEntry = TermEntry> {
  readonly entries: readonly E[];
  private compiledIndex?: LexiconIndex;
  private built?: Matchers<E>;

  constructor(entries: readonly E[]) {
    this.entries = entries;
    allLexicons.push(this as unknown as Lexicon<TermEntry>);
  }

  /** The compiled index (plain data), from the snapshot or compiled now. */
  index(): LexiconIndex {
    return (this.compiledIndex ??= snapshotIndex(this.entries) ?? compileIndex(this.entries));
  }

  private matchers(): Matchers<E> {
    return (this.built ??= new Matchers(this.entries, this.index()));
  }

  /** Every occurrence of every entry, sorted by position; one hit per (entry, range). */
  find(a: Analysis): Hit<E>[] {
    const text = a.folded.text;
    const matchers = this.matchers();
    const hits: Hit<E>[] = [];
    const seen = new Set<string>();
    const push = (entry: E, fStart: number, fEnd: number) => {
      const key = `${entry.id}:${fStart}:${fEnd}`;
      if (fEnd <= fStart || seen.has(key)) return;
      seen.add(key);
      const { start, end } = a.toOriginal(fStart, fEnd);
      hits.push({ entry, fStart, fEnd, start, end, text: a.text.slice(start, end) });
    };
    // Only hashtags where some entry's squashed term occurs (one test per hashtag, not one per entry and hashtag).
    // (most texts have no « # »: not scanned for hashtags at all, for each of the ~10 lexicons)
    const hashtags = matchers.hashtagAny && text.includes('#') ? [...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].filter((tag) => matchers.hashtagAny!.test(tag[1])) : [];
    // Terms of an entry match left to right without overlapping, as one alternation scanned over the text would:
    // the anchored matches and the loose alternation's, merged per entry.
    // The text's tokens and needles, found once for every lexicon and term list; a pattern runs only when one of
    // its needles is in the text.
    const index = textIndex(text);
    let live: Set<CompiledPattern> | undefined;
    const runs = (p: CompiledPattern) => {
      if (!p.needles) return true;
      if (!live) {
        live = new Set();
        for (const n of index.needlesPresent()) for (const q of matchers.patternsByNeedle.get(n) ?? []) live.add(q);
      }
      return live.has(p);
    };
    const termMatches = new Map<E, [number, number][]>();
    const add = (entry: E, start: number, end: number) => (termMatches.get(entry) ?? termMatches.set(entry, []).get(entry)!).push([start, end]);
    const at = (g: Anchored<E>, i: number) => {
      g.regex ??= new RegExp(g.source, 'uy');
      g.regex.lastIndex = index.starts[i];
      const m = g.regex.exec(text);
      if (m && m[0].length > 0) add(g.entry, m.index, m.index + m[0].length);
    };
    // Anchored groups whose word is this token, then those whose prefix starts it (a prefix is at least its first 3
    // letters). Plain loops: a generator per token (anchoredAt, before) cost ~100 ms per 500 posts (issue #9).
    const anchorTokens = index.tokens(matchers.subscriber);
    if (anchorTokens.length < DENSE_ANCHORS) {
      for (const i of anchorTokens) {
        const token = index.words[i];
        for (const g of matchers.anchored.get(token) ?? []) at(g, i);
        for (const p of matchers.prefixes.get(token.slice(0, 3)) ?? []) if (token.startsWith(p.word)) at(p.anchored, i);
      }
    } else {
      // Group by group (the matches are gathered per entry and sorted below: the order they come in does not matter),
      // each distinct word of the text looked up once: the groups a token is tried with depend on its word alone,
      // and every token of a word that has groups is one of this lexicon's anchor tokens.
      const tried = new Map<Anchored<E>, number[] | readonly number[]>();
      const merged = new Set<Anchored<E>>();
      const tryAll = (g: Anchored<E>, posting: readonly number[]) => {
        const list = tried.get(g);
        if (!list) tried.set(g, posting);
        else {
          tried.set(g, [...list, ...posting]);
          merged.add(g);
        }
      };
      for (const [token, posting] of index.wordPostings()) {
        for (const g of matchers.anchored.get(token) ?? []) tryAll(g, posting);
        for (const p of matchers.prefixes.get(token.slice(0, 3)) ?? []) if (token.startsWith(p.word)) tryAll(p.anchored, posting);
      }
      for (const g of merged) (tried.get(g) as number[]).sort((a, b) => a - b);
      for (const [g, list] of tried) {
        if (list.length < DENSE_GROUP) {
          for (const i of list) at(g, i);
          continue;
        }
        // The global exec from a position returns the leftmost match at or after it, the one the sticky exec
        // returns at that start; no match starts between. A match where this group is not tried is passed over.
        const scan = (g.scan ??= new RegExp(g.source, 'gu'));
        const { starts } = index;
        let k = 0;
        while (k < list.length) {
          scan.lastIndex = starts[list[k]];
          const m = scan.exec(text);
          if (!m) break;
          while (k < list.length && starts[list[k]] < m.index) k++;
          if (k < list.length && starts[list[k]] === m.index) {
            if (m[0].length > 0) add(g.entry, m.index, m.index + m[0].length);
            k++;
          }
        }
      }
    }
    // Only the entries that can match here, in the lexicon's order (hits at one position keep it after the sort).
    const [scanned, always] = hashtags.length ? [matchers.scannedWithHashtags, matchers.scannedWithHashtagsSet] : [matchers.scanned, matchers.scannedSet];
    const anchoredOnly = [...termMatches.keys()].map((entry) => matchers.byEntry.get(entry)!).filter((c) => !always.has(c));
    const visit = anchoredOnly.length ? [...scanned, ...anchoredOnly].sort((x, y) => x.rank - y.rank) : scanned;
    for (const c of visit) {
      if (c.regex) {
        c.regex.lastIndex = 0;
        for (let m = c.regex.exec(text); m; m = c.regex.exec(text)) {
          if (m[0].length === 0) c.regex.lastIndex++;
          else add(c.entry, m.index, m.index + m[0].length);
        }
      }
      const spans = (termMatches.get(c.entry) ?? []).sort((x, y) => x[0] - y[0] || y[1] - x[1]);
      let end = -1;
      for (const [s, e] of spans) {
        if (s < end) continue;
        push(c.entry, s, e);
        end = e;
      }
      for (const p of c.patterns) {
        if (!runs(p)) continue;
        const re = (p.re ??= new RegExp(anchorLeadingDigits(foldedLetters(p.pattern.source)), p.pattern.flags.includes('g') ? p.pattern.flags : p.pattern.flags + 'g'));
        // exec on the pattern itself: matchAll would clone the regex at every call.
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) re.lastIndex++;
          else push(c.entry, m.index, m.index + m[0].length);
        }
      }
      if (c.hashtag) {
        for (const tag of hashtags) {
          const body = tag[1];
          const offset = tag.index + 1;
          for (const m of body.matchAll(c.hashtag)) push(c.entry, offset + m.index, offset + m.index + m[0].length);
        }
      }
    }
    if (matchers.fuzzy.size && fuzzyMatchingEnabled()) this.findFuzzy(a, matchers, push);
    return hits.sort((x, y) => x.fStart - y.fStart || y.fEnd - x.fEnd);
  }

  /** Plain terms whose one long word is misspelt by one edit in the text, the other words exact. */
  private findFuzzy(a: Analysis, matchers: Matchers<E>, push: (entry: E, fStart: number, fEnd: number) => void): void {
    const text = a.folded.text;
    const { starts, words: tokens } = textIndex(text);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.length < MIN_FUZZY_LENGTH - 1 || matchers.fuzzy.has(token)) continue;
      const before = text[starts[i] - 1];
      if (before === '@' || before === '.' || before === '/') continue; // handles, domains, paths: names, not words
      for (const word of matchers.fuzzy.neighbours(token)) {
        for (const { entry, words } of matchers.fuzzyTerms.get(word) ?? []) {
          for (let k = 0; k < words.length; k++) {
            if (words[k] !== word) continue;
            const first = i - k;
            const last = first + words.length - 1;
            if (first < 0 || last >= tokens.length) continue;
            let ok = true;
            for (let j = 0; ok && j < words.length; j++) {
              const t = first + j;
              if (j !== k && tokens[t] !== words[j]) ok = false;
              else if (j > 0) ok = GAP.test(text.slice(starts[t - 1] + tokens[t - 1].length, starts[t]));
            }
            if (ok) push(entry, starts[first], starts[last] + tokens[last].length);
          }
        }
      }
    }
  }

  /** True when any entry occurs in the folded range [start, end). */
  occursIn(a: Analysis, start: number, end: number): boolean {
    return this.find(a).some((h) => h.fStart >= start && h.fEnd <= end);
  }
}

export { termsRegex, TermScanner, type TermMatch } from './term-regexp.js';

/** A pattern's needles: from the build's snapshot when it holds them, else read from the pattern now. */
function patternNeedles(p: RegExp): string[] | undefined {
  const stored = snapshotNeedles(p);
  return stored === undefined ? needlesOf(p) : (stored ?? undefined);
}

/** What this process compiled, as a snapshot (scripts/snapshot-lexicons.mjs writes it after importing every rule). */
export function compiledSnapshot(): Snapshot {
  const lexicons: Record<string, LexiconIndex> = {};
  const needles: Record<string, string[] | null> = {};
  for (const lexicon of allLexicons) {
    lexicons[lexiconKey(lexicon.entries)] = lexicon.index();
    for (const entry of lexicon.entries) for (const p of entry.patterns ?? []) needles[patternKey(p)] = needlesOf(p) ?? null;
  }
  return { fingerprint: compilerFingerprint() ?? '', lexicons, sources: termsRegexSources(), starts: termsRegexStarts(), needles };
}

/**
 * Tests a regex from the start of the text. termsRegex() and Lexicon build global regexes, whose test() resumes
 * at lastIndex: testing them through this keeps one call from leaking into the next.
 */
export function matches(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

/** End of the last match of a regex in `text`, -1 when none (an exec loop: matchAll would clone the regex per call). */
export function lastMatchEnd(pattern: RegExp, text: string): number {
  const re = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    end = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return end;
}
