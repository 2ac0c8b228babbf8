// A big document is linted window by window: every rule runs over one window of segments, then the window's
// analyses (folded text, offsets, tokens, sentences: tens of bytes per character) are dropped before the next.
// Linted whole, a 20 MB file kept the analyses of all its segments until the last rule: gigabytes.
import type { Segment } from '../types.js';

/** Documents up to this much prose are linted in one window: every post people write. */
export const WINDOW_THRESHOLD = 100_000;
/** Aim for windows of about this much prose. */
export const WINDOW_TARGET = 50_000;

let sizes = { threshold: WINDOW_THRESHOLD, target: WINDOW_TARGET };
/** Sets the window sizes (tests: many windows on a small document); returns the previous ones. */
export function setWindowSizes(next: { threshold: number; target: number }): { threshold: number; target: number } {
  const previous = sizes;
  sizes = next;
  return previous;
}

/**
 * Consecutive runs of segments of about `target` characters, cut only where a top-level block ends (segments
 * of one block, a list or a quote, stay together), so that a rule reading a paragraph's neighbours inside a block
 * reads them as in the whole document. One window when the prose is short.
 */
export function segmentWindows(segments: readonly Segment[]): Segment[][] {
  let total = 0;
  for (const s of segments) total += s.text.length;
  if (total <= sizes.threshold) return [segments as Segment[]];
  const windows: Segment[][] = [];
  let current: Segment[] = [];
  let size = 0;
  for (const segment of segments) {
    const last = current[current.length - 1];
    if (last && size >= sizes.target && segment.block !== last.block) {
      windows.push(current);
      current = [];
      size = 0;
    }
    current.push(segment);
    size += segment.text.length;
  }
  if (current.length) windows.push(current);
  return windows;
}
