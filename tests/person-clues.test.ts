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
  it('reads an age in words, after a starred name, in an apposition, a self-introduction or a bare heading', () => {
    expect(kinds('Margaux, trente-cinq ans, a repris la course.')).toEqual([['age', 'Margaux, trente-cinq ans']]);
    expect(kinds('Amandine*, 62 ans, a choisi la sleeve.')).toEqual([['age', 'Amandine*, 62 ans']]);
    expect(kinds('Anatole, un retraité de 70 ans, vient chaque lundi.')).toEqual([['age', 'Anatole, un retraité de 70 ans']]);
    expect(kinds('Lison est une étudiante de 19 ans.')).toEqual([['age', 'Lison est une étudiante de 19 ans']]);
    expect(kinds("Je m'appelle Anatole, j'ai soixante-dix ans.")).toEqual([['age', "Anatole, j'ai soixante-dix ans"]]);
    expect(kinds('Timéo 4 ans, opéré du cœur')).toEqual([['age', 'Timéo 4 ans']]);
    // an initial with an age; not after a civility (persons.ts reads it) nor the X, Y, Z of an anonymised case
    expect(kinds('J., 45 ans, consulte pour une toux.')).toEqual([['age', 'J., 45 ans']]);
    expect(kinds('Mme T., 74 ans, et X., 45 ans, consultent.')).toEqual([]);
  });
  it('leaves years of something and unknown words alone', () => {
    expect(kinds('Margaux 20 ans de métier, Anatole, un kiné de 30 ans de pratique.')).toEqual([]);
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
  it('counts a review\'s praise only beside an anchor of patient voice', () => {
    const words = (t: string) => patientVoice(t).map((m) => m.text);
    // a recommendation, the carers judged after the care, a relative's outcome: the praise around them counts
    expect(words('super experience, personnel adorable. je recommande !')).toEqual(['super experience', 'adorable', 'je recommande']);
    expect(words("l'equipe a ete tres rassurante, au top")).toEqual(["l'equipe a ete tres rassurante", 'au top']);
    expect(words("ma fille n'a plus peur des soins, merci a toute l'equipe")).toEqual(["ma fille n'a plus", "merci a toute l'equipe"]);
    // thanks to a carer with a quality felt in them
    expect(words("merci au dr roy, toujours a l'ecoute, au top")).toEqual(['merci au dr', "a l'ecoute", 'au top']);
    // praise anyone may write, advice, a colleague thanked: nothing
    expect(words("notre equipe tres professionnelle et a l'ecoute vous accueille")).toEqual([]);
    expect(words('je recommande une consultation par an, un examen rassurant')).toEqual([]);
    expect(words('un grand merci au dr fabre pour sa conference au top')).toEqual([]);
    // generic first-person care: a carer's act on me, my complaint gone; not a mentor's teaching
    expect(words("la pharmacienne m'a conseille une creme et mon eczema a disparu")).toEqual(["m'a conseille", 'mon eczema a disparu']);
    expect(words("le dr kessler m'a formee a l'hypnose, toujours a l'ecoute")).toEqual([]);
  });
});
