// Finds how French prose names a person: civilité + nom (« Mme Le Gall », « M. D. »), prénom + initiale
// (« Sophie M. »), prénom + âge (« Julie, 34 ans »), « la petite Inès », and capitalised name tokens. Reads the
// original text, because capitals are what tell a name from a word; lists of names come from the caller.
import { isNeverAName, isSoftSentenceBreak } from './boundaries.js';
import { foldTerm } from './normalize.js';
import { maskName } from './identifiers.js';
import { TextMemo } from './text-memo.js';

export interface PersonLists {
  /** Folded first names → gender ('f', 'm' or 'x' when both). */
  firstNames: ReadonlyMap<string, 'f' | 'm' | 'x'>;
  /** Folded words that are capitalised without being names (Merci, Covid, Noël, Dr…). */
  notNames: ReadonlySet<string>;
  /** Folded words that make « Mme la Ministre », « M. le Maire » a title, not a name. */
  titles: ReadonlySet<string>;
  /**
   * Folded words after which capitalised words name a place, an institution or an eponym, not a person:
   * « rue Jean-Jaurès », « lycée Victor-Hugo », « syndrome de Gilles de la Tourette », « loi Kouchner ».
   */
  heads?: ReadonlySet<string>;
}

export interface NameToken {
  start: number;
  end: number;
  word: string;
  /** A known first name. */
  known: boolean;
  /** First word of its sentence (a capital proves nothing there). */
  initial: boolean;
}

export type MentionKind = 'civility' | 'initials' | 'designated' | 'age' | 'initial';

export interface PersonMention {
  kind: MentionKind;
  start: number;
  end: number;
  /** The mention with every name masked: « Mme L••• », « patiente J••• », « S••• M. ». */
  masked: string;
  gender: 'f' | 'm' | 'x';
  /** Where the name itself sits (inside start..end). */
  nameStart: number;
  nameEnd: number;
}

const S = '[\\s\\u00a0\\u202f]';
const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*$/u;
const UPPER = /^\p{Lu}{2,}(?:-\p{Lu}{2,})*$/u;
const PARTICLE = /^(?:de|du|des|d|van|von|da|di|del|la|le|ben|el|al)$/u;
// « M. » only with its capital (« m. » is a metre); the other civilities in any case (« madame Le Roux », « MME »).
const CIVILITY = new RegExp(
  `(?<![\\p{L}\\p{N}])(M\\.|MM\\.|M[Rr]\\.?|(?:[Mm]onsieur|MONSIEUR|[Mm]essieurs|[Mm]mes?\\.?|MMES?\\.?|[Mm]adame|MADAME|[Mm]esdames|[Mm]lles?\\.?|MLLES?\\.?|[Mm]ademoiselle|MADEMOISELLE))(?=${S})`,
  'gu',
);
/** The titles of a doctor or a professor, as written before their name (« Dr », « Professeure »). */
export const MEDICAL_TITLES = ['Dr', 'Dre', 'Docteur', 'Docteure', 'Pr', 'Pre', 'Professeur', 'Professeure'] as const;
const PRACTITIONER_TITLES = [...MEDICAL_TITLES, 'Me', 'Maître', 'Maitre'];
// (in capitals too: « CABINET DU DR MARTIN »; « ME », « PRE » left out: too rarely titles in a post in capitals)
const PRACTITIONER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...PRACTITIONER_TITLES, ...PRACTITIONER_TITLES.filter((t) => t !== 'Me' && t !== 'Pre').map((t) => t.toUpperCase())].join('|')})\\.?[\\s\\u00a0\\u202f]*$`,
  'u',
);
// Lowercase on purpose: « la Petite Enfance » is an institution, « la petite Inès » a child.
const DESIGNATOR = new RegExp(`(?<![\\p{L}])(patiente?s?|petite?|bébé|Bébé|bebe|nourrisson|loulou)${S}+$`, 'u');
/** « cette patiente, « S.A. », … », « le patient (J.D.) »: initials in apposition to « patient », after a comma, a parenthesis or
 *  inside quotation marks (issue #7). */
const DESIGNATOR_APPOSED = new RegExp(`(?<![\\p{L}])patiente?s?${S}*[,(«"“]${S}*[«"“]?${S}*$`, 'u');
/** A capitalised word after a preposition is more likely a place (« à Brest, 35 ans après »). */
const PREPOSITION_BEFORE = new RegExp(`(?<![\\p{L}])(?:à|a|au|en|de|du|d['’]|depuis|vers|sur|dans|près\\s+de)${S}*$`, 'iu');
/** « Martin J., 2021 », « Dupont P. et al. »: an author in a reference, not a patient. */
const CITATION_AFTER = /^.{0,40}?(?:et\s+al\b|\b(?:19|20)\d\d\b)/su;
/** (round 13) The end of an author list before the name: « Martin P, Roux JL, (Sylvie N.) » in a reference. */
const AUTHOR_LIST_BEFORE = /\p{Lu}[\p{L}'’-]+\s+\p{Lu}{1,2}\.?,\s*$/u;
// « Octobre Rose, 30 ans de mobilisation »: years of something, not an age.
const AGE_AFTER = new RegExp(`^${S}*(?:,|\\(|–|-)?${S}*\\d{1,3}${S}*(?:ans|mois)(?![\\p{L}])(?!${S}+(?:de|d['’])${S}*\\p{L})\\)?`, 'u');
/** The word before a name, particles skipped: « syndrome de (Gilles) », « rue de la (Paix) ». */
const HEAD_BEFORE = new RegExp(`([\\p{L}\\p{M}]+)(?:${S}+|['’])(?:(?:de|du|des|d|la|le)(?:${S}+|['’])){0,2}$`, 'u');
/** Between two words of one name: spaces, hyphens and particles (« Gilles de la Tourette »). */
const CHAIN_GAP = new RegExp(`^(?:${S}|-|de|du|des|la|le|d['’])+$`, 'u');
const BARE_INITIALS = new RegExp(`(?<![\\p{L}\\p{N}.])\\p{Lu}\\.(?:${S}?-?\\p{Lu}\\.)+(?!\\p{L})`, 'gu');
/** X, Y, Z: the initials of anonymised cases. */
const ANONYMOUS = /^(?:[XYZ]\.?[\s\u00a0\u202f]*)+$/u;
const NEXT_WORD = new RegExp(`^(?:${S}+|['’])([\\p{L}\\p{M}]+(?:-[\\p{L}\\p{M}]+)*)`, 'u');
const INITIAL_AFTER = new RegExp(`^${S}+\\p{Lu}\\.(?!\\p{L})`, 'u');

const fem = (civ: string) => (/^(?:mme|madame|mesdames|mlle|mademoiselle)/iu.test(civ) ? 'f' : 'm');

/**
 * True when nothing but spaces, quotes, bullets or emoji stands between the sentence start and `pos`. A
 * sentence starts after . ! ? …, a hard line break, or a space that ends an unpunctuated sentence (a soft
 * line break is a space by now: where the text was wrapped says nothing).
 */
export function startsSentence(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const ch = text[i];
    if (/[.!?…\n]/u.test(ch)) return true;
    if (/\s/u.test(ch) && isSoftSentenceBreak(text, i + 1)) return true;
    if (ch === '—' || ch === '–') return false; // « … » — Claire, 51 ans: a signature, not a sentence start
    if (/[\p{L}\p{N},;:)]/u.test(ch)) return false;
  }
  return true;
}

/** Headings and slogans Written Like This: capitals say nothing there (sentence starts and known names aside). */
export function isTitleCase(text: string, names: ReadonlyMap<string, unknown> = new Map()): boolean {
  // Same answer as counting every kept word (not at a sentence start, not a known name), but the capitalised words
  // are counted first and the lowercase ones only until the share of capitals falls below 0.6: this runs for every
  // segment (nameTokens), and ordinary prose, mostly lowercase, settles after a word or two instead of running
  // startsSentence and foldTerm on each of its words.
  const kept = (m: RegExpMatchArray) => !startsSentence(text, m.index!) && !names.has(foldTerm(m[0]));
  const lower: RegExpMatchArray[] = [];
  let capitals = 0;
  for (const m of text.matchAll(/\p{L}{4,}/gu)) {
    if (!/^\p{Lu}/u.test(m[0])) lower.push(m);
    else if (kept(m)) capitals++;
  }
  if (capitals === 0) return false;
  let total = capitals;
  for (const m of lower) {
    if (!kept(m)) continue;
    total++;
    if (capitals / total < 0.6) return false; // more lowercase words only lower the share
  }
  return total >= 3 && capitals / total >= 0.6;
}

const nameTokensMemo = new TextMemo<readonly NameToken[]>();

/** Capitalised words that may be names: known first names anywhere, other capitalised words inside a sentence. */
export function nameTokens(text: string, lists: PersonLists): NameToken[] {
  // Asked twice per segment (findPersonMentions, then no-patient-identifier itself): kept (text-memo.ts), and each
  // caller gets its own array of the same tokens.
  return nameTokensMemo.get(text, [lists, lists.firstNames, lists.notNames, lists.titles, lists.heads], () => findNameTokens(text, lists)).slice();
}

/** A word in capitals among words in capitals (« MA PATIENTE JULIE, 34 ANS ») is a name only when it is a known first name. */
function upperFirstName(text: string, at: number, word: string, lists: PersonLists): boolean {
  if (word.length < 3 || /\p{Ll}/u.test(word) || !lists.firstNames.has(foldTerm(word))) return false;
  const around = `${text.slice(Math.max(0, at - 30), at)} ${text.slice(at + word.length, at + word.length + 30)}`;
  return /\p{Lu}{3,}/u.test(around) && !/\p{Ll}{3,}/u.test(around);
}

function findNameTokens(text: string, lists: PersonLists): NameToken[] {
  const out: NameToken[] = [];
  const titleCase = isTitleCase(text, lists.firstNames);
  let chainEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (!CAPITALISED.test(word) && !upperFirstName(text, m.index!, word, lists)) continue;
    if (/^(?:Dr|Dre|Pr|Pre|Me|St|Ste|Mr|Mme|Mlle)$/u.test(word)) continue;
    // « Rappelez M. Guillou », « Nous Julie »: a word that opens sentences is no name, wherever the line was wrapped.
    if (isNeverAName(word)) continue;
    const folded = foldTerm(word);
    // « Dr Sophie Martin », « rue Jean Jaurès »: the whole run of capitalised words after a title or a head noun.
    const chained = chainEnd >= 0 && CHAIN_GAP.test(text.slice(chainEnd, m.index));
    // A common word inside such a run keeps it going (« centre Excellence Santé Iroise »).
    if (lists.notNames.has(folded) || lists.titles.has(folded)) {
      if (chained) chainEnd = m.index + word.length;
      continue;
    }
    const head = HEAD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    if (chained || PRACTITIONER_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) || (head && lists.heads?.has(foldTerm(head)))) {
      chainEnd = m.index + word.length;
      continue;
    }
    const known = lists.firstNames.has(folded) || folded.split('-').every((p) => lists.firstNames.has(p));
    const initial = startsSentence(text, m.index);
    if (!known && (initial || titleCase)) continue;
    out.push({ start: m.index, end: m.index + word.length, word, known, initial });
  }
  return out;
}

/**
 * Initials after a civility (« D. », « J.-P. »): four at most, so that a run of « M. M. M. … » is not read again
 * from each « M. » to its end (quadratic). A lone capital without its dot counts when an age follows (« Madame B,
 * 47 ans »: case reports drop the dot).
 */
const INITIALS_AFTER_CIVILITY = new RegExp(
  `^${S}+(?:\\p{Lu}\\.(?:${S}?-?\\p{Lu}\\.){0,3}(?!\\p{L})|\\p{Lu}(?=${S}*[,(]${S}*\\d{1,3}${S}*ans(?![\\p{L}])))`,
  'u',
);

/** The name words after a civility: « Nathalie Le Gall », « LEFÈVRE », « D. », « J.-P. Durand ». */
function namesAfter(text: string, from: number, lists: PersonLists): { end: number; initials: boolean } | undefined {
  const rest = text.slice(from);
  const initials = INITIALS_AFTER_CIVILITY.exec(rest);
  let end = initials ? from + initials[0].length : from;
  let words = 0;
  // Walk word by word: capitalised or UPPER words; lowercase particles only inside a name (« Marie de La Tour »).
  for (;;) {
    const m = NEXT_WORD.exec(text.slice(end));
    if (!m) break;
    const w = m[1];
    const folded = foldTerm(w);
    if (lists.titles.has(folded)) return undefined; // « Mme la Ministre », « M. le Maire »
    if (PARTICLE.test(w)) {
      if (!/^(?:[\s\u00a0\u202f]+|['’])\p{Lu}/u.test(text.slice(end + m[0].length)) || (words === 0 && /^l[ae]$/u.test(w))) break;
      end += m[0].length;
      continue;
    }
    const particle = /^(?:Le|La|Du|De|Des|Van|Von|Da|Di|Del|Mac|Ben|El|Al)$/u.test(w); // « Le Du », « De Gaulle »
    if (!(CAPITALISED.test(w) || UPPER.test(w)) || (lists.notNames.has(folded) && !particle) || words >= 4) break;
    end += m[0].length;
    words++;
  }
  if (!words && !initials) return undefined;
  return { end, initials: !!initials && !words };
}

/** Every way the text names a person, longest first at each place. */
export function findPersonMentions(text: string, lists: PersonLists): PersonMention[] {
  const out: PersonMention[] = [];
  for (const m of text.matchAll(CIVILITY)) {
    if (PRACTITIONER_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    const after = namesAfter(text, m.index + m[0].length, lists);
    if (!after) continue;
    const name = text.slice(m.index + m[0].length, after.end).trim();
    if (after.initials && ANONYMOUS.test(name)) continue; // « Mme X. », « M. Y. »: already anonymised
    out.push({
      kind: after.initials ? 'initials' : 'civility',
      start: m.index,
      end: after.end,
      masked: `${m[1]} ${after.initials ? name.replace(/\p{Lu}/gu, '•') : maskName(name)}`,
      gender: fem(m[1]),
      nameStart: after.end - name.length,
      nameEnd: after.end,
    });
  }
  // Bare initials with an age or after « patient »: « J. D., 34 ans », « patiente A. L. ».
  for (const m of text.matchAll(BARE_INITIALS)) {
    if (ANONYMOUS.test(m[0]) || m[0].startsWith('M.') || PRACTITIONER_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    const age = AGE_AFTER.exec(text.slice(m.index + m[0].length));
    const lead = text.slice(Math.max(0, m.index - 20), m.index);
    if (!age && !DESIGNATOR.test(lead) && !DESIGNATOR_APPOSED.test(lead)) continue;
    const end = m.index + m[0].length + (age?.[0].length ?? 0);
    out.push({ kind: 'initials', start: m.index, end, masked: m[0].replace(/\p{Lu}/gu, '•') + (age?.[0] ?? ''), gender: 'x', nameStart: m.index, nameEnd: m.index + m[0].length });
  }
  for (const t of nameTokens(text, lists)) {
    const before = DESIGNATOR.exec(text.slice(Math.max(0, t.start - 20), t.start));
    const after = text.slice(t.end);
    const gender = lists.firstNames.get(foldTerm(t.word)) ?? 'x';
    const base = { nameStart: t.start, nameEnd: t.end, gender };
    if (before) {
      const start = t.start - before[0].length;
      const g = /e$|es$/u.test(before[1]) && !/^b/iu.test(before[1]) ? 'f' : /^b|^n|^l/iu.test(before[1]) ? gender : 'm';
      out.push({ ...base, kind: 'designated', start, end: t.end, masked: `${before[1]} ${maskName(t.word)}`, gender: g });
    }
    const place = !t.known && PREPOSITION_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start));
    const age = place ? null : AGE_AFTER.exec(after);
    if (age) {
      out.push({ ...base, kind: 'age', start: t.start, end: t.end + age[0].length, masked: maskName(t.word) + age[0] });
    }
    const initial = place ? null : INITIAL_AFTER.exec(after);
    if (initial && !CITATION_AFTER.test(after.slice(initial[0].length)) && !AUTHOR_LIST_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) out.push({ ...base, kind: 'initial', start: t.start, end: t.end + initial[0].length, masked: `${maskName(t.word)}${initial[0].replace(/\p{Lu}/u, '•')}` });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** An @account that names a person (« @julie.martin35 », « @paulinedupont »), not a practice or a brand. */
export function handleNamesPerson(body: string, firstNames: ReadonlyMap<string, unknown>, practiceWords: readonly string[]): boolean {
  const parts = foldTerm(body).split(/[._\d]+/u).filter(Boolean);
  if (parts.some((p) => practiceWords.includes(p) || practiceWords.some((w) => w.length >= 5 && p.includes(w)))) return false;
  // « paulinedupont »: a name of 4+ letters followed by 3+ more, looked up by prefix (not by walking the name list).
  const prefixed = (p: string) => { for (let k = 4; k <= p.length - 3; k++) if (firstNames.has(p.slice(0, k))) return true; return false; };
  return parts.some((p) => firstNames.has(p) || prefixed(p));
}

/** A hashtag that names a person: #TeamKevin, #InesForte, #courageléa, or a bare first name (#Léo). */
export function hashtagNamesPerson(body: string, firstNames: ReadonlyMap<string, unknown>, supportTags: readonly string[]): boolean {
  const parts = body.split(/(?<=\p{Ll})(?=\p{Lu})|_/u).map(foldTerm).filter(Boolean);
  const named = (p: string) => firstNames.has(p);
  if (parts.length > 1) return parts.some(named) && parts.some((p) => supportTags.includes(p));
  const p = parts[0] ?? '';
  return named(p) || supportTags.some((t) => (p.startsWith(t) && named(p.slice(t.length))) || (p.endsWith(t) && named(p.slice(0, -t.length))));
}

/** « #TeamKevin » → « #TeamK••• », « @julie.martin35 » → « @j••• ». */
export function maskTag(tag: string, firstNames: ReadonlyMap<string, unknown>): string {
  const [sigil, body] = [tag[0], tag.slice(1)];
  if (sigil === '@') return sigil + maskName(body);
  return sigil + body.split(/(?<=\p{Ll})(?=\p{Lu})/u).map((p) => (firstNames.has(foldTerm(p)) ? maskName(p) : p)).join('');
}
