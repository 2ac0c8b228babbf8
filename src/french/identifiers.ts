// Finds French machine identifiers in prose (NIR, phone numbers, e-mail addresses) and masks identifiers for
// display, so that a diagnostic can say what it found without ever printing it in clear.

/** Separators people put inside numbers: space, no-break spaces, dot, hyphen. */
const SEP = '[ .\\-\\u00a0\\u202f]?';

export interface Found {
  /** Range in the text searched. */
  start: number;
  end: number;
  /** The text as written. */
  raw: string;
}

export interface FoundNir extends Found {
  /** The 15 characters without separators ("2A"/"2B" kept). */
  compact: string;
  /** Whether the key (last two digits) matches 97 − (number mod 97), Corsica 2A → 19, 2B → 18. */
  validKey: boolean;
}

// sex (1, 2, 7, 8) · year · month · birthplace (2 + 3, or 3 + 2 overseas; 2A/2B Corsica) · order · key
const NIR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[1278]${SEP}\d\d${SEP}\d\d${SEP}(?:(?:\d\d|2[AaBb])${SEP}\d{3}|\d{3}${SEP}\d\d)${SEP}\d{3}(?:${SEP}|\s?\/\s?)\d\d(?![\p{L}\p{N}])`,
  'gu',
);

/** True when the 15-character NIR (separators removed) carries a valid key. */
export function nirKeyIsValid(compact: string): boolean {
  const c = compact.toUpperCase();
  if (!/^[1278]\d{4}(?:\d\d|2A|2B)\d{8}$/u.test(c)) return false;
  const body = c.slice(0, 13).replace(/^(.{5})2A/u, '$119').replace(/^(.{5})2B/u, '$118');
  const key = Number(c.slice(13));
  return 97 - Number(BigInt(body) % 97n) === key;
}

/** How many ASCII digits `text` holds, counting up to `enough` (\d in these patterns is ASCII only). */
export function digitCount(text: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}

export function findNirs(text: string): FoundNir[] {
  if (digitCount(text, 13) < 13) return []; // a NIR has 13 digits or more
  return [...text.matchAll(NIR)].map((m) => {
    const compact = m[0].replace(/[^0-9AaBb]/gu, '');
    return { start: m.index, end: m.index + m[0].length, raw: m[0], compact, validKey: nirKeyIsValid(compact) };
  });
}

export interface FoundPhone extends Found {
  /** National form, digits only: "0639981234". */
  digits: string;
}

// +33 6 39 98 12 34, 0033 (0)6…, 06.39.98.12.34, 0639981234; not inside a longer run of digits.
const PHONE = new RegExp(
  String.raw`(?<![\p{N}+])(?:(?:\+|00)33\s?(?:\(0\)\s?)?|0)[1-9](?:${SEP}\d\d){4}(?![\p{N}])`,
  'gu',
);

/** Digits of a phone number in national form (+33 / 0033 / (0) folded to a leading 0). */
export function phoneDigits(s: string): string {
  const d = s.replace(/\(0\)/gu, '').replace(/\D/gu, '');
  if (d.startsWith('0033')) return '0' + d.slice(4);
  if (s.trim().startsWith('+33') || (d.startsWith('33') && d.length === 11)) return '0' + d.slice(2);
  return d;
}

export function findPhones(text: string): FoundPhone[] {
  if (digitCount(text, 10) < 10) return []; // a phone number has 10 or more
  return [...text.matchAll(PHONE)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0], digits: phoneDigits(m[0]) }));
}

const EMAIL = /(?<![\p{L}\p{N}._%+\-@])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/gu;

export function findEmails(text: string): Found[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0] }));
}

export const MASK = '•';

/** Keeps the first `keepStart` and last `keepEnd` digits or letters, masks the others, keeps separators. */
export function maskDigits(raw: string, keepStart: number, keepEnd: number): string {
  const positions = [...raw].map((ch, i) => (/[\p{N}\p{L}]/u.test(ch) ? i : -1)).filter((i) => i >= 0);
  const keep = new Set([...positions.slice(0, keepStart), ...positions.slice(positions.length - keepEnd)]);
  return [...raw].map((ch, i) => (positions.includes(i) && !keep.has(i) ? MASK : ch)).join('');
}

/** "06 39 98 12 34" → "06 •• •• •• 34"; "+33 6 39 98 12 34" → "+33 6 •• •• •• 34". */
export function maskPhone(raw: string): string {
  const prefix = /^(?:\+|00)33\s?(?:\(0\)\s?)?/u.exec(raw)?.[0] ?? '';
  return prefix + maskDigits(raw.slice(prefix.length), prefix ? 1 : 2, 2);
}

/** "2 61 07 29 238 045 16" → "2 •• •• •• ••• ••• 16" (sex digit and key only). */
export function maskNir(raw: string): string {
  return maskDigits(raw, 1, 2);
}

/** "paul.durand@exemple.fr" → "p•••@exemple.fr" (the domain is the mail provider, not the person). */
export function maskEmail(raw: string): string {
  const at = raw.indexOf('@');
  // The first character, not the first code unit: half of a surrogate pair would print as garbage.
  return [...raw][0] + MASK.repeat(3) + raw.slice(at);
}

/** "Lefèvre" → "L•••", "Le Gall" → "L••• G•••", "Jean-Marc" → "J•••"; initials ("D.") stay initials. */
export function maskName(name: string): string {
  return name
    .split(/[\s\u00a0\u202f]+/u)
    .filter(Boolean)
    .map((w) => (/^\p{L}\.$/u.test(w) ? w : [...w][0] + MASK.repeat(3)))
    .join(' ');
}

/** Keeps the last two digits of a file or room number: "2024-0457" → "••••-••57". */
export function maskNumber(raw: string): string {
  return maskDigits(raw, 0, Math.min(2, Math.max(0, raw.replace(/[^\p{N}\p{L}]/gu, '').length - 1)));
}

const STREET_WORD = /^(?:rue|avenue|av|boulevard|bd|place|allée|allee|chemin|impasse|quai|route|résidence|residence|square|lieu-dit|de|du|des|la|le|les|bis|ter)$/iu;

/** « 12 rue des Lilas, 35000 Rennes » → « •• rue des L•••, ••••• R••• ». */
export function maskAddress(raw: string): string {
  return raw.replace(/\p{N}/gu, MASK).replace(/[\p{L}][\p{L}'’-]*/gu, (w) => (STREET_WORD.test(w) ? w : maskName(w)));
}
