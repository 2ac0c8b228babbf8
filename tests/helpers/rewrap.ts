// Re-wraps a post at a given width the way an editor's "reflow paragraph" would, to check that postlint gives
// the same answer however the text is wrapped. Only the lines of ordinary paragraphs are re-flowed; everything
// whose line structure means something is copied as it is: front matter, headings, code (fenced or indented),
// HTML and postlint directives (and the paragraph a directive addresses by line), tables, definitions,
// setext headings. Blockquote markers are kept on every line, list items keep their marker and get their
// continuation lines indented under their text, and hard breaks (two trailing spaces, a trailing backslash,
// a trailing <br>) stay where they are. Lines are broken at spaces only, never inside a word, and never before
// a word that would start a block (« - », « # », « > », « 1. »…) where it landed at the start of a line.

export type WrapFormat = 'markdown' | 'text';

const FENCE = /^(\s*(?:>\s*)*)(`{3,}|~{3,})/u;
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s|$)/u;
const THEMATIC_OR_SETEXT = /^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*|-+[ \t]*)$/u;
const DEFINITION = /^ {0,3}\[[^\]]+\]:/u;
const HTML_START = /^ {0,3}</u;
const BLOCKQUOTE = /^(?: {0,3}>[ \t]?)+/u;
const MD_LIST_ITEM = /^( {0,3})([-+*]|\d{1,9}[.)])([ \t]+)(?=\S)/u;
/** Plain text: what an author types to start an item (the parser keeps these line breaks too). */
const TEXT_LIST_ITEM = /^([ \t]*)([-+*•▪◦‣⁃–—]|\d{1,3}[.)])([ \t]+)(?=\S)/u;
const HARD_BREAK = /(?: {2,}|\\|<br\s*\/?>)$/iu;
/** A word that could open a block (or a list item) if it started a line: never wrapped to a line start. */
const BLOCK_OPENER = /^(?:[-+*=_#>|<`~•▪◦‣⁃–—]|\d{1,9}[.)]$)/u;

interface Line {
  text: string;
  eol: string;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\n|\r/gu;
  let from = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    lines.push({ text: source.slice(from, m.index), eol: m[0] });
    from = m.index + m[0].length;
  }
  lines.push({ text: source.slice(from), eol: '' });
  return lines;
}

const width = (s: string) => Array.from(s).length;
const blank = (s: string) => /^[ \t]*$/u.test(s);

/**
 * Greedy fill of `words` into lines no longer than `max` (a longer word stands alone): the first line after
 * `first`, the others after `next`. A word that would open a block is kept on the line before it.
 */
export function fill(words: string[], max: number, first: string, next: string): string[] {
  const out: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    if (empty) {
      line += word;
      empty = false;
    } else if (width(line) + 1 + width(word) <= max || BLOCK_OPENER.test(word)) {
      line += ' ' + word;
    } else {
      out.push(line);
      line = next + word;
    }
  }
  out.push(line);
  return out;
}

interface Paragraph {
  /** Container prefix of the first line (blockquote markers, list marker) and of the continuation lines. */
  first: string;
  next: string;
  /** Contents of the lines, prefixes removed. */
  contents: string[];
  eols: string[];
}

/** Re-flows one paragraph; with `hardBreaks`, a line ending in a hard break stays a line end. */
function reflow(p: Paragraph, max: number, hardBreaks: boolean): Line[] {
  const out: Line[] = [];
  const eol = p.eols.find((e) => e !== '') ?? '\n';
  let words: string[] = [];
  let prefix = p.first;
  p.contents.forEach((content, i) => {
    const last = i === p.contents.length - 1;
    const hard = hardBreaks && !last ? HARD_BREAK.exec(content) : null;
    // Trailing spaces are kept as two spaces; a backslash or <br> stays glued to the last word (or is one).
    const marker = hard?.[0].startsWith(' ') ? '  ' : '';
    words.push(...content.split(/[ \t]+/u).filter(Boolean));
    if (!hard && !last) return;
    const lines = fill(words, max, prefix, p.next);
    lines[lines.length - 1] += marker;
    lines.forEach((text, k) => out.push({ text, eol: k === lines.length - 1 ? p.eols[i] : eol }));
    words = [];
    prefix = p.next;
  });
  return out;
}

/** Front matter, as the parser reads it ("---" on the first line, closed by "---" or "..."): copied as is. */
function keepFrontMatter(lines: Line[], out: Line[]): number {
  if (lines[0]?.text.trim() !== '---') return 0;
  const close = lines.findIndex((l, k) => k > 0 && /^(?:---|\.\.\.)[ \t]*$/u.test(l.text));
  if (close <= 0) return 0;
  out.push(...lines.slice(0, close + 1));
  return close + 1;
}

/** Markdown: which lines are paragraph text, with their container prefixes. */
function rewrapMarkdown(lines: Line[], max: number): Line[] {
  const out: Line[] = [];
  let i = keepFrontMatter(lines, out);
  let verbatimNext = false; // the paragraph after a postlint directive is addressed by line: kept as is
  while (i < lines.length) {
    const line = lines[i];
    const fence = FENCE.exec(line.text);
    if (fence) {
      const marker = fence[2];
      let k = i + 1;
      while (k < lines.length && !new RegExp(`^\\s*(?:>\\s*)*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`, 'u').test(lines[k].text)) k++;
      out.push(...lines.slice(i, Math.min(k + 1, lines.length)));
      i = k + 1;
      continue;
    }
    if (line.text.includes('<!--')) {
      // An HTML comment (a directive or a note) up to its end, then the block it may address.
      let k = i;
      while (k < lines.length && !lines[k].text.includes('-->')) k++;
      out.push(...lines.slice(i, Math.min(k + 1, lines.length)));
      verbatimNext = /postlint-/u.test(lines.slice(i, k + 1).map((l) => l.text).join('\n'));
      i = k + 1;
      continue;
    }
    if (HTML_START.test(line.text)) {
      // An HTML block runs to the next blank line.
      while (i < lines.length && !blank(lines[i].text)) out.push(lines[i++]);
      continue;
    }
    if (blank(line.text) || ATX_HEADING.test(line.text) || THEMATIC_OR_SETEXT.test(line.text) || DEFINITION.test(line.text) || /^(?: {4}|\t)/u.test(line.text)) {
      if (!blank(line.text)) verbatimNext = false;
      out.push(line);
      i++;
      continue;
    }
    // A paragraph: its first line gives the container (blockquote markers and/or a list marker).
    const quote = BLOCKQUOTE.exec(line.text)?.[0] ?? '';
    const afterQuote = line.text.slice(quote.length);
    const item = MD_LIST_ITEM.exec(afterQuote);
    // Without a marker, the line's indentation says which list item it continues: kept on every line.
    const lead = item?.[0] ?? (/^[ \t]*/u.exec(afterQuote)?.[0] ?? '');
    const first = quote + lead;
    const next = quote.replace(/[ \t]*$/u, quote ? ' ' : '') + ' '.repeat(width(lead.replace(/\t/gu, '    ')));
    const p: Paragraph = { first, next, contents: [afterQuote.slice(lead.length)], eols: [line.eol] };
    let k = i + 1;
    let plain = !line.text.includes('|');
    for (; k < lines.length; k++) {
      const l = lines[k].text;
      const q = BLOCKQUOTE.exec(l)?.[0] ?? '';
      if (q.replace(/\s/gu, '') !== quote.replace(/\s/gu, '')) break; // another container (or a lazy line)
      const rest = l.slice(q.length);
      if (blank(rest) || ATX_HEADING.test(rest) || FENCE.test(rest) || HTML_START.test(rest) || MD_LIST_ITEM.test(rest)) break;
      if (rest.includes('<!--')) break;
      if (THEMATIC_OR_SETEXT.test(rest)) {
        plain = false; // "text⏎---" is a setext heading (or a paragraph then a rule): keep it as written
        break;
      }
      if (l.includes('|')) plain = false;
      p.contents.push(rest.trimStart());
      p.eols.push(lines[k].eol);
    }
    if (plain && !verbatimNext) out.push(...reflow(p, max, true));
    else out.push(...lines.slice(i, k));
    verbatimNext = false;
    i = k;
  }
  return out;
}

/** Plain text: paragraphs between blank lines; a line that starts an item or holds a directive stays a line start. */
function rewrapText(lines: Line[], max: number): Line[] {
  const out: Line[] = [];
  let i = keepFrontMatter(lines, out);
  let verbatimNext = false;
  while (i < lines.length) {
    const line = lines[i];
    if (blank(line.text)) {
      out.push(line);
      i++;
      continue;
    }
    if (line.text.includes('<!--')) {
      out.push(line);
      verbatimNext = /postlint-/u.test(line.text);
      i++;
      continue;
    }
    const item = TEXT_LIST_ITEM.exec(line.text);
    const lead = item ? item[0] : (/^[ \t]*/u.exec(line.text)?.[0] ?? '');
    const p: Paragraph = { first: lead, next: item ? ' '.repeat(width(item[0])) : '', contents: [line.text.slice(lead.length)], eols: [line.eol] };
    let k = i + 1;
    for (; k < lines.length; k++) {
      const l = lines[k].text;
      if (blank(l) || l.includes('<!--') || TEXT_LIST_ITEM.test(l)) break;
      p.contents.push(l.trimStart());
      p.eols.push(lines[k].eol);
    }
    // Plain text has no hard-break syntax: trailing spaces or a backslash are just text there.
    if (verbatimNext) out.push(...lines.slice(i, k));
    else out.push(...reflow(p, max, false));
    verbatimNext = false;
    i = k;
  }
  return out;
}

/** The post re-wrapped at `max` columns (BOM and line endings kept). */
export function rewrap(source: string, max: number, format: WrapFormat): string {
  const bom = source.startsWith('\uFEFF') ? '\uFEFF' : '';
  const lines = splitLines(source.slice(bom.length));
  const out = format === 'markdown' ? rewrapMarkdown(lines, max) : rewrapText(lines, max);
  return bom + out.map((l) => l.text + l.eol).join('');
}
