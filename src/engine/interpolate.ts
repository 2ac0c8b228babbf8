// Fills {{placeholders}} of a message template (ESLint's interpolate); unknown placeholders stay visible.
// A value quoted from the post is printed on one line: a span may cover a line break (a wrapped sentence, a
// hard break), and a raw line break in a message would split a stylish row, a GitHub annotation or a
// problem-matcher line in two. Every whitespace run holding a line break becomes one space.
const WHITESPACE_RUN = /[\s\u0085]+/gu;
const LINE_BREAK = /[\r\n\u2028\u2029\u0085\v\f]/u;

/** The value on one line: each run of whitespace that holds a line break becomes a single space. */
export function oneLine(value: string): string {
  return value.replace(WHITESPACE_RUN, (run) => (LINE_BREAK.test(run) ? ' ' : run));
}

export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w.-]+)\s*\}\}/gu, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? oneLine(String(data[key])) : whole,
  );
}
