// Front matter in plain-text posts (.txt, stdin): read as in Markdown, never read as prose, offsets exact.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document/index.js';
import { textFrontMatter } from '../src/document/front-matter.js';
import { expectFaithfulOffsets, texts, wordPosition } from './fixtures-document/helpers.js';

const txt = (source: string) => parseDocument(source, 'post.txt');
/** Segment texts with line breaks as spaces (a soft break inside a paragraph may be either). */
const prose = (source: string) => texts(txt(source)).map((t) => t.replace(/\s+/g, ' '));

describe('plain text: front matter', () => {
  it('reads profession, platform and langue; the block is not prose', () => {
    const document = txt('---\nprofession: infirmier\nplatform: instagram\nlangue: fr-FR\n---\n\nBonjour à tous.\n\nSuite.');
    expect(document.frontMatter).toEqual({ profession: 'infirmier', platform: 'instagram', langue: 'fr-FR' });
    expect(document.frontMatterError).toBeUndefined();
    expect(texts(document)).toEqual(['Bonjour à tous.', 'Suite.']);
    expect(wordPosition(document, 'Bonjour')).toEqual({ line: 7, column: 1 });
    expect(wordPosition(document, 'Suite')).toEqual({ line: 9, column: 1 });
    expectFaithfulOffsets(document);
  });

  it('keeps exact positions with a BOM and CRLF, and prose right after the closing fence', () => {
    const document = txt('\ufeff---\r\n# réglages\r\nprofession: sage-femme\r\n---\r\nTexte collé.\r\n');
    expect(document.frontMatter).toEqual({ profession: 'sage-femme' });
    expect(texts(document)).toEqual(['Texte collé.']);
    expect(wordPosition(document, 'collé')).toEqual({ line: 5, column: 7 });
    expectFaithfulOffsets(document);
  });

  it('is parsed from stdin (no file name) as well', () => {
    expect(parseDocument('---\nprofession: pharmacien\n---\nTexte.', '<text>').frontMatter).toEqual({ profession: 'pharmacien' });
  });

  it('reports bad YAML below a key line with the block’s offsets, and does not read it as prose', () => {
    const source = '---\nprofession: [infirmier\n---\n\nTexte.';
    const document = txt(source);
    expect(document.frontMatter).toEqual({});
    expect(document.frontMatterError).toMatchObject({ start: 0, end: source.indexOf('\n\nTexte') });
    expect(texts(document)).toEqual(['Texte.']);
  });

  it('needs a first line `---`, a `key:` line first and a closing `---`', () => {
    expect(textFrontMatter('---\nprofession: infirmier\nTexte sans fin de bloc.')).toBeNull();
    expect(textFrontMatter('Texte.\n---\nprofession: infirmier\n---\n')).toBeNull();
    expect(textFrontMatter('---\nJournée portes ouvertes : venez !\n---\n')).toBeNull();
    expect(textFrontMatter('---\n---\nTexte')).toBeNull();
    expect(textFrontMatter('---\n\n# commentaire\nlangue: es-ES\n---\nHola')).toEqual({ value: '\n# commentaire\nlangue: es-ES\n', start: 0, end: 36 });
    expect(txt('---\nJournée portes ouvertes : venez !\n---\nTexte').frontMatter).toEqual({});
    expect(prose('---\nJournée portes ouvertes : venez !\n---\nTexte')).toEqual(['--- Journée portes ouvertes : venez ! --- Texte']);
  });
});
