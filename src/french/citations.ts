// Study citations written in running text, which the shared source cues (cues.ts) only read in parentheses:
// « Martin et al. (2024) », « Martin et coll., 2021 », « publiée dans le Journal of … », « parue dans la revue … ».
// A named study with a year or a journal can be checked by the reader: it makes an efficacy claim sourced.
import { sentenceAt, type Analysis } from './analysis.js';

/** Folded-text patterns (lowercase, no accents), compiled once. */
const CITATION = new RegExp(
  [
    // author then "et al." / "et coll." then a year, with or without parentheses or a comma, or « en » (« Martin et al. en 2019 »)
    String.raw`(?<![a-z])[a-z][a-z'-]+\s+(?:et\s+al|et\s+coll|and\s+al|y\s+col)\.?\s*,?\s*\(?\s*(?:en\s+)?(?:19|20)\d{2}(?!\d)`,
    // published in a journal or review (a named periodical, not « une étude a montré »)
    String.raw`(?<![a-z])(?:publiee?s?|parue?s?|published|publicado|publicada)\s+(?:en\s+(?:19|20)\d{2}\s+)?(?:dans|in|en)\s+(?:le\s+|la\s+|l'|the\s+|une\s+|a\s+)?(?:revue|journal|bulletin|annals)(?![a-z])`,
    String.raw`(?<![a-z])(?:journal|annals|archives|revue)\s+(?:of|de|du|d'|francaise|internationale|medicale)(?![a-z])`,
  ].join('|'),
  'u',
);

/** True when the sentence holding the folded position cites a study by author and year, or by journal. */
export function citesStudy(a: Analysis, pos: number): boolean {
  const s = sentenceAt(a, pos);
  return CITATION.test(a.folded.text.slice(s.start, s.end));
}
