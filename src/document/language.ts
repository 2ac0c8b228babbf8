// Which language the prose is in, so that French rules can stay quiet on a post that is clearly not French.
// Errs towards French: a French post wrongly skipped would hide breaches, the opposite costs a false alarm.
import { francAll } from 'franc-min';
import type { LanguageGuess, Segment } from '../types.js';

/** Languages franc may answer. Without this list franc-min calls short French posts Sardinian or Catalan. */
export const LANGUAGE_CANDIDATES = ['fra', 'eng', 'spa', 'deu', 'ita', 'por', 'nld'];
/** Below this many letters (hashtags, mentions, emoji, digits and URLs removed) the answer is 'und'. */
export const LANGUAGE_MIN_LETTERS = 20;
/** franc's own minimum length, passed to it as `minLength`. */
export const FRANC_MIN_LENGTH = 10;
/**
 * A non-French guess is confident only if French scores below this (franc scores are relative: the best is 1).
 * Measured: French posts of 40–150 characters always come out 'fra'; English, Spanish, German, Italian,
 * Portuguese and Dutch ones give French 0.50–0.76.
 */
export const LANGUAGE_MAX_FRENCH_SCORE = 0.85;
/**
 * Function words that only one candidate language uses (words shared with French — de, la, le, en, que, un,
 * des, du, ou, mais, nos… — are left out). franc's trigrams misjudge short posts both ways: « Cabinet fermé lundi
 * 11 novembre. » comes out Italian, an English post naming the « Institut Pasteur » comes out French-like. A
 * non-French guess is therefore confident only with this grammatical evidence for it.
 */
export const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries({
    fra: 'les et est vous nous pour une dans avec sur au aux cette ces pas sont votre notre elle ils elles très être été leur leurs qu chez',
    eng: 'the and you your to of is are for with at this that be we our will have has from by it not can all in my if was were please do does get who what when how before after up into about',
    spa: 'el los las del y es con por para una su sus al lo muy este esta estos como pero más hasta desde usted no está están sin hay también nuestro nuestra nuestros',
    deu: 'der die das und ist sind nicht mit von zu den dem ein eine einer einen im auf für sie wir ihr ihre ihren unsere unser bitte sich auch oder wenn bei es vom zum zur am ab aus nach noch werden wird haben können kann',
    ita: 'il di della delle dei degli del che è per sono con gli nel nella alla al anche più questo questa da una lo ci in senza dal dalla sul sulla ai alle dello ha hanno siamo vostro nostro nostra',
    por: 'o os do da dos das em um uma não para com por é são seu sua você está pelo pela também no na ao aos',
    nld: 'het een van zijn niet met voor op te dat die wij u uw onze ook naar bij aan worden wordt is in tot kunt kan er ons hebben heeft deze dit',
  }).map(([code, words]) => [code, new Set(words.split(' '))]),
);
/** A non-French guess needs at least this many of its own function words (and more than French ones). */
export const MIN_FOREIGN_FUNCTION_WORDS = 2;
/** With no French function word at all, this many foreign ones make the guess confident whatever franc's French score. */
export const CLEAR_FOREIGN_FUNCTION_WORDS = 3;

/** How many words of the sample are function words of `code`. */
export function functionWordCount(sample: string, code: string): number {
  const words = FUNCTION_WORDS[code];
  if (!words) return 0;
  return sample.toLowerCase().split(/[^\p{L}]+/u).filter((w) => words.has(w)).length;
}

/** franc reads only its first 2048 characters; a long document is sampled from its start up to this much. */
export const LANGUAGE_SAMPLE_MAX = 16_384;

const OBJECT_REPLACEMENTS = /\uFFFC/g;
const HASHTAGS_AND_MENTIONS = /[#@][\p{L}\p{M}\p{N}_.]+/gu;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u200D\uFE0E\uFE0F\u20E3]/gu;
const DIGITS = /\p{N}+/gu;
const LETTERS = /\p{L}/gu;

/** The prose franc reads: what a person reads minus what says nothing about the language. */
export function languageSample(segments: readonly Segment[]): string {
  let raw = '';
  for (const segment of segments) {
    raw += (raw ? '\n' : '') + segment.text;
    if (raw.length >= LANGUAGE_SAMPLE_MAX) break;
  }
  return raw
    .slice(0, LANGUAGE_SAMPLE_MAX)
    .replace(OBJECT_REPLACEMENTS, ' ')
    .replace(HASHTAGS_AND_MENTIONS, ' ')
    .replace(EMOJI, ' ')
    .replace(DIGITS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function detectLanguage(segments: readonly Segment[]): LanguageGuess {
  const sample = languageSample(segments);
  const sampleLength = sample.match(LETTERS)?.length ?? 0;
  if (sampleLength < LANGUAGE_MIN_LETTERS) return { code: 'und', confident: false, sampleLength };
  return guessOf(sample, sampleLength);
}

/** franc's verdict on a sample long enough to judge (detectLanguage past its minimum length). */
function guessOf(sample: string, sampleLength: number): LanguageGuess {
  const scores = francAll(sample, { only: LANGUAGE_CANDIDATES, minLength: FRANC_MIN_LENGTH });
  const code = scores[0]?.[0] ?? 'und';
  if (code === 'und') return { code, confident: false, sampleLength };
  if (code === 'fra') return { code, confident: true, sampleLength };
  const french = scores.find(([language]) => language === 'fra')?.[1] ?? 0;
  const foreignWords = functionWordCount(sample, code);
  const frenchWords = functionWordCount(sample, 'fra');
  const evidence = foreignWords >= MIN_FOREIGN_FUNCTION_WORDS && foreignWords > frenchWords;
  const clear = frenchWords === 0 && foreignWords >= CLEAR_FOREIGN_FUNCTION_WORDS;
  return { code, confident: evidence && (french < LANGUAGE_MAX_FRENCH_SCORE || clear), sampleLength };
}

/**
 * Guesses that cannot be confidently foreign: built by lazyLanguage when no candidate language has the function words
 * a confident foreign guess needs, whatever franc would answer.
 */
const neverForeign = new WeakSet<LanguageGuess>();

/**
 * The code of a language other than French in which the post is confidently written, or undefined: the one question
 * the engine and require-french ask of a guess. A guess marked by lazyLanguage as never foreign answers it without
 * running franc (reading code or confident would).
 */
export function confidentForeignCode(guess: LanguageGuess): string | undefined {
  if (neverForeign.has(guess) || !guess.confident || guess.code === 'fra') return undefined;
  return guess.code;
}

/**
 * detectLanguage, with franc run only when code or confident is first read (issue #9: franc was ~5 % of linting an
 * ordinary post). The value read is detectLanguage's, field for field. When no candidate language has the function
 * words that a confident foreign guess needs (at least MIN_FOREIGN_FUNCTION_WORDS, and more than French), the guess
 * is marked for confidentForeignCode: the engine's « is this post foreign? » then costs no franc run — the case of a
 * plainly French post.
 */
export function lazyLanguage(segments: readonly Segment[]): LanguageGuess {
  const sample = languageSample(segments);
  const sampleLength = sample.match(LETTERS)?.length ?? 0;
  if (sampleLength < LANGUAGE_MIN_LETTERS) return { code: 'und', confident: false, sampleLength };
  let guess: LanguageGuess | undefined;
  const settle = (): LanguageGuess => {
    if (guess) return guess;
    guess = guessOf(sample, sampleLength);
    // From now on plain data properties, as detectLanguage's object has.
    Object.defineProperties(lazy, {
      code: { value: guess.code, writable: true, enumerable: true, configurable: true },
      confident: { value: guess.confident, writable: true, enumerable: true, configurable: true },
    });
    return guess;
  };
  const lazy = {} as LanguageGuess;
  Object.defineProperties(lazy, {
    code: { get: () => settle().code, set: (v: string) => (settle(), (lazy.code = v)), enumerable: true, configurable: true },
    confident: { get: () => settle().confident, set: (v: boolean) => (settle(), (lazy.confident = v)), enumerable: true, configurable: true },
    sampleLength: { value: sampleLength, writable: true, enumerable: true, configurable: true },
  });
  if (!foreignEvidencePossible(sample)) neverForeign.add(lazy);
  return lazy;
}

let byWord: Map<string, string[]> | undefined;
/** FUNCTION_WORDS by word: the languages each function word belongs to (one lookup per word of a sample). */
function functionWordLanguages(): Map<string, string[]> {
  if (!byWord) {
    byWord = new Map();
    for (const [code, words] of Object.entries(FUNCTION_WORDS)) for (const w of words) (byWord.get(w) ?? byWord.set(w, []).get(w)!).push(code);
  }
  return byWord;
}

/**
 * Whether some candidate language has the function words guessOf requires of a confident non-French guess (the
 * counts of functionWordCount, from one split of the sample): without them, any answer of franc's is French, 'und'
 * or not confident.
 */
function foreignEvidencePossible(sample: string): boolean {
  const counts = new Map<string, number>();
  for (const w of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    for (const code of functionWordLanguages().get(w) ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const french = counts.get('fra') ?? 0;
  for (const [code, n] of counts) if (code !== 'fra' && n >= MIN_FOREIGN_FUNCTION_WORDS && n > french) return true;
  return false;
}
