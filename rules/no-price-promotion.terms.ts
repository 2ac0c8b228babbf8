// DATA ONLY: the vocabulary of price promotion (DOMAIN.md §2.b). Add forms here, never code.
import type { TermEntry } from '../src/french/lexicon.js';

export interface PriceTerm extends TermEntry {
  /** 'always': a promotion by itself; 'lure': "gratuit/offert", a promotion only when tied to an act;
   * 'event': a sales event, a promotion only with another price cue in the paragraph. */
  kind: 'always' | 'lure' | 'event';
}

const NEUTRAL = ['Tarif : … € (secteur 1)', 'Honoraires affichés au cabinet'];

export const priceTerms: PriceTerm[] = [
  {
    id: 'reduction',
    kind: 'always',
    terms: [
      'réduction(s)', 'rabais', 'ristourne(s)', 'moins cher(s)', 'moins chère(s)', 'moitié prix', 'demi-tarif',
      'prix cassé(s)', 'prix barré(s)', 'petit(s) prix', 'prix mini', 'prix imbattable(s)', 'tarif(s) préférentiel(s)',
      'tarif(s) spécial', 'tarifs spéciaux', 'prix spécial', 'prix spéciaux', 'tarif(s) réduit(s)', 'prix réduit(s)',
      'tarif(s) promotionnel(s)', 'prix promotionnel(s)', 'prix choc', 'prix doux', 'bon plan(s)', 'économisez', 'économise',
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'promotion',
    kind: 'always',
    terms: ['promo(s)', 'promotion(s)', 'promotionnel(le)(s)', 'en promo', 'code promo', 'code(s) de réduction', 'code(s) réduction', 'coupon(s)', 'bon(s) de réduction', 'chèque(s)-cadeau(x)', 'carte(s)-cadeau(x)', 'bon(s) cadeau(x)', 'offre(s) flash', 'offre(s) spéciale(s)', 'offre(s) de bienvenue', 'offre(s) découverte', 'offre(s) promotionnelle(s)', 'vente(s) flash', 'happy hour', 'soldes', 'destockage', 'déstockage'],
    suggestions: NEUTRAL,
  },
  {
    id: 'remise-chiffree',
    kind: 'always',
    patterns: [
      // "une remise de 10 %", not "une facture vous est remise" (participle) nor "remise en forme".
      /(?<!(?:est|sont|etre|ete|sera|seront|vous|lui|leur)\s)(?<![\p{L}])remises?(?![\p{L}])(?!\s+(?:en|a|au|aux|entre|par)(?![\p{L}]))/u,
      // "Pack sérénité 5 séances …", "forfait 10 séances": packages of sessions (R.4321-98 for kinés).
      /(?<![\p{L}])(?:pack|forfait|carnet)s?\s+(?:[\p{L}'-]+\s+){0,4}\d+\s+seances/u,
      /\d+\s?(?:€|euros?)\s+d'economies?/u,
      // "-30 %", "– 15 %": a percentage with a minus sign is a discount ("a baissé de 20 %" is not).
      /(?<![\p{L}\p{N}])-\s?\d+(?:[.,]\d+)?\s?%/u,
      /\d+(?:[.,]\d+)?\s?(?:%|€|euros?)\s+(?:de\s+)?(?:reduction|remise|rabais|offert|offerts|en moins)/u,
      // "35 € au lieu de 45 €": a crossed-out price
      /(?:\d[\d .,]*\s?(?:€|euros?)\s+)?au\s+lieu\s+de\s+\d[\d .,]*\s?(?:€|euros?)/u,
      /(?<![\p{L}])(?:seulement|que|uniquement)\s+\d[\d .,]*\s?(?:€|euros?)(?![\p{L}])/u,
      /\d[\d .,]*\s?(?:€|euros?)\s+seulement/u,
      // "2 séances + 1 gratuite", "2 pour 1", "1 achetée = 1 offerte", "la 3e offerte"
      /\d+\s*(?:\p{L}+\s*)?\+\s*\d+\s+(?:gratuit|offert)\p{L}*/u,
      /(?<![\p{L}\p{N}])\d\s+pour\s+\d(?![\p{L}\p{N}])/u,
      /(?<![\p{L}])gagnez\s+(?:un|une|des|votre|vos|\d)(?![\p{L}])/u,
      /\d+\s*(?:\p{L}+\s+)?achete(?:e|s|es)?\s*=\s*\d+\s*(?:\p{L}+\s+)?offert\p{L}*/u,
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'fidelite-parrainage',
    kind: 'always',
    terms: [
      'carte(s) de fidélité', 'programme(s) de fidélité', 'points fidélité', 'fidélisation', 'parrainage', 'parrainez', 'parrainer',
      'filleul(e)(s)', 'jeu(x)-concours', 'jeu(x) concours', 'grand concours', 'concours photo', 'tirage(s) au sort', 'à gagner', 'tentez votre chance',
      'pack(s) de {n} séances', 'pack(s) {n} séances', 'forfait(s) de {n} séances', 'forfait(s) {n} séances', 'forfait minceur',
      'forfait(s) détente', 'abonnement(s) soins', 'carte(s) de {n} séances',
    ],
    suggestions: ['Tarif à la séance : … €'],
  },
  {
    id: 'gratuit-offert',
    kind: 'lure',
    terms: ['gratuit(e)(s)', 'gratuitement', 'offert(e)(s)', 'cadeau(x)', '🎁', 'sans frais', 'à nos frais', 'on vous offre', 'nous vous offrons', 'vous est offert(e)', 'vous sont offert(e)s'],
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

/** Public programmes and bodies: "gratuit" there is public-health information, not a lure. */
export const publicProgrammes = [
  'dépistage organisé', 'dépistage(s)', 'assurance maladie', 'cpam', 'ameli', 'campagne(s)', 'programme', 'm\'t dents', 'mt dents',
  'santé publique france', 'établissement français du sang', 'efs', 'par l\'état', 'numéro(s)', 'ligne d\'écoute', 'anonyme(s)',
  'confidentiel(le)(s)', 'pris en charge', 'prise en charge', 'remboursé(e)(s)', 'sécurité sociale', 'mairie', 'ars',
  'vaccination', 'collation', 'centre de vaccination', 'planning familial', 'sans ordonnance', 'en pharmacie',
];
