// Places named in a sentence (« en France », « à Budapest », « dans ces pays », "in the UK"): a preposition, an
// optional article, then a place word or a capitalised name. Shared by the rules that weigh where a price or a
// quality is set (no-comparison, no-price-promotion); each gives its own place words and prepositions.
import type { Analysis } from './analysis.js';
import { wordsIn } from './cues.js';
import { termsRegex } from './lexicon.js';

type Word = { word: string; start: number; end: number };

/** Articles and determiners between a preposition and its place (« dans ces pays », « qu'en votre ville »). Folded. */
export const PLACE_ARTICLE = /^(?:le|la|les|l'|the|el|los|las|ces|cette|ce|cet|leur|leurs|votre|vos|son|sa|ses|their|your)$/u;
/** Titles that are capitalised after « le »/« la » but name no place (« le Dr Martin »). */
const TITLE = /^(?:dr|docteur|pr|professeur|mme|mr|m)$/u;
const ELISION = /^(?:qu|[dlj])'/u;

export class PlaceReader {
  /**
   * @param placeWords whole folded words that are places by themselves (« france », « pays », « région »)
   * @param prepositions whole folded words that introduce a place (« en », « à », « dans »)
   */
  constructor(private readonly placeWords: RegExp, private readonly prepositions: RegExp) {}

  /** A reader from term lists (« pays », « à », folded and inflected as any term list), each matched as a whole word. */
  static of(placeWords: readonly string[], prepositions: readonly string[]): PlaceReader {
    const whole = (terms: readonly string[]) => new RegExp(`^(?:${termsRegex(terms).source})$`, 'u');
    return new PlaceReader(whole(placeWords), whole(prepositions));
  }

  /** A place word, or a name written with a capital in the original text (« Lyon », « Hongrie », « l'Espagne »). */
  isPlace(a: Analysis, w: Word): boolean {
    const article = /^l'/u.exec(w.word)?.[0].length ?? 0;
    if (this.placeWords.test(w.word.slice(article))) return true;
    const o = a.toOriginal(w.start + article, w.end);
    return /^\p{Lu}/u.test(a.text.slice(o.start, o.end));
  }

  /** Whether words[i] is a preposition (elision removed) introducing a place. */
  introduces(a: Analysis, words: readonly Word[], i: number): boolean {
    return this.prepositions.test(words[i].word.replace(ELISION, '')) && this.follows(a, words, i);
  }

  /** The word after words[i] (skipping one article) is a place. */
  follows(a: Analysis, words: readonly Word[], i: number): boolean {
    const j = PLACE_ARTICLE.test(words[i + 1]?.word ?? '') ? i + 2 : i + 1;
    return !!words[j] && this.isPlace(a, words[j]);
  }

  /** Places named in a span of the folded text, folded words, first seen first. */
  in(a: Analysis, start: number, end: number): string[] {
    const words = wordsIn(a, start, end);
    const out: string[] = [];
    for (let i = 0; i + 1 < words.length; i++) {
      if (!this.introduces(a, words, i)) continue;
      const j = PLACE_ARTICLE.test(words[i + 1].word) ? i + 2 : i + 1;
      if (!TITLE.test(words[j].word) && !out.includes(words[j].word)) out.push(words[j].word);
    }
    return out;
  }
}
