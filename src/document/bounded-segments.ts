// Bounds the size of a prose segment. Rules look around each match (its sentence, its clause, nearby words);
// on one paragraph of a megabyte those looks made some rules superlinear. Posts have short paragraphs, so
// cutting longer runs at a sentence end costs no real match and keeps every file linear.
import type { Segment } from '../types.js';

export const MAX_SEGMENT_LENGTH = 3000;

/** Where to cut text before `limit`: after the last sentence end, else at the last space, else at `limit`. */
function cutPoint(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  let best = -1;
  for (const m of window.matchAll(/[.!?…]+["»)\]]*\s+|\n/gu)) best = m.index + m[0].length;
  if (best > window.length / 2) return from + best;
  const space = window.search(/\s\S*$/u);
  if (space > 0) return from + space + 1;
  // Never split a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

export function boundSegments(segments: readonly Segment[], max = MAX_SEGMENT_LENGTH): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    if (segment.text.length <= max) {
      out.push(segment);
      continue;
    }
    // Links sorted by start (as SegmentBuilder leaves them): each piece's are a run of them, found by binary search;
    // filtering them all for each piece was quadratic (one line of 1 MB: 17 000 links, 333 pieces).
    const { links } = segment;
    let sorted = true;
    for (let i = 1; sorted && i < links.length; i++) sorted = links[i - 1].start <= links[i].start;
    const firstLinkFrom = (offset: number) => {
      let lo = 0;
      let hi = links.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (links[mid].start < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    for (let start = 0; start < segment.text.length; ) {
      const end = segment.text.length - start <= max ? segment.text.length : cutPoint(segment.text, start, start + max);
      out.push({
        ...segment,
        text: segment.text.slice(start, end),
        starts: segment.starts.slice(start, end),
        end: end < segment.text.length ? segment.starts[end] : segment.end,
        links: sorted
          ? links.slice(firstLinkFrom(segment.starts[start]), end >= segment.text.length ? links.length : firstLinkFrom(segment.starts[end]))
          : links.filter((l) => l.start >= segment.starts[start] && (end >= segment.text.length || l.start < segment.starts[end])),
      });
      start = end;
    }
  }
  return out;
}
