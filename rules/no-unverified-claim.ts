// Flags health claims the public cannot check (cure, guarantee, absolute safety, unsourced proof, miracle, abstention).
import { Lexicon, termsRegex, clauseAt, phraseAt, sentenceAt, isNegated, isQuoted, isCriticised, hasSource, foldTerm, matches as has, lastMatchEnd, citesStudy, criticism, isQuotedOwnSpeech, defineRule, excerpt, filter, filterWhy, prose, rewordings, screen, separate, termCandidates, citeAll, isAttributedStatement } from '../src/rule-kit.js';
import type { Analysis, Hit, Span } from '../src/rule-kit.js';
import { claimTerms, hedges, pitchQuestions, type ClaimKind, type ClaimTerm } from './no-unverified-claim.terms.js';

const lexicon = new Lexicon<ClaimTerm>(claimTerms);
const HEDGES = termsRegex(hedges);
const PITCH = new RegExp(`^\\s*(?:${termsRegex(pitchQuestions).source})`, 'u');
const compiled = new Map<readonly string[], RegExp>();
const cue = (terms: readonly string[]) => compiled.get(terms) ?? compiled.set(terms, termsRegex(terms)).get(terms)!;
const words = (s: string) => s.split(/\s+/u).filter(Boolean);
/** A proof that names one study or trial (« une étude … montre »), which later sentences may reference. Folded. */
const STUDY_NAMED = /(?<![a-z])(?:une|cette|l')\s*(?:[a-z-]+\s+)?(?:etude|essai|meta-?analyse|enquete|recherche)(?![a-z])/u;
/** The far side of a comparison (« soigne plus de troubles qu'on ne pourrait le croire », « bien plus vite qu'on ne le
 *  croit »): its modal is the reader's expectation, not a hedge on the claim. Folded. */
const EXPECTATION = /(?<![a-z])(?:qu'on|que\s+l'on|que\s+vous|qu'ils|qu'elles|qu'il|qu'elle)\s+(?:ne\s+|n')?(?:le\s+|l')?(?:pourrait|pourraient|pourriez|pourrions|peut|peuvent|pense\p{L}*|croi\p{L}*|imagin\p{L}*|suppos\p{L}*)(?:\s+(?:le\s+)?(?:penser|croire|imaginer|supposer))?(?![a-z])/gu;

/** A modal of the speaker's assent or of capability, not of outcome: « on peut néanmoins convenir qu'au moins 80 % des
 *  poils ne repoussent plus », « nous pouvons faire en sorte que la douleur ne revienne pas » assert the result. Folded. */
const ASSENT_MODAL = /(?<![a-z])(?:on|nous|vous)\s+(?:peut|pouvons|pouvez|pourra|pourrait)\s+(?:(?:donc|neanmoins|toutefois|cependant|aujourd'hui|deja|ainsi|alors|bien)\s+)*(?:(?:dire|affirmer|convenir|considerer|estimer|conclure|assurer|certifier)\s+(?:que(?![a-z])|qu')|faire\s+en\s+sorte(?![a-z]))/gu;

/** A modal of use, not of outcome: « peut être utilisé chez… », « peuvent être associés » say when the act is done,
 *  they do not make its result uncertain. Folded. */
const USE_MODAL = /(?<![a-z])(?:peut|peuvent|pourra|pourront)\s+(?:aussi\s+|egalement\s+|donc\s+|tout\s+a\s+fait\s+)?(?:(?:etre\s+)?(?:utilise|pratique|realise|effectue|propose|associe|combine|renouvele|repete|envisage|indique|applique|fait|donne|administre|prescrit|pris|employe|consomme|injecte|porte|suivi|traite|epile|soigne|opere|pose|retire|enleve|corrige|vaccine|detatoue|implante|greffe|extrait|remplace)e?s?|(?:s'\s*|se\s+)(?:utiliser|prendre|employer|consommer|appliquer|pratiquer))(?![a-z])/gu;

/** What follows a claim after « et » with a new subject or a relative (« … efficace, et la plupart des patients en sont
 *  satisfaits », « … ne fragilise pas l'émail et qui convient à la plupart des adultes ») is another statement:
 *  its hedge does not qualify the claim. Folded text after the hit; the part before such a join is kept. */
const NEW_STATEMENT = /\s(?:et|puis)\s+(?:qui|la|le|les|l'|des|un|une|nos|vos|ses|leurs?|il|elle|ils|elles|on|nous|vous|c'est|ce|cette|ces|chaque|tous|toutes)(?![a-z])/u;
/**
 * Hedge words that hedge nothing here, blanked before hedges are read: « peu » in a time phrase (« depuis peu », « sous
 * peu », « peu à peu », not « peu douloureux »), and a name given (« souvent appelée chirurgie bariatrique »). Folded.
 */
const NOT_HEDGES = /(?<![a-z])(?:(?:depuis|sous|avant|il\s+y\s+a)\s+peu|peu\s+a\s+peu|(?:souvent|parfois|aussi|communement)\s+(?:appele|nomme|surnomme|designe|connu)e?s?)(?![a-z])/gu;
/** « mais », which concedes what stands before it. Folded. */
const BUT = /(?<![\p{L}])mais(?![\p{L}])/gu;
const ownStatement = (after: string) => {
  const m = NEW_STATEMENT.exec(after);
  return (m ? after.slice(0, m.index) : after).replace(USE_MODAL, ' ');
};

/** What a sentence lists as left out (« sans médicament ni vaccin »): a remedy named there is not the one praised. */
const LEFT_OUT = ['sans', 'ni'];

/** A clause opening on a coordinated infinitive (« , et de se défaire… », « ou d'éviter… »). Folded. */
const COORDINATED_INFINITIVE = /^[\s,;]*(?:et|ou)\s+(?:de|d')(?![a-z])/u;

/** A contrast or a condition after a claim opens the clause that may qualify it (folded text). */
const CONTRAST = /(?<![a-z])(?:mais|cependant|toutefois|neanmoins|sauf|pourtant|bien\s+que|meme\s+si|en\s+revanche|quoique|hormis|a\s+condition)(?![a-z])/u;

/** « Aucune amélioration n'a été démontrée »: a negative subject and its « n' » before the claim, which the
 *  « ne … pas » scope does not see (no « pas »). Folded text of the sentence up to the hit. */
const NEGATIVE_SUBJECT = /(?<![a-z])(?:aucune?|nul(?:le)?|rien)\s+(?:[a-z'-]+\s+){0,6}?n'(?:a|ont|est|sont|avait|avaient)\s+(?:[a-z]+\s+){0,3}?$/u;

/** A negation word inside a match, and the « ne » just before it (folded). */
const INNER_NEGATION = /\s(?:pas|plus|jamais|guere|ni|aucune?|rien)(?![a-z])/u;
const NE_BEFORE = /(?<![a-z])(?:ne|n')\s*(?:[a-z'-]+\s+){0,2}$/u;

/** « rien de miraculeux », « rien d'infaillible »: the quality denied by the pronoun just before it, with no « ne ».
 *  Folded, end of the text before. */
const NOTHING_OF = /(?<![a-z])rien\s+(?:de|d')\s*$/u;

/** « il est impossible de faire disparaître… »: the claim denied by what governs it. Folded, end of the text before. */
const IMPOSSIBLE_LEAD = /(?<![a-z])(?:impossible|pas\s+possible|illusoire|vain)\s+(?:de|d')\s*(?:[a-z']+\s+){0,2}?$/u;

/** « de nombreuses études ont démontré que ces semelles ne soulageraient pas… »: proof of no effect. Folded, after the hit. */
const PROOF_OF_NOTHING = /^\s*(?:[a-z']+\s+){0,4}?que\s+[^.!?]{0,80}?\s(?:ne|n')\s*[a-z]+\s+(?:pas|plus|jamais|aucun)/u;

/**
 * A belief reported, not endorsed: « perçus comme naturels, sans effets secondaires », « présenté comme miraculeux »,
 * « les sérums prodigieux vantés par les influenceurs »; or words listed as mentioned (« on lit les formules suivantes :
 * zéro douleur, succès garanti »).
 */
const REPORTED_BELIEF = /(?<![a-z])(?:(?:percu|presente|vendu|repute|pretendu|cense)e?s?\s+(?:comme|etre)|(?:vante|prone)e?s?\s+(?:comme|sur|par|dans)|(?:les|des|ces|leurs|quelques)\s+(?:expressions|formules|slogans|allegations|accroches|mots|termes)\s*(?:suivant(?:e)?s\s*|relevee?s\s*|employee?s\s*)?:)(?![a-z])/u;

/**
 * A belief named before the claim it holds (« l'idée selon laquelle le magnésium guérit la fatigue relève de la
 * légende », « le mythe selon lequel le jeûne guérit… »): the claim is the belief's content, reported, up to the
 * next comma (« contrairement à l'idée selon laquelle la séance fait mal, nos soins sont indolores » still claims).
 * Folded; global, to find every frame of a sentence.
 */
const BELIEF_FRAME = /(?<![a-z])(?:l'idee(?:\s+recue)?|la\s+croyance|le\s+mythe|l'affirmation|la\s+rumeur|la\s+legende|la\s+these|le\s+prejuge|l'opinion)\s+(?:(?:tres\s+|assez\s+|bien\s+|si\s+)?(?:repandue?|tenace|populaire|courante)\s+)?selon\s+(?:laquelle|lequel)(?![a-z])/gu;
const heldByBelief = (text: string, start: number, hitStart: number) => {
  for (const m of text.slice(start, hitStart).matchAll(BELIEF_FRAME)) {
    if (!/[,;:]/u.test(text.slice(start + m.index + m[0].length, hitStart))) return true;
  }
  return false;
};

/**
 * A claim reported as someone else's: « une vidéo dit que le vinaigre guérit… », « les promoteurs des cures assurent
 * que… », « des vidéos vantant le jeûne pour guérir… », « ce produit se vend comme un remède… », « promet le site de
 * la marque ». The speaker is a third party (sellers, promoters, videos, « ils nous disent »), not a practitioner quoted
 * for what he says (that is relayed speech: see isAttributedStatement). Folded sentence.
 */
const REPORTED_BY_OTHERS = /(?<![a-z])(?:(?:certains|une\s+personne|des\s+gens|les\s+gens|ils\s+nous|on\s+nous|fabricants|marques|laboratoires|promoteurs|adeptes|partisans|influenceu(?:r|se)s?|videos|sites|publicites|vendeurs|charlatans|gourous|pseudo-therapeutes|internautes)(?:,?\s+[a-z'-]+){0,12}?,?\s+(?:dit|disent|assure|assurent|affirme|affirment|pretend|pretendent|promet|promettent|vantent|jurent|clament|soutiennent)|(?:vantant|promettant|pretendant)|se\s+vend(?:ent)?\s+comme|se\s+present(?:e|ent)\s+comme|(?:promet|promettent|pretend|pretendent|vante|vantent|assure|assurent)\s+(?:le|la|les|un|une)\s+(?:site|sites|publicite|publicites|marque|marques|fabricant|fabricants|laboratoire|vendeur|vendeurs|societe))(?![a-z])/u;

/**
 * The sentence denies the proof of what it names: « le jeûne purifiant n'a aucun fondement… et les tisanes n'ont jamais
 * prouvé qu'elles nettoient le foie », « il n'existe pas de pratiques dont l'efficacité a été prouvée », « sans avoir fait
 * la preuve de leur efficacité ». Folded sentence.
 */
const DISCREDITED = /(?<![a-z])(?:aucune\s+preuve|pas\s+de\s+preuves?|peu\s+de\s+preuves?|sans\s+preuves?|sans\s+avoir\s+fait\s+(?:la|leurs?|ses)\s+preuves?|(?:n'|ne\s+)(?:a|ont|avait|avaient)\s+(?:jamais\s+|pas\s+|encore\s+|toujours\s+pas\s+){1,2}(?:ete\s+)?(?:demontre|prouve|montre|valide|etabli)|(?:n'|ne\s+)(?:a|ont)\s+demontre|ne\s+repose\s+sur\s+aucune?|sans\s+fondement|aucun\s+fondement|n'existe\s+pas\s+de\s+(?:pratiques?|methodes?|traitements?|preuves?|etudes?))(?![a-z])/u;

function negated(a: Analysis, hit: Hit<ClaimTerm>): boolean {
  if (hit.entry.selfNegated) return false;
  const before = a.folded.text.slice(sentenceAt(a, hit.fStart).start, hit.fStart);
  if (NEGATIVE_SUBJECT.test(before) || IMPOSSIBLE_LEAD.test(before) || NOTHING_OF.test(before)) return true;
  // The « pas » may lie inside a match whose object is read loosely (« ne traite pas les coliques »): the negation
  // scope, which looks around the match, would not see it.
  // (not for absolute safety, whose « aucun risque » is the claim itself: « il n'y a aucun risque »)
  if (hit.entry.kind !== 'safety' && INNER_NEGATION.test(a.folded.text.slice(hit.fStart, hit.fEnd)) && NE_BEFORE.test(before)) return true;
  if (hit.entry.kind === 'proof' && PROOF_OF_NOTHING.test(a.folded.text.slice(hit.fEnd, sentenceAt(a, hit.fStart).end))) return true;
  return isNegated(a, hit.fStart, hit.fEnd, { sansNegates: !hit.entry.sansIsClaim });
}

const MESSAGE: Record<ClaimKind, string> = {
  cure: 'cureClaim',
  guarantee: 'guarantee',
  safety: 'absoluteSafety',
  proof: 'unsourcedProof',
  miracle: 'miracle',
  abstention: 'abstention',
};
/** A source makes an efficacy claim checkable; it never makes a guarantee or absolute safety true. */
const NEUTRALISED_BY_SOURCE = new Set<ClaimKind>(['cure', 'proof']);

/** Whether the context around a hit keeps it a claim (sense, scope, hedges). */
function notAClaim(a: Analysis, hit: Hit<ClaimTerm>, sentence: Span): string | null {
  const text = a.folded.text;
  const e = hit.entry;
  const clause = clauseAt(a, hit.fStart, hit.fEnd);
  const clauseText = text.slice(clause.start, clause.end);
  const before = words(text.slice(sentence.start, hit.fStart).replace(NOT_HEDGES, ' '));
  const after = words(text.slice(hit.fEnd, sentence.end));
  // What a lasting or timed result is about may sit across a comma of the same phrase: « des résultats naturels,
  // permanents et… » (an enumeration of adjectives), so the phrase is read, not the clause.
  if (e.needsInClause) {
    const phrase = phraseAt(a, hit.fStart);
    // (a result given as a label's value, « Résultat : immédiat », « Effets : durables », is about the result too)
    if (!has(cue(e.needsInClause), `${clauseText} | ${text.slice(phrase.start, phrase.end)}`) && !RESULT_LABEL.test(text.slice(Math.max(0, hit.fStart - 24), hit.fStart))) return 'needs-in-clause';
  }
  if (e.needsInSentence && !has(cue(e.needsInSentence), text.slice(sentence.start, sentence.end))) return 'needs-in-sentence';
  // a pronoun subject stands for a practice named earlier in the paragraph (three sentences or so)
  if (e.needsEarlier && !has(cue(e.needsEarlier), text.slice(Math.max(0, hit.fStart - 400), hit.fStart))) return 'needs-earlier';
  // A fronted adjunct (« Sans douleur, notre blanchiment… ») names the act after it.
  const fronted = before.length === 0 ? ` ${after.slice(0, 6).join(' ')}` : '';
  // The act may also be named earlier in the sentence (« avec ce laser, les séances sont courtes et sans douleur »).
  const reach = e.needsBeforeInSentence ? before.length : 6;
  if (e.needsBefore && !has(cue(e.needsBefore), `${before.slice(-reach).join(' ')} ${text.slice(hit.fStart, hit.fEnd)}${fronted}`)) return 'needs-before';
  if (e.notAfter && has(cue(e.notAfter), before.slice(-1).join(' '))) return 'not-after';
  if (e.unlessNear && has(cue(e.unlessNear), `${before.slice(-6).join(' ')} | ${after.slice(0, 6).join(' ')}`)) return 'unless-near';
  if (e.unlessSentence && has(cue(e.unlessSentence), text.slice(sentence.start, sentence.end))) return 'unless-sentence';
  if (e.unlessLater && has(cue(e.unlessLater), after.join(' ')) && !has(cue(LEFT_OUT), after.join(' '))) return 'unless-later';
  // Hedges: in the sentence for cure and safety ("indolore, mais une gêne est possible"), in the clause for guarantees.
  // Invoking proof without a reference, or pushing to drop a treatment, stays a problem however prudent the rest.
  // An effect read with a loose object may carry its hedge inside the match (« soulage souvent les douleurs »).
  if (e.hedgeInside && has(HEDGES, text.slice(hit.fStart, hit.fEnd).replace(NOT_HEDGES, ' '))) return 'hedge-inside';
  if (e.kind !== 'abstention' && e.kind !== 'proof' && !e.noHedge) {
    // A claim that carries its own emphasis (« redoutablement efficace », « n'entraîne aucun effet indésirable ») is
    // hedged only by what stands next to it (« peut être très efficace »), not by a modal elsewhere in the sentence.
    if (e.hedgeNear) {
      if (has(HEDGES, `${before.slice(-6).join(' ')} | ${words(ownStatement(text.slice(hit.fEnd, sentence.end))).slice(0, 4).join(' ')}`)) return 'hedge-near';
    } else if (e.kind === 'cure' || e.kind === 'safety') {
      // A hedge qualifies the claim when it stands in its clause or just before it (« le plus souvent, indolore »), or
      // after it behind a contrast (« indolore, mais une gêne est possible »). A modal about something else of the
      // sentence (« indolore, ce soin convient à tous et peut être fait en toute saison ») does not make it prudent.
      const afterText = text.slice(hit.fEnd, sentence.end);
      const contrast = CONTRAST.exec(afterText);
      const hedgedAfter = contrast ? afterText.slice(contrast.index) : '';
      // A fronted adjunct qualifies the whole sentence (« Dans la plupart des cas, l'incision … laisse une cicatrice invisible »).
      // (round 14) not when « mais » sets the claim against it: « la séance surprend un peu, mais elle reste absolument sans douleur »
      // concedes what comes before it and asserts what follows: only the words after « mais » can hedge the claim
      const but = lastMatchEnd(BUT, text.slice(sentence.start, hit.fStart));
      const lead = but < 0 ? (text.slice(sentence.start, clause.start).split(/[,;:]/u)[0] ?? '') : '';
      const beforeText = but < 0 ? `${text.slice(clause.start, hit.fStart)} | ${before.slice(-5).join(' ')}` : text.slice(sentence.start + but, hit.fStart);
      // A modal of use or permission before the claim (« il peut être donné aux enfants sans risque ») says the act may be
      // done, and asserts that it is safe: it is no hedge.
      if (has(HEDGES, `${lead} | ${beforeText} | ${ownStatement(text.slice(hit.fEnd, clause.end))} | ${hedgedAfter}`.replace(EXPECTATION, ' ').replace(ASSENT_MODAL, ' ').replace(USE_MODAL, ' ').replace(NOT_HEDGES, ' '))) return 'hedge-cure-safety';
    } else {
      // A coordinated infinitive shares the verb that governs the first one (« permettrait de dire adieu à X, et de se
      // défaire définitivement de Y »): that verb's hedge, in the clause before, qualifies it too.
      const governing = COORDINATED_INFINITIVE.test(text.slice(clause.start, hit.fStart)) ? text.slice(sentence.start, clause.start) : '';
      if (has(HEDGES, `${governing} | ${text.slice(clause.start, hit.fStart)} | ${ownStatement(text.slice(hit.fEnd, clause.end))}`.replace(EXPECTATION, ' ').replace(ASSENT_MODAL, ' ').replace(NOT_HEDGES, ' '))) return 'hedge-clause';
    }
  }
  return null;
}

/** A label naming the result right before the hit (« Résultat : », « Effets — »). Folded. */
const RESULT_LABEL = /(?<![\p{L}])(?:resultats?|effets?)\s*(?:[:—–-]|\n)\s*$/u;

/** The practice speaking inside a quotation: « nous », « notre », « nos », or a practitioner's « je » (« les patients
 *  que je reçois », « mes patients »); a patient's « je » is a testimonial. */
const PRACTICE_VOICE = /(?<![\p{L}])(?:nous|notre|nos|we|our|mes\s+patient\p{L}*|je\s+(?:reçois|recois|soigne|traite|pratique|pose|opère|opere)|mon\s+cabinet|ma\s+patientèle)(?![\p{L}])/iu;

export default defineRule({
  meta: {
    id: 'no-unverified-claim',
    type: 'problem',
    severity: 'error',
    docs: {
      description: 'Interdit les allégations médicales non étayées : guérison promise, résultat garanti, absence de risque, preuve sans source, « miracle », abandon de traitement',
      rationale:
        'Un professionnel de santé ne diffuse au public que des données confirmées, avec prudence, sans présenter une hypothèse comme acquise. Présenter un remède comme salutaire ou sans danger alors qu’il est illusoire ou insuffisamment éprouvé relève du charlatanisme ; pousser un patient à abandonner son traitement peut être un délit. Aucune source ne rend un résultat garanti ni un acte sans risque.',
      allowed:
        'Information datée et sourcée (HAS, ANSM, Santé publique France, Cochrane…) sur les maladies, la prévention et les traitements, avec leurs bénéfices et leurs inconvénients ; formulations prudentes (« peut soulager », « chez la plupart des patients ») ; mises en garde contre les fausses promesses.',
    },
    references: [
      { title: 'CSP, art. R.4127-13 (information du public : données confirmées)', url: 'https://www.conseil-national.medecin.fr/code-deontologie/devoirs-generaux-medecins-art-2-31/article-13-information-public' },
      { title: 'CSP, art. R.4127-19-1 II (informations scientifiquement étayées)', url: 'https://french-business-law.com/french-legislation-art/article-r4127-19-1-of-the-french-public-health-code' },
      { title: 'CSP, art. R.4127-39 (charlatanisme)', url: 'https://www.tf1info.fr/sante/charlatanisme-que-reproche-vraiment-l-ordre-des-medecins-a-didier-raoult-2169685.html' },
      { title: 'CSP, art. R.5122-4 (publicité pour les médicaments)', url: 'https://codes-et-lois.fr/code-de-la-sante-publique/article-r5122-4' },
      { title: 'Code pénal, art. 223-1-2 (provocation à l’abandon de soins)', url: 'https://schwartz-associes.fr/actualites/12' },
    ],
    legal: ['publicInfo', 'charlatanism'],
    fixable: false,
    hasSuggestions: true,
    french: true,
    // A French practice's English or Spanish post is under the same code: its common claim vocabulary is read too.
    alsoReads: ['eng', 'spa'],
    options: {
      allow: { type: 'string[]', default: [], expressions: true, description: 'Expressions à ne jamais signaler (ex. le nom d’une garantie d’assurance).' },
    },
    messages: {
      cureClaim:
        '« {{match}} » : promesse de guérison non étayée ({{article}}) ; nuancez (« peut soulager ») et citez une source (HAS, ANSM, Santé publique France…)',
      guarantee:
        '« {{match}} » : résultat présenté comme garanti ou définitif, ce qu’aucune donnée ne permet d’affirmer ({{article}}) ; indiquez que les résultats varient selon les patients',
      absoluteSafety:
        '« {{match}} » : absence de risque ou de douleur affirmée, or tout acte comporte des risques ({{article}}) ; décrivez les risques et effets indésirables possibles',
      unsourcedProof:
        '« {{match}} » : preuve scientifique invoquée sans référence ({{article}}) ; citez la source (HAS, Cochrane, DOI, PMID…) ou retirez l’affirmation',
      miracle:
        '« {{match}} » : vocabulaire miraculeux ou pseudo-scientifique ({{article}}) ; décrivez l’effet attendu avec prudence, sans promesse',
      abstention:
        '« {{match}} » : incitation à renoncer à un traitement ou à le remplacer ({{article}}) ; rappelez de ne jamais modifier un traitement sans l’avis du médecin',
      useWording: 'Remplacer par « {{suggestion}} »',
      citeSource: 'Citer une source : « {{suggestion}} »',
    },
  },
  check(context) {
    const article = citeAll([context.article('publicInfo'), context.article('charlatanism')]);
    // The folded text of the segments just before, while they belong to the same block or the one before it (a list
    // and its lead-in): a list item may open on the effect of a practice named there.
    let lead = '';
    let leadBlock = -2;
    for (const { segment, analysis } of prose(context)) {
      const text = analysis.folded.text;
      const leadIn = segment.block - leadBlock <= 1 ? lead : '';
      lead = `${leadIn}\n${text}`.slice(-500);
      leadBlock = segment.block;
      const sourced = (hit: Hit<ClaimTerm>) => hasSource(analysis, hit.fStart, segment.links) || citesStudy(analysis, hit.fStart);
      // A source in the paragraph neutralises an efficacy claim (DOMAIN.md §2.d): the reference often follows the
      // claim, in the next sentence of the same paragraph (« De nombreuses études… Martin et al. (2019) ont montré… »).
      const sourcedNext = (hit: Hit<ClaimTerm>) => {
        const s = sentenceAt(analysis, hit.fStart);
        let next = s.end;
        while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next++;
        if (next >= text.length || text[next] === '\n') return false;
        return hasSource(analysis, next, segment.links) || citesStudy(analysis, next);
      };
      // The study is often named first, the effect stated in the sentence after it (« L'essai a paru dans le BMJ en
      // 2022. Le protocole diminue les douleurs. »): the paragraph is sourced (DOMAIN.md §2.d).
      const sourcedBefore = (hit: Hit<ClaimTerm>) => {
        const s = sentenceAt(analysis, hit.fStart);
        return s.start > 0 && citesStudy(analysis, Math.max(0, s.start - 2));
      };
      // A study invoked is often described further on in its paragraph, where its journal or authors are named (« Une
      // étude menée sur 300 patients montre… Elle a été publiée en 2022 dans le BMJ. »): up to three sentences after.
      const sourcedLater = (hit: Hit<ClaimTerm>) => {
        let s = sentenceAt(analysis, hit.fStart);
        for (let i = 0; i < 3; i++) {
          let next = s.end;
          while (next < text.length && (text[next] === ' ' || text[next] === '\t')) next++;
          if (next >= text.length || text[next] === '\n') return false;
          if (hasSource(analysis, next, segment.links) || citesStudy(analysis, next)) return true;
          s = sentenceAt(analysis, next);
        }
        return false;
      };
      const kept = screen(context, segment, termCandidates(lexicon.find(analysis)), [
        // A question asks, it does not claim; a sales pitch in question form (« Envie d’un résultat garanti ? ») still claims.
        filter('question', (hit) => {
          const s = sentenceAt(analysis, hit.fStart);
          const sentenceText = text.slice(s.start, s.end);
          return /\?\s*$/u.test(sentenceText) && !PITCH.test(sentenceText);
        }),
        // A quoted claim is held at a distance, unless the quotation is the practice's own slogan (« Chez nous, la
        // douleur disparaît dès la première séance »): a clause in the first person plural.
        // A statement quoted and attributed to its speaker (« …», explique le Dr X) is relayed, not held at a distance.
        filter('quotation', (hit) => isQuoted(analysis, hit.fStart, hit.fEnd) && !isQuotedOwnSpeech(analysis, hit.fStart, hit.fEnd, PRACTICE_VOICE)
          && !isAttributedStatement(analysis, hit.fStart, hit.fEnd)),
        criticism(analysis),
        filter('reported-belief', (hit) => {
          const s = sentenceAt(analysis, hit.fStart);
          const sentenceText = text.slice(s.start, s.end);
          return REPORTED_BELIEF.test(sentenceText) || REPORTED_BY_OTHERS.test(sentenceText) || heldByBelief(text, s.start, hit.fStart);
        }),
        filter('negation', (hit) => negated(analysis, hit)),
        filter('no-lead-in', (hit) => !!hit.entry.needsLeadIn && !has(cue(hit.entry.needsLeadIn), `${leadIn}\n${text.slice(0, hit.fStart)}`)),
        filterWhy('context', (hit) => notAClaim(analysis, hit, sentenceAt(analysis, hit.fStart))),
        // An author and year (« Martin et al. (2024) ») or a journal named in the sentence is a source too.
        filter('discredited', (hit) => {
          const s = sentenceAt(analysis, hit.fStart);
          return DISCREDITED.test(text.slice(s.start, s.end));
        }),
        filter('source', (hit) => NEUTRALISED_BY_SOURCE.has(hit.entry.kind) && (sourced(hit) || sourcedNext(hit) || sourcedBefore(hit) ||
          (hit.entry.kind === 'proof' && STUDY_NAMED.test(text.slice(sentenceAt(analysis, hit.fStart).start, hit.fEnd)) && sourcedLater(hit)))),
      ]);
      const found = kept.map((hit) => ({
        start: hit.start, end: hit.end, hit, origin: hit.origin, messageId: MESSAGE[hit.entry.kind], sourced: sourced(hit), sentence: sentenceAt(analysis, hit.fStart).start,
      }));
      // One problem of a kind per sentence.
      for (const f of separate(context, segment, found, (f) => `${f.sentence}:${f.messageId}`)) {
        const suggest = rewordings(context, segment, f.start, f.end, f.hit.entry.suggestions ?? []);
        if (f.hit.entry.kind === 'proof' || f.hit.entry.kind === 'cure') {
          suggest.push(...rewordings(context, segment, f.start, f.end, [`${f.hit.text} (source : HAS, ANSM ou étude publiée, année)`], 'citeSource'));
        }
        context.report({
          messageId: f.messageId,
          data: { match: excerpt(f.hit.text), article },
          range: context.rangeOf(segment, f.start, f.end),
          suggest,
          ...(f.sourced ? { severity: 1 as const } : {}),
        });
      }
    }
  },
});
