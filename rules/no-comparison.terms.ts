// DATA ONLY: comparison frames and the practitioners or establishments they compare with (DOMAIN.md §2.f).
// Patterns run on folded text: lowercase, no accents, ' for every apostrophe, " for every quotation mark.
import type { TermEntry } from '../src/french/lexicon.js';
import { practiceNouns } from './no-promotional-wording.terms.js';

export interface ComparisonTerm extends TermEntry {
  kind: 'comparison' | 'exclusivityClaim' | 'denigration';
  /** A word that must follow within `gap` words before the target is looked for ("plus … que", "supérieur … à"). */
  link?: RegExp;
  gap?: number;
  /** Words after the match (or after the link) where a practitioner or establishment must appear (0 = the match names it). */
  window: number;
  /** The clause must also match (a saying verb, a negation…); 'around': the phrase up to just after the match. */
  requires?: RegExp;
  requiresIn?: 'clause' | 'around';
  /** An exclusivity counts only with a place ("de Quimper") or a distinguishing qualifier ("formé à", "équipé de"). */
  needsQualifier?: boolean;
  unless?: RegExp;
  unlessBefore?: RegExp;
  unlessAfter?: RegExp;
  /** The frame carries its own negation ("pas comme aux urgences"): skip the negation cue. */
  ownNegation?: boolean;
  /** Not a claim of the author when it compares third parties ("les kinés sont plus nombreux que les médecins"). */
  selfOnly?: boolean;
  /** Only when the author speaks of itself in the sentence (nous, notre, ici…). */
  needsSelf?: boolean;
}

/** Who may not be compared with: practitioners and establishments, competitors, "elsewhere". */
export const targets = [
  ...practiceNouns.filter((t) => !['team', 'duo', 'trio', 'binôme(s)', 'expert(e)(s)', 'équipe(s)'].includes(t)),
  'urgences', 'maternité(s)', 'concurrent(e)(s)', 'concurrence', 'chaîne(s)', 'enseigne(s)', 'ailleurs', 'laboratoire(s)', 'centre(s) de santé',
];

/** Qualifiers that make "le seul cabinet …" a claim over the others. */
export const qualifiers = [
  'équipé(e)(s)', 'formé(e)(s)', 'certifié(e)(s)', 'agréé(e)(s)', 'labellisé(e)(s)', 'habilité(e)(s)', 'spécialisé(e)(s)',
  'diplômé(e)(s)', 'accrédité(e)(s)', 'ouvert(e)(s)', 'à proposer', 'à pratiquer', 'à offrir', 'à utiliser', 'à disposer',
  'à réaliser', 'à posséder', 'qui propose', 'qui pratique', 'qui dispose', 'qui possède', 'qui utilise', 'à avoir', 'à être',
];

/** Words before "que" that make it a time clause or a restriction, not a comparison ("plus de 20 ans que"). */
const NOT_COMPARATIVE_BEFORE = /(?:d'autant|(?:^|[^\p{L}])(?:ne|n')\s*[\p{L}']+|non)\s*$/u;
/** Working together, being replaced, on-call rota: the others are colleagues, not competitors. */
const COOPERATION = /travaill|collabor|en lien|avec les autres|adress|orient|partenai|ensemble|du cabinet|de l'equipe|de la maison|de garde|du secteur|du quartier|du territoire|remplac|confraternel|absence/u;
/** Others said to speak or act badly: "les autres médecins vous diront…", "certains centres facturent…". */
const SAYING = /vous\s+dir(?:ont|a|ait|aient)|(?<![\p{L}])(?:disent|pretendent|affirment|refusent|se\s+contentent|negligent|expedient|baclent|vous\s+(?:font|feront)\s+(?:attendre|payer)|facturent)(?![\p{L}])/u;
/** Others said not to do something ("certains cabinets ne prennent plus de patients"), a contrast only when the author speaks too. */
const NOT_DOING = /(?<![\p{L}])(?:ne|n')\s*[\p{L}']+\s+(?:pas|jamais|plus|guere|que)(?![\p{L}])/u;

/** Word cues the rule reads around a frame. */
export const cues = {
  /** The author speaking of itself: "nous", "notre cabinet", "chez nous", "ici". */
  SELF: /(?<![\p{L}])(?:nous|notre|nos|ici|je|j'|mon|ma|mes|on)(?![\p{L}])/u,
  OWN: /^(?:notre|nos|mon|ma|mes)$/u,
  /** "nos confrères" are others even with a possessive. */
  COLLEAGUES: /^(?:confr|conso|colleg|concurr)/u,
  /** A practice in the singular as subject is the author ("le cabinet est mieux équipé que …"). */
  ESTABLISHMENT: /^(?:cabinet|centre|clinique|polyclinique|institut|pharmacie|officine|maison|structure|etablissement|hopital|chu|equipe)$/u,
  /** "Les autres vous diront que …": "autres" stands for the other practitioners. */
  OTHERS_SAY: /^\s*(?:vous\s+(?:diront|dira|disent|feront|font|proposeront|promettent|vendront)|disent|pretendent|promettent|affirment)(?![\p{L}])/u,
  /** A comparison drawn from a cited study is health information. */
  CITATION: /\([^()]*(?:19|20)\d{2}\)|(?<![\p{L}])(?:doi|pmid)(?![\p{L}])/u,
  /** A determiner before "que" makes it a relative pronoun ("aussi les patients que …"). */
  DETERMINER: /^(?:le|la|les|un|une|ce|cet|cette|ces|mon|ma|mes|notre|nos|votre|vos|leurs?|l'.*)$/u,
  /** "plus de vingt ans que le cabinet existe": time, not a comparison. */
  TIME: /(?:ans|an|mois|semaines?|jours?|heures?|annees?|minutes?)\s*$/u,
};

export const comparisonTerms: ComparisonTerm[] = [
  {
    id: 'plus-que', kind: 'comparison', selfOnly: true, window: 7, gap: 5,
    link: /^(?:que|qu')$/u,
    patterns: [/(?<![\p{L}])(?:plus|moins|mieux|meilleur(?:e|s|es)?|pire(?:s)?|davantage)(?![\p{L}])/u],
    unlessBefore: NOT_COMPARATIVE_BEFORE,
    unless: /(?<![\p{L}])plus\s+que\s+jamais(?![\p{L}])/u,
  },
  {
    id: 'aussi-que', kind: 'comparison', selfOnly: true, window: 7, gap: 2,
    link: /^(?:que|qu')$/u,
    patterns: [/(?<![\p{L}])(?:aussi|(?<!d')autant)(?![\p{L}])/u],
  },
  {
    id: 'superieur-a', kind: 'comparison', selfOnly: true, window: 6, gap: 1,
    link: /^(?:a|au|aux|de|du|des|d')$/u,
    patterns: [/(?<![\p{L}])(?:superieur|inferieur|prefer(?:able|ables)|equivalent)(?:e|s|es)?(?![\p{L}])/u],
  },
  {
    id: 'par-rapport', kind: 'comparison', selfOnly: true, window: 5,
    terms: ['par rapport à', 'par rapport au', 'par rapport aux', 'comparé(e)(s) à', 'comparé(e)(s) au', 'comparé(e)(s) aux', 'en comparaison de', 'en comparaison des', 'vs', 'versus'],
    unless: COOPERATION,
  },
  {
    id: 'nulle-part-ailleurs', kind: 'comparison', window: 0,
    terms: [
      'nulle part ailleurs', 'pourquoi aller ailleurs', 'pourquoi chercher ailleurs', 'inutile d\'aller ailleurs', 'inutile de chercher ailleurs',
      'ne cherchez plus ailleurs', 'introuvable(s) ailleurs', 'qu\'ailleurs', 'pas comme ailleurs',
    ],
    patterns: [/(?<![\p{L}])(?:plus|moins)\s+(?:[\p{L}]+\s+){1,2}ailleurs(?![\p{L}])/u],
    ownNegation: true,
  },
  {
    id: 'contrairement', kind: 'denigration', window: 5,
    terms: ['contrairement à', 'contrairement au', 'contrairement aux', 'à la différence de', 'à la différence des', 'à la différence du', 'à la différence d\'', 'à l\'inverse de', 'à l\'inverse des', 'à l\'inverse du', 'là où les', 'là où d\'autres', 'pas comme les'],
    ownNegation: true, selfOnly: true,
  },
  {
    id: 'oubliez-les', kind: 'denigration', window: 5,
    terms: ['oubliez les', 'oubliez vos', 'fini(e)(s) les', 'adieu les', 'marre des', 'marre de votre', 'déçu(e)(s) par', 'déçu(e)(s) de', 'mécontent(e)(s) de votre', 'changez de', 'pourquoi attendre', 'inutile d\'attendre'],
    ownNegation: true,
  },
  {
    id: 'comme-ailleurs', kind: 'denigration', window: 5, ownNegation: true, requiresIn: 'around',
    // "pas d'attente comme aux urgences", "comme dans certains centres"; not "comme tous les cabinets du secteur".
    patterns: [/(?<![\p{L}])comme(?![\p{L}])(?!\s+(?:dans\s+|chez\s+|a\s+|en\s+)?(?:tous|toutes|tout|l'ensemble|nos|notre|vos|votre)(?![\p{L}]))/u],
    requires: /(?<![\p{L}])(?:pas|jamais|aucun|aucune|sans|fini|finie|finis|finies|loin|ni|plus\s+d')(?![\p{L}])|comme\s+(?:dans\s+|chez\s+|a\s+|aux\s+)?(?:certain(?:e|s|es)?|d'autres|beaucoup|la\s+plupart|trop)(?![\p{L}])/u,
  },
  {
    id: 'les-autres', kind: 'denigration', window: 2,
    patterns: [/(?<![\p{L}])(?:les|des|aux|d')\s*autres(?![\p{L}])|(?<![\p{L}])certain(?:e|s|es)(?![\p{L}])/u],
    requires: SAYING, requiresIn: 'clause',
    unless: COOPERATION,
  },
  {
    id: 'les-autres-nous', kind: 'denigration', window: 2, needsSelf: true,
    patterns: [/(?<![\p{L}])(?:les|des|aux|d')\s*autres(?![\p{L}])|(?<![\p{L}])certain(?:e|s|es)(?![\p{L}])/u],
    requires: NOT_DOING, requiresIn: 'clause',
    unless: COOPERATION,
  },
  {
    id: 'le-seul', kind: 'exclusivityClaim', window: 3, needsQualifier: true,
    patterns: [/(?<![\p{L}])(?:(?:le|la|les)\s+(?:premier|premiere|premiers|premieres)\s+(?:et|mais\s+aussi)\s+)?(?:(?:le|la|les|l')\s*)?(?<!(?:un|une)\s)(?:seul|seule|seuls|seules|unique|uniques)(?![\p{L}])/u],
    unlessAfter: /^\s+(?:le|la|les|l'|un|une|des)(?![\p{L}])/u,
    unless: /(?<![\p{L}])(?:de\s+garde|garde|tableau\s+(?:officiel\s+)?de\s+garde)(?![\p{L}])/u,
    suggestions: ['un cabinet'],
  },
  {
    id: 'nous-seuls', kind: 'exclusivityClaim', window: 0,
    patterns: [
      /(?<![\p{L}])(?:nous\s+sommes|je\s+suis|sommes|suis)\s+(?:les|le|la|l')\s*(?:seul|seule|seuls|seules|uniques?|premier|premiere|premiers|premieres)\s+a\s+[\p{L}']+/u,
      /(?<![\p{L}])seul(?:e|s|es)?\s+(?:en|dans|de|du|sur)\s+(?:[\p{L}'-]+\s+){1,4}?a\s+(?:proposer|pratiquer|offrir|utiliser|disposer|realiser|posseder|etre)(?![\p{L}])/u,
    ],
    unless: /(?<![\p{L}])(?:de\s+garde|vaccin\p{L}*|moyen|traitement|medicament)(?![\p{L}])/u,
    suggestions: ['nous proposons'],
  },
];
