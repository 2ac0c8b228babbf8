// Sentence ends without punctuation. Social-media posts often put one sentence per line and end none of them
// (« Nouveau au cabinet⏎Prenez rendez-vous »), but a soft line break is also where an editor wraps a long
// sentence (« le meilleur⏎cabinet »). The parser reads every soft break as a space, so the line break itself
// cannot be the evidence — otherwise the answer would change with the wrapping. What tells an unpunctuated
// sentence end is the text on each side of a space, judged the same way wherever the space came from:
//   - an item bullet opens a new sentence (« … ✅ Détartrage », « … • Bilan »);
//   - an emoji followed by a capital opens a new sentence (« Dernière chance ⏳ Bilan auditif … »): the emoji
//     goes with what follows, as posts open sentences with one (« ✨ Nouveau : … »);
//   - a capitalised word that opens sentences and never names anyone (« Prenez », « Nous », « Le », « Merci »)
//     after a word a sentence may end on (not « Dr », « Mme », « de », « le », « et »…), and not as the particle
//     of a name (« famille Le Gall », « hôpital La Musse »);
//   - the trailing run of hashtags of a post (« … de vous #dentiste #sourire »).
// Any other capitalised word after a lowercase one (« … sponsorisé⏎Partenariat avec … ») opens a clause only:
// as a sentence end it would cut « nous avons soigné | Julie » from its care context, so it just stops a negation.
// Hard line breaks (Markdown "  ⏎", "\⏎", <br>; a typed list item in plain text) stay line breaks before this.
// Reads the original text, since capitals are the evidence; `at` is the first character after a space.
import { foldTerm } from './normalize.js';

/**
 * Bullets typed or pasted at the start of an item. Not dashes: « – » and « - » between spaces are incises and
 * separators inside a sentence (a line that opens with one is a list item, a block of its own, before any of this).
 */
const BULLET = /^[•▪◦‣⁃●■□◆◇▸▹►▶➤➔➜➡→⇒✓✔✅☑👉🔹🔸🔷🔶▫◾◽]/u;
const EMOJI = /^(?:\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F\uFE0E\u200D\u20E3]*[ \t]*)+/u;
const CAPITALISED = /^(?:\p{Lu}[\p{Ll}'’]|À(?!\p{L}))/u;
/** What a sentence without punctuation before it may open with: a bullet, a hashtag, a capital (maybe quoted). */
const MAY_OPEN = /^(?:[«“"'‘(\[¡¿]*\p{Lu}|#|\P{L})/u;
/** Opening quotes and brackets before a word, with the space French typography puts after « (round 8). */
const OPENERS = /^[«“"'‘(\[¡¿]+[ \u00a0\u202f]*/u;

// Words (folded) that open a sentence and are never a name on their own: pronouns, determiners, conjunctions,
// greetings and the imperatives that posts open with.
const STARTERS = new Set([
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', "c'", 'ca', 'cela', 'ceci',
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs',
  'je', "j'", 'tu', 'il', 'ils', 'elle', 'elles', 'on', 'nous', 'vous', 'qui', 'quoi', 'quand', 'comment',
  'pourquoi', "qu'", 'que', 'si', 'mais', 'donc', 'alors', 'puis', 'ensuite', 'enfin', "aujourd'hui", 'demain',
  'hier', 'ici', 'a', 'au', 'aux', 'en', 'pour', 'avec', 'sans', 'dans', 'chez', 'depuis', 'pendant', 'apres', 'avant', 'merci',
  'bonjour', 'bonsoir', 'bravo', 'bienvenue', 'bonne', 'bon', 'belle', 'joyeux', 'joyeuses', 'nouveau',
  'nouvelle', 'nouveaux', 'nouvelles', 'tous', 'toutes', 'tout', 'toute', 'chaque', 'ne', "n'", 'rdv',
  'attention', 'rappel', 'important', 'infos', 'prenez', 'venez', 'appelez', 'reservez', 'contactez',
  'decouvrez', 'profitez', 'pensez', 'suivez', 'rejoignez', 'consultez', 'retrouvez', 'ecrivez', 'envoyez',
  'partagez', 'laissez', 'demandez', 'notez', 'sachez', 'faites', 'dites', 'osez', 'offrez', 'testez',
  'essayez', 'evitez', 'buvez', 'mangez', 'dormez', 'bougez', 'protegez', 'hydratez', 'inscrivez', 'foncez',
  'rappelez', 'telephonez', 'passez', 'vite', 'plus', 'moins', 'jamais', 'toujours', 'oui', 'non',
]);
/** Starters that are also the particle of a surname or a place (« Le Gall », « La Baule », « Du Pont »). */
const PARTICLES = new Set(['le', 'la', 'les', "l'", 'du', 'des', 'a', 'au', 'aux', 'en']);
/** Words (folded) a sentence does not end on: titles, abbreviations, articles, prepositions, conjunctions. */
const NO_END = new Set([
  'dr', 'dre', 'pr', 'pre', 'docteur', 'docteure', 'professeur', 'professeure', 'madame', 'monsieur',
  'mademoiselle', 'mme', 'mmes', 'mlle', 'm', 'mm', 'mr', 'me', 'maitre', 'saint', 'sainte', 'st', 'ste',
  'le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'au', 'aux', 'a', 'ce', 'cet', 'cette', 'ces',
  'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs',
  'en', 'dans', 'par', 'pour', 'sur', 'sous', 'avec', 'sans', 'chez', 'vers', 'entre', 'depuis', 'pendant',
  'contre', 'selon', 'des', "jusqu'", 'et', 'ou', 'ni', 'mais', 'donc', 'car', 'que', "qu'", 'si', 'comme',
  'je', "j'", 'tu', 'il', 'elle', 'on', 'ils', 'elles', 'se', "s'", "m'", 'te', "t'", 'ne', "n'", 'y',
  'tres', 'trop', 'plus', 'moins', 'aussi',
]);

/** The word at `from`, as written: letters, with its elision and hyphenated parts (« N’hésitez », « Inscrivez-vous »). */
function wordAt(text: string, from: number): { word: string; end: number } {
  const m = /^[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]*|-[\p{L}\p{M}]+)*/u.exec(text.slice(from, from + 40));
  return { word: m ? m[0] : '', end: from + (m ? m[0].length : 0) };
}

/** A capitalised word that opens sentences and is no name, even inside one (« Rappelez », « Nous »; not « Le »). */
export function isNeverAName(word: string): boolean {
  const starter = starterOf(word);
  return starter !== undefined && !PARTICLES.has(starter);
}

/** The starter a word is (« Prenez », « N’hésitez », « Inscrivez-vous »), if it is one. */
function starterOf(word: string): string | undefined {
  const folded = foldTerm(word);
  const elided = /^[\p{L}]+'/u.exec(folded)?.[0];
  const head = folded.split('-')[0];
  if (STARTERS.has(folded)) return folded;
  if (elided && STARTERS.has(elided)) return elided;
  if (STARTERS.has(head)) return head;
  return undefined;
}

/** The whitespace-delimited token that ends just before the space run ending at `at`. */
function tokenBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/u.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && !/\s/u.test(text[start - 1])) start--;
  return text.slice(start, end);
}

/**
 * Hashtags, @accounts, emoji and ! or . up to the end of the line. One emoji, one mark per step, so that a
 * failing match cannot backtrack through the ways of cutting a run in pieces.
 */
const HASHTAG_TAIL = /(?:[ \t]*(?:[#@][\p{L}\p{N}_.]+|\p{Extended_Pictographic}[\p{Emoji_Modifier}\uFE0F\u200D]*|[.!]))+[ \t]*(?:[\r\n]|$)/uy;

function hashtagTail(text: string, at: number): boolean {
  HASHTAG_TAIL.lastIndex = at;
  return HASHTAG_TAIL.test(text);
}

/**
 * True when the space run just before text[at] ends a sentence although no punctuation says so.
 * `at` is the first character after a run of whitespace. With `clause`, any capitalised word after a lowercase
 * one also counts (« … n’est pas sponsorisé Partenariat avec … »): too loose for sentences, where it would cut
 * « nous avons soigné | Julie », but right to stop a negation, which never reaches across a new capital.
 */
export function isSoftSentenceBreak(text: string, at: number, clause = false): boolean {
  if (at <= 0 || at >= text.length || !/\s/u.test(text[at - 1]) || /\s/u.test(text[at])) return false;
  const next = text.slice(at, at + 8);
  // Most words start lowercase: settle them before any other work (this runs at every space of every post).
  if (!MAY_OPEN.test(next)) return false;
  const previous = tokenBefore(text, at);
  if (!previous) return false;
  if (BULLET.test(next)) return true;
  if (next.startsWith('#')) return !previous.startsWith('#') && hashtagTail(text, at);
  if (!/[\p{L}\p{N}%€)»”"'’]$/u.test(previous)) return false; // after a comma, a colon, a dash or an emoji: not here
  const emoji = EMOJI.exec(text.slice(at, at + 40))?.[0];
  if (emoji) return /^\s*\p{Lu}/u.test(text.slice(at + emoji.length, at + emoji.length + 3));
  const open = OPENERS.exec(next)?.[0].length ?? 0;
  const { word, end } = wordAt(text, at + open);
  if (!CAPITALISED.test(word)) return false;
  // « Prenez » after « cabinet », but not after « Dr », « de », « et »; and not before a capital: « Le » of
  // « famille Le Gall », « Pour » of a Title Written Like This, « Merci » of « Merci Julie ».
  const last = /[\p{L}\p{M}'’]+$/u.exec(previous)?.[0];
  if (!starterOf(word) && !(clause && last !== undefined && /^\p{Ll}/u.test(last))) return false;
  if (last !== undefined && NO_END.has(foldTerm(last))) return false;
  // A post in capitals has a capital at every word: « DES DÉLAIS PLUS COURTS QU’À L’HÔPITAL » is one sentence.
  if (last !== undefined && !/\p{Ll}/u.test(last) && !/\p{Ll}/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(last)) return false;
  return !/^[\s'’]*\p{Lu}/u.test(text.slice(end, end + 3));
}
