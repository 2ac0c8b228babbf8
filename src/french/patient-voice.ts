// A patient speaking of the care they received, in the first person: « il me suit depuis », « m'a opérée »,
// « j'ai fait ma liposuccion », « je reviendrai », « mon chirurgien ». A practitioner speaks of « mes patients » and
// « mon cabinet », never of being operated on or followed: these markers tell a patient's account (a testimonial,
// a letter, a story) from the practice's own voice. Folded text (lowercase, no accents, ' for apostrophes).
import { TermScanner } from './term-regexp.js';
import { TextMemo } from './text-memo.js';

/** Care received, told by the one who received it. */
export const patientVoiceTerms = [
  // what the carers did to me
  'me suit', 'me suivait', 'me suivent', 'm\'a suivi(e)', 'm\'ont suivi(e)', 'm\'a opere(e)', 'm\'ont opere(e)',
  'm\'a soigne(e)', 'm\'ont soigne(e)', 'm\'a pose', 'm\'a posee', 'm\'a propose', 'm\'a prescrit', 'm\'a reeduque(e)',
  'm\'a accueilli(e)', 'm\'ont accueilli(e)', 'm\'accueille', 'm\'accueillent', 'me rend visite', 'me conduit',
  'me surveille', 'me surveillent', 'm\'a sauve(e)', 'm\'ont sauve(e)', 'm\'a redonne', 'm\'ont redonne', 'm\'a rendu',
  'm\'a remis(e) sur pied', 'm\'a aide(e) a', 'm\'ont aide(e) a', 'm\'a soulage(e)', 'm\'a libere(e)', 'm\'a rassure(e)',
  'm\'a explique', 'm\'a coute', 'm\'a fait du bien', 'prend de mes nouvelles',
  // what I went through
  'j\'ai ete opere(e)', 'je me suis fait operer', 'je me suis fait poser', 'je me suis fait refaire', 'j\'ai fait ma',
  'j\'ai fait mon', 'j\'ai fait mes', 'j\'ai subi', 'j\'ai perdu {n}', 'j\'ai retrouve', 'j\'ai accouche', 'j\'ai consulte',
  'je suis arrive(e)', 'je suis venu(e)', 'je suis ressorti(e)', 'je suis sorti(e)', 'je suis suivi(e)', 'je reviendrai',
  'je n\'ai plus mal', 'je n\'ai plus de douleur(s)', 'je n\'ai rien senti', 'on ne sent rien', 'je remarche', 'je revis',
  'je me sens', 'je ne regrette pas', 'je ne regrette rien', 'je tiens a remercier',
  // (issue #7) the same verdict with an adverb, and relearning taught by the carers (« les kinés m'ont appris à remarcher »:
  // not « m'a appris le métier », a colleague's teaching, which CARER_ON_ME leaves out)
  'je ne regrette absolument rien', 'je ne regrette absolument pas', 'je ne regrette vraiment pas', 'je ne regrette vraiment rien',
  'je ne regrette pas une seconde', 'je ne regrette pas un instant', 'm\'a appris a remarcher', 'm\'ont appris a remarcher',
  'm\'a reappris a', 'm\'ont reappris a', 'm\'a appris a respirer', 'm\'ont appris a respirer', 'm\'a appris a vivre avec',
  'm\'ont appris a vivre avec', 'grace a toute l\'equipe', 'grace a l\'equipe de', 'grace a l\'equipe du', 'grace aux soignants',
  // recommending a carer (not « je recommande de boire de l'eau », advice from the practitioner)
  'je recommande vivement', 'je recommande ce cabinet', 'je recommande cette clinique', 'je recommande le docteur',
  'je recommande le dr', 'je vous recommande le', 'je vous recommande la', 'je le recommande', 'je la recommande',
  'je les recommande', 'je vous le conseille', 'je vous la conseille',
  // before and after, told by the patient
  'aujourd\'hui je', 'depuis la seance', 'en sortant de son cabinet', 'en sortant du cabinet', 'une nouvelle vie',
  'j\'avais mal', 'j\'ai arrete de fumer', 'j\'ai enfin', 'je suis ravi(e)', 'je suis tres satisfait(e)',
  'je suis enchante(e)', 'que du bonheur', 'm\'a change la vie', 'a change ma vie', 'je remercie toute',
  'je remercie le docteur', 'je remercie le dr', 'm\'a convaincu(e)', 'm\'a accompagne(e)', 'm\'ont accompagne(e)',
  'm\'a permis de', 'm\'a apporte', 'je me suis decide(e)', 'je me sens mieux', 'je peux de nouveau', 'j\'ai repris confiance',
  'j\'etais sceptique', 'je suis passe(e) de',
  // what I could no longer do before the care: « je ne pouvais plus marcher », « je n'arrivais plus à dormir »
  'je ne pouvais plus', 'je n\'arrivais plus', 'depuis que je porte', 'j\'entends a nouveau', 'je vois a nouveau',
  'je dors a nouveau', 'je respire a nouveau', 'dear dr', 'dear doctor', 'thank you so much for', 'taking care of my', 'took care of my',
  // the decision and the care told by the one who received it (long accounts on patient-story pages)
  'j\'ai franchi le pas', 'j\'ai decide de me faire', 'j\'ai choisi de me faire', 'j\'ai pris rendez-vous', 'on m\'a propose',
  'on m\'a conseille', 'on m\'a pose', 'on m\'a opere(e)', 'on m\'a diagnostique', 'on m\'a explique', 'j\'ai ete opere(e)',
  'j\'ai ete tres bien', 'j\'ai ete prise en charge', 'j\'ai ete pris en charge', 'j\'ai ete accueilli(e)', 'j\'ai ete soigne(e)',
  'j\'ai ete suivi(e)', 'j\'ai ete rassure(e)', 'tres bien accueilli(e)', 'tres bien soigne(e)', 'tres bien pris(e) en charge',
  'mon chirurgien', 'je n\'ai ressenti aucune', 'je n\'ai eu aucune', 'je n\'ai pas eu mal', 'mon operation',
  'ma liposuccion', 'mes implants', 'ma greffe', 'mes facettes', 'ma rhinoplastie', 'mon lifting', 'ma prothese',
  'best physio', 'best osteo', 'fixed my', 'i can walk again', 'i can run again', 'i can sleep again', 'i can see again', 'i can hear again', 'i can smile again', 'j\'etais incapable de', 'c\'etait impossible pour moi', 'je me promene',
  // a letter to the practice
  'cher docteur', 'chere docteure', 'chere equipe', 'cher dr', 'par ces quelques mots', 'je tenais a vous', 'je tenais a remercier',
  'merci d\'avoir', 'vous m\'avez', 'du fond du coeur', 'remercierai jamais assez',
  // what I can do again, told by the one cared for: « je marche de nouveau », « je peux enfin », « je dors enfin »
  'je peux enfin', 'je peux a nouveau', 'je marche de nouveau', 'je marche a nouveau', 'je marche sans', 'je cours de nouveau',
  'je cours a nouveau', 'je dors enfin', 'je dors de nouveau', 'je vois net', 'je voyais net', 'je vois enfin', 'j\'entends enfin',
  'j\'entends de nouveau', 'je respire enfin', 'je souris de nouveau', 'je remange', 'je revis enfin', 'je me sens revivre',
  'je suis reparti(e)', 'je suis ressorti(e)', 'je suis rentre(e) chez moi', 'm\'a tenu la main', 'm\'a remis(e) en place',
  'm\'a redonne confiance', 'm\'a ecoute(e)', 'm\'a pris(e) en charge', 'm\'a mis(e) a l\'aise', 'm\'a tout explique',
  'depuis que je vois', 'depuis que je consulte', 'depuis que je suis suivi(e)', 'depuis ma seance', 'depuis mes seances',
  'depuis mon operation', 'depuis mon intervention', 'depuis ma premiere seance', 'en sortant de la seance',
  'en sortant de la consultation', 'des la premiere seance j', 'apres ma seance', 'apres mon operation', 'apres mon intervention',
  // the review's verdict and intent: « si c'était à refaire », « je n'oublierai jamais », « ravie de ma séance »
  'si c\'etait a refaire', 'je le referais', 'je n\'hesiterais pas', 'je n\'oublierai jamais', 'je ne vous oublierai jamais',
  'vous avez su', 'toute ma gratitude', 'ma profonde gratitude', 'toute ma reconnaissance', 'mes nouvelles dents', 'mon nouveau sourire',
  'mon nouveau nez', 'ma nouvelle poitrine', 'mes nouveaux seins', 'mon nouveau visage', 'je me reconnais enfin', 'je me trouve belle',
  'je voulais vous dire', 'pas pu rever mieux', 'notre famille vous remercie', 'toute la famille vous remercie',
  'on nous avait parle de', 'on m\'avait parle de', 'une amie m\'a conseille', 'une amie m\'a parle', 'depuis qu\'il voit',
  'depuis qu\'elle voit', 'depuis qu\'il consulte', 'depuis qu\'elle consulte', 'on ne regrette pas', 'nous ne regrettons pas', 'vous m\'avez change la vie',
  'vous m\'avez sauve(e)', 'vous avez change ma vie', 'ravi(e) de ma', 'ravi(e) de mon', 'ravi(e) de mes', 'tres satisfait(e) de ma', 'tres satisfait(e) de mon', 'depasse mes attentes',
  'a depasse mes attentes', 'je voulais vous remercier', 'je tenais a vous remercier',
  // the decision, the visit and the verdict told by the one cared for (issue #7, real review and story pages)
  'j\'ai decide de me lancer', 'je me suis lance(e)', 'je me suis resolu(e) a', 'j\'ai ete conquis(e)', 'je suis retourne(e)',
  'j\'avais ete opere(e)', 'j\'avais ete pris(e) en charge', 'j\'ai choisi de confier', 'j\'ai confie mes', 'j\'ai confie ma',
  'j\'ai confie mon', 'm\'a dit que j\'avais', 'on m\'a dit que j\'avais', 'm\'a annonce que j\'avais', 'tenter l\'experience',
  'cela s\'est tres bien passe', 'ca s\'est tres bien passe', 'tout s\'est tres bien passe', 'tout s\'est bien passe',
  'meme pas mal', 'a repondu a toutes mes questions', 'repondu a toutes mes questions', 'le feeling est passe', 'le feeling passe',
  'trop content(e) du', 'ca vaut vraiment le coup', 'ca vaut le coup', 'absolument pas douloureu*', 'pas du tout douloureu*',
  'y voir enfin clair', 'voir enfin clair', 'j\'ai conseille le dr', 'j\'ai conseille le docteur', 'j\'ai recommande le dr',
  'j\'ai recommande le docteur', 'je suis retourne(e) le voir', 'je suis retourne(e) la voir', 'je me suis fait(e) soigner',
  'je me suis fait(e) traiter', 'je me suis fait(e) suivre', 'je me suis fait(e) enlever', 'je me suis fait(e) retirer',
  'je me suis fait(e) injecter', 'je me suis fait(e) implanter', 'toi qui m\'as', 'toi qui nous as', 'chere sage-femme',
  'cher kine', 'chere kine', 'chere infirmiere', 'cher infirmier', 'chere pharmacienne', 'cher pharmacien',
  'que je ressentais', 'je ressentais', 'je suis moi-meme retourne(e)', 'apres cette seance', 'apres cette unique seance',
  'j\'etais un peu sceptique', 'j\'etais assez sceptique', 'j\'etais tres sceptique', 'en m\'expliquant', 'en revenant de la seance',
  'je fais des progres', 'je m\'en sors bien', 'sans trop y croire', 'il a suffi de', 'il a suffi d\'une', 'j\'ai tout essaye',
  'j\'avais tout essaye', 'j\'ai eu beau tout essayer', 'sur les conseils de ma', 'sur les conseils de mon', 'on m\'a donne des',
  'pour m\'avoir accompagne(e)', 'pour m\'avoir aide(e)', 'pour m\'avoir soigne(e)', 'pour m\'avoir ecoute(e)', 'pour m\'avoir soutenu(e)',
  'pour m\'avoir suivi(e)', 'je remercie beaucoup', 'je remercie infiniment', 'je remercie vivement', 'je leur dois beaucoup', 'je lui dois beaucoup', 'je vous dois beaucoup',
  // what I owe the carers, the pain eased, the thermal cure told by the curist (issue #7, story pages of spas and clinics)
  'je leur dois mon', 'je leur dois ma', 'je leur dois mes', 'je lui dois mon', 'je lui dois ma', 'je lui dois mes',
  'je vous dois mon', 'je vous dois ma', 'je vous dois mes', 'ma nouvelle silhouette', 'je suis curiste', 'je viens en cure',
  'je viens toujours en cure', 'je reviens en cure', 'tout s\'est passe comme prevu',
  'tout s\'est passe comme indique', 'tout s\'est passe comme annonce', 'satisfait du resultat', 'satisfaite du resultat',
  'je n\'ai pas souffert', 'de ne pas l\'avoir fait plus tot', 'de ne pas l\'avoir fait plus vite', 'j\'aurais du le faire plus tot',
  'super experience', 'tres bonne experience', 'excellente experience', 'experience au top', 'je recommande a 100',
  'je recommande sans hesiter', 'je recommande chaudement', 'je conseille ce cabinet',
  // English reviews of French practices
  // trust and feeling of being cared for, told by the one cared for (round 3: the carer named by a pronoun or a role)
  'je lui fais confiance', 'je lui faisais confiance', 'je lui faisais toute confiance', 'je lui fais entierement confiance',
  'je leur fais confiance', 'je leur faisais confiance', 'le courant est passe', 'le courant est bien passe',
  'le courant est tres bien passe', 'le courant est tout de suite passe', 'le courant passe bien', 'le courant passa',
  'me sentais en confiance', 'me sens en confiance', 'suis senti(e) en confiance', 'se sent en confiance', 'se sentait en confiance',
  'j\'ai saute le pas', 'j\'ai finalement saute le pas', 'j\'ai enfin saute le pas', 'je me fasse operer', 'je me fasse poser',
  'premier contact tres agreable', 'je suis enfin heureu(x)(se)', 'je suis tombe(e) sur quelqu\'un de', 's\'est senti(e) en confiance', 'm\'ont permis de', 'cela m\'a bien aide(e)', 'ca m\'a bien aide(e)',
  'cela m\'a beaucoup aide(e)', 'ca m\'a beaucoup aide(e)', 'quel soulagement',
  // English reviews of French practices
  'highly recommend', 'i recommend', 'i would recommend', 'i\'d recommend', 'would definitely recommend', 'great experience',
  'best dentist', 'best doctor', 'best clinic', 'best surgeon', 'changed my life', 'thank you dr', 'the staff were', 'the staff was',
];

/** One's own carers and care (« mon chirurgien », « mes séances »): a patient's words, but a practitioner also says
 * « mes séances »; they count as markers and never, alone, make praise around them a patient's. */
export const ownCareTerms = [
  'mon chirurgien', 'ma chirurgienne', 'mon medecin', 'mon dentiste', 'ma dentiste', 'mon kine', 'ma kine', 'mon osteo*',
  'ma sage-femme', 'mon operation', 'ma liposuccion', 'ma rhinoplastie', 'mon lifting', 'mon traitement', 'ma reeducation',
  'mon accouchement', 'ma perfusion', 'mes perfusions', 'mes seances', 'ma polyarthrite', 'mon cancer', 'ma maladie',
  'mes douleurs', 'mon implant', 'mes implants', 'ma prothese', 'ma greffe', 'mon intervention', 'mon hospitalisation',
  'mon suivi', 'ma chimio*', 'mes soins',
  'mon podologue', 'ma podologue', 'mon orthodontiste', 'ma sophrologue', 'mon sophrologue', 'ma naturopathe', 'mon naturopathe',
  'mon hypnotherapeute', 'ma dieteticienne', 'mon dieteticien', 'ma psy', 'mon psy', 'ma gyneco*', 'mon ophtalmo*', 'ma pharmacienne',
  'mon pharmacien', 'mon infirmiere', 'mon infirmier', 'mon avc', 'mon infarctus', 'mon accident', 'mon audioprothesiste', 'mon opticien', 'mon docteur', 'ma docteure',
  'ma grossesse', 'ma seance', 'ma premiere seance', 'ma consultation', 'mon diabete', 'mon asthme', 'mon eczema', 'mon acne',
  'mes migraines', 'mon mal de dos', 'ma hernie', 'ma fracture', 'mon entorse', 'ma sleeve', 'mon bypass', 'mes semelles',
  'mes appareils', 'mes lunettes', 'ma cataracte', 'ma myopie', 'la naissance de ma fille', 'la naissance de mon fils',
  'mon praticien', 'ma praticienne', 'mon arthrose', 'mes menisques', 'mes questions et', 'mes inquietudes',
  'ma hanche', 'mon genou', 'mon epaule', 'ma cheville', 'mon cartilage', 'ma nuque', 'mes cervicales', 'mes lombaires',
  'la naissance de notre', 'ma pose', 'mes seances de', 'nos seances', 'ma cure', 'mes cures',
];

/** A recommendation of a carer or a practice (« je le conseille », « je recommande ! »): a review's words, but also how a
 * practitioner recommends a product, so it counts as a marker without unlocking praise. */
export const recommendTerms = ['je le conseille', 'je la conseille', 'je les conseille', 'je conseille vivement', 'a recommander'];

/** Thanks addressed to a carer (« un grand merci au Dr », « merci pour votre accompagnement »). */
export const carerThanksTerms = [
  'merci au dr', 'merci au docteur', 'merci a la docteure', 'merci a la dr', 'merci au professeur', 'merci a madame', 'merci a monsieur',
  'merci a mme', 'merci a mon', 'merci a ma', 'merci a toute l\'equipe', 'merci a toute votre equipe', 'merci a l\'equipe',
  'merci a l\'infirmiere', 'merci a l\'infirmier', 'merci au chirurgien', 'merci a la sage-femme', 'un grand merci', 'un immense merci',
  'un enorme merci', 'mille merci(s)', 'merci infiniment', 'merci encore', 'merci pour tout', 'merci d\'avoir', 'merci de m\'avoir',
  'merci pour votre accompagnement', 'merci pour votre patience', 'merci pour votre gentillesse', 'merci pour votre ecoute',
  'merci pour votre professionnalisme', 'merci pour votre suivi', 'merci pour votre soutien', 'merci pour votre bienveillance',
  'merci pour votre disponibilite', 'merci pour vos soins', 'un merci special', 'un merci tout special', 'merci au cabinet', 'merci au centre', 'merci docteur', 'merci docteure', 'vous remercie', 'vous remercions',
  'thank you', 'thanks to',
  // thanks for the care itself, to a carer addressed as « tu » or by name (« merci Guy pour tes massages ») (round 3)
  'merci pour tes', 'merci pour ton', 'merci pour ces', 'merci pour cette',
];

/** The qualities a patient felt in a carer (« à l'écoute », « d'une grande douceur », « aux petits soins »). */
export const careQualityTerms = [
  'a l\'ecoute', 'tres a l\'ecoute', 'douceur', 'tres doux', 'tres douce', 'rassurant(e)(s)', 'aux petits soins', 'a pris le temps',
  'ont pris le temps', 'prend le temps', 'prennent le temps', 'gentillesse', 'bienveillan*', 'attentionne(e)(s)', 'de bon conseil',
  'de tres bon conseil', 'mains en or', 'mains de fee', 'doigts de fee', 'humain(e)(s)', 'patient(e) et', 'tres patient(e)',
  'tres disponible(s)', 'toujours disponible(s)', 'explications claires', 'tout explique', 'sans jugement', 'friendly', 'gentle',
  'caring', 'painless', 'indolore', 'mains magiques', 'oreille attentive', 'tres pedagogue', 'rassurante et', 'patiente et',
];

/** Words of a review (« au top », « très professionnel », « personnel adorable »): praise anyone may write, a patient's
 * only beside another marker. */
export const reviewPraiseTerms = [
  'au top', 'top', 'tres professionnel(le)(s)', 'professionnalisme', 'adorable(s)', 'formidable(s)', 'exceptionnel(le)(s)',
  'extraordinaire(s)', 'excellent(e)(s)', 'parfait(e)(s)', 'super', 'genial(e)(s)', 'accueil chaleureux', 'accueil souriant',
  'accueil tres agreable', 'cabinet tres propre', 'tres propre', 'equipe en or', 'resultat naturel', 'resultats visibles',
  'aucune douleur', 'sans douleur', 'rien senti', 'sans hesiter', 'impeccable(s)', 'top du top', 'pedagogue(s)',
  'humanite', 'de bonne humeur', 'resultat tres naturel', 'tres naturel(le)', 'bravo a toute l\'equipe', 'ponctuel(le)(s)', 'competent(e)(s)', 'efficace(s)', 'amazing', 'excellent',
  'wonderful', 'the best', 'best',
];

// A relative cared for and better, told by the family: « mon fils a retrouvé le sommeil », « mon bébé dort enfin ».
const RELATIVE_OUTCOME =
  /(?<![a-z])(?:(?:mon|ma|notre) (?:fils|fille|bebe|enfant|garcon|mari|femme|conjoint|mere|pere|maman|papa|petit|petite|grand-mere|grand-pere)|(?<!(?:la|une|cette|sa|leur|chaque|votre|ta|de|la future|future|jeune) )(?:maman|papa|mamie|papi|papy)) (?:(?:[a-z]+ )?(?:a (?:retrouve|pu|enfin|fait sa premiere|repris|arrete|recupere|gagne)|n'a plus|ne (?:pleure|souffre|boite) plus|dort (?:enfin|mieux|bien|toute|de nouveau|a poings)|remarche|mange (?:enfin|mieux)|va (?:beaucoup |tellement |bien )?mieux|pleurait|souffrait|ne dormait)|[a-z]+ (?:beaucoup |tellement |bien |deja )?mieux|[a-z]+ (?:de nouveau|a nouveau|enfin))/gu;
// Care received told with a generic first-person shape: a carer's act on me (« la pharmacienne m'a trouvé »), what I
// can do again (« je croque de nouveau », « je dors comme un bébé »), what I no longer suffer (« je n'ai plus fait
// une crise », « je n'arrivais plus à dormir »), my complaint gone (« mon eczéma a disparu », « mon dos va mieux »).
const FIRST_PERSON_CARE =
  /(?<![a-z])(?:(?:m'a|m'ont|m'avez|m'as)(?<=(?:(?<![a-z])(?:il|elle|ils|elles|vous|tu)|(?:le|la|l'|mon|ma) ?(?:dr|docteur|docteure|chirurgien|chirurgienne|kine|osteo[a-z]*|pharmacien|pharmacienne|dentiste|infirmier|infirmiere|sage-femme|sophrologue|praticien|praticienne|medecin|equipe|therapeute|hypnotherapeute|orthophoniste|podologue|opticien|audioprothesiste)) m'(?:a|ont|avez|as)) (?:tout de suite |vite |enfin |beaucoup |bien |toujours |deja |meme |aussi )?(?!(?:forme|appris|transmis|enseigne|recrute|embauche|invite|confie|demande|dit|ecrit|contacte|sollicite|interroge|pose la question|remplace|succede)(?![a-z]))[a-z]+(?:e|i|is|it|u|ee|es)(?![a-z])|je (?:[a-z]+ )?(?:de nouveau|a nouveau)|je (?:dors|respire|marche|cours|mange|vis|souris|vois|entends) (?:enfin|mieux|comme|bien mieux|beaucoup mieux|sans|correctement|normalement|librement|parfaitement)|je n'ai plus (?:mal|aucun|aucune|de douleur|de crise|fait|eu|jamais|besoin|peur)|je n'arrivais plus|je ne pouvais plus|je ne dormais plus|je souffre (?:nettement |beaucoup |bien |tellement |de plus en plus )?moins|je ne souffre plus|plus besoin de (?:prendre )?(?:des |de |mes )?(?:calmants|medicaments|antalgiques|anti-douleurs|cachets)|(?:a|ont|avez) (?:si bien |tellement bien |tres bien )?(?:accompagne|soigne|suivi|entoure|veille sur|pris soin de) (?:maman|papa|mon (?:pere|fils|mari|bebe|frere)|ma (?:mere|fille|femme|soeur)|notre (?:pere|mere|fils|fille|maman|papa|bebe))|(?:mon|ma|mes) (?:dos|genou|epaule|hanche|cou|nuque|ventre|peau|eczema|acne|psoriasis|migraines?|douleurs?|angoisses?|crises?|sciatique|tendinite|insomnies?|vertiges|cicatrices?|cernes|rides) (?:a|ont|est|sont|va|vont) (?:completement |totalement |presque |beaucoup |bien |deja |enfin )?(?:disparu|gueri|parti|partie|mieux|soulage|estompe|envole))/gu;
// One patient's recovery told by the carer (« ce patient était venu me voir … il dormait de nouveau », « elle est arrivée
// en fauteuil, elle est repartie en marchant »): the practice's own testimonial of a result.
const TOLD_OUTCOME =
  // (issue #7: « elle rentre aujourd'hui à la maison », the one cared for home again)
  /(?<![a-z])(?:(?:il|elle) (?:rentre|est rentree?|a pu rentrer|peut rentrer|va pouvoir rentrer|rentrera) (?:(?:aujourd'hui|enfin|demain|bientot|ce soir) )?(?:a la maison|chez (?:lui|elle|nous|ses parents))|(?:ce|cette|un|une) (?:patient|patiente|client|cliente|jeune femme|jeune homme|maman|monsieur|dame) (?:etait|est) (?:venue?|arrivee?) me voir|(?:il|elle) (?:dormait|marchait|courait|remarchait|respirait|mangeait|souriait|lisait|voyait|conduisait|jardinait|nageait|travaillait|jouait) (?:de nouveau|a nouveau|enfin|sans)|(?:il|elle) (?:est|etait) (?:repartie?|ressortie?|sortie?) en (?:marchant|courant|souriant)|(?:il|elle) se sentait (?:deja |beaucoup |bien |nettement )?mieux|(?:il|elle) revient me voir|(?:ses|leurs) (?:douleurs|crises|migraines|angoisses|vertiges) (?:avaient|ont|etaient|sont) (?:completement |totalement |presque )?(?:disparu|gueri|parti)|et si c'etait votre tour|pourquoi pas vous)/gu;
// The carers judged after the care, in the past: « l'équipe a été très rassurante », « le chirurgien a été au top ».
const CARERS_JUDGED =
  /(?<![a-z])(?:l'equipe|toute l'equipe|le personnel|le docteur|le dr|la docteure|le chirurgien|la chirurgienne|l'anesthesiste|les infirmieres|l'infirmiere|les soignants|la sage-femme|les sages-femmes|les medecins|les chirurgiens|les kines|les aides-soignantes|les puericultrices|le pharmacien|la pharmacienne|l'orthophoniste|le podologue|la podologue|l'orthodontiste|le kine|la kine|l'osteo\w*|le dentiste|la dentiste|mon dentiste|ma dentiste|le praticien|la praticienne|la consultation|le rendez-vous|la seance|l'operation|l'intervention|l'accueil|elle|il|ils|elles|tout le monde|vous) (?:a|ont|avez) ete (?:tres |vraiment |super |hyper-?|d'une grande |d'une |si |au |tellement |extremement |toujours )*(?:top|adorable|parfait|formidable|rassurant|attentionne|a l'ecoute|aux petits soins|genial|exceptionnel|extraordinaire|professionnel|gentil|doux|douce|humain|present|disponible|patient|bienveillant|efficace|super|incroyable|merveilleu|douceur|gentillesse|patience)[a-z]*/gu;
// « Je recommande ! », « je recommande ce cabinet », « je vous la recommande »: a review's recommendation, not advice
// (« je recommande de boire », « je recommande une consultation »).
const RECOMMEND = /(?<![a-z])je (?:vous )?(?:le |la |les )?(?:recommande|conseille)(?: vivement| chaudement| fortement| sans hesiter| les yeux fermes)?(?= ?[.!]|\s*$| (?:ce |cette |cet |le dr|le docteur|la docteure|mon |ma |a tous ceux|a toutes celles|a 100))/gu;

/** A doctor named before the act on me (« le Dr Roy m'a conseillé une prothèse »): the care told by the one who got it. */
const DOCTOR_ACTED =
  /(?<![a-z])(?:dr|docteure?|pr|professeure?)\.? [a-z'-]+(?: [a-z'-]+){0,2},? (?:m'a|m'ont|me l'a) (?:tout de suite |enfin |aussi |alors )?(?:conseille|explique|opere|operee|soigne|soignee|suivi|suivie|rassure|rassuree|recu|recue|propose|prescrit|pose|annonce|diagnostique|pris en charge|accompagne|accompagnee|oriente|orientee|examine|examinee)(?![a-z])/gu;
/** « J'ai consulté une dermatologue qui m'a très bien soignée »: a carer, then the act on me in a relative clause. */
const CARER_WHO_ME =
  /(?<![a-z])(?:medecin|docteur|docteure|dr|chirurgien|chirurgienne|dentiste|orthodontiste|kine|kinesitherapeute|osteo[a-z]*|sage-femme|infirmier|infirmiere|praticien|praticienne|pharmacien|pharmacienne|equipe|specialiste|gynecologue|ophtalmologue|ophtalmologiste|dermatologue|rhumatologue|cardiologue|orthophoniste|therapeute) (?:[a-z'-]+ ){0,2}qui m'(?:a|ont) (?:tres bien |si bien |bien |tout de suite |vite |parfaitement |toujours )?(?!(?:forme|appris|transmis|enseigne|recrute|embauche|invite|demande|dit|ecrit|contacte)(?![a-z]))[a-z]+(?:e|i|is|it|u|ee|es)(?![a-z])/gu;
/** « Opérée au printemps dernier, je… », « Soigné en mars, j'ai… »: the care, then the one who received it speaking. */
const CARED_THEN_I = /(?:^|[.!?\n] ?)(?:operee?|soignee?|traitee?|accouchee?|greffee?|implantee?|suivie?) (?:en|au|a|le|il y a|depuis|par|des) [a-z0-9' -]{1,30}, (?:je|j')(?![a-z])/gu;
/** A carer acting on me, in any tense (« l'ostéopathe me manipule », « la praticienne m'explique le soin », « la sage-femme
 * n'a cessé de me rassurer »): the one treated speaks, not the practitioner. Colleagues' acts (« le docteur m'a formée »,
 * « le médecin traitant m'adresse ses patients », « ma consœur me remplace ») are not care. (round 2, additive) */
const CARER_ON_ME =
  /(?<![a-z])(?:le|la|l'|mon|ma|cette|ce|notre) ?(?:medecin|docteure?|dr|chirurgien(?:ne)?|dentiste|orthodontiste|kine(?:sitherapeute)?|osteo[a-z]*|sage-femme|infirmiere?|pharmacien(?:ne)?|praticien(?:ne)?|hypnotherapeute|hypnotiseur|therapeute|sophrologue|podologue|dermatologue|gynecologue|anesthesiste|radiologue|ophtalmo[a-z]*|acupuncteur|acupunctrice|naturopathe|chiropracteur|orthophoniste|orthoptiste|ergotherapeute|pedodontiste)(?: [a-z'-]+){0,5}? (?:me |m')(?:a |ont |avait |avaient |as |avez )?(?!(?:forme|formee|appris|transmis|transmet|enseigne|recrute|embauche|invite|remplace|remplacera|succede|assiste|seconde|rejoint|contacte|ecrit|adresse|adressent|envoie|envoient|confie)(?![a-z]))[a-z]{3,}/gu;
/** A carer named by a pronoun, acting on me in the present or the imperfect (« elle m'encourageait », « il me rassure »,
 * « il me fait bosser dur »): the narrative of care received, where no carer noun is written. Care verbs only (« il me
 * disait », « elle m'appelait » are no care). (round 3, additive) */
const PRONOUN_ON_ME =
  /(?<![a-z])(?:il|elle|ils|elles) (?:me |m')(?:soign|rassur|encourag|expliqu|accompagn|ecout|mass|manipul|soulag|examin|conseill|accueill|guid|motiv|prepar|chouchout|dorlot|apais|reconfort|soutenai|soutien|recevai|recoi|fai(?:t|sait|saient) (?:bosser|travailler|progresser|du bien))[a-z]*(?![a-z])/gu;
/** Cared for, told with « on » or « nous » by the ones cared for (« on est très bien suivi », « on nous écoute »,
 * « on se sent tout de suite en confiance »): a practitioner writes « nous vous accueillons », never this. (round 3) */
// (issue #7: « nous avons été très bien reçus », « on a adoré le suivi »: a family's account told in « nous » / « on »)
const WE_CARED =
  /(?<![a-z])(?:on (?:est|a ete|etait|s'est senti)|nous (?:avons ete|sommes|etions)) (?:tres |super |vraiment |tellement |si |toujours |tout de suite |parfaitement )*bien (?:accueilli|recu|suivi|soigne|pris en charge|conseille|entoure|accompagne|informe|rassure|ecoute)[a-z]*|(?<![a-z])on nous (?:ecoute|explique|rassure|soigne|accompagne|chouchoute|comprend)(?![a-z])|(?<![a-z])on se sent (?:tout de suite |tres vite |vraiment |tres )?(?:en confiance|ecoute|accueilli|rassure|entre de bonnes mains)|(?<![a-z])(?:on a|nous avons) (?:vraiment |beaucoup |tous |tout de suite )*(?:adore|apprecie|aime) (?:le|la|les|l'|son|sa|ses|leur|leurs) ?(?:suivi|accueil|equipe|seances?|soins|accompagnement|prise en charge|douceur|gentillesse|ecoute|patience|disponibilite)(?![a-z])/gu;
/** Felt as a patient: « je me suis sentie entièrement prise en charge », « l'impression d'être vraiment écoutée ». (round 3) */
const FELT_CARED =
  /(?<![a-z])(?:je me (?:suis senti|sentais|sens)e? (?:tres |vraiment |tout de suite |entierement |completement |bien |si |tellement |tres bien )*(?:pris(?:e)? en charge|ecoutee?|comprise?|rassuree?|accompagnee?|en securite|entre de bonnes mains|chouchoutee?|soutenue?)|d'etre (?:vraiment |bien |tres bien |enfin )?(?:ecoutee?|comprise?|pris(?:e)? en charge))(?![a-z])/gu;
const ME_WORD = /(?<![a-z])(?:me |m')/u;
const PATIENT_VOICE = new TermScanner(patientVoiceTerms);
const OWN_CARE = new TermScanner(ownCareTerms);
const RECOMMEND_TERMS = new TermScanner(recommendTerms);
const CARER_THANKS = new TermScanner(carerThanksTerms);
const CARE_QUALITY = new TermScanner(careQualityTerms);
const REVIEW_PRAISE = new TermScanner(reviewPraiseTerms);
const THANKS_WORD = /merci|remerci|thank/u;
/** Thanks to a carer named or addressed, for the care (« merci Guy pour tes massages », « merci Dr Roy pour : vos soins »). */
// (also when the thanks open a list: « merci Guy pour :\n- tes massages »)
const THANKS_FOR_CARE = /(?<![a-z])merci (?:a )?(?:[a-z'-]+ ){0,2}pour ?:?\s{0,3}(?:[-•*]\s?)?(?:tes|ton|ta|ces|cette|vos|votre)(?![a-z])/gu;
/** Thanks for the result itself, an anchor on its own: « merci au Dr Roy pour ce magnifique sourire », « merci à la
 *  clinique pour mon nouveau nez » (issue #7). */
const THANKS_FOR_RESULT = /(?<![a-z])merci (?:a |au |a la |aux )?(?:[a-z'-]+ ){0,3}pour (?:ce|cet|cette|mon|ma|mes|le|la|les) (?:(?:nouveau|nouvel|nouvelle|nouveaux|nouvelles|magnifique|beau|bel|belle|superbe|joli|jolie|sublime) )?(?:sourire|dents|nez|poitrine|seins|silhouette|visage|ventre|resultat|operation|intervention|accouchement|greffe|implants?|facettes)(?![a-z])/gu;

type Marker = { start: number; end: number; text: string };

function markers(folded: string, re: RegExp | TermScanner): Marker[] {
  if (re instanceof TermScanner) return re.matchAll(folded);
  // exec on the pattern itself (global): matchAll would clone it at every call.
  const out: Marker[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (m[0].length === 0) re.lastIndex++;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const voiceMemo = new TextMemo<readonly Marker[]>();

/**
 * Distinct patient-voice markers in a folded text, with their folded offsets, in text order. Care received told in
 * the first person (or a relative's, by the family), a review's verdict, the carers judged after the care: these
 * anchor the text as a patient's, and then the thanks, the carers' qualities and the review's praise around them
 * count too. Thanks to a carer with the qualities felt in them (« merci au Dr Roy, toujours à l'écoute ») are a
 * patient's as well. Without an anchor, praise is anyone's (a practice describing itself): it does not count.
 */
export function patientVoice(folded: string): Marker[] {
  // Asked of one segment by three rules (text-memo.ts); each caller gets its own array (no-testimonial adds to it).
  return voiceMemo.get(folded, [], () => findPatientVoice(folded)).slice();
}

function findPatientVoice(folded: string): Marker[] {
  const anchors = [PATIENT_VOICE, RELATIVE_OUTCOME, CARERS_JUDGED, RECOMMEND, FIRST_PERSON_CARE, TOLD_OUTCOME, DOCTOR_ACTED, CARED_THEN_I, CARER_WHO_ME, WE_CARED, FELT_CARED, THANKS_FOR_RESULT].flatMap((re) => markers(folded, re));
  // (a pronoun acting on me: only where « me » or « m' » is written, and never over a marker it spans)
  if (ME_WORD.test(folded)) anchors.push(...markers(folded, PRONOUN_ON_ME).filter((m) => !anchors.some((o) => o.start < m.end && m.start < o.end)));
  // A carer acting on me (needs « me » or « m' » somewhere: skip its scan otherwise) counts where no other anchor
  // stands: it must not swallow the distinct markers it spans (« mon kiné » + « m'a proposé » are two).
  if (ME_WORD.test(folded)) anchors.push(...markers(folded, CARER_ON_ME).filter((m) => !anchors.some((o) => o.start < m.end && m.start < o.end)));
  // Thanks and qualities matter only beside an anchor or together: skip their scans when they cannot count.
  const thanks = anchors.length || THANKS_WORD.test(folded) ? [...markers(folded, CARER_THANKS), ...markers(folded, THANKS_FOR_CARE)] : [];
  const qualities = anchors.length || thanks.length ? markers(folded, CARE_QUALITY) : [];
  const all = [...anchors, ...markers(folded, OWN_CARE), ...markers(folded, RECOMMEND_TERMS)];
  if (anchors.length || (thanks.length && qualities.length)) all.push(...thanks, ...qualities, ...markers(folded, REVIEW_PRAISE));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const seen = new Set<string>();
  const out: Marker[] = [];
  let reach = -1;
  for (const m of all) {
    // One marker per distinct wording, and none inside another (« je recommande a 100 » holds « je recommande »).
    if (seen.has(m.text) || m.start < reach) continue;
    seen.add(m.text);
    reach = m.end;
    out.push(m);
  }
  return out;
}
