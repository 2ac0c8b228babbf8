// Profession profiles as data (DOMAIN.md §3): which article each legal category cites, and which rules a
// profession tightens or relaxes. Article numbers move (DOMAIN.md §0.2): update them here, never in rules.
import { PROFILES, type LegalCategory, type Profile, type SeverityName } from './types.js';

export function isProfile(x: unknown): x is Profile {
  return typeof x === 'string' && (PROFILES as readonly string[]).includes(x);
}

const SECRET = 'art. L.1110-4 CSP et art. 226-13 C. pén.';
const INFLUENCE = 'loi n° 2023-451 du 9 juin 2023';
const MEDICINES = 'art. L.5122-6 et R.5122-4 CSP';
const AESTHETIC = 'art. L.6322-1 CSP et loi n° 2023-451, art. 4';

type Articles = Record<LegalCategory, string>;

const MEDECIN: Articles = {
  commerce: 'art. R.4127-19 CSP',
  communication: 'art. R.4127-19-1 CSP',
  publicInfo: 'art. R.4127-13 CSP',
  paidReferencing: 'art. R.4127-80 CSP',
  secrecy: 'art. R.4127-4 et L.1110-4 CSP, art. 226-13 C. pén.',
  advantages: 'art. R.4127-24 CSP',
  charlatanism: 'art. R.4127-39 CSP',
  influence: INFLUENCE,
  aesthetic: AESTHETIC,
  nameUse: 'art. R.4127-20 CSP',
  medicines: MEDICINES,
};

/**
 * Where DOMAIN.md marks a number as unverified, the message names the code rather than a number that may be
 * wrong (sages-femmes after décret 2025-1426, pharmaciens after the 2026 code, referencing bans of the other
 * 2020 professions).
 */
const ARTICLES: Record<Profile, Articles> = {
  medecin: MEDECIN,
  esthetique: { ...MEDECIN, commerce: 'art. R.4127-19 CSP et art. L.6322-1 CSP' },
  'chirurgien-dentiste': {
    ...MEDECIN,
    commerce: 'art. R.4127-215 CSP',
    communication: 'art. R.4127-215-1 CSP',
    publicInfo: 'art. R.4127-215-3 CSP',
    paidReferencing: 'art. R.4127-217 CSP',
    secrecy: SECRET,
    advantages: 'art. R.4127-215 CSP',
    charlatanism: 'art. R.4127-215-1 CSP',
    nameUse: 'art. R.4127-225 CSP',
  },
  'sage-femme': {
    ...MEDECIN,
    commerce: 'code de déontologie des sages-femmes (décret n° 2025-1426)',
    communication: 'code de déontologie des sages-femmes (décret n° 2025-1426)',
    publicInfo: 'code de déontologie des sages-femmes (décret n° 2025-1426)',
    paidReferencing: 'code de déontologie des sages-femmes (décret n° 2025-1426)',
    secrecy: SECRET,
    advantages: 'code de déontologie des sages-femmes (décret n° 2025-1426)',
    charlatanism: 'code de déontologie des sages-femmes (décret n° 2025-1426)',
    nameUse: 'code de déontologie des sages-femmes (décret n° 2025-1426)',
  },
  infirmier: {
    ...MEDECIN,
    commerce: 'art. R.4312-76 CSP',
    communication: 'art. R.4312-68-1 CSP',
    publicInfo: 'art. R.4312-44 CSP',
    paidReferencing: 'art. R.4312-68-1 CSP et recommandations du CNOI (2025)',
    secrecy: SECRET,
    advantages: 'art. R.4312-76 CSP et recommandations du CNOI (2025)',
    charlatanism: 'art. R.4312-44 CSP',
    nameUse: 'recommandations du CNOI (2025)',
  },
  'pedicure-podologue': {
    ...MEDECIN,
    commerce: 'art. R.4322-39 CSP',
    communication: 'art. R.4322-39-1 CSP',
    publicInfo: 'art. R.4322-39-1 CSP',
    paidReferencing: 'art. R.4322-39-1 CSP',
    secrecy: SECRET,
    advantages: 'art. R.4322-39 CSP',
    charlatanism: 'art. R.4322-39-1 CSP',
    nameUse: 'art. R.4322-33 CSP',
  },
  'masseur-kinesitherapeute': {
    ...MEDECIN,
    commerce: 'art. R.4321-67 CSP',
    communication: 'art. R.4321-67-1 CSP',
    publicInfo: 'art. R.4321-67-1 CSP',
    paidReferencing: 'art. R.4321-67-1 CSP',
    secrecy: 'art. R.4321-55 et L.1110-4 CSP, art. 226-13 C. pén.',
    advantages: 'art. R.4321-98 CSP',
    charlatanism: 'art. R.4321-67-1 CSP',
    nameUse: 'art. R.4321-67-1 CSP',
  },
  pharmacien: {
    ...MEDECIN,
    commerce: 'code de déontologie des pharmaciens (tact et mesure)',
    communication: 'code de déontologie des pharmaciens (tact et mesure, dignité)',
    publicInfo: 'code de déontologie des pharmaciens (information fiable)',
    paidReferencing: 'code de déontologie des pharmaciens (pas de partenariat rémunéré avec un laboratoire)',
    secrecy: SECRET,
    advantages: 'art. R.5125-26 à R.5125-29 CSP (primes et fidélisation)',
    charlatanism: 'code de déontologie des pharmaciens et art. R.5122-4 CSP',
    nameUse: 'code de déontologie des pharmaciens',
  },
  etablissement: {
    ...MEDECIN,
    commerce: 'art. L.6323-1-9 CSP (centres de santé) et art. L.121-2 C. consom.',
    communication: 'art. R.4127-19-1 CSP (praticiens de l’établissement) et art. L.121-2 C. consom.',
    nameUse: 'art. R.4127-20 CSP',
    secrecy: SECRET,
  },
};

export function articleFor(profile: Profile, category: LegalCategory): string {
  return ARTICLES[profile][category];
}

/**
 * Several categories' citations in one message, each article once: two categories often cite the same text under
 * a profession (a dentist's commerce and advantages are both R.4127-215), or one repeats the other before adding to
 * it (« art. R.4312-76 CSP » then « art. R.4312-76 CSP et recommandations du CNOI (2025) »).
 */
export function citeAll(citations: readonly string[]): string {
  const cited: string[] = [];
  for (let citation of citations) {
    for (const earlier of cited) {
      // « code de déontologie des pharmaciens (information fiable) » already cites « code de déontologie des pharmaciens ».
      for (const head of new Set([earlier, earlier.replace(/\s*\([^)]*\)$/u, '')])) {
        if (citation === head) citation = '';
        else if (citation.startsWith(`${head} et `)) citation = citation.slice(head.length + 4);
      }
    }
    if (citation !== '' && !cited.includes(citation)) cited.push(citation);
  }
  return cited.join(' ; ');
}

/**
 * Wordings a message proposes as an example, per profession: a dentist is not shown a physiotherapist's pool.
 * `activity`: an objective description of the practice; `equipment`: a fact about the premises; `fee`: a neutral
 * statement of fees (« secteur 1 » is a doctors' convention sector: not for a dentist or a physiotherapist).
 */
export type ExampleKind = 'activity' | 'equipment' | 'fee';

const EXAMPLES: Record<Profile, Record<ExampleKind, string>> = {
  medecin: { activity: 'Médecine générale, consultations sur rendez-vous', equipment: 'Le cabinet dispose d’un électrocardiographe', fee: 'Consultation : 30 €, secteur 1' },
  esthetique: { activity: 'Médecine esthétique, consultation préalable et devis écrit', equipment: 'Les actes sont réalisés au cabinet, sous anesthésie locale', fee: 'Consultation : … € ; devis écrit remis avant tout acte' },
  'chirurgien-dentiste': { activity: 'Soins dentaires et orthodontie, sur rendez-vous', equipment: 'Le cabinet dispose d’une radiographie panoramique', fee: 'Détartrage : … € (tarif conventionné) ; devis remis avant toute prothèse' },
  'masseur-kinesitherapeute': { activity: 'Kinésithérapie du sport, sur rendez-vous', equipment: 'Le cabinet dispose d’une piscine de rééducation', fee: 'Séance : … € (tarif conventionné)' },
  'sage-femme': { activity: 'Suivi de grossesse et préparation à la naissance, sur rendez-vous', equipment: 'Le cabinet dispose d’une salle de préparation à la naissance', fee: 'Consultation : … € (tarif conventionné)' },
  infirmier: { activity: 'Soins infirmiers au cabinet et à domicile, sur rendez-vous', equipment: 'Le cabinet assure les soins à domicile 7 jours sur 7', fee: 'Soins aux tarifs conventionnés, affichés au cabinet' },
  'pedicure-podologue': { activity: 'Soins de pédicurie et semelles orthopédiques, sur rendez-vous', equipment: 'Le cabinet dispose d’une plateforme d’analyse de la marche', fee: 'Soin de pédicurie : … €' },
  pharmacien: { activity: 'Pharmacie ouverte du lundi au samedi, conseils sur vos traitements', equipment: 'La pharmacie dispose d’un espace de confidentialité', fee: 'Prix : … € TTC, affiché en officine' },
  etablissement: { activity: 'Centre de santé : médecine générale et soins dentaires, sur rendez-vous', equipment: 'Le centre dispose d’un plateau de radiologie', fee: 'Tarifs affichés à l’accueil et sur le site du centre' },
};

export function exampleFor(profile: Profile, kind: ExampleKind): string {
  return EXAMPLES[profile][kind];
}

/**
 * Severity changes a profession brings on top of the rules' defaults (DOMAIN.md §3.2: Y+ → error,
 * ~ → warn, — → off). Options a profile sets are merged under the user's.
 */
const PRESETS: Partial<Record<Profile, Record<string, SeverityName>>> = {
  esthetique: { 'no-care-incitement': 'error', 'no-aesthetic-promotion': 'error' },
  etablissement: { 'no-care-incitement': 'error' },
  pharmacien: { 'no-before-after': 'warn', 'no-comparison': 'warn', 'no-aesthetic-promotion': 'off' },
  'sage-femme': { 'no-aesthetic-promotion': 'off' },
  infirmier: { 'no-aesthetic-promotion': 'off' },
  'pedicure-podologue': { 'no-aesthetic-promotion': 'off' },
  'masseur-kinesitherapeute': { 'no-aesthetic-promotion': 'off' },
};

export function profilePreset(profile: Profile): Record<string, SeverityName> {
  return PRESETS[profile] ?? {};
}

export const PROFILE_LABELS: Record<Profile, string> = {
  medecin: 'médecin',
  'chirurgien-dentiste': 'chirurgien-dentiste',
  'masseur-kinesitherapeute': 'masseur-kinésithérapeute',
  'sage-femme': 'sage-femme',
  infirmier: 'infirmier ou infirmière',
  'pedicure-podologue': 'pédicure-podologue',
  pharmacien: 'pharmacien',
  etablissement: 'établissement de santé',
  esthetique: 'médecine et chirurgie esthétiques',
};

/** Maps what people write in front matter ("Kinésithérapeute", "dentiste", "sage femme") to a profile id. */
export function profileFromText(value: unknown): Profile | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/gu, '-');
  if (isProfile(v)) return v;
  const aliases: [RegExp, Profile][] = [
    [/^(medecin|docteur|generaliste|dr)/u, 'medecin'],
    [/dentiste|odontolog|orthodont/u, 'chirurgien-dentiste'],
    [/kine|masseur|physio/u, 'masseur-kinesitherapeute'],
    [/sage-?femme|maieuti/u, 'sage-femme'],
    [/infirmi|ide$|idel$/u, 'infirmier'],
    [/podolog|pedicure/u, 'pedicure-podologue'],
    [/pharma|officine/u, 'pharmacien'],
    [/etablissement|clinique|hopital|centre/u, 'etablissement'],
    [/esthet/u, 'esthetique'],
  ];
  return aliases.find(([re]) => re.test(v))?.[1];
}
