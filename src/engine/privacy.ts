// One masking step for everything postlint prints: whatever a rule quotes, no patient identifier leaves the
// process in clear. Two sources of what to hide:
//  - identifiers recognisable in any text (NIR, phone numbers, e-mails, long digit runs, birth dates): masked
//    wherever they appear, whoever quotes them;
//  - what the document's sensitive rules (meta.sensitive: the patient rule) found in this very document: names,
//    handles, addresses, file numbers, in their written form and, for names, word by word.
import { digitCount, findEmails, findNirs, findPhones, maskDigits, maskEmail, maskName, maskNir, maskPhone, MASK } from '../french/identifiers.js';
import type { LintMessage, LintResult } from '../types.js';

export type Mask = (text: string) => string;

/** A span a sensitive rule reported: its text as written and, when the rule gave one, its masked form. */
export interface SensitiveSpan {
  start: number;
  end: number;
  raw: string;
  masked?: string;
}

// Phone numbers of other countries (+32 470 12 34 56) and any long run of digits with single separators
// (a number in an odd layout, a fragment of a NIR): nine digits or more.
const LONG_NUMBER = /(?<![\p{L}\p{N}])\+?\d(?:[ .\-\u00a0\u202f/]?\d){8,}(?![\p{N}])/gu;
// « né le 12/03/1985 », « née le 3 mars 1985 », « date de naissance : 12.03.85 ».
const BIRTH_DATE =
  /(?<![\p{L}])(?:n[ée]e?s?|naissance|DDN|anniversaire)(?![\p{L}])[^.!?\n]{0,25}?(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}(?:er)?[\s\u00a0]+\p{L}{3,9}\.?[\s\u00a0]+\d{4})/giu;

// Capitalised words of a sensitive span that are not part of a name.
const NOT_NAME = new Set(
  [
    'm', 'mme', 'mlle', 'mr', 'mrs', 'ms', 'madame', 'monsieur', 'mademoiselle', 'dr', 'docteur', 'pr', 'professeur',
    'rue', 'avenue', 'boulevard', 'place', 'allée', 'chemin', 'impasse', 'quai', 'route', 'résidence', 'square', 'chambre',
    'dossier', 'patient', 'patiente', 'le', 'la', 'les', 'de', 'du', 'des', 'et', 'team', 'née', 'né', 'je', 'nous',
  ],
);

/**
 * The last texts masked and their masked form. A file with tens of thousands of problems prints the same few
 * messages and suggestions again and again (200 KB of « -50 % »: 33 333 messages, each citing two articles, so nine
 * digits: each searched for NIRs, phones and long numbers, ~10 % of the run). Masking reads the text alone.
 * Bounded: at most MASKED_TEXTS texts of at most MASKED_TEXT_LENGTH characters (emptied when full).
 */
const maskedTexts = new Map<string, string>();
const MASKED_TEXTS = 1_024;
const MASKED_TEXT_LENGTH = 1_000;

/** Masks the identifiers that are recognisable without context. Idempotent: masked text stays as it is. */
export function maskIdentifiers(text: string): string {
  const kept = maskedTexts.get(text);
  if (kept !== undefined) return kept;
  const out = maskIdentifiersNow(text);
  if (text.length <= MASKED_TEXT_LENGTH) {
    if (maskedTexts.size >= MASKED_TEXTS) maskedTexts.clear();
    maskedTexts.set(text, out);
  }
  return out;
}

function maskIdentifiersNow(text: string): string {
  const digits = digitCount(text, 9);
  const at = text.includes('@');
  if (digits === 0 && !at) return text;
  let out = text;
  // Every message, suggestion and fix text comes here (tens of thousands on a big file): skip the searches that
  // cannot match. A NIR, a phone number and a long number all hold nine digits or more; an e-mail address an @.
  if (digits >= 9) {
    out = replaceSpans(out, findNirs(out), (f) => maskNir(f.raw));
    out = replaceSpans(out, findPhones(out), (f) => maskPhone(f.raw));
  }
  if (at) out = replaceSpans(out, findEmails(out), (f) => maskEmail(f.raw));
  if (digits >= 9) out = out.replace(LONG_NUMBER, (raw) => maskDigits(raw, 0, 2));
  out = out.replace(BIRTH_DATE, (all: string, date: string) => all.slice(0, all.length - date.length) + date.replace(/[\p{L}\p{N}]/gu, MASK));
  return out;
}

/** Replaces sorted spans of `text` by `mask(span)`; a span overlapping one already replaced is left out. */
function replaceSpans<F extends { start: number; end: number }>(text: string, spans: readonly F[], mask: (span: F) => string): string {
  let out = '';
  let from = 0;
  for (const span of spans) {
    if (span.start < from) continue;
    out += text.slice(from, span.start) + mask(span);
    from = span.end;
  }
  return out + text.slice(from);
}

/** A masked form for a span no rule masked itself: first letter of each word, last two digits. */
function genericMask(raw: string): string {
  return raw.replace(/[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu, (word) => (/\p{N}/u.test(word) ? maskDigits(word, 0, 2) : maskName(word)));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Matches `raw` as written, whatever whitespace (line breaks included) stands between its words. */
function flexible(raw: string): string {
  return raw.trim().split(/\s+/u).map(escape).join('\\s+');
}

/**
 * The words of a span that are a name. When the rule masked the span itself, exactly the words it masked
 * (« Bébé Maël » → « Bébé M••• »: Maël, not Bébé); otherwise its capitalised words that are not titles.
 */
function nameWords(raw: string, masked: string | undefined): string[] {
  const words = raw.split(/[\s\u00a0\u202f]+/u).filter(Boolean);
  const shown = masked?.split(/[\s\u00a0\u202f]+/u).filter(Boolean);
  if (shown && shown.length === words.length) {
    return words.filter((w, i) => shown[i].includes(MASK) && /^\p{L}[\p{L}'’\-]+$/u.test(w.replace(/[,.;:!?)]+$/u, ''))).map((w) => w.replace(/[,.;:!?)]+$/u, ''));
  }
  return (raw.match(/\p{Lu}[\p{L}'’\-]+/gu) ?? []).filter((w) => !NOT_NAME.has(w.toLowerCase()));
}

/**
 * The mask for one document: context-free identifiers plus everything its sensitive rules found, each span
 * masked as a whole and, for the words of a name, word by word (a message may quote « Martine » alone).
 */
export function documentMask(spans: readonly SensitiveSpan[]): Mask {
  const replacements = new Map<string, string>();
  for (const span of spans) {
    const raw = span.raw.trim();
    if (raw.length < 2) continue;
    replacements.set(raw, span.masked?.includes(MASK) ? span.masked : genericMask(raw));
    for (const word of nameWords(raw, span.masked)) {
      replacements.set(word, maskName(word));
      replacements.set(word.toUpperCase(), maskName(word.toUpperCase()));
    }
  }
  if (replacements.size === 0) return maskIdentifiers;
  // Longest first, so that « Martine Lefèvre » is replaced whole before « Martine » alone.
  const keys = [...replacements.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(flexible).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const lookup = new Map([...replacements].map(([k, v]) => [k.replace(/\s+/gu, ' '), v]));
  const names = keys.filter((k) => !/\s/u.test(k) && /^\p{L}/u.test(k)).map((k) => k.toLowerCase());
  // An excerpt cut inside a name (« Martine Lef… ») still shows its start: a cut word that begins a name is masked.
  const cut = (word: string) => word.length >= 2 && names.some((n) => n.length > word.length && n.startsWith(word.toLowerCase()));
  return (text) =>
    maskIdentifiers(
      text
        .replace(pattern, (hit) => lookup.get(hit.replace(/\s+/gu, ' ')) ?? genericMask(hit))
        .replace(/(?<![\p{L}\p{N}])(\p{L}[\p{L}'’\-]*)(?=…|\.\.\.)/gu, (word) => (cut(word) ? maskName(word) : word)),
    );
}

/** The message with every text a person or a tool will read (message, suggestions, fix texts) masked. */
export function maskMessage(message: LintMessage, mask: Mask): LintMessage {
  const out: LintMessage = { ...message, message: mask(message.message) };
  if (message.fix) out.fix = { range: message.fix.range, text: mask(message.fix.text) };
  if (message.suggestions) {
    out.suggestions = message.suggestions.map((s) => ({ ...s, desc: mask(s.desc), fix: { range: s.fix.range, text: mask(s.fix.text) } }));
  }
  return out;
}

/** Replaces the sensitive spans of `source` by their masked forms (for --fix-dry-run's output). */
export function maskSpans(source: string, spans: readonly SensitiveSpan[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  return replaceSpans(source, sorted, (span) => (span.masked?.includes(MASK) ? span.masked : genericMask(span.raw)));
}

/** A whole result masked: messages and suppressed messages (a formatter may print either). */
export function maskResult(result: LintResult, mask: Mask): LintResult {
  return {
    ...result,
    messages: result.messages.map((m) => maskMessage(m, mask)),
    suppressedMessages: result.suppressedMessages?.map((m) => maskMessage(m, mask)),
  };
}
