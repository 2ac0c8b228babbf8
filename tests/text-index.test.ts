import { describe, expect, it } from 'vitest';
import { firstTokenFrom, subscribe, subscribeNeedles, TextIndex, textIndex } from '../src/french/text-index.js';

const wordsAt = (index: TextIndex, id: number) => index.tokens(id).map((i) => index.words[i]);

describe('text index shared by every term list', () => {
  it('gives each subscriber only the tokens that are its anchor words or start with its prefixes', () => {
    const a = subscribe(['remise', 'promo'], ['reserv']);
    const b = subscribe(['promo', 'offert']);
    const index = new TextIndex('promo : remise offerte, reservez vite, promo encore ; reservation');
    expect(wordsAt(index, a)).toEqual(['promo', 'remise', 'reservez', 'promo', 'reservation']);
    expect(wordsAt(index, b)).toEqual(['promo', 'promo']);
  });

  it('adds a subscriber made after the text was indexed (rules subscribe when they first run)', () => {
    const text = 'le meilleur cabinet de la ville, le plus moderne';
    const index = textIndex(text);
    const early = subscribe(['cabinet']);
    expect(wordsAt(index, early)).toEqual(['cabinet']);
    const late = subscribe(['meilleur', 'plus'], ['modern']);
    expect(textIndex(text)).toBe(index);
    expect(wordsAt(index, late)).toEqual(['meilleur', 'plus', 'moderne']);
    expect(wordsAt(index, early)).toEqual(['cabinet']);
  });

  it('finds needles anywhere in the text, including needles subscribed later, in small or large numbers', () => {
    subscribeNeedles(['au lieu de', 'moitie prix']);
    const index = new TextIndex('39 euros au lieu de 60, et le reste a moitie prix');
    expect(index.needlesPresent().has('au lieu de')).toBe(true);
    expect(index.needlesPresent().has('moitie prix')).toBe(true);
    subscribeNeedles(['reste a', 'jamais vu']);
    expect(index.needlesPresent().has('reste a')).toBe(true);
    expect(index.needlesPresent().has('jamais vu')).toBe(false);
    // Many at once take the pair scan rather than one search per needle: same answers.
    const many = Array.from({ length: 100 }, (_, k) => `zz${k}q`);
    subscribeNeedles([...many, 'euros au']);
    expect(index.needlesPresent().has('euros au')).toBe(true);
    expect(many.some((n) => index.needlesPresent().has(n))).toBe(false);
  });

  it('finds the first anchor token at or after an offset', () => {
    const id = subscribe(['prix']);
    const index = new TextIndex('prix bas, prix doux, prix fou');
    const tokens = index.tokens(id);
    expect(tokens.map((i) => index.starts[i])).toEqual([0, 10, 21]);
    expect(firstTokenFrom(index, tokens, 0)).toBe(0);
    expect(firstTokenFrom(index, tokens, 1)).toBe(1);
    expect(firstTokenFrom(index, tokens, 10)).toBe(1);
    expect(firstTokenFrom(index, tokens, 22)).toBe(3);
  });

  it('finds overlapping needles and needles inside others as a search for each would (random texts)', () => {
    const alphabet = ['a', 'b', 'c', ' ', 'é'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    const list = [...new Set(Array.from({ length: 80 }, () => word(2 + rand(4))).concat(['ab', 'bab', 'abab', 'b a', 'a é']))];
    subscribeNeedles(list);
    // Short texts are searched from their character pairs, long ones (2,000 characters or more) by the automaton.
    for (const length of [40, 2_100]) {
      for (let k = 0; k < 200; k++) {
        const text = word(rand(length) + (length > 40 ? 2_000 : 0));
        const index = new TextIndex(text);
        for (const n of list) expect(index.needlesPresent().has(n), `${n} in ${text.slice(0, 60)}`).toBe(text.includes(n));
      }
    }
  });
});
