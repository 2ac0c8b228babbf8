// Folds French text for matching (case, accents, apostrophes, spaces, dashes, inclusive writing) while
// keeping, for every character of the folded text, the index of the character it came from.

export interface Folded {
  /** The folded text: lowercase, no accents, ' for every apostrophe, ' ' for every horizontal space. */
  text: string;
  /** map[i] = index in the original string of folded character i; map[text.length] = original length. */
  map: Int32Array;
}

const APOSTROPHES = /['’ʼ‘`´]/u;
const SPACES = /[\u00a0\u202f\u2009\u2007\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000\t\f\v]/u;
const DASHES = /[‐‑‒–—−]/u;
const COMBINING = /\p{M}/u;
// Emoji variation selectors and zero-width joiners carry no meaning for matching (⭐ vs ⭐️).
const INVISIBLE = /[\ufe0e\ufe0f\u200b\u200c\u200d\u2060\u00ad]/u;

// Folding is per character and pure: memoised, since start-up folds every term of every rule.
const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    folded = foldCharUncached(ch);
    foldCache.set(ch, folded);
  }
  return folded;
}

function foldCharUncached(ch: string): string {
  if (APOSTROPHES.test(ch)) return "'";
  if (SPACES.test(ch)) return ' ';
  if (DASHES.test(ch)) return '-';
  if (ch === '\r') return '\n';
  if (ch === '«' || ch === '»' || ch === '“' || ch === '”' || ch === '„') return '"';
  if (ch === '…') return '.';
  if (ch === 'º') return '°';
  const lower = ch.toLowerCase();
  if (lower === 'œ') return 'oe';
  if (lower === 'æ') return 'ae';
  // Typographic ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ) come with text copied from a PDF or a layout tool: « eﬃcace ».
  if (lower >= '\ufb00' && lower <= '\ufb06') return lower.normalize('NFKC');
  if (lower.charCodeAt(0) < 0x80) return lower;
  // Decompose, drop the accents: é → e, ç → c. Leaves non-Latin letters as they are.
  return lower.normalize('NFD').replace(/\p{M}+/gu, '');
}

const LETTER = /\p{L}/u;
/** A letter, tested without a regex for ASCII (fold() asks this around every `·` and `(`). */
function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return LETTER.test(ch);
}

/** Inclusive-writing markers inside a word (patient·e·s, patient(e)s, né(e)) are dropped: patientes, nee. */
function inclusiveMarkerLength(text: string, i: number): number {
  const ch = text[i];
  if (ch !== '·' && ch !== '•' && ch !== '⋅' && ch !== '(') return 0;
  if (!isLetter(text[i - 1])) return 0;
  if (ch !== '(') return isLetter(text[i + 1]) ? 1 : 0;
  const m = /^\((e|s|es|ne|le|te|ve|se|ice|euse|rice|x)\)/u.exec(text.slice(i, i + 7));
  return m ? -m[0].length : 0; // negative: drop only the brackets, keep the letters inside
}

/**
 * Plain ASCII that folds to itself: letters, digits and punctuation, less the few characters folding rewrites
 * (capitals, \r, tab, the backquote) and `(`, which may open an inclusive marker (« né(e) »). Most of a French post
 * is this; it skips the per-character lookups.
 */
function isAsciiCapital(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function foldsToItself(c: number): boolean {
  return c >= 0x20 && c < 0x7f && !(c >= 0x41 && c <= 0x5a) && c !== 0x60 && c !== 0x28;
}

export function fold(text: string): Folded {
  // Output in chunks joined once, offsets in a typed array: a 20 MB file folded character by character into one
  // string and a number[] took gigabytes (chains of concatenated strings, boxed numbers).
  const chunks: string[] = [];
  let chunk = '';
  let map = new Int32Array(text.length + 1);
  let n = 0;
  /** Room for `extra` more offsets and the final one (« œ » folds to two characters: the map may outgrow the text). */
  const reserve = (extra: number) => {
    if (n + extra < map.length) return;
    const grown = new Int32Array(Math.max(map.length * 2, n + extra + 1));
    grown.set(map);
    map = grown;
  };
  const append = (folded: string) => {
    chunk += folded;
    if (chunk.length >= 4096) {
      chunks.push(chunk);
      chunk = '';
    }
  };
  const emit = (folded: string, from: number, width: number) => {
    reserve(folded.length);
    for (let k = 0; k < folded.length; k++) map[n++] = from + (k < width ? k : width - 1);
    append(folded);
  };
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (foldsToItself(c) || isAsciiCapital(c)) {
      // A run of such characters is copied as it is, capitals lowercased (one character each: offsets unchanged).
      let j = i + 1;
      let capitals = isAsciiCapital(c);
      for (let d = text.charCodeAt(j); j < text.length && (foldsToItself(d) || isAsciiCapital(d)); d = text.charCodeAt(++j)) capitals ||= isAsciiCapital(d);
      reserve(j - i);
      for (let k = i; k < j; k++) map[n++] = k;
      append(capitals ? text.slice(i, j).toLowerCase() : text.slice(i, j));
      i = j;
      continue;
    }
    const marker = inclusiveMarkerLength(text, i);
    if (marker > 0) {
      i += marker;
      continue;
    }
    if (marker < 0) {
      // "(e)" → "e": keep the letters, map them to their own positions.
      const len = -marker;
      for (let k = i + 1; k < i + len - 1; k++) emit(text[k].toLowerCase(), k, 1);
      i += len;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    if (INVISIBLE.test(ch) || (cp >= 0x300 && COMBINING.test(ch) && (n > 0))) {
      i += width;
      continue;
    }
    emit(width === 1 ? foldChar(ch) : ch, i, width); // astral characters (emoji) are kept as they are
    i += width;
  }
  chunks.push(chunk);
  reserve(0);
  map[n] = text.length;
  return { text: chunks.join(''), map: map.subarray(0, n + 1) };
}

/** The folded text alone (no offsets): plain ASCII is only lowercased, without fold()'s offset table. */
export function foldText(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!foldsToItself(c) && !isAsciiCapital(c)) return fold(text).text;
  }
  return text.toLowerCase();
}

/**
 * fold(text).text, the last one kept: no-patient-identifier and no-testimonial both fold a window's whole text
 * (its segments joined), ~90 ms each per megabyte of prose; the second finds the first's. Compared by content.
 */
let lastFoldedFrom: string | undefined;
let lastFolded = '';
export function foldKept(text: string): string {
  if (text !== lastFoldedFrom) {
    lastFolded = fold(text).text;
    lastFoldedFrom = text;
  }
  return lastFolded;
}

/** foldTerm's memo: rules fold the same words over and over (a name's tokens, sentence starters), each a fold() call. */
const foldedTerms = new Map<string, string>();

/** Folds a term the same way as the text, for building patterns. */
export function foldTerm(term: string): string {
  let folded = foldedTerms.get(term);
  if (folded === undefined) {
    folded = foldText(term);
    if (term.length <= 64) {
      if (foldedTerms.size >= 50_000) foldedTerms.clear();
      foldedTerms.set(term, folded);
    }
  }
  return folded;
}
