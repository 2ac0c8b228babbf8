// Flags what identifies a patient (name, initials + age, NIR, phone, e-mail, birth date, file number…) and never prints it in clear.
import { fold, foldKept, foldText, termsRegex, matches as test, findEmails, findNirs, findPhones, maskAddress, maskEmail, maskName, maskNir, maskNumber, maskPhone, phoneDigits, findPersonMentions, handleNamesPerson, hashtagNamesPerson, maskTag, nameTokens, sentenceIndex, contactOwner, widenToFullName, givenNames, personClues, signatureAtEnd, patientVoice, foldTerm, findAgePlaces, defineRule, filter, prose, screen, separate, fitReplacement } from '../src/rule-kit.js';
import type { MentionKind, ContactCues, Report, RuleContext, Segment, SuggestionReport } from '../src/rule-kit.js';
import * as T from './no-patient-identifier.terms.js';

const lists = { firstNames: T.firstNames, notNames: T.notNames, titles: T.titles, heads: T.heads };
const STAFF = termsRegex(T.staffContext);
const CARE = termsRegex(T.careContext);
const PASSIVE_CARE = termsRegex(T.passiveCare);
const APPOSITION = new RegExp(`^\\s*[,(–-]\\s*(?:(?:notre|nos|votre|la|le|l'|un|une|ma|mon)\\s*)?(?:(?:nouvel|nouvelle|nouveau|jeune|ancien|ancienne)\\s+)?(?:${STAFF.source})`, 'u');
/** « Guy était mon kiné », « Léa est notre assistante »: the segment says who this first name is, a carer (round 10). Folded. */
const DECLARED_CARER = new RegExp(`(?<![\\p{L}-])([\\p{L}-]+)\\s+(?:est|etait|sera|fut|reste|restera)\\s+(?:mon|ma|notre|nos|votre|le|la|l')\\s*(?:(?:nouvel|nouvelle|nouveau|fidele|jeune|ancien|ancienne)\\s+)?(?:${STAFF.source})`, 'gu');
/** After a first name, what a carer does to the reader (« vous accueille », « vous guide », « vous apprend »). Folded. */
const READER_CARED_BY = /^\s*(?:,\s*)?(?:vous|te)\s+(?:accueill\p{L}*|recoi\p{L}*|recevra|guide\p{L}*|accompagn\p{L}*|conseill\p{L}*|propos\p{L}*|appren\p{L}*|expliqu\p{L}*|montr\p{L}*|orient\p{L}*|soign\p{L}*|prend(?:ra)?\s+en\s+charge|attend\p{L}*|aide\p{L}*|enseign\p{L}*|forme\p{L}*|initie\p{L}*|coache?\p{L}*)(?![\p{L}])/u;
/**
 * (issue #7) A role right before the name, with at most two qualifiers and no « de » between (« le chirurgien esthétique
 * Paul Roy », « du docteur Roy »): the name is that carer's, even in a sentence about someone's care (« la patiente du
 * chirurgien X »). Not « la kiné de Léa », where Léa is the one cared for. (A public figure's role, « l'actrice X », is
 * left out: the study sets label a celebrity's disclosed care both ways. The list is not no-testimonial's carerPersons:
 * its generic « spécialiste », « thérapeute »… made an age told later attach to another name on an unseen page.)
 * Folded.
 */
const ROLE_RIGHT_BEFORE = new RegExp(`(?<![\\p{L}])(?:dr|dre|pr|docteure?|professeure?|medecins?|chirurgien(?:ne)?s?|dentistes?|kines?|kinesitherapeutes?|osteopathes?|sages?-femmes?|infirmier(?:e)?s?|pharmacien(?:ne)?s?|podologues?|orthodontistes?|dermatologues?|psychologues?|psychiatres?|pediatres?|gynecologues?|ophtalmologues?|orthophonistes?|dieteticien(?:ne)?s?|praticien(?:ne)?s?)(?:\\s+(?!(?:de|du|des|d'|a|au|aux|pour|chez|et|ou|que|qui)(?![\\p{L}]))[\\p{L}-]+){0,2}\\s*$`, 'u');
/** A carer named by role, then (after a clause about them) the name in parentheses or between commas. Folded. (issue #7) */
const ROLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:le|la|l'|les|mon|ma|mes|son|sa|notre|votre|un|une|cette|ce)\\s*(?:${STAFF.source})(?:\\s+(?:que|qui)\\s+[^.!?()\\n]{1,30}?)?\\s*[(,]\\s*$`, 'u');
const THANKS = termsRegex(T.addressTriggers).source;
const TRIGGER = new RegExp(`(?:${THANKS})\\s*,?\\s*(?:a|au|aux)?\\s*$`, 'u');
// « merci a jeanne pour sa confiance »: a first name typed without its capital, right after thanks.
const LOWER_THANKED = new RegExp(`(?:${THANKS})\\s*,?\\s*(?:a|au)?\\s+([a-z][a-z-]{3,})(?![\\p{L}])`, 'gu');
const PATIENT_PARAGRAPH = termsRegex(T.patientParagraph);
const TESTIMONY = termsRegex([...T.testimonyContext, ...T.careContext]);
const FICTION = termsRegex(T.fictionContext);
const PSEUDONYMS = termsRegex(T.pseudonymNotice);
const NAME_CARE = new RegExp(`${termsRegex([...T.careContext, ...T.namedPatient]).source}|${T.carePossessive.source}|${T.careUndergone.source}`, 'gu');
const PRACTICE = termsRegex(T.practiceContact);
const DOMICILE = termsRegex(T.domicileContext);
const NIR_CONTEXT = termsRegex(T.nirContext);
const DISEASE = termsRegex(T.diseaseNames);
/** After a full name, the person living with an illness (« , qui vit avec », « lutte contre », « a vaincu », « et sa »). Folded. */
const DISEASE_TIED_AFTER = /^\s*,?\s*(?:qui\s+)?(?:vit\s+avec|vivait\s+avec|lutte\s+contre|luttait\s+contre|se\s+bat\s+contre|se\s+battait\s+contre|a\s+vaincu|a\s+survecu\s+a|est\s+(?:touchee?|malade|diagnostiquee?)|a\s+ete\s+diagnostiquee?|est\s+en\s+remission|et\s+(?:son|sa|ses))(?![a-z])/u;
/**
 * Right after a first name, its bearer's own health (folded): « Julien a mal au dos depuis des mois », « Nadia souffre
 * d'une endométriose », « Bruno apprend qu'il a un diabète ». The named person's illness, told in the third person
 * (issue #7); the illness itself must follow (DISEASE) except for pain in a body part.
 */
const ILL_AFTER_NAME = /^\s*,?\s*(?:qui\s+)?(?:(?:a|avait)\s+(?:tres\s+|si\s+|encore\s+|toujours\s+)?mal\s+(?:au|aux|a\s+la|a\s+l')\s*[a-z]|(?<disease>souffr(?:e|ait|ant)\s+(?:de|d'|du|des)|(?:est|etait)\s+atteinte?\s+(?:de|d'|du|des)|(?:apprend|apprenait|a\s+appris|decouvre|decouvrait|a\s+decouvert)\s+qu'(?:il|elle)\s+(?:a|avait|est|etait|souffre|souffrait)\s|(?:a|avait)\s+(?:un|une|des)\s))/u;
/** Before a full name, a fight told as theirs (« le combat de », « la victoire de ») — then « contre » the illness. Folded. */
const DISEASE_TIED_BEFORE = /(?:combat|lutte|victoire|parcours|histoire|bataille)\s+(?:de|d')\s*$/u;
const KIND: Record<MentionKind | 'named' | 'alt' | 'agePlace' | 'namedPlace', string> = T.kindLabels;
/** « atteint de Parkinson », « syndrome de Raynaud », « tendinite d'Achille »: an eponym after these, not a town nor a person. */
const EPONYM_BEFORE = /(?:atteinte?s?|souffr[\p{L}]*|maladie|syndrome|signe|test|m[ée]thode|technique|protocole|score|classification|stade|type|tendons?|tendinites?|tendinopathies?)[\s\u00a0]+(?:de|d['’])[\s\u00a0]*$/iu;
/** « à Sofia », « en Lorraine »: a town or region that is also a given name, after a preposition of place. Original text. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:à|a|en|vers|depuis)[ \u00a0]+$/iu;
/** « merci à Florence », « j'ai dit à Sofia »: words or thanks addressed to someone. Folded. */
const ADDRESSED_TO = /(?<![\p{L}])(?:merci|remercie\p{L}*|grace|dit|dis|demande|explique|confie|adresse|envoye|parle|ecrit|propose|conseille|recommande|annonce|montre)(?:[ \u00a0]+[\p{L}']+){0,2}[ \u00a0]+a[ \u00a0]+$/u;
/** (round 13) « opère désormais à Annecy », « installée à Florac »: where a practice works, any capitalised word after it a
 *  town, whether or not it is also a given name. Folded. */
const PRACTICE_PLACE_BEFORE = /(?<![\p{L}])(?:opere|operent|exerce|exercent|installee?s?|s'installe|consulte|consultent|recoit|recoivent|situee?s?|basee?s?|implantee?s?|demenage|ouvre|ouvert|ouverte)(?:[ \u00a0]+(?:desormais|maintenant|aujourd'hui|depuis|aussi|egalement))?[ \u00a0]+a[ \u00a0]+$/u;
function placeNamed(text: string, start: number): boolean {
  const word = /^[\p{L}\p{M}-]+/u.exec(text.slice(start, start + 40))?.[0] ?? '';
  const before = text.slice(Math.max(0, start - 40), start);
  const foldedBefore = foldText(before);
  if (PRACTICE_PLACE_BEFORE.test(foldedBefore)) return true;
  if (!T.placeGivenNames.has(foldTerm(word))) return false;
  return PLACE_BEFORE.test(before) && !ADDRESSED_TO.test(foldedBefore);
}

/** A capitalised word glued to a lone asterisk (« Jeanne* », not « *Jeanne* » nor « Note** »). Original text. */
const ASTERISKED = /(?<![\p{L}\p{M}*])(\p{Lu}[\p{Ll}\p{M}'’-]+)\*(?![\p{L}\p{N}*])/gu;
/** Names listed right before a last one (« Paul, Léa et », « Paul et »). Original text. */
const COORDINATED_BEFORE = /(?:\p{Lu}[\p{Ll}\p{M}'’-]+(?:,[ \u00a0]+|[ \u00a0]+et[ \u00a0]+))+$/u;
/** The given names of the post that carry the asterisk of a changed name (a source's footnote, « Ameli* », is no given name). */
function asteriskedNames(postText: string): Set<string> {
  const names = new Set<string>();
  if (!postText.includes('*')) return names;
  for (const m of postText.matchAll(ASTERISKED)) {
    const word = foldTerm(m[1]);
    if (!givenNames().has(word) || T.notNames.has(word)) continue;
    names.add(word);
    // the mark closing a pair or a list covers every name of it (« Paul et Lucie* »)
    const list = COORDINATED_BEFORE.exec(postText.slice(Math.max(0, m.index - 80), m.index));
    for (const n of list?.[0].match(/\p{Lu}[\p{Ll}\p{M}'’-]+/gu) ?? []) if (givenNames().has(foldTerm(n))) names.add(foldTerm(n));
  }
  return names;
}

const notPlace = (word: string, before: string) => T.notNames.has(foldTerm(word)) || EPONYM_BEFORE.test(before);
/** « peur du dentiste », « chez la kiné »: a role one goes to is not the named person's own. */
const VISITED = /(?<![\p{L}])(?:du|au|aux|chez(?:\s+(?:le|la|l'|les|son|sa|un|une|votre|ton|ta))?)\s+[\p{L}-]+/gu;
const withoutVisits = (folded: string) => folded.replace(VISITED, ' ');
/** After the name, « son ostéopathe », « sa kiné »: the person's own carers, not their role. */
const withoutOwnCarers = (folded: string) => folded.replace(T.ownCarerAfter, ' ');
/** A first-person self-introduction somewhere before, in the sentence (folded). */
const SELF_PRESENTED = new RegExp(String.raw`(?<![\p{L}])${T.selfIntroduction}(?![\p{L}])`, 'u');
/** « je suis gérante du magasin », « je suis la fondatrice du centre »: the speaker runs the place (folded). */
const RUNS_THE_PLACE = /(?<![\p{L}])je\s+suis\s+(?:(?:la|le|l')\s*)?(?:gerant|fondat|proprietaire|directeur|directrice|responsable|co-?gerant|titulaire|associe)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}?(?:du|de\s+la|de\s+l'|de\s+ce|de\s+cette|des)\s*(?:magasin|cabinet|pharmacie|officine|clinique|centre|laboratoire|institut|boutique|enseigne|maison\s+de\s+sante)(?![\p{L}])/u;
/** The same self-introduction, or « je suis », in English too, right before a name (folded). */
const SELF_INTRODUCTION = new RegExp(String.raw`(?:${T.selfIntroduction}|je\s+suis|my\s+name\s+is|i\s+am|i'm)\s*$`, 'u');
const CONTACT: ContactCues = {
  person: new RegExp(`${termsRegex(T.contactPerson).source}|${T.anonymisedCivility.source}`, 'gu'),
  pronoun: termsRegex(T.contactPronoun),
  practice: termsRegex(T.contactPractice),
};

/** Each pattern of eachGroup with the flags it runs with ('gdu'), made once: it was made again for every segment. */
const indexed = new Map<RegExp, RegExp>();
const withIndices = (p: RegExp) => indexed.get(p) ?? indexed.set(p, new RegExp(p.source, 'gdu')).get(p)!;

/** What was found, in segment coordinates (or `source` offsets for a URL), already masked for display. */
interface Finding { start: number; end: number; messageId: string; masked: string; kind?: string; suggestions: readonly string[]; fix?: boolean; source?: [number, number] }

export default defineRule({
  meta: {
    id: 'no-patient-identifier',
    type: 'problem',
    severity: 'error',
    docs: {
      description: 'Interdit toute donnée permettant d’identifier un patient : nom, initiales et âge, NIR, téléphone, e-mail, date de naissance, n° de dossier',
      rationale:
        'Le secret professionnel couvre tout ce que le soignant a appris de son patient : publier un nom, des initiales avec un âge et une ville, un numéro de sécurité sociale, une date de naissance ou un numéro de dossier révèle qu’une personne est soignée et dévoile une donnée de santé. C’est une faute déontologique et un délit pénal, même avec l’accord du patient.',
      allowed: 'Les coordonnées professionnelles du cabinet (nom du praticien, adresse, téléphone, e-mail, RPPS), l’arrivée d’un confrère ou d’une collaboratrice, les statistiques générales, les cas cliniques entièrement anonymisés.',
    },
    references: [
      { title: 'CSP, art. R.4127-4 (secret professionnel)', url: 'https://sante-et-travail.fr/reperes-94' },
      { title: 'CSP, art. L.1110-4 (secret et données de santé)', url: 'https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072665/articles/LEGIARTI000006685745?version=LEGIARTI000024462526&source=legislation' },
      { title: 'Code pénal, art. 226-13', url: 'https://secretpro.fr/secret-professionnel/fiches-legislation-commentee/code-penal/article-226-13' },
      { title: 'RGPD, art. 9 (données de santé)', url: 'https://leto.legal/articles-rgpd/article-9' },
      { title: 'RGPD, considérant 35 (numéros d’identification)', url: 'https://gdpr-text.com/fr/read/recital-35/' },
    ],
    legal: ['secrecy'],
    fixable: true,
    hasSuggestions: true,
    french: true,
    sensitive: true,
    options: {
      allow: { type: 'string[]', default: [], expressions: true, description: 'Expressions à ne jamais signaler, dont les coordonnées du cabinet (téléphones comparés chiffre à chiffre, e-mails et comptes @ sans casse).' },
    },
    messages: {
      patientName: '« {{match}} » : {{kind}} d’un patient identifiable, secret professionnel ({{article}}) ; supprimez toute donnée identifiante (écrivez « une patiente », « un patient »), même avec son accord',
      healthNumber: '« {{match}} » : numéro de sécurité sociale (NIR) d’un patient, donnée de santé identifiante ({{article}}) ; supprimez-le, il ne doit jamais être publié',
      contactDetail: '« {{match}} » : {{kind}} d’une personne, hors coordonnées du cabinet, secret professionnel ({{article}}) ; supprimez cette donnée et ne publiez que les coordonnées du cabinet',
      birthDate: '« {{match}} » : date de naissance d’un patient, secret professionnel ({{article}}) ; supprimez-la, même avec l’accord du patient',
      fileNumber: '« {{match}} » : numéro de dossier, de patient ou de chambre, donnée de santé identifiante ({{article}}) ; supprimez-le',
      patientHandle: '« {{match}} » : compte ou hashtag désignant une personne dans un contexte de soins, secret professionnel ({{article}}) ; retirez la mention, même avec son accord',
      useWording: 'Remplacer par « {{suggestion}} »',
      maskIdentifier: 'Masquer : remplacer par « {{suggestion}} »',
      removeIdentifier: 'Supprimer la mention',
    },
  },
  check(context) {
    // Allowed phones are compared digit by digit (« 01 23 45 67 89 » allows « 01.23.45.67.89 »); the rest of
    // `allow` is the engine's, as for every rule.
    const allowDigits = (context.options.allow as string[]).map(phoneDigits).filter((d) => d.length >= 9);
    // Only a phone-sized text can be an allowed number (a long mention is not read digit by digit for nothing).
    const allowed = (raw: string) => allowDigits.length > 0 && raw.length <= 40 && allowDigits.includes(phoneDigits(raw));
    const article = context.article('secrecy');
    const postText = context.document.segments.map((s) => s.text).join('\n');
    // (folded once for both tests: the window's whole text, folded twice per document before, issue #9; and once
    // for no-testimonial too, which folds the same text: foldKept keeps the last)
    const postFolded = foldKept(postText);
    const careInPost = test(PATIENT_PARAGRAPH, postFolded);
    const practiceNames = practiceNamesIn(postText);
    // « ces prénoms sont des pseudonymes », « le nom a été modifié »: the post's names are not the patients'.
    const pseudonymised = test(PSEUDONYMS, postFolded);
    // A first name marked with an asterisk (« Jeanne*, 62 ans ») is the press's sign for « le prénom a été modifié »:
    // that name, here and wherever it recurs, is not the patient's. A town or a trade told with it still is.
    const asterisked = asteriskedNames(postText);
    for (const { segment, analysis } of prose(context)) {
      const { text } = segment;
      const folded = analysis.folded.text;
      const found: Finding[] = [];
      const sentences = sentenceIndex(analysis);
      const sentenceOf = sentences.at;
      const foldedSlice = (start: number, end: number) => foldText(text.slice(Math.max(0, start), end));
      const around = (pos: number) => sentences.folded(pos);
      // Cue tests on a whole sentence depend only on the sentence: memoised, or a sentence naming hundreds of
      // people would be read hundreds of times.
      const memo = new Map<RegExp, Map<number, boolean>>();
      const inSentence = (re: RegExp, pos: number) => {
        const i = sentences.indexOf(pos);
        const byIndex = memo.get(re) ?? memo.set(re, new Map()).get(re)!;
        let hit = byIndex.get(i);
        if (hit === undefined) byIndex.set(i, (hit = test(re, around(pos))));
        return hit;
      };
      // A colleague or a public figure: a role in apposition (« Hugo, notre kiné »), or near the name with no care.
      // The window around a name is bounded: a mention of hostile length (a run of initials) is not re-read whole.
      // « Laure, sage-femme, m'a suivie pour mes grossesses »: a carer in apposition acting on the writer stays staff even
      // with care in the sentence; after the name, « son ostéopathe » is the person's own carer, not their role.
      // first names the segment declares carers (« Guy était mon kiné … Merci Guy pour… »): staff wherever they recur
      // (read once per segment, and only when a name is weighed: most segments name no one)
      let declared: Set<string> | undefined;
      // (round 13) the speaker introduces themself and says they run the place (« je m'appelle Carole L., j'ai 46 ans…
      // Je suis gérante du magasin »): a portrait of the professional, not a patient; a patient's own trade (« je suis
      // infirmière ») clears nothing
      const runsThePlace = (start: number) => {
        const s = sentenceOf(start);
        return SELF_PRESENTED.test(foldedSlice(s.start, start)) && RUNS_THE_PLACE.test(foldedSlice(s.start, s.end + 200));
      };
      const staff = (start: number, end: number) => {
        declared ??= new Set([...folded.matchAll(DECLARED_CARER)].map((m) => m[1]));
        if (declared.size && declared.has(foldTerm(text.slice(start, end)))) return true;
        // (round 10) the name doing to the reader what a carer does (« Camille vous guide », « Paul vous accueille »)
        if (READER_CARED_BY.test(foldedSlice(end, end + 40))) return true;
        // (after the surname too: « Paul Roy, chef de service… » is read from « , chef de service »)
        const surname = /^[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]+(?=\s*[,(–-])/u.exec(text.slice(end, end + 40));
        const apposition = test(APPOSITION, foldedSlice(end, end + 45)) || (!!surname && test(APPOSITION, foldedSlice(end + surname[0].length, end + surname[0].length + 45)));
        // (issue #7) « la kiné que j'ai eue (Amélia) », « l'ostéo, Paul, »: the name given right after a carer named by role
        const roleBefore = foldedSlice(start - 60, start);
        if (ROLE_BEFORE.test(roleBefore) || ROLE_RIGHT_BEFORE.test(roleBefore)) return true;
        if (apposition && T.actsOnWriter.test(around(start))) return true;
        if (inSentence(PASSIVE_CARE, start)) return false;
        if (apposition) return true;
        const from = Math.max(sentenceOf(start).start, start - 30);
        const to = Math.min(sentenceOf(start).end, Math.min(end, start + 120) + 45);
        return test(STAFF, withoutVisits(foldedSlice(from, start)) + ' ' + withoutOwnCarers(withoutVisits(foldedSlice(start, to)))) && !inSentence(CARE, start);
      };
      const name = (start: number, end: number, masked: string, kind: string, suggestions: readonly string[]) => {
        if (staff(start, end) || inSentence(FICTION, start) || pseudonymised || placeNamed(text, start) || runsThePlace(start)) return;
        if (asterisked.size && kind !== KIND.agePlace && kind !== KIND.namedPlace && asterisked.has(foldTerm(/^[\p{L}\p{M}'’-]+/u.exec(text.slice(start, end))?.[0] ?? ''))) return;
        // The whole name, so that no half of it is left in clear (« patient Martine Lefèvre »).
        const w = widenToFullName(text, start, end, lists);
        const whole = [w.before && maskName(w.before), masked, w.after && maskName(w.after)].filter(Boolean).join(' ');
        found.push({ start: w.start, end: w.end, messageId: 'patientName', masked: whole, kind, suggestions });
      };
      // Care in the name's sentence, or in the next ones while they go on about « il » / « elle » (round 5: up to three,
      // « … reçu Timéo. Il revient ce mardi. Après quatre séances d'orthoptie, il… »).
      const careNear = (pos: number) => {
        if (inSentence(NAME_CARE, pos)) return true;
        const i = sentences.indexOf(pos);
        for (let j = i + 1; i >= 0 && j <= i + 3; j++) {
          const next = sentences.folded(0, j);
          if (!/(?<![\p{L}])(?:il|elle)(?![\p{L}])/u.test(next)) return false;
          if (test(NAME_CARE, next)) return true;
        }
        return false;
      };
      const illAfterName = (end: number) => {
        const after = foldedSlice(end, end + 90);
        const m = ILL_AFTER_NAME.exec(after);
        return !!m && (!m.groups?.disease || test(DISEASE, after.slice(m[0].length, m[0].length + 60)));
      };
      // (round 9) An illness in the first name's own sentence (« Trois fois par semaine, Roland passe quatre heures en
      // dialyse »), for a lone first name only: a full name's tie to an illness is read elsewhere (« X Y présente le
      // plan cancer »), so neither a capital right after the name nor one right before it.
      const illInSentence = (t: { start: number; end: number; word: string }) =>
        inSentence(DISEASE, t.start) && !/[ \u00a0]/u.test(t.word) && !/^[ \u00a0]+\p{Lu}/u.test(text.slice(t.end, t.end + 3)) &&
        // (nor a place's last word: « Côte d'Azur », « Val d'Isère »)
        !/\p{Lu}[\p{Ll}\p{M}'’-]+[ \u00a0]+(?:d['’]|de[ \u00a0]+)?$/u.test(text.slice(Math.max(0, t.start - 30), t.start));
      const machine = (start: number, end: number, messageId: string, masked: string, kind?: string) =>
        found.push({ start, end, messageId, masked, kind, suggestions: [T.MASKED], fix: true });

      // Civilité + nom, initiales, « ma patiente Julie », « Julie, 34 ans », « Sophie M. »
      for (const m of findPersonMentions(text, lists)) {
        name(m.start, m.end, m.masked, KIND[m.kind], m.kind === 'designated' ? [text.slice(m.start, m.nameStart).trim()] : T.nameSuggestions[m.gender]);
      }
      // « Caroline a 28 ans », « Léo, 51 cm », « sa maman Sophie » next to a birth or a care: any given name of the
      // package (common words included: « Rose a 34 ans » is a person), sentence starts included.
      for (const c of personClues(text, givenNames(), foldTerm)) {
        const word = text.slice(c.nameStart, c.nameEnd);
        if (T.notNames.has(foldTerm(word)) || (c.kind === 'relative' && !careInPost)) continue;
        const g = givenNames().get(foldTerm(word)) ?? 'x';
        if (c.kind === 'relative') name(c.nameStart, c.nameEnd, maskName(word), KIND.named, T.nameSuggestions[g]);
        // the clue after the name is shown, its capitalised words masked too (a town, a demonym: « G•••, V•••, 47 ans »)
        else name(c.start, c.end, maskName(word) + text.slice(c.nameEnd, c.end).replace(/\p{Lu}[\p{L}\p{M}'’-]*/gu, maskName), c.kind === 'age' ? KIND.age : KIND.named, T.nameSuggestions[g]);
      }
      // « une patiente de 45 ans, de Quimper »: an age and a town point at one person, even without a name.
      for (const a of findAgePlaces(text, notPlace)) {
        const unit = /mois$/u.test(text.slice(a.ageStart, a.ageEnd)) ? 'mois' : 'ans';
        const masked = text.slice(a.start, a.ageStart) + `•• ${unit}` + text.slice(a.ageEnd, a.placeStart).replace(/\p{Lu}[\p{L}\p{M}'’-]*/gu, maskName) + maskName(text.slice(a.placeStart, a.placeEnd));
        // Keep the person, drop what narrows it down: « une patiente de 45 ans, de Quimper » → « une patiente ».
        const person = text.slice(a.start, a.ageStart).replace(/[\s\u00a0]+(?:âgée?[\s\u00a0]+)?de[\s\u00a0]*$/iu, '');
        name(a.start, a.end, masked, KIND.agePlace, [person]);
      }
      // « Nadia, banquière à Bordeaux »: a first name with an occupation and a town, in a post about care or beside a
      // patient's account, is one person.
      // How many patient-voice markers the paragraph holds (one scan, read by three checks below).
      const voiceMarkers = patientVoice(folded).length;
      if (careInPost || voiceMarkers > 0) {
        for (const m of text.matchAll(T.namedJobTown)) {
          const townAt = m.index + m[0].length - m[3].length;
          if (!givenNames().has(foldTerm(m[1])) || T.notNames.has(foldTerm(m[1])) || T.notOccupation.test(foldTerm(m[2])) || notPlace(m[3], text.slice(Math.max(0, townAt - 30), townAt))) continue;
          name(m.index, m.index + m[0].length, maskName(m[1]) + text.slice(m.index + m[1].length, townAt) + maskName(m[3]), KIND.namedPlace, T.nameSuggestions[T.firstNames.get(foldTerm(m[1])) ?? 'x']);
        }
        // « Alexandra, jeune maman parisienne »: a first name whose apposition gives a town by its demonym (round 9).
        for (const m of text.matchAll(T.namedApposition)) {
          const words = m[2].split(/[ \u00a0]+/u);
          const i = words.findIndex((w) => T.demonymForms.has(foldTerm(w)));
          if (i < 0 || !givenNames().has(foldTerm(m[1])) || T.notNames.has(foldTerm(m[1])) || T.notOccupation.test(foldTerm(words[0]))) continue;
          const end = m.index + m[0].length - m[2].length + words.slice(0, i + 1).join(' ').length;
          name(m.index, end, maskName(m[1]) + text.slice(m.index + m[1].length, end), KIND.namedPlace, T.nameSuggestions[T.firstNames.get(foldTerm(m[1])) ?? 'x']);
        }
      }
      // « Témoignage de Jeanne Moreau »: the full name of the one whose testimony is announced (not two first names:
      // « Marie Claire » may be one person's given names only).
      for (const m of careInPost ? text.matchAll(T.testimonyOfFullName) : []) {
        const start = m.index + m[0].lastIndexOf(m[1]);
        if (!givenNames().has(foldTerm(m[1])) || T.notNames.has(foldTerm(m[1])) || givenNames().has(foldTerm(m[2].replace(/^(?:de|van|le)\s+/u, '')))) continue;
        name(start, m.index + m[0].length, maskName(m[1]) + ' ' + maskName(m[2]), KIND.named, T.nameSuggestions[T.firstNames.get(foldTerm(m[1])) ?? 'x']);
      }
      // The signature closing a patient's own account of their care (« … je reviendrai. Pascale Durand »).
      const signature = segment.kind !== 'heading' && voiceMarkers >= 2 ? signatureAtEnd(text, T.firstNames, foldTerm) : undefined;
      if (signature) name(signature.start, signature.end, text.slice(signature.start, signature.end).replace(/\p{Lu}[\p{L}\p{M}'’-]*/gu, maskName), KIND.named, T.nameSuggestions[T.firstNames.get(foldTerm(text.slice(signature.nameStart, signature.nameEnd))) ?? 'x']);
      // A first name addressed (« merci à Julie ») or followed by care (« Julie, opérée hier »); any first name in alt text.
      const testimony = test(TESTIMONY, folded);
      const tokens = nameTokens(text, lists);
      for (const t of tokens) {
        // (« une tendinite d'Achille », « le syndrome de Gilles… »: an eponym, not a person)
        if (EPONYM_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) continue;
        const organisation = !t.known && /^[\s\u00a0-]+\p{Lu}/u.test(text.slice(t.end)); // « Harmonie Mutuelle »
        const thanked = TRIGGER.test(foldedSlice(t.start - 30, t.start)) && !organisation;
        const addressed = thanked && (inSentence(CARE, t.start) || inSentence(TESTIMONY, t.start) || inSentence(T.careSecondPerson, t.start) || (t.known && testimony));
        // « la séance de Karim »: the care belongs to the named person.
        const cared = t.known && T.careOfName.test(foldedSlice(t.start - 32, t.start));
        const alt = segment.kind === 'imageAlt' && t.known;
        const ill = t.known && (illAfterName(t.end) || illInSentence(t));
        if (addressed || alt || cared || ill || (t.known && careNear(t.start))) {
          name(t.start, t.end, maskName(t.word), alt ? KIND.alt : KIND.named, T.nameSuggestions[T.firstNames.get(foldTerm(t.word)) ?? 'x']);
        }
      }
      // « Alana Dubois souffre de complications… la jeune femme de 23 ans »: the age told later is the named person's.
      for (const m of folded.matchAll(T.ageAnaphor)) {
        const at = analysis.toOriginal(m.index, m.index + m[0].length).start;
        // (not a practitioner named with a title: « le docteur Paul Roy … À 65 ans, il prend sa retraite »)
        const titled = (t: { start: number }) => /(?:dr|docteure?|pr|professeure?)\.?\s*$/u.test(foldedSlice(t.start - 14, t.start));
        const person = [...tokens].reverse().find((t) => t.known && t.end <= at && !titled(t) && !staff(t.start, t.end) && !T.notNames.has(foldTerm(t.word)));
        if (person) name(person.start, person.end, maskName(person.word), KIND.age, T.nameSuggestions[T.firstNames.get(foldTerm(person.word)) ?? 'x']);
      }
      // « Alain Gallo … "je ne regrette pas" », « », assure Agnès Rossier »: in a paragraph that speaks as a patient, a person
      // named in full is that patient; named in full beside a third person's care (« Pierre Martin, opéré… ») too. (round 3)
      const careHere = test(CARE, folded) || T.carePossessive.test(folded);
      const illnessHere = test(DISEASE, folded);
      if (voiceMarkers > 0 || careHere || illnessHere) {
        // (any given name of the package: « Pierre Achard » is a person even though « pierre » is also a word)
        for (const m of text.matchAll(T.fullName)) {
          const first = foldTerm(m[1]);
          const last = foldTerm(m[2].replace(/^(?:de|van|le|du|da|di|von)[ \u00a0]+/u, ''));
          if (/^(?:saint|sainte|st|ste)-/u.test(first) || !givenNames().has(first) || T.notNames.has(first) || givenNames().has(last) || T.notNames.has(last) || T.titles.has(last)) continue;
          const before = foldedSlice(m.index - 30, m.index);
          // (a title or a head noun names a practitioner or a place: « Dr Paul Roy », « rue Jean Moulin », « la librairie
          // Clément Morin »; the one consulted, « j'ai contacté Odile Roy », is the carer)
          const word = /([\p{L}'-]+)\.?\s*$/u.exec(before)?.[1] ?? '';
          if (T.titles.has(word) || T.heads.has(word) || /^(?:dr|dre|pr|pre|m|mme|mlle|me|librairie|boutique|magasin|societe|laboratoires?|marque|editions|cabinet|pharmacie)$/u.test(word)) continue;
          if (T.carerVisitedBefore.test(before)) continue;
          const end = m.index + m[0].length;
          // (in full, with the patient's voice in the paragraph or care in the name's sentence or the next one about them)
          // (or one marker when the name is given the words just quoted: « », assure Alain Gallo »)
          // (issue #7: or an illness tied to the name, « le combat de X Y contre la leucémie », « X Y vit avec une sclérose en
          // plaques »; a public figure beside a health topic, « X Y annonce un plan cancer », is not tied to it)
          const after = illnessHere ? foldedSlice(end, end + 90) : '';
          const tied = illnessHere && (DISEASE_TIED_AFTER.test(after) || (DISEASE_TIED_BEFORE.test(before) && /^\s*contre\s/u.test(after))) && test(DISEASE, after.slice(0, 80));
          if (!(voiceMarkers > 1 || careNear(m.index) || tied || (voiceMarkers > 0 && T.speechVerbBefore.test(before))) || staff(m.index, end) || inSentence(FICTION, m.index)) continue;
          name(m.index, m.index + m[1].length, maskName(m[1]), KIND.civility, T.nameSuggestions[T.firstNames.get(first) ?? givenNames().get(first) ?? 'x']);
        }
      }
      // « Jeanne : depuis des années je… », « Olivia DURAND : Extraordinaires ! »: the named speaker of a patient's account.
      if (voiceMarkers > 0) {
        for (const m of text.matchAll(T.speakerLabel)) {
          const at = m.index + m[0].indexOf(m[1]);
          if (givenNames().has(foldTerm(m[1])) && !T.notNames.has(foldTerm(m[1])) && !staff(at, at + m[1].length)) {
            name(at, at + m[1].length, maskName(m[1]), KIND.named, T.nameSuggestions[T.firstNames.get(foldTerm(m[1])) ?? 'x']);
          }
        }
      }
      for (const m of folded.matchAll(LOWER_THANKED)) {
        const at = m.index + m[0].length - m[1].length;
        const o = analysis.toOriginal(at, at + m[1].length);
        const word = text.slice(o.start, o.end);
        if (/^\p{Ll}/u.test(word) && T.firstNames.has(m[1]) && !T.notNames.has(m[1]) && inSentence(CARE, o.start)) {
          name(o.start, o.end, maskName(word), KIND.named, T.nameSuggestions[T.firstNames.get(m[1]) ?? 'x']);
        }
      }
      const personIn = (pos: number) => found.some((f) => f.messageId === 'patientName' && sentenceOf(f.start).start === sentenceOf(pos).start);
      // Persons a contact detail may be attached to: named patients, and first names that are not staff.
      const persons = [...found.filter((f) => f.messageId === 'patientName').map((f) => f.start), ...tokens.filter((t) => t.known && !staff(t.start, t.end)).map((t) => t.start)];
      const ownerOf = (start: number, end: number) => contactOwner(text, start, end, sentenceOf(start), persons, CONTACT);
      // The practice's own contact: introduced as such in the paragraph, with no patient in its sentence.
      const own = (pos: number) => !personIn(pos) && !inSentence(CARE, pos) && test(PRACTICE, folded);
      // contact@…, dr.martin@…, …@cabinet-kine.fr: the practice's own addresses.
      const personalEmail = (raw: string) => !fold(raw).text.split(/[._\-+@\d]+/u).some((part) => T.practiceHandle.includes(part));

      for (const n of findNirs(text)) {
        if (n.validKey || test(NIR_CONTEXT, foldedSlice(sentenceOf(n.start).start, n.end))) machine(n.start, n.end, 'healthNumber', maskNir(n.raw));
      }
      // Numbers starting 08 are services (0 800 numéros verts), not persons.
      // A detail attached to a person is theirs whatever the paragraph says; unattached, the paragraph decides.
      const personal = (start: number, end: number, shape: boolean) => {
        const owner = ownerOf(start, end);
        return owner === 'person' || (owner === undefined && shape && !own(start));
      };
      for (const p of findPhones(text)) if (!p.digits.startsWith('08') && personal(p.start, p.end, true)) machine(p.start, p.end, 'contactDetail', maskPhone(p.raw), 'numéro de téléphone');
      for (const e of findEmails(text)) if (personal(e.start, e.end, personalEmail(e.raw))) machine(e.start, e.end, 'contactDetail', maskEmail(e.raw), 'adresse e-mail');
      // Autolinks, mailto: and tel: links: the address sits in the URL, outside the prose text.
      for (const link of segment.links) {
        const value = /^(?:mailto|tel):([^?]+)/iu.exec(link.url)?.[1];
        const at = value ? context.document.source.indexOf(value, link.start) : -1;
        const mail = value?.includes('@');
        if (!value || at < 0 || at >= link.end || allowed(value) || (mail && !personalEmail(value))) continue;
        if (!found.some((f) => f.messageId === 'patientName') && test(PRACTICE, folded)) continue;
        const f = { start: 0, end: 0, messageId: 'contactDetail', masked: mail ? maskEmail(value) : maskPhone(value), suggestions: [T.MASKED], fix: true };
        report(context, segment, { ...f, source: [at, at + value.length], kind: mail ? 'adresse e-mail' : 'numéro de téléphone' }, article);
      }
      const eachGroup = (patterns: readonly RegExp[], visit: (start: number, end: number, raw: string) => void) => {
        for (const m of patterns.flatMap((p) => [...folded.matchAll(withIndices(p))])) {
          const o = analysis.toOriginal(m.indices![1][0], m.indices![1][1]);
          visit(o.start, o.end, text.slice(o.start, o.end));
        }
      };
      eachGroup(T.fileNumberPatterns, (s, e, raw) => machine(s, e, 'fileNumber', maskNumber(raw)));
      // A person's own name beside their NIR, phone or file number (« Je suis Martine Lefèvre, NIR … »), or a
      // person introducing themself: the name is as identifying as the number next to it.
      const numbered = (pos: number) => found.some((f) => f.fix && f.messageId !== 'patientName' && sentenceOf(f.start).start === sentenceOf(pos).start);
      for (const t of tokens) {
        if (!t.known || staff(t.start, t.end) || inSentence(FICTION, t.start)) continue;
        // A practitioner introduces themself too (« je m'appelle Julie, votre nouvelle kiné »): care, not a role.
        const introduced = SELF_INTRODUCTION.test(foldedSlice(t.start - 24, t.start)) && inSentence(CARE, t.start) && !inSentence(STAFF, t.start);
        if (numbered(t.start) || introduced) {
          name(t.start, t.end, maskName(t.word), KIND.named, T.nameSuggestions[T.firstNames.get(foldTerm(t.word)) ?? 'x']);
        }
      }
      eachGroup(T.birthDatePatterns, (s, e, raw) =>
        T.genericBirth.test(foldedSlice(Math.max(sentenceOf(s).start, s - 40), sentenceOf(s).end)) ||
        found.push({ start: s, end: e, messageId: 'birthDate', masked: raw.replace(/[\p{L}\p{N}]/gu, '•'), suggestions: T.dateSuggestions }));
      eachGroup([T.addressPattern], (s, e, raw) => {
        // « dans la rue en la plaignant »: without a number, a street has a name (« rue des Lilas », « place Carnot »).
        if (!/^\d/u.test(raw) && !/^\S+\.?\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?[\p{Lu}\d]/u.test(raw)) return;
        const before = foldedSlice(sentenceOf(s).start, s);
        if (test(DOMICILE, before) || ownerOf(s, e) === 'person' || ((personIn(s) || inSentence(CARE, s)) && !test(PRACTICE, before))) {
          machine(s, e, 'contactDetail', maskAddress(raw), 'adresse postale');
        }
      });
      // @mentions of persons thanked or cared for, and support hashtags (#TeamKevin, #InesForte) in a post about care.
      for (const m of text.matchAll(/(?<![\p{L}\p{N}._@])([@#])([\p{L}\p{N}._]+)/gu)) {
        const person = m[1] === '@'
          ? handleNamesPerson(m[2], T.firstNames, T.practiceHandle) && (testimony || careNear(m.index) || inSentence(T.careSecondPerson, m.index))
          : hashtagNamesPerson(m[2], T.firstNames, T.supportTags) && careInPost && !practiceNames.has(foldTerm(m[2]));
        if (person) found.push({ start: m.index, end: m.index + m[0].length, messageId: 'patientHandle', masked: maskTag(m[0], T.firstNames), suggestions: [''] });
      }
      const candidates = found.map((f) => ({ ...f, origin: f.kind ? `${f.messageId}:${f.kind}` : f.messageId }));
      const kept = screen(context, segment, candidates, [filter('allowed-number', (f) => allowed(text.slice(f.start, f.end)))]);
      for (const f of separate(context, segment, kept)) report(context, segment, f, article);
    }
  },
});

// « Cabinet Harmonie », « Centre de santé Léa », « Pharmacie du Parc »: the capitalised name after a practice noun.
const PRACTICE_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${T.practiceNouns.join('|')})(?:\s+(?:de\s+sant[ée]|m[ée]dical|param[ée]dical))?\s+(?:(?:de\s+la|de\s+l['’]|du|des|de)\s+)?(\p{Lu}[\p{L}\p{M}-]+)`, 'giu');

/** The proper names the post gives its practice (folded): echoed as hashtags, they name the practice, not a patient. */
function practiceNamesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(PRACTICE_NAME)) if (/^\p{Lu}/u.test(m[1])) out.add(foldTerm(m[1]));
  return out;
}

function report(context: RuleContext, segment: Segment, f: Finding, article: string): void {
  const range = f.source ?? context.rangeOf(segment, f.start, f.end);
  const suggestion = (s: string): SuggestionReport => {
    if (s === '') return { messageId: 'removeIdentifier', fix: { range, text: '' } };
    if (s === T.MASKED || f.source) return { messageId: s === T.MASKED ? 'maskIdentifier' : 'useWording', data: { suggestion: s }, fix: { range, text: s } };
    // A wording in place of a name or a date reads with the words around it (« Merci à une patiente », « né récemment »).
    const fitted = fitReplacement(segment.text, f.start, f.end, s);
    return { messageId: 'useWording', data: { suggestion: fitted.text }, fix: { range: context.rangeOf(segment, fitted.start, fitted.end), text: fitted.text } };
  };
  const r: Report = { messageId: f.messageId, data: { match: f.masked, kind: f.kind ?? '', article }, range, suggest: f.suggestions.map(suggestion) };
  if (f.fix) r.fix = { range, text: T.MASKED };
  context.report(r);
}
