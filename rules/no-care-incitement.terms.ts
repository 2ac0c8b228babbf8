// DATA ONLY: the vocabulary of incitement to unnecessary care (DOMAIN.md §2.i). Add forms here, never code.
// Patterns run on folded text: lowercase, no accents, ' for every apostrophe.
import type { TermEntry } from '../src/french/lexicon.js';

export interface CareTerm extends TermEntry {
  /**
   * 'urgency': "n'attendez pas", "ne laissez pas … s'installer": an incitement when the sentence is about care;
   * 'fear': "on ne sait jamais", "par précaution": an incitement when the sentence names an exam, an act or a booking;
   * 'nudge': "il est temps de", "sans attendre": an incitement when the sentence names an exam or an aesthetic act;
   * 'universal': care for everyone or regardless of symptoms, when the sentence names care;
   * 'universalWeak': "pour tous", "systématiquement", when the sentence names an exam and recommends or repeats it;
   * 'age': "dès 25 ans", with an aesthetic act, or with a check-up-like exam that is recommended;
   * 'preventive': an aesthetic act sold as prevention; 'scarcity': booking pressure;
   * 'routine': a preventive or maintenance visit given a calendar rhythm (« bilan préventif annuel »).
   */
  kind: 'urgency' | 'fear' | 'nudge' | 'universal' | 'universalWeak' | 'age' | 'preventive' | 'scarcity' | 'routine';
  /** The term carries its own negation ("n'attendez pas"): no negation check. */
  selfNegated?: boolean;
  /** Not reported when one of these occurs in the sentence (another reading: caution, reflection). */
  unlessSentence?: readonly string[];
}

export const careTerms: CareTerm[] = [
  {
    id: 'attendre',
    kind: 'urgency',
    selfNegated: true,
    terms: ['il ne faut pas attendre', 'il sera trop tard', "qu'il ne soit trop tard", "qu'il soit trop tard", 'ne négligez pas', 'ne negligez jamais', 'pourquoi attendre'],
    patterns: [
      // "n'attendez pas d'avoir des symptômes", "n'attendez pas : …" (not "n'attendez plus pour découvrir")
      /(?<![\p{L}])n'attends?(?:ez)?\s+pas(?![\p{L}])(?:\s+(?:d'avoir|d'etre|que|qu'il|qu'elle|qu'ils|les\s+premiers|la\s+premiere|l'apparition|le\s+dernier|d'en\s+souffrir)(?:\s+[\p{L}']+){0,3})?/u,
      /(?<![\p{L}])avant\s+que\s+(?:[\p{L}']+\s+){1,3}(?:ne\s+)?(?:s'aggrave|s'aggravent|empire|empirent|degenere|degenerent|s'installe|s'installent)(?![\p{L}])/u,
    ],
    suggestions: ['Consultez si les symptômes apparaissent ou persistent', 'En cas de doute, parlez-en à votre médecin'],
  },
  {
    id: 'pas-besoin-d-avoir-mal',
    kind: 'urgency',
    selfNegated: true,
    // « Pas besoin d'avoir mal pour consulter », « il n'est pas nécessaire de souffrir pour venir » (the same push as
    // « n'attendez pas d'avoir mal », written as a reassurance), « l'absence de douleur ne veut pas dire que tout va bien ».
    patterns: [
      /(?<![a-z])(?:(?:il\s+)?n'est\s+(?:donc\s+|absolument\s+|surtout\s+)?pas\s+(?:necessaire|utile|indispensable|obligatoire)|pas\s+(?:besoin|necessaire|la\s+peine)|nul\s+besoin|inutile|sans\s+attendre)\s+(?:d'|de\s+)(?:attendre\s+(?:d'|de\s+))?(?:avoir\s+(?:mal|des\s+douleurs|des\s+symptomes|un\s+probleme)|souffrir|etre\s+malade|etre\s+bloque\p{L}*)\s+pour\s+(?:[a-z']+\s+){0,2}?(?:consulter|venir|faire\s+appel|prendre\s+(?:rendez-vous|rdv)|voir|pousser\s+la\s+porte|faire\s+un\s+bilan|faire\s+controler|se\s+faire\s+soigner)(?![a-z])/u,
      /(?<![a-z])(?:l'absence\s+de|ne\s+pas\s+avoir\s+de?|ne\s+pas\s+avoir)\s*(?:douleurs?|symptomes?|mal|signes?)\s+ne\s+(?:signifie|veut\s+dire)\s+pas(?![a-z])/u,
    ],
    suggestions: ['Consultez si les symptômes apparaissent ou persistent', 'Votre praticien vous dira si un suivi est utile'],
  },
  {
    id: 'ceux-qui-hesitent',
    kind: 'nudge',
    selfNegated: true,
    // Addressed to the undecided next to an act: « pour celles qui hésitent encore », « franchissez le pas ».
    terms: [
      'pour ceux qui hésitent', 'pour celles qui hésitent', 'pour ceux et celles qui hésitent', 'à ceux qui hésitent',
      'à celles qui hésitent', 'qui hésitent encore', 'qui hésitent toujours', 'vous hésitez encore', 'vous hésitez toujours',
      'sautez le pas', 'sauter le pas', 'franchissez le pas', 'franchir le pas', 'passez le cap', 'lancez-vous',
    ],
    unlessSentence: ['réfléchir', 'réflexion', 'prenez le temps', 'informez-vous', 'avant de', 'délai', 'questions'],
    suggestions: ['Votre praticien vous expliquera les indications et les risques'],
  },
  {
    id: 'routine-preventive',
    kind: 'routine',
    // A preventive or maintenance visit on a calendar (« bilans préventifs annuels », « séance d'entretien à chaque
    // changement de saison »): routine care for everyone, whatever the modal (« peuvent être effectués »).
    terms: [
      'bilan(s) préventif(s)', 'bilan(s) de prévention', 'consultation(s) préventive(s)', 'consultation(s) de prévention',
      'visite(s) préventive(s)', 'séance(s) préventive(s)', 'contrôle(s) préventif(s)', 'séance(s) d\'entretien',
      'soin(s) d\'entretien', 'soin(s) de maintien', 'traitement(s) d\'entretien', 'maintenance préventive',
      'séance(s) de rafraîchissement', 'bilan(s) d\'entretien', 'séance(s) de prévention', 'contrôle(s) de prévention',
    ],
    suggestions: ['selon votre situation et l’avis de votre praticien'],
  },
  {
    id: 'ne-laissez-pas',
    kind: 'urgency',
    selfNegated: true,
    patterns: [
      // "Ne laissez pas une scoliose s'installer", "ne laissez pas la cellulite gâcher votre été"
      /(?<![\p{L}])ne\s+laiss(?:ez|e|ons)\s+(?:pas|jamais)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:s'installer|devenir|gacher|vous\s+gacher|ruiner|vous\s+ruiner|s'aggraver|empirer|degenerer|gagner\s+du\s+terrain|prendre\s+le\s+dessus|s'etendre|vous\s+pourrir|vous\s+gacher\s+la\s+vie)(?![\p{L}])/u,
    ],
    suggestions: ['Si cela vous gêne, parlez-en à votre praticien'],
  },
  {
    id: 'chaque-jour',
    kind: 'urgency',
    selfNegated: true,
    terms: ['chaque jour sans traitement', 'chaque jour sans soin(s)', 'chaque jour qui passe', 'chaque jour de retard', 'chaque semaine sans traitement', 'chaque mois sans traitement'],
    suggestions: ['Parlez-en à votre praticien pour savoir si un traitement est utile'],
  },
  {
    id: 'peur',
    kind: 'fear',
    selfNegated: true,
    terms: [
      'ne prenez pas de risque(s)', 'ne prenez aucun risque', 'ne prenez pas le risque', 'on ne sait jamais', 'par précaution',
      'pour être tranquille', "pour avoir l'esprit tranquille", "pour l'esprit tranquille", "l'esprit tranquille",
      'les mauvaises surprises', 'au cas où', 'peut vous sauver la vie', 'pourrait vous sauver la vie', 'vous sauver la vie',
      'malade(s) sans le savoir', 'mieux vaut prévenir que guérir', 'il vaut mieux prévenir que guérir',
      // escalation and silent-disease fear, next to an exam or a booking
      'plus on attend, plus', 'plus vous attendez, plus', "si rien n'est fait", 'éviter le pire', "avant l'apparition des symptômes",
      "avant l'apparition des premiers symptômes", "avant même l'apparition", 'maladie(s) silencieuse(s)', 'tueur silencieux',
    ],
    suggestions: ['Suivez le rythme de contrôle conseillé par votre praticien'],
  },
  {
    id: 'il-est-temps',
    kind: 'nudge',
    selfNegated: true,
    terms: [
      'il est temps de', "il est temps d'", 'il est grand temps', 'prenez les devants', 'sans attendre', 'sans plus attendre',
      // a recall nudge: « votre dernier détartrage remonte à plus d'un an ? »
      'remonte à plus de {n} mois', "remonte à plus d'un an", 'date de plus de {n} mois', "date de plus d'un an", 'remonte à quand',
    ],
    suggestions: ['Parlez-en à votre praticien, qui vous dira si c’est utile'],
  },
  {
    id: 'forcement',
    kind: 'fear',
    terms: ['forcément', 'inévitablement', 'immanquablement'],
    suggestions: ['parfois'],
  },
  {
    id: 'pour-tout-le-monde',
    kind: 'universal',
    terms: [
      'tout le monde devrait', 'tout le monde doit', 'chacun devrait', 'chacun doit', 'chacune devrait', 'chacun(e) devrait',
      'tous nos patient(e)s', 'toutes nos patientes', "c'est le minimum", 'le strict minimum', 'même en bonne santé', 'même en pleine forme', 'même si tout va bien', 'même si vous allez bien', 'avec ou sans symptôme(s)',
      'avec ou sans douleur(s)', 'quel que soit votre état de santé', 'on devrait tous', 'nous devrions tous', 'vous devriez tous',
      'tous les bébés devraient', 'chaque bébé devrait', 'chaque enfant devrait', 'chaque naissance devrait', 'tout nouveau-né devrait',
      'tous les enfants devraient', 'toutes les femmes devraient', 'tous les sportifs devraient', 'tous les adultes devraient',
    ],
    patterns: [
      /(?<![\p{L}])meme\s+sans\s+(?:(?:aucun|aucune|le\s+moindre|la\s+moindre)\s+)?(?:symptomes?|antecedents?|douleurs?|signes?|genes?|problemes?|plaintes?)(?![\p{L}])/u,
      // « même en l'absence de symptômes / de douleurs / de signes apparents »: the most frequent real form
      /(?<![a-z])(?:meme|y\s+compris)\s+en\s+l'absence\s+(?:de|d')\s*(?:(?:tout|toute)\s+)?(?:symptomes?|douleurs?|signes?|plaintes?|genes?|problemes?|signaux|troubles?|mal)(?![a-z])/u,
      /(?<![\p{L}])meme\s+(?:si|quand|lorsque|lorsqu')\s*(?:[\p{L}']+\s+){1,6}?(?:bien|rien|aucun\p{L}*|pas\s+mal|pas\s+de\s+symptomes?|en\s+(?:pleine\s+)?forme|en\s+bonne\s+sante)(?![\p{L}])/u,
      /(?<![\p{L}])que\s+vous\s+(?:ayez|ressentiez)\s+(?:mal|des\s+symptomes|des\s+douleurs|une\s+gene)\s+ou\s+(?:non|pas)(?![\p{L}])/u,
    ],
    suggestions: ['selon votre situation', 'si votre praticien le juge utile'],
  },
  {
    id: 'pour-tous',
    kind: 'universalWeak',
    terms: ['à tout le monde', 'pour tout le monde', 'pour tous', 'à tous', 'pour toutes', 'à toutes', 'systématique(s)', 'systématiquement', 'tous les patient(e)s', 'toute la famille'],
    suggestions: ['selon votre situation', 'si votre praticien le juge utile'],
  },
  {
    id: 'des-n-ans',
    kind: 'age',
    terms: ['dès {n} ans', 'à partir de {n} ans', 'passé(s) {n} ans', 'après {n} ans', 'plus de {n} ans'],
    suggestions: ['selon les recommandations pour votre âge'],
  },
  {
    id: 'acte-preventif',
    kind: 'preventive',
    patterns: [
      /(?<![\p{L}])(?:baby\s+)?(?:botox|toxine\s+botulique|injections?|acide\s+hyaluronique|fillers?|laser|peeling|lifting|comblement|skinbooster|mesotherapie|mesolift|fils\s+tenseurs)\s+(?:[\p{L}]+\s+)?(?:preventi(?:f|ve|fs|ves)|en\s+prevention|a\s+titre\s+preventif)(?![\p{L}])/u,
      /(?<![\p{L}])(?:prevenir|anticiper)\s+(?:les\s+|vos\s+)?(?:rides|ridules|relachement|vieillissement)(?![\p{L}])/u,
    ],
    suggestions: ['(décrire l’acte, ses indications et ses risques, sans incitation)'],
  },
  {
    id: 'plus-que-n-creneaux',
    kind: 'scarcity',
    selfNegated: true,
    patterns: [
      /(?<![\p{L}])(?:plus\s+que|il\s+ne\s+reste\s+(?:plus\s+)?que|seulement)\s+\d+\s+(?:creneaux|creneau|places?|rendez-vous|rdv|disponibilites)(?![\p{L}])/u,
    ],
    suggestions: ['Prise de rendez-vous en ligne ou au secrétariat'],
  },
];

/** Exams, acts and booking: what fear and universality must be about to incite care. */
export const careContext = [
  'bilan(s)', 'check-up', 'checkup', 'radio(s)', 'radiographie(s)', 'panoramique', 'irm', 'scanner(s)', 'échographie(s)', 'écho',
  'coloscopie(s)', 'mammographie(s)', 'prise(s) de sang', 'analyse(s)', 'examen(s)', 'contrôle(s)', 'contrôler', 'détartrage(s)',
  'séance(s)', 'dépistage(s)', 'dépister', 'test(s)', 'cure(s)', 'cryothérapie', 'entretien', 'rendez-vous', 'rdv', 'réservez',
  'réserver', 'appelez-nous', 'appelez le cabinet', 'contactez-nous', 'venez', 'au cabinet', 'chez nous', 'prenez les devants',
  'faites-vous', 'botox', 'toxine botulique', 'injection(s)', 'blanchiment', 'acide hyaluronique', 'laser', 'peeling', 'lifting',
  'filler(s)', 'électrocardiogramme', 'ecg', 'holter', 'doppler', 'fibroscopie', 'endoscopie', 'frottis', 'densitométrie',
  'massage(s)', 'lien en bio', 'faire contrôler', 'faites contrôler',
];

/** Care in general: enough for an urgency appeal ("n'attendez pas d'avoir mal pour consulter"). */
export const careBroad = ['consultation(s)', 'consulter', 'consultez', 'soin(s)', 'soigner', 'traitement(s)', 'traiter', 'prise en charge', 'dentiste', 'kiné', 'ostéopathe'];

/** Exams and acts that a "pour tous" recommendation makes routine. */
export const exams = [
  'bilan(s)', 'check-up', 'checkup', 'radio(s)', 'radiographie(s)', 'panoramique', 'irm', 'scanner(s)', 'échographie(s)', 'écho',
  'coloscopie(s)', 'mammographie(s)', 'prise(s) de sang', 'analyse(s)', 'examen(s)', 'contrôle(s)', 'détartrage(s)', 'séance(s)',
  'dépistage(s)', 'test(s)', 'cryothérapie', 'électrocardiogramme', 'ecg', 'holter', 'doppler', 'fibroscopie', 'endoscopie',
  'densitométrie', 'cure(s)', 'visite(s) de contrôle', 'consultation(s) de contrôle',
];

/** Exams no official programme schedules by age: "dès 30 ans, un check-up complet chaque année". */
export const checkUps = [
  'check-up', 'checkup', 'bilan(s) complet(s)', 'bilan(s) de santé complet(s)', 'bilan(s) sanguin(s) complet(s)', 'irm', 'scanner(s)',
  'body scan', 'prise(s) de sang complète(s)', 'bilan(s) cardiaque(s)', 'bilan(s) cardiovasculaire(s)', 'échographie(s) de contrôle',
];

/** Aesthetic acts: pushed at an age or as prevention, they are incitement whatever the wording. */
export const aestheticActs = [
  'botox', 'toxine botulique', 'injection(s)', 'acide hyaluronique', 'filler(s)', 'blanchiment', 'laser', 'peeling', 'lifting',
  'rhinoplastie', 'liposuccion', 'lipo', 'augmentation mammaire', 'skinbooster', 'mésothérapie', 'fils tenseurs', 'comblement',
  'blépharoplastie', 'chirurgie esthétique', 'médecine esthétique', 'épilation laser', 'cryolipolyse', 'facettes',
  'bistouri', 'opération(s) esthétique(s)', 'intervention(s) esthétique(s)', 'greffe(s) de cheveux', 'greffe(s) capillaire(s)',
];

/** A calendar rhythm: what turns a preventive or maintenance visit into routine care (the 'routine' kind). */
export const calendarRhythm = [
  'chaque année', 'tous les ans', 'annuellement', 'une fois par an', 'deux fois par an', 'une à deux fois par an',
  'une ou deux fois par an', 'au moins une fois par an', 'tous les {n} mois', 'tous les six mois', 'tous les trois mois',
  'chaque mois', 'tous les mois', 'une fois par mois', 'à chaque saison', 'à chaque changement de saison',
  'aux changements de saison', 'chaque printemps', 'chaque automne', "au printemps et à l'automne", 'à chaque rentrée',
  'annuel(le)(s)', 'semestriel(le)(s)', 'trimestriel(le)(s)', 'régulier(s)', 'régulière(s)', 'régulièrement',
  'tout au long de la vie', 'tout au long de sa vie', 'tout au long de votre vie',
];

/** A recommendation or a repetition: "conseillé", "devrait", "chaque année", "tous les 6 mois". */
export const recommending = [
  'conseillé(e)(s)', 'recommandé(e)(s)', 'préconisé(e)(s)', 'indispensable(s)', 'nécessaire(s)', 'devrait', 'devraient', 'doit',
  'doivent', 'faites', 'faire', 'à faire', 'passer', 'proposons', 'proposé(e)(s)', 'conseillons', 'recommandons', 'prescrivons',
  'tous les {n} mois', 'tous les {n} ans', 'tous les deux mois', 'tous les trois mois', 'tous les six mois', 'tous les mois',
  'tous les ans', 'tous les trimestres', 'tous les semestres', 'chaque année', 'chaque an', 'chaque mois', 'chaque semaine',
  'chaque trimestre', 'chaque semestre', 'une fois par an', 'une fois par mois', 'deux fois par an', 'annuel(le)(s)', 'réservez',
  'prenez rendez-vous', 'venez',
];

/** Words right after "tous nos patients" / "pour tous" that restrict the group: a targeted follow-up, not routine for all. */
export const restrictedGroup = [
  'sous', 'atteint(e)(s)', 'diabétique(s)', 'à risque', 'ayant', 'qui ont', 'qui présentent', 'concerné(e)(s)', 'enceinte(s)',
  'de plus de', 'de moins de', 'âgé(e)(s)', 'opéré(e)(s)', 'traité(e)(s)', 'porteur(s)', 'porteuse(s)', 'greffé(e)(s)',
  'suivi(e)(s) pour', 'souffrant', 'hypertendu(e)(s)', 'asthmatique(s)', 'immunodéprimé(e)(s)', 'en affection de longue durée',
];

/** Official prevention, screening and emergency guidance: the paragraph relays public-health advice. */
export const officialOrEmergency = [
  'dépistage organisé', 'dépistages organisés', 'dépistage néonatal', 'calendrier vaccinal', 'calendrier des vaccinations',
  'vaccin*', 'dtp', 'haute autorité de santé', 'santé publique france', 'recommandations officielles',
  'selon les recommandations', 'recommandé(e)(s) par', "m't dents", 'mt dents', 'programme national', 'assurance maladie',
  'institut national du cancer', 'ameli', 'samu', 'sos médecins', 'permanence des soins', 'service de garde', 'centre antipoison',
  'urgences', 'médecin de garde', 'pharmacie de garde',
  // public bodies running free screening and prevention (a public-health campaign, not a practice's pitch)
  'agence régionale de santé', 'haut conseil de la santé publique', 'direction générale de la santé', 'examen de prévention en santé',
  "centre d'examens de santé", 'mon bilan prévention', 'protection maternelle et infantile', 'centre de vaccination',
  'centre de dépistage', 'cegidd', 'mairie', 'conseil départemental', 'service communal d\'hygiène',
];
/** Acronyms and emergency numbers, matched on the original text (case matters for HAS / SpF). */
export const officialAcronyms = /(?<![\p{L}\p{N}])(?:HAS|SpF|INCa|CNGOF|UFSBD|OMS|ARS|CPAM|HCSP|DGS|PMI|(?:le|au|du|composez|appelez|faites)\s+(?:le\s+)?(?:15|112|114|3114|3237|116\s?117))(?![\p{L}\p{N}])/u;

/** The sentence ties care to symptoms or to a prescription: "consultez si la fièvre dure", "prescrit par votre médecin". */
export const conditionalOrPrescribed = [
  'en cas de', "en cas d'", 'consultez si', 'si la fièvre', 'si les symptômes', 'si la douleur', 'si vous avez des', 'si vous avez de la', 'si vous avez une', 'si vous avez un', 'si vous avez mal',
  'si vous ressentez', 'si vous constatez', 'si vous remarquez', 'si vous observez', 'persiste(nt)', 'dure plus de', 'au moindre symptôme',
  'au moindre signe', 'prescrit(e)(s) par', 'sur prescription', 'selon la prescription', 'médecin traitant', 'selon votre praticien',
  'conseillé(e) par votre', 'à la demande de votre', 'dans le cadre de votre suivi', 'suivi prescrit',
];

