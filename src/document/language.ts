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
/** franc reads only its first 2048 characters; a long document is sampled from its start up to this much. */
const SAMPLE_MAX = 16_384;

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
    if (raw.length >= SAMPLE_MAX) break;
  }
  return raw
    .slice(0, SAMPLE_MAX)
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

  const scores = francAll(sample, { only: LANGUAGE_CANDIDATES, minLength: FRANC_MIN_LENGTH });
  const code = scores[0]?.[0] ?? 'und';
  if (code === 'und') return { code, confident: false, sampleLength };
  const french = scores.find(([language]) => language === 'fra')?.[1] ?? 0;
  return { code, confident: code === 'fra' || french < LANGUAGE_MAX_FRENCH_SCORE, sampleLength };
}
