// DATA ONLY: the vocabulary of self-praise and commercial incitement (DOMAIN.md §2.a). Add forms here, never code.
// Patterns run on folded text: lowercase, no accents, ' for every apostrophe, " for every quotation mark.
import type { TermEntry } from '../src/rule-kit.js';
import * as S from './shared.terms.js';

/** Where a laudatory word must sit to praise the practice rather than a disease, a moment or a behaviour. */
export type Binding =
  | 'always' //    promotional wherever it stands
  | 'after' //     a practice or offer noun within `window` words after ("meilleur cabinet")
  | 'before' //    a practice or offer noun within `window` words before ("des sages-femmes exceptionnelles")
  | 'near' //      either
  | 'noun' //      an adjective that qualifies a practice or offer noun: "des sages-femmes exceptionnelles",
  //               "nos résultats sont vraiment exceptionnels", "d'excellents résultats" (not "une mobilisation exceptionnelle des soignants")
  | 'place' //     followed by a place ("unique en Bretagne", "premier centre de France")
  | 'emoji' //     an urgency emoji in the same sentence ("Réservez 🔥")
  | 'hashtag' //   inside a hashtag (#MeilleurDentiste), where words have no determiner
  | 'subject'; //  a practice noun earlier in the same sentence, its subject ("Le centre … est une référence")

export interface PromoTerm extends TermEntry {
  kind: 'selfPraise' | 'commercialIncitement';
  bound: Binding | Binding[];
  /** Also promotional when this other binding holds (« unique en Bretagne » by place, « une méthode unique » by noun). */
  orBound?: Binding;
  /** Words around the match that the binding looks at (default 4). */
  window?: number;
  /** Which nouns bind: practitioners and establishments, what they offer, or both (default). */
  nouns?: 'practice' | 'offer' | 'both';
  /** Not promotional when the clause matches (rarity "complication exceptionnelle", breastfeeding "exclusif"). */
  unless?: RegExp;
  /** Not promotional when the text just before / after the match matches. */
  unlessBefore?: RegExp;
  unlessAfter?: RegExp;
  /** The words carry their own negation ("ne ratez pas"): skip the negation cue. */
  ownNegation?: boolean;
  /** Deleting the words leaves a correct, neutral sentence: offer that as a suggestion. */
  removable?: boolean;
  /**
   * Bound only through what is offered (a technique, a method), the praise is the practice's only when the sentence
   * makes the offer its own (« notre », « chez nous », a practice named, « découvrez »): « la liposuccion est la
   * technique la plus efficace pour… » says something of a technique, which is no-unverified-claim's to judge.
   */
  ownedOffer?: boolean;
}




/**
 * A place sold as where to get care (« une destination incontournable pour les soins dentaires », « la meilleure
 * destination pour une greffe »): in medical-tourism copy the destination is the offer, so praise bound to it counts
 * like praise of an offer (only for entries bound to a noun; the sentence must still be sales talk, see ownsTheOffer).
 */
export const careDestinations = ['destination(s)'];

/** Emoji that shout urgency (🔥 💥 🎉 🚨 ⏰ ‼️ ⏳ ⚡ 📣 📢). */
export const URGENCY_EMOJI = /\u{1F525}|\u{1F4A5}|\u{1F389}|\u{1F6A8}|\u23F0|\u203C|\u23F3|\u26A1|\u{1F4E3}|\u{1F4E2}/u;

/** Group events where "places limitées" states a fact (workshops, talks, blood drives). */
const EVENT = /atelier|conference|reunion|webinaire|groupe de parole|seance d'information|collecte|don du sang|journee (?:mondiale|nationale)|formation|depistage|vaccin|rappel|prevention|campagne/u;
/** "l'unique cabinet de Quimper" is an exclusivity claim, reported by no-comparison. */
// (not "une expérience unique au centre Opale": a preposition before the noun places the praise, it names no rival)
const EXCLUSIVE_NEXT = /^\s+(?:(?!(?:au|aux|a|en|dans|chez|par|pour|sur|du|de|des)\s)[\p{L}-]+\s+)?(?:cabinet|centre|clinique|pharmacie|officine|institut|praticien|medecin|dentiste|kine|chirurgien|sage|infirmi|podologue|osteo|specialiste|maison)/u;
const DET = String.raw`(?<=(?:^|[^\p{L}])(?:le|la|les|l'|notre|nos|votre|vos|du|des|au|aux|ton|ta|tes|mon|ma|mes)\s*)`;
const PRATIQUE = ['Prise de rendez-vous en ligne ou par téléphone', 'Sur rendez-vous'];

export const promoTerms: PromoTerm[] = [
  // --- Self-praise: superlatives and laudatory words bound to the practice ---------------------------------
  {
    id: 'meilleur-praticien', kind: 'selfPraise', bound: 'after', removable: true,
    patterns: [new RegExp(DET + String.raw`meilleur(?:e|s|es)?(?![\p{L}])(?!\s+v(?:oe|œ)ux)`, 'u')],
    // "la meilleure prise en charge possible" is a goal, not a boast.
    unless: /(?<![\p{L}])possibles?(?![\p{L}])/u,
    // an indication (« les meilleurs résultats s'obtiennent chez les non-fumeurs ») or advice on choosing (« le
    // meilleur chirurgien, c'est celui qui vous écoute ») ranks nobody
    unlessAfter: /^\s+resultats?\s+(?:sont|seront|s'obtiennent)\s+(?:obtenus?\s+)?(?:sur|chez|quand|lorsque|si|avec|en|dans|pour)(?![\p{L}])|^(?:\s+[\p{L}-]+){1,3}\s*,?\s+c'est\s+(?:celui|celle|ceux|celles)(?![\p{L}])/u,
  },
  {
    id: 'offrir-le-meilleur', kind: 'selfPraise', bound: 'always',
    // "offrir le meilleur à nos patients", "offrez-vous le meilleur de la médecine esthétique"; not "donner le meilleur de soi-même"
    patterns: [/(?<=(?:offr|propos|donn|garanti|merit|apport)\p{L}*(?:-(?:vous|toi|nous))?\s+(?:que\s+)?)(?:le|du)\s+meilleur(?!\s+(?!a\s|au\s|aux\s|pour\s|de\s+la\s|de\s+l'|du\s|des\s)\p{L})/u],
    suggestions: ['des soins adaptés'],
  },
  {
    id: 'meilleur-hashtag', kind: 'selfPraise', bound: 'hashtag',
    terms: [
      'meilleur dentiste', 'meilleur cabinet', 'meilleur kiné', 'meilleur médecin', 'meilleur docteur', 'meilleur chirurgien',
      'meilleur ostéo', 'meilleur centre', 'meilleur podologue', 'meilleur dermato', 'meilleur orthodontiste', 'meilleur infirmier',
      'meilleure clinique', 'meilleure pharmacie', 'meilleure sage-femme', 'meilleure infirmière', 'meilleure équipe',
      'top dentiste', 'top kiné', 'top médecin', 'dentiste n°1', 'kiné n°1',
    ],
  },
  {
    id: 'elu-meilleur', kind: 'selfPraise', bound: 'always',
    terms: ['élu(e)(s) meilleur(e)(s)', 'classé(e)(s) parmi les meilleur(e)(s)', 'parmi les meilleur(e)(s) de', 'élu(e)(s) numéro un', 'élu(e)(s) n°1'],
    patterns: [/(?<![\p{L}])elu(?:e|s|es)?\s+parmi\s+les\s+(?:[\p{L}-]+\s+){0,2}(?:meilleur\p{L}*|plus\s+\p{L}+|top\s?\d+)/u],
  },
  {
    id: 'numero-un', kind: 'selfPraise', bound: 'near', removable: true,
    patterns: [/(?<![\p{L}\p{N}])(?:n\s?°|no|numero|#)\s?(?:1|un|uno)(?![\p{L}\p{N}°])/u, /(?<![\p{L}])top\s?(?:1|3|5|10)(?![\p{N}])/u],
    // rooms and addresses: "salle n° 1", "au n° 1 rue …"; a disease's rank: "cancer n° 1"
    unlessBefore: /(?:salle|bureau|box|porte|etage|batiment|lot|local|chambre|dossier|ligne|cabine|niveau|au|cause|cancer|ennemi|tueur|risque|facteur|priorite|objectif|regle|conseil)\s*$/u,
    unlessAfter: /^\s*,?\s*(?:rue|avenue|av\.|bd|boulevard|place|allee|impasse|chemin|route|quai|bis|ter)(?![\p{L}])/u,
  },
  {
    id: 'premier-de-france', kind: 'selfPraise', bound: ['after', 'place'], window: 2, nouns: 'practice',
    patterns: [new RegExp(String.raw`(?<![\p{L}\p{N}])(?:1er|1re|1ere|premier|premiere|premiers|premieres)(?![\p{L}])`, 'u')],
    // "le premier et le seul …" is an exclusivity claim, reported by no-comparison.
    // (round 13) nor the first of its own chain, told as a date (« le 1er cabinet du réseau a ouvert en 2021 »)
    unlessAfter: /^\s+et\s+(?:le|la|les)\s+seul|^\s+(?:soins|secours|recours|intention|rendez|consultation|etage|porte)|^\s+(?:[\p{L}-]+\s+){0,2}?(?:de\s+l'enseigne|du\s+reseau|du\s+groupe|de\s+la\s+chaine|de\s+la\s+marque|de\s+la\s+franchise)(?![\p{L}])/u,
  },
  {
    id: 'leader', kind: 'selfPraise', bound: 'always', removable: true,
    terms: ['leader(s)', 'leadeur(s)', 'líder', 'líderes'],
    // « leader d'opinion »; « le leader du marché » ranks a firm among firms (no-sponsored-content weighs the brand)
    unlessAfter: /^\s+d'opinion|^\s+(?:du|sur\s+le|de\s+son)\s+marche(?![\p{L}])/u,
    // a manufacturer's rank (« la marque X, leader des brosses à dents », « le laboratoire Y, leader mondial »): a third
    // party described, not the practice praising itself (no-sponsored-content weighs the brand)
    // (nor a maker named just before, « une technique développée par Nomdemarque, leader, … »)
    unlessBefore: /(?<![\p{L}])(?:la\s+marque|le\s+laboratoire|les\s+laboratoires|le\s+fabricant|l'industriel|la\s+societe|l'entreprise|le\s+groupe\s+pharmaceutique)\s+(?:[\p{L}\p{N}&'-]+\s*){1,3},?\s*(?:est\s+|reste\s+|devenu\s+)?(?:le\s+|la\s+|l'\s*|un\s+|une\s+)?$|(?:developpe|concu|fabrique|commercialise|invente|lance|mis\s+au\s+point)\p{L}*\s+par\s+[\p{L}\p{N}&'-]+(?:\s+[\p{L}\p{N}&'-]+)?\s*,\s*$/u,
  },
  {
    id: 'de-reference', kind: 'selfPraise', bound: 'before', window: 2, nouns: 'practice', removable: true,
    terms: ['de référence'],
    // "centre de référence maladies rares" is an official designation; "traitement de référence" is medicine.
    unless: /centres?\s+de\s+reference.*(?:maladies?|labellis|crmr|ministere|designe|agree)/u,
    // « la totalité des centres de référence du pays », « la carte des centres de référence »: a category described
    unlessBefore: /(?:ensemble|plupart|majorite|totalite|liste|reseau|carte)\s+des\s+[\p{L}-]+\s*$/u,
    suggestions: ['spécialisé'],
  },
  {
    id: 'reference-nationale', kind: 'selfPraise', bound: 'always',
    // « Centre de référence national du kératocône »: the title of a centre designated by the ministry (rare diseases)
    unlessBefore: /centres?\s+(?:de\s+)?$/u,
    terms: ['référence(s) nationale(s)', 'référence(s) régionale(s)', 'référence(s) internationale(s)', 'référence incontournable', 'la référence en', 'la référence de la', 'la référence du', 'la référence des', 'la référence de l\'', 'la référence dans', 'la référence pour'],
    unless: /(?<![\p{L}])(?:has|haute autorite|ansm|oms|inserm|sante publique france|ameli|assurance maladie|recommandations?)(?![\p{L}])/u,
  },
  {
    id: 'unique', kind: 'selfPraise', bound: 'place', orBound: 'noun', removable: true,
    terms: ['unique(s)'],
    unlessAfter: EXCLUSIVE_NEXT,
    unlessBefore: /(?:numero|dose|prise|seance|injection|interlocuteur|guichet|dossier|tarif|forfait|fois|usage|patient|chacun|chaque|allaitement|maternel)\s*$/u,
    // "le numéro d'urgence unique européen", "un numéro d'appel unique": a single number, no praise
    // (nor an event that is the only one of its kind: « le seul et unique salon de la santé par l'eau »)
    unless: /(?<![\p{L}])numeros?\s+(?:d'urgence|d'appel|de\s+telephone|national|vert)(?![\p{L}])|(?<![\p{L}])uniques?\s+(?:salons?|congres|festivals?|evenements?|expositions?|colloques?|forums?|journees?)(?![\p{L}])/u,
  },
  {
    id: 'methode-exclusive', kind: 'selfPraise', bound: 'noun', removable: true,
    terms: ['exclusif', 'exclusifs', 'exclusive(s)'],
    unlessAfter: EXCLUSIVE_NEXT,
    unlessBefore: /(?:numero|dose|prise|seance|injection|interlocuteur|guichet|dossier|tarif|forfait|fois|usage|patient|chacun|chaque|allaitement|maternel)\s*$/u,
  },
  {
    id: 'exceptionnel', kind: 'selfPraise', bound: 'noun', removable: true,
    terms: ['exceptionnel(le)(s)'],
    // rarity and timetables: "complication exceptionnelle", "fermeture exceptionnelle", "à titre exceptionnel"
    unless: /complication|effets? (?:secondaire|indesirable)|(?<![\p{L}])cas(?![\p{L}])|fermeture|ouverture|horaire|permanence|conge|a titre|de (?:facon|maniere)|(?<![\p{L}])rares?(?![\p{L}])|rarissime|accident|reaction|circonstance|evenement|souhait/u,
  },
  {
    id: 'exception-excellence', kind: 'selfPraise', bound: 'always', removable: true,
    terms: ['d\'exception', 'd\'excellence', 'hors pair', 'sans égal(e)(s)', 'sans pareil(le)(s)', 'hors du commun', 'inégalé(e)(s)', 'inégalable(s)', 'incomparable(s)', 'la crème de la crème', 'crème de la crème', 'unique(s) en son genre', 'à nul autre pareil', 'à nulle autre pareille', 'entre les meilleures mains', 'en de très bonnes mains'],
    // the slogan « L'excellence au service de votre sourire » sells without naming the practice
    patterns: [/(?<![\p{L}])(?:l')?excellence(?=\s+au\s+service(?![\p{L}]))/u],
    // « notre pôle d'excellence » is the practice's own label, « les pôles d'excellence rurale » a public scheme
    unlessBefore: /(?<!(?:notre|son|sa|nos|ses|leur|mon|ma)\s+)(?:regime|etat|mesure|procedure|prix|bourse|master|pole|filiere)\s*$/u,
    suggestions: ['de qualité'],
  },
  {
    // « l'excellence » as a noun praises the practice when the sentence is the practice's (« notre exigence : l'excellence »,
    // « le cabinet vise l'excellence »), not in a guide or an analysis (« un label qui
    // récompense l'excellence », « sans excellence du geste, pas de bonne suture »).
    id: 'l-excellence', kind: 'selfPraise', bound: 'always', ownedOffer: true, removable: true,
    terms: ['l\'excellence', 'excellence'],
    unlessBefore: /(?:regime|etat|mesure|procedure|prix|bourse|master|pole|filiere|d')\s*$/u,
    suggestions: ['la qualité'],
  },
  {
    id: 'imbattable', kind: 'selfPraise', bound: 'always', removable: true,
    terms: ['imbattable(s)', 'invincible(s)'],
    // "prix imbattables", "les tarifs sont imbattables", "un rapport qualité/prix imbattable" belong to no-price-promotion
    unlessBefore: /(?:prix|tarifs?|couts?)(?:\s+(?:sont|restent|etaient|demeurent)(?:\s+(?:tout\s+simplement|vraiment|souvent|absolument))?)?\s*$/u,
  },
  {
    id: 'excellent', kind: 'selfPraise', ownedOffer: true, bound: 'noun', removable: true,
    // (« des compétences de haut niveau », « un matériel très performant »: standing claimed for what the practice has)
    terms: [...S.spectacular, 'de haut niveau', 'de très haut niveau', 'très performant(e)(s)', 'excellent(e)(s)', 'remarquable(s)', 'formidable(s)', 'extraordinaire(s)', 'top', 'transformateur(s)', 'transformatrice(s)', 'irréprochable(s)', 'hors norme(s)', 'emblématique(s)', 'légendaire(s)', 'pionnier(s)', 'pionnière(s)', 'précurseur(s)', 'avant-gardiste(s)'],
  },
  {
    id: 'superlatif-pratique', kind: 'selfPraise', bound: 'noun', ownedOffer: true,
    patterns: [/(?<![\p{L}])(?:le|la|les|l')\s+plus\s+(?:connu|populaire|apprecie|cote|note|sophistique|precis|confortable|chaleureu(?:x|se|ses)|accueillant|attentif|attentive|important|beau|belle|beaux|belles|ancien|ancienne|repute|experimente|qualifie|competent|moderne|equipe|demande|spectaculaire|performant|avance|recherche|prise|innovant|pointu|prestigieu(?:x|se|ses)|renomme|celebre|complet|complete|grand|rapide|abordable|efficace|reconnu|sur|fiable)(?:e|s|es)?(?![\p{L}])/u],
    unlessAfter: /^\s+(?:soin|respect|serieux|attention|nombre|prudence|vigilance)|^\s+(?:possible|pour\s+(?:chacun|chaque|vous|toi|votre|ton))(?![\p{L}])/u,
    // "la technique la mieux adaptée et la plus douce pour chacun": a choice made for each patient, not a boast.
    unless: /(?<![\p{L}])(?:mieux\s+adapte\p{L}*|plus\s+adapte\p{L}*|pour\s+chacun|pour\s+chaque\s+patient|selon\s+(?:les\s+cas|votre\s+cas|chaque))(?![\p{L}])/u,
  },
  {
    // « un matériel des plus performants », « un accueil des plus chaleureux »: an emphatic superlative on what the
    // practice offers (not « une maladie des plus graves »: only bound to a practice or offer noun)
    id: 'des-plus', kind: 'selfPraise', bound: 'noun', orBound: 'place', removable: true,
    patterns: [/(?<![\p{L}])des\s+plus\s+(?:performant|modern|competent|qualifie|chaleureu|accueillant|confortable|pointu|avance|sophistique|repute|experimente|agreable|soigne|luxueu|prestigieu|innovant)\p{L}*/u],
  },
  {
    // (round 14) the practitioner praised as a master, the noun itself the praise: « un virtuose du
    // lifting », « de vrais orfèvres du sourire », « une sommité de la chirurgie de la main »
    id: 'maitre-de-son-art', kind: 'selfPraise', bound: 'always', removable: true,
    // (not « une pointure »: a shoe size in a podiatrist's advice)
    terms: ['virtuose(s)', 'orfèvre(s)', 'sommité(s)'],
    // (music, jewellery: « virtuose du violon », « orfèvre joaillier »)
    unlessAfter: /^\s+(?:du|de\s+la|de\s+l')\s*(?:piano|violon|guitare|musique|clavier|chant)|^\s+joaillier/u,
  },
  {
    id: 'incontournable-pointe', kind: 'selfPraise', bound: 'noun', removable: true,
    terms: ['innovant(e)(s)', 'prestigieu(x)(se)(s)', 'renommé(e)(s)', 'de renom', 'réputé(e)(s)', 'de pointe', 'chevronné(e)(s)', 'émérite(s)', 'talentueu(x)(se)(s)', 'de prestige', 'à la pointe', 'au top', 'top niveau', 'de folie', 'incroyable(s)', 'bluffant(e)(s)', 'époustouflant(e)(s)'],
    unless: /(?<![\p{L}])(?:essais?|recherche|etudes?|has|ansm|inserm)(?![\p{L}])/u,
  },
  {
    // "le spot incontournable de Lille", "une adresse incontournable en Provence": must-visit for a place too.
    id: 'incontournable', kind: 'selfPraise', ownedOffer: true, bound: 'noun', orBound: 'place', removable: true,
    terms: ['incontournable(s)'],
    unless: /(?<![\p{L}])(?:essais?|recherche|etudes?|has|ansm|inserm|vaccin\p{L}*|depistage|prevention|geste\p{L}*|examen\p{L}*|rappel)(?![\p{L}])/u,
  },
  {
    // « une référence dans le Grand Est », « le top de la médecine esthétique à Genève »: a rank over a place needs no noun
    id: 'une-reference', kind: 'selfPraise', bound: 'near', orBound: 'place',
    // « la référence absolue » too: of a practice or a place, not of a technique (« le laser CO2, la référence absolue en
    // resurfaçage » praises a method, which is no-unverified-claim's)
    terms: ['une référence en', 'une référence de', 'une référence dans', 'une référence pour', 'le top des', 'le top du', 'le top de la', 'la référence absolue', 'référence absolue'],
    unless: /(?<![\p{L}])(?:essais?|recherche|etudes?|has|ansm|inserm)(?![\p{L}])/u,
  },
  {
    id: 'revolutionnaire', kind: 'selfPraise', ownedOffer: true, bound: 'always', removable: true,
    terms: [...S.mustHave, 'révolutionnaire(s)', 'dernier cri', 'haut de gamme', 'haut-de-gamme', 'hauts de gamme', 'hauts-de-gamme', 'premium', 'vip', 'haut standing', 'top du top', 'hautement qualifié(e)(s)', 'à la pointe de la technologie', 'à la pointe de l\'innovation'],
    patterns: [/(?<![\p{L}])(?:ultra|hyper|super)\s?-?\s?(?:modernes?|performant\p{L}*|equipe\p{L}*|confortables?|rapides?|efficaces?|precis\p{L}*|pointu\p{L}*|qualifie\p{L}*|competent\p{L}*|experimente\p{L}*|luxueu\p{L}*)(?![\p{L}])/u],
  },
  {
    id: 'revolution-generation', kind: 'selfPraise', bound: 'noun', removable: true,
    terms: ['dernière génération', 'nouvelle génération', 'une révolution', 'la révolution', 'incontesté(e)(s)'],
  },
  {
    // A revolution named by its field sells an act or a device (« une grande révolution technologique », « la révolution
    // du sourire »), or asks for the product it announces (« La révolution ? Notre méthode … »). Not history (« la
    // révolution industrielle ») nor a drug or vaccine in health news.
    id: 'revolution-domaine', kind: 'selfPraise', bound: 'always', removable: true,
    terms: ['révolution(s) technologique(s)', 'révolution(s) esthétique(s)', 'révolution(s) dentaire(s)', 'révolution(s) capillaire(s)',
      'révolution(s) cosmétique(s)', 'révolution anti-âge', 'révolution du sourire', 'révolution de la beauté', 'révolution de l\'esthétique',
      'révolution en esthétique', 'révolution en médecine esthétique', 'révolution en dentisterie', 'révolution en orthodontie',
      'révolution dans le traitement', 'révolution dans la prise en charge', 'révolution du rajeunissement', 'révolution minceur'],
    patterns: [/(?<![\p{L}])(?:la|une)\s+(?:(?:vraie|veritable|petite|grande|nouvelle)\s+)?revolution\s*\?/u],
    unless: /(?<![\p{L}])(?:vaccins?|arn|antibiotiques?|insulines?|medicaments?|molecules?|selon|d'apres|fut|etait|a\s+ete)(?![\p{L}])/u,
  },
  {
    // A superlative that sells rather than measures, said of what the practice does (« l'implant représente aujourd'hui
    // la solution la plus avancée », « c'est l'option la plus moderne »): modernity, sophistication and prestige are
    // selling points whoever owns the sentence. Efficacy superlatives (« la plus efficace ») stay with
    // superlatif-pratique (owned offers only) and no-unverified-claim.
    id: 'superlatif-commercial', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?:la|le|les)\s+plus\s+(?:moderne|avance|sophistique|prestigieu(?:x|se|ses)|innovant|abouti|perfectionne|satisfaisant|luxueu(?:x|se|ses)|elegant|tendance|novat(?:eur|rice|eurs|rices)|haut\s+de\s+gamme)(?:e|s|es)?(?![\p{L}])(?<=(?:solution|option|technique|methode|alternative|technologie|intervention|traitement|approche|procedure|formule|offre|prestation|prise\s+en\s+charge)s?\s+(?:[\p{L}'-]+\s+){0,3}?(?:la|le|les)\s+plus\s+[\p{L}\s-]+)/u],
    unless: /(?<![\p{L}])(?:selon|d'apres|etudes?|has|ansm|inserm|oms|vaccin\p{L}*|depistage|prevention)(?![\p{L}])/u,
  },
  {
    // « des scanners 3D de dernière génération », « c'est la toute dernière génération de robots »: the latest model as a
    // selling point, whatever the noun and whatever stands between. Not a drug class or a lab method described in health
    // information (« pilule de dernière génération », « séquençage de nouvelle génération »), nor young people (« une
    // nouvelle génération de médecins » has no « de » before).
    id: 'de-derniere-generation', kind: 'selfPraise', ownedOffer: true, bound: 'always', removable: true,
    patterns: [
      /(?<![\p{L}])de\s+(?:(?:la\s+)?(?:toute|tres)\s+)?(?:derniere|nouvelle)\s+generation(?![\p{L}])/u,
      /(?<![\p{L}])(?:la|une|cette)\s+(?:toute\s+)?derniere\s+generation\s+(?:de|d')/u,
    ],
    unless: /(?<![\p{L}])(?:pilules?|contracepti\p{L}*|vaccins?|antibiotiques?|antivira\p{L}*|medicaments?|molecules?|insulines?|cephalospor\p{L}*|antidepresseurs?|antihistaminiques?|inhibiteurs?|sequencage|ngs|traitements?\s+(?:anti|contre))(?![\p{L}])/u,
  },
  {
    // « Nous sommes en pointe en cancérologie », « le centre reste à la pointe »: the practice ranks itself in its field.
    id: 'sommes-en-pointe', kind: 'selfPraise', bound: 'always', removable: false,
    patterns: [/(?<![\p{L}])(?:nous\s+sommes|on\s+est|nous\s+restons|je\s+suis)\s+(?:toujours\s+|tres\s+|resolument\s+)?(?:en|a\s+la)\s+pointe(?![\p{L}])/u],
  },
  {
    id: 'est-en-pointe', kind: 'selfPraise', bound: 'subject', removable: false,
    patterns: [/(?<![\p{L}])(?:est|sont|reste|restent|demeure|demeurent)\s+(?:toujours\s+|tres\s+|resolument\s+)?en\s+pointe(?![\p{L}])/u],
  },
  {
    // « la (célèbre) maternité », « un cabinet célèbre »: fame as a selling point; only bound to a practice
    // (« la célèbre manœuvre de Heimlich » describes a gesture).
    // Exact: « célébrer » is one edit away.
    id: 'celebre', kind: 'selfPraise', bound: 'noun', nouns: 'practice', removable: true, exact: true,
    terms: ['célèbre(s)'],
  },
  {
    // « des chambres luxueuses », « une clinique de luxe »: luxury as a selling point. Not the hotel or the holiday
    // around it (« un séjour dans un hôtel de luxe », « comme des vacances de luxe »), which sells no care.
    id: 'de-luxe', kind: 'selfPraise', bound: 'always', removable: true,
    terms: ['de luxe', 'luxueu(x)(se)(s)'],
    unlessBefore: /(?:hotels?|palaces?|vacances|sejours?|voyages?|croisieres?|voitures?|berlines?|resorts?|villas?)\s*$/u,
  },
  {
    // « les dentistes de la clinique sont les meilleurs », « notre équipe est la meilleure de la région »: the
    // practice named as the subject of the superlative (not « le meilleur traitement est celui que vous suivez »).
    // (a place or « pour vos … » after it is est-le-meilleur-de's; the two verbs' numbers get their own rewording)
    id: 'sont-les-meilleurs', kind: 'selfPraise', bound: 'subject', suggestions: ['sont à votre écoute'],
    patterns: [/(?<![\p{L}])(?:sont|etaient|restent|demeurent)\s+(?:(?:tout\s+simplement|simplement|vraiment|tout\s+bonnement)\s+)?les\s+meilleur(?:e|s|es)?(?![\p{L}])(?!\s+(?:de|du|des|d'|en|pour)(?![\p{L}]))/u],
  },
  {
    id: 'est-le-meilleur', kind: 'selfPraise', bound: 'subject', suggestions: ['est à votre écoute'],
    patterns: [/(?<![\p{L}])(?:est|etait|reste|demeure)\s+(?:(?:tout\s+simplement|simplement|vraiment|tout\s+bonnement)\s+)?(?:le|la)\s+meilleur(?:e)?(?![\p{L}])(?!\s+(?:de|du|des|d'|en|pour)(?![\p{L}]))/u],
  },
  {
    // « la clinique, récemment primée aux European Awards », « centre récompensé par un trophée »: an award as a
    // selling point.
    // The award's name is part of the match, so that the rewording replaces the whole apposition.
    id: 'prime-aux-awards', kind: 'selfPraise', bound: 'always', suggestions: ['ouvert sur rendez-vous'],
    patterns: [/(?<![\p{L}])(?:prime|primee|primes|primees|multi-?prime\p{L}*|recompense|recompensee|recompenses|recompensees|distingue|distinguee|distingues|distinguees)\s+(?:[\p{L}'-]+\s+){0,3}?(?:awards?|trophees?|trophy|prix\s+d'excellence|palmares)(?![\p{L}])(?:\s+(?:de|du|des|d')\s*[\p{L}\p{N}'-]+(?:\s+[\p{L}\p{N}'-]+){0,5})?/u],
  },
  {
    // « des chambres dignes d'un hôtel 4 étoiles »: the premises sold as a palace.
    id: 'digne-d-un-hotel', kind: 'selfPraise', bound: 'always', removable: true,
    patterns: [/(?<![\p{L}])dignes?\s+d'un\s+(?:hotel|palace|spa)\s*(?:de\s+luxe|(?:\d|trois|quatre|cinq)\s*(?:etoiles|\*))/u],
  },
  {
    id: 'qui-revolutionne', kind: 'selfPraise', bound: 'near', nouns: 'practice',
    terms: ['révolutionne', 'révolutionnent', 'réinvente', 'réinventent'],
    suggestions: ['pratique'],
  },
  {
    // "une technique qui révolutionne aujourd'hui l'implantologie": a sales claim about a field in the present;
    // the history of a field keeps its auxiliary ("les antibiotiques ont révolutionné la médecine").
    id: 'revolutionne-le-domaine', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?<!(?:^|[^\p{L}])(?:a|ont|avait|avaient|aura|auront|ait|aient|eut)\s+)(?:revolutionn|reinvent|bouscul|transform)(?:e|ent)\s+(?:aujourd'hui\s+|desormais\s+|enfin\s+|deja\s+|completement\s+|litteralement\s+|totalement\s+)?(?:la|le|les|l'|votre|vos)\s*(?:dentisterie|medecine|chirurgie|implantologie|orthodontie|esthetique|kinesitherapie|osteopathie|dermatologie|ophtalmologie|prise\s+en\s+charge|soins?|traitements?|greffe|sante|monde|domaine|secteur|pratique|regard|vie|quotidien)(?![\p{L}])/u],
  },
  {
    // "le principal établissement français du secteur", "la plus grande clinique d'Europe": a rank among practices.
    id: 'principal-etablissement', kind: 'selfPraise', bound: 'always', removable: false,
    patterns: [/(?<![\p{L}])(?:le|la|l')\s*(?:principal|principale|plus\s+grand|plus\s+grande|plus\s+important|plus\s+importante|plus\s+gros|plus\s+grosse)\s+(?:etablissement|centre|clinique|cabinet|groupe|reseau|institut|hopital|pole|plateau\s+technique|maternite|pharmacie|officine|laboratoire)s?\s+(?:prive\s+|independant\s+|dentaire\s+|medical\s+|esthetique\s+)?(?:francais|francaise|europeen|europeenne|mondial|mondiale|national|nationale|regional|regionale|du\s+(?:secteur|pays|monde|departement|territoire|continent)|de\s+(?:france|la\s+region|l'hexagone)|d'europe|en\s+france|en\s+europe|au\s+monde)(?![\p{L}])/u],
  },
  {
    // "le premier en Vendée", "la seule et première en France", "une première en Bretagne": a first claimed for a place.
    id: 'premier-en-lieu', kind: 'selfPraise', bound: 'place', removable: false,
    patterns: [/(?<![\p{L}])(?:le|la|les|nous\s+sommes|sommes)\s+(?:premier|premiere|premiers|premieres|1er|1re|1ere)(?=\s+(?:en|dans)\s)/u, /(?<![\p{L}])pour\s+la\s+(?:premiere|1re|1ere)\s+fois(?=\s+(?:en|dans|au|a)\s)/u, /(?<![\p{L}])une\s+(?:premiere|1re|1ere)(?=\s+(?:en|dans|au|a)\s)/u],
    unlessAfter: /^\s+(?:en|dans)\s+(?:cause|date|ligne|intention|position\s+pour|temps|lieu)(?![\p{L}])/u,
    // a product's first (« ce vaccin est le premier en France à … ») is information, not a practice's rank
    // (round 13: nor a first dated in a past century, history like premiere-mondiale's)
    unless: /(?<![\p{L}])(?:vaccins?|medicaments?|molecules?|traitements?|produits?|tests?|dispositifs?|generiques?)(?![\p{L}])|(?<![\p{L}\p{N}])en\s+1[5-9]\d\d(?![\p{N}])|(?<![\p{L}])(?:au|du)\s+(?:xviiie|xixe|xxe|\d{2}e)\s+siecle(?![\p{L}])/u,
  },
  {
    // "une première mondiale", "102e établissement en France à s'équiper": a first or a rank among practices.
    id: 'premiere-mondiale', kind: 'selfPraise', bound: 'always',
    terms: ['une première mondiale', 'une première européenne', 'une première nationale', 'une première française', 'une première régionale', 'première mondiale', 'pour la première fois en france', 'pour la première fois en europe'],
    patterns: [
      /(?<![\p{L}\p{N}])\d+\s?(?:e|eme|ieme)\s+(?:etablissement|centre|clinique|cabinet|hopital|service|maternite)s?\s+(?:en|de)\s+(?:france|europe)(?![\p{L}])/u,
      // a rank among practices for an equipment, the ordinal in words: « le quatrième hôpital hors d'Europe à posséder… »
      // (« le seul cabinet … à proposer » is an exclusivity claim: no-comparison's)
      /(?<![\p{L}])(?:le|la|l')\s*(?:deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme)\s+(?:etablissement|centre|clinique|cabinet|hopital|service|maternite|reseau|pharmacie|officine|institut|laboratoire|chu|praticien|praticienne|chirurgien|chirurgienne)s?(?![\p{L}])(?=[^.!?\n]{0,60}?(?<![\p{L}])(?:a\s+(?:posseder|proposer|pratiquer|disposer|offrir|utiliser|s'equiper|se\s+doter|realiser|obtenir)|disposant|equipe(?:e)?\s+d)(?![\p{L}]))/u,
    ],
    // (round 13) a first dated in a past century is history (« pour la 1re fois en France, en 1979 »; DOMAIN's
    // « ont révolutionné la médecine au XXe siècle »)
    unless: /(?<![\p{L}])(?:selon|d'apres)(?![\p{L}])|(?<![\p{L}\p{N}])en\s+1[5-9]\d\d(?![\p{N}])|(?<![\p{L}])(?:au|du)\s+(?:xviiie|xixe|xxe|\d{2}e)\s+siecle(?![\p{L}])/u,
  },
  {
    // "l'un des meilleurs chirurgiens", "l'une des plus grandes cliniques": a rank among practitioners.
    id: 'l-un-des-meilleurs', kind: 'selfPraise', bound: 'after', window: 3, nouns: 'practice',
    patterns: [/(?<![\p{L}])l'\s*une?\s+des\s+(?:meilleur(?:e|s|es)?|(?:plus|mieux)\s+(?:grand|reput|renomm|experiment|reconnu|cote|note|prestigi|moderne|equipe|important|avance|performant|innovant|qualifi|prise|demande|celebre|connu)\p{L}*)(?![\p{L}])/u],
  },
  {
    id: 'l-un-des-meilleurs-de', kind: 'selfPraise', bound: 'always',
    // any adjective after "plus/mieux" counts once a scope follows ("parmi les mieux équipés de France", "l'un des plus performants de la région");
    // a count may stand before the rank (« parmi les dix meilleures cliniques du pays »)
    patterns: [/(?<![\p{L}])(?:l'\s*une?\s+des|parmi\s+les|fait\s+partie\s+des|font\s+partie\s+des|compte\s+parmi\s+les)\s+(?:(?:\d{1,3}|trois|cinq|dix|vingt|cent)\s+)?(?:(?:tout\s+)?meilleur(?:e|s|es)?(?:\s+[\p{L}-]+){0,2}|(?:plus|mieux)\s+[\p{L}-]+)\s+(?:de\s+france|d'europe|du\s+monde|au\s+monde|du\s+pays|de\s+l'hexagone|en\s+france|en\s+europe|de\s+la\s+region|de\s+sa\s+(?:specialite|discipline|generation)|de\s+son\s+domaine|dans\s+son\s+domaine|de\s+la\s+ville|du\s+departement|du\s+secteur)(?![\p{L}])/u],
  },
  {
    // "Le centre … est une référence depuis 2005", "notre clinique s'impose comme la référence".
    id: 'est-une-reference', kind: 'selfPraise', bound: 'subject',
    patterns: [/(?<![\p{L}])(?:est|sont|reste|restent|demeure|demeurent|devenu(?:e|s|es)?|fait\s+figure\s+de|s'impose\s+comme|s'est\s+impose(?:e|s|es)?\s+comme|considere(?:e|s|es)?\s+comme)\s+(?:une|la|des|les)?\s*references?(?![\p{L}])(?!\s+(?:a|au|aux|bibliographique\p{L}*|produit|article|client|commande|dossier|de\s+commande|du\s+produit)(?![\p{L}]))/u],
    // « le cabinet est référencé dans l'annuaire » (folded, « référencé » is « reference »): listed, not praised
    unless: /(?<![\p{L}])(?:essais?|recherche|etudes?|has|ansm|inserm|traitement|medicament|molecule|examen|test|recommandations?)(?![\p{L}])|(?<![\p{L}])(?:est|sont|etre)\s+reference(?:e|s|es)?\s+(?:dans|sur|aupres|par|chez|comme)(?![\p{L}])/u,
  },
  {
    // Own voice: "nous sommes les meilleurs", "les meilleurs, c'est nous".
    id: 'nous-sommes-les-meilleurs', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?:nous\s+sommes|on\s+est|sommes)\s+(?:les|le|la)\s+(?:meilleur(?:e|s|es)?|plus\s+(?:fort|grand|rapide|experiment|qualifi|reput)\p{L}*|numero\s+(?:1|un)|n\s?°\s?1)(?![\p{L}])/u, /(?<![\p{L}])(?:les|le|la)\s+meilleur(?:e|s|es)?\s*,\s*c'est\s+nous(?![\p{L}])/u],
  },
  {
    // Rankings and awards: "classée 1re au palmarès", "en tête du classement", "lauréate du trophée".
    id: 'classement-palmares', kind: 'selfPraise', bound: 'always',
    terms: ['palmarès', 'en tête du classement', 'place au classement', 'place du classement', 'place au palmarès', 'place du palmarès', 'rang au classement', 'en tête des classements', 'première place du classement', 'tableau d\'honneur', 'plus haute marche du podium', 'les mieux noté(e)s', 'le mieux noté', 'la mieux notée', 'année consécutive', 'lauréat(e)(s)'],
    patterns: [/(?<![\p{L}])classe(?:e|s|es)?\s+(?:au\s+|a\s+la\s+)?(?:1er|1re|1ere|premier|premiere|n\s?°\s?1|numero\s+(?:1|un)|\d+\s?(?:e|eme)|parmi|dans\s+le\s+top|en\s+tete|meilleur\p{L}*)(?![\p{L}])/u],
    // a disease or a cause ranked (« classée 2e cause de mortalité ») is epidemiology
    unless: /(?<![\p{L}])(?:selon|d'apres|cause|causes|maladie|cancer|pathologie)(?![\p{L}])|(?:laureat\p{L}*)\s+(?:de\s+la\s+faculte|du\s+concours|de\s+l'academie)/u,
  },
  {
    // Popularity: "plébiscité par nos patients", "des milliers de patients satisfaits", "ils nous font confiance".
    id: 'plebiscite', kind: 'selfPraise', ownedOffer: true, bound: 'always',
    terms: [...S.satisfiedPatients, ...S.theyTrustUs, ...S.satisfactionRate, 'plébiscité(e)(s)', 'fait fureur', 'font fureur', 'énorme succès', 'franc succès', 'ne désemplit pas', 'mondialement reconnu(e)(s)', 'internationalement reconnu(e)(s)', 'de renommée internationale', 'de renommée mondiale', 'renommée internationale', 'réputation internationale', 'sans compromis', 'grand standing', 'ultra premium', 'digne(s) des palaces', 'digne(s) d\'un palace'],
    patterns: [
      // reputation claimed: « le savoir-faire de nos chirurgiens fait la renommée de la clinique »
      /(?<![\p{L}])(?:fait|font|a\s+fait|ont\s+fait|assure|assurent|forge|forgent)\s+(?:la|sa|leur|notre)\s+(?:renommee|reputation|notoriete)(?![\p{L}])/u,
      // patients travelling from afar: « nos patients viennent de toute la France pour… »
      /(?<![\p{L}])(?:patient|patiente|client|cliente)s\s+(?:nous\s+)?(?:viennent|arrivent|accourent|se\s+deplacent)\s+(?:de\s+|du\s+)?(?:toute\s+la\s+france|toute\s+l'europe|tres\s+loin|loin|partout|tous\s+horizons|l'etranger|tous\s+les\s+pays|monde\s+entier)(?![\p{L}])/u,
      /(?<![\p{L}])(?:des|de)\s+(?:milliers|centaines|dizaines\s+de\s+milliers|millions)\s+de\s+(?:patient|client|personne|femme|homme|sourire|famille|maman|parent)\p{L}*\s+(?:satisf|nous\s+(?:font|ont\s+fait)|conquis|ravi|traite|soigne|accompagne|opere|transforme)/u, /(?<![\p{L}])(?:plus\s+de|\+\s?de|\+)\s*\d[\d\s.]{0,24}\s+(?:patient|client|sourire)\p{L}*\s+(?:satisf|conquis|ravi|traite|soigne|opere|transforme|nous\s+(?:font|ont\s+fait))\p{L}*/u],
    unless: /(?<![\p{L}])(?:enquete|questionnaire|barometre|selon|d'apres)(?![\p{L}])/u,
  },
  {
    // (round 8, medical tourism, aesthetics, sports rehabilitation) famous clients as a selling point: « le dentiste des
    // stars », « prisée des célébrités », « des vedettes du rugby y ont eu recours », « des personnalités nous font confiance ».
    id: 'clientele-celebre', kind: 'selfPraise', bound: 'always',
    patterns: [
      /(?<![\p{L}])(?:chirurgien|chirurgienne|dentiste|medecin|docteur|clinique|centre|cabinet|institut|praticien|praticienne|kine|osteo(?:pathe)?)s?\s+des\s+(?:stars|people|celebrites|vedettes)(?![\p{L}])/u,
      /(?<![\p{L}])prise?e?s?\s+(?:des|par\s+les|par\s+de\s+nombreu(?:x|ses))\s+(?:stars|people|celebrites|vedettes|personnalites|sportifs?\s+(?:de\s+haut\s+niveau|professionnels|celebres))(?![\p{L}])/u,
      /(?<![\p{L}])(?:stars|people|celebrites|vedettes|personnalites)(?:\s+[\p{L}'-]+){0,4}?\s+(?:y\s+ont\s+eu\s+recours|y\s+ont\s+fait\s+appel|(?:nous|lui|leur)\s+(?:font|ont\s+fait)\s+confiance|(?:sont|est)\s+passee?s?\s+(?:entre\s+(?:ses|nos|leurs|les)\s+mains|par\s+(?:notre|son|leur|ce|cette)\s))/u,
    ],
    // the press on a practitioner of the stars in trouble, a warning about celebrity copy
    unless: /(?<![\p{L}])(?:condamne\p{L}*|mis\s+en\s+examen|radie\p{L}*|sanctionne\p{L}*|mefiez|plainte)(?![\p{L}])/u,
  },
  {
    // (round 8) standing out from the others by one's own quality: « notre clinique se démarque par la qualité de ses
    // soins », « se distingue par son expertise »; and the next entry, « le fleuron régional de la chirurgie de la main ».
    id: 'se-demarque', kind: 'selfPraise', bound: 'always', suggestions: ['veille à la qualité'],
    patterns: [/(?<![\p{L}])se\s+(?:demarque|demarquent|distingue|distinguent|differencie|differencient)\s+(?:par|pour)\s+(?:la\s+qualite|l'excellence|l'expertise|le\s+savoir-faire|(?:son|sa|ses|leur|leurs|notre|nos)\s+(?:expertise|savoir-faire|excellence|qualite|resultats|competences?|professionnalisme|soins|prises?\s+en\s+charge))(?![\p{L}])/u],
  },
  {
    id: 'fleuron', kind: 'selfPraise', bound: 'always', suggestions: ['centre'],
    terms: ['fleuron(s)'],
  },
  {
    // "rejoignez les milliers de patients qui nous font déjà confiance", "des centaines de familles nous ont fait confiance".
    id: 'milliers-confiance', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?:milliers|centaines|millions|dizaines)\s+de\s+[\p{L}]+\s+(?:qui\s+)?nous\s+(?:font|ont\s+fait|accordent|ont\s+accorde)\s+(?:deja\s+|depuis\s+\p{L}+\s+)?(?:leur\s+)?confiance/u, /(?<![\p{L}])rejoignez\s+(?:les|nos)\s+(?:milliers|centaines|\d[\d\s.]{0,24})\s+(?:de\s+)?(?:patient|client|famille|sourire)\p{L}*/u],
  },
  {
    // "le n°1 de la greffe", "notre centre, numéro 1 en France": a rank claimed for a field or a place.
    id: 'numero-un-de', kind: 'selfPraise', bound: 'always',
    patterns: [
      // « l'atout numéro 1 de la clinique », « notre point fort n° 1 »: the first asset of a practice
      /(?<![\p{L}])(?:atout|argument|point\s+fort|force)\s+(?:n\s?°|numero)\s?(?:1|un)(?![\p{L}\p{N}])/u,
/(?<![\p{L}])(?:le|la|notre|votre|,)\s*(?:n\s?°|numero)\s?(?:1|un)\s+(?:de\s+la|du|des|en|sur\s+le|sur\s+la|francais|francaise|europeen|europeenne|mondial|mondiale)(?![\p{L}])(?!\s+(?:rue|avenue|boulevard|cause|causes|risque|facteur))/u],
  },
  {
    // "pionnière de la chirurgie robotique", "précurseur en implantologie", "leader de l'esthétique": a rank in a field.
    id: 'pionnier-de', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?:pionni(?:er|ere)s?|precurseurs?|leaders?|referents?)\s+(?:francais\p{L}*\s+|europeen\p{L}*\s+|mondia\p{L}*\s+|incontest\p{L}*\s+|reconnu\p{L}*\s+)?(?:de\s+la|du|des|de\s+l'|en|dans\s+(?:la|le|l'))\s*(?:chirurgie|greffe|medecine|dentisterie|implantologie|orthodontie|esthetique|kine\p{L}*|osteo\p{L}*|soins?|traitements?|technique|prise\s+en\s+charge|laser|injections?|rajeunissement|minceur|secteur|domaine|region|france|europe)(?![\p{L}])/u],
    // history of medicine: "Pasteur fut un pionnier de la vaccination"
    unless: /(?<![\p{L}])(?:fut|etait|a\s+ete|furent|etaient|selon|d'apres)(?![\p{L}])|leaders?\s+d'opinion/u,
  },
  {
    // "une expertise reconnue", "des chirurgiens reconnus", "une compétence indéniable": praise of the practice; not
    // "reconnu par l'Assurance maladie".
    id: 'reconnu', kind: 'selfPraise', ownedOffer: true, bound: 'noun', removable: true,
    terms: ['reconnu(e)(s)', 'réputé(e)(s) pour', 'renommé(e)(s) pour', 'indéniable(s)', 'incontestable(s)', 'indiscutable(s)'],
    unlessAfter: /^\s*(?:par|comme|d'utilite|officiellement|au\s+titre|en\s+(?:maladie|affection|ald|accident))(?![\p{L}])/u,
    unless: /(?<![\p{L}])(?:diplome|titre|qualification|specialite|ald|maladie\s+professionnelle|handicap|rqth|securite\s+sociale|assurance\s+maladie)(?![\p{L}])/u,
  },
  {
    // Counts of acts as a track record: "plus de 5 000 implants posés", "+ de 800 greffes réalisées au centre".
    id: 'palmares-chiffre', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?:plus\s+de|\+\s?de|\+)\s*\d[\d\s.]{0,24}\s+(?:implants?|interventions?|operations?|greffes?|injections?|chirurgies?|poses?|liftings?|rhinoplasties?|protheses?|facettes?)\s+(?:pose\p{L}*|realise\p{L}*|effectue\p{L}*|pratique\p{L}*|reussi\p{L}*|a\s+(?:son|leur|notre|mon)\s+actif)/u],
    unless: /(?<![\p{L}])(?:en\s+france|dans\s+le\s+monde|au\s+niveau\s+national|selon|d'apres|chaque\s+annee\s+en)(?![\p{L}])/u,
  },
  {
    // The same track record with the verb first, told by the practice: « nos chirurgiens réalisent plus de 1 500 greffes
    // par an », « nous avons posé plus de 3 000 implants ». A country's or a survey's count is no boast.
    id: 'palmares-chiffre-verbe', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?:realis|pos|effectu|pratiqu|opere)\p{L}*\s+(?:deja\s+|chaque\s+annee\s+)?(?:plus\s+de|\+\s?de|pres\s+de|environ)\s*\d[\d\s.]{0,24}\s+(?:implants?|interventions?|operations?|greffes?|injections?|chirurgies?|liftings?|rhinoplasties?|protheses?|facettes?|patients?)(?![\p{L}])(?<=(?:nous|notre|nos|je|j'ai|mon|ma|mes)(?![\p{L}])[^.!?]{0,80})/u],
    unless: /(?<![\p{L}])(?:en\s+france|dans\s+le\s+monde|au\s+niveau\s+national|selon|d'apres|chaque\s+annee\s+en|hopitaux|chu|etablissements)(?![\p{L}])/u,
  },
  {
    // The latest equipment as a selling point, the practice's own: « notre centre est équipé des dernières technologies »,
    // « nous utilisons les technologies les plus récentes ». Not health news (« les dernières technologies d'imagerie
    // permettent… »): the practice must own the sentence.
    id: 'dernieres-technologies', kind: 'selfPraise', ownedOffer: true, bound: 'always', removable: false,
    terms: ['dernières technologies', 'toutes dernières technologies', 'technologies les plus récentes', 'technologies les plus avancées', 'équipements dernier cri'],
    unless: /(?<![\p{L}])(?:congres|etudes?|selon|d'apres|recherche|chercheurs?|essais?|publie\p{L}*|salon)(?![\p{L}])/u,
  },
  {
    // Destinations ranked by medical-tourism pages: "la capitale mondiale du sourire", "la première destination".
    // A market's nickname in the press (« nouvel eldorado du tourisme dentaire ») is a journalist's image, not a sales
    // claim (issue #7 round 6); a destination praised (« destination privilégiée ») still sells its clinics.
    id: 'destination-de-reference', kind: 'selfPraise', bound: 'always',
    terms: ['capitale mondiale de la', 'capitale mondiale du', 'capitale mondiale des', 'capitale européenne de la', 'capitale européenne du', 'destination privilégiée', 'meilleure(s) destination(s)', '1re destination', '1ère destination', 'première destination', 'destination numéro un', 'destination n°1', 'destination de choix', 'destination prisée', 'destination phare', 'destination de référence', 'la mecque de la', 'la mecque du', 'la mecque des', 'arrache la palme', 'référence mondiale',
      'temple du', 'temple de la', 'temple des', 'paradis du', 'paradis de la', 'paradis des', 'sanctuaire du', 'sanctuaire de la', 'haut lieu du', 'haut lieu de la', 'haut lieu des'],
    // « la destination la plus recommandée pour… », « l'une des destinations les plus prisées »: a ranking of the place
    patterns: [/(?<![\p{L}])destinations?\s+(?:la|les)\s+plus\s+(?:recommande|prise|demande|populaire|repute|sollicite|choisi|plebiscite|courue)(?:e|s|es)?(?![\p{L}])/u],
    unless: /(?<![\p{L}])(?:selon|d'apres)(?![\p{L}])/u,
  },

  {
    // "à la pointe de la technologie / des soins / de l'implantologie", "toujours à la pointe !": a rank in a field.
    // Not a place or a body part ("à la pointe sud de l'île", "à la pointe du nez"): the field must follow.
    id: 'a-la-pointe-de', kind: 'selfPraise', bound: 'always', removable: true,
    patterns: [/(?<![\p{L}])a\s+la\s+pointe(?=\s*(?:[.!,;)]|$)|\s+(?:en\s+matiere\s+(?:de\s+|d')|dans\s+(?:son|leur|notre|ce|le|les|l')\s*|de\s+l'|de\s+la\s+|du\s+|des\s+|d'|en\s+)(?:toute\s+|tous\s+|dernieres?\s+|nouvelles?\s+)?(?:technolog|techni|innov|progres|modern|nouveaut|numeri|digit|medecine|chirurg|dentist|soin|implant|orthodon|esthet|kine|osteo|domaine|secteur|specialit|disciplin|materiel|equipement|savoir|connaissance|pratique|prise\s+en\s+charge|traitement|science|recherche|qualite|audio|optique|ophtalm|dermato|laser|imagerie|radiolog|biolog|pharma|reeduc|sante|greffe|podolog|matiere))/u],
    unless: /(?<![\p{L}])(?:selon|d'apres|inserm|has|cnrs|inca)(?![\p{L}])/u,
  },
  {
    // "une équipe de passionnés", "nos chirurgiens passionnés", "une équipe dynamique et passionnée": zeal as a selling
    // point. Not a hobby ("passionnés de trail", "passionné par la montagne"); « passionnés par leur métier » still sells.
    id: 'passionnes', kind: 'selfPraise', bound: 'noun', nouns: 'practice', removable: true,
    terms: ['passionné(e)(s)'],
    unlessAfter: /^\s*(?:de|d'|du|des|par|pour)(?![\p{L}])(?!\s*(?:leur|leurs|son|sa|ses|notre|nos|mon|ma|mes)\s+(?:metier|travail|profession|art|specialite|discipline|patients?)(?![\p{L}]))/u,
  },
  {
    // The craft itself praised: « un savoir-faire reconnu depuis trente ans », « une maîtrise inégalée du geste », « des
    // compétences hors pair »; the praise alone is the span, as for « reconnu » bound to a practice. Not a need stated by health information (« ce geste exige une expertise pointue ») nor a
    // title granted (« compétence reconnue par l'Ordre »).
    id: 'savoir-faire-reconnu', kind: 'selfPraise', bound: 'always', removable: true,
    patterns: [/(?<=(?<![\p{L}])(?:savoir-faire|savoir\s+faire|expertises?|competences?|maitrise)\s+(?:(?:tres|reellement|vraiment|largement|unanimement|mondialement|internationalement)\s+)?)(?:reconnu(?:e|s|es)?|inegale(?:e|s|es)?|incomparables?|hors\s+pair|d'exception|sans\s+egal|de\s+renom|renomme(?:e|s|es)?)(?![\p{L}])/u],
    unlessAfter: /^\s*(?:par|comme|au\s+titre|officiellement)(?![\p{L}])/u,
    unless: /(?<![\p{L}])(?:exige\p{L}*|necessite\p{L}*|requiert|requierent|demande\p{L}*|besoin|ordre|diplome|titre|qualification|vae|validation|has|ansm|inserm|oms)(?![\p{L}])/u,
  },
  {
    // Care sold as a luxury, whoever the sentence's subject: « une prise en charge sur-mesure et haut de gamme », « un
    // accompagnement premium », « des soins d'exception »; the praise alone is the span.
    id: 'prise-en-charge-haut-de-gamme', kind: 'selfPraise', bound: 'always', removable: false,
    patterns: [/(?<=(?<![\p{L}])(?:prises?\s+en\s+charges?|accompagnements?|suivis?|soins|parcours)\s+(?:[\p{L}-]+\s+(?:et\s+)?){0,2}?)(?:haut(?:s)?[\s-]de[\s-]gamme|premium|d'exception|de\s+luxe|luxueu(?:x|se|ses)|vip|cinq\s+etoiles|5\s+etoiles)(?![\p{L}])/u],
  },
  {
    // "tout le savoir-faire de notre équipe", "toute notre expertise à votre service": the whole craft put forward.
    id: 'tout-le-savoir-faire', kind: 'selfPraise', bound: 'always', removable: true,
    terms: ['tout le savoir-faire', 'tout notre savoir-faire', 'tout leur savoir-faire', 'tout son savoir-faire', 'tout mon savoir-faire', 'toute l\'expertise', 'toute notre expertise', 'toute leur expertise', 'toute son expertise', 'toute mon expertise'],
  },
  {
    // The practice calls itself expert: "nos experts", "véritables experts de la rééducation", "Nos audioprothésistes,
    // experts de l'audition". Not third parties ("les experts de la HAS", "expert auprès de la cour", "expert-comptable").
    id: 'nos-experts', kind: 'selfPraise', bound: 'always', removable: true,
    patterns: [
      /(?<![\p{L}])(?:nos|notre|votre|vos|de\s+vrai(?:e)?s|des\s+vrai(?:e)?s|veritables?|vrai(?:e|s|es)?|vrais|grands?|grandes)\s+expert(?:e|s|es)?(?![\p{L}-])/u,
      /(?<=(?:equipe|team|staff|pole|reseau)\s+d'\s*)expert(?:e|s|es)?(?![\p{L}-])/u,
      /(?<=,\s*)expert(?:e|s|es)?(?=\s+(?:de\s+la|du|des|de\s+l'|en)\s*[\p{L}])/u,
      // « nos kinésithérapeutes Azur experts en balnéothérapie », « notre équipe, experte du sommeil »
      /(?<=(?:^|[^\p{L}])(?:nos|notre)\s+[\p{L}-]+(?:\s+[\p{L}\p{N}&'-]+)?\s+)expert(?:e|s|es)?(?=\s+(?:en|de\s+la|du|des|de\s+l')\s*[\p{L}])/u,
    ],
    unlessAfter: /^\s*(?:comptables?|judiciaires?|aupres|pres\s+(?:la|le)|agree|d'assurance|de\s+l'assurance|immobilier|de\s+justice)(?![\p{L}])/u,
    unless: /(?<![\p{L}])(?:has|ansm|inserm|oms|hcsp|tribunal|cour\s+d'appel|expertise\s+judiciaire)(?![\p{L}])/u,
  },
  {
    // "Opticien Delorme, le spécialiste de la vue", "votre spécialiste de la minceur": the specialist of a field, a rank.
    // Not "le spécialiste vous recevra" (the doctor one is referred to).
    id: 'le-specialiste-de', kind: 'selfPraise', bound: 'always', removable: true,
    patterns: [/(?:(?<=[,:|–—-]\s*)(?:le|la)|(?<![\p{L}])(?:votre|ton|vos))\s+specialistes?(?=\s+(?:de\s+la|du|des|de\s+l'|en)\s*(?!(?:ville|secteur|quartier|sante\s+publique)(?![\p{L}])))/u],
  },
  {
    // "Faites confiance aux meilleurs", "choisissez les meilleurs !": the best as a noun, standing for the practice.
    id: 'aux-meilleurs', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?:aux|les|des)\s+meilleur(?:e|s|es)(?=\s*(?:[.,;:!?)]|$)|\s+(?:a\s+votre\s+(?:service|ecoute)|de\s+la\s+(?:ville|region)|du\s+(?:secteur|departement|quartier)))/u],
    // products and brands ranked (« les marques françaises sont toutes les meilleures ») are not the practice praised
    unless: /(?<![\p{L}])(?:parmi|que|qu'|choisir|conseils?|astuces?|moments?|aliments?|exercices?|produits?|cremes?|marques?)(?![\p{L}])/u,
  },
  {
    // Rare quality put forward: "des soins de très grande qualité", "d'une qualité rare", "matériaux de qualité supérieure".
    // Plain "soins de qualité" stays allowed; "Haute qualité environnementale" is a building label.
    id: 'qualite-superieure', kind: 'selfPraise', bound: 'always', removable: true,
    terms: ['de très grande qualité', 'de très haute qualité', 'd\'une qualité rare', 'd\'une rare qualité', 'd\'une qualité exceptionnelle', 'd\'une qualité irréprochable', 'qualité irréprochable', 'qualité supérieure', 'de qualité supérieure', 'de haute qualité', 'haut niveau de qualité', 'qualité premium', 'qualité inégalée'],
    unlessAfter: /^\s*(?:environnementale|hqe)(?![\p{L}])/u,
  },
  {
    // "Notre pharmacie, … toujours au top", "le cabinet est au top": a rank said of the practice.
    id: 'toujours-au-top', kind: 'selfPraise', bound: 'subject', removable: true,
    patterns: [/(?<![\p{L}])(?:toujours|vraiment|tellement|est|sont|sommes|restons|reste|restent)\s+au\s+top(?![\p{L}])(?!\s+de\s+(?:sa|son|leur|votre|ta|ma)\s+forme)/u],
  },
  {
    // "Le Dr Aubry est reconnu pour son expertise", "le Dr Garnier, reconnu dans toute la région": a named practitioner's
    // reputation (the noun walk stops at the name). Not a status: "reconnu comme médecin traitant", "reconnu par la CPAM".
    id: 'reconnu-nom', kind: 'selfPraise', bound: 'always', removable: true,
    patterns: [/(?<![\p{L}])(?:reconnu|renomme|repute)(?:e|s|es)?(?![\p{L}])(?<=(?:^|[^\p{L}])(?:dr|docteur|docteure|pr|professeur|professeure|maitre|me)\.?\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s*(?:,\s*|\s+(?:est|etait|reste|demeure)\s+)(?:(?:tres|particulierement|mondialement|internationalement|unanimement|largement)\s+)?(?:reconnu|renomme|repute)\p{L}*)/u],
    unlessAfter: /^\s*(?:par|comme|d'utilite|officiellement|au\s+titre|en\s+(?:maladie|affection|ald|accident)|coupable|responsable|inapte|apte)(?![\p{L}])/u,
  },
  {
    // "les dernières innovations en matière de rajeunissement", "la toute dernière technologie", "haute technologie":
    // novelty as a selling point (not a congress or a study reporting progress).
    id: 'dernieres-innovations', kind: 'selfPraise', ownedOffer: true, bound: 'always', removable: true,
    terms: ['les dernières innovations', 'les toutes dernières innovations', 'la toute dernière technologie', 'les toutes dernières technologies', 'les dernières technologies', 'la dernière technologie', 'haute technologie', 'high-tech', 'high tech', 'hautement technologique(s)', 'technologie(s) dernier cri'],
    unless: /(?<![\p{L}])(?:congres|etudes?|selon|d'apres|recherche|chercheurs?|essais?|publie\p{L}*|salon)(?![\p{L}])/u,
  },

  {
    // "une expérience patient inoubliable", "un cadre idyllique": an unforgettable stay sold with the care (near an
    // offer noun; "la naissance, un moment inoubliable" praises no practice).
    id: 'inoubliable', kind: 'selfPraise', bound: 'near', window: 3, nouns: 'offer', removable: true,
    terms: ['inoubliable(s)', 'magique(s)', 'idyllique(s)', 'paradisiaque(s)', 'somptueu(x)(se)(s)', 'féerique(s)', 'de rêve'],
  },
  {
    // "notre équipe est la plus qualifiée pour vous accompagner": a rank in ability (unlike "la plus adaptée pour vous",
    // a choice made for the patient).
    id: 'superlatif-competence', kind: 'selfPraise', bound: 'noun', nouns: 'practice',
    patterns: [/(?<![\p{L}])(?:le|la|les|l')\s+(?:plus|mieux)\s+(?:qualifie|competent|experimente|forme|reconnu|repute|renomme|specialise|equipe|expert|diplome|habile|doue)(?:e|s|es)?(?![\p{L}])/u],
  },
  {
    // "Être les meilleurs et le rester", "nous voulons être les meilleurs": the best as a noun after a copula.
    id: 'etre-les-meilleurs', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?:etre|rester|devenir|sommes|restons|demeurons)\s+(?:le|la|les)\s+meilleur(?:e|s|es)?(?=\s*(?:[.,;:!?)]|$)|\s+et\s+(?:le|la|les)\s+rester)/u],
  },

  {
    // "votre sourire mérite le meilleur", "vous méritez ce qu'il y a de mieux": the practice offered as the best.
    id: 'meritez-le-meilleur', kind: 'selfPraise', bound: 'always', removable: true,
    patterns: [
      // « le sourire que vous méritez », « la peau que vous méritez »: the result sold as the reader's due (the words go,
      // the noun stays)
      /(?<=(?:^|[^\p{L}])(?:sourire|peau|silhouette|regard|corps|visage|chevelure|beaute|ventre|poitrine|nez|look)\s+)que\s+vous\s+meritez(?![\p{L}])/u,/(?<![\p{L}])(?:meritez|merite|meritent|meritons)\s+(?:(?:tout\s+)?le\s+meilleur|ce\s+qu'il\s+y\s+a\s+de\s+(?:mieux|meilleur)|l'excellence|le\s+top|le\s+must|l'exception|des\s+soins\s+d'exception|(?:des\s+soins|un\s+accompagnement|une\s+prise\s+en\s+charge|un\s+suivi)\s+(?:a\s+la\s+hauteur|d'exception|haut\s+de\s+gamme|premium|d'excellence))(?![\p{L}])/u],
  },
  {
    // "le cabinet le plus recommandé de Chartres": any superlative of a practice once a place follows (a disease
    // "la plus fréquente en France" has no practice noun before it).
    id: 'le-plus-de-lieu', kind: 'selfPraise', bound: ['place', 'subject'],
    // also multiword qualities: "les plus à l'écoute du coin"
    // « le + moderne de Rouen » writes « plus » as a sign
    patterns: [/(?<![\p{L}])(?:le|la|les)\s+(?:plus|mieux|\+)\s*(?:a\s+l'\s*ecoute|[\p{L}-]+)(?=\s+(?:de|du|d'|en|a|dans|sur)\s)/u],
    // « les actes les plus fréquents dans les cliniques lyonnaises »: a count of acts, not a rank of the practice
    unless: /(?<![\p{L}])(?:proches?|pres|eloigne\p{L}*|selon|d'apres|frequent\p{L}*|touche\p{L}*|expose\p{L}*|atteint\p{L}*|pratique\p{L}*|realise\p{L}*|utilise\p{L}*|prescrit\p{L}*|consomme\p{L}*|vendu\p{L}*|repandu\p{L}*)(?![\p{L}])/u,
  },
  {
    // "une pointure de la chirurgie mammaire", "une sommité du genou": a star of the field (not a shoe size).
    id: 'une-pointure', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?:une?|des|vraie|veritable)\s+(?:vraie\s+|veritable\s+|grande\s+)?(?:pointures?|sommites?|pontes?|cadors?|grands?\s+noms?)(?=\s+(?:de\s+la|du|des|de\s+l'|en)\s*[\p{L}])/u],
  },

  {
    // "notre centre est le meilleur de la région", "la clinique reste la meilleure pour les implants": the best as a
    // predicate of a practice, with a scope (a vaccine "est le meilleur pour vous protéger" has no practice noun).
    id: 'est-le-meilleur-de', kind: 'selfPraise', bound: 'subject',
    patterns: [/(?<![\p{L}])(?:est|sont|reste|restent|etait|demeure)\s+(?:le|la|les)\s+meilleur(?:e|s|es)?(?=\s+(?:de\s+(?:la\s+)?(?:region|ville|france|coin|quartier|secteur|departement)|du\s+(?:coin|departement|secteur|quartier|pays|monde)|d'europe|en\s+(?:ville|france|europe)|pour\s+(?:les|vos|votre|ton|tes)\s))/u],
  },

  {
    id: 'de-choc', kind: 'selfPraise', bound: 'before', window: 1, removable: true,
    terms: ['de choc'],
  },
  {
    // window 3: "votre pharmacie de quartier préférée"
    id: 'prefere-star', kind: 'selfPraise', ownedOffer: true, bound: 'before', window: 3, removable: true,
    terms: ['préféré(e)(s)', 'star(s)', 'phare(s)', 'chouchou(s)'],
    // celebrities (« les stars des réseaux », « une star de la téléréalité ») are people, not the practice's praise
    unlessAfter: /^\s+(?:des\s+reseaux|du\s+web|d'internet|d'instagram|de\s+tiktok|de\s+youtube|de\s+la\s+tele\p{L}*|du\s+petit\s+ecran|du\s+cinema|de\s+hollywood|du\s+sport)(?![\p{L}])/u,
  },
  {
    id: 'star-produit', kind: 'selfPraise', ownedOffer: true, bound: 'always', removable: true,
    patterns: [/(?<=(?:produits?|traitements?|actes?|soins?)\s)(?:stars?|phares?)(?![\p{L}])/u, /(?<![\p{L}])la\s+star\s+(?:des|du|de)(?![\p{L}])/u],
  },
  {
    id: 'envie', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?:nous|vous)\s+envi(?:e|ent|eront|era)(?![\p{L}])/u, /(?<![\p{L}])(?:fait|font|ferez|ferons)\s+des\s+envieu(?:x|ses)(?![\p{L}])/u, /(?<![\p{L}])a\s+faire\s+palir(?![\p{L}])/u],
  },

  // --- Round 5 (issue #7): constructions met on pages unseen in earlier rounds -------------------------------
  {
    // A rank held among practices or places: « la station occupe la première place des cures », « la clinique s'est hissée à
    // la deuxième place », « décroche la 1re place ». Not a disease's rank (« le cancer du sein occupe la première place
    // des cancers féminins »), nor a survey's.
    id: 'premiere-place', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?:occupe\p{L}*|tien(?:t|nent)|detien(?:t|nent)|arrive\p{L}*\s+a|(?:s'est|se\s+sont|se)\s+hiss\p{L}*\s+a|se\s+class\p{L}*\s+a|decroch\p{L}*|conserv\p{L}*|garde\p{L}*)\s+(?:depuis\s+[\p{L}\p{N}\s]{1,30}?\s+)?(?:toujours\s+|encore\s+)?la\s+(?:premiere|1re|1ere|deuxieme|seconde|troisieme)\s+place(?![\p{L}])/u],
    // (round 13: nor the first baby of the year, « décroche la première place des nouveau-nés »)
    unless: /(?<![\p{L}])(?:selon|d'apres|enquete|etude|cause|causes|maladie|maladies|cancer|cancers|pathologie|mortalite|deces|infection\p{L}*|motif\p{L}*|nouveaux?[\s-]+nes?|bebes?|naissances?)(?![\p{L}])/u,
  },
  {
    // « le plus beau des séjours », « la plus moderne des cliniques du sud »: a superlative over every other offer or
    // practice of its kind (not « la plus fréquente des complications »: the noun after « des » must be the practice's).
    id: 'le-plus-beau-des', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])(?:le|la)\s+plus\s+[\p{L}-]+\s+des\s+(?:packages?|formules?|offres?|sejours?|cliniques?|centres?|cabinets?|instituts?|pharmacies?|praticiens?|praticiennes?|chirurgiens?|chirurgiennes?|dentistes?|equipes?|prestations?|cures?|soins)(?![\p{L}])/u],
  },
  {
    // The setting sold with the care: « implanté sur un site exceptionnel », « un cadre naturel idyllique », « un écrin de
    // verdure », « un emplacement privilégié » (a place of care described as a holiday spot).
    id: 'cadre-exceptionnel', kind: 'selfPraise', bound: 'always', suggestions: ['cadre calme'],
    patterns: [/(?<![\p{L}])(?:cadre|site|ecrin|emplacement|environnement|lieu|parc|vue)\s+(?:naturel\s+|verdoyant\s+|arbore\s+)?(?:exceptionnel(?:le)?|idyllique|paradisiaque|enchanteur|somptueux|grandiose|de\s+reve|privilegie|unique\s+en\s+france)(?![\p{L}])/u, /(?<![\p{L}])ecrin\s+de\s+(?:verdure|luxe|serenite|calme)(?![\p{L}])/u],
    // a rare case or event (« un environnement exceptionnel de recherche » stays, but « lieu exceptionnel de
    // transmission » in an epidemic is a rarity)
    unless: /(?<![\p{L}])(?:transmission|contamination|epidemi\p{L}*|infection\p{L}*|cas)(?![\p{L}])/u,
  },
  {
    // « notre plateau, ce qui se fait de plus moderne », « le nec plus ultra en implantologie », « ce qu'il y a de mieux pour votre
    // sourire »: the best there is, said of what the practice uses or does.
    id: 'ce-qui-se-fait-de-mieux', kind: 'selfPraise', bound: 'always', removable: true,
    terms: ['ce qui se fait de mieux', 'ce qui se fait de meilleur', 'ce qui se fait de plus moderne', 'ce qui se fait de plus performant',
      'le nec plus ultra', 'nec plus ultra', 'ce qu\'il y a de mieux', 'ce qu\'il y a de meilleur', 'le haut du panier'],
    // « le repos est ce qu'il y a de mieux pour une entorse »: advice about care, not the practice's praise
    unless: /(?<![\p{L}])(?:repos|sommeil|prevention|vaccin\p{L}*|hydratation|marche|activite\s+physique|alimentation|arreter\s+de\s+fumer)(?![\p{L}])/u,
  },

  {
    // Hotel stars given to care: « un accueil cinq étoiles », « une expérience patient 5 étoiles », « un suivi 5 étoiles »
    // (a patient's rating, « 5 étoiles sur Google », is no-testimonial's; a hotel's stars are a hotel's).
    id: 'accueil-cinq-etoiles', kind: 'selfPraise', bound: 'always', removable: true,
    patterns: [/(?<![\p{L}])(?:accueil|service|services|prestations?|prise\s+en\s+charge|experience(?:\s+patient)?|parcours(?:\s+patient)?|suivi|soins|confort|accompagnement)\s+(?:5|cinq)\s*(?:etoiles|\*)(?![\p{L}])/u],
  },
  {
    // Delight promised through the patients: « nos patients repartent ravis », « des patientes conquises », « nos clients
    // ressortent enchantés » (a survey's figures are told with « selon »).
    id: 'patients-ravis', kind: 'selfPraise', bound: 'always',
    // the practice's own patients (« nos patients sont ravis »), or patients leaving the care delighted (« les patientes
    // repartent conquises »); not « beaucoup de patients sont ravis de leur docteur » in a guide, nor press on shoppers
    patterns: [/(?<![\p{L}])(?:(?:nos|mes)\s+(?:patient|patiente|client|cliente)s\s+(?:(?:sont|restent|repartent|ressortent|sortent)\s+)?|(?:patient|patiente|client|cliente)s\s+(?:en\s+)?(?:repartent|ressortent|sortent)\s+)(?:tous\s+|toutes\s+|toujours\s+|tres\s+|vraiment\s+)?(?:ravi|conquis|enchante|comble|emerveille|enthousiaste)(?:e|s|es)?(?![\p{L}])/u],
    unless: /(?<![\p{L}])(?:selon|d'apres|enquete|questionnaire|barometre|etude)(?![\p{L}])/u,
  },

  {
    // « il ne vous reste plus qu'à réserver », « il ne vous reste qu'à nous appeler »: the sale closed for the reader
    id: 'il-ne-vous-reste-qu-a', kind: 'commercialIncitement', bound: 'always', ownNegation: true, suggestions: ['Vous pouvez'],
    patterns: [/(?<![\p{L}])il\s+ne\s+vous\s+reste\s+(?:plus\s+)?qu'a(?=\s+(?:reserver|prendre\s+(?:rendez-vous|rdv|date)|nous\s+(?:contacter|appeler|rejoindre|ecrire)|craquer|vous\s+lancer|franchir\s+le\s+pas|choisir)(?![\p{L}]))/u],
  },
  {
    // « soyez les premières à l'essayer », « soyez parmi les premiers à en profiter »: the first to try, a sales hook
    id: 'soyez-les-premiers', kind: 'commercialIncitement', bound: 'always', suggestions: ['Vous pouvez'],
    terms: ['soyez les premiers à', 'soyez les premières à', 'soyez parmi les premiers à', 'soyez parmi les premières à', 'soyez la première à', 'soyez le premier à'],
    unless: /(?<![\p{L}])(?:vaccin\p{L}*|depistage|atelier|conference|etude|essai\s+clinique)(?![\p{L}])/u,
  },
  {
    // « rendez-vous vite sur notre site », « filez vite au cabinet »: haste urged (the adverb goes)
    id: 'vite-sur-le-site', kind: 'commercialIncitement', bound: 'always', removable: true,
    patterns: [/(?<=(?:^|[^\p{L}])(?:rendez-vous|filez|courez|foncez|venez)\s+)vite(?=\s+(?:sur|au|a\s+la|a\s+l'|chez|dans)(?![\p{L}]))/u],
  },

  {
    // A practitioner's quality declared outstanding: « son écoute est incroyable », « leur dextérité reste
    // remarquable », « notre disponibilité est exemplaire » (a patient's review of it is no-testimonial's as well).
    id: 'qualite-du-praticien', kind: 'selfPraise', bound: 'always', suggestions: ['son approche est attentive'],
    patterns: [/(?<![\p{L}])(?:sa|son|ses|leur|leurs|notre|nos)\s+(?:capacite\s+d'ecoute|ecoute|gentillesse|douceur|dexterite|professionnalisme|savoir-faire|competences?|disponibilite|bienveillance|patience|pedagogie|expertise)\s+(?:est|sont|reste|restent)\s+(?:vraiment\s+|tout\s+simplement\s+|absolument\s+|tres\s+)?(?:extraordinaire|exceptionnel|exceptionnelle|remarquable|incroyable|hors\s+pair|sans\s+egal|inegalee?|formidable|exemplaire)s?(?![\p{L}])/u],
  },
  {
    // Hype of a device or a field: « la plus belle innovation de la décennie », « la plus grande avancée de
    // ces dernières années » (a study or a ministry telling it is news, not the practice's sales talk).
    id: 'plus-grande-avancee', kind: 'selfPraise', bound: 'always', suggestions: ['une technique récente'],
    patterns: [/(?<![\p{L}])(?:la|le)\s+plus\s+(?:grande|grosse|importante|belle|grand|gros|important|beau)\s+(?:avancee|innovation|revolution|progres|nouveaute)s?\s+(?:[\p{L}-]+\s+)?(?:de\s+(?:son|leur|notre|l')\s*histoire|de\s+ces\s+dernieres\s+annees|de\s+la\s+decennie|du\s+siecle)(?![\p{L}])/u],
    unless: /(?<![\p{L}])(?:selon|d'apres|etude|ministere|vaccin\p{L}*|medicament\p{L}*|has|inserm|oms)(?![\p{L}])/u,
  },

  // --- Breadth round (issue #7, session 4): families of self-praise and sales talk met in clinic, agency and shop copy ---
  {
    // "tout simplement le meilleur de Valence", "la meilleure de la région": the best with a place and no noun after.
    id: 'le-meilleur-de-lieu', kind: 'selfPraise', bound: 'place',
    patterns: [/(?<![\p{L}])(?:le|la|les)\s+meilleur(?:e|s|es)?(?=\s+(?:de|du|d'|des|en|a|au|dans|sur)(?![\p{L}]))/u],
    // "le meilleur de soi-même", "la meilleure des préventions", a moment or a season
    unless: /(?<![\p{L}])(?:moment|moments|periode|saison|heure|soi-meme|possible|possibles|selon|d'apres|prevention|protection)(?![\p{L}])/u,
  },
  {
    // "le meilleur de la kinésithérapie du sport, c'est chez nous", "le meilleur de l'orthodontie": the best of a field
    // put forward by a practice (not "le meilleur de soi").
    id: 'le-meilleur-du-domaine', kind: 'selfPraise', bound: 'always',
    patterns: [/(?<![\p{L}])le\s+meilleur\s+(?:de\s+la|du|de\s+l'|des)\s*(?:kine\p{L}*|osteo\p{L}*|dentisterie|orthodontie|implantologie|medecine|chirurgie|esthetique|soins?|audio\p{L}*|optique|podologie|dermato\p{L}*|beaute|bien-etre|bien\s+etre|technologie|laser|sante)(?![\p{L}])/u],
    unless: /(?<![\p{L}])(?:selon|d'apres)(?![\p{L}])/u,
  },
  {
    // Self-treat imperatives that sell care as a treat: "offrez-vous une parenthèse", "faites-vous plaisir", "chouchoutez-vous",
    // "prenez soin de vous chez nous", "vous le méritez", EN "treat yourself", ES "regálate".
    id: 'offrez-vous', kind: 'commercialIncitement', bound: 'always', removable: true,
    terms: [...S.treatYourself, 'offrez-lui', 'offrez-leur', 'faites-vous chouchouter', 'laissez-vous chouchouter', 'chouchoutez-vous', 'dorlotez-vous', 'laissez-vous dorloter', 'laissez-vous séduire', 'laissez-vous surprendre', 'vous le méritez', 'vous le valez bien', 'tu le mérites', 'prenez soin de vous chez nous', 'prenez soin de vous avec nous', 'prenez soin de vous au cabinet', 'prenez soin de vous à l\'institut', 'faites-vous du bien chez nous', 'treat yourself', 'pamper yourself', 'you deserve it', 'regálate', 'date un capricho', 'te lo mereces'],
    // a health behaviour recommended ("offrez-vous une marche quotidienne", "vous le méritez : dormez") sells nothing
    unless: /(?<![\p{L}])(?:marche|marcher|marchez|sport|activite\s+physique|sommeil|dormir|dormez|hydrat\p{L}*|repos|bouger|bougez|respir\p{L}*|vaccin\p{L}*|depistage|atelier|conference)(?![\p{L}])/u,
    suggestions: PRATIQUE,
  },
  {
    // Invitations to come and try: "venez découvrir notre espace", "venez vite tester", "découvrez sans plus attendre",
    // "appelez-nous vite", "contactez-nous dès aujourd'hui", "qu'attendez-vous ?" (not a workshop or a vaccination: EVENT).
    id: 'venez-decouvrir', kind: 'commercialIncitement', bound: 'always', removable: true,
    terms: ['qu\'attendez-vous', 'qu\'est-ce que vous attendez', 'alors, on se lance', 'what are you waiting for', 'don\'t wait', 'dont wait', 'no esperes más', 'a qué esperas', 'ven a conocernos', 'ven a descubrir'],
    patterns: [
      /(?<![\p{L}])(?:venez|viens|venir)\s+(?:vite\s+|donc\s+|nous\s+)?(?:l'|les\s+|le\s+|la\s+)?(?:decouvrir|essayer|tester|profiter|gouter)(?![\p{L}])/u,
      /(?<![\p{L}])(?:decouvrez|decouvrir|essayez|testez)\s+(?:\p{L}+\s+){0,3}?sans\s+(?:plus\s+)?(?:attendre|tarder)(?![\p{L}])/u,
      // (not "appelez-nous vite" after a care message: urging care, no-care-incitement's business)
      /(?<![\p{L}])(?:contactez|ecrivez|rejoignez)-?\s?(?:nous|moi)\s+(?:vite|des\s+maintenant|des\s+aujourd'hui|sans\s+(?:plus\s+)?(?:attendre|tarder)|tout\s+de\s+suite)(?![\p{L}])/u,
      /(?<![\p{L}])(?:places?|creneaux|rendez-vous|rdv|disponibilites|agendas?)(?:\s+(?:de|du|d'|des|pour)\s*[\p{L}-]+)?\s+(?:partent|part|se\s+remplissent|se\s+remplit|s'envolent|filent)\s+(?:tres\s+|super\s+|trop\s+|si\s+)?vite(?![\p{L}])/u,
    ],
    unless: EVENT,
    suggestions: PRATIQUE,
  },
  {
    // Standing of a practice in real copy: "hyper moderne", "ultramoderne", "l'élite de", "fleuron de", "de très grande renommée".
    id: 'standing', kind: 'selfPraise', bound: 'always', removable: true,
    terms: ['hyper moderne(s)', 'hypermoderne(s)', 'le plus grand choix', 'le plus large choix', 'le plus vaste choix', 'le plus grand nombre de références', 'acteur(s) de premier plan', 'acteur(s) de tout premier plan', 'établissement(s) de premier plan', 'centre(s) de premier plan', 'clinique(s) de premier plan', 'd\'envergure internationale', 'd\'envergure nationale', 'de dimension internationale', 'de stature internationale', 'de renommée nationale', 'trié(e)(s) sur le volet', 'l\'élite de la', 'l\'élite du', 'l\'élite des', 'l\'élite en', 'l\'élite de l\'', 'fleuron de la', 'fleuron du', 'fleuron des', 'de grande renommée', 'de très grande renommée', 'compétence(s) universellement reconnue(s)', 'universellement reconnu(e)(s)', 'reconnu(e)(s) internationalement', 'reconnu(e)(s) mondialement', 'réputation d\'excellence', 'référence européenne', 'les plus grands spécialistes'],
    unless: /(?<![\p{L}])(?:selon|d'apres|etudes?|recherche)(?![\p{L}])/u,
  },

  {
    // "un acteur majeur de la santé auditive", "l'un des centres majeurs de la chirurgie du genou": a rank in a field.
    id: 'majeur', kind: 'selfPraise', bound: 'noun', nouns: 'practice', removable: true,
    terms: ['majeur(e)(s)', 'acteur(s) majeur(s)', 'acteur(s) incontournable(s)', 'acteur(s) de référence', 'acteur(s) reconnu(s)'],
    unless: /(?<![\p{L}])(?:risques?|urgences?|cause|causes|probleme|enjeu|facteur|depression|chirurgie\s+majeure|handicap|incapable|majeurs?\s+proteges?)(?![\p{L}])/u,
  },
  {
    // "le cabinet idéal pour toute la famille", "l'adresse idéale", "le cadre idéal pour se ressourcer": the practice as the
    // ideal choice (not "le poids idéal", "le moment idéal": no practice or offer noun).
    // Right after its noun only: "cette crème est idéale pour les peaux sensibles" suits a product to a skin (claims' business).
    id: 'ideal', kind: 'selfPraise', bound: 'before', window: 1, removable: true,
    terms: ['idéal', 'idéale(s)', 'idéaux', 'parfait(e)(s)', 'rêvé(e)(s)'],
    unless: /(?<![\p{L}])(?:poids|moment|age|dose|frequence|posture|position|hygiene|temperature|selon|d'apres)(?![\p{L}])/u,
  },
  {
    // Dreams sold: "notre équipe réalise vos rêves", "le sourire de vos rêves", "vous rêvez d'un sourire parfait ?".
    id: 'vos-reves', kind: 'commercialIncitement', bound: 'always', removable: true,
    patterns: [/(?<![\p{L}])(?:realis\p{L}*|exauc\p{L}*|concretis\p{L}*)\s+(?:vos|tes)\s+reves(?![\p{L}])|(?<![\p{L}])(?:sourire|dents|vue|peau|cheveux|chevelure|silhouette|corps|look)\s+de\s+(?:vos|tes)\s+reves(?![\p{L}])|(?<![\p{L}])(?:vous\s+revez|tu\s+reves)\s+(?:d'un|d'une|de)(?=\s*[\p{L}])/u],
  },
  {
    // Absolute comfort or safety as a selling point: "votre confort absolu", "un confort maximal", "sérénité absolue".
    id: 'confort-absolu', kind: 'selfPraise', bound: 'always', removable: true,
    terms: ['confort absolu', 'confort maximal', 'confort maximum', 'confort inégalé', 'confort incomparable', 'sérénité absolue', 'tranquillité absolue', 'bien-être absolu', 'satisfaction totale garantie'],
  },
  {
    // Sales headings: "Pourquoi nous choisir ?", "nos atouts", "ce qui fait notre différence", "why choose us".
    id: 'pourquoi-nous-choisir', kind: 'selfPraise', bound: 'always', removable: true,
    terms: ['pourquoi nous choisir', 'pourquoi choisir notre', 'pourquoi choisir nos', 'nos atouts', 'nos points forts', 'les plus du cabinet', 'les + du cabinet', 'ce qui fait notre différence', 'ce qui nous différencie', 'ce qui nous distingue', 'ce qui fait la différence chez nous', 'notre valeur ajoutée', 'why choose us', 'why choose our', 'por qué elegirnos', 'por qué elegir nuestra', 'nuestras ventajas'],
  },
  {
    // "meilleur ostéo de la ville", "Meilleure pharmacie du quartier !": the best without a determiner, at the head of a
    // line or a clause (a heading, a hashtag-like caption).
    id: 'meilleur-sans-determinant', kind: 'selfPraise', bound: 'after', window: 2, nouns: 'practice', removable: true,
    patterns: [/(?<=(?:^|[\n.!?:;,(|"-]\s*))meilleur(?:e|s|es)?(?![\p{L}])(?!\s+(?:v(?:oe|œ)ux|sante|souhaits|moments?)(?![\p{L}]))/u],
  },
  {
    // A ranking heading of products or offers (« # Meilleur sérum apaisant », « ## Meilleure crème solaire ») sells what
    // it ranks, whatever the noun (not advice on a moment or a way: « ## Meilleur moment pour se vacciner »).
    id: 'meilleur-en-titre', kind: 'selfPraise', bound: 'always', removable: true,
    // (a title: at the head of a line, « # » written or a Markdown heading, with a few words after it)
    unlessAfter: /^(?:\s+[\p{L}\p{N}'-]+){8,}/u,
    patterns: [/(?<=(?:^|\n)\s*(?:#{1,6}\s*)?)meilleur(?:e|s|es)?(?=\s+[\p{L}])(?!\s+(?:moments?|periodes?|saisons?|facons?|manieres?|moyens?|conseils?|v(?:oe|œ)ux|souhaits|prevention|protection|age|heure)(?![\p{L}]))/u],
  },
  // --- Commercial incitement and urgency ----------------------------------------------------------------
  {
    id: 'offre', kind: 'commercialIncitement', bound: 'always', ownedOffer: true,
    patterns: [/(?<=(?:^|[\n.!?:;"(*#|>-]|(?:^|[^\p{L}])(?:l'|une|des|les|nos|notre|cette|cet|ces|votre|vos|d'|en|aux|la|sur|nouvelles?|belles?|super|grande|grandes|meilleures?|toutes?|vos|nouvelle))\s*)offres?(?![\p{L}])/u],
    // "l'offre de soins" is health-policy language; "offre flash/spéciale" belongs to no-price-promotion.
    // "offre de lancement / de rentrée" sells; "offre de soins / de téléconsultation / d'emploi" describes a service;
    // "- offre un accès PMR" is the verb.
    // The supply of care named by its field (« une offre clinique structurée », « l'offre hospitalière du territoire »,
    // « une offre intégrée en dermatologie »): what a country or a region provides, not an offer made to the reader.
    // An offer told in the past (« l'offre avait cours jusqu'en mars »), or a market's supply (« l'offre est
    // pléthorique », « une offre immense »), is a story or a description, not an incitement.
    unlessAfter: /^\s+(?:qui\s+)?(?:etait|etaient|avait|avaient|a\s+ete|ont\s+ete|fut|furent)(?![\p{L}])|^\s+(?:clinique|medicale|hospitaliere|sanitaire|therapeutique|chirurgicale|integree|territoriale)s?(?![\p{L}])|^\s+(?:est\s+|reste\s+|devient\s+)?(?:(?:aussi|si|tres|trop|plus|bien|de\s+plus\s+en\s+plus)\s+)?(?:immenses?|plethoriques?|abondantes?|foisonnantes?|vastes?|insuffisantes?|disparates?|pletoriques?|variees?|diversifiees?|larges?|riches?|fragmentees?|eclatees?)(?![\p{L}])|^\s+(?:de\s+|d'\s*)(?!(?:lancement|rentree|la\s+rentree|noel|printemps|l'ete|ete|l'automne|fin\s+d'annee|saison|la\s+semaine|du\s+mois|parrainage|fidelite|la\s+saint|black)(?![\p{L}]))|^\s*(?:flash|speciales?|de\s+bienvenue|decouverte|promotionnelles?)(?![\p{L}])|^\s+(?:un|une|des|aux|a|la|le|les|l'|votre|vos|son|ses)(?![\p{L}])/u,
    // "bénéficier d'offres et d'avantages" is a loyalty programme: no-price-promotion reports it. What is on offer
    // in a market (« une longue liste d'offres », « la multitude d'offres ») describes supply, not the practice's call.
    // (nor an offer someone answered in a story told in the past: « les voyageuses avaient réservé par une offre trouvée en ligne »)
    unlessBefore: /(?:ont|a|avaient|avait|etaient|etait)\s+(?:[\p{L}'-]+\s+){0,4}?(?:pour|par)\s+(?:une|cette|l')\s*$|beneficier\s+(?:d'|des)\s*$|(?:avantages?|remises?|reductions?)\s+et\s+(?:d'|des)\s*$|(?:liste|multitude|profusion|abondance|plethore|foule|jungle)\s+(?:d'|des)\s*$/u,
    // « les offres publicitaires sont prohibées »: the rule stated, not an offer made; chains fighting over customers
    // (« dans ce contexte de concurrence, les enseignes multiplient les offres ») are reported, not the practice's call
    unless: /(?<![\p{L}])(?:prohibe\p{L}*|interdite?s?|proscrite?s?|concurrence|concurrents|enseignes)(?![\p{L}])/u,
    suggestions: ['information'],
  },
  {
    id: 'exclusivite', kind: 'commercialIncitement', bound: 'always', removable: true,
    // A bare « exclusif » is self-praise of what it qualifies (methode-exclusive); here, the sales forms.
    terms: [...S.exclusiveOffers, 'en exclusivité', 'exclusivité(s)', 'avant-première(s)', 'réservé(e)(s) à nos abonné(e)s'],
    // "allaitement exclusif", "compétence exclusive du médecin" are not sales talk.
    unless: /allait|usage exclusif|a titre exclusif|competence|responsabilite|ressort/u,
    suggestions: PRATIQUE,
  },
  {
    id: 'profitez-en', kind: 'commercialIncitement', bound: 'always', removable: true,
    patterns: [/(?<![\p{L}])profit(?:ez|ons|er)(?:\s*-\s*en|\s+en(?=\s*(?:[!.,;]|$)))(?![\p{L}])(?!\s+pour)/u],
    suggestions: PRATIQUE,
  },
  {
    id: 'profitez-de', kind: 'commercialIncitement', bound: 'always', removable: true,
    // others said to profit (« le slogan motive les patients pour profiter des avantages »): a description, not a call
    unlessBefore: /(?:patients?|patientes?|clients?|clientes?|personnes|gens|touristes|francais|europeens|voyageurs)\s+(?:[\p{L}']+\s+){0,2}(?:pour|a|de|d')\s*$/u,
    // an adverb may come first: "profitez dès maintenant de nos créneaux"
    patterns: [/(?<![\p{L}])profit(?:ez|ons|er)(?=\s+(?:(?:des\s+maintenant|des\s+aujourd'hui|vite|vous\s+aussi|aussi|sans\s+attendre|pleinement|enfin)\s+)?(?:de|d'|du|des)\s*(?:notre|nos|cette|ces|cet|ce|leurs?|l'offre|offres?|tarifs?|prix|promos?|reductions?|remises?|-\s?\d|\d|creneaux|disponibilites|places|avantages|conditions|services|prestations|seances|consultations|l'occasion)(?![\p{L}]))/u],
    suggestions: PRATIQUE,
  },
  {
    // "pour bénéficier de nos créneaux de janvier", "bénéficiez de conditions spéciales": availability sold as a deal
    // (not "bénéficier de nos conseils / soins"; offers and discounts are no-price-promotion's).
    id: 'beneficiez-de-nos', kind: 'commercialIncitement', bound: 'always', removable: true,
    patterns: [/(?<![\p{L}])benefici(?:ez|er|ons)\s+(?:vite\s+|des\s+maintenant\s+)?(?:de|d'|du|des)\s*(?:nos|notre|cette|ces|nouveaux|nouvelles|derniers|dernieres)?\s*(?:creneaux|disponibilites|places|conditions\s+(?:speciales|exceptionnelles|avantageuses))(?![\p{L}])/u],
    unless: EVENT,
    suggestions: PRATIQUE,
  },
  {
    id: 'foncez', kind: 'commercialIncitement', bound: 'always', removable: true,
    terms: [...S.giveIn, ...S.bookFast, 'foncez', 'laissez-vous tenter', 'dépêchez-vous', 'dépêche-toi', 'faites vite', 'réserver vite', 'inscrivez-vous vite', 'commandez vite', 'profitez vite', 'vite vite', 'premier(s) arrivé(s), premier(s) servi(s)', 'premier arrivé premier servi', 'c\'est maintenant ou jamais', 'le moment ou jamais'],
    patterns: [
      /(?<![\p{L}])(?:creneaux?|places?|offres?|occasions?|opportunites?|disponibilites?|rendez-vous|bons?\s+plans?)\s+a\s+saisir(?![\p{L}])/u,
      /(?<![\p{L}])vite\s*[,!]+\s*(?:reservez|appelez|inscrivez|profitez|venez|prenez|commandez)(?![\p{L}])/u,
    ],
    suggestions: PRATIQUE,
  },
  {
    id: 'ne-ratez-pas', kind: 'commercialIncitement', bound: 'always', ownNegation: true, removable: true,
    // « un bilan auditif, rendez-vous à ne pas manquer »: a check-up urged is care incitement's to weigh, not a sale
    unlessBefore: /(?<![\p{L}])(?:rendez-vous|bilans?|examens?|controles?|visites?|consultations?|suivis?)\s+(?:(?:annuels?|annuelles?|reguliers?|regulieres?|medica(?:l|ux)|de\s+sante|de\s+prevention)\s+)?$/u,
    patterns: [
      /(?<![\p{L}])(?:ne|n')\s*(?:ratez|manquez|loupez|rate|manque|loupe)\s+pas(?![\p{L}])(?!\s*(?:de|d')(?![\p{L}]))/u,
      /(?<![\p{L}])a\s+ne\s+pas\s+(?:manquer|rater|louper)(?![\p{L}])/u,
      /(?<![\p{L}])ne\s+passez\s+pas\s+a\s+cote(?![\p{L}])/u,
      // a promise of satisfaction or a never-seen experience (« vous ne serez pas déçue », « vous ne le regretterez pas »,
      // « la chirurgie esthétique comme vous ne l'avez jamais vue »)
      /(?<![\p{L}])vous\s+ne\s+(?:serez|serez\s+jamais)\s+(?:pas\s+)?decu(?:e|s|es)?(?![\p{L}])|(?<![\p{L}])vous\s+ne\s+(?:le|l'|les|la)?\s*regretterez\s+pas(?![\p{L}])/u,
      /(?<![\p{L}])comme\s+vous\s+ne\s+(?:l'|les\s+)?(?:avez|aviez)\s+jamais\s+(?:vu|vue|vus|vues|connu|connue|connus|connues|vecu|vecue|vecus|vecues)(?![\p{L}])/u,
    ],
    unless: EVENT,
  },
  {
    id: 'n-attendez-plus', kind: 'commercialIncitement', bound: 'always', ownNegation: true, removable: true,
    patterns: [
      /(?<![\p{L}])n'\s*attendez\s+plus(?![\p{L}])(?!\s+pour\s+(?:consulter|en\s+parler|appeler|vous\s+faire\s+(?:vacciner|depister)))/u,
      /(?<![\p{L}])ne\s+tardez\s+(?:plus|pas)(?![\p{L}])(?!\s+a\s+(?:consulter|appeler|contacter|demander|en\s+parler|vous\s+faire|nous\s+signaler|signaler|nous\s+appeler))/u,
      /(?<![\p{L}])n'\s*hesitez\s+plus(?![\p{L}])(?!\s+a\s+(?:consulter|en\s+parler|nous\s+poser|poser))/u,
      /(?<![\p{L}])ca\s+n'\s*attend\s+pas(?![\p{L}])/u,
    ],
  },
  {
    id: 'reservez-maintenant', kind: 'commercialIncitement', bound: 'always', removable: true,
    patterns: [
      // "prenez RDV dès aujourd'hui !" (not "sans tarder": care advice says it too)
      /(?<![\p{L}])prenez\s+(?:vite\s+)?(?:rdv|rendez-vous|votre\s+rdv|votre\s+rendez-vous|date)\s+(?:des\s+(?:maintenant|aujourd'hui|a\s+present)|tout\s+de\s+suite)(?![\p{L}])/u,
      /(?<![\p{L}])(?:reservez|reserver|commandez|inscrivez-vous)(?:\s+[\p{L}'-]+){0,3}?\s+(?:des\s+)?(?:maintenant|aujourd'hui|a\s+present|a\s+l'instant|sans\s+(?:attendre|tarder)|tout\s+de\s+suite|sans\s+plus\s+attendre)(?![\p{L}])/u,
    ],
    unless: EVENT,
    suggestions: PRATIQUE,
  },
  {
    id: 'derniere-chance', kind: 'commercialIncitement', bound: 'always', ownNegation: true, unless: EVENT, removable: true,
    terms: [...S.lastPlaces, 'dernière(s) chance(s)', 'dernières disponibilités', 'derniers créneaux', 'dernier(s) jour(s) pour en profiter'],
    patterns: [/(?<![\p{L}])(?:il\s+)?(?:ne\s+)?reste\s+(?:plus\s+)?(?:que\s+)?\d+\s+(?:places?|creneaux|rendez-vous|disponibilites)(?![\p{L}])/u, /(?<![\p{L}])plus\s+que\s+\d+\s+(?:places?|creneaux|jours?)(?![\p{L}])/u],
    suggestions: ['Prochaines disponibilités : voir l’agenda en ligne'],
  },
  {
    id: 'places-limitees', kind: 'commercialIncitement', bound: 'always', removable: true,
    terms: [...S.limitedPlaces, 'places comptées', 'les places sont comptées', 'créneaux comptés', 'durée limitée', 'temps limité', 'pour quelques jours seulement', 'plus que quelques jours', 'plus que quelques places', 'nombre de places limité', 'stock(s) limité(s)', 'quantité(s) limitée(s)', 'jusqu\'à épuisement des stocks', 'jusqu\'à épuisement', 'dans la limite des stocks disponibles'],
    unless: EVENT,
    // « jusqu'à épuisement du montant du forfait / du crédit »: how a prepaid balance is used, no stock to run out
    unlessAfter: /^\s+(?:du|de\s+la|de\s+votre|de\s+vos|des)\s+(?:montant|solde|credit|forfait|bon|cagnotte|seances|points)(?![\p{L}])/u,
  },
  {
    // Hooks that sell: "Marre de vos rides ?", "Ne cherchez plus", "Vous allez adorer", "Prenez vite rendez-vous".
    // A farewell to a complaint sold with the care (« Adieu les lunettes ! », « dites adieu aux bourrelets », « Oubliez vos
    // rides »), and a gift idea pushed at a feast (« idée cadeau pour la fête des mères »): sales hooks.
    id: 'adieu-les', kind: 'commercialIncitement', bound: 'always', removable: true,
    terms: ['#ideecadeau', '#ideescadeaux', 'pensez au cadeau', 'pensez aux cadeaux'],
    patterns: [
      // (a pattern: no-sponsored-content lists the same words as a product's endorsement)
      /(?<![\p{L}])idees?[\s-]cadeaux?(?![\p{L}])/u,
      /(?<![\p{L}])(?:dites\s+)?adieu\s+(?:a\s+vos|a\s+votre|aux|au|les|vos)\s+(?:[\p{L}-]+\s+){0,2}?(?:rides?|lunettes|bagues|sourires?\s+disgracieux|kilos|bourrelets|poils|taches|cernes|complexes|cheveux\s+blancs|lentilles|appareils?|dentiers?|douleurs?|rougeurs|cicatrices|vergetures|cellulite|calvitie|ventre)(?![\p{L}])/u,
      /(?<=(?:^|[\n.!?:]\s*))oubliez\s+(?:les|la|le|l'|vos|votre)\s*(?:[\p{L}-]+\s+){0,2}?(?:rides?|lunettes|bagues|kilos|bourrelets|poils|taches|cernes|complexes|lentilles|salles?\s+d'attente|attentes?|douleurs?|dentiers?|appareils?|rasoirs?|cires?)(?![\p{L}])/u,
    ],
    unless: EVENT,
  },
  {
    id: 'accroche', kind: 'commercialIncitement', bound: 'always', removable: true,
    terms: [...S.bookNow, ...S.fedUpWith, 'ne cherchez plus', 'vous allez adorer', 'vous allez être bluffé(e)(s)', 'occasion inespérée', 'prenez vite rendez-vous', 'appelez vite', 'marre de vos', 'vous en avez assez de vos', 'à vos agendas', 'vous êtes au bon endroit', 'vous êtes à la bonne adresse', 'n\'attend plus que vous', 'n\'attendent plus que vous', 'vous êtes entre de bonnes mains', 'les places partent vite', 'les créneaux partent vite', 'les rendez-vous partent vite', 'ça part vite',
      // the first to try, a rare chance, the step to take now (« soyez les premiers à l'essayer », « une occasion unique »,
      // « c'est le moment de franchir le pas »)
      'une occasion unique', 'l\'occasion unique', 'opportunité unique', 'osez franchir le pas', 'osez sauter le pas',
      'le moment de franchir le pas', 'le moment de sauter le pas', 'le moment de vous lancer', 'le moment de craquer'],
    unless: EVENT,
    suggestions: PRATIQUE,
  },
  {
    id: 'urgence-faible', kind: 'commercialIncitement', bound: 'emoji', unless: EVENT, removable: true,
    terms: ['réservez', 'réservation(s)', 'c\'est le moment', 'on fonce'],
    suggestions: PRATIQUE,
  },

  // --- English and Spanish posts (meta.alsoReads): their common sales vocabulary, reported in French ---------
  {
    id: 'best-clinic-en-es', kind: 'selfPraise', bound: 'always', removable: true,
    patterns: [
      // "the best clinic in town", "our best-rated surgeons", "the best hair transplant clinic": not "the best time to take it"
      /(?<![\p{L}])(?:the\s+|our\s+)?best(?:-rated)?\s+(?:(?:aesthetic|cosmetic|dental|medical|physiotherapy|physio|hair|skin|eye|hearing|private|transplant|implant|plastic|laser|surgery|care|veneer)\s+){0,2}(?:clinic|dentist|doctor|surgeon|physio|physiotherapist|osteopath|practice|team|care|results|pharmacy|center|centre|hospital|specialist|practitioner|orthodontist|dermatologist)s?(?![\p{L}])/u,
      /(?<![\p{L}])(?:the\s+)?best\s+in\s+(?:town|the\s+city|the\s+region|the\s+country|the\s+area|france|europe|the\s+world)(?![\p{L}])/u,
      // "la mejor clínica", "los mejores especialistas", "nuestro mejor equipo"
      /(?<![\p{L}])(?:el|la|los|las|nuestr[oa]s?|somos\s+(?:el|la|los|las))\s+mejor(?:es)?\s+(?:clinica|dentista|medico|doctor|doctora|cirujano|cirujana|especialista|equipo|centro|fisioterapeuta|osteopata|farmacia|resultado|hospital|profesional|tratamiento|servicio|precio)(?:s|es)?(?![\p{L}])/u,
    ],
  },
  {
    // "the leading center for hair transplants", "a leading provider", "clínica líder en implantes".
    id: 'leading-en-es', kind: 'selfPraise', bound: 'always', removable: true,
    patterns: [/(?<=(?:^|[^\p{L}])(?:a|the|our|europe's|france's)\s+)leading\s+(?:center|centre|provider|practice|hospital|specialist|expert|destination|team|surgeon|dentist)s?(?![\p{L}])/u, /(?<![\p{L}])(?:clinica|centro|empresa|equipo|referente)\s+lider(?:es)?(?![\p{L}])/u],
  },
  {
    id: 'world-class-en-es', kind: 'selfPraise', bound: 'always', removable: true,
    terms: [
      'world-class', 'award-winning', 'top-rated', 'highest-rated', 'best-rated', 'state-of-the-art', 'cutting-edge', 'number one',
      'second to none', 'unrivalled', 'unrivaled', 'world-renowned', 'internationally renowned', 'renowned', 'voted best',
      'trusted by thousands', 'thousands of happy patients', 'happy patients', 'luxury', 'leading clinic', 'leading experts',
      'de vanguardia', 'última generación', 'de excelencia', 'excelencia', 'reconocido(s) internacionalmente', 'reconocida(s) internacionalmente',
      'de renombre', 'prestigioso(s)', 'prestigiosa(s)', 'miles de pacientes', 'pacientes satisfechos', 'referente en', 'los mejores resultados',
      '#bestdentist', '#bestclinic', '#topdoctor', '#bestsurgeon', '#mejorclinica',
    ],
  },
  {
    id: 'book-now-en-es', kind: 'commercialIncitement', bound: 'always', removable: true,
    terms: [
      'book now', 'book today', 'book yours today', 'book your appointment today', 'limited time', 'limited time only', 'limited spots',
      'limited places', 'last chance', 'hurry', 'don\'t miss out', 'dont miss out', 'exclusive offer', 'act now', 'call now', 'filling fast',
      'reserve ya', 'reserva ya', 'reserva ahora', 'reserve ahora', 'reserva tu cita hoy', 'pide tu cita ya', 'no te lo pierdas', 'no se lo pierda',
      'plazas limitadas', 'última oportunidad', 'últimas plazas', 'oferta exclusiva', 'por tiempo limitado', 'date prisa', 'aprovecha ya',
    ],
    patterns: [
      // "book your appointment now", "call us today", "pide tu cita hoy mismo"
      /(?<![\p{L}])(?:book|schedule|reserve|call|contact|dm)\s+(?:us\s+|your\s+|an\s+|a\s+)?(?:[\p{L}-]+\s+){0,2}(?:now|today)(?![\p{L}])/u,
      /(?<![\p{L}])(?:pide|pida|reserva|reserve|llama|llamanos)\s+(?:ya\s+)?(?:tu|su)?\s*(?:cita\s+)?(?:hoy(?:\s+mismo)?|ya|ahora)(?![\p{L}])/u,
      /(?<![\p{L}])only\s+\d+\s+(?:spots|places|slots|appointments)\s+left(?![\p{L}])/u, /(?<![\p{L}])(?:solo|solamente)\s+quedan\s+\d+\s+(?:plazas|citas)(?![\p{L}])/u],
    ownNegation: true,
    unless: EVENT,
    suggestions: PRATIQUE,
  },
];
