// Source text → Document: built once per file and shared by every rule. Never throws.
import { boundSegments } from './bounded-segments.js';
import type { Document, Segment } from '../types.js';
import { lazyLanguage, LANGUAGE_SAMPLE_MAX } from './language.js';
import { lineIndex } from './lines.js';
import { markdownSegments, type MarkdownState } from './markdown.js';
import { defuseMarkdown } from './defuse.js';
import { plainTextSegments } from './plain-text.js';
import { blankFrontMatter, parseFrontMatter, textFrontMatter } from './front-matter.js';

export { OBJECT_REPLACEMENT } from './segment-builder.js';
export { lineIndex, type LineIndex, type Position } from './lines.js';
export {
  confidentForeignCode,
  detectLanguage,
  languageSample,
  FRANC_MIN_LENGTH,
  LANGUAGE_CANDIDATES,
  LANGUAGE_MAX_FRENCH_SCORE,
  LANGUAGE_MIN_LETTERS,
} from './language.js';
export { CHUNK_TARGET, CHUNK_THRESHOLD } from './chunks.js';

export type DocumentFormat = Document['format'];

export interface ParseOptions {
  /** Overrides the format guessed from the file extension. */
  format?: DocumentFormat;
}

const MARKDOWN_EXTENSIONS = /\.(?:md|markdown|mdx)$/i;

/** `.md`, `.markdown`, `.mdx` are Markdown; anything else (stdin included) is plain text. */
export function formatFromPath(filePath: string): DocumentFormat {
  return MARKDOWN_EXTENSIONS.test(filePath) ? 'markdown' : 'text';
}

/** A document read as it is linted: see streamDocument. */
export interface DocumentStream {
  /**
   * The document without its segments (`segments` is empty): they come through `segments`. Its front matter
   * and language are known; its directives fill in as the segments are read, complete once the last one is.
   */
  document: Document;
  /** The prose segments in source order, parsed as they are asked for. Can be read once. */
  segments: Iterable<Segment>;
}

/**
 * Parses a source as it is read, one Markdown chunk or one plain-text paragraph at a time, so that linting a
 * 20 MB file keeps one window of segments alive (engine/windows.ts), not the whole file's. Never throws.
 */
export function streamDocument(source: string, filePath: string, options: ParseOptions = {}): DocumentStream {
  const raw = typeof source === 'string' ? source : String(source ?? '');
  const hasBom = raw.charCodeAt(0) === 0xfeff;
  const text = hasBom ? raw.slice(1) : raw;
  const format = options.format === 'markdown' || options.format === 'text' ? options.format : formatFromPath(filePath ?? '');
  const lines = lineIndex(text);

  const state: MarkdownState = { directives: [], frontMatter: {} };
  const defused = format === 'markdown' ? defuseMarkdown(text) : undefined;
  let parts: Iterator<Segment>;
  if (defused) {
    parts = bounded(markdownSegments(defused.text, lines, state));
  } else {
    // Plain text: front matter blanked out of the prose, its offsets kept.
    const block = textFrontMatter(text);
    if (block) Object.assign(state, parseFrontMatter(block.value, block.start, block.end, lines));
    parts = bounded(oneByOne(plainTextSegments(block ? blankFrontMatter(text, block) : text, lines, state.directives)));
  }

  // The language is guessed from the start of the prose (languageSample reads no further): read that much now
  // (`length` counts the line breaks languageSample puts between segments).
  const head: Segment[] = [];
  for (let length = -1; length < LANGUAGE_SAMPLE_MAX; ) {
    const next = parts.next();
    if (next.done) break;
    head.push(next.value);
    length += next.value.text.length + 1;
  }

  const document: Document = {
    filePath,
    source: text,
    hasBom,
    format,
    segments: [],
    frontMatter: state.frontMatter,
    directives: state.directives,
    language: lazyLanguage(head),
    position: lines.position,
  };
  if (state.frontMatterError) document.frontMatterError = state.frontMatterError;
  if (defused?.blocks.length) document.simplified = defused.blocks;
  return { document, segments: replay(head, parts) };
}

/** The whole document at once: every segment parsed (the API, tests). */
export function parseDocument(source: string, filePath: string, options: ParseOptions = {}): Document {
  const { document, segments } = streamDocument(source, filePath, options);
  document.segments = [...segments];
  return document;
}

/** Segments cut to MAX_SEGMENT_LENGTH (bounded-segments.ts), one group at a time. */
function* bounded(groups: Iterable<Segment[]>): Iterator<Segment> {
  for (const group of groups) yield* boundSegments(group);
}

function* oneByOne(segments: Iterable<Segment>): Generator<Segment[]> {
  for (const segment of segments) yield [segment];
}

function* replay(head: readonly Segment[], rest: Iterator<Segment>): Generator<Segment> {
  yield* head;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}
