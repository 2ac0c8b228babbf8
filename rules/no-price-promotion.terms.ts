// DATA ONLY: the vocabulary of price promotion (DOMAIN.md §2.b). Add forms here, never code.
import type { TermEntry } from '../src/french/lexicon.js';

export interface PriceTerm extends TermEntry {
  /**
   * 'always': a promotion by itself; 'lure': "gratuit/offert", a promotion only when tied to a billed act;
   * 'event': a sales event, a promotion only with another price cue in the paragraph; 'anchored': a word
   * that sells only next to an act, a reward or a price ("gagnez", "économisez", "parrainage");
   * 'sense': a noun with a commercial and a plain sense, told apart by its complement ("réduction de 20 €
   * sur…" vs "réduction des risques", "promo du mois" vs "promotion de la santé"); 'discount': a minus
   * percentage, a price cut unless it describes a statistic ("-30 % d’hospitalisations", "-30 % chez…").
   */
  kind: 'always' | 'lure' | 'event' | 'anchored' | 'sense' | 'discount';
}

const NEUTRAL = ['Tarif : … € (secteur 1)', 'Honoraires affichés au cabinet'];
/** An amount in euros as French writes it: "35 €", "1 500 euros", "€399", "vingt euros" (folded text). */
const EUR = String.raw`(?:€\s?\d[\d .,]*|(?:\d[\d .,]*|dix|quinze|vingt|trente|quarante|cinquante|cent)\s?(?:€|euros?(?![\p{L}])))`;

export const priceTerms: PriceTerm[] = [
  {
    id: 'reduction',
    kind: 'sense',
    terms: ['réduction(s)', 'rabais', 'ristourne(s)', 'promo(s)', 'promotion(s)'],
    patterns: [
      // "une remise de 10 %", not "une facture vous est remise" (participle) nor "remise en forme".
      /(?<!(?:est|sont|etre|ete|sera|seront|vous|lui|leur)\s)(?<![\p{L}])remises?(?![\p{L}])(?!\s+(?:en|a|au|aux|entre|par)(?![\p{L}]))/u,
      // "20 % de réduction", "10 € de remise", "vingt euros de moins"
      new RegExp(String.raw`(?:\d+(?:[.,]\d+)?\s?%|${EUR})\s+(?:de\s+)?(?:reduction|remise|rabais|en moins|de moins)(?![\p{L}])`, 'u'),
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'prix-casse',
    kind: 'always',
    terms: [
      'moitié prix', 'demi-tarif', 'prix cassé(s)', 'prix barré(s)', 'petit(s) prix', 'prix mini', 'prix imbattable(s)',
      'tarif(s) préférentiel(s)', 'tarif(s) spécial', 'tarifs spéciaux', 'prix spécial', 'prix spéciaux', 'tarif(s) réduit(s)',
      'prix réduit(s)', 'tarif(s) promotionnel(s)', 'prix promotionnel(s)', 'prix choc', 'prix doux', 'bon plan(s)', 'prix d\'ami',
      'tarif(s) dégressif(s)', 'prix dégressif(s)', 'satisfait ou remboursé', 'satisfaite ou remboursée', 'cashback', 'séance(s) découverte',
      'tarif(s) découverte', 'prix découverte',
    ],
    patterns: [
      // "jusqu'à -30 %", "20 % sur votre séance", "-10 % avec mon code INFIRMIERE15"
      /(?<![\p{L}])jusqu'a\s+-?\s?\d+(?:[.,]\d+)?\s?%/u,
      /\d+(?:[.,]\d+)?\s?%\s+sur\s+(?:(?:tous|toutes|tout|toute)\s+)?(?:votre|vos|nos|notre|ta|ton|tes)(?![\p{L}])/u,
      /(?<![\p{L}])code\s+(?:promo\s+)?[a-z]{4,}\d{1,3}(?![\p{L}\p{N}])/u,
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'promotion',
    kind: 'always',
    terms: [
      'promotionnel(le)(s)', 'en promo', 'en promotion', 'code promo', 'code(s) de réduction', 'code(s) réduction', 'coupon(s)',
      'bon(s) de réduction', 'bon(s) d\'achat', 'chèque(s)-cadeau(x)', 'carte(s)-cadeau(x)', 'bon(s) cadeau(x)', 'offre(s) flash', 'offre(s) spéciale(s)',
      'offre(s) de bienvenue', 'offre(s) découverte', 'offre(s) promotionnelle(s)', 'vente(s) flash', 'happy hour', 'soldes',
      'destockage', 'déstockage',
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'baisse-pourcentage',
    kind: 'discount',
    // "-30 %", "– 15 %", "−20%": a percentage with a minus sign ("a baissé de 20 %" is not one).
    patterns: [/(?<![\p{L}\p{N}])-\s?\d+(?:[.,]\d+)?\s?%/u],
    suggestions: NEUTRAL,
  },
  {
    id: 'prix-barre',
    kind: 'always',
    patterns: [
      // "Pack sérénité 5 séances …", "forfait 10 séances": packages of sessions (R.4321-98 for kinés).
      /(?<![\p{L}])(?:pack|forfait|carnet)s?\s+(?:[\p{L}'-]+\s+){0,4}\d+\s+seances/u,
      new RegExp(String.raw`${EUR}\s+d'economies?`, 'u'),
      // "35 € au lieu de 45 €", "€399 au lieu de €600": a crossed-out price
      new RegExp(String.raw`(?:${EUR}\s+)?au\s+lieu\s+de\s+${EUR}`, 'u'),
      new RegExp(String.raw`(?<![\p{L}])(?:seulement|que|uniquement)\s+(?:a\s+)?${EUR}`, 'u'),
      new RegExp(String.raw`${EUR}\s+seulement`, 'u'),
      // "2 séances + 1 gratuite", "2 pour 1", "1 achetée = 1 offerte", "la 3e offerte"
      /\d+\s*(?:\p{L}+\s*)?\+\s*\d+\s+(?:gratuit|offert)\p{L}*/u,
      /(?<![\p{L}\p{N}])\d\s+pour\s+\d(?![\p{L}\p{N}])/u,
      /\d+\s*(?:\p{L}+\s+)?achete(?:e|s|es)?\s*=\s*\d+\s*(?:\p{L}+\s+)?offert\p{L}*/u,
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'gain',
    kind: 'anchored',
    terms: ['économisez', 'économise', 'moins cher(s)', 'moins chère(s)', 'à gagner'],
    patterns: [/(?<![\p{L}])gagnez\s+(?:un|une|des|votre|vos|\d)(?![\p{L}])/u],
    suggestions: NEUTRAL,
  },
  {
    id: 'parrainage',
    kind: 'anchored',
    terms: ['parrainage', 'parrainez', 'parrainer', 'filleul(e)(s)'],
    suggestions: ['Tarif à la séance : … €'],
  },
  {
    id: 'fidelite-concours',
    kind: 'always',
    terms: [
      'carte(s) de fidélité', 'programme(s) de fidélité', 'points fidélité', 'fidélisation', 'jeu(x)-concours', 'jeu(x) concours',
      'grand concours', 'concours photo', 'tirage(s) au sort', 'tentez votre chance', 'pack(s) de {n} séances', 'pack(s) {n} séances',
      'forfait(s) de {n} séances', 'forfait(s) {n} séances', 'forfait minceur', 'forfait(s) détente', 'abonnement(s) soins',
      'carte(s) de {n} séances',
    ],
    suggestions: ['Tarif à la séance : … €'],
  },
  {
    id: 'gratuit-offert',
    kind: 'lure',
    terms: ['gratuit(e)(s)', 'gratuitement', 'offert(e)(s)', '🎁', 'sans frais', 'à nos frais', 'on vous offre', 'nous vous offrons', 'vous est offert(e)', 'vous sont offert(e)s'],
    // "cadeau", not the idiom "cadeau empoisonné"
    patterns: [/(?<![\p{L}])cadeaux?(?![\p{L}])(?!\s+empoisonne)/u],
    suggestions: ['facturé(e) au tarif habituel'],
  },
  {
    id: 'evenement-commercial',
    kind: 'event',
    terms: ['black friday', 'cyber monday', 'french days', 'ventes privées', 'vente privée', 'spécial rentrée', 'spécial fête des mères', 'spécial saint-valentin', 'spécial étudiant(e)s', 'spécial été', 'spécial noël'],
    suggestions: ['(supprimer la référence commerciale)'],
  },
];

/** Nouns of acts and services a practice bills: "offert" next to one of them is a lure. */
export const billedActs = [
  'consultation(s)', 'séance(s)', 'soin(s)', 'bilan(s)', 'acte(s)', 'examen(s)', 'scanner(s)', 'radio(s)', 'radiographie(s)',
  'détartrage(s)', 'blanchiment(s)', 'injection(s)', 'traitement(s)', 'massage(s)', 'cure(s)', 'diagnostic(s)', 'check-up',
  'première visite', 'visite(s)', 'rendez-vous', 'prestation(s)', 'épilation(s)', 'peeling(s)', 'lifting(s)', 'botox', 'laser',
  'implant(s)', 'couronne(s)', 'prothèse(s)', 'orthèse(s)', 'semelle(s)', 'boîte(s)', 'produit(s)', 'flacon(s)', 'échantillon(s)',
  'pour tout', 'pour toute', 'pour l\'achat', 'achetée(s)', 'acheté(s)', 'nouveaux patients', 'nouvelles patientes', 'nouveau patient',
  'ce samedi', 'cette semaine', 'ce mois', 'jusqu\'à', 'réservé(e)(s)', 'réservez', 'mésolift', 'cryolipolyse', 'skinbooster',
];

/** What a reward is paid in: a word of the 'anchored' kind sells when one of these (or an act) is near. */
export const rewards = [
  'offert(e)(s)', 'gratuit(e)(s)', 'cadeau(x)', '🎁', 'réduction(s)', 'remise(s)', 'bon(s)', 'points', 'coffret(s)', 'lot(s)',
];

/** What follows a 'sense' noun when it is commercial: "réduction sur…", "promo du mois", "promotion de printemps". */
export const commercialHeads = [
  'prix', 'tarif(s)', 'facture(s)', 'frais', 'semaine', 'mois', 'moment', 'jour', 'week-end', 'rentrée', 'printemps', 'été', 'automne',
  'hiver', 'noël', 'fin d\'année', 'saison', 'lancement', 'bienvenue', 'fidélité', 'parrainage', 'fête des mères', 'saint-valentin',
];

/** Words of an offer: a bare "remise" or "promo" beside one of them (or a price, an act) is commercial. */
export const offerWords = [
  'profitez', 'bénéficiez', 'obtenez', 'étudiant(e)s', 'sur présentation', 'code', 'immédiate(s)', 'exceptionnel(le)(s)', 'spécial(e)(s)',
  'nouveaux patients', 'nouvelles patientes', 'exclusif', 'exclusifs', 'exclusive(s)', 'spéciaux', 'limitée(s)', 'valable(s)', '🔥', '🎉',
];

/** Plain senses of the 'sense' nouns that have no complement to tell them apart. */
export const plainSenses = [
  'réduction(s) mammaire(s)', 'réduction tabagique', 'réduction pondérale', 'chirurgie de réduction', 'ma promo', 'ma promotion',
  'sa promo', 'sa promotion', 'major de promo', 'major de promotion', 'camarade(s) de promo', 'camarade(s) de promotion',
  'promo {n}', 'promotion {n}', 'bal de promo', 'bal de promotion', 'soirée de promo', 'promo(s) d\'internes', 'promotion(s) d\'internes',
];

/** After a minus percentage, what makes it a statistic ("-30 % chez les vaccinés", "-20 % en dix ans"). */
export const statisticFollowers = ['chez', 'en {n} ans', 'en un an', 'en dix ans', 'depuis', 'par rapport', 'entre', 'sur {n} ans', 'par an'];

/** Public programmes and bodies: "gratuit" there is public-health information, not a lure. */
export const publicProgrammes = [
  'dépistage organisé', 'dépistage(s)', 'assurance maladie', 'cpam', 'ameli', 'campagne(s)', 'programme', 'm\'t dents', 'mt dents',
  'santé publique france', 'établissement français du sang', 'efs', 'par l\'état', 'numéro(s)', 'ligne d\'écoute', 'anonyme(s)',
  'confidentiel(le)(s)', 'pris en charge', 'prise en charge', 'remboursé(e)(s)', 'sécurité sociale', 'mairie', 'ars',
  'vaccination', 'collation', 'centre de vaccination', 'planning familial', 'sans ordonnance', 'en pharmacie',
  'mon bilan prévention', 'bilan(s) prévention', 'ald', 'affection(s) de longue durée', 'c2s', 'complémentaire santé solidaire',
  'pmi', 'protection maternelle', 'tiers payant', 'sans avance de frais', 'permanence d\'accès aux soins',
];

/** Nouns that are free by nature and lure nobody: "devis gratuit", "parking gratuit". */
export const freeByNature = ['devis', 'parking', 'stationnement', 'wifi', 'wi-fi', 'brochure', 'livret', 'appel', 'fiche', 'guide'];

/** Medicines (DOMAIN.md §3.3): a pharmacy's discount on one of them is an error, on other goods a risk. */
export const medicineWords = [
  'médicament(s)', 'comprimé(s)', 'gélule(s)', 'sirop(s)', 'sachet(s)', 'collyre(s)', 'spray nasal', 'sprays nasaux',
  'paracétamol', 'ibuprofène', 'aspirine', 'doliprane', 'dafalgan', 'efferalgan', 'advil', 'nurofen', 'spasfon', 'smecta',
  'antihistaminique(s)', 'anti-inflammatoire(s)', 'antidouleur(s)', 'antalgique(s)', 'générique(s)', 'vaccin(s)', 'pilule(s)',
  'substitut(s) nicotinique(s)', 'patch(s) nicotinique(s)', 'patchs anti-tabac', 'sans ordonnance', 'automédication',
];
