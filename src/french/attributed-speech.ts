// A quotation that relays someone's statement, as opposed to a word held at a distance (scare quotes): shared by the
// rules that read quoted claims or advice as the page's own when the page relays a practitioner's words.
import type { Analysis } from './analysis.js';
import { quotationHolding } from './own-speech.js';

/** Verbs that attribute a quotation to its speaker, before it with a colon (« souligne la podologue : « … » »). */
const SPEECH_VERBS = [
  'explique', 'souligne', 'précise', 'precise', 'note', 'ajoute', 'affirme', 'assure', 'rassure', 'indique', 'confirme',
  'conclut', 'rapporte', 'détaille', 'detaille', 'poursuit', 'estime', 'déclare', 'declare', 'insiste', 'résume',
  'resume', 'martèle', 'martele', 'garantit', 'promet', 'témoigne', 'temoigne',
];
/** Right after a quotation (« », explique le Dr X »), also past tenses and verbs of observation. */
const SPEECH_VERBS_AFTER = [
  ...SPEECH_VERBS, 'expliquait', 'soulignait', 'observe', 'constate', 'développe', 'developpe', 'complète', 'complete',
  'reconnaît', 'reconnait',
];
/** Original text. */
const ATTRIBUTION_AFTER = new RegExp(String.raw`^\s*[,;]?\s*(?:a-t-(?:il|elle)\s+)?(?:${SPEECH_VERBS_AFTER.join('|')})(?![\p{L}])`, 'iu');
const ATTRIBUTION_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERBS.join('|')})(?![\p{L}])[^.!?«»"“”]{0,60}:\s*$`, 'iu');
/** An inverted incise just before the quotation (« Cependant, précise-t-il, « … » »): the speaker is named. Original text. */
const ATTRIBUTION_INCISE = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERBS_AFTER.join('|')})(?:-t)?-(?:il|elle|ils|elles)\s*,\s*$`, 'iu');
/** Below this many words a quotation is a word held at a distance (« miracle »), not someone's statement. */
const STATEMENT_WORDS = 6;

/**
 * A statement quoted and attributed (« « Nos aiguilles calment vite les névralgies », précise le Dr X »): the page relays
 * it as its speaker's own, it does not hold it at a distance as scare quotes do. Folded coordinates in.
 */
export function isAttributedStatement(a: Analysis, fStart: number, fEnd: number): boolean {
  const q = quotationHolding(a, fStart, fEnd);
  if (!q || q.words < STATEMENT_WORDS) return false;
  return ATTRIBUTION_AFTER.test(a.text.slice(q.end, q.end + 40)) || ATTRIBUTION_BEFORE.test(a.text.slice(Math.max(0, q.start - 80), q.start))
    || ATTRIBUTION_INCISE.test(a.text.slice(Math.max(0, q.start - 40), q.start));
}

/** The quotation is the whole text (the post itself set in quotation marks): its words are the page's own. */
export function isWholeQuotation(a: Analysis, fStart: number, fEnd: number): boolean {
  const q = quotationHolding(a, fStart, fEnd);
  if (!q) return false;
  return a.text.slice(0, q.start).trim() === '' && a.text.slice(q.end).trim().length <= 2;
}
