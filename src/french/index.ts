// The French text engine: folding, inflections, term matching and context cues, shared by every rule.
export { fold, foldKept, foldTerm, foldText, type Folded } from './normalize.js';
export { adjective, noun, verb, expandBrackets } from './inflect.js';
export { analyze, analyzeSegment, splitSentences, sentenceAt, sentenceNumberAt, type Analysis, type Span } from './analysis.js';
export { Lexicon, termsRegex, TermScanner, matches, lastMatchEnd, type TermEntry, type Hit } from './lexicon.js';
export { termSource } from './term-source.js';
export {
  clauseAt,
  isNegated,
  isHedged,
  hasSource,
  linksHaveSource,
  textCitesSource,
  isQuoted,
  quotationAround,
  isWarningContext,
  isCriticised,
  hasWarningCue,
  hasCriticismCue,
  sentenceText,
  wordsAround,
  wordsIn,
  phraseAt,
  placeFollows,
  type NegationOptions,
} from './cues.js';
export { NUMBER, PERCENT, PRICE, parseFrenchNumber } from './numbers.js';
