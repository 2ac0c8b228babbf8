// A name found by one of its words is masked whole: « patient Martine » followed by « Lefèvre », or « Lefèvre,
// 52 ans » after « Martine », would otherwise leave the other half of the name in clear.
import { foldTerm } from './normalize.js';

const SURNAME_AFTER = /^[ \t\u00a0\u202f]+(\p{Lu}(?:\p{Ll}|\p{Lu})[\p{L}'’-]*)(?![\p{L}\p{N}])/u;
const FIRST_NAME_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}[\p{L}'’-]*)[ \t\u00a0\u202f]+$/u;

export interface NameWords {
  /** Folded words that are never part of a name (« Rennes » is not, « Centre » is). */
  notNames: ReadonlySet<string>;
  firstNames: ReadonlyMap<string, unknown>;
}

/** [start, end) widened over a surname after it and a known first name before it, with the words added. */
export function widenToFullName(text: string, start: number, end: number, words: NameWords): { start: number; end: number; before?: string; after?: string } {
  const out: { start: number; end: number; before?: string; after?: string } = { start, end };
  const after = SURNAME_AFTER.exec(text.slice(end, end + 60));
  if (after && !words.notNames.has(foldTerm(after[1]))) {
    out.end = end + after[0].length;
    out.after = after[1];
  }
  const before = FIRST_NAME_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before && words.firstNames.has(foldTerm(before[1]))) {
    out.start = start - before[0].length;
    out.before = before[1];
  }
  return out;
}
