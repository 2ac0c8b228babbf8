// A small French grammar check for the text around a suggestion's replacement (tests only): the mistakes a
// word-for-word substitution makes, not French grammar at large. Each check returns what it found, quoted.

/** Gender of the nouns our suggestions put in a post, and of the nouns they are put beside. */
const NOUN_GENDER: Record<string, 'm' | 'f'> = {
  personne: 'f', patiente: 'f', patient: 'm', publication: 'f', consultation: 'f', séance: 'f', information: 'f',
  présentation: 'f', explication: 'f', option: 'f', amélioration: 'f', version: 'f', prise: 'f', tarif: 'm',
  conseil: 'm', résultat: 'm', praticien: 'm', praticienne: 'f', soin: 'm', cabinet: 'm', rendez: 'm', suivi: 'm',
  contrôle: 'm', schéma: 'm', devis: 'm', acte: 'm', bébé: 'm', enfant: 'm', femme: 'f', homme: 'm', dame: 'f', monsieur: 'm',
};
const MASCULINE = new Set(['le', 'un', 'ce', 'cet', 'du', 'au', 'notre', 'votre', 'mon', 'ton', 'son']);
const FEMININE = new Set(['la', 'une', 'cette']);
/** Adverbs that stand alone: no article, no preposition-article before them (« né le récemment »). */
const BARE_ADVERBS = ['récemment', 'hier', 'aujourd’hui', "aujourd'hui", 'demain', 'bientôt', 'souvent', 'toujours', 'jamais', 'longtemps', 'autrefois', 'ici', 'là-bas'];
/** Words French doubles on purpose (« nous nous voyons », « vous vous inscrivez »). */
const LEGIT_DOUBLES = new Set(['nous', 'vous']);
/** What replaces a person in our suggestions. */
const PERSON = '(?:une personne|un patient|une patiente)';

export interface GrammarProblem {
  check: 'doubled-word' | 'article-before-adverb' | 'gender' | 'dangling-dash' | 'name-left-before-replacement' | 'missing-preposition' | 'participle-agreement' | 'contraction';
  text: string;
  index: number;
}

const L = '\\p{L}';

/** Problems in `text`; `near` (a [start, end) range, the replacement) keeps only those that touch it. */
export function grammarProblems(text: string, near?: [number, number]): GrammarProblem[] {
  const out: GrammarProblem[] = [];
  const touches = (index: number, length: number) => !near || (index <= near[1] && index + length >= near[0]);
  const add = (check: GrammarProblem['check'], m: RegExpMatchArray) => {
    if (touches(m.index!, m[0].length)) out.push({ check, text: m[0], index: m.index! });
  };
  for (const m of text.matchAll(new RegExp(`(?<![${L}’'])(${L}+)\\s+\\1(?![${L}])`, 'giu'))) {
    if (!LEGIT_DOUBLES.has(m[1].toLowerCase())) add('doubled-word', m);
  }
  const adverbs = BARE_ADVERBS.join('|');
  for (const m of text.matchAll(new RegExp(`(?<![${L}])(?:le|la|les|l[’']|un|une|des|du|au|aux)\\s*(?:${adverbs})(?![${L}])`, 'giu'))) add('article-before-adverb', m);
  for (const m of text.matchAll(new RegExp(`(?<![${L}])(${L}+)\\s+(${L}+)(?![${L}])`, 'gu'))) {
    const det = m[1].toLowerCase();
    const gender = NOUN_GENDER[m[2].toLowerCase()];
    if (gender && ((gender === 'f' && MASCULINE.has(det) && det !== 'son') || (gender === 'm' && FEMININE.has(det)))) add('gender', m);
  }
  // A dash left with nothing to introduce (« — , », « Merci — ! ») or two in a row.
  for (const m of text.matchAll(/(?:^|\s)[—–]\s*(?=[,.;:!?)]|$)|[—–]\s*[—–]/gmu)) add('dangling-dash', m);
  // « — Martine une personne »: a name kept in front of the words that replace the person.
  // (After a dash or inside a sentence: a capitalised word that starts a sentence is a verb or « Merci ».)
  for (const m of text.matchAll(new RegExp(`(?<=(?:[—–,]|\\p{Ll})[ \\t]+)\\p{Lu}\\p{Ll}+[ \\t]+${PERSON}(?![${L}])`, 'gu'))) add('name-left-before-replacement', m);
  // « Merci une patiente »: thanks go « à » someone.
  for (const m of text.matchAll(new RegExp(`(?<![${L}])merci[ \\t]+${PERSON}(?![${L}])`, 'giu'))) add('missing-preposition', m);
  // « de une », « à le », « de les »: French contracts them (d’une, au, des).
  for (const m of text.matchAll(new RegExp(`(?<![${L}])(?:de\\s+(?:une?|le|les)|à\\s+(?:le|les)|d[’']\\s*(?:des|les|le|la|du))(?![${L}’'])`, 'giu'))) add('contraction', m);
  // « une personne est arrivé »: the replaced noun's gender, not the name's, now governs the participle.
  for (const m of text.matchAll(new RegExp(`(?<![${L}])(une personne|une patiente|un patient)\\s*,?\\s+(?:est|était|sera|a été|avait été)\\s+(${L}+)(?![${L}])`, 'gu'))) {
    const feminine = m[1] !== 'un patient';
    const participle = m[2];
    if (/é$/u.test(participle) && feminine) add('participle-agreement', m);
    if (/ée$/u.test(participle) && !feminine) add('participle-agreement', m);
  }
  return out;
}
