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
  return [...streamWindows(segments)];
}

/**
 * The windows of segments parsed as they are asked for, handed out one by one: only the window being linted (or,
 * at first, up to the threshold's worth of prose) is alive. A short document is one window, read whole before it
 * is linted.
 */
export function* streamWindows(segments: Iterable<Segment>): Generator<Segment[]> {
  const { threshold, target } = sizes;
  let current: Segment[] = [];
  let size = 0;
  /** Until the prose passes the threshold, the document may still be one window: no cut yet. */
  let whole = true;
  for (const segment of segments) {
    if (whole) {
      current.push(segment);
      size += segment.text.length;
      if (size <= threshold) continue;
      whole = false;
      // Past the threshold: cut what was read as segmentWindows would have.
      const read = current;
      current = [];
      size = 0;
      for (const s of read) {
        const window = addTo(s);
        if (window) yield window;
      }
      continue;
    }
    const window = addTo(segment);
    if (window) yield window;
  }
  if (current.length || whole) yield current;

  /** Adds a segment to the current window; returns the window it closed, if any. */
  function addTo(segment: Segment): Segment[] | undefined {
    const last = current[current.length - 1];
    let closed: Segment[] | undefined;
    if (last && size >= target && segment.block !== last.block) {
      closed = current;
      current = [];
      size = 0;
    }
    current.push(segment);
    size += segment.text.length;
    return closed;
  }
}
