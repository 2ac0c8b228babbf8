// The `allow` option, once for every rule: expressions the user never wants reported (a centre's name « Excellence
// Santé », a public programme, the practice's own phone). Written in the term notation of the lexicons, so that
// case, accents, apostrophes, hyphens and hashtags do not matter (« Partenariat Rémunéré » also silences
// « #partenariatremunere »). A report or candidate is allowed when it overlaps an occurrence in the prose, or when
// the text it covers (a link's address, say) contains one.
import { analyzeSegment } from '../french/analysis.js';
import { Lexicon } from '../french/lexicon.js';
import { fold } from '../french/normalize.js';
import type { Document, Segment } from '../types.js';

type Range = readonly [number, number];

const lexicons = new Map<string, Lexicon>();
function lexiconOf(allow: readonly string[]): Lexicon {
  const key = JSON.stringify(allow);
  let lexicon = lexicons.get(key);
  if (!lexicon) {
    // exact: a neighbour at one edit of an allowed name is another word, not the name.
    lexicon = new Lexicon([{ id: 'allow', terms: allow.filter((s) => s.trim()), exact: true }]);
    lexicons.set(key, lexicon);
  }
  return lexicon;
}

/** A predicate over source ranges for one rule's `allow` list in one document (spans found on first use). */
export function allowChecker(doc: Document, rangeOf: (segment: Segment, start: number, end: number) => [number, number], allow: unknown): (range: Range) => boolean {
  const list = Array.isArray(allow) ? allow.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
  if (!list.length) return () => false;
  const lexicon = lexiconOf(list);
  const folded = list.map((s) => fold(s).text.trim()).filter(Boolean);
  let spans: Range[] | undefined;
  const spansOf = () =>
    (spans ??= doc.segments.flatMap((segment) => lexicon.find(analyzeSegment(segment)).map((h) => rangeOf(segment, h.start, h.end))));
  return (range) => {
    if (spansOf().some(([s, e]) => s < range[1] && range[0] < e)) return true;
    const covered = fold(doc.source.slice(range[0], range[1])).text;
    return folded.some((a) => covered.includes(a));
  };
}
