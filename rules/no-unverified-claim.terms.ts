// DATA ONLY: the vocabulary of unverified medical claims (DOMAIN.md §2.d). Add forms here, never code.
// Patterns run on folded text: lowercase, no accents, ' for every apostrophe, " for « » “ ”.
import type { TermEntry } from '../src/french/lexicon.js';

export type ClaimKind = 'cure' | 'guarantee' | 'safety' | 'proof' | 'miracle' | 'abstention';

export interface ClaimTerm extends TermEntry {
  kind: ClaimKind;
  /** The term is itself a "sans …" or "aucun …" claim: a "sans" before it does not negate it. */
  sansIsClaim?: boolean;
  /** The term carries its own negation ("ne tombent jamais"): no negation check. */
  selfNegated?: boolean;
  /** Reported only when one of these occurs in the same clause (what the claim is about). */
  needsInClause?: readonly string[];
  /** Reported only when one of these occurs within six words before (the act that is promised). */
  needsBefore?: readonly string[];
  /** Not reported right after one of these: a condition, not a claim ("même sans douleur", "si vous êtes sans fièvre"). */
  notAfter?: readonly string[];
  /** Not reported when one of these occurs within six words either side (another sense of the word). */
  unlessNear?: readonly string[];
  /** Not reported when one of these occurs in the sentence. */
  unlessSentence?: readonly string[];
}

/** What a lasting-result word ("à vie", "définitivement") must be about to be a result claim. */
export const resultCues = [
  'résultat(s)', 'effet(s)', 'élimine*', 'éliminer', 'supprime*', 'efface*', 'disparai*', 'disparaî*', 'disparu(e)(s)',
  'débarrass*', 'soulag*', 'guéri*', 'corrige*', 'règle', 'réglé(e)(s)', 'résout', 'résolu(e)(s)', 'adieu', 'fini(e)(s)',
  'éclatant(e)(s)', 'blanc(he)(s)', 'lisse(s)', 'jeune(s)', 'rajeuni*', 'mince(s)', 'raffermi(e)(s)', 'plat(e)(s)', 'parfait(e)(s)',
  'sublime(s)', 'net(te)(s)', 'repousse', 'soigne', 'soignent', 'traite', 'traitent', 'dure', 'durent', 'tient', 'tiennent', 'répare(nt)', 'réparé(e)(s)', 'régénère(nt)', 'stoppe(nt)', 'stoppé(e)(s)', 'protégé(e)(s)', 'libéré(e)(s)', 'plus jamais', 'correction', 'disparition',
];

/** Lasting words in a sense that is not a result promise (a treatment for life, a risk, a closure). */
const durationSenses = [
  'traitement(s)', 'suivi', 'surveillance', 'séquelle(s)', 'handicap', 'cicatrice(s)', 'dommage(s)', 'lésion(s)',
  'dépendance', 'contraception', 'stérilisation', 'ferme', 'fermé(e)', 'fermeture', 'quitte', 'cesse', 'arrête', 'interdit(e)(s)',
  'maquillage', 'secondaire(s)', 'indésirable(s)', 'complication(s)', 'risque(s)', 'perte', 'insuline', 'médicament(s)',
  'chronique(s)', 'certification', 'diagnostic', 'décision', 'vaccin*', 'immunité', 'maladie(s)',
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
  'constructeur', 'fabricant', 'conformité', 'légale', 'extension', 'sav', 'pièces', 'appareil(s)', 'matériel', 'monture(s)',
];

/** An act or product: "sans douleur" and "indolore" promise something only about an act. */
const acts = [
  'opération(s)', 'intervention(s)', 'injection(s)', 'soin(s)', 'séance(s)', 'traitement(s)', 'acte(s)', 'extraction(s)',
  'détartrage(s)', 'méthode(s)', 'technique(s)', 'épilation(s)', 'chirurgie(s)', 'pose', 'examen(s)', 'blanchiment(s)',
  'laser', 'piqûre(s)', 'implant(s)', 'greffe(s)', 'lifting(s)', 'protocole(s)', 'procédure(s)', 'anesthésie(s)', 'prothèse(s)',
  'accouchement', 'botox', 'peeling(s)', 'liposuccion', 'mésothérapie', 'cryolipolyse', 'hifu', 'fils', 'rhinoplastie',
  'produit(s)', 'crème(s)', 'complément(s)', 'cure(s)', 'massage(s)', 'manipulation(s)', 'vaccin(s)', 'prélèvement(s)',
  'prise de sang', 'frottis', 'dévitalisation', 'couronne(s)', 'facette(s)', 'aligneur(s)', 'gouttière(s)', '100 %',
];

/** Healing that happens by itself ("guérit spontanément"): information, not a promise. */
const naturalHealing = [
  'spontanément', 'tout(e)(s) seul(e)(s)', "d'elle-même", 'de lui-même', "d'eux-mêmes", "d'elles-mêmes", 'une fois',
  "jusqu'à", 'déclaré(e)(s)', 'considéré(e)(s)', 'sans traitement', 'sans antibiotique(s)', 'sans séquelle(s)',
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
const COMPLAINTS = String.raw`(?:douleurs?|migraines?|maux|mal\s+de\s+dos|rides|ridules|cellulite|kilos|boutons|acne|insomnies?|ronflements?|lunettes|crises|allergies|varices|vergetures|taches|caries|lombalgies?|sciatiques?|tendinites?|rhumes?|angines?|otites|infections|inflammations|bouffees\s+de\s+chaleur|fuites|cicatrices|cheveux\s+blancs|calvitie|chute\s+de\s+cheveux)`;

/** Treatments people are told to drop (folded, regex alternation). */
const DRUGS = String.raw`(?:traitements?(?:\s+medicamenteux)?|medicaments?|chimio\p{L}*|radiotherapie|insuline|antidepresseurs?|antibiotiques?|anti-?inflammatoires?|anticoagulants?|antihypertenseurs?|vaccins?|vaccination|corticoides|cortisone|levothyrox|statines?|anxiolytiques?|neuroleptiques?|antiepileptiques?)`;
const drug = (before: string) => new RegExp(String.raw`(?<![\p{L}])${before}${DRUGS}(?![\p{L}])`, 'u');

export const claimTerms: ClaimTerm[] = [
  {
    id: 'guerison',
    kind: 'cure',
    patterns: [
      // "guérit la lombalgie", "guérir définitivement le stress": the verb with an object is a promise;
      // "l'entorse guérit en trois semaines" (no object) describes natural healing.
      /(?<![\p{L}])gueri(?:r|t|ssent|ssons|ssez|ra|ront|rait|raient|ssait|ssaient|ssant|rez)(?=\s+(?:l'|(?:\d+|la|le|les|un|une|des|du|votre|vos|ton|ta|tes|ce|cet|cette|ces|son|sa|ses|leur|leurs|tout|toute|toutes|tous|definitivement|totalement|completement|vraiment|enfin|radicalement|durablement|naturellement\s+(?:la|le|les|vos|votre))(?![\p{L}])))/u,
      // participles: "vous serez guéri", "100 % de patients guéris" (not "une fois guéri", "déclaré guéri").
      /(?<![\p{L}])gueri(?:e|s|es)?(?![\p{L}'])/u,
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
      /(?<![\p{L}])(?:elimine|eliminent|eliminer|supprime|suppriment|supprimer|efface|effacent|effacer|corrige|corrigent|corriger|soigne|soignent|soigner|traite|traitent|resout|resolvent|regle|reglent|vient a bout de|viennent a bout de)(?:\s+[\p{L}']+){0,2}?\s+(?:toutes|tous)\s+(?:les|vos|ces|tes|leurs)\s+(?!jours|ans|mois|semaines|matins|soirs|patients|patientes|ages|deux|trois|quatre|six|\d)[\p{L}]+/u,
      /(?<![\p{L}])(?:fait|font|faire|faisons|fera|feront)\s+disparaitre(?![\p{L}])/u,
      // "élimine la cellulite", "efface vos rides": a complaint made to vanish
      new RegExp(String.raw`(?<![\p{L}])(?:elimine|eliminent|eliminera|efface|effacent|effacera)\s+(?:(?:la|le|les|vos|votre|l'|tes|ta|ton)\s*)?${COMPLAINTS}(?![\p{L}])`, 'u'),
      /(?<![\p{L}])(?:vient|viennent|viendra|viendront)\s+a\s+bout\s+(?:de|du|des|d')(?![\p{L}])/u,
      new RegExp(String.raw`(?<![\p{L}])(?:(?:fini|finis|finie|finies|termine|terminees)\s+(?:les|la|le|vos|votre|l')\s*|(?:dites|dire)\s+adieu\s+(?:a|aux)\s+(?:vos\s+|votre\s+|la\s+|le\s+|l')?|plus\s+jamais\s+(?:de\s+|d')?)${COMPLAINTS}(?![\p{L}])`, 'u'),
    ],
    unlessNear: ['risque(s)', 'excès'],
    suggestions: ['peut atténuer', 'peut améliorer'],
  },
  {
    id: 'resultat-durable',
    kind: 'guarantee',
    terms: [
      'définitivement', 'de façon définitive', 'de manière définitive', 'de façon permanente', 'de manière permanente',
      'pour toujours', 'à jamais', 'à vie', 'pour de bon', 'permanent(e)(s)', 'toute la vie', 'toute une vie', 'toute votre vie',
    ],
    needsInClause: resultCues,
    unlessNear: durationSenses,
    suggestions: [VARIABLE, 'durablement chez certains patients'],
  },
  {
    id: 'resultat-immediat',
    kind: 'guarantee',
    // "efface vos rides en une seule séance", "soulagement dès la première séance": a result promised on a schedule
    terms: ['en une seule séance', 'en une séance', 'dès la première séance', 'dès la 1re séance', 'dès la 1ère séance', 'en une seule injection'],
    needsInClause: resultCues,
    suggestions: ['en plusieurs séances, avec des résultats variables selon les patients'],
  },
  {
    id: 'solution-definitive',
    kind: 'guarantee',
    terms: ['solution(s) définitive(s)', 'disparition définitive', 'correction définitive', 'effet(s) définitif(s)', 'résultat(s) permanent(s)', 'effet(s) permanent(s)'],
    unlessNear: durationSenses,
    suggestions: [VARIABLE],
  },
  {
    id: 'resultat-garanti',
    kind: 'guarantee',
    terms: [
      'garanti(e)(s)', 'garantit', 'garantissons', 'garantissent', 'garantir', 'à coup sûr', 'à tous les coups', 'infaillible(s)',
      'succès assuré', 'résultat(s) assuré(s)', 'effet(s) assuré(s)', 'guérison assurée', 'efficacité assurée', 'réussite assurée',
      'sans échec', 'zéro échec', 'taux de réussite de 100 %', 'guérison garantie', 'résultat(s) garanti(s)', 'succès garanti',
    ],
    unlessNear: guaranteeSenses,
    suggestions: [VARIABLE, 'sans garantie de résultat'],
  },
  {
    id: 'efficacite-totale',
    kind: 'guarantee',
    patterns: [
      /(?:100|cent)\s?(?:%|pour\s?cent)\s+(?:efficaces?|efficacite|de reussite|de succes|de resultats?|garanti\p{L}*|fiable|de satisfaction|satisfait\p{L}*|soulag\p{L}*)(?![\p{L}])/u,
      /(?<![\p{L}])(?:efficaces?|efficacite|reussite|succes|soulage|soulagent|soulagement|resultats?|fiables?|guerissent|gueri\p{L}*)\s+(?:a|de)\s+(?:100|cent)\s?(?:%|pour\s?cent)/u,
    ],
    suggestions: ['efficace chez une partie des patients', VARIABLE],
  },
  {
    id: 'plus-jamais',
    kind: 'guarantee',
    // "nos greffes ne tombent jamais", "vous n'aurez plus jamais de carie": a guarantee written as a negation.
    patterns: [
      /(?<![\p{L}])(?:ne\s+(?:tomb|revien|recidiv|rechut|reapparai)\p{L}*|n'aure[sz]|n'aura|ne\s+souffrire[sz])\s+(?:plus\s+)?jamais(?![\p{L}])/u,
    ],
    selfNegated: true,
    suggestions: [VARIABLE],
  },
  {
    id: 'sans-risque',
    kind: 'safety',
    sansIsClaim: true,
    notAfter: conditions,
    terms: [
      'sans risque(s)', 'sans aucun risque', 'sans danger', 'sans aucun danger', 'zéro risque', 'risque zéro',
      '0 risque', 'sans effet(s) secondaire(s)', 'sans aucun effet secondaire', 'sans effet(s) indésirable(s)',
      'sans aucun effet indésirable', 'sans effet(s) néfaste(s)', 'zéro effet(s) secondaire(s)', 'zéro effet(s) indésirable(s)',
      'sans cicatrice(s)', 'sans aucune cicatrice', 'zéro cicatrice',
      'cicatrice(s) invisible(s)', 'zéro complication(s)', 'sans aucune complication', '100 % naturel(le)(s)',
      '100 % sûr(e)(s)', '100 % sans risque', 'totalement sûr(e)(s)', 'sans chimie', 'sans contre-indication(s)',
      'zéro douleur', 'sans aucune douleur',
    ],
    patterns: [
      // "aucun risque", "aucune complication" (not "aucun risque démontré", "aucun effet indésirable grave connu")
      /(?<![\p{L}])aucun(?:e)?\s+(?:risque|danger|complication|contre-indication|effet\s+(?:secondaire|indesirable))(?![\p{L}])(?!\s+(?:n'a|n'est|ne\s)|\s+(?:demontre|connu|identifie|avere|etabli|prouve|particulier|majeur|grave|serieux|notable|significatif)\p{L}*)/u,
      /(?<![\p{L}])sans\s+(?:la\s+moindre|le\s+moindre)\s+(?:douleur|sensibilite|gene|risque|danger|cicatrice|complication|effet\p{L}*|sequelle|trace|inconfort)s?(?![\p{L}])/u,
      /(?<![\p{L}])naturel(?:le)?s?\s*,?\s+donc\s+(?:sans\s+(?:danger|risque)|sur|sure|inoffensi\p{L}*|sain\p{L}*)(?![\p{L}])/u,
    ],
    suggestions: ['comporte des risques, comme tout acte', 'généralement bien toléré'],
  },
  {
    id: 'sans-douleur',
    kind: 'safety',
    sansIsClaim: true,
    notAfter: conditions,
    terms: ['sans douleur', 'indolore(s)'],
    needsBefore: acts,
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
    ],
    patterns: [
      // "des centaines d'études le prouvent", "les recherches montrent que…" (a reference would neutralise it)
      /(?<![\p{L}])(?:etudes|recherches|essais|scientifiques|travaux)\s+(?:l'|le\s+|la\s+)?(?:prouvent|montrent|demontrent|confirment|attestent)(?![\p{L}])/u,
    ],
    suggestions: ['selon les données disponibles (source à citer)', 'des études suggèrent (référence à citer)'],
  },
  {
    id: 'miracle',
    kind: 'miracle',
    terms: ['miraculeux', 'miraculeuse(s)', 'détox', 'détoxifiant(e)(s)', 'détoxifier', 'détoxifie', 'détoxination', 'drainer les toxines', 'boost immunitaire'],
    patterns: [
      /(?<![\p{L}])miracles?(?![\p{L}])(?!\s+de\s+(?:la\s+vie|la\s+naissance|noel))/u,
      /(?<![\p{L}])(?:remede|solution|pilule|potion|formule|creme|recette|methode|produit|traitement|effet|baguette|cure|huile|complement|poudre|gelule|plante|astuce|resultat|soin)s?\s+magiques?(?![\p{L}])/u,
      // "drainer les toxines", "purifier l'organisme de ses toxines" (not "les reins éliminent les toxines")
      /(?<![\p{L}])(?:drain|purg|purifi|nettoi|nettoy|evacu|liber|debarrass|chass)\p{L}*\s+(?:[\p{L}']+\s+){0,5}?toxines(?![\p{L}])/u,
      /(?<![\p{L}])toxines\s+accumulees(?![\p{L}])/u,
      // "ce complément booste votre immunité" (a product's claim; not the advice "boostez vos défenses : sommeil, sport…")
      /(?<![\p{L}])(?:booste|boostent|boostera|boosteront|renforce|renforcent|renforcera|stimule|stimulent|decuple|decuplent)\s+(?:votre\s+|vos\s+|l'|les\s+|le\s+|ton\s+|tes\s+)?(?:immunite|defenses|systeme immunitaire)/u,
      // "rajeunit la peau", "rajeunissez de 10 ans" (not the slogan "rajeunissez sans chirurgie": aesthetic promotion)
      /(?<![\p{L}])rajeuni(?:t|ssent|ra|ront)(?=\s+(?:l'|(?:la|le|les|votre|vos|ton|ta|tes|son|sa|ses)(?![\p{L}])))/u,
      /(?<![\p{L}])rajeuni(?:r|t|ssent|ssez|ssons|ra|ront|rez)(?:\s+[\p{L}']+){0,3}?\s+de\s+\d+\s+ans(?![\p{L}])/u,
      /(?<![\p{L}])(?:maigri\p{L}*|minci\p{L}*|perd\p{L}*\s+\d+\s?(?:kg|kilos?))(?:\s+[^\s.!?]+){0,4}?\s+sans\s+(?:aucun\s+|le\s+moindre\s+)?efforts?(?![\p{L}])/u,
    ],
    unlessNear: ['digitale', 'numérique', 'écrans', 'pensée', 'vaccin*'],
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
      drug(String.raw`alternatives?\s+(?:[\p{L}]+\s+)?(?:a|aux)\s+(?:la\s+|l')?`),
    ],
    unlessSentence: medicalAdvice,
    suggestions: ['ne modifiez jamais votre traitement sans l’avis de votre médecin'],
  },
];

/** Hedges near a claim make it prudent ("peut soulager", "le plus souvent indolore"). */
export const hedges = [
  'peut', 'peuvent', 'pourrait', 'pourraient', 'parfois', 'souvent', 'le plus souvent', 'en général', 'généralement',
  'la plupart', 'chez certain(e)s', 'certain(e)s patient(e)s', 'en moyenne', 'quasi', 'quasiment', 'presque', 'pratiquement',
  'relativement', 'peu', 'semble', 'semblent', 'possible(s)', 'probablement', 'aider à', 'aide à', 'contribue(r) à', 'dans certains cas',
  'éventuellement', 'variable(s)', 'varient', 'dans la majorité des cas',
];


/** Questions that sell rather than ask: « Envie d’un sourire parfait à vie ? », « Et si vous guérissiez enfin ? ». */
export const pitchQuestions = [
  'envie', 'marre', 'vous voulez', 'vous souhaitez', 'vous rêvez', 'et si', 'besoin', 'pourquoi attendre', 'prêt(e)(s) à', 'vous aussi',
];
