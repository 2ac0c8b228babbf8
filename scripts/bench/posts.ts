// The benchmark's generated posts: ~70 % Markdown (headings, lists, links, images, emphasis, hashtags, emoji,
// soft line breaks), ~30 % plain text, 300–1 500 characters (code points), ~30 % carrying one or two violations.
// Each post has its own seed ("<corpus seed>:<index>"), so a post does not depend on the ones before it.
import { createRng, type Rng } from './prng.js';
import { CLEAN, EMOJI, HASHTAGS, LINK_TEXTS, LIST_ITEMS, SLUGS, TITLES, VIOLATIONS, VIOLATION_KINDS } from './phrases.js';

export const MIN_CHARS = 300;
export const MAX_CHARS = 1500;
export const MARKDOWN_SHARE = 0.7;
export const VIOLATION_SHARE = 0.3;

export interface Post {
  /** File name inside its corpus folder: zero-padded index, .md or .txt. */
  name: string;
  text: string;
  markdown: boolean;
  /** The violation kinds written into the post (empty for a clean one). */
  violations: string[];
}

/** Length in characters as a reader counts them (code points, not UTF-16 units). */
export const charLength = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

/** Wraps one to three words of a sentence in *, ** or _ (never across punctuation-only tokens). */
function emphasise(r: Rng, sentence: string): string {
  const words = sentence.split(' ');
  if (words.length < 5) return sentence;
  const start = r.int(1, words.length - 4);
  const span = words.slice(start, start + r.int(1, 3));
  if (span.some((w) => !/^[\p{L}\p{N}’'-]+$/u.test(w))) return sentence;
  const mark = r.pick(['*', '**', '_', '**']);
  return [...words.slice(0, start), `${mark}${span.join(' ')}${mark}`, ...words.slice(start + span.length)].join(' ');
}

/** Sentences joined into one paragraph, sometimes with line breaks inside it as drafts often have. */
function paragraph(r: Rng, sentences: string[]): string {
  return sentences.map((s, i) => (i === 0 ? s : (r.chance(0.2) ? '\n' : ' ') + s)).join('');
}

function sentences(r: Rng, count: number, markdown: boolean): string[] {
  return Array.from({ length: count }, () => {
    const s = r.pick(CLEAN)(r);
    return markdown && r.chance(0.25) ? emphasise(r, s) : s;
  });
}

const hashtagLine = (r: Rng): string =>
  Array.from({ length: r.int(2, 5) }, () => r.pick(HASHTAGS)).join(' ') + (r.chance(0.5) ? ` ${r.pick(EMOJI)}` : '');

/** One block of a Markdown post (paragraph, list, link, image, quote) — headings are placed by the caller. */
function markdownBlock(r: Rng): string {
  const kind = r.next();
  if (kind < 0.5) return paragraph(r, sentences(r, r.int(1, 3), true));
  if (kind < 0.68) {
    const ordered = r.chance(0.3);
    return Array.from({ length: r.int(2, 5) }, (_, i) => `${ordered ? `${i + 1}.` : r.pick(['-', '*'])} ${r.pick(LIST_ITEMS)}${r.chance(0.2) ? ` ${r.pick(EMOJI)}` : ''}`).join('\n');
  }
  if (kind < 0.8) return `${r.pick(CLEAN)(r)} Plus d’informations sur [${r.pick(LINK_TEXTS)}](https://www.exemple-sante.fr/${r.pick(SLUGS)}).`;
  if (kind < 0.9) return `![${r.pick(TITLES)}](images/${r.pick(SLUGS)}-${r.int(1, 40)}.jpg)`;
  return `> ${r.pick(CLEAN)(r)}`;
}

/** One block of a plain-text post: paragraphs, emoji bullets, bare links. */
function textBlock(r: Rng): string {
  const kind = r.next();
  if (kind < 0.7) return paragraph(r, sentences(r, r.int(1, 3), false));
  if (kind < 0.85) return Array.from({ length: r.int(2, 4) }, () => `${r.pick(['•', '✅', '👉'])} ${r.pick(LIST_ITEMS)}`).join('\n');
  return `${r.pick(CLEAN)(r)} Infos : https://cabinet-exemple.fr/${r.pick(SLUGS)}`;
}

/** Target length: skewed towards longer posts so that the 10 000 posts weigh ~10.6 MB. */
const targetLength = (r: Rng): number => MIN_CHARS + Math.floor((MAX_CHARS - MIN_CHARS) * r.next() ** 0.97);

export function generatePost(seed: string, index: number): Post {
  const r = createRng(`${seed}:${index}`);
  const markdown = r.chance(MARKDOWN_SHARE);
  const violations = r.chance(VIOLATION_SHARE) ? (r.chance(0.65) ? [r.pick(VIOLATION_KINDS)] : [r.pick(VIOLATION_KINDS), r.pick(VIOLATION_KINDS)]) : [];
  const target = targetLength(r);
  const blocks: string[] = [];
  if (markdown && r.chance(0.6)) blocks.push(`${r.pick(['#', '##', '##', '###'])} ${r.pick(TITLES)}`);
  // The violations sit in their own paragraph, with a neutral sentence around them as in a real draft.
  const pending = violations.map((kind) => paragraph(r, [...(r.chance(0.5) ? sentences(r, 1, markdown) : []), r.pick(VIOLATIONS[kind])(r)]));
  // Room is kept for the pending violations, so that a post always carries the ones its metadata lists.
  let reserved = pending.reduce((n, block) => n + 2 + charLength(block), 0);
  let length = charLength(blocks.join('\n\n'));
  const room = (block: string, extra: number): boolean => length + 2 + charLength(block) + extra < MAX_CHARS;
  while (length < target || pending.length > 0) {
    if (pending.length > 0 && (r.chance(0.5) || length >= target)) {
      const block = pending.shift()!;
      reserved -= 2 + charLength(block);
      blocks.push(block);
      length += (blocks.length > 1 ? 2 : 0) + charLength(block);
    } else {
      let block = markdown ? markdownBlock(r) : textBlock(r);
      for (let tries = 0; !room(block, reserved) && tries < 8; tries++) block = r.pick(CLEAN)(r);
      if (!room(block, reserved)) {
        if (pending.length === 0) break;
        continue;
      }
      blocks.push(block);
      length += (blocks.length > 1 ? 2 : 0) + charLength(block);
    }
  }
  if (r.chance(markdown ? 0.55 : 0.35)) {
    const tags = hashtagLine(r);
    if (room(tags, 0)) blocks.push(tags);
  }
  return { name: `${String(index).padStart(5, '0')}.${markdown ? 'md' : 'txt'}`, text: blocks.join('\n\n') + '\n', markdown, violations };
}

export function generateCorpus(seed: string, count: number): Post[] {
  return Array.from({ length: count }, (_, i) => generatePost(seed, i));
}
