// Big Markdown sources are parsed in chunks (src/document/chunks.ts): the result must be what a parse of the
// whole would give, and a 2 MB file (1 MB unless POSTLINT_CI_TESTS=1) must parse in seconds, not minutes.
import { describe, expect, it } from 'vitest';
import { CHUNK_TARGET, CHUNK_THRESHOLD, parseDocument, streamDocument } from '../src/document/index.js';
import { splitMarkdown } from '../src/document/chunks.js';
import { lineIndex } from '../src/document/lines.js';
import { parseMarkdown } from '../src/document/markdown.js';
import { expectFaithfulOffsets } from './fixtures-document/helpers.js';
import { CI_TESTS } from './helpers/tiers.js';

/** Block k of a generated document; "marker<k>" is a unique word in each prose block. */
function block(k: number): string {
  switch (k % 8) {
    case 0:
      return `## Titre marker${k}\n\nLe cabinet du docteur Martin est *ouvert* du lundi au vendredi, [voir](https://x.fr/${k}).\n`;
    case 1:
      return `- point marker${k}\n- second point avec **gras**\n  et suite\n`;
    case 2:
      return '```\ncode' + k + ' secret\n\n\nencore du code\n```\n';
    case 3:
      return `> citation marker${k}\n> sur deux lignes &amp; entité\n`;
    case 4:
      return `<!--\ncommentaire${k} secret\n\nsur plusieurs lignes\n-->\n`;
    case 5:
      return `<!-- postlint-disable-next-line rule-${k} -->\nParagraphe marker${k} avec \`code\` et ![image ${k}](img${k}.png) et https://ameli.fr/${k}.\n`;
    case 6:
      return '~~~~md\n~~~\nsecret' + k + '\n\n~~~\n~~~~\n';
    default:
      return `Texte marker${k} du post\u00a0: 30\u202f€, [lien][r${k}] 😀\n\n[r${k}]: https://has-sante.fr/${k}\n`;
  }
}

/** Mostly plain prose, as posts are: remark reads it at its usual speed. */
function lightBlock(k: number): string {
  if ([2, 4, 5, 7].includes(k % 8)) return block(k);
  return `Paragraphe marker${k} : le cabinet sera fermé du 1er au 15 août ; en cas d’urgence, appelez le 15 ou rendez-vous aux urgences les plus proches. La vaccination contre la grippe reprendra à la rentrée, sur rendez-vous.\n`;
}

function generate(size: number, make = block): { source: string; blocks: number } {
  const parts = ['---\ntitle: gros\n\nprofession: medecin\n---\n\n'];
  let length = parts[0].length;
  let k = 0;
  while (length < size) {
    const text = make(k++) + '\n';
    parts.push(text);
    length += text.length;
  }
  return { source: parts.join(''), blocks: k };
}

const comparable = (segments: ReturnType<typeof parseDocument>['segments']) =>
  segments.map(({ kind, text, starts, end, links, depth, block }) => ({ kind, text, starts, end, links, depth, block }));

describe('splitMarkdown', () => {
  it('keeps a source up to the threshold whole', () => {
    expect(splitMarkdown('a'.repeat(CHUNK_THRESHOLD))).toEqual([{ start: 0, end: CHUNK_THRESHOLD }]);
  });

  it('cuts a big source into contiguous chunks before an unindented line after a blank line', () => {
    const { source } = generate(600_000);
    const chunks = splitMarkdown(source);
    expect(chunks.length).toBeGreaterThan(8);
    expect(chunks[0].start).toBe(0);
    expect(chunks[chunks.length - 1].end).toBe(source.length);
    chunks.forEach((chunk, index) => {
      if (index > 0) {
        expect(chunk.start).toBe(chunks[index - 1].end);
        expect(source.slice(chunk.start - 2, chunk.start)).toBe('\n\n');
        expect(source[chunk.start]).toMatch(/\S/);
      }
      expect(chunk.end - chunk.start).toBeLessThan(CHUNK_TARGET + 2_000);
      // Fences open and close within a chunk.
      const text = source.slice(chunk.start, chunk.end);
      expect((text.match(/^```/gm) ?? []).length % 2).toBe(0);
      expect(text.split('<!--').length).toBe(text.split('-->').length);
    });
  });

  it('never cuts inside front matter, a fence or an HTML comment', () => {
    const filler = 'Paragraphe de remplissage.\n\n'.repeat(2_000); // about 56 KB
    const frontMatter = `---\n${'a: 1\n\n'.repeat(12_000)}---\n\n`; // front matter with blank lines, 72 KB
    const fence = '```\n' + 'code\n\n'.repeat(12_000) + '```\n\n';
    const comment = '<!--\n' + 'commentaire\n\n'.repeat(6_000) + '-->\n\n';
    const source = frontMatter + filler + fence + filler + comment + filler;
    const cuts = splitMarkdown(source).map((chunk) => chunk.start).slice(1);
    const inside = (from: number, length: number) => cuts.some((cut) => cut > from && cut < from + length);
    expect(inside(0, frontMatter.length)).toBe(false);
    expect(inside(source.indexOf('```'), fence.length - 2)).toBe(false);
    expect(inside(source.indexOf('<!--'), comment.length - 2)).toBe(false);
    expect(cuts.length).toBeGreaterThan(2);
  });

  it('falls back to any line in a huge paragraph, and keeps an unclosed fence in one piece', () => {
    const paragraph = 'Ligne de texte sans ligne vide.\n'.repeat(20_000); // 640 KB
    const paragraphChunks = splitMarkdown(paragraph);
    expect(paragraphChunks.length).toBeGreaterThan(1);
    const unclosed = '```\n' + 'code\n\n'.repeat(30_000);
    expect(splitMarkdown(unclosed)).toHaveLength(1);
  });
});

describe('chunked parsing', () => {
  it('gives what a parse of the whole source gives', () => {
    const { source } = generate(210_000);
    const chunked = parseDocument(source, 'big.md');
    const whole = parseMarkdown(source, lineIndex(source), Infinity);
    expect(splitMarkdown(source).length).toBeGreaterThan(3);
    expect(comparable(chunked.segments)).toEqual(comparable(whole.segments));
    expect(chunked.directives).toEqual(whole.directives);
    expect(chunked.frontMatter).toEqual(whole.frontMatter);
  }, 60_000);

  it('resolves a reference to a definition written chunks later, at the definition\'s own offsets', () => {
    const { source: middle } = generate(300_000, lightBlock);
    const source = `Voir [les recommandations][loin] et [celles-ci][proche].\n\n[proche]: https://ameli.fr/proche\n\n${middle}\n[loin]: https://has-sante.fr/loin "HAS"\n\n[loin]: https://ailleurs.fr/second\n`;
    const chunks = splitMarkdown(source);
    expect(chunks.length).toBeGreaterThan(4);
    const chunked = parseDocument(source, 'big.md');
    const whole = parseMarkdown(source, lineIndex(source), Infinity);
    const first = chunked.segments[0];
    // In source order of their URLs; the first definition of « loin » wins.
    expect(first.links.map((l) => [l.url, source.slice(l.start, l.end)])).toEqual([
      ['https://ameli.fr/proche', 'https://ameli.fr/proche'],
      ['https://has-sante.fr/loin', 'https://has-sante.fr/loin'],
    ]);
    expect(comparable(chunked.segments)).toEqual(comparable(whole.segments));
  }, 60_000);

  it('parses a big source only as its segments are read', () => {
    const { source } = generate(400_000, lightBlock);
    const { document, segments } = streamDocument(`${source}\n<!-- postlint-disable-next-line no-comparison -->\nFin.\n`, 'big.md');
    const before = document.directives.length;
    expect(document.frontMatter).toEqual({ title: 'gros', profession: 'medecin' });
    expect(document.language.code).toBe('fra');
    expect(document.segments).toEqual([]);
    const read = [...segments];
    // The last directive only exists once the last chunk has been read.
    expect(document.directives.length).toBeGreaterThan(before);
    expect(document.directives.at(-1)!.ruleIds).toEqual(['no-comparison']);
    expect(comparable(read)).toEqual(comparable(parseDocument(`${source}\n<!-- postlint-disable-next-line no-comparison -->\nFin.\n`, 'big.md').segments));
  }, 60_000);

  // 2 MB in CI (POSTLINT_CI_TESTS=1), 1 MB otherwise: ten times the chunking threshold either way.
  const size = CI_TESTS ? 2_000_000 : 1_000_000;
  it(`parses a ${size / 1e6} MB file with exact positions`, () => {
    const { source, blocks } = generate(size, lightBlock);
    const document = parseDocument(source, 'big.md');
    expect(document.frontMatter).toEqual({ title: 'gros', profession: 'medecin' });

    const prose = document.segments.map((segment) => segment.text).join('\n');
    expect(prose).not.toMatch(/secret|commentaire/); // code and comments stay out
    const index = lineIndex(source);
    for (const k of [0, 1, 3, 5, 7, Math.floor(blocks / 2) - (Math.floor(blocks / 2) % 8) + 3, blocks - 1 - ((blocks - 1) % 8)]) {
      const word = new RegExp(`marker${k}(?!\\d)`);
      const segment = document.segments.find((s) => word.test(s.text));
      expect(segment, String(word)).toBeDefined();
      const offset = segment!.starts[segment!.text.search(word)];
      expect(source.slice(offset).search(word)).toBe(0);
      expect(document.position(offset)).toEqual(index.position(source.search(word)));
    }
    // Every directive, one per "case 5" block, with its line.
    const expectedDirectives = Array.from({ length: blocks }, (_, k) => k).filter((k) => k % 8 === 5);
    expect(document.directives.map((d) => d.ruleIds[0])).toEqual(expectedDirectives.map((k) => `rule-${k}`));
    const last = document.directives[document.directives.length - 1];
    expect(last.line).toBe(index.position(source.lastIndexOf('<!-- postlint-disable-next-line')).line);
    // Reference links resolve across chunks.
    const lastReference = document.segments.filter((s) => s.text.startsWith('Texte marker')).at(-1)!;
    expect(lastReference.links[0].url).toMatch(/^https:\/\/has-sante\.fr\/\d+$/);
    expectFaithfulOffsets(document);
  }, 120_000);
});
