// Flags paid visibility (sponsored or boosted posts, ads, bought keywords) and brand promotion (partnerships, gifts,
// affiliate links, personal promo codes). A « collaboration commerciale » label does not make either lawful for a practitioner.
import { Lexicon, isNegated, isQuoted, sentenceAt, termsRegex, matches as has, defineRule, excerpt, filter, negation, prose, quotation, reportHit, rewordings, screen, separate, brandNames, hasWarningCue, phraseAt, foldTerm, citeAll, givenNames, sentenceNumberAt, sentenceWords } from '../src/rule-kit.js';
import type { Located, Hit } from '../src/rule-kit.js';
import {
  adLabel, brandPartners, productNouns, brandShop, capitalisedName, giftFromBrand, documentRefusals, personalCode, productCues, publicBodies, publicPartners, refusalInSentence, refusalOrTeaching,
  sponsoredTerms, titleInCode, type SponsoredTerm,
} from './no-sponsored-content.terms.js';

const lexicon = new Lexicon<SponsoredTerm>(sponsoredTerms);
const REFUSAL = termsRegex(refusalOrTeaching);
const SENTENCE_REFUSAL = termsRegex(refusalInSentence);
const DOCUMENT_REFUSAL = termsRegex(documentRefusals);
const PUBLIC = termsRegex(publicBodies);
const PRODUCTS = termsRegex(productNouns);
const PRODUCT_WORD = new RegExp(`^(?:${PRODUCTS.source})$`, 'u');
const HASHTAG = /#([\p{L}][\p{L}\p{N}_]*)/gu;
/**
 * A shopping caption: a product, its brand, its price, comma-separated (« Gel lavant Nomdeproduit, Nomdemarque, à partir
 * de 7 euros »). The brand is checked on the original text. A comma between digits is a decimal one (« de 1,63 € à
 * 7,10 € »), no caption's separator. Folded.
 */
const PRICE_CAPTION = new RegExp(String.raw`(?:${PRODUCTS.source})[^,;\n]{1,90}(?:,(?!\d)\s*[^,;\n]{2,40}){1,2},(?!\d)\s*(?:a\s+partir\s+de\s+|des\s+|environ\s+)?\d{1,4}(?:[.,]\d{1,2})?\s*(?:€|euros?|\$|dollars?|chf|francs?)(?![\p{L}])`, 'gu');
const CAPITALISED_WORD = /(?<![\p{L}\p{N}#@])\p{Lu}[\p{L}\p{N}]*(?:[-’'][\p{L}\p{N}]+)*/gu;
/** « le cabinet de Quimper … #quimper »: a name after « de » is a place or an owner, not a brand. */
const OWNER_BEFORE = /(?<![\p{L}])(?:de|du|des|d['’])\s*$/iu;
/**
 * Says whose product it is without a capitalised name: a handle, « leur site », « leur gamme ». Not « la marque » alone
 * (« je conseille une crème neutre, la marque importe peu »). Folded.
 */
const BRAND_MARKER = /(?<![a-z])(?:leur\s+(?:site|e-shop|boutique|gamme)|sur\s+leur|@[a-z0-9._-]+)(?![a-z])/u;
const NO_BRAND = ['Conseil sans marque ni partenariat'];
/**
 * Paid visibility defined, not bought: « le référencement payant (SEA) est devenu un outil… », « les annonces
 * sponsorisées permettent d'apparaître en haut des résultats ». A definite article opens the subject, a defining verb
 * follows, and nobody in the sentence owns the ads. Folded.
 */
const DEFINITE_BEFORE = /(?:^|[,;:]\s*|\s)(?:le|la|les|l')\s*$/u;
const DEFINING_AFTER = /^\s*(?:\([^)]{0,80}\)\s*)?(?:(?:sur|de)\s+(?:google|facebook|instagram|les\s+reseaux(?:\s+sociaux)?|internet)(?:\s+(?:ou|et)\s+(?:google|facebook|instagram|les\s+reseaux(?:\s+sociaux)?))?\s+)?(?:est|sont|consiste(?:nt)?|permet(?:tent)?|designe(?:nt)?|represente(?:nt)?|constitue(?:nt)?|fonctionne(?:nt)?|est\s+devenue?|sont\s+devenu(?:e)?s|s'affiche(?:nt)?)(?![\p{L}])/u;
/** An item marked as forbidden (« 🚫 », « ❌ », « ⛔ », « ✖ ») heading the candidate's clause, no sentence end between. Segment text before the candidate. */
const FORBIDDEN_ITEM = /(?:\u{1F6AB}|\u274C|\u26D4|\u2716|\u{1F645})[^.!?\n\u{1F6AB}\u274C\u26D4\u2716\u2705\u2714]*$/u;
/** Someone speaks as a party to the deal, or to the reader (folded). */
const PARTY_VOICE = /(?<![\p{L}])(?:j|m|t)'|(?<![\p{L}])(?:je|nous|notre|nos|mon|ma|mes|moi|me|vous|votre|vos|on|tu|ton|ta|tes|te|i|we|my|our|you|your|yo|mi|nuestr\p{L}*)(?![\p{L}])|^\s*(?:decouvrez|profitez|utilisez|commandez|rendez-vous|cliquez|suivez|testez|essayez)(?![\p{L}])/u;
/** The post or the practice itself: « cette vidéo », « ce podcast », « la fiche du cabinet » (folded). */
const SELF_REFERENCE = /(?<![\p{L}])(?:(?:ce|cet|cette|ces|nouvel|nouvelle|nouveau|notre|nos|ma|mon|mes)\s+(?:videos?|capsules?|podcasts?|pages?|publications?|posts?|articles?|contenus?|lives?|story|stories|episodes?|reels?|billets?|newsletters?|sites?|blogs?|emissions?|chaines?)|(?:le|du|au|notre)\s+cabinet)(?![\p{L}])/u;
/** A sentence that opens on the post itself, unnamed (« Vidéo réalisée en partenariat… », « Article rédigé avec… »). Folded. */
const POST_LABEL = /^[\s\p{P}\p{S}]*(?:videos?|articles?|posts?|publications?|contenus?|podcasts?|episodes?|reels?|story|stories|lives?|billets?)\s+(?:[\p{L}-]+\s+)?(?:realise|redige|produit|ecrit|tourne|concu|propose|publie|sponsorise|offert|finance|soutenu)\p{L}*/u;
/** A capitalised word past the sentence's first, other than a given name: a brand, a firm or an organisation is named. */
function namesSomeone(sentence: string): boolean {
  // a site's address or an @handle names its owner too (« un centre comme nomducentre.fr »)
  if (/[\p{L}\p{N}-]\.(?:fr|com|net|org|be|ch|ca|eu|info|shop)(?![\p{L}])|@[\p{L}\p{N}]/u.test(sentence)) return true;
  // (a word with an elided article, « d'Adwords », is not read as a name)
  for (const { word, raw, opens } of sentenceWords(sentence)) {
    if (!opens && /^\p{Lu}/u.test(raw) && word.length >= 2 && !givenNames().has(foldTerm(word))) return true;
  }
  return false;
}
const OWN_VOICE = /(?<![\p{L}])(?:je|j'|nous|notre|nos|mon|ma|mes)(?![\p{L}])/u;
/** A sentence that refers back to a brand named before it (« de la même marque », « cette marque »). Folded. */
const BRAND_BACK = /(?<![a-z])(?:(?:la|de\s+la)\s+meme\s+marque|cette\s+marque|ces\s+marques|de\s+cette\s+gamme|la\s+meme\s+gamme)(?![a-z])/u;
/** A capitalised word right after a product noun: the product's own name (« le matelas Emma », « la crème Dermalys »). */
function namedProduct(sentence: string): boolean {
  for (const m of sentence.matchAll(CAPITALISED_WORD)) {
    if (m.index === 0 || m[0].length < 3) continue;
    const before = foldTerm(sentence.slice(Math.max(0, m.index - 40), m.index)).match(/([\p{L}-]+)\s+$/u);
    if (before && PRODUCT_WORD.test(before[1])) return true;
  }
  return false;
}
/**
 * A chain of centres, shops or salons named by a capitalised trade name a few words on (« les centres d'épilation laser
 * Nomdechaine »), not a place after « de » (« les centres de santé de Lyon »). Original text, just after the term.
 */
const CHAIN = /^\s*(?:les?\s+|la\s+|l['’]\s*|des\s+|nos\s+|notre\s+)?(?:centres?|cha[iî]nes?|salons?|spas?|boutiques?|magasins?|instituts?\s+de\s+beaut[ée]|r[ée]seau)\s+(?:[\p{Ll}'’-]+\s+){0,4}?(?<!(?:de|du|des|d['’])\s?)\p{Lu}[\p{L}\p{N}]{2,}/u;
/** A partnership that buys visibility: the practice shown on the partner's events, media or logo. Folded. */
const VISIBILITY = /(?<![\p{L}])(?:visibles?|visibilite|supports?\s+de\s+communication|notre\s+logo|son\s+logo|leur\s+logo)(?![\p{L}])/u;
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
      allow: { type: 'string[]', default: [], expressions: true, description: 'Expressions à ne jamais signaler (ex. le nom d’un partenaire institutionnel).' },
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
    const paid = context.article('paidReferencing');
    const brand = citeAll([context.article('nameUse'), context.article('influence')]);
    const views = [...prose(context)];
    const documentRefuses = views.some((v) => has(DOCUMENT_REFUSAL, v.analysis.folded.text));
    for (const { segment, analysis } of views) {
      const folded = analysis.folded.text;
      const refuses = documentRefuses || has(REFUSAL, folded);
      const located = (start: number, end: number) => {
        const f = analysis.toFolded(start, end);
        return { start, end, fStart: f.start, fEnd: f.end };
      };
      const phraseOf = (c: { fStart: number }) => {
        const p = phraseAt(analysis, c.fStart);
        return folded.slice(p.start, p.end);
      };
      const sentenceOf = (c: { fStart: number }) => {
        const s = sentenceAt(analysis, c.fStart);
        return folded.slice(s.start, s.end);
      };
      type Found = Located & { run: () => void; hit?: Hit<SponsoredTerm>; mine?: boolean };
      const candidates: Found[] = [];
      for (const h of lexicon.find(analysis)) {
        const isPaid = h.entry.kind === 'paid';
        const run = h.text.startsWith('#')
          ? () => context.report({
              messageId: 'brandPromotion',
              data: { match: h.text, article: brand },
              range: context.rangeOf(segment, h.start, h.end),
              suggest: [...rewordings(context, segment, h.start, h.end, h.entry.suggestions ?? NO_BRAND), ...rewordings(context, segment, h.start, h.end, [''], 'removeHashtag')],
            })
          : () => reportHit(context, segment, h, { messageId: isPaid ? 'paidVisibility' : 'brandPromotion', data: { article: isPaid ? paid : brand } });
        candidates.push({ start: h.start, end: h.end, fStart: h.fStart, fEnd: h.fEnd, origin: h.entry.id, run, hit: h });
      }
      // "Publicité |" / "Sponsored ·" as a label opening the paragraph.
      const label = adLabel.exec(folded);
      if (label) {
        // the label itself, after any emoji or bullet before it (« 📢 Publicité — … »)
        const fs = label[0].search(/[\p{L}\p{N}]/u);
        const o = analysis.toOriginal(fs, label[0].replace(/[\s|·•:–—-]+$/u, '').length);
        const forBrand = productCues.test(folded);
        candidates.push({ ...o, fStart: fs, fEnd: label[0].length, origin: 'ad-label', run: () => report(o.start, o.end, forBrand ? 'brandPromotion' : 'paidVisibility', forBrand ? brand : paid) });
      }
      // A personal promo code: "avec mon code DRJULIE", "le code SAGEFEMME".
      for (const m of segment.text.matchAll(new RegExp(personalCode.source, 'gu'))) {
        const at = located(m.index, m.index + m[0].length);
        const before = segment.text.slice(Math.max(0, m.index - 12), m.index);
        const sentence = sentenceOf(at);
        const mine = /\b(?:mon|ma)\s+$/iu.test(before) || /^(?:mon|ma)\s/iu.test(m[0]) || titleInCode.test(m[1]) || brandShop.test(sentence);
        candidates.push({ ...at, origin: 'personal-code', mine, run: () => report(at.start, at.end, 'brandPromotion', brand) });
      }
      for (const m of folded.matchAll(PRICE_CAPTION)) {
        const o = analysis.toOriginal(m.index, m.index + m[0].length);
        if (brandNames(analysis.text.slice(o.start, o.end)).length === 0) continue;
        candidates.push({ ...o, fStart: m.index, fEnd: m.index + m[0].length, origin: 'fiche-produit', run: () => report(o.start, o.end, 'brandPromotion', brand) });
      }
      // A product's brand echoed as a hashtag (« le tire-lait Lactéo … #lacteo »): the post carries the brand's tag, a
      // product is named in the same sentence as the brand; a place or the practice's own name has no product beside it.
      const tags = [...segment.text.matchAll(HASHTAG)].map((m) => ({ body: foldTerm(m[1]), at: m.index }));
      if (tags.length) {
        const brandsOf = new Map<number, string[]>(); // per sentence (folded start)
        for (const m of segment.text.matchAll(CAPITALISED_WORD)) {
          const word = m[0];
          const key = foldTerm(word).replace(/[^a-z0-9]/gu, '');
          if (key.length < 4 || !tags.some((t) => t.at > m.index && (t.body === key || t.body.startsWith(key)))) continue;
          if (OWNER_BEFORE.test(segment.text.slice(Math.max(0, m.index - 4), m.index))) continue;
          const at = located(m.index, m.index + word.length);
          const s = sentenceAt(analysis, at.fStart);
          if (!has(PRODUCTS, folded.slice(s.start, s.end))) continue;
          let brands = brandsOf.get(s.start);
          if (!brands) {
            const o = analysis.toOriginal(s.start, s.end);
            brandsOf.set(s.start, (brands = brandNames(analysis.text.slice(o.start, o.end))));
          }
          if (!brands.includes(word)) continue;
          candidates.push({ ...at, origin: 'marque-en-hashtag', run: () => report(at.start, at.end, 'brandPromotion', brand) });
        }
      }
      // Partnerships with a public body or a person clear what they cover ("en partenariat avec la CPAM").
      const cleared: Found[] = [];
      const kept = screen(context, segment, candidates, [
        // a refusal or warning word clears the phrase it stands in (« produit interdit aux moins de 3 ans : code BEBE10 »
        // warns about the product, it does not refuse the code)
        filter('refusal', (c) => refuses || has(SENTENCE_REFUSAL, phraseOf(c))),
        negation(analysis),
        // an endorsement is cleared by a warning in its own phrase only: « évitez les produits agressifs : je recommande
        // la gamme X » warns about other products and promotes this one
        // a warning clears its own phrase only: « évitez les produits agressifs : je recommande la gamme X » warns about
        // other products and promotes this one
        filter('warning', (c) => hasWarningCue(phraseOf(c))),
        // an item of a list of what not to do (« 🚫 Diffuser des campagnes sponsorisées », « ❌ Acheter des mots-clés »)
        filter('forbidden-item', (c) => FORBIDDEN_ITEM.test(analysis.text.slice(Math.max(0, c.start - 80), c.start))),
        quotation(analysis),
        filter('public-body', (c) => has(PUBLIC, sentenceOf(c))),
        filter('definition', (c) => {
          if (c.hit?.entry.kind !== 'paid') return false;
          const s = sentenceAt(analysis, c.fStart);
          return DEFINITE_BEFORE.test(folded.slice(s.start, c.fStart)) && DEFINING_AFTER.test(folded.slice(c.fEnd, s.end)) && !OWN_VOICE.test(folded.slice(s.start, s.end));
        }),
        filter('not-own-code', (c) => c.mine === false),
        // (issue #7) a paid or partnership practice told of nobody in particular (« des médecins auraient offert des soins en
        // échange de visibilité », « elle accepte un partenariat avec une marque »): no one speaks as its party, no
        // organisation or brand is named, and it is no label (« Article sponsorisé »)
        filter('generic-report', (c) => !!c.hit && !c.hit.text.startsWith('#') && genericReport(c)),
        filter('not-from-brand', (c) => c.hit?.entry.kind === 'gift' && !giftFromBrand.test(sentenceOf(c))),
        // « je recommande », « mon coup de cœur »: brand promotion only with a brand and a product in the sentence
        filter('no-brand-named', (c) => c.hit?.entry.kind === 'endorse' && !namesBrandProduct(c)),
        filter('not-commercial', (c) => {
          const drop = !!c.hit && !commercialPartner(c.hit);
          if (drop) cleared.push(c);
          return drop;
        }),
      ]);
      const found = screen(context, segment, kept, [filter('cleared', (f) => cleared.some((c) => c.start <= f.start && f.end <= c.end))]);
      // An endorsement is the fallback of a paragraph: reported only where nothing else of the rule was found in it.
      // One endorsement per sentence.
      const plain = found.some((f) => f.hit?.entry.kind !== 'endorse');
      const endorsed = new Set<number>();
      const reported = plain ? found.filter((f) => f.hit?.entry.kind !== 'endorse') : found.filter((f) => {
        const s = sentenceAt(analysis, f.fStart).start;
        if (endorsed.has(s)) return false;
        endorsed.add(s);
        return true;
      });
      for (const f of separate(context, segment, reported)) f.run();

      /**
       * The sentence of an endorsement names a brand (a name, « la marque », a handle) and a product. A sentence that
       * points back to a brand (« les tétines de la même marque ») takes the brand named earlier in the paragraph; a
       * capitalised word right after a product noun is the product's name even when it is also a first name (« le
       * matelas Emma »).
       */
      function namesBrandProduct(c: { fStart: number; fEnd?: number }): boolean {
        const s = sentenceAt(analysis, c.fStart);
        const text = folded.slice(s.start, s.end);
        // « la marque X, avec la ligne Y », « avec la gamme Y »: the endorsement names the product line itself
        if (!has(PRODUCTS, text) && !/(?:ligne|gamme)s?(?![\p{L}])/u.test(folded.slice(c.fStart, c.fEnd ?? c.fStart))) return false;
        const o = analysis.toOriginal(s.start, s.end);
        const original = analysis.text.slice(o.start, o.end);
        if (BRAND_MARKER.test(text) || brandNames(original).length > 0 || namedProduct(original)) return true;
        if (!BRAND_BACK.test(text)) return false;
        const earlier = analysis.toOriginal(0, s.start);
        return brandNames(analysis.text.slice(earlier.start, earlier.end)).length > 0;
      }

      /** The candidate's sentence speaks of others in general: no first or second person, no name, not a short label. */
      function genericReport(c: { fStart: number }): boolean {
        const s = sentenceAt(analysis, c.fStart);
        const text = folded.slice(s.start, s.end);
        const i = sentenceNumberAt(analysis, c.fStart);
        // (the next sentence's voice too: a blogger lists the forms of her own pay, then speaks in the first person)
        const next = analysis.sentences[i + 1];
        const around = next ? folded.slice(s.start, next.end) : text;
        // (the sentence before may name the post: « Nouvelle vidéo ! Réalisée en partenariat avec… »)
        const previous = analysis.sentences[i - 1];
        const self = previous ? folded.slice(previous.start, s.end) : text;
        if (PARTY_VOICE.test(around) || SELF_REFERENCE.test(self) || POST_LABEL.test(text) || text.split(/\s+/u).filter(Boolean).length <= 6) return false;
        // a disclosure opening the post (« Collaboration commerciale avec une marque de… ») is the post's own (two words
        // at most before it: only the paragraph's first characters are read)
        if (c.fStart <= 120 && /^[\s\p{P}\p{S}]*(?:[\p{L}\p{N}'-]+\s+){0,2}$/u.test(folded.slice(0, c.fStart))) return false;
        const o = analysis.toOriginal(s.start, s.end);
        return !namesSomeone(analysis.text.slice(o.start, o.end));
      }

      /** A partner or sponsor that is a brand, named as such; not a public body, a colleague or a person. */
      function commercialPartner(h: Hit<SponsoredTerm>): boolean {
        const { kind } = h.entry;
        if (kind !== 'partner' && kind !== 'sponsor') return true;
        const s = sentenceAt(analysis, h.fStart);
        const after = folded.slice(h.fEnd).replace(/^\s*@/u, ' ');
        const named = capitalisedName.exec(analysis.text.slice(h.end)) ?? /^\s*@[\p{L}\p{N}._-]+/u.exec(analysis.text.slice(h.end));
        const camel = named && /\p{Ll}\p{Lu}|^\s*\p{Lu}{2,}|^\s*@/u.test(named[0]);
        // "En collaboration avec Nomdemarque" opening a short paragraph of its own: the byline of brand content
        // (not "En collaboration avec Marie, notre sage-femme, nous organisons…").
        const rest = named ? analysis.text.slice(h.end + named[0].length) : '';
        const byline = !!named && /^[\s"*_#>-]*$/u.test(folded.slice(0, h.fStart)) && !/[,.;:!?]/u.test(rest) &&
          rest.trim().split(/\s+/u).filter(Boolean).length <= 3;
        // "Article rédigé en partenariat avec Nom", "vidéo réalisée en collaboration avec Nom": brand content.
        const authored = !!named && /(?:article|contenu|publication|video|dossier|post|reel|story|guide)s?\s+(?:[\p{L}'-]+\s+){0,4}$/u.test(folded.slice(s.start, h.fStart));
        // a chain named by its trade name (« les centres d'épilation Nomdechaine »), or a partnership that buys visibility
        // (« notre partenariat avec le club nous rend visibles sur ses supports de communication »)
        const chain = CHAIN.test(analysis.text.slice(h.end, h.end + 90));
        const visibility = VISIBILITY.test(folded.slice(s.start, s.end));
        const commercial = kind === 'sponsor' || byline || authored || chain || visibility || brandPartners.test(after) || (!!named && (!!camel || productCues.test(folded.slice(s.start, s.end))));
        // a brand named as the payer (« financé par le groupe X ») is commercial whatever it pays for, even a prize for
        // midwives: the public words before the term clear only an unnamed or public payer
        const isPublic = publicPartners.test(after) || (kind === 'sponsor' && !brandPartners.test(after) && PUBLIC_WORDS.test(folded.slice(s.start, h.fStart)));
        return commercial && !isPublic;
      }

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
