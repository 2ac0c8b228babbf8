// remark is superlinear on one large file (ARCHITECTURE.md: 1 MB 7 s, 5 MB 100 s), so a big Markdown source
// is cut into pieces of about CHUNK_TARGET characters, each parsed alone. Cuts fall only before a line that
// starts a new top-level block after a blank line, never inside front matter, fenced code or an HTML block
// that may hold blank lines (comments, <pre>, <script>…), so each piece parses as it would in the whole.

/** Sources up to this many characters are parsed in one piece. */
export const CHUNK_THRESHOLD = 100_000;
/** Aim for pieces of about this many characters. */
export const CHUNK_TARGET = 50_000;
/** Past this, any blank line will do (even before an indented line). */
const SOFT_LIMIT = 4 * CHUNK_TARGET;
/** Past this, any line outside code and HTML blocks will do (a paragraph this long is not a post). */
const HARD_LIMIT = 8 * CHUNK_TARGET;
/**
 * A run of blank lines this long (outside code and HTML blocks) is left out of the pieces: it holds nothing,
 * and remark's cost per line would make millions of them run out of memory (10 MB of line breaks: 4 GB).
 */
const BLANK_RUN_LIMIT = CHUNK_TARGET;

export interface Chunk {
  start: number;
  end: number;
  /**
   * Reference definitions written in other chunks whose label this chunk uses, in source order, to parse
   * after the chunk's own text: a reference only becomes a link when its definition is in the same parse.
   */
  borrowed?: BorrowedDefinition[];
}

export interface BorrowedDefinition {
  /** The definition's line, as written. */
  line: string;
  /** Its offset in the source. */
  start: number;
  /** The index of the chunk that holds it. */
  chunk: number;
}

const LINE_ENDING = /\r\n|\n|\r/g;
/** A line that opens a link reference definition: `[label]: destination`. */
const DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*\S/;
/** Anything a reference could use a label with: `[label]`, `[text][label]`, `[label][]`. */
const BRACKETED = /\[((?:[^\]\\\r\n]|\\.){1,999})\]/g;
const FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^[ \t]*(`{3,}|~{3,})[ \t]*$/;
/** HTML blocks that CommonMark lets run over blank lines, with what ends them. */
const HTML_BLOCKS: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, (m) => `</${m[1].toLowerCase()}>`],
  [/^ {0,3}<!--/, () => '-->'],
  [/^ {0,3}<\?/, () => '?>'],
  [/^ {0,3}<!\[CDATA\[/, () => ']]>'],
  [/^ {0,3}<![A-Za-z]/, () => '>'],
];

export function splitMarkdown(source: string, threshold = CHUNK_THRESHOLD): Chunk[] {
  if (source.length <= threshold) return [{ start: 0, end: source.length }];

  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: string | undefined;
  let inFrontMatter = /^---[ \t]*(?:\r\n|\n|\r)/.test(source) && /(?:\r\n|\n|\r)---[ \t]*(?:\r\n|\n|\r|$)/.test(source);
  let afterBlank = false;
  /** Start of the current run of blank lines outside code and HTML blocks, or -1. */
  let blankRunStart = -1;
  let lineStart = 0;
  const definitions: Array<BorrowedDefinition & { label: string }> = [];

  while (lineStart < source.length) {
    LINE_ENDING.lastIndex = lineStart;
    const ending = LINE_ENDING.exec(source);
    const lineEnd = ending ? ending.index : source.length;
    const next = ending ? lineEnd + ending[0].length : source.length;
    const line = source.slice(lineStart, lineEnd);
    const free = !fence && htmlEnd === undefined && !inFrontMatter;
    const blank = /^\s*$/.test(line);

    if (free && blank && blankRunStart < 0) blankRunStart = lineStart;
    if (free && !blank && blankRunStart >= 0) {
      if (lineStart - blankRunStart >= BLANK_RUN_LIMIT) {
        skipBlankRun(chunks, chunkStart, blankRunStart);
        chunkStart = lineStart;
      }
      blankRunStart = -1;
    }
    if (!free) blankRunStart = -1;

    if (free && !blank && lineStart > chunkStart) {
      const size = lineStart - chunkStart;
      const startsBlock = afterBlank && (/^\S/.test(line) || size >= SOFT_LIMIT);
      if ((startsBlock && size >= CHUNK_TARGET) || size >= HARD_LIMIT) {
        chunks.push({ start: chunkStart, end: lineStart });
        chunkStart = lineStart;
      }
    }
    if (free) afterBlank = blank;

    if (inFrontMatter) {
      if (lineStart > 0 && /^---[ \t]*$/.test(line)) inFrontMatter = false;
    } else if (fence) {
      const close = FENCE_CLOSE.exec(line);
      if (close && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
    } else if (htmlEnd !== undefined) {
      if (line.toLowerCase().includes(htmlEnd)) htmlEnd = undefined;
    } else {
      const definition = DEFINITION.exec(line);
      if (definition) definitions.push({ label: normalizeLabel(definition[1]), line, start: lineStart, chunk: chunks.length });
      const open = FENCE_OPEN.exec(line);
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
        fence = { char: open[1][0], length: open[1].length };
      } else {
        for (const [pattern, closer] of HTML_BLOCKS) {
          const match = pattern.exec(line);
          if (!match) continue;
          const end = closer(match);
          if (!line.slice(match[0].length).toLowerCase().includes(end)) htmlEnd = end;
          break;
        }
      }
    }
    lineStart = next;
  }
  if (blankRunStart >= 0 && source.length - blankRunStart >= BLANK_RUN_LIMIT) skipBlankRun(chunks, chunkStart, blankRunStart);
  else chunks.push({ start: chunkStart, end: source.length });
  if (definitions.length > 0) shareDefinitions(source, chunks, definitions);
  return chunks;
}

/** Ends the current piece where a long blank run starts; the first piece is kept even if empty (front matter). */
function skipBlankRun(chunks: Chunk[], chunkStart: number, runStart: number): void {
  if (runStart > chunkStart || chunks.length === 0) chunks.push({ start: chunkStart, end: runStart });
}

function shareDefinitions(source: string, chunks: Chunk[], definitions: Array<BorrowedDefinition & { label: string }>) {
  chunks.forEach((chunk, index) => {
    const labels = new Set<string>();
    for (const match of source.slice(chunk.start, chunk.end).matchAll(BRACKETED)) labels.add(normalizeLabel(match[1]));
    const borrowed = definitions.filter((definition) => definition.chunk !== index && labels.has(definition.label));
    if (borrowed.length > 0) chunk.borrowed = borrowed.map(({ line, start, chunk }) => ({ line, start, chunk }));
  });
}

/** CommonMark matches labels case-insensitively with whitespace collapsed. */
function normalizeLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}
