// fast-check generators of realistic hostile drafts: French prose with accents, apostrophes and non-breaking
// spaces, emoji, every line-break style, a BOM, Markdown markup and postlint directives, front matter, arbitrary
// Unicode, and phrases that the rules report (so that messages, quotes and fixes are exercised, not just parsing).
import fc from 'fast-check';

/** Words and punctuation of ordinary French posts (accents, ’ and ', NBSP and narrow NBSP before ! ? : ;). */
const PROSE = [
  'Le cabinet', 'les soins', 'été', 'Élodie', 'garçon', 'œil', 'cœur', 'aujourd’hui', 'l’équipe', "d'accord", 'à', 'ça',
  'Noël', 'ouvert', 'lundi', 'rendez-vous', 'kinésithérapie', 'sage-femme', 'Dr Martin', 'patiente', 'une patiente',
  'merci', 'vous', 'nous', 'santé', 'dentaire', 'séance', 'consultation', 'n’est pas', 'ne … pas', 'jamais',
  ' !', '\u00a0!', '\u202f?', '\u00a0:', ' ;', '\u202f;', '.', ',', '…', '«\u00a0', '\u00a0»', '“', '”', '"', '(', ')',
  '30 €', '2024', '15 h', '1er', '%',
];

/** Phrases the rules report: promotion, identifiers (a valid NIR, a phone, an e-mail), claims, testimonials. */
const VIOLATIONS = [
  'le meilleur cabinet', 'le meilleur\ncabinet', 'le seul cabinet de la ville', '-30 % sur le blanchiment',
  'Consultation offerte', 'code promo SOINS20', 'Appelez-moi au 06 12 34 56 78', '06 12 34 56 78',
  'Mme Lefèvre, 45 ans', 'patiente joignable au 07 98 76 54 32', 'NIR 2 70 02 29 019 045 82',
  '2 70 02 29 019 045 82', 'martine.lefevre@exemple.fr', 'née le 12/03/1958', 'dossier n° 458712',
  'guérit définitivement', 'Résultats garantis', 'sans aucun risque', 'avant/après', 'photos avant-après',
  '#avantapres', '« Le Dr X m’a sauvé la vie ! »', '5 étoiles sur Google', '98 % de patients satisfaits',
  'publication sponsorisée', 'faites-vous dépister dès maintenant, chaque jour compte', 'Merci @julie_l pour sa confiance',
  'Injections de botox -20 % ce mois-ci', 'n’est pas\nsponsorisé',
  '« Je suis Martine Lefèvre, NIR 2 70 02 29 019 045 82, le Dr X m’a sauvé la vie ! »',
  '« Joignez-moi au 06 12 34 56 78, ce cabinet m’a guérie définitivement ! »',
];

/** The machine identifiers written in VIOLATIONS: postlint must never print them in clear. */
export const MACHINE_IDENTIFIERS = ['06 12 34 56 78', '07 98 76 54 32', '2 70 02 29 019 045 82', 'martine.lefevre@exemple.fr'];

const EMOJI = ['😀', '👩‍⚕️', '🦷', '✨', '❤️', '🇫🇷', '👍🏽', '\u200d', '\ufe0f'];

const BREAKS = [' ', ' ', ' ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\t', '  \n', '\u2028'];

/** Markdown and HTML markup, including postlint directives (valid, unknown rule, unbalanced). */
const MARKUP = [
  '*', '**', '_', '__', '~~', '`', '``', '\n```\n', '\n```js\n', '\n~~~\n', '\n    ', '# ', '## ', '\n###### ', '\n- ',
  '\n* ', '\n1. ', '\n> ', '> > ', '[', ']', '](https://exemple.fr)', '](<a b>)', '![', '![photo avant/après](avant-apres.jpg)',
  '[lien](https://has-sante.fr "titre")', '<https://exemple.fr>', '<!-- -->', '<!-- commentaire\nsur deux lignes -->', '<!--',
  '-->', '<!-- postlint-disable -->', '<!-- postlint-enable -->', '<!-- postlint-disable-next-line -->',
  '<!-- postlint-disable-next-line no-promotional-wording -- tarif réglementé -->', '<!-- postlint-disable-line -->',
  '<!-- postlint-disable no-inconnue -->', '<b>', '</b>', '<br>', '<div>\n', '\n</div>\n', '&amp;', '&eacute;', '&#233;',
  '&nbsp;', '\\', '\\*', '|', '\n| a | b |\n|---|---|\n| c | d |\n', '\n---\n', '\n***\n', '\n===\n', '[^1]', '\n[^1]: note\n',
  '\n[ref]: https://exemple.fr\n', '[ref]', '#hashtag', '@compte',
];

/** Front matter: valid, with a profile, broken YAML, unclosed fence, not an object. */
const FRONT_MATTER = [
  '', '', '', '---\nprofession: sage-femme\n---\n', '---\nprofession: chirurgien-dentiste\nplatform: instagram\n---\n\n',
  '---\nprofile: esthetique\n---\n', '---\nprofession: [\n---\n', '---\ntitre: « Été »\n', '---\n- a\n- b\n---\n',
  '---\r\nprofession: pharmacien\r\n---\r\n', '---\n---\n', '---\nprofession: astronaute\n---\n',
];

/** Between two words of a reported phrase: a soft break, emphasis, a link boundary, CRLF, a lone CR. */
const GLUE = [' ', ' ', '\n', '\r\n', '\r', ' **', '** ', ' *', '* ', ' _', '_ ', ' `', '` ', ' [', '](u) ', '\u00a0', '  '];

/** A reported phrase whose words are glued by markup or line breaks (the span then covers markup or two lines). */
const wrappedViolation = fc
  .tuple(fc.constantFrom(...VIOLATIONS), fc.array(fc.constantFrom(...GLUE), { minLength: 8, maxLength: 8 }))
  .map(([phrase, glue]) => phrase.split(' ').reduce((out, word, i) => (i === 0 ? word : out + glue[i % glue.length] + word), ''));

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 4, arbitrary: fc.constantFrom(...VIOLATIONS) },
  { weight: 4, arbitrary: wrappedViolation },
  { weight: 4, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 6 }) },
);

export interface Draft {
  text: string;
  filePath: string;
}

/** A whole draft: optional BOM, optional front matter, then 0–24 pieces; linted as Markdown or plain text. */
export const draft: fc.Arbitrary<Draft> = fc
  .record({
    bom: fc.boolean(),
    front: fc.constantFrom(...FRONT_MATTER),
    body: fc.array(piece, { maxLength: 24, size: 'medium' }),
    ext: fc.constantFrom('.md', '.md', '.markdown', '.txt'),
  })
  .map(({ bom, front, body, ext }) => ({ text: (bom ? '\ufeff' : '') + front + body.join(''), filePath: `post${ext}` }));

/** Lone surrogates and control characters too: what a caller of the API (not a file) may pass. */
export const rawText: fc.Arbitrary<Draft> = fc
  .record({ text: fc.string({ unit: 'binary', maxLength: 80 }), ext: fc.constantFrom('.md', '.txt') })
  .map(({ text, ext }) => ({ text, filePath: `post${ext}` }));
