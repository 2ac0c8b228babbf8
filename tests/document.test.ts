import { describe, expect, it } from 'vitest';
import { OBJECT_REPLACEMENT, formatFromPath, lineIndex, parseDocument } from '../src/document/index.js';
import { expectFaithfulOffsets, texts, wordPosition } from './fixtures-document/helpers.js';

const FFFC = OBJECT_REPLACEMENT;
const md = (source: string) => parseDocument(source, 'post.md');
const txt = (source: string) => parseDocument(source, 'post.txt');

describe('parseDocument: format', () => {
  it('guesses the format from the extension', () => {
    expect(formatFromPath('a/b.md')).toBe('markdown');
    expect(formatFromPath('B.MARKDOWN')).toBe('markdown');
    expect(formatFromPath('x.mdx')).toBe('markdown');
    expect(formatFromPath('x.txt')).toBe('text');
    expect(formatFromPath('stdin')).toBe('text');
    expect(formatFromPath('md')).toBe('text');
  });

  it('lets the caller override the format', () => {
    const document = parseDocument('# Titre', 'stdin', { format: 'markdown' });
    expect(document.format).toBe('markdown');
    expect(document.segments[0].kind).toBe('heading');
    expect(parseDocument('# Titre', 'post.md', { format: 'text' }).segments[0].text).toBe('# Titre');
  });

  it('keeps the file path as given', () => {
    expect(md('x').filePath).toBe('post.md');
  });
});

describe('parseDocument: Markdown prose', () => {
  it('reads headings with their depth, and paragraphs', () => {
    const document = md('# Mon *cabinet*\n\nHoraires **modifiés** cet été.\n\n## Accès ##\n\nSetext\n------\n');
    expect(document.segments.map(({ kind, text, depth }) => ({ kind, text, depth }))).toEqual([
      { kind: 'heading', text: 'Mon cabinet', depth: 1 },
      { kind: 'paragraph', text: 'Horaires modifiés cet été.', depth: undefined },
      { kind: 'heading', text: 'Accès', depth: 2 },
      { kind: 'heading', text: 'Setext', depth: 2 },
    ]);
    expect(document.segments.map((s) => s.block)).toEqual([0, 1, 2, 3]);
    expectFaithfulOffsets(document);
  });

  it('reads paragraphs of list items and block quotes, with the top-level block index', () => {
    const document = md('Intro.\n\n- premier point\n- second\n  suite\n\n> Citation\n> sur deux lignes\n>\n> - liste citée\n');
    expect(texts(document)).toEqual([
      'Intro.',
      'premier point',
      'second suite',
      'Citation sur deux lignes',
      'liste citée',
    ]);
    expect(document.segments.map((s) => s.block)).toEqual([0, 1, 1, 2, 2]);
    expect(document.segments.every((s) => s.kind === 'paragraph')).toBe(true);
    expect(wordPosition(document, 'suite')).toEqual({ line: 5, column: 3 });
    expect(wordPosition(document, 'sur')).toEqual({ line: 8, column: 3 });
    expect(wordPosition(document, 'liste')).toEqual({ line: 10, column: 5 });
    expectFaithfulOffsets(document);
  });

  it('keeps emphasis, strong and link text, and puts link URLs in links', () => {
    const source = 'Lire *la* __fiche__ [de la **HAS**](https://www.has-sante.fr/fiche "Titre") ici.';
    const document = md(source);
    const [segment] = document.segments;
    expect(segment.text).toBe('Lire la fiche de la HAS ici.');
    expect(segment.links).toEqual([
      { kind: 'link', url: 'https://www.has-sante.fr/fiche', start: source.indexOf('https'), end: source.indexOf(' "Titre') },
    ]);
    expect(wordPosition(document, 'HAS')).toEqual({ line: 1, column: source.indexOf('HAS') + 1 });
    expectFaithfulOffsets(document);
  });

  it('falls back to the link node when the URL is written with escapes or entities', () => {
    const source = 'Voir [ici](a\\_b) et [là](c&amp;d).';
    const [segment] = md(source).segments;
    expect(segment.links).toEqual([
      { kind: 'link', url: 'a_b', start: source.indexOf('[ici'), end: source.indexOf(' et') },
      { kind: 'link', url: 'c&d', start: source.indexOf('[là'), end: source.length - 1 },
    ]);
  });

  it('resolves reference links and images through definitions, which are not prose', () => {
    const source = 'Voir [la HAS][has] et ![logo][img].\n\n[has]: https://has-sante.fr\n[img]: logo.png "Logo"\n';
    const document = md(source);
    expect(texts(document)).toEqual([`Voir la HAS et ${FFFC}.`, 'logo']);
    const [paragraph, alt] = document.segments;
    expect(paragraph.links).toEqual([
      { kind: 'link', url: 'https://has-sante.fr', start: source.indexOf('https'), end: source.indexOf('https') + 20 },
      { kind: 'image', url: 'logo.png', start: source.indexOf('logo.png'), end: source.indexOf('logo.png') + 8 },
    ]);
    expect(alt.kind).toBe('imageAlt');
    expect(alt.links.map((l) => l.url)).toEqual(['logo.png']);
    expectFaithfulOffsets(document);
  });

  it('makes image alt text its own segment and leaves U+FFFC in the paragraph', () => {
    const source = 'Avant ![Photo du *cabinet*](img/cabinet.jpg "Cabinet") après ![](vide.png)';
    const document = md(source);
    const [paragraph, alt] = document.segments;
    expect(paragraph.text).toBe(`Avant ${FFFC} après ${FFFC}`);
    expect(paragraph.starts[6]).toBe(source.indexOf('!['));
    expect(paragraph.links.map((l) => [l.kind, l.url])).toEqual([
      ['image', 'img/cabinet.jpg'],
      ['image', 'vide.png'],
    ]);
    expect(alt).toMatchObject({ kind: 'imageAlt', text: 'Photo du cabinet', block: 0 });
    expect(alt.links).toEqual([
      { kind: 'image', url: 'img/cabinet.jpg', start: source.indexOf('img/'), end: source.indexOf('img/') + 15 },
    ]);
    expect(document.segments).toHaveLength(2); // an empty alt is no segment
    expect(wordPosition(document, 'cabinet')).toEqual({ line: 1, column: source.indexOf('cabinet*') + 1 });
    expectFaithfulOffsets(document);
  });

  it('replaces each code span by one U+FFFC at the span start, so that words do not join', () => {
    const source = 'Tarif`30 €`remboursé et ``code ` avec`` fin';
    const document = md(source);
    const [segment] = document.segments;
    expect(segment.text).toBe(`Tarif${FFFC}remboursé et ${FFFC} fin`);
    expect(segment.starts[5]).toBe(5);
    expect(segment.starts[segment.text.indexOf(FFFC, 6)]).toBe(source.indexOf('``'));
    expectFaithfulOffsets(document);
  });

  it('ignores fenced and indented code, block HTML and thematic breaks', () => {
    const document = md(
      'Texte.\n\n```js\nconst promo = "-50 %";\n```\n\n    indenté -50 %\n\n<div>\n<p>promo -50 %</p>\n</div>\n\n***\n\nFin.',
    );
    expect(texts(document)).toEqual(['Texte.', 'Fin.']);
    expect(document.segments.map((s) => s.block)).toEqual([0, 5]);
  });

  it('drops inline HTML tags but keeps the text between them', () => {
    const document = md('Un <b>gras</b> et<br>retour <span class="x">ici</span>.');
    expect(texts(document)).toEqual(['Un gras et\nretour ici.']);
    expectFaithfulOffsets(document);
  });

  it('maps hard breaks to a line break', () => {
    const document = md('Ligne un  \nligne deux\\\nligne trois');
    expect(texts(document)).toEqual(['Ligne un\nligne deux\nligne trois']);
    expect(wordPosition(document, 'deux')).toEqual({ line: 2, column: 7 });
    expect(wordPosition(document, 'trois')).toEqual({ line: 3, column: 7 });
    expectFaithfulOffsets(document);
  });

  it('decodes escapes and character references, each mapped to the escape or the "&"', () => {
    const source = 'Prix \\*barré\\* &amp; 30&nbsp;€ &#8239;! caf&eacute; &#x1F600; \\\\ fin';
    const document = md(source);
    const [segment] = document.segments;
    expect(segment.text).toBe('Prix *barré* & 30\u00a0€ \u202f! café 😀 \\ fin');
    const at = (char: string, from = 0) => segment.starts[segment.text.indexOf(char, from)];
    expect(at('*')).toBe(source.indexOf('*'));
    expect(at('&')).toBe(source.indexOf('&amp;'));
    expect(at('\u00a0')).toBe(source.indexOf('&nbsp;'));
    expect(at('\u202f')).toBe(source.indexOf('&#8239;'));
    expect(segment.starts[segment.text.indexOf('café') + 3]).toBe(source.indexOf('&eacute;'));
    expect(segment.starts[segment.text.indexOf('😀')]).toBe(source.indexOf('&#x1F600;'));
    expect(segment.starts[segment.text.indexOf('😀') + 1]).toBe(source.indexOf('&#x1F600;'));
    expect(at('\\')).toBe(source.indexOf('\\\\') + 1);
    expect(wordPosition(document, 'fin')).toEqual({ line: 1, column: source.indexOf('fin') + 1 });
    expectFaithfulOffsets(document);
  });

  it('keeps unknown references as written', () => {
    const document = md('AT&T &bogus; &amp');
    expect(texts(document)).toEqual(['AT&T &bogus; &amp']);
    expectFaithfulOffsets(document);
  });

  it('keeps no-break spaces as they are', () => {
    const source = 'Consultation\u00a0: 30\u202f€ ; tarif\u00a0conventionné !';
    const document = md(source);
    expect(document.segments[0].text).toBe(source);
    expect(document.segments[0].starts).toEqual([...source].map((_, i) => i));
    expect(txt(source).segments[0].text).toBe(source);
  });

  it('counts columns in UTF-16 code units, so an emoji takes two', () => {
    const source = '🦷 Dents 👩‍⚕️ saines\n😀x';
    for (const document of [md(source), txt(source)]) {
      expect(wordPosition(document, 'Dents')).toEqual({ line: 1, column: 4 });
      expect(wordPosition(document, 'saines')).toEqual({ line: 1, column: source.indexOf('saines') + 1 });
      expect(wordPosition(document, 'x')).toEqual({ line: 2, column: 3 });
      expectFaithfulOffsets(document);
    }
  });
});

describe('parseDocument: bare URLs', () => {
  it('takes plain URLs out of Markdown prose', () => {
    const source = 'Infos sur https://www.ameli.fr/assure. Et (www.sante.fr) ou <https://has-sante.fr/x> !';
    const document = md(source);
    const [segment] = document.segments;
    expect(segment.text).toBe(`Infos sur ${FFFC}. Et (${FFFC}) ou ${FFFC} !`);
    expect(segment.links).toEqual([
      { kind: 'link', url: 'https://www.ameli.fr/assure', start: 10, end: 37 },
      { kind: 'link', url: 'www.sante.fr', start: source.indexOf('www.sante'), end: source.indexOf('www.sante') + 12 },
      { kind: 'link', url: 'https://has-sante.fr/x', start: source.indexOf('https://has'), end: source.indexOf('> !') },
    ]);
    expect(segment.starts[segment.text.indexOf(FFFC)]).toBe(10);
    expectFaithfulOffsets(document);
  });

  it('does not record twice a URL written as its own link text', () => {
    const document = md('[https://ameli.fr](https://ameli.fr) et [voir](https://has-sante.fr)');
    expect(document.segments[0].text).toBe(`${FFFC} et voir`);
    expect(document.segments[0].links.map((l) => l.url)).toEqual(['https://ameli.fr', 'https://has-sante.fr']);
  });

  it('keeps a balanced parenthesis and drops trailing punctuation', () => {
    const document = txt('Voir https://fr.wikipedia.org/wiki/Grippe_(maladie), puis «https://x.fr/a».');
    expect(document.segments[0].links.map((l) => l.url)).toEqual([
      'https://fr.wikipedia.org/wiki/Grippe_(maladie)',
      'https://x.fr/a',
    ]);
    expect(document.segments[0].text).toBe(`Voir ${FFFC}, puis «${FFFC}».`);
  });

  it('takes URLs out of plain text, with exact offsets', () => {
    const source = 'Rendez-vous :\r\nhttps://www.doctolib.fr/x\r\nMerci';
    const document = txt(source);
    const [segment] = document.segments;
    expect(segment.text).toBe(`Rendez-vous : ${FFFC} Merci`);
    expect(segment.links).toEqual([{ kind: 'link', url: 'https://www.doctolib.fr/x', start: 15, end: 40 }]);
    expect(wordPosition(document, 'Merci')).toEqual({ line: 3, column: 1 });
    expectFaithfulOffsets(document);
  });
});

describe('parseDocument: BOM, CRLF and positions', () => {
  it('strips the BOM, records it, and counts columns from the BOM-less text', () => {
    const document = md('\ufeff# Titre\r\n\r\nPremier mot\r\nsecond mot\r\n');
    expect(document.hasBom).toBe(true);
    expect(document.source.startsWith('# Titre')).toBe(true);
    expect(wordPosition(document, 'Titre')).toEqual({ line: 1, column: 3 });
    expect(wordPosition(document, 'Premier')).toEqual({ line: 3, column: 1 });
    expect(wordPosition(document, 'mot', 1)).toEqual({ line: 4, column: 8 });
    expect(document.segments[1].text).toBe('Premier mot second mot');
    expectFaithfulOffsets(document);
    expect(md('sans BOM').hasBom).toBe(false);
  });

  it('handles CRLF + BOM in plain text', () => {
    const document = txt('\ufeffBonjour à tous\r\n\r\nLe cabinet\r\nest fermé.\r\n');
    expect(document.hasBom).toBe(true);
    expect(texts(document)).toEqual(['Bonjour à tous', 'Le cabinet est fermé.']);
    expect(wordPosition(document, 'fermé')).toEqual({ line: 4, column: 5 });
    expect(wordPosition(document, 'tous')).toEqual({ line: 1, column: 11 });
  });

  it('treats lone CR as a line break', () => {
    const document = txt('un\rdeux\r\rtrois');
    expect(texts(document)).toEqual(['un deux', 'trois']);
    expect(wordPosition(document, 'deux')).toEqual({ line: 2, column: 1 });
    expect(wordPosition(document, 'trois')).toEqual({ line: 4, column: 1 });
  });

  it('never counts the "\\r" of a CRLF in a column', () => {
    const document = txt('ab\r\ncd');
    expect(document.position(2)).toEqual({ line: 1, column: 3 });
    expect(document.position(3)).toEqual({ line: 1, column: 3 });
    expect(document.position(4)).toEqual({ line: 2, column: 1 });
    expect(document.position(6)).toEqual({ line: 2, column: 3 });
    expect(document.position(99)).toEqual({ line: 2, column: 3 });
    expect(document.position(-5)).toEqual({ line: 1, column: 1 });
  });

  it('exports a reusable line index', () => {
    const index = lineIndex('a\nbc\r\nd\re');
    expect(index.lineStarts).toEqual([0, 2, 6, 8]);
    expect(index.position(7)).toEqual({ line: 3, column: 2 });
    expect(index.offset(2, 2)).toBe(3);
    expect(index.offset(4, 1)).toBe(8);
    expect(index.position(index.offset(3, 1))).toEqual({ line: 3, column: 1 });
  });
});

describe('parseDocument: plain text', () => {
  it('splits paragraphs on blank or whitespace-only lines, text = the source slice with soft breaks as spaces', () => {
    const source = '# pas un titre\n*pas* d’emphase\n\n  \t\nDeuxième paragraphe\n\n\n  indenté  \n';
    const document = txt(source);
    expect(document.format).toBe('text');
    expect(texts(document)).toEqual(['# pas un titre *pas* d’emphase', 'Deuxième paragraphe', '  indenté  ']);
    expect(document.segments.map((s) => [s.kind, s.block])).toEqual([
      ['text', 0],
      ['text', 1],
      ['text', 2],
    ]);
    for (const segment of document.segments) {
      const start = segment.starts[0];
      expect(segment.starts).toEqual([...segment.text].map((_, i) => start + i));
      expect(segment.end).toBe(start + segment.text.length);
      expect(source.slice(start, segment.end).replace(/\n/gu, ' ')).toBe(segment.text);
    }
    expect(document.frontMatter).toEqual({});
  });

  it('reads `---` lines around prose (no `key:` line) as prose, not front matter', () => {
    const document = txt('---\nPromo du jour\n---\nTexte');
    expect(document.frontMatter).toEqual({});
    expect(texts(document).map((t) => t.replace(/\s+/g, ' '))).toEqual(['--- Promo du jour --- Texte']);
  });
});

describe('parseDocument: front matter', () => {
  it('parses YAML front matter to an object; it is not prose', () => {
    const document = md('---\r\nprofession: infirmier\r\nplatform: instagram\r\ntags: [a, b]\r\n---\r\n\r\nBonjour.');
    expect(document.frontMatter).toEqual({ profession: 'infirmier', platform: 'instagram', tags: ['a', 'b'] });
    expect(document.frontMatterError).toBeUndefined();
    expect(texts(document)).toEqual(['Bonjour.']);
    expect(wordPosition(document, 'Bonjour')).toEqual({ line: 7, column: 1 });
  });

  it('uses the JSON schema (no dates) and gives {} for a scalar or empty front matter', () => {
    expect(md('---\ndate: 2024-01-01\n---\n').frontMatter).toEqual({ date: '2024-01-01' });
    expect(md('---\njuste du texte\n---\n').frontMatter).toEqual({});
    expect(md('---\n---\nTexte').frontMatter).toEqual({});
    expect(md('Pas de front matter').frontMatter).toEqual({});
  });

  it('reports bad YAML with the front matter offsets instead of throwing', () => {
    const source = '---\ntitle: "non fermé\nprofession: [\n---\n\nTexte.';
    const document = md(source);
    expect(document.frontMatter).toEqual({});
    expect(document.frontMatterError).toMatchObject({ start: 0, end: source.indexOf('\n\nTexte') });
    expect(document.frontMatterError?.message).toMatch(/line \d+/);
    expect(texts(document)).toEqual(['Texte.']);
  });

  it('reads front matter after a BOM', () => {
    const document = md('\ufeff---\nprofession: sage-femme\n---\nTexte.');
    expect(document.frontMatter).toEqual({ profession: 'sage-femme' });
    expect(wordPosition(document, 'Texte')).toEqual({ line: 4, column: 1 });
  });

  it('reports duplicate keys', () => {
    expect(md('---\na: 1\na: 2\n---\n').frontMatterError?.message).toMatch(/duplicate/i);
  });
});

describe('parseDocument: directives', () => {
  const source = [
    '<!-- postlint-disable -->', // 1
    '', // 2
    '<!-- postlint-disable no-price-promotion, no-testimonial -- tarif affiché à la demande -->', // 3
    '', // 4
    'Texte <!-- postlint-disable-line no-comparison --> suite.', // 5
    '', // 6
    '<!-- postlint-disable-next-line no-price-promotion no-testimonial -->', // 7
    'Promo.', // 8
    '', // 9
    '<!--', // 10
    '  postlint-enable', // 11
    '  no-price-promotion', // 12
    '-->', // 13
    '', // 14
    '<!-- un commentaire ordinaire -->', // 15
    '<!-- postlint-disabled not-a-directive -->', // 16
    '', // 17
    '```html', // 18
    '<!-- postlint-disable -->', // 19
    '```', // 20
    '', // 21
    '`<!-- postlint-disable -->` et    <!-- postlint-enable -->', // 22
    '', // 23
    '    <!-- postlint-disable in-indented-code -->', // 24
    '', // 25
    '> <!-- postlint-disable-line in-quote -->', // 26
  ].join('\n');
  const document = md(source);

  it('finds every kind, with ids, justification, offsets and lines', () => {
    expect(document.directives.map(({ kind, ruleIds, justification, line, endLine }) => ({ kind, ruleIds, justification, line, endLine }))).toEqual([
      { kind: 'disable', ruleIds: [], justification: undefined, line: 1, endLine: 1 },
      {
        kind: 'disable',
        ruleIds: ['no-price-promotion', 'no-testimonial'],
        justification: 'tarif affiché à la demande',
        line: 3,
        endLine: 3,
      },
      { kind: 'disable-line', ruleIds: ['no-comparison'], justification: undefined, line: 5, endLine: 5 },
      {
        kind: 'disable-next-line',
        ruleIds: ['no-price-promotion', 'no-testimonial'],
        justification: undefined,
        line: 7,
        endLine: 7,
      },
      { kind: 'enable', ruleIds: ['no-price-promotion'], justification: undefined, line: 10, endLine: 13 },
      { kind: 'enable', ruleIds: [], justification: undefined, line: 22, endLine: 22 },
      { kind: 'disable-line', ruleIds: ['in-quote'], justification: undefined, line: 26, endLine: 26 },
    ]);
    const first = document.directives[0];
    expect(source.slice(first.start, first.end)).toBe('<!-- postlint-disable -->');
    const inline = document.directives[2];
    expect(source.slice(inline.start, inline.end)).toBe('<!-- postlint-disable-line no-comparison -->');
  });

  it('reads a justification without rule ids, and a comment closed without a space', () => {
    const [all, enable] = md('<!-- postlint-disable -- republication autorisée -->\n\n<!--postlint-enable a,b,-->').directives;
    expect(all).toMatchObject({ kind: 'disable', ruleIds: [], justification: 'republication autorisée' });
    expect(enable).toMatchObject({ kind: 'enable', ruleIds: ['a', 'b'] });
    expect(enable.justification).toBeUndefined();
  });

  it('keeps directives out of the prose', () => {
    expect(texts(document)).toContain('Texte  suite.');
    expect(texts(document)).toContain(`${FFFC} et    `);
  });

  it('finds directive lines in plain text, which are not prose', () => {
    const comment = '<!-- postlint-disable-next-line no-price-promotion -- accord -->';
    const text = txt(`Avant\n  ${comment}  \nPromo\n\nDu <!-- postlint-disable --> texte\n<!-- autre -->\n`);
    expect(text.directives).toEqual([
      {
        kind: 'disable-next-line',
        ruleIds: ['no-price-promotion'],
        justification: 'accord',
        start: 8,
        end: 8 + comment.length,
        line: 2,
        endLine: 2,
      },
    ]);
    expect(texts(text)).toEqual(['Avant', 'Promo', 'Du <!-- postlint-disable --> texte <!-- autre -->']);
  });
});

describe('parseDocument: edge cases never throw', () => {
  it('parses an empty file', () => {
    for (const document of [md(''), txt(''), md('\ufeff')]) {
      expect(document.segments).toEqual([]);
      expect(document.directives).toEqual([]);
      expect(document.language).toEqual({ code: 'und', confident: false, sampleLength: 0 });
      expect(document.position(0)).toEqual({ line: 1, column: 1 });
    }
  });

  it('parses a file with only code', () => {
    const document = md('```\nPromo -50 % sur les soins !\n```\n');
    expect(document.segments).toEqual([]);
    expect(document.language.code).toBe('und');
  });

  it('parses an unclosed fence as code to the end', () => {
    const document = md('Avant.\n\n```\ncode\n\nencore du code');
    expect(texts(document)).toEqual(['Avant.']);
  });

  it('survives binary junk', () => {
    let junk = '';
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      junk += String.fromCharCode(seed % 0x3000);
    }
    junk += '\ud800\u0000\udfff<!-- postlint-disable';
    for (const document of [md(junk), txt(junk), md(`---\n${junk}\n---\n`)]) {
      expect(document.source.length).toBeGreaterThan(0);
      expectFaithfulOffsets(document);
    }
  });

  it('survives a non-string source', () => {
    expect(() => parseDocument(undefined as unknown as string, 'x.md')).not.toThrow();
  });
});
