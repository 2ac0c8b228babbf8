// Plain text: every line is prose, paragraphs are separated by blank lines. A segment's text is the exact
// source slice (line breaks as written), except bare URLs, which become U+FFFC. A line that is exactly a
// postlint directive comment is a directive, not prose, and separates paragraphs like a blank line.
import type { Directive, Segment } from '../types.js';
import { directiveLine } from './directives.js';
import type { LineIndex } from './lines.js';
import { SegmentBuilder } from './segment-builder.js';

export interface ParsedText {
  segments: Segment[];
  directives: Directive[];
}

export function parsePlainText(source: string, lines: LineIndex): ParsedText {
  const segments: Segment[] = [];
  const directives: Directive[] = [];
  let paragraphStart = -1;
  let paragraphEnd = -1;

  const closeParagraph = () => {
    if (paragraphStart < 0) return;
    const builder = new SegmentBuilder(source);
    builder.appendValue(source.slice(paragraphStart, paragraphEnd), paragraphStart, paragraphEnd);
    const segment = builder.finish('text', segments.length);
    if (segment) segments.push(segment);
    paragraphStart = -1;
  };

  const { lineStarts } = lines;
  for (let index = 0; index < lineStarts.length; index++) {
    const start = lineStarts[index];
    const end = lineEnd(source, index + 1 < lineStarts.length ? lineStarts[index + 1] : source.length);
    const line = source.slice(start, end);
    if (/^\s*$/.test(line)) {
      closeParagraph();
      continue;
    }
    const directive = line.includes('<!--') ? directiveLine(source, start, end, lines) : undefined;
    if (directive) {
      directives.push(directive);
      closeParagraph();
      continue;
    }
    if (paragraphStart < 0) paragraphStart = start;
    paragraphEnd = end;
  }
  closeParagraph();
  return { segments, directives };
}

/** The end of a line's content, before its "\r\n", "\n" or "\r" (`next` = start of the following line). */
function lineEnd(source: string, next: number): number {
  let end = next;
  if (end > 0 && source[end - 1] === '\n') end--;
  if (end > 0 && source[end - 1] === '\r') end--;
  return end;
}
