import { describe, expect, it } from 'vitest';
import { personClues, signatureAtEnd } from '../src/french/person-clues.js';
import { patientVoice } from '../src/french/patient-voice.js';
import { foldTerm } from '../src/french/normalize.js';

const names = new Map([['margaux', 'f'], ['anatole', 'm'], ['timeo', 'm'], ['amandine', 'f'], ['berenice', 'f'], ['lison', 'f']]);
const kinds = (t: string) => personClues(t, names, foldTerm).map((c) => [c.kind, t.slice(c.start, c.end)]);

describe('person clues', () => {
  it('reads an age told with a verb or an apposition', () => {
    expect(kinds('Margaux a 31 ans et vit à Lorient.')).toEqual([['age', 'Margaux a 31 ans']]);
    expect(kinds('Anatole, âgé de 67 ans, remarche.')).toEqual([['age', 'Anatole, âgé de 67 ans']]);
    expect(kinds('Margaux, qui a 31 ans, est venue.')).toEqual([['age', 'Margaux, qui a 31 ans']]);
  });
  it('leaves years of something and unknown words alone', () => {
    expect(kinds('Lison a 15 ans de pratique du yoga.')).toEqual([]);
    expect(kinds('Depuis a 15 ans, Lorient a 3 ans de retard.')).toEqual([]);
  });
  it('reads newborn measures and relatives', () => {
    expect(kinds('Bienvenue à Timéo, 49 cm et 3,1 kg ! Sa maman Amandine va bien.')).toEqual([
      ['measures', 'Timéo, 49 cm'],
      ['relative', 'Sa maman Amandine'],
    ]);
  });
  it('finds a signature closing the text', () => {
    const t = 'Je reviendrai avec plaisir. Bérénice Lallemand';
    const s = signatureAtEnd(t, names, foldTerm);
    expect(s && t.slice(s.start, s.end)).toBe('Bérénice Lallemand');
    expect(signatureAtEnd('Je reviendrai avec plaisir au cabinet.', names, foldTerm)).toBeUndefined();
  });
});

describe('patient voice', () => {
  it('counts distinct first-person markers of care received', () => {
    expect(patientVoice("mon kine m'a propose des seances, je reviendrai").map((m) => m.text)).toEqual(['mon kine', "m'a propose", 'je reviendrai']);
    expect(patientVoice('je recois mes patients et je me deplace a domicile')).toEqual([]);
  });
});
