// Flags before/after presentations (captions, headings, hashtags, image alt text and file names): they promise a result.
// "avant et après votre séance" with instructions is a time preposition, not a before/after.
import { Lexicon, fold, isCriticised, isNegated, isQuoted, isWarningContext, sentenceAt, termsRegex, defineRule, excerpt, filter, negation, prose, quotation, rewordings, screen, separate, termCandidates, warning, givenNames, foldTerm, personClues, privateExcerpt } from '../src/rule-kit.js';
import type { Candidate, Filter, Located, TermCandidate, Analysis, Link, Segment } from '../src/rule-kit.js';
import {
  NEUTRAL, altPair, contrastExplained, notBodyChange, twoStates, sideBySide, twoStatesSubject, generalResult, practiceStory, toldPairAfterCare, beforeAfterTerms, educational, fileNamePair, writtenFileName, nominalLead, illustrationWords, instructionStart, instructionsBeforePair, labelledPair, leftRight,
  loneLabel, namedTransformation, notPatientResult, expectedResult, resultConnector, resultsAppraised, assessedResult, dayRange, notPatientResultBefore, progressMarkers, reportedOrRefused, resultSubject, temporalAfterPair, timePoints, toldPair,
  visualCues, genericPairLead, shownOwn, askedAbout, changeInGeneral, galleryLinkLead, galleryLinkRest, imagingLead, caseShown, caseShownSubject, casePhotoShown, casePhotoSubject, seriesPhoto, seriesSubject, seriesCalendar, patientBeforeCheck, datedPhotos, changeNoun, type BeforeAfterTerm,
} from './no-before-after.terms.js';
import { showcasedResults } from './shared.terms.js';
import { notNames } from './no-patient-identifier.terms.js';

/** A study's findings (« les résultats ont montré », « résultats de l'étude », « selon une enquête »): original text. */
const STUDY_RESULTS = /^\s*(?:ont|a|avaient)\s+(?:montr[ée]|r[ée]v[ée]l[ée]|d[ée]montr[ée]|mis\s+en\s+[ée]vidence)|^\s*(?:de\s+l['’]|d['’]une\s+|de\s+cette\s+)(?:[ée]tude|enqu[êe]te|essai|analyse)|(?<![\p{L}])(?:[ée]tude|enqu[êe]te|questionnaire|sondage|m[ée]ta-analyse)(?![\p{L}])/iu;
const lexicon = new Lexicon<BeforeAfterTerm>(beforeAfterTerms);
const VISUAL = termsRegex(visualCues);
const ILLUSTRATION = termsRegex(illustrationWords);
const REPORTED = termsRegex(reportedOrRefused);
const RESULT = new Lexicon(beforeAfterTerms.filter((e) => e.kind === 'result'));
/** A range of days (« J+2 à J+5 ») makes the paragraph a calendar; a photo word makes it a shown case again. */
const CALENDAR = /(?<![a-z])j\s?\+?\s?\d+\s*(?:a|au|-|–)\s*j\s?\+?\s?\d+/u;
/** The start of a range of days just before a match (« J+2 à » before « J+5 »). */
const RANGE_OPENED = /j\s?\+?\s?\d+\s*(?:a|au|-|–)\s*$/u;
const PHOTO = /(?<![a-z])(?:photos?|photographi(?:e|es|que|ques)|images?|cliches?|galerie|ci-dessous|en\s+images?|swipe|glissez|📸|📷)(?![a-z])/u;

/** A before/after pair just before a word that qualifies it (« ces avant/après si ⟨bluffants⟩ »). Folded. */
const PAIR_QUALIFIED = /(?<![a-z])avant\s*(?:[/|&+-]+|\s+et\s+)?\s*apres\s+(?:[a-z]+\s+){0,3}$/u;

/** The reader pointed at something shown (« voici », « regardez », « ci-contre »): unlike a possessive, never in a story. */
const POINTED = /(?<![a-z])(?:voici|voila|ci-dessous|ci-contre|ci-joint\p{L}*|regardez|decouvrez|admirez|voyez|swipe\p{L}*|glissez|en\s+images?|galerie)(?![a-z])/u;

/**
 * « Résultats spectaculaires » praises a result (a promise, for the claim and aesthetic rules); it shows a
 * before/after only beside a photo, a time point or a pair: it needs a visual cue, as a shown result does.
 */
const PRAISE = showcasedResults.map((t) => foldTerm(t.replace(/\(s\)/gu, '')).split(/\s+/u).map((w) => `${w}s?`).join('\\s+')).join('|');
const PRAISE_ONLY = new RegExp(`^(?:${PRAISE})$`, 'u');
const PRAISE_IN = new RegExp(`(?<![\\p{L}])(?:${PRAISE})(?![\\p{L}])`, 'gu');
const praiseOnly = (text: string) => PRAISE_ONLY.test(fold(text).text.trim());
/** The praise phrase around folded [start, end), if any: its own « spectaculaires » is no photo of the result. */
const praiseAround = (text: string, start: number, end: number): [number, number] | undefined => {
  for (const m of text.matchAll(PRAISE_IN)) if (m.index <= start && m.index + m[0].length >= end) return [m.index, m.index + m[0].length];
  return undefined;
};

/** Whether `re` occurs in folded [start, end) outside [skipStart, skipEnd). */
const occursOutside = (re: RegExp, text: string, start: number, end: number, skipStart: number, skipEnd: number) =>
  [...text.slice(start, end).matchAll(re)].some((m) => start + m.index + m[0].length <= skipStart || start + m.index >= skipEnd);

/** A patient's result in the text ("résultat", "J+30"), not a test's or a survey's ("résultats d'analyses"). */
const results = (a: Analysis) =>
  RESULT.find(a).filter((h) => !notPatientResult.test(a.folded.text.slice(h.fEnd)) && !contrastExplained.test(a.folded.text.slice(h.fEnd)) && !notPatientResultBefore.test(a.folded.text.slice(0, h.fStart)));

/** A visual or result cue elsewhere in the segment ("photo", "J+30"). */
const hasCue = (a: Analysis, skipStart: number, skipEnd: number) =>
  occursOutside(VISUAL, a.folded.text, 0, a.folded.text.length, skipStart, skipEnd) || results(a).some((h) => h.fEnd <= skipStart || h.fStart >= skipEnd);

/** Alt text showing a before/after: "avant … après", a result ("résultat à J+30"), or two dates ("en janvier et en décembre"). */
function altBeforeAfter(a: Analysis): [number, number] | undefined {
  const text = a.folded.text;
  const m = altPair.exec(text);
  if (m) return [m.index, m.index + m[0].length];
  const [r] = results(a);
  if (r) return [r.fStart, r.fEnd];
  const dates = [...text.matchAll(timePoints)];
  const last = dates[dates.length - 1];
  return new Set(dates.map((d) => d[0])).size >= 2 ? [dates[0].index, last.index + last[0].length] : undefined;
}

const decode = (s: string) => { try { return decodeURIComponent(s); } catch { return s; } }; // prettier-ignore
const fileName = (url: string) => fold(decode(url.split(/[?#]/u)[0]).replace(/^.*\//su, '')).text;

/** Whether the sentence (or the one after it: « Surtout les clichés avant-après. Faut-il s'y fier ? ») reports
 *  the pair from the press or a ruling, judges it as evidence, or refuses to show it. */
const reported = (a: Analysis, pos: number) => {
  const s = sentenceAt(a, pos);
  const next = s.end < a.folded.text.length ? sentenceAt(a, Math.min(a.folded.text.length - 1, s.end + 1)) : s;
  REPORTED.lastIndex = 0;
  return REPORTED.test(a.folded.text.slice(s.start, Math.max(s.end, next.end)));
};

/** A heading that already doubts the photos it names (« trop beaux pour être vrais », « la vérité sur… »). */
const criticalHeading = /(?<![a-z])(?:trop\s+beau(?:x|lle|lles)?\s+pour\s+etre\s+vrai|la\s+verite\s+sur|le\s+piege\s+des|mefiez|attention\s+aux|faut-il\s+croire|derriere\s+les|comment\s+(?:evaluer|juger|lire|decrypter|reconnaitre|interpreter)|honnetement|que\s+faut-il\s+en\s+penser|mythes?(?![a-z]))/u;

/** Whether the paragraph under a heading warns about or criticises what the heading names. */
function criticalBelow(next: { segment: Segment; analysis: Analysis } | undefined): boolean {
  if (!next || next.segment.kind === 'heading') return false;
  const a = next.analysis;
  return a.sentences.some((s) => isWarningContext(a, s.start) || isCriticised(a, s.start));
}

export default defineRule({
  meta: {
    id: 'no-before-after',
    type: 'problem',
    severity: 'error',
    docs: {
      description: 'Interdit les présentations avant/après (légendes, titres, hashtags, texte alternatif et noms des images)',
      rationale:
        'Une photo « avant/après » suggère que le résultat sera obtenu : elle confond l’information due au patient avec une obligation de résultat et relève de la publicité. L’Ordre des médecins proscrit cette iconographie sur les sites et les réseaux, l’Ordre des chirurgiens-dentistes interdit les photos avant/après traitement ; elles exposent en outre des images de patients.',
      allowed: 'Schémas et illustrations anatomiques ; les consignes avant et après un soin (« avant la vaccination », « après le repas ») ; l’explication des résultats possibles, de leur variabilité et de leurs risques, sans images de patients.',
    },
    references: [
      { title: 'CSP, art. R.4127-19-1 (communication loyale, ne pas induire en erreur)', url: 'https://french-business-law.com/french-legislation-art/article-r4127-19-1-of-the-french-public-health-code' },
      { title: 'CNOM, conseils 2021 : pas de photos « Avant/Après »', url: 'https://v2-preprod.egora.fr/gestion-du-cabinet/juridique/communication-des-medecins-sur-internet-les-conseils-de-lordre' },
      { title: 'CNOM, charte des sites web : iconographie avant-après proscrite', url: 'https://pediatrie.lequotidiendumedecin.fr/actus-medicales/lordre-edicte-une-charte-dethique-et-de-deontologie' },
      { title: 'ONCD 2021 : photos avant/après traitement interdites', url: 'https://dentaire365.fr/actualites/oncd-actualisation-ses-conseils-sur-la-communication-professionnelle' },
    ],
    legal: ['communication'],
    fixable: false,
    hasSuggestions: true,
    french: true,
    // A French practice's English or Spanish caption is under the same code: « before/after », « antes y después ».
    alsoReads: ['eng', 'spa'],
    options: {
      allow: { type: 'string[]', default: [], expressions: true, description: 'Expressions à ne jamais signaler (ex. le titre d’une fiche de consignes).' },
    },
    messages: {
      beforeAfter:
        '« {{match}} » : présentation avant/après, assimilée à de la publicité et à une promesse de résultat ({{article}}, recommandations de l’Ordre) ; expliquez les résultats possibles et leurs limites, sans images de patients',
      beforeAfterImage:
        '« {{match}} » : image avant/après d’un patient, publicité et promesse de résultat ({{article}}, recommandations de l’Ordre) ; supprimez l’image ou remplacez-la par un schéma',
      useWording: 'Remplacer par « {{suggestion}} »',
      useFileName: 'Remplacer l’image par un schéma nommé « {{suggestion}} »',
      removeHashtag: 'Retirer ce hashtag',
    },
  },
  check(context) {
    const article = context.article('communication');
    const seenImages = new Set<number>();
    const report = (segment: Segment, start: number, end: number, messageId: string, texts: readonly string[] = NEUTRAL, hashtag = false) =>
      context.report({
        messageId,
        // (a story quoted may name the patient: privateExcerpt masks given names)
        data: { match: privateExcerpt(segment.text.slice(start, end), notNames), article },
        range: context.rangeOf(segment, start, end),
        suggest: [...rewordings(context, segment, start, end, texts), ...(hashtag ? rewordings(context, segment, start, end, [''], 'removeHashtag') : [])],
      });
    const reportImage = (link: Link, name = fileName(link.url)) => {
      const renamed = link.url.replace(/[^/?#]*(?=([?#].*)?$)/u, 'schema' + (/\.[a-z0-9]+$/u.exec(name)?.[0] ?? '.png'));
      const fix = { range: [link.start, link.end] as [number, number], text: renamed };
      context.report({ messageId: 'beforeAfterImage', data: { match: excerpt(name), article }, range: fix.range, suggest: [{ messageId: 'useFileName', data: { suggestion: renamed }, fix }] });
    };
    let lone: { segment: Segment; label: string; image: boolean } | undefined;

    const views = [...prose(context)];
    for (const [index, { segment, analysis }] of views.entries()) {
      const text = analysis.folded.text;
      // A heading that names before/after photos above a paragraph criticising them (« J'ai vu des avant/après
      // étonnants » then « méfiez-vous : retouches, lumière… ») introduces a warning, not a presentation.
      let critical: boolean | undefined; // read only when the heading holds a candidate
      const isCritical = () => (critical ??= segment.kind === 'heading' && (criticalHeading.test(text) || criticalBelow(views[index + 1])));
      // The context filters every candidate of the paragraph goes through, before its own conditions.
      const contextFilters = [
        filter<Located>('critical-heading', () => isCritical()),
        filter<Located>('already-reported', (c) => reported(analysis, c.fStart)),
        negation<Located>(analysis),
        warning<Located>(analysis),
        quotation<Located>(analysis),
      ];
      const at = (fStart: number, fEnd: number, origin: string): Located => ({ ...analysis.toOriginal(fStart, fEnd), fStart, fEnd, origin });
      const passes = (c: Located, own: Filter<Located>[] = []) => screen(context, segment, [c], [...contextFilters, ...own]).length > 0;
      for (const link of segment.links) {
        if (link.kind === 'image' && !seenImages.has(link.start) && fileNamePair.test(fileName(link.url))) reportImage(link);
        seenImages.add(link.start);
      }
      if (segment.kind === 'imageAlt') {
        const span = altBeforeAfter(analysis);
        if (span && passes(at(...span, 'image-alt'), [filter('illustration', () => occursOutside(ILLUSTRATION, text, 0, text.length, 0, 0))])) {
          const o = analysis.toOriginal(...span);
          report(segment, o.start, o.end, 'beforeAfterImage', ['Schéma explicatif']);
        }
        continue;
      }
      // "**Avant**" ![photo] "**Après**" ![photo]: captions of two photos, each in its own paragraph.
      const label = loneLabel.exec(text)?.[1];
      if (label && lone?.image && /^(?:avant|before)$/u.test(lone.label) && lone.label !== label) report(lone.segment, 0, lone.segment.text.trimEnd().length, 'beforeAfter');
      if (label) lone = { segment, label, image: false };
      else if (lone && segment.links.some((l) => l.kind === 'image')) lone.image = true;

      /** Whether the sentence at folded `pos` asks about results (« Quel résultat attendre… ? », « Why doesn't… ? »). */
      const asked = (pos: number) => {
        const s = sentenceAt(analysis, pos);
        const sentence = text.slice(s.start, s.end);
        return text.slice(s.start, Math.min(text.length, s.end + 2)).includes('?') && askedAbout.test(sentence) && !shownOwn.test(sentence);
      };
      const found: (Candidate & { run: () => void; result: boolean })[] = [];
      const push = (c: Located, result = false, tags?: readonly string[]) =>
        found.push({ ...c, result, run: () => report(segment, c.start, c.end, 'beforeAfter', tags ?? NEUTRAL, !!tags) });
      const hits = screen<TermCandidate<BeforeAfterTerm>>(context, segment, termCandidates(lexicon.find(analysis)), [
        ...contextFilters,
        filter('not-patient-result', (hit) => hit.entry.kind !== 'pair' && (notPatientResult.test(text.slice(hit.fEnd)) || notPatientResultBefore.test(text.slice(0, hit.fStart)))),
        // « une simulation montre le résultat attendu »: a result announced, not shown; « Résultat, … »: a connector.
        filter('expected-result', (hit) => hit.entry.kind === 'result' && expectedResult.test(text.slice(hit.fEnd))),
        // « un second cliché à la dernière séance pour mesurer le résultat »: clinical documentation
        filter('assessed-result', (hit) => hit.entry.kind === 'result' && assessedResult.test(text.slice(0, hit.fStart))),
        // a result in a calendar of effects (« J+2 à J+5 : … J+14 : le résultat est optimal »), no photo named
        filter('calendar', (hit) => hit.entry.kind === 'result' && CALENDAR.test(text) && !PHOTO.test(text)),
        // « J+2 à J+5 : la peau commence à se lisser »: a calendar of effects
        filter('day-range', (hit) => hit.entry.kind === 'result' && /^j/u.test(text.slice(hit.fStart, hit.fEnd)) && (dayRange.test(text.slice(hit.fEnd)) || RANGE_OPENED.test(text.slice(Math.max(0, hit.fStart - 12), hit.fStart)))),
        filter('connector', (hit) => hit.entry.kind === 'result' && sentenceAt(analysis, hit.fStart).start === hit.fStart && resultConnector.test(text.slice(hit.fEnd))),
        // « la différence entre une entorse et une fracture » explains; « regardez la différence entre J0 et J30 » shows.
        filter('contrast-explained', (hit) => hit.entry.kind === 'result' && contrastExplained.test(text.slice(hit.fEnd))),
        // « transformation complète du cabinet », « transformation digitale »: a place or a system, not a body.
        // « le résultat, 6 mois après l'intervention, varie selon les patients »: information, not a shown result.
        // « Au terme des séances, le changement est souvent net »: results in general, for a shown result too
        filter('general-information', (hit) => {
          const concerned = hit.entry.kind === 'result' ? /resultat/u.test(text.slice(hit.fStart, hit.fEnd)) : hit.entry.id === 'resultat-date';
          if (!concerned) return false;
          const s = sentenceAt(analysis, hit.fStart);
          const sentence = text.slice(s.start, s.end);
          return generalResult.test(sentence) || resultsAppraised.test(sentence);
        }),
        // « des avant-après toujours plus spectaculaires envahissent les réseaux », « regarder les clichés avant/après d'implants
        // rassure parfois »: pictures of others talked about, not the practice's own shown (no « nos », « voici »…).
        filter('talked-about', (hit) => {
          const s = sentenceAt(analysis, hit.fStart);
          // (issue #7: « on croise des avant/après bluffants partout »: the praise of a pair talked about shares its fate)
          if (hit.entry.id !== 'avant-apres' && hit.entry.id !== 'before-after') {
            const pair = PAIR_QUALIFIED.exec(text.slice(s.start, hit.fStart));
            if (!pair) return false;
            return genericPairLead.test(text.slice(s.start, s.start + pair.index)) && !shownOwn.test(text.slice(s.start, s.end));
          }
          // (round 6: a label linking to the practice's gallery, « >> Voir les photos avant / après », shows its own)
          const link = galleryLinkLead.test(text.slice(s.start, hit.fStart)) && galleryLinkRest.test(text.slice(hit.fEnd, s.end));
          return !link && genericPairLead.test(text.slice(s.start, hit.fStart)) && !shownOwn.test(text.slice(s.start, s.end)) && !personClues(segment.text, givenNames(), foldTerm).some((c) => c.kind === 'age');
        }),
        // « Quel résultat attendre d'une greffe ? », « pourquoi ne pas montrer de photos avant/après ? »: a question asked
        // about results, not a case shown (unless the practice points at its own: « voici nos avant/après ? »).
        filter('question', (hit) => asked(hit.fStart)),
        // « elles montrent souvent une transformation spectaculaire »: a change told in general, not this patient's.
        filter('change-in-general', (hit) => {
          if (!/transformation|metamorphose|changement/u.test(text.slice(hit.fStart, hit.fEnd))) return false;
          const s = sentenceAt(analysis, hit.fStart);
          const sentence = text.slice(s.start, s.end);
          // (its own adjective, « transformation spectaculaire », is no photo)
          const own = hit.fEnd + (/^\s+[\p{L}-]+/u.exec(text.slice(hit.fEnd))?.[0].length ?? 0);
          return changeInGeneral.test(sentence) && !shownOwn.test(sentence) && !occursOutside(VISUAL, text, s.start, s.end, hit.fStart, own);
        }),
        // (round 6) « la jeune femme est métamorphosée », « sa transformation complète »: a change told in a story or claimed
        // in prose (a long paragraph, no photo, nothing pointed at in the sentence) is not a picture shown.
        filter('change-told', (hit) => {
          if (hit.entry.id !== 'resultat-montre' || !changeNoun.test(text.slice(hit.fStart, hit.fEnd)) || text.length <= 160) return false;
          const s = sentenceAt(analysis, hit.fStart);
          // (its own adjective, « la métamorphose est spectaculaire », points at nothing: only a photo, a pointer or an arrow does)
          return !POINTED.test(text.slice(s.start, s.end)) && !/[📸📷👉👇➡🔄👀]/u.test(text.slice(s.start, s.end)) && !PHOTO.test(text);
        }),
        filter('not-a-body', (hit) => /transformation|metamorphose|changement/u.test(text.slice(hit.fStart, hit.fEnd)) && notBodyChange.test(text.slice(hit.fEnd))),
        filter('instructions', (hit) => {
          if (hit.entry.kind !== 'pair') return false;
          const s = sentenceAt(analysis, hit.fStart);
          const lead = text.slice(s.start, hit.fStart);
          const after = text.slice(hit.fEnd, s.end);
          const spelled = /\s(?:et|puis|ou)\s/u.test(text.slice(hit.fStart, hit.fEnd));
          // (round 6: « radio avant et après opération », imaging then the pair with no determiner, is a caption)
          const nominal = nominalLead.test(lead) || (imagingLead.test(lead) && !temporalAfterPair.test(after))
            || (!spelled && !temporalAfterPair.test(after) && !instructionsBeforePair.test(lead) && !educational.test(after));
          // « avant et après la pose d'aligneurs chez Léa, 18 ans »: a named patient with an age is a case shown.
          return !nominal && !hasCue(analysis, hit.fStart, hit.fEnd) && !personClues(segment.text, givenNames(), foldTerm).some((c) => c.kind === 'age');
        }),
        // « Les résultats ont montré que 84 % des patients… », « les résultats de l'étude »: a study's findings, not a case
        // shown (« montré » is no picture there). (round 3)
        filter('study-results', (hit) => hit.entry.kind === 'result' && /^r[ée]sultats?$/iu.test(hit.text)
          && STUDY_RESULTS.test(text.slice(hit.end, hit.end + 40) + ' ' + text.slice(sentenceAt(analysis, hit.fStart).start, sentenceAt(analysis, hit.fStart).end))),
        filter('no-visual', (hit) => {
          if (hit.entry.kind === 'pair' || (hit.entry.kind === 'always' && !praiseOnly(hit.text))) return false;
          // A short caption is read whole: « Quelle différence en 4 semaines ! 📸 » (the emoji after the « ! »).
          const s = text.length <= 160 ? { start: 0, end: text.length } : sentenceAt(analysis, hit.fStart);
          const [skipStart, skipEnd] = praiseAround(text, hit.fStart, hit.fEnd) ?? [hit.fStart, hit.fEnd];
          return !occursOutside(VISUAL, text, s.start, s.end, skipStart, skipEnd);
        }),
      ]);
      for (const hit of hits) {
        const { kind } = hit.entry;
        push(hit, kind !== 'always' && kind !== 'pair', kind === 'always' && hit.text.startsWith('#') ? hit.entry.suggestions : undefined);
      }
      const labelled = labelledPair.exec(text);
      if (labelled) {
        const c = at(labelled.index, labelled.index + labelled[0].replace(/\s*:$/u, '').length, 'labelled-pair');
        if (passes(c, [filter('instructions', () => instructionStart.test(labelled[1]))])) push(c);
      }
      // « peeling_avant_apres.jpg » written in the text: an image's file name naming a before/after (round 5).
      for (const m of text.matchAll(writtenFileName)) {
        // (the pair itself: a lone « _avant » or « _ba » in a written name is too weak without the image around it)
        if (!/(?:avant[-_.]?(?:et[-_.]?|vs[-_.]?)?apres|before[-_.]?(?:and[-_.]?)?after)/u.test(m[0])) continue;
        const c = at(m.index, m.index + m[0].length, 'written-file-name');
        if (passes(c)) push(c);
      }
      // (round 6) « le cas ci-contre : notre patiente voulait un effet léger »: a patient's case shown.
      const shownCase = caseShown.exec(text);
      if (shownCase) {
        const s = sentenceAt(analysis, shownCase.index);
        const c = at(shownCase.index, shownCase.index + shownCase[0].length, 'case-shown');
        if (passes(c, [filter('no-patient-or-care', () => !caseShownSubject.test(text.slice(s.start, s.end)))])) push(c);
      }
      // (issue #7) « voir la photo ci-contre : notre patiente à son arrivée »: a patient's case shown in pictures.
      const shownPhoto = casePhotoShown.exec(text);
      if (shownPhoto && !shownCase) {
        const s = sentenceAt(analysis, shownPhoto.index);
        const c = at(shownPhoto.index, shownPhoto.index + shownPhoto[0].length, 'case-photo');
        if (passes(c, [filter('no-patient', () => !casePhotoSubject.test(text.slice(s.start, s.end)))])) push(c);
      }
      // (issue #7) « évolution de la greffe : 1 mois, 4 mois, 1 an (photos) »: one case pictured at several dates.
      // (the photos shown, « ci-dessous », « voici », not asked for: « apportez vos photos »)
      // (only where nothing else was found: a calendar already reported on its photo keeps one report)
      if (!found.length && seriesPhoto.test(text) && POINTED.test(text) && seriesSubject.test(text) && !seriesCalendar.test(text)) {
        const points = [...text.matchAll(timePoints)];
        if (new Set(points.map((p) => p[0].replace(/\s+/gu, ' '))).size >= 3) {
          const last = points[points.length - 1];
          const c = at(points[0].index, last.index + last[0].length, 'photo-series');
          if (passes(c)) push(c);
        }
      }
      // (issue #7) « notre patient avant l'intervention et au contrôle des 3 mois »: one patient at two moments.
      const beforeCheck = patientBeforeCheck.exec(text);
      if (beforeCheck && !found.length) {
        const c = at(beforeCheck.index, beforeCheck.index + beforeCheck[0].length, 'patient-before-check');
        if (passes(c)) push(c);
      }
      // (round 6) « photos prises cinq ans après l'opération »: pictures of a case, dated by its care.
      const dated = datedPhotos.exec(text);
      if (dated) {
        const c = at(dated.index, dated.index + dated[0].length, 'dated-photos');
        const s = sentenceAt(analysis, dated.index);
        const sentence = text.slice(s.start, s.end);
        // (the protocol of a clinical file, « photos prises trois mois après l'intervention pour évaluer la cicatrice », shows none)
        if (passes(c, [filter('general-information', () => generalResult.test(sentence) || /(?<![a-z])(?:afin\s+d'|pour\s+|(?:sert|servent)\s+a\s+|(?:permet|permettent)\s+d')(?:apprecier|evaluer|juger|comparer|suivre|mesurer|documenter|controler|verifier)(?![a-z])/u.test(sentence))])) push(c);
      }
      // « La transformation de Lucas »: a given name, capitalised as written, whose change is shown.
      for (const m of text.matchAll(namedTransformation)) {
        const word = m[1] ?? m[2];
        const pos = m.index + (m[1] ? m[0].length - word.length : 0);
        const o = analysis.toOriginal(pos, pos + word.length);
        const written = analysis.text.slice(o.start, o.end);
        const c = at(m.index, m.index + m[0].length, 'named-transformation');
        if (passes(c, [
          filter('not-a-first-name', () => !/^\p{Lu}/u.test(written) || !givenNames().has(foldTerm(written))),
          // « la transformation de Pasteur en centre de santé »: a place or a thing turned into another.
          // (« la transformation de Margaux en images » is still hers).
          filter('conversion', () => /^\s+(?:en(?!\s+(?:images?|photos?|vid[ée]os?|direct|quelques|\d))|\p{Lu})/u.test(analysis.text.slice(o.end))),
        ])) push(c);
      }
      // « Avant, je cachais mon sourire. Aujourd'hui, je ris sur les photos »: a before and after told in two sentences.
      const told = toldPair.exec(text) ?? toldPairAfterCare.exec(text);
      if (told) {
        const c = at(told.index, told.index + told[0].trimEnd().length, 'told-pair');
        if (passes(c, [filter('not-a-result', () => !resultSubject.test(told[0]))])) push(c);
      }
      // « Jour 1 ➡️ Jour 45 », « au début de son traitement… et aujourd'hui »: two states of the same care.
      const two = twoStates.exec(text);
      if (two) {
        const c = at(two.index, two.index + two[0].length, 'two-states');
        // What is changed is named next to the two states (not a practice's own story: « au début de ma carrière… aujourd'hui »).
        const around = text.slice(Math.max(0, c.fStart - 60), c.fEnd + 60);
        if (passes(c, [filter('not-a-result', () => !sideBySide.test(two[1]) && !resultSubject.test(around) && !twoStatesSubject.test(around) && !hasCue(analysis, c.fStart, c.fEnd)),
          filter('practice-story', () => practiceStory.test(around)),
          // « avant, pendant et après la séance : … »: a timeline of the care, then what is done
          filter('care-timeline', () => /^pendant/u.test(two[0]) && temporalAfterPair.test(text.slice(c.fEnd))),
          filter('general-information', () => generalResult.test(text)),
          filter('question', () => asked(c.fStart))])) push(c);
      }
      const lr = leftRight.exec(text);
      const lrEnd = lr ? lr.index + lr[0].length : 0;
      if (lr) {
        const c = at(lr.index, lrEnd, 'left-right');
        if (passes(c, [filter('no-progress', () => !progressMarkers.test(lr[1] + text.slice(lrEnd, lrEnd + 40)))])) push(c);
      }
      // One report per presentation: a shown result adds nothing when the paragraph already has a pair or a hashtag.
      const strong = found.some((f) => !f.result);
      for (const f of separate(context, segment, screen(context, segment, found, [filter('pair-already', (f) => strong && f.result)]))) f.run();
    }
  },
});

