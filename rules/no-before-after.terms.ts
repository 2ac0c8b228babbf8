// DATA ONLY: the vocabulary of before/after presentations (DOMAIN.md §2.g). Add forms here, never code.
import type { TermEntry } from '../src/french/lexicon.js';
import * as S from './shared.terms.js';

export interface BeforeAfterTerm extends TermEntry {
  /** 'always': a before/after presentation by itself (hashtags, "transformation spectaculaire", "before/after");
   * 'pair': "avant/après", "avant et après", judged on what follows; 'result': a shown result, needs a visual cue. */
  kind: 'always' | 'pair' | 'result';
}

export const NEUTRAL = ['Explication des résultats possibles et de leurs limites'];

export const beforeAfterTerms: BeforeAfterTerm[] = [
  {
    id: 'hashtag-avant-apres',
    kind: 'always',
    terms: ['#avantaprès', '#avant_apres', '#beforeafter', '#beforeandafter', '#before_after', '#glowup', '#transformation', '#résultat(s)', '#resultatsvisibles', '#metamorphose'],
    suggestions: ['#prévention'],
  },
  {
    id: 'before-after',
    kind: 'always',
    terms: ['before after', 'before and after', 'before & after', 'before/after', 'before-after', 'b&a'],
    suggestions: NEUTRAL,
  },
  {
    id: 'resultat-montre',
    kind: 'always',
    terms: [
      ...S.showcasedResults, 'transformation(s) spectaculaire(s)', 'transformation(s) incroyable(s)', 'transformation(s) bluffante(s)',
      'résultat(s) impressionnant(s)', 'le résultat parle de lui-même', 'les résultats parlent d\'eux-mêmes',
      'regardez la différence', 'voyez la différence', 'admirez la différence', 'constatez la différence', 'regardez ce résultat',
      'admirez le résultat', 'voyez le résultat', 'regardez le résultat', 'métamorphose(s)', 'galerie de nos résultats',
      'galerie de nos réussites', 'galerie avant', 'la différence est flagrante', 'la différence est spectaculaire',
      'la différence est impressionnante', 'différence spectaculaire', 'différence flagrante', 'différence impressionnante',
      'quelle transformation', 'quel résultat', 'quel changement', 'beau résultat', 'superbe résultat', 'joli résultat',
      'magnifique résultat', 'beaux résultats', 'superbes résultats', 'magnifiques résultats', 'résultat(s) visible(s) en photo',
      'voici le résultat', 'voilà le résultat', 'voici les résultats', 'voilà les résultats', 'le résultat en image(s)',
      'le résultat en photo(s)', 'les résultats en image(s)', 'les résultats en photo(s)',
      // a result shown as a change of person or a real case (« méconnaissable », « cas réels »), and the English and
      // Spanish labels of galleries in French posts
      'méconnaissable(s)', 'rajeunissement bluffant', 'de type avant/après', 'cas réels', 'photos de cas réels', 'real results',
      'real patients', 'smile reveal', 'side-by-side', 'antes y después', 'resultados reales', 'casos reales',
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'avant-apres',
    kind: 'pair',
    patterns: [
      // "avant/après", "avant-après", "avant - après", "avant | après", "avant & après", "avant vs après", "avant → après", "avantaprès"
      /(?<![\p{L}])avant\s*(?:[/|&+>→➡⇒⟶=-]+|vs\.?|versus|\p{Extended_Pictographic}{1,2})?\s*apres(?![\p{L}])/u,
      // "avant et après", "avant puis après"
      /(?<![\p{L}])avant\s+(?:et|puis|ou)\s+apres(?![\p{L}])/u,
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'resultat-visuel',
    kind: 'result',
    terms: [
      ...S.spectacular, 'résultat(s)', 'résultat final', 'la différence', 'transformation(s)', 'j+{n}', 'j +{n}', 'au bout de {n} jours', 'au bout de {n} semaines', 'au bout de {n} mois',
      '{n} jours après', '{n} semaines après', '{n} mois après', '{n} jours plus tard', '{n} semaines plus tard', '{n} mois plus tard',
      'un mois après', 'un an après', 'un mois plus tard', 'un an plus tard',
    ],
    suggestions: NEUTRAL,
  },
];

/** What makes a result or an ambiguous pair a shown before/after (photo, swipe, "ci-dessous"). Folded text. */
export const visualCues = [
  'photo(s)', 'image(s)', 'ce visuel', 'le visuel', 'en visuel', 'cliché(s)', 'regardez', 'voyez', 'admirez', 'observez', 'constatez',
  'ci-dessous', 'ci-contre', 'ci-joint(e)(s)', 'à gauche', 'à droite', 'photo de gauche', 'photo de droite', 'swipe(z)',
  'glissez', 'faites défiler', 'défilez', 'en images', 'en photo(s)', 'carrousel', 'galerie', '👀', '📸', '➡', '👉', '🔄',
  'montage', 'comparaison', 'comparatif', 'spectaculaire(s)', 'parle de lui-même', 'parlent d\'eux-mêmes', 'j+{n}',
];

/** Words before the pair that make it a noun ("photos avant/après", "le avant/après", "nos avant-après"). Folded, end of text. */
export const nominalLead =
  /(?:(?:sourires?|transformations?|metamorphoses?|cas)(?:\s+(?:de|des)\s+(?:nos|mes)\s+patient\p{L}*)?|photos?|images?|cliches?|visuels?|comparaison|comparatif|resultats?|montage|galerie|le|un|ce|du|des|nos|mes|vos|notre|mon|incroyable|superbe|joli|bel)\s*$/u;

/** Results that are not a patient's: test results, a survey, a certification, an election. Folded, after "résultat(s)". */
export const notPatientResult =
  /^\s*(?:de\s+|des\s+|du\s+|d'|de\s+la\s+|de\s+l'|de\s+vos\s+|de\s+votre\s+|de\s+notre\s+|de\s+nos\s+)(?:\p{L}+\s+)?(?:analyse|examen|test|bilan|biolog|prise\s+de\s+sang|depistage|certification|visite|etude|enquete|sondage|questionnaire|recherche|essai|vote|election|concours|appel|irm|scanner|radio|biopsie|frottis|prelevement|mammographie|echographie|laboratoire|labo|pcr|serologie|consultation|imagerie|radiolog)|^\s*entre(?![\p{L}])/u;

/** Idioms around "la différence" / "le résultat" that show no patient ("fait toute la différence"). Folded, end of the text before. */
export const notPatientResultBefore = /(?:toute|faire|fait|font|faites|quelle\s+est|sans)\s+$/u;

/** A determiner or a possessive after the pair makes "avant et après" a time preposition ("avant et après votre séance"). */
export const temporalAfterPair = /^\s*(?:l'|(?:le|la|les|un|une|votre|vos|ton|ta|tes|son|sa|ses|chaque|toute|toutes|tout|tous|cette|ce|cet|ces|nos|notre|mon|ma|mes|leur|leurs|avoir|etre)(?![\p{L}]))/u;

/** A noun before the pair that makes it instructions ("Conseils avant/après", "à faire avant et après"). Folded, end of text. */
export const instructionsBeforePair =
  /(?:conseils?|consignes?|precautions?|recommandations?|a\s+faire|a\s+eviter|que\s+faire|informations?|infos?|questions?|fiches?|preparation|routine|soins|regles|gestes|se\s+passe-t-il|se\s+passe|que\s+manger|alimentation|hygiene|surveillance|traitement|medicaments?)\s*:?\s*$/u;

/** Educational wording around the pair ("Avant/après : ce qu'il faut savoir", "nos conseils"): a guide, not a result. Folded. */
export const educational =
  /(?:ce\s+qu'il\s+faut\s+savoir|ce\s+qu'il\s+faut\s+faire|nos\s+conseils|mes\s+conseils|les\s+bons\s+reflexes|mode\s+d'emploi|nos\s+explications|que\s+faire|les\s+consignes|les\s+precautions|guide|faq|questions?\s+frequentes)/u;

/** Press, discipline or refusal around the pair: it is talked about, not shown (« épinglé », « nous ne publions pas »). */
export const reportedOrRefused = [
  'épinglé(e)(s)', 'sanctionné(e)(s)', 'chambre disciplinaire', 'censé(e)(s) prouver', 'image retouchée', 'images retouchées',
  'ne publions', 'ne publie', 'ne publierons', 'ne trouverez', 'jamais utilisé(e)(s)', 'aucune galerie', 'ne montrons', 'ne montre pas',
];

/** Words that mark an image as a diagram or an illustration, which is allowed. */
export const illustrationWords = ['schéma(s)', 'schématique', 'illustration(s)', 'infographie(s)', 'diagramme(s)', 'dessin(s)', 'coupe anatomique', 'planche anatomique', 'courbe(s)', 'graphique(s)'];

/** "Avant : dos voûté. Après : posture parfaite." — labels followed by descriptions (not instructions). Folded text. */
export const labelledPair = /(?<![\p{L}])avant\s*:\s*([^:\n]{1,80}?)\s*(?:[.;,/|]|\n|$)\s*(?:\p{L}+\s+)?apres\s*:/u;

/** An instruction after "Avant :" ("ne mangez pas", "boire", "évitez"): a to-do list, not a before/after. Folded. */
export const instructionStart =
  /^\s*(?:ne\s|n'|pas\s|evite|pense|veille|il\s+faut|prevoi|boire|manger|prendre|eviter|arreter|appliquer|mettre|faire|se\s|s'|\p{L}{3,}ez(?![\p{L}])|\p{L}+ez-vous|\p{L}+ez-les)/u;

/** "À gauche : janvier. À droite : décembre." — a left/right comparison with a time or result marker. Folded. */
export const leftRight = /(?:photos?\s+de\s+gauche|a\s+gauche|sur\s+la\s+gauche)([^\n]{0,100}?)(?:photos?\s+de\s+droite|a\s+droite|sur\s+la\s+droite)/u;
export const progressMarkers =
  /(?<![\p{L}])(?:avant|apres|resultat|debut|fin\s+de|aujourd'hui|maintenant|plus\s+tard|le\s+jour\s+(?:de|du|d')|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|j\s?\+\s?\d+|(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|dix-huit|quelques)\s+(?:jours|semaines|mois|ans)|premiere\s+seance|derniere\s+seance|19\d\d|20\d\d)(?![\p{L}])/u;

/**
 * « La transformation de Lucas », « Élodie avant sa transformation »: a named person's change shown as a result.
 * Folded; group 1 or 2 is the word that must be a given name (capitalised in the text).
 */
export const namedTransformation =
  /(?<![\p{L}])(?:(?:la|sa|leur)\s+)?(?:transformation|metamorphose|evolution\s+spectaculaire)\s+(?:de|d')\s*(\p{L}+)|(?<![\p{L}])(\p{L}+)\s+(?:avant|apres)\s+(?:sa|son|leur)\s+(?:transformation|metamorphose)(?![\p{L}])/gu;

/**
 * « Avant, je cachais mon sourire. Aujourd'hui, je ris sur les photos »: a first-person before and after, told as two
 * sentences opening on « Avant, » and « Après, / Aujourd'hui, / Maintenant, ». Folded.
 */
export const toldPair =
  /(?<![\p{L}])avant\s*,\s*(?:(?:je|nous|mon|ma|mes|il|elle|on)(?![\p{L}])|j')[^.!?\n]{3,140}[.!?…]+\s+(?:apres|aujourd'hui|maintenant|desormais)\s*,\s*(?:(?:je|nous|mon|ma|mes|il|elle|on)(?![\p{L}])|j')[^.!?\n]{0,160}/u;
/** What a told before/after must be about to be a result: the body, the look, pain, the mirror. Folded. */
export const resultSubject =
  /(?<![\p{L}])(?:sourire|dents?|peau|rides?|kilos?|kg|taille|silhouette|corps|visage|nez|levres?|poitrine|ventre|cheveux|photos?|miroir|complexes?|douleurs?|dos|regard|cernes?|acne|boutons?|cicatrices?)(?![\p{L}])/u;

/** Points in time a photo series is dated by ("en janvier et en décembre", "J0 et J+30", "à 3 mois"). Folded. */
export const timePoints =
  /(?<![\p{L}])(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|j\s?\+?\s?\d+|\d+\s+(?:jours|semaines|mois|ans?))(?![\p{L}])/gu;

/** A paragraph that is only a caption label: "**Avant**", "Après 👇". Folded. */
export const loneLabel = /^\s*(avant|apres|before|after)\s*[:.!]?\s*(?:\p{Extended_Pictographic}\s*)*$/u;

/** Image alt text or file name showing a before/after. File names are folded and URL-decoded first. */
export const altPair = /(?<![\p{L}])(?:avant(?:[\s\S]{0,60}?)apres|apres(?:[\s\S]{0,40}?)avant|before(?:[\s\S]{0,40}?)after)(?![\p{L}])/u;
export const fileNamePair =
  /(?:avant[-_. ]?(?:et[-_. ]?|vs[-_. ]?)?apres|before[-_. ]?(?:and[-_. ]?|&[-_. ]?)?after|(?:^|[-_.])(?:avant|apres|before|after|ba)(?=\.[a-z0-9]+$|$)|(?:^|[-_.])ba(?=[-_.]))/u;
