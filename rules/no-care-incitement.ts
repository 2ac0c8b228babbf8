// Flags pushes towards care nobody needs: fear and urgency appeals, routine exams for everyone, preventive aesthetics.
import { Lexicon, termsRegex, sentenceAt, isNegated, isQuoted, isCriticised, linksHaveSource, foldTerm, matches as has, hasCriticismCue, phraseAt, defineRule, excerpt, filter, filterWhy, prose, rewordings, screen, separate, termCandidates, hasConditionClause, isAttributedStatement, isWholeQuotation } from '../src/rule-kit.js';
import type { Hit } from '../src/rule-kit.js';
import {
  aestheticActs, calendarRhythm, careBroad, careContext, checkUps, careTerms, conditionalOrPrescribed, exams, officialAcronyms, officialOrEmergency,
  recommending, restrictedGroup, type CareTerm,
  visitWords, prescriptive, evenWithout, officialInPhrase, ownPush, anyAge,
} from './no-care-incitement.terms.js';
import { bookingContext, careVisit } from './no-care-incitement.terms.js';

const lexicon = new Lexicon<CareTerm>(careTerms);
const CARE = termsRegex(careContext);
const CARE_BROAD = termsRegex([...careContext, ...careBroad]);
const EXAMS = termsRegex(exams);
const AESTHETIC = termsRegex(aestheticActs);
const CHECK_UPS = termsRegex(checkUps);
const RECOMMENDING = termsRegex(recommending);
const OFFICIAL = termsRegex(officialOrEmergency);
const OFFICIAL_PHRASE = termsRegex([...officialOrEmergency, ...officialInPhrase]);
const OWN_PUSH = termsRegex(ownPush);
const CONDITIONAL = termsRegex(conditionalOrPrescribed);
const RHYTHM = termsRegex(calendarRhythm);
const BOOKING = termsRegex(bookingContext);
const VISIT = termsRegex(careVisit);
const VISIT_WORDS = termsRegex(visitWords);
const PRESCRIPTIVE = termsRegex(prescriptive);
const EVEN_WITHOUT = termsRegex(evenWithout);
const ANY_AGE = termsRegex(anyAge);
/** « à raison d'une fois par mois », « à un rythme de trois séances par an »: a rhythm set as advice. Folded. */
const AT_RHYTHM = /(?<![a-z])(?:au|a\s+un|a\s+raison\s+d(?:e|'))\s*(?:rythme\s+(?:de|d')\s*)?(?:au\s+moins\s+)?(?:une?|deux|trois|quatre|\d+)\s+(?:fois|seances?|visites?|consultations?)\s+par\s+(?:an|annee|mois|semaine|trimestre|semestre)(?![a-z])/u;
/** Bodies cited for other things than a schedule (the WHO's definition of health, a dental union): they clear their own phrase only. */
const CITED_BODIES = /(?<![a-z])(?:oms|ufsbd|cngof|organisation\s+mondiale\s+de\s+la\s+sante)(?![a-z])/u;
const unlessCache = new Map<readonly string[], RegExp>();
const unless = (terms: readonly string[]) => unlessCache.get(terms) ?? unlessCache.set(terms, termsRegex(terms)).get(terms)!;
// (round 10: the group named as such, « aux personnes dites "à risque" »)
const RESTRICTED_GROUP = new RegExp(`(?:(?:chez|pour|a)\\s+(?:les|nos|vos|des|toutes?\\s+les|tous\\s+les)|aux)\\s+(?:patient\\p{L}*\\s+|personnes\\s+|femmes\\s+|hommes\\s+|enfants\\s+)?(?:dit(?:e)?s\\s+)?["«“]?\\s*(?:${termsRegex(restrictedGroup).source})`, 'gu');
const RESTRICTED = new RegExp(`^\\s*(?:${termsRegex(restrictedGroup).source})`, 'u');

const MESSAGE: Record<CareTerm['kind'], string> = {
  urgency: 'fearAppeal',
  fear: 'fearAppeal',
  nudge: 'fearAppeal',
  universal: 'routineForAll',
  universalWeak: 'routineForAll',
  age: 'preventiveAct',
  preventive: 'preventiveAct',
  scarcity: 'bookingPressure',
  routine: 'routineForAll',
  booking: 'bookingPressure',
  prescribed: 'routineForAll',
  scarcityCare: 'bookingPressure',
  preventiveCare: 'routineForAll',
  seasonal: 'bookingPressure',
};

/** « surtout quand on marche beaucoup » stresses the advice, it does not restrict it to a case. */
const STRESSED_CASE = /(?<![a-z])(?:surtout|notamment|en\s+particulier|particulierement|d'autant\s+plus|a\s+fortiori)\s+(?:si|s'il|s'ils|quand|lorsque|lorsqu')/gu;
/**
 * A condition that only raises the rhythm (« chaque année, voire plus souvent si vous courez ») leaves the base
 * rhythm addressed to everyone: the increment and its condition are set aside.
 */
const INCREMENT = /(?<![a-z])(?:et|ou|voire|,)\s*(?:bien\s+|parfois\s+|encore\s+)?(?:plus|davantage)\s+(?:souvent|frequemment|tot|regulierement|rapproche\p{L}*)?\s*(?:si|s'il|s'ils|s'elle|en\s+cas|chez|pour\s+les|lorsque|quand)(?![a-z])[^.!?;]{0,200}/gu;
/** A concession is no condition (« un bilan chaque année, s'il n'est pas obligatoire, se programme … »). */
const CONCESSIVE = /(?<![a-z])(?:meme\s+)?(?:s'(?:il|ils)|si\s+(?:elle|elles))\s+(?:n'est|ne\s+sont|n'etait)\s+pas\s+(?:obligatoire|indispensable|rembourse|necessaire|remboursee)s?(?![a-z])/gu;
const unconditioned = (sentence: string) => sentence.replace(STRESSED_CASE, ' ').replace(INCREMENT, ' ').replace(CONCESSIVE, ' ');
const conditioned = (sentence: string) => hasConditionClause(unconditioned(sentence));
/** « Contrairement aux idées reçues, … » asserts what follows: it is no criticism of it. */
const MYTH_BUSTING = /(?<![a-z])contrairement\s+(?:a|aux)\s+(?:(?:certaines|les|des)\s+)?idees?\s+recues?/gu;
/** A verb of notice, cancellation or payment, then a few words, where a hurry ends (« prévenir … le plus tôt possible »). Folded. */
const LOGISTICS_BEFORE = /(?<![a-z])(?:prevenir|prevenez|informer|informez|avertir|avertissez|signaler|signalez|annuler|annulez|decommander|decommandez|reporter|reportez|repondre|repondez|renvoyer|renvoyez|retourner|retournez|regler|reglez|payer|payez|transmettre|transmettez|envoyer|envoyez)(?![a-z])(?:\s+[a-z'-]+){0,5}\s*$/u;
/** A negative question put to the reader (« Ne consultez-vous pas… ? », « N'allez-vous pas chez… ? »): an assertion. Folded. */
const RHETORICAL = /^[\s"'(*_-]*(?:ne\s+|n')[a-z]+-(?:vous|nous|on|tu|t-on|t-il|t-elle)\s+(?:donc\s+)?pas(?![a-z])[^?]*\?\s*$/u;
/** A question asked to open an explanation (« Faut-il consulter chaque année ? », « Pourquoi venir en préventif ? »). */
const QUESTION = /\?\s*$/u;
const ASKING = /(?<![a-z])(?:faut-il|doit-on|dois-je|quand|quelle|quel|combien|pourquoi|est-ce|comment)(?![a-z])|^[^.!?:]{1,80}:(?!\s*et\s+si(?![a-z]))\s*[^.!?:]{1,80}\?\s*$/u;
// (round 10: a heading that puts its topic as a question, « Le détartrage : une habitude annuelle ? », asks; « et si… ? » suggests)
/** A sentence opening on a demonstrative (« Cette approche… », « Ce suivi… »): its subject is the care just named. */
const ANAPHORA = /^[\s"'(*_-]*(?:cette|cet|ce|ces|celle-ci|celui-ci)\s/u;
const PREVENTION = /(?<![a-z])(?:prevention|preventi(?:f|ve|fs|ves))(?![a-z])/u;
/**
 * The advised rhythm stated as a noun phrase (« La fréquence idéale : un passage par an. », « le rythme
 * conseillé, tous les six mois »): the visit or exam it times is named in the sentence before or after; a rhythm said to vary or
 * to depend on the patient is no advice. Folded.
 */
const ADVISED_RHYTHM = /(?<![a-z])(?:la|une|le|un)\s+(?:frequence|rythme|periodicite)\s+(?:de\s+(?:visite|consultation|controle)s?\s+)?(?:conseillee?|recommandee?|ideale?|preconisee?|optimale?)(?![a-z])/u;
const VARYING = /(?<![a-z])(?:(?:peut|peuvent|pourra)\s+varier|varie|varient|depend|dependent|depend\s+de|selon\s+(?:les|chaque|votre|vos|le|la)|au\s+cas\s+par\s+cas)(?![a-z])/u;

/** An official programme named back by a demonstrative (« ce dispositif », « ce dépistage », « cette campagne »). Folded. */
const PROGRAMME_BACK = /(?<![a-z])(?:ce|cet|cette|ces)\s+(?:dispositif|depistage|programme|campagne|test|examen|vaccin|vaccination|rappel|invitation|kit)s?(?![a-z])/u;

/** A sentence carried by a pronoun or a demonstrative: its subject is in the sentence before. */
const ANAPHORA_PRONOUN = /(?<![a-z])(?:il|elle|ils|elles|cette|cet|ce|ces)\s/u;

/**
 * Whether the context gives the cue its incitement: care named, an exam recommended, an aesthetic act. An urgency
 * appeal reads its whole paragraph (and, for a heading, the paragraph under it); other cues read their sentence.
 */
/**
 * A question-and-answer sheet (« Pour qui ? Chaque adulte dès 40 ans. Combien de fois ? Une fois par an. »): the prompt
 * just before asks who should come or how often, and the answer is the advice, addressed to everyone it names.
 */
const QA_PROMPT = /(?<![a-z])(?:pour\s+qui|a\s+quel(?:le)?\s+(?:rythme|frequence|age)|a\s+partir\s+de\s+quel\s+age|quand\s+(?:consulter|faire\s+(?:un|une|le|la|ce|cet|cette)\s+[a-z]+|le\s+faire|y\s+aller|s'y\s+rendre)|tous\s+les\s+combien|combien\s+de\s+fois|qui\s+(?:est|sont)\s+concerne(?:e|s|es)?)\s*\?\s*$/u;
const QA_KINDS = new Set<CareTerm['kind']>(['prescribed', 'age', 'universal', 'universalWeak', 'routine']);

function incites(kind: CareTerm['kind'], sentence: string, paragraph: string, around: string, previous = ''): boolean {
  // (the exam is often the page's heading, out of the paragraph: the prompt says the answer is advice enough)
  if (QA_KINDS.has(kind) && QA_PROMPT.test(previous) && !QUESTION.test(sentence)) return true;
  switch (kind) {
    case 'urgency':
      return has(CARE_BROAD, paragraph);
    case 'scarcityCare':
      // slots for an exam, a session or a practitioner (« derniers créneaux pour votre détartrage »), not for a workshop
      return has(EXAMS, paragraph) || has(VISIT, paragraph);
    case 'fear':
      // the fear in one sentence, the booking in the next (« Plus vous attendez, plus ce sera long. Appelez le cabinet. »)
      return has(CARE, around);
    case 'universal':
      // « tout le monde devrait consulter un ostéopathe »: a practitioner or a visit is care enough; a demonstrative
      // subject carries the care of the sentence before (« La prévention… Cette approche concerne chacun »)
      // (a question that opens an explanation asks, it does not advise: « Faut-il consulter même si tout va bien ? »)
      if (QUESTION.test(sentence) && ASKING.test(sentence)) return false;
      return has(CARE, sentence) || has(VISIT, sentence) || (ANAPHORA.test(sentence) && (has(CARE_BROAD, around) || PREVENTION.test(around))) ||
        // advice for everyone « même si tout va bien » whose care is named in the sentence before or after (« Même si vos
        // dents vont bien, il est important… Seul un professionnel détecte… »)
        (has(EVEN_WITHOUT, sentence) && has(PRESCRIPTIVE, sentence) && !QUESTION.test(sentence) && (has(CARE, around) || has(VISIT, around)));
    case 'nudge':
      // « il est temps de prendre rendez-vous », « sans tarder » next to a booking in the same or the next sentence, or a
      // practitioner (« il est temps de confier votre posture à un spécialiste »)
      return has(EXAMS, around) || has(AESTHETIC, around) || has(BOOKING, around) || has(VISIT, around);
    case 'prescribed':
      // the advised rhythm as a noun phrase, its visit in the sentence before (« Un contrôle chez l'orthoptiste s'impose.
      // Le rythme recommandé : deux fois l'an. »)
      if (ADVISED_RHYTHM.test(sentence) && !VARYING.test(sentence) && !QUESTION.test(sentence) && !conditioned(sentence) &&
        (has(VISIT_WORDS, around) || has(EXAMS, around))) return true;
      // a rhythm prescribed to every age or set as advice (« entretenez votre ouïe régulièrement, à tout âge, c'est capital »,
      // « à raison d'une fois par mois, c'est indispensable »), the check it times named in the sentence before or after (round 9)
      if ((has(ANY_AGE, sentence) || AT_RHYTHM.test(sentence)) && has(PRESCRIPTIVE, sentence) && !VARYING.test(sentence) && !QUESTION.test(sentence) &&
        !conditioned(sentence) && (has(VISIT_WORDS, around) || has(EXAMS, around)) && !conditioned(around.replace(sentence, ' '))) return true;
      // a visit prescribed on a rhythm, to every reader: not a question (« faut-il y aller chaque année ? ») nor a condition;
      // a negative question put to the reader prescribes by itself (« Ne passez-vous pas chez l'opticien une fois par an ? »)
      return (has(VISIT_WORDS, sentence) || has(EXAMS, sentence) || has(AESTHETIC, sentence)) &&
        (RHETORICAL.test(sentence) || (has(PRESCRIPTIVE, sentence) && !QUESTION.test(sentence))) &&
        (!conditioned(sentence) || has(EVEN_WITHOUT, sentence));
    case 'universalWeak':
      // the exam may be named in the paragraph ("Le dépistage du mélanome ? Chez nous, tous les 3 mois pour tout le monde")
      return has(EXAMS, paragraph) && has(RECOMMENDING, sentence);
    case 'age':
      // Age thresholds are how official screening is written ("après 50 ans, tous les 2 ans"): only an aesthetic act,
      // or a check-up that no programme schedules by age.
      // the act may be the subject of the sentence before (« Le botox… Il s'affirme dès la fin de la vingtaine »)
      // A visit prescribed at an age with no need stated (« dès 7 ans, prévoyez une visite chez l'orthodontiste ») is
      // routine for every child or adult of that age.
      return has(AESTHETIC, sentence) || (ANAPHORA_PRONOUN.test(sentence) && has(AESTHETIC, around)) || (has(CHECK_UPS, sentence) && has(RECOMMENDING, sentence)) ||
        (has(VISIT_WORDS, sentence) && has(PRESCRIPTIVE, sentence) && !QUESTION.test(sentence) && !conditioned(sentence));
    case 'routine':
      // a rhythm, or the check-up kept up for every reader « même si » nothing calls for it (« même si tout va
      // bien, il reste conseillé de revenir pour un contrôle »)
      return (has(RHYTHM, sentence) && !conditioned(sentence) && !(QUESTION.test(sentence) && ASKING.test(sentence))) ||
        (has(EVEN_WITHOUT, sentence) && has(PRESCRIPTIVE, sentence) && !QUESTION.test(sentence));
    case 'preventiveCare':
      // the care is named in the sentence or next to it (« Les semelles… Elles sont avant tout préventives. »), and it is
      // not a question opening an explanation (« La prévention est-elle la clé ? »)
      return !QUESTION.test(sentence) && (has(CARE_BROAD, around) || has(VISIT, around) || has(EXAMS, around) || has(AESTHETIC, around));
    case 'booking':
      // « faites contrôler ce grain de beauté s'il change de forme »: a symptom-led advice, not a call to everyone
      return has(BOOKING, sentence) && !conditioned(sentence);
    case 'seasonal':
      return (has(BOOKING, sentence) || has(VISIT_WORDS, sentence) || has(EXAMS, sentence) || has(AESTHETIC, sentence)) && !conditioned(sentence) &&
        !(QUESTION.test(sentence) && ASKING.test(sentence));
    default:
      return true;
  }
}

export default defineRule({
  meta: {
    id: 'no-care-incitement',
    type: 'suggestion',
    severity: 'warn',
    docs: {
      description: 'Signale l’incitation à des soins ou examens non nécessaires : peur, urgence, examens systématiques pour tous, actes esthétiques « préventifs »',
      rationale:
        'La communication d’un professionnel de santé ne doit pas inciter à un recours inutile à des actes de prévention ou de soins. Faire peur, presser de réserver, conseiller le même examen à tout le monde ou un acte esthétique « préventif » pousse à consommer des soins sans indication médicale. Le rythme des examens dépend de la situation de chaque patient et des recommandations officielles.',
      allowed:
        'Recommandations officielles de prévention et de dépistage (HAS, Santé publique France, calendrier vaccinal, dépistages organisés, M’T dents), conduite à tenir en urgence (15, 112, 114, 3114, SAMU, permanence des soins), conseils du type « consultez si la fièvre dure plus de 3 jours », suivi prescrit par le médecin du patient.',
    },
    references: [
      { title: 'CSP, art. R.4127-19-1 I (pas d’incitation à un recours inutile aux soins)', url: 'https://french-business-law.com/french-legislation-art/article-r4127-19-1-of-the-french-public-health-code' },
      { title: 'Conseil constitutionnel, 2022-998 QPC (centres de santé, publicité)', url: 'https://ah-avocats.fr/qpc-interdiction-de-la-publicite-en-faveur-des-centres-de-sante' },
      { title: 'CSP, art. R.5122-4 (publicité pour les médicaments)', url: 'https://codes-et-lois.fr/code-de-la-sante-publique/article-r5122-4' },
    ],
    legal: ['communication'],
    fixable: false,
    hasSuggestions: true,
    french: true,
    // A French practice's English or Spanish post is under the same code: « book your check-up », « no esperes ».
    alsoReads: ['eng', 'spa'],
    options: {
      allow: { type: 'string[]', default: [], expressions: true, description: 'Expressions à ne jamais signaler (ex. le nom d’un programme de prévention).' },
    },
    messages: {
      fearAppeal:
        '« {{match}} » : appel à la peur ou à l’urgence pour pousser à consulter ou à réserver ({{article}}) ; renvoyez aux recommandations officielles et aux signes qui doivent amener à consulter',
      routineForAll:
        '« {{match}} » : examen ou soin présenté comme utile à tous, sans indication ({{article}}) ; renvoyez au rythme conseillé par le praticien ou aux recommandations (HAS, dépistage organisé)',
      preventiveAct:
        '« {{match}} » : acte esthétique présenté comme préventif ou lié à l’âge ({{article}}) ; décrivez l’acte, ses indications et ses risques sans y inciter',
      bookingPressure:
        '« {{match}} » : pression à réserver des soins ({{article}}) ; indiquez simplement comment prendre rendez-vous',
      useWording: 'Remplacer par « {{suggestion}} »',
    },
  },
  check(context) {
    const article = context.article('communication');
    const views = [...prose(context)];
    for (const [i, { segment, analysis }] of views.entries()) {
      const text = analysis.folded.text;
      const next = segment.kind === 'heading' ? views[i + 1] : undefined;
      const paragraph = next ? `${text}\n${next.analysis.folded.text}` : text;
      // Official prevention, screening and emergency guidance relay public-health advice, not incitement.
      const official = [segment, ...(next ? [next.segment] : [])];
      // A public body or a link to one relays a campaign for the whole paragraph (and a heading's paragraph); an
      // official word (« vaccin », « urgences », « ameli ») clears its own sentence and the next, not a paragraph
      // that goes on to push a check-up.
      // The paragraph after an official one goes on relaying it when it names the programme back (« ce dispositif a
      // fait ses preuves, pensez-y », « ce dépistage est pris en charge »).
      const previousView = i > 0 ? views[i - 1] : undefined;
      const carried = !!previousView && PROGRAMME_BACK.test(text) &&
        (officialAcronyms.test(previousView.segment.text) || linksHaveSource(previousView.segment.links) || has(OFFICIAL, previousView.analysis.folded.text));
      const relay = carried || official.some((s) => officialAcronyms.test(s.text) || linksHaveSource(s.links)) || (!!next && has(OFFICIAL, text));
      const sentence = (hit: Hit<CareTerm>) => {
        const s = sentenceAt(analysis, hit.fStart);
        return { ...s, text: text.slice(s.start, s.end) };
      };
      // The sentences next to one, or undefined at the segment's edge.
      const sentenceBefore = (s: { start: number }) => (s.start > 0 ? sentenceAt(analysis, Math.max(0, s.start - 2)) : undefined);
      const sentenceAfter = (s: { end: number }) => (s.end < text.length ? sentenceAt(analysis, Math.min(text.length - 1, s.end + 1)) : undefined);
      const officialNear = (hit: Hit<CareTerm>) => {
        const s = sentence(hit);
        let before = sentenceBefore(s) ?? s;
        // a short sentence between (« Son principe ? ») does not break the relay of the sentence above it
        if (before.start > 0 && before.end - before.start < 30) before = sentenceBefore(before)!;
        const p = phraseAt(analysis, hit.fStart);
        const phrase = text.slice(p.start, p.end);
        // an official word in the sentence before clears this one unless this one is the practice's own push; so does
        // the programme named in the sentence after (« même sans symptômes, faites le point. Vous pouvez bénéficier de
        // l'examen de prévention en santé… »): the advice leads in to it
        const after = sentenceAfter(s);
        const neighbour = has(OFFICIAL, text.slice(before.start, s.start)) || (!!after && after.start >= s.end && has(OFFICIAL, text.slice(after.start, after.end)));
        const previous = neighbour && !has(OWN_PUSH, s.text);
        return has(OFFICIAL, s.text) || previous || has(OFFICIAL_PHRASE, phrase) || CITED_BODIES.test(phrase);
      };
      // A public body named elsewhere in the paragraph relays its campaign, not the practice's own push in this sentence.
      const relays = (hit: Hit<CareTerm>) => {
        if (!relay) return false;
        const s = sentence(hit);
        if (!has(OWN_PUSH, s.text)) return true;
        const o = analysis.toOriginal(s.start, s.end);
        return officialAcronyms.test(analysis.text.slice(o.start, o.end));
      };
      // The sentence and its neighbours: a fear or a nudge and the care it pushes are often split (« Plus vous attendez,
      // plus… Appelez le cabinet. », « Les injections ? Il n'est jamais trop tôt pour y penser. »).
      const around = (hit: Hit<CareTerm>) => {
        const s = sentence(hit);
        const next = sentenceAfter(s) ?? s;
        const before = sentenceBefore(s) ?? s;
        return text.slice(Math.min(s.start, before.start), Math.max(s.end, next.end));
      };
      // the sentence just before (a Q&A prompt: « Pour qui ? »), or, for a paragraph's first sentence, a short heading or
      // paragraph just above it that asks (« Qui est concerné ? » set apart by a blank line)
      const previous = (hit: Hit<CareTerm>) => {
        const s = sentence(hit);
        const before = sentenceBefore(s);
        if (before) return text.slice(before.start, s.start).trim();
        const above = previousView?.analysis.folded.text.trim() ?? '';
        return above.length <= 60 && above.endsWith('?') ? above : '';
      };
      const kept = screen(context, segment, termCandidates(lexicon.find(analysis)), [
        filter('official', (hit) => relays(hit) || officialNear(hit)),
        // A quotation holds a word at a distance; a practitioner's advice quoted and attributed (« …», explique le Dr X),
        // or the post itself set in quotation marks, is relayed as the page's own.
        filter('quotation', (hit) => !hit.entry.quotedToo && isQuoted(analysis, hit.fStart, hit.fEnd) && !isAttributedStatement(analysis, hit.fStart, hit.fEnd)
          && !isWholeQuotation(analysis, hit.fStart, hit.fEnd)),
        // criticism in the hit's own phrase: « Attention aux caries silencieuses : un contrôle tous les six mois pour
        // tous » warns about caries and pushes the check-up; « méfiez-vous des centres qui font revenir tous les mois »
        // criticises the rhythm
        filter('criticism', (hit) => {
          const p = phraseAt(analysis, hit.fStart);
          return hasCriticismCue(text.slice(p.start, p.end).replace(MYTH_BUSTING, ' '));
        }),
        // (a negative question asks the reader to agree: « Ne faites-vous pas réviser votre voiture chaque année ? »)
        filter('negation', (hit) => !hit.entry.selfNegated && isNegated(analysis, hit.fStart, hit.fEnd) && !RHETORICAL.test(sentence(hit).text)),
        // "tous nos patients diabétiques", "pour tous les patients sous anticoagulants": a targeted follow-up
        filter('targeted', (hit) =>
          (hit.entry.kind.startsWith('universal') && RESTRICTED.test(text.slice(hit.fEnd, sentence(hit).end).replace(/^\s*(?:les|nos|vos)\s+patient\p{L}*/u, ''))) ||
          // « chez les patients diabétiques, un bilan préventif annuel »: a targeted follow-up, not routine for all
          ((hit.entry.kind === 'routine' || hit.entry.kind === 'prescribed') && has(RESTRICTED_GROUP, sentence(hit).text))),
        filter('context', (hit) => !!hit.entry.unlessSentence && has(unless(hit.entry.unlessSentence), sentence(hit).text)),
        // « en cas de douleur » clears advice tied to a symptom, not advice for everyone that also names one
        // (« une fois par an, même sans douleur, et en cas de gêne »)
        filter('conditional', (hit) => has(CONDITIONAL, unconditioned(sentence(hit).text)) && !has(EVEN_WITHOUT, sentence(hit).text)),
        // « prévenez-nous au plus tôt », « elle va régler le souci au plus vite »: the hurry is for
        // notice, a cancellation or a payment, not for care.
        filter('logistics', (hit) => hit.entry.kind === 'nudge' && LOGISTICS_BEFORE.test(text.slice(Math.max(sentence(hit).start, hit.fStart - 60), hit.fStart))),
        filterWhy('not-inciting', (hit) => (incites(hit.entry.kind, sentence(hit).text, paragraph, around(hit), previous(hit)) ? null : hit.entry.kind)),
      ]);
      const found = kept.map((hit) => {
        const { kind } = hit.entry;
        const messageId = kind === 'age' && !has(AESTHETIC, sentence(hit).text) ? 'routineForAll' : MESSAGE[kind];
        return { start: hit.start, end: hit.end, hit, origin: hit.origin, messageId, sentence: sentence(hit).start };
      });
      // A prescribed rhythm is the fallback of a sentence: reported only where no other cue of the rule was found.
      const cued = new Set(found.filter((f) => f.hit.entry.kind !== 'prescribed').map((f) => f.sentence));
      const primary = found.filter((f) => f.hit.entry.kind !== 'prescribed' || !cued.has(f.sentence));
      // One problem of a kind per sentence.
      for (const f of separate(context, segment, primary, (f) => `${f.sentence}:${f.messageId}`)) {
        context.report({
          messageId: f.messageId,
          data: { match: excerpt(f.hit.text), article },
          range: context.rangeOf(segment, f.start, f.end),
          suggest: rewordings(context, segment, f.start, f.end, f.hit.entry.suggestions ?? []),
        });
      }
    }
  },
});
