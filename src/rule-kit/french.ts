// The French text functions a rule needs, re-exported for `postlint/rule-kit` (what the built-in rules use).
// Folding, term compilation and the context cues work in FOLDED coordinates (see the contract in rule-kit.ts);
// the finders marked « original » below read the segment's original text.
export * from '../french/index.js';
export { sentenceIndex, type SentenceIndex } from '../french/sentences.js';
export { citesStudy } from '../french/citations.js';
export { hasConditionClause } from '../french/condition-clause.js';
export { isQuotedOwnSpeech } from '../french/own-speech.js';
export { isAttributedStatement, isWholeQuotation } from '../french/attributed-speech.js';
export { patientVoice } from '../french/patient-voice.js';
export { PlaceReader, PLACE_ARTICLE } from '../french/places.js';
// Original text: quotations, identifiers, persons and names.
export { quotations, type Quotation } from '../french/quotes.js';
export {
  findEmails,
  findNirs,
  findPhones,
  phoneDigits,
  MASK,
  maskAddress,
  maskDigits,
  maskEmail,
  maskName,
  maskNir,
  maskNumber,
  maskPhone,
  type Found,
  type FoundNir,
  type FoundPhone,
} from '../french/identifiers.js';
export { givenNames, NamesExcept, type Gender } from '../french/given-names.js';
export { findPersonMentions, handleNamesPerson, hashtagNamesPerson, maskTag, nameTokens, type MentionKind, type PersonLists, type PersonMention, type NameToken } from '../french/persons.js';
export { personClues, signatureAtEnd, type Clue } from '../french/person-clues.js';
export { widenToFullName, type NameWords } from '../french/full-name.js';
export { findAgePlaces, type AgePlace } from '../french/age-place.js';
export { brandNames, sentenceWords } from '../french/brand-name.js';
export { contactOwner, type ContactCues, type ContactOwner } from '../french/contact-owner.js';
export { confidentForeignCode, detectLanguage } from '../document/language.js';
export { TextMemo } from '../french/text-memo.js';
