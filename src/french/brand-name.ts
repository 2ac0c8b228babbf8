// Whether a sentence names a brand: a capitalised name that does not open the sentence (« la crème Dermalys »), a
// CamelCase or all-caps name (« CeraVe », « NUXE »), a name introduced as a brand (« les Laboratoires Camille »), a
// trademark sign or an @handle. Used where an endorsement
// (« mon coup de cœur », « je recommande ») is brand promotion only when a brand is named.
//
// Original text (case matters). Not a brand: the sentence's first word, a word after a title (« Dr Morel »), a day,
// a month, a public acronym, a country or a big city, a name after « à », « en », « sur » (a place), a pronoun written with a capital in a title line, a French given
// name (« je valide ton idée Sophie »: a person, not a brand; a given name that is also a brand is missed, on purpose, unless introduced as one).

import { givenNames } from './given-names.js';
import { foldTerm } from './normalize.js';

const TOKEN = /@[\p{L}\p{N}._-]+|[\p{L}][\p{L}\p{N}'’-]*/gu;
/** A noun that introduces a brand's name (« la marque X », « les Laboratoires X »). */
const BRAND_NOUN = /^(?:marque|laboratoires?|labo|enseigne)$/iu;
const PLACE_BEFORE = /^(?:à|a|au|aux|en|sur|vers|près|pres|dans|in|at|from)$/iu;
const TITLE = /^(?:dr|dre|docteur|docteure|pr|professeur|professeure|mme|mr|mlle|m|madame|monsieur|maître|me|saint|sainte|st|ste)\.?$/iu;
/** Capitalised words that are not brands (folded to lowercase for the lookup). */
const NOT_BRANDS = new Set([
  'je', 'j', 'nous', 'vous', 'il', 'elle', 'ils', 'elles', 'on', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'mon', 'ma', 'mes', 'notre', 'nos',
  'votre', 'vos', 'ce', 'cet', 'cette', 'ces', 'et', 'ou', 'mais', 'donc', 'car', 'si', 'en', 'à', 'a', 'au', 'aux', 'de', 'du', 'pour', 'avec',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre', 'noël', 'noel', 'pâques', 'paques',
  'france', 'paris', 'lyon', 'marseille', 'europe', 'français', 'française', 'instagram', 'facebook', 'tiktok', 'youtube', 'linkedin',
  'google', 'doctolib', 'ameli', 'sécurité', 'sociale', 'assurance', 'maladie', 'santé', 'publique', 'ordre', 'conseil', 'has', 'cpam',
  'ars', 'oms', 'spf', 'uv', 'uva', 'uvb', 'irm', 'ecg', 'covid', 'ok', 'pdf', 'faq', 'info', 'infos', 'rdv', 'sos', 'samu', 'chu',
  'merci', 'bonjour', 'bravo', 'attention', 'nouveau', 'nouvelle', 'promo', 'code', 'lien', 'bio', 'swipe', 'story', 'stories', 'live',
  'the', 'i', 'my', 'we', 'our', 'you', 'your', 'yo', 'mi', 'el', 'los', 'las', 'con', 'por', 'para',
]);

export interface SentenceWord { word: string; raw: string; prev: string; opens: boolean }

/** The words of a sentence (original text, @handles included), each with the word before it and whether it opens the
 *  sentence or a clause after a break (« . », « ! », « ? », « : », a line break). An elided article or preposition
 *  before a capital (« l'Ulthera », « d'Avène ») is left out of the word; otherwise the apostrophe ends the word;
 *  `raw` is the token as written. */
export function* sentenceWords(sentence: string): Generator<SentenceWord> {
  let prev = '';
  let end = -1;
  for (const m of sentence.matchAll(TOKEN)) {
    const word = /^(?:l|d|j|qu|n|s|c|m|t)['’]\p{Lu}/iu.test(m[0]) ? m[0].replace(/^[\p{L}]+['’]/u, '') : m[0].replace(/['’].*$/u, '');
    // (read from the last character of the word before, not from the sentence's start: linear in the sentence)
    const opens = end < 0 || /[.!?:\n]\s*$/u.test(sentence.slice(end - 1, m.index));
    yield { word, raw: m[0], prev, opens };
    prev = word;
    end = m.index + m[0].length;
  }
}

/** The names in `sentence` (original text) that look like brands. */
export function brandNames(sentence: string): string[] {
  const names: string[] = [];
  // A line in capitals (« MON COUP DE CŒUR ») writes every word in capitals: none of them is a brand by its case.
  const words = sentence.match(/\p{L}{2,}/gu) ?? [];
  const shouting = words.filter((w) => /^\p{Lu}+$/u.test(w)).length * 2 > words.length;
  for (const { word, prev, opens } of sentenceWords(sentence)) {
    if (word.startsWith('@')) {
      if (word.length > 3) names.push(word);
      continue;
    }
    const lower = word.toLowerCase();
    if (word.length < 3 || NOT_BRANDS.has(lower) || TITLE.test(prev)) continue;
    // « à Nantes », « en Bretagne », « sur Lyon »: a place
    const placed = PLACE_BEFORE.test(prev);
    // « CeraVe », « NUXE », « BioNatura »: a brand even at the start of the sentence
    const camel = /\p{Ll}\p{Lu}/u.test(word) || (!shouting && /^\p{Lu}{3,}$/u.test(word) && word.length <= 12);
    // « la marque Camille », « les Laboratoires Vitalis »: introduced as a brand, a brand even if it is also a given name
    const introduced = BRAND_NOUN.test(prev) && /^\p{Lu}[\p{L}\p{N}-]{2,}$/u.test(word);
    if (camel || introduced || (!opens && !shouting && !placed && /^\p{Lu}\p{Ll}/u.test(word) && !givenNames().has(foldTerm(word)))) names.push(word);
  }
  if (/[®™]/u.test(sentence)) names.push('®');
  return names;
}
