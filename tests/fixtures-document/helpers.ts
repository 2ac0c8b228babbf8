// Shared helpers for the document tests.
import { expect } from 'vitest';
import { OBJECT_REPLACEMENT } from '../../src/document/index.js';
import type { Document, Segment } from '../../src/types.js';

/** Line/column of the first occurrence of `word` in the prose, read through segment.starts. */
export function wordPosition(document: Document, word: string, occurrence = 0): { line: number; column: number } {
  let seen = 0;
  for (const segment of document.segments) {
    let index = segment.text.indexOf(word);
    while (index >= 0) {
      if (seen++ === occurrence) return document.position(segment.starts[index]);
      index = segment.text.indexOf(word, index + 1);
    }
  }
  throw new Error(`"${word}" is not in the prose: ${JSON.stringify(document.segments.map((s) => s.text))}`);
}

export function texts(document: Document): string[] {
  return document.segments.map((segment) => segment.text);
}

const REFERENCE = /^&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/;

/**
 * The offset-map contract: starts.length === text.length, offsets non-decreasing and inside the source,
 * and every ordinary character sits at its own offset. Not ordinary: U+FFFC (stands for code, an image,
 * a URL), a decoded character reference (maps to its "&"), a line break from a hard break or <br>, the
 * space that stands for a soft line break (maps to the line ending), the U+FFFD that replaces a NUL.
 */
export function expectFaithfulOffsets(document: Document): void {
  const { source } = document;
  for (const segment of document.segments) expectFaithfulSegment(source, segment);
}

export function expectFaithfulSegment(source: string, segment: Segment): void {
  // Plain checks, one expect at the end: vitest's expect is too slow to call per character.
  const problems: string[] = [];
  const context = `${segment.kind} ${JSON.stringify(segment.text.slice(0, 80))}`;
  if (segment.starts.length !== segment.text.length) problems.push(`starts.length ${segment.starts.length}`);
  let previous = -1;
  for (let i = 0; i < segment.text.length && problems.length < 5; i++) {
    const start = segment.starts[i];
    const char = segment.text[i];
    if (!Number.isInteger(start) || start < previous || start >= source.length) {
      problems.push(`text[${i}]: bad offset ${start} after ${previous}`);
      continue;
    }
    previous = start;
    if (char === OBJECT_REPLACEMENT || source[start] === char) continue;
    if (source[start] === '&' && REFERENCE.test(source.slice(start, start + 40))) continue;
    if (char === '\n' && (source[start] === '\r' || source[start] === '<')) continue;
    if (char === ' ' && (source[start] === '\r' || source[start] === '\n')) continue; // a soft break reads as a space
    if (char === '\uFFFD' && source[start] === '\0') continue; // micromark replaces NUL
    problems.push(`text[${i}] = ${JSON.stringify(char)} but source[${start}] = ${JSON.stringify(source[start])}`);
  }
  if (segment.text.length > 0) {
    const last = segment.starts[segment.starts.length - 1];
    if (!(segment.end > last && segment.end <= source.length)) problems.push(`end ${segment.end} (last start ${last})`);
  }
  for (const link of segment.links) {
    if (!(link.start >= 0 && link.end >= link.start && link.end <= source.length)) {
      problems.push(`link ${JSON.stringify(link)}`);
    }
  }
  expect(problems, context).toEqual([]);
}
