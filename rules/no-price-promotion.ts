// Flags price promotion: discounts, promo codes, free acts used as a lure, packages, loyalty and contests.
// Plain fee information (honoraires, secteur, tarif conventionné, prise en charge) is allowed and even due.
import { Lexicon, parseFrenchNumber, sentenceText, foldTerm, termsRegex, isNegated, isQuoted, quotationAround, isWarningContext, sentenceAt, sentenceNumberAt, matches as has, defineRule, filter, filterWhy, negation, prose, reportHit, screen, separate, termCandidates, warning, isQuotedOwnSpeech, citeAll, exampleFor, TextMemo, PlaceReader } from '../src/rule-kit.js';
import type { Analysis, Hit } from '../src/rule-kit.js';
import * as T from './no-price-promotion.terms.js';

const lexicon = new Lexicon<T.PriceTerm>(T.priceTerms);
const ACTS = termsRegex(T.billedActs);
const PUBLIC = termsRegex(T.publicProgrammes);
const MEDICINES = termsRegex(T.medicineWords);
const FEE_INFO = termsRegex(T.feeInformation);
const PACKAGE = termsRegex(T.packageCues);
const PROHIBITION = termsRegex(T.prohibitionCues);
const CRITICISM = termsRegex(T.criticismCues);
const CHARITY = termsRegex(T.charityCues);
const REPORTED = termsRegex(T.reportedSource);
const PUBLIC_BODIES = termsRegex(T.publicBodies);
const OTHER_SELLERS = termsRegex(T.otherSellers);
/**
 * The practice speaking of its own offer (« nous », « au cabinet »), selling to the reader (« vous paierez »,
 * « économisez », « offrez-vous », « optez pour ») or exclaiming as a post does. Folded.
 */
const OWN_OFFER = /!|(?<![\p{L}])(?:nous|notre|nos|je|j'|mon|ma|mes|we|our|us|au\s+cabinet|a\s+la\s+clinique|au\s+centre|a\s+la\s+pharmacie|a\s+l'institut)(?![\p{L}])|(?<![\p{L}])(?:vous\s+(?:ne\s+)?(?:paierez|payerez|payez|economiserez|economisez|beneficierez|beneficiez|profiterez|profitez)|economisez|profitez|beneficiez|save)(?![\p{L}])|(?<![\p{L}])(?:offrez-vous|offrez-lui|optez|choisissez|craquez|reservez|venez)(?![\p{L}])/u;
/**
 * After a lower price, the other side of the comparison: another place or other providers (« qu'en France », « qu'à
 * l'étranger », « que dans leur pays », « que les autres officines », « qu'ailleurs »), not another treatment (« qu'une
 * extraction ») nor another product (« que les médicaments de marque »). Folded, read from the end of the hit.
 */
const ELSEWHERE = new RegExp(String.raw`^[^.!?;\n]{0,40}?(?<![\p{L}])qu(?:e\s+|')(?:(?:en|au|aux|a|dans|chez)\s|ailleurs|partout|l'etranger|(?:les|leurs|nos|vos|d')\s*autres|(?:ceux|celui|celles?)\s+(?:de|des|du|d'|pratique|affiche|demande|facture|propose)\p{L}*|(?:${termsRegex(T.elsewhereNouns).source}))`, 'u');
/**
 * After a lower price in figures, the other side named without « que » (« 45 % inférieurs à ceux affichés à Genève »,
 * « une facture divisée par trois par rapport au tarif belge », « contre le double à Lille »). Folded, read from the end of the hit.
 */
const SET_AGAINST = /^[^.!?;\n]{0,40}?(?<![\p{L}])(?:par\s+rapport\s+(?:a|au|aux)|(?:a|au|aux)\s+(?:ceux|celui|celles?)\s+(?:de|des|du|d'|pratique|affiche|demande|facture|propose)\p{L}*|contre)(?![\p{L}])/u;
/** A lower price read as a survey's average (« 704 € en moyenne à Paris, contre 519 € à Nîmes »): a market described. Folded. */
const AVERAGE = /(?<![\p{L}])(?:en\s+moyenne|prix\s+moyens?|moyenne\s+nationale)(?![\p{L}])/u;
/** A country, a city or a region named after a preposition (« en Turquie », « à Budapest », « dans ces pays »). */
const places = PlaceReader.of(T.pricePlaceWords, T.pricePlacePrepositions);
/** Care right before a low-cost word: « soins à moindre coût », « chirurgie esthétique à bas coût ». Folded. */
const CARE_BEFORE = new RegExp(String.raw`(?:${termsRegex(T.billedActs).source}|(?<![\p{L}])(?:chirurgie|chirurgies|interventions?|operations?|greffes?))(?:\s+[\p{L}-]+)?\s*,?\s*$`, 'u');
/** What a public programme makes free: a test, a kit, an exam, a vaccine (not « la première consultation »). */
const SCREENING_ITEM = /(?<![\p{L}])(?:tests?|kits?|examens?|depistages?|vaccins?|vaccinations?|mammographies?|frottis|autotests?)(?![\p{L}])/u;
/** Contests, prizes, loyalty and referral schemes: forbidden to pharmacies outright (R.5125-26 to 29). */
const ALWAYS_ERROR_FOR_PHARMACIES = new Set(['gain', 'parrainage', 'fidelite-concours']);
const REWARD = termsRegex([...T.billedActs, ...T.rewards]);
const PLAIN = termsRegex(T.plainSenses);
const ANCHOR = termsRegex([...T.rewards, ...T.commercialHeads, ...T.offerWords]);
const at = (terms: readonly string[]) => new RegExp(`^\\s*(?:${termsRegex(terms).source})`, 'u');
const COMMERCIAL_HEAD = at([...T.commercialHeads, ...T.billedActs]);
const STATISTIC = at(T.statisticFollowers);
/** « lui a offert », « leur avait offert » just before the hit: a past gift to a third person (folded). */
const GIVEN_TO_ONE = /(?<![\p{L}])(?:lui|leur)\s+(?:a|ont|avait|avaient|aurait)\s+(?:(?:deja|gracieusement|aussi|meme|alors)\s+)?$/u;
// "devis gratuit", "le devis est gratuit": the free thing sits at most two words before
const FREE_BY_NATURE = new RegExp(`(?:${termsRegex(T.freeByNature).source})(?:\\s+[\\p{L}']+){0,2}\\s*$`, 'u');
/**
 * Booking a slot (« prise de rendez-vous », « prenez rendez-vous en ligne », « réservation en ligne ») is free by nature;
 * « premier rendez-vous gratuit » is the appointment itself, and stays an act (folded).
 */
const BOOKING = /(?<![\p{L}])(?:(?:prise|prendre|prenez|prends)\s+(?:de\s+|un\s+|votre\s+|vos\s+)?(?:rendez-vous|rdv)(?:\s+en\s+ligne)?|(?:rendez-vous|rdv)\s+en\s+ligne|reservation\s+en\s+ligne)(?![\p{L}])/gu;
/** What turns fee information into a bait: urging or selling words in the same sentence. */
const URGE = /(?<![\p{L}])(?:foncez|fonce|profitez|profite|venez|viens|n'hesitez\s+plus|grace\s+a\s+(?:notre|nos)|vite|craquez|offre|promo|exclusivement\s+chez|seulement\s+chez|hurry|book\s+now)(?![\p{L}])|\u{1F525}|\u{1F389}|\u{1F4A5}/u;
const PRICE_CUE = /\d\s?(?:€|euros?|%)|€\s?\d|(?<![\p{L}])(?:prix|tarif|offre|profitez|reduction|remise|promo)/u;
// "de 20 €", "de -10 %": an amount right after the noun; "(importante) de la / du / des / d'": its complement.
const AMOUNT = /^\s*(?:de\s+|d')?-?\s?\d[\d .,]{0,24}\s?(?:%|€|euros?(?![\p{L}])|pour\s?cent)/u;
const COMPLEMENT = /^\s*(?:[\p{L}]+\s+)?(?:(?:de\s+la|du|des|de)(?![\p{L}])|de\s+l'|d')\s*(?:(?:nos|vos|votre|notre|les|la|le|ces|cette|ce)(?![\p{L}])\s*|l')?/u;


/** "réduction sur…", "promo du mois", "remise de 10 %" are commercial; "réduction des risques", "promotion de la santé" are not. */
function commercialSense(after: string, anchored = true): boolean {
  const amount = AMOUNT.exec(after);
  const rest = amount ? after.slice(amount[0].length) : after;
  if (!amount && /^\s*(?:[\p{L}]+\s+)?(?:sur|pour|a|au|aux|chez)(?![\p{L}])/u.test(rest)) return true; // "réduction pour les étudiants"
  if (/^\s*de\s+la\s+part\s+d/u.test(rest)) return true; // "une remise de la part du centre": granted by a seller
  const complement = COMPLEMENT.exec(rest);
  // Bare ("votre remise", "sa remise et l'intervention"): commercial only beside a price, an act or an offer.
  if (!complement) return !!amount || anchored;
  const head = rest.slice(complement[0].length);
  // "réduction immédiate de 20 € …": the amount comes after an adjective
  if (!amount && /^-?\s?\d/u.test(head)) return commercialSense(head);
  return COMMERCIAL_HEAD.test(head);
}

/** "-30 % chez les vaccinés", "-20 % d'hospitalisations" describe a statistic, not a price cut. */
function statistic(after: string): boolean {
  if (STATISTIC.test(after)) return true;
  // "-20 % dès aujourd'hui" (folded « dès » is « des »): a date, not a complement
  if (/^\s*des\s+(?:aujourd'hui|maintenant|demain|a\s+present|ce|cette|le\s+\d|\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\p{L}])/u.test(after)) return false;
  return COMPLEMENT.test(after) && !/^\s*(?:de|d')\s*(?:reduction|remise|rabais|moins|economie)/u.test(after) && !commercialSense(after);
}

/** Nouns whose « offert(e)s » means provided (« garanties offertes »), right before it, a copula between. Folded. */
const PROVIDED_BEFORE = /(?<![\p{L}])(?:garanties|possibilites|possibilite|services|options|solutions|opportunites|perspectives|conditions|informations|choix|alternatives|formations|debouches)(?:\s+(?:de|d')\s*[\p{L}-]+)?\s+(?:(?:qui\s+)?(?:vous\s+|leur\s+|lui\s+|nous\s+)?(?:sont|etaient|seront)\s+)?$/u;

/** Why a hit, given its kind, promotes no price here (see PriceTerm['kind']), or null when it does. */
function notPromoting(hit: Hit<T.PriceTerm>, analysis: Analysis, paragraphHasPrice: boolean, publicNearby = false): string | null {
  const kind = hit.entry.kind;
  const unless = (promoting: boolean): string | null => (promoting ? null : kind ?? 'term');
  const folded = analysis.folded.text;
  const s = sentenceAt(analysis, hit.fStart);
  const sentence = folded.slice(s.start, s.end);
  const after = folded.slice(hit.fEnd, s.end);
  switch (hit.entry.kind) {
    case 'lure': // tied to a billed act, not public-health information nor a thing free by nature
      // (issue #7) « offert » as « provided », not « free »: « les garanties offertes », « des possibilités sont offertes au
      // praticien », « les services offerts en institut »; and « sans frais cachés » promises a clear bill, not a free act
      const offert = folded.slice(hit.fStart, hit.fEnd).search(/offert/u);
      if (offert >= 0 && PROVIDED_BEFORE.test(folded.slice(Math.max(s.start, hit.fStart + offert - 60), hit.fStart + offert))) return 'lure-provided';
      if (/^sans\s+frais$/u.test(folded.slice(hit.fStart, hit.fEnd)) && /^\s+caches?(?![\p{L}])/u.test(after)) return 'lure-provided';
      // a public body named just above makes its test or exam free (« par la CPAM… — Le test est gratuit »)
      if (publicNearby && SCREENING_ITEM.test(sentence)) return 'lure-public-screening';
      // a charity named in the two sentences before makes the free care theirs (« Une association de bénévoles organise
      // l'accueil. Les soins sont gratuits. »), not a reimbursement (« Soins remboursés. Bilan offert. » still lures)
      // (round 7) booking an appointment (« prise de rendez-vous en ligne gratuite ») is no act: only the acts left count
      if (!has(ACTS, sentence.replace(BOOKING, ' '))) return 'lure-no-act';
      if (has(PUBLIC, sentence)) return 'lure-public';
      if (has(CHARITY, sentencesAround(analysis, s.start, -2, -1))) return 'lure-charity';
      // (round 13) a gift told about one person (« le centre lui avait offert ses séances contre des vidéos »): a story,
      // told of a third party, offers the reader nothing (the barter is no-sponsored-content's)
      if (GIVEN_TO_ONE.test(folded.slice(s.start, hit.fStart))) return 'lure-given-to-one';
      return FREE_BY_NATURE.test(folded.slice(s.start, hit.fStart)) ? 'lure-free-by-nature' : null;
    case 'event':
      return unless(paragraphHasPrice);
    case 'anchored':
      return unless(has(REWARD, sentence.slice(0, hit.fStart - s.start) + sentence.slice(hit.fEnd - s.start)));
    case 'sense': {
      const others = folded.slice(0, hit.fStart) + ' ' + folded.slice(hit.fEnd);
      const anchored = PRICE_CUE.test(others) || has(ACTS, others) || has(ANCHOR, others);
      return unless(!overlaps(PLAIN, folded, hit.fStart, hit.fEnd) && commercialSense(after, anchored));
    }
    case 'discount':
      return unless(!statistic(after));
    case 'percent-on': // "ont baissé de 25 % sur les implants posés…" measures a change, it sells nothing
      return unless(!/(?:baiss|diminu|recul|progress|augment|chut|hausse|evolu)\p{L}*\s+(?:de\s+)?$/u.test(folded.slice(s.start, hit.fStart)));
    case 'price': // "contre seulement 23 € hors OPTAM" compares reimbursement bases
      return unless(!has(FEE_INFO, sentence) && !/(?<![\p{L}])(?:contre|plutot)\s*$/u.test(folded.slice(s.start, hit.fStart)));
    case 'drop': { // "de 80 € à 60 €" goes down; "de 40 € à 60 €" is a range
      const amounts = [...folded.slice(hit.fStart, hit.fEnd).matchAll(/\d[\d .,]{0,24}/gu)].map((m) => parseFrenchNumber(m[0].trim()));
      return unless(amounts.length >= 2 && amounts[1] < amounts[0] && !has(FEE_INFO, sentence));
    }
    case 'urged':
      return unless(URGE.test(sentence));
    case 'cheaper': // « nous proposons … 30 % moins cher » sells; « les implants coûtent 50 % moins cher en Hongrie » compares
      // Set against another place or other providers (« 40 % moins onéreux qu'au Luxembourg », « 20 % moins élevés que les
      // autres officines »), the lower price is the selling point of whoever offers the care, named or not.
      if (OWN_OFFER.test(sentence) || ELSEWHERE.test(after)) return null;
      // A lower price in figures set against a place, named with the price or in the sentence before or after (« la
      // Bulgarie, où une couronne coûte 60 % moins cher », « des tarifs 45 % inférieurs à ceux affichés à Genève »):
      // whoever offers the care there sells on it, named or not; a survey's average between cities describes a market.
      if (hit.entry.id === 'moins-cher-qu-ailleurs') {
        const near = spanAround(analysis, s.start, -1, 1);
        if (near && !AVERAGE.test(folded.slice(near.start, near.end)) && (SET_AGAINST.test(after) || places.in(analysis, near.start, near.end).length > 0)) return null;
      }
      // « des soins à moindre coût », « chirurgie esthétique à bas coût »: cheapness said of the care itself
      return unless(hit.entry.id === 'bon-marche' && has(CARE_BEFORE, folded.slice(Math.max(s.start, hit.fStart - 40), hit.fStart)));
    case 'package':
      return unless((PRICE_CUE.test(sentence) || has(PACKAGE, sentence) || has(ACTS, sentence)) && !has(FEE_INFO, sentence));
    default:
      return null;
  }
}

/**
 * The span of the sentences around a position, from `from` to `to` sentences away from the one holding it (-1: the one
 * before; clamped to the segment), or undefined when there is none.
 */
function spanAround(analysis: Analysis, pos: number, from: number, to: number): { start: number; end: number } | undefined {
  const list = analysis.sentences;
  const i = sentenceNumberAt(analysis, pos);
  if (i < 0) return undefined;
  const first = Math.max(0, i + from);
  const last = Math.min(list.length - 1, i + to);
  return first > last ? undefined : { start: list[first].start, end: list[last].end };
}

/** Folded text of the sentences around a position (see spanAround), or '' when there is none. */
function sentencesAround(analysis: Analysis, pos: number, from: number, to: number): string {
  const span = spanAround(analysis, pos, from, to);
  return span ? analysis.folded.text.slice(span.start, span.end) : '';
}

/**
 * Answers, once per sentence of a segment, the tests that read only the sentences around a hit (sentenceText,
 * sentencesAround): a paragraph of hundreds of hits (200 KB of « -50 % », 500 in each 3 000-character segment)
 * asked the same sentences the same questions for each of them. By test name and the sentence holding the
 * position (-1 for none: sentenceText then reads the whole text and sentencesAround nothing, wherever it is).
 */
function perSentence(analysis: Analysis): (name: string, pos: number, test: () => boolean) => boolean {
  const answers = new Map<string, Map<number, boolean>>();
  return (name, pos, test) => {
    const i = sentenceNumberAt(analysis, pos);
    let byTest = answers.get(name);
    if (!byTest) answers.set(name, (byTest = new Map()));
    let answer = byTest.get(i);
    if (answer === undefined) byTest.set(i, (answer = test()));
    return answer;
  };
}

/**
 * A whole offer quoted from the one who makes it (« "Dès 50 points, vous obtenez un bon d'achat de cinq euros" », « le
 * centre propose "une remise de 15 % aux étudiants de moins de 25 ans" »): the offer's own words, not a word held
 * at a distance like « "prix cassés" ». A long quotation with an amount or an offering verb. Segment text.
 */
function quotedOffer(text: string, start: number, end: number): boolean {
  const q = quotationAround(text, start, end);
  if (!q || q.end - q.start < 40) return false;
  // (not a practice denounced or advised against: « il s'indigne contre les pharmacies qui "offrent des bons d'achat" »,
  // « bannissons les "remises géantes, -50 % sur le rayon" »)
  if (/(?:indign|d[ée]non[cç]|fustig|critiqu|d[ée]plor|interdi|ill[ée]gal|proscri|sanction|[ée]vit(?:ons|ez|er)|bannir|bannissons|bannissez)/iu.test(text.slice(Math.max(0, q.start - 160), q.start))) return false;
  // (nor an advert read elsewhere: « "… dès 990 euros !", lit-on sur une page de clinique »)
  if (/^[\s»"”’,]*(?:peut-on|pouvait-on|lit-on|lisait-on|voit-on|promet-on|annonce-t-on)\s/iu.test(text.slice(q.end, q.end + 30))) return false;
  return /\d|€|(?<![\p{L}])(?:euros?|offr\p{L}*|permet\p{L}*|b[ée]n[ée]fici\p{L}*|re[çc]oi\p{L}*|recev\p{L}*|obtien\p{L}*|obten\p{L}*|gagn\p{L}*)(?![\p{L}])/iu.test(text.slice(q.start, q.end));
}

/** A sentence that goes on with the list of the one before (« Tout comme… », « Exit donc… », « De même… »). Folded. */
const CONTINUED = /^\s*(?:tout\s+comme|exit|de\s+meme|idem|pas\s+plus\s+que|il\s+en\s+va\s+de\s+meme|meme\s+chose\s+pour|sont\s+aussi\s+vises|sont\s+egalement\s+vises)(?![\p{L}])/u;

/** A sentence told in the past: an offer that was made (passive). Folded. */
const TOLD_PAST = /(?<![\p{L}])(?:ont|a|avaient|avait)\s+ete\s+(?:[\p{L}]+\s+){0,2}?(?:propose|offert|distribue|organise|lance|vendu)\p{L}*/u;

/** Spans of a regex's matches in the last texts read: one scan per text, not one per hit (200 KB of « -50 % »). */
const spansMemo = new TextMemo<ReadonlyArray<readonly [number, number]>>(4);

function overlaps(re: RegExp, text: string, start: number, end: number): boolean {
  const spans = spansMemo.get(text, [re], () => {
    re.lastIndex = 0;
    return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as const);
  });
  return spans.some(([s, e]) => s < end && e > start);
}

/**
 * Pharmacies may show the prices of non-reimbursed goods "avec tact et mesure" (DOMAIN.md §3.3): a discount on
 * parapharmacy is a risk (warning); on a medicine (L.5122-6), or a contest, loyalty scheme or sales event
 * (R.5125-26 to 29), it stays an error.
 */
function pharmacySeverity(profile: string, hit: Hit<T.PriceTerm>, analysis: Analysis): 1 | undefined {
  if (profile !== 'pharmacien' || hit.entry.kind === 'event' || ALWAYS_ERROR_FOR_PHARMACIES.has(hit.entry.id)) return undefined;
  const s = sentenceAt(analysis, hit.fStart);
  return has(MEDICINES, analysis.folded.text.slice(s.start, s.end)) ? undefined : 1;
}

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
    // English and Spanish posts of a French practice: « 30% off », « free consultation », « descuento ».
    alsoReads: ['eng', 'spa'],
    options: {
      allow: { type: 'string[]', default: [], expressions: true, description: 'Expressions à ne jamais signaler (ex. le nom d’un programme public).' },
    },
    messages: {
      pricePromotion:
        '« {{match}} » : promotion tarifaire interdite, la santé n’est pas un commerce ({{article}}) ; indiquez vos honoraires de façon neutre (ex. « {{example}} »)',
      pharmacyDiscount:
        '« {{match}} » : réduction sur un produit de l’officine ; sans être interdite pour un produit non remboursé, la publicité d’une pharmacie doit rester mesurée ({{article}}) ; affichez le prix sans mise en avant de la remise',
      freeLure:
        '« {{match}} » : acte ou produit offert pour attirer la patientèle, avantage interdit ({{article}}) ; retirez l’offre et indiquez le tarif habituel',
      salesEvent:
        '« {{match}} » : opération commerciale appliquée à des soins ({{article}}) ; retirez la référence à l’événement et à la réduction',
      useWording: 'Remplacer par « {{suggestion}} »',
    },
  },
  check(context) {
    const article = citeAll([context.article('commerce'), context.article('advantages')]);
    // whether each of the last two segments names a public body (« envoyé par la CPAM » in a list item above)
    const publicBefore: boolean[] = [];
    for (const { segment, analysis } of prose(context)) {
      const folded = analysis.folded.text;
      const paragraphHasPrice = PRICE_CUE.test(folded);
      const publicHere = has(PUBLIC_BODIES, folded);
      const publicNearby = publicHere || publicBefore.includes(true);
      publicBefore.push(publicHere);
      if (publicBefore.length > 2) publicBefore.shift();
      const once = perSentence(analysis);
      const kept = screen(context, segment, termCandidates(lexicon.find(analysis)), [
        negation(analysis),
        warning(analysis),
        // the sentence, or the next one reports a prohibition or explains the law (« pratique proscrite par l'Ordre »); or
        // the one before, when this one goes on with its list (« … sont prohibées. De même les tombolas »)
        filter('prohibition', (hit) => once('prohibition', hit.fStart, () => has(PROHIBITION, sentencesAround(analysis, hit.fStart, 0, 1))
          || (CONTINUED.test(sentenceText(analysis, hit.fStart)) && has(PROHIBITION, sentencesAround(analysis, hit.fStart, -1, -1))))),
        // the sentence, or one beside it, holds the low price up as a danger or a deceit (press, warnings)
        filter('criticism', (hit) => once('criticism', hit.fStart, () => has(CRITICISM, sentencesAround(analysis, hit.fStart, -1, 1)))),
        // A quoted phrase is held at a distance, unless the quotation is someone's first-person account.
        filter('quotation', (hit) => isQuoted(analysis, hit.fStart, hit.fEnd) && !isQuotedOwnSpeech(analysis, hit.fStart, hit.fEnd) && !quotedOffer(analysis.text, hit.start, hit.end)),
        filterWhy('context', (hit) => notPromoting(hit, analysis, paragraphHasPrice, publicNearby)),
        // An offer told as history (« en 2015, des forfaits à prix cassés ont été proposés sur des sites d'achats
        // groupés »): a past event reported, not an offer made to the reader
        // a word inside one of its plain senses (« une promotion d'honneur », « une réduction mammaire »), whatever the entry
        filter('plain-sense', (hit) => overlaps(PLAIN, analysis.folded.text, hit.fStart, hit.fEnd)),
        filter('past', (hit) => once('past', hit.fStart, () => TOLD_PAST.test(sentenceText(analysis, hit.fStart)) && !OWN_OFFER.test(sentenceText(analysis, hit.fStart)))),
        // What an influencer, a chain or beauticians sell is reported (press, guides), unless the practice speaks there too.
        filter('others-offer', (hit) => once('others-offer', hit.fStart, () => {
          const sentence = sentenceText(analysis, hit.fStart);
          return has(OTHER_SELLERS, sentence) && !OWN_OFFER.test(sentence);
        })),
        // A survey or a study reports prices ("selon l'enquête, … moins cher"); a lure stays a lure.
        filter('reported', (hit) => hit.entry.kind !== 'lure' && once('reported', hit.fStart, () => has(REPORTED, sentenceText(analysis, hit.fStart)))),
      ]);
      const found = kept.map((hit) => {
        const { kind } = hit.entry;
        return { start: hit.start, end: hit.end, hit, origin: hit.origin, messageId: kind === 'lure' ? 'freeLure' : kind === 'event' ? 'salesEvent' : 'pricePromotion' };
      });
      for (const f of separate(context, segment, found)) {
        const severity = pharmacySeverity(context.profile, f.hit, analysis);
        const messageId = severity === 1 && f.messageId === 'pricePromotion' ? 'pharmacyDiscount' : f.messageId;
        reportHit(context, segment, f.hit, { messageId, data: { article, example: exampleFor(context.profile, 'fee') }, severity });
      }
    }
  },
});
