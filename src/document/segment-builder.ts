// Accumulates one segment's text with its source-offset map, then takes bare URLs out of the prose.
import type { Link, Segment, SegmentKind } from '../types.js';
import { align } from './align.js';
import { findBareUrls } from './urls.js';

/** Stands for anything that is not prose but sits between words: code spans, images, URLs. */
export const OBJECT_REPLACEMENT = '\uFFFC';

export class SegmentBuilder {
  private text = '';
  private starts: number[] = [];
  private end = -1;
  private readonly links: Link[] = [];
  /** Link nodes as [start, end, url]: a URL written as its own link text is not recorded twice. */
  private readonly linkNodes: Array<[number, number, string]> = [];

  constructor(private readonly source: string) {}

  /**
   * A decoded value whose characters come from source[from, to) (`label`: an image label, see align). A line
   * ending inside the value is a soft break (a wrap, not a boundary): it reads as one space, which stands for
   * the line ending ("\r\n" included), so that a match may run across it with exact offsets.
   */
  appendValue(value: string, from: number, to: number, label = false): void {
    if (value.length === 0) return;
    const { starts, end } = align(value, this.source, from, to, label);
    if (!LINE_ENDING.test(value) && !HAS_LONG_BLANK_RUN.test(value)) {
      this.text += value;
      // The first value's offsets are taken as they are (align made them for us): a paragraph of a megabyte in one
      // value (a defused block, one line of 1 MB) was copied one push at a time, growing the array ~40 times.
      if (this.starts.length === 0) this.starts = starts;
      else for (const start of starts) this.starts.push(start);
    } else {
      // Line endings read as spaces; a long run of blanks is kept as its first character (collapseBlankRuns),
      // skipped here in one step so that megabytes of indentation cost nothing per character.
      const skips = [...value.matchAll(LONG_BLANK_RUN)].map((m) => [m.index + 1, m.index + m[0].length] as const);
      const pieces: string[] = [];
      let k = 0;
      for (let i = 0; i < value.length; i++) {
        if (k < skips.length && i === skips[k][0]) {
          i = skips[k++][1] - 1;
          continue;
        }
        const ch = value[i];
        if (ch === '\n' && value[i - 1] === '\r') continue;
        pieces.push(ch === '\r' || ch === '\n' ? ' ' : ch);
        this.starts.push(starts[i]);
      }
      this.text += pieces.join('');
    }
    this.end = Math.max(this.end, end);
  }

  /** A character that stands for source[start, end) (a hard break, a soft one in plain text, a code span, an image). */
  appendChar(char: string, start: number, end: number): void {
    this.text += char;
    this.starts.push(start);
    this.end = Math.max(this.end, end);
  }

  addLink(link: Link, nodeStart = link.start, nodeEnd = link.end): void {
    this.links.push(link);
    this.linkNodes.push([nodeStart, nodeEnd, link.url]);
  }

  get isEmpty(): boolean {
    return this.text.length === 0;
  }

  finish(kind: SegmentKind, block: number, depth?: number): Segment | undefined {
    if (this.text.length === 0) return undefined;
    const { text, starts } = collapseBlankRuns(this.replaceBareUrls());
    const segment: Segment = {
      kind,
      text,
      starts,
      end: this.end,
      links: this.links.sort((a, b) => a.start - b.start),
      block,
    };
    if (depth !== undefined) segment.depth = depth;
    return segment;
  }

  private replaceBareUrls(): { text: string; starts: number[] } {
    const urls = findBareUrls(this.text);
    if (urls.length === 0) return { text: this.text, starts: this.starts };
    let text = '';
    // Made at its final size (each URL becomes one character): pushed one offset at a time, a paragraph of a
    // megabyte with thousands of URLs (a defused line of links) regrew its array ~40 times.
    let length = this.text.length;
    for (const { url } of urls) length -= url.length - 1;
    const starts: number[] = new Array(length);
    let k = 0;
    let from = 0;
    for (const { index, url } of urls) {
      const start = this.starts[index];
      const last = this.starts[index + url.length - 1];
      text += this.text.slice(from, index) + OBJECT_REPLACEMENT;
      for (let i = from; i < index; i++) starts[k++] = this.starts[i];
      starts[k++] = start;
      from = index + url.length;
      const inOwnLink = this.linkNodes.some(([s, e, href]) => start >= s && start < e && sameUrl(href, url));
      if (!inOwnLink) this.links.push({ kind: 'link', url, start, end: last + 1 });
    }
    text += this.text.slice(from);
    for (let i = from; i < this.text.length; i++) starts[k++] = this.starts[i];
    return { text, starts };
  }
}

/** (a module constant: appendValue runs for every line of a plain-text paragraph) */
const LINE_ENDING = /[\r\n]/u;

/** Longer runs of blanks than this are kept as their first character (see collapseBlankRuns). */
export const MAX_BLANK_RUN = 64;
const LONG_BLANK_RUN = new RegExp(`[ \\t\\u00a0\\r\\n]{${MAX_BLANK_RUN + 1},}`, 'gu');
/** The same, to test (a global regex's test moves its lastIndex, which matchAll and exec would start from). */
const HAS_LONG_BLANK_RUN = new RegExp(LONG_BLANK_RUN.source, 'u');

/**
 * Thousands of blanks in a row hold no words, but every rule would read them (a list indented 2 000 levels deep
 * is 4 MB of them): such a run is kept as its first character, at its own offset.
 */
function collapseBlankRuns(part: { text: string; starts: number[] }): { text: string; starts: number[] } {
  if (!HAS_LONG_BLANK_RUN.test(part.text)) return part;
  let text = '';
  const starts: number[] = [];
  let from = 0;
  LONG_BLANK_RUN.lastIndex = 0;
  for (let m = LONG_BLANK_RUN.exec(part.text); m; m = LONG_BLANK_RUN.exec(part.text)) {
    text += part.text.slice(from, m.index + 1);
    for (let i = from; i <= m.index; i++) starts.push(part.starts[i]);
    from = m.index + m[0].length;
  }
  text += part.text.slice(from);
  for (let i = from; i < part.text.length; i++) starts.push(part.starts[i]);
  return { text, starts };
}

function sameUrl(a: string, b: string): boolean {
  const strip = (url: string) => url.replace(/^(?:https?:\/\/)?(?:www\.)?/i, '').replace(/\/$/, '');
  return strip(a) === strip(b);
}
