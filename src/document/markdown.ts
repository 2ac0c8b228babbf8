// Markdown → prose segments, through unified + remark-parse (+ front matter). Prose is the inline text of
// paragraphs and headings, link text and image alt text; code, HTML, definitions and URLs are not.
import type { Nodes, Parents, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Directive, Link, Segment } from '../types.js';
import { CHUNK_THRESHOLD, splitMarkdown } from './chunks.js';
import { findDirectives } from './directives.js';
import { parseFrontMatter, type FrontMatter } from './front-matter.js';
import type { LineIndex } from './lines.js';
import { plainTextSegments } from './plain-text.js';
import { OBJECT_REPLACEMENT, SegmentBuilder } from './segment-builder.js';

export interface ParsedMarkdown extends FrontMatter {
  segments: Segment[];
  directives: Directive[];
}

/** What a Markdown source gives besides its segments, gathered as its chunks are read. */
export type MarkdownState = Omit<ParsedMarkdown, 'segments'>;

// Two processors: only the first chunk of a big file may hold front matter; a later chunk that opens with a
// thematic break "---" must not be read as one.
const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const withoutFrontMatter = unified().use(remarkParse);

interface Definition {
  url: string;
  start: number;
  end: number;
}

/** A link or image written by reference: resolved at the end of its chunk, once the definitions it uses are read. */
interface PendingReference {
  identifier: string;
  kind: Link['kind'];
  segments: Segment[];
}

/** Walks one chunk's tree; `shift` turns the chunk's offsets into offsets of the whole source. */
class Walker {
  private block = 0;

  constructor(
    private readonly source: string,
    private readonly lines: LineIndex,
    private readonly shift: number,
    private readonly segments: Segment[],
    private readonly result: MarkdownState,
    private readonly definitions: Map<string, Definition>,
    private readonly pending: PendingReference[],
  ) {}

  /** Walks the blocks that start before `length` (the chunk's own text); returns how many there were. */
  walkRoot(root: Root, firstBlock: number, length: number): number {
    let count = 0;
    for (const child of root.children) {
      if ((child.position?.start.offset ?? 0) >= length) break; // definitions borrowed from other chunks
      this.block = firstBlock + count++;
      this.walkBlock(child);
    }
    return count;
  }

  private walkBlock(node: RootContent): void {
    switch (node.type) {
      case 'paragraph':
        this.prose(node, 'paragraph');
        return;
      case 'heading':
        this.prose(node, 'heading', node.depth);
        return;
      case 'html':
        this.html(node);
        return;
      case 'definition':
        this.define(node);
        return;
      case 'code':
      case 'yaml':
      case 'thematicBreak':
        return;
      default:
        // Block quotes, lists, list items (and anything a future extension adds): their blocks are prose.
        if ('children' in node) for (const child of node.children as RootContent[]) this.walkBlock(child);
    }
  }

  private prose(node: Parents, kind: 'paragraph' | 'heading', depth?: number): void {
    const builder = new SegmentBuilder(this.source);
    const inline: Inline = { images: [], references: [] };
    this.phrasing(node.children as PhrasingContent[], builder, inline);
    const segment = builder.finish(kind, this.block, depth);
    if (segment) this.segments.push(segment);
    for (const identifier of inline.references) {
      this.pending.push({ identifier, kind: 'link', segments: segment ? [segment] : [] });
    }
    // Alt text is prose of its own (one segment per image), after the paragraph that holds the image.
    for (const image of inline.images) {
      const alt = new SegmentBuilder(this.source);
      alt.appendValue(image.alt, image.from, image.to, true);
      if (image.link) alt.addLink(image.link);
      const altSegment = alt.finish('imageAlt', this.block);
      if (altSegment) this.segments.push(altSegment);
      if (image.identifier !== undefined) {
        const segments = [segment, altSegment].filter((s): s is Segment => s !== undefined);
        this.pending.push({ identifier: image.identifier, kind: 'image', segments });
      }
    }
  }

  private phrasing(nodes: PhrasingContent[], builder: SegmentBuilder, inline: Inline): void {
    for (const node of nodes) {
      const [start, end] = this.range(node);
      switch (node.type) {
        case 'text':
          builder.appendValue(node.value, start, end);
          break;
        case 'break': {
          // A hard break reads as a line break; map it to the line ending it stands on.
          const lineEnding = this.source.slice(start, end).search(/[\r\n]/);
          builder.appendChar('\n', lineEnding < 0 ? start : start + lineEnding, end);
          break;
        }
        case 'inlineCode':
          builder.appendChar(OBJECT_REPLACEMENT, start, end);
          break;
        case 'html':
          this.html(node);
          if (/^<br\s*\/?>$/i.test(node.value)) builder.appendChar('\n', start, end);
          break;
        case 'link':
          if (this.source[start] === '<') {
            // Autolink <https://…>: a URL, not prose.
            builder.appendChar(OBJECT_REPLACEMENT, start, end);
            const url = { start: start + 1, end: Math.max(start + 1, end - 1) };
            builder.addLink({ kind: 'link', url: node.url, ...url }, start, end);
          } else {
            this.phrasing(node.children, builder, inline);
            const last = node.children[node.children.length - 1];
            const labelEnd = last ? this.range(last)[1] : start + 1;
            builder.addLink({ kind: 'link', url: node.url, ...this.locateUrl(node.url, labelEnd, start, end) }, start, end);
          }
          break;
        case 'linkReference':
          this.phrasing(node.children, builder, inline);
          inline.references.push(node.identifier);
          break;
        case 'image': {
          builder.appendChar(OBJECT_REPLACEMENT, start, end);
          const link: Link = { kind: 'image', url: node.url, ...this.locateUrl(node.url, start + 2, start, end) };
          builder.addLink(link, start, end);
          inline.images.push({ alt: node.alt ?? '', from: Math.min(start + 2, end), to: end, link });
          break;
        }
        case 'imageReference':
          builder.appendChar(OBJECT_REPLACEMENT, start, end);
          inline.images.push({ alt: node.alt ?? '', from: Math.min(start + 2, end), to: end, identifier: node.identifier });
          break;
        default:
          // Emphasis, strong, delete and future inline containers: their text is prose.
          if ('children' in node) this.phrasing(node.children as PhrasingContent[], builder, inline);
      }
    }
  }

  private html(node: Nodes): void {
    const [start, end] = this.range(node);
    for (const directive of findDirectives(this.source, start, end, this.lines)) this.result.directives.push(directive);
  }

  /** Reads the definition of a tree parsed from one line of the source that starts at `lineStart`. */
  defineFrom(root: Root, lineStart: number): void {
    const node = root.children[0];
    if (node?.type !== 'definition') return;
    new Walker(this.source, this.lines, lineStart, this.segments, this.result, this.definitions, this.pending).define(node);
  }

  private define(node: Extract<Nodes, { type: 'definition' }>): void {
    if (this.definitions.has(node.identifier)) return; // CommonMark: the first definition wins.
    const [start, end] = this.range(node);
    const labelEnd = this.source.slice(start, end).indexOf(']:');
    const located = this.locateUrl(node.url, labelEnd < 0 ? start : start + labelEnd, start, end);
    this.definitions.set(node.identifier, { url: node.url, ...located });
  }

  /**
   * Source offsets of a link's URL, searched after the label (and within the node: never a scan of the
   * file). The URL is decoded, so one written with escapes or entities is not found: the node stands for it.
   */
  private locateUrl(url: string, labelEnd: number, start: number, end: number): { start: number; end: number } {
    const at = url === '' ? -1 : this.source.slice(labelEnd, end).indexOf(url);
    return at < 0 ? { start, end } : { start: labelEnd + at, end: labelEnd + at + url.length };
  }

  range(node: Nodes): [number, number] {
    const start = (node.position?.start.offset ?? 0) + this.shift;
    const end = (node.position?.end.offset ?? 0) + this.shift;
    return [start, Math.max(start, end)];
  }
}

interface Inline {
  images: Array<{ alt: string; from: number; to: number; link?: Link; identifier?: string }>;
  references: string[];
}

/**
 * The segments of a Markdown source, one chunk (chunks.ts) at a time: a caller that lints each chunk's segments
 * before asking for the next keeps one chunk's tree and segments alive, whatever the file's size. `state`
 * gathers the directives and the front matter as the chunks are read (complete once the last one is).
 * `chunkThreshold`: sources longer than this are parsed in chunks (tests set it to compare both ways).
 */
export function* markdownSegments(source: string, lines: LineIndex, state: MarkdownState, chunkThreshold = CHUNK_THRESHOLD): Generator<Segment[]> {
  const definitions = new Map<string, Definition>();
  let firstBlock = 0;

  for (const [index, chunk] of splitMarkdown(source, chunkThreshold).entries()) {
    const text = source.slice(chunk.start, chunk.end);
    const borrowed = chunk.borrowed?.length ? `\n\n${chunk.borrowed.map((b) => b.line).join('\n')}\n` : '';
    const segments: Segment[] = [];
    const pending: PendingReference[] = [];
    const walker = new Walker(source, lines, chunk.start, segments, state, definitions, pending);
    let tree: Root;
    try {
      tree = (index === 0 ? withFrontMatter : withoutFrontMatter).parse(text + borrowed);
    } catch {
      // remark has never been seen to throw; if it ever does, the chunk's words are still read as plain text.
      const plain = [...plainTextSegments(source, lines, state.directives, chunk.start, chunk.end, firstBlock)];
      firstBlock += plain.length;
      yield plain;
      continue;
    }
    const yaml = index === 0 ? tree.children.find((child) => child.type === 'yaml') : undefined;
    if (yaml?.type === 'yaml') {
      const [start, end] = walker.range(yaml);
      Object.assign(state, parseFrontMatter(yaml.value, start, end, lines));
    }
    firstBlock += walker.walkRoot(tree, firstBlock, text.length);

    // A reference may come before its definition, in a chunk not read yet: that definition is read now, from
    // its own line (the first definition of a label wins, so only after this chunk's own have been read).
    for (const { line, start, chunk: other } of chunk.borrowed ?? []) {
      if (other > index) walker.defineFrom(withoutFrontMatter.parse(line), start);
    }
    for (const { identifier, kind, segments: referring } of pending) {
      const definition = definitions.get(identifier);
      if (!definition) continue;
      for (const segment of referring) {
        segment.links.push({ kind, ...definition });
        segment.links.sort((a, b) => a.start - b.start);
      }
    }
    yield segments;
  }
}

/** The whole of a Markdown source at once (tests, the API's parseDocument). */
export function parseMarkdown(source: string, lines: LineIndex, chunkThreshold = CHUNK_THRESHOLD): ParsedMarkdown {
  const result: ParsedMarkdown = { segments: [], directives: [], frontMatter: {} };
  for (const segments of markdownSegments(source, lines, result, chunkThreshold)) for (const s of segments) result.segments.push(s);
  return result;
}
