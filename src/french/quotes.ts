// Lists the quotations of a text (« », “ ”, „ “, ‹ ›, " "), so rules can judge what is quoted, not only whether a word is.
import type { Span } from './analysis.js';

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›', '"': '"' };

export interface Quotation extends Span {
  /** The text between the marks (original coordinates: inner.start..inner.end). */
  inner: Span;
}

/**
 * Every outermost quotation, in original-text coordinates (marks included). An opening mark without its
 * closing mark is ignored; quotations nested in another one are part of the outer one.
 */
export function quotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = PAIRS[text[i]];
    if (!close) continue;
    // A straight quote glued to a letter on its left closes nothing it could open ("5"" or inches): skip it.
    if (text[i] === '"' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0) continue;
    out.push({ start: i, end: end + 1, inner: { start: i + 1, end } });
    i = end;
  }
  return out;
}
