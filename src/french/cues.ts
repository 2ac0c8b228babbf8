// Context cues around a match: negation scope, hedges, cited sources, quotation and warning context.
// Every function works in folded coordinates of an Analysis (see analysis.ts).
import { lowerBound, sentenceAt, type Analysis, type Span } from './analysis.js';
import { isSoftSentenceBreak } from './boundaries.js';
import { matches, termsRegex } from './lexicon.js';
import { foldTerm } from './normalize.js';
import type { Link } from '../types.js';

/**
 * Clause boundaries: punctuation, hard line breaks and the coordinating "mais"/"car"/"sauf" that turn the polarity.
 * A soft line break (a wrap) is a space in the prose by now, so « n'est pas⏎sponsorisé » stays one clause.
 */
const CLAUSE_BREAK = /[.;:!?\n,()]|(?<![\p{L}])(?:mais|car|sauf|cependant|pourtant|en revanche|alors que)(?![\p{L}])/gu;

export function clauseAt(a: Analysis, start: number, end: number): Span {
  const sentence = sentenceAt(a, start);
  let s = sentence.start;
  let e = sentence.end;
  // The last break that ends at or before the match, and the first that starts at or after its end (breaks do not
  // overlap, so both their starts and their ends ascend).
  const { starts, ends } = clauseBreaks(a, sentence);
  const ended = lowerBound(ends, start + 1) - 1;
  if (ended >= 0) s = ends[ended];
  const next = lowerBound(starts, end);
  if (next < starts.length) e = starts[next];
  // A capitalised word after a lowercase one opens a clause (a line of a post without punctuation, read the same
  // wrapped or not): « n'est pas sponsorisé⏎Partenariat avec … » does not negate the partnership. The last such
  // break before the match and the first after it, within the clause found so far.
  const breaks = softClauseBreaks(a);
  const first = lowerBound(breaks, s);
  const last = lowerBound(breaks, e);
  const before = Math.min(lowerBound(breaks, start), last) - 1;
  const after = Math.max(first, lowerBound(breaks, end));
  const from = before >= first ? breaks[before] + 1 : s;
  const to = after < last ? breaks[after] : e;
  return { start: from, end: to };
}

/**
 * The CLAUSE_BREAK matches of a sentence (read in the sentence alone, as clauseAt always did), found once per
 * sentence: clauseAt runs for every candidate, and reading the sentence again for each one made a paragraph of
 * candidates without punctuation quadratic (200 KB of « -50 % »: 3 000 characters read for each of 33 333 hits).
 */
const sentenceBreakCache = new WeakMap<Analysis, Map<number, { starts: number[]; ends: number[] }>>();
function clauseBreaks(a: Analysis, sentence: Span): { starts: number[]; ends: number[] } {
  let bySentence = sentenceBreakCache.get(a);
  if (!bySentence) sentenceBreakCache.set(a, (bySentence = new Map()));
  // (keyed by both ends: sentenceAt's fallback, the whole text, starts where the first sentence does)
  const key = sentence.start * (a.folded.text.length + 1) + sentence.end;
  let breaks = bySentence.get(key);
  if (!breaks) {
    breaks = { starts: [], ends: [] };
    for (const m of a.folded.text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAK)) {
      breaks.starts.push(sentence.start + m.index);
      breaks.ends.push(sentence.start + m.index + m[0].length);
    }
    bySentence.set(key, breaks);
  }
  return breaks;
}

/**
 * Every space of the folded text where a clause softly ends (isSoftSentenceBreak in clause mode), found once per
 * analysis: clauseAt runs for every candidate, and re-reading the sentence each time made a long unpunctuated
 * paragraph of candidates quadratic (200 KB of « -50 % »: 11 s).
 */
const clauseBreakCache = new WeakMap<Analysis, number[]>();
function softClauseBreaks(a: Analysis): number[] {
  let breaks = clauseBreakCache.get(a);
  if (!breaks) {
    breaks = [];
    const text = a.folded.text;
    const map = a.folded.map;
    for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (isSoftSentenceBreak(a.text, map[i + 1], true)) breaks.push(i);
    clauseBreakCache.set(a, breaks);
  }
  return breaks;
}


// "ne/n'" needs its second part (pas, plus, jamais...) to negate; "ne ... que" is restriction, not negation.
const NE = /(?<![\p{L}])(?:ne|n')(?![\p{L}])|(?<![\p{L}])n'/gu;
const NE_SECOND = /(?<![\p{L}])(?:pas|plus|jamais|guere|rien|aucun|aucune|nullement|point|ni|personne)(?![\p{L}])/u;
const STANDALONE_NEGATION =
  /(?<![\p{L}])(?:pas|aucun|aucune|aucuns|aucunes|nul|nulle|jamais|non|ni|ni\s+de|loin\s+d'etre|plutot\s+que|au\s+lieu\s+de|pas\s+de|pas\s+d'|sans)(?![\p{L}])/gu;

// A negative subject carries its own negation: "rien ne prouve que…", "personne n'a jamais…".
const NEGATIVE_SUBJECT = /(?<![\p{L}])(?:rien|personne|nul|nulle)\s+(?:ne\s|n')/u;
// "[match] n'existe pas", "[match] ne se produit jamais": the verb after the match is negated.
const NEGATED_AFTER = /^\s*(?:n'|ne\s+)(?:[\p{L}']+\s+)?[\p{L}]+\s+(?:pas|jamais|plus|guere|nullement|aucun|aucune)(?![\p{L}])/u;

// Also the double negative « (ce) n'est pas une raison pour ne pas », which affirms the verb after it.
const EXHORTATION =
  /(?<![\p{L}])(?:(?:ne\s+|n')(?:vous\s+|te\s+|nous\s+)?(?:hesit|oubli|manqu|tard)\p{L}*\s+(?:pas|jamais|plus)\s+(?:a|de|d')|(?:n'est|ne\s+sont|n'etait)\s+pas\s+une\s+raison\s+pour\s+ne\s+pas)(?![\p{L}])/gu;

/** How far (in characters) before and after a match a negation is looked for within its clause. */
const NEGATION_REACH = 400;

export interface NegationOptions {
  /** Whether "sans" before the match negates it. False for terms that are themselves "sans …" claims. */
  sansNegates?: boolean;
  /** How many words after the match may carry the "pas" of "ne … pas" (default 3). */
  window?: number;
}

/**
 * An item of a negated enumeration opening a clause: « de promotions », « ou de remises », « ni d'offres » (under a
 * negation the article is « de »; « des cadeaux », « du temps » after the comma are said, not denied). Folded.
 */
const ENUMERATED_ITEM = /^\s*(?:(?:ou|et|ni)\s+)?(?:de\s|d')/u;
/** The break before such an item: a comma, « ou », « et », « ni ». Folded. */
const ENUMERATION_BREAK = /(?:,|(?<![\p{L}])(?:ou|et|ni))\s*$/u;

/**
 * Where the clause holding a match starts once an enumeration is read back to its head (« nous ne faisons pas de
 * publicité, de promotions ou de remises »: « de remises » is still under « ne … pas »), at most four items back.
 */
function enumerationStart(a: Analysis, clauseStart: number, start: number): number {
  const text = a.folded.text;
  let from = clauseStart;
  for (let i = 0; i < 4 && from > 0 && ENUMERATED_ITEM.test(text.slice(from, start)) && ENUMERATION_BREAK.test(text.slice(Math.max(0, from - 4), from)); i++) {
    const previous = clauseAt(a, from - 1, from - 1).start;
    if (previous >= from) break;
    from = previous;
  }
  return from;
}

/** True when the match is inside the scope of a negation in its clause ("ne guérit pas", "aucun risque n’est…"). */
export function isNegated(a: Analysis, start: number, end: number, options: NegationOptions = {}): boolean {
  const text = a.folded.text;
  const clause = clauseAt(a, start, end);
  // A negation reaches a few words, not a whole page: a clause without punctuation (hundreds of KB of « -50 % »)
  // is read NEGATION_REACH characters around the match, cut at a space so that no word is read halved.
  let from = enumerationStart(a, clause.start, start);
  if (start - from > NEGATION_REACH) {
    const space = text.indexOf(' ', start - NEGATION_REACH);
    from = space >= 0 && space < start ? space : start - NEGATION_REACH;
  }
  // "n'hésitez pas à", "n'oubliez pas de": exhortations whose "ne … pas" does not reach the verb that follows.
  const before = text.slice(from, start).replace(EXHORTATION, (m) => ' '.repeat(m.length));
  const after = text.slice(end, Math.min(clause.end, end + NEGATION_REACH));
  // (the words after the match are read only when a « ne » needs them: splitting 400 characters for each of
  // thousands of candidates was most of this function's time)
  let afterWords: string | undefined;
  const sansNegates = options.sansNegates ?? true;

  // ne … [match] … pas  /  ne … pas … [match]  /  n'est pas [match]
  for (const m of before.matchAll(NE)) {
    const rest = before.slice(m.index + m[0].length);
    if (NE_SECOND.test(rest)) return true;
    afterWords ??= after.split(/\s+/u).filter(Boolean).slice(0, options.window ?? 3).join(' ');
    if (NE_SECOND.test(afterWords)) return true;
  }
  if (NEGATIVE_SUBJECT.test(before)) return true;
  // pas/aucun/sans/jamais … [match] within the clause
  for (const m of before.matchAll(STANDALONE_NEGATION)) {
    if (m[0] === 'sans' && !sansNegates) continue;
    // A negation word far back negates only within a few words ("aucun acte n'est sans risque" is caught by NE).
    const distance = before.slice(m.index + m[0].length).split(/\s+/u).filter(Boolean).length;
    // « non » denies the one word it stands before (« résultat non garanti »), not the next adjective in a pair
    // (« un soin non chirurgical et indolore »), nor what follows « non seulement »
    if (m[0] === 'non' && distance > 0) continue;
    if (distance <= 4) return true;
  }
  // "[match] … aucun(e)" / "[match] n'est pas" after the term: "résultat non garanti", "garanti ? non"
  if (/^\s*(?:non|pas|jamais)(?![\p{L}])/u.test(after)) return true;
  if (NEGATED_AFTER.test(after)) return true;
  return false;
}

const HEDGES = termsRegex([
  'peut', 'peuvent', 'pourrait', 'pourraient', 'parfois', 'souvent', 'le plus souvent', 'en general', 'generalement',
  'dans la plupart des cas', 'la plupart', 'chez certain(e)s', 'certain(e)s patient(e)s', 'en moyenne', 'selon',
  "d'apres", 'semble', 'semblent', 'il est possible', 'possible', 'eventuellement', 'aider a', 'contribuer a',
  'contribue a', 'variable(s)', 'varient', 'dans certains cas', 'le cas echeant', 'probablement',
]);

/** True when the sentence holding the match hedges it ("peut soulager", "selon", "en moyenne"). */
export function isHedged(a: Analysis, start: number): boolean {
  const s = sentenceAt(a, start);
  return matches(HEDGES, a.folded.text.slice(s.start, s.end));
}

// Named bodies that count as a source (DOMAIN.md §2.0). Matched on the original text for acronyms.
const SOURCE_ACRONYMS = /(?<![\p{L}])(?:HAS|ANSM|SpF|SPF|Inserm|INSERM|INCa|INCA|OMS|WHO|EMA|CNGOF|CPAM|ARS|CNOM|UFSBD|CDC|NICE|HCSP|DGS|CIRC|IARC|Cochrane|PubMed|Pubmed|ameli|Ameli)(?![\p{L}])/u;
const SOURCE_NAMES = termsRegex([
  'haute autorite de sante', 'sante publique france', 'assurance maladie', 'academie nationale de medecine',
  'academie de medecine', 'societe francaise de', 'societe francaise d\'', 'college de la medecine generale',
  'institut national du cancer', 'organisation mondiale de la sante', 'agence nationale de securite du medicament',
  'haut conseil de la sante publique', 'calendrier vaccinal', 'calendrier des vaccinations', 'recommandations officielles',
  'recommandation(s) de la has', 'revue cochrane', 'meta-analyse publiee', 'etude publiee dans', 'the lancet', 'new england journal',
  'bmj', 'jama', 'vaccination-info-service', 'ministere de la sante', 'institut pasteur', 'ordre des medecins',
  'legifrance', 'e-cancer',
]);
const SOURCE_PATTERNS = [
  /\b10\.\d{4,9}\/\S+/u, // DOI
  /pmid\s*:?\s*\d{6,9}/u,
  /\((?:[\p{L}][\p{L}'\- ]+(?:\s+et\s+al\.?)?|has|ansm|oms|inserm|spf),?\s*(?:19|20)\d{2}\)/u, // (Martin et al., 2022), (HAS, 2023)
  /(?:source|sources|reference|references|ref)\s*:/u,
];
const SOURCE_DOMAINS =
  /(?:has-sante\.fr|ansm\.sante\.fr|santepubliquefrance\.fr|inserm\.fr|e-cancer\.fr|cochranelibrary\.com|cochrane\.org|pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov|doi\.org|who\.int|ema\.europa\.eu|ameli\.fr|sante\.fr|vaccination-info-service\.fr|legifrance\.gouv\.fr|sante\.gouv\.fr|solidarites-sante\.gouv\.fr|service-public\.fr|pasteur\.fr|academie-medecine\.fr|cngof\.fr|ufsbd\.fr|\.gouv\.fr)/iu;

/** Whether a paragraph (its analysis's folded text) cites a source, once per paragraph. */
const paragraphSources = new WeakMap<object, boolean>();

function textHasSource(original: string, folded: string): boolean {
  if (SOURCE_ACRONYMS.test(original)) return true;
  if (matches(SOURCE_NAMES, folded)) return true;
  return SOURCE_PATTERNS.some((p) => p.test(folded));
}

export function linksHaveSource(links: readonly Link[]): boolean {
  return links.some((l) => SOURCE_DOMAINS.test(l.url) || /doi\.org|\/10\.\d{4,9}\//u.test(l.url));
}

/**
 * True when a source is cited in the sentence of the match or anywhere in its segment (paragraph), links
 * included. A brand site or "une étude" without reference is not a source.
 */
export function hasSource(a: Analysis, start: number, links: readonly Link[] = [], scope: 'sentence' | 'paragraph' = 'paragraph'): boolean {
  if (scope === 'paragraph') {
    // Asked for every candidate of a paragraph: read the paragraph once (a paragraph of thousands of claims was
    // read once per claim).
    let found = paragraphSources.get(a.folded);
    if (found === undefined) paragraphSources.set(a.folded, (found = textHasSource(a.text, a.folded.text)));
    return found || linksHaveSource(links);
  }
  const s = sentenceAt(a, start);
  const o = a.toOriginal(s.start, s.end);
  return textHasSource(a.text.slice(o.start, o.end), a.folded.text.slice(s.start, s.end)) || linksHaveSource(links);
}

/** Also used on whole documents: does any prose or link cite a source? */
export function textCitesSource(original: string, folded: string): boolean {
  return textHasSource(original, folded);
}

const OPENING = new Set(['«', '“', '„', '‹', '"']);
const CLOSING: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›', '"': '"' };

/** An opening quotation mark of a text: where it is, where its closing mark is (-1: none), whether it may open. */
interface Opening {
  at: number;
  close: number;
  /** False for a straight quote with an odd number of straight quotes before it (it closes one). */
  opens: boolean;
}

/** The opening marks of the last text asked about (and their positions, for bisection): a long paragraph with many hits is scanned once, not once a hit. */
let openingsOf: { text: string; openings: Opening[]; at: number[] } | undefined;
function openings(text: string): { openings: Opening[]; at: number[] } {
  if (openingsOf?.text === text) return openingsOf;
  const list: Opening[] = [];
  let straight = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!OPENING.has(ch)) continue;
    list.push({ at: i, close: text.indexOf(CLOSING[ch], i + 1), opens: ch !== '"' || straight % 2 === 0 });
    if (ch === '"') straight++;
  }
  openingsOf = { text, openings: list, at: list.map((o) => o.at) };
  return openingsOf;
}

/** The quotation (in original coordinates) that contains [start, end), if any: the nearest opening mark before it whose closing mark is at or after its end. */
export function quotationAround(text: string, start: number, end: number): Span | undefined {
  const { openings: list, at } = openings(text);
  // From the last opening mark before start, backwards.
  for (let k = lowerBound(at, start) - 1; k >= 0; k--) {
    const o = list[k];
    if (o.close >= end && o.opens) return { start: o.at, end: o.close + 1 };
  }
  return undefined;
}

/** True when the folded range [start, end) is inside quotation marks (« », “ ”, " "), looked for in the original text. */
export function isQuoted(a: Analysis, start: number, end: number): boolean {
  const o = a.toOriginal(start, end);
  return quotationAround(a.text, o.start, o.end) !== undefined;
}

const WARNING_CUES = termsRegex([
  'mefiez-vous', 'mefiez vous', 'mefions-nous', 'attention a', 'attention aux', 'gare a', 'gare aux', 'arnaque(s)', 'fake news',
  'il est interdit', 'interdit(e)(s)', 'ne croyez pas', 'pretendu(e)(s)', 'soi-disant', 'publicite(s) mensongere(s)',
  'publicite(s) deguisee(s)', 'desinformation', 'fausse(s) promesse(s)', 'faux espoir(s)', 'charlatan*', 'vigilance', 'vigilant(e)(s)', 'signale(z)', 'mensonger(e)(s)', 'trompeu(r)(se)(s)',
  'illegal(e)(s)', 'illegaux', 'refuse', 'refusons', 'avons refuse', 'comment reperer', 'reperer', 'ne repondez pas',
  'ce n\'est pas nous', 'escroquerie(s)', 'mythe(s)', 'idee(s) recue(s)', 'faux', 'fausse(s)', 'dangereu(x)(se)(s)',
  'mefiance', 'se mefier', 'bannir', 'evitez', 'fuyez',
  // a body or the press warning against it (« met en garde l'Ordre », « une mise en garde de l'ANSM », « contraire à la déontologie »)
  'met en garde', 'mettent en garde', 'mise(s) en garde', 'contraire(s) a la deontologie', 'contraire(s) au code de deontologie',
]);

/** True when the sentence criticises what it quotes ("méfiez-vous des produits miracles", "arnaque"). */
export function isWarningContext(a: Analysis, start: number): boolean {
  const s = sentenceAt(a, start);
  return matches(WARNING_CUES, a.folded.text.slice(s.start, s.end));
}

/** True when a piece of folded text (a phrase, a clause) holds a warning cue: isWarningContext on any span. */
export function hasWarningCue(folded: string): boolean {
  return matches(WARNING_CUES, folded);
}

/** Text of the sentence holding a folded position (folded). */
export function sentenceText(a: Analysis, pos: number): string {
  const s = sentenceAt(a, pos);
  return a.folded.text.slice(s.start, s.end);
}

/** Punctuation that closes a phrase for word windows (commas do not: "une équipe jeune, exceptionnelle"). */
const PHRASE_BREAK = /[;:()[\]"\n]/u;
const WORDS = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*'?/gu;

/** The phrase holding a folded position: its sentence, cut at ; : ( ) " and hard line breaks. */
export function phraseAt(a: Analysis, pos: number): Span {
  const text = a.folded.text;
  const s = sentenceAt(a, pos);
  let start = s.start;
  let end = s.end;
  for (let i = Math.min(pos, s.end) - 1; i >= s.start; i--) if (PHRASE_BREAK.test(text[i])) { start = i + 1; break; }
  for (let i = pos; i < s.end; i++) if (PHRASE_BREAK.test(text[i])) { end = i; break; }
  return { start, end };
}

/** Words (folded, with folded offsets) of text[from, to): "l'equipe" and "sages-femmes" are one word each. */
export function wordsIn(a: Analysis, from: number, to: number): { word: string; start: number; end: number }[] {
  return [...a.folded.text.slice(from, Math.max(from, to)).matchAll(WORDS)].map((m) => ({ word: m[0], start: from + m.index, end: from + m.index + m[0].length }));
}

/** The words just before [start and just after end), at most n on each side, inside the phrase. */
export function wordsAround(a: Analysis, start: number, end: number, n: number): { before: string[]; after: string[] } {
  const from = phraseAt(a, start).start;
  const to = phraseAt(a, end).end;
  return { before: wordsIn(a, from, start).map((w) => w.word).slice(-n), after: wordsIn(a, end, to).map((w) => w.word).slice(0, n) };
}

/**
 * True when a place follows within a few words: a preposition (de, en, à, dans…) then a place word of `places`
 * ("de la région", "en France") or a capitalised name ("de Quimper", "en Bretagne").
 */
export function placeFollows(a: Analysis, end: number, places: RegExp, maxChars = 70): boolean {
  const words = wordsIn(a, end, Math.min(sentenceAt(a, end).end, end + maxChars));
  const preposition = /^(?:de|du|des|en|a|au|aux|dans|sur|la|le|les)$/u;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const bare = w.word.replace(/^[dl]'/u, '');
    if (bare === w.word && !(i > 0 && preposition.test(words[i - 1].word))) continue;
    if (places.test(bare)) return true;
    const o = a.toOriginal(w.end - bare.length, w.end);
    if (/^\p{Lu}\p{Ll}/u.test(a.text.slice(o.start, o.end)) && !preposition.test(bare)) return true;
  }
  return false;
}

/**
 * Criticism or meta-discourse around a claim (DOMAIN.md §2.0): the sentence reports or denounces it. Narrower than a
 * general warning list on purpose: "évitez la chirurgie", "la chimio est dangereuse" are part of the pitch itself.
 */
const CRITICISM_CUES = termsRegex([
  'méfiez-vous', 'méfiez vous', 'méfions-nous', 'se méfier', 'méfiance', 'attention à', 'attention aux', 'gare à', 'gare aux',
  'arnaque(s)', 'fake news', 'il est interdit', 'ne croyez pas', 'prétendu(e)(s)', 'soi-disant', 'publicité(s) mensongère(s)',
  'désinformation', 'fausse(s) promesse(s)', 'faux espoir(s)', 'charlatan*', 'escroquerie(s)', 'mythe(s)', 'idée(s) reçue(s)',
  'dérive(s)', 'promettent', 'prétendent', 'vantent', "quoi qu'en disent", 'infox', 'fausse(s) information(s)', 'trompeu(r)(se)(s)',
  'mensonger(e)(s)', 'promesse(s) de guérison', 'ce n\'est pas nous', 'signalez', 'signalé(e)(s)', 'illégal(e)(s)', 'illégaux',
]);

/** True when a piece of folded text (a phrase, a clause) holds a criticism cue: isCriticised on any span. */
export function hasCriticismCue(folded: string): boolean {
  return matches(CRITICISM_CUES, folded);
}

/** True when the sentence reports or denounces what it says (narrower than isWarningContext: see above). */
export function isCriticised(a: Analysis, start: number): boolean {
  const s = sentenceAt(a, start);
  return matches(CRITICISM_CUES, a.folded.text.slice(s.start, s.end));
}
