// Flags self-praise of the practice and commercial urgency, which turn information into advertising.
import { Lexicon, patientVoice, sentenceText, foldTerm, quotationAround, termsRegex, isNegated, isQuoted, isWarningContext, sentenceAt, wordsAround, wordsIn, phraseAt, placeFollows, defineRule, excerpt, filter, filterWhy, prose, rewordings, screen, separate, termCandidates, exampleFor } from '../src/rule-kit.js';
import type { Analysis, Hit, RuleContext, Segment } from '../src/rule-kit.js';
import { careDestinations, promoTerms, URGENCY_EMOJI, type Binding, type PromoTerm } from './no-promotional-wording.terms.js';
import { offerNouns, placeWords, practiceNouns } from './shared.terms.js';

const lexicon = new Lexicon<PromoTerm>(promoTerms);
const whole = (re: RegExp) => new RegExp(`^(?:${re.source})$`, 'u');
const NOUNS = {
  practice: whole(termsRegex(practiceNouns)),
  offer: whole(termsRegex([...offerNouns, ...careDestinations])),
  both: whole(termsRegex([...practiceNouns, ...offerNouns, ...careDestinations])),
  practiceNoDestination: whole(termsRegex(practiceNouns)),
  offerNoDestination: whole(termsRegex(offerNouns)),
  bothNoDestination: whole(termsRegex([...practiceNouns, ...offerNouns])),
};
/** Care sought at a destination (« pour les soins dentaires », « tourisme médical », « une greffe »). Folded. */
const CARE_SOUGHT = /(?<![\p{L}])(?:soins?|sante|medica\p{L}*|dentaire\p{L}*|chirurgi\p{L}*|esthetique\p{L}*|greffe\p{L}*|implant\p{L}*|traitements?|interventions?|operations?|cliniques?|patients?|capillaire\p{L}*)(?![\p{L}])/u;
const PLACE = whole(termsRegex(placeWords));
/** Whether a folded word is one of `nouns`, elided article included (« l'équipe », « d'institut »). */
const isNounWord = (nouns: RegExp, word: string) => nouns.test(word) || nouns.test(word.replace(/^[ld]'/u, ''));
/**
 * "C'est LA clinique où aller", "LE cabinet du sourire": a determiner in capitals before a practice or offer noun, in a
 * sentence otherwise in lower case, singles the practice out as the one to choose (the case is only seen in the
 * original text, so these candidates are found there, then screened like the terms).
 */
const EMPHASIS = /(?<![\p{L}\p{N}'’])(?:LE|LA|LES)\s+(\p{Ll}[\p{L}-]*)/gu;
const EMPHASIS_ENTRY: PromoTerm = { id: 'la-majuscule', kind: 'selfPraise', bound: 'always' };
const EMPHASISED = /^(?:reference|references|spot|spots|adresse|adresses|destination)$/u;

function emphasisHits(a: Analysis): Hit<PromoTerm>[] {
  const hits: Hit<PromoTerm>[] = [];
  EMPHASIS.lastIndex = 0;
  for (const m of a.text.matchAll(EMPHASIS)) {
    const word = foldTerm(m[1]);
    if (!NOUNS.both.test(word) && !EMPHASISED.test(word)) continue;
    const f = a.toFolded(m.index, m.index + m[0].length);
    const s = sentenceAt(a, f.start);
    const o = a.toOriginal(s.start, s.end);
    const letters = a.text.slice(o.start, o.end).replace(/[^\p{L}]/gu, '');
    if (letters.replace(/\P{Lu}/gu, '').length * 3 > letters.length) continue; // a heading in capitals
    hits.push({ entry: EMPHASIS_ENTRY, fStart: f.start, fEnd: f.end, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return hits;
}

const FIRST_TO = /(?<![\p{L}])a\s+(?:proposer|pratiquer|offrir|utiliser|etre|obtenir|disposer|s'equiper|realiser|recevoir|avoir|ouvrir|introduire|accueillir)(?![\p{L}])/u;

const SKIP = /^(?:client|clients|patient|patients|tres|vraiment|simplement|juste|franchement|carrement|si|tellement|tout|toute|toutes|tous|aussi|particulierement|absolument|super|hyper|plutot|assez|bien|reellement|totalement|est|sont|sera|seront|reste|restent|etait|etaient|demeure|demeurent|semble|et|ou|de|d'|du|des|la|le|les|l')$/u;
/** Endings of adjectives that may stand between a noun and the praise ("cabinet dentaire nouvelle génération"). */
const ADJECTIVE = /(?:aires?|iques?|ales?|aux|elles?|els|ifs?|ives?|eux|euses?|iens?|iennes?)$/u;
const test = (re: RegExp | undefined, text: string) => !!re && re.test(text);

/** "en Bretagne", "de la région", "de Quimper", "à proposer": the claim is about a place (or a first). */
function placeAfter(a: Analysis, end: number): boolean {
  return FIRST_TO.test(a.folded.text.slice(end, sentenceAt(a, end).end).slice(0, 70)) || placeFollows(a, end, PLACE);
}

/** Walks back from an adjective over adverbs, copulas and coordinated adjectives to the noun it qualifies. */
function qualifiesNoun(a: Analysis, hit: Hit<PromoTerm>, nouns: RegExp): boolean {
  const text = a.folded.text;
  const before = wordsIn(a, phraseAt(a, hit.fStart).start, hit.fStart).reverse();
  const isNoun = (w: string) => isNounWord(nouns, w);
  for (let i = 0; i < Math.min(before.length, 5); i++) {
    const { word, end } = before[i];
    if (isNoun(word)) return true;
    // a noun of several words ending here (« une prise en charge irréprochable », « un plateau technique complet »)
    if (before[i + 1] && (isNoun(`${before[i + 1].word} ${word}`) || (before[i + 2] && isNoun(`${before[i + 2].word} ${before[i + 1].word} ${word}`)))) return true;
    const coordinated = /^\s*(?:,|et\s)/u.test(text.slice(end, (before[i - 1] ?? { start: hit.fStart }).start + 3));
    // "le cabinet de kinésithérapie le plus complet": a "de" complement stands between the noun and the praise
    // (« une qualité d'eau irréprochable »: the elided « d'eau » is such a complement too)
    const complement = /^(?:de|d'|du|des|en)$/u.test(before[i + 1]?.word ?? '') || /^d'(?!(?:un|une|autres?)$)/u.test(word);
    if (!SKIP.test(word) && !coordinated && !ADJECTIVE.test(word) && !complement) break;
  }
  const next = wordsIn(a, hit.fEnd, phraseAt(a, hit.fEnd).end)[0];
  return !!next && isNoun(next.word);
}

function isBound(a: Analysis, hit: Hit<PromoTerm>, binding: Binding, only?: RegExp): boolean {
  const { entry } = hit;
  const nouns = only ?? NOUNS[entry.nouns ?? 'both'];
  const { before, after } = wordsAround(a, hit.fStart, hit.fEnd, entry.window ?? 4);
  const has = (words: string[]) => words.some((w) => isNounWord(nouns, w));
  switch (binding) {
    case 'always': return true;
    case 'after': return has(after);
    case 'before': return has(before);
    case 'near': return has(before) || has(after);
    case 'noun': return qualifiesNoun(a, hit, nouns);
    case 'place': return placeAfter(a, hit.fEnd);
    case 'subject': {
      const before = wordsIn(a, sentenceAt(a, hit.fStart).start, hit.fStart);
      // the practice itself, or what it calls its own ("nos délais sont les plus courts de la ville")
      return before.some(({ word }) => isNounWord(NOUNS.practice, word) || /^(?:notre|nos)$/u.test(word));
    }
    case 'hashtag': return /#[\p{L}\p{N}_]*$/u.test(a.folded.text.slice(0, hit.fStart));
    case 'emoji': {
      const s = sentenceAt(a, hit.fStart);
      return URGENCY_EMOJI.test(a.folded.text.slice(s.start, s.end));
    }
  }
}

function notPromotional(a: Analysis, hit: Hit<PromoTerm>, all: Hit<PromoTerm>[]): string | null {
  const { entry } = hit;
  const text = a.folded.text;
  const s = sentenceAt(a, hit.fStart);
  if (test(entry.unless, text.slice(s.start, s.end))) return 'unless';
  if (test(entry.unlessBefore, text.slice(s.start, hit.fStart))) return 'unless-before';
  if (test(entry.unlessAfter, text.slice(hit.fEnd, s.end))) return 'unless-after';
  const bindings = Array.isArray(entry.bound) ? entry.bound : [entry.bound];
  const bound = bindings.every((b) => isBound(a, hit, b));
  if (!bound && !(entry.orBound && isBound(a, hit, entry.orBound))) return 'unbound';
  // « Istanbul, destination incontournable des voyageurs »: a destination praised as a place to visit, not as where to
  // get care, unless the sentence names the care (« … pour les implants », « du tourisme médical »)
  if (bound && !bindings.every((b) => isBound(a, hit, b, NOUNS[`${entry.nouns ?? 'both'}NoDestination` as const])) && !CARE_SOUGHT.test(text.slice(s.start, s.end))) return 'destination';
  // « pour un tatouage, le laser reste la meilleure méthode », « ces peelings offrent les meilleurs résultats »: a rank given
  // to a method or a result, not to a practice, is a claim about a technique unless the sentence makes it the practice's
  if (bound && (entry.nouns ?? 'both') === 'both' && bindings.some((b) => b === 'after' || b === 'before' || b === 'near')
    && !bindings.some((b) => isBound(a, hit, b, NOUNS.practice)) && !ownsTheOffer(a, s, hit.fStart)) return 'method-ranked';
  if (entry.ownedOffer && !qualifiesNoun(a, hit, NOUNS.practice) && !ownsTheOffer(a, s, hit.fStart)) return 'not-owned';
  // « cette révolution technologique, lancée par le fabricant X »: a maker's product praised, not the practice
  if (entry.kind === 'selfPraise' && MAKERS.test(text.slice(s.start, s.end)) && !OWNER.test(text.slice(s.start, s.end))) return 'maker';
  // « des crèmes luxueuses », « une chaussure au confort inégalé », « deux produits de base de haute qualité »: goods
  // praised (no-sponsored-content weighs a brand), not the practice or its care
  if (entry.kind === 'selfPraise' && PRODUCT_BEFORE.test(text.slice(Math.max(s.start, hit.fStart - 40), hit.fStart)) && !OWNER.test(text.slice(s.start, s.end))) return 'product';
  // "Ne manquez pas cette offre": the negation belongs to the incitement, it does not negate what follows.
  const urged = all.some((h) => h.entry.ownNegation && h.fEnd <= hit.fStart && h.fStart >= s.start);
  if (!entry.ownNegation && !urged && isNegated(a, hit.fStart, hit.fEnd) && !subjectOfNegatedVerb(a, hit)) return 'negation';
  if (REPORTED_AS.test(text.slice(s.start, hit.fStart))) return 'reported';
  // « Une clinique sérieuse investit dans des équipements de pointe »: what any good practice does, a guide's advice on
  // choosing, unless the practice speaks of itself (« nous sommes une clinique sérieuse, équipée… »)
  if (entry.kind === 'selfPraise' && GENERIC_PRACTICE.test(text.slice(s.start, s.end)) && !OWNER.test(text.slice(s.start, s.end))) return 'generic-practice';
  if (isQuoted(a, hit.fStart, hit.fEnd) && !ownVoiceQuote(a, hit)) return 'quotation';
  return isWarningContext(a, hit.fStart) ? 'warning' : null;
}

/** An indefinite practice judged by a quality (« un bon praticien », « une clinique sérieuse »): any practice, not this one. Folded. */
const GENERIC_PRACTICE = /(?<![\p{L}])(?:un|une)\s+(?:(?:bon|bonne|vrai|vraie|veritable)\s+(?:clinique|centre|cabinet|praticien|praticienne|chirurgien|chirurgienne|dentiste|medecin|specialiste|professionnel|professionnelle|etablissement)|(?:clinique|centre|cabinet|praticien|praticienne|chirurgien|chirurgienne|dentiste|medecin|specialiste|professionnel|professionnelle|etablissement)\s+(?:serieux|serieuse|fiable|competent|competente|digne\s+de\s+ce\s+nom|de\s+qualite))(?![\p{L}])/u;
/** Words by which a sentence makes what it praises the practice's own offer. Folded. */
const OWNER = /(?<![\p{L}])(?:notre|nos|nous|je|j'|moi|mon|ma|mes|our|we|decouvrez|essayez|optez|choisissez|profitez|beneficiez|venez|offrez-vous|testez)(?![\p{L}])/u;

/** The practice speaking of itself. Folded. */
const PRACTICE_VOICE = /(?<![\p{L}])(?:notre|nos|nous)(?![\p{L}])/u;
/**
 * The benefit promised to the reader (« pour votre peau », « vous obtiendrez des résultats … », « au service de votre
 * sourire », « sans se ruiner »): the praise sells. Folded.
 */
const ADDRESSED = /(?<![\p{L}])(?:pour\s+(?:votre|vos|vous)|au\s+service\s+de\s+(?:votre|vos)|sans\s+(?:se|vous|te)\s+ruiner|a\s+moindre\s+cout|vous\s+(?:pouvez|pourrez|pourriez|allez|obtiendrez|obtenez|retrouverez|retrouvez|profiterez|beneficierez|aurez|serez))(?![\p{L}])/u;

/**
 * Determiners that make a practice noun a category of practices (« les cliniques investissent », « des centres
 * reconnus », « la plupart des cabinets », « de plus en plus de praticiens »): the sentence describes a market, not the
 * practice that speaks. Folded words.
 */
const CATEGORY_DET = /^(?:les|des|ces|certains|certaines|plusieurs|nombreux|nombreuses|quelques|autres|de|d')$/u;
/** A practice noun in the plural (« cliniques », « centres », « chirurgiens », « hôpitaux »). Folded word. */
const PLURAL = /(?:s|x)$/u;

/**
 * Who the practice nouns of a sentence are: 'own' when the sentence has the practice's voice (« notre », « nous ») or a
 * practice in the singular or with a possessive (« la clinique », « un cabinet », « nos chirurgiens »); 'category' when
 * its only practices are plural categories (« les centres spécialisés proposent… »); 'none' without any.
 */
function practicesOf(a: Analysis, s: { start: number; end: number }, ownersBefore = -1): 'own' | 'category' | 'none' {
  if (OWNER.test(a.folded.text.slice(s.start, s.end))) return 'own';
  const words = wordsIn(a, s.start, s.end);
  let category = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].word;
    if (!isNounWord(NOUNS.practice, w)) continue;
    const det = words[i - 1]?.word ?? '';
    const bare = w.replace(/^[ld]'/u, '');
    const categoryDet = CATEGORY_DET.test(det) || /^d'/u.test(w) || (/^(?:les|des)$/u.test(words[i - 2]?.word ?? '') && /^(?:plus|autres|grands?|grandes?|meilleur\p{L}*|differents|differentes|petits?|petites?)$/u.test(det));
    // a category before the praise owns it (« des chirurgiens aux mains reconnues », « les cliniques et leur
    // savoir-faire pointu »); after it, the practices are an audience (« une méthode adoptée par de plus en plus de praticiens »)
    if (PLURAL.test(bare) && categoryDet && !(words[i].end <= ownersBefore)) {
      category = true;
      continue;
    }
    return 'own';
  }
  return category ? 'category' : 'none';
}

/**
 * A patient looking for a carer, told by the patient (« j'ai consulté un chirurgien », « j'ai donc recherché les
 * cliniques… », « j'ai enfin trouvé la perle rare », « elle a décidé de consulter un chirurgien »): praise of the
 * carers found is the patient's judgement (no-testimonial's), not the practice's own voice. Folded.
 */
const SEEKING_CARE = /(?<![\p{L}])(?:(?:j'ai|j'en\s+ai|j'avais|je\s+me\s+suis|nous\s+avons|on\s+a)\s+(?:donc\s+|alors\s+|enfin\s+|d'abord\s+|ensuite\s+|fini\s+par\s+|finalement\s+|meme\s+)?(?:consulte|recherche|cherche|trouve|choisi|rencontre|vu|contacte|renseigne\p{L}*\s+sur)\s+(?:un|une|des|les|le|la|l'|plusieurs|deux|trois|mon|ma|mes)(?![\p{L}])|(?:j'ai|j'avais|nous\s+avons)\s+(?:deja\s+)?pris\s+(?:mon|un|le|notre)\s+(?:prochain\s+)?(?:rendez-vous|rdv)|trouve\p{L}*\s+la\s+perle\s+rare|(?:decide|choisi|resolu\p{L}*)\s+(?:de\s+|a\s+)(?:franchir\s+le\s+pas\s+et\s+de\s+)?consulter\s+(?:un|une)(?![\p{L}]))/u;

/** What only the practice sells in a sentence: a price or a cut (« -30 % ce mois-ci : offre… »), a session of care. Folded. */
const SOLD = /-\s?\d+(?:[.,]\d+)?\s?%|\d\s?(?:€|euros?(?![\p{L}]))|(?<![\p{L}])seances?(?![\p{L}])/u;

/**
 * « notre technique, la plus efficace », « la clinique propose la méthode la plus douce », « découvrez la plus… »; a
 * price or a session sold in the sentence; a sentence that is the praise alone (« Des résultats spectaculaires. »),
 * as a post's headline says it: nobody but the practice speaks there.
 */
function ownsTheOffer(a: Analysis, s: { start: number; end: number }, at: number): boolean {
  const sentence = a.folded.text.slice(s.start, s.end);
  if (OWNER.test(sentence) || ADDRESSED.test(sentence) || SOLD.test(sentence)) return true;
  // « les injections se font grâce à un pistolet de dernière génération », « le cabinet, équipé d'un laser haut de
  // gamme »: one device named as the tool of the care described, the practice's own equipment
  if (EQUIPPED.test(a.folded.text.slice(s.start, at)) && !RESEARCH.test(sentence)) return true;
  if (wordsIn(a, s.start, s.end).length <= 4) return true;
  // a practice of its own (« la clinique propose… »), not a category of practices after the praise (« de plus en plus
  // de praticiens »); praise weighed against studies (« comme le montrent des publications ») is a claim, not a boast
  if (SOURCED.test(sentence) || MAKERS.test(sentence)) return false;
  // a destination's clinics sold to travelling patients (« le tourisme dentaire permet une réhabilitation de haute
  // qualité », « un service médical d'excellence en Espagne »): the sales copy of medical tourism (round 6 decision)
  if (TOURISM.test(sentence)) return true;
  // « Ce robot de dernière génération… !»: an exclamation sells
  if (/!\s*$/u.test(a.text.slice(a.toOriginal(s.start, s.end).start, a.toOriginal(s.start, s.end).end).trimEnd())) return true;
  if (practicesOf(a, s, at) === 'own') return true;
  // « La clinique X s'agrandit… Ce robot de toute dernière génération… », « l'officine… C'est l'endroit
  // idéal »: a sentence that points back (ce, cette, c'est, il, elle) speaks of the practice named just before
  const lead = a.folded.text.slice(s.start, Math.min(s.end, s.start + 90));
  if (s.start > 0 && ANAPHOR.test(lead)) {
    const prev = sentenceAt(a, Math.max(0, s.start - 2));
    if (prev.start < s.start && (OWNER.test(a.folded.text.slice(prev.start, prev.end)) || practicesOf(a, prev) === 'own')) return true;
  }
  return false;
}

/** One device the care is done with (« grâce à un laser », « équipé d'un scanner »), before the praise. Folded. */
const EQUIPPED = /(?<![\p{L}])(?:grace\s+a|equipee?s?\s+d'|dotee?s?\s+d'|munie?s?\s+d')\s*(?:un|une)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}\s+$/u;

/** Research, not care: a laboratory's instruments (« les chercheurs ont observé… grâce à un microscope »). Folded. */
const RESEARCH = /(?<![\p{L}])(?:chercheu(?:r|rs|se|ses)|scientifiques|etudes?|essais?|recherches?|laboratoires?|universite)(?![\p{L}])/u;
/** Goods just before the praise (« des crèmes luxueuses », « une chaussure au confort… »). Folded, the text before the hit. */
const PRODUCT_BEFORE = /(?<![\p{L}])(?:cremes?|serums?|produits?|cosmetiques?|chaussures?|baskets?|semelles?|matelas|oreillers?|flacons?|parfums?|shampo\p{L}*|gels?|huiles?|lotions?|baumes?|complements?|brosses?)(?:\s+[\p{L}'-]+){0,2}?\s+(?:au\s+|a\s+la\s+|aux\s+|de\s+|d')?$/u;

/** Medical tourism: a destination's clinics sold to patients from abroad. Folded. */
const TOURISM = /(?<![\p{L}])(?:tourisme\s+(?:medical|dentaire|esthetique|de\s+sante)|voyage\s+(?:medical|dentaire)|destinations?|a\s+l'etranger|(?:espagnol|hongrois|turc|tunisien|marocain|portugais|roumain|moldave)(?:e|s|es)?|(?:en|au)\s+(?:turquie|hongrie|tunisie|portugal|roumanie|moldavie|pologne|croatie|bulgarie|maroc)|a\s+(?:budapest|istanbul|tunis|lisbonne|porto|bucarest|debrecen|antalya|izmir))(?![\p{L}])/u;
/** The opening of a sentence that points back to what the sentence before named. Folded. */
const ANAPHOR = /^(?:[^.!?]{0,90}?[\s,])?(?:ce|cet|cette|ces|c'est|c'etait|celui-ci|celle-ci)(?![\p{L}])/u;
/** A product made by a named firm (« lancée par la marque X », « conçue par le laboratoire Y »): a maker's, not the practice's. Folded. */
const MAKERS = /(?<![\p{L}])(?:initie|developpe|mis|mise|concu|invente|commercialise|fabrique|brevete|lance)(?:e|s|es)?\s+(?:au\s+point\s+)?par\s+(?:la\s+marque|la\s+societe|le\s+laboratoire|les\s+laboratoires|l'entreprise|le\s+fabricant|le\s+groupe|la\s+start-up)(?![\p{L}])/u;

/** Praise backed by studies or publications: efficacy weighed, no-unverified-claim's to judge. Folded. */
const SOURCED = /(?<![\p{L}])(?:comme\s+le\s+montrent|selon\s+(?:une|des|les|plusieurs)\s+etudes?|publications?\s+scientifiques?|etudes?\s+cliniques?|la\s+litterature)(?![\p{L}])/u;

/** A negation word before the praise, in its phrase. Folded. */
const NEGATION_BEFORE = /(?<![\p{L}])(?:ne|n'|pas|aucun|aucune|aucuns|aucunes|jamais|sans|nul|nulle|non|ni|rien|personne|loin\s+d'etre)(?![\p{L}])/u;
/** A negated verb that denies what stands before it (« le cabinet idéal n'existe pas », « … n'est pas garanti »). Folded. */
const DENYING_VERB = /^\s*(?:n'|ne\s+)(?:[\p{L}']+\s+)?(?:est|sont|etait|etaient|sera|seront|serait|seraient|existe|existent|a|ont|avait|fait|font|reste|restent|semble|semblent|garanti\p{L}*|suffit|suffisent)(?![\p{L}])/u;

/**
 * « Cette technique de pointe ne laisse rien au hasard », « notre équipe d'exception ne vous lâche jamais »: the praise is
 * the subject of a negated verb; the negation reaches the verb, not the praise before it.
 */
function subjectOfNegatedVerb(a: Analysis, hit: Hit<PromoTerm>): boolean {
  const text = a.folded.text;
  const p = phraseAt(a, hit.fStart);
  if (NEGATION_BEFORE.test(text.slice(p.start, hit.fStart))) return false;
  const after = text.slice(hit.fEnd, p.end);
  return /^\s*(?:n'|ne\s)/u.test(after) && !DENYING_VERB.test(after);
}

/**
 * A quoted sentence in the practice's own voice (« "Nous sommes le premier centre du département", se réjouit le
 * directeur ») is the practice praising itself through the press, not a mention of the words.
 */
function ownVoiceQuote(a: Analysis, hit: Hit<PromoTerm>): boolean {
  const q = quotationAround(a.text, hit.start, hit.end);
  if (!q || q.end - q.start < 30) return false;
  if (/^["«“„\s]*(?:nous|notre|nos|chez\s+nous)(?![\p{L}])/iu.test(a.text.slice(q.start, q.end))) return true;
  // (round 14) the speaker names their own practice inside the quotation (« Dans ma clinique, on vise à être les
  // meilleurs », confie son fondateur)
  if (OWN_PRACTICE_NAMED.test(foldTerm(a.text.slice(q.start, q.end)))) return true;
  // « "…", se félicite le Dr X / abonde le directeur de la clinique »: a practitioner or the head of the establishment
  // speaking for the practice
  return PRACTICE_SPEAKS.test(foldTerm(a.text.slice(q.end, q.end + 80)));
}

/**
 * The claim is reported, not made: « un soin présenté comme n° 1 », « un centre qui se dit le meilleur ». Folded, the
 * sentence before the match.
 */
const REPORTED_AS = /(?<![\p{L}])(?:presente\p{L}*\s+comme|se\s+present\p{L}*\s+comme|se\s+disa?\p{L}*|autoproclam\p{L}*|pretendu\p{L}*|soi-disant|vendu\p{L}*\s+comme)(?:\s+(?:le|la|les|l'|un|une|des|etant))?\s*$/u;
/** « ma clinique », « notre cabinet », « mon équipe »: a practice of the speaker's own. Folded. */
const OWN_PRACTICE_NAMED = /(?<![\p{L}])(?:ma|mon|notre|nos)\s+(?:clinique|cabinet|centre|equipe|pharmacie|officine|institut|laboratoire|structure)s?(?![\p{L}])/u;
/** An attribution to a practitioner or to the head of an establishment just after a quotation. Folded. */
const PRACTICE_SPEAKS = /^["»”\s]*,?\s*(?:se\s+felicite|s'enthousiasme|se\s+rejouit|abonde|affirme|assure|declare|lance|vante|insiste|souligne|ajoute|poursuit|explique|precise|confie|indique|sourit|martele)\s+(?:le|la)\s+(?:dr|docteur|pr|professeur|directeur|directrice|chirurgien|chirurgienne|dentiste|praticien|praticienne|fondateur|fondatrice|president|presidente|medecin|gerant|gerante|responsable)(?![\p{L}])/u;

/** Deleting the words with one neighbouring space. */
function removal(context: RuleContext, segment: Segment, start: number, end: number, match: string) {
  const t = segment.text;
  const [s, e] = t[start - 1] === ' ' ? [start - 1, end] : t[end] === ' ' ? [start, end + 1] : [start, end];
  return { messageId: 'removeWording', data: { match }, fix: { range: context.rangeOf(segment, s, e), text: '' } };
}

export default defineRule({
  meta: {
    id: 'no-promotional-wording',
    type: 'problem',
    severity: 'error',
    docs: {
      description: 'Interdit l’autopromotion (superlatifs, « n° 1 », « d’exception »…) et l’incitation commerciale (offres, urgence)',
      rationale:
        'La communication d’un professionnel de santé doit être loyale, honnête et digne : elle informe, elle ne vante pas. Se dire « le meilleur », « n° 1 » ou « d’exception », ou presser le public (« offre exclusive », « dernières places », « foncez ») transforme l’information en publicité et le soin en commerce, ce que le code de déontologie interdit.',
      allowed: 'Titres et qualifications reconnus, orientations d’exercice, langues parlées, horaires, congés et remplacements, nouvelle adresse, accès, photo d’équipe, équipement décrit objectivement, messages de prévention.',
    },
    references: [
      { title: 'CSP, art. R.4127-19-1 (communication loyale et honnête)', url: 'https://french-business-law.com/french-legislation-art/article-r4127-19-1-of-the-french-public-health-code' },
      { title: 'CSP, art. R.4127-19 (la médecine n’est pas un commerce)', url: 'https://www.conseil-national.medecin.fr/code-deontologie/devoirs-generaux-medecins-art-2-31/article-19-commerce-interdiction' },
      { title: 'CSP, art. R.4127-13 (information du public sans en tirer profit)', url: 'https://www.conseil-national.medecin.fr/code-deontologie/devoirs-generaux-medecins-art-2-31/article-13-information-public' },
      { title: 'CNOM : un médecin peut-il faire sa propre pub ?', url: 'https://cardiologie.lequotidiendumedecin.fr/actus-medicales/esante/un-medecin-peut-il-faire-sa-propre-pub-lordre-fixe-les-lignes-jaunes' },
    ],
    legal: ['communication', 'commerce'],
    fixable: false,
    hasSuggestions: true,
    french: true,
    // A French practice's English or Spanish post is under the same code (issue #7.5): their sales words count.
    alsoReads: ['eng', 'spa'],
    options: {
      allow: { type: 'string[]', default: [], expressions: true, description: 'Expressions à ne jamais signaler (ex. le nom d’un centre « Excellence Santé »).' },
    },
    messages: {
      selfPraise:
        '« {{match}} » : formulation autopromotionnelle, la communication doit rester loyale, honnête et non publicitaire ({{article}}) ; décrivez objectivement votre activité (ex. « {{example}} »)',
      commercialIncitement:
        '« {{match}} » : incitation commerciale ou urgence artificielle, la santé n’est pas un commerce ({{article}}) ; donnez l’information pratique sans presser le public (ex. « Rendez-vous en ligne ou par téléphone »)',
      useWording: 'Remplacer par « {{suggestion}} »',
      removeWording: 'Retirer « {{match}} »',
    },
  },
  check(context) {
    const articles = { selfPraise: context.article('communication'), commercialIncitement: context.article('commerce') };
    // A patient's account spreads over paragraphs (« Je me suis fait opérer… » / « un excellent spécialiste »): its
    // markers are counted over the whole post, the practice's own voice is still weighed sentence by sentence.
    const segments = [...prose(context)];
    const whole = segments.map(({ analysis }) => analysis.folded.text).join('\n');
    const patientTells = patientVoice(whole).length >= 2; // one marker may be a review word alone
    const seeking = SEEKING_CARE.test(whole);
    for (const { segment, analysis } of segments) {
      const hits = [...lexicon.find(analysis), ...emphasisHits(analysis)];
      // Binding, negation, quotation and warning are weighed together in notPromotional (an urging « ne manquez
      // pas » lifts the negation, a quote in the practice's own voice still praises).
      // A patient's own account (« m'a opérée », « j'ai fait ma liposuccion ») praises the carer: no-testimonial's to
      // report; the practice's own voice in the sentence (« notre », « nous ») still counts.
      const found = screen(context, segment, termCandidates(hits), [
        filter('patient-voice', (hit) => (patientTells || seeking) && !PRACTICE_VOICE.test(sentenceText(analysis, hit.fStart))),
        filterWhy('context', (hit) => notPromotional(analysis, hit, hits)),
        // « la formule Excellence d'une mutuelle », « la gamme Premium »: a single praising word written with a capital
        // inside a sentence is part of a name (a programme, a product); the user's `allow` names their own
        filter('proper-name', (hit) => hit.entry !== EMPHASIS_ENTRY && /^\p{Lu}\p{Ll}{3,}$/u.test(hit.text) && /[\p{L}\p{N},]\s+$/u.test(analysis.text.slice(Math.max(0, hit.start - 3), hit.start))),
      ]);
      for (const hit of separate(context, segment, found)) {
        const match = excerpt(hit.text);
        // « LA clinique » → « la clinique »: the emphasis goes, the noun stays
        const words = hit.entry === EMPHASIS_ENTRY ? [hit.text.toLowerCase()] : hit.entry.suggestions ?? [];
        const suggest = rewordings(context, segment, hit.start, hit.end, words);
        if (hit.entry.removable || suggest.length === 0) suggest.unshift(removal(context, segment, hit.start, hit.end, match));
        context.report({
          messageId: hit.entry.kind,
          data: { match, article: articles[hit.entry.kind], example: exampleFor(context.profile, 'activity') },
          range: context.rangeOf(segment, hit.start, hit.end),
          suggest,
          // Pharmacists present products under a "tact et mesure" regime (DOMAIN.md §3.2): a risk, not a breach.
          severity: context.profile === 'pharmacien' ? 1 : undefined,
        });
      }
    }
  },
});
