// Source text → Document: built once per file and shared by every rule. Never throws.
import { boundSegments } from './bounded-segments.js';
import type { Document } from '../types.js';
import { detectLanguage } from './language.js';
import { lineIndex, type LineIndex } from './lines.js';
import { parseMarkdown } from './markdown.js';
import { defuseMarkdown } from './defuse.js';
import { parsePlainText } from './plain-text.js';
import { blankFrontMatter, parseFrontMatter, textFrontMatter } from './front-matter.js';

export { OBJECT_REPLACEMENT } from './segment-builder.js';
export { lineIndex, type LineIndex, type Position } from './lines.js';
export {
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

/** Plain text, front matter included (blanked out of the prose, its offsets kept). */
function parseText(text: string, lines: LineIndex): Pick<Document, 'segments' | 'directives' | 'frontMatter' | 'frontMatterError'> {
  const block = textFrontMatter(text);
  if (!block) return { ...parsePlainText(text, lines), frontMatter: {} };
  return { ...parsePlainText(blankFrontMatter(text, block), lines), ...parseFrontMatter(block.value, block.start, block.end, lines) };
}

export function parseDocument(source: string, filePath: string, options: ParseOptions = {}): Document {
  const raw = typeof source === 'string' ? source : String(source ?? '');
  const hasBom = raw.charCodeAt(0) === 0xfeff;
  const text = hasBom ? raw.slice(1) : raw;
  const format = options.format === 'markdown' || options.format === 'text' ? options.format : formatFromPath(filePath ?? '');
  const lines = lineIndex(text);

  let parsed: Pick<Document, 'segments' | 'directives' | 'frontMatter' | 'frontMatterError'>;
  const defused = format === 'markdown' ? defuseMarkdown(text) : undefined;
  try {
    parsed = defused ? parseMarkdown(defused.text, lines) : parseText(text, lines);
  } catch {
    // remark has never been seen to throw; if it ever does, the words are still read as plain text.
    parsed = parseText(text, lines);
  }

  const document: Document = {
    filePath,
    source: text,
    hasBom,
    format,
    segments: boundSegments(parsed.segments),
    frontMatter: parsed.frontMatter,
    directives: parsed.directives,
    language: detectLanguage(parsed.segments),
    position: lines.position,
  };
  if (parsed.frontMatterError) document.frontMatterError = parsed.frontMatterError;
  if (defused?.blocks.length) document.simplified = defused.blocks;
  return document;
}
