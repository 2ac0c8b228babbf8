// Flags price promotion: discounts, promo codes, free acts used as a lure, packages, loyalty and contests.
// Plain fee information (honoraires, secteur, tarif conventionné, prise en charge) is allowed and even due.
import { Lexicon, termsRegex, isNegated, isQuoted, isWarningContext, sentenceAt } from '../src/french/index.js';
import { defineRule, nonOverlapping, prose, reportHit } from '../src/rule-kit.js';
import type { Hit } from '../src/french/index.js';
import { priceTerms, billedActs, publicProgrammes, type PriceTerm } from './no-price-promotion.terms.js';

const lexicon = new Lexicon<PriceTerm>(priceTerms);
const ACTS = termsRegex(billedActs);
const PUBLIC = termsRegex(publicProgrammes);
const PRICE_CUE = /\d\s?(?:€|euros?|%)|(?<![\p{L}])(?:prix|tarif|offre|profitez|reduction|remise|promo)/u;

const has = (re: RegExp, text: string) => {
  re.lastIndex = 0;
  return re.test(text);
};

export default defineRule({
  meta: {
    id: 'no-price-promotion',
    type: 'problem',
    severity: 'error',
    docs: {
      description: 'Interdit la promotion tarifaire : réductions, codes promo, actes offerts, forfaits, fidélité, jeux-concours',
      rationale:
        'La médecine ne doit pas être pratiquée comme un commerce : baisser ses prix pour attirer la patientèle, offrir un acte ou un avantage, proposer des forfaits ou des jeux-concours transforme le soin en marchandise. L’information sur les honoraires (secteur, tarif conventionné, dépassements avec tact et mesure, prise en charge) reste permise, et même due.',
      allowed: 'Honoraires, secteur 1/2, OPTAM, tiers payant, prise en charge, moyens de paiement, devis ; programmes publics gratuits (dépistage organisé, M’T dents).',
    },
    references: [
      { title: 'CSP, art. R.4127-19 (la médecine n’est pas un commerce)', url: 'https://www.conseil-national.medecin.fr/code-deontologie/devoirs-generaux-medecins-art-2-31/article-19-commerce-interdiction' },
      { title: 'CSP, art. R.4127-24 (avantages, ristournes)', url: 'https://www.conseil-national.medecin.fr/article/article-24-ristourne-248' },
      { title: 'CSP, art. R.4321-98 (kinés : pas de forfaits)', url: 'https://french-business-law.com/french-legislation-art/article-r4321-98-of-the-french-public-health-code' },
      { title: 'CNOI, recommandations 2025 (jeux-concours)', url: 'https://www.ordre-infirmiers.fr/recommandations-aux-infirmiers-en-matiere-d-information-et-de-publicite' },
    ],
    legal: ['commerce', 'advantages'],
    fixable: false,
    hasSuggestions: true,
    french: true,
    options: {
      allow: { type: 'string[]', default: [], description: 'Expressions à ne jamais signaler (ex. le nom d’un programme public).' },
    },
    messages: {
      pricePromotion:
        '« {{match}} » : promotion tarifaire interdite, la santé n’est pas un commerce ({{article}}) ; indiquez vos honoraires de façon neutre (ex. « Consultation : 30 €, secteur 1 »)',
      freeLure:
        '« {{match}} » : acte ou produit offert pour attirer la patientèle, avantage interdit ({{article}}) ; retirez l’offre et indiquez le tarif habituel',
      salesEvent:
        '« {{match}} » : opération commerciale appliquée à des soins ({{article}}) ; retirez la référence à l’événement et à la réduction',
      useWording: 'Remplacer par « {{suggestion}} »',
    },
  },
  check(context) {
    const allow = (context.options.allow as string[]).map((s) => s.toLowerCase());
    const article = `${context.article('commerce')} ; ${context.article('advantages')}`;
    for (const { segment, analysis } of prose(context)) {
      const folded = analysis.folded.text;
      const paragraphHasPrice = PRICE_CUE.test(folded);
      const found: { start: number; end: number; hit: Hit<PriceTerm>; messageId: string }[] = [];
      for (const hit of lexicon.find(analysis)) {
        if (allow.some((a) => hit.text.toLowerCase().includes(a))) continue;
        if (isNegated(analysis, hit.fStart, hit.fEnd) || isQuoted(analysis, hit.fStart, hit.fEnd) || isWarningContext(analysis, hit.fStart)) continue;
        const s = sentenceAt(analysis, hit.fStart);
        const sentence = folded.slice(s.start, s.end);
        const { kind } = hit.entry;
        // "offert/gratuit" is a lure when tied to a billed act or a condition, not in public-health information.
        if (kind === 'lure' && (!has(ACTS, sentence) || has(PUBLIC, sentence))) continue;
        if (kind === 'event' && !paragraphHasPrice) continue;
        const messageId = kind === 'lure' ? 'freeLure' : kind === 'event' ? 'salesEvent' : 'pricePromotion';
        found.push({ start: hit.start, end: hit.end, hit, messageId });
      }
      for (const f of nonOverlapping(found)) reportHit(context, segment, f.hit, { messageId: f.messageId, data: { article } });
    }
  },
});
