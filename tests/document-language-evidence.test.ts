// The language guess needs grammatical evidence (function words) before calling a post confidently not French.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document/index.js';
import { CLEAR_FOREIGN_FUNCTION_WORDS, FUNCTION_WORDS, MIN_FOREIGN_FUNCTION_WORDS, functionWordCount } from '../src/document/language.js';

const language = (source: string, filePath = 'post.txt') => parseDocument(source, filePath).language;

describe('language: function-word evidence', () => {
  it('counts function words of one language, case-insensitively, whole words only', () => {
    expect(functionWordCount('The practice is closed. Call THE desk.', 'eng')).toBe(3);
    expect(functionWordCount('Theatre and thesis', 'eng')).toBe(1);
    expect(functionWordCount('anything', 'xxx')).toBe(0);
    expect(MIN_FOREIGN_FUNCTION_WORDS).toBe(2);
    expect(CLEAR_FOREIGN_FUNCTION_WORDS).toBe(3);
  });

  it('keeps words shared with French out of the foreign lists', () => {
    for (const shared of ['de', 'la', 'le', 'en', 'que', 'un', 'des', 'du', 'ou', 'mais', 'nos', 'non', 'se', 'on']) {
      for (const [code, words] of Object.entries(FUNCTION_WORDS)) if (code !== 'fra') expect(words.has(shared), `${code}: ${shared}`).toBe(false);
    }
  });

  it('does not call a short French post Italian on trigrams alone', () => {
    expect(language('Cabinet fermé lundi 11 novembre.')).toMatchObject({ confident: false });
  });

  it('calls an English post English even when it names French institutions', () => {
    const post = '## Travelling abroad this summer?\n\nMake sure your vaccinations are up to date at least four weeks before departure. Check the advice of the Institut Pasteur de Lille.';
    expect(language(post, 'post.md')).toMatchObject({ code: 'eng', confident: true });
  });

  it.each([
    'Nouveau : vos ordonnances sur l’appli MyHealth Pro, compatible iPhone et Android. Plus simple, plus rapide !',
    '« Better safe than sorry », disent les Anglais : en cas de fièvre chez un nourrisson, consultez sans attendre.',
    'Équipe de choc, matériel dernier cri, ambiance au top : venez vivre l’expérience KinéSport, vous ne serez pas déçus !',
    'Ostéopathie, kinésithérapie, podologie : consultations lundi-vendredi 9h-19h. Parking gratuit, accès PMR.',
  ])('never calls a French post with English words confidently foreign: %s', (post) => {
    const guess = language(post);
    expect(guess.code === 'fra' || !guess.confident).toBe(true);
  });
});
