// Folds French text for matching (case, accents, apostrophes, spaces, dashes, inclusive writing) while
// keeping, for every character of the folded text, the index of the character it came from.

export interface Folded {
  /** The folded text: lowercase, no accents, ' for every apostrophe, ' ' for every horizontal space. */
  text: string;
  /** map[i] = index in the original string of folded character i; map[text.length] = original length. */
  map: number[];
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
  if (lower.charCodeAt(0) < 0x80) return lower;
  // Decompose, drop the accents: é → e, ç → c. Leaves non-Latin letters as they are.
  return lower.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Inclusive-writing markers inside a word (patient·e·s, patient(e)s, né(e)) are dropped: patientes, nee. */
function inclusiveMarkerLength(text: string, i: number): number {
  const ch = text[i];
  const prev = text[i - 1];
  if (!prev || !/\p{L}/u.test(prev)) return 0;
  if (ch === '·' || ch === '•' || ch === '⋅') return /\p{L}/u.test(text[i + 1] ?? '') ? 1 : 0;
  if (ch === '(') {
    const m = /^\((e|s|es|ne|le|te|ve|se|ice|euse|rice|x)\)/u.exec(text.slice(i, i + 7));
    if (m) return -m[0].length; // negative: drop only the brackets, keep the letters inside
  }
  return 0;
}

export function fold(text: string): Folded {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const marker = inclusiveMarkerLength(text, i);
    if (marker > 0) {
      i += marker;
      continue;
    }
    if (marker < 0) {
      // "(e)" → "e": keep the letters, map them to their own positions.
      const len = -marker;
      for (let k = i + 1; k < i + len - 1; k++) {
        out += text[k].toLowerCase();
        map.push(k);
      }
      i += len;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const width = ch.length;
    if (INVISIBLE.test(ch) || (COMBINING.test(ch) && out.length > 0)) {
      i += width;
      continue;
    }
    const folded = width === 1 ? foldChar(ch) : ch; // astral characters (emoji) are kept as they are
    for (let k = 0; k < folded.length; k++) map.push(i + (k < width ? k : width - 1));
    out += folded;
    i += width;
  }
  map.push(text.length);
  return { text: out, map };
}

/** Folds a term the same way as the text, for building patterns. */
export function foldTerm(term: string): string {
  return fold(term).text;
}
