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
