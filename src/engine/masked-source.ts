// The text of a post as a report may show it (html): masked like every printed text, with each problem's span
// located in the masked text. Masking changes lengths (« Martine » → « M••• »), so the line/column of a message
// cannot be used on the masked text: the span boundaries are carried through the masking as marker characters.
import { lineIndex } from '../document/lines.js';
import type { LintMessage } from '../types.js';
import type { Mask } from './privacy.js';

/** A failed pass is retried problem by problem (one masking of the file each) only within this many characters masked. */
const RETRY_BUDGET = 20_000_000;

/** A private-use character absent from `text`, to mark boundaries; null if every candidate occurs (never in practice). */
function markerFor(text: string): string | null {
  for (let code = 0xe000; code < 0xe010; code++) {
    const c = String.fromCharCode(code);
    if (!text.includes(c)) return c;
  }
  return null;
}

/**
 * Masks `source` with markers at `offsets` (sorted, unique) and returns where each offset went in the masked text,
 * or null when a marker changed what the mask does (a boundary inside an identifier: the marker would split it and
 * let part of it through). The text shown is then exactly `mask(source)`, whatever the markers did.
 */
function carry(source: string, offsets: readonly number[], mask: Mask, marker: string, expected: string): Map<number, number> | null {
  let marked = '';
  let from = 0;
  for (const offset of offsets) {
    marked += source.slice(from, offset) + marker;
    from = offset;
  }
  marked += source.slice(from);
  const masked = mask(marked);
  const where = new Map<number, number>();
  let plain = '';
  let k = 0;
  for (const part of masked.split(marker)) {
    if (k > 0) where.set(offsets[k - 1], plain.length);
    plain += part;
    k++;
  }
  return k - 1 === offsets.length && plain === expected ? where : null;
}

export interface MaskedSource {
  /** The whole text, masked. */
  text: string;
  /** Per message (same order): its [start, end) in `text`, or undefined when it could not be placed safely. */
  ranges: Array<[number, number] | undefined>;
}

/** The masked text of `source` and, for each message, where its span lies in it. */
export function maskSource(source: string, messages: readonly LintMessage[], mask: Mask): MaskedSource {
  const text = mask(source);
  const lines = lineIndex(source);
  const spans = messages.map((m): [number, number] => {
    const start = lines.offset(m.line || 1, m.column || 1);
    const end = m.endLine ? lines.offset(m.endLine, m.endColumn || 1) : start;
    return [start, Math.max(start, end)];
  });
  const marker = markerFor(source);
  if (marker === null) return { text, ranges: spans.map(() => undefined) };
  const place = (chosen: ReadonlyArray<[number, number]>) =>
    carry(source, [...new Set(chosen.flat())].sort((a, b) => a - b), mask, marker, text);

  let where = place(spans);
  let placed = spans.map(() => where !== null);
  if (!where && source.length * spans.length <= RETRY_BUDGET) {
    // Keep every span whose boundaries leave the masking as it is; leave out the others.
    const kept: Array<[number, number]> = [];
    placed = spans.map((span) => {
      const ok = place([...kept, span]) !== null;
      if (ok) kept.push(span);
      return ok;
    });
    where = place(kept);
  }
  return {
    text,
    ranges: spans.map((span, i) => (where && placed[i] ? [where.get(span[0])!, where.get(span[1])!] : undefined)),
  };
}
