// Flags comparisons with other practitioners or establishments, denigration and "the only one" claims.
import { Lexicon, termsRegex, matches as has, sentenceText, clauseAt, isNegated, isQuoted, isWarningContext, phraseAt, placeFollows, sentenceAt, wordsIn, defineRule, excerpt, filter, filterWhy, prose, rewordings, screen, separate, termCandidates, isQuotedOwnSpeech, exampleFor, PlaceReader, PLACE_ARTICLE } from '../src/rule-kit.js';
import type { Analysis, Hit, Located, RuleContext, Segment, SuggestionReport } from '../src/rule-kit.js';
import { aggregates, comparisonTerms, cues, explainerCues, placePrepositions, priceWords, qualifiers, targets, type ComparisonTerm } from './no-comparison.terms.js';
import { placeWords } from './shared.terms.js';

const { OWN, OTHERS_SAY, SELF, ESTABLISHMENT, CITATION, REPORTED, DETERMINER, COLLEAGUES, TIME, NATIONALITY } = cues;
const lexicon = new Lexicon<ComparisonTerm>(comparisonTerms);
const whole = (re: RegExp) => new RegExp(`^(?:${re.source})$`, 'u');
const TARGET = whole(termsRegex(targets));
const PLACE = whole(termsRegex(placeWords));
const QUALIFIER = termsRegex(qualifiers);
const ELISION = /^(?:qu|[dlj])'/u;
const AGGREGATE = whole(termsRegex(aggregates));
const PRICE_WORD = termsRegex(priceWords);
const PLACE_PREPOSITION = whole(termsRegex(placePrepositions));
const EXPLAINER = termsRegex(explainerCues);
// A place word (« en France », « du département ») or a capitalised name (« à Lyon », "in the UK") after a preposition.
const places = new PlaceReader(PLACE, PLACE_PREPOSITION);
/** A rank's scope said by an adjective (« première destination européenne »). */
const PLACE_ADJECTIVE = /^\s+(?:mondial|europeen|national|international|francais|regional)/u;

/** Other practitioners as subject ("les kinés sont plus nombreux que…"); "le cabinet est mieux équipé…" is the author. */
function thirdParty(a: Analysis, start: number, end: number): boolean {
  const s = sentenceAt(a, start);
  // After the other side, only its own clause counts: "Cheaper than London clinics, with the same certified surgeons"
  // and "Mieux qu'un dentiste classique : un vrai spécialiste" name the author after the break, not a third party.
  const rest = a.folded.text.slice(end, s.end);
  const cut = /[,:;(—–]/u.exec(rest);
  const outside = [...wordsIn(a, s.start, start), ...wordsIn(a, end, cut ? end + cut.index : s.end)].map((w) => w.word);
  if (outside.some((w) => SELF.test(w))) return false;
  return outside.some((w, i) => {
    const bare = w.replace(ELISION, '');
    if (!TARGET.test(bare) || /^(?:dr|docteur)$/u.test(bare)) return false;
    return /[sx]$/u.test(bare) || /^(?:un|une)$/u.test(outside[i - 1] ?? '') || !ESTABLISHMENT.test(bare);
  });
}

/** End of the first practitioner, establishment or "ailleurs"/"les autres" among n words from `from`. */
function targetEnd(a: Analysis, from: number, n: number): number | undefined {
  const text = a.folded.text;
  const self = SELF.test(text.slice(sentenceAt(a, from).start, sentenceAt(a, from).end)); // "que la moyenne" needs an author
  const words = wordsIn(a, from, phraseAt(a, from).end).slice(0, n);
  for (let i = 0; i < words.length; i++) {
    const bare = words[i].word.replace(ELISION, '');
    if (i > 0 && OWN.test(words[i - 1].word) && !COLLEAGUES.test(bare)) continue; // "notre cabinet" is us, "nos confrères" not
    if (TARGET.test(bare)) return words[i].end;
    // "que la moyenne", "que le marché", "qu'en Europe", "qu'à Paris": another side only for a price, or when the author speaks
    if ((self || priced(sentenceText(a, from))) && (AGGREGATE.test(bare) || (PLACE_PREPOSITION.test(bare) && places.follows(a, words, i)))) {
      return AGGREGATE.test(bare) ? words[i].end : words[i + 1 + (PLACE_ARTICLE.test(words[i + 1]?.word ?? '') ? 1 : 0)].end;
    }
    if (bare === 'autres' && /^\s*(?:[.,;:!?)"]|$)/u.test(text.slice(words[i].end))) return words[i].end;
    // (issue #7) other countries as the other side (« des couronnes moins chères que dans bien des pays voisins »,
    // « à la différence de certains pays, nos chirurgiens sont formés dix ans »): only where the sentence sells care, by its
    // price or by its providers' skill; epidemiology compares countries too (« plus élevée que dans d'autres pays »)
    if (bare === 'pays' && (priced(sentenceText(a, from)) || CARE_ABROAD.test(sentenceText(a, from)))) return words[i].end;
  }
  return undefined;
}

/** A sentence selling care abroad by its providers (training, skill, equipment, medical travel). Folded. */
const CARE_ABROAD = /(?<![\p{L}])(?:formation|formee?s?|qualifie\p{L}*|competen\p{L}*|expertise|equipements?|technologies?|plateaux?\s+techniques?|sejours?\s+medicaux|tourisme\s+(?:medical|dentaire|esthetique)|chirurgie\s+esthetique|chirurgiens?|dentistes?|cliniques?)(?![\p{L}])/u;

/** The sentence is about prices: a price word or an amount ("7 000 €", "£900"). */
function priced(sentence: string): boolean {
  // (a cut in percent is a price too: « 40 % de moins que les cabinets lyonnais »)
  return has(PRICE_WORD, sentence) || /\d\s?(?:€|£|\$|euros?(?![\p{L}]))|[€£$]\s?\d|\d\s?%\s+(?:de\s+)?moins(?![\p{L}])/u.test(sentence);
}

/** The author opening a contrast after the others are described (« Pour ma part », « Chez nous », « Nous, … »); a bare
 *  « nous » may be a reporter's (« Nous avons trouvé… »). */
const SELF_AFTER = /(?:[.!?;:]\s*|,\s*mais\s+)(?:pour\s+(?:moi|ma\s+part|notre\s+part)|personnellement|de\s+mon\s+cote|de\s+notre\s+cote|chez\s+nous|au\s+cabinet|ici|nous\s*,|nous\s+(?:[\p{L}']+\s+)?(?:preferons|privilegions|choisissons|preservons|prenons|recevons|proposons|accompagnons|utilisons|faisons|travaillons)|moi\s*,|a\s+l'inverse|au\s+contraire|(?:notre|nos)\s+\p{L}+)(?![\p{L}])|(?<![\p{L}])(?:alors|tandis)\s+que\s+(?:nous|je|j'|notre|nos|chez\s+nous)(?![\p{L}])/u;

/**
 * Qualities a comparison claims (equipment, skill, speed, price): between two third parties at different places
 * (« là-bas, des cabinets mieux équipés que les centres en France »), the comparison is still the author's pitch for one side.
 */
const EVALUATIVE = /(?<![\p{L}])(?:avance\p{L}*|modern\p{L}*|equipe\p{L}*|qualifie\p{L}*|competent\p{L}*|competiti\p{L}*|performant\p{L}*|experimente\p{L}*|rapides?|efficaces?|fiables?|reacti\p{L}*|formee?s?|specialise\p{L}*|mieux|meilleur\p{L}*|securis\p{L}*|reputee?s?|pointe|eleve\p{L}*|bas|basse|basses)(?![\p{L}])/u;

/** Words that claim a rank between providers by themselves (« rien à envier », « rivalise », « se démarque »). Folded. */
const RIVALRY = /(?<![\p{L}])(?:envier|rivalis\p{L}*|demarqu\p{L}*|distingu\p{L}*|egale?s?|egaux|egalent|surpass\p{L}*)(?![\p{L}])/u;

const TARIFF_SETTING = /(?<![\p{L}])(?:convention\p{L}*|assurance\s+maladie|cpam|tarifs?\s+(?:opposable|reglementaire|conventionne)s?)(?![\p{L}])/u;

/** A comparison about prices, or about a quality between places: not the third-party facts thirdParty sets aside. */
function pitched(a: Analysis, hit: Hit<ComparisonTerm>, end: number): boolean {
  const s = sentenceAt(a, hit.fStart);
  // a fee set by the convention, compared with another profession's, is a fact
  if (TARIFF_SETTING.test(a.folded.text)) return false;
  if (priced(a.folded.text.slice(s.start, s.end))) return true;
  // (a rivalry said in so many words, « n'ont rien à envier aux praticiens français », is a quality claimed too; the two
  // sides may be places or nationalities: « les chirurgiens turcs, aussi bien formés que leurs confrères français »)
  const span = a.folded.text.slice(hit.fStart, end);
  return (EVALUATIVE.test(span) || RIVALRY.test(span)) && (places.in(a, s.start, s.end).length > 0 || cues.NATIONALITY.test(a.folded.text.slice(s.start, s.end)));
}

/** A noun (a device, a technique, with its model number) then a place: « Visumax 800 de France », « laser en Europe »
 *  (not « unique au monde par sa méthode »: no noun, a manner of praise). Folded. */
const ONLY_IN_PLACE = /^\s+(?!(?:au|aux|a|en|de|du|des|dans)\s)(?:[\p{L}\p{N}-]+\s+){1,3}?(?:de|du|en|d'|dans)\s*(?:la\s+|le\s+|l')?[\p{L}-]+/u;

/** Where the compared party ends, or undefined when the frame compares something else (treatments, years). */
function comparedWith(a: Analysis, hit: Hit<ComparisonTerm>): number | undefined {
  const { entry } = hit;
  if (entry.window === 0) return hit.fEnd;
  if (entry.id.startsWith('les-autres') && OTHERS_SAY.test(a.folded.text.slice(hit.fEnd, hit.fEnd + 40))) return hit.fEnd;
  let from = hit.fEnd;
  if (entry.link) {
    const link = wordsIn(a, hit.fEnd, phraseAt(a, hit.fEnd).end)
      .slice(0, (entry.gap ?? 4) + 1)
      .find((w) => entry.link!.test(w.word.startsWith("qu'") ? "qu'" : w.word));
    if (!link) return undefined;
    const between = wordsIn(a, hit.fEnd, link.start);
    // « précisons aussi que… »: « aussi » there is « also », with nothing compared
    if (between.length === 0 && entry.notRightBeforeLink?.test(a.folded.text.slice(hit.fStart, hit.fEnd))) return undefined;
    // relative "que" (« aussi les patients que nous recevons »); not when a place or a provider follows it (« moins
    // chères sur notre site qu'en magasin », « plus courts avec nous que chez les autres »): a relative opens on a subject
    if (between.some((w) => DETERMINER.test(w.word)) && !PLACE_AFTER_QUE.test(a.folded.text.slice(link.start, link.start + 12))) return undefined;
    if (TIME.test(a.folded.text.slice(hit.fEnd, link.start))) return undefined; // "plus de vingt ans que"
    from = link.start;
  }
  const end = targetEnd(a, from, entry.window + 1);
  if (end === undefined && entry.placeIsOtherSide) {
    const place = ONLY_IN_PLACE.exec(a.folded.text.slice(hit.fEnd, phraseAt(a, hit.fEnd).end));
    if (place && placeFollows(a, hit.fEnd, PLACE, place[0].length)) return hit.fEnd + place[0].length;
  }
  if (end === undefined || !entry.needsQualifier) return end;
  const rest = a.folded.text.slice(end, sentenceAt(a, end).end).slice(0, 90);
  QUALIFIER.lastIndex = 0;
  return placeFollows(a, end, PLACE) || QUALIFIER.test(rest) ? end : undefined;
}

// A price elsewhere, then ours, in the next sentence: « En France, comptez 2 000 €. Chez nous, 700 €. », « Ailleurs,
// le bilan est facturé 90 €. Ici : 45 €. » No comparative word at all: the two sentences are the comparison.
const AMOUNT = /\d[\d \u00a0.,]{0,24}\s?(?:€|euros?(?![a-z])|eur(?![a-z])|£|\$)|[€£$]\s?\d[\d.,]{0,12}/u;
const OURS_LEAD = /^[\s"'(*_-]*(?:chez nous|ici|au cabinet|au centre|a la clinique|dans notre [a-z]+|dans nos [a-z]+|avec nous|notre tarif|nos tarifs|notre prix|nos prix|nous|at our [a-z]+|with us|here|en nuestr[oa] [a-z]+|con nosotros|aqui)(?![a-z])/u;
const ELSEWHERE = /(?<![\p{L}])(?:ailleurs|autres?|elsewhere|other|otros?|otras?)(?![\p{L}])/u;

const OFFICIAL_TARIFF = /(?<![\p{L}])(?:convention\p{L}*|securite sociale|assurance maladie|cpam|ameli|rembours\p{L}*|tarif(?:s)? (?:opposable|reglementaire)s?)(?![\p{L}])/u;
/** The first amount of a sentence, digits only (« 1 100 € » → « 1100 »). */
const amountOf = (sentence: string) => /\d[\d \u00a0.,]{0,24}/u.exec(sentence.slice(Math.max(0, sentence.search(AMOUNT))))?.[0].replace(/\D/gu, '');

const SPACES = /\s*/uy;
/** « que » / « qu' » then a preposition of place: the other side of a comparison, not a relative clause. Folded. */
const PLACE_AFTER_QUE = /^(?:que\s+|qu')(?:en|a|au|aux|dans|chez|sur)\s/u;

interface PriceContrast extends Located {
  /** Where our own sentence starts (folded): what a rewording keeps. */
  ours: number;
}

/** A price cut said in words (« comptez la moitié », "half the price"). */
const REDUCTION = /(?<![\p{L}])(?:moitie|tiers|deux\s+fois\s+moins|trois\s+fois\s+moins|moins\s+che\p{L}*|divise\p{L}*|chute\p{L}*|half|cheaper)(?![\p{L}])/u;

/** The sentence opens on a place (« En Tunisie, … », "In Hungary, …") that the sentence before does not name. */
function placeLead(a: Analysis, start: number, end: number, beforeStart: number, beforeEnd: number): boolean {
  const words = wordsIn(a, start, Math.min(end, start + 40)).slice(0, 3);
  if (words.length < 2 || !PLACE_PREPOSITION.test(words[0].word) || !places.follows(a, words, 0)) return false;
  const place = words[PLACE_ARTICLE.test(words[1].word) ? 2 : 1]?.word;
  return !!place && !places.in(a, beforeStart, beforeEnd).includes(place);
}

/**
 * Two prices at two places in one sentence, the second far lower or set against the first (« a veneer priced £900 in
 * Leeds costs £300 in Izmir »): the cheaper place is the pitch.
 */
/** Every amount of a sentence, with its value (AMOUNT, global). */
const AMOUNTS = new RegExp(AMOUNT.source, 'gu');
const CONTRAST = /(?<![\p{L}])(?:contre|alors|tandis|whereas|while|au\s+lieu|seulement|only|que\s+\d)(?![\p{L}])/u;
function pricesAcrossPlaces(a: Analysis): PriceContrast[] {
  const text = a.folded.text;
  const out: PriceContrast[] = [];
  for (const s of a.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!AMOUNT.test(sentence) || OFFICIAL_TARIFF.test(sentence) || cues.REPORTED.test(sentence)) continue;
    const amounts = [...sentence.matchAll(AMOUNTS)].map((m) => ({ at: m.index, value: Number(m[0].replace(/[^\d]/gu, '')) })).filter((x) => x.value > 0);
    if (amounts.length < 2 || places.in(a, s.start, s.end).length < 2) continue;
    const [first, ...rest] = amounts;
    const cheaper = rest.find((x) => x.value * 2 <= first.value || (x.value !== first.value && CONTRAST.test(sentence.slice(first.at, x.at))));
    // the rewording keeps the second price and its place alone
    if (cheaper) out.push({ fStart: s.start + first.at, fEnd: s.end, ours: s.start + cheaper.at, start: 0, end: 0, origin: 'prix-ici-et-ailleurs' });
  }
  return out;
}

function priceContrasts(a: Analysis): PriceContrast[] {
  const text = a.folded.text;
  const out: PriceContrast[] = [];
  const list = a.sentences;
  const skipSpace = (pos: number) => {
    SPACES.lastIndex = pos;
    return pos + (SPACES.exec(text)?.[0].length ?? 0);
  };
  for (let i = 0; i + 1 < list.length; i++) {
    const first = text.slice(list[i].start, list[i].end);
    const second = text.slice(list[i + 1].start, list[i + 1].end);
    if (!AMOUNT.test(first) || SELF.test(first)) continue;
    // Ours, or another place opening the second sentence (« À Bordeaux, une facette coûte 900 €. À Sofia, comptez la
    // moitié. »): with an amount, or a cut said in words.
    const led = OURS_LEAD.test(second) || placeLead(a, list[i + 1].start, list[i + 1].end, list[i].start, list[i].end);
    if (!led || !(AMOUNT.test(second) || REDUCTION.test(second))) continue;
    // The same amount, or an official tariff, is conformity, not a contrast (« fixée à 30 € par la convention. Nous
    // la facturons 30 € »).
    if (OFFICIAL_TARIFF.test(first) || amountOf(first) === amountOf(second)) continue;
    // The first sentence names the other side: a place after a preposition, other practitioners, or « ailleurs ».
    const words = wordsIn(a, list[i].start, list[i].end);
    const other =
      ELSEWHERE.test(first) ||
      words.some((w) => TARGET.test(w.word.replace(ELISION, ''))) ||
      words.some((w, j) => PLACE_PREPOSITION.test(w.word) && places.follows(a, words, j));
    if (other) out.push({ fStart: skipSpace(list[i].start), fEnd: list[i + 1].end, ours: skipSpace(list[i + 1].start), start: 0, end: 0, origin: 'prix-ailleurs-puis-chez-nous' });
  }
  return out;
}

/** Why a comparison term does not compare the practice with others here, or null when it does. */
function notApplying(a: Analysis, hit: Hit<ComparisonTerm>): string | null {
  const { entry } = hit;
  const text = a.folded.text;
  const s = sentenceAt(a, hit.fStart);
  const sentence = text.slice(s.start, s.end);
  if (entry.unless?.test(sentence) || entry.unlessBefore?.test(text.slice(s.start, hit.fStart))) return 'unless';
  if (entry.unlessAfter?.test(text.slice(hit.fEnd, s.end))) return 'unless-after';
  if (entry.requiresBefore && !entry.requiresBefore.test(text.slice(s.start, hit.fStart))) return 'requires-before';
  // (or a place anywhere in the sentence, « partez en Croatie : les couronnes y sont 60 % moins chères »; with « que » after it, the
  // comparison frame reports both sides)
  if (entry.selfOrPlace && !SELF.test(sentence) && !NATIONALITY.test(sentence) && !placeFollows(a, hit.fEnd, PLACE, 30) &&
    (/^\s+(?:que\s|qu')/u.test(text.slice(hit.fEnd, hit.fEnd + 5)) || places.in(a, s.start, s.end).length === 0)) return 'self-or-place';
  if (entry.needsPlaceOrQualifier && !PLACE_ADJECTIVE.test(text.slice(hit.fEnd, hit.fEnd + 24))) {
    QUALIFIER.lastIndex = 0;
    if (!placeFollows(a, hit.fEnd, PLACE, 40) && !QUALIFIER.test(text.slice(hit.fEnd, hit.fEnd + 40))) return 'needs-place-or-qualifier';
  }
  // Explainers that set two professions or techniques side by side ("quelle différence entre…", "complémentaires").
  if (entry.kind !== 'exclusivityClaim' && has(EXPLAINER, text)) return 'explainer';
  if (entry.requires) {
    const c = entry.requiresIn === 'around' ? { start: phraseAt(a, hit.fStart).start, end: hit.fEnd + 25 } : entry.requiresIn === 'sentence' ? s : clauseAt(a, hit.fStart, hit.fEnd);
    if (!entry.requires.test(text.slice(c.start, c.end))) return 'requires';
  }
  if (entry.needsSelf && !SELF.test(sentence)) return 'needs-self';
  // the author sets itself apart after the others: later in the sentence (« alors que nous… ») or opening the next one
  if (entry.selfAfter && !SELF_AFTER.test(text.slice(hit.fEnd, Math.min(text.length, s.end + 60)))) return 'self-after';
  if (!entry.ownNegation && isNegated(a, hit.fStart, hit.fEnd)) return 'negation';
  if (entry.kind === 'comparison' && (CITATION.test(sentence) || REPORTED.test(sentence))) return 'citation-or-reported';
  // A quoted phrase is held at a distance, unless the quotation is the speaker's own first-person claim.
  if (isQuoted(a, hit.fStart, hit.fEnd) && !isQuotedOwnSpeech(a, hit.fStart, hit.fEnd)) return 'quotation';
  return isWarningContext(a, hit.fStart) && !(entry.ownWarning && SELF.test(sentence)) ? 'warning' : null;
}

/** "Le seul cabinet" → "Un cabinet": the same noun without the claim. */
function withoutClaim(original: string): string[] {
  const m = /^(.*?)(seule?s?|uniques?)\s+/iu.exec(original);
  if (!m) return [];
  const word = m[2].toLowerCase();
  const text = `${word.endsWith('s') ? 'des' : word === 'seule' || /\bla\b/iu.test(m[1]) ? 'une' : 'un'} ${original.slice(m[0].length)}`;
  return [/^\p{Lu}/u.test(original) ? text[0].toUpperCase() + text.slice(1) : text];
}

function suggestions(context: RuleContext, segment: Segment, start: number, end: number, hit: Hit<ComparisonTerm>, match: string): SuggestionReport[] {
  const t = segment.text;
  const [s, e] = t[start - 1] === ' ' ? [start - 1, end] : [start, end];
  const remove: SuggestionReport = { messageId: 'removeComparison', data: { match }, fix: { range: context.rangeOf(segment, s, e), text: '' } };
  const words = hit.entry.id === 'le-seul' ? withoutClaim(t.slice(start, end)) : hit.entry.suggestions ?? [];
  return hit.entry.id === 'le-seul' && words.length ? rewordings(context, segment, start, end, words) : [...rewordings(context, segment, start, end, words), remove];
}

export default defineRule({
  meta: {
    id: 'no-comparison',
    type: 'problem',
    severity: 'error',
    docs: {
      description: 'Interdit les comparaisons avec d’autres praticiens ou établissements, le dénigrement et les revendications « le seul », « le premier et le seul »',
      rationale:
        'La communication d’un professionnel de santé ne doit pas reposer sur des comparaisons avec d’autres praticiens ou établissements : se dire meilleur, moins cher, plus rapide, « le seul » de sa ville, ou dénigrer ses confrères est à la fois trompeur et contraire à la confraternité.',
      allowed: 'Comparaisons étayées entre traitements, comportements ou groupes à risque (avec source) ; information factuelle sur les gardes (tableau officiel) ; coopération avec d’autres professionnels ; évolution de vos propres horaires.',
    },
    references: [
      { title: 'CSP, art. R.4127-19-1 (pas de comparaison avec d’autres médecins ou établissements)', url: 'https://french-business-law.com/french-legislation-art/article-r4127-19-1-of-the-french-public-health-code' },
      { title: 'Réforme de la publicité des professionnels de santé (décrets du 22 décembre 2020)', url: 'https://www.gyneco-online.com/juridique/reforme-de-la-publicite-chez-les-professionnels-de-sante-decrets-du-22-decembre-2020' },
      { title: 'CSP, art. R.4321-98 (information non comparative sur les honoraires)', url: 'https://french-business-law.com/french-legislation-art/article-r4321-98-of-the-french-public-health-code' },
    ],
    legal: ['communication'],
    fixable: false,
    hasSuggestions: true,
    french: true,
    // English and Spanish posts of a French practice: « cheaper than », « unlike other clinics », « más barato que ».
    alsoReads: ['eng', 'spa'],
    options: {
      allow: { type: 'string[]', default: [], expressions: true, description: 'Expressions à ne jamais signaler (ex. une comparaison citée d’une étude).' },
    },
    messages: {
      comparison:
        '« {{match}} » : comparaison avec d’autres praticiens ou établissements, interdite ({{article}}) ; décrivez ce que vous proposez sans vous comparer (ex. « Consultations sur rendez-vous sous 48 h »)',
      exclusivityClaim:
        '« {{match}} » : se dire le seul ou le premier revient à se comparer aux autres praticiens ou établissements ({{article}}) ; décrivez le service de façon factuelle (ex. « {{example}} »)',
      denigration:
        '« {{match}} » : opposer sa pratique à celle d’autres praticiens ou établissements est interdit ({{article}}) ; présentez ce que vous faites sans référence aux autres (ex. « Nous prenons le temps de vous écouter »)',
      useWording: 'Remplacer par « {{suggestion}} »',
      removeComparison: 'Retirer la comparaison « {{match}} »',
    },
  },
  check(context) {
    const article = context.article('communication');
    const example = exampleFor(context.profile, 'equipment');
    for (const { segment, analysis } of prose(context)) {
      // Where the other side of the comparison ends (other practitioners, places, prices), if there is one.
      const other = new Map<Hit<ComparisonTerm>, number | undefined>();
      const otherSide = (hit: Hit<ComparisonTerm>) => (other.has(hit) ? other.get(hit) : other.set(hit, comparedWith(analysis, hit)).get(hit));
      const kept = screen(context, segment, termCandidates(lexicon.find(analysis)), [
        filterWhy('context', (hit) => notApplying(analysis, hit)),
        filter('no-other-side', (hit) => otherSide(hit) === undefined),
        filter('third-party', (hit) => !!hit.entry.selfOnly && !pitched(analysis, hit, otherSide(hit)!) && thirdParty(analysis, hit.fStart, otherSide(hit)!)),
      ]);
      // The problem spans both sides of the comparison.
      type Found = Located & { hit?: Hit<ComparisonTerm>; ours?: number };
      const found: Found[] = kept.map((hit) => ({ ...analysis.toOriginal(hit.fStart, otherSide(hit)!), fStart: hit.fStart, fEnd: otherSide(hit)!, hit, origin: hit.origin }));
      const across = pricesAcrossPlaces(analysis).filter((c) => !found.some((f) => f.fStart < c.fEnd && c.fStart < f.fEnd));
      const contrasts = screen(context, segment, [...priceContrasts(analysis), ...across].map((c) => ({ ...c, ...analysis.toOriginal(c.fStart, c.fEnd) })), [
        filter('quotation', (c) => isQuoted(analysis, c.fStart, c.fEnd)),
        filter('warning', (c) => isWarningContext(analysis, c.fStart)),
      ]);
      for (const item of separate<Found>(context, segment, [...found, ...contrasts])) {
        const { start, end } = item;
        const match = excerpt(segment.text.slice(start, end));
        // Two sentences: keep ours alone (« Chez nous, 700 €. »), the other price goes.
        const suggest = item.hit
          ? suggestions(context, segment, start, end, item.hit, match)
          : rewordings(context, segment, start, end, [segment.text.slice(analysis.toOriginal(item.ours!, item.fEnd).start, end).trim()]);
        context.report({ messageId: item.hit?.entry.kind ?? 'comparison', data: { match, article, example }, range: context.rangeOf(segment, start, end), suggest });
      }
    }
  },
});
