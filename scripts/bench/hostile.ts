// The benchmark's hostile inputs: shapes that made some pass super-linear (issue #9's list, scripts/bench-hostile.ts)
// plus long lines, deep nesting, link/image storms and hashtag/emoji runs. Each must be linted in under 2 s.
// Built from repeated fragments (no randomness needed), so the files are the same bytes on every run.

export interface HostileFile {
  name: string;
  /** What the file stresses, for the report. */
  shape: string;
  text: string;
}

const KB = 1000;
/** `unit` repeated until the text reaches `size` characters (cut at a whole unit). */
const fill = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

const sentence = 'Le cabinet reçoit sur rendez-vous du lundi au vendredi, pensez à apporter votre carte Vitale. ';

export function hostileFiles(): HostileFile[] {
  const files: [string, string, string][] = [
    // Markdown delimiters remark and the segmenters must not backtrack on.
    ['brackets-open-200k.md', '200 KB de « [ »', fill('[', 200 * KB)],
    ['brackets-balanced-200k.md', '100 K « [ » puis 100 K « ] »', fill('[', 100 * KB) + 'x' + fill(']', 100 * KB)],
    ['brackets-link-open-200k.md', '200 KB de « [a]( » non fermés', fill('[a](', 200 * KB)],
    ['stars-200k.md', '200 KB de « * »', fill('*', 200 * KB)],
    ['underscores-200k.md', '200 KB de « _ »', fill('_', 200 * KB)],
    ['emphasis-runs-200k.md', '200 KB de « *_ » alternés', fill('*_', 200 * KB)],
    ['emphasis-words-200k.md', '200 KB de « *mot* _mot_ **mot** » collés', fill('*mot*_mot_**mot**', 200 * KB)],
    ['emphasis-nested-200k.md', '200 KB d’emphases imbriquées non fermées', fill('*a _b **c ', 100 * KB) + fill(' c** b_ a*', 100 * KB)],
    ['emphasis-unclosed-words-200k.md', '200 KB de « *mot » jamais fermés', fill('*mot ', 200 * KB)],
    ['backticks-200k.md', '200 KB de « ` »', fill('`', 200 * KB)],
    ['code-spans-200k.md', '200 KB de « `a`` » déséquilibrés', fill('`a``', 200 * KB)],
    ['fence-unclosed-500k.md', 'bloc de code jamais fermé, 500 KB', '```\n' + fill(sentence + '\n', 500 * KB)],
    ['escapes-200k.md', '200 KB de « \\* »', fill('\\*', 200 * KB)],
    ['entities-200k.md', '200 KB de « &amp; »', fill('&amp;', 200 * KB)],
    ['html-nested-200k.md', '200 KB de balises HTML ouvertes', fill('<div>', 200 * KB)],
    ['autolinks-200k.md', '200 KB de « <http:// » non fermés', fill('<http://', 200 * KB)],
    // Names, civilities and identifiers the patient rule reads.
    ['civilites-m-150k.txt', '150 KB de « M. » puis un nom', fill('M. ', 150 * KB) + 'Dupont'],
    ['civilites-mme-150k.txt', '150 KB de « Mme » puis un nom', fill('Mme ', 150 * KB) + 'Durand'],
    ['dr-150k.txt', '150 KB de « Dr »', fill('Dr ', 150 * KB) + 'Morel'],
    ['capitalised-names-300k.txt', '300 KB de noms propres à la suite', fill('Martin Durand Lefebvre Camille ', 300 * KB)],
    ['initials-150k.txt', '150 KB d’initiales « J. D. »', fill('J. D. ', 150 * KB) + '45 ans'],
    ['digits-1m.txt', '1 MB de chiffres sans espace', fill('0123456789', 1000 * KB)],
    ['digits-spaced-200k.txt', '200 KB de « 1 » espacés puis €', fill('1 ', 200 * KB) + '€'],
    ['phone-pairs-120k.txt', '120 KB de « 06 »', fill('06 ', 120 * KB)],
    ['phones-300k.txt', '300 KB de numéros de téléphone', fill('06 12 34 56 78, ', 300 * KB)],
    ['nir-like-300k.txt', '300 KB de suites à la NIR', fill('1 85 05 78 006 084 ', 300 * KB)],
    ['emails-200k.txt', '200 KB d’adresses e-mail', fill('patient.nom@exemple.fr ', 200 * KB)],
    ['dates-200k.txt', '200 KB de dates', fill('12/05/1980 ', 200 * KB)],
    // French punctuation and quotes.
    ['quotes-nested-1m.txt', '1 MB de guillemets imbriqués', fill('« ', 500 * KB) + 'm’a sauvé' + fill(' »', 500 * KB)],
    ['quotes-open-300k.txt', '300 KB de « « » ouvrants', fill('«\u00a0', 300 * KB)],
    ['apostrophes-200k.txt', '200 KB d’apostrophes', fill('’', 200 * KB)],
    ['bangs-200k.txt', '200 KB de « ! »', fill('\u202f!', 200 * KB)],
    ['nbsp-500k.txt', '500 KB d’espaces insécables', fill('\u00a0', 500 * KB)],
    ['percents-200k.txt', '200 KB de « -50 % »', fill('-50 % ', 200 * KB)],
    ['negations-150k.txt', '150 KB de « ne » puis une allégation', fill('ne ', 150 * KB) + 'guérit pas'],
    ['claims-paragraph-1m.txt', '1 MB d’allégations en un paragraphe', fill('Résultats garantis sans risque, meilleur cabinet ! ', 1000 * KB)],
    ['one-word-300k.txt', '300 KB d’un seul mot', fill('a', 300 * KB)],
    ['long-line-1m.txt', 'une ligne de 1 MB de phrases', fill(sentence, 1000 * KB)],
    ['long-line-markdown-1m.md', 'une ligne Markdown de 1 MB (liens, emphases)', fill('Voir **le cabinet** et [la fiche](https://exemple.fr/a) ; ', 1000 * KB)],
    ['short-lines-1m.txt', '1 MB de lignes d’un caractère', fill('a\n', 1000 * KB)],
    ['blank-lines-1m.md', '1 MB de lignes vides', fill('\n', 1000 * KB)],
    // Markdown structure.
    ['headings-400k.md', '400 KB de titres', fill('# Titre du cabinet\n', 400 * KB)],
    ['setext-200k.md', '200 KB de titres soulignés', fill('Titre\n===\n', 200 * KB)],
    ['list-deep-2000.md', 'liste imbriquée sur 2 000 niveaux', Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n')],
    ['list-markers-run.md', '« - » répété 5 000 fois sur une ligne', fill('- ', 10 * KB) + 'x\n'],
    ['quotes-deep-5000.md', 'citation imbriquée sur 5 000 niveaux', fill('> ', 10 * KB) + 'texte\n'],
    ['quotes-stair-2000.md', 'citations en escalier sur 2 000 lignes', Array.from({ length: 2000 }, (_, i) => `${'>'.repeat(i + 1)} ligne ${i}`).join('\n')],
    ['links-storm-500k.md', '500 KB de liens', fill('[la fiche](https://www.exemple-sante.fr/fiche) ', 500 * KB)],
    ['images-storm-500k.md', '500 KB d’images', fill('![photo du cabinet](images/cabinet.jpg) ', 500 * KB)],
    ['reference-links-300k.md', '300 KB de définitions de liens', Array.from({ length: 8000 }, (_, i) => `[lien${i}]: https://exemple.fr/${i}`).join('\n') + '\n\n' + fill('[lien1] ', 20 * KB)],
    ['bare-urls-300k.txt', '300 KB d’adresses web', fill('https://cabinet-exemple.fr/rendez-vous ', 300 * KB)],
    ['hashtags-spaced-200k.md', '200 KB de hashtags', fill('#prévention #santé ', 200 * KB)],
    ['hashtags-glued-200k.md', '200 KB de hashtags collés', fill('#santé', 200 * KB)],
    ['emoji-200k.txt', '200 KB d’emoji', fill('💉🦷😴', 200 * KB)],
    ['emoji-zwj-200k.txt', '200 KB d’emoji composés (ZWJ)', fill('👩‍⚕️🏃‍♀️', 200 * KB)],
    ['table-rows-300k.md', '300 KB de lignes de tableau', '| a | b |\n| - | - |\n' + fill('| tarif | 30 € |\n', 300 * KB)],
  ];
  return files.map(([name, shape, text]) => ({ name, shape, text }));
}
