import { describe, expect, it } from 'vitest';
import { analyze } from '../src/french/index.js';
import { citesStudy } from '../src/french/citations.js';

const cites = (text: string) => {
  const a = analyze(text);
  return citesStudy(a, 0);
};

describe('citesStudy (author-year and journal citations in running text)', () => {
  it('reads an author with et al. and a year, with or without parentheses', () => {
    expect(cites('Une étude de Ferrand et al. (2023) a démontré un effet.')).toBe(true);
    expect(cites('Selon Ferrand et coll., 2019, le taux est stable.')).toBe(true);
  });
  it('reads a journal named in the sentence', () => {
    expect(cites('Un essai paru dans le Journal of Dental Research a montré une baisse.')).toBe(true);
    expect(cites('Résultats publiés dans la revue Kinésithérapie scientifique.')).toBe(true);
  });
  it('does not take a vague study or a plain year for a citation', () => {
    expect(cites('Une étude a démontré que tout le monde guérit.')).toBe(false);
    expect(cites('Depuis 2019, notre cabinet a soigné mille patients.')).toBe(false);
    expect(cites('Un article publié dans la presse locale en parle.')).toBe(false);
  });
});
