// `<!-- postlint-disable[-line|-next-line] [ids] [-- justification] -->` and `<!-- postlint-enable [ids] -->`,
// ESLint's vocabulary in HTML comments. Only looked for where the caller says comments are (HTML nodes of
// the Markdown tree, whole lines of a text file), so a comment inside code is never a directive.
import type { Directive } from '../types.js';
import type { LineIndex } from './lines.js';

const COMMENT = /<!--([\s\S]*?)-->/g;
const DIRECTIVE = /^postlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;
/** ESLint splits the justification on whitespace, two or more dashes, whitespace. */
const JUSTIFICATION = /\s-{2,}\s/;

/** Every postlint directive among the HTML comments in source[from, to). */
export function findDirectives(source: string, from: number, to: number, lines: LineIndex): Directive[] {
  const slice = source.slice(from, to);
  if (!slice.includes('postlint-')) return [];
  const directives: Directive[] = [];
  for (const match of slice.matchAll(COMMENT)) {
    const start = from + match.index;
    const directive = parseComment(match[1], start, start + match[0].length, lines);
    if (directive) directives.push(directive);
  }
  return directives;
}

/** The directive of a text-file line that is exactly one such comment (surrounding whitespace aside). */
export function directiveLine(source: string, from: number, to: number, lines: LineIndex): Directive | undefined {
  const line = source.slice(from, to);
  const trimmed = line.trim();
  if (!trimmed.startsWith('<!--') || !trimmed.endsWith('-->') || trimmed.indexOf('-->') !== trimmed.length - 3) {
    return undefined;
  }
  const start = from + line.indexOf('<!--');
  return parseComment(trimmed.slice(4, -3), start, start + trimmed.length, lines);
}

function parseComment(body: string, start: number, end: number, lines: LineIndex): Directive | undefined {
  const match = DIRECTIVE.exec(body.trim());
  if (!match) return undefined;
  const [head, ...rest] = ` ${match[2]} `.split(JUSTIFICATION);
  const justification = rest.join(' -- ').replace(/\s+/g, ' ').trim();
  const directive: Directive = {
    kind: match[1] as Directive['kind'],
    // ">" tokens are block-quote markers of a comment written over several quoted lines.
    ruleIds: head.split(/[\s,]+/).filter((id) => id !== '' && id !== '>'),
    start,
    end,
    line: lines.position(start).line,
    endLine: lines.position(end).line,
  };
  if (justification) directive.justification = justification;
  return directive;
}
