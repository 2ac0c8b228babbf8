// The quotation finder and the exhortation case of negation scope ("n’hésitez pas à …" is not a negation).
import { describe, expect, it } from 'vitest';
import { analyze, isNegated, Lexicon } from '../src/french/index.js';
import { quotations } from '../src/french/quotes.js';

describe('quotations', () => {
  it('finds « », “ ” and straight quotes with their inner text', () => {
    const text = 'Elle dit « Merci » puis “super” et "top".';
    const qs = quotations(text).map((q) => text.slice(q.inner.start, q.inner.end).trim());
    expect(qs).toEqual(['Merci', 'super', 'top']);
  });
  it('keeps nested quotes inside the outer one and ignores unclosed marks', () => {
    const text = '« “Il m’a sauvé” – Sophie » et « pas fermé';
    const qs = quotations(text);
    expect(qs).toHaveLength(1);
    expect(text.slice(qs[0].start, qs[0].end)).toBe('« “Il m’a sauvé” – Sophie »');
  });
  it('does not open a quote on an inch mark glued to a number', () => {
    expect(quotations('Écran 27" et 24"')).toEqual([]);
  });
});

describe('isNegated and exhortations', () => {
  const negated = (term: string, text: string) => {
    const a = analyze(text);
    const [hit] = new Lexicon([{ id: 't', terms: [term] }]).find(a);
    return isNegated(a, hit.fStart, hit.fEnd);
  };
  it('does not treat « n’hésitez pas à », « n’oubliez pas de » as negating what follows', () => {
    expect(negated('laisser un avis', 'N’hésitez pas à nous laisser un avis')).toBe(false);
    expect(negated('prendre rendez-vous', "N'oubliez pas de prendre rendez-vous")).toBe(false);
    expect(negated('consulter', 'Ne tardez pas à consulter')).toBe(false);
  });
  it('still negates ordinary « ne … pas »', () => {
    expect(negated('laisser un avis', 'Nous ne vous demanderons pas de laisser un avis')).toBe(true);
    expect(negated('sponsorisé', 'Ce post n’est pas sponsorisé')).toBe(true);
  });
  it('reads an enumeration back to its negated head, and only an enumeration', () => {
    expect(negated('remises', 'Nous ne faisons pas de publicité, de promotions ou de remises.')).toBe(true);
    expect(negated('promotions', 'Ici, ni publicité, ni cadeaux, ni de promotions.')).toBe(true);
    // (« des » after the comma is said, not denied: under a negation the article is « de »)
    expect(negated('cadeaux', 'Pas de publicité, des cadeaux pour tous les enfants')).toBe(false);
    // a new clause after the comma is not an item of the list
    expect(negated('promotions', 'Nous ne faisons pas de publicité, mais profitez de nos promotions.')).toBe(false);
    expect(negated('promotions', 'Pas de rendez-vous le samedi, nos promotions restent en ligne.')).toBe(false);
  });
});
