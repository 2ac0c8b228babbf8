// Term notation compiled to regex sources (the notation is described in lexicon.ts): one term's source, one
// alternation of many terms, the words a term can start with. Lexicons (lexicon.ts) and ad-hoc term lists
// (term-regexp.ts) are both built from these.
import { foldTerm } from './normalize.js';

// Word characters of *folded* text (lowercase, accents stripped): ASCII letters and digits plus the letters
// folding keeps (ß, ø, ł, Greek, Cyrillic…). An explicit class, because V8 compiles every \\p{L} anew and
// start-up paid ~0.3 s for them across the rules' lexicons.
export const FOLDED_WORD = 'a-z0-9\\u00b2\\u00b3\\u00b5\\u00b9\\u00df-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u052f';
const BOUNDARY_BEFORE = `(?<![${FOLDED_WORD}])`;
const BOUNDARY_AFTER = `(?![${FOLDED_WORD}])`;
export const WORD = /[\p{L}\p{N}]/u;

function escape(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/u.test(ch) ? '\\' + ch : ch;
}

/** Regex source for one folded term, without its word boundaries. */
function termBody(t: string): string {
  let src = '';
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (t.startsWith('{n}', i)) {
      if (i === 0) src += NUMBER_START;
      // French grouping ("1 500", "1.500,00"), bounded: an open-ended (?:[ .]\d+)* backtracks quadratically on
      // a long run of spaced digits.
      src += '(?:\\d{1,3}(?:[ .]\\d{3}){1,4}(?:,\\d+)?|\\d+(?:[.,]\\d+)?)';
      i += 2;
    } else if (ch === ' ') {
      // Next to a symbol ("n° 1", "100 %", "5 ⭐") the space is optional; between words it is required.
      const around = (t[i - 1] ?? '') + (t[i + 1] ?? '');
      src += /^[\p{L}\p{N}]{2}$/u.test(around) ? '[\\s\\-_/]+' : '\\s*';
    } else if (ch === '-') src += '(?:\\s*[\\-/]\\s*|\\s?)';
    else if (ch === "'") src += "'\\s*";
    else if (ch === '*') src += `[${FOLDED_WORD}]*`;
    else src += escape(ch);
  }
  return src;
}

/**
 * A term that opens with a number starts only where a number starts: tried from every digit of a long run of digits,
 * it rescans the run each time (1 MB of digits: minutes). A match from inside a number is not a number anyway.
 */
const NUMBER_START = '(?<![0-9])';

/** A hand pattern that opens with `\d+` gets the same anchor (it cannot lose a match: `\d+` from the run's start covers it). */
export function anchorLeadingDigits(source: string): string {
  return /^\\d[+*]/u.test(source) ? NUMBER_START + source : source;
}

/**
 * The letters of folded text, as the body of a class: \p{L} exactly up to U+052F (Latin, Greek, Cyrillic), then the
 * letters of Armenian, Hebrew, Arabic, Latin Extended Additional, kana, CJK and Hangul by block. V8 compiles each
 * \p{L} into ~400 ranges plus astral pairs (~0.3 ms a pattern), and a run compiles hundreds of hand patterns; these
 * 33 ranges compile several times faster. Letters of other scripts glued to a French word are not seen as letters.
 */
export const FOLDED_LETTER =
  'a-zA-Z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee\\u0370-\\u0374' +
  '\\u0376-\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5\\u03f7-\\u0481\\u048a-\\u052f' +
  '\\u0531-\\u0556\\u0561-\\u0587\\u05d0-\\u05ea\\u0620-\\u064a\\u1e00-\\u1eff\\u3041-\\u3096\\u30a1-\\u30fa\\u4e00-\\u9fff\\uac00-\\ud7a3';

/** A hand pattern over folded text with each \p{L} spelt as FOLDED_LETTER (in a class or alone). */
export function foldedLetters(source: string): string {
  if (!source.includes('\\p{L}')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      if (source.startsWith('\\p{L}', i)) {
        out += inClass ? FOLDED_LETTER : `[${FOLDED_LETTER}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return out;
}

function boundaries(t: string): { before: boolean; after: boolean } {
  return { before: WORD.test(t[0] ?? ''), after: !t.endsWith('*') && WORD.test(t[t.length - 1] ?? '') };
}

/** Regex source for one term, with Unicode word boundaries where it starts or ends with a letter or digit. */
export function termSource(term: string): string {
  const t = foldTerm(term.trim());
  const b = boundaries(t);
  return (b.before ? BOUNDARY_BEFORE : '') + termBody(t) + (b.after ? BOUNDARY_AFTER : '');
}

/** One term of an alternation: its boundary group ('10': a boundary before only…) and its body. */
export interface AlternationItem {
  group: string;
  body: string;
  /** The folded term. */
  folded: string;
}

/**
 * The terms of one alternation, in the order it tries them: longest first, then grouped by kind of boundary in the
 * order the groups first appear. Boundaries are hoisted out of the alternation, one group per kind of boundary:
 * V8 compiles every \p{L} class anew, so per-term lookarounds cost ~0.5 s per 300 terms at start-up.
 */
export function alternationItems(terms: readonly string[]): AlternationItem[] {
  const groups = new Map<string, AlternationItem[]>();
  for (const term of [...new Set(terms)].sort((a, b) => b.length - a.length)) {
    const t = foldTerm(term.trim());
    if (!t) continue;
    const b = boundaries(t);
    const group = `${b.before ? 1 : 0}${b.after ? 1 : 0}`;
    groups.set(group, [...(groups.get(group) ?? []), { group, body: termBody(t), folded: t }]);
  }
  return [...groups.values()].flat();
}

/** The regex source of alternation items (all of them, or a subset kept in their order). */
export function renderAlternation(items: readonly Pick<AlternationItem, 'group' | 'body'>[]): string {
  const groups = new Map<string, string[]>();
  for (const item of items) (groups.get(item.group) ?? groups.set(item.group, []).get(item.group)!).push(item.body);
  return [...groups]
    .map(([key, bodies]) => (key[0] === '1' ? BOUNDARY_BEFORE : '') + `(?:${bodies.join('|')})` + (key[1] === '1' ? BOUNDARY_AFTER : ''))
    .join('|');
}

/** One alternation for many terms. */
export function alternationSource(terms: readonly string[]): string {
  return renderAlternation(alternationItems(terms));
}

/** A term as it is written inside a hashtag: no separators at all. */
export function squashedSource(term: string): string | undefined {
  const t = foldTerm(term.trim());
  if (!/[\s\-'/]/u.test(t) || t.includes('{n}') || t.includes('*')) return undefined;
  const squashed = t.replace(/[\s\-'/]+/gu, '');
  if (squashed.length < 6) return undefined;
  return [...squashed].map(escape).join('');
}

/**
 * The tokens a term can start with: its first word, and, when a hyphen follows (which may match nothing:
 * « anti-âge » / « antiage »), that word glued to the next ones. A word ending in `*` is a prefix.
 */
const LEADING_WORD = new RegExp(`^[${FOLDED_WORD}]+`, 'u');
const HYPHENATED_WORD = new RegExp(`^-([${FOLDED_WORD}]+)`, 'u');
export function anchorsOf(t: string): { words: string[]; prefix?: string } | undefined {
  const first = LEADING_WORD.exec(t);
  if (!first) return undefined;
  let word = first[0];
  let rest = t.slice(word.length);
  // « top{n} », « top {n} » (a space before a number is optional): a number glued to the word makes another token;
  // such terms are scanned, not anchored.
  if (/^ ?\{/u.test(rest)) return undefined;
  if (rest.startsWith('*')) return { words: [], prefix: word };
  const words = [word];
  while (rest.startsWith('-')) {
    // « st- », « pré-* »: a hyphen that may match nothing, then nothing or any ending: the word is a prefix.
    if (rest === '-' || rest === '-*') return { words, prefix: word };
    const next = HYPHENATED_WORD.exec(rest);
    if (!next) break;
    word += next[1];
    rest = rest.slice(next[0].length);
    if (rest.startsWith('{')) return undefined;
    if (rest.startsWith('*')) return { words, prefix: word };
    words.push(word);
  }
  return { words };
}

export const PLAIN_TERM = new RegExp(`^[${FOLDED_WORD}' \\-]+$`, 'u');
export const TERM_WORD = new RegExp(`[${FOLDED_WORD}]+`, 'gu');
/** A token of folded text: a match starts only where one starts (terms begin with a word and a boundary). */
export const TOKEN = new RegExp(`[${FOLDED_WORD}]+`, 'gu');
/** What may stand between two words of a term in the text. */
export const GAP = /^[\s\-_/']+$/u;
