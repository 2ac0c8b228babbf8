// YAML front matter → plain object. Bad YAML is a finding for the engine to report, never an exception.
import { JSON_SCHEMA, load } from 'js-yaml';
import type { Document } from '../types.js';
import type { LineIndex } from './lines.js';

export interface FrontMatter {
  frontMatter: Record<string, unknown>;
  frontMatterError?: Document['frontMatterError'];
}

/** `value` is the YAML between the fences; [start, end) are the front-matter node's source offsets. */
export function parseFrontMatter(value: string, start: number, end: number, lines: LineIndex): FrontMatter {
  try {
    // JSON schema: no dates or other implicit types a post's metadata does not need.
    const data = load(value, { schema: JSON_SCHEMA });
    const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
    return { frontMatter: isObject ? (data as Record<string, unknown>) : {} };
  } catch (error) {
    return { frontMatter: {}, frontMatterError: { message: describe(error, start, lines), start, end } };
  }
}

export interface FrontMatterBlock {
  /** The YAML between the fences. */
  value: string;
  /** [start, end): from the opening `---` to the end of the closing `---` (its line break excluded). */
  start: number;
  end: number;
}

const FENCE = /^---[ \t]*$/;
/** A YAML mapping's first line (`profession: …`, `langue:`); comments and blank lines before it are skipped. */
const KEY_LINE = /^[\p{L}_][\p{L}\p{N}_-]*[ \t]*:(?:[ \t]|$)/u;

/**
 * The front matter of a plain-text post (a `.txt` file, stdin): as in Markdown, a `---` first line and a
 * `---` line closing it. A text may use `---` as a plain separator, so the block counts only when its first
 * meaningful line is a `key:`; then bad YAML below it is reported rather than read as prose.
 */
export function textFrontMatter(text: string): FrontMatterBlock | null {
  // Most texts do not open with a fence: their first line says so without splitting the whole text into lines
  // (500 000 of them in 1 MB of one-letter lines). That line is the split's first piece.
  const firstBreak = text.indexOf('\n');
  if (!FENCE.test(stripBreak(firstBreak < 0 ? text : text.slice(0, firstBreak + 1)))) return null;
  const lines = text.split(/(?<=\n)/);
  if (lines.length < 2 || !FENCE.test(stripBreak(lines[0]))) return null;
  let offset = lines[0].length;
  let sawKey = false;
  for (let i = 1; i < lines.length; i++) {
    const line = stripBreak(lines[i]);
    if (FENCE.test(line)) {
      if (!sawKey) return null;
      return { value: text.slice(lines[0].length, offset), start: 0, end: offset + line.length };
    }
    if (!sawKey && line.trim() !== '' && !line.trimStart().startsWith('#')) {
      if (!KEY_LINE.test(line)) return null;
      sawKey = true;
    }
    offset += lines[i].length;
  }
  return null;
}

/** The front matter blanked out (spaces; line breaks kept), so that it is not prose and offsets do not move. */
export function blankFrontMatter(text: string, block: FrontMatterBlock): string {
  return text.slice(0, block.start) + text.slice(block.start, block.end).replace(/[^\r\n]/g, ' ') + text.slice(block.end);
}

function stripBreak(line: string): string {
  return line.replace(/\r?\n$|\r$/, '');
}

function describe(error: unknown, start: number, lines: LineIndex): string {
  if (!(error instanceof Error)) return String(error);
  const yamlError = error as Error & { reason?: string; mark?: { line?: number; column?: number } };
  const reason = yamlError.reason ?? error.message.split('\n')[0];
  const mark = yamlError.mark;
  if (!mark || typeof mark.line !== 'number') return reason;
  // The YAML starts on the line after the opening "---".
  const line = lines.position(start).line + 1 + mark.line;
  return `${reason} (line ${line}, column ${(mark.column ?? 0) + 1})`;
}
