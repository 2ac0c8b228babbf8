// DATA ONLY: the vocabulary of incitement to unnecessary care (DOMAIN.md §2.i). Add forms here, never code.
// Patterns run on folded text: lowercase, no accents, ' for every apostrophe.
import type { TermEntry } from '../src/rule-kit.js';
import * as S from './shared.terms.js';

export interface CareTerm extends TermEntry {
  /**
   * 'urgency': "n'attendez pas", "ne laissez pas … s'installer": an incitement when the sentence is about care;
   * 'fear': "on ne sait jamais", "par précaution": an incitement when the sentence names an exam, an act or a booking;
   * 'nudge': "il est temps de", "sans attendre": an incitement when the sentence names an exam or an aesthetic act;
   * 'universal': care for everyone or regardless of symptoms, when the sentence names care;
   * 'universalWeak': "pour tous", "systématiquement", when the sentence names an exam and recommends or repeats it;
   * 'age': "dès 25 ans", with an aesthetic act, or with a check-up-like exam that is recommended;
   * 'preventive': an aesthetic act sold as prevention; 'scarcity': booking pressure;
   * 'routine': a preventive or maintenance visit given a calendar rhythm (« bilan préventif annuel »);
   * 'booking': a call to have an exam done or to book, addressed to every reader (« faites contrôler votre vue »,
   *   « venez faire votre bilan »): an incitement when the sentence is about care and states no condition;
   * 'prescribed': a rhythm or a preventive purpose (« deux fois par an », « régulièrement », « en préventif ») in a sentence
   *   that names a visit or an exam and prescribes it (« il faut », « il est conseillé de », « pensez à », « c'est la
   *   base », an imperative), with no condition: routine care prescribed to every reader, whatever the words;
   * 'scarcityCare': slots running out (« les créneaux partent vite », « il ne reste que quelques places »), when the
   *   paragraph is about care.
   * 'preventiveCare': a care or a device sold first as prevention (« ces séances sont avant tout préventives », « l'intérêt
   *   de la prévention pour le dos »), when care is named around it;
   * 'seasonal': a season or a date made the moment for a visit (« l'automne est le moment idéal pour faire le point avec
   *   votre ostéopathe »), when the sentence names a visit, an exam or a booking and states no condition.
   */
  kind: 'urgency' | 'fear' | 'nudge' | 'universal' | 'universalWeak' | 'age' | 'preventive' | 'scarcity' | 'routine' | 'booking' | 'prescribed' | 'scarcityCare' | 'preventiveCare' | 'seasonal';
  /** The term carries its own negation ("n'attendez pas"): no negation check. */
  selfNegated?: boolean;
  /** Reported even inside quotation marks: the words are voiced by a stock character (the mechanic of an analogy). */
  quotedToo?: boolean;
  /** Not reported when one of these occurs in the sentence (another reading: caution, reflection). */
  unlessSentence?: readonly string[];
}

/** The upkeep of a treatment already chosen: its rhythm informs about that treatment, it prescribes nothing to all. */
const treatmentUpkeep = ['pour conserver', 'pour maintenir le résultat', 'pour entretenir le résultat', 'pourra nécessiter', 'peut nécessiter', 'la durée du traitement', 'répéter l\'injection', 'répéter les injections', 'renouveler l\'injection', 'renouveler les injections', 'de la répéter', 'de les répéter'];

export const careTerms: CareTerm[] = [
  {
    id: 'attendre',
    kind: 'urgency',
    selfNegated: true,
    terms: [
      ...S.whyWait, 'il ne faut pas attendre', 'il sera trop tard', "qu'il ne soit trop tard", "qu'il soit trop tard", 'ne négligez pas', 'ne negligez jamais',
      // putting care off, and the fear of being too late (« ne remettez pas à plus tard », « quand il est déjà trop tard »)
      'ne tardez pas', 'ne tardez plus', 'ne remettez pas à plus tard', 'ne remettez pas à demain', 'ne repoussez pas', 'ne reportez pas',
      'il est trop tard', 'il est déjà trop tard', "c'est trop tard", "c'est déjà trop tard", 'souvent trop tard',
      // waiting for pain as the mistake (« si vous attendez d'avoir mal, il faudra plus de séances »)
      "si vous attendez d'avoir mal", "si vous attendez d'être bloqué(e)(s)", "si vous attendez que la douleur", "attendre d'avoir mal",
      // the same fear said as a rule of thumb (« mieux vaut venir tôt que trop tard », « avant que ce ne soit trop tard »)
      'tôt que trop tard', 'plutôt que trop tard', 'mieux vaut tôt que tard', 'que ce ne soit trop tard', 'que ce soit trop tard',
      'que ça ne soit trop tard', 'que cela ne soit trop tard',
      // English and Spanish posts (meta.alsoReads)
      "don't wait until it's too late", 'before it’s too late', 'antes de que sea tarde', 'antes de que sea demasiado tarde',
      'cuando ya es tarde', 'cuando ya es demasiado tarde',
    ],
    patterns: [
      // "n'attendez pas d'avoir des symptômes", "n'attendez pas : …" (not "n'attendez plus pour découvrir")
      // (not « n'attendez pas de miracle », « nous n'attendons pas de vous… »: expecting, not waiting)
      /(?<![\p{L}])n'attend(?:s|ez|ons)?\s+pas(?![\p{L}])(?!\s+(?:de\s+(?:vous|nous|toi|lui|leur|miracles?|resultats?)|d'(?:eux|elles?|effets?|un\s+miracle|une\s+seule)))(?:\s+(?:d'avoir|d'etre|que|qu'il|qu'elle|qu'ils|les\s+premiers|la\s+premiere|l'apparition|le\s+dernier|d'en\s+souffrir)(?:\s+[\p{L}']+){0,3})?/u,
      /(?<![\p{L}])(?:avant\s+(?:que\s+|qu')|jusqu'a\s+ce\s+(?:que\s+|qu'))(?:[\p{L}']+\s+){1,3}(?:ne\s+|n')?(?:s'aggrave|s'aggravent|empire|empirent|degenere|degenerent|s'installe|s'installent|se\s+bloque|se\s+bloquent|se\s+coince|se\s+coincent|se\s+degrade|se\s+degradent|s'enkyste|s'enkystent|s'etende|s'etendent|se\s+declare|se\s+declarent|(?:devienne|deviennent)\s+(?:(?:plus|trop|vraiment|tres)\s+)?(?:chroniques?|graves?|irreversibles?|douloureu(?:x|se|ses)|invalidant\p{L}*|handicapant\p{L}*|permanent\p{L}*|definiti\p{L}*|insupportables?|serieu\p{L}*|ingerables?|problematiques?|un\s+probleme|trop\s+tard))(?![\p{L}])/u,
      // (« avant que la zone ne devienne insensible » describes a session: only a worsening is a fear)
      // "don't wait for pain / until something hurts", "no esperes a tener dolor"
      /(?<![a-z])(?:don't|dont|do\s+not)\s+wait\s+(?:until|till|for)\s+(?:it's\s+too\s+late|it\s+is\s+too\s+late|(?:the\s+)?pain|symptoms|something\s+hurts|it\s+hurts|you\s+(?:feel|are|get)\s+[a-z]+|you're\s+in\s+pain|a\s+problem|problems)(?![a-z])/u,
      /(?<![a-z])no\s+esperes\s+(?:a|hasta)\s+(?:tener|sentir|que|estar)(?![a-z])/u,
      // waiting for a symptom as the subject of the sentence (« Attendre qu'une douleur apparaisse, c'est … »)
      /(?<![a-z]\s)(?<![a-z])attendre\s+(?:que|qu')\s*(?:un|une|les|des|la|le)?\s*(?:symptomes?|douleurs?|signes?|problemes?|gene)\s+(?:ne\s+|n')?(?:apparaiss\p{L}*|surviennent|survienne|se\s+manifest\p{L}*|se\s+declar\p{L}*)/u,
      // waiting asked about or set aside, then the care it delays (« pourquoi attendre d'avoir mal pour consulter ? »,
      // « il vaut mieux ne pas attendre la fin de l'hiver pour commencer une cure »): the hurry is the point, whoever speaks
      /(?<![a-z])(?:pourquoi|a\s+quoi\s+bon|inutile\s+d')\s*attendre(?![a-z])(?:\s+[a-z'-]+){0,6}?\s+(?:pour|avant\s+de|avant\s+d')\s*(?:consulter|venir|agir|reagir|prendre\s+(?:rendez-vous|rdv|soin)|commencer|demarrer|debuter|faire|se\s+faire|vous\s+faire|soigner|traiter)(?![a-z])/u,
      /(?<![a-z])(?:pourquoi|a\s+quoi\s+bon)\s+attendre\s+(?:d'avoir\s+mal|la\s+douleur|les\s+douleurs|les\s+symptomes|la\s+crise|le\s+blocage|que\s+(?:ca|cela|la\s+douleur|le\s+probleme)\s+(?:s'aggrave|empire|s'installe))(?![a-z])/u,
      /(?<![a-z])(?:ne\s+pas|surtout\s+pas|jamais)\s+attendre(?:\s+[a-z'-]+){0,5}?\s+pour\s+(?:consulter|commencer|demarrer|debuter|prendre\s+(?:rendez-vous|rdv)|faire\s+(?:un|une|le|la|votre|vos)\s+(?:bilan|controle|cure|seance|depistage|detartrage|check-?up))(?![a-z])/u,
      // skipping care framed as a risk (« en vous passant de séances d'entretien, vous risquez … »)
      /(?<![a-z])(?:en\s+se\s+passant|si\s+vous\s+vous\s+passez|en\s+vous\s+passant)\s+(?:de\s+|d')(?:la\s+|le\s+|l'|une?\s+|ces\s+|ses\s+|vos\s+)?(?:reeducation|suivi|controle|bilan|seance|consultation|visite|soin|detartrage|depistage)s?(?=[^.!?\n]{0,120}?(?:risque\p{L}*|s'expos\p{L}*|pire))/u,
      // waiting for symptoms set up as the mistake (« au lieu d'attendre d'avoir mal, faites… »)
      // also with words between the contrast and the waiting (« plutôt que d'espérer que tout passe et d'attendre d'avoir mal »)
      /(?<![a-z])(?:contrairement|plutot|au\s+lieu)[^.!?\n]{0,60}?attendre\s+(?:l'apparition\s+(?:de\s+|des\s+|d')|les\s+premiers\s+|la\s+premiere\s+|d'avoir\s+|que\s+(?:la|les)\s+)?(?:symptomes?|douleurs?|mal|signes?|problemes?|alerte)(?![a-z])/u,
      /(?<![a-z])(?:plutot\s+que|au\s+lieu)\s+d'attendre\s+(?:l'apparition\s+(?:de\s+|des\s+|d')|les\s+premiers\s+|la\s+premiere\s+|d'avoir\s+|que\s+(?:la|les)\s+)?(?:symptomes?|douleurs?|mal|signes?|problemes?|alerte)(?![a-z])/u,
    ],
    // the spacing of a course of sessions explained (« pourquoi attendre trois semaines entre deux séances ? »)
    unlessSentence: ['entre deux séances', 'entre les séances', 'entre chaque séance', 'entre deux injections', 'entre les injections', 'entre deux rendez-vous'],
    suggestions: ['Consultez si les symptômes apparaissent ou persistent', 'En cas de doute, parlez-en à votre médecin'],
  },
  {
    id: 'pas-besoin-d-avoir-mal',
    kind: 'urgency',
    selfNegated: true,
    // « Pas besoin d'avoir mal pour consulter », « il n'est pas nécessaire de souffrir pour venir » (the same push as
    // « n'attendez pas d'avoir mal », written as a reassurance), « l'absence de douleur ne veut pas dire que tout va bien ».
    patterns: [
      /(?<![a-z])(?:(?:il\s+)?n'est\s+(?:donc\s+|absolument\s+|surtout\s+)?pas\s+(?:necessaire|utile|indispensable|obligatoire)|pas\s+(?:besoin|necessaire|la\s+peine)|nul\s+besoin|inutile|sans\s+attendre)\s+(?:d'|de\s+)(?:attendre\s+(?:d'|de\s+))?(?:avoir\s+(?:mal|des\s+douleurs|des\s+symptomes|un\s+probleme)(?:\s+(?:au|aux|a\s+la|a\s+l'|de|d')\s*[a-z]+)?|souffrir|etre\s+malade|etre\s+bloque\p{L}*)\s+pour\s+(?:[a-z']+\s+){0,2}?(?:consulter|venir|faire\s+appel|prendre\s+(?:rendez-vous|rdv)|voir|aller|pousser\s+la\s+porte|faire\s+un\s+bilan|faire\s+controler|se\s+faire\s+soigner|se\s+rendre|passer)(?![a-z])/u,
      /(?<![a-z])(?:l'absence\s+de|ne\s+pas\s+avoir\s+de?|ne\s+pas\s+avoir)\s*(?:douleurs?|symptomes?|mal|signes?)\s+ne\s+(?:signifie|veut\s+dire)\s+pas(?![a-z])/u,
      // « consulter avant d'avoir mal », « venir avant que la douleur ne s'installe », "see us before it hurts"
      // (issue #7: the carer named between, « consultez votre kiné avant d'avoir mal », « voyez votre ostéo avant de souffrir »)
      /(?<![a-z])(?:consult(?:er|ez|e|es|ons|ent|ait|aient|iez|ions|erait|eriez)|ven(?:ir|ez|ons|ait|iez)|vienne|viennent|voyez|prendre\s+rendez-vous|faire\s+(?:un|une|votre|le)\s+(?:bilan|controle|point|seance))(?:\s+(?:le|la|l'|un|une|votre|vos|son|sa|ses|leur|les|chez\s+(?:le|la|l'|un|une|votre|son|sa))\s*[a-z-]+)?\s+(?:bien\s+|justement\s+)?avant\s+(?:meme\s+)?(?:d'avoir\s+(?:mal|des\s+douleurs|des\s+symptomes|un\s+probleme)|d'aller\s+mal|de\s+souffrir|que\s+(?:la\s+douleur|les\s+douleurs|les\s+symptomes|le\s+probleme|ca|cela)\s+(?:ne\s+|n')?(?:apparaisse|apparaissent|s'installe|s'installent|arrive|survienne))(?![a-z])/u,
      /(?<![a-z])before\s+(?:it\s+hurts|symptoms\s+(?:appear|start)|pain\s+(?:appears|starts|sets\s+in))(?![a-z])/u,
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
    unlessSentence: ['réfléchir', 'réflexion', 'prenez le temps', 'informez-vous', 'avant de', 'délai', 'questions',
      // a patient's story told (« il a décidé de sauter le pas »), not a push to the reader
      'décidé(e)(s) de'],
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
      'consultation(s) d\'entretien', 'visite(s) d\'entretien', 'programme(s) d\'entretien', 'ajustement(s) d\'entretien',
      // a cure sold by the season (« nous conseillons des cures de printemps », « la cure détox saisonnière »)
      'cure(s) de printemps', "cure(s) d'automne", 'cure(s) saisonnière(s)', 'cure(s) de saison', 'détox de printemps', "détox d'automne",
      'cure(s) détox de printemps', 'cure(s) de détox de printemps',
    ],
    // reimbursement facts are not advice (« la consultation préventive est prise en charge par certaines mutuelles »)
    unlessSentence: ['remboursé(e)(s)', 'remboursement(s)', 'pris(e)(s) en charge par', 'mutuelle(s)', 'sécurité sociale', 'tarif(s)'],
    suggestions: ['selon votre situation et l’avis de votre praticien'],
  },
  {
    id: 'visite-a-rythme',
    kind: 'routine',
    // A check-up, or a visit to a practitioner, given a calendar rhythm for every reader (« consulter un ostéopathe au
    // moins une fois par an », « un check-up complet chaque année », « se rendre chez le dentiste deux fois par an »,
    // « après chaque chute »). Reimbursement rules are facts, not advice.
    terms: [
      'check-up', 'checkup', 'bilan(s) de santé', 'visite(s) de contrôle', 'consultation(s) de contrôle', 'contrôle(s) de routine',
      'bilan(s) ostéopathique(s)', 'bilan(s) podologique(s)', 'bilan(s) dentaire(s)', 'contrôle(s) dentaire(s)', 'bilan postural', 'bilans posturaux',
      'bilan(s) auditif(s)', 'test(s) auditif(s)', 'contrôle(s) de la vue', 'examen(s) de la vue', 'bilan(s) visuel(s)',
      'revisión', 'revisiones', 'chequeo(s)', 'dental check-up', 'wellness check', 'health check',
      // a follow-up or an exam that carries its calendar (« le suivi gynécologique annuel », « cet examen de routine »)
      // (the rhythm must still be given in the sentence: « l'examen de routine annuel »)
      'suivi(s) gynécologique(s)', 'examen(s) de routine',
      // (not « la consultation annuelle de l'adolescent » alone: a noun carrying its rhythm often just names a visit)
    ],
    patterns: [
      // a routine exam sold by what it catches (« des bilans sanguins réguliers permettent de détecter… »)
      /(?<![a-z])(?:analyses?|bilans?|examens?|controles?|prises?\s+de\s+sang|visites?|consultations?|depistages?|check-?ups?)\s+(?:[a-z]+\s+){0,2}?(?:reguliere?s?|annuel(?:le)?s?|periodiques?|systematiques?)\s+(?:permet(?:tent)?|aide(?:nt)?)\s+(?:de\s+|d'|a\s+)(?:detecter|depister|reperer|prevenir|eviter|identifier|diagnostiquer)(?![a-z])/u,
      // a follow-up or a check qualified by its field, then by its calendar (« le suivi dermatologique annuel »)
      /(?<![a-z])(?:suivi|examen|controle|bilan|visite|consultation)s?\s+[a-z-]+(?:ique|ogique|aire|al|el)s?\s+(?:annuel|annuelle|semestriel|semestrielle)s?(?![a-z])/u,
      // a check recommended, either way round (« nous recommandons un contrôle tous les 6 mois », « le détartrage est
      // recommandé tous les six mois »): routine care once a rhythm is given
      /(?<![a-z])(?:recommand|conseill|preconis)[a-z]*\s+(?:[a-z'-]+\s+){0,3}?(?:un|une|le|la|les|des|votre|vos)\s+(?:controle|bilan|detartrage|visite|consultation|check-?up|depistage|examen)s?(?![a-z])/u,
      /(?<![a-z])(?:controle|bilan|detartrage|visite|consultation|check-?up|depistage|examen)s?\s+(?:[a-z'-]+\s+){0,6}?(?:est|sont|reste|restent)\s+(?:[a-z]+\s+)?(?:recommande|conseille|preconise|indispensable|essentiel|necessaire|primordial|incontournable)e?s?(?![a-z])/u,
      // « une séance de réflexologie par mois », « deux consultations par an » (not « par semaine »: sessions every week
      // are a course of treatment under way, « 1 à 2 séances par semaine pendant le protocole », not a routine for all)
      /(?<![a-z])(?:une|deux|trois|quatre|\d+)\s+(?:seance|consultation|visite|bilan|controle|check-?up)s?\s+(?:(?:de|d')\s*[a-z'-]+\s+){0,2}par\s+(?:an|annee|mois|trimestre|semestre|saison)(?![a-z])/u,
      // the rhythm as an adjective (« 2 à 3 séances annuelles », « une consultation semestrielle »)
      /(?<![a-z])(?:une|deux|trois|quatre|\d+)\s+(?:seance|consultation|visite|bilan|controle|check-?up)s?\s+(?:annuelle|semestrielle|trimestrielle|mensuelle)s?(?![a-z])/u,
      /(?<![a-z])(?:consulter|consultez|voir|aller\s+voir|allez\s+voir|aller\s+chez|allez\s+chez|se\s+rendre\s+chez|vous\s+rendre\s+chez|rendez-vous\s+chez|passer\s+chez|passez\s+chez|see|visit)\s+(?:(?:regulierement|souvent|periodiquement|systematiquement|annuellement)\s+)?(?:un|une|le|la|l'|son|sa|votre|vos|ton|ta|leur|your|a|the)\s*(?:osteo[a-z]*|dentiste|kine[a-z]*|podologue|orthodontiste|ophtalmo[a-z]*|dermato[a-z]*|gyneco[a-z]*|cardiologue|chiropra[a-z]*|audioprothesiste|opticien|naturopathe|sophrologue|praticien|therapeute|pediatre|sage-femme|orl|dentist|doctor|physio[a-z]*)(?![a-z])/u,
    ],
    // reimbursement facts; « prise en charge » alone is also care itself (« une prise en charge préventive deux fois par an »);
    // a course of treatment described (« à raison de trois séances en dix jours », « pendant 3 mois ») is a plan, not a routine
    unlessSentence: ['remboursé(e)(s)', 'remboursement(s)', 'pris(e)(s) en charge par', 'mutuelle(s)', 'sécurité sociale', 'tarif(s)',
      'à raison de', 'au maximum', 'pendant {n} mois', 'pendant {n} semaines', 'durant {n} mois', 'durant {n} semaines', ...treatmentUpkeep],
    suggestions: ['selon votre situation et l’avis de votre praticien'],
  },
  {
    id: 'ne-laissez-pas',
    kind: 'urgency',
    selfNegated: true,
    patterns: [
      // "Ne laissez pas une scoliose s'installer", "ne laissez pas la cellulite gâcher votre été"
      /(?<![\p{L}])ne\s+laiss(?:ez|e|ons)\s+(?:pas|plus|jamais)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:s'installer|devenir|gacher|vous\s+gacher|ruiner|vous\s+ruiner|s'aggraver|empirer|degenerer|gagner\s+du\s+terrain|prendre\s+le\s+dessus|s'etendre|vous\s+pourrir|vous\s+gacher\s+la\s+vie|trainer|durer|perdurer|s'eterniser|s'enkyster|vous\s+handicaper|vous\s+limiter|vous\s+empecher|saigner|evoluer|progresser|grossir|souffrir|vous\s+faire\s+souffrir|se\s+degrader)(?![\p{L}])/u,
      // the complaint set up as spoiling the reader's life (« ne laissez plus vos rougeurs vous gâcher la journée »,
      // « ne laissez pas vos rides vous complexer »): whatever the verb, the complaint acts on « vous »
      /(?<![\p{L}])ne\s+laiss(?:ez|e|ons)\s+(?:pas|plus|jamais)\s+(?:vos|votre|ces|cette|ce|le|la|les|l')\s*(?:[\p{L}-]+\s+){1,2}?vous\s+(?!laisser|dire|convaincre|tromper|influencer|vendre)[\p{L}]+/u,
      // « ne laissez pas cette douleur sans soin », « ne laissez pas vos dents sans contrôle »
      /(?<![\p{L}])ne\s+laiss(?:ez|e|ons)\s+(?:pas|jamais)\s+(?:[\p{L}'’-]+\s+){0,4}?sans\s+(?:soins?|traitement|controle|suivi|prise\s+en\s+charge|avis|rien\s+faire|reagir)(?![\p{L}])/u,
    ],
    suggestions: ['Si cela vous gêne, parlez-en à votre praticien'],
  },
  {
    id: 'dernier-controle',
    kind: 'urgency',
    selfNegated: true,
    // A recall question to every reader: « depuis quand n'avez-vous pas fait vérifier vos grains de beauté ? »
    terms: [
      "depuis quand n'avez-vous pas", "depuis combien de temps n'avez-vous pas", 'à quand remonte votre dernier', 'à quand remonte votre dernière',
      'quand avez-vous fait votre dernier', 'quand avez-vous fait votre dernière', 'when was your last',
    ],
    patterns: [
      // a reader who has not seen a practitioner for a while, or never (« vous n'avez pas vu votre dentiste depuis un an ? »,
      // « votre bébé n'a jamais vu d'ostéopathe ? »)
      /(?<![a-z])(?:n'avez|n'as|n'a|n'ont|n'avons)\s+(?:pas|jamais|plus)\s+(?:encore\s+)?(?:vu|consulte|rencontre|fait\s+(?:controler|verifier|examiner|de|d'|un|une|votre|vos))\s*(?:votre|vos|ton|ta|tes|son|sa|ses|leur|de|d'|un|une|le|la|l')?\s*(?:osteo[a-z]*|dentiste|kine[a-z]*|podologue|orthodontiste|ophtalmo[a-z]*|dermato[a-z]*|gyneco[a-z]*|cardiologue|chiropra[a-z]*|audioprothesiste|opticien|orthoptiste|medecin|generaliste|praticien|pediatre|sage-femme|bilan|controle|check-?up|detartrage|depistage|examen|visite)(?![a-z])/u,
    ],
    suggestions: ['Votre praticien vous dira à quel rythme revenir'],
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
      'malade(s) sans le savoir', "malade qui s'ignore", "malades qui s'ignorent", 'mieux vaut prévenir que guérir', 'il vaut mieux prévenir que guérir',
      // escalation and silent-disease fear, next to an exam or a booking
      'plus on attend, plus', 'plus vous attendez, plus', "si rien n'est fait",
      // the same escalation written without its comma (« plus on attend plus le traitement est long »)
      'plus on attend plus', 'plus vous attendez plus', 'plus on tarde plus', 'plus vous tardez plus', 'plus on tarde, plus', 'plus vous tardez, plus', 'éviter le pire', "avant l'apparition des symptômes",
      "avant l'apparition des premiers symptômes", "avant même l'apparition", 'maladie(s) silencieuse(s)', 'tueur silencieux',
      'mieux vaut anticiper', 'il vaut mieux anticiper', 'mieux vaut prévenir', 'à bas bruit', 'prévenir vaut mieux que guérir',
      // the heavier care that waiting is said to bring (« un contrôle évite des soins plus lourds »)
      'soins lourds', 'soins plus lourds', 'traitements plus lourds', 'soins plus complexes', 'traitements plus complexes',
      // « une IRM peut vous sauver », « ça n'arrive pas qu'aux autres », « personne n'est à l'abri »
      'peut vous sauver', 'pourrait vous sauver', "n'arrive pas qu'aux autres", "n'arrive pas qu'à moi", "personne n'est à l'abri",
      "nul n'est à l'abri", "personne n'est épargné", 'peut cacher un(e)', 'peut cacher des', 'peut dissimuler',
      // the losses waiting is said to bring when hearing or sight fails (« celui qui tarde s'expose ainsi à un repli sur soi »)
      "risque(s) d'isolement", "s'expose ainsi à", "s'exposent ainsi à", 'perte de chance(s)', 'la cécité s\'installe',
      // English and Spanish posts (meta.alsoReads)
      'peace of mind', 'better safe than sorry', 'prevention is better than cure', 'silent killer', 'save your life', 'could save your life',
      'más vale prevenir', 'puede salvarte la vida', 'salvarte la vida', 'enfermedad(es) silenciosa(s)',
    ],
    suggestions: ['Suivez le rythme de contrôle conseillé par votre praticien'],
  },
  {
    id: 'il-est-temps',
    kind: 'nudge',
    selfNegated: true,
    terms: [
      'il est temps de', "il est temps d'", 'il est grand temps', 'prenez les devants', 'sans attendre', 'sans plus attendre',
      // the same hurry in other words, and the « never too early » of preventive care (« il n'est jamais trop tôt pour… »)
      'sans tarder', 'sans plus tarder', 'au plus vite', 'le plus tôt possible', 'le plus vite possible', "dès aujourd'hui",
      'jamais trop tôt', 'jamais trop jeune', 'jamais trop jeunes', 'never too early', 'nunca es demasiado pronto',
      // hurry to book or consult (« prenez vite rendez-vous pour votre détartrage », « consultez vite »)
      // (« prenez vite rendez-vous », « appelez vite » are no-promotional-wording's)
      'prenez vite rdv', 'prenez vite votre rendez-vous', 'consultez vite', 'venez vite',
      'prenez rapidement rendez-vous', 'prenez rendez-vous rapidement', 'prenez rendez-vous au plus vite',
      // a recall nudge: « votre dernier détartrage remonte à plus d'un an ? »
      'remonte à plus de {n} mois', "remonte à plus d'un an", 'date de plus de {n} mois', "date de plus d'un an", 'remonte à quand',
      'remonte à plus de six mois', 'date de plus de six mois', 'remonte à plus de deux ans', 'date de plus de deux ans',
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
      'tout le monde devrait', 'tout le monde doit', 'chacun doit', 'chacun(e) devrait',
      'tous nos patient(e)s', 'toutes nos patientes', "c'est le minimum", 'le strict minimum', 'même en bonne santé', 'même en pleine forme', 'même si tout va bien', 'même si vous allez bien', 'avec ou sans symptôme(s)',
      'avec ou sans douleur(s)', 'quel que soit votre état de santé', 'quelle que soit la situation', 'quelle que soit votre situation', 'on devrait tous', 'nous devrions tous', 'vous devriez tous',
      "c'est un minimum", 'tous les bébés devraient', 'chaque bébé devrait', 'chaque enfant devrait', 'chaque naissance devrait', 'tout nouveau-né devrait',
      'tous les enfants devraient', 'toutes les femmes devraient', 'tous les sportifs devraient', 'tous les adultes devraient',
      // the same duty put on a whole group (« les bébés doivent tous passer chez… », « tous les nourrissons doivent… »)
      'tous les bébés doivent', 'les bébés doivent tous', 'tous les nourrissons doivent', 'les nourrissons doivent tous', 'tous les nouveau-nés doivent',
      'tous les enfants doivent', 'les enfants doivent tous', 'tous les sportifs doivent', 'les sportifs doivent tous',
      // a visit timed by the birth, not by a need (« un passage chez le kiné quelques semaines après la naissance »)
      'après la naissance', 'après sa naissance', 'après leur naissance',
      'et ce, même si', 'concerne tout le monde', 'quel que soit votre âge',
      // good habits set aside as no excuse (« brosser ses dents ne vous dispense pas de contrôles »)
      'ne vous dispense pas de', "ne vous dispense pas d'", 'ne dispense pas de', "ne dispense pas d'",
      // the same said in the third person (« concerne chacun, quel que soit son âge », « quel que soit son état de santé »)
      'concerne chacun', 'concerne chacune', 'concerne tous', "quel que soit l'âge", 'quel que soit son âge', 'quel que soit leur âge',
      'quel que soit son état de santé', 'quel que soit leur état de santé', "quel que soit l'état de santé", 'même sans problème apparent',
      // a routine visit for every newborn, timed by birth rather than by a need (« un examen au cours du premier
      // mois de vie », « dès la sortie de la maternité »): the neonatal screening is official and cleared as such
      'dès la naissance', 'dès sa naissance', 'dès leur naissance', 'dès la sortie de la maternité', 'dès sa sortie de la maternité',
      'dès le retour de la maternité', 'dans les premières semaines de vie', 'dans les premiers jours de vie', 'dès les premières semaines de vie',
      'dès les premiers jours de vie', 'dès les premiers mois de vie', 'dès les premiers mois de sa vie', 'dès les premiers mois de leur vie', 'dans les premiers mois de vie', 'au cours du premier mois de vie', 'dans le premier mois de vie', 'dès le premier mois de vie',
      'dans les {n} jours suivant la naissance', 'dans les {n} jours qui suivent la naissance', 'dans les {n} jours après la naissance',
      'dans le mois suivant la naissance', 'dans le mois qui suit la naissance', 'après chaque naissance', 'après chaque accouchement', "il n'y a pas d'âge pour consulter",
      // everyone needs it (« tout le monde en a besoin », « nous sommes tous concernés »)
      'tout le monde en a besoin', 'tout le monde a besoin', 'nous en avons tous besoin', 'on en a tous besoin', 'chacun en a besoin',
      "l'affaire de tous", "l'affaire de chacun", 'tout le monde est concerné', 'nous sommes tous concernés', 'vous êtes tous concernés', 'en dehors de toute douleur',
      'en dehors de tout symptôme', 'en dehors de tout problème', 'sans avoir mal', 'sans attendre d\'avoir mal',
      // English and Spanish posts (meta.alsoReads)
      'everyone should', 'even if you feel fine', 'even if you feel great', 'even if you feel perfectly fine', 'even if you feel healthy',
      'even if you feel well', 'even if nothing hurts', 'even without symptoms', 'even when you feel fine', 'regardless of how healthy you feel',
      'regardless of how fit and healthy you feel', 'todo el mundo debería', 'aunque te sientas bien', 'aunque no tengas síntomas',
      'aunque no tengas dolor', 'aunque no tengas molestias', 'incluso sin síntomas',
    ],
    patterns: [
      /(?<![\p{L}])meme\s+sans\s+(?:(?:aucun|aucune|le\s+moindre|la\s+moindre)\s+)?(?:symptomes?|antecedents?|douleurs?|signes?|genes?|problemes?|plaintes?)(?![\p{L}])/u,
      // « utile même chez les adultes en pleine forme », « même chez les patients sans symptôme »: care for the healthy
      /(?<![a-z])meme\s+chez\s+(?:les|des|nos|vos)\s+(?:personnes|gens|patient(?:e)?s|adultes|sujets|enfants|femmes|hommes|sportifs)\s+(?:en\s+(?:bonne|parfaite|pleine)\s+(?:sante|forme)|qui\s+(?:vont|se\s+sentent)\s+bien|sans\s+(?:aucun\s+)?(?:symptomes?|antecedents?|plaintes?|douleurs?)|asymptomatiques|bien\s+portant(?:e)?s)(?![a-z])/u,
      // « même en l'absence de symptômes / de douleurs / de signes apparents »: the most frequent real form
      /(?<![a-z])(?:meme|y\s+compris)\s+en\s+l'absence\s+(?:de|d')\s*(?:(?:tout|toute)\s+)?(?:symptomes?|douleurs?|signes?|plaintes?|genes?|problemes?|signaux|troubles?|mal)(?![a-z])/u,
      // also with a stress inserted (« même (et surtout) quand tout va bien », « même, et surtout, si »)
      /(?<![\p{L}])meme\s+(?:\(\s*et\s+surtout\s*\)\s*|,\s*et\s+surtout\s*,\s*|et\s+surtout\s+)?(?:si|s'il|s'ils|s'elle|quand|lorsque|lorsqu'|qu'il)\s*(?:[\p{L}']+\s+){1,6}?(?:bien|rien|aucun\p{L}*|pas\s+mal|pas\s+de\s+symptomes?|en\s+(?:pleine\s+|bonne\s+|parfaite\s+)?forme|en\s+(?:bonne|pleine|parfaite)\s+sante|(?:une\s+)?(?:bonne|excellente|parfaite)\s+hygiene|exemplaire|irreprochable|impeccable)(?![\p{L}])/u,
      /(?<![\p{L}])que\s+vous\s+(?:ayez|ressentiez)\s+(?:mal|(?:des|un|une|de\s+la|du)\s+[\p{L}]+)\s+ou\s+(?:non|pas)(?![\p{L}])/u,
      // « lorsque vous n'avez pas mal », « quand on n'a aucun symptôme »: care for the healthy
      /(?<![a-z])(?:lorsque|lorsqu'|quand|alors\s+que)\s*(?:vous\s+n'avez|on\s+n'a|ils\s+n'ont|elles\s+n'ont|ces\s+personnes\s+n'ont|il\s+n'a|elle\s+n'a)\s+(?:pas|aucun|aucune)\s+(?:de\s+|d')?(?:mal|douleurs?|symptomes?|problemes?|gene|signes?)(?![a-z])/u,
      // "everyone over 40 should", « todos los mayores de 40 deberían »
      /(?<![a-z])everyone\s+(?:over|above|aged|older\s+than)\s+(?:\d+|forty|fifty|thirty)\s+should(?![a-z])/u,
      // « chaque jeune maman devrait », « toutes les femmes enceintes devraient consulter »: a group as wide as everyone
      /(?<![a-z])(?:chaque|chacune\s+des|chacun\s+des|tout|toute|tous\s+les|toutes\s+les)\s+(?!le\s+monde(?![a-z]))(?:[a-z'-]+,?\s+){1,5}?(?:devrait|devraient|doit|doivent)\s*,?\s+(?:[a-z'-]+,?\s+){0,6}?(?:consulter|faire|passer|voir|beneficier|etre\s+vu\p{L}*|etre\s+examine\p{L}*|etre\s+controle\p{L}*|etre\s+suivi\p{L}*|etre\s+verifie\p{L}*|etre\s+depiste\p{L}*|etre\s+pris\p{L}*\s+en\s+charge)(?![a-z])/u,
      // (round 13) a majority as wide as everyone: « une large majorité des adultes devrait porter des orthèses »,
      // « la plupart des adultes devraient consulter »
      /(?<![a-z])(?:(?:la|une)\s+(?:(?:tres\s+)?grande\s+|large\s+|immense\s+)?majorite\s+(?:de\s+la\s+population|des\s+(?:gens|francais|francaises|adultes|personnes|enfants|femmes|hommes|sportifs|seniors))|la\s+plupart\s+(?:des\s+(?:gens|francais|adultes|personnes|enfants|femmes|hommes)|d'entre\s+nous)|toute\s+la\s+population|la\s+population\s+entiere)\s+(?:devrait|devraient|doit|doivent|aurai(?:t|ent)\s+(?:besoin|interet)\s+(?:de|d'))\s*(?:[a-z'-]+\s+){0,3}?(?:consulter|faire|passer|porter|beneficier|prendre|suivre|voir|se\s+faire|recourir|utiliser)(?![a-z])/u,
      // « une visite chez le podologue s'impose », « un contrôle s'impose chaque année »
      /(?<![a-z])(?:visite|consultation|bilan|controle|check-?up|examen|depistage|seance|test|epreuve|frottis|radio|irm|scanner|echographie|mammographie)s?\s+(?:[a-z'-]+\s+){0,4}?s'impose(?:nt)?(?![a-z])/u,
    ],
    suggestions: ['selon votre situation', 'si votre praticien le juge utile'],
  },
  {
    id: 'sans-meme',
    kind: 'universal',
    // a « sans » phrase that is itself the universality: no negation check (« sans avis contraire et sans problème
    // particulier, une visite… » is not a negated visit)
    selfNegated: true,
    patterns: [
      // « même » after « sans » (« sans même avoir de carie ni la moindre douleur »), and a visit for any
      // baby or adult « sans problème particulier »
      /(?<![a-z])sans\s+meme\s+(?:avoir\s+(?:mal|de\s+|d'|un\s+|une\s+|la\s+moindre\s+|le\s+moindre\s+|aucun\s+|aucune\s+)|(?:aucun|aucune|le\s+moindre|la\s+moindre)\s+)(?:[a-z'-]+\s+){0,2}?(?:symptomes?|douleurs?|signes?|genes?|problemes?|plaintes?|caries?|mal)(?![a-z])/u,
      /(?<![a-z])sans\s+(?:aucun\s+)?probleme\s+particulier(?![a-z])/u,
    ],
    suggestions: ['selon votre situation', 'si votre praticien le juge utile'],
  },
  {
    id: 'rendez-vous-a-ne-pas-manquer',
    kind: 'universal',
    selfNegated: true,
    // A visit set as a duty for every reader (« des rendez-vous auxquels on ne doit pas déroger, comme la visite chez
    // l'ophtalmologiste », « un contrôle à ne surtout pas manquer »): universal once a visit or an exam is named.
    patterns: [
      /(?<![a-z])(?:rendez-vous|rdv|visites?|controles?|bilans?|consultations?|examens?|depistages?)\s+(?:[a-z'-]+\s+){0,4}?(?:(?:ne\s+)?(?:doivent|devez|doit|faut|faudrait)\s+(?:absolument\s+|surtout\s+|jamais\s+)?(?:pas\s+)?(?:deroger|manquer|rater|negliger|zapper)|a\s+ne\s+(?:surtout\s+|jamais\s+)?pas\s+(?:manquer|rater|negliger|zapper))(?![a-z])/u,
    ],
    suggestions: ['selon votre situation', 'si votre praticien le juge utile'],
  },
  {
    id: 'avez-vous-pense',
    kind: 'booking',
    // The rhetorical question that books for the reader (« avez-vous prévu le détartrage des enfants ? », « avez-vous
    // pensé à votre bilan annuel ? »): a call to every reader, the same as « pensez à ».
    patterns: [
      /(?<![a-z])(?:avez-vous|as-tu|avez\s+vous)\s+(?:deja\s+|bien\s+)?(?:pense\s+a|programme|prevu|planifie|pris\s+(?:rendez-vous|rdv)\s+pour|fait|reserve)\s+(?:le|la|les|l'|votre|vos|leur|leurs|son|sa|ses|un|une)\s*(?:[a-z'-]+\s+){0,2}?(?:controle|bilan|visite|rendez-vous|rdv|detartrage|depistage|examen|check-?up|seance|consultation)s?(?![a-z])/u,
    ],
    suggestions: ['Votre praticien vous dira si un contrôle est utile'],
  },
  {
    id: 'sinon-vous-devriez',
    kind: 'nudge',
    // (round 13) the question answered for the reader: « Avez-vous déjà songé au laser ? Sinon, vous devriez. »
    patterns: [/(?<=\?\s*)(?:sinon|si\s+ce\s+n'est\s+pas\s+le\s+cas|si\s+non|pas\s+encore)\s*,?\s+(?:vous\s+devriez|il\s+(?:serait|est)\s+temps|pensez-y|foncez|n'hesitez\s+plus)(?![a-z])/u],
    suggestions: ['Votre praticien vous dira si un contrôle est utile'],
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
    terms: ['dès {n} ans', 'à partir de {n} ans', 'passé(s) {n} ans', 'après {n} ans', 'plus de {n} ans',
      // age bands in words (« dès la trentaine », « dès l'adolescence »)
      "dès l'adolescence", 'dès la trentaine', 'dès la quarantaine', 'dès la fin de la vingtaine', 'à partir de la vingtaine',
      'début de la trentaine', 'fin de la vingtaine', 'avant {n} ans', 'avant la trentaine', 'avant la quarantaine', 'dès la cinquantaine', 'à partir de la trentaine',
      'à partir de la quarantaine', 'dès la soixantaine', 'à partir de la cinquantaine', 'à partir de la soixantaine', 'dès le plus jeune âge', 'dès {n} ou {n} ans', 'vers {n} ans',
      // a first visit timed by age (« une première visite autour de 3 ans »)
      'aux alentours de {n} ans', 'autour de {n} ans', "dès l'âge de {n} ans", "à partir de l'âge de {n} ans",
      // an age band written as a range (« un premier bilan entre 6 et 8 ans »)
      'entre {n} et {n} ans'],
    patterns: [
      // starting an act young: « commencez les injections jeune », « on commence tôt »; not the writer's own past
      // (« j'ai commencé tôt », « elle avait débuté jeune »: a story told, no advice) (round 10)
      /(?<![a-z])(?:(?<!(?<![a-z])(?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient)\s+(?:[a-z]+\s+)?)(?:commence|debute)(?![a-z])|commence[rz]|commencent|commencons|debute[rz]|debutent)\s+(?:[a-z'-]+\s+){0,3}?(?:jeune|jeunes|tot|plus\s+tot|de\s+bonne\s+heure|avant\s+les\s+premieres\s+rides)(?![a-z])/u,
    ],
    suggestions: ['selon les recommandations pour votre âge'],
  },
  {
    id: 'faites-controler',
    kind: 'booking',
    selfNegated: true,
    // A call to have an exam done, addressed to every reader: « faites contrôler votre vue », « venez faire votre bilan »,
    // « pensez à prendre rendez-vous pour votre détartrage », "book your annual check-up". « Faites contrôler ce grain de
    // beauté s'il change » states a condition: not reported (see the rule's booking context).
    patterns: [
      /(?<![a-z])(?:faites|faire|fais)(?:[\s-]+vous)?\s+(?:controler|verifier|examiner|surveiller|checker|depister|detartrer|tester)(?![a-z])/u,
      /(?<![a-z])venez\s+(?:(?:donc|vite|quand\s+meme|nous\s+voir\s+pour)\s+)?faire\s+(?:votre|vos|un|une|le|la|ton|ta|tes)\s+(?:[a-z'-]+\s+)?(?:bilan|controle|check-?up|depistage|test|examen|point|detartrage)(?![a-z])/u,
      /(?<![a-z])pensez\s+a\s+(?:prendre|reserver|planifier|programmer|fixer|caler)\s+(?:votre\s+|vos\s+|un\s+|une\s+|le\s+|la\s+)?(?:prochain\s+|prochaine\s+)?(?:rendez-vous|rdv|bilan|controle|check-?up|visite|detartrage|seance|examen|depistage|consultation)(?![a-z])/u,
      /(?<![a-z])pensez\s+a\s+(?:faire\s+)?(?:votre|vos|un|une)\s+(?:prochain\s+|prochaine\s+|petit\s+|petite\s+)?(?:bilan|controle|check-?up|visite\s+de\s+controle|detartrage|depistage|cure|seance\s+d'entretien|revision)s?(?![a-z])/u,
      /(?<![a-z])(?:prenez|reservez|programmez|planifiez)\s+(?:rendez-vous|rdv)\s+pour\s+(?:votre|vos|un|une)\s+(?:[a-z'-]+\s+)?(?:bilan|controle|check-?up|depistage|detartrage|examen)(?![a-z])/u,
      // English and Spanish posts (meta.alsoReads)
      /(?<![a-z])(?:book|schedule)\s+(?:your|an|a)\s+(?:(?:yearly|annual|routine|next|regular|six-month)\s+)?(?:check-?up|cleaning|exam|screening|health\s+check|wellness\s+check)s?(?![a-z])/u,
      /(?<![a-z])(?:pide|reserva|agenda)\s+(?:tu|una)\s+(?:cita|revision|consulta|chequeo)(?![a-z])/u,
    ],
    suggestions: ['Consultez si les symptômes apparaissent ou persistent', 'Votre praticien vous dira si un contrôle est utile'],
  },
  {
    id: 'bon-moment',
    kind: 'seasonal',
    selfNegated: true,
    // A calendar nudge next to a booking: « avant l'été, c'est le bon moment pour commencer vos séances », « et si votre
    // bonne résolution était de prendre rendez-vous ».
    terms: [
      'le bon moment pour', "c'est le moment de", "c'est le moment d'", "c'est le moment idéal", 'le moment idéal pour', "l'occasion idéale",
      'la saison idéale pour', 'la période idéale pour', 'le moment parfait pour', 'la meilleure période pour', 'la meilleure saison pour', 'le moment rêvé pour',
      'bonne(s) résolution(s)', 'the perfect time to', 'the best time to',
      // an age made the moment for a visit (« 4 ans, l'âge idéal pour un premier contrôle »)
      "l'âge idéal pour", "l'âge parfait pour", 'le bon âge pour', "l'âge idéal d'une", "l'âge idéal d'un",
    ],
    suggestions: ['Votre praticien vous dira si un soin est utile'],
  },
  {
    id: 'reservez-vite',
    kind: 'scarcity',
    selfNegated: true,
    // Hurry to book care (« réservez sans attendre », « premiers arrivés »); « réservez vite », « places limitées » and
    // "book now" belong to no-promotional-wording, which reports them for any offer.
    terms: ['réservez sans attendre', 'dépêchez-vous de réserver', 'premiers arrivés', 'call us today'],
    suggestions: ['Prise de rendez-vous en ligne ou au secrétariat'],
  },
  {
    id: 'acte-preventif',
    kind: 'preventive',
    patterns: [
      /(?<![\p{L}])(?:baby\s+)?(?:botox|toxine\s+botulique|injections?|acide\s+hyaluronique|fillers?|laser|peeling|lifting|comblement|skinbooster|mesotherapie|mesolift|fils\s+tenseurs)\s+(?:(?!(?:pas|jamais|ni|aucun|aucune|ne|n'est|n'a|n'ont|non)\s)[\p{L}']+\s+){0,5}?(?:preventi(?:f|ve|fs|ves)|en\s+prevention|a\s+titre\s+preventif)(?![\p{L}])/u,
      // (round 12) the purpose said in other words or farther on in the sentence, « le baby botox détend le front en douceur,
      // dans une optique de prévention »; or said first, the act after it, « en prévention, on peut injecter de petites doses »
      /(?<![\p{L}])(?:baby\s+)?(?:botox|toxine\s+botulique|injections?|acide\s+hyaluronique|fillers?|peeling|comblement|skinbooster|mesotherapie|mesolift|fils\s+tenseurs)(?:\s+(?!(?:pas|jamais|ni|aucun|aucune|ne|n'est|n'a|n'ont|non)\s)[\p{L}',]+){0,10}?\s+(?:dans\s+une\s+(?:perspective|optique|logique|demarche|visee)\s+(?:de\s+)?prevent\p{L}*|de\s+(?:maniere|facon)\s+preventive)(?![\p{L}])/u,
      /(?<![\p{L}])(?:en\s+prevention|a\s+titre\s+preventif|dans\s+une\s+(?:perspective|optique|logique)\s+(?:de\s+)?prevent\p{L}*)\s*,?\s+(?:[\p{L}']+\s+){0,6}?(?:d'|l')?(?:injecter|injections?|botox|toxine|acide\s+hyaluronique|fillers?)(?![\p{L}])/u,
      // "prejuvenation": ageing treated before it shows
      /(?<![\p{L}])pre-?juv[ea]nation(?![\p{L}])/u,
      /(?<![\p{L}])(?:prevenir|anticiper|retarder|ralentir|freiner|devancer)\s+(?:les\s+|vos\s+|le\s+|l'|la\s+|leur\s+|ses\s+)?(?:l'apparition\s+(?:des|de\s+vos|de\s+la|du)\s+)?(?:premieres\s+)?(?:rides|ridules|relachement|vieillissement|signes\s+de\s+l'age|signes\s+du\s+temps|affaissement)(?![\p{L}])/u,
    ],
    suggestions: ['(décrire l’acte, ses indications et ses risques, sans incitation)'],
  },
  {
    id: 'entretien-comme-une-voiture',
    kind: 'fear',
    selfNegated: true,
    quotedToo: true,
    // The body serviced like a car (« on fait bien la vidange de sa voiture », « on n'attend pas la panne pour aller au
    // garage ») next to care: routine upkeep pushed on everyone by analogy, whatever the negations of the analogy itself.
    patterns: [
      /(?<=(?<![a-z])(?:voitures?|vehicules?|automobiles?|garages?|garagistes?|mecanos?|mecaniciens?|moteurs?)(?![a-z])[^.!?\n]{0,120}?)(?<![a-z])(?:vidanges?|revisions?|controles?\s+techniques?|(?:tombe|tombent|tomber|tombera)\s+en\s+panne)(?![a-z])/u,
      /(?<![a-z])(?:vidanges?|controles?\s+techniques?)(?=[^.!?\n]{0,80}?(?<![a-z])(?:voitures?|vehicules?|automobiles?|garages?)(?![a-z]))/u,
    ],
    suggestions: ['Votre praticien vous dira si un suivi est utile'],
  },
  {
    id: 'avant-tout-preventif',
    kind: 'preventiveCare',
    selfNegated: true,
    // A care or a device sold first as prevention, for people with no complaint: « nos massages soignent, mais ils
    // sont surtout préventifs », « l'ostéopathie, c'est d'abord de la prévention », « une démarche
    // préventive ». Reported when care is named around it (see the rule).
    patterns: [
      /(?<![a-z])(?:avant\s+tout|surtout|d'abord|essentiellement|principalement)\s+(?:(?:un|une|des)\s+(?:soins?|outils?|actes?|traitements?|gestes?)\s+)?preventi(?:f|ve|fs|ves)(?![a-z])/u,
      /(?<![a-z])pas\s+(?:seulement|uniquement|que)\s+curati(?:f|ve|fs|ves)(?![a-z])/u,
      /(?<![a-z])(?:tout\s+)?l'interet\s+(?:de\s+la\s+prevention|d'une?\s+(?:suivi|consultation|seance|visite|bilan|approche|demarche)\s+preventi(?:f|ve))(?![a-z])/u,
      /(?<![a-z])(?:approche|demarche|strategie|vocation|visee)\s+(?:[a-z]+\s+et\s+)?preventive(?![a-z])/u,
    ],
    suggestions: ['selon votre situation et l’avis de votre praticien'],
  },
  {
    id: 'plus-que-n-creneaux',
    kind: 'scarcity',
    selfNegated: true,
    patterns: [
      /(?<![\p{L}])(?:plus\s+que|il\s+ne\s+reste\s+(?:plus\s+)?que|seulement)\s+(?:\d+|quelques|peu\s+de|deux|trois)\s+(?:creneaux|creneau|places?|rendez-vous|rdv|disponibilites)(?![\p{L}])/u,
    ],
    suggestions: ['Prise de rendez-vous en ligne ou au secrétariat'],
  },
  {
    id: 'rythme-prescrit',
    kind: 'prescribed',
    // A calendar rhythm or a preventive purpose, in a sentence that names a visit and prescribes it: « il faut voir son
    // dentiste deux fois par an », « un contrôle chez l'orthoptiste tous les 6 mois, c'est la base », « consultez
    // régulièrement », « il est conseillé de venir en préventif ». The rhythm is the candidate; the visit and the
    // prescription are its context (see the rule).
    terms: [
      'chaque année', 'tous les ans', 'annuellement', 'une fois par an', 'deux fois par an', 'une à deux fois par an',
      'une ou deux fois par an', 'au moins une fois par an', 'tous les {n} mois', 'tous les six mois', 'tous les trois mois', 'tous les deux mois',
      'tous les douze mois', 'tous les {n} ans', 'tous les deux ans', 'chaque mois', 'tous les mois', 'une fois par mois', 'à chaque saison',
      'à chaque changement de saison', 'aux changements de saison', 'chaque printemps', 'chaque automne', 'chaque saison',
      'régulièrement', 'de façon régulière', 'de manière régulière', 'à intervalles réguliers', 'périodiquement', 'de façon périodique',
      'au minimum une fois par an', 'au moins deux fois par an', 'deux fois dans l\'année', 'une fois dans l\'année', 'une fois l\'an',
      'une fois par trimestre', 'tous les trimestres', 'tous les semestres', 'chaque semestre', 'chaque trimestre', 'à chaque rentrée',
      '{n} fois par an', '{n} à {n} fois par an', '{n} fois par mois', '{n} fois dans l\'année', "au printemps et à l'automne",
      'à chaque intersaison', 'aux intersaisons', 'régulier(s)', 'régulière(s)', 'réflexe santé', 'réflexe de santé', 'réflexe prévention', 'réflexe préventif',
      'en préventif', 'en prévention', 'à titre préventif', 'à titre de prévention', 'de manière préventive', 'de façon préventive',
      'every six months', 'every {n} months', 'every year', 'once a year', 'twice a year', 'regularly', 'cada seis meses', 'cada {n} meses',
      'cada año', 'una vez al año', 'dos veces al año', 'regularmente',
    ],
    // the upkeep of a treatment already chosen (« il faut prévoir de répéter l'injection deux fois par an pour conserver
    // l'effet ») is information on that treatment, not a rhythm prescribed to every reader
    unlessSentence: ['remboursé(e)(s)', 'remboursement(s)', 'pris(e)(s) en charge par', 'mutuelle(s)', 'sécurité sociale', 'tarif(s)', 'horaire(s)', 'ouvert(e)(s)', 'fermé(e)(s)', 'pendant {n} semaines', 'pendant {n} mois', ...treatmentUpkeep],
    suggestions: ['selon votre situation et l’avis de votre praticien'],
  },
  {
    id: 'creneaux-partent',
    kind: 'scarcityCare',
    selfNegated: true,
    // Slots running out, said about care: « les créneaux partent vite », « derniers créneaux pour votre détartrage »,
    // « il reste très peu de places pour les bilans ». (« derniers créneaux » alone is no-promotional-wording's.)
    patterns: [
      /(?<![a-z])(?:places?|creneaux|creneau|rendez-vous|rdv|disponibilites|dispos|plannings?|agendas?)\s+(?:[a-z'-]+\s+){0,5}?(?:partent|part|s'envolent|s'envole|se\s+remplissent|se\s+remplit|filent|sont\s+(?:presque|quasiment|bientot|deja)\s+(?:tous\s+|toutes\s+)?(?:pris|prises|complets?|remplis?|reserves?|reservees?))(?:\s+(?:tres\s+|trop\s+)?vite)?(?![a-z])/u,
      /(?<![a-z])(?:derniers|dernieres)\s+(?:creneaux|places|rendez-vous|rdv|disponibilites)\s+(?:disponibles?\s+)?(?:pour|cette|ce|de|du|avant|en)(?![a-z])/u,
      /(?<![a-z])il\s+(?:ne\s+)?reste\s+(?:tres\s+|vraiment\s+)?peu\s+de\s+(?:places|creneaux|rendez-vous|rdv|disponibilites)(?![a-z])/u,
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
  // a follow-up or a device pushed (« un suivi ostéopathique régulier », « l'appareillage auditif »)
  'suivi régulier', 'suivi(s) ostéopathique(s)', 'suivi préventif', 'appareillage(s)', 'appareil(s) auditif(s)', 'aide(s) auditive(s)',
  // a complaint said never to go away by itself: the care it calls for is implied (« une varice ne disparaît jamais seule »)
  'ne disparaît jamais seul(e)(s)', 'ne disparaît pas seul(e)(s)', 'ne disparaissent jamais seul(e)s', 'ne disparaissent pas seul(e)s',
  'ne guérit jamais seul(e)(s)', 'ne guérit pas seul(e)(s)', 'ne se résorbe jamais seul(e)(s)', 'ne se résorbe pas seul(e)(s)',
];

/** Care in general: enough for an urgency appeal ("n'attendez pas d'avoir mal pour consulter"). */
export const careBroad = [
  'consultation(s)', 'consulter', 'consultez', 'soin(s)', 'soigner', 'traitement(s)', 'traiter', 'prise en charge', 'dentiste', 'kiné', 'ostéopathe',
  'visite(s)', 'podologue', 'orthodontiste', 'dermatologue', 'appointment(s)', 'dentist(s)', 'doctor(s)', 'cita(s)', 'revisión', 'consulta(s)',
  'chequeo(s)', 'examiner', 'faire vérifier', 'venir', 'revenir', 'passer au cabinet', 'nous vous recevons', 'nous vous accueillons',
  // a discipline or an early detection standing for the care pushed (« misez sur la kinésithérapie d'entretien »)
  'ostéopathie', 'chiropratique', 'chiropraxie', 'kinésithérapie', 'podologie', 'détection précoce', 'dépistage précoce',
  // the care and the carer named otherwise (« sans passer par un kiné », « sans un œil expert », « votre médecin »)
  'rééducation', 'sage(s)-femme(s)', 'médecin(s)', 'gynécologue(s)', 'ophtalmologue(s)', 'ophtalmologiste(s)', 'orthoptiste(s)',
  'prévention', 'consultiez', 'consultions', 'kinésithérapeute(s)', 'hygiéniste(s)', 'œil expert', 'professionnel(le)(s) de santé', 'spécialiste(s)', 'praticien(ne)(s)', 'problème(s) dentaire(s)', 'bucco-dentaire(s)',
];

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
  'au minimum une fois par an', 'au moins deux fois par an', 'au minimum deux fois par an', 'une fois par trimestre', 'après chaque',
  'à chaque rentrée scolaire', 'chaque rentrée', 'par mois', 'par an', 'par semaine', 'par trimestre', 'par saison',
  // the season itself as the calendar (« cure de printemps », « un ajustement mensuel »)
  'de printemps', "d'automne", 'saisonnier(s)', 'saisonnière(s)', 'mensuel(le)(s)', 'hebdomadaire(s)',
  // English and Spanish posts (meta.alsoReads)
  'every six months', 'every {n} months', 'every year', 'once a year', 'twice a year', 'yearly', 'annual', 'cada seis meses', 'cada {n} meses',
  'cada año', 'una vez al año', 'dos veces al año', 'anual(es)',
];

/** Words of a visit or an exam: what a call to book must be about (the 'booking' kind). */
export const bookingContext = [
  'rendez-vous', 'rdv', 'réserv*', 'consult*', 'séance(s)', 'bilan(s)', 'contrôle(s)', 'contrôler', 'vérifier', 'check-up', 'checkup',
  'visite(s)', 'examen(s)', 'dépistage(s)', 'dépister', 'détartrage(s)', 'au cabinet', 'appointment(s)', 'exam(s)', 'screening(s)',
  'cita(s)', 'revisión', 'chequeo(s)', 'tester', 'examiner', 'surveiller',
];

/** Practitioners and consulting verbs: enough for a universal cue (« tout le monde devrait consulter un ostéopathe »). */
export const careVisit = [
  'consulter', 'consultez', 'consultation(s)', 'visite(s)', 'ostéopathe(s)', 'ostéo', 'dentiste(s)', 'kiné(s)', 'kinésithérapeute(s)',
  'chiropraticien(ne)(s)', 'spécialiste(s)', 'podologue(s)', 'orthodontiste(s)', 'ophtalmologiste(s)', 'ophtalmo(s)', 'dermatologue(s)', 'gynécologue(s)', 'chiropracteur(s)',
  'audioprothésiste(s)', 'opticien(s)', 'naturopathe(s)', 'orthoptiste(s)', 'appointment(s)', 'check-up', 'dentist(s)', 'cita(s)', 'revisión',
  'scan(s)', 'screening(s)', 'exam(s)',
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
  'suivi(e)(s) pour', 'souffrant', 'ceux qui', 'celles qui', 'ceux et celles qui', 'celles et ceux qui', 'hypertendu(e)(s)', 'asthmatique(s)', 'immunodéprimé(e)(s)', 'en affection de longue durée',
];

/** Official prevention, screening and emergency guidance: the paragraph relays public-health advice. */
export const officialOrEmergency = [
  'dépistage organisé', 'dépistages organisés', 'dépistage néonatal', 'calendrier vaccinal', 'calendrier des vaccinations',
  'dtp', 'haute autorité de santé', 'santé publique france', 'recommandations officielles',
  // « recommandé par » alone also introduces a professional society or a brand (« recommandé par les ostéopathes »):
  // only public bodies and official texts clear a paragraph
  'selon les recommandations de la has', 'selon les recommandations officielles', 'selon les recommandations nationales',
  'recommandé(e)(s) par la haute autorité', 'recommandé(e)(s) par la has', 'recommandé(e)(s) par les autorités de santé', "m't dents", 'mt dents', 'programme national', 'assurance maladie',
  'institut national du cancer', 'samu', 'sos médecins', 'permanence des soins', 'centre antipoison',
  // public bodies running free screening and prevention (a public-health campaign, not a practice's pitch)
  'agence régionale de santé', 'haut conseil de la santé publique', 'direction générale de la santé', 'examen de prévention en santé',
  "centre d'examens de santé", 'mon bilan prévention', 'protection maternelle et infantile', 'centre de vaccination',
  'centre de dépistage', 'cegidd', 'conseil départemental', 'service communal d\'hygiène',
  // national awareness months and the three organised cancer screenings: a campaign relayed, not a practice's pitch
  'octobre rose', 'mars bleu', 'movember', 'mois sans tabac', 'dépistage du cancer du sein', 'dépistage du cancer colorectal',
  'dépistage du cancer du col', 'dépistage des cancers du sein', 'dépistage du cancer du col de l\'utérus',
  // the age bands of the three organised screenings: the programme speaking, even unnamed (« de 50 à 74 ans, une fois tous les deux ans »)
  'de 50 à 74 ans', 'entre 50 et 74 ans', '50-74 ans', 'de 25 à 65 ans', 'entre 25 et 65 ans', 'de 25 ans à 65 ans', 'de 50 ans à 74 ans',
  'entre 25 ans et 65 ans', 'entre 50 ans et 74 ans', 'de 25 à 29 ans', 'de 30 à 65 ans',
];

/**
 * Official words that also come up in a practice's own pitch (« nous prenons les urgences », « ouvert aux patients
 * de la mairie », « remboursé par l'assurance maladie »): they clear the phrase they stand in, not the sentence
 * around nor the next one (« Les urgences sont reçues le jour même. N'attendez pas d'avoir mal pour consulter. »).
 */
export const officialInPhrase = [
  'vaccin*', 'urgences', 'médecin de garde',
  // a learned society's recommendation relayed (« selon les recommandations des sociétés de pneumologie »)
  'selon les recommandations du', 'selon les recommandations des', 'selon ces recommandations', 'selon ces directives', 'pharmacie de garde', 'service de garde', 'mairie', 'assurance maladie', 'ameli',
];
/**
 * Acronyms and emergency numbers, matched on the original text (case matters for HAS / SpF). They clear the whole
 * paragraph. Not the WHO (OMS), the CNGOF or the UFSBD: practices cite the WHO's definition of health or a union's
 * advice to back a routine visit; they clear their own sentence only (the rule's CITED_BODIES).
 */
export const officialAcronyms = /(?<![\p{L}\p{N}])(?:HAS|SpF|INCa|ARS|CPAM|HCSP|DGS|PMI|(?:le|au|du|composez|appelez|faites)\s+(?:le\s+)?(?:15|112|114|3114|3237|116\s?117))(?![\p{L}\p{N}])/u;

/** The sentence ties care to symptoms or to a prescription: "consultez si la fièvre dure", "prescrit par votre médecin". */
export const conditionalOrPrescribed = [
  'en cas de', "en cas d'", 'consultez si', 'si la fièvre', 'si les symptômes', 'si la douleur', 'si vous avez des', 'si vous avez de la', 'si vous avez une', 'si vous avez un', 'si vous avez mal',
  'si vous ressentez', 'si vous constatez', 'si vous remarquez', 'si vous observez', 'persiste(nt)', 'dure plus de', 'au moindre symptôme',
  'au moindre signe', 'prescrit(e)(s) par', 'sur prescription', 'selon la prescription', 'médecin traitant', 'selon votre praticien',
  'conseillé(e) par votre', 'à la demande de votre', 'dans le cadre de votre suivi', 'suivi prescrit',
  // the rhythm left to the practitioner and the patient (« selon vos besoins », « au cas par cas »)
  'selon votre dentiste', 'selon votre situation', 'selon vos besoins', 'selon les cas', 'au cas par cas', 'si besoin', 'si nécessaire',
  'en fonction de vos besoins', 'en fonction de votre situation', 'adapté(e)(s) à chacun', 'propre à chacun', 'dépend de chacun',
];


/** A visit, an exam or a practitioner: what a prescribed rhythm must be about (the 'prescribed' kind). */
export const visitWords = [
  'consulter', 'consultez', 'consultation(s)', 'consulte', 'visite(s)', 'visiter', 'rendez-vous', 'rdv', 'contrôle(s)', 'contrôler',
  'bilan(s)', 'check-up', 'checkup', 'examen(s)', 'dépistage(s)', 'détartrage(s)', 'séance(s)', 'faire le point', 'faites le point',
  'faire vérifier', 'faire contrôler', 'se faire examiner', 'faire réviser', 'révision(s)', 'cure(s)', 'voir un(e)', 'voir votre', 'voir son', 'voir sa', 'voir le', 'voir la', 'aller chez', 'allez chez',
  'se rendre chez', 'vous rendre', 'rendre visite', 'passer chez', 'passez chez', 'venir', 'venez', 'revenir', 'revenez', 'nous voir',
  // the visit verb parted from its « chez » by the rhythm (« se rendre deux fois l'an chez… »), and the practitioner
  // named by his field (« un professionnel du pied », « un professionnel de santé », « un spécialiste de la vue »)
  'se rendre', 'professionnel(le)(s) de santé', 'professionnel(le)(s) du', 'professionnel(le)(s) de la', "professionnel(le)(s) de l'", 'spécialiste(s)',
  'ostéopathe(s)', 'ostéo', 'dentiste(s)', 'kiné(s)', 'kinésithérapeute(s)', 'podologue(s)', 'orthodontiste(s)', 'ophtalmologiste(s)',
  'ophtalmo(s)', 'orthoptiste(s)', 'dermatologue(s)', 'dermato', 'gynécologue(s)', 'gynéco', 'chiropracteur(s)', 'audioprothésiste(s)',
  'opticien(s)', 'naturopathe(s)', 'sophrologue(s)', 'praticien(ne)(s)', 'thérapeute(s)', 'sage(s)-femme(s)', 'chiropraticien(ne)(s)',
  // the discipline standing for its visits (« la podologie, un réflexe chaque année »)
  'ostéopathie', 'chiropratique', 'chiropraxie', 'podologie',
  'appointment(s)', 'check-up(s)', 'dentist(s)', 'doctor(s)', 'visit', 'see your', 'scan(s)', 'screening(s)', 'exam(s)', 'cita(s)', 'revisión', 'revisiones', 'chequeo(s)', 'consulta(s)',
];

/** A prescription addressed to the reader: « il faut », « il est conseillé de », « pensez à », « c'est la base », imperatives. */
export const prescriptive = [
  // (not « doit » alone: « le kiné doit réévaluer régulièrement » is the practitioner's duty, not advice to the reader)
  'il faut', 'il faudrait', 'on doit', 'vous devez', 'vous devriez', 'nous devons', 'on devrait', 'tu dois', 'tu devrais',
  'il est conseillé', 'il est recommandé', 'il est préconisé', 'il est important', 'il est essentiel', 'il est indispensable',
  'il est nécessaire', 'il est primordial', 'il est impératif', 'il est judicieux', 'il est préférable', 'il est souhaitable', 'il est utile',
  'il est bon de', "il est bon d'", 'il est fortement', 'il est vivement', 'il est donc', 'est conseillé(e)(s)', 'est recommandé(e)(s)',
  'sont conseillé(e)s', 'sont recommandé(e)s', 'conseillé(e)(s)', 'recommandé(e)(s)', 'préconisé(e)(s)', 'nous conseillons', 'nous recommandons',
  'nous préconisons', 'je conseille', 'je recommande', 'je préconise', 'on conseille', 'on recommande', 'pensez à', "pensez-y", "n'oubliez pas",
  'prévoyez', 'programmez', 'planifiez', 'faites', 'faites-vous', 'venez', 'consultez', 'prenez', 'réservez', 'offrez-vous', 'accordez-vous',
  "c'est la base", "c'est le minimum", "c'est la clé", "la clé d'un", "la clé d'une", "le secret d'un", "le secret d'une", 'un minimum', 'le mieux est de', 'la meilleure façon', 'le meilleur moyen', 'la meilleure politique', 'la meilleure arme', "le mieux c'est de", "le mieux, c'est de", 'au minimum', 'au moins', "l'idéal", 'idéalement', 'est idéal(e)', 'sont idéal(e)s', "c'est idéal", 'serait idéal(e)', 'il est pertinent', 'il est donc pertinent', 'obligatoire(s)', 'indispensable(s)',
  'essentiel(le)(s)', 'incontournable(s)', 'à ne pas négliger', 'le bon réflexe', 'un réflexe', 'de rigueur', "s'impose(nt)", 'primordial(e)(s)',
"une bonne idée", 'à ne pas manquer', 'à ne pas rater', 'le réflexe', "n'est pas une raison pour ne pas", 'pas une raison pour ne pas', 'peuvent être effectué(e)s', 'peut être effectué(e)', 'doit être effectué(e)', 'doivent être effectué(e)s', 'à faire', 'nécessaire(s)', 'important(e)(s)',
  // (round 12) the visit's value asserted for everyone, « un suivi régulier, la meilleure des préventions », « un vrai filet de sécurité »
  "n'a rien d'anodin", "n'est pas anodin(e)", 'filet de sécurité', 'la meilleure des préventions', 'la meilleure prévention', 'un bon investissement',
  'should', 'must', 'we recommend', 'is recommended', 'make sure', 'deberías', 'debes', 'hay que', 'se recomienda', 'es importante',
];

/** What says the advice is for everyone, even with a condition elsewhere in the sentence (« même sans douleur, ou en cas de gêne »). */
/**
 * Advice given to every age or every reader (« quel que soit votre âge », « à tout âge », « tout au long de la vie »):
 * with a rhythm and a prescription in its sentence, the check it times may be named in the sentence before or after
 * (round 9: « Faites entretenir votre ouïe régulièrement, quel que soit votre âge : c'est capital. Un audiogramme… »).
 */
export const anyAge = [
  'quel que soit votre âge', 'quel que soit notre âge', 'quel que soit son âge', 'quel que soit leur âge', "quel que soit l'âge",
  'quelque soit votre âge', 'quelque soit l\'âge', 'à tout âge', 'à tous les âges', 'tout au long de la vie', 'toute la vie',
  'tout le monde', 'pour tous', 'pour toutes', 'chacun de nous', 'chacune de nous',
];

export const evenWithout = [
  'même sans', 'même si', "même s'il", 'même quand', 'même lorsque', "même en l'absence", 'avec ou sans', 'que vous ayez', 'tout le monde',
  'en préventif', 'à titre préventif', 'en prévention', 'pour tous', 'pour toutes', 'systématiquement',
  // a routine date, brought forward in case of need (« sous trois semaines, ou avant si quelque chose vous inquiète »)
  'ou plus tôt', 'voire plus tôt', 'ou avant si',
];

/**
 * The practice's own push (« nous conseillons », « chez nous », « prenez rendez-vous »): an official body named in
 * another sentence of the paragraph does not make this sentence a relay of its campaign (« La HAS recommande une visite
 * par an aux enfants. Nous conseillons à tous un contrôle tous les six mois. »).
 */
export const ownPush = [
  'nous conseillons', 'nous recommandons', 'nous préconisons', 'je conseille', 'je recommande', 'je préconise', 'chez nous', 'au cabinet',
  'notre cabinet', 'notre centre', 'notre clinique', 'notre pharmacie', 'à la pharmacie', 'venez', 'prenez rendez-vous', 'prenez rdv', 'réservez',
  'contactez-nous', 'appelez-nous', 'appelez le cabinet', 'nous vous attendons', 'nous vous recevons', 'nous vous accueillons',
];
