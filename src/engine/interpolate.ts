// Fills {{placeholders}} of a message template (ESLint's interpolate); unknown placeholders stay visible.
// A value quoted from the post is printed on one line: a span may cover a line break (a wrapped sentence, a
// hard break), and a raw line break in a message would split a stylish row, a GitHub annotation or a
// problem-matcher line in two. Every whitespace run holding a line break becomes one space.
const WHITESPACE_RUN = /[\s\u0085]+/gu;
const LINE_BREAK = /[\r\n\u2028\u2029\u0085\v\f]/u;

/** The value on one line: each run of whitespace that holds a line break becomes a single space. */
export function oneLine(value: string): string {
  // Without a line break every run stays as it is: the value is its own one-line form (most values; a file with
  // tens of thousands of problems interpolates each of their messages and suggestions).
  if (!LINE_BREAK.test(value)) return value;
  return value.replace(WHITESPACE_RUN, (run) => (LINE_BREAK.test(run) ? ' ' : run));
}

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/gu;
/** A template cut at its placeholders: text, then [key, placeholder as written], alternately; text last. */
type Pieces = (string | readonly [string, string])[];
/** Templates already cut (the rules' messages: a few hundred at most; bounded all the same). */
const cutTemplates = new Map<string, Pieces>();

function piecesOf(template: string): Pieces {
  let pieces = cutTemplates.get(template);
  if (pieces) return pieces;
  pieces = [];
  let from = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    pieces.push(template.slice(from, m.index), [m[1], m[0]]);
    from = m.index + m[0].length;
  }
  pieces.push(template.slice(from));
  if (cutTemplates.size < 2_000) cutTemplates.set(template, pieces);
  return pieces;
}

/**
 * The template with each placeholder replaced, as `template.replace(PLACEHOLDER, …)` would, from the template cut
 * once: tens of thousands of problems (200 KB of « -50 % ») re-read the same few templates.
 */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  let out = '';
  for (const piece of piecesOf(template)) {
    if (typeof piece === 'string') out += piece;
    else out += Object.prototype.hasOwnProperty.call(data, piece[0]) ? oneLine(String(data[piece[0]])) : piece[1];
  }
  return out;
}
