// Warns once when a post is written in another language than French: public health information must reach a French public.
import { confidentForeignCode, detectLanguage, fold, defineRule, filter, screen } from '../src/rule-kit.js';
import { frenchVersionLine, languageCodes, languageNames } from './require-french.terms.js';

/** Letters of one French paragraph that make a post bilingual rather than foreign. */
const BILINGUAL_MIN_LETTERS = 40;

/** « fr », « fr-FR », « FRA », « français » → « fra »; an unknown code is kept as written. */
function iso3(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const code = fold(value.trim()).text.split(/[-_\s]/u)[0];
  return languageCodes[code] ?? code;
}

export default defineRule({
  meta: {
    id: 'require-french',
    type: 'suggestion',
    severity: 'warn',
    docs: {
      description: 'Signale une publication rédigée dans une autre langue que le français (une fois par publication)',
      rationale:
        'Une information de santé publiée pour le public en France doit pouvoir être comprise par lui : la loi Toubon impose l’emploi du français dans l’information et la présentation des biens et services, et les recommandations ordinales sur la communication demandent une information claire et accessible. Un message uniquement en langue étrangère prive une partie des patients de cette information.',
      allowed:
        'Les publications en français, y compris avec une marque, un mot ou une courte citation en langue étrangère ; une traduction après le texte français ; les langues acceptées par l’option `allow` (cabinet bilingue) ; une publication dont l’en-tête déclare `lang: fr`.',
    },
    references: [
      { title: 'Loi n° 94-665 du 4 août 1994 relative à l’emploi de la langue française (loi Toubon), art. 2', url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000349929' },
      { title: 'CNOM, charte du médecin créateur de contenu responsable (2025)', url: 'https://conseil68.ordre.medecin.fr/actualites/une-charte-du-medecin-createur-de-contenu-responsable' },
    ],
    legal: [],
    fixable: false,
    hasSuggestions: true,
    french: false,
    options: {
      allow: { type: 'string[]', default: [], description: 'Langues acceptées en plus du français, en codes ISO 639-3 (ex. ["eng"] pour un cabinet bilingue) ou ISO 639-1 (« en »).' },
    },
    messages: {
      notFrench:
        'Publication en {{language}} : les publications destinées au public en France doivent être rédigées en français (loi n° 94-665 du 4 août 1994, art. 2) ; rédigez le message en français, une traduction peut suivre',
      addFrenchVersion: 'Ajouter en tête une version française : « {{suggestion}} »',
    },
  },
  check(context) {
    const { document } = context;
    const { frontMatter, language } = document;
    const declared = iso3(frontMatter.lang ?? frontMatter.langue ?? frontMatter.language);
    const code = declared ?? confidentForeignCode(language);
    if (!code || code === 'fra' || code === 'und') return;
    const segment = [...document.segments].sort((a, b) => a.starts[0] - b.starts[0]).find((s) => /\p{L}/u.test(s.text));
    if (!segment) return;
    // The first line as written: a wrapped paragraph reads as one line of text, but the report stays on one line.
    const lineBreak = /[\r\n]/gu;
    lineBreak.lastIndex = segment.starts[0];
    const eolAt = lineBreak.exec(document.source)?.index;
    const lineEnd = eolAt === undefined ? -1 : segment.starts.findIndex((start) => start >= eolAt);
    const firstLine = (lineEnd < 0 ? segment.text : segment.text.slice(0, lineEnd)).replace(/\s+$/u, '');
    const candidate = { start: 0, end: Math.max(1, firstLine.length), origin: `${declared ? 'declared' : 'detected'}:${code}` };
    const allow = (context.options.allow as string[]).map((a) => iso3(a));
    const kept = screen(context, segment, [candidate], [
      filter('allowed-language', () => allow.includes(code)),
      // A bilingual post with a real French paragraph (« Version française : … ») is what the message asks for.
      filter('bilingual', () =>
        !declared &&
        document.segments.some((s) => {
          const guess = detectLanguage([s]);
          return guess.code === 'fra' && guess.sampleLength >= BILINGUAL_MIN_LETTERS;
        })),
    ]);
    if (!kept.length) return;
    const range = context.rangeOf(segment, candidate.start, candidate.end);
    // The suggestion inserts a line above the first prose line (before its "#", "-" or ">" markup).
    const lineStart = document.source.lastIndexOf('\n', range[0] - 1) + 1;
    const eol = document.source.includes('\r\n') ? '\r\n' : '\n';
    const text = frenchVersionLine + (document.format === 'markdown' ? eol + eol : eol);
    context.report({
      messageId: 'notFrench',
      data: { language: languageNames[code] ?? `langue « ${code} »` },
      range,
      suggest: [{ messageId: 'addFrenchVersion', data: { suggestion: frenchVersionLine }, fix: { range: [lineStart, lineStart], text } }],
    });
  },
});
