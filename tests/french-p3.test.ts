// Word windows and place detection used by no-promotional-wording and no-comparison.
import { describe, expect, it } from 'vitest';
import { analyze, phraseAt, placeFollows, termsRegex, wordsAround, wordsIn } from '../src/french/index.js';

const PLACES = new RegExp(`^(?:${termsRegex(['france', 'région', 'ville']).source})$`, 'u');
const after = (text: string, word: string) => {
  const a = analyze(text);
  return { a, end: a.folded.text.indexOf(word) + word.length };
};

describe('word windows', () => {
  it('keeps elided and hyphenated words whole, with folded offsets', () => {
    const a = analyze('Toute l’équipe des sages‑femmes');
    expect(wordsIn(a, 0, a.folded.text.length).map((w) => w.word)).toEqual(['toute', "l'equipe", 'des', 'sages-femmes']);
    const [w] = wordsIn(a, 6, 14);
    expect(a.folded.text.slice(w.start, w.end)).toBe("l'equipe");
  });
  it('looks across commas but not across a colon or a sentence end', () => {
    const a = analyze('Une équipe jeune, dynamique et exceptionnelle : venez. Merci');
    const at = a.folded.text.indexOf('exceptionnelle');
    expect(wordsAround(a, at, at + 14, 4)).toEqual({ before: ['equipe', 'jeune', 'dynamique', 'et'], after: [] });
  });
  it('cuts phrases at ; : ( ) and quotes', () => {
    const a = analyze('Horaires : du lundi (sauf férié) au vendredi');
    const at = a.folded.text.indexOf('sauf');
    expect(a.folded.text.slice(phraseAt(a, at).start, phraseAt(a, at).end)).toBe('sauf ferie');
  });
});

describe('placeFollows', () => {
  it('finds a place word or a capitalised name after a preposition', () => {
    for (const [text, word] of [['unique en France', 'unique'], ['le premier centre laser de la région', 'premier'], ['le seul kiné de Quimper équipé', 'seul'], ['unique dans l’Hexagone', 'unique']] as const) {
      const { a, end } = after(text, word);
      expect(placeFollows(a, end, new RegExp(`^(?:${termsRegex(['france', 'région', 'ville', 'hexagone']).source})$`, 'u')), text).toBe(true);
    }
  });
  it('ignores common nouns, sentence-initial capitals and places in the next sentence', () => {
    for (const [text, word] of [['le premier cabinet à droite', 'premier'], ['un accueil unique. France Info en parle', 'unique'], ['unique de son genre', 'unique']] as const) {
      const { a, end } = after(text, word);
      expect(placeFollows(a, end, PLACES), text).toBe(false);
    }
  });
});
