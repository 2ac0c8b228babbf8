// Every suggestion of every fixture reads as French where it replaces text (issue #10): no doubled word, no article
// before a bare adverb, an article that agrees with the noun put after it, no dash left alone, no name left in
// front of the words that replace the person, thanks « à » someone, the participle's gender.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { grammarProblems } from './helpers/grammar.js';
import { fitReplacement } from '../src/rule-kit.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface Applied {
  where: string;
  desc: string;
  output: string;
  /** The replaced span in `output` (common prefix and suffix with the post removed). */
  span: [number, number];
}

function everySuggestion(): Applied[] {
  const out: Applied[] = [];
  for (const rule of fs.readdirSync(FIXTURES)) {
    const dir = path.join(FIXTURES, rule, 'invalid');
    if (!fs.existsSync(dir)) continue;
    const names = fs.readdirSync(dir);
    for (const expected of names.filter((f) => f.endsWith('.expected.json'))) {
      const slug = expected.slice(0, -'.expected.json'.length);
      const post = names.find((f) => f.startsWith(`${slug}.`) && !f.endsWith('.json'));
      if (!post) continue;
      const source = fs.readFileSync(path.join(dir, post), 'utf8');
      for (const problem of JSON.parse(fs.readFileSync(path.join(dir, expected), 'utf8')) as Array<{ suggestions?: Array<{ desc: string; output: string }> }>) {
        for (const { desc, output } of problem.suggestions ?? []) {
          let a = 0;
          while (a < source.length && a < output.length && source[a] === output[a]) a++;
          let b = 0;
          while (b < source.length - a && b < output.length - a && source[source.length - 1 - b] === output[output.length - 1 - b]) b++;
          out.push({ where: `${rule}/${post}`, desc, output, span: [a, output.length - b] });
        }
      }
    }
  }
  return out;
}

describe('the grammar check itself', () => {
  const found = (text: string) => grammarProblems(text).map((p) => p.check);

  it('finds each mistake the issue names, and one of each kind', () => {
    expect(found('Bébé Maël, née le récemment à 4 h.')).toEqual(['article-before-adverb']);
    expect(found('Un grand merci — Martine une personne.')).toEqual(['name-left-before-replacement']);
    expect(found('Et si votre votre praticien vous le disait ?')).toEqual(['doubled-word']);
    expect(found('Pour découvrir le information du jour.')).toEqual(['gender']);
    expect(found('Une tarif affiché.')).toEqual(['gender']);
    expect(found('Merci à Lou — , à bientôt')).toEqual(['dangling-dash']);
    expect(found('Merci une patiente pour ce mot.')).toEqual(['missing-preposition']);
    expect(found('Quand une personne est arrivé au cabinet.')).toEqual(['participle-agreement']);
    expect(found('La photo de une patiente, le sourire de le patient.')).toEqual(['contraction', 'contraction']);
    expect(found('Capture d’des informations.')).toEqual(['contraction']);
  });

  it('leaves correct French alone', () => {
    for (const ok of [
      'Née récemment, à 4 h.',
      'Nous nous retrouvons lundi ; vous vous inscrivez en ligne.',
      'Pour découvrir l’information du jour, un tarif affiché, la consultation.',
      'Merci à une patiente pour ce mot — elle se reconnaîtra.',
      'Quand un patient est arrivé au cabinet, une patiente est arrivée ensuite.',
      'Rappelez un patient demain.',
    ]) {
      expect(grammarProblems(ok), ok).toEqual([]);
    }
  });

  it('keeps only what touches the replaced span when one is given', () => {
    const text = 'le le début, puis née le récemment';
    expect(grammarProblems(text, [text.indexOf('récemment'), text.length]).map((p) => p.check)).toEqual(['article-before-adverb']);
  });
});

describe('fitReplacement', () => {
  const apply = (source: string, match: string, wording: string) => {
    const start = source.indexOf(match);
    const f = fitReplacement(source, start, start + match.length, wording);
    return source.slice(0, f.start) + f.text + source.slice(f.end);
  };

  it('fits articles, doubles and the person to the words around', () => {
    expect(apply('Mme Riou, née le 3 mars 1950, domiciliée ici.', '3 mars 1950', 'récemment')).toBe('Mme Riou, née récemment, domiciliée ici.');
    expect(apply('Et si votre bonne résolution était un bilan ?', 'bonne résolution était un bilan', 'Votre praticien vous dira si un soin est utile')).toBe('Et si votre praticien vous dira si un soin est utile ?');
    expect(apply('Pour découvrir le résultat final de ce soin.', 'résultat final', 'Explication des résultats possibles')).toBe('Pour découvrir l’explication des résultats possibles de ce soin.');
    expect(apply('Une remise de 20 % ce mois-ci.', 'remise de 20 %', 'Tarif : … €')).toBe('Un tarif : … € ce mois-ci.');
    expect(apply('💬 Merci Julie pour ce mot.', 'Julie', 'une patiente')).toBe('💬 Merci à une patiente pour ce mot.');
    expect(apply('Quand léo est arrivé au cabinet.', 'léo', 'une personne')).toBe('Quand un patient est arrivé au cabinet.');
    expect(apply('Quand léa est arrivée au cabinet.', 'léa', 'une personne')).toBe('Quand une patiente est arrivée au cabinet.');
    expect(apply('Une photo de Léa.', 'Léa', 'une patiente')).toBe('Une photo d’une patiente.');
    expect(apply('Le sourire de Léo.', 'Léo', 'le patient')).toBe('Le sourire du patient.');
    expect(apply('Capture d’un avis Google.', 'avis', 'Informations pratiques')).toBe('Capture d’informations pratiques Google.');
    expect(apply('Capture d’un avis Google.', 'avis', 'Tarif : … €')).toBe('Capture d’un tarif : … € Google.');
  });
});

describe('every suggestion of every fixture', () => {
  const all = everySuggestion();

  it('covers the fixtures’ suggestions', () => {
    expect(all.length).toBeGreaterThan(1000);
  });

  it('reads as French where it replaces text', () => {
    const problems = all.flatMap((s) =>
      grammarProblems(s.output, s.span).map((p) => `${s.where} : ${p.check} « ${p.text} » (${s.desc})`),
    );
    expect(problems).toEqual([]);
  });
});
