// The offset map under stress: for every segment of many documents, every ordinary character of the text
// sits at its own source offset (see expectFaithfulSegment for what is not ordinary).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document/index.js';
import { expectFaithfulOffsets } from './fixtures-document/helpers.js';

const SAMPLES: string[] = [
  '# Titre\n\nUn paragraphe *simple*.',
  '> Citation sur\n> deux lignes\nparesseuse\n>\n>> imbriquée *encore*\n',
  '1. un\n2. deux\n   suite indentée\n\n   second paragraphe\n\n      code indenté dans liste\n\n- a\n  - b\n    - c **gras** _souligné_\n',
  '- > citation dans liste\n  > ligne 2\n\n> - liste dans citation\n>   suite\n',
  'Échappés : \\* \\_ \\# \\[ \\] \\( \\) \\` \\\\ \\! \\< \\> \\& \\~ \\| \\{ \\}',
  'Pas d’échappement : \\a \\é \\1 \\ fin',
  'Entités : &amp; &lt; &gt; &quot; &apos; &nbsp; &eacute; &Eacute; &euro; &hellip; &laquo;x&raquo;',
  'Numériques : &#233; &#xE9; &#X00E9; &#8239; &#x1F600; &#128512; &#0; &#x110000; &#xD800;',
  'Entités à deux points de code : &NotEqualTilde; x &acE; y &fjlig; z',
  'Fausses : &bogus; &#; &#x; &; & amp; &amp &AMP; &Amp;',
  'Tabulations\tici\tet là.\n\n\tindenté = code\n\n- liste\n\tavec tabulation',
  'Espaces finaux   \nhard break   \ntrois espaces\n\nfin avec backslash\\\nsuite',
  'Titre setext\n===\n\nAutre\n---\n\n# ATX fermé ###\n\n#   espacé   #\n\n#\n\n# #',
  '*a **b** c* __d *e* f__ ***g*** _h_i_ x*y*z snake_case_word',
  '[lien](https://a.fr) [lien *emph*](<url avec espaces> "titre") [vide]() [ref][r] [r] [r][]\n\n[r]: https://r.fr "R"',
  '![alt](a.png) ![alt *emph* `code` [lien](x)](b.png "t") ![][r] ![réf][r]\n\n[r]: img.png',
  'Code `inline` et ``double ` tick`` et ` espaces ` et `non fermé',
  'HTML <span>inline</span> <img src="x"> <!-- commentaire --> <br/> fin\n\n<div>\nbloc\n</div>\n\ntexte <a href="x">lien html</a>',
  'URLs https://a.fr/x?y=1&z=2#frag, www.b.fr. (https://c.fr/(d)) <https://e.fr> <mailto:f@g.fr> <h@i.fr>',
  'Emoji 😀 👩‍⚕️ 🇫🇷 ⭐️ #hashtag @mention 1️⃣ fin',
  'Insécables\u00a0: 30\u202f€ ; « guillemets » ; tiret — long ; apostrophe’s',
  'CRLF\r\nligne deux\r\n\r\n> citation\r\n> CRLF\r\n\r\n- liste\r\n  CRLF\r\n',
  'CR seul\rligne deux\r\rparagraphe\r',
  '---\ntitle: "x"\n---\n\nAprès front matter.',
  '```\nfence\n```\nParagraphe juste après\n~~~\nautre\n~~~\n',
  'Tableau | sans | GFM\n--- | --- | ---\na | b | c',
  'Ligne avec \\\\\ndouble backslash et \\` tick',
  '[lien avec \\] crochet](u) et [x\\*y](v)',
  '  Indenté de deux\n   trois\n    quatre (continuation)',
  '* * *\n\n+ plus\n+ liste\n\n10) parenthèse\n11) liste',
  '<details>\n<summary>Résumé</summary>\n\nContenu **markdown**.\n\n</details>',
  'Texte\n<!-- postlint-disable -->\nsuite du paragraphe',
  'a\u0000b &#0; NUL',
  '\u2028séparateur\u2029paragraphe\u0085nel',
];

describe('segment offset maps', () => {
  it.each(SAMPLES.map((sample, index) => [index, sample] as const))('sample %i, Markdown and text', (_, sample) => {
    expectFaithfulOffsets(parseDocument(sample, 'sample.md'));
    expectFaithfulOffsets(parseDocument(sample, 'sample.txt'));
    expectFaithfulOffsets(parseDocument(sample.replace(/\r?\n/g, '\r\n'), 'sample.md'));
  });

  it('holds on seeded random Markdown', () => {
    const pieces = [
      'mot ', 'été ', '*', '**', '_', '__', '`', '``', '\\', '\\*', '\\\\', '&amp;', '&eacute;', '&#233;', '&#x1F600;',
      '&bogus;', '&', '[', ']', '(', ')', '](u)', '![', '<', '>', '<b>', '</b>', '<!-- c -->', '<https://a.fr>',
      'https://x.fr/a ', 'www.y.fr ', '\n', '\r\n', '\n\n', '\n> ', '\n- ', '\n1. ', '\n  ', '\n    ', '\n# ', '\n---\n',
      '\n```\n', '\n~~~\n', '  \n', '\t', ' ', '\u00a0', '\u202f', '😀', '👩‍⚕️', '#tag ', '@nom ', '|', '~', '"', "'", '’',
    ];
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let doc = 0; doc < 300; doc++) {
      let source = '';
      const length = 5 + random(80);
      for (let i = 0; i < length; i++) source += pieces[random(pieces.length)];
      const document = parseDocument(source, 'random.md');
      expectFaithfulOffsets(document);
      expect(document.segments.every((s) => s.end <= source.length)).toBe(true);
    }
  });
});
