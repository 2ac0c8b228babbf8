// Maps a decoded string (an mdast text value, an image's alt) back onto the source slice it came from.
// micromark only ever drops source characters (indentation, block-quote markers, trailing spaces, the
// backslash of an escape) or decodes a character reference, so a greedy forward walk is enough.

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
// Named (&amp;), decimal (&#233;) and hexadecimal (&#xE9;) character references.
const CHARACTER_REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}));/y;
/** What micromark drops from a text node: indentation, trailing spaces, block-quote markers. */
const DROPPED = /[ \t>]/;
/** How far to look ahead, in an image label, for a character past skipped markup (nested links, emphasis). */
const SEARCH_WINDOW = 256;

export interface Alignment {
  /** starts[i] = source offset of value[i]. */
  starts: number[];
  /** Source offset just past the last source character used. */
  end: number;
}

/**
 * Aligns `value` on source[from, to). `label` is for an image's alt, whose source also holds markup (emphasis
 * marks, nested link destinations) that the value lost. Never throws; a character it cannot place gets the
 * previous character's offset.
 */
export function align(value: string, source: string, from: number, to: number, label = false): Alignment {
  const starts: number[] = new Array(value.length);
  // Value as written (the usual case): one to one.
  if (to - from === value.length && source.startsWith(value, from)) {
    for (let i = 0; i < value.length; i++) starts[i] = from + i;
    return { starts, end: to };
  }
  let j = from;
  let end = from;
  let i = 0;

  while (i < value.length) {
    const char = value[i];
    if (j < to) {
      const at = source[j];
      // Backslash escape: the character is the escaped one.
      if (at === '\\' && j + 1 < to && source[j + 1] === char && ASCII_PUNCTUATION.test(char)) {
        starts[i++] = j + 1;
        j += 2;
        end = j;
        continue;
      }
      // Character reference: every decoded code unit maps to the "&".
      if (at === '&') {
        const decoded = referenceAt(source, j, value, i);
        if (decoded) {
          for (let k = 0; k < decoded.units && i < value.length; k++) starts[i++] = j;
          j += decoded.length;
          end = j;
          continue;
        }
      }
      if (at === char || (at === '\0' && char === '\uFFFD')) {
        starts[i++] = j++;
        end = j;
        continue;
      }
      // The source character was dropped: find the value's character ahead.
      const k = label ? searchLabel(source, j + 1, Math.min(to, j + SEARCH_WINDOW), char) : skipDropped(source, j, to, char);
      if (k >= 0) {
        j = k;
        continue;
      }
    }
    // Unplaceable (should not happen): keep offsets monotonic by reusing the previous one.
    starts[i] = i > 0 ? starts[i - 1] : Math.min(j, Math.max(to - 1, from));
    i++;
  }
  return { starts, end };
}

/** Past dropped characters, the offset where `char` (or a character reference) is; -1 if something else is. */
function skipDropped(source: string, j: number, to: number, char: string): number {
  let k = j;
  while (k < to && DROPPED.test(source[k]) && source[k] !== char) k++;
  return k < to && (source[k] === char || source[k] === '&' || source[k] === '\\') && k > j ? k : -1;
}

function searchLabel(source: string, from: number, to: number, char: string): number {
  for (let k = from; k < to; k++) if (source[k] === char || source[k] === '&') return k;
  return -1;
}

/** A character reference at source[at] that the value decoded at value[i]: its source length and decoded units. */
function referenceAt(
  source: string,
  at: number,
  value: string,
  i: number,
): { length: number; units: number } | undefined {
  CHARACTER_REFERENCE.lastIndex = at;
  const match = CHARACTER_REFERENCE.exec(source);
  if (!match) return undefined;
  // Left as is in the value (unknown name): not a reference.
  if (value.startsWith(match[0], i)) return undefined;
  let units: number;
  if (match[3] === undefined) {
    const code = Number.parseInt(match[1] ?? match[2], match[1] === undefined ? 10 : 16);
    units = code > 0xffff && code <= 0x10ffff ? 2 : 1;
  } else {
    // Named references decode to one code point (a handful decode to two; the next step absorbs them).
    units = (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  return { length: match[0].length, units };
}
