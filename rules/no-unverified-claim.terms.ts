// DATA ONLY: the vocabulary of unverified medical claims (DOMAIN.md §2.d). Add forms here, never code.
// Patterns run on folded text: lowercase, no accents, ' for every apostrophe, " for « » “ ”.
import type { TermEntry } from '../src/rule-kit.js';
import * as S from './shared.terms.js';

export type ClaimKind = 'cure' | 'guarantee' | 'safety' | 'proof' | 'miracle' | 'abstention';

export interface ClaimTerm extends TermEntry {
  kind: ClaimKind;
  /** The term is itself a "sans …" or "aucun …" claim: a "sans" before it does not negate it. */
  sansIsClaim?: boolean;
  /** The term carries its own negation ("ne tombent jamais"): no negation check. */
  selfNegated?: boolean;
  /** Reported only when one of these occurs in the same clause (what the claim is about). */
  needsInClause?: readonly string[];
  /** Reported only when one of these occurs in the same sentence (an agent named before a comma). */
  needsInSentence?: readonly string[];
  /** Reported only when one of these occurs earlier in the paragraph (what a pronoun subject stands for). */
  needsEarlier?: readonly string[];
  /** One of these in the segments just before (the same list, or the paragraph or heading that opens it): a list item's lead-in. */
  needsLeadIn?: readonly string[];
  /** Reported only when one of these occurs within six words before (the act that is promised). */
  needsBefore?: readonly string[];
  /** needsBefore is looked for anywhere earlier in the sentence, not only in the six words before. */
  needsBeforeInSentence?: boolean;
  /** A hedge inside the match counts too (its object is read loosely: « soulage souvent les douleurs »). */
  hedgeInside?: boolean;
  /** Hedges count only next to the hit (six words before, four after), not anywhere in the sentence. */
  hedgeNear?: boolean;
  /** No hedge makes it prudent: a claim for (nearly) every disease stays one with « peuvent » (« presque toutes les
   *  maladies peuvent en bénéficier »). */
  noHedge?: boolean;
  /** Not reported right after one of these: a condition, not a claim ("même sans douleur", "si vous êtes sans fièvre"). */
  notAfter?: readonly string[];
  /** Not reported when one of these occurs within six words either side (another sense of the word). */
  unlessNear?: readonly string[];
  /** Not reported when one of these occurs in the sentence. */
  unlessSentence?: readonly string[];
  /** Not reported when one of these is named later in the sentence as what the claim is about (« … reste la
   *  vaccination »), unless that part lists what is left out (« sans médicament ni vaccin »). */
  unlessLater?: readonly string[];
}

/** A count of years taken off a face (« 10 ans », « dix ans », « une dizaine d'années », « plusieurs années »). Folded. */
const YEARS_COUNT = String.raw`(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|une\s+dizaine\s+d'|une\s+quinzaine\s+d'|quelques|plusieurs)\s*(?:ans|annees)`;

/** What a lasting-result word ("à vie", "définitivement") must be about to be a result claim. */
export const resultCues = [
  'résultat(s)', 'effet(s)', 'élimine*', 'éliminer', 'supprime*', 'efface*', 'disparai*', 'disparaî*', 'disparu(e)(s)',
  'débarrass*', 'soulag*', 'guéri*', 'corrige*', 'règle', 'réglé(e)(s)', 'résout', 'résolu(e)(s)', 'adieu', 'fini(e)(s)',
  'éclatant(e)(s)', 'blanc(he)(s)', 'lisse(s)', 'jeune(s)', 'rajeuni*', 'mince(s)', 'raffermi(e)(s)', 'plat(e)(s)', 'parfait(e)(s)',
  'sublime(s)', 'net(te)(s)', 'transforme(nt)', 'transformé(e)(s)', 'transformation(s)', 'repousse', 'soigne', 'soignent', 'traite', 'traitent', 'dure', 'durent', 'tient', 'tiennent', 'répare(nt)', 'réparé(e)(s)', 'régénère(nt)', 'stoppe(nt)', 'stoppé(e)(s)', 'protégé(e)(s)', 'libéré(e)(s)', 'plus jamais', 'correction', 'disparition',
  // efficacy on a schedule (« efficace dès la première séance », « agit en une séance »), destruction (« détruits à vie »)
  'efficace(s)', 'efficacité', 'agit', 'agissent', 'fonctionne', 'fonctionnent', 'amélioration', 'visible(s)', 'libère(nt)', 'apaise*',
  'détrui*', 'arrêter de fumer', 'arrêtez de fumer', 'ne plus fumer', 'arrêt du tabac', 'sevrage',
  // slimming promised on a schedule (« perdez 4 kilos en moins d'un mois »)
  'kilo(s)', 'kg', 'perdez', 'perdre', 'mincir', 'maigrir', 'taille(s) en moins', 'centimètre(s) en moins',
  // quitting smoking, sleep and worries that vanish (« arrêtent la cigarette dès la première séance », « vos angoisses s'envolent »)
  'cigarette(s)', 'tabac', 'fumer', "s'envole*", 'envolé(e)(s)', 'dort', 'dorment', 'repouss*', 'aligné(e)(s)', 'parfaitement', 'calme', 'calment', 'poil(s)',
  // hair that keeps growing after a graft (« les greffons continueront à pousser toute votre vie »)
  'pousse(nt)', 'pousser', 'pousseront',
  // what a cosmetic act or product does to skin, hair or features (« repulpe immédiatement », « densifie définitivement
  // la barbe », « une réduction permanente de la pilosité », « la peau reste définitivement nette »)
  'réduction', 'réduit', 'réduisent', 'impeccable(s)', 'densifie*', 'redensifie*', 'repulpe*', 'raffermit', 'raffermissent',
  'tonifie*', 'illumine*', 'unifie*', 'estompe*', 'atténue*', 'comble*', 'redessine*', 'lisse*', 'gomme*', 'éclaircit',
  'blanchit', 'pilosité', 'se passer', 'vous passer', 'te passer',
];

/** Lasting words in a sense that is not a result promise (a treatment for life, a risk, a closure). */
const durationSenses = [
  'traitement(s)', 'suivi', 'surveillance', 'séquelle(s)', 'handicap', 'cicatrice(s)', 'dommage(s)', 'lésion(s)',
  'dépendance', 'contraception', 'stérilisation', 'ferme', 'fermé(e)', 'fermeture', 'quitte', 'cesse', 'arrête', 'interdit(e)(s)',
  'maquillage', 'secondaire(s)', 'indésirable(s)', 'complication(s)', 'risque(s)', 'perte', 'insuline', 'médicament(s)',
  'chronique(s)', 'certification', 'diagnostic', 'décision', 'vaccin*', 'immunité', 'maladie(s)', 'diabète',
  // what a device is (fixed, not removable), not what it does: « l'implant sert de base solide et permanente »
  'base(s)', 'ancrage', 'fixe(s)', 'amovible(s)',
];

/** "garanti" about privacy, insurance, access or organisation, not about a medical result. */
const guaranteeSenses = [
  'confidentialité', 'confidentiel*', 'secret', 'anonymat', 'anonyme(s)', 'données', 'discrétion', 'vie privée', 'intimité',
  'continuité', 'accès', 'accessibilité', 'responsabilité civile', 'assurance(s)', 'assureur', 'obligatoire', 'mutuelle(s)',
  'complémentaire', 'contrat', 'décennale', 'remboursement', 'tiers payant', 'droit(s)', 'respect',
  'sécurité', 'traçabilité', 'stérilisation', 'stérilisé(e)(s)', 'hygiène', 'rendez-vous', 'réponse', 'accueil', 'délai(s)',
  'créneau(x)', 'place(s)', 'disponibilité', 'prise en charge', 'pris en charge', 'devis', 'prix', 'tarif(s)', 'paiement',
  'information(s)', 'libre choix', 'liberté', 'égalité', 'neutralité', 'indépendance', 'transparence', 'garde', 'permanence',
  'rgpd', 'hébergement', 'hds', 'consentement', 'dignité', 'écoute', 'répondre', 'joignable', 'accompagnement', 'suivi',
  // a device warranty ("appareils garantis 4 ans", "sous garantie constructeur") is not a result promise
  'constructeur', 'fabricant', 'conformité',
  // (round 13) what a method or a document is made to deserve: « pour garantir leur crédibilité »
  'crédibilité', 'fiabilité', 'reproductibilité', 'objectivité', 'comparabilité', 'légale', 'extension', 'sav', 'pièces', 'appareil(s)', 'matériel', 'monture(s)',
];

/** A duty, not a promise: « la qualité des soins doit être garantie partout », « l'établissement doit garantir… ». */
const guaranteeDuty = ['doit être', 'doivent être', 'devrait être', 'devraient être', 'doit garantir', 'doivent garantir', 'il faut garantir', 'exige(nt)'];

/** An act or product: "sans douleur" and "indolore" promise something only about an act. */
const acts = [
  'opération(s)', 'intervention(s)', 'injection(s)', 'soin(s)', 'séance(s)', 'traitement(s)', 'acte(s)', 'extraction(s)',
  'détartrage(s)', 'méthode(s)', 'technique(s)', 'épilation(s)', 'chirurgie(s)', 'pose', 'examen(s)', 'blanchiment(s)',
  'laser', 'piqûre(s)', 'implant(s)', 'greffe(s)', 'lifting(s)', 'protocole(s)', 'procédure(s)', 'anesthésie(s)', 'prothèse(s)',
  'accouchement', 'botox', 'peeling(s)', 'liposuccion', 'mésothérapie', 'cryolipolyse', 'hifu', 'fils', 'rhinoplastie',
  'produit(s)', 'crème(s)', 'complément(s)', 'cure(s)', 'massage(s)', 'manipulation(s)', 'vaccin(s)', 'prélèvement(s)',
  'prise de sang', 'frottis', 'dévitalisation', 'couronne(s)', 'facette(s)', 'aligneur(s)', 'gouttière(s)', '100 %',
];

/** Tests and samples: « indolore » about them describes the test (DOMAIN.md §2.d, issue #7.6). */
const diagnosticTests = [
  'prélèvement(s)', 'auto-prélèvement(s)', 'autoprélèvement(s)', 'prise(s) de sang', 'frottis', 'écouvillon*', 'test(s)', 'autotest(s)',
  'dépistage(s)', 'examen(s)', 'échographie(s)', 'radio(s)', 'radiographie(s)', 'irm', 'scanner(s)', 'mammographie(s)', 'bilan(s)',
  'analyse(s)', 'électrocardiogramme', 'ecg', 'audiogramme', 'fond d\'œil', 'fond d\'oeil', 'dosage(s)',
];

/** Healing that happens by itself ("guérit spontanément"): information, not a promise. */
const naturalHealing = [
  'spontanément', 'tout(e)(s) seul(e)(s)', "d'elle-même", 'de lui-même', "d'eux-mêmes", "d'elles-mêmes", 'une fois',
  "jusqu'à", 'déclaré(e)(s)', 'considéré(e)(s)', 'sans traitement', 'sans antibiotique(s)', 'sans séquelle(s)',
  // the natural course, treated or not (« guérit en une semaine, avec ou sans traitement »)
  'avec ou sans',
];

/** Stopping a treatment with the doctor is advice, not incitement to abstain. */
const medicalAdvice = [
  'médecin(s)', 'prescripteur', 'praticien(ne)(s)', 'avis médical', 'ordonnance', 'pharmacien(ne)(s)', 'sage-femme',
  // "inutile de prendre des antibiotiques pour un rhume": public-health advice, not abstention
  'virus', 'viral(e)(s)', 'viraux', 'rhume(s)', 'grippe', 'bronchiolite', 'rhinopharyngite', 'pas automatique(s)',
];

const VARIABLE = 'avec des résultats variables selon les patients';

/** Words that make the "sans …" after them a condition ("même sans aucune douleur, faites contrôler…"). */
const conditions = ['même', 'si', "s'il", "s'ils", 'quand', 'lorsque', "lorsqu'il", 'tant que'];

/** Complaints a promise makes vanish ("fini les migraines", "plus jamais de douleurs"), folded regex alternation. */
const COMPLAINTS = String.raw`(?:douleurs?|migraines?|maux|mal\s+de\s+dos|rides|ridules|cellulite|kilos|boutons|acne|insomnies?|ronflements?|lunettes|crises?|allergies|varices|vergetures|taches|caries|lombalgies?|sciatiques?|tendinites?|rhumes?|angines?|otites|infections|inflammations|bouffees\s+de\s+chaleur|fuites|cicatrices|cheveux\s+blancs|calvitie|chute\s+de\s+cheveux|poils|stress|angoisses?|anxiete|fatigue|ballonnements?|eczema|psoriasis|verrues?|mycoses?|cystites?|acouphenes?|vertiges?|nausees|crampes|cernes|rougeurs|bourrelets|capitons|graisses?\s+(?:localisees|abdominales?|viscerales?)|reflux|constipation|cigarettes?|tabac|arthrose|coliques|phobies?|zona|hemorroides|spasmophilie|perte\s+de\s+cheveux|courbatures|deprime)`;

/** Treatments people are told to drop (folded, regex alternation). */
/** What a remedy sold as ideal is for: a result verb or a complaint (« pour effacer », « contre les rides »). */
const REMEDIED = String.raw`(?:(?:les?|la|l'|vos|votre|tes|ton|ta|en)\s*)?(?:(?:vous\s+|se\s+)?(?:effacer|eliminer|traiter|soigner|soulager|finir|lutter|reduire|attenuer|corriger|retrouver|dire\s+adieu|debarrasser|faire\s+disparaitre|guerir|venir\s+a\s+bout|combattre|gommer|estomper)|${COMPLAINTS})(?![a-z])`;

const DRUGS = String.raw`(?:traitements?(?:\s+medicamenteux)?|medicaments?|chimio\p{L}*|radiotherapie|insuline|antidepresseurs?|antibiotiques?|anti-?inflammatoires?|anticoagulants?|antihypertenseurs?|vaccins?|vaccination|corticoides|cortisone|levothyrox|statines?|anxiolytiques?|neuroleptiques?|antiepileptiques?|pilules?|comprimes|cachets|anti-?douleurs?|antalgiques?|ibuprofene|paracetamol|somniferes?|antihistaminiques?|inhalateurs?|ventoline|betabloquants?)`;
const drug = (before: string) => new RegExp(String.raw`(?<![\p{L}])${before}${DRUGS}(?![\p{L}])`, 'u');

/** Diseases and complaints a remedy is said to cure or prevent (folded, regex alternation): the complaints above and
 *  the conditions alternative-medicine and product posts name (« soigne l'arthrose », « corrige la scoliose »). Not
 *  sight defects (« les lunettes corrigent la myopie » is a fact) nor germs (« le lavage des mains élimine les virus »). */
const DISEASES = String.raw`(?:arthrites?|polyarthrite|rhumatismes?|scolioses?|infertilite|sterilite|depressions?|burn-?out|diabetes?|hypertension|tension(?:\s+arterielle)?|cholesterol|cancers?|tumeurs?|dmla|glaucomes?|cataractes?|hernies?(?:\s+discales?)?|fibromyalgie|endometriose|cartilages?|autisme|alzheimer|parkinson|sclerose\s+en\s+plaques|asthme|obesite|surpoids|addictions?|colopathies?|intestin\s+irritable|calculs?(?:\s+renaux|\s+biliaires)?|herpes|grippes?|covid|hypothyroidie|alopecie|incontinence|fuites\s+urinaires|apnees?\s+du\s+sommeil|plagiocephalie|troubles?\s+(?:digestifs|du\s+sommeil|anxieux|hormonaux|de\s+l'attention)|maladies?\s+(?:chroniques?|auto-?immunes?|de\s+lyme|cardio-?vasculaires)|${COMPLAINTS})`;

/** Words naming a product or a session: what a prevention or immunity claim must be about to be a sales claim. */
const products = [
  'complément(s)', 'gélule(s)', 'capsule(s)', 'comprimé(s)', 'cure(s)', 'tisane(s)', 'huile(s)', 'sirop(s)', 'ampoule(s)', 'spray(s)',
  'formule(s)', 'produit(s)', 'probiotique(s)', 'élixir(s)', 'extrait(s)', 'jus', 'eau', 'lunettes', 'verres', 'crème(s)', 'sérum(s)',
  'bracelet(s)', 'appareil(s)', 'séance(s)', 'soin(s)', 'protocole(s)', 'massage(s)', 'pack(s)', 'coffret(s)', 'poudre(s)',
  // therapies and supplements named as the agent (« l'homéopathie évite les rechutes », « la vitamine D prévient… »)
  'homéopathie', 'acupuncture', 'ostéopathie', 'naturopathie', 'phytothérapie', 'aromathérapie', 'hypnose', 'réflexologie',
  'magnétisme', 'sophrologie', 'auriculothérapie', 'ozonothérapie', 'chiropraxie', 'kinésiologie', 'reiki', 'jeûne',
  'vitamine(s)', 'zinc', 'magnésium', 'oméga*', 'spiruline', 'curcuma', 'propolis', 'argile', 'gelée royale',
  // the practitioner named as the agent (« le rôle du chiropracteur est de prévenir la survenue d'une scoliose »)
  'ostéopathe(s)', 'naturopathe(s)', 'chiropracteur(s)', 'magnétiseur(s)', 'hypnothérapeute(s)', 'acupuncteur(s)', 'réflexologue(s)',
];

/** What a promised cure of a named disease must not sit near: a vaccine or an antibiotic named (public-health facts). */
const medicalFacts = ['vaccin*', 'antibiotique(s)', 'dépistage(s)', 'frottis', 'mammographie(s)', 'préservatif(s)', 'lavage', 'savon'];

/** An act or a remedy in the clause: « les coliques disparaissent dès la première séance » (not a side effect that passes). */
const remedyInClause = [
  'séance(s)', 'consultation(s)', 'soin(s)', 'traitement(s)', 'protocole(s)', 'méthode(s)', 'technique(s)', 'cure(s)', 'grâce à', 'grâce au',
  'grâce aux', 'thérapie(s)', 'programme(s)', 'complément(s)', 'produit(s)', 'remède(s)',
  // a device or a manual act credited (« vos maux de pieds vont disparaître grâce à ces orthèses… »)
  'semelle(s)', 'orthèse(s)', 'massage(s)', 'manipulation(s)', 'ajustement(s)',
];

/** Negation and warning words of English and Spanish posts (the French negation cues do not read them). */
const foreignNegations = [
  'not', 'no treatment', 'no procedure', 'no surgery', 'there is no', "there's no", 'there are no', 'ningún tratamiento', "isn't", "aren't", "doesn't", "don't", "can't", 'cannot', 'never', 'no such', 'nothing is', 'myth(s)', 'beware',
  'no es', 'no son', 'no existe(n)', 'no hay', 'nunca', 'jamás', 'mito(s)', 'desconfíe', 'cuidado con',
];

/** Non-conventional practices and their practitioners, named before a pronoun that carries their effect. */
const alternativePractices = [
  'ostéopathie', 'ostéopathe(s)', 'acupuncture', 'acupuncteur(s)', 'homéopathie', 'homéopathique(s)', 'naturopathie', 'naturopathe(s)',
  'aromathérapie', 'phytothérapie', 'sophrologie', 'sophrologue(s)', 'hypnose', 'hypnothérapeute(s)', 'réflexologie', 'réflexologue(s)',
  'magnétisme', 'magnétiseur(s)', 'magnétiseuse(s)', 'coupeur(s) de feu', 'barreur(s) de feu', 'chiropraxie', 'chiropracteur(s)', 'auriculothérapie',
  'kinésiologie', 'kinésiologue(s)', 'reiki', 'jeûne', 'huile(s) essentielle(s)', 'médecine(s) douce(s)', 'médecine traditionnelle chinoise',
  'ayurvéd*', 'ventouses', 'hijama', 'lithothérapie', 'iridologie', 'oligothérapie', 'gemmothérapie', 'fleurs de bach', 'shiatsu',
  'soin(s) énergétique(s)', 'énergéticien(ne)(s)', 'guérisseur(s)', 'biorésonance', 'micronutrition',
  'moxibustion', 'moxa(s)', 'eft', 'ozonothérapie', 'cupping', 'médecine énergétique',
];
/** The same practices as a folded alternation (the subject of pratique-agit-sur). */
const PRACTICES = String.raw`osteopathie|acupuncture|homeopathie|naturopathie|aromatherapie|phytotherapie|sophrologie|hypnose|reflexologie|magnetisme|chiropraxie|auriculotherapie|kinesiologie|reiki|huiles?\s+essentielles?|medecines?\s+douces?|medecine\s+(?:traditionnelle\s+)?chinoise|mtc|ayurved[a-z]*|lithotherapie|iridologie|oligotherapie|gemmotherapie|shiatsu|bioresonance|moxibustion|moxas?|eft|ozonotherapie|therapie\s+par\s+(?:les\s+)?ventouses?|hijama|cupping|medecine\s+energetique`;
/** Their practitioners, as the subject of the same effects (« le naturopathe régule le transit »), folded. (issue #7) */
const PRACTITIONERS = String.raw`(?:osteopathe|acupuncteur|homeopathe|naturopathe|sophrologue|hypnotherapeute|reflexologue|magnetiseu(?:r|se)|chiropracteur|chiropraticien(?:ne)?|kinesiologue|energeticien(?:ne)?|guerisseu(?:r|se)|etiopathe|iridologue|aromatherapeute|phytotherapeute|micronutritionniste)s?`;
/** What the practice is said to do: a verb of relief, regulation or restoration (present, future, « permet de »), then
 *  a complaint, a disease or a body function, with its article; folded alternation. */
const EFFECT_VERB = String.raw`(?:(?:soulag|apais|calm|resorb|trait|soign|attenu|restaur|regul|reequilibr|elimin|renforc|stimul|amelior|corrig|debloqu|harmonis|relanc|purifi|detoxifi|evit|activ|reactiv|diminu)(?:e|ent|era|eront|er)|combat|combattent|combattre|previent|previennent|prevenir|reduit|reduisent|reduire)(?![a-z])`;
// (round 8: the vague nouns alt-medicine pages promise to solve, « de nombreuses problématiques / difficultés »)
const FUNCTIONS = String.raw`(?:troubles?|problemes?|problematiques?|difficultes?|soucis|affections?|dysfonctionnements?|pathologies?|maladies?|maux|symptomes?|fertilite|infertilite|immunite|systeme\s+immunitaire|systeme\s+nerveux(?:\s+[a-z]+)?|emonctoires|circulation\s+lymphatique|defenses(?:\s+immunitaires)?|sommeil|transit|digestion|circulation(?:\s+sanguine)?|cycles?(?:\s+menstruels?)?|equilibre\s+hormonal|hormones|recidives?|organes?|remontees\s+acides|brulures?|cicatrisation|inflammations?|infections?|otites?|douleurs?)`;
/** How often or how hard a complaint strikes (« réduit la durée des poussées », « leur fréquence ou leur sévérité »): a measure, then what it measures. */
const SEVERITY_OF = String.raw`(?:frequence|intensite|duree|severite|nombre)(?:\s+(?:et|ou)\s+(?:l'|la\s+)?(?:frequence|intensite|duree|severite))?\s+(?:des|de\s+la|du|de\s+l'|de\s+vos|de\s+leurs|de\s+ses)\s*[a-z-]+`;
// « reconnue pour traiter… »: the effect credited to the practice by an unnamed authority (round 8, seen on three sites)
const PRACTICE_DOES = String.raw`(?:${EFFECT_VERB}|gueri(?:t|ra|ssent|ront)|(?:apporte(?:nt|ra|ront)?|offre(?:nt)?)\s+(?:aussi\s+|egalement\s+)?(?:des|une|de\s+(?:vraies|reelles))\s+(?:solutions?|reponses?)\s+(?:(?:efficaces?|concretes?|durables?|naturelles?|reelles?)\s+)?(?:face\s+(?:a|aux)|a|aux|pour|contre)|reconnue?s?\s+pour\s+(?:${EFFECT_VERB}|guerir|lutter\s+contre)|(?:(?:permet(?:tent|tra|tront)?|aide(?:nt|ra)?)\s+(?:(?:non\s+seulement|en\s+effet|ainsi|aussi|egalement|donc|notamment|reellement|vraiment)\s+)?|(?:est|sont)\s+(?:aussi\s+|egalement\s+)?(?:capables?|aptes?)\s+)(?:de|d'|a)\s*:?\s*(?:[-•*–]\s*)?(?:${EFFECT_VERB}|guerir|lutter\s+contre)(?:\s+(?:ou|et)\s+(?:de\s+|d'|a\s+)?(?:${EFFECT_VERB}|guerir))?)\s+(?:(?:efficacement|naturellement|durablement|rapidement|ainsi|aussi|egalement|en\s+douceur)\s+)?(?:(?:la|le|les|l'|vos|votre|ses|son|sa|leurs?|des|de|du|d'|certaines?|certains|nombreux|nombreuses|tous\s+les|toutes\s+les|ces|cette|un\s+grand\s+nombre|nombre|la\s+plupart|bien|beaucoup)\s*)*(?:[a-z-]+\s+){0,2}?(?:${DISEASES}|${FUNCTIONS}|${SEVERITY_OF})(?![a-z])`;

/** Sessions, devices and remedies offered to the public, as the subject of an effect (folded alternation); not drugs. */
const CARE_OFFERS = String.raw`(?:massages?(?:\s+[a-z]+)?|semelles?(?:\s+orthopediques?)?|ortheses?(?:\s+plantaires?)?|cryolipolyse|mesotherapie|carboxytherapie|carbotherapie|lipofilling|radiofrequence|lumiere\s+pulsee|seves?\s+de\s+[a-z]+|cures?(?:\s+[a-z]+)?|seances?(?:\s+de\s+[a-z]+)?|protocoles?|ce\s+soin|ces\s+soins|cette\s+technique|cette\s+methode|complements?\s+alimentaires?|tisanes?|gemmotherapie|drainage\s+lymphatique|ajustements?)`;
/** Verbs of an effect asserted (present or future, singular or plural), folded alternation. */
const STRONG_EFFECT = String.raw`(?:(?:permet(?:tent|tra|tront)?|aide(?:nt|ra)?)\s+(?:egalement\s+|aussi\s+|ainsi\s+)?(?:de\s+|d'|a\s+)(?:activer|reactiver|stimuler|restaurer|regenerer|eliminer|supprimer|drainer|detoxifier|purifier|tonifier|booster|renforcer|relancer|debloquer|liberer|nettoyer|reequilibrer|reguler|soulager|corriger|apaiser|resorber|rajeunir|raffermir|affermir|redessiner|remodeler|combattre|prevenir|reduire|guerir|desengorger|decongestionner)|(?:reactiv|stimul|restaur|regener|elimin|supprim|drain|desengorg|decongestionn|detoxifi|purifi|tonifi|boost|renforc|relanc|debloqu|liber|nettoi|reequilibr|regul|soulag|corrig|apais|resorb|redessin|remodel)(?:e|ent|era|eront)|(?:rajeun|raffermi|affermi|rajeuni)(?:t|ssent|ra|ront)|raffermit|affermit|combat(?:tent)?|previen(?:t|nent)|reduit|reduisent)`;
/** What such an effect works on: a body function, an organ system, the skin and its tissue, or a complaint. */
const BODY_TARGETS = String.raw`(?:circulation(?:\s+(?:lymphatique|sanguine|veineuse|energetique))?|emonctoires|organisme|systeme\s+(?:nerveux|immunitaire|digestif|lymphatique|hormonal)|defenses(?:\s+immunitaires)?|immunite|cellules|collagene|elasticite|fermete|cartilages?|articulations?|silhouette|tissus|metabolisme|foie|reins|toxines|graisses?|amas\s+graisseux|posture|scolioses?|poignees\s+d'amour|double\s+menton|culotte\s+de\s+cheval|troubles?|maux|douleurs?|${DISEASES})`;

/** Acts, techniques and remedies a practice offers, as the subject of an effect (folded alternation): the generic nouns
 *  (« ce traitement », « la technique », « ces produits ») and the named procedures and remedies of clinic and shop
 *  pages. Not drugs or vaccines: their known effects are another matter. */
const TREATMENTS = String.raw`(?:traitements?|techniques?|ce\s+mineral|cet\s+oligo-?element|ces\s+micronutriments|methodes?|procedes?|interventions?|injections?|lasers?|seances?|protocoles?|therapies?|soins?|cures?|produits?|complements?|huiles?\s+essentielles?|plantes?|probiotiques?|vitamines?|ortheses?|semelles?|facettes?|implants?|greffes?|mesotherapie|carboxytherapie|carbotherapie|radiofrequence|toxine\s+botulique|botox|acide\s+hyaluronique|lipofilling|cryolipolyse|cryotherapie|hifu|peelings?|microneedling|prp|ondes\s+de\s+choc|massages?|drainages?(?:\s+lymphatiques?)?|luminotherapie|lumiere\s+pulsee|magnesium|zinc|omega[\s-]?3|spiruline|curcuma|propolis|gelee\s+royale|collagene|melatonine|ginseng|harpagophytum|echinacee|tapis|bracelets?|ventouses?|${PRACTICES})`;
/** (Filling and smoothing verbs, « comble les rides », « lisse la peau », are what an aesthetic act is, told to describe it:
 *  not read here.)
 *  An effect asserted in the indicative: the infinitive behind « va », « permet (à …) de », « est capable de », or the
 *  verb conjugated (present, future). Folded alternation. */
const EFFECT_INF = String.raw`(?:chasser|affiner|degonfler|desengorger|decongestionner|estomper|attenuer|redessiner|remodeler|restaurer|retablir|regenerer|reparer|ameliorer|diminuer|reduire|detruire|eliminer|supprimer|neutraliser|stimuler|relancer|renforcer|rajeunir|raffermir|redensifier|resorber|soulager|apaiser|corriger|soigner|guerir|prevenir|stopper|freiner|ralentir|debloquer|purifier|drainer|detoxifier|booster|favoriser|accelerer|retrouver|reactiver|tonifier|reprogrammer|redonner)`;
const EFFECT_FINITE = String.raw`(?:combat(?:tent|tra|tront)?|(?:chass|affin|degonfl|desengorg|decongestionn|estomp|attenu|redessin|remodel|restaur|regener|repar|amelior|diminu|elimin|supprim|neutralis|stimul|relanc|renforc|redensifi|resorb|soulag|apais|corrig|soign|stopp|frein|debloqu|purifi|drain|detoxifi|boost|favoris|acceler|reactiv|tonifi|reprogramm|redonn)(?:e|ent|era|eront)|(?:retabl|rajeun|raffermi|gueri|ralent)(?:it|issent|ira|iront)|detrui(?:t|sent|ra|ront)|redui(?:t|sent|ra|ront)|attaque(?:nt)?)`;
const EFFECT_PREDICATE = String.raw`(?<!(?<![a-z])(?:ne|n')\s?)(?:(?:agi(?:t|ssent|ra|ront)\s+(?:(?:en\s+profondeur|directement|rapidement|efficacement|naturellement)\s+)?(?:pour|afin\s+de)\s+|(?:va|vont)\s+(?:(?:ainsi|donc|alors)\s+)?(?:permettre\s+(?:de\s+|d'))?|permet(?:tent|tra|tront)?(?:\s+(?:a|aux?)\s+(?:(?:la|le|les|l'|vos|votre)\s*)?[a-z'-]+)?(?:\s+(?:ainsi|donc|alors|aussi|egalement|notamment))?\s+(?:de\s+|d')|(?:(?:est|sont)\s+)?(?:capables?|aptes?)\s+(?:de\s+|d'))(?:(?:tout\s+a\s+la\s+fois|egalement|aussi|ainsi|non\s+seulement|directement|efficacement|rapidement|durablement|naturellement|specifiquement)\s+)*${EFFECT_INF}|${EFFECT_FINITE}|(?:permet(?:tent|tra|tront)?|aboutir\s+a|abouti(?:t|ssent)\s+a|apporte(?:nt)?|procure(?:nt)?|entraine(?:nt)?)\s+(?:(?:d'|de\s+)?aboutir\s+a\s+)?(?:une?\s+|des\s+)?(?:(?:nette|reelle|forte|importante|veritable|rapide|spectaculaire)s?\s+)?(?:amelioration|diminution|reduction|disparition|regression|restauration|regeneration|guerison)s?\s+(?:de|des|du|d'))`;
/** What the effect works on: the body and its functions, the skin and hair, healing, or a complaint. */
const EFFECT_TARGETS = String.raw`(?:${BODY_TARGETS}|peau|epiderme|derme|rides?|ridules|peau\s+d'orange|cheveux|chute|cuir\s+chevelu|follicules?|microcirculation|oedemes?|cicatrisation|recuperation|repousse|muscles?|nerfs?|tendons?|germes|bacteries|cellules\s+cancereuses|tonicite|souplesse|vitalite|teint|sang|intestins?|flore(?:\s+intestinale)?|vessie|vagin|muqueuses?|rapport\s+au\s+tabac|envie\s+de\s+fumer|addiction|jambes|ventre|visage|traits|cernes|pores|taches|fibres?(?:\s+capillaires?)?)`;

/**
 * « sûr(e)(s) » said of safety (folded). Folded « sûr » is also the preposition « sur », so that form counts only at the
 * end of a phrase; « sûre de » / « sûre que » is certainty, not safety.
 */
const SAFE = String.raw`(?:(?:sures?|surs)(?![a-z])(?!\s*(?:(?:de|des|du|que)(?![a-z])|d'|qu'))|sur(?=\s*(?:[.;!\n]|et\s|,|$)))`;

export const claimTerms: ClaimTerm[] = [
  {
    id: 'guerison',
    kind: 'cure',
    patterns: [
      // "guérit la lombalgie", "guérir définitivement le stress": the verb with an object is a promise;
      // "l'entorse guérit en trois semaines" (no object) describes natural healing.
      /(?<![\p{L}])gueri(?:r|t|ssent|ssons|ssez|ra|ront|rait|raient|ssait|ssaient|ssant|rez)(?=\s+(?:l'|(?:\d+|la|le|les|un|une|des|du|votre|vos|ton|ta|tes|ce|cet|cette|ces|son|sa|ses|leur|leurs|tout|toute|toutes|tous|definitivement|totalement|completement|vraiment|enfin|radicalement|durablement|naturellement\s+(?:la|le|les|vos|votre))(?![\p{L}])|bien\s+(?:plus\s+)?(?:des|de)\s|de\s+nombreu(?:x|ses)\s|beaucoup\s+de\s|la\s+plupart\s+des\s|nombre\s+de\s|n'importe\s))/u,
      // « apprenez à guérir naturellement »: the reader promised a cure without treatment (not « le rhume guérit seul »)
      /(?<![\p{L}])(?:guerir|guerissez|guerissons)\s+(?:naturellement|sans\s+(?:medicaments?|chimie|traitement\s+chimique))(?![\p{L}])/u,
      // participles: "vous serez guéri", "100 % de patients guéris" (not "une fois guéri", "déclaré guéri", nor a
      // healing told with avoir and no object: « la plaie a guéri en trois semaines »; « m'a guéri », « a guéri ma
      // sciatique » still count; nor a population told apart, « les malades guéris ou en voie de guérison »).
      /(?<![\p{L}])(?<!(?<![\p{L}'])(?:a|ont|avait|avaient)\s+)(?<!(?:incision|plaie|cicatrice|fracture|entorse|blessure|brulure|coupure|suture|os)s?\s+)gueri(?:e|s|es)?(?![\p{L}'])(?!\s+ou\s+(?:en\s+(?:cours|voie)\s+de\s+guerison|en\s+remission|non(?![\p{L}])|malades?(?![\p{L}])))|(?<![\p{L}])(?<=(?<![\p{L}'])(?:a|ont|avait|avaient)\s+)gueri(?=\s+(?:l'|(?:\d+|la|le|les|un|une|des|du|votre|vos|mon|ma|mes|ton|ta|tes|son|sa|ses|leur|leurs|tout|toute|toutes|tous|definitivement|totalement|completement)(?![\p{L}])))/u,
      // "vous guérirez", "nous allons vous guérir": a promise made to the reader
      /(?<![\p{L}])(?:vous|tu|te)\s+(?:serez\s+|etes\s+|allez\s+|allons\s+)?gueri(?:r|rez|ras|s|e|es)?(?![\p{L}])/u,
      /(?<![\p{L}])guerisons?\s+(?:definitive|totale|complete|assuree|garantie|certaine|miraculeuse|rapide|radicale|durable)s?(?![\p{L}])/u,
      /(?:100\s?%|cent pour cent)\s+(?:de\s+)?guerisons?/u,
    ],
    unlessNear: naturalHealing,
    suggestions: ['peut soulager', 'peut améliorer les symptômes'],
  },
  {
    id: 'eradication',
    kind: 'cure',
    terms: ['éradique', 'éradiquent', 'éradiquons', 'anti-cancer', 'soigne le cancer', 'soignent le cancer'],
    patterns: [
      // "élimine toutes les toxines", "corrigent toutes les scolioses", "soigne tous les maux" (not "tous les jours")
      /(?<![\p{L}])(?:elimine|eliminent|eliminer|supprime|suppriment|supprimer|efface|effacent|effacer|corrige|corrigent|corriger|soigne|soignent|soigner|traite|traitent|resout|resolvent|regle|reglent|vient a bout de|viennent a bout de|guerit|guerissent|soulage|soulagent|cicatrise|cicatrisent|previent|previennent)(?:\s+[\p{L}']+){0,2}?\s+(?:toutes|tous)\s+(?:les|vos|ces|tes|leurs)\s+(?!jours|ans|mois|semaines|matins|soirs|patients|patientes|ages|deux|trois|quatre|six|\d)[\p{L}]+/u,
      /(?<![\p{L}])(?:fait|font|faire|faisons|fera|feront)\s+disparaitre(?![\p{L}])/u,
      // "élimine la cellulite", "efface vos rides": a complaint made to vanish
      new RegExp(String.raw`(?<![\p{L}])(?:elimine|eliminent|eliminera|efface|effacent|effacera)\s+(?:(?:la|le|les|vos|votre|l'|tes|ta|ton)\s*)?${COMPLAINTS}(?![\p{L}])`, 'u'),
      // the same promise through « permet de » / « capable de »: « ce laser permet d'effacer les rides »
      new RegExp(String.raw`(?<![\p{L}])(?:permet(?:tent|tra|tront)?|capables?)\s+(?:de\s+|d')(?:vous\s+)?(?:effacer|eliminer|supprimer|gommer|venir\s+a\s+bout\s+(?:de\s+|des\s+|du\s+|d'))\s*(?:(?:la|le|les|vos|votre|l'|tes|ta|ton)\s*)?${COMPLAINTS}(?![\p{L}])`, 'u'),
      /(?<![\p{L}])(?:vient|viennent|viendra|viendront)\s+a\s+bout\s+(?:de|du|des|d')(?![\p{L}])/u,
      // « retirer complètement les vergetures », « efface définitivement vos rides »
      new RegExp(String.raw`(?<![a-z])(?:retir|enlev|effac|elimin|supprim|gomm)[a-z]*\s+(?:completement|totalement|entierement|integralement|definitivement|a\s+100\s?%)\s+(?:(?:les|la|le|l'|vos|votre|tous\s+les|toutes\s+les)\s*)?${COMPLAINTS}(?![a-z])`, 'u'),
      // « toutes vos rougeurs ont disparu »
      /(?<![a-z])(?:tous|toutes)\s+(?:les|vos|ces)\s+(?:[a-z-]+\s+){0,3}?(?:ont|auront|avaient)\s+disparu(?![a-z])/u,
      new RegExp(String.raw`(?<![\p{L}])(?:(?:fini|finis|finie|finies|termine|terminees)\s+(?:les|la|le|vos|votre|l')\s*|(?:dites|dire)\s+adieu\s+(?:a|aux)\s+(?:vos\s+|votre\s+|la\s+|le\s+|l')?|adieu\s+(?:(?:les|la|le|l'|vos|votre|a|aux)\s*)|plus\s+jamais\s+(?:de\s+|d')?|plus\s+besoin\s+de\s+(?:vos\s+|votre\s+)?)${COMPLAINTS}(?![\p{L}])`, 'u'),
    ],
    unlessNear: ['risque(s)', 'excès'],
    suggestions: ['peut atténuer', 'peut améliorer'],
  },
  {
    id: 'remede-universel',
    kind: 'cure',
    // « la solution à tous vos problèmes de dos », « soigne l'hypertension sans médicament », « un antibiotique naturel »:
    // a remedy sold as replacing medicine or answering everything
    terms: ['antibiotique(s) naturel(s)', 'antidépresseur(s) naturel(s)', 'anticancéreux naturel(s)', 'antiviral naturel', 'antiviraux naturels',
      'anti-inflammatoire(s) naturel(s)', 'anxiolytique(s) naturel(s)', 'somnifère(s) naturel(s)', 'antidouleur(s) naturel(s)', 'antalgique(s) naturel(s)'],
    patterns: [
      /(?<![a-z])(?:solutions?|reponses?|remedes?)\s+(?:a|pour|contre)\s+tous\s+(?:vos|les|tes)\s+(?:problemes|maux|soucis|douleurs|troubles)(?![a-z])/u,
      /(?<![a-z])(?:soign|gueri)[a-z]*\s+(?:[a-z']+\s+){1,4}?sans\s+(?:aucun\s+)?(?:medicaments?|chimie|operation|chirurgie)(?![a-z])/u,
    ],
    suggestions: ['peut aider certains patients, en complément du suivi médical'],
  },
  {
    id: 'resultat-durable',
    kind: 'guarantee',
    terms: [
      'définitivement', 'de façon définitive', 'de manière définitive', 'de façon permanente', 'de manière permanente',
      'pour toujours', 'à vie', 'pour de bon', 'permanent(e)(s)', 'toute la vie', 'toute une vie', 'toute votre vie', 'toute sa vie', 'toute leur vie', 'toute ta vie',
      'une fois pour toutes', 'une bonne fois pour toutes', 'pour la vie', 'quasi-définitif(s)', 'quasi définitif(s)', 'à tout jamais',
      'tout au long de votre vie', 'tout au long de la vie', 'tout au long de sa vie', 'tout au long de leur vie',
    ],
    // « à jamais », not the verb in « il n'a jamais été prouvé » (accents are optional in the text)
    patterns: [/(?<![a-z'])a\s+jamais(?![a-z])/u],
    needsInClause: resultCues,
    unlessNear: durationSenses,
    suggestions: [VARIABLE, 'durablement chez certains patients'],
  },
  {
    id: 'soulagement-durable',
    kind: 'cure',
    // Lasting relief promised: « soulage durablement », « réduit durablement les crises », « un soulagement durable ».
    // An efficacy claim: a cited source (HAS, a trial) makes it checkable; a hedge (« peut ») makes it prudent.
    terms: ['soulagement(s) durable(s)', 'amélioration(s) durable(s)', 'guérison(s) durable(s)', 'effet antalgique durable', 'apaisement durable'],
    patterns: [
      /(?<![a-z])(?:soulag|apais|gueri|regl|resou|elimin|redui|diminu|amelior|corrig|liber|debarrass|eradiqu|stopp|calm|attenu|reequilibr|harmonis|regul|transform)[a-z]*\s+(?:(?:[a-z']+\s+){0,3}?)durablement(?![a-z])/u,
      // (lasting weight loss or quitting: « perdre du poids durablement », « mincir durablement », « arrêter de fumer durablement »)
      /(?<![a-z])(?:perd|mincir|mincis|maigr|arret|decroch)[a-z]*\s+(?:(?:[a-z']+\s+){0,3}?)durablement(?![a-z])/u,
      /(?<![a-z])durablement\s+(?:soulag|apais|gueri|liber|debarrass|amelior)[a-z]*/u,
    ],
    // a goal (« pour perdre du poids durablement, un suivi est conseillé »), not a result promised
    notAfter: ['pour', 'afin'],
    suggestions: ['peut soulager, avec des effets variables selon les patients'],
  },
  {
    id: 'resultat-durable-adjectif',
    kind: 'guarantee',
    // « des résultats durables », « des bienfaits durables »: a lasting result sold without data (not « développement durable »)
    terms: ['résultat(s) durable(s)', 'effet(s) durable(s)', 'bienfait(s) durable(s)', 'résultat(s) pérenne(s)', 'effet(s) pérenne(s)', 'efficacité durable'],
    patterns: [/(?<![a-z])(?:resultats?|effets?)\s+(?:[a-z]+\s*(?:,|et)\s+)(?:durables?|perennes?)(?![a-z])/u],
    // a goal (« pour des résultats durables », « afin d'obtenir… »), not a purpose clause earlier in the sentence
    // (« une méthode pour corriger ces taches, offrant des résultats durables » still promises them)
    unlessNear: ['pour des', 'pour un', 'pour une', 'pour obtenir', 'pour garder', 'pour conserver', 'afin', 'entretien', 'objectif', 'viser', 'visons', 'chercher', 'recherche*'],
    suggestions: [VARIABLE],
  },
  {
    id: 'methode-revolutionnaire',
    kind: 'miracle',
    // « technique révolutionnaire », « un traitement révolutionnaire contre… »: novelty sold as proof of efficacy
    patterns: [
      /(?<![a-z])(?:techniques?|methodes?|traitements?|soins?|protocoles?|therapies?|approches?|solutions?|appareils?|machines?|lasers?|procedes?|molecules?|formules?|complements?|produits?|cures?|remedes?|innovations?|dispositifs?|technologies?|decouvertes?)\s+(?:[a-z-]+\s+)?revolutionnaires?(?![a-z])/u,
      /(?<![a-z])revolutionnaires?\s+(?:contre|pour\s+(?:soigner|traiter|soulager|guerir|eliminer|effacer|retrouver|en\s+finir))(?![a-z])/u,
    ],
    suggestions: ['une technique proposée au cabinet, dont l’efficacité varie selon les patients'],
  },
  {
    id: 'immunite-produit',
    kind: 'miracle',
    // « ce complément permet de booster son immunité », « nos gélules aident à stimuler les défenses immunitaires »:
    // a product sold as strengthening immunity (the bare advice « pour booster son immunité : dormir, bouger » names none).
    patterns: [
      /(?<![a-z])(?:booster|renforcer|stimuler|doper|decupler|booste|renforce|stimule|dope|boostent|renforcent|stimulent|dopent|boostez|renforcez|stimulez)\s+(?:(?:plutot|naturellement|efficacement|durablement)\s+)?(?:son|sa|ses|votre|vos|notre|nos|leur|leurs|ton|tes|l'|les|le)\s*(?:immunite|defenses\s+(?:immunitaires|naturelles)|systeme\s+immunitaire)(?![a-z])/u,
    ],
    // the product may head the sentence before a colon (« Cure de vitamines : renforcez votre immunité »)
    needsInSentence: [
      'complément(s)', 'gélule(s)', 'capsule(s)', 'comprimé(s)', 'cure(s)', 'tisane(s)', 'huile(s)', 'sirop(s)', 'ampoule(s)', 'spray(s)',
      'formule(s)', 'produit(s)', 'probiotique(s)', 'élixir(s)', 'extrait(s)', 'séance(s)', 'soin(s)', 'massage(s)', 'protocole(s)', 'pack(s)', 'coffret(s)',
      'vitamine(s)',
    ],
    suggestions: ['peut contribuer au fonctionnement normal du système immunitaire (allégation autorisée à vérifier)'],
  },
  {
    id: 'resultat-immediat',
    kind: 'guarantee',
    // "efface vos rides en une seule séance", "soulagement dès la première séance": a result promised on a schedule
    terms: [
      ...S.singleSession, 'dès la première séance', 'dès la 1re séance', 'dès la 1ère séance', 'en une seule injection',
      'dès la deuxième séance', 'dès la seconde séance', 'dès la 2e séance', 'dès la 2ème séance', 'dès les premières séances',
      'dès la première consultation', 'dès le premier rendez-vous', 'dès la première application', 'dès la première utilisation',
      'dès la première prise', 'dès la première opération', 'dès la première intervention', 'après une seule séance', 'en une seule consultation', 'en une seule fois',
      // instant relief or result: « soulagement immédiat », « soulage instantanément »
      'immédiat(e)(s)', 'instantané(e)(s)', 'instantanément', 'immédiatement',
      'dès la première fois', 'dès le premier jour', 'dès les premiers jours', 'dès la première nuit', 'dès la première semaine',
      'dès les premières utilisations', 'dès les premières applications', 'dès les premières prises',
    ],
    // « visibles dès 15 jours », « dès les premières semaines »: a result on a schedule given in days or weeks
    patterns: [/(?<![a-z])des\s+(?:\d+|deux|trois|quatre|cinq|six|huit|dix|quinze|quelques|les\s+premieres?)\s+(?:jours?|semaines?|heures?)(?![a-z])/u],
    needsInClause: resultCues,
    // what passes quickly after an act (redness, swelling) or an instruction to act at once is not a promised result
    unlessNear: ['secondaire(s)', 'indésirable(s)', 'rougeur(s)', 'gonflement(s)', 'œdème(s)', 'oedème(s)', 'hématome(s)', 'bleu(s)', 'urgence(s)', 'appele*', 'consulte*', 'contacte*', 'prévenez', 'arrêtez le', 'arrêtez la', 'arrêtez l\'', 'retrait', 'en cas de'],
    suggestions: ['en plusieurs séances, avec des résultats variables selon les patients'],
  },
  {
    id: 'solution-definitive',
    kind: 'guarantee',
    terms: [...S.permanentResults, 'solution(s) définitive(s)', 'solution(s) permanente(s)', 'disparition définitive', 'correction définitive', 'effet(s) définitif(s)', 'effet(s) permanent(s)'],
    // the predicate form « les résultats sont définitifs » (not « le résultat définitif s'apprécie à un an »: the final one)
    patterns: [
      /(?<![a-z])(?:resultats?|effets?|corrections?|disparitions?)\s+(?:obtenus?\s+)?(?:est|sont|sera|seront|reste|restent|demeure|demeurent)\s+(?:totalement\s+|vraiment\s+|bien\s+)?(?:definiti(?:f|ve|fs|ves)|permanent(?:e|s|es)?)(?![a-z])/u,
      /(?<![a-z])(?:resultats?|effets?|sourires?)\s+(?:[a-z]+\s*,\s*|[a-z]+\s+et\s+)+definiti(?:f|ve|fs|ves)(?![a-z])/u,
      /(?<![a-z])(?:resultats?|effets?)\s+definiti(?:f|ve|fs|ves)\s+et\s+(?:naturel|durable|garanti|permanent|parfait)[a-z]*/u,
      // « des facettes pour la vie », « une greffe pour toujours »: a device sold as lasting a lifetime
      /(?<![a-z])(?:implants?|facettes?|protheses?|couronnes?|greffes?|greffons?|sourires?)\s+(?:[a-z-]+\s+){0,2}?pour\s+(?:toute\s+(?:la|une|votre|sa|leur)\s+vie|la\s+vie|toujours)(?![a-z])/u,
      // « les facettes, c'est pour la vie », « une fois posé, c'est définitif » (not a disease: « le diabète, c'est à vie »)
      /(?<![a-z])c'est\s+(?:pour\s+(?:la\s+vie|toujours|de\s+bon)|a\s+vie|definitif)(?![a-z])/u,
    ],
    unlessNear: durationSenses,
    suggestions: [VARIABLE],
  },
  {
    id: 'resultat-garanti',
    kind: 'guarantee',
    terms: [
      ...S.assuredResults, 'garantit', 'garantissons', 'garantissent', 'garantir', 'à coup sûr', 'à tous les coups', 'infaillible(s)',
      'succès assuré', 'effet(s) assuré(s)', 'guérison assurée', 'efficacité assurée', 'réussite assurée',
      'sans échec', 'zéro échec', 'taux de réussite de 100 %', 'guérison garantie', 'résultat(s) garanti(s)', 'succès garanti',
    ],
    // (not the plural noun after its determiner, « comparez les garanties offertes », « quelles garanties ? »: safeguards
    // or warranties to check, not a result promised; « des résultats garantis » has its noun before)
    patterns: [/(?<![a-z])(?<!(?<![a-z])(?:des|les|vos|nos|ces|quelles|quelques|certaines|leurs|autres|memes)\s)garanti(?:e|s|es)?(?![a-z])/u],
    unlessNear: [...guaranteeSenses, ...guaranteeDuty],
    suggestions: [VARIABLE, 'sans garantie de résultat'],
  },
  {
    // (round 10) a result guaranteed next to a service (« vous garantit un accompagnement sur mesure et des résultats
    // naturels »): the service clears « garantit » above, not the result coordinated with it (a result, not a quality:
    // « les contrôles garantissent la traçabilité des lots et l'efficacité des vaccins » is regulation)
    id: 'resultat-garanti-coordonne',
    kind: 'guarantee',
    patterns: [/(?<![a-z])garanti(?:t|ssons|ssent|r|ssez)\s+[^.!?;:\n]{1,60}?\s(?:et|ainsi\s+que)\s+(?:des|un|une|de|d')\s*(?:[a-z]+\s+)?(?:resultats?|succes|guerison|reussite)(?![a-z])/u],
    // (a duty, « la clinique doit garantir … des résultats conformes », is no promise)
    unlessSentence: guaranteeDuty,
    suggestions: [VARIABLE, 'sans garantie de résultat'],
  },
  {
    id: 'efficacite-totale',
    kind: 'guarantee',
    patterns: [
      /(?:100|cent)\s?(?:%|pour\s?cent)\s+(?:efficaces?|efficacite|reussie?s?|de reussite|de succes|de resultats?|garanti\p{L}*|fiable|de satisfaction|satisfait\p{L}*|soulag\p{L}*)(?![\p{L}])/u,
      /(?<![\p{L}])(?:efficaces?|efficacite|reussite|succes|soulage|soulagent|soulagement|resultats?|fiables?|guerissent|gueri\p{L}*)\s+(?:a|de)\s+(?:100|cent)\s?(?:%|pour\s?cent)/u,
      // « oui, dans 100 % des cas »
      /(?<![a-z])(?:dans|pour)\s+(?:100|cent)\s?(?:%|pour\s?cent)\s+des\s+cas(?![a-z])/u,
      // « une peau nette à 100 % », « libéré à 100 % »
      /(?<![a-z])(?:nette?s?|lisses?|blanche?s?|parfaite?s?|gueri[a-z]*|soulage[a-z]*|debarrasse[a-z]*|libere[a-z]*|repare[a-z]*)\s+a\s+(?:100|cent)\s?(?:%|pour\s?cent)/u,
      // « 100 % des greffons prennent », « 100 % des implants tiennent »
      /(?<![a-z0-9])(?:100|cent)\s?(?:%|pour\s?cent)\s+des\s+(?:greffons|greffes|implants|patient(?:e)?s|cas|traitements|fumeurs)\s+(?:ont\s+|sont\s+)?(?:prennent|prend|tiennent|reussi|gueri|soulag|fonctionn|integr|arret)[a-z]*/u,
      // « tuent 100 % des bactéries », « protègent vos yeux à 100 % » (not « filtre 100 % des UV », a lens specification)
      /(?<![a-z])(?:tue|tuent|elimine|eliminent|detrui[a-z]*|neutralis[a-z]*|protege|protegent|protegera)\s+(?:[a-z']+\s+){0,3}?(?:a\s+)?(?:100|cent)\s?(?:%|pour\s?cent)/u,
    ],
    suggestions: ['efficace chez une partie des patients', VARIABLE],
  },
  {
    id: 'plus-jamais',
    kind: 'guarantee',
    // "nos greffes ne tombent jamais", "vous n'aurez plus jamais de carie": a guarantee written as a negation.
    patterns: [
      // « les poils ne repoussent plus »: hair removal sold as final
      /(?<![a-z])ne\s+repouss[a-z]*\s+(?:plus|jamais)(?![a-z])/u,
      /(?<![\p{L}])(?:ne\s+(?:tomb|revien|recidiv|rechut|reapparai)\p{L}*|n'aure[sz]|n'aura|ne\s+souffrire[sz])\s+(?:plus\s+)?jamais(?![\p{L}])(?!\s+(?:\d+|vingt|trente|quarante|cinquante|dix-huit|seize)\s+ans)/u,
      /(?<![\p{L}])(?:ne\s+souffrire[sz]\s+plus|n'aure[sz]\s+plus\s+(?:mal|de\s+douleurs?|de\s+crises?))(?![\p{L}])/u,
      // « plus de crises après 3 séances »: the complaint gone on a schedule
      new RegExp(String.raw`(?<![a-z])plus\s+(?:de\s+|d')${COMPLAINTS}\s+(?:apres|des|en|au\s+bout\s+de)\s+(?:\d+|une|deux|trois|quatre|cinq|six|quelques)\s+(?:seances?|jours?|semaines?|consultations?|mois)(?![a-z])`, 'u'),
      // « les cheveux greffés ne tomberont pas »: what a graft or an implant will never lose, in the future
      /(?<![a-z])(?:cheveux|greffons|greffes|implants?|dents|poils|facettes|couronnes?)\s+(?:[a-z]+\s+){0,2}?ne\s+(?:tomb|bouge|recidiv|rechut|reapparai|repouss|jauni)[a-z]*(?:ront|ra)\s+(?:pas|plus|jamais)(?![a-z])/u,
      // « pour ne presque jamais avoir de rides », « pour ne plus jamais avoir mal »: the
      // negation of the complaint is the promise
      new RegExp(String.raw`(?<![a-z])ne\s+(?:(?:quasiment|presque|pratiquement)\s+)?(?:plus\s+(?:jamais\s+)?|jamais\s+(?:plus\s+)?)(?:avoir|ressentir|souffrir)\s+(?:mal|(?:de\s+|d'|des\s+)${COMPLAINTS})(?![a-z])`, 'u'),
      // « plus jamais malade de l'hiver »
      /(?<![a-z])(?:plus\s+jamais|jamais\s+plus)\s+(?:malades?|enrhume(?:e|s|es)?|grippe(?:e|s|es)?|fatigue(?:e|s|es)?)(?![a-z])/u,
    ],
    selfNegated: true,
    suggestions: [VARIABLE],
  },
  {
    id: 'efficacite-constante',
    kind: 'guarantee',
    // Certainty adverbs on efficacy: « constamment efficace », « efficace à chaque fois », « marche à tous les coups ».
    patterns: [
      /(?<![a-z])(?:toujours|constamment|systematiquement|invariablement|immanquablement|infailliblement|forcement)\s+efficaces?(?![a-z])/u,
      /(?<![a-z])(?:efficaces?|efficacite|marche|marchent|fonctionne|fonctionnent)\s+(?:a\s+(?:chaque|tous\s+les)\s+(?:coups?|fois)|dans\s+tous\s+les\s+cas|chez\s+tou(?:s|tes)\s+(?:les\s+)?(?:patient\p{L}*|personnes)|sur\s+tout\s+le\s+monde|chez\s+tout\s+le\s+monde)(?![a-z])/u,
    ],
    suggestions: ['efficace chez une partie des patients', VARIABLE],
  },
  {
    id: 'resultat-en-un-temps',
    kind: 'guarantee',
    // A result promised within a time frame: « un sourire parfait en moins d'un mois », « résultats visibles en
    // seulement 3 séances ». Only with a result word in the phrase; « en moins de 10 minutes » alone is logistics.
    patterns: [
      /(?<![a-z])en\s+(?:moins\s+(?:de\s+|d')|seulement\s+|a\s+peine\s+|tout\s+juste\s+|juste\s+)(?:\d+|un|une|deux|trois|quatre|cinq|six|huit|dix|quinze|quelques)\s+(?:jours?|semaines?|mois|seances?|heures?|minutes?|rendez-vous|consultations?)(?![a-z])/u,
      /(?<![a-z])en\s+un\s+temps\s+record(?![a-z])/u,
      // (issue #7) results timed without « seulement »: « des résultats visibles en quatre semaines », « un effet
      // visible dès 3 séances » (the result named right before the time)
      // (only the time is reported, so that the rewording replaces it)
      /(?<=(?<![a-z])(?:resultats?|effets?|amelioration|changements?|difference)\s+(?:(?:bien|tres|nettement|deja)\s+)?(?:visibles?|concrets?|spectaculaires?|immediats?|probants?|durables?|notables?|significati(?:f|fs|ve|ves)|mesurables?|flagrante?s?)\s+)(?:en|des|apres|au\s+bout\s+(?:de|d'))\s*(?:\d+|une?|deux|trois|quatre|cinq|six|huit|dix|quinze|quelques|la\s+premiere|la\s+1re|la\s+1ere)\s*(?:jours?|semaines?|mois|seances?|heures?|rendez-vous|consultations?|injections?)?(?![a-z])/u,
      // « calme la toux en 5 minutes », « stoppe le rhume en 24 h » (not « l'entorse guérit en trois semaines »)
      /(?<![a-z])(?:stoppe|stoppent|calme|calment|apaise|apaisent|soulage|soulagent|elimine|eliminent|efface|effacent|regle|reglent|fait\s+disparaitre|font\s+disparaitre|debarrasse|debarrassent|corrige|corrigent)\s+(?:(?!pas\s|plus\s|jamais\s)[a-z'-]+\s+){0,4}?en\s+(?:\d+|une|un|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|quelques)\s*(?:min|minutes?|h|heures?|jours?|nuits?|semaines?|seances?)(?![a-z])/u,
      // « vous perdez 8 kilos en un mois »
      /(?<![a-z])(?:perd|perds|perdez|perdrez|perdre|perdu|perdent)\s+(?:jusqu'a\s+|plus\s+de\s+)?\d+\s*(?:kg|kilos?)\s+en\s+(?:un|une|\d+|deux|trois|quatre|six)\s+(?:jours?|semaines?|mois)(?![a-z])/u,
      /(?<![a-z])(?:en|apres|au\s+bout\s+de)\s+(?:quelques|\d+|une|deux|trois|quatre|cinq)\s+(?:seances?|jours?|semaines?|rendez-vous|consultations?)\s+seulement(?![a-z])/u,
      // a result adjective timed directly: « une peau apaisée en 7 jours » (not the verb: « l'entorse guérit en quelques
      // semaines », nor a past told with avoir: « la plaie a guéri en trois semaines » is an account, not a promise)
      // nor a wound's healing time (« l'incision guérie en quelques semaines »)
      /(?<![a-z])(?<!(?:a|ont|avait|avaient|aura|auront)\s+)(?<!(?:incision|plaie|cicatrice|fracture|entorse|blessure|brulure|coupure|suture|os)s?\s+)(?:(?:apaise|lisse|blanchi|aminci|affine|soulage|gueri|unifie|raffermi|repulpe|rajeuni|libere|debarrasse|transforme|metamorphose|redessine|realigne|aligne)(?:e|s|es)?|eclatante?s?|(?:plus\s+)?blanc(?:he)?s?(?:\s+de\s+\d+\s+teintes?)?)\s+en\s+(?:\d+|une|un|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|quelques)\s+(?:jours?|semaines?|seances?|heures?)(?![a-z])/u,
    ],
    needsInClause: resultCues,
    // a warning against fast results (« perdre 10 kilos en un mois est dangereux ») informs
    unlessNear: ['dangereu(x)(se)(s)', 'déconseillé(e)(s)', 'à éviter', 'méfie*'],
    suggestions: ['en plusieurs séances, avec des résultats variables selon les patients'],
  },
  {
    id: 'solution-ideale',
    kind: 'guarantee',
    // « la solution idéale pour effacer… », « le traitement parfait contre… »: a remedy sold as the answer.
    // Not « le moment idéal pour consulter » (no remedy noun) nor the act name alone.
    // Only before a complaint or a result verb: « le soin idéal pour les peaux sèches » describes a product's use.
    patterns: [
      new RegExp(String.raw`(?<![a-z])(?:solution|traitement|remede|methode|technique|soin|protocole)s?\s+(?:ideale?|ideaux|parfaite?|ultime|infaillible|definitive)s?\s+(?:pour|contre)\s+${REMEDIED}`, 'u'),
      // « c'est la solution idéale lorsque les régimes ont échoué », « l'abdominoplastie devient la seule solution »
      /(?<![a-z])(?:la|une)\s+solution\s+ideale\s+(?:si|lorsque|quand|des\s+que)(?![a-z])|(?<![a-z])(?:devient|est|reste|sera)\s+(?:alors\s+)?la\s+seule\s+solution(?![a-z])/u,
    ],
    unlessNear: ['urgence(s)', 'consultez', 'médecin(s)', 'vaccin*', 'dépistage'],
    suggestions: ['une option possible, selon votre situation'],
  },
  {
    id: 'taux-de-succes',
    kind: 'proof',
    // An efficacy figure without its source: « taux de réussite de 98 % », « 95 % de guérison ». A cited source
    // (HAS, an author and year) makes it checkable. Satisfaction figures are the testimonial rule's.
    patterns: [
      /(?<![a-z])taux\s+de\s+(?:succes|reussite|guerison|efficacite|resultats?\s+positifs?|pousse|repousse|survie\s+des\s+greffons)\s+(?:(?:est|atteint|avoisine|depasse|frole)\s+)?(?:de\s+l'ordre\s+de\s+|de\s+|d'|les\s+|superieur\s+a\s+|proche\s+de\s+|atteignant\s+|a\s+)?(?:plus\s+de\s+|pres\s+de\s+|environ\s+)?\d+(?:[.,]\d+)?\s?(?:%|pour\s?cent)/u,
      /(?<![a-z0-9.,])(?!100\s?%)\d+(?:[.,]\d+)?\s?(?:%|pour\s?cent)\s+de\s+(?:succes|reussite|guerison|patients?\s+(?:gueri|soulage)\p{L}*)(?![a-z])/u,
      // « réussit dans 92 % des cas », « la pose marche dans plus de 90 % des cas »
      /(?<![a-z])(?:succes|reussite|reussit|reussissent|fonctionne|fonctionnent|marche|marchent)\s+dans\s+(?:plus\s+de\s+|pres\s+de\s+)?(?!100\s?%)\d+(?:[.,]\d+)?\s?%\s+des\s+cas(?![a-z])/u,
      // (issue #7) the share said of the cases themselves: « 97 % des greffes sont un succès », « 9 interventions sur 10 sont réussies »
      /(?<![a-z0-9.,])(?!100\s?%)(?:\d+(?:[.,]\d+)?\s?%\s+des|\d+\s+sur\s+\d+)\s+(?:cas|interventions?|operations?|greffes?|implants?|traitements?|poses?|chirurgies?)\s+(?:sont|est|se\s+soldent\s+par|aboutissent\s+a)\s+(?:un\s+succes|des\s+succes|une\s+reussite|reussie?s?)(?![a-z])/u,
      // « 80 % de bons résultats », « 70 % de bons ou excellents résultats »: an efficacy share with no source
      /(?<![a-z0-9.,])(?!100\s?%)\d+(?:[.,]\d+)?\s?(?:%|pour\s?cent)\s+de\s+(?:(?:tres\s+)?bons|excellents)(?:\s+(?:et|ou|a)\s+(?:tres\s+)?(?:bons|excellents))?\s+resultats(?![a-z])/u,
      // « 95 % des entorses du cabinet sont soulagées après deux séances »: a share of cases fixed by the act
      /(?<![a-z0-9.,])(?!100\s?%)\d+(?:[.,]\d+)?\s?%\s+des\s+(?:[a-z'+-]+\s+){1,12}?(?:sont|seront|ont\s+ete)\s+(?:(?:totalement|completement|definitivement)\s+)?(?:corrige|gueri|soulage|resolu|elimine|supprime)e?s?\s+(?:des|apres|grace|par|avec|en\s+(?:une?|\d+|quelques))(?![a-z])/u,
      // « dans 96 % des cas, le kyste opéré chez nous est résolu »: a share of cases fixed by the act
      /(?<![a-z])dans\s+(?:plus\s+de\s+|pres\s+de\s+)?(?!100\s?%)\d+(?:[.,]\d+)?\s?%\s+des\s+cas\s*,\s*(?:[a-z'-]+\s+){1,6}?(?:est|sont|reste|restent|sera|seront)\s+(?:[a-z]+ment\s+)?(?:fermee?s?|guerie?s?|corrigee?s?|soulagee?s?|resolue?s?|eliminee?s?|efficaces?|reussie?s?|stabilisee?s?)(?![a-z])/u,
      // « fiable à 98 % », « efficace dans 95 % des cas »
      /(?<![a-z])(?:fiables?|efficaces?)\s+(?:a|dans)\s+(?!100\s?%)\d+(?:[.,]\d+)?\s?%/u,
      // « 9 patients sur 10 sont soulagés dès la 2e séance » (an unsourced statistic used as proof)
      /(?<![a-z0-9.,])(?!100\s?%)\d+(?:[.,]\d+)?\s?%\s+(?:de\s+(?:nos\s+)?|des\s+)(?:patient(?:e)?s|personnes|utilisat(?:eurs|rices)|client(?:e)?s|consultants|cas)\s+(?:[a-z']+\s+){0,4}?(?:gueri|soulag|amelior|disparai|disparu|une\s+(?:nette\s+|reelle\s+)?(?:amelioration|baisse|diminution|reduction|disparition)|un\s+(?:mieux|soulagement)|moins\s+de\s+douleur|n'ont\s+plus\s+(?:mal|de\s+douleurs?|de\s+crises?)|ne\s+(?:souffrent|fument)\s+plus|arret)[a-z]*/u,
      /(?<![a-z0-9])(?:\d|neuf|huit|sept)\s+(?:patient(?:e)?s|personnes|cas|fumeu(?:rs|ses)|client(?:e)?s|femmes|hommes|enfants|bebes|utilisat(?:eurs|rices)|sportifs)\s+sur\s+(?:10|dix)\s+(?:sont\s+|se\s+disent\s+|voient\s+|constatent\s+|ressentent\s+|notent\s+)?(?:gueri|soulag|amelior|une\s+amelioration|une\s+nette|un\s+mieux|un\s+soulagement|arret|ne\s+fument\s+plus|ne\s+souffrent\s+plus|retrouv|disparai)[a-z]*/u,
      // « la moitié des curistes voient leurs douleurs diminuer »: a share of cures used as proof
      /(?<![a-z])(?:les\s+deux\s+tiers|la\s+moitie|les\s+trois\s+quarts|(?<![0-9.,])\d+(?:[.,]\d+)?\s?%)\s+(?:(?:des|de\s+nos)\s+(?:patient(?:e)?s|malades|curistes|personnes)\s+)?voient\s+(?:leurs?|ses)\s+(?:symptomes|douleurs|crises|troubles)\s+(?:disparaitre|diminuer|s'attenuer|regresser)(?![a-z])/u,
      // « élimine 95 % des poils », « réduit de 80 % les crises »: a figure of efficacy given without its source
      /(?<![a-z])(?:elimine|eliminent|detrui(?:t|sent)|supprime|suppriment|redui(?:t|sent)|diminue|diminuent|soulage|soulagent|efface|effacent)\s+(?:(?:jusqu'a|plus\s+de|pres\s+de|en\s+moyenne)\s+)?(?:de\s+)?(?!100\s?%)\d+(?:[.,]\d+)?\s?%(?:\s+(?:des|de|les|la|le|l'|vos))?(?![a-z0-9])/u,
      // « plus de 2 000 patients soulagés », « déjà 500 fumeurs libérés »: a count of cures used as proof
      /(?<![a-z0-9.,])(?:plus\s+de\s+|pres\s+de\s+|deja\s+|des\s+)?\d[\d\s.]{0,24}\s+(?:patient(?:e)?s|personnes|fumeu(?:rs|ses)|client(?:e)?s)\s+(?:deja\s+)?(?:gueri|soulag|liber|debarrass|sevre)[a-z]*/u,
    ],
    suggestions: ['selon les données disponibles (source à citer)'],
  },
  {
    id: 'risque-nul',
    kind: 'safety',
    // « un risque quasi nul », « le risque est pratiquement inexistant »: the hedge sits inside the claim, which
    // still tells the public there is nothing to fear (a hedge outside the match still counts). (round 13) a risk
    // called tiny is the same reassurance, « des risques minimes », « le risque est infime » (not « non négligeable »).
    patterns: [
      /(?<![a-z])risques?(?:\s+(?:de\s+|d')?[a-z']+){0,6}?\s+(?:(?:est|sont|reste|restent|demeure|devient|y\s+est)\s+)?(?:(?:quasi(?:ment)?|pratiquement|presque|virtuellement|totalement)[\s-]+)?(?<!(?:non|pas|peu|guere)\s)(?:nuls?|inexistants?|infimes?|minimes?|negligeables?)(?![a-z])/u,
      /(?<![a-z])(?:quasi(?:ment)?|pratiquement|presque)[\s-]+(?:sans\s+(?:aucun\s+)?(?:risque|danger|douleur)s?|indolores?|aucun\s+risque)(?![a-z])/u,
    ],
    suggestions: ['comporte des risques, comme tout acte'],
  },
  {
    id: 'risque-nul-pronom',
    kind: 'safety',
    // « un risque d'hématome existe en théorie, mais avec nous il est presque nul »: the risk named, then said to be nil
    patterns: [/(?<![a-z])(?:il|ils|celui-ci|ceux-ci)\s+(?:est|sont|reste|restent|devient|demeure)\s+(?:(?:quasi(?:ment)?|pratiquement|presque|totalement|virtuellement)[\s-]+)?(?:nuls?|inexistants?)(?![a-z])/u],
    needsEarlier: ['risque(s)', 'danger(s)', 'complication(s)'],
    suggestions: ['comporte des risques, comme tout acte'],
  },
  {
    id: 'faq-reponse',
    kind: 'safety',
    selfNegated: true,
    // A FAQ answer that asserts: « Est-ce douloureux ? Pas du tout. », « Y a-t-il un risque ? Aucun. » (the question
    // alone asks; the answer is the claim). Not when the answer explains the anaesthesia that numbs the act.
    patterns: [
      /(?<=(?:douloureu[a-z]*|fait(?:-t)?(?:-il|-elle)?\s+mal|dangereu[a-z]*|risques?|effets?\s+secondaires?|mal\s+tourner)\s*\?\s*"?\s*)(?:non|pas\s+du\s+tout|absolument\s+pas|aucunement|jamais|aucun(?:e)?|zero|rassurez-vous)(?![a-z])/u,
    ],
    unlessSentence: ['anesthésie', 'anesthésiant(e)(s)', 'anesthésique(s)', 'gêne', 'inconfort', 'sensation(s)', 'picotement(s)'],
    suggestions: ['une gêne est possible ; les risques sont expliqués en consultation'],
  },
  {
    id: 'faq-definitif',
    kind: 'guarantee',
    // « Le résultat est-il définitif ? Oui. »
    patterns: [/(?<=(?:definiti[a-z]*|permanent[a-z]*|a\s+vie|durable[a-z]*)\s*\?\s*)(?:oui|absolument|tout\s+a\s+fait|bien\s+sur)(?![a-z])/u],
    suggestions: [VARIABLE],
  },
  {
    id: 'ideal-pour',
    kind: 'guarantee',
    // « ce laser est idéal pour effacer les taches »: a remedy sold as the answer (not « le moment idéal pour »)
    terms: ["rien de tel que", "rien de tel qu'"],
    patterns: [new RegExp(String.raw`(?<![a-z])ide(?:al|ale|aux|ales)\s+(?:pour|contre)\s+${REMEDIED}`, 'u')],
    needsBefore: acts,
    unlessNear: ['moment', 'période', 'saison', 'âge', 'lieu', 'endroit', 'cadre', 'température', 'fréquence', 'rythme', 'délai', 'durée', 'posture', 'position'],
    suggestions: ['une option possible, selon votre situation'],
  },
  {
    id: 'sans-risque',
    kind: 'safety',
    sansIsClaim: true,
    notAfter: conditions,
    terms: [
      ...S.riskFree, ...S.scarFree, 'sans aucun risque', 'sans aucun danger', 'risque zéro',
      '0 risque', 'sans aucun effet secondaire', 'sans effet(s) indésirable(s)',
      'sans aucun effet indésirable', 'sans effet(s) néfaste(s)', 'zéro effet(s) secondaire(s)', 'zéro effet(s) indésirable(s)',
      'sans aucune cicatrice', 'zéro cicatrice',
      'cicatrice(s) invisible(s)', 'zéro complication(s)', 'sans aucune complication',
      '100 % sûr(e)(s)', '100 % sans risque', 'totalement sûr(e)(s)', 'sans chimie', 'sans contre-indication(s)',
      'zéro douleur', 'sans aucune douleur', '100 % indolore(s)', '100 % sans douleur',
      // « dénué de tout effet secondaire », « ne laisse aucune cicatrice », « 100 % biocompatible »
      'dénué(e)(s) de tout risque', 'dénué(e)(s) de tout effet secondaire', 'dénué(e)(s) d\'effet(s) secondaire(s)',
      'dénué(e)(s) de tout danger', 'ne laisse aucune cicatrice', 'ne laissent aucune cicatrice', '100 % biocompatible(s)',
      // « ne laisse aucune trace sur la peau »
      'ne laisse pas de cicatrice(s)', 'ne laissent pas de cicatrice(s)', 'ne laisse aucune trace', 'ne laissent aucune trace',
      'totalement inoffensi(f)(ve)(s)', 'parfaitement inoffensi(f)(ve)(s)', 'parfaitement sûr(e)(s)',
      'tout à fait inoffensi(f)(ve)(s)', 'absolument inoffensi(f)(ve)(s)', 'complètement inoffensi(f)(ve)(s)',
      // « une innocuité totale », « sans aucun impact sur la santé »
      'innocuité totale', 'innocuité parfaite', 'innocuité absolue', 'parfaite innocuité', 'totale innocuité',
      // (round 8) tolerance or safety as the act's known quality: « parfaitement toléré », « apprécié pour son innocuité »
      'parfaitement toléré(e)(s)', 'totalement toléré(e)(s)', 'toujours bien toléré(e)(s)', 'pour son innocuité', 'pour leur innocuité',
      'sans aucun impact sur la santé', 'sans aucun effet sur la santé',
      // (round 10) the danger denied outright, with an intensifier (« ce n'est absolument pas dangereux », « nullement
      // risqué »): a plain « n'est pas dangereux » may answer a worry; the intensifier makes it absolute
      'absolument pas dangereu(x)(se)(s)', 'pas du tout dangereu(x)(se)(s)', 'aucunement dangereu(x)(se)(s)', 'nullement dangereu(x)(se)(s)',
      'absolument pas risqué(e)(s)', 'pas du tout risqué(e)(s)', 'aucunement risqué(e)(s)', 'nullement risqué(e)(s)',
      'absolument pas de risque(s)', 'absolument aucun risque', 'strictement aucun risque',
      // (round 14) safety said with an intensifier needs no act named (« c'est absolument sans risque »; the same for pain:
      // sans-douleur-intensifie)
      'absolument sans risque(s)', 'totalement sans risque(s)', 'complètement sans risque(s)', 'absolument sans danger',
    ],
    patterns: [
      // "aucun risque", "aucune complication" (not "aucun risque démontré", "aucun effet indésirable grave connu")
      /(?<![\p{L}])aucun(?:e)?\s+(?:risque|danger|complication|contre-indication|effet\s+(?:secondaire|indesirable))(?![\p{L}])(?!\s+(?:n'a|n'est|ne\s)|\s+(?:demontre|connu|identifie|avere|etabli|prouve|particulier|majeur|grave|serieux|notable|significatif)\p{L}*)/u,
      // (round 14) the last item of a « sans … ni » list: « sans contrainte ni douleur », « sans chirurgie ni cicatrice »
      /(?<![\p{L}])sans\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+ni\s+(?:aucune?\s+)?(?:douleur|risque|cicatrice|danger|effets?\s+secondaires?)s?(?![\p{L}])/u,
      /(?<![\p{L}])sans\s+(?:la\s+moindre|le\s+moindre)\s+(?:douleur|sensibilite|gene|risque|danger|cicatrice|complication|effet\p{L}*|sequelle|trace|inconfort)s?(?![\p{L}])/u,
      // the same said as a noun: « avantages : absence d'effets secondaires », « l'absence totale de risque » (not the
      // condition « en l'absence de douleur, … », nor a check before the act: « vérifier l'absence de contre-indication »)
      /(?<![a-z])(?<!en\s+l')(?<!(?:verifi|s'assur|control|confirm|recherch|constat|exclu|elimin)[a-z]*\s+(?:de\s+)?l')absence\s+(?:totale\s+|complete\s+)?(?:d'effets?\s+(?:secondaires?|indesirables?|nefastes?)|de\s+(?:tout\s+)?(?:risques?|dangers?|complications?|douleurs?|contre-indications?))(?![a-z])/u,
      /(?<![\p{L}])naturel(?:le)?s?\s*,?\s+donc\s+(?:sans\s+(?:danger|risque)|sur|sure|inoffensi\p{L}*|sain\p{L}*)(?![\p{L}])/u,
      // (round 12) « pas de risque » as a selling point, « pas de risque ni de cicatrice avec ce laser », a sentence that opens
      // on it; not a risk named (« pas de risque de contagion »), a question or an answer qualified (« pas de risque majeur »)
      /(?<=(?:^|[.!?:;\n]\s*|\s-\s|[,(]\s*))pas\s+de\s+(?:risques?|danger|complications?|cicatrices?|effets?\s+secondaires?)(?![\p{L}])(?!\s+(?:de|d'|a|au|pour|si|lie\p{L}*|zero|nul|majeur|grave|particulier|serieux|significatif|connu|avere)(?![\p{L}]))(?![^.!?\n]*\?)/u,
    ],
    suggestions: ['comporte des risques, comme tout acte', 'généralement bien toléré'],
  },
  {
    id: 'indolore-argument',
    kind: 'safety',
    // (round 13) « - Indolore pendant et après l'opération », « Indolore et rapide. »: a list item or a sentence that
    // opens on the word sells the act the page is about, its subject left out (not a question: « Indolore ? »)
    patterns: [/(?<=(?:^|[.!:;\n]\s*|\s-\s))(?:totalement\s+|parfaitement\s+|completement\s+|100\s?%\s+)?indolores?(?=[\s,.;!]|$)(?![^.!?\n]*\?)/u],
    unlessNear: diagnosticTests,
    suggestions: ['peu douloureux (une anesthésie locale est possible)', 'le plus souvent bien toléré'],
  },
  {
    id: 'sans-douleur-intensifie',
    kind: 'safety',
    sansIsClaim: true,
    notAfter: conditions,
    // (round 14) painlessness with an intensifier needs no act named before it: « la séance est totalement indolore »
    terms: ['absolument sans douleur', 'totalement sans douleur', 'complètement sans douleur', 'parfaitement sans douleur',
      'absolument indolore(s)', 'totalement indolore(s)', 'complètement indolore(s)', 'parfaitement indolore(s)'],
    unlessNear: diagnosticTests,
    suggestions: ['peu douloureux (une anesthésie locale est possible)', 'le plus souvent bien toléré'],
  },
  {
    id: 'sans-douleur',
    kind: 'safety',
    sansIsClaim: true,
    notAfter: conditions,
    terms: [...S.painFree, 'pas du tout douloureu(x)(se)(s)', 'absolument pas douloureu(x)(se)(s)', 'aucunement douloureu(x)(se)(s)',
      // (round 10) « simple et non douloureuse », « nullement douloureux »: « indolore » in other words
      'non douloureu(x)(se)(s)', 'nullement douloureu(x)(se)(s)'],
    // an act, or a result promised with it (« se débarrasser des poils sans douleur », « … Le tout sans douleur »)
    needsBefore: [...acts, 'le tout', 'débarrasser', 'débarrassez', 'venir à bout', 'éliminer', 'éliminez', 'retrouver', 'retrouvez', 'mincir', 'maigrir'],
    needsBeforeInSentence: true,
    // « le prélèvement est rapide et indolore »: how a test feels, told to reassure, is a description, not a promise
    unlessNear: diagnosticTests,
    // the comfort credited to the anaesthesia (« grâce à l'anesthésie, … sans douleur ») explains it; an act merely done
    // « sous anesthésie locale » and called painless still promises no pain at all
    unlessSentence: ["grâce à l'anesthésie", 'grâce à une anesthésie', 'grâce à la sédation', "grâce à l'anesthésiant", 'grâce au produit anesthésiant', "grâce à la crème anesthésiante"],
    suggestions: ['peu douloureux (une anesthésie locale est possible)', 'le plus souvent bien toléré'],
  },
  {
    id: 'preuve-non-sourcee',
    kind: 'proof',
    terms: [
      'scientifiquement prouvé(e)(s)', 'scientifiquement démontré(e)(s)', 'scientifiquement validé(e)(s)', 'scientifiquement reconnu(e)(s)',
      'prouvé(e)(s) scientifiquement', 'démontré(e)(s) scientifiquement', 'validé(e)(s) scientifiquement', 'cliniquement prouvé(e)(s)',
      'cliniquement démontré(e)(s)', 'prouvé(e)(s) cliniquement', 'validé(e)(s) par la science', 'approuvé(e)(s) par la science',
      "la science l'a prouvé", "la science l'a démontré", 'les études (le) montrent', 'les études (le) prouvent', 'les études (le) démontrent',
      'des études (le) montrent', 'des études (le) prouvent', 'des études (le) démontrent', 'de nombreuses études', 'études à l\'appui',
      'une étude a montré', 'une étude a prouvé', 'une étude a démontré', "c'est prouvé scientifiquement", "c'est prouvé", "c'est démontré", 'il est prouvé', 'il est démontré',
      'efficacité prouvée', 'efficacité démontrée', 'la science est formelle', 'preuves scientifiques à l\'appui',
      'prouvé(e)(s) par la science', 'reconnu(e)(s) par la science', 'démontré(e)(s) par la science', 'a fait ses preuves', 'ont fait leurs preuves', 'prouvé(e)(s)', 'démontré(e)(s)',
      // authority without a reference: « testé cliniquement », « fait ses preuves », « efficacité incontestable »
      'testé(e)(s) cliniquement', 'cliniquement testé(e)(s)', 'testé(e)(s) en milieu hospitalier', 'fait ses preuves', 'font leurs preuves',
      'efficacité reconnue', 'efficacité incontestable', 'efficacité indéniable', 'bienfaits incontestables', 'bienfaits indéniables',
      // « n'a plus à faire ses preuves »
      'plus à faire la preuve', 'plus à faire ses preuves', 'plus à faire leurs preuves', "n'est plus à démontrer", 'largement fait ses preuves',
      'résultats incontestables', 'résultats indéniables', "n'est plus à prouver", "ne sont plus à prouver", "n'étant plus à prouver", "n'étant plus à démontrer",
      'il a été prouvé', 'il a été démontré', 'la science a prouvé', 'la science a démontré', 'les scientifiques sont unanimes', 'preuves à l\'appui',
      // (issue #7) tried and tested, or backed by research, with no reference: « une méthode éprouvée », « des solutions
      // appuyées par la recherche », « des soins validés cliniquement »
      'cliniquement éprouvé(e)(s)', 'éprouvé(e)(s) cliniquement', 'scientifiquement éprouvé(e)(s)', 'une méthode éprouvée', 'une technique éprouvée',
      // (not the plural principle, « il faut s'en tenir aux traitements éprouvés »)
      'efficacité éprouvée', 'soutenu(e)(s) par la recherche', 'appuyé(e)(s) par la recherche',
      'validé(e)(s) par la recherche', 'validé(e)(s) cliniquement', 'cliniquement validé(e)(s)', 'reconnu(e)(s) par la recherche',
      // a count of studies or papers standing in for a reference
      "des dizaines d'études", "des centaines d'études", "des milliers d'études", 'nombreuses publications scientifiques',
      // (round 10) « a fait la preuve de son efficacité », « ont prouvé leur efficacité »: « a fait ses preuves » in full
      'fait la preuve de son efficacité', 'fait la preuve de leur efficacité', 'a prouvé son efficacité', 'ont prouvé leur efficacité',
      'a démontré son efficacité', 'ont démontré leur efficacité',
    ],
    patterns: [
      // "des centaines d'études le prouvent", "les recherches montrent que…" (a reference would neutralise it)
      /(?<![\p{L}])(?:etudes|recherches|essais|scientifiques|travaux|statistiques|meta-?analyses|meta\s+analyses)\s+(?:l'|le\s+|la\s+)?(?:prouvent|montrent|demontrent|confirment|attestent|prouvant|montrant|demontrant|confirmant|attestant)(?![\p{L}])/u,
      // « les études menées par le Dr X montrent », « ses travaux ont démontré », « plusieurs études ont montré » (a name
      // or nothing, without a reference)
      /(?<![a-z])(?:les|des|ses|nos|ces|leurs|plusieurs|certaines|certains|diverses|de\s+nombreuses|de\s+nombreux)\s+(?:etudes|recherches|travaux|essais|statistiques|meta-?analyses|meta\s+analyses|chercheurs|equipes\s+de\s+(?:recherche|chercheurs))(?:,?\s+[a-z.'-]+){0,8}?\s+(?:prouvent|montrent|demontrent|confirment|attestent|constatent|observent|ont\s+(?:prouve|montre|demontre|confirme|constate|observe))(?![a-z])/u,
      // « l'efficacité de cette cure est mondialement reconnue », « les bienfaits ont été prouvés »
      /(?<![a-z])(?:efficacite|bienfaits?|benefices?|vertus)(?:\s+[a-z'-]+){0,5}?\s+(?:est|sont|a\s+ete|ont\s+ete)\s+(?:largement\s+|scientifiquement\s+|cliniquement\s+|mondialement\s+|unanimement\s+|pleinement\s+|officiellement\s+|bien\s+|depuis\s+longtemps\s+)?(?:reconnue?s?|prouvee?s?|demontree?s?|etablie?s?|validee?s?)(?![a-z])/u,
      // « études cliniques à l'appui », « recommandé par les dermatologues », « reconnu pour ses vertus »: authority without a reference
      /(?<![a-z])(?:etudes|essais)\s+(?:[a-z]+\s+)?a\s+l'appui(?![a-z])/u,
      /(?<![a-z])(?:recommande|approuve|valide|plebiscite|conseille|prescrit)(?:e|s|es)?\s+par\s+(?:les|des|de\s+nombreux|de\s+nombreuses|nos|\d+\s*%\s+des)\s+(?:medecins|dermatologues|pediatres|dentistes|kines|kinesitherapeutes|pharmaciens|gynecologues|specialistes|professionnels\s+de\s+sante|experts|osteopathes|sages-femmes)(?![a-z])/u,
      /(?<![a-z])reconnue?s?\s+pour\s+(?:son|ses|leur|leurs)\s+(?:efficacite|vertus|bienfaits|proprietes|effets|action)(?![a-z])/u,
      // (round 13) the consensus of a whole field, with no one named: « reconnu par la communauté scientifique »
      /(?<![a-z])(?:reconnue?s?|validee?s?|approuvee?s?|admise?s?|acceptee?s?)\s+(?:comme\s+tel(?:le)?s?\s+|comme\s+efficaces?\s+)?par\s+(?:l'ensemble\s+de\s+)?(?:la\s+communaute\s+(?:scientifique|medicale)(?:\s+[a-z]+)?|le\s+monde\s+(?:medical|scientifique)|les\s+scientifiques|le\s+corps\s+medical)(?![a-z])/u,
    ],
    // « rarement démontrées », « insuffisamment prouvé »: the proof is denied, not invoked
    notAfter: ['rarement', 'insuffisamment', 'peu', 'mal', 'guère', 'jamais', 'nullement'],
    suggestions: ['selon les données disponibles (source à citer)', 'des études suggèrent (référence à citer)'],
  },
  {
    id: 'miracle',
    kind: 'miracle',
    terms: [
      'miraculeux', 'miraculeuse(s)', 'comme par magie', 'quasi-miracle', 'désencrass*', 'surcharge(s) toxinique(s)', 'détox', 'détoxifiant(e)(s)', 'détoxifier', 'détoxifie', 'détoxination', 'drainer les toxines', 'boost immunitaire',
      'détoxinant(e)(s)', 'détoxiner', 'détoxine', 'détoxinent', 'dépuratif(s)', 'dépurative(s)', 'brûle-graisse(s)',
      'détoxication', 'toxémie', 'déchets métaboliques',
      // (round 14) « une détoxification du corps », « l'organisme est régénéré »
      'détoxification', 'organisme régénéré', 'corps régénéré', "l'organisme est régénéré", 'le corps est régénéré',
      // wonders credited to an act or a product: « l'acide hyaluronique fait merveille », « ce soin fait des merveilles »
      'fait merveille', 'font merveille', 'fera merveille', 'feront merveille', 'fait des merveilles', 'font des merveilles',
      'fera des merveilles', 'feront des merveilles', 'faire merveille', 'faire des merveilles',
    ],
    patterns: [
      /(?<![\p{L}])miracles?(?![\p{L}])(?!\s+de\s+(?:la\s+vie|la\s+naissance|noel|la\s+nature))/u,
      /(?<![\p{L}])(?:remede|solution|pilule|potion|formule|creme|recette|methode|produit|traitement|effet|baguette|cure|huile|complement|poudre|gelule|plante|astuce|resultat|soin)s?\s+magiques?(?![\p{L}])/u,
      // "drainer les toxines", "purifier l'organisme de ses toxines" (not "les reins éliminent les toxines")
      /(?<![\p{L}])(?:drain|purg|purifi|nettoi|nettoy|evacu|liber|debarrass|chass)\p{L}*\s+(?:[\p{L}']+\s+){0,5}?toxines(?![\p{L}])/u,
      /(?<![\p{L}])toxines\s+accumulees(?![\p{L}])/u,
      // « l'accumulation excessive de toxines », « l'excès de toxines » (the body sold as clogged)
      /(?<![\p{L}])(?:exces|accumulation|surcharge|encrassement)\s+(?:excessive\s+|progressive\s+)?(?:de|des|en|d')\s*toxines(?![\p{L}])/u,
      // « fait fondre les graisses », « brûle-graisse »: slimming by a product or an appliance
      /(?<![\p{L}])(?:fai[a-z]*|font|fera|feront)\s+fondre\s+(?:les\s+|la\s+|vos\s+|votre\s+|l')?(?:graisses?|kilos|bourrelets|capitons|cellulite|ventre|amas\s+graisseux)(?![\p{L}])/u,
      // « favorise l'élimination des toxines », « draine l'organisme » (not the liver's own work: « le foie purifie le sang »)
      /(?<![\p{L}])(?:favoris|stimul|acceler|facilit|optimis|activ|boost|relanc|amelior)\p{L}*\s+(?:l'|a\s+l')?elimination\s+des\s+(?:toxines|dechets|toxiques)(?![\p{L}])/u,
      /(?<!(?:foie|reins?|poumons|peau|intestins?|emonctoires|organes?|corps)\s+)(?<![\p{L}])(?:drain|purifi|nettoi|nettoy|desencrass|detoxi|depur)\p{L}*\s+(?:l'organisme|le\s+corps|votre\s+(?:corps|organisme|foie)|le\s+foie|les\s+reins|l'intestin|vos\s+organes|les\s+organes)(?![\p{L}])/u,
      // self-healing sold as the act's effect: « stimule l'autoguérison », « réveille votre pouvoir d'auto-guérison »
      /(?<![\p{L}])(?:stimul|activ|reveill|favoris|declench|relanc|boost|renforc|mobilis|libere)\p{L}*\s+(?:[\p{L}']+\s+){0,3}?(?:l')?auto-?guerison(?![\p{L}])/u,
      // « régénère l'organisme / les organes » (not « la peau se régénère »)
      /(?<![\p{L}])regener(?:e|ent|era|er)\s+(?:l'organisme|le\s+corps|votre\s+(?:corps|organisme)|les\s+organes|vos\s+organes|les\s+cellules|vos\s+cellules)(?![\p{L}])/u,
      // "ce complément booste votre immunité" (a product's claim; not the advice "boostez vos défenses : sommeil, sport…")
      /(?<![\p{L}])(?:booste|boostent|boostera|boosteront|renforce|renforcent|renforcera|stimule|stimulent|decuple|decuplent)\s+(?:votre\s+|vos\s+|l'|les\s+|le\s+|ton\s+|tes\s+)?(?:immunite|defenses|systeme immunitaire)/u,
      // "rajeunit la peau", "rajeunissez de 10 ans" (not the slogan "rajeunissez sans chirurgie": aesthetic promotion)
      /(?<![\p{L}])rajeuni(?:t|ssent|ra|ront)(?=\s+(?:l'|(?:la|le|les|votre|vos|ton|ta|tes|son|sa|ses)(?![\p{L}])))/u,
      // (round 10: the years in words or roughly, « d'une dizaine d'années », « de plusieurs années »; the participle, « un
      // regard rajeuni de dix ans »; the same promise told as years taken off, « paraissez cinq ans de moins », « effacez dix ans »)
      new RegExp(String.raw`(?<![\p{L}])rajeuni(?:r|t|ssent|ssez|ssons|ra|ront|rez|e|s|es)?(?:\s+[\p{L}']+){0,3}?\s+(?:de\s+|d')${YEARS_COUNT}(?![\p{L}])`, 'u'),
      new RegExp(String.raw`(?<![\p{L}])(?:paraitre|paraissez|paraitrez|paraissent|paraitront|semblez|sembler)\s+(?:[\p{L}']+\s+){0,2}?${YEARS_COUNT}\s+de\s+moins(?![\p{L}])`, 'u'),
      // (not « gagner 10 ans d'espérance de vie »: a public-health figure)
      new RegExp(String.raw`(?<![\p{L}])effac\p{L}*\s+(?:[\p{L}']+\s+){0,2}?${YEARS_COUNT}(?![\p{L}])`, 'u'),
      // (issue #7: « perdez jusqu'à 15 kilos sans effort »)
      /(?<![\p{L}])(?:maigri\p{L}*|minci\p{L}*|brul\p{L}*|perd\p{L}*\s+(?:jusqu'a\s+|plus\s+de\s+|pres\s+de\s+|environ\s+)?\d+\s?(?:kg|kilos?)|perd\p{L}*\s+(?:du|des|de)\s+(?:poids|kilos|centimetres|tailles))(?:\s+[^\s.!?]+){0,4}?\s+sans\s+(?:aucun\s+|le\s+moindre\s+|jamais\s+)?(?:efforts?|vous\s+priver|privations?|regime|avoir\s+faim|frustrations?|sport|bouger)(?![\p{L}])/u,
    ],
    unlessNear: ['digitale', 'numérique', 'écrans', 'pensée', 'vaccin*'],
    // pages that debunk the vocabulary (« la détox, un mot à la mode », « un mythe ») inform, they do not sell
    unlessSentence: ['à la mode', 'effet de mode', 'fondement', 'arnaque(s)', 'mythe(s)', 'idée(s) reçue(s)', 'inutile(s)', 'rarement démontré(e)(s)', 'jamais démontré(e)(s)',
      // a caution about the same promise (« perdre du poids sans sport est difficile »)
      'difficile(s)', 'impossible(s)', 'illusoire(s)',
      // (round 10) the miracle set aside as a belief to correct or a distance kept (« l'erreur est de croire que… »,
      // « on pense souvent à tort… », « on reste loin de la solution miracle »)
      'loin de', "loin d'être", 'confusion(s)', 'erreur de croire', 'erreur de penser', 'à tort', 'on pense souvent', 'on croit souvent',
      'beaucoup pensent', 'beaucoup croient', 'contrairement à ce que'],
    suggestions: ['peut aider certains patients', 'dans le cadre d’une hygiène de vie équilibrée'],
  },
  {
    id: 'abstention',
    kind: 'abstention',
    patterns: [
      drug(String.raw`(?:arretez|arreter|arrete|stoppez|stopper|abandonnez|abandonner|laissez tomber|jetez)\s+(?:(?:votre|vos|le|la|les|l'|ton|ta|tes|tout|tous)\s*)?(?:[\p{L}]+\s+)?`),
      drug(String.raw`inutile\s+de\s+(?:continuer|poursuivre|prendre|faire|suivre|vous faire)\s+(?:[\p{L}']+\s+){0,2}?`),
      drug(String.raw`plus\s+besoin\s+de\s+(?:[\p{L}']+\s+)?`),
      drug(String.raw`remplace(?:nt|r)?\s+(?:avantageusement\s+)?(?:la|le|les|vos|votre|l')\s*`),
      drug(String.raw`alternatives?\s+(?:[\p{L}]+\s+)?(?:a|aux)\s+(?:la\s+|l')?(?:(?:prise|consommation)\s+(?:de\s+|des\s+|d'))?`),
      // « fini les anti-douleurs », « adieu les somnifères »
      drug(String.raw`(?:fini|finis|finie|finies|adieu|stop)\s+(?:a\s+|aux\s+)?(?:(?:les|la|le|vos|votre|l')\s*)?`),
    ],
    unlessSentence: medicalAdvice,
    // a product « vendu comme une alternative aux médicaments » is reported, not recommended
    unlessNear: ['vendu(e)(s) comme', 'présenté(e)(s) comme', 'prétendu(e)(s)', 'soi-disant'],
    suggestions: ['ne modifiez jamais votre traitement sans l’avis de votre médecin'],
  },
  {
    id: 'remede-maladie',
    kind: 'cure',
    // A remedy said to cure a named disease: « soigne l'arthrose », « corrigent la scoliose », « stoppe la chute de
    // cheveux », « fait baisser la tension », « traite efficacement l'infertilité », « dissout les calculs », « très
    // efficace contre l'eczéma ». A hedge (« peut »), a negation or a cited source makes it information.
    patterns: [
      // One expression for the four constructions (one copy of the disease alternation keeps V8's regex code small):
      // a cure verb (« soigne l'arthrose », « corrigent la scoliose », « stoppe net la perte de cheveux »), a weapon
      // (« une arme redoutable contre l'asthme »), a delivery (« je vous délivre de vos phobies », « vous débarrasse de
      // vos angoisses ») and an efficacy (« très efficace contre les troubles du sommeil »).
      new RegExp(String.raw`(?<![a-z])(?:(?:soigne|soignent|soignera|soigneront|soignons|corrige|corrigent|corrigera|corrigeront|stoppe|stoppent|stoppera|stopperont|enraye|enrayent|fait\s+(?:reculer|baisser|partir)|font\s+(?:reculer|baisser|partir)|dissout|dissolvent|resorbe|resorbent|elimine|eliminent|eliminera|neutralise|neutralisent|regle|reglent|reglera|resout|resolvent|repare|reparent|traite(?:nt)?\s+efficacement|vient\s+a\s+bout\s+(?:de|des|du|d')|viennent\s+a\s+bout\s+(?:de|des|du|d'))\s+(?:(?:definitivement|totalement|completement|radicalement|naturellement|rapidement|vraiment|enfin|durablement|efficacement|net)\s+)?(?:(?:la|le|les|l'|vos|votre|ton|ta|tes|son|sa|ses|leur|leurs|du|des|cette|ces|ce|cet)\s*)?(?:[a-z-]+\s+)?|(?:armes?|allie(?:e|s|es)?|remedes?|solutions?|traitements?)\s+(?:redoutables?|infaillibles?|imparables?|ultimes?|absolue?s?|radica(?:l|le|ux|les))\s+(?:contre|pour)\s+(?:(?:la|le|les|l'|vos|votre|toutes\s+les|tous\s+les)\s*)?|(?:(?:vous\s+|te\s+)?(?:delivre|delivrent|delivrera|debarrasse|debarrassent|debarrassera)|(?:vous|te)\s+(?:libere|liberent|liberera)|(?:libere|liberee|liberes|liberees|delivre|delivree|delivres|delivrees)(?:\s+pour\s+de\s+bon)?)\s+(?:(?:instantanement|definitivement|enfin|rapidement|durablement|totalement)\s+)?(?:de|du|des|d')\s*(?:(?:la|le|les|l'|vos|votre|tes|ton|ta|ses|son|sa)\s*)?|(?:tres\s+|particulierement\s+|extremement\s+|vraiment\s+|hyper\s+|super\s+|redoutablement\s+|remarquablement\s+)?efficaces?\s+(?:contre|sur)\s+(?:(?:la|le|les|l'|vos|votre|tous\s+les|toutes\s+les)\s*)?)${DISEASES}(?![a-z])`, 'u'),
      // « le massage fait repousser les cheveux »
      /(?<![a-z])(?:fait|font|fera|feront)\s+repousser\s+(?:les\s+|vos\s+|tes\s+)?(?:cheveux|cils|sourcils|poils\s+de\s+barbe)(?![a-z])/u,
    ],
    unlessNear: [...naturalHealing, ...medicalFacts],
    suggestions: ['peut aider à soulager certains symptômes', 'peut améliorer les symptômes'],
  },
  {
    id: 'prevention-produit',
    kind: 'cure',
    // A product or a session said to prevent a disease: « ce complément protège du cancer », « ces verres préviennent
    // la DMLA », « cette eau prévient toutes les maladies ». Only with a product or a session in the clause: the bare
    // advice (« bouger prévient le diabète ») and vaccination or screening are public-health information.
    patterns: [
      /(?<![a-z])(?:previent|previennent|previendra|prevenir|protege|protegent|protegera|proteger|eloigne|eloignent|evite|evitent|evitera|eviter)\s+(?:(?:efficacement|durablement|naturellement)\s+)?(?:(?:de|du|des|contre|d')\s*)?(?:(?:la|le|les|l'|vos|votre|toutes\s+les|tous\s+les|certaines|certains|de\s+nombreu(?:x|ses))\s*)?(?:(?:apparition|survenue|retour)\s+(?:d'une?|de\s+la|du|des|d')\s*)?(?:[a-z-]+\s+)?(?:cancers?|dmla|alzheimer|parkinson|maladies|pathologies|infections?|diabetes?|infarctus|avc|arthrose|osteoporose|demence|cataractes?|glaucomes?|rhumes?|rechutes?|recidives?|covid|grippes?|otites?|angines?|cystites?|migraines?|plagiocephalies?|scolioses?|tendinites?)(?![a-z])/u,
    ],
    needsInSentence: products,
    // sun protection and brushing are public-health advice (« la crème solaire protège des cancers de la peau »)
    unlessNear: [...medicalFacts, 'solaire(s)', 'uv', 'brossage', 'dentifrice(s)', 'fluor*'],
    suggestions: ['peut contribuer à une bonne hygiène de vie (allégation à vérifier)'],
  },
  {
    id: 'disparition-promise',
    kind: 'cure',
    // The complaint of the reader vanishes: « vos angoisses s'envolent », « votre mal de dos disparaît », « votre
    // sciatique ne sera plus qu'un mauvais souvenir ». The possessive addresses the promise to the reader.
    patterns: [
      new RegExp(String.raw`(?<![a-z])(?:vos|votre|tes|ton|ta)\s+(?:[a-z-]+\s+)?${DISEASES}\s+(?:[a-z']+\s+){0,2}?(?:disparai[a-z]*|disparaitr[a-z]*|s'envol[a-z]*|s'efface[a-z]*|s'estomp[a-z]*|fond(?:ent|ra|ront)?|s'en\s+(?:vont|iront|ira|va)|partent|partiront|(?:ne\s+)?(?:sont|sera|seront|est)\s+plus\s+qu'un\s+(?:lointain\s+|mauvais\s+)*souvenir|(?:sont|seront|est|sera)\s+(?:enfin\s+)?(?:envole|oublie|efface|gueri|regle|termine)[a-z]*)(?![a-z])`, 'u'),
    ],
    unlessNear: naturalHealing,
    suggestions: ['peut atténuer les symptômes chez certains patients'],
  },
  {
    id: 'disparition-par-le-soin',
    kind: 'cure',
    // « les coliques disparaissent en une seule consultation », « douleurs envolées après 2 séances »: the complaint
    // vanishes by the act named in the clause (not a side effect that passes, not healing on its own).
    patterns: [
      // one expression, one copy of the disease alternation (issue #9)
      new RegExp(String.raw`(?<![a-z])(?:(?:les|la|le|l'|leurs|leur|ses|sa|son)\s*(?:[a-z-]+\s+)?)?${DISEASES}\s+(?:(?:[a-z']+\s+){0,2}?(?:disparaissent|disparait|disparaitront|disparaitra|(?:vont|va)\s+(?:disparaitre|s'envoler|s'effacer|s'estomper|fondre)|s'envolent|s'envole|s'effacent|s'estompent|fondent)|(?:envolee?s?|envoles?|oubliee?s?|effacee?s?|disparue?s?))(?![a-z])`, 'u'),
    ],
    needsInClause: remedyInClause,
    unlessNear: [...naturalHealing, 'secondaire(s)', 'indésirable(s)', 'hématome(s)', 'œdème(s)', 'oedème(s)', 'gonflement(s)', 'bleu(s)', 'heure(s)',
      // what passes after the act is a side effect told to reassure (« les rougeurs disparaissent après le soin »)
      'après le', 'après la', "après l'", 'après chaque', 'suite à', 'immédiatement'],
    suggestions: ['peut atténuer les symptômes chez certains patients'],
  },
  {
    id: 'mauvais-souvenir',
    kind: 'cure',
    selfNegated: true,
    // « votre mal de dos ne sera plus qu'un mauvais souvenir »: the cure promised as an idiom
    terms: ["plus qu'un mauvais souvenir", "plus qu'un lointain souvenir", "plus qu'un vieux souvenir"],
    suggestions: ['peut atténuer les symptômes chez certains patients'],
  },
  {
    id: 'ressenti-nul',
    kind: 'safety',
    selfNegated: true,
    // Painlessness promised in the future or as a reassurance: « vous ne sentirez rien », « ça ne fait pas mal »,
    // « zéro sensibilité ». Not when an anaesthesia explains it, nor about a test or the early stage of a disease.
    patterns: [
      /(?<![a-z])(?:ne|n')\s*(?:sentir|ressentir)(?:ez|a|ont|as)\s+(?:absolument\s+|strictement\s+|quasiment\s+|presque\s+)?(?:rien|aucune\s+(?:douleur|gene)|pas\s+(?:la\s+)?moindre\s+douleur)(?![a-z])/u,
      /(?<![a-z])(?:ca|cela|ce|c')\s*ne\s+fait\s+(?:pas|jamais|absolument\s+pas|pas\s+du\s+tout)\s+mal(?![a-z])/u,
      /(?<![a-z])zero\s+(?:sensibilite|gene|inconfort)(?![a-z])/u,
    ],
    unlessNear: [...diagnosticTests, 'carie(s)', 'maladie(s)', 'symptôme(s)', 'début', 'toujours', 'forcément', 'tension', 'cancer'],
    unlessSentence: ['anesthésie(s)', 'anesthésiant(e)(s)', 'anesthésique(s)', 'sédation', 'endormi(e)(s)'],
    suggestions: ['une gêne est possible ; les risques sont expliqués en consultation'],
  },
  {
    id: 'seance-suffit',
    kind: 'guarantee',
    // (a hedge set off by commas right after counts: « trois séances suffisent, en général, pour… »)
    hedgeNear: true,
    // « une seule séance suffit », « une injection suffit » : the result promised from one act
    patterns: [
      /(?<![a-z])(?:une|1)\s+(?:seule\s+)?(?:seance|consultation|injection|application|prise|intervention|cure|manipulation)\s+(?:[a-z]+\s+)?suffit(?![a-z])/u,
      // « trois séances suffisent pour ralentir la chute » (a few sessions: the result still promised by their number)
      /(?<![a-z])(?:\d|deux|trois|quatre|cinq|six|quelques)\s+(?:a\s+(?:\d|deux|trois|quatre|cinq|six)\s+)?(?:seances|consultations|injections|applications|manipulations)\s+(?:[a-z]+\s+)?suffisent(?![a-z])/u,
    ],
    unlessNear: [...diagnosticTests, 'bilan(s)', 'devis', 'inscription', 'information(s)', 'dossier'],
    // a result, not the number of appointments an act takes (« une seule séance suffit pour poser la couronne »)
    needsInClause: [...resultCues, 'régler', 'remettre', 'débloquer', 'soulager', 'guérir', 'libérer', 'disparaître', 'en finir', 'ralentir', 'stopper', 'freiner', 'arrêter'],
    suggestions: ['en plusieurs séances, avec des résultats variables selon les patients'],
  },
  {
    id: 'resultat-parfait',
    kind: 'guarantee',
    // « vous retrouvez une audition parfaite », « une vision parfaite garantie », « we guarantee a perfect smile »
    patterns: [
      /(?<![a-z])(?:retrouv|recuper|obten|obtien|offr|garanti|assur|promet|rend)[a-z]*\s+(?:(?:a\s+)?(?:vous\s+|votre\s+enfant\s+)?)?(?:une|un|des|votre|vos)\s+(?:audition|vue|vision|sourire|peau|silhouette|dentition|dents|cheveux|chevelure|ventre|jambes)\s+(?:absolument\s+)?parfaite?s?(?![a-z])/u,
      // « je remets votre dos en état neuf », « un genou comme neuf »
      /(?<![a-z])(?:remet|remets|remettons|remettent|rend|rendent|rendons)\s+(?:[a-z']+\s+){1,3}?(?:comme|a|en(?:\s+etat)?)\s+neu(?:f|ve|fs|ves)(?![a-z])/u,
      /(?<![a-z])guarantee[sd]?\s+(?:you\s+)?(?:a|an|your|the)?\s*(?:perfect|flawless|permanent|lasting|natural|amazing)?\s*(?:smile|results?|outcome|cure|success|regrowth|relief)(?![a-z])/u,
    ],
    unlessNear: foreignNegations,
    suggestions: ['une amélioration possible, variable selon les patients'],
  },
  {
    id: 'effet-curatif',
    kind: 'cure',
    // « effet curatif », « propriétés curatives », « vertus curatives » (a source makes it checkable; « on prête aux
    // plantes des vertus curatives » reports a belief)
    terms: ['effet(s) curatif(s)', 'action(s) curative(s)', 'propriété(s) curative(s)', 'vertu(s) curative(s)', 'pouvoir guérisseur', 'pouvoir(s) de guérison'],
    unlessNear: ['prête*', 'prêté(e)(s)', 'prétendu(e)(s)', 'supposé(e)(s)', 'censé(e)(s)', 'attribu*'],
    suggestions: ['peut aider à soulager certains symptômes'],
  },
  {
    id: 'sans-recidive',
    kind: 'guarantee',
    // « une peau nette, sans récidive », « zéro récidive » (not a survival statistic: « survie sans récidive à 5 ans »)
    terms: ['sans récidive(s)', 'zéro récidive(s)', 'sans rechute(s)', 'zéro rechute(s)', 'aucune récidive', 'aucune rechute',
      // the return of the complaint ruled out (« traiter le symptôme tout en évitant son retour », « empêcher sa réapparition »)
      'en évitant son retour', 'en évitant leur retour', 'évite son retour', 'évite leur retour', 'empêcher la réapparition', 'empêche la réapparition',
      'empêcher sa réapparition', 'empêcher leur réapparition', 'empêcher toute récidive', 'empêche toute récidive', 'éviter toute récidive', 'évite toute récidive'],
    unlessNear: ['survie', 'ans', 'an', 'mois', 'taux', 'délai', 'période', 'risque(s)', 'surveill*'],
    suggestions: [VARIABLE],
  },
  {
    id: 'promesse-explicite',
    kind: 'guarantee',
    // « 0 poil après 6 séances, c'est promis », « vous dormirez enfin, je vous le promets »: a result promised outright
    terms: ["c'est promis", 'promis juré', 'je vous le promets', 'nous vous le promettons', 'on vous le promet', 'garanti sur facture'],
    needsInClause: resultCues,
    suggestions: [VARIABLE],
  },
  {
    id: 'resultat-ou-rembourse',
    kind: 'guarantee',
    // « arrêt du tabac réussi ou séance offerte », « résultat ou on recommence »: the result guaranteed by a refund
    patterns: [/(?<![a-z])ou\s+(?:(?:la\s+)?seance\s+(?:offerte|remboursee|gratuite)|on\s+recommence(?:\s+gratuitement)?|(?:vous\s+etes\s+)?rembourse(?:e|s|es)?|votre\s+argent\s+vous\s+est\s+rendu)(?![a-z])/u],
    needsInClause: resultCues,
    suggestions: [VARIABLE],
  },
  {
    id: 'efficacite-absolue',
    kind: 'guarantee',
    // Efficacy stated as total or radical: « efficacité totale », « c'est radical », « redoutablement efficace »
    // (not an instruction: « pour une efficacité totale, appliquez… »)
    terms: [
      'efficacité totale', 'efficacité absolue', 'efficacité radicale', 'efficacité redoutable', 'efficacité imbattable', 'efficacité inégalée',
      'radicalement efficace(s)', 'redoutablement efficace(s)', 'effet radical', 'effets radicaux', "c'est radical", 'résultat radical',
      'résultats radicaux', 'solution(s) radicale(s)',
    ],
    unlessNear: ['pour une', 'pour un', 'afin', 'respecte*', 'condition(s)'],
    suggestions: ['efficace chez une partie des patients', VARIABLE],
  },
  {
    id: 'resultat-generalise',
    kind: 'cure',
    // An outcome told of many patients, as proof that the care works: « a permis à de nombreux patients de retrouver
    // une vie normale », « la plupart de nos patientes retrouvent le sommeil ». The figure-less sibling of the share of
    // cures above (taux-de-succes); a source, a hedge or a negation lifts it as for every claim. (issue #7)
    patterns: [
      /(?<![a-z])(?:permet(?:tent|tra|tront|tait|taient)?|(?:a|ont|avait|avaient|aura|auront)\s+(?:deja\s+|ainsi\s+|aussi\s+)?permis)\s+a\s+(?:de\s+(?:tres\s+)?nombreu(?:x|ses)\s+|des\s+(?:centaines|milliers|dizaines)\s+(?:de\s+|d')|beaucoup\s+(?:de\s+|d')|nombre\s+(?:de\s+|d')|(?:la\s+)?plupart\s+(?:de\s+(?:nos|mes|ses|leurs)|des)\s+|la\s+(?:grande\s+|large\s+)?majorite\s+(?:de\s+(?:nos|mes|ses)|des)\s+|(?:plus\s+de\s+)?\d[\d\s.]*\s+|tou(?:s|tes)\s+(?:nos|mes|ses|les)\s+)(?:[a-z-]+\s+){0,2}?(?:patient(?:e)?s|personnes|malades|client(?:e)?s|femmes|hommes|enfants|sporti(?:fs|ves)|seniors|fumeu(?:rs|ses)|curistes|bebes)\s+(?:[a-z'-]+\s+){0,4}?(?:de\s+|d')(?:se\s+|s'|en\s+)?(?:retrouver|reprendre|guerir|sortir|debarrasser|finir|revivre|remarcher|dormir|arreter|perdre|oublier|dire\s+adieu|ne\s+plus|liberer|recuperer|rajeunir|courir|marcher|soulager|vivre\s+(?:sans|normalement|mieux)|mieux\s+(?:vivre|dormir|respirer|marcher|supporter))(?![a-z])/u,
      // (only the practice's own patients: « la plupart des patients retrouvent… » tells how an illness usually goes)
      /(?<![a-z])(?:la\s+plupart|la\s+(?:grande\s+|large\s+|tres\s+grande\s+)?majorite|l'immense\s+majorite|la\s+quasi-?totalite)\s+de\s+(?:nos|mes)\s+(?:patient(?:e)?s|client(?:e)?s|curistes|malades|consultants)\s+(?:(?:ont|sont)\s+(?:deja\s+)?)?(?:retrouv(?:ent|e|ee|es|ees)|repren(?:nent|d)|repris|remarchent|dorment\s+mieux|gueri(?:e|s|es|ssent)?|soulage(?:e|s|es|nt)?|debarrasse(?:e|s|es|nt)?|libere(?:e|s|es|nt)?|arretent|constatent\s+(?:une|un|des)\s+(?:nette\s+|reelle\s+|rapide\s+)?(?:amelioration|mieux|soulagement|disparition|diminution|resultats?)|ressentent\s+(?:une|un|des)\s+(?:nette\s+|reelle\s+)?(?:amelioration|mieux|soulagement|bienfaits?)|voient\s+(?:leurs?|ses)\s+(?:douleurs?|symptomes|crises|troubles|rides|taches)\s+(?:disparaitre|diminuer|s'attenuer|s'estomper))(?![a-z])/u,
    ],
    // (public health told as such: « le dépistage a permis à de nombreuses femmes de guérir »)
    unlessNear: ['étude(s)', 'essai(s)', 'publié(e)(s)', 'dépistage(s)', 'vaccin*'],
    // (no rewording fits every sentence built on it: the source to cite is the suggestion)
    suggestions: [],
  },
  {
    id: 'efficacite-universelle',
    kind: 'guarantee',
    // « les cheveux repoussent chez tous nos patients, sans exception »: a result for everyone
    patterns: [/(?<![a-z])(?:chez|pour|sur)\s+tou(?:s|tes)\s+(?:nos|mes|les)\s+(?:patient|client)[a-z]*(?:\s*,?\s*sans\s+exception)?/u],
    needsInClause: resultCues,
    suggestions: ['efficace chez une partie des patients', VARIABLE],
  },
  {
    id: 'panacee',
    kind: 'miracle',
    // A remedy for everything or a pseudo-science: « une vraie panacée », « élixir de jeunesse », « médecine quantique »
    terms: [
      'panacée(s)', 'remède(s) universel(s)', 'guérit tout', 'soigne tout', 'règle tout', 'résout tout', 'soulage tout', 'élixir de jeunesse', 'élixir de longue vie',
      'fontaine de jouvence', 'médecine quantique', 'soin(s) quantique(s)', 'thérapie(s) quantique(s)', 'guérison quantique',
    ],
    unlessSentence: ['à la mode', 'fondement', 'arnaque(s)', 'mythe(s)', 'idée(s) reçue(s)', 'charlatan*', 'dérive(s)', 'méfie*'],
    suggestions: ['peut aider certains patients, en complément du suivi médical'],
  },
  {
    id: 'energie-reequilibree',
    kind: 'miracle',
    // Energy vocabulary sold as the act's effect: « rééquilibre vos énergies », « libère les blocages émotionnels »,
    // « harmonise les chakras » (not « les glucides libèrent de l'énergie »: only rebalancing verbs with « énergie »).
    patterns: [
      /(?<![a-z])(?:reequilibr|harmonis|debloqu|realign|rebalanc)[a-z]*\s+(?:[a-z']+\s+){0,2}?(?:energies?|frequences|vibrations?|chakras?|meridiens|champs?\s+energetiques?|aura|energie\s+vitale|force\s+vitale)(?![a-z])/u,
      /(?<![a-z])(?:liber|nettoi|nettoy|purifi|recharg|debloqu|dissou|lev)[a-z]*\s+(?:[a-z']+\s+){0,2}?(?:chakras?|meridiens|aura|blocages?\s+(?:energetiques?|emotionnels?)|memoires?\s+cellulaires?|champs?\s+energetiques?)(?![a-z])/u,
    ],
    unlessSentence: ['à la mode', 'fondement', 'arnaque(s)', 'mythe(s)', 'charlatan*', 'dérive(s)', 'méfie*'],
    suggestions: ['peut aider à se détendre'],
  },
  {
    id: 'pseudo-mecanisme',
    kind: 'miracle',
    // Pseudo-physiology sold as the act's effect: the body's own « auto-guérison » unlocked, organs « encrassés » to
    // reactivate, humours to drain.
    terms: [
      'auto-guérison', 'autoguérison', "pouvoir d'auto-guérison", "capacité(s) d'auto-guérison", 'organe(s) encrassé(s)', 'encrassement(s)',
      'surcharge(s) humorale(s)', 'drainer les humeurs', 'réactiver un organe', 'réactiver les organes',
    ],
    unlessSentence: ['à la mode', 'fondement', 'arnaque(s)', 'mythe(s)', 'charlatan*', 'dérive(s)', 'méfie*', 'aucune preuve', 'prétendu(e)(s)', 'soi-disant'],
    suggestions: ['peut aider à se détendre'],
  },
  {
    // (round 13) a body mechanism credited to a needle, a laser or a manual act: « le laser active la libération
    // d'endorphines », « ces aiguilles agissent directement sur les hormones » (not sport or sleep, whose
    // effects on hormones are public-health facts: only with such an act in the sentence)
    id: 'mecanisme-invoque',
    kind: 'miracle',
    patterns: [
      /(?<![a-z])(?:active|activent|stimule|stimulent|declenche|declenchent|booste|boostent|libere|liberent|provoque|provoquent)\s+(?:naturellement\s+|directement\s+)?(?:la\s+)?(?:liberation|production|secretion|synthese|decharge)\s+(?:d'|de\s+|des\s+)(?:endorphines|serotonine|dopamine|ocytocine|hormones?\s+du\s+bien-etre)(?![a-z])/u,
      /(?<![a-z])(?:agit|agissent|on\s+agit|intervient|interviennent|travaille|travaillent)\s+directement\s+sur\s+(?:le\s+systeme\s+(?:nerveux|immunitaire|hormonal)|le\s+cerveau|les\s+zones\s+du\s+cerveau|les\s+organes|l'organisme|les\s+hormones)(?![a-z])/u,
    ],
    needsInSentence: ['laser(s)', 'aiguille(s)', 'auriculo*', 'acupuncture', 'réflexologie', 'magnétisme', 'stimulant', 'stimulation', 'ventouse(s)', 'séance(s)', 'point(s)', 'massage(s)', 'manipulation(s)'],
    unlessSentence: ['à la mode', 'fondement', 'arnaque(s)', 'mythe(s)', 'charlatan*', 'aucune preuve', 'prétendu(e)(s)', 'soi-disant'],
    suggestions: ['peut aider certains patients'],
  },
  {
    id: 'efficace-sur-tous',
    kind: 'guarantee',
    // « marche sur toutes les sortes de vergetures », « agit sur toutes les formes d'acné »: one act for every case
    patterns: [/(?<![a-z])(?:efficaces?|agit|agissent|fonctionne|fonctionnent|marche|marchent)\s+(?:sur|contre|pour)\s+(?:tous|toutes)\s+(?:les\s+)?(?:types?|formes?|sortes?|cas)(?![a-z])/u],
    suggestions: ['efficace dans certains cas', VARIABLE],
  },
  {
    id: 'cause-profonde',
    kind: 'miracle',
    // « traite la cause profonde », « s'attaque à la cause première »: a cure of causes claimed without data (not
    // « le médecin recherche la cause », nor « traiter la cause et pas seulement les symptômes », which doctors say too).
    patterns: [
      /(?<![a-z])(?:trait|soign|agi|agiss|s'attaqu|attaquons|elimin|cibl|supprim|corrig)[a-z]*\s+(?:[a-z']+\s+){0,2}?(?:la|les|a\s+la|aux)\s+(?:cause|source|racine)s?\s+(?:profonde|premiere)s?/u,
    ],
    needsInClause: ['cause(s)', 'racine(s)', 'origine', 'source'],
    suggestions: ['peut aider certains patients, en complément du suivi médical'],
  },
  {
    id: 'anti-vieillissement',
    kind: 'miracle',
    // « inverse le vieillissement », « stoppe les signes du vieillissement », « remonte le temps »
    patterns: [
      /(?<![a-z])(?:inverse|inversent|stoppe|stoppent|arrete|arretent|bloque|bloquent|annule|annulent|remonte|remontent|efface|effacent)\s+(?:le\s+temps|l'horloge\s+biologique|(?:le|les\s+(?:effets|signes|marques)\s+du)\s+vieillissement)(?![a-z])/u,
    ],
    suggestions: ['peut améliorer l’aspect de la peau chez certains patients'],
  },
  {
    id: 'efficacite-superlative',
    kind: 'cure',
    // A treatment sold as the best or the only effective one (« la méthode la plus efficace pour effacer… »,
    // « l'une des meilleures solutions contre… », « le moyen le plus performant », « la seule stratégie efficace »),
    // as very effective (« s'avère très efficace pour soigner », « très efficace sur les inflammations »), as better
    // than medicines (« plus efficaces que les médicaments », « font aussi bien, voire mieux »), or for every case
    // (« efficace aussi bien sur une crise que sur un mal ancien »). An efficacy claim: a cited source makes it checkable.
    patterns: [
      // (issue #7) also across a bracket or after another quality: « la méthode la plus douce (et la plus efficace) »,
      // « les méthodes les plus modernes et efficaces »
      /(?<![a-z])(?:techniques?|methodes?|traitements?|solutions?|moyens?|therapies?|approches?|strategies?|armes?|options?|remedes?|chirurgies?|interventions?|operations?|actes?|soins?|procedes?|procedures?|protocoles?)(?:(?:\s*[,(]\s*|\s+)[a-z-]+){0,6}?(?:\s*[,(]\s*|\s+)(?:la|le|les)\s+plus\s+(?:[a-z]+\s+(?:et|,)\s+)?(?:efficaces?|performante?s?|sure?s|sure(?=\s|[.,;:!?])|fiables?|durables?|avancee?s?)(?![a-z])/u,
      /(?<![a-z])(?:la|le|les|l'une\s+des|l'un\s+des|une\s+des|un\s+des)\s+meilleur(?:e|s|es)?\s+(?:solutions?|moyens?|methodes?|techniques?|traitements?|remedes?|armes?|allie(?:e|s|es)?|therapies?|options?|approches?)\s+(?:pour|contre|de|d')(?![a-z])/u,
      /(?<![a-z])(?:la|le)\s+seule?\s+(?:strategie|solution|methode|technique|traitement|remede|approche|therapie|moyen)\s+(?:vraiment\s+|reellement\s+)?efficace(?![a-z])/u,
      /(?<![a-z])(?:(?:tres|particulierement|extremement|remarquablement|hautement|hyper|super|vraiment|reellement)\s+efficaces?\s+(?:pour|sur|contre|dans)|(?:s'avere(?:nt)?|se\s+montre(?:nt)?)\s+(?:[a-z-]+\s+(?:mais|et)\s+)?(?:tres\s+|particulierement\s+|extremement\s+|redoutablement\s+|remarquablement\s+)?efficaces?|efficaces?\s+aussi\s+bien\s+(?:dans|sur|chez|pour|en))(?![a-z])/u,
      drug(String.raw`(?:(?:plus|aussi|autant|davantage)\s+(?:efficaces?\s+|d'effets?\s+|actifs?\s+|puissante?s?\s+)?|mieux\s+)que\s+(?:les\s+|des\s+|le\s+|la\s+|l'|vos\s+|votre\s+)?`),
      // « la réponse douce et efficace : la sophrologie »
      /(?<![a-z])(?:solution|remede|methode|reponse|alternative)\s+(?:(?:naturelle|simple|douce)\s+et\s+)?efficace\s*:\s*(?:l'|la\s+|le\s+|les\s+)?(?:osteopathie|acupuncture|homeopathie|naturopathie|aromatherapie|phytotherapie|sophrologie|hypnose|reflexologie|magnetisme|chiropraxie|auriculotherapie|kinesiologie|reiki|jeune|huiles?\s+essentielles?|cure|detox)(?![a-z])/u,
      /(?<![a-z])(?:aussi\s+bien\s*,?\s+voire\s+mieux|(?:fonctionne|fonctionnent|marche|marchent)\s+tout\s+aussi\s+bien)(?![a-z])/u,
      // « la méthode la plus adaptée pour effacer les rougeurs » (not « la technique la plus adaptée à votre peau »)
      new RegExp(String.raw`(?<![a-z])(?:la|le|les)\s+plus\s+adaptee?s?\s+(?:pour|contre)\s+${REMEDIED}`, 'u'),
      // « bien plus efficace que les crèmes », « marche très bien contre les acouphènes », « soignez-vous avec… »
      /(?<![a-z])(?:(?:bien|beaucoup|nettement|largement|infiniment|(?:\d+|dix|cent)\s+fois)\s+plus\s+efficaces?\s+que|(?:fonctionne|fonctionnent|marche|marchent)\s+(?:egalement\s+|aussi\s+)?(?:tres|particulierement|remarquablement)\s+bien\s+(?:dans|pour|sur|contre|chez)|(?:soignez|guerissez|soulagez|traitez)-vous\s+(?:naturellement\s+)?(?:avec|grace\s+(?:a|aux|au)))(?![a-z])/u,
    ],
    // a winning remedy (« une combinaison gagnante », « la méthode gagnante »)
    terms: ['combinaison gagnante', 'méthode gagnante', 'solution gagnante', 'technique gagnante', 'traitement gagnant', 'arme absolue', 'arme fatale',
      // (issue #7) the remedy as a secret or a weapon (« l'arme secrète contre la déprime », « notre allié anti-rides n°1 »)
      'arme secrète', 'remède secret', 'botte secrète', 'allié(e) n°1', 'meilleur(e) allié(e) contre', 'meilleur(e) allié(e) de votre'],
    // public-health facts (« le lavage des mains est le moyen le plus efficace de… »), sun protection, contraception,
    // and the choice left to the patient (« la meilleure méthode pour vous »)
    // advice to prefer the safest or most effective option (« privilégier les techniques les plus sûres ») is not a claim
    unlessNear: [...medicalFacts, 'solaire(s)', 'uv', 'contraception', 'contraceptive(s)', 'pour vous', 'vous convient', 'adapté(e)(s)', 'prévention',
      'privilégier', 'privilégiez', 'choisir', 'choisissez', 'préférer', 'préférez'],
    // the best means named at the end of a long sentence: « la seule stratégie efficace contre … reste la vaccination »
    unlessLater: medicalFacts,
    suggestions: ['peut aider certains patients', 'une option parmi d’autres, selon votre situation'],
  },
  {
    id: 'securite-affirmee',
    kind: 'safety',
    // An act or a product called safe outright: « une technique médicale très sûre », « ces méthodes sont sûres »,
    // « un soin parfaitement sans danger » (« sûr » read only at the end of its phrase: « sur rendez-vous » is a place).
    patterns: [
      /(?<![a-z])(?:techniques?|methodes?|traitements?|interventions?|operations?|procedures?|actes?|soins?|injections?|produits?|chirurgies?|seances?|lasers?|protocoles?|complements?)(?:\s+[a-z-]+){0,2}?\s+(?:(?:est|sont|reste|restent|demeure|demeurent)\s+(?:(?:tres|parfaitement|totalement|absolument|tout\s+a\s+fait|extremement|hyper|super|vraiment)\s+)?|(?:tres|parfaitement|totalement|absolument|extremement|hyper|super)\s+)(?:sure?s?|sans\s+danger)(?=\s*(?:[.,;:!?)\n]|et\s|$))/u,
      // « une injection rapide et sûre », « un protocole simple, sans danger »: safety listed among the act's qualities
      /(?<![a-z])(?:techniques?|methodes?|traitements?|interventions?|procedures?|actes?|soins?|injections?|produits?|protocoles?|complements?|molecules?|substances?)\s+(?:[a-z-]+\s+)?[a-z-]+\s*(?:,|\s+et)\s+(?:sure?s?|sans\s+danger)(?=\s*(?:[.,;:!?)\n]|$))/u,
    ],
    suggestions: ['comporte des risques, comme tout acte', 'généralement bien toléré'],
  },
  {
    id: 'securite-optimale',
    kind: 'safety',
    // Safety promised as the act's quality rather than stated as « sûr »: « une sécurité optimale », « épiler en toute
    // sécurité tous les phototypes ».
    patterns: [
      /(?<![a-z])(?:avec\s+)?une\s+securite\s+(?:optimale|maximale|totale|absolue|parfaite|garantie|assuree|sans\s+faille)(?![a-z])/u,
      /(?<![a-z])(?:epile\p{L}*|opere\p{L}*|opera\p{L}*|trait\p{L}*|inject\p{L}*|soign\p{L}*|realis\p{L}*|pratiqu\p{L}*|effectu\p{L}*|corrig\p{L}*|elimin\p{L}*|effac\p{L}*|retir\p{L}*|pos(?:e|es|ee|ees|er|ons|ez|ent))\s+(?:[a-z'-]+\s+){0,3}?en\s+toute\s+securite(?![a-z])/u,
    ],
    // advice on how to stay safe (« pour être pratiquée en toute sécurité, l'épilation doit… »), not a promise
    unlessSentence: ['pour être', 'pour que', 'afin', 'doit', 'doivent', 'il faut', 'veillez', 'à condition', 'si', "s'il", 'consultez', 'adressez-vous', 'conseil*', 'recommand*', 'vérifiez', 'assurez-vous', 'exigez', 'choisissez', 'choisir'],
    suggestions: ['comporte des risques, comme tout acte', 'généralement bien toléré'],
  },
  {
    id: 'sur-et-efficace',
    kind: 'safety',
    // Safety sold together with efficacy: « une technique simple, sûre et efficace », « efficace et sûr »,
    // « aussi douce qu'efficace » (« sûr » read only at the end of its phrase).
    patterns: [
      /(?<![a-z])(?:sure?s?|sans\s+danger)\s*(?:,\s*|\s+et\s+)(?:[a-z]+\s*(?:,\s*|\s+et\s+))?efficaces?(?![a-z])/u,
      /(?<![a-z])efficaces?\s*(?:,\s*|\s+et\s+)(?:[a-z]+\s*(?:,\s*|\s+et\s+))?(?:sure?s?|sans\s+danger)(?=\s*(?:[.,;:!?)\n]|et\s|$))/u,
      /(?<![a-z])aussi\s+(?:douce|sure|simple|rapide|naturelle|indolore)s?\s+qu'efficaces?(?![a-z])/u,
      // (round 12) the method itself called safe, « une méthode sûre et adaptée à chacun », « une technique sûre. »
      // (issue #7) also after other qualities, « un geste rapide et sûr », « une technique simple, précise et sûre » (with
      // « et efficace » after it, the pair is read whole by the patterns above)
      new RegExp(String.raw`(?<![a-z])(?:methodes?|techniques?|interventions?|procedures?|solutions?|therapies?|approches?|options?|gestes?|actes?|traitements?|dispositifs?|technologies?)\s+(?:[a-z]+\s*(?:,\s*|\s+et\s+)){0,2}(?:(?:tres|totalement|parfaitement|particulierement|absolument)\s+)?${SAFE}(?!\s*(?:,\s*|et\s+)(?:[a-z]+\s*(?:,\s*|et\s+))?efficaces?(?![a-z]))`, 'u'),
      // the same said of it after a copula, with an intensifier: « la nouvelle génération de fils est très sûre » (not
      // « c'est sûr », a certainty)
      new RegExp(String.raw`(?<![a-z]|c')(?:est|sont|reste|restent|demeure|demeurent)\s+(?:(?:tres|totalement|parfaitement|particulierement|absolument|extremement|tout\s+a\s+fait)\s+)${SAFE}`, 'u'),
    ],
    // safety as what to look for, not what is promised: « afin d'obtenir un geste sûr, veillez à… »
    unlessSentence: ['pour bénéficier', 'pour obtenir', 'afin de bénéficier', "afin d'obtenir", 'il est recommandé', 'veillez', 'assurez-vous', 'vérifiez', 'exigez', 'à condition'],
    suggestions: ['comporte des risques, comme tout acte', 'généralement bien toléré'],
  },
  {
    id: 'miracle-possible',
    kind: 'miracle',
    noHedge: true,
    // (round 13) « l'ostéopathie peut aussi faire des miracles sur… »: a wonder said to be possible is still promised;
    // the modal that makes an effect prudent (« peut soulager ») does not make a miracle one. A negation still counts.
    patterns: [/(?<![a-z])(?:peut|peuvent|pourra|pourront|sait|savent)\s+(?:[a-z]+\s+){0,2}?faire\s+(?:des\s+)?(?:miracles?|merveilles?)(?![a-z])/u],
    unlessSentence: ['loin de', "loin d'être", 'à tort', 'on pense souvent', 'on croit souvent', 'contrairement à ce que', 'mythe(s)', 'idée(s) reçue(s)'],
    suggestions: ['peut aider certains patients'],
  },
  {
    id: 'sans-dommage',
    kind: 'safety',
    selfNegated: true,
    // « n'agresse en aucun cas la gencive », « n'abîme jamais l'émail » (not a condition: « s'il est bien dosé »)
    patterns: [/(?<![a-z])n'(?:endommage|abime|altere|agresse|fragilise|blesse|attaque)(?:nt)?\s+(?:en\s+aucun\s+cas|jamais|absolument\s+pas|nullement|aucunement)\s+(?:les|la|le|l'|vos|votre)/u],
    unlessSentence: ['si', "s'il", "s'ils", 'à condition', 'lorsque', 'quand', 'bien dosé(e)(s)'],
    suggestions: ['comporte des risques, comme tout acte'],
  },
  {
    id: 'sans-abimer',
    kind: 'safety',
    sansIsClaim: true,
    notAfter: ['même', 'si'],
    // « détruit le poil sans abîmer la peau », « blanchit sans altérer l'émail », « sans endommager la surface des dents »:
    // no harm to the tissue promised
    patterns: [/(?<![a-z])sans\s+(?:jamais\s+|aucunement\s+)?(?:abimer|endommager|alterer|agresser|leser|fragiliser|bruler|blesser|irriter)\s+(?:la|le|les|l'|vos|votre|ni\s+la|ni\s+les)\s*(?:(?:structure|surface|sante|qualite|integrite)\s+(?:de\s+la|du|des|de\s+l'|de\s+vos|de\s+votre)\s*)?(?:peau|epiderme|derme|tissus?|email|dents?|gencives?|cheveux|cuir\s+chevelu|cornee|muqueuses?|organes?)(?![a-z])/u],
    // a condition on the technique (« sans abîmer l'émail si le produit est bien dosé ») informs about it
    unlessSentence: ['si', "s'il", "s'ils", 'à condition', 'lorsque', 'quand', 'bien dosé(e)(s)', 'bien utilisé(e)(s)', 'bien réalisé(e)(s)'],
    suggestions: ['comporte des risques, comme tout acte'],
  },
  {
    id: 'effet-rapide',
    kind: 'guarantee',
    selfNegated: true,
    // « l'effet ne se fait pas attendre »: a quick result promised as an idiom
    terms: ["l'effet ne se fait pas attendre", 'les effets ne se font pas attendre', 'le résultat ne se fait pas attendre', 'les résultats ne se font pas attendre'],
    suggestions: ['en plusieurs séances, avec des résultats variables selon les patients'],
  },
  {
    id: 'reduction-intensifiee',
    kind: 'cure',
    // « permet de réduire nettement les fringales », « diminue considérablement les douleurs »
    // (a risk reduced, as public health says it, is another matter; a source makes it checkable)
    patterns: [/(?<![a-z])(?:redui|diminu|amelior|attenu|soulag)[a-z]*\s+(?:significativement|considerablement|nettement|drastiquement|spectaculairement|radicalement)(?![a-z])/u],
    needsInClause: [...resultCues, 'envie(s)', 'douleur(s)', 'symptôme(s)', 'crise(s)'],
    // (nor a price: « réduire significativement les tarifs »)
    unlessNear: [...medicalFacts, 'risque(s)', 'mortalité', 'transmission', 'tarif(s)', 'prix', 'coût(s)', 'dépense(s)', 'remboursement(s)'],
    suggestions: ['peut aider à réduire, avec des effets variables selon les patients'],
  },
  {
    id: 'pas-douloureux',
    kind: 'safety',
    selfNegated: true,
    // An act said not to hurt, as a negation: « l'épilation à la lumière pulsée n'est pas douloureuse », « les douleurs pendant
    // l'intervention n'existent plus ». Not about a test, nor when an anaesthesia explains it.
    patterns: [
      /(?<![a-z])(?:n'est|ne\s+sont|ne\s+sera|ne\s+seront)\s+(?:absolument\s+|nullement\s+|aucunement\s+)?pas\s+(?:du\s+tout\s+)?douloureu(?:x|se|ses)(?![a-z])/u,
      /(?<![a-z])(?:la\s+douleur|les\s+douleurs)(?:\s+[a-z'-]+){0,4}?\s+n'existe(?:nt)?\s+plus(?![a-z])/u,
    ],
    needsBefore: [...acts, 'douleur', 'douleurs'],
    unlessNear: diagnosticTests,
    unlessSentence: ['anesthésie(s)', 'anesthésiant(e)(s)', 'anesthésique(s)', 'sédation', 'endormi(e)(s)'],
    suggestions: ['une gêne est possible ; les risques sont expliqués en consultation'],
  },
  {
    id: 'effets-nies',
    kind: 'safety',
    selfNegated: true,
    hedgeNear: true,
    // Absolute safety written as a denial of existence: « nos gélules n'entraînent aucun effet indésirable », « il n'y a
    // aucun danger », « sans danger ni effets secondaires », « aucun risque n'est à redouter », « des complications
    // inexistantes ». Not « pas d'effet secondaire grave » (the rare ones are admitted), nor a debunked belief.
    patterns: [
      /(?<![a-z])(?:n'|ne\s+)(?:a|ont|presente|presentent|entraine|entrainent|provoque|provoquent|comporte|comportent|cause|causent|induit|induisent|possede|possedent|apporte|apportent|engendre|engendrent|produit|produisent)\s+(?:pas|aucune?|jamais)\s+(?:de\s+|d'|les\s+|des\s+)?(?:effets?\s+(?:secondaires?|indesirables?|nefastes?)|contre-indications?|desagrements?(?=\s*[.,;:!?])|risques?(?=\s*(?:[.,;:!?]|$|pour\s+(?:la\s+sante|le\s+patient|vous|l'organisme|votre\s+sante))))(?![a-z])(?!\s+(?:graves?|majeur|majeure?s?|notables?|serieux|significatifs?|importants?))/u,
      /(?<![a-z])il\s+n'(?:existe|y\s+a)\s+(?:pas|aucune?)\s+(?:de\s+|d')?(?:douleurs?|effets?\s+(?:secondaires?|indesirables?)|risques?|dangers?|contre-indications?)(?=\s*[.,;:!?])/u,
      /(?<![a-z])ni\s+(?:a\s+|de\s+|d'|des\s+|aux\s+)?(?:effets?\s+(?:secondaires?|indesirables?)|contre-indications?)(?![a-z])(?!\s+(?:graves?|majeure?s?|notables?|serieux))/u,
      /(?<![a-z])aucune?\s+(?:douleur|risque|danger|effet\s+secondaire|effet\s+indesirable|complication|gene)\s+n'est\s+a\s+(?:craindre|redouter|prevoir|deplorer)(?![a-z])/u,
      /(?<![a-z])(?:effets?\s+(?:secondaires?|indesirables?)|complications?)\s+(?:(?:sont|est|restent|reste)\s+)?(?:inexistante?s?|absente?s?)(?![a-z])/u,
    ],
    // « ce n'est pas parce que c'est naturel qu'il n'y a pas de risque »: the belief is denied
    unlessSentence: ['pas parce que', 'pas parce qu\'', 'ne signifie pas', 'ne veut pas dire', 'croire que', 'croire qu\'', 'idée(s) reçue(s)', 'à tort', 'contrairement à ce que', 'prétend*', 'soi-disant', 'mythe(s)'],
    suggestions: ['comporte des risques, comme tout acte', 'généralement bien toléré'],
  },
  {
    id: 'efficacite-intensifiee',
    kind: 'cure',
    hedgeNear: true,
    // Efficacy asserted with an intensifier or as the method's quality: « un soin redoutablement efficace », « c'est une
    // thérapie hautement efficace », « un protocole récent et hautement efficace », « de façon hyper efficace »,
    // « une méthode naturelle et efficace », « l'entorse répond remarquablement bien aux séances », « guérit parfaitement
    // bien », « procure des résultats spectaculaires », « efficace contre toutes les formes de douleurs ». A hedge (« peut ») or a cited source makes it information.
    patterns: [
      /(?<![a-z])(?:techniques?|methodes?|approches?|therapies?|traitements?|solutions?|alternatives?|soins?|protocoles?|remedes?|options?|outils?|medecines?|pratiques?)(?:\s+[a-z'-]+){0,4}?\s+(?:(?:et|,)\s+)?(?:tres|extremement|particulierement|hautement|remarquablement|redoutablement|incroyablement|terriblement|reellement|ultra|hyper|super)[\s-]+efficaces?(?![a-z])/u,
      // « l'hypnose est extrêmement efficace. » (« très efficace contre l'eczéma » names a disease: remede-maladie)
      /(?<![a-z])(?:est|sont|s'averen?t?|se\s+revelen?t?|reste(?:nt)?)\s+(?:tres|extremement|particulierement|hautement|remarquablement|redoutablement|incroyablement|terriblement|reellement|ultra|hyper|super)[\s-]+efficaces?(?![a-z])(?!\s+(?:contre|sur|pour|dans))/u,
      // (round 13) the same as a noun phrase: « un procédé d'une grande efficacité », « d'une efficacité redoutable »
      /(?<![a-z])d'une\s+(?:(?:grande|redoutable|remarquable|rare|incroyable|formidable|excellente|extreme|exceptionnelle|etonnante|impressionnante|veritable|reelle)\s+efficacite|efficacite\s+(?:redoutable|remarquable|rare|incroyable|formidable|exceptionnelle|etonnante|impressionnante|extreme|spectaculaire|redoutable))(?![a-z])/u,
      /(?<![a-z])de\s+(?:maniere|facon)\s+(?:ultra|hyper|super|redoutablement|extremement|tres|particulierement|remarquablement|incroyablement)[\s-]+efficace(?![a-z])/u,
      // « l'intervention est efficace : … », « ce soin reste efficace. » (not « efficace si… »: a condition)
      /(?<![a-z])(?:intervention|operation|traitement|technique|methode|therapie|seance|soin|protocole|cure|injection|chirurgie)s?(?:\s+[a-z'-]+){0,3}?\s+(?:est|sont|reste(?:nt)?|s'averen?t?)\s+efficaces?(?=\s*[.:;!]|\s*$)/u,
      // English posts: « very effective », « highly effective »
      /(?<![a-z])(?:very|highly|extremely|remarkably|incredibly|super)\s+effective(?![a-z])/u,
      // (masculine nouns too: « un traitement doux et efficace », « un soin naturel et efficace »)
      /(?<![a-z])(?:approches?|methodes?|techniques?|therapies?|solutions?|alternatives?|reponses?|medecines?|pratiques?|traitements?|soins?|protocoles?|remedes?|outils?)\s+(?:(?:douces?|doux|naturel(?:le)?s?|simples?|rapides?|non\s+invasi(?:ve|f)s?|durables?|progressi(?:ve|f)s?|therapeutiques?|modernes?|complementaires?|discret(?:e)?s?|confortables?|personnalisee?s?|innovant(?:e)?s?|concret(?:e)?s?|pratiques?|accessibles?|eprouvee?s?|fiables?)\s*(?:,|et)\s+)+efficaces?(?![a-z])/u,
      /(?<![a-z])(?:approches?|methodes?|techniques?|therapies?|solutions?|alternatives?|reponses?|medecines?|pratiques?|outils?)\s+efficaces?\s*(?:,|et)\s+(?:douces?|naturelles?|simples?|rapides?|durables?|progressives?|indolores?|accessibles?|concretes?|fiables?)(?![a-z])/u,
      // an offer called effective for a result: « une solution efficace pour retrouver le sommeil », « des outils efficaces pour vaincre le stress »
      /(?<![a-z])(?:approches?|methodes?|techniques?|therapies?|solutions?|alternatives?|outils?)\s+(?:[a-z-]+\s+)?efficaces?\s+(?:pour|afin\s+de|qui\s+permet\p{L}*\s+de)\s+(?:vous\s+|se\s+|s')?(?:retrouver|soulager|traiter|eliminer|gerer|lutter|combattre|perdre|arreter|reduire|apaiser|vaincre|debarrasser|en\s+finir|dire\s+adieu|effacer|mincir|maigrir|purifier|soigner|guerir|calmer|retablir|restaurer)(?![a-z])/u,
      // (round 12) the offer called effective for the people who have the condition, « une solution efficace pour les
      // personnes souffrant de migraines », « une technique efficace chez les patients atteints d'arthrose »
      /(?<![a-z])(?:approches?|methodes?|techniques?|therapies?|solutions?|alternatives?|traitements?|options?)\s+(?:[a-z-]+\s+)?efficaces?\s+(?:pour|chez)\s+(?:les|des|toutes?\s+les|tous\s+les)\s+(?:personnes|patients?|patientes?|femmes|hommes|enfants|adultes|sportifs)\s+(?:qui\s+souffrent|souffrant|atteinte?s?|qui\s+ont|ayant)(?![a-z])/u,
      /(?<![a-z])(?:repond(?:ent)?\s+(?:tres|particulierement|remarquablement|extremement|parfaitement)\s+bien\s+(?:a|au|aux)\s+|(?:soigne|soignent|soulage|soulagent|guerit|guerissent)\s+(?:tres|particulierement|remarquablement|extremement|parfaitement)\s+bien(?![a-z]))/u,
      /(?<![a-z])(?:donne|donnent|offre|offrent|procure|procurent|apporte|apportent)\s+(?:de\s+(?:tres\s+)?bons\s+resultats|d'excellents\s+resultats|les\s+meilleurs\s+resultats|des\s+resultats\s+(?:tres\s+)?(?:impressionnants|spectaculaires|exceptionnels|remarquables|excellents|bluffants|etonnants|incroyables|extraordinaires|probants|superieurs|optimaux|inegales))(?![a-z])/u,
      /(?<![a-z])efficaces?\s+(?:sur|contre|dans)\s+(?:de\s+nombreuses|toutes\s+les|la\s+plupart\s+des|nombre\s+de|tous\s+(?:les\s+)?types\s+de|toutes\s+(?:les\s+)?formes\s+de)\s+(?:maladies|pathologies|affections|troubles|maux|cancers?|douleurs|infections)(?![a-z])/u,
    ],
    // (nor the practice's tools: « une solution simple et efficace pour prendre rendez-vous »)
    unlessNear: [...medicalFacts, 'solaire(s)', 'uv', 'contraception', 'contraceptive(s)', 'rendez-vous', 'réserver', 'logiciel(s)', 'application(s)', 'paiement(s)', 'si', "s'il", "s'ils", 'lorsque', 'à condition'],
    suggestions: ['peut aider certains patients', 'avec une efficacité variable selon les patients'],
  },
  {
    id: 'resultats-excellents',
    kind: 'cure',
    hedgeNear: true,
    // Results praised without data: « avec de remarquables résultats », « les résultats sont bluffants » (not a goal:
    // « pour obtenir de très bons résultats, il faut… »).
    patterns: [
      // (not a figure just given, judged: « ce sont de très bons résultats pour un premier essai »)
      /(?<![a-z])(?<!(?:ce\s+sont|c'est)\s+)(?:d'excellents|de\s+tres\s+bons|de\s+remarquables|de\s+formidables)\s+resultats(?![a-z])/u,
      /(?<![a-z])resultats?\s+(?:obtenus?\s+)?(?:sont|est|etaient|seront|sera|restent|reste)\s+(?:par\s+ailleurs\s+|en\s+outre\s+|de\s+plus\s+)?(?:tres\s+|vraiment\s+|toujours\s+)?(?:spectaculaires?|exceptionnels?|impressionnants?|remarquables?|excellents?|bluffants?|extraordinaires?|epoustouflants?)(?![a-z])/u,
      // the results shown by the act, with a qualifier between (« la technique affiche des résultats cliniques
      // vraiment excellents », « offre des résultats esthétiques spectaculaires »)
      // (round 10: one result as well, « bien réalisée, cette injection donne un résultat extraordinaire »)
      /(?<![a-z])(?:affiche|affichent|donne|donnent|offre|offrent|procure|procurent|obtient|obtiennent)\s+(?:des\s+resultats\s+(?:[a-z]+\s+){0,2}?(?:spectaculaires|exceptionnels|impressionnants|remarquables|excellents|bluffants|extraordinaires|epoustouflants)|un\s+resultat\s+(?:[a-z]+\s+){0,2}?(?:spectaculaire|exceptionnel|impressionnant|remarquable|excellent|bluffant|extraordinaire|epoustouflant))(?![a-z])/u,
    ],
    unlessNear: ['pour obtenir', 'afin', 'condition(s)', 'si', "s'il", 'objectif(s)', 'viser'],
    suggestions: ['avec des résultats variables selon les patients'],
  },
  {
    id: 'resultat-naturel',
    kind: 'guarantee',
    hedgeNear: true,
    // « le résultat est extrêmement naturel »: a natural look promised (the predicate; « j'ai trouvé le résultat très
    // naturel » is an opinion)
    patterns: [/(?<![a-z])resultats?\s+(?:est|sont|sera|seront|reste|restent)\s+(?:par\s+ailleurs\s+|en\s+outre\s+)?(?:tres|extremement|parfaitement|totalement|toujours|100\s?%)\s+naturels?(?![a-z])/u],
    unlessNear: ['objectif(s)', 'viser', 'visons', 'recherche*', 'pour obtenir', 'afin'],
    suggestions: ['avec des résultats variables selon les patients'],
  },
  {
    id: 'seul-traitement',
    kind: 'cure',
    // A remedy sold as the only one able to do something: « la seule méthode capable de régénérer… », « le seul soin
    // qui guérit… » (« la seule solution efficace » is efficacite-superlative's).
    patterns: [
      /(?<![a-z])(?:le|la)\s+seule?\s+(?:traitement|solution|methode|technique|remede|therapie|approche|medecine|moyen|soin|cure)\s+(?:[a-z-]+\s+)?(?:permettant|capable|qui\s+permet(?:te)?|qui\s+soigne|qui\s+guerit|qui\s+elimine|a\s+pouvoir|a\s+permettre)(?![a-z])/u,
    ],
    unlessNear: [...medicalFacts, 'urgence(s)', 'chirurgie', 'greffe'],
    suggestions: ['une option parmi d’autres, selon votre situation'],
  },
  {
    id: 'permet-de-guerir',
    kind: 'cure',
    // « permettront de soigner les grippes », « permet de guérir l'eczéma »: a cure promised for a named disease.
    patterns: [
      new RegExp(String.raw`(?<![a-z])(?:permet|permettent|permettra|permettront)\s+de\s+(?:soigner|guerir)\s+(?:(?:la|le|les|l'|vos|votre|de\s+nombreuses|toutes\s+les|un\s+grand\s+nombre\s+d')\s*)?(?:[a-z-]+\s+)?${DISEASES}(?![a-z])`, 'u'),
    ],
    unlessNear: [...naturalHealing, ...medicalFacts],
    suggestions: ['peut aider à soulager certains symptômes'],
  },
  {
    id: 'therapie-efficace',
    kind: 'cure',
    // A non-conventional practice said to relieve or treat a complaint: « l'ostéopathie soulage efficacement la douleur »,
    // « la phytothérapie permet de soigner l'eczéma », « les huiles essentielles viennent à bout des infections ».
    // The practice is the subject: « le paracétamol soulage la douleur » is a drug's known effect, another matter.
    patterns: [
      // (the practice is read behind the match, which starts at the verb: the claim is what it is said to do)
      new RegExp(String.raw`(?<=(?<![a-z])(?:osteopathie|osteopathe|acupuncture|homeopathie|naturopathie|aromatherapie|phytotherapie|sophrologie|hypnose|reflexologie|magnetisme|magnetiseur|chiropraxie|chiropratique|auriculotherapie|kinesiologie|reiki|jeune|huiles?\s+essentielles?|medecines?\s+douces?|cures?\s+detox|detox|ajustements?\s+chiropratiques?)(?:\s+[a-z'-]+){0,3}\s)(?:soulage(?:nt|ra|ront)?|soigne(?:nt|ra|ront)?|traite(?:nt)?|gueri(?:t|ssent)|apaise(?:nt)?|(?:permet(?:tent)?|aide(?:nt)?)\s+(?:de\s+|a\s+)(?:traiter|soigner|guerir|soulager|venir\s+a\s+bout\s+(?:de|des|du|d'))|vien(?:t|nent)\s+a\s+bout\s+(?:de|des|du|d'))\s+(?:(?:efficacement|rapidement|naturellement|definitivement)\s+)?(?:(?:la|le|les|l'|vos|votre|de\s+nombreux|de\s+nombreuses|nombre\s+de|tous\s+les|toutes\s+les)\s*)?(?:[a-z-]+\s+)?${COMPLAINTS}(?![a-z])`, 'u'),
    ],
    unlessNear: naturalHealing,
    suggestions: ['peut aider à soulager certains symptômes', 'peut améliorer les symptômes'],
  },
  {
    id: 'pratique-efficace-dans-la-phrase',
    kind: 'cure',
    // The same claim with the practice further back in the sentence, or as the complement that names it (« l'utilisation
    // des ventouses participe à soulager les inflammations », « cette médecine douce est employée pour réduire les
    // migraines », « l'acupuncture, technique ancestrale, aide à réguler les cycles menstruels »): what a non-conventional
    // practice is said to do to a complaint or a body function, with no source.
    patterns: [
      new RegExp(String.raw`(?<=(?<![a-z])(?:osteopathie|acupuncture|homeopathie|naturopathie|aromatherapie|phytotherapie|reflexologie|magnetisme|chiropraxie|auriculotherapie|kinesiologie|reiki|ventouses?|hijama|carboxytherapie|ozonotherapie|mtc|medecine\s+traditionnelle\s+chinoise|ayurved[a-z]*|iridologie|lithotherapie|huiles?\s+essentielles?|medecines?\s+douces?|cures?\s+detox)(?:[\s,]+[a-z'-]+){0,12}?[\s,]+)(?:(?:permet(?:tent)?|permettant)\s+de|aide(?:nt)?\s+a|contribue(?:nt)?\s+a|participe(?:nt)?\s+a|(?:est|sont)\s+(?:(?:aussi|egalement|souvent|notamment)\s+)?(?:employee?s?|utilisee?s?|indiquee?s?)\s+pour)\s+(?:(?:efficacement|naturellement|durablement)\s+)?(?:soulager|soigner|traiter|guerir|apaiser|reguler|reequilibrer|ameliorer|reduire|combattre|eliminer|detoxifier|purifier)(?:\s+et\s+(?:a\s+)?[a-z]+)?\s+(?:(?:la|le|les|l'|vos|votre|des|de|du|d'|certaines?|certains|nombreux|nombreuses|tous\s+les|toutes\s+les)\s*)*(?:[a-z-]+\s+)?(?:${COMPLAINTS}|troubles?|pathologies?|maladies?|symptomes?|cycles?\s+menstruels?|fertilite|infertilite|defenses\s+immunitaires|immunite|congestions?)(?:\s+[a-z]+(?:ales|aux|aires|iques|euses|ees|elles|ives))?(?:\s+(?:du|des|de\s+la|de\s+l')\s*[a-z]+)?(?![a-z])`, 'u'),
    ],
    unlessNear: [...naturalHealing, ...medicalFacts],
    suggestions: ['peut aider à soulager certains symptômes'],
  },
  {
    id: 'faq-tout-soigner',
    kind: 'cure',
    // A question on what a practice treats, answered « tout » (« Que traite la réflexologie ? À peu près tout. »): the
    // answer is the universal claim, and its « presque » does not make it prudent.
    patterns: [/(?<=(?:soign|trait|gueri|soulag)[a-z]*\s+(?:[a-z'-]+\s+){0,4}?\?\s*)(?:tout|a\s+peu\s+pres\s+tout|presque\s+tout|(?:tous|toutes)\s+les\s+(?:maux|troubles|maladies|pathologies|douleurs))(?![a-z])/u],
    noHedge: true,
    suggestions: ['peut aider pour certains troubles, en complément du suivi médical'],
  },
  {
    id: 'pratique-pronom',
    kind: 'cure',
    // What a non-conventional practice or its practitioner is said to do, carried by a pronoun or « cette méthode »
    // whose practice is named earlier in the paragraph (« La réflexologie… Elle régule le transit et apaise les
    // migraines. », « Votre chiropracteur… Il soulagera ainsi vos sciatiques. »), a list answer included (« elle permet
    // de : – réguler les cycles »). The practice itself as subject is therapie-efficace's.
    patterns: [
      new RegExp(String.raw`(?<=(?:^|[.!?:;,\n]|\s(?:et|mais|puis|ainsi|donc))\s*(?:elle|il|elles|ils|celle-ci|celui-ci|cette\s+(?:methode|technique|pratique|therapie|approche|discipline|medecine)|ce\s+(?:soin|protocole))\s+(?:(?:[a-z-]+ment|aussi|egalement|ainsi|en\s+effet|non\s+seulement)\s+)?)${PRACTICE_DOES}`, 'u'),
    ],
    needsEarlier: alternativePractices,
    unlessNear: [...naturalHealing, ...medicalFacts],
    suggestions: ['peut aider à soulager certains symptômes'],
  },
  {
    id: 'pratique-liste',
    kind: 'cure',
    // A list answer: « La réflexologie permet de : » then items « réguler le transit », « apaise les migraines ». Each item
    // opens on the effect, as its own paragraph (a Markdown list) or after a bullet inside the paragraph (a plain-text
    // post, whose line breaks are spaces); the practice is named in the lead-in or an earlier item.
    patterns: [new RegExp(String.raw`(?<=(?:^|[\s:][-•*–▪✅👉➡✔]\ufe0f?)\s*)${PRACTICE_DOES}`, 'u')],
    // the lead-in may name a remedy sold over the counter as well (« Les probiotiques : leur action ? » then the effects)
    needsLeadIn: [...alternativePractices, 'probiotique(s)', 'complément(s) alimentaire(s)', 'gélule(s)', 'plante(s)', 'tisane(s)', 'cure(s)'],
    unlessNear: [...naturalHealing, ...medicalFacts],
    suggestions: ['peut aider à soulager certains symptômes'],
  },
  {
    id: 'pratique-agit-sur',
    kind: 'cure',
    // The practice as subject, on a body function or a named disease (« l'acupuncture restaure la fertilité », « la
    // naturopathie rééquilibre le système immunitaire », « la réflexologie régule les troubles hormonaux »): efficacy
    // promised by the method's name, where therapie-efficace reads relief of a complaint.
    patterns: [
      // (issue #7) the practice said to be indicated for troubles: « l'ostéopathie est particulièrement indiquée chez le
      // nourrisson : coliques, reflux… », « la sophrologie est indiquée en cas d'insomnie »
      new RegExp(String.raw`(?<=(?<![a-z])(?:${PRACTICES})(?:[\s,]+[a-z'-]+){0,3}[\s,]+)(?:est|sont|reste|restent)\s+(?:(?:particulierement|tres|tout\s+a\s+fait|parfaitement|souvent|aussi|egalement|notamment)\s+)*indiquee?s?\s+(?:chez|pour|dans|en\s+cas\s+(?:de|d')|contre|face\s+(?:a|aux))[^.!?]{0,60}?(?<![a-z])(?:${DISEASES}|${FUNCTIONS}|coliques|reflux|plagiocephalie|torticolis|pleurs)(?![a-z])`, 'u'),
      // (issue #7) a list of complaints as the lead-in, then the practice or its practitioner as the answer: « Mal de dos,
      // migraines, troubles digestifs : l'ostéopathe vous aide à retrouver l'équilibre » (two complaints at least)
      new RegExp(String.raw`(?<![a-z])(?:${DISEASES}|${FUNCTIONS}|mal\s+de\s+(?:dos|tete|ventre))(?:\s*(?:,|et|ou)\s*(?:[a-z'-]+\s+){0,2}?(?:${DISEASES}|${FUNCTIONS}|mal\s+de\s+(?:dos|tete|ventre))(?![a-z])){1,8}\s*\.{0,3}\s*[:!]\s*(?:(?:l'|la|le|les|votre|vos|un|une|notre|nos)\s*)?(?:${PRACTICES}|${PRACTITIONERS})\s+(?:vous\s+)?(?:aide(?:nt)?|accompagne(?:nt)?|soulage(?:nt)?|soigne(?:nt)?|traite(?:nt)?|repond(?:ent)?|apporte(?:nt)?|agi(?:t|ssent)|est\s+la\s+solution|sont\s+la\s+solution)(?![a-z])`, 'u'),
      // (issue #7: or their practitioner, « l'étiopathe soulage aussi les troubles digestifs »)
      new RegExp(String.raw`(?<=(?<![a-z])(?:${PRACTICES}|${PRACTITIONERS})(?:[\s,]+[a-z'-]+){0,3}[\s,]+)${PRACTICE_DOES}`, 'u'),
      // the effect named as a property (« la hijama a un effet antalgique et immunitaire », « l'ozonothérapie possède
      // des effets anti-inflammatoires »)
      new RegExp(String.raw`(?<=(?<![a-z])(?:${PRACTICES})(?:\s+[a-z'-]+){0,3}\s)(?:a|ont|possede|possedent|exerce|exercent)\s+(?:aussi\s+|egalement\s+)?(?:un|des|de\s+nombreux)\s+effets?\s+(?:(?:tres|puissants?)\s+)?(?:d'epuration|de\s+purification|detox\p{L}*|antalgiques?|anti-?douleurs?|anti-?inflammatoires?|immunitaires?|immunostimulants?|anti-?allergiques?|anti-?infectieux|antiviraux|antibacteriens?|drainants?|regenerants?|therapeutiques?|curatifs?)(?![a-z])`, 'u'),
    ],
    unlessNear: [...naturalHealing, ...medicalFacts],
    suggestions: ['peut aider à soulager certains symptômes'],
  },
  {
    id: 'effet-salvateur',
    kind: 'cure',
    // A practice, a session or a remedy credited with a decisive effect on a complaint (« l'ostéopathie aura un effet
    // salvateur sur les symptômes digestifs », « ce complément a un effet spectaculaire sur la fatigue »)
    patterns: [
      new RegExp(String.raw`(?<=(?<![a-z])(?:${PRACTICES}|${CARE_OFFERS}|complements?|supplementation)(?:[\s,]+[a-z'-]+){0,6}?[\s,]+)(?:a|ont|aura|auront|possede|possedent|exerce|exercent)\s+(?:(?:aussi|egalement|souvent|toujours)\s+)?un\s+(?:effet|impact|action|pouvoir)\s+(?:tres\s+|vraiment\s+|reellement\s+)?(?:salvateur|salutaire|spectaculaire|remarquable|radical|miraculeux|decisif|incroyable|extraordinaire|puissant|majeur|benefique|positif|curatif|reparateur)\s+(?:sur|au\s+niveau\s+(?:de|des|du|d'))(?![a-z])`, 'u'),
    ],
    unlessNear: [...naturalHealing, ...medicalFacts],
    suggestions: ['peut aider chez certains patients'],
  },
  {
    id: 'participe-a-la-regeneration',
    kind: 'cure',
    // The effect as a noun, credited to a remedy (« ce complément contribue à la régénération des tendons »,
    // « ces plantes contribuent à l'élimination des toxines »): a repair or a cleansing of the body stated as fact.
    patterns: [
      /(?<![a-z])(?:participe|participent|participera|participeront|contribue|contribuent|contribuera|contribueront)\s+(?:(?:activement|efficacement|grandement|largement)\s+)?(?:a\s+la|a\s+l')\s*(?:regeneration|reparation|reconstruction|restauration|detoxification|purification|desintoxication|reconstitution)\s+(?:du|de\s+la|de\s+l'|des)\s*(?:cartilages?|articulations?|tissus|cellules|organisme|foie|peau|flore|muqueuses?|neurones|os)(?![a-z])/u,
    ],
    unlessNear: [...naturalHealing, ...medicalFacts],
    suggestions: ['pourrait contribuer, selon certaines études'],
  },
  {
    id: 'soin-agit-sur',
    kind: 'cure',
    // A session, a device or a remedy as the subject, acting on a body function or a complaint in the indicative (« le
    // massage des pieds réactive la circulation », « les semelles corrigent la posture », « cette sève draine le foie »,
    // « la cryolipolyse raffermit la silhouette »): efficacy stated as a fact with no source. Hedges (« peut », « aide
    // souvent ») and sources are read by the rule; drugs are not subjects here (their known effects are another matter).
    patterns: [
      new RegExp(String.raw`(?<=(?<![a-z])(?:${CARE_OFFERS})(?:[\s,]+[a-z'-]+){0,3}[\s,]+)(?:${STRONG_EFFECT})\s+(?:(?:efficacement|naturellement|durablement|rapidement|ainsi|aussi|egalement|en\s+profondeur|tous|toutes)\s+)?(?:(?:la|le|les|l'|vos|votre|ses|son|sa|leurs?|des|du|d'|de)\s*)?(?:[a-z-]+\s+){0,1}?(?:${BODY_TARGETS})(?![a-z])`, 'u'),
    ],
    unlessNear: [...naturalHealing, ...medicalFacts],
    suggestions: ['peut aider à soulager certains symptômes'],
  },
  {
    id: 'soin-pronom',
    kind: 'cure',
    // The same effect carried by a pronoun or « cette technique » whose session or remedy is named earlier in the
    // paragraph (« La sève de frêne… Elle stimule les émonctoires », « La cryolipolyse… Cette technique permet de
    // supprimer les amas graisseux », « Le drainage… Cela décongestionne les chevilles »).
    patterns: [
      new RegExp(String.raw`(?<=(?:^|[.!?:;,\n]|\s(?:et|mais|puis|ainsi|donc))\s*(?:elle|il|elles|ils|celle-ci|celui-ci|ceci|cela|cette\s+(?:methode|technique|cure|seance)|ce\s+(?:soin|protocole|massage|complement))\s+(?:(?:[a-z-]+ment|aussi|egalement|ainsi|en\s+effet)\s+)?)(?:${STRONG_EFFECT})\s+(?:(?:efficacement|naturellement|durablement|rapidement|ainsi|aussi|egalement|tous|toutes)\s+)?(?:(?:la|le|les|l'|vos|votre|ses|son|sa|leurs?|des|du|d'|de)\s*)?(?:[a-z-]+\s+){0,1}?(?:${BODY_TARGETS})(?![a-z])`, 'u'),
    ],
    needsEarlier: ['massage(s)', 'semelle(s)', 'orthèse(s)', 'cryolipolyse', 'mésothérapie', 'carboxythérapie', 'lipofilling', 'sève', 'tisane(s)',
      'complément(s) alimentaire(s)', 'drainage lymphatique', 'radiofréquence', 'gemmothérapie', 'cure(s) détox'],
    unlessNear: [...naturalHealing, ...medicalFacts],
    suggestions: ['peut aider à soulager certains symptômes'],
  },
  {
    id: 'traitement-effet',
    kind: 'cure',
    hedgeInside: true,
    // An act or a remedy named earlier in the sentence, then an effect on the body asserted in the indicative: « la
    // mésothérapie va diminuer l'œdème et restaurer la microcirculation », « ces séances permettent aux tissus de retrouver
    // leur tonus », « le curcuma élimine les cellules malades », « ces plantes neutralisent les germes ». A hedge
    // (« peut », « aide à »), a negation or a cited source makes it information; vaccines and drugs are not subjects.
    patterns: [
      // relief or results offered as lasting, quick or total (« ce protocole offre un soulagement rapide et durable »)
      new RegExp(String.raw`(?<=(?<![a-z])${TREATMENTS}(?:[\s,]+[a-z'-]+){0,6}?[\s,]+)(?:offre|offrent|apporte|apportent|procure|procurent|garantit|garantissent|assure|assurent)\s+(?:un|une|des)\s+(?:soulagement|amelioration|resultats?|effets?|guerison)\s+(?:[a-z]+\s+(?:et\s+)?){0,2}?(?:efficaces?|durables?|rapides?|spectaculaires?|remarquables?|immediate?s?|visibles?|definiti(?:f|ve|fs|ves)|radica(?:l|le|ux|les)|total(?:e|es)?|complete?s?)(?![a-z])`, 'u'),
      new RegExp(String.raw`(?<=(?<![a-z])${TREATMENTS}(?:[\s,]+[a-z'-]+){0,10}?[\s,]+)${EFFECT_PREDICATE}\s+(?:(?:efficacement|naturellement|durablement|rapidement|nettement|considerablement|directement|specifiquement|en\s+profondeur|tous|toutes)\s+)?(?:(?:la|le|les|l'|vos|votre|ses|son|sa|leurs?|des|du|d'|de|une?|notre|nos)\s*){0,2}(?:[a-z-]+\s+){0,2}?${EFFECT_TARGETS}(?![a-z])`, 'u'),
    ],
    unlessNear: [...naturalHealing, ...medicalFacts, 'médicament(s)', 'chimiothérapie', 'radiothérapie', 'kinésithérapie', 'rééducation', 'exercice(s)', 'activité physique', 'sport', 'alimentation', 'sommeil'],
    // a finding reported from studies (« deux méta-analyses ont montré que… ») is the proof entries' matter
    unlessSentence: ['ont montré', 'a montré', 'montrent que', 'ont démontré', 'a démontré', 'démontrent que', 'ont mis en évidence'],
    suggestions: ['peut aider à soulager certains symptômes', 'peut améliorer les symptômes'],
  },
  {
    id: 'traitement-effet-pronom',
    kind: 'cure',
    hedgeInside: true,
    // The same effect carried by a pronoun or « cette technique » whose act or remedy is named earlier in the paragraph
    // (« La carboxythérapie… Elle restaure la microcirculation », « Le PRP… Il stimule les follicules »).
    patterns: [
      new RegExp(String.raw`(?<=(?:^|[.!?:;,\n]|\s(?:et|mais|puis|ainsi|donc))\s*(?:elle|il|elles|ils|celle-ci|celui-ci|ceci|cela|cette\s+(?:methode|technique|cure|seance|therapie|intervention|injection)|ce\s+(?:soin|protocole|traitement|produit|complement|procede|laser))\s+(?:(?:[a-z-]+ment|aussi|egalement|ainsi|en\s+effet)\s+)?)${EFFECT_PREDICATE}\s+(?:(?:efficacement|naturellement|durablement|rapidement|nettement|directement|en\s+profondeur|tous|toutes)\s+)?(?:(?:la|le|les|l'|vos|votre|ses|son|sa|leurs?|des|du|d'|de|une?|notre|nos)\s*){0,2}(?:[a-z-]+\s+){0,2}?${EFFECT_TARGETS}(?![a-z])`, 'u'),
    ],
    needsEarlier: [
      'traitement(s)', 'technique(s)', 'méthode(s)', 'procédé(s)', 'injection(s)', 'laser(s)', 'thérapie(s)', 'cure(s)', 'complément(s)', 'huile(s) essentielle(s)',
      'plante(s)', 'probiotique(s)', 'vitamine(s)', 'orthèse(s)', 'semelle(s)', 'mésothérapie', 'carboxythérapie', 'radiofréquence', 'toxine botulique', 'botox',
      'acide hyaluronique', 'lipofilling', 'cryolipolyse', 'cryothérapie', 'prp', 'peeling(s)', 'massage(s)', 'drainage(s)', ...alternativePractices,
    ],
    unlessNear: [...naturalHealing, ...medicalFacts, 'médicament(s)', 'chimiothérapie', 'radiothérapie', 'kinésithérapie', 'rééducation', 'exercice(s)', 'activité physique', 'sport', 'alimentation'],
    suggestions: ['peut aider à soulager certains symptômes'],
  },
  {
    id: 'effet-subi',
    kind: 'cure',
    hedgeInside: true,
    // The effect told in the passive, the body as its subject, with the act or remedy named in the sentence: « la fermeté
    // et la souplesse du dos sont rétablies », « les graisses sont détruites », « la circulation est relancée ».
    patterns: [
      new RegExp(String.raw`(?<![a-z])${EFFECT_TARGETS}(?:\s+[a-z'-]+){0,5}?\s+(?:est|sont|sera|seront|se\s+trouve(?:nt)?)\s+(?:(?:ainsi|alors|donc|nettement|totalement|enfin|durablement|completement|visiblement|rapidement|immediatement|definitivement)\s+)?(?:restaure|regenere|repare|ameliore|elimine|detruit|supprime|neutralise|stimule|relance|renforce|redensifie|resorbe|soulage|apaise|corrige|gueri|retabli|raffermi|rajeuni|reactive|purifie|draine|detoxifie|booste)e?s?(?![a-z])`, 'u'),
    ],
    needsInSentence: ['traitement(s)', 'technique(s)', 'méthode(s)', 'procédé(s)', 'injection(s)', 'laser(s)', 'séance(s)', 'thérapie(s)', 'cure(s)',
      'complément(s)', 'huile(s) essentielle(s)', 'plante(s)', 'mésothérapie', 'radiofréquence', 'cryolipolyse', 'grâce à', 'grâce au', 'grâce aux', 'après', ...alternativePractices],
    unlessNear: [...naturalHealing, ...medicalFacts, 'médicament(s)', 'chimiothérapie', 'radiothérapie'],
    // the match runs from the body part to the participle: citing a source (added for every cure claim) is the rewording that fits
    suggestions: [],
  },
  {
    id: 'fonction-retrouvee',
    kind: 'cure',
    hedgeInside: true,
    // A body function given back to the reader or to « nos patients » as a fact: « vous retrouverez un sommeil
    // réparateur », « en 3 séances, votre dos retrouve toute sa mobilité », « nos patients retrouvent leur souplesse ».
    patterns: [
      /(?<![a-z])(?:vous|votre\s+[a-z-]+|vos\s+[a-z-]+|nos\s+(?:patient(?:e)?s|client(?:e)?s)|nos\s+[a-z-]+s)\s+(?:(?:enfin|vite|rapidement|ainsi|aussi|alors)\s+)?retrouv(?:ez|erez|e|ent|era|eront)\s+(?:(?:enfin|vite|rapidement|ainsi|tout|toute|toutes|tous)\s+)*(?:un|une|des|votre|vos|sa|son|ses|leur|leurs|la|le|les|l')\s*(?:[a-z-]+\s+)?(?:mobilite|souplesse|forme|energie|vitalite|sommeil|eclat|jeunesse|fermete|confort|audition|vue|vision|serenite|equilibre|liberte\s+de\s+mouvement|sante|transit|appetit|libido|fertilite|densite|silhouette|ventre\s+plat|peau)(?![a-z])/u,
    ],
    needsInSentence: ['séance(s)', 'soin(s)', 'traitement(s)', 'protocole(s)', 'cure(s)', 'consultation(s)', 'grâce', 'après', 'dès', 'en quelques', ...alternativePractices],
    unlessNear: [...naturalHealing, ...medicalFacts, 'médicament(s)', 'repos'],
    unlessSentence: ['si', "s'il", "s'ils", 'pour que', 'afin', 'lorsque', 'quand'],
    suggestions: ['peut aider certains patients'],
  },
  {
    id: 'retrouvez-imperatif',
    kind: 'cure',
    hedgeInside: true,
    patterns: [
      // the imperative, a promise addressed to the reader (« Retrouvez un sommeil profond grâce à nos séances », « soulagez
      // votre dos et retrouvez votre mobilité »)
      /(?<=(?:^|[.!?:;\n•*-]|(?<![a-z])et)\s*)retrouvez\s+(?:(?:enfin|vite|rapidement|ainsi|tout|toute|toutes|tous)\s+)*(?:un|une|des|votre|vos|la|le|les|l')\s*(?:[a-z-]+\s+)?(?:mobilite|souplesse|forme|energie|vitalite|sommeil|eclat|jeunesse|fermete|confort|audition|vue|vision|serenite|equilibre|liberte\s+de\s+mouvement|sante|transit|appetit|libido|fertilite|densite|silhouette|ventre\s+plat|peau|legerete|sourire|chevelure)(?![a-z])/u,
    ],
    // the act or the practice must be credited (« grâce à nos séances »): « retrouvez votre forme après les fêtes :
    // marchez » is advice, with no act
    needsInSentence: ['séance(s)', 'soin(s)', 'traitement(s)', 'protocole(s)', 'cure(s)', 'consultation(s)', 'grâce', 'atelier(s)', ...alternativePractices],
    unlessNear: [...naturalHealing, ...medicalFacts, 'médicament(s)', 'repos'],
    unlessSentence: ['si', "s'il", "s'ils", 'pour que', 'afin', 'lorsque', 'quand', 'conseil*'],
    suggestions: ['peut aider certains patients'],
  },
  {
    id: 'sans-rien-liste',
    kind: 'safety',
    selfNegated: true,
    // Absolute safety listed as fragments: « Pas de cicatrice, pas de douleur, pas d'arrêt de travail. » (two items at
    // least: one « pas de douleur ? » alone asks)
    patterns: [
      /(?<![a-z])pas\s+(?:de\s+|d')(?:cicatrices?|douleurs?|risques?|effets?\s+secondaires?|complications?|sequelles?|danger)\s*(?:,|et)\s*pas\s+(?:de\s+|d')/u,
      /(?<![a-z])pas\s+(?:de\s+|d')[a-z-]+(?:\s+[a-z-]+)?\s*(?:,|et)\s*pas\s+(?:de\s+|d')(?:cicatrices?|douleurs?|risques?|effets?\s+secondaires?|complications?|sequelles?|danger)(?![a-z])/u,
    ],
    unlessSentence: ['si', "s'il", 'même', 'ne signifie pas', "n'est pas"],
    suggestions: ['comporte des risques, comme tout acte'],
  },
  {
    id: 'fois-plus-vite',
    kind: 'cure',
    hedgeInside: true,
    // Speed of recovery multiplied by a remedy named in the sentence: « grâce à la cryothérapie, nos sportifs récupèrent
    // deux fois plus vite », « cicatrise trois fois plus rapidement avec ce soin ».
    patterns: [/(?<![a-z])(?:\d+|deux|trois|quatre|cinq|dix)\s+fois\s+plus\s+(?:vite|rapidement)(?![a-z])/u],
    needsInSentence: ['grâce à', 'grâce au', 'grâce aux', 'avec ce', 'avec cette', 'avec ces', 'avec notre', 'avec nos', 'séance(s)', 'soin(s)', 'traitement(s)',
      'cure(s)', 'protocole(s)', 'cryothérapie', 'laser', ...alternativePractices],
    unlessNear: [...medicalFacts, 'risque(s)', 'virus', 'bactérie(s)', 'propage*', 'transmet*', 'vieilli*'],
    suggestions: ['peut aider certains patients'],
  },
  {
    id: 'pratique-efficace-pour',
    kind: 'cure',
    // A non-conventional practice said effective for something, further on in its sentence (« l'EFT est une méthode
    // simple, rapide et efficace pour apaiser les souvenirs douloureux », « la moxibustion, très efficace contre… »).
    patterns: [
      new RegExp(String.raw`(?<=(?<![a-z])(?:${PRACTICES})(?:[\s,]+[a-z'-]+){0,12}?[\s,]+)(?:(?:tres|particulierement|redoutablement|remarquablement|vraiment|reellement)\s+)?efficaces?\s+(?:pour|contre|dans\s+(?:le|la|les|l')\s*(?:traitement|prise\s+en\s+charge))(?![a-z])`, 'u'),
      // relief offered as lasting or effective (« la réflexologie procure un soulagement rapide et durable », « l'hypnose apporte
      // une réponse efficace aux phobies »)
      new RegExp(String.raw`(?<=(?<![a-z])(?:${PRACTICES})(?:[\s,]+[a-z'-]+){0,4}?[\s,]+)(?:offre|offrent|apporte|apportent|procure|procurent|propose|proposent|garantit|assure)\s+(?:un|une|des)\s+(?:soulagement|approche|reponse|solution|amelioration|resultats?|effets?)\s+(?:(?:[a-z]+)\s+(?:et\s+)?){0,2}?(?:efficaces?|durables?|rapides?|spectaculaires?|remarquables?|definiti(?:f|ve|fs|ves)|radica(?:l|le|ux|les))(?![a-z])`, 'u'),
      // « la sophrologie est une réponse pour guérir l'insomnie », « la réflexologie, la réponse naturelle pour soulager… »
      new RegExp(String.raw`(?<=(?<![a-z])(?:${PRACTICES})(?:[\s,]+[a-z'-]+){0,6}?[\s,]+)(?:une|la)\s+(?:meilleure\s+|vraie\s+|veritable\s+)?(?:solution|reponse|arme|alternative)\s+(?:(?:naturelle|efficace|ideale|douce|durable|rapide)\s+)?(?:pour|contre)\s+(?:${EFFECT_VERB}|guerir|lutter\s+contre|(?:les?|la|l'|vos|votre)\s*(?:${DISEASES}))(?![a-z])`, 'u'),
    ],
    unlessNear: [...naturalHealing, ...medicalFacts],
    suggestions: ['peut aider'],
  },
  {
    id: 'etude-sans-reference',
    kind: 'proof',
    // An unreferenced study that « a révélé » or « conclut » an effect: « une grande enquête menée en clinique a révélé
    // que la méthode était plus efficace que… » (a journal, an author and year or a body named makes it a source).
    patterns: [
      /(?<![a-z])(?:une|cette)\s+(?:(?:vaste|grande|large|recente|nouvelle|importante|enorme|serieuse)\s+)?(?:etude|meta-?analyse|enquete|recherche)[^.!?]{0,200}?\s(?:a\s+(?:meme\s+|egalement\s+|aussi\s+)?)?(?:revele|prouve|demontre|conclu|conclut|etabli|etablit)(?![a-z])/u,
    ],
    needsInClause: ['efficace(s)', 'efficacité', 'amélioration(s)', 'guéri*', 'soulag*', 'réduction', 'diminu*', 'bénéfice(s)', 'bienfait(s)', 'disparai*', 'améliore*', 'plus efficace(s)'],
    suggestions: ['selon une étude publiée (référence à citer)'],
  },
  {
    id: 'resultat-au-rendez-vous',
    kind: 'guarantee',
    // « le résultat est au rendez-vous »: a result promised as an idiom (not a condition: « pour que le résultat soit au rendez-vous »)
    terms: ['le résultat est au rendez-vous', 'les résultats sont au rendez-vous', 'résultat(s) toujours au rendez-vous', 'des résultats au rendez-vous'],
    // « un sourire éclatant sera au rendez-vous », « la silhouette affinée sera au rendez-vous »
    patterns: [
      // (round 13) the results with a qualifier, whatever precedes them: « résultats cutanés restent au rendez-vous »
      /(?<![a-z])resultats?\s+(?:[a-z]+\s+)?(?:est|sont|sera|seront|reste|restent)\s+(?:toujours\s+|bien\s+|enfin\s+)?au\s+rendez-vous(?![a-z])/u,
      /(?<![a-z])(?:ventre\s+plat|silhouette(?:\s+[a-z]+)?|sourire(?:\s+[a-z]+)?|peau\s+[a-z]+|effets?(?:\s+[a-z]+)?|soulagement)\s+(?:est|sont|sera|seront|reste|restent)\s+(?:toujours\s+|bien\s+|enfin\s+)?au\s+rendez-vous(?![a-z])/u],
    unlessNear: ['pour que', 'afin', 'si vous', 'à condition', 'condition(s)'],
    suggestions: [VARIABLE],
  },
  {
    id: 'garantie-du-resultat',
    kind: 'guarantee',
    // « garantit la pérennité du résultat », « pour garantir succès et sécurité »: the result itself is what is
    // guaranteed, whatever else the sentence says about a quote or a place.
    patterns: [
      /(?<![a-z])garanti(?:r|t|ssent|ssons|ra|ront|e|s|es)?\s+(?:(?:la|le|les|un|une|des|votre|vos)\s+)?(?:(?:perennite|reussite|succes|durabilite|efficacite|stabilite|longevite)\s+(?:du|des|de\s+l'|de\s+votre|de\s+vos)\s*)?(?:resultats?|succes|reussite|guerison)(?![a-z])/u,
      // (round 13) the lasting quality of an implant or a graft guaranteed (« garantissant une plus grande durabilité »)
      /(?<![a-z])garanti(?:r|t|ssent|ssant|ra|ront)\s+(?:ainsi\s+|donc\s+)?(?:[a-z]+\s+){0,5}?(?:une\s+|la\s+)?(?:meilleure\s+|plus\s+grande\s+|parfaite\s+|totale\s+)?(?:durabilite|longevite|perennite|tenue\s+dans\s+le\s+temps)(?![a-z])/u,
    ],
    suggestions: [VARIABLE, 'sans garantie de résultat'],
  },
  {
    id: 'preuve-invoquee',
    kind: 'proof',
    // Proof invoked through a participle, a relative or a verb of finding, with words in between: « des années de
    // travaux cliniques prouvant que… », « une enquête récente qui montre que… », « plusieurs essais ont mis en
    // évidence… », « il est aujourd'hui clairement établi que… », « une méthode validée par des études ». A reference in
    // the sentence or the next one makes it checkable (source filter).
    patterns: [
      /(?<![a-z])(?:etudes?|recherches?|essais|travaux|donnees|publications|preuves|experiences|observations|meta-?analyses?)(?:\s+[a-z'-]+){1,6}?\s+(?:demontrant|montrant|prouvant|confirmant|attestant|etablissant|validant)\s+(?:que|qu'|l'|la\s|le\s|les\s|son\s|sa\s|ses\s|leurs?\s|un\s|une\s|des\s|clairement|bien)/u,
      /(?<![a-z])(?:etudes?|recherches?|essais?|travaux|meta-?analyses?|enquetes?|publications?)(?:\s+[a-z'-]+){0,6}?\s+qui\s+(?:(?:a|ont)\s+)?(?:montre|montrent|demontre|demontrent|prouve|prouvent|confirme|confirment|atteste|attestent|etablit|etablissent|revele|revelent|valide|valident)(?![a-z])/u,
      /(?<![a-z])(?:les|des|ces|de\s+(?:tres\s+)?nombreu(?:x|ses)|plusieurs|certaine?s|diverse?s|un\s+certain\s+nombre\s+d'|nombre\s+d'|quelques)\s*(?:etudes|recherches|travaux|essais|publications|meta-?analyses|enquetes)(?:\s+[a-z'-]+){0,6}?\s+(?:ont\s+mis|mettent)\s+en\s+(?:evidence|lumiere|avant)|(?<![a-z])(?:les|des|ces|de\s+(?:tres\s+)?nombreu(?:x|ses)|plusieurs|certaine?s|diverse?s|un\s+certain\s+nombre\s+d'|nombre\s+d'|quelques)\s*(?:etudes|recherches|travaux|essais|publications|meta-?analyses|enquetes)(?:\s+[a-z'-]+){0,6}?\s+(?:font\s+etat|pointent|precisent|soulignent|revelent|ont\s+revele|concluent|ont\s+conclu|valident|ont\s+valide|rapportent|ont\s+rapporte|temoignent|corroborent)(?![a-z])/u,
      // one study said to show something, its description in between (« une enquête menée sur 300 coureurs montre que »;
      // the past tense and the relative are the other patterns')
      /(?<![a-z])(?:une|cette|la\s+derniere|une\s+recente)\s+(?:[a-z-]+\s+)?(?:etude|enquete|recherche|meta-?analyse|experience|experimentation)(?:\s+[a-z'0-9-]+){0,10}?(?<!\s(?:a|ont|qui))\s+(?:montre|demontre|prouve|confirme|revele|atteste|etablit)\s+(?:que|qu'|l'|les\s|la\s|le\s|clairement|bien|un\s|une\s|des\s)/u,
      /(?<![a-z])il\s+(?:est|a\s+ete)\s+(?:aujourd'hui\s+|desormais\s+|maintenant\s+|depuis\s+longtemps\s+)?(?:clairement|bien|scientifiquement|largement|formellement|cliniquement)\s+(?:etabli|demontre|prouve|montre|reconnu|admis)(?![a-z])|(?<![a-z])il\s+est\s+(?:aujourd'hui\s+)?etabli\s+que/u,
      /(?<![a-z])(?:validee?s?|confirmee?s?|appuyee?s?|etayee?s?|soutenue?s?|attestee?s?)\s+par\s+(?:des|de\s+(?:tres\s+)?nombreu(?:x|ses)|plusieurs|les|la)\s+(?:etudes|recherches|travaux|essais|publications|science|donnees\s+scientifiques)(?![a-z])/u,
      /(?<![a-z])(?:s'appuie|s'appuient|s'appuyant|repose|reposent|reposant|fondee?s?|basee?s?)\s+sur\s+(?:des|de\s+nombreuses|plusieurs|des\s+(?:decennies|annees|dizaines\s+d'annees)\s+de)\s+(?:etudes|recherches|travaux|essais|preuves|donnees)\s+(?:scientifiques|cliniques)(?![a-z])/u,
      /(?<![a-z])scientifiquement\s+(?:solides?|fondee?s?|eprouvee?s?|etablie?s?|validee?s?|reconnue?s?|serieuse?s?)(?![a-z])/u,
    ],
    notAfter: ['rarement', 'insuffisamment', 'peu', 'mal', 'guère', 'jamais', 'nullement', 'aucune', 'aucun'],
    suggestions: ['selon les données disponibles (source à citer)', 'des études suggèrent (référence à citer)'],
  },
  {
    id: 'cause-de-nombreuses-maladies',
    kind: 'miracle',
    // A practice's target (a vertebra out of place, « toxins », stagnant blood, blocked energy) sold as the cause of
    // many illnesses: « le sang stagnant, responsable de multiples affections », « un lien direct entre le blocage et
    // d'innombrables troubles ». Only with such a pseudo-mechanism in the sentence: « le tabac est responsable de
    // nombreuses maladies » is public health.
    patterns: [
      /(?<![a-z])(?:responsables?|a\s+l'origine|(?:la|les)\s+causes?|sources?)\s+(?:de|d'|des)\s*(?:tres\s+)?(?:nombreu(?:x|ses)|multiples|innombrables|toutes\s+sortes\s+de|la\s+plupart\s+des|presque\s+toutes\s+les|bien\s+des|beaucoup\s+de|nombre\s+de|la\s+majorite\s+des|maintes?)\s*(?:maladies|pathologies|troubles|maux|affections|problemes\s+de\s+sante|symptomes|desordres)(?![a-z])/u,
      /(?<![a-z])(?:lien|relation|rapport)\s+(?:(?:direct|etroit|evident|certain|de\s+cause\s+a\s+effet)\s+)?entre\s+[^.!?]{1,80}?\s+et\s+(?:les|de|d')\s*(?:innombrables|nombreu(?:x|ses)|multiples|diverses|toutes\s+sortes\s+de)\s+(?:maladies|pathologies|troubles|maux|affections|malaises)(?![a-z])/u,
      /(?<![a-z])(?:engendr|provoqu|caus|entrain|gener|declench)[a-z]*\s+(?:de\s+|d')?(?:tres\s+)?(?:nombreu(?:x|ses)|multiples|innombrables|toutes\s+sortes\s+de)\s+(?:maladies|pathologies|troubles|maux|affections)(?![a-z])/u,
    ],
    needsInSentence: [
      ...alternativePractices, 'subluxation(s)', 'toxine(s)', 'déchet(s)', 'surcharge(s)', 'encrass*', 'blocage(s)', 'bloqué(e)(s)', 'énergie(s)',
      'énergétique(s)', 'mauvais sang', 'sang stagnant', 'sang vicié', 'nuisible(s)', 'déséquilibre(s) énergétique(s)', 'terrain acide', 'acidose',
      'acidification', 'dysbiose', 'candida', 'méridien(s)', 'chakra(s)', 'vertèbre(s) déplacée(s)', 'mémoire(s) cellulaire(s)', 'ventouse(s)',
    ],
    unlessSentence: ['à la mode', 'fondement', 'arnaque(s)', 'mythe(s)', 'charlatan*', 'dérive(s)', 'méfie*', 'aucune preuve', 'prétendu(e)(s)', 'soi-disant'],
    suggestions: ['un lien non démontré avec certains troubles'],
  },
  {
    id: 'disparition-en-un-delai',
    kind: 'cure',
    // The complaint gone within a set time after a remedy named in the sentence: « avec ce sirop, la toux disparaît en
    // deux jours », « grâce à ces séances, vos douleurs s'estompent en une semaine ».
    patterns: [
      new RegExp(String.raw`(?<![a-z])(?:(?:les|vos|leurs|ces|la|le|l'|votre|tes|ses|sa|son)\s*(?:[a-z-]+\s+)?)?(?:symptomes|${DISEASES})\s+(?:[a-z']+\s+){0,2}?(?:disparaissent|disparait|disparaitront|disparaitra|s'estompent|s'estompe|s'envolent|s'envole|cessent|s'attenuent|regressent|partent|s'en\s+vont)\s+(?:en|des|apres|au\s+bout\s+(?:de|d')|sous|dans\s+les)\s+(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|dix|quelques|48|24)\s*(?:(?:a|ou)\s+(?:\d+|deux|trois|quatre|cinq|six)\s+)?(?:heures?|h|jours?|semaines?|seances?|minutes?|mois|consultations?|applications?|prises?)(?![a-z])`, 'u'),
    ],
    needsInSentence: [...remedyInClause, ...products, 'avec ce', 'avec ces', 'avec cette', 'avec cet', 'grâce'],
    unlessNear: [...naturalHealing, ...medicalFacts, 'secondaire(s)', 'indésirable(s)', 'hématome(s)', 'œdème(s)', 'oedème(s)', 'gonflement(s)', 'bleu(s)', 'croûte(s)', 'si', 'sinon', 'consultez'],
    // the match is the whole clause: citing a source (added for every cure claim) is the rewording that fits
    suggestions: [],
  },
  {
    id: 'remede-soulage',
    kind: 'cure',
    // Relief stated as a fact of a remedy or a session named before it in the sentence: « ce massage des pieds soulage
    // les maux d'estomac », « la tisane apaise les migraines ». A hedge (« peut soulager »), a negation or a source
    // makes it information; drugs and public-health facts are other matters.
    patterns: [
      new RegExp(String.raw`(?<![a-z])(?:soulage|soulagent|soulagera|soulageront|apaise|apaisent|apaisera|calme|calment|calmera|attenue|attenuent)\s+(?:(?:efficacement|rapidement|naturellement|durablement|instantanement|immediatement|nettement)\s+)?(?:(?:la|le|les|l'|vos|votre|tes|ton|ta)\s*)(?:[a-z-]+\s+)?(?:${COMPLAINTS}|indigestions?|maux\s+d'estomac|nausees|douleur\s+articulaire)(?![a-z])`, 'u'),
    ],
    needsBefore: products,
    needsBeforeInSentence: true,
    unlessNear: [...naturalHealing, ...medicalFacts, 'antalgique(s)', 'paracétamol', 'ibuprofène', 'anti-inflammatoire(s)', 'médicament(s)', 'glace', 'froid', 'chaleur', 'repos'],
    suggestions: ['peut aider à soulager certains symptômes'],
  },
  {
    id: 'presque-toutes-les-maladies',
    kind: 'guarantee',
    // One remedy for (nearly) every illness: « presque toutes les maladies peuvent être traitées par… », « guérit
    // quasiment tout », « corrige l'ensemble des troubles ». A « peut » does not make a universal claim prudent.
    patterns: [
      /(?<![a-z])(?:presque|quasiment|pratiquement|quasi)\s+(?:toutes\s+les|tous\s+les)\s+(?:maladies|pathologies|troubles|maux|affections|douleurs|problemes\s+de\s+sante|defauts)(?![a-z])/u,
      /(?<![a-z])(?:l'ensemble|la\s+totalite)\s+des\s+(?:maladies|pathologies|troubles|maux|affections|douleurs|defauts\s+(?:refractifs|visuels|de\s+la\s+vue))(?![a-z])/u,
      /(?<![a-z])(?:guerir|soigner|traiter|soulager|guerit|soigne|traite|soulage)\s+(?:quasiment|presque|pratiquement|absolument)\s+tout(?![a-z])/u,
    ],
    needsInSentence: ['soign*', 'trait*', 'guéri*', 'soulag*', 'bénéfici*', 'détect*', 'corrig*', 'amélior*', 'prévenir', 'prévien*', 'agit', 'efficace(s)', 'répond*', 'résou*'],
    unlessSentence: [...medicalFacts, 'pas', 'aucun(e)', 'ne', "n'", 'mythe(s)', 'méfie*', 'prétend*'],
    noHedge: true,
    suggestions: ['certains troubles'],
  },
  // Posts in English or Spanish (issue #7.5): the common claim vocabulary only, read with the same filters.
  {
    id: 'guarantee-en-es',
    kind: 'guarantee',
    terms: [
      'guaranteed result(s)', 'result(s) guaranteed', 'results are guaranteed', 'guaranteed outcome(s)', 'guaranteed success', 'success guaranteed',
      '100% guaranteed', 'permanent result(s)', 'lifetime result(s)', 'lifelong result(s)', 'results that last forever',
      'last(s) forever', 'always effective', '100% effective', 'works every time', 'never fails',
      'permanent solution(s)', 'lifelong solution(s)', 'lifetime solution(s)', 'instant result(s)', 'immediate result(s)', '100% success rate',
      'resultado(s) inmediato(s)', 'solución definitiva', 'solución permanente',
      'resultado(s) garantizado(s)', 'garantizamos resultados', 'garantizamos el resultado', 'éxito garantizado',
      'resultado(s) permanente(s)', 'resultado(s) definitivo(s)', 'para toda la vida', '100% eficaz', 'eficacia garantizada',
      'siempre eficaz', '100% efectivo(s)', '100% efectiva(s)', 'efectivo al 100%', 'efectiva al 100%', 'cura definitiva', 'de por vida', 'sonrisa perfecta', 'sonrisa de por vida',
    ],
    patterns: [
      // « guaranteed hair regrowth », « 98% success rate », « success rate of 95% »
      /(?<![a-z])guaranteed\s+(?:[a-z-]+\s+)?(?:results?|regrowth|success|outcomes?|relief|cure|improvement|weight\s+loss|hair\s+growth)(?![a-z])/u,
      /(?<![a-z0-9.,])\d+(?:[.,]\d+)?\s?%\s+success\s+rate|(?<![a-z])success\s+rate\s+of\s+\d+/u,
      // « resultados naturales y permanentes », « natural and permanent results »
      /(?<![a-z])resultados?\s+(?:[a-z]+\s+(?:y|e)\s+)?(?:permanentes?|definitivos?|garantizados?)(?![a-z])/u,
      /(?<![a-z])(?:[a-z]+\s+and\s+)(?:permanent|guaranteed|lifelong)\s+results?(?![a-z])/u,
      // (round 10) the same as a predicate: « los resultados son definitivos », « the results are permanent »
      /(?<![a-z])resultados?\s+(?:son|es|seran|sera)\s+(?:totalmente\s+|completamente\s+)?(?:permanentes?|definitivos?|garantizados?)(?![a-z])/u,
      /(?<![a-z])results?\s+(?:are|is|will\s+be)\s+(?:completely\s+|totally\s+|fully\s+)?(?:permanent|guaranteed|lifelong)(?![a-z])/u,
      // « tasa de éxito del 99% », « never catch a cold again »
      /(?<![a-z])tasa\s+de\s+(?:exito|curacion)\s+(?:del?\s+)?\d+/u,
      /(?<![a-z])never\s+(?:catch|get|have|suffer\s+from)\s+(?:a\s+|any\s+)?(?:colds?|flu|pain|migraines?|back\s+pain|acne|headaches?)\s+again(?![a-z])/u,
    ],
    unlessNear: foreignNegations,
    suggestions: [VARIABLE],
  },
  {
    id: 'cure-en-es',
    kind: 'cure',
    // « our laser eliminates wrinkles », « say goodbye to back pain », « el ozono cura la hernia discal »
    patterns: [
      /(?<![a-z])(?:cures?|heals?|eliminates?|eradicates?|gets?\s+rid\s+of|reverses?|erases?)\s+(?:your\s+|the\s+|all\s+|any\s+)?(?:[a-z-]+\s+)?(?:wrinkles|acne|pain|anxiety|depression|arthritis|cellulite|hair\s+loss|tinnitus|migraines?|insomnia|diabetes|cancer|scars?|fat|stress|sciatica|infertility|aging|ageing)(?![a-z])/u,
      // « boosts your immune system », « protects you from viruses »
      /(?<![a-z])(?:boosts?|strengthens?|supercharges?)\s+(?:your\s+|the\s+)?(?:immune\s+system|immunity|natural\s+defen[cs]es)(?![a-z])/u,
      /(?<![a-z])protects?\s+(?:you\s+|your\s+family\s+)?(?:from|against)\s+(?:viruses|colds?|flu|infections?|cancer)(?![a-z])/u,
      /(?<![a-z])say\s+goodbye\s+to\s+(?:your\s+)?(?:[a-z-]+\s+){0,2}?(?:wrinkles|acne|pain|anxiety|cellulite|hair\s+loss|glasses|fat|stress|migraines?|insomnia|scars?)(?![a-z])/u,
      /(?<![a-z])(?:cura|curan|elimina|eliminan|acaba\s+con|acaban\s+con|adios\s+a)\s+(?:(?:la|las|el|los|tu|tus|su|sus)\s+)?(?:[a-z-]+\s+)?(?:hernias?|arrugas|dolor(?:es)?|celulitis|ansiedad|depresion|artrosis|acne|cancer|migranas?|caida\s+del\s+cabello|grasa|estres|insomnio|manchas|cicatrices)(?![a-z])/u,
    ],
    unlessNear: foreignNegations,
    suggestions: ['peut aider à soulager certains symptômes'],
  },
  {
    id: 'forever-en',
    kind: 'guarantee',
    // « eliminates wrinkles for good », « pain-free forever »: a lasting result in English
    terms: ['for good', 'forever', 'permanently', 'for the rest of your life', 'for life', 'lifelong'],
    needsInClause: ['pain', 'wrinkle(s)', 'result(s)', 'goodbye', 'gone', 'eliminate*', 'remove*', 'hair', 'grow*', 'fat', 'cellulite', 'acne', 'scar(s)', 'smile', 'teeth',
      'anxiety', 'depression', 'stress', 'insomnia', 'migraine(s)', 'tinnitus', 'treat*', 'cure*', 'heal*'],
    unlessNear: foreignNegations,
    suggestions: [VARIABLE],
  },
  {
    // « no existe ningún riesgo », « sin ninguna complicación »: in Spanish the « no » goes with « ningún », the
    // whole says there is no risk (as « il n'existe aucun risque »), it does not deny a claim.
    id: 'ningun-riesgo',
    kind: 'safety',
    selfNegated: true,
    // Not « ningún riesgo demostrado » (nothing shown, a different statement).
    patterns: [/(?<![\p{L}])ningun(?:a)?\s+(?:riesgo|peligro|complicacion|efecto\s+(?:secundario|adverso))(?![\p{L}])(?!\s+(?:demostrad|probad|conocid|grave|importante|significativ)\p{L}*)/u],
    // A warning or a promise reported of others (« cuidado con las clínicas que prometen… »).
    unlessNear: ['cuidado con', 'desconfíe', 'desconfíen', 'desconfía', 'mito(s)', 'prometen', 'promete', 'engaño(s)'],
    suggestions: ['comporte des risques, comme tout acte'],
  },
  {
    id: 'safety-en-es',
    kind: 'safety',
    sansIsClaim: true,
    terms: [
      'painless', 'pain-free', 'pain free', 'no pain', 'absolutely no pain', 'zero pain', 'without pain', 'risk-free', 'risk free', 'no risk(s)', 'zero risk', 'without risk(s)',
      'no side effect(s)', 'without side effect(s)', 'completely safe', 'totally safe', '100% safe', '100% natural',
      // a risk or a success said as a fact (« virtually no risk, and a very high success rate »)
      'very low risk', 'extremely low risk', 'virtually no risk', 'high success rate', 'very high success rate',
      'sin dolor', 'indoloro(s)', 'indolora(s)', 'sin riesgo(s)', 'cero riesgo(s)', 'sin efectos secundarios',
      'sin ningún riesgo', 'totalmente seguro(s)', 'totalmente segura(s)', '100% seguro(s)', '100% segura(s)',
    ],
    // « no pain, no gain » is a motto, not a promise
    unlessNear: [...foreignNegations, 'gain'],
    suggestions: ['comporte des risques, comme tout acte'],
  },
  {
    id: 'proof-en-es',
    kind: 'proof',
    terms: [
      'clinically proven', 'scientifically proven', 'proven by science', 'science-backed', 'clinically tested and proven',
      'clínicamente probado(s)', 'clínicamente probada(s)', 'científicamente probado(s)', 'científicamente probada(s)',
      'clínicamente comprobado(s)', 'científicamente demostrado(s)', 'científicamente demostrada(s)',
    ],
    unlessNear: foreignNegations,
    suggestions: ['selon les données disponibles (source à citer)'],
  },
  {
    id: 'miracle-en-es',
    kind: 'miracle',
    terms: ['miracle cure', 'magic cure', 'milagro(s)', 'milagroso(s)', 'milagrosa(s)', 'cura milagrosa', 'detoxify your body'],
    unlessNear: foreignNegations,
    suggestions: ['peut aider certains patients'],
  },
];

/** Hedges near a claim make it prudent ("peut soulager", "le plus souvent indolore"). */
export const hedges = [
  'peut', 'peuvent', 'pourrait', 'pourraient', 'parfois', 'souvent', 'le plus souvent', 'en général', 'généralement',
  'la plupart', 'chez certain(e)s', 'certain(e)s patient(e)s', 'en moyenne', 'quasi', 'quasiment', 'presque', 'pratiquement',
  'relativement', 'peu', 'semble', 'semblent', 'possible(s)', 'probablement', 'aider à', 'aide à', 'contribue(r) à', 'dans certains cas',
  'éventuellement', 'variable(s)', 'varient', 'dans la majorité des cas',
  // (round 13) what is known, set out as such (« selon l'état des connaissances, ces exercices sont efficaces »)
  'connaissances actuelles', 'état des connaissances', 'état actuel des connaissances',
  // an effect held to a condition is no promise (« désengorge les tissus, à condition d'être régulier »)
  'à condition de', "à condition d'", 'à condition que', "à condition qu'", 'à condition toutefois',
  // frequency adverbs that make a statement typical, not certain (« habituellement indolore », « en principe »)
  'habituellement', 'en principe', 'normalement', 'en règle générale', 'fréquemment', 'la grande majorité', 'la majorité des',
  // the conditional reports or supposes, it does not promise (« permettrait de guérir », « serait sans risque »)
  'permettrait', 'permettraient', 'aiderait', 'aideraient', 'serait', 'seraient', 'aurait', 'auraient', 'semblerait',
  // English and Spanish posts
  'may', 'might', 'can', 'could', 'usually', 'generally', 'often', 'most patients', 'in most cases', 'vary', 'varies',
  'puede', 'pueden', 'podría', 'podrían', 'suele(n)', 'generalmente', 'normalmente', 'en la mayoría', 'varían',
];


/** Questions that sell rather than ask: « Envie d’un sourire parfait à vie ? », « Et si vous guérissiez enfin ? ». */
export const pitchQuestions = [
  'envie', 'marre', 'vous voulez', 'vous souhaitez', 'vous rêvez', 'et si', 'besoin', 'pourquoi attendre', 'prêt(e)(s) à', 'vous aussi',
];
