// Flags patient testimonials, reviews, star ratings and satisfaction claims used to promote a practice.
// A quotation counts when it is patient praise, is attributed ("– Sophie, 42 ans") or is introduced as a patient's words.
import { Lexicon, TermScanner, fold as foldText, foldKept, hasSource, isNegated, isWarningContext, sentenceAt, sentenceText, termsRegex, matches as has, quotations, defineRule, filter, negation, prose, reportHit, rewordings, screen, separate, termCandidates, warning, patientVoice, personClues, signatureAtEnd, givenNames, foldTerm, privateExcerpt } from '../src/rule-kit.js';
import type { Quotation, Candidate, SegmentView, Hit, RuleContext } from '../src/rule-kit.js';
import { firstNames, notNames, selfIntroduction } from './no-patient-identifier.terms.js';
import {
  attribution, attributionVerbs, embeddedQuote, exampleLeadIn, speakerInApposition, reviewDebateCues, ownReviewCues, testimonyShownBefore, testimonyShownAfter, speakerRole, reportedByName, interviewLabel, carerLetter, minusKilos, hotelStars, nameAfterQuote, staffSpeaker, victimCues, namedStoryIntro, outcomeShape, careNarrative, patientBefore, careVisitThirdPerson, notPatientTestimony, outcomeTerms, prohibitionLeadIn, roleLabel, notTestimonialCues, praiseWords, refusalCues, studyContext, testimonialIntros, ourPatient, careWords, practitionerVoice, carerPersons,
  careReceived, careUndergone, questionToPatient, carerPraised, carerLoved,
  testimonialTerms, type TestimonialTerm,
} from './no-testimonial.terms.js';

const lexicon = new Lexicon<TestimonialTerm>(testimonialTerms);
const PRAISE = termsRegex(praiseWords);
const INTRO = termsRegex(testimonialIntros);
const NOT_TESTIMONY = termsRegex(notTestimonialCues);
const STUDY = termsRegex(studyContext);
/** A score given by a test or a survey: products or models tested, establishments compared. Folded. */
const TEST_SCORE = /(?<![a-z])(?:test(?:e|es|s)?|modeles?|produits?|appareils?|etablissements|hopitaux|cliniques|classement|palmares|vainqueur)(?![a-z])/u;
const REFUSAL = termsRegex(refusalCues);
/** A satisfaction figure that recommends the care to a friend or a relative (round 6). Folded. */
const RECOMMEND_TO_FRIEND = /(?:recommand|precon|conseill)\p{L}*\s+(?:[\p{L}'-]+\s+){0,4}?a\s+(?:un|une|leurs?|des|son|sa|ses)\s+(?:amie?s?|proches?|entourage|famille|connaissances?)(?![\p{L}])/u;
/** An institutional survey named in the paragraph: its figures are described, not a practice's selling point. Folded. */
const INSTITUTIONAL_SURVEY = /(?<![a-z])(?:e-satis|esatis|haute autorite|has|iqss|drees|insee|inserm)(?![a-z])/u;
const OUTCOME = termsRegex(outcomeTerms);
const PROHIBITION = termsRegex(prohibitionLeadIn);
const VICTIM = termsRegex(victimCues);
const PRAISE_OR_THANKS = termsRegex([...praiseWords, 'merci', 'remercie*']);
const REVIEW_DEBATE = termsRegex(reviewDebateCues);
const hasOutcome = (s: string) => has(OUTCOME, s) || minusKilos.test(s) || outcomeShape.test(s);
/** The patient-voice markers of src/french, then this rule's care-narrative constructions (folded). */
function voiceOf(folded: string): { start: number; end: number; text: string }[] {
  const out = patientVoice(folded);
  // (round 9: or a family speaking of its own, « notre fille », « nos enfants »: parents thanking a ward)
  if (!/(?<![a-z])(?:(?:je|ma|mon|mes|me)(?![a-z])|[jm]')/u.test(folded) && !FAMILY_OWN.test(folded)) return out;
  // (round 6: the act undergone and the verdict on it are the patient's only without the practitioner's own voice —
  // « je suis chirurgienne… le jour où j'ai été opérée moi-même » is the practice speaking)
  for (const re of PRACTITIONER_SELF.test(folded) ? [careNarrative, OWN_CARER] : [careNarrative, OWN_CARER, careReceived, carerPraised, carerLoved]) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!out.some((o) => o.start < end && start < o.end)) out.push({ start, end, text: m[0] });
    }
  }
  // (the src/french markers first: the report stays on the sentence of the first of them when there is one)
  return out;
}
const OWN_REVIEW = termsRegex(ownReviewCues);
const OUR_PATIENT = termsRegex(ourPatient);
const CARE_WORDS = termsRegex(careWords);
const PRACTITIONER_VOICE = termsRegex(practitionerVoice);
/** The practitioner saying who they are (« je suis chirurgienne », « mes patients », « j'exerce »): narrower than the voice
 *  above (« au cabinet » is written by patients too). Folded. (round 6; round 8: « ravie de vous accueillir », the one
 *  who receives the patients) */
const PRACTITIONER_SELF = /(?<![a-z])(?:mes patient(?:e)?s|ma patientele|mon (?:premier|dernier) patient|ma (?:premiere|derniere) patiente|je suis (?:chirurgien(?:ne)?|medecin|kine[a-z]*|osteopathe|dentiste|pharmacien(?:ne)?|infirmi(?:er|ere)|sage-femme|sophrologue|dieteticien(?:ne)?|podologue|orthophoniste|orthodontiste|psychologue|hypnotherapeute)|j'exerce|je pratique|ma carriere|mes confreres|mes consultations|mon cabinet|mon internat|mon externat|mon clinicat|ma specialite|mes gardes|ma facon d'exercer|de vous (?:accueillir|recevoir|soigner|accompagner|prendre en charge)|j'ai suivi (?:un|une) (?:patiente?|jeune|enfant|sportif|sportive)|j'opere|je les opere|il m'arrive d'operer|nos (?:medecins|chirurgiens|praticiens))(?![a-z])/u;
const CARER_PERSONS = termsRegex(carerPersons);
/** What a writer says of their own carer before naming them (« mon nouveau », « ma chère », « mon super »). Folded. (round 8) */
const OWN_CARER_ADJECTIVE = '(?:nouveau|nouvel|nouvelle|ancien(?:ne)?|actuel(?:le)?|premier|premiere|super|excellente?|formidable|adorable|geniale?|gentil(?:le)?|chere?|fidele|merveilleu(?:x|se)|incroyable|jeune|vieux|vieille|vraie?|fameu(?:x|se)|precieu(?:x|se)|petite?)';
/** « mon hypnotiseur », « ma dermato »: one's own carer, any of them (round 5; the fixed list is src/french's ownCareTerms). */
// (round 8: an adjective between, « mon nouveau dentiste », « mon ancien kiné », « ma super sage-femme », is the same carer)
const OWN_CARER = new RegExp(`(?<![a-z])(?:mon|ma) (?:${OWN_CARER_ADJECTIVE} )?(?:${CARER_PERSONS.source})`, 'gu');
/** A relative of the writer's as the one cared for (« ma fille », « notre fils », « le petit ne… »). Folded. */
// (« petit » alone only as the subject of a verb: « notre petite équipe » is no child)
const RELATIVE_CARED = /(?<![a-z])(?:(?:mon|ma|mes|notre|nos)\s+(?:fils|filles?|enfants?|bebes?|garcon|mari|femme|conjointe?|compagnon|compagne|pere|mere|maman|papa)|(?:le|la|mon|ma|notre)\s+petite?(?=\s+(?:a|ne|n'|va|est|dort|parle|marche|mange|sourit)(?![a-z])))(?![a-z])/u;
/**
 * A family speaking of its own child or parent (« notre fille », « nos jumeaux », « notre petit Paul »), in any role:
 * wider than RELATIVE_CARED (a word may come between, « petit » need not be a subject), narrower in voice (« notre »,
 * « nos » only, a family and not one writer). Folded. (round 9)
 */
const FAMILY_OWN = /(?<![a-z])(?:notre|nos) (?:[a-z]+ )?(?:fille|fils|bebe|enfant|petite?|jumeaux|jumelles|maman|papa|mere|pere)(?![a-z])/u;
/** What the care changed, told plainly: « ne bégaie plus », « dort enfin », « depuis la séance », « aujourd'hui, il parle ». Folded. */
const CHANGED = /(?<![a-z])(?:(?:ne|n')\s*[a-z]+\s+plus(?![a-z])|enfin(?![a-z])|grace\s+(?:a|au|aux)\s|depuis\s+(?:la|sa|cette|notre|les|ses)\s+(?:premiere\s+)?(?:seances?|consultations?|prise\s+en\s+charge|intervention|operation|suivi)(?![a-z])|aujourd'hui\s*,?\s*(?:il|elle)\s)/u;

/** A recovery told as such: the pain gone, walking again, no more cigarettes (« tout a disparu », « repartie sur ses deux
 *  jambes », « je n'ai plus touché une cigarette »). Folded. */
const RECOVERED = /(?<![a-z])(?:(?:tout|la\s+douleur|les\s+douleurs|mes\s+douleurs|sa\s+douleur|ses\s+douleurs|mon\s+mal|le\s+mal|les\s+crises|mes\s+crises)\s+(?:a|ont|avait|avaient)\s+(?:completement\s+|totalement\s+|enfin\s+)?disparu|repartie?s?\s+(?:sur\s+(?:ses|ces|mes)\s+(?:deux\s+)?(?:jambes|pieds)|en\s+marchant)|(?:je|j')\s*n'ai\s+(?:plus|jamais\s+plus)\s+(?:jamais\s+)?(?:mal|touche|fume|eu\s+(?:mal|de\s+crise))|(?:je|j')\s*(?:remarche|revis|respire\s+enfin|dors\s+enfin))(?![a-z])/u;
/** Thanks in the paragraph (« merci », « un grand merci », « je remercie »). Folded. */
// (not a polite request: « merci de consulter si elle persiste », « merci de nous prévenir »)
const THANKS = /(?<![a-z])(?:un\s+(?:grand|immense|enorme|gros)\s+merci|mille\s+mercis?|merci\s+(?:a|au|aux|pour|infiniment|beaucoup|encore|mille\s+fois|du\s+fond|de\s+tout\s+coeur)|merci\s*[!.,]|(?:je|nous)\s+(?:vous\s+|te\s+|les\s+|la\s+|le\s+)?remercions?|reconnaissante?s?)(?![a-z])/u;

/** Every question put to the one cared for about their care (round 6). Folded. */
const QUESTIONS_TO_PATIENT = new RegExp(questionToPatient.source, 'gu');
/** An answer in the first person, by the one cared for: two first-person forms in its first sentences, not a question,
 *  not the practitioner's own voice nor a complaint (folded). */
function isPatientAnswer(answer: string): boolean {
  const head = answer.slice(0, 400);
  const first = /^[^.!?\n]*[.!?]?/u.exec(head.trimStart())?.[0] ?? '';
  return firstPersonForms(head) >= 2 && !/\?\s*$/u.test(first) && !has(PRACTITIONER_VOICE, head) && !has(VICTIM, head);
}

/** A carer praised or loved by the writer (« la kiné … était très à l'écoute », « j'aime ma sage-femme »): praise. Folded. */
const CARER_PRAISED = new RegExp(carerPraised.source, 'u');
const CARER_LOVED = new RegExp(carerLoved.source, 'u');
const praisesCarer = (s: string) => CARER_PRAISED.test(s) || CARER_LOVED.test(s);
/** Praise said, not denied: « la kiné n'était pas très à l'écoute » is a complaint (issue #7). Folded. */
const PRAISE_ALL = new TermScanner(praiseWords);
const DENIED_BEFORE = /(?:(?<![a-z])n'|(?<![a-z])ne\s)[^.!?,;:]{0,30}?(?<![a-z])(?:pas|plus|jamais|guere)(?:\s+(?:tres|vraiment|du\s+tout|si|assez|toujours|franchement|super|tellement))*\s*$/u;
const praiseSaid = (s: string) => PRAISE_ALL.matchAll(s).some((m) => !DENIED_BEFORE.test(s.slice(Math.max(0, m.start - 50), m.start)));
/** Before a quotation, a plural determiner (« des « … » », « de tels « … » », « tous ces « … » »). Folded. (issue #7) */
const PLURAL_KIND = /(?<![a-z])(?:des|de\s+tels|de\s+telles|de\s+ces|tous\s+ces|toutes\s+ces|ces\s+fameux|ces\s+fameuses)\s*$/u;
/** A family's verdict told in « nous » / « on » (« très bien reçus », « on a adoré le suivi »): praise. Folded. (issue #7) */
const WE_VERDICT = /(?<![a-z])(?:(?:on a|nous avons) (?:vraiment |beaucoup |tous )*(?:adore|apprecie|aime) |(?:tres|super|vraiment|tellement|si) bien (?:accueilli|recu|suivi|soigne|pris en charge|accompagne))/u;
/** A refusal word under a negation (« je ne me plains d'aucune arnaque », « ce n'est pas une arnaque »): nothing refused. Folded. */
const REFUSAL_ALL = new TermScanner(refusalCues);
const NEGATED_LEAD = /(?<![a-z])(?:aucune?|pas\s+(?:de|d'|une?|du)|sans|ni|jamais\s+(?:de|d'|une?)|rien\s+d'une?)\s*$/u;
const refusalIn = (folded: string) => REFUSAL_ALL.matchAll(folded).some((m) => !NEGATED_LEAD.test(folded.slice(Math.max(0, m.start - 25), m.start)));

/** Care or a carer named in a folded text (« séance », « ostéopathe », « le Dr Roy »). */
const careNamed = (s: string) => has(CARE_WORDS, s) || has(CARER_PERSONS, s);
/**
 * What the writer can do again after their care, in the first person (« je remonte les escaliers sans y penser », « je
 * conduis à nouveau », « je croque dans une pomme sans crainte »): a patient's own outcome, told without any review
 * word; never negated (« je ne marche plus sans douleur » is a complaint). Folded. (round 9)
 */
const OWN_OUTCOME = /(?<![a-z])(?:je|j')\s*(?:(?!ne |n'|plus |pas |jamais )[a-z'-]+ ){1,5}?(?:de nouveau|a nouveau|sans (?:aucune? |la moindre |plus )?(?:douleur|crainte|gene|peur|difficulte|apprehension|y penser|lunettes|bequilles|souffrir|boiter|m'arreter))(?![a-z])/u;

/** Every first-person singular form (« je », « j' », « me », « mon »…), counted over a folded paragraph. */
const FIRST_PERSON_ALL = /(?<![\p{L}])(?:(?:je|me|moi|mon|ma|mes)(?![\p{L}])|[jm]')/gu;
const firstPersonForms = (s: string) => s.match(FIRST_PERSON_ALL)?.length ?? 0;
/** Acts told in the first person in the past tense (« j'ai décidé », « je me suis retrouvée », « j'ai été opérée »), folded. */
const PAST_ACT = /(?<![a-z])(?:j'ai (?:ete |du |pu |fini par |enfin |alors |donc |finalement |decide |choisi )?[a-z]{2,}(?:e|i|is|it|u|ert)(?:e|s|es)?|je me suis (?:[a-z]+ )?[a-z]{3,}(?:e|i|u)(?:e|s|es)?|je suis (?:alle|allee|venu|venue|arrive|arrivee|reste|restee|retourne|retournee|ressorti|ressortie|sorti|sortie|entre|entree|passe|passee|tombe|tombee|reparti|repartie))(?![a-z])/gu;
const pastActs = (s: string) => s.match(PAST_ACT)?.length ?? 0;
/** Before a person, a case given as an illustration (« exemple : », « imaginons », « prenons le cas de »), folded. */
const HYPOTHETICAL = /(?<![\p{L}])(?:exemple|imaginons|imaginez|prenons(?:\s+le\s+cas\s+de)?|supposons|cas\s+fictif|cas\s+type)\s*:?\s*$/u;
/** Before a quotation, a verb naming someone or something (« on les appelle », « surnommés », « dits »). Folded. (round 6) */
const NAME_GIVEN = /(?<![a-z])(?:appelle(?:nt)?|appele(?:e|s|es)?|surnomme(?:e|s|es|nt)?|nomme(?:e|s|es|nt)?|baptise(?:e|s|es|nt)?|dits?|dites|qualifie(?:e|s|es|nt)? de|qu'on appelle|que l'on appelle)\s*(?:(?:parfois|souvent|aussi|encore|volontiers|familierement)\s+)?(?:les?\s+|la\s+|des\s+)?[«"“]?\s*$/u;
/** Earlier quotations of a list, with what links them (« « x », « y », parfois « z » »). Folded. */
const LISTED_QUOTE = /[«"“][^»"”]{0,60}[»"”]\s*,?\s*(?:(?:ou|et|parfois|voire)\s+)?/gu;
/** What comes before a quotation (folded), the earlier quotations of the same list left out: the list's lead-in. */
const leadIn = (text: string, start: number): string => fold(text.slice(Math.max(0, start - 160), start)).replace(LISTED_QUOTE, '');
/** Before a quotation, a belief many share (« nous sommes nombreux à penser : », « beaucoup se disent : », « on se dit
 *  souvent »). Folded. (round 6) */
const COMMON_BELIEF = /(?<![a-z])(?:nombreu(?:x|ses) a (?:penser|se dire|croire)|beaucoup (?:pensent|se disent|croient)|(?:on|vous) (?:se dit|vous dites|pense|pensez|croit|croyez)(?: souvent| parfois)?|combien (?:d'entre vous|de patients) (?:pensent|se disent))\s*(?:que\s*)?:?\s*[«"“]?\s*$/u;
/** After a quotation, who signed it: a couple, a family, a patient (« cette phrase est signée d'un couple »). Folded. */
const SIGNED_BY = /^\s*[.!?]?[^.!?]{0,100}?signee?s?\s+(?:par|d')\s*(?:un|une|des|la|le|l'|cette|ce)?\s*(?:couple|famille|patiente?s?|maman|papa|parents|cliente?s?|mere|pere)(?![a-z])/u;
/** Before a care told in the third person, what makes it a case supposed, not one told (« si », « lorsque », « quand »). Folded. (round 8) */
const HYPOTHESIS_LEAD = /(?<![a-z])(?:si|s'il|s'ils|lorsqu'|lorsque|quand|des que|des qu'|chaque fois que|en general|imaginons que|supposons que)(?![a-z])/u;
/** A case given as an illustration anywhere in the paragraph (« Exemple : », « imaginons », « prenons le cas de »), folded. */
const ILLUSTRATED = /(?<![\p{L}])(?:par\s+exemple|exemple\s*:|imaginons|imaginez|prenons\s+le\s+cas|supposons|cas\s+fictif|cas\s+type)(?![\p{L}])/u;
/** Words of someone speaking of themselves (« j'ai pensé… », « mon complexe »), folded: the forms above, tested once. */
const FIRST_PERSON = new RegExp(FIRST_PERSON_ALL.source, 'u');
/** A given name opening a sentence as its subject (« Pierre Achard fumait… », « Liliana a tout essayé »): original text. */
// Not before a preposition: « Grâce à notre protocole… », « Merci pour… » open a sentence with a word that is also a
// first name, but no subject is followed by « à », « pour », « avec »… (« a », the verb, is: « Julie a arrêté »).
// (after an opening phrase and its comma too: « Grâce à ces semelles, Paul marche sans gêne »)
const NAME_SUBJECT = /(?:^|[.!?]\s+|\n\s*|,\s+)(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+)?,?\s+(?=\p{Ll})(?!(?:à|au|aux|pour|par|avec|sans|sur|dans|chez|contre|selon|vers)\s)/gu;
/** « une technique qui a séduit Valérie », « l'hypnose a aidé Marc »: the named person won over or cared for by the practice,
 * the object of the verb (original text; the outcome must be told in the paragraph). (round 3) */
const NAME_OBJECT = /(?<![\p{L}])(?:a|ont|avait|avaient)\s+(?:s[ée]duit|convaincu|aid[ée]|soulag[ée]|sauv[ée]|gu[ée]ri|soign[ée]|accompagn[ée]|lib[ée]r[ée]|transform[ée])\s+(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}])/gu;
/** After a quotation, a dash and a practitioner's title (« » — Le Pr Roy, rhumatologue »): folded. (round 3) */
const STAFF_DASH = /^\s*[-–—]\s*(?:le|la|l')?\s*(?:pr|dr|dre|professeure?|docteure?|chirurgien(?:ne)?|medecin|president(?:e)?|direct(?:eur|rice))(?![\p{L}])/u;
/** « les complications sont exceptionnelles »: rare, not praised (folded). (round 3) */
const RARE = /(?<![\p{L}])(?:complications?|effets?\s+(?:secondaires|indesirables)|risques?|cas|echecs?|infections?)\s+(?:sont|restent|demeurent|reste|demeure|est)\s+(?:vraiment\s+|tres\s+|extremement\s+|tout\s+a\s+fait\s+)?exceptionnel(?:le)?s?/gu;
/**
 * « le soignant a un devoir d'écoute et de professionnalisme », « un praticien doit faire preuve de rigueur »: a
 * quality owed, a norm stated, not a carer praised (folded; up to the end of the clause). (issue #7)
 */
const NORM = /(?<![\p{L}])(?:(?:devoirs?|obligations?|exigences?)\s+(?:de\s+|d')|(?:doit|doivent|devrait|devraient|se\s+doit|se\s+doivent)\s+(?:(?:avant\s+tout|toujours|aussi|donc|d'abord)\s+)?(?:faire\s+preuve|etre|rester|montrer|avoir|allier))[^.;!?:]{0,100}/gu;
const praiseIn = (words: string) => has(PRAISE, words.replace(RARE, ' ').replace(NORM, ' '));
/** Inside a quotation, the speaker given with an age (« , confie Sophie, 45 ans, »): original text. (round 3) */
/** The writer's own name and age: « je m'appelle Nadia, j'ai 31 ans », « moi c'est Tom, 41 ans ». Folded. */
const SELF_INTRO_AGE = new RegExp(String.raw`(?<![\p{L}])${selfIntroduction}\s+\p{L}+(?:-\p{L}+)?\s*,?\s+(?:j'ai\s+)?\d{1,3}\s+ans(?![\p{L}])`, 'u');
/** A first name alone before a colon, opening its line: the label of the words that follow. Original text of the line. */
const NAME_LABEL = /^\s*(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\s*:\s*$/u;
// (round 12: any saying verb, and the age after a word or two of apposition, « relève Inès, Nantaise de 38 ans »)
const INNER_ATTRIBUTION = /,\s*(?:confie|raconte|t[ée]moigne|explique|assure|se souvient|reconna[iî]t|sourit|avoue|poursuit|ajoute|pr[ée]cise|rel[èe]ve|note|souligne|insiste|admet|r[ée]sume|rigole|plaisante|lance|glisse|souffle|soupire|s'amuse|rapporte)(?:-t-(?:il|elle))?\s+(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?),\s+(?:[\p{L}'’-]+\s+){0,3}?(?:de\s+)?\d{1,3}\s+ans(?![\p{L}])/u;
/**
 * Inside a quotation, a comma then a saying verb: the press sets the attribution inside the quotation marks
 * (« « Mieux vaut attendre, précise la Dr Roy, dermatologue. Ensuite… » »). Folded; the speaker is read after it. (round 9)
 */
const INNER_SAYING = /,\s*(?=(?:precise|explique|souligne|ajoute|indique|rappelle|affirme|assure|detaille|note|observe|commente|confirme|insiste|poursuit|estime|conseille|recommande|nuance|tempere|met\s+en\s+garde|previent|resume|rencherit|deplore|regrette|martele|tranche|avertit|alerte|conclut|developpe|analyse|constate|reconnait|admet|lance|glisse)(?:-t-(?:il|elle))?\s)/gu;
/** The words of a practitioner who names themself inside the quotation (see INNER_SAYING). */
const innerStaffSpeaker = (words: string) => [...words.matchAll(INNER_SAYING)].some((m) => {
  const rest = words.slice(m.index + 1, m.index + 160);
  return staffSpeaker.test(rest) || speakerInApposition.test(rest);
});
/** Before a quotation, its speaker given by a pronoun and a saying verb (« il raconte : »). Folded. (round 5) */
const PRONOUN_BEFORE = /(?<![a-z])(?:il|elle)s? (?:nous |lui |leur )?(?:explique|raconte|confie|precise|affirme|assure|ajoute|souligne|resume|lance|temoigne)(?![a-z])[^.!?"«»]{0,50}:?\s*$/u;
/** « -t-il », « dit-elle »: the quotation's speaker given by a pronoun, the one named just before. */
const PRONOUN_TOLD = /^\s*[,»"”]?\s*\p{L}+-(?:t-)?(?:il|elle)(?![\p{L}])/u;
const MESSAGE = { review: 'patientReview', testimonial: 'testimonial', satisfaction: 'satisfactionClaim' } as const;
const QUOTE_SUGGESTIONS = ['Présentation factuelle des soins proposés au cabinet'];

const fold = (s: string) => foldText(s).text;
/** Visual acuity (« acuité visuelle », « à chaque œil », « de vision »): a « 10/10 » there is eyesight (folded). */
const EYESIGHT = /(?<![\p{L}])(?:acuite|visuelle|vision|vue|yeux|oeil|chaque\s+oeil|myope|myopie|lunettes)(?![\p{L}])/u;
/** Start of the folded sentence holding `at` (after the last . ! ? or line break). */
const sentenceStart = (folded: string, at: number) => Math.max(...['.', '!', '?', '\n'].map((c) => folded.lastIndexOf(c, at - 1) + 1));

/** Whether a paragraph is a Markdown block quote ("> …"): its whole text is someone's words. */
function isBlockQuote(context: RuleContext, view: SegmentView): boolean {
  const { source } = context.document;
  const at = view.segment.starts[0] ?? 0;
  return /^\s{0,3}>/u.test(source.slice(lineStartBefore(source, at), at + 1));
}

/**
 * source.lastIndexOf('\n', at - 1) + 1, reading back only to the previous call's offset when the source is the
 * same and `at` has not gone back (segments come in order): on one line of 1.5 MB cut into 500 segments, each
 * read the line back to its start (quadratic).
 */
let lineStartMemo: { source: string; at: number; lineStart: number } | undefined;
function lineStartBefore(source: string, at: number): number {
  const memo = lineStartMemo;
  let lineStart: number;
  if (memo && memo.source === source && memo.at <= at) {
    let i = at - 1;
    while (i >= memo.at && source.charCodeAt(i) !== 10) i--;
    lineStart = i >= memo.at ? i + 1 : memo.lineStart;
  } else lineStart = source.lastIndexOf('\n', at - 1) + 1;
  lineStartMemo = { source, at, lineStart };
  return lineStart;
}

/** The words a message quotes, given names masked (rule-kit privateExcerpt; « Claire » the adjective is no name). */
const privateWords = (text: string) => privateExcerpt(text, notNames);

/** A testimonial told as a story or a letter: reported on its first clue, the message quotes its sentence. */
function storyReport(context: RuleContext, view: SegmentView, start: number, end: number, article: string, origin = 'story') {
  const { segment } = view;
  return {
    start,
    end,
    origin,
    report: () =>
      context.report({
        messageId: 'testimonial',
        data: { match: privateWords(segment.text.slice(start, end)), article },
        range: context.rangeOf(segment, start, end),
        suggest: rewordings(context, segment, start, end, QUOTE_SUGGESTIONS),
      }),
  };
}

/** Praise, thanks, an outcome or a patient's voice in the paragraph, outside [start, end) (the relayed words' own verb). */
function praisedOutside(folded: string, start: number, end: number): boolean {
  const rest = folded.slice(0, start) + ' '.repeat(end - start) + folded.slice(end);
  return has(PRAISE_OR_THANKS, rest) || hasOutcome(rest) || patientVoice(rest).length > 0;
}

/** The text outside every quotation of a segment (quotes blanked), folded. */
function outsideQuotes(text: string, quotes: readonly Quotation[]): string {
  let out = text;
  for (const q of quotes) out = out.slice(0, q.start) + ' '.repeat(q.end - q.start) + out.slice(q.end);
  return fold(out);
}

export default defineRule({
  meta: {
    id: 'no-testimonial',
    type: 'problem',
    severity: 'error',
    docs: {
      description: 'Interdit les témoignages de patients, les avis, les notes et étoiles et les statistiques de satisfaction utilisés pour promouvoir l’activité',
      rationale:
        'La communication d’un professionnel de santé doit être loyale et ne peut pas s’appuyer sur des témoignages de tiers : citer un patient qui vante ses soins, afficher des avis Google, une note sur 5, des étoiles ou « 98 % de patients satisfaits », ou inviter à laisser un avis, c’est faire la promotion de son activité par la parole des patients. L’Ordre conseille aussi de ne pas répondre aux avis en ligne, à cause du secret.',
      allowed: 'Demander ou citer un avis médical (« deuxième avis », « avis de la HAS »), « à mon avis », « sauf avis contraire », remercier sans vanter de résultats (départ en retraite), décrire une enquête ou une étude (e-Satis, Inserm).',
    },
    references: [
      { title: 'CSP, art. R.4127-19-1 (pas de témoignages de tiers)', url: 'https://french-business-law.com/french-legislation-art/article-r4127-19-1-of-the-french-public-health-code' },
      { title: 'CNOM, conseils 2021 : pas de commentaires élogieux, remerciements ni témoignages', url: 'https://v2-preprod.egora.fr/gestion-du-cabinet/juridique/communication-des-medecins-sur-internet-les-conseils-de-lordre' },
      { title: 'ONCD : communication professionnelle des chirurgiens-dentistes (R.4127-215-1)', url: 'https://dentaire365.fr/actualites/oncd-actualisation-ses-conseils-sur-la-communication-professionnelle' },
      { title: 'Infirmiers : communication professionnelle (R.4312-68-1)', url: 'https://macsf.fr/responsabilite-professionnelle/Relation-au-patient-et-deontologie/communication-professionnelle-infirmiers' },
      { title: 'CSP, art. R.5122-4 (médicaments : pas d’attestations de guérison)', url: 'https://codes-et-lois.fr/code-de-la-sante-publique/article-r5122-4' },
    ],
    legal: ['communication'],
    fixable: false,
    hasSuggestions: true,
    french: true,
    // A French practice's English or Spanish page is under the same code: « I highly recommend », « lo recomiendo ».
    alsoReads: ['eng', 'spa'],
    options: {
      allow: { type: 'string[]', default: [], expressions: true, description: 'Expressions à ne jamais signaler (ex. le nom d’un label officiel).' },
    },
    messages: {
      testimonial:
        '« {{match}} » : témoignage de patient utilisé pour promouvoir l’activité, interdit ({{article}}) ; retirez la citation et présentez votre activité de façon factuelle',
      patientReview:
        '« {{match}} » : avis, note ou étoiles de patients mis en avant, interdit ({{article}}) ; retirez avis, notes et étoiles et décrivez votre activité de façon factuelle',
      satisfactionClaim:
        '« {{match}} » : satisfaction des patients invoquée pour promouvoir l’activité, témoignage interdit ({{article}}) ; décrivez les soins proposés sans parler de la satisfaction des patients',
      useWording: 'Remplacer par « {{suggestion}} »',
    },
  },
  check(context) {
    const article = context.article('communication');
    let sectionIntro = false;
    let headerClue: ReturnType<typeof storyReport> | undefined;
    let previous: { intro: boolean; colon: boolean; forbids: boolean } = { intro: false, colon: false, forbids: false };
    // (the window's whole text, folded by no-patient-identifier too: foldKept keeps the last)
    const reviewDebate = has(REVIEW_DEBATE, foldKept(context.document.segments.map((s) => s.text).join('\n')));
    let previousVoice = 0;
    // The paragraph before ended on a question put to the one cared for (round 6): this one may be the answer.
    let previousQuestion = false;
    let previousPractitioner = false;
    // The paragraph before presented a person by name and age, or one of the practice's own patients.
    let previousPresented = false;
    let previousOurs = false;
    // Care named in an earlier paragraph (a title, « comment une psychologue m'a aidée… »), for a self-introduction after it.
    let careBefore = false;
    for (const view of prose(context)) {
      const { segment, analysis } = view;
      const { text } = segment;
      const folded = analysis.folded.text;
      if (segment.kind === 'heading') sectionIntro = false;
      // « … ne peut pas : • republier un avis Google, • afficher des témoignages »: the list says what is forbidden.
      const forbidden = previous.forbids && /^\s*(?:[•·*–-]\s*)?\p{Ll}/u.test(text);
      const refused = refusalIn(folded) || forbidden;
      type Found = Candidate & { report: () => void };
      const found: Found[] = [];

      const quotes = quotations(text);
      const outside = outsideQuotes(text, quotes);
      const intro = has(INTRO, outside);
      // Words given after « … : » without quotation marks (see below): the relayed-words term then adds nothing.
      const colonSaid = !quotes.length && intro && text.indexOf(':') > 0;
      const terms = screen(context, segment, termCandidates(lexicon.find(analysis)), [
        filter('refusal', () => refused),
        negation(analysis),
        warning(analysis),
        // (reviews too, when described by a study — « une étude sur les avis laissés » — but never a rating shown or a request)
        // (round 6: nor a share of people who would recommend the care to a friend, the practice's selling point, unless an
        // institutional survey is named: e-Satis measures hospitals, it sells nothing)
        filter('study-or-source', (hit) => hit.entry.id !== 'note-etoiles' && hit.entry.id !== 'demande-avis'
          && !(hit.entry.id === 'statistique-satisfaction' && RECOMMEND_TO_FRIEND.test(folded.slice(hit.fStart, hit.fEnd)) && !INSTITUTIONAL_SURVEY.test(folded))
          && (has(STUDY, sentenceText(analysis, hit.fStart)) || hasSource(analysis, hit.fStart, segment.links, 'sentence'))),
        filter('not-patient', (hit) => hit.entry.id === 'temoignage' && notPatientTestimony.test(folded.slice(hit.fEnd))),
        // « en ligne, ce cabinet plafonne à 2,9 étoiles », « les avis Google nuisent… (ONCD) »: ratings
        // quoted in a debate about online reviews or in advice on choosing a practitioner, not the practice's own.
        // « six nuitées dans un quatre étoiles »: a hotel's stars.
        filter('hotel-stars', (hit) => hit.entry.id === 'note-etoiles' && hotelStars.test(sentenceText(analysis, hit.fStart))),
        // « trois modèles obtiennent une bonne note globale », « une note globale de 72 sur 100 pour les établissements »:
        // a product test or a survey's score, not patients rating the practice; stars and « 4,9/5 » are not cleared so.
        filter('test-score', (hit) => hit.entry.id === 'note-etoiles' && /^note\s+(?:globale|moyenne)$/u.test(folded.slice(hit.fStart, hit.fEnd))
          && (has(STUDY, sentenceText(analysis, hit.fStart)) || TEST_SCORE.test(sentenceText(analysis, hit.fStart)))),
        // « une acuité visuelle de 10/10 », « 10/10 à chaque œil »: eyesight measured, not a rating. (round 3)
        filter('eyesight', (hit) => hit.entry.id === 'note-etoiles' && EYESIGHT.test(folded.slice(Math.max(0, hit.fStart - 40), hit.fEnd + 25))),
        // « Le président de l'association, Luc Roy, témoigne : »: a speaker given by a role, not a patient. (round 3)
        filter('role-testifies', (hit) => hit.entry.id === 'temoignage' && /^temoign/u.test(folded.slice(hit.fStart, hit.fEnd))
          && speakerRole.test(folded.slice(Math.max(0, sentenceStart(folded, hit.fStart)), hit.fStart))),
        filter('review-debate', (hit) => hit.entry.kind === 'review' && hit.entry.id !== 'demande-avis' && reviewDebate && !has(OWN_REVIEW, folded)),
        // « plusieurs témoignages », « un fil qui regorge de témoignages »: the bare word in running prose is a subject of
        // the sentence; a testimonial is announced (« son témoignage », « témoignages de nos patients », « Témoignages : »).
        filter('testimony-as-subject', (hit) => hit.entry.id === 'temoignage' && /^temoignages?$/u.test(folded.slice(hit.fStart, hit.fEnd)) && segment.kind !== 'heading'
          && text.trim().split(/\s+/u).length > 8 && !testimonyShownBefore.test(folded.slice(Math.max(0, hit.fStart - 30), hit.fStart))
          && !testimonyShownAfter.test(text.slice(analysis.toOriginal(hit.fStart, hit.fEnd).end))),
        // « Victime d'une clinique, Nadia témoigne de ses complications »: a complaint, not praise.
        filter('complaint', (hit) => hit.entry.kind === 'testimonial' && has(VICTIM, sentenceText(analysis, hit.fStart))),
        // « une patiente m'a dit… »: relayed words are a testimonial when they praise, thank or tell an outcome.
        // The words themselves, quoted or after a colon, are reported as a quotation instead.
        filter('relayed-without-praise', (hit) => hit.entry.id === 'paroles-rapportees' && (quotes.length > 0 || colonSaid || !praisedOutside(folded, hit.fStart, hit.fEnd))),
      ]);
      for (const h of terms) found.push({ start: h.start, end: h.end, origin: h.origin, report: () => reportHit(context, segment, h, { messageId: MESSAGE[h.entry.kind], data: { article, match: privateWords(h.text) } }) });

      const introduced = intro || sectionIntro || (previous.intro && previous.colon);
      // Quotations (and a block quote with none inside): a patient's words when attributed, labelled, introduced,
      // in a patient's voice or praising.
      const spans = quotes.map((q) => ({ ...q, whole: false }));
      if (!quotes.length && isBlockQuote(context, view) && text.trim()) spans.push({ start: 0, end: text.length, inner: { start: 0, end: text.length }, whole: true });
      // « Petit mot reçu d'une maman : merci pour votre douceur, elle n'a plus peur » — words introduced before a colon
      // and given without quotation marks: the rest of the paragraph is someone's words when it thanks, praises,
      // speaks as a patient or tells the care's outcome (round 8: « une cliente nous a écrit : elle a repris le sport »).
      else if (!quotes.length && intro) {
        const colon = text.indexOf(':');
        const said = colon > 0 ? text.slice(colon + 1) : '';
        const saidFolded = fold(said);
        if (colon > 0 && has(INTRO, fold(text.slice(0, colon))) && said.trim().split(/\s+/u).length >= 3 && (has(PRAISE_OR_THANKS, saidFolded) || patientVoice(saidFolded).length > 0 || hasOutcome(saidFolded))) {
          const lead = colon + 1 + (/^\s*/u.exec(said)?.[0].length ?? 0);
          const end = text.trimEnd().length;
          spans.push({ start: lead, end, inner: { start: lead, end }, whole: true });
        }
      }
      // People presented here: a first name with an age (not a practitioner's: « Julie Roy, 45 ans, kinésithérapeute »),
      // or « une de nos patientes ». Their words in the first person, about care, are a patient's account.
      const ageClues = personClues(text, givenNames(), foldTerm).filter((c) => c.kind === 'age' && !notNames.has(foldTerm(text.slice(c.nameStart, c.nameEnd))));
      const patientClues = ageClues.filter((c) => !speakerRole.test(fold(text.slice(c.end, c.end + 40))) && !/(?:dr|docteure?|pr)\.?\s*$/iu.test(text.slice(Math.max(0, c.start - 12), c.start)));
      const ours = has(OUR_PATIENT, folded);
      const presented = patientClues.length > 0 || ours || previousPresented;
      // (read only for a quotation in the first person: most paragraphs have none)
      let careHereMemo: boolean | undefined;
      const careHere = () => (careHereMemo ??= ours || previousOurs || has(CARE_WORDS, folded) || hasOutcome(folded));
      const quoteCandidates = spans.map((q) => {
        const raw = text.slice(q.inner.start, q.inner.end).trim();
        const words = fold(raw);
        const byName = nameAfterQuote.exec(text.slice(q.end));
        const told = attributionVerbs.test(fold(text.slice(q.end, q.end + 40)));
        // « », reconnaît Gwendoline », « », précise Charlotte, ravie de… »: words given to a person by first name, unless a
        // role follows (« », explique Julie Roy, kinésithérapeute »).
        const after = text.slice(q.end, q.end + 90);
        const byReport = reportedByName.exec(after);
        const sentenceAfter = fold(/^[^.!?\n]*/u.exec(after)?.[0] ?? '');
        const roleAfter = speakerRole.test(sentenceAfter);
        const reporter = !!byReport && givenNames().has(foldTerm(byReport[1])) && !notNames.has(foldTerm(byReport[1])) && !roleAfter;
        const namedSpeaker = reporter && (patientVoice(fold(raw)).length > 0 || has(PRAISE, fold(raw)) || has(PRAISE, sentenceAfter) || hasOutcome(sentenceAfter));
        // « "J'ai pensé des années à une chirurgie", reconnaît Léa », « Léa, 31 ans … "mon complexe…" »: a presented
        // person speaking of themselves, with care named in their words or around them.
        const presentedSpeaker = (presented || reporter) && !roleAfter && FIRST_PERSON.test(words) && ((presented && (has(CARE_WORDS, words) || careHere())) || (reporter && has(CARE_WORDS, words)));
        // « « Je préfère agir tôt, confie Sophie, 45 ans. Pour moi… » »: the speaker named with an age inside the quotation.
        const inner = INNER_ATTRIBUTION.exec(raw);
        const innerSpeaker = !!inner && givenNames().has(foldTerm(inner[1])) && !notNames.has(foldTerm(inner[1])) && FIRST_PERSON.test(words);
        // « Marie : "Depuis l'opération, je revis" »: a first name alone as the label of words in the first person (round 12)
        const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
        const label = q.start - lineStart <= 40 ? NAME_LABEL.exec(text.slice(lineStart, q.start)) : null;
        const nameLabel = !!label && givenNames().has(foldTerm(label[1])) && !notNames.has(foldTerm(label[1])) && FIRST_PERSON.test(words);
        const folded = analysis.toFolded(q.start, q.end);
        return {
          ...q, raw, words, told, origin: q.whole ? 'block-quote' : 'quotation',
          fStart: folded.start,
          fEnd: folded.end,
          attributed: attribution.test(text.slice(q.end)) || SIGNED_BY.test(fold(text.slice(q.end, q.end + 140))) || (!!byName && firstNames.has(foldTerm(byName[1]))) || namedSpeaker || presentedSpeaker || innerSpeaker,
          roleAfter,
          nameLabel,
          toldByName: givenNames().has(foldTerm(/^\s*[,»"”]?\s*\p{L}+(?:-t-(?:il|elle))?\s+(\p{Lu}[\p{Ll}\p{M}]+)/u.exec(after)?.[1] ?? '')),
          // (round 5: « une cliente l'a testée. "… c'est moi qui revis", précise-t-elle »: a client or patient introduced just
          // before, then words in the first person about the care)
          voice: voiceOf(words).length > 0 || (FIRST_PERSON.test(words) && patientBefore.test(fold(text.slice(Math.max(0, q.start - 160), q.start))) && careHere()),
        };
      });
      type Quote = (typeof quoteCandidates)[number];
      const staffQuoted = quoteCandidates.some((q) => staffSpeaker.test(fold(text.slice(q.end, q.end + 60))));
      const keptQuotes = screen(context, segment, quoteCandidates, [
        filter('refusal', () => refused),
        // « Super Hydratante », « Initiative Hôpital Ami des Bébés »: a name in title case, not someone's words.
        filter('review-debate', (q: Quote) => reviewDebate && !has(OWN_REVIEW, folded) && !q.attributed),
        filter('title-case-name', (q: Quote) => q.raw.split(/\s+/u).filter((w) => w.length > 3).every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !/^(?:je|j'|mes?|ma)\s/u.test(q.words)),
        filter('too-short-or-question', (q) => q.words.split(/\s+/u).length < 2 || /\?\s*$/u.test(q.words)),
        // "nous ne sommes pas « le meilleur cabinet »", "méfiez-vous des « meilleurs kinés »": the quote is rejected, not used.
        filter('rejected', (q) => {
          if (q.attributed) return false;
          const boundaryBefore = Math.max(text.lastIndexOf('.', q.start - 1), text.lastIndexOf('\n', q.start - 1));
          const around = fold(text.slice(boundaryBefore + 1, q.start) + ' ' + (/^[^.!?\n]*/u.exec(text.slice(q.end))?.[0] ?? ''));
          // (a patient's own account introduced as such stays one: « la parole à Émilie, qui a suivi notre programme : "j'ai perdu…" »)
          // (nor a patient's own words given back by a pronoun, « "Ça m'a beaucoup apaisée", raconte-t-elle »: an expert's
          // words carry no patient voice)
          const byPronoun = PRONOUN_TOLD.test(fold(text.slice(q.end, q.end + 30)));
          // (round 5: nor when a pronoun speaks just before, « elle explique : "j'ai eu un accouchement…" », the one cared for)
          const pronounBefore = PRONOUN_BEFORE.test(fold(text.slice(Math.max(0, q.start - 80), q.start)));
          return (has(NOT_TESTIMONY, around) && !(q.voice && (introduced || byPronoun || pronounBefore || has(PRAISE, q.words)))) || isWarningContext(analysis, q.fStart) || (!q.whole && isNegated(analysis, q.fStart, q.fEnd));
        }),
        // « son "super centre" »: a few words quoted inside a sentence, after a determiner, are a phrase being
        // mentioned (scare quotes, a name, someone's wording reported), not a patient speaking.
        filter('mentioned', (q) => !q.attributed && !q.voice && q.words.split(/\s+/u).length <= 6 && embeddedQuote.test(fold(text.slice(Math.max(0, q.start - 20), q.start)))),
        // (issue #7) « on lit partout des « ce soin m'a changé la vie » »: an utterance after a plural determiner is a kind of
        // thing people write, mentioned, not one patient's words.
        filter('plural-kind', (q) => !q.attributed && !introduced && PLURAL_KIND.test(fold(text.slice(Math.max(0, q.start - 16), q.start)))),
        // (round 6) « on les surnomme "les sorciers" », « qu'on appelle "la méthode douce" »: a name given, not words said.
        // (and the names listed after it: « on les appelle « x », « y », parfois « z » »)
        filter('name-given', (q) => !q.attributed && q.words.split(/\s+/u).length <= 6
          && NAME_GIVEN.test(leadIn(text, q.start))),
        // (round 6) « beaucoup se disent : "pas de douleur, pas de rendez-vous" »: a common belief voiced in
        // the first person to be corrected, not a patient speaking.
        filter('common-belief', (q) => !q.attributed && COMMON_BELIEF.test(fold(text.slice(Math.max(0, q.start - 60), q.start)))),
        // « à éviter : les slogans (ex : « x », « y ») »: words given as an example, not anyone speaking.
        // (earlier quotes of the same list are skipped, as for a name given)
        filter('example', (q) => !q.attributed && !q.voice
          && exampleLeadIn.test(leadIn(text, q.start))),
        // « "…", se réjouit la docteure Morel »: a practitioner's own words, whatever they praise.
        // (« », lui dit le praticien », and « », ajoute-t-elle » after the practitioner's first words)
        // (round 3: « », détaille Julie Roy, fondatrice de… » and « » — Le Pr Roy, président… »: a role after the speaker's
        // name, with no patient's voice or praise in the words)
        // (issue #7: « "Je vois dans mon cabinet beaucoup de danseurs…" »: the practitioner speaking of their own practice)
        // (round 7: the role in apposition after the speaker's name, « », déclare Paul Roux, fondateur du centre »)
        // (round 9: the speaker named inside the quotation, « « …, explique la Dr Roy, médecin. … » »)
        filter('staff-speaker', (q) => PRACTITIONER_SELF.test(q.words) || staffSpeaker.test(fold(text.slice(q.end, q.end + 60))) || speakerInApposition.test(fold(text.slice(q.end, q.end + 120)))
          || innerStaffSpeaker(q.words)
          || (PRONOUN_TOLD.test(fold(text.slice(q.end, q.end + 30))) && staffQuoted)
          || STAFF_DASH.test(fold(text.slice(q.end, q.end + 40))) || (q.roleAfter && !q.voice && !praiseIn(q.words))),
        // « Patiente : "…" », « "…", raconte Julie »: the quote is given as a patient's words.
        // « "…", raconte la maman »: a quote told by someone is their account of the care only with a patient's voice,
        // praise or an outcome in it; a birth or an illness told plainly is not a testimonial.
        // (« », raconte Solène » names the speaker right after the verb: that person's words, kept as before)
        filter('told-without-evidence', (q) => q.told && !q.attributed && !q.toldByName && !introduced && !q.voice && !has(PRAISE, q.words) && !hasOutcome(q.words)
          && !roleLabel.test(fold(text.slice(Math.max(0, q.start - 40), q.start)))),
        // « "Mon chirurgien a ruiné mes seins" »: a complaint quoted, not praise.
        // (a complaint that the care resolved, « le crâne était déformé … il a retrouvé une forme normale », is an outcome)
        filter('complaint', (q) => !has(PRAISE, q.words) && !hasOutcome(q.words) && has(VICTIM, q.words + ' ' + fold(/^[^.!?\n]*/u.exec(text.slice(q.end, q.end + 120))?.[0] ?? ''))),
        filter('not-a-patient-s-words', (q) => {
          const labelled = q.told || q.nameLabel || roleLabel.test(fold(text.slice(Math.max(0, q.start - 40), q.start)));
          return !(q.attributed || labelled || introduced || q.voice || praiseIn(q.words));
        }),
      ]);
      for (const q of keptQuotes) {
        const match = privateWords(text.slice(q.inner.start, q.inner.end));
        found.push({
          start: q.start,
          end: q.end,
          origin: q.origin,
          report: () =>
            context.report({
              messageId: 'testimonial',
              data: { match, article },
              range: context.rangeOf(segment, q.start, q.end),
              suggest: rewordings(context, segment, q.start, q.end, QUOTE_SUGGESTIONS),
            }),
        });
      }
      // A patient's own account over a paragraph or a letter: several first-person markers of care received
      // (« il me suit », « m'a proposé un traitement », « je reviendrai »), or two with praise, thanks or a signature.
      const voice = voiceOf(outside);
      const signed = !!signatureAtEnd(text, firstNames, foldTerm);
      // (a letter to a carer, « À toi, la sage-femme qui… », is the writer's own care: two markers are enough)
      // (a letter to a carer by their role that thanks them is the writer's own account: one marker is enough)
      // (round 6: two markers and praise are the practitioner's own story when they speak as such — « je suis chirurgienne…
      // le jour où j'ai été opérée moi-même… »; three markers, a signature or a letter stay the patient's)
      if (!refused && (voice.length >= 3 || (voice.length >= 2 && (signed || ((has(PRAISE_OR_THANKS, outside) || hasOutcome(outside) || WE_VERDICT.test(outside)) && !PRACTITIONER_SELF.test(outside)) || carerLetter.test(outside)))
        || (voice.length >= 1 && carerLetter.test(outside) && has(PRAISE_OR_THANKS, outside))
        // a first-person narrative of care (« j'ai consulté… je devais passer des examens… mon médecin »): three first-person
        // forms, care or a carer named, one patient marker, and nothing of the practitioner's own voice (« mes patients »)
        || (voice.length >= 1 && careNamed(outside) && firstPersonForms(outside) >= 3 && !has(PRACTITIONER_VOICE, outside) && !has(VICTIM, outside))
        // (round 5: the account goes on from the paragraph before, which had a patient's marker: « J'ai arrêté de fumer
        // grâce à l'hypnose » then « Sur la table, je respire lentement… » — the same first person, care named again)
        || (previousVoice >= 1 && !previousPractitioner && careNamed(outside) && firstPersonForms(outside) >= 3 && !has(PRACTITIONER_VOICE, outside) && !has(VICTIM, outside))
        // (round 12: the writer introduced by name and age, « je m'appelle Nadia, j'ai 31 ans, et j'ai traversé un
        // burn-out », with care named here or in the paragraphs before: a patient telling their own story; a
        // practitioner's introduction names their job, « je m'appelle Julie, votre nouvelle kiné »)
        || (SELF_INTRO_AGE.test(outside) && (careNamed(outside) || careBefore) && !has(PRACTITIONER_VOICE, outside) && !PRACTITIONER_SELF.test(outside) && !has(VICTIM, outside))
        // (round 3: a shorter account — two markers, or one with praise of the carers — with care or a carer named and
        // the writer in the first person, « j'ai été suivie de bout en bout … une équipe adorable »)
        // (round 9: a family praising the carers of its child, « toute l'équipe du service a été aux petits soins pour notre fille »)
        || (FAMILY_OWN.test(outside) && voice.some((v) => CARER_PRAISED.test(v.text)) && !has(PRACTITIONER_VOICE, outside) && !has(VICTIM, outside))
        // (round 9: the writer's own outcome after care, « j'avais mal depuis deux ans … après quelques séances, je remonte les
        // escaliers sans y penser », with care named and the writer in the first person twice)
        || (OWN_OUTCOME.test(outside) && careNamed(outside) && firstPersonForms(outside) >= 2 && !has(PRACTITIONER_VOICE, outside)
          && !has(VICTIM, outside) && !PRACTITIONER_SELF.test(outside))
        // (issue #7: a carer praised by role, « l'assistante, Aleksandra, est très attentive », is praise too)
        || ((voice.length >= 2 || (voice.length >= 1 && (praiseSaid(outside) || praisesCarer(outside)))) && careNamed(outside)
          && firstPersonForms(outside) >= 2 && !has(PRACTITIONER_VOICE, outside) && !has(VICTIM, outside))
        // (without any marker: four first-person forms, a carer named as a person and praise or an outcome, « je me suis
        // dirigée vers un autre audioprothésiste… très à l'écoute… j'ai revécu »; a complaint is no testimonial)
        || (FIRST_PERSON.test(outside) && has(CARER_PERSONS, outside) && firstPersonForms(outside) >= 4 && (has(PRAISE_OR_THANKS, outside) || hasOutcome(outside))
          && !has(PRACTITIONER_VOICE, outside) && !has(VICTIM, outside))
        // (issue #7: a long account of one's own care, without praise or outcome yet: six first-person forms, a carer
        // named as a person, two acts told in the past tense, « j'ai pris la décision de la faire réparer… premier
        // rendez-vous chez la dentiste : j'ai expliqué… »; never a question, the practitioner's voice or a complaint)
        || (has(CARER_PERSONS, outside) && firstPersonForms(outside) >= 6 && pastActs(outside) >= 2 && !/\?/u.test(outside)
          && !has(PRACTITIONER_VOICE, outside) && !has(VICTIM, outside) && !PRACTITIONER_SELF.test(outside)))) {
        // Reported on the sentence holding the first marker (without one, the carer named).
        CARER_PERSONS.lastIndex = 0;
        const carer = voice.length ? undefined : CARER_PERSONS.exec(outside);
        const anchor = voice[0] ?? { start: carer?.index ?? 0, end: (carer?.index ?? 0) + (carer?.[0].length ?? 0) };
        const o = analysis.toOriginal(anchor.start, anchor.end);
        const from = Math.max(0, ...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, o.start - 1) + 1));
        const stop = /[.!?\n]/u.exec(text.slice(o.end));
        const start = from + (/^\s*/u.exec(text.slice(from))?.[0].length ?? 0);
        const end = stop ? o.end + stop.index + (stop[0] === '\n' ? 0 : 1) : text.trimEnd().length;
        found.push(...screen<Found>(context, segment, [storyReport(context, view, start, end, article, 'first-person-story')], []));
      }
      // A relative's account or a recovery (below) is reported on its sentence, unless a question (« mon bébé ne dort plus :
      // que faire ? »), or the practitioner's own voice or a complaint is in the paragraph.
      const asked = (i: number) => /\?\s*$/u.test(sentenceText(analysis, i));
      const patientTold = !refused && !found.length && !has(PRACTITIONER_VOICE, outside) && !has(VICTIM, outside);
      const reportSentence = (i: number, origin: string) => {
        const s = sentenceAt(analysis, i);
        const o = analysis.toOriginal(s.start, s.end);
        found.push(...screen<Found>(context, segment, [storyReport(context, view, o.start, o.end, article, origin)], []));
      };
      // A relative's account (« Ma fille avait mal au ventre… depuis la séance chez l'ostéopathe, elle dort enfin »,
      // « Après quinze séances, le petit ne bégaie plus. Merci à l'équipe ! »): the writer's child or spouse as the one
      // cared for, care, a carer or thanks named, and what it changed.
      const relative = RELATIVE_CARED.exec(outside);
      const changed = CHANGED.exec(outside);
      if (patientTold && relative && changed && (careNamed(outside) || has(PRAISE_OR_THANKS, outside)) && !asked(relative.index) && !asked(changed.index)) {
        reportSentence(relative.index, 'relative-account');
      }
      // One person's care told in the third person, then its outcome (round 5): « elle a consulté une podologue… deux mois
      // après, elle peut enfin courir », « au bout de dix séances, il a retrouvé sa voix »:
      // a visit or sessions of « il » / « elle », and a result of theirs told in the paragraph.
      const visited = careVisitThirdPerson.exec(outside) ?? careUndergone.exec(outside);
      // (not a case invented to illustrate, « Exemple : Paul, 47 ans… après quelques séances, il… »)
      // (round 8: the practice's own voice does not clear it — « elle est arrivée au cabinet… », « nous avons reçu Paul… »: the
      // practice telling one patient's care and its outcome is the third-person testimonial itself)
      // (nor a case supposed, « si elle a consulté tôt, elle peut… », « lorsqu'il est arrivé au cabinet… »)
      const supposed = !!visited && HYPOTHESIS_LEAD.test(outside.slice(sentenceStart(outside, visited.index), visited.index));
      if (!refused && !found.length && !has(VICTIM, outside) && visited && !supposed && hasOutcome(outside) && !asked(visited.index) && !ILLUSTRATED.test(folded)) {
        reportSentence(visited.index, 'third-person-story');
      }
      // A recovery told and thanked for (« en deux séances chez Paul tout a disparu. Un grand merci ! », « elle est repartie
      // sur ses deux jambes : merci à l'équipe »), or told in the first person after the care (« après l'hypnose, je n'ai
      // plus touché une cigarette »; the care must come first, not « je n'ai plus mal depuis que je marche…, rappelle
      // notre kiné »): a patient's account, not the practice's information.
      const recovered = RECOVERED.exec(outside);
      if (patientTold && !found.length && recovered && careNamed(outside) && !asked(recovered.index)) {
        const told = outside.slice(Math.max(0, recovered.index - 3), recovered.index + recovered[0].length);
        if (THANKS.test(outside) || (FIRST_PERSON.test(told) && careNamed(outside.slice(Math.max(0, recovered.index - 120), recovered.index)))) {
          reportSentence(recovered.index, 'recovery-thanked');
        }
      }
      // (round 6) An interview of the one cared for: a question put to them about their care (this paragraph or the one
      // before, a heading included), then their answer in the first person (« Pourquoi avoir choisi le laser ? Je ne
      // supportais plus mes lunettes… »). Not a practitioner's FAQ, which answers in its own voice (« je vous conseille »).
      let answerFrom = -1;
      for (const m of folded.matchAll(QUESTIONS_TO_PATIENT)) answerFrom = m.index + m[0].length;
      const answer = answerFrom >= 0 ? folded.slice(answerFrom) : previousQuestion ? folded : '';
      if (!refused && !found.length && isPatientAnswer(answer)) {
        const from = answerFrom >= 0 ? answerFrom : 0;
        reportSentence(from + (/^\s*/u.exec(folded.slice(from))?.[0].length ?? 0), 'interview-question');
      }
      const questionOpen = answerFrom >= 0 && folded.slice(answerFrom).trim().length < 3;
      // A named patient's story with its outcome (« Julie, 34 ans, Rennes, -12 kg », « Julie a 34 ans … opération
      // réussie »), or introduced as theirs (« interview de Julie », « l'histoire de Paul »).
      if (!refused) {
        const clue = ageClues[0];
        const head = namedStoryIntro.exec(text);
        const headName = foldTerm(head?.[1] ?? head?.[2] ?? head?.[3] ?? head?.[4] ?? head?.[5] ?? head?.[6] ?? '');
        // (issue #7: a civility and a surname, « Interview de Mme Roux », name a person with no first-name list to check)
        const named = head && ((!!head[7] && careHere() && !speakerRole.test(fold(text.slice(head.index + head[0].length, head.index + head[0].length + 50)))) || firstNames.has(headName) || (!!(head[3] ?? head[4] ?? head[5] ?? head[6]) && givenNames().has(headName))) ? { start: head.index, end: head.index + head[0].length } : undefined;
        // « Léonie, 41 ans, opérée en mars. J'ai enfin… »: the named header of a first-person account counts too.
        // (and a named person's line closing the account told just before: « …je respire enfin. » then « Léa, 43 ans, opérée en mai »)
        let story = named ?? (clue && (hasOutcome(folded) || voice.length > 0 || previousVoice > 1) ? clue : undefined);
        // « Luc Bernard se rongeait les ongles depuis l'enfance. Après deux séances, il a arrêté »: a person named
        // as the subject of a sentence (not a practitioner), with the outcome of their care told in the paragraph.
        let subject = false;
        if (!story && !clue && hasOutcome(folded)) {
          for (const m of text.matchAll(NAME_SUBJECT)) {
            const name = foldTerm(m[1]);
            const at = m.index + m[0].indexOf(m[1]);
            const sentence = fold(/^[^.!?\n]*/u.exec(text.slice(at))?.[0] ?? '');
            if (!givenNames().has(name) || notNames.has(name) || speakerRole.test(sentence)) continue;
            story = { start: at, end: at + m[1].length };
            subject = true;
            break;
          }
          for (const m of story ? [] : text.matchAll(NAME_OBJECT)) {
            const name = foldTerm(m[1]);
            if (!givenNames().has(name) || notNames.has(name)) continue;
            const at = m.index + m[0].length - m[1].length;
            story = { start: at, end: at + m[1].length };
            subject = true;
            break;
          }
        }
        const complaint = filter('complaint', () => has(VICTIM, folded));
        // « Exemple : Marc, 50 ans, souffrait… », « imaginons Léa, 30 ans »: an invented case that illustrates, not a patient's story.
        const illustration = filter('illustration', (c: Candidate) => HYPOTHETICAL.test(fold(text.slice(Math.max(0, c.start - 40), c.start))));
        // « Odile : cela faisait longtemps que je souffrais… », « Olivia DURAND : Extraordinaires ! »: a named person's answer in an
        // interview, telling of their care or praising it.
        for (const m of text.matchAll(interviewLabel)) {
          const name = foldTerm(m[1]);
          const said = fold(m[3]);
          if (!givenNames().has(name) || notNames.has(name) || speakerRole.test(fold(m[2])) || (patientVoice(said).length === 0 && !has(PRAISE, said))) continue;
          const start = m.index + m[0].indexOf(m[1]);
          found.push(...screen<Found>(context, segment, [storyReport(context, view, start, m.index + m[0].length, article, 'interview-answer')], [complaint]));
        }
        if (story) found.push(...screen<Found>(context, segment, [storyReport(context, view, story.start, story.end, article, named ? 'named-story' : subject ? 'named-subject-outcome' : 'person-with-outcome')], [complaint, illustration]));
        // The header on its own line, the account in the paragraph after it (reported where the header is).
        else if (headerClue && voice.length > 0 && !has(VICTIM, folded)) headerClue.report();
        headerClue = clue && !story ? storyReport(context, view, clue.start, clue.end, article) : undefined;
      } else headerClue = undefined;

      for (const f of separate(context, segment, found)) f.report();
      if (segment.kind === 'heading' && intro) sectionIntro = true;
      previousQuestion = questionOpen;
      previousVoice = voiceOf(folded).length;
      previousPractitioner = has(PRACTITIONER_VOICE, folded);
      previousPresented = patientClues.length > 0 || ours;
      previousOurs = ours;
      careBefore ||= careNamed(folded);
      previous = { intro, colon: /:\s*$/u.test(text), forbids: (/:\s*$/u.test(text) && has(PROHIBITION, folded)) || (forbidden && !/[.!?]\s*$/u.test(text)) };
    }
  },
});
