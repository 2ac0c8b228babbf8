// Flags paid visibility (sponsored or boosted posts, ads, bought keywords) and brand promotion (partnerships, gifts,
// affiliate links, personal promo codes). A « collaboration commerciale » label does not make either lawful for a practitioner.
import { Lexicon, isNegated, isQuoted, isWarningContext, sentenceAt, termsRegex, matches as has } from '../src/french/index.js';
import { defineRule, excerpt, nonOverlapping, prose, reportHit, rewordings } from '../src/rule-kit.js';
import type { Hit } from '../src/french/index.js';
import {
  adLabel, brandPartners, brandShop, capitalisedName, giftFromBrand, documentRefusals, personalCode, productCues, publicBodies, publicPartners, refusalOrTeaching,
  sponsoredTerms, titleInCode, type SponsoredTerm,
} from './no-sponsored-content.terms.js';

const lexicon = new Lexicon<SponsoredTerm>(sponsoredTerms);
const REFUSAL = termsRegex(refusalOrTeaching);
const DOCUMENT_REFUSAL = termsRegex(documentRefusals);
const PUBLIC = termsRegex(publicBodies);
const NO_BRAND = ['Conseil sans marque ni partenariat'];
// The same public partners anywhere before "partenaire de notre cabinet" ("le CHU de Brest, partenaire du cabinet").
const PUBLIC_WORDS = new RegExp(publicPartners.source.replace(/^\^\\s\*/u, '(?<![\\p{L}])'), 'u');


export default defineRule({
  meta: {
    id: 'no-sponsored-content',
    type: 'problem',
    severity: 'error',
    docs: {
      description: 'Interdit la visibilité payante (publications sponsorisées ou boostées, Google Ads, mots-clés achetés) et la promotion de marques (partenariats, produits offerts, liens affiliés, codes promo)',
      rationale:
        'Un professionnel de santé ne peut pas obtenir, contre paiement, un référencement prioritaire : publicités Google ou Meta, publications boostées et mots-clés achetés sont interdits. Il ne doit pas non plus laisser utiliser son nom à des fins commerciales ni promouvoir un produit de santé ou une marque : un partenariat rémunéré, un produit offert, un lien affilié ou un code promo personnel en font un agent commercial. La mention « collaboration commerciale » exigée des influenceurs ne rend pas ces contenus licites pour un praticien.',
      allowed: 'Présence non payante sur les réseaux, annuaire santé d’ameli, relais des campagnes de santé publique (Santé publique France, CPAM, ARS), congrès, déclaration d’absence de lien d’intérêt, posts qui apprennent à repérer une publicité déguisée.',
    },
    references: [
      { title: 'CSP, art. R.4127-80 (pas de référencement numérique prioritaire, payant ou non)', url: 'https://juriblio.fr/codes/code-de-la-sante-publique/partie-reglementaire/quatrieme-partie/livre-ier/titre-ii/chapitre-vii/section-1/sous-section-4/paragraphe-1/article-r4127-80' },
      { title: 'CSP, art. R.4127-20 (usage du nom à des fins commerciales)', url: 'https://www.conseil-national.medecin.fr/code-deontologie/devoirs-generaux-medecins-art-2-31/article-20-usage-nom-qualite-medecin' },
      { title: 'CNOM, charte du médecin créateur de contenu (2025)', url: 'https://baris-strategie.com/les-10-principes-a-respecter-quand-on-est-un-medecin-createur-de-contenu-sur-les-reseaux' },
      { title: 'Loi n° 2023-451 (influence commerciale), mention de l’intention commerciale', url: 'https://legal.tricoteuses.fr/articles/LEGIARTI000050457275' },
      { title: 'CNOI 2025 : pas de partenariats commerciaux', url: 'https://www.ordre-infirmiers.fr/recommandations-aux-infirmiers-en-matiere-d-information-et-de-publicite' },
    ],
    legal: ['paidReferencing', 'nameUse', 'influence'],
    fixable: false,
    hasSuggestions: true,
    french: true,
    // A French practice's English or Spanish post is under the same code (issue #7.5): their sponsorship words count.
    alsoReads: ['eng', 'spa'],
    options: {
      allow: { type: 'string[]', default: [], description: 'Expressions à ne jamais signaler (ex. le nom d’un partenaire institutionnel).' },
    },
    messages: {
      paidVisibility:
        '« {{match}} » : visibilité payante, le référencement prioritaire contre paiement est interdit aux professionnels de santé ({{article}}) ; retirez la publicité et communiquez sans moyen payant',
      brandPromotion:
        '« {{match}} » : promotion d’une marque ou d’un produit, un praticien ne prête pas son nom à des fins commerciales ({{article}}) ; supprimez le partenariat, la mention « collaboration commerciale » ne suffit pas',
      useWording: 'Remplacer par « {{suggestion}} »',
      removeHashtag: 'Retirer ce hashtag',
    },
  },
  check(context) {
    const allow = (context.options.allow as string[]).map((s) => s.toLowerCase());
    const paid = context.article('paidReferencing');
    const brand = `${context.article('nameUse')} ; ${context.article('influence')}`;
    const views = [...prose(context)];
    if (views.some((v) => has(DOCUMENT_REFUSAL, v.analysis.folded.text))) return;
    for (const { segment, analysis } of views) {
      const folded = analysis.folded.text;
      if (has(REFUSAL, folded)) continue;
      const cleared: { start: number; end: number }[] = [];
      const found: { start: number; end: number; run: () => void }[] = [];
      const skip = (fStart: number, fEnd: number) =>
        isNegated(analysis, fStart, fEnd) || isWarningContext(analysis, fStart) || isQuoted(analysis, fStart, fEnd) ||
        has(PUBLIC, folded.slice(sentenceAt(analysis, fStart).start, sentenceAt(analysis, fStart).end));
      for (const hit of lexicon.find(analysis)) {
        if (allow.some((a) => hit.text.toLowerCase().includes(a)) || skip(hit.fStart, hit.fEnd)) continue;
        const { kind } = hit.entry;
        const s = sentenceAt(analysis, hit.fStart);
        if (kind === 'gift' && !giftFromBrand.test(folded.slice(s.start, s.end))) continue;
        if (kind === 'partner' || kind === 'sponsor') {
          const after = folded.slice(hit.fEnd).replace(/^\s*@/u, ' ');
          const named = capitalisedName.exec(analysis.text.slice(hit.end)) ?? /^\s*@[\p{L}\p{N}._-]+/u.exec(analysis.text.slice(hit.end));
          const camel = named && /\p{Ll}\p{Lu}|^\s*\p{Lu}{2,}|^\s*@/u.test(named[0]);
          // "En collaboration avec Nomdemarque" opening a short paragraph of its own: the byline of brand content
          // (not "En collaboration avec Marie, notre sage-femme, nous organisons…").
          const rest = named ? analysis.text.slice(hit.end + named[0].length) : '';
          const byline = !!named && /^[\s"*_#>-]*$/u.test(folded.slice(0, hit.fStart)) && !/[,.;:!?]/u.test(rest) &&
            rest.trim().split(/\s+/u).filter(Boolean).length <= 3;
          // "Article rédigé en partenariat avec Nom", "vidéo réalisée en collaboration avec Nom": brand content.
          const authored = !!named && /(?:article|contenu|publication|video|dossier|post|reel|story|guide)s?\s+(?:[\p{L}'-]+\s+){0,4}$/u.test(folded.slice(s.start, hit.fStart));
          const commercial = kind === 'sponsor' || byline || authored || brandPartners.test(after) || (named && (camel || productCues.test(folded.slice(s.start, s.end))));
          const isPublic = publicPartners.test(after) || (kind === 'sponsor' && PUBLIC_WORDS.test(folded.slice(s.start, hit.fStart)));
          if (isPublic || !commercial) {
            cleared.push(hit);
            continue;
          }
        }
        const h: Hit<SponsoredTerm> = hit;
        const isPaid = kind === 'paid';
        const run = h.text.startsWith('#')
          ? () => context.report({
              messageId: 'brandPromotion',
              data: { match: h.text, article: brand },
              range: context.rangeOf(segment, h.start, h.end),
              suggest: [...rewordings(context, segment, h.start, h.end, h.entry.suggestions ?? NO_BRAND), ...rewordings(context, segment, h.start, h.end, [''], 'removeHashtag')],
            })
          : () => reportHit(context, segment, h, { messageId: isPaid ? 'paidVisibility' : 'brandPromotion', data: { article: isPaid ? paid : brand } });
        found.push({ start: h.start, end: h.end, run });
      }
      // "Publicité |" / "Sponsored ·" as a label opening the paragraph.
      const label = adLabel.exec(folded);
      if (label && !skip(0, label[0].length)) {
        const o = analysis.toOriginal(/\S/u.exec(folded)!.index, label[0].replace(/[\s|·•:–—-]+$/u, '').length);
        const forBrand = productCues.test(folded);
        found.push({ start: o.start, end: o.end, run: () => report(o.start, o.end, forBrand ? 'brandPromotion' : 'paidVisibility', forBrand ? brand : paid) });
      }
      // A personal promo code: "avec mon code DRJULIE", "le code SAGEFEMME".
      for (const m of segment.text.matchAll(new RegExp(personalCode.source, 'gu'))) {
        const before = segment.text.slice(Math.max(0, m.index - 12), m.index);
        const fStart = analysis.folded.map.findIndex((i) => i >= m.index);
        const sentence = folded.slice(sentenceAt(analysis, fStart).start, sentenceAt(analysis, fStart).end);
        const mine = /\b(?:mon|ma)\s+$/iu.test(before) || /^(?:mon|ma)\s/iu.test(m[0]) || titleInCode.test(m[1]) || brandShop.test(sentence);
        if (!mine || skip(fStart, fStart + m[0].length)) continue;
        found.push({ start: m.index, end: m.index + m[0].length, run: () => report(m.index, m.index + m[0].length, 'brandPromotion', brand) });
      }
      const kept = found.filter((f) => !cleared.some((c) => c.start <= f.start && f.end <= c.end));
      for (const f of nonOverlapping(kept)) f.run();

      function report(start: number, end: number, messageId: string, article: string) {
        context.report({
          messageId,
          data: { match: excerpt(segment.text.slice(start, end)), article },
          range: context.rangeOf(segment, start, end),
          suggest: rewordings(context, segment, start, end, messageId === 'paidVisibility' ? ['Publication non sponsorisée'] : NO_BRAND),
        });
      }
    }
  },
});
