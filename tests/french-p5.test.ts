// Negation scope additions used by no-unverified-claim: a negative subject ("rien ne prouve") and a verb negated
// after the match ("le risque zéro n'existe pas").
import { describe, expect, it } from 'vitest';
import { analyze, isNegated, Lexicon } from '../src/french/index.js';

const negated = (terms: string[], text: string, sansNegates = true) => {
  const a = analyze(text);
  const [hit] = new Lexicon([{ id: 't', terms }]).find(a);
  if (!hit) throw new Error(`no hit in ${text}`);
  return isNegated(a, hit.fStart, hit.fEnd, { sansNegates });
};

describe('isNegated: negative subjects and negated verbs after the match', () => {
  it('reads « rien ne » / « personne n’ » as a negation of what follows', () => {
    expect(negated(['prouve'], 'Rien ne prouve que les huiles essentielles soignent l’angine.')).toBe(true);
    expect(negated(['garanti(e)(s)'], 'Personne n’a jamais garanti un résultat.')).toBe(true);
  });
  it('reads a verb negated right after the match', () => {
    expect(negated(['risque zéro'], 'Le risque zéro n’existe pas.', false)).toBe(true);
    expect(negated(['résultat garanti'], 'Un résultat garanti ne se promet jamais en médecine.')).toBe(true);
  });
  it('keeps affirmative sentences affirmative', () => {
    expect(negated(['risque zéro'], 'Risque zéro pour votre émail, c’est notre engagement.', false)).toBe(false);
    expect(negated(['garanti(e)(s)'], 'Résultat garanti, rien de moins.')).toBe(false);
    expect(negated(['sans risque'], 'Une méthode douce et sans risque.', false)).toBe(false);
  });
});

describe('isNegated: « non » denies the one word after it', () => {
  it('negates the word right after « non »', () => {
    expect(negated(['garanti(e)(s)'], 'Un résultat non garanti, qui dépend de chacun.')).toBe(true);
    expect(negated(['douloureux'], 'Un geste non douloureux pour la plupart des patients.')).toBe(true);
  });
  it('leaves the second adjective of a pair, and what follows « non seulement », affirmed', () => {
    expect(negated(['indolore'], 'Un soin non chirurgical et indolore, fait en vingt minutes.')).toBe(false);
    expect(negated(['efficace'], 'Une méthode non seulement douce mais efficace contre les migraines.')).toBe(false);
  });
});
