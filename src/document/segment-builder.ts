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
    if (!/[\r\n]/u.test(value)) {
      this.text += value;
      for (const start of starts) this.starts.push(start);
    } else {
      let text = '';
      for (let i = 0; i < value.length; i++) {
        const ch = value[i];
        if (ch === '\n' && value[i - 1] === '\r') continue;
        text += ch === '\r' || ch === '\n' ? ' ' : ch;
        this.starts.push(starts[i]);
      }
      this.text += text;
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
    const { text, starts } = this.replaceBareUrls();
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
    const starts: number[] = [];
    let from = 0;
    for (const { index, url } of urls) {
      const start = this.starts[index];
      const last = this.starts[index + url.length - 1];
      text += this.text.slice(from, index) + OBJECT_REPLACEMENT;
      for (let i = from; i < index; i++) starts.push(this.starts[i]);
      starts.push(start);
      from = index + url.length;
      const inOwnLink = this.linkNodes.some(([s, e, href]) => start >= s && start < e && sameUrl(href, url));
      if (!inOwnLink) this.links.push({ kind: 'link', url, start, end: last + 1 });
    }
    text += this.text.slice(from);
    for (let i = from; i < this.text.length; i++) starts.push(this.starts[i]);
    return { text, starts };
  }
}

function sameUrl(a: string, b: string): boolean {
  const strip = (url: string) => url.replace(/^(?:https?:\/\/)?(?:www\.)?/i, '').replace(/\/$/, '');
  return strip(a) === strip(b);
}
