// A person pointed at without a name: someone of a given age placed in a town (« une patiente de 45 ans, de
// Quimper », « homme de 43 ans, boulanger à Pontivy »). Age and town together narrow a reader's guess to a few
// people, which is why anonymised cases drop one of the two. Reads the original text: the town's capital is what
// tells a place (« à Pontivy ») from a word (« à domicile »). Plurals and ranges are populations, not persons:
// « les femmes de 50 à 74 ans », « chez les patients de plus de 65 ans ».
import { YEARS } from './person-clues.js';

export interface AgePlace {
  start: number;
  end: number;
  /** Where the age and the place sit (masked in what is printed). */
  ageStart: number;
  ageEnd: number;
  placeStart: number;
  placeEnd: number;
  gender: 'f' | 'm' | 'x';
}

const S = '[\\s\\u00a0\\u202f]';
// One person, not a group: singular nouns only.
const FEMININE = 'patiente|femme|dame|jeune\\s+femme|jeune\\s+fille|fillette|fille|maman|retraitée|retraitee|sportive|étudiante|etudiante|adolescente|ado|mamie|grand-mère|grand-mere|petite';
const MASCULINE = 'patient|homme|monsieur|jeune\\s+homme|garçon|garcon|papa|retraité|retraite|sportif|étudiant|etudiant|adolescent|papi|papy|grand-père|grand-pere|petit';
const NEUTRAL = 'enfant|bébé|bebe|nourrisson|senior';
const PERSON_AGE = new RegExp(
  `(?<![\\p{L}])(?:(?:une?|la|le|l['’]|cette|ce|notre|ma|mon)${S}+)?(?:(${FEMININE})|(${MASCULINE})|(${NEUTRAL}))${S}+(?:âgée?${S}+)?de${S}+(${YEARS}${S}*(?:ans|mois))(?![\\p{L}])(?!${S}+(?:et${S}+plus|ou${S}+plus|sur${S}|à${S}+\\d|a${S}+\\d))`,
  'giu',
);
const CAPITALISED = '\\p{Lu}[\\p{Ll}\\p{M}]+(?:[-’\']\\p{Lu}?[\\p{Ll}\\p{M}]+)*';
// « de Quimper », « à Saint-Malo », « originaire de Brest », « habitante de Vitré », « (56) », « 29200 ».
const PLACE = new RegExp(
  `(?<![\\p{L}])(?:originaire${S}+(?:de|d['’])|habitant(?:e)?${S}+(?:de|d['’]|à|a)|domicilié(?:e)?${S}+(?:à|a)|vivant${S}+(?:à|a)|résidant(?:e)?${S}+(?:à|a)|de|d['’]|à|a|près${S}+de|sur)${S}*(${CAPITALISED}(?:${S}+(?:-${S}*)?(?:sur|sous|en|les|lès|de|du|la|le)?${S}*${CAPITALISED})?)|(?<![\\d])(\\d{5})(?![\\d])|\\((\\d{2}|2[AB])\\)`,
  'gu',
);
const SENTENCE_END = /[.!?…\n]/u;

/**
 * Each « person of age N … in Town » of `text`, the town within the same sentence and at most `reach` characters
 * after the age. `notPlace(word)` says which capitalised words are no town (institutions, eponyms, months…).
 */
export function findAgePlaces(text: string, notPlace: (word: string, before: string) => boolean, reach = 70): AgePlace[] {
  const out: AgePlace[] = [];
  for (const m of text.matchAll(PERSON_AGE)) {
    const ageEnd = m.index + m[0].length;
    const ageStart = ageEnd - m[4].length;
    let window = text.slice(ageEnd, ageEnd + reach);
    const stop = window.search(SENTENCE_END);
    if (stop >= 0) window = window.slice(0, stop);
    for (const p of window.matchAll(PLACE)) {
      const word = p[1] ?? p[2] ?? p[3];
      const offset = p.index + p[0].lastIndexOf(word);
      if (p[1] && notPlace(word, window.slice(0, offset))) continue;
      const placeStart = ageEnd + offset;
      out.push({
        start: m.index,
        end: placeStart + word.length,
        ageStart,
        ageEnd,
        placeStart,
        placeEnd: placeStart + word.length,
        gender: m[1] ? 'f' : m[2] ? 'm' : 'x',
      });
      break;
    }
  }
  return out;
}
