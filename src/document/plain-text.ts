// Plain text: every line is prose, paragraphs are separated by blank lines. Inside a paragraph a line break is
// a wrap, read as one space (the spaces around it dropped), as in a Markdown paragraph: the answer must not
// depend on where the author's editor wrapped. A line that opens an item (« - », « • », « 1. ») keeps its line
// break, as a Markdown list item would be a block of its own. Otherwise a segment's text is the source as
// written, except bare URLs, which become U+FFFC. A line that is exactly a postlint directive comment is a
// directive, not prose, and separates paragraphs like a blank line.
import type { Directive, Segment } from '../types.js';
import { directiveLine } from './directives.js';
import type { LineIndex } from './lines.js';
import { SegmentBuilder } from './segment-builder.js';

export interface ParsedText {
  segments: Segment[];
  directives: Directive[];
}

export function parsePlainText(source: string, lines: LineIndex): ParsedText {
  const directives: Directive[] = [];
  return { segments: [...plainTextSegments(source, lines, directives)], directives };
}

/**
 * The paragraphs of [from, to) (whole lines) one at a time, so that a caller linting them as they come keeps
 * few alive; the directives found go to `directives`. `firstBlock`: the block index of the first paragraph.
 */
export function* plainTextSegments(source: string, lines: LineIndex, directives: Directive[], from = 0, to = source.length, firstBlock = 0): Generator<Segment> {
  let block = firstBlock;
  /** The current paragraph's lines, as [start, end) of their content. */
  let paragraph: Array<[number, number]> = [];

  const closeParagraph = (): Segment | undefined => {
    if (paragraph.length === 0) return undefined;
    const builder = new SegmentBuilder(source);
    paragraph.forEach(([start, end], k) => {
      let from = start;
      let to = end;
      if (k > 0) {
        while (from < to && (source[from] === ' ' || source[from] === '\t')) from++;
        // The break stands for the previous line's ending; the spaces around it are dropped.
        builder.appendChar(ITEM_START.test(source.slice(from, to)) ? '\n' : ' ', paragraph[k - 1][1], from);
      }
      if (k < paragraph.length - 1) while (to > from && (source[to - 1] === ' ' || source[to - 1] === '\t')) to--;
      builder.appendValue(source.slice(from, to), from, to);
    });
    paragraph = [];
    const segment = builder.finish('text', block);
    if (segment) block++;
    return segment;
  };

  const { lineStarts } = lines;
  for (let index = lines.position(from).line - 1; index < lineStarts.length && lineStarts[index] < to; index++) {
    const start = lineStarts[index];
    const end = Math.min(to, lineEnd(source, index + 1 < lineStarts.length ? lineStarts[index + 1] : source.length));
    const line = source.slice(start, end);
    if (BLANK.test(line)) {
      const segment = closeParagraph();
      if (segment) yield segment;
      continue;
    }
    const directive = line.includes('<!--') ? directiveLine(source, start, end, lines) : undefined;
    if (directive) {
      directives.push(directive);
      const segment = closeParagraph();
      if (segment) yield segment;
      continue;
    }
    paragraph.push([start, end]);
  }
  const segment = closeParagraph();
  if (segment) yield segment;
}

/** A blank line (a module constant: a literal in the loop was a new RegExp for each of 500 000 lines). */
const BLANK = /^\s*$/;

/** A line that opens an item of a list typed by hand: a dash, a bullet or a number, then a space. */
export const ITEM_START = /^(?:[-+*•▪◦‣⁃–—]|\d{1,3}[.)])[ \t]+\S/u;

/** The end of a line's content, before its "\r\n", "\n" or "\r" (`next` = start of the following line). */
function lineEnd(source: string, next: number): number {
  let end = next;
  if (end > 0 && source[end - 1] === '\n') end--;
  if (end > 0 && source[end - 1] === '\r') end--;
  return end;
}
