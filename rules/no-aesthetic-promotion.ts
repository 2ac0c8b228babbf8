// Flags promotion of aesthetic acts (incitement, promises, offers, minors, influencers); objective information on them is allowed.
import { Lexicon, PERCENT, PRICE, foldTerm, termsRegex, isHedged, isNegated, isQuoted, isWarningContext, sentenceAt, matches as test, defineRule, excerpt, filter, nonOverlapping, prose, rewordings, screen, separate, termCandidates, citeAll } from '../src/rule-kit.js';
import type { Hit, SegmentView } from '../src/rule-kit.js';
import * as T from './no-aesthetic-promotion.terms.js';

const actLexicon = new Lexicon<T.AestheticAct>(T.acts);
const framingLexicon = new Lexicon<T.Framing>(T.framing);
const AESTHETIC = termsRegex(T.aestheticContext);
const THERAPEUTIC = termsRegex(T.therapeuticContext);
const INFORMATION = termsRegex(T.informationContext);
const CRITICISM = termsRegex(T.criticism);
/** How far (folded characters) an emoji or a descriptive claim may sit from the act it sells. */
const NEAR = 40;
const ESCALATION = [termsRegex(T.escalationCues), PRICE, PERCENT];
const MESSAGE: Record<T.Framing['kind'], string> = {
  claim: 'aestheticPromotion', call: 'aestheticPromotion', guarantee: 'aestheticPromotion',
  commercial: 'commercialAesthetic', minors: 'minorsTargeted', partner: 'influencerPromotion',
};

type Place = { fStart: number; fEnd: number; text: string };
const overlap = (a: Place, b: Place) => a.fStart < b.fEnd && b.fStart < a.fEnd;
const distance = (a: Place, b: Place) => (overlap(a, b) ? Infinity : Math.max(a.fStart - b.fEnd, b.fStart - a.fEnd));

interface Paragraph extends SegmentView {
  framing: Hit<T.Framing>[];
  /** Acts named in the paragraph, aesthetic in their sentence (not "toxine botulique … migraine"). */
  acts: Place[];
}

function read(view: SegmentView): Paragraph {
  const { analysis: a } = view;
  const folded = a.folded.text;
  const found = actLexicon.find(a);
  // A cue inside an act ("réduction" of "réduction mammaire") or inside a longer cue ("promo" of "bal de promo") is not one.
  const framing = nonOverlapping(framingLexicon.find(a)).filter((f) => !found.some((h) => overlap(f, h) && h.fEnd - h.fStart > f.fEnd - f.fStart));
  const aestheticHere = test(AESTHETIC, folded);
  const acts = [
    ...found.filter((h) => {
      const s = sentenceAt(a, h.fStart);
      if (h.entry.ambiguous && !aestheticHere) return false;
      if (framing.some((f) => !f.entry.evokesAct && overlap(f, h))) return false; // "effet lifting" is a claim, not a lifting
      return !test(THERAPEUTIC, folded.slice(s.start, s.end));
    }),
    ...framing.filter((f) => f.entry.evokesAct),
  ];
  return { ...view, framing, acts };
}

/** Whether a framing cue promotes here: not quoted, criticised, negated, hedged or asked about. */
function promotes(p: Paragraph, f: Hit<T.Framing>, actNearby: boolean): boolean {
  const a = p.analysis;
  const { kind, sentence, weak } = f.entry;
  if (isQuoted(a, f.fStart, f.fEnd) || isWarningContext(a, f.fStart)) return false;
  const s = sentenceAt(a, f.fStart);
  const sentenceText = a.folded.text.slice(s.start, s.end);
  if (test(CRITICISM, sentenceText)) return false;
  const claimLike = kind === 'claim' || kind === 'guarantee';
  if (isNegated(a, f.fStart, f.fEnd, { sansNegates: !/^sans\s/u.test(a.folded.text.slice(f.fStart)) })) return false;
  if (claimLike && (isHedged(a, f.fStart) || /\?\s*$/u.test(sentenceText.trimEnd()))) return false;
  if (sentence || weak) {
    const near = (h: Place) => h.fStart >= s.start && h.fStart < s.end && distance(h, f) <= (sentence ? NEAR : Infinity) && !overlap(h, f);
    if (!p.acts.some(near)) return false;
  } else if (!actNearby) return false;
  if (weak) {
    const others = a.folded.text.slice(0, f.fStart) + ' '.repeat(f.fEnd - f.fStart) + a.folded.text.slice(f.fEnd);
    if (test(INFORMATION, others)) return false;
  }
  return true;
}

export default defineRule({
  meta: {
    id: 'no-aesthetic-promotion',
    type: 'problem',
    severity: 'warn',
    docs: {
      description: 'Signale la promotion d’actes à visée esthétique (incitation, promesse, offre, mineurs, influenceurs)',
      rationale:
        'Parler d’un acte esthétique est permis ; en faire la promotion ne l’est pas. La communication du médecin doit rester loyale, informative et ne pas inciter à des soins inutiles ; une installation de chirurgie esthétique perd son autorisation pour une communication commerciale déloyale ou qui incite les mineurs ; un devis et un délai de réflexion de 15 jours précèdent toute intervention, ce qui contredit « réservez vite » ; et un influenceur n’a pas le droit, lui non plus, de vanter un acte esthétique.',
      allowed:
        'Information objective sur l’acte : indications, contre-indications, risques, suites, qualification de l’opérateur, devis et délai de réflexion ; usages thérapeutiques (migraine, arthrose, reconstruction) ; mises en garde contre les injecteurs illégaux.',
    },
    references: [
      { title: 'CSP, art. R.4127-19-1 (communication loyale, sans incitation)', url: 'https://french-business-law.com/french-legislation-art/article-r4127-19-1-of-the-french-public-health-code' },
      { title: 'CSP, art. L.6322-1 (chirurgie esthétique : communication commerciale, mineurs)', url: 'https://fhpmco.fr/2023/03/13/depeche-expert-n732-retrait-autorisation-chirurgie-esthetique-sous-certaines-conditions' },
      { title: 'CSP, art. D.6322-30 (devis, délai de réflexion de 15 jours)', url: 'https://www.legifrance.gouv.fr/codes/id/LEGISCTA000006190919/2020-11-28/' },
      { title: 'Loi n° 2023-451, art. 4 (influenceurs et actes esthétiques)', url: 'https://www.cabinetgpl.com/blog/linfluenceur-interdiction-de-faire-la-promotion-des-actes-a-visee-esthetique' },
      { title: 'CNOM, charte du médecin créateur de contenu (2025)', url: 'https://conseil68.ordre.medecin.fr/actualites/une-charte-du-medecin-createur-de-contenu-responsable' },
    ],
    legal: ['communication', 'aesthetic'],
    fixable: false,
    hasSuggestions: true,
    french: true,
    options: {
      allow: { type: 'string[]', default: [], expressions: true, description: 'Expressions à ne jamais signaler (ex. le nom d’un protocole).' },
    },
    messages: {
      aestheticPromotion:
        '« {{match}} » : promotion d’un acte à visée esthétique ({{act}}), la communication doit rester strictement informative ({{article}}) ; décrivez l’acte, ses risques et le délai de réflexion, sans incitation ni promesse',
      commercialAesthetic:
        '« {{match}} » : offre commerciale sur un acte à visée esthétique ({{act}}), interdite ({{article}}) ; retirez l’offre et l’urgence, un devis et un délai de réflexion de 15 jours précèdent tout acte',
      minorsTargeted:
        '« {{match}} » : promotion d’un acte à visée esthétique ({{act}}) auprès de mineurs ({{article}}) ; retirez cette cible et réservez l’information aux adultes',
      influencerPromotion:
        '« {{match}} » : partenariat ou influence au service d’un acte à visée esthétique ({{act}}), interdit ({{article}}) ; retirez le partenariat et informez objectivement',
      useWording: 'Remplacer par « {{suggestion}} »',
      removeWording: 'Supprimer « {{match}} »',
    },
  },
  check(context) {
    const article = citeAll([context.article('communication'), context.article('aesthetic')]);
    const paragraphs = [...prose(context)].map(read);
    if (!paragraphs.some((p) => p.acts.length)) return;
    // Acts of the paragraph, of its heading and of its neighbours (a caption and its image, a title and its text).
    const heading: (Paragraph | undefined)[] = [];
    paragraphs.forEach((p, i) => (heading[i] = p.segment.kind === 'heading' ? p : heading[i - 1]));
    const actOf = (i: number) => [paragraphs[i], heading[i], paragraphs[i - 1], paragraphs[i + 1]].flatMap((p) => p?.acts.map((h) => h.text) ?? []);
    const found: { p: Paragraph; f: Hit<T.Framing>; act: string }[] = [];
    paragraphs.forEach((p, i) => {
      const acts = actOf(i);
      const accepted = screen(context, p.segment, termCandidates(p.framing), [filter('context', (f) => !promotes(p, f, acts.length > 0))]);
      // A companion cue (an emoji, « craquez ») sells only beside another cue.
      const sold = screen(context, p.segment, accepted, [filter('companion-alone', (f) => !!f.entry.companion && !accepted.some((g) => !g.entry.companion))]);
      // One report per sentence and kind of problem.
      for (const f of separate(context, p.segment, sold, (f) => `${sentenceAt(p.analysis, f.fStart).start}:${MESSAGE[f.entry.kind]}`)) {
        const own = [...p.acts].sort((x, y) => distance(x, f) - distance(y, f))[0];
        found.push({ p, f, act: excerpt(own?.text ?? acts[0], 40) });
      }
    });
    if (!found.length) return;
    const escalated =
      context.profile === 'esthetique' ||
      found.some(({ f }) => f.entry.kind !== 'claim' && f.entry.kind !== 'call') ||
      paragraphs.some((p) => ESCALATION.some((re) => test(re, p.analysis.folded.text)));
    for (const { p, f, act } of found) {
      const range = context.rangeOf(p.segment, f.start, f.end);
      // An incitement, an offer, an emoji can simply go; a promise is better reworded.
      const remove = f.entry.kind === 'claim' || f.entry.kind === 'guarantee' ? [] : [{ messageId: 'removeWording', data: { match: f.text }, fix: { range, text: '' } }];
      const suggest = [...rewordings(context, p.segment, f.start, f.end, f.entry.suggestions ?? []), ...remove];
      context.report({ messageId: MESSAGE[f.entry.kind], data: { match: f.text, article, act: `« ${act} »` }, range, severity: escalated ? 2 : 1, suggest });
    }
  },
});
