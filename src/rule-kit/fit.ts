// A suggestion replaces a span of the post word for word; the words around it stay. fitReplacement() adjusts the
// span and the wording so that the result reads as French: the article left in front of a wording that brings
// its own (« votre Votre praticien »), of an adverb (« né le récemment ») or of a noun of the other gender
// (« le Information ») goes or agrees; « Merci Julie » becomes « Merci à une patiente »; « une personne » takes
// the gender the sentence already gives the person (« Quand Léo est arrivé » → « un patient est arrivé »); « de »
// and « à » contract with the article the wording starts with (« de une patiente » → « d’une patiente »).

export interface Fitted {
  start: number;
  end: number;
  text: string;
}

/** Gender (and number) of the head nouns our wordings start with. */
const HEAD_GENDER: Record<string, 'm' | 'f' | 'mp' | 'fp'> = {
  tarif: 'm', conseil: 'm', résultat: 'm', rendez: 'm', suivi: 'm', schéma: 'm', devis: 'm', acte: 'm', soin: 'm', cabinet: 'm',
  information: 'f', explication: 'f', présentation: 'f', consultation: 'f', prise: 'f', version: 'f', séance: 'f', option: 'f',
  amélioration: 'f', publication: 'f', photo: 'f', image: 'f', prévention: 'f',
  honoraires: 'mp', soins: 'mp', résultats: 'mp', conseils: 'mp', tarifs: 'mp', informations: 'fp', explications: 'fp',
};
// Not the « un » of « d’un »: that one is handled with its « de » (ELIDED_INDEFINITE).
const ARTICLE = /(?<![\p{L}\p{N}’'])(le|la|les|l[’']|un|une|des|du|au|aux)(\s*)$/iu;
const ELIDED_INDEFINITE = /(?<![\p{L}\p{N}])(d[’'])(une?)(\s*)$/iu;
const DETERMINER = /(?<![\p{L}\p{N}])(le|la|les|l[’']|un|une|des|du|au|aux|votre|vos|notre|nos|ce|cet|cette|ces|mon|ma|mes|son|sa|ses)(\s*)$/iu;
const STARTS_WITH_DETERMINER = /^(?:le|la|les|l[’']|un|une|des|du|au|aux|votre|vos|notre|nos|ce|cet|cette|ces|mon|ma|mes|son|sa|ses)(?![\p{L}])/iu;
const BARE_ADVERB = /^(?:récemment|hier|aujourd[’']hui|demain|bientôt|souvent|toujours|jamais|longtemps|autrefois)$/iu;
const LABEL = /^\p{Lu}\p{Ll}/u;
const VOWEL = /^[aeiouyhàâäéèêëîïôöûüœ]/iu;

// Only the few words around the span matter: a bounded window keeps a 200 000-character line linear.
const lookBehind = (source: string, start: number) => source.slice(Math.max(0, start - 80), start);
const lookAhead = (source: string, end: number) => source.slice(end, end + 120);

const capitalised = (s: string) => /^\p{Lu}/u.test(s);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The article of `kind` (definite, indefinite, partitive, « à » + definite) for a head noun of `gender`. */
function articleFor(kind: 'def' | 'indef' | 'part' | 'to', gender: 'm' | 'f' | 'mp' | 'fp', head: string): string {
  const plural = gender === 'mp' || gender === 'fp';
  const elide = VOWEL.test(head) && !plural;
  switch (kind) {
    case 'def':
      return plural ? 'les ' : elide ? 'l’' : gender === 'm' ? 'le ' : 'la ';
    case 'indef':
      return plural ? 'des ' : gender === 'm' ? 'un ' : 'une ';
    case 'part':
      return plural ? 'des ' : elide ? 'de l’' : gender === 'm' ? 'du ' : 'de la ';
    case 'to':
      return plural ? 'aux ' : elide ? 'à l’' : gender === 'm' ? 'au ' : 'à la ';
  }
}

function kindOf(article: string): 'def' | 'indef' | 'part' | 'to' {
  const a = article.toLowerCase();
  if (a === 'un' || a === 'une' || a === 'des') return 'indef';
  if (a === 'du') return 'part';
  if (a === 'au' || a === 'aux') return 'to';
  return 'def';
}

/** `text` replacing [start, end) of `source`, with the span and wording adjusted to the words around it. */
export function fitReplacement(source: string, start: number, end: number, text: string): Fitted {
  if (text === '') return { start, end, text };
  const before = lookBehind(source, start);
  const after = lookAhead(source, end);
  const firstWord = /^\p{L}+/u.exec(text)?.[0] ?? '';
  // Every pattern read at the end of `before` (article, determiner, « d’un », a repeated word, « de », « à »,
  // « merci ») ends on a letter or an apostrophe, then blanks: after anything else (« -50 % », a digit, a
  // bracket) none can match, and their search, tried at each of 80 positions, is skipped (33 333 hits there).
  const wordBefore = endsWithWord(before);

  // « né le récemment » → « né récemment »
  const article = wordBefore ? ARTICLE.exec(before) : null;
  if (article && BARE_ADVERB.test(text)) {
    const at = start - article[0].length;
    return { start: at, end, text: capitalised(article[1]) ? capitalise(text) : text };
  }
  // « votre Votre praticien », « la une patiente »: the wording brings its own determiner.
  const determiner = wordBefore ? DETERMINER.exec(before) : null;
  if (determiner && STARTS_WITH_DETERMINER.test(text)) {
    const at = start - determiner[0].length;
    return fitPerson(source, at, end, capitalised(determiner[1]) ? capitalise(text) : lower(text));
  }
  // « le Information : … » → « l’information : … »; a head noun we do not know: the article goes.
  if (article && LABEL.test(text)) {
    const at = start - article[0].length;
    const gender = HEAD_GENDER[firstWord.toLowerCase()];
    const body = lower(text);
    const replaced = gender ? articleFor(kindOf(article[1]), gender, body) + body : body;
    return { start: at, end, text: capitalised(article[1]) ? capitalise(replaced) : replaced };
  }
  // « Capture d’un Informations pratiques » → « Capture d’informations pratiques »
  const elided = wordBefore ? ELIDED_INDEFINITE.exec(before) : null;
  if (elided && LABEL.test(text)) {
    const gender = HEAD_GENDER[firstWord.toLowerCase()];
    const body = lower(text);
    const plural = gender === 'mp' || gender === 'fp';
    const replaced = !gender || plural ? (VOWEL.test(body) ? `d’${body}` : `de ${body}`) : `d’${gender === 'm' ? 'un' : 'une'} ${body}`;
    return { start: start - elided[0].length, end, text: capitalised(elided[1]) ? capitalise(replaced) : replaced };
  }
  // « Mes mes » style doubles across the edge: the word already in the post is not written twice.
  const previous = wordBefore ? /(\p{L}+)\s+$/u.exec(before) : null;
  if (previous && firstWord && previous[1].toLowerCase() === firstWord.toLowerCase()) {
    return { start: start - previous[0].length, end, text: capitalised(previous[1]) ? capitalise(text) : text };
  }
  const lastWord = lastWordOf(text);
  const next = /^\s+(\p{L}+)(?![\p{L}])/u.exec(after);
  if (lastWord && next && next[1].toLowerCase() === lastWord.toLowerCase()) return { start, end: end + next[0].length, text };
  return contract(source, start, fitPerson(source, start, end, text));
}

/**
 * The wording's last word (/\p{L}+$/u), kept per wording: the wordings are a rule's few constants, and the pattern,
 * tried at each position of a wording that ends on a bracket or a digit, cost ~0.5 µs for each suggestion.
 */
const lastWords = new Map<string, string | undefined>();
function lastWordOf(text: string): string | undefined {
  if (lastWords.has(text)) return lastWords.get(text);
  const word = /\p{L}+$/u.exec(text)?.[0];
  if (text.length <= 200) {
    if (lastWords.size >= 1_000) lastWords.clear();
    lastWords.set(text, word);
  }
  return word;
}

/** Whether `text`, its trailing blanks (\s) aside, ends with a letter or an apostrophe (’ or '). */
function endsWithWord(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && BLANK.test(text[i])) i--;
  return i >= 0 && (LETTER_OR_APOSTROPHE.test(text[i]) || (i > 0 && LETTER_OR_APOSTROPHE.test(text.slice(i - 1, i + 1))));
}
const BLANK = /\s/u;
const LETTER_OR_APOSTROPHE = /^(?:\p{L}|[’'])$/u;

/** « de une patiente » → « d’une patiente », « à le » → « au », « de les » → « des ». */
function contract(source: string, start: number, fitted: Fitted): Fitted {
  if (fitted.start !== start) return fitted;
  const m = /(?<![\p{L}])(de|à)\s+$/iu.exec(lookBehind(source, start));
  if (!m) return fitted;
  const at = start - m[0].length;
  const big = capitalised(m[1]);
  const join = (prefix: string, rest: string) => ({ start: at, end: fitted.end, text: (big ? capitalise(prefix) : prefix) + rest });
  const word = /^(un|une|le|les)(?![\p{L}])/u.exec(fitted.text)?.[1];
  if (m[1].toLowerCase() === 'de' && (word === 'un' || word === 'une')) return join('d’', fitted.text);
  if (word === 'le') return join(m[1].toLowerCase() === 'de' ? 'du' : 'au', fitted.text.slice(2));
  if (word === 'les') return join(m[1].toLowerCase() === 'de' ? 'des' : 'aux', fitted.text.slice(3));
  return fitted;
}

/** « Merci une patiente » → « Merci à une patiente »; « une personne est arrivé » → « un patient est arrivé ». */
function fitPerson(source: string, start: number, end: number, text: string): Fitted {
  const person = /^(?:une personne|un patient|une patiente)$/iu;
  if (!person.test(text)) return { start, end, text };
  let out = text;
  if (/^une personne$/iu.test(text)) {
    const agreement = /^\s*,?\s*(?:est|était|sera|serait|a été|avait été)\s+\p{L}+?(ée?s?)(?![\p{L}])/u.exec(lookAhead(source, end));
    if (agreement?.[1] === 'é') out = capitalised(text) ? 'Un patient' : 'un patient';
    else if (agreement?.[1] === 'ée') out = capitalised(text) ? 'Une patiente' : 'une patiente';
  }
  if (/(?<![\p{L}])merci\s+$/iu.test(lookBehind(source, start))) out = `à ${lower(out)}`;
  return { start, end, text: out };
}
