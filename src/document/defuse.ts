// remark (micromark) is superlinear on a few Markdown shapes no post has: thousands of emphasis delimiters in one
// block (each closer looks back at every opener), thousands of brackets, containers nested hundreds deep
// (« > > > … », « - - - … »): 200 KB of them took minutes. Such a block's markup is not read: its delimiters,
// brackets or container markers become no-break spaces, one for one, so offsets do not move and its words are
// still linted as prose; the document says which blocks (a warning, see engine/lint.ts).

/** Per block: more than this many `*` and `_` (a long post with much bold has a few hundred). */
export const MAX_DELIMITERS = 2000;
/** Per block: more than this many `[` and `]`. */
export const MAX_BRACKETS = 2000;
/** Per line: more than this many nested block quotes and list items (markers, or indentation past 2 columns each). */
export const MAX_DEPTH = 32;
/** Per block: more than this many setext underlines (« === », « --- » under a line): micromark re-reads the block for each. */
export const MAX_UNDERLINES = 200;
/**
 * Per block: more than this many lines. micromark spends about 25 µs on each line of a block (100 000 one-letter
 * lines: 2.5 s), and each line of headings is a segment of its own for every rule: such a block's lines are read
 * KEPT_LINE_EVERY at a time, the line endings between them becoming spaces.
 */
export const MAX_LINES = 1000;
const KEPT_LINE_EVERY = 100;

export interface DefusedBlock {
  start: number;
  end: number;
  reason: 'delimiters' | 'brackets' | 'depth' | 'underlines' | 'lines';
}

const NBSP = '\u00a0';
const BLANK_LINE = /\n[ \t]*(?:\r?\n|$)|\r[ \t]*(?:\r|$)/gu;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/u;
/**
 * A line's container markers: « - », « * », « + », « 1. », « 1) », each followed by a space, and « > », with or
 * without one (« >>> » is three quotes deep: a stair of them was quadratic in micromark).
 */
const CONTAINER = /(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))/uy;
/** A line with more than MAX_DEPTH container markers (bounded repetition: linear). */
// (« > » takes no space of its own: the next marker's leading blanks do, so that no blank can go two ways, which
// made the repetition exponential on a line that falls short.)
const DEEP_LINE = new RegExp(`(?:^|[\\n\\r])(?:[ \\t]*(?:>|(?:[-+*]|\\d{1,9}[.)])[ \\t])){${MAX_DEPTH + 1}}`, 'u');
const NEWLINE = /\r\n|\n|\r/gu;
/** A list item or quote indented past MAX_DEPTH levels of two columns. */
const DEEP_INDENT = new RegExp(`(?:^|[\\n\\r])[ \\t]{${2 * MAX_DEPTH + 1},}(?:>|[-+*]|\\d{1,9}[.)])(?=[ \\t]|$)`, 'u');
const MARKER = /^(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]|$)/u;
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/u;
const UNDERLINES = /(?:^|\n|\r) {0,3}(?:=+|-+)[ \t]*(?=\r|\n|$)/gu;

function count(text: string, start: number, end: number, chars: string): number {
  const a = chars.charCodeAt(0);
  const b = chars.charCodeAt(1);
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === a || c === b) n++;
  }
  return n;
}

/** The source with the markup of hostile blocks neutralised (same length), and those blocks. */
export function defuseMarkdown(source: string): { text: string; blocks: DefusedBlock[] } {
  // Fast exit, the case of every real post: too few delimiters and brackets in the whole text, no deep line.
  if (count(source, 0, source.length, '\n\r') <= MAX_LINES && count(source, 0, source.length, '*_') <= MAX_DELIMITERS && count(source, 0, source.length, '[]') <= MAX_BRACKETS && !DEEP_LINE.test(source) && !DEEP_INDENT.test(source) && (source.match(UNDERLINES)?.length ?? 0) <= MAX_UNDERLINES) {
    return { text: source, blocks: [] };
  }
  const blocks: DefusedBlock[] = [];
  // Offsets (UTF-16 units) that become a no-break space (1) or a space (2), one for one: offsets do not move.
  let blanked: Uint8Array | undefined;
  const blank = (i: number, as: 1 | 2 = 1) => {
    (blanked ??= new Uint8Array(source.length))[i] = as;
  };
  let inFence = false;
  let blockStart = 0;
  const ends = [...source.matchAll(BLANK_LINE)].map((m) => [m.index, m.index + m[0].length] as const);
  ends.push([source.length, source.length]);
  for (const [end, next] of ends) {
    const start = blockStart;
    blockStart = next;
    if (end <= start) continue;
    // Fenced code is not parsed inline, and may hold anything: a block that opens or closes a fence is left alone.
    const fences = source.slice(start, end).split(/\r\n|\n|\r/u).filter((l) => FENCE.test(l)).length;
    const wasInFence = inFence;
    if (fences % 2 === 1) inFence = !inFence;
    if (wasInFence || fences > 0) continue;
    if (count(source, start, end, '*_') > MAX_DELIMITERS) {
      for (let i = start; i < end; i++) if (source[i] === '*' || source[i] === '_') blank(i);
      blocks.push({ start, end, reason: 'delimiters' });
    }
    if (count(source, start, end, '[]') > MAX_BRACKETS) {
      for (let i = start; i < end; i++) if (source[i] === '[' || source[i] === ']') blank(i);
      blocks.push({ start, end, reason: 'brackets' });
    }
    let deep = false;
    let underlines: number[] = [];
    const endings: number[] = [];
    for (let lineStart = start; lineStart < end; ) {
      let depth = 0;
      let at = lineStart;
      // Indentation deeper than MAX_DEPTH levels: the line's first blank and its marker become no-break spaces, so
      // the line reads as prose (even where a chunk starts: chunks.ts), not as a list item or indented code.
      let indent = lineStart;
      while (indent < end && (source[indent] === ' ' || source[indent] === '\t')) indent++;
      const marker = indent - lineStart > 2 * MAX_DEPTH ? MARKER.exec(source.slice(indent, indent + 12)) : null;
      if (marker) {
        deep = true;
        blank(lineStart);
        for (let i = indent; i < indent + marker[0].length; i++) blank(i);
      }
      CONTAINER.lastIndex = at;
      for (let m = CONTAINER.exec(source); m && at < end; m = CONTAINER.exec(source)) {
        depth++;
        at = CONTAINER.lastIndex;
      }
      if (depth > MAX_DEPTH) {
        deep = true;
        for (let i = lineStart; i < at; i++) if (source[i] !== ' ' && source[i] !== '\t') blank(i);
      }
      NEWLINE.lastIndex = lineStart;
      const nl = NEWLINE.exec(source);
      const lineEnd = !nl || nl.index >= end ? end : nl.index;
      if (UNDERLINE.test(source.slice(lineStart, lineEnd))) underlines.push(lineStart, lineEnd);
      if (nl && nl.index < end) endings.push(nl.index, nl.index + nl[0].length);
      lineStart = !nl || nl.index >= end ? end : nl.index + nl[0].length;
    }
    if (deep) blocks.push({ start, end, reason: 'depth' });
    if (underlines.length / 2 > MAX_UNDERLINES) {
      for (let k = 0; k < underlines.length; k += 2) for (let i = underlines[k]; i < underlines[k + 1]; i++) if (source[i] === '=' || source[i] === '-') blank(i);
      blocks.push({ start, end, reason: 'underlines' });
    }
    underlines = [];
    if (endings.length / 2 > MAX_LINES) {
      for (let k = 0; k < endings.length; k += 2) if ((k / 2) % KEPT_LINE_EVERY !== KEPT_LINE_EVERY - 1) for (let i = endings[k]; i < endings[k + 1]; i++) blank(i, 2);
      blocks.push({ start, end, reason: 'lines' });
    }
  }
  return { text: blanked ? withBlanks(source, blanked) : source, blocks };
}

/** The source with a no-break space (1) or a space (2) at each marked offset, built from runs (a stair of quotes marks millions). */
function withBlanks(source: string, marked: Uint8Array): string {
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < marked.length; i++) {
    const as = marked[i];
    if (!as) continue;
    let j = i;
    while (j < marked.length && marked[j] === as) j++;
    pieces.push(source.slice(from, i), (as === 1 ? NBSP : ' ').repeat(j - i));
    from = j;
    i = j - 1;
  }
  pieces.push(source.slice(from));
  return pieces.join('');
}
