// Whose contact detail is this? A phone, e-mail or address belongs to whoever the words nearest before it
// name: « patiente joignable au 06… », « Mme X., 45 ans, joignable au… », « contactez-la au… » give a person's
// (an identifier, even when the person is otherwise anonymised); « secrétariat : 02… », « prise de rendez-vous
// au… », « Dr Martin, 02… » give the practice's. Nothing either way: the caller decides from the paragraph.
import { fold } from './normalize.js';
import { lastMatchEnd, matches } from './lexicon.js';

export type ContactOwner = 'person' | 'practice';

export interface ContactCues {
  /** A person the detail is attached to: patient nouns, relatives, « son numéro », « Mme X. » (folded text). */
  person: RegExp;
  /** An object pronoun after a contact verb (« contactez-la »): a person unless a practitioner was named first. */
  pronoun: RegExp;
  /** The practice or a practitioner: « cabinet », « secrétariat », « rendez-vous », « Dr », « notre kiné ». */
  practice: RegExp;
}

// How far before the detail its owner may be named (characters), and after it when nothing comes before.
const BEFORE = 160;
const AFTER = 60;

/**
 * The owner of the detail at [start, end) of `text`, from its sentence [sentenceStart, sentenceEnd).
 * `names`: start offsets of persons' names the caller already found in the text (first names, civilities).
 */
export function contactOwner(
  text: string,
  start: number,
  end: number,
  sentence: { start: number; end: number },
  names: readonly number[],
  cues: ContactCues,
): ContactOwner | undefined {
  const from = Math.max(sentence.start, start - BEFORE);
  const before = fold(text.slice(from, start)).text;
  const practice = lastMatchEnd(cues.practice, before);
  let person = lastMatchEnd(cues.person, before);
  for (const n of names) if (n >= from && n < start) person = Math.max(person, fold(text.slice(from, n)).text.length + 1);
  // « Le Dr Martin reçoit, contactez-le » names the practitioner: a pronoun counts only with no practitioner before.
  if (practice < 0) person = Math.max(person, lastMatchEnd(cues.pronoun, before));
  if (person >= 0 || practice >= 0) return person > practice ? 'person' : 'practice';
  const after = fold(text.slice(end, Math.min(sentence.end, end + AFTER))).text;
  if (matches(cues.person, after)) return 'person';
  if (matches(cues.practice, after)) return 'practice';
  return undefined;
}
