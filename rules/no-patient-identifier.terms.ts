// DATA ONLY: the words that tell a patient from a practitioner, a colleague or a public figure (DOMAIN.md §2.c,
// §1.8). Lists are folded (lowercase, no accents) unless said otherwise. Add words here, never code.
import { givenNames, NamesExcept } from '../src/rule-kit.js';
import type { Gender } from '../src/rule-kit.js';

const names = (s: string) => s.split(/\s+/u).filter(Boolean);

/**
 * First names come from the npm package `gender-detection-from-name` (about 33 000 French given names with their
 * gender, see src/french/given-names.ts), loaded on first use. That list, drawn from civil registers, also holds
 * words: these are never read as a first name by themselves (capitalised at a sentence start, in a heading, or as the
 * only clue). Two kinds: French words whose capitalised form is usually the word or a place (« Rose » of Octobre
 * rose, « Pierre » the stone, « Claire » the adjective, « Marine » the navy, « France »), and English or Latin words
 * of bilingual posts (« Grace », « Mark »). A person construction still finds them: « Rose, 34 ans », « Claire a 28 ans ».
 */
export const nameExclusions = names(`
  rose claire pierre marine france paris aurore victoire constance patience prudence fortune esperance soleil lune
  etoile fleur olive prune noel toussaint paques ange anges belle beau douce juste fidele sage saint sainte prince reine
  roi lorraine provence alsace savoie bretagne normandie aude loire vienne charente garonne gironde landes marne somme
  orne manche cher indre allier creuse lot tarn gard var drome isere ain jura corse reunion guyane martinique mayotte
  europe amerique afrique asie avril mai mars juin janvier fevrier automne ete hiver printemps lumiere joie paix amour
  bonheur espoir liberte passion esprit ame chance miracle perle bijou saphir ambroisie violette blanche capucine
  marguerite iris jasmine jasmin lilas hortense camelia myrtille cerise fraise vanille cannelle amande sante premier
  premiere devis lien kine remise elle son sang sera parfait parfaite ravi ravie salle gene sait ami amie tranquille
  barbe court courte job don fort forte gentil gentille maman papa rares guide sublime lance benigne naturelle second
  seconde prudent libre marin chaine chaines lie clair pole destinee etoile juste pasteur racine principe modeste
  bonnet precieux lourde honore elan vital bel orient ode genie sauveur maire loulou anonyme pensee dia ferie vida
  the art may grace same any real link line time else read praise even check per meta promise can you just summer del
  mine gift long una nor alone days dolor carry aimed given many success ons say come will young lovely happy ever said
  great favour done late peace deny ones feeling aura aure ira era aires ales ives aren tou milagro german ways idea
  man lines chain passion segundo justo tan paga nacio sem den camel alla van prima venant bonheur lion dolor ita ara eol
  ron len chu ameli
`);
/** Compound « names » that are places or saints' days: « Saint-Martin », « Sainte-Anne ». */
export const nameExclusionPrefixes = ['saint-', 'sainte-', 'st-', 'ste-'];
export const firstNames: ReadonlyMap<string, Gender> = new NamesExcept(givenNames, new Set(nameExclusions), nameExclusionPrefixes);

/** Capitalised words that are not names (sentence words, greetings, days, diseases, places, brands). */
export const notNames = new Set(
  names(`
  francophone francophones anglophone anglophones etrangers etrangeres europeens europeennes
  anglais anglaise anglaises britannique britanniques irlandais belges suisses allemands allemandes italiens italiennes
  espagnols espagnoles americains americaines canadiens canadiennes quebecois marocains marocaines tunisiens tunisiennes
  algeriens algeriennes hongrois hongroises roumains turcs neerlandais scandinaves
  merci bravo bonjour bonsoir bienvenue felicitations joyeux joyeuse bonne bon courage hello coucou salut cher chere chers
  cheres madame monsieur mademoiselle docteur docteure professeur dr dre pr elle il ils elles nous vous on je tu ce cet
  cette ces mon ma mes notre nos votre vos son sa ses leur leurs un une des les du au aux et ou mais donc car avec pour
  par sur dans chez sans lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet
  aout septembre octobre novembre decembre noel paques toussaint covid sars alzheimer parkinson crohn basedow hashimoto
  asperger lyme charcot raynaud tourette kawasaki guillain barre ehlers danlos france paris bretagne europe instagram
  facebook linkedin tiktok youtube doctolib google whatsapp twitter ameli vitale assurance maladie sante publique haute
  autorite ordre conseil national cabinet clinique hopital centre maison pharmacie service urgences samu sos association
  ligue fondation institut universite faculte chu ehpad vitamine hepatite groupe type stade grade phase plan secteur zone
  salle porte batiment niveau classe option annexe article chapitre photo photos source sources note attention rappel
  info infos important urgent nouveau nouvelle team saint sainte rue avenue place the thanks hashtag story reel live
  octobre movember dry january nobel prix journee semaine mois jour an annee cas patient patiente patients
  patientes bebe enfant enfants femme femmes homme hommes fille fils maman papa mamie papi famille equipe garcon
  adolescent adolescente ado nourrisson retraite retraitee sportif sportive coureur coureuse etudiant etudiante mere
  pere senior adulte jeune fumeur fumeuse cycliste randonneur randonneuse joueur joueuse danseuse danseur
  tous toutes tout toute rendez vous ici voici voila oui non pas plus tres bien enfin hier demain aujourd'hui ce soir
  lycee college ecole espace residence gymnase piscine parc square pole theatre musee mediatheque chapelle eglise quai
  allee chemin impasse boulevard prince poucet chaperon larousse enfance jeunesse mairie region departement ville metropole agglomeration universitaire
  `),
);

/** A writer giving their own name (« je m'appelle », « moi, c'est », « mon prénom est »): a regex source on folded text,
 *  shared by no-patient-identifier (a professional's portrait) and no-testimonial (a patient's own story). */
export const selfIntroduction = String.raw`(?:je\s+m'appelle|je\s+me\s+nomme|moi,?\s+c'est|mon\s+(?:nom|prenom)\s+est)`;

/**
 * Towns and regions that are also given names (« se faire soigner à Sofia », « opérée à Valence », « vivre en
 * Lorraine »): after « à », « en », « vers » or « depuis » they are the place, unless thanks or words are addressed to
 * someone (« merci à Florence »). Folded.
 */
export const placeGivenNames = new Set(
  names(`
  sofia florence nancy valence lourdes victoria adelaide vienne orange alma lorraine savannah augusta regina sydney
  santiago charlotte beatrice clermont albi carla troyes
  `),
);

/** After a civility, these make a title, not a name: « Mme la Ministre », « M. le Maire ». */
export const titles = new Set(
  names(`
  ministre maire prefet prefete president presidente directeur directrice depute deputee senateur senatrice docteur
  docteure professeur professeure juge procureur procureure commissaire doyen doyenne proviseur principal principale
  abbe cure eveque pasteur rabbin imam recteur rectrice ambassadeur ambassadrice consul general generale colonel
  capitaine adjoint adjointe conseiller conseillere secretaire delegue deleguee defenseur defenseure
  `),
);

/** After these, capitalised words name a street, an institution or an eponym, not a person (« rue Jean-Jaurès »). */
export const heads = new Set(
  names(`
  rue avenue av boulevard bd place allee quai impasse chemin square cours promenade route pont parc gare hopital centre
  institut lycee college ecole clinique polyclinique fondation maison ehpad residence salle stade gymnase espace pole chu
  ch universite faculte bibliotheque mediatheque eglise chapelle cathedrale musee theatre cinema association collectif
  maladie syndrome signe test methode technique loi prix plan effet principe score echelle manoeuvre classification
  reflexe protocole programme label trophee promotion amphitheatre amphi batiment pavillon service unite
  `),
);

/** Words in apposition or in the sentence that make a named person a colleague or a public figure, not a patient. */
export const staffContext = [
  'secretaire(s)', 'assistant(e)(s)', 'collegue(s)', 'associe(e)(s)', 'confrere(s)', 'consoeur(s)', 'remplacant(e)(s)',
  'interne(s)', 'stagiaire(s)', 'etudiant(e)(s)', 'collaborat(eur)(rice)(s)', 'kine', 'kinesitherapeute(s)', 'infirmier(e)(s)',
  'medecin(s)', 'dentiste(s)', 'orthodontiste(s)', 'sage(s)-femme(s)', 'osteopathe(s)', 'podologue(s)', 'pedicure(s)',
  'pharmacien(ne)(s)', 'preparat(eur)(rice)(s)', 'orthophoniste(s)', 'orthoptiste(s)', 'psychologue(s)', 'ergotherapeute(s)',
  'psychomotricien(ne)(s)', 'dieteticien(ne)(s)', 'chirurgien(ne)(s)', 'anesthesiste(s)', 'radiologue(s)', 'generaliste(s)',
  'ide', 'idel', 'ipa', 'opticien(ne)', 'audioprothesiste', 'manipulat(eur)(rice)', 'sophrologue', 'naturopathe', 'psychiatre',
  'pediatre', 'gynecologue', 'cardiologue', 'dermatologue', 'ophtalmologue', 'orl', 'rhumatologue', 'neurologue', 'oncologue',
  'geriatre',
  // (round 7-8 held-out: « X est cancérologue au centre hospitalier… » read as a patient) the other medical specialties
  'cancerologue(s)', 'urologue(s)', 'endocrinologue(s)', 'pneumologue(s)', 'gastro-enterologue(s)', 'gastroenterologue(s)',
  'hepatologue(s)', 'nephrologue(s)', 'hematologue(s)', 'allergologue(s)', 'angiologue(s)', 'phlebologue(s)', 'stomatologue(s)',
  'neurochirurgien(ne)(s)', 'proctologue(s)', 'addictologue(s)', 'diabetologue(s)', 'nutritionniste(s)', 'andrologue(s)',
  'sexologue(s)', 'tabacologue(s)', 'algologue(s)', 'infectiologue(s)', 'immunologue(s)', 'geneticien(ne)(s)',
  'radiotherapeute(s)', 'gerontologue(s)', 'neonatologue(s)', 'senologue(s)', 'chiropraticien(ne)(s)', 'chiropracteur(s)', 'praticien(ne)(s)', 'specialiste(s)', 'responsable', 'referent(e)', 'cadre de sante', 'gerant(e)', 'biologiste',
  'masseu(r)(se)', 'echographiste', 'pot de depart', 'son depart', 'diplome', 'diplomee', 'soutenance', 'these',
  'aide(s)-soignant(e)(s)', 'coordinat(eur)(rice)', 'titulaire(s)', 'directeur', 'directrice', 'president(e)', 'ministre',
  'maire', 'depute(e)', 'senat(eur)(rice)', 'chercheu(r)(se)', 'conferencier', 'conferenciere', 'journaliste', 'auteur(e)',
  'rejoint', 'rejoindra', 'rejoignent', 'a rejoint', 'bienvenue', 'accueillons', 'nous accueillons', 'remplace', 'remplacee',
  'remplacera', 'remplace par', 'en conge', 'conge maternite', 'retraite', 'recrute', 'recrutons', 'interviendra', 'intervient',
  'anime par', 'animee par', 'animera', 'presentera', 'webinaire', 'conference', 'formation', 'congres', 'a presente',
  'a annonce', 'prix nobel', 'travaux', 'notre equipe', 'l\'equipe',
  // a hospital post held by the one named (« X, chef de service de gynécologie à la maternité de… »)
  'chef de service', 'chef du service', 'chef de pole', 'chef du pole', 'chef de clinique', 'gyneco-obstetricien(ne)', 'obstetricien(ne)',
];

/** An illness named (« Kevin Lambert et sa leucémie », « le combat de X contre l'endométriose »): in the sentence of a
 *  person named in full, that person is a patient (issue #7: feature articles name the ill in full). Folded. */
export const diseaseNames = [
  'cancer(s)', 'leucemie(s)', 'lymphome(s)', 'myelome(s)', 'tumeur(s)', 'sclerose en plaques', 'sclerose laterale', 'maladie de charcot',
  'alzheimer', 'parkinson', 'diabete', 'diabetique(s)', 'mucoviscidose', 'myopathie(s)', 'endometriose', 'fibromyalgie',
  'epilepsie', 'epileptique(s)', 'autisme', 'autiste(s)', 'trisomie', 'hemophilie', 'drepanocytose', 'anorexie', 'boulimie',
  'insuffisance renale', 'insuffisance cardiaque', 'maladie rare', 'maladie orpheline', 'maladie genetique', 'paraplegique(s)',
  'tetraplegique(s)', 'hemiplegique(s)', 'amputee(s)', 'amputation', 'dialyse(s)', 'dialyse(e)(s)', 'chimiotherapie', 'radiotherapie',
  // (issue #7) the everyday conditions a practice's story tells of a named person (« Lina traîne depuis l'enfance un
  // surpoids », « Marc, qui vit avec une arthrose du genou »): health data as much as a rare disease
  'obesite', 'obesite morbide', 'obese(s)', 'surpoids', 'depression', 'burn-out', 'burnout', 'arthrose', 'polyarthrite', 'spondylarthrite',
  'scoliose', 'hernie discale', 'asthme', 'asthmatique(s)', 'psoriasis', 'eczema', 'sciatique', 'lombalgie chronique', 'apnee(s) du sommeil',
  'hypertension', 'avc', 'infarctus', 'vih', 'seropositi(f)(ve)(s)', 'hepatite(s)', 'lupus', 'maladie de crohn', 'rectocolite', 'sopk', 'glaucome',
  'cataracte', 'dmla', 'surdite', 'acouphenes', 'lipoedeme', 'lymphoedeme', 'bpco', 'insuffisance respiratoire', 'infertilite', 'sterilite',
  'troubles anxieux', 'trouble bipolaire', 'bipolaire(s)', 'schizophrenie', 'covid long', 'fibrome(s)', 'alopecie', 'gynecomastie',
];

/** A patient's care or testimony in the same sentence: the named person is a patient. */
export const careContext = [
  'pour sa confiance', 'pour leur confiance', 'sa confiance', 'sa reeducation', 'son operation', 'son intervention',
  'sa prothese', 'son accouchement', 'sa grossesse', 'son traitement', 'sa guerison', 'son retablissement', 'sa chimio*',
  'sa greffe', 'son pontage', 'sa convalescence', 'son suivi', 'ses soins', 'sa seance', 'ses seances', 'son vaccin',
  'sa vaccination', 'son bilan', 'son diagnostic', 'sa maladie', 'son cancer', 'sa tumeur', 'son combat', 'se bat',
  'opere(e)(s)', 'hospitalise(e)(s)', 'soigne(e)(s)', 'suivi(e)(s) pour', 'a accouche', 'accouchee', 'rentre chez lui', 'rentrer chez lui', 'rentrer chez elle', 'quitter l\'hopital',
  'rentre chez elle', 'remarche', 'a remarche', 'gueri(e)(s)', 'retabli(e)(s)', 'reeduque(e)(s)', 'vaccine(e)', 'diagnostique(e)',
  'decede(e)', 'nous a quitte(e)(s)', 'au bloc', 'en reanimation', 'sorti(e) de l\'hopital', 'sa sortie', 'son accident',
  'sa fracture', 'son avc', 'son infarctus', 'pose de son', 'pose de sa', 'petit mot', 'son message', 'son avis',
  'son temoignage', 'son retour', 'son sourire', 'sa visite', 'etoiles', 'a laisse', 'nous a laisse', 'nous a ecrit',
  'vient au cabinet', 'venu(e) au cabinet', 'est ne(e)', 'a vu le jour', 'sa naissance', 'a recu son', 'a recu sa',
  'ma patiente', 'mon patient', 'notre patient(e)', 'cette patiente', 'ce patient', 'la patiente', 'le patient',
  // (round 10) sessions counted before the named person's outcome (« après deux séances, Sophie a retrouvé… »)
  // (not « en deux séances, Camille vous apprend… »: a course described, its teacher named)
  'apres {n} seances', 'apres seulement {n} seances', 'apres quelques seances', 'au bout de {n} seances',
  ...['une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'huit', 'dix'].flatMap((n) => [`apres ${n} seances`, `apres seulement ${n} seances`, `au bout de ${n} seances`]),
  'il vous racontera', 'elle vous racontera', 'racontera', 'rappelez', 'rappeler', 'vous avez oublie', 'a oublie',
  'ses resultats', 'son ordonnance', 'sa mere', 'son pere', 'sa fille', 'son fils', 'sa famille', 'son parcours',
  'son histoire', 'son experience', 'ses douleurs', 'sa douleur', 'ses migraines', 'sa hanche', 'son genou', 'son dos',
  'bon retablissement', 'prompt retablissement', 'bienvenue au monde', 'bienvenue sur terre', 'ne(e)(s) ce matin',
  'ne(e)(s) cette nuit', 'ne(e)(s) hier', 'ne(e)(s) aujourd\'hui', 'sont ne(e)s', 'neonat*', 'sortie du service',
  'sortie de la maternite', 'sortie de neonat*', 'sortie de reanimation', 'sortie de l\'hopital',
  'quitter l\'hopital', 'quitte l\'hopital', 'revalidation', 'ne(e)(s) a {n}h*', 'ne(e)(s) a {n} h',
  // A birth announced (« né à la maternité », « 3,2 kg de bonheur ») and a patient's story told (« quand il est arrivé
  // au cabinet, il ne pouvait plus… »).
  'ne(e) a la maternite', 'ne(e) a la clinique', 'premier cri', 'post-operatoire', 'post-op', 'dans sa chambre', 'ne(e) ce', 'ne(e) cette', 'kg de bonheur', 'arrive(e) au cabinet',
  'ne pouvait plus', 'n\'arrivait plus', 'venu(e) consulter', 'venu(e) nous voir', 'consulte(e) pour',
  // care undergone by the one named, told in the third person (issue #7, round 4): a cure or sessions followed, an illness
  // suffered, a birth at the maternity, the teeth or hearing treated (« X enchaîne trois semaines de soins aux
  // thermes », « Y, qui a longtemps souffert d'une sciatique », « Z a accouché à la maternité »)
  // a birth given (issue #7: « X a donné naissance à sa fille », « a mis au monde des jumeaux »)
  'a donne naissance', 'donne naissance', 'avoir donne naissance', 'a mis au monde', 'accouche(e) de',
  'soins aux thermes', 'cure thermale', 'en cure', 'sa cure', 'ses cures', 'curiste(s)', 'souffre d(e)', 'souffrait d(e)',
  'a souffert', 'atteint(e) d(e)', 'a la maternite', 'ses dents', 'ses incisives', 'ses gouttieres', 'sa perte auditive',
  'ses appareils auditifs', 'son appareil auditif', 'seances de laser', 'seances d\'orthophonie', 'seances de kine*',
  'etre suivi(e)', 'se faire suivre', 'se faire soigner', 'se faire operer', 'maladie rare',
  // admitted, or an illness's course, told of the one named (round 6: « Léon, pris en charge à l'hôpital de Vannes
  // pour une pneumonie », « Anne est en rémission », « Marc a repris le sport après un infarctus »)
  'pris(e) en charge aux urgences', 'pris(e) en charge a l\'hopital', 'pris(e) en charge au chu', 'pris(e) en charge a la clinique',
  'pris(e) en charge en urgence', 'pris(e) en charge pour', 'en remission', 'malaise cardiaque', 'crise cardiaque', 'accident vasculaire',
  'apres un avc', 'apres un infarctus', 'apres un cancer', 'apres son cancer',
];

/**
 * Care undergone by the one named, as constructions (round 5): « X a subi une triple intervention », « va subir une
 * greffe », « a bénéficié d'une pose d'implants », « est éligible pour recevoir une prothèse », an accident told (« s'est
 * cassé une dent », « s'est fracturé le poignet »). Folded. Read in the name's sentence like the care terms above.
 */
export const careUndergone =
  /(?<![\p{L}])(?:(?:a|ont|avait|avaient|va|vont|doit|devait|vient\s+de|viennent\s+de)\s+(?:(?:deja|recemment|aussi|egalement|dernierement)\s+)?(?:subi|subir)|(?:a|ont|avait|va|vont)\s+(?:pu\s+)?benefici(?:e|er)\s+d(?:'|e\s+|u\s+|es\s+)\s*(?:une?\s+)?(?:traitement|greffe|operation|intervention|pose|implants?|protheses?|chirurgie|seances?|reeducation)|pour\s+recevoir\s+(?:un|une|cet|cette|son|sa|ses|le|la|les|des)\s+(?:implants?|greffe|traitement|protheses?|vaccin|injections?|appareils?|doses?|perfusions?)|s'est\s+(?:casse|cassee|fracture|fracturee|foule|foulee|luxe|luxee|fait\s+une\s+entorse\s+[a-z]+)\s+(?:une?|la|le|les|l')\s*(?:dent|dents|jambe|bras|poignet|cheville|hanche|col|epaule|genou|cote|nez|doigt|pied|clavicule|machoire))(?![\p{L}])/u;

/** « sa leucémie », « son genou », « ses séances »: a third person's own care (folded text); « sa sage-femme », « son
 *  ostéopathe »: a third person's own carer, so that person is cared for (round 9). */
export const carePossessive =
  /(?<![\p{L}])(?:son|sa|ses|leur|leurs)\s+(?:[\p{L}'-]+\s+)?(?:maladie|cancer|tumeur|leucemie|lymphome|diabete|avc|infarctus|fracture|entorse|operation|intervention|chirurgie|greffe|prothese|traitement|chimio\p{L}*|radiotherapie|reeducation|accouchement|grossesse|cesarienne|hospitalisation|convalescence|guerison|retablissement|rechute|diagnostic|handicap|autisme|depression|sclerose|mucoviscidose|asthme|epilepsie|hernie|lombalgie|tendinite|migraines?|douleurs?|seances?|soins|vaccin|bilan|suivi|pansement|implants?|couronne|dents?|genou|hanche|epaule|cheville|poignet|pacemaker|ligament|medecin|chirurgien(?:ne)?|kine|kinesitherapeute|osteo|osteopathe|dentiste|orthodontiste|sage-femme|psy|psychologue|psychiatre|pediatre|gynecologue|gyneco|dermatologue|podologue|orthophoniste|cardiologue|oncologue|ophtalmo(?:logue)?|hypnotherapeute|sophrologue)(?![\p{L}])/u;

/**
 * « ta cicatrice », « ton dos »: care told to the person addressed (« Merci Nathalie… ravie d'avoir soulagé ton dos »,
 * « @compte bravo pour ta rééducation »). Read only where a name is thanked or an account is named, because
 * « ton dos » alone is advice to any reader.
 */
export const careSecondPerson =
  /(?<![\p{L}])(?:ton|ta|tes)\s+(?:[\p{L}'-]+\s+)?(?:maladie|cancer|tumeur|diabete|fracture|entorse|operation|intervention|chirurgie|greffe|prothese|traitement|reeducation|accouchement|grossesse|cesarienne|hospitalisation|convalescence|guerison|retablissement|rechute|diagnostic|seances?|soins|cicatrice|pansement|implants?|couronne|appareil|aligneurs?|genou|hanche|epaule|cheville|poignet|dos|nuque|cou|ligaments?|tendon|menisque|rupture|brulure|plaie|douleurs?|migraines?|sciatique|hernie|lombalgie|tendinite|bebe|accouchement|bilan|suivi)(?![\p{L}])/u;

/**
 * « la séance de Karim », « le suivi de Léa »: a care that belongs to the named person (folded text, before the
 * name); not a method named after its author (« le protocole de rééducation de Paul Dupont »).
 */
export const careOfName =
  /(?:(?<![\p{L}])(?<!(?:programme|methode|protocole|technique|concept|ecole|manuel)\s+(?:de|d')\s*)(?:seances?|suivi|reeducation|operation|intervention|traitement|accouchement|bilan|prise\s+en\s+charge|guerison|retablissement|convalescence|hospitalisation|greffe|prothese|chirurgie|cicatrisation|rupture|fracture|entorse|opere(?:e)?|soigne(?:e)?|hospitalise(?:e)?|naissance)\s+(?:de|d')\s*(?:la\s+petite\s+|le\s+petit\s+|bebe\s+)?|(?<![\p{L}])(?:a|ont|avait|avaient|ai|avons)\s+(?:suivi|soigne|opere|reeduque|accompagne|traite|pris\s+en\s+charge|accouche)\s+|(?<![\p{L}])qui\s+(?:suit|suivait|soigne|soignait|accompagne|accompagnait|reeduque|opere|operait)\s+(?:l'evolution\s+de\s+)?)$/u;

/**
 * Care undergone, told of one person: with these in the sentence a role in apposition does not make the person
 * staff (« Mathilde, étudiante à Lyon, soignée pour… »). Singular on purpose: « elle soigne les patients
 * hospitalisés » speaks of others.
 */
export const passiveCare = [
  'soigne(e) pour', 'opere(e) de', 'opere(e) du', 'opere(e) d\'', 'hospitalise(e)', 'atteint(e) de', 'atteint(e) d\'',
  'diagnostique(e)', 'traite(e) pour', 'suivi(e) pour', 'prise en charge pour', 'pris en charge pour',
  // the practitioner meeting the person as a patient (« je rencontre Marion, 22 ans, étudiante, lors de ma consultation »)
  // (and an illness undergone, « X, aide-soignante, qui a souffert d'une hernie discale »)
  'a souffert d\'un', 'a souffert d\'une', 'qui a souffert', 'souffre d\'un', 'souffre d\'une',
  'lors de ma consultation', 'en consultation', 'est venue me voir', 'est venu me voir',
  'vient me voir', 'venue consulter', 'venu consulter', 'dans sa chambre',
];

/** With a first name, these make a patient too: « Bernadette, fidèle patiente », « Marcel, patient du cabinet ». */
// (round 8: plural and « client(e) » too, as osteopaths, pharmacies and aesthetic centres say of the ones they treat:
// « Rose, une de mes clientes fidèles », « Paul, un de nos patients »)
export const namedPatient = [
  'patient', 'patiente', 'client', 'cliente', 'notre doyen', 'notre doyenne',
  ...['une de', 'l\'une de', 'un de', 'l\'un de'].flatMap((one) => ['mes', 'nos'].map((our) => `${one} ${our} ${one.endsWith('une de') ? 'patientes' : 'patients'}`)),
  ...['une de', 'l\'une de', 'un de', 'l\'un de'].flatMap((one) => ['mes', 'nos'].map((our) => `${one} ${our} ${one.endsWith('une de') ? 'clientes' : 'clients'}`)),
];

/** A pseudonym or an invented case: « appelons-la Julie », « Paul (prénom modifié) », « patiente fictive ». */
export const fictionContext = [
  'fictif', 'fictive(s)', 'fictifs', 'imaginaire(s)', 'appelons-la', 'appelons-le', 'prenom(s) modifie(s)', 'prenom(s) change(s)',
  'nom(s) modifie(s)', 'cas d\'ecole', 'personnage(s)',
  // the notice that names were changed (« le nom a été modifié », « ces prénoms sont des pseudonymes »)
  'nom a ete modifie', 'prenom a ete modifie', 'noms ont ete modifies', 'prenoms ont ete modifies', 'pseudonyme(s)',
  'nom d\'emprunt', 'prenom d\'emprunt', 'noms d\'emprunt', 'prenoms d\'emprunt', 'noms propres ont ete modifies',
  'noms propres ont ete changes',
];

/** A pseudonym notice holds for the whole post (« * Les prénoms ont été changés pour préserver l'anonymat »). */
export const pseudonymNotice = [
  'nom a ete modifie', 'prenom a ete modifie', 'noms ont ete modifies', 'prenoms ont ete modifies', 'sont des pseudonymes',
  'est un pseudonyme', 'prenoms modifies', 'noms modifies', 'prenom modifie', 'nom modifie', 'prenoms d\'emprunt',
  'noms d\'emprunt', 'prenom d\'emprunt', 'nom d\'emprunt', 'les prenoms ont ete changes', 'le prenom a ete change',
  // (« les noms propres ont été changés »)
  'noms propres ont ete modifies', 'noms propres ont ete changes', 'noms propres modifies',
  // (« appelons-le monsieur X, ce n'est pas son nom »: the name given is not the person's)
  'appelons-le', 'appelons-la', 'appelons-les', 'ce n\'est pas son nom', 'ce n\'est pas son vrai nom', 'ce n\'est pas son vrai prenom',
];

/**
 * A person named earlier in the paragraph, then their age (« Alana Dubois souffre… », then « la jeune femme de 23 ans »,
 * « à 18 ans, elle… »):
 * the age is that person's. Folded text.
 */
// (round 3: more persons — « ce professeur de 56 ans », « cette lectrice de 79 ans » — and an age bracket alone,
// « confie la septuagénaire », which tells the age as well; « Inès est une lycéenne de 16 ans »)
export const ageAnaphor = new RegExp(String.raw`(?<![\p{L}])(?:(?:la|le|cette|ce|cet)\s+(?:jeune\s+)?(?:femme|homme|fille|garcon|patiente?|maman|mere|pere|retraite(?:e)?|quinquagenaire|quadragenaire|trentenaire|sexagenaire|septuagenaire|octogenaire|adolescente?|etudiante?|professeure?|lect(?:eur|rice)|habitante?|enseignante?|agricult(?:eur|rice)|employee?|ouvriere?|dame|monsieur|grand-mere|grand-pere|mere\s+de\s+famille|pere\s+de\s+famille|commerciale?|cadre)(?:\s+(?:de|d')\s*[\p{L}-]+)?\s+de\s+(\d{1,3})\s*ans|a\s+(\d{1,3})\s*ans\s*,\s*(?:elle|il)|(?:la|le|cette|ce)\s+(?:(?:quinqua|quadra|sexa|septua|octo|nona)genaire|trentenaire)|(?:la|le|cette|ce)\s+(?:jeune\s+)?centenaire|(?:la|le|cette|ce)\s+jeune\s+[\p{L}-]+\s+de\s+(\d{1,3})\s*ans|(?:est|etait)\s+(?:un|une)\s+(?:jeune\s+)?(?:femme|homme|fille|garcon|maman|mere|pere|retraitee?|adolescente?|etudiante?|lyceenne?|collegienne?|professeure?|enseignante?|employee?|habitante?|infirmiere?|agricult(?:eur|rice)|commerciale?|cadre)\s+de\s+(\d{1,3})\s*ans)(?![\p{L}])`, 'gu');

/** Before a name, the verb giving it the words just quoted (« », assure Alain Gallo », « confie-t-elle »), folded. */
export const speechVerbBefore = /(?:assure|confie|raconte|explique|temoigne|souligne|precise|ajoute|reconnait|se souvient|affirme|s'enthousiasme|sourit|poursuit|lance|note|resume|se rejouit|avoue|confirme|glisse|insiste|admet)\s*,?\s*$/u;

/** A given name and a capitalised surname (« Alain Gallo », « Micheline de Trooz »): a person named in full (original text). */
export const fullName = /(?<![\p{L}\p{N}@#._-])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)[ \u00a0]+((?:(?:de|van|le|du|da|di|von)[ \u00a0]+)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)(?![\p{L}])/gu;

/** Before a name, the carer one went to (« j'ai contacté », « rendez-vous avec », « chez »), folded: that person is the carer. */
export const carerVisitedBefore = /(?:contacte|consulte|appele|rencontre|vu|revu|rendez-vous avec|rdv avec|chez|recommande|conseille|adresse a|oriente vers)\s*(?:le|la|l')?\s*$/u;


/** After the name, the person's own carer (« Hugo jure désormais par son podologue »): not a role of theirs. */
export const ownCarerAfter = /(?<![\p{L}])(?:de\s+|a\s+|par\s+)?(?:son|sa|ses|leur|leurs|mon|ma|mes)\s+[\p{L}-]+(?:\s+(?:generaliste|traitante?|referente?|habituel(?:le)?|de\s+famille))?/gu;

/** « X m'a suivie pour mes grossesses »: a carer's act on the writer; the named person is the carer (folded). */
export const actsOnWriter = /(?<![\p{L}])(?:m'|me\s|nous\s)(?:a|ont|avait|avaient)\s+(?:suivi|soigne|opere|traite|pris\s+en\s+charge|accompagne|reeduque|accouche)/u;

/** A line opening with a person's name and a colon (« Jeanne : », « Olivia DURAND : »): who speaks. Original text.
 * (also right after the question in the same paragraph: « Comment s'est passée l'opération ? Jeanne : … ») */
export const speakerLabel = /(?:^|\n|\?[ \t]+)[ \t]*(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)((?:[ \t]+(?:de|du|le|la)?[ \t]*\p{Lu}[\p{L}\p{M}'’-]+){0,2})[ \t]*:/gu;

/** What a patient leaves behind: with thanks to a known first name in the paragraph, the person is a patient. */
export const testimonyContext = [
  'message', 'petit mot', 'mot', 'avis', 'retour', 'temoignage', 'etoiles', '⭐', 'commentaire', 'carte', 'chocolats', 'fleurs',
  'dessin', 'confiance', 'fidelite', 'sourire', 'courage', 'guerison', 'retablissement',
];

/** Greetings and thanks that, before a first name, address a person (a patient when care context follows). */
export const addressTriggers = [
  'merci', 'un grand merci', 'bravo', 'felicitations', 'courage', 'pensees', 'pensee', 'on pense fort', 'on pense tres fort',
  'soutien', 'bon retablissement', 'prompt retablissement', 'joyeux anniversaire', 'bon anniversaire', 'bisous', 'force',
];

/** A paragraph about care or testimony: @mentions and #Team-hashtags of persons there point at patients. */
export const patientParagraph = [
  ...careContext, 'merci', 'bravo', 'courage', 'force', 'avis', '⭐', 'reeducation', 'seance(s)', 'soin(s)', 'operation',
  'accident', 'patient(e)(s)', 'maladie', 'tumeur', 'cancer', 'bebe', 'naissance', 'accouchement', 'vaccin', 'guerison',
  'traitement', 'chirurgie', 'intervention', 'combat', 'rechute', 'hopital', 'consultation',
];

/** Hashtag parts that, next to a first name, make a support hashtag (#TeamKevin, #InesForte). */
export const supportTags = names('team courage force forte fort soutien strong warrior bravo pour avec go allez');

/** Parts of an @account or e-mail that show a practice, an institution or a brand, not a person. */
export const practiceHandle = names(`
  cabinet kine kines kinesitherapie kinesitherapeute osteo osteopathe dr doc docteur pharma pharmacie clinique centre
  sante medical medicale medecin dentaire dentiste dental ortho orthodontie podo podologue sagefemme sf infirmier
  infirmiere ide idel labo hopital chu ehpad officiel official pro nutrition dieteticienne psy coach ars cpam ameli asso
  association maison msp cpts urgences samu mairie ville contact secretariat accueil rdv info infos bonjour hello admin
  standard direction communication equipe noreply reception
`);

/**
 * Nouns that name a practice before its proper name (« Cabinet Harmonie », « Centre Léa », « Pharmacie du Parc »):
 * that name echoed as a hashtag (#harmonie) is the practice's, even when it is also a given name.
 */
export const practiceNouns = names(`
  cabinet centre clinique pharmacie institut espace maison studio officine laboratoire labo residence ehpad
  polyclinique pole
`);

/** A phone, e-mail or address introduced by these is the practice's own. */
export const practiceContact = [
  'cabinet', 'secretariat', 'secretaire', 'accueil', 'standard', 'rendez-vous', 'rdv', 'contact', 'contactez', 'nous contacter',
  'nous joindre', 'joignable(s)', 'appelez-nous', 'ecrivez-nous', 'tel', 'telephone', 'portable du cabinet', '☎', '📞', '✉',
  '📧', 'mail', 'e-mail', 'courriel', 'dr', 'docteur', 'pharmacie', 'clinique', 'centre', 'maison de sante', 'msp',
  'laboratoire', 'service', 'urgence(s)', 'garde', 'permanence', 'renseignement(s)', 'information(s)', 'inscription(s)',
  'reservation(s)', 'adresse', 'siege', 'cpts', 'nos locaux', 'demenage', 'nouvelle adresse', 'horaires', 'acces', 'parking',
  'question(s)', 'appelez', 'appeler', 'numero', 'sms', 'whatsapp', 'nous ecrire', 'nous appeler', 'en ligne', 'doctolib',
  'info(s)', 'www', 'site', 'a domicile', 'prenez rendez-vous', 'disponible(s)', 'consultation(s)', 'urgence(s)',
];

/** Where a person lives: a street after these is a private address. */
export const domicileContext = ['domicilie(e)(s)', 'habite(nt)', 'habitant(e)(s)', 'reside(nt)', 'residant(e)(s)', 'demeurant(e)', 'vit', 'vivent'];

/** Words that make a NIR-shaped number a social security number even when its key is wrong. */
export const nirContext = [
  'nir', 'n° de secu', 'no de secu', 'numero de secu', 'n° secu', 'secu', 'securite sociale', 'carte vitale', 'immatriculation',
  'ins', 'matricule', 'n° ss', 'numero ss',
];

// Folded-text patterns. Group 1 is the identifier itself (what is masked or replaced).
const MONTH = String.raw`(?:janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)\p{L}*\.?(?![\p{L}])`;
// Years before 1900 are history (« Marie Curie, née le 7 novembre 1867 »), not a patient.
const DATE = String.raw`\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:19|20)?\d\d(?!\d)|(?:1er|\d{1,2})\s+${MONTH}(?:\s+(?:19|20)\d\d)?(?!\s*\d)`;
export const birthDatePatterns = [
  new RegExp(String.raw`(?<![\p{L}])(?:nee?s?|date\s+de\s+naissance|ddn|naissance)\s*:?\s*(?:le\s+)?(${DATE})(?![\p{N}])`, 'gu'),
  new RegExp(String.raw`(?<![\p{L}])nee?\s+en\s+(${MONTH}\s+(?:19|20)\d\d)(?![\p{N}])`, 'gu'),
  // (issue #7) the date of a birth given, told by the mother or about her (« j'ai donné naissance à mon fils le 3 avril »)
  new RegExp(String.raw`(?<![\p{L}])(?:donne|mis\s+au\s+monde|accouche(?:e)?\s+(?:de|d'))\s*(?:naissance\s+a\s+)?[^.!?\n]{0,40}?\s+le\s+(${DATE})(?![\p{N}])`, 'gu'),
];
/** Before a birth date, these make it a question to the reader, not a patient's date. */
export const genericBirth = /(?<![\p{L}])(?:vous|etes|si|les|personnes|enfants|tous|toutes)(?![\p{L}])|\?/u;

const VALUE = String.raw`([a-z]{0,3}-?\d[\d\-/.]{0,30}\d|\d+)(?![\p{L}\p{N}]|\s?(?:ans|mg|ml|%|€|h\b|jours?|mois))`;
export const fileNumberPatterns = [
  new RegExp(String.raw`(?<![\p{L}])(?:(?:n°|no|num(?:ero)?\.?|#)\s*(?:de\s+)?(?:dossier|patient|ipp)|dossier(?:\s+(?:patient|medical|medicale))?\s*(?:n°|no|num(?:ero)?\.?|#)|ipp|nip|(?:numero\s+de\s+|n°\s*(?:de\s+)?)?chambre(?:\s*(?:n°|no))?)\s*:?\s*${VALUE}`, 'gu'),
  // « dossier 18-4432 », not « le dossier 2024 de la HAS » (a year).
  new RegExp(String.raw`(?<![\p{L}])dossier(?:\s+(?:patient|medical|medicale))?\s*:?\s*(?!(?:19|20)\d\d(?![\d\-/]))(\d{3,}[\d\-/]*)(?![\p{L}\p{N}])`, 'gu'),
];

export const addressPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:\d{1,4}\s?(?:bis|ter)?,?\s+)?(?:rue|avenue|av\.|boulevard|bd|place|allee|chemin|impasse|quai|route|residence|lotissement|square|lieu-dit)\s+[^,.;:!?()\n]{2,40}?(?:,?\s*\d{5}\s+[\p{L}\-]+)?)(?=\s+a\s|\s*[,.;:!?()\n]|$)`,
  'gu',
);

/**
 * « Nadia, banquière à Bordeaux », « Luc, boulanger près de Vannes »: a first name, an occupation in apposition and a
 * town point at one person (groups: name, occupation, town; a town of two words only with an article: « Le Mans »). A
 * greeting, a move or a post held in a company (« Julie, bienvenue à Lyon », « Léa, employée à Beauté Plus ») is no
 * patient's occupation, see `notOccupation`.
 */
export const namedJobTown =
  /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\*?(?:,[ \u00a0]+\d{1,3}[ \u00a0]+ans)?,[ \u00a0]+((?:[\p{Ll}\p{M}'’-]+[ \u00a0]+){0,2}?[\p{Ll}\p{M}'’-]{4,})[ \u00a0]+(?:à|de|d['’]|près[ \u00a0]+de)[ \u00a0]*((?:L[ea]s?[ \u00a0]|L['’])?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]*){0,3})(?=[ \u00a0]*[,.;:!?)]|[ \u00a0]+(?:et|qui|a|est|raconte|témoigne)[ \u00a0])/gu;
/**
 * A town or region said by its demonym (folded, masculine stems: the feminine and plural forms are derived below).
 * « Alexandra, jeune maman parisienne », « Paul, retraité nantais »: in an apposition to a first name, the demonym is
 * the person's town (round 9: patient portraits in the press and on practices' sites name people this way).
 */
export const demonyms = [
  'parisien', 'lyonnais', 'marseillais', 'lillois', 'toulousain', 'bordelais', 'nantais', 'nicois', 'strasbourgeois',
  'montpellierain', 'rennais', 'remois', 'stephanois', 'havrais', 'grenoblois', 'dijonnais', 'angevin', 'nimois',
  'toulonnais', 'brestois', 'clermontois', 'limougeaud', 'amienois', 'perpignanais', 'messin', 'bisontin', 'orleanais',
  'rouennais', 'caennais', 'nanceien', 'mulhousien', 'palois', 'bayonnais', 'lorientais', 'quimperois', 'vannetais',
  'nazairien', 'rochelais', 'poitevin', 'tourangeau', 'manceau', 'ajaccien', 'bastiais', 'avignonnais', 'aixois',
  'cannois', 'antibois', 'versaillais', 'dunkerquois', 'calaisien', 'valenciennois', 'arrageois', 'troyen', 'chambérien',
  'annecien', 'montalbanais', 'biterrois', 'narbonnais', 'carcassonnais', 'tarbais', 'agenais', 'perigourdin', 'briochin',
  'malouin', 'lavallois', 'cholettais', 'vendeen', 'sarthois', 'francilien', 'normand', 'breton', 'alsacien', 'lorrain',
  'savoyard', 'auvergnat', 'picard', 'provencal', 'ardechois', 'ardennais', 'vosgien', 'girondin', 'landais', 'basque',
  'bearnais', 'corse', 'champenois', 'bourguignon', 'franc-comtois', 'berrichon', 'charentais', 'gersois', 'aveyronnais',
  'cevenol', 'montrealais', 'quebecois', 'genevois', 'lausannois', 'vaudois', 'valaisan', 'fribourgeois', 'neuchatelois',
  'jurassien', 'bruxellois', 'liegeois', 'namurois', 'carolo', 'luxembourgeois', 'marocain', 'tunisien', 'algerien',
  'reunionnais', 'martiniquais', 'guadeloupeen', 'guyanais', 'mahorais', 'caledonien', 'polynesien',
];
/** Every form of `demonyms` (folded: masculine, feminine, plurals), looked up word by word. */
export const demonymForms: ReadonlySet<string> = new Set(demonyms.flatMap((d) => {
  if (/(?:ien|een)$/u.test(d)) return [d, `${d}s`, `${d}ne`, `${d}nes`];
  if (/eau$/u.test(d)) return [d, `${d}x`, d.replace(/eau$/u, 'elle'), d.replace(/eau$/u, 'elles')];
  if (/(?:ais|ois)$/u.test(d)) return [d, `${d}e`, `${d}es`];
  if (/e$/u.test(d) || d === 'carolo') return [d, `${d}s`];
  if (/on$/u.test(d)) return [d, `${d}s`, `${d}ne`, `${d}nes`];
  if (/al$/u.test(d)) return [d, `${d}e`, `${d}es`, d.replace(/al$/u, 'aux')];
  return [d, `${d}s`, `${d}e`, `${d}es`];
}));
/**
 * « Justine, jeune infirmière lilloise », « Alexandra, jeune maman parisienne », « Karim, informaticien lyonnais »: a
 * first name and the lowercase words of its apposition (groups: name, apposition of one to four words); the rule looks
 * for a demonym (`demonymForms`) among those words. Original text.
 */
export const namedApposition = /(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?),[ \u00a0]+((?:[\p{Ll}\p{M}'’-]+[ \u00a0]+){0,3}[\p{Ll}\p{M}'’-]+)(?![\p{L}])/gu;

/** Words opening the apposition that make it no occupation (folded). */
export const notOccupation = /^(?:employee?|salariee?|responsable|gerante?|directeur|directrice|fondat(?:eur|rice)|conseillere?|assistante?|secretaire|stagiaire|membre|benevole|animat(?:eur|rice)|coordinat(?:eur|rice)|charge(?:e)?|bienvenue|merci|bravo|felicitations|direction|retour|depart|rendez-vous|rdv|installee?|demenage|en route|rendez|voyage|vacances|arrivee?|venue?|partie?|rentree?|nee?|originaire)(?![\p{L}])/u;

/**
 * « Témoignage de Jeanne Moreau », « le récit de Paul Martin »: a testimony announced under a full name (first name and
 * surname) names the patient who gives it (groups: first name, surname). A first name alone stays allowed; « l'histoire
 * de Louis Pasteur » is not a testimony.
 */
export const testimonyOfFullName =
  /(?<![\p{L}])(?:[Tt]émoignages?|[Rr]écit)[ \u00a0]+(?:de|d['’])[ \u00a0]*(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)[ \u00a0]+((?:(?:de|van|le)[ \u00a0]+)?\p{Lu}[\p{L}\p{M}'’-]+)/gu;

/** How messages name each kind of name mention. */
export const kindLabels = {
  civility: 'nom', initials: 'initiales', designated: 'prénom', age: 'prénom et âge', initial: 'prénom et initiale', named: 'prénom', alt: 'prénom sous une image', agePlace: 'âge et ville',
  namedPlace: 'prénom, activité et ville',
} as const;

/** Replacement for a masked identifier (the safe fix). */
export const MASKED = '[donnée masquée]';
export const nameSuggestions: Record<'f' | 'm' | 'x', string[]> = { f: ['une patiente'], m: ['un patient'], x: ['une personne'] };
export const dateSuggestions = [MASKED, 'récemment'];

/** Words that, nearest before a phone, e-mail or address, make it a person's (folded). */
export const contactPerson = [
  // Singular: « nos patients : 02… » speaks to the public, « patiente joignable au… » of one person.
  'patient', 'patiente', 'maman', 'papa', 'sa famille', 'ses parents', 'son fils', 'sa fille', 'son mari', 'sa femme',
  'son epouse', 'son conjoint', 'sa conjointe', 'gagnant(e)', 'laureat(e)', 'son numero', 'son portable', 'son telephone', 'son tel', 'son mail', 'son e-mail',
  'son email', 'son adresse', 'ses coordonnees', 'sa ligne', 'son fixe', 'son whatsapp', 'son numero perso', 'chez elle',
  'chez lui', 'la joindre', 'le joindre', 'la contacter', 'le contacter', 'la rappeler', 'le rappeler', 'lui ecrire',
  'lui telephoner',
];
/** « Mme X. », « M. Y », « Madame D. »: a person anonymised by name, still identified by a contact detail. */
export const anonymisedCivility = /(?<![\p{L}])(?:m|mme|mlle|mr|monsieur|madame|mademoiselle)\.?\s+[a-z]\.?(?![\p{L}])/u;
/** Object pronouns after a contact verb (« contactez-la ») point at a person, unless a practitioner came first. */
export const contactPronoun = [
  'contactez-la', 'contactez-le', 'contactez-les', 'contacte-la', 'contacte-le', 'appelez-la', 'appelez-le', 'appelez-les',
  'appelle-la', 'appelle-le', 'joignez-la', 'joignez-le', 'ecrivez-lui', 'ecris-lui', 'telephonez-lui', 'rappelez-la',
  'rappelez-le',
];
/** Words that, nearest before a contact detail, make it the practice's own (folded). */
export const contactPractice = [
  'cabinet', 'secretariat', 'accueil', 'standard', 'rendez-vous', 'rdv', 'doctolib', 'pharmacie', 'officine', 'clinique',
  'centre', 'maison de sante', 'msp', 'cpts', 'contactez-nous', 'appelez-nous', 'ecrivez-nous', 'nous joindre',
  'nous contacter', 'nous appeler', 'nous ecrire', 'dr', 'docteur', 'notre equipe', 'urgence(s)', 'garde', 'permanence',
  'horaires', 'consultation(s)', 'laboratoire', 'service', 'inscription(s)', 'reservation(s)', 'renseignement(s)',
  ...staffContext,
];
