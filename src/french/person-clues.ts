// How a post points at one person beyond « Julie, 34 ans » (persons.ts): an age told with a verb (« Julie a 34 ans »,
// « Julie, âgée de 34 ans », « Julie, qui a 34 ans »), a newborn's measures (« Léo, 51 cm et 3,2 kg »), a relative
// named next to a birth or a care (« sa maman Sophie », « son papa Marc »), and a signature closing a letter
// (« … Pascale Durand »). Reads the original text: capitals tell a name from a word. The caller gives the name list.
import { TextMemo } from './text-memo.js';

export interface Clue {
  /** 'age' (first name + age), 'measures' (first name + birth measures), 'relative' (« sa maman Sophie »), 'signature'. */
  kind: 'age' | 'measures' | 'relative' | 'signature';
  start: number;
  end: number;
  /** Where the first name sits (to mask it). */
  nameStart: number;
  nameEnd: number;
}

const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?`;
// An age in words (« trente-cinq ans », « trois ans »), as well as in digits.
const UNITS = 'un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize';
const TENS = 'vingt|trente|quarante|cinquante|soixante|soixante-dix|quatre-vingts?|quatre-vingt-dix';
// A surname after the first name (« Éric Lenoir, 54 ans », « Olivia DURAND »), and a town between the person and the
// age (« Pierre, Paris, 72 ans »): the same person with an age.
const SURNAME = String.raw`(?:\s+(?:de\s+|d['’]|van\s+|le\s+)?\p{Lu}[\p{Ll}\p{M}'’-]+|\s+\p{Lu}{2,}(?:[- ]\p{Lu}{2,})?)?`;
const TOWN = String.raw`(?:\s*,\s*\p{Lu}[\p{Ll}\p{M}'’-]+(?:[- ]\p{Lu}[\p{Ll}\p{M}'’-]+)?(?=\s*,\s*\d))?`;
/** Regex source of an age's number, in digits or in words (« 34 », « trente-cinq »); age-place.ts reads it too. */
export const YEARS = String.raw`(?:\d{1,3}|(?:${TENS})(?:[- ](?:et[- ])?(?:${UNITS}|dix-sept|dix-huit|dix-neuf))?|${UNITS}|dix-sept|dix-huit|dix-neuf)`;
// « a 28 ans », « âgée de 28 ans », « qui a 28 ans », « (28 ans) », « Solène*, 62 ans », « Baptiste 22 ans »,
// « Jocelyne, une retraitée de 70 ans », « Raphaël est un Lorientais de 67 ans », « Odette, qui fête ses 90 ans »
// (round 4), « Agnès, grand-mère de 71 ans » (issue #7: the noun in apposition without its article); not « a 10 ans d'expérience »,
// « a 5 ans de métier ».
const AGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${NAME})${SURNAME}\*?${TOWN}(?:\s*,\s*(?:(?:(?:une?|la|le)\s+(?:jeune\s+)?[\p{L}\p{M}-]+\s+)?qui\s+(?:a\s+f[êe]t[ée]|f[êe]tera|f[êe]te|vient\s+de\s+f[êe]ter|va\s+f[êe]ter|aura)\s+(?:bient[ôo]t\s+|demain\s+|aujourd['’]hui\s+)?(?:ses\s+)?|qui\s+a\s+|[âa]g[ée]e?s?\s+de\s+|(?:(?:une?|la|le)\s+(?:jeune\s+)?[\p{L}\p{M}-]+|\p{Ll}[\p{Ll}\p{M}-]+)(?:\s+[\p{Ll}\p{M}'’-]+){0,2}\s+(?:[âa]g[ée]e?\s+)?de\s+)?|\s+(?:a|avait|aura|vient\s+d['’]avoir|est\s+(?:une?|la|le)\s+(?:jeune\s+)?[\p{L}\p{M}-]+(?:\s+[\p{Ll}\p{M}'’-]+){0,2}\s+(?:[âa]g[ée]e?\s+)?de)\s+|\s*\(\s*|\s+(?=\d{1,3}\s*ans\s*[,–-]?\s*\p{Ll}))(${YEARS})\s*(?:ans|mois)(?![\p{L}])(?!\s+(?:de|d['’])\s*\p{L})(?!\s+(?:plus|moins)\s+t[ôo]t)`,
  'gu',
);
// « Hélène, la cinquantaine », « Roger, septuagénaire »: a first name with its age given as a decade (issue #7).
const DECADE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME})${SURNAME}\*?\s*,\s*(?:(?:une?|la|le)\s+)?(?:jeune\s+)?(?:(?:trent|quarant|cinquant|soixant)aine|trentenaire|quadra|quinqua|(?:quadra|quinqua|sexa|septua|octo|nona)g[ée]naire|centenaire)(?![\p{L}])`, 'gu');
const MAY_DECADE = /aine|naire|quadra|quinqua/u;
// « J., 45 ans »: an initial standing for a person, with an age (not « 5 ans de métier »); after a civility
// (« Mme T., 74 ans ») persons.ts reads it, and X, Y, Z are the usual anonymisation.
const INITIAL_AGE = new RegExp(String.raw`(?<![\p{L}\p{N}.])(?<!(?:M|Mme|Mlle|Mr|Dr|Madame|Monsieur|Mademoiselle)\.?\s{0,3})(?![XYZ]\.)(\p{Lu}\.)\s*(?:,\s*|\(\s*)(${YEARS})\s*ans(?![\p{L}])(?!\s+(?:de|d['’])\s*\p{L})`, 'gu');
// « Je m'appelle Gaspard, j'ai cinquante ans »: a person giving their own name and age.
const OWN_AGE = new RegExp(String.raw`(?:[Jj]e\s+m['’]appelle|[Mm]oi,?\s+c['’]est)\s+(${NAME})${SURNAME}\s*,?\s*(?:et\s+)?j['’]ai\s+${YEARS}\s*ans(?![\p{L}])`, 'gu');
// « Léo, 51 cm et 3,2 kg », « Inès : 3,450 kg »: a newborn's measures.
const MEASURES = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME})\s*[,:(–-]\s*\d{2}(?:[.,]\d)?\s*cm\b|(?<![\p{L}\p{N}])(${NAME})\s*[,:(–-]\s*\d(?:[.,]\d{1,3})?\s*kg\b`, 'gu');
// « Âgée de 58 ans, Julie Roy… », « À 70 ans, Marc Lenoir… »: the age first, then the person (issue #7, real stories).
const AGE_FIRST = new RegExp(String.raw`(?:(?:^|[.!?]\s+|\n\s*)(?:[ÀA]|[ÂA]g[ée]e?s?\s+de)|(?<![\p{L}])(?:une?|la|le)\s+(?:jeune\s+)?(?:femme|homme|fille|gar[çc]on|patiente?|maman|m[èe]re|p[èe]re|[ée]tudiante?|adolescente?|retrait[ée]e?)\s+de)\s+(${YEARS})\s*ans\s*,?\s*(${NAME})`, 'gu');
// « sa maman Mélanie », « son papa Loïck », « son mari Paul »
const RELATIVES = 'maman|papa|m[èe]re|p[èe]re|mari|femme|[ée]pouse|conjointe?|compagne?|fille|fils|s[œo]e?ur|fr[èe]re|grand-m[èe]re|grand-p[èe]re';
// (round 9: the writer's own too, « ma fille Déborah », « notre petit Martin », « mon fils Hugo »: a family telling its child's care)
const RELATIVE = new RegExp(String.raw`(?<![\p{L}])(?:[Ss]a|[Ss]on|[Ll]eur|[Mm]a|[Mm]on|[Nn]otre)\s+(?:petite?\s+)?(?:${RELATIVES}|petite?)\s+(${NAME})(?![\p{L}])`, 'gu');
// A letter's closing: « … avec plaisir ! Pascale de Boitselier », « — Hugo M. ». At the very end of the paragraph.
const SIGNATURE = new RegExp(String.raw`(?:^|[.!?…»"]\s*|[-–—]\s*)(${NAME})((?:\s+(?:(?:de|du|des|d['’]|le|la|van|von)\s*)?\p{Lu}[\p{L}\p{M}'’-]*\.?){0,2})\s*$`, 'u');

// What each family of clues cannot match without (a superset, cheap to compile): the big patterns above are compiled,
// and run, only on texts that hold it. An age: a number, in digits or words, then « ans » or « mois ».
const MAY_AGE = /(?:\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante)\s*(?:ans|mois)/u;
const MAY_MEASURE = /\d\s*(?:cm|kg)/u;
const MAY_RELATIVE = new RegExp(`${RELATIVES}|petit`, 'u');

/** Finds age, measures and relative clues whose first name is in `names` (folded → anything), and initials with an age. */
export function personClues(text: string, names: ReadonlyMap<string, unknown>, fold: (s: string) => string): Clue[] {
  // Asked of one segment by three rules (text-memo.ts); each caller gets its own array.
  return cluesMemo.get(text, [names, fold], () => findClues(text, names, fold)).slice();
}

const cluesMemo = new TextMemo<readonly Clue[]>();

function findClues(text: string, names: ReadonlyMap<string, unknown>, fold: (s: string) => string): Clue[] {
  const out: Clue[] = [];
  const known = (w: string) => names.has(fold(w));
  if (MAY_AGE.test(text)) ages(text, known, out);
  if (MAY_DECADE.test(text)) {
    for (const m of text.matchAll(DECADE)) {
      if (known(m[1]) && !out.some((c) => c.nameStart === m.index)) out.push({ kind: 'age', start: m.index, end: m.index + m[0].length, nameStart: m.index, nameEnd: m.index + m[1].length });
    }
  }
  if (MAY_MEASURE.test(text)) {
    for (const m of text.matchAll(MEASURES)) {
      const name = m[1] ?? m[2];
      if (known(name)) out.push({ kind: 'measures', start: m.index, end: m.index + m[0].length, nameStart: m.index, nameEnd: m.index + name.length });
    }
  }
  if (MAY_RELATIVE.test(text)) {
    for (const m of text.matchAll(RELATIVE)) {
      const at = m.index + m[0].length - m[1].length;
      if (known(m[1])) out.push({ kind: 'relative', start: m.index, end: m.index + m[0].length, nameStart: at, nameEnd: at + m[1].length });
    }
  }
  return out;
}

/** The age clues: a first name with an age, an initial with an age, the age first, a person giving their own. */
function ages(text: string, known: (w: string) => boolean, out: Clue[]): void {
  for (const m of text.matchAll(AGE)) {
    if (known(m[1])) out.push({ kind: 'age', start: m.index, end: m.index + m[0].length, nameStart: m.index, nameEnd: m.index + m[1].length });
  }
  for (const m of text.matchAll(INITIAL_AGE)) {
    if (!out.some((c) => c.start <= m.index && m.index < c.end)) out.push({ kind: 'age', start: m.index, end: m.index + m[0].length, nameStart: m.index, nameEnd: m.index + 2 });
  }
  for (const m of text.matchAll(AGE_FIRST)) {
    const at = m.index + m[0].lastIndexOf(m[2]);
    if (known(m[2]) && !out.some((c) => c.nameStart === at)) out.push({ kind: 'age', start: m.index + (/^[.!?\s]*/u.exec(m[0])?.[0].length ?? 0), end: at + m[2].length, nameStart: at, nameEnd: at + m[2].length });
  }
  for (const m of text.matchAll(OWN_AGE)) {
    const at = m.index + m[0].indexOf(m[1]);
    if (known(m[1])) out.push({ kind: 'age', start: at, end: m.index + m[0].length, nameStart: at, nameEnd: at + m[1].length });
  }
}

/** A signature ending the text: a known first name, optionally a surname or an initial. */
export function signatureAtEnd(text: string, names: ReadonlyMap<string, unknown>, fold: (s: string) => string): Clue | undefined {
  const m = SIGNATURE.exec(text.slice(-80));
  if (!m || !names.has(fold(m[1]))) return undefined;
  const start = text.lastIndexOf(m[1] + m[2]);
  return { kind: 'signature', start, end: start + m[1].length + m[2].length, nameStart: start, nameEnd: start + m[1].length };
}
