// DATA ONLY: the vocabulary of aesthetic-act promotion (DOMAIN.md §2.j). Add forms here, never code.
import type { TermEntry } from '../src/rule-kit.js';
import * as S from './shared.terms.js';

export interface AestheticAct extends TermEntry {
  /** Also therapeutic or non-aesthetic (laser, PRP, HIFU, injection…): an act only in an aesthetic context. */
  ambiguous?: boolean;
}

export interface Framing extends TermEntry {
  /**
   * 'claim': a promise about the act or its result ("sans chirurgie", "résultat naturel"), cancelled by
   * negation, hedges and questions; 'call': an incitement ("sublimez", "offrez-vous"); 'guarantee';
   * 'commercial': an offer, a discount, booking urgency; 'minors': aimed at teenagers; 'partner': a
   * partnership or an influencer.
   */
  kind: 'claim' | 'call' | 'guarantee' | 'commercial' | 'minors' | 'partner';
  /** Counts only next to an act: same sentence, a few words away (emoji, descriptive claims). */
  sentence?: boolean;
  /** Descriptive, so objective information (risques, suites, devis…) in the paragraph cancels it. */
  weak?: boolean;
  /** Names the act by its result ("le nez de vos rêves", "lèvres pulpeuses"): counts as an act too. */
  evokesAct?: boolean;
  /** A topic as much as a cue ("les adolescents", "partenariat"): counts only beside another promotional cue. */
  companion?: boolean;
}

const OBJECTIVE = 'Information : indications, risques et délai de réflexion de 15 jours ; devis détaillé remis en consultation';

export const acts: AestheticAct[] = [
  {
    id: 'injectables',
    terms: [
      'botox', 'baby botox', 'baby-botox', 'toxine(s) botulique(s)', 'acide(s) hyaluronique(s)', 'filler(s)', 'lip filler(s)', 'lip flip',
      'skinbooster(s)', 'skin booster(s)', 'profhilo', 'lips filler(s)', 'mésolift', 'injection(s) esthétique(s)', 'injection(s) de lèvres',
      'injection(s) des lèvres', 'injection(s) de rides', 'augmentation des lèvres', 'comblement(s) des rides', 'comblement(s) des cernes',
      'comblement(s) du sillon', 'comblement(s) des sillons', 'rhinoplastie(s) médicale(s)', 'lipolyse', 'lipolyse injectable',
      'réduction(s) mammaire(s)',
    ],
  },
  {
    id: 'chirurgie',
    terms: [
      'rhinoplastie(s)', 'blépharoplastie(s)', 'lifting(s)', 'lifting cervico-facial', 'mini-lifting', 'fil(s) tenseur(s)', 'lipo', 'lipo hd',
      'liposuccion(s)', 'lipoaspiration(s)', 'lipofilling(s)', 'bbl', 'brazilian butt lift', 'augmentation(s) mammaire(s)',
      'prothèse(s) mammaire(s)', 'implant(s) mammaire(s)', 'implant(s) fessier(s)', 'abdominoplastie(s)', 'otoplastie(s)', 'bichectomie(s)',
      'nymphoplastie(s)', 'labiaplastie(s)', 'mastopexie(s)', 'lifting des seins', 'génioplastie(s)', 'profiloplastie(s)',
      'greffe(s) de cheveux', 'greffe(s) capillaire(s)', 'greffe(s) de barbe', 'greffe(s) de sourcils', 'implant(s) capillaire(s)',
      'chirurgie esthétique', 'médecine esthétique', 'dermatologie esthétique', 'médecine morphologique', 'acte(s) esthétique(s)',
      'soin(s) esthétique(s)', 'chirurgie des paupières', 'chirurgie du nez',
      // generic names of the act on clinic and medical-tourism pages
      'intervention(s) esthétique(s)', 'opération(s) esthétique(s)', 'chirurgie cosmétique', 'chirurgie(s) esthétique(s) et plastique(s)',
      // hair restoration named as a surgery (« la chirurgie capillaire », « une transplantation capillaire »)
      'chirurgie(s) capillaire(s)', 'transplantation(s) capillaire(s)', 'restauration(s) capillaire(s)',
    ],
  },
  {
    id: 'appareils',
    terms: [
      'peeling(s)', 'cryolipolyse', 'épilation(s) laser', 'épilation(s) définitive(s)', 'laser dépilatoire', 'laser épilatoire',
      'laser co2', 'laser fractionné', 'microneedling', 'hydrafacial', 'carboxythérapie', 'lumière pulsée', 'détatouage',
    ],
  },
  {
    id: 'tendances',
    // Trend names of aesthetic acts (social-media names, mostly English): they name the act by its fashion.
    terms: [
      'fox eyes', 'foxy eyes', 'fox eye lift', 'cat eyes', 'russian lips', 'lèvres russes', 'lèvres russian', 'heart lips', 'lèvres en cœur',
      'tweakment(s)', 'liquid lift', 'lifting liquide', 'lifting médical', 'jawline contouring', 'jawline filler', 'buccal fat removal',
      'glass skin', 'hollywood smile', 'sourire hollywoodien', 'smile makeover', 'non-surgical rhinoplasty', 'nez sans chirurgie',
      'lip blush', 'brazilian lift', 'snatched jawline',
    ],
  },
  {
    id: 'ambigus',
    ambiguous: true,
    terms: ['laser(s)', 'prp', 'plasma riche en plaquettes', 'hifu', 'radiofréquence', 'mésothérapie', 'injection(s)', 'ultrasons focalisés',
      // also reconstructive: aesthetic only where the paragraph says so
      'chirurgie plastique'],
  },
];

export const framing: Framing[] = [
  {
    id: 'sans-chirurgie',
    kind: 'claim',
    weak: true,
    terms: [...S.painFree, ...S.scarFree, 'sans bistouri', 'sans chirurgie', 'sans opération', 'sans scalpel', ],
    // Surgery avoided, said with a verb (« sans passer par le bistouri », « permet d'éviter le scalpel », « sans avoir
    // recours à la chirurgie », « sans passer sur la table d'opération »): the same pitch as « sans bistouri ».
    patterns: [
      /(?<![\p{L}])(?:sans\s+(?:passer\s+(?:par|sous|sur)|recourir\s+(?:a|au)|avoir\s+recours\s+(?:a|au)|devoir\s+passer\s+(?:par|sous|sur))|(?:eviter|evitez|evite|evitent)|echapper\s+(?:a|au))\s+(?:le\s+|la\s+|l'|au\s+|a\s+la\s+)?(?:bistouri|scalpel|chirurgie|table\s+d'operation|bloc\s+operatoire)(?![\p{L}])/u,
    ],
    suggestions: ['sous anesthésie locale ; suites et risques expliqués en consultation', OBJECTIVE],
  },
  {
    id: 'sans-sans',
    kind: 'claim',
    // A stack of reassurances is a pitch, whatever information follows: « sans bistouri, sans cicatrice »,
    // « sans douleur ni éviction sociale ». A single « sans chirurgie » stays descriptive (sans-chirurgie, weak).
    patterns: [
      /(?<![a-z])sans\s+(?:aucune?\s+)?(?:bistouri|scalpel|chirurgie|operation|douleurs?|cicatrices?|aiguilles?|anesthesie\s+generale|eviction\s+sociale|hospitalisation|arret\s+de\s+travail|convalescence|risques?|effets?\s+secondaires?)(?:\s*(?:,|!|\.|…|-|\+|et|&)\s*|\s+)(?:sans|ni)\s+(?:aucune?\s+)?(?:bistouri|scalpel|chirurgie|operation|douleurs?|cicatrices?|aiguilles?|anesthesie\s+generale|eviction\s+sociale|hospitalisation|arret\s+de\s+travail|convalescence|risques?|effets?\s+secondaires?)(?![a-z])/u,
    ],
    suggestions: ['sous anesthésie locale ; suites et risques expliqués en consultation', OBJECTIVE],
  },
  {
    id: 'celebrites',
    kind: 'claim',
    // Celebrity framing: the act sold by the famous who had it (« le secret des stars », « des lèvres de star »).
    terms: [
      'comme les stars', 'comme les célébrités', 'comme les people', 'secret des stars', 'secret de beauté des stars', 'chouchou des stars',
      'les stars l\'adorent', 'les célébrités l\'adorent', 'prisé(e)(s) des stars', 'prisé(e)(s) par les stars', 'plébiscité(e)(s) par les stars',
      'à la kardashian', 'façon kardashian', 'à la kim kardashian', 'look de star', 'lèvres de star', 'nez de star', 'sourire de star',
      'visage de star', 'regard de star', 'comme à hollywood', 'star(s) de la téléréalité', 'star(s) de téléréalité', 'stars d\'instagram',
      'vu sur tiktok', 'vu sur instagram', 'viral sur tiktok', 'tendance tiktok', 'star des réseaux', 'comme les influenceuses',
    ],
    suggestions: [OBJECTIVE],
  },
  {
    id: 'jeunes-adultes',
    kind: 'call',
    companion: true,
    // Young adults as a target (beside another cue): « spécial 18-25 ans », « dès la vingtaine », « pour tes 20 ans ».
    terms: [
      'jeunes adultes', 'génération z', 'gen z', 'génération tiktok', 'dès la vingtaine', 'dès vos 20 ans', 'dès tes 20 ans', 'dès 18 ans',
      'dès tes 18 ans', 'pour tes 20 ans', 'pour vos 20 ans', '18-25 ans', 'les 18-25', 'entre 18 et 25 ans',
      'spécial jeunes', 'étudiant(e)s', 'à 20 ans',
    ],
    suggestions: ['(supprimer la cible) ; ' + OBJECTIVE],
  },
  {
    id: 'rapidite',
    kind: 'claim',
    weak: true,
    sentence: true,
    // "lèvres pulpeuses en 15 minutes", not "l’intervention se fait en 45 minutes" (a duration is information)
    patterns: [/(?<!(?:dure|duree|fait|deroule|realise|realisee|pratique|pratiquee|effectue|effectuee|compter|environ|prend)(?:\s+[\p{L}']+){0,2}\s+)(?<![\p{L}])en\s+\d+\s?(?:minutes|min|mn)(?![\p{L}])/u],
    terms: [...S.singleSession, 'express', 'en une heure', 'pendant la pause déjeuner', 'à l\'heure du déjeuner', 'effet immédiat', 'résultat(s) immédiat(s)'],
    suggestions: ['durée de l’acte : … ; résultat variable selon les patients', OBJECTIVE],
  },
  {
    id: 'resultat-naturel',
    kind: 'claim',
    weak: true,
    terms: ['résultat(s) naturel(s)', 'effet(s) naturel(s)', 'effet lifting immédiat', 'effet lifting instantané', 'effet bonne mine', 'effet glow', 'effet rajeunissant'],
    suggestions: ['résultat variable selon les patients', OBJECTIVE],
  },
  {
    id: 'beaute-promise',
    kind: 'claim',
    terms: [
      ...S.farewell, ...S.showcasedResults, 'teint parfait', 'teint éclatant', 'teint lumineux', 'peau parfaite', 'peau de bébé', 'regard de biche', 'regard sublimé', 'corps parfait',
      'silhouette parfaite', 'ventre plat', 'coup de jeune', 'cure de jouvence', '{n} ans de moins', 'rajeuni(e)(s)', 'summer body', 'bikini body',
      'glow', 'fini les rides', 'zéro ride(s)', 'bye bye', 'adieu aux', 'le moins cher', 'la moins chère',
      'résultat(s) incroyable(s)', 'effet waouh', 'effet wow', 'miracle(s)',
      'paraître plus jeune', 'paraissez', 'l\'air plus jeune', 'le meilleur chirurgien', 'la meilleure clinique', 'le meilleur injecteur', 'la meilleure injectrice', 'les meilleurs résultats', 'n°1',
    ],
    // "chez nous, c’est mieux", not "c’est mieux de consulter"
    patterns: [
      /(?<![\p{L}])c'est\s+(?:bien\s+)?mieux(?![\p{L}])(?!\s+(?:de|d'|que|qu'|pour)(?![\p{L}]))/u,
      // the practitioners or places of the act ranked among the best (« nos injecteurs comptent parmi les meilleurs »,
      // « des chirurgiens parmi les meilleurs du pays », « les cliniques les plus réputées au monde »)
      /(?<![\p{L}])parmi\s+les\s+(?:meilleur(?:e|s|es)|plus\s+(?:reput|renomm|experiment|reconnu)\p{L}*)(?:\s+(?:chirurgien|medecin|specialiste|praticien|injecteur|injectrice|dermatologue|dentiste|clinique|centre|equipe)\p{L}*(?:\s+(?:du|au)\s+(?:monde|pays)|\s+d'europe|\s+de\s+france)?|\s+(?:du|au)\s+(?:monde|pays)|\s+d'europe|\s+de\s+france)(?![\p{L}])/u,
      /(?<![\p{L}])(?:les|nos|des)\s+(?:chirurgien|medecin|specialiste|praticien|injecteur|injectrice|dentiste|clinique|centre)s?\s+(?:les\s+plus\s+(?:reput|renomm)\p{L}*|les\s+meilleur(?:e|s|es))\s+(?:du|au)\s+monde(?![\p{L}])/u,
    ],
    suggestions: ['résultat variable selon les patients', OBJECTIVE],
  },
  {
    id: 'resultat-reve',
    kind: 'claim',
    evokesAct: true,
    terms: [
      'lèvres pulpeuses', 'lèvres repulpées', 'lèvres glamour', 'bouche pulpeuse', 'nouveau nez', 'nouvelles lèvres', 'nouvelle poitrine',
      'nouveaux seins', 'nouvelles fesses', 'fesses rebondies', 'soin(s) star',
    ],
    // "le nez de vos rêves", "des lèvres de rêve", "la poitrine dont tu rêves", "l'apparence de ses rêves"
    patterns: [
      // « un nouveau visage », not the figurative « le nouveau visage du marché, de la ville, des soins »
      /(?<![\p{L}])nouveaux?\s+visages?(?![\p{L}])(?!\s+(?:du|de|des|d')(?![\p{L}]))/u,
      /(?<![\p{L}])(?:nez|levres|bouche|poitrine|seins|corps|silhouette|fesses|visage|regard|sourire|ventre|apparence|physique|allure)\s+(?:de\s+(?:vos|tes|ses|nos|mes|leurs|son|sa|votre|ton)\s+reves|de\s+reve|dont\s+(?:tu\s+reves|vous\s+revez|elle\s+revait|on\s+reve|ils\s+revent|elles\s+revent))(?![\p{L}])/u,
    ],
    suggestions: [OBJECTIVE],
  },
  {
    id: 'incitation',
    kind: 'call',
    terms: [
      ...S.giveIn, ...S.mustHave, 'rajeunissez', 'rajeunir de', 'sublimez', 'sublimer', 'sublimez-vous', 'sublime-toi', 'sublime ton', 'sublime ta', 'sublime tes',
      'offrez-vous', 'offre-toi', 'faites-vous plaisir', 'fais-toi plaisir', 'craque pour', 'dites adieu', 'dis adieu',
      'dites au revoir', 'dis au revoir', 'effacez', 'efface tes', 'gommez', 'redessinez', 'redessine', 'sculptez', 'sculpte',
      'n\'attendez plus', 'n\'attends plus', 'succombez',
      'retrouvez votre jeunesse', 'retrouvez un visage', 'retrouvez votre corps', 'retrouvez votre silhouette', 'retrouvez votre ventre',
      'retrouvez votre poitrine', 'retrouve ton corps', 'corps d\'avant', 'silhouette d\'avant',
    ],
    // the act as a treat one buys oneself, in the third person too: « elles viennent s'offrir une otoplastie »
    patterns: [/(?<![\p{L}])(?:s'|vous\s+|se\s+)offrir(?=\s+(?:un|une|des|le|la|les|son|sa|ses|votre|leur|leurs)\s)/u],
    suggestions: [OBJECTIVE],
  },
  {
    id: 'emoji',
    kind: 'call',
    sentence: true,
    weak: true,
    terms: ['💋', '😍', '🍑', '👄', '💄', '🤩', '💖', '😘', '🫦'],
    suggestions: [OBJECTIVE],
  },
  {
    id: 'emoji-decor',
    kind: 'call',
    sentence: true,
    weak: true,
    companion: true,
    terms: ['✨', '🔥', '🌟', '💫'],
    suggestions: [OBJECTIVE],
  },
  {
    id: 'saison',
    kind: 'commercial',
    companion: true,
    terms: ['avant l\'été', 'avant les vacances', 'avant les fêtes', 'pour les fêtes', 'pour l\'été'],
    suggestions: ['Consultation d’information préalable, sur rendez-vous', OBJECTIVE],
  },
  {
    id: 'garantie',
    kind: 'guarantee',
    // "résultat garanti", not "secret médical garanti"
    patterns: [/(?<!(?:secret|confidentialite|anonymat|discretion)(?:\s+[\p{L}]+){0,2}\s+)(?<![\p{L}])garanti(?:e|s|es)?(?![\p{L}])/u],
    terms: [...S.riskFree, ...S.assuredResults, ...S.permanentResults, ],
    suggestions: ['résultat variable selon les patients ; risques expliqués en consultation'],
  },
  {
    id: 'offre',
    kind: 'commercial',
    terms: [
      ...S.bookFast, ...S.bookNow, ...S.limitedPlaces, ...S.lastPlaces, ...S.promotionOffers, ...S.promoWords, ...S.cutPrices, ...S.packagesAndContests, ...S.salesEvents, ...S.exclusiveOffers, ...S.toWin, ...S.referral, 'forfaits minceur', 'tarif étudiante', 'tarif étudiantes', 'tarifs étudiante', 'tarifs étudiantes', 'réserve vite', 'réserve ton', 'réserve ta', 'réserve ta place', 'à offrir', 'carte(s) cadeau',
      'à petit prix', 'offre duo', 'formule duo', 'pack duo', 'duo gagnant', 'pack(s) découverte',

      'forfait(s) jambes', 'forfait(s) aisselles', 'forfait(s) maillot', 'forfait(s) visage', 'forfait(s) intégral',
      'prix étudiant(e)(s)', 'jusqu\'à dimanche',

      'offre(s) valable(s)', 'offre(s) limitée(s)', 'nos offres', 'notre offre', 'cette offre', 'concours',
      'gagnez',
    ],
    // "réduction de 20 %", "remise sur…", "30 € de remise", "-20 %" (not "réduction mammaire", "remise en forme")
    patterns: [
      /(?<![\p{L}])(?:reduction|remise)s?\s+(?:de\s+)?(?:-?\s?\d|sur(?![\p{L}]))/u,
      /\d+\s?(?:%|€|euros?)\s+de\s+(?:reduction|remise)/u,
      // "-20 %", not the statistic "-30 % de volume en moyenne"
      /(?<![\p{L}\p{N}])-\s?\d+(?:[.,]\d+)?\s?%(?!\s+(?:d'|des|du|chez|en\s+moyenne)|\s+de\s+(?!reduction|remise|rabais))/u,
      // "réservez !", "réservez votre séance", not "réservez une consultation" (information first)
      /(?<![\p{L}])reservez(?![\p{L}])(?!\s+(?:une|votre|un)\s+(?:premiere\s+)?(?:consultation|rendez-vous|rdv))/u,
      // "199 € au lieu de 250 €", "10 places seulement", "seulement ce samedi", "code FILLER10"
      /au\s+lieu\s+de\s+(?:€\s?)?\d[\d .,]{0,24}\s?(?:€|euros?)?/u,
      /(?<![\p{L}])(?:\d+\s+places|seulement\s+(?:ce|cette|ces)\s+[\p{L}-]+|(?:ce|cette)\s+[\p{L}-]+\s+seulement)(?![\p{L}])/u,
      /(?<![\p{L}])code\s+[a-z]*\d+[a-z0-9]*(?![\p{L}\p{N}])/u,
    ],
    suggestions: ['Consultation d’information préalable, sur rendez-vous', OBJECTIVE],
  },
  {
    id: 'offert',
    kind: 'commercial',
    sentence: true, // "une séance de laser offerte", not "parking gratuit" under a heading that names an act
    terms: [...S.freeGifts, 'cadeau(x)', ],
    // "séance gratuite", not "devis gratuit"
    patterns: [/(?<!devis(?:\s+[\p{L}]+){0,3}\s+)(?<![\p{L}])gratuit(?:e|s|es)?(?![\p{L}])/u],
    suggestions: ['facturé(e) au tarif habituel', OBJECTIVE],
  },
  {
    // Cheapness sold with the act (medical-tourism pages): « une rhinoplastie 60 % moins chère qu'en France », « chirurgie
    // esthétique à bas coût », « une économie de 900 € », « des tarifs compétitifs », « un tarif moitié moins lourd ».
    id: 'prix-bas',
    kind: 'commercial',
    terms: [...S.lowCost, ...S.cheaper, ...S.halfAsDear],
    patterns: [
      /(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)?|deux|trois|quatre|cinq|dix)(?:\s+(?:a|ou)\s+(?:\d+|deux|trois|quatre|cinq|dix))?\s+fois\s+moins(?:\s+(?:che(?:r|re|rs|res)|eleve\p{L}*|couteu\p{L}*|onereu\p{L}*))?(?![\p{L}])/u,
      /(?<![\p{L}])(?:prix|tarifs?|couts?)\s+(?:[\p{L}']+\s+){0,3}?(?:competitifs?|attractifs?|abordables?|avantageux|imbattables?|interessants?|moitie\s+moins)(?![\p{L}])/u,
      /(?<![\p{L}])economies?\s+(?:de\s+|pouvant\s+(?:aller\s+jusqu'a|atteindre)\s+|jusqu'a\s+)\d(?:[\d.,]|\s(?=\d))*(?:\s?(?:%|€|euros?(?![\p{L}])))?/u,
    ],
    suggestions: [OBJECTIVE],
  },
  {
    id: 'mineurs',
    kind: 'minors',
    companion: true,
    terms: ['ado(s)', 'adolescent(e)s', 'adolescent(e)', 'lycéen(ne)(s)', 'collégien(ne)(s)', 'teen(s)', 'mineur(e)(s)', 'jeune(s) fille(s)'],
    suggestions: ['(supprimer la mention destinée aux mineurs) ; acte réservé aux adultes, après consultation et délai de réflexion'],
  },
  {
    id: 'mineurs-cible',
    kind: 'minors',
    terms: [
      'bal de promo', 'bal du lycée', 'après le bac', 'pour le bac', 'cadeau de bac', 'bac en poche', 'avant tes 18 ans', 'pour tes 18 ans',
      'spécial ado(s)', 'pour les ados', 'spécial lycéen(ne)s', 'pour la rentrée au lycée',
    ],
    patterns: [/(?<![\p{L}])(?:des|a\s+partir\s+de)\s+1[2-7]\s+ans(?![\p{L}])/u],
    suggestions: ['(supprimer la mention destinée aux mineurs) ; acte réservé aux adultes, après consultation et délai de réflexion'],
  },
  {
    id: 'partenariat',
    kind: 'partner',
    companion: true,
    terms: [...S.collaborationWith, 'partenariat', 'en partenariat', 'collab', 'influenceu(r)(se)(s)', 'ambassadeur', 'ambassadrice', 'égérie'],
    suggestions: ['(supprimer le partenariat) ; ' + OBJECTIVE],
  },
  {
    id: 'contenu-sponsorise',
    kind: 'partner',
    terms: [...S.commercialCollaboration, ...S.sponsoredPosts, ...S.adHashtags, 'code influenceur', 'code influenceuse', ],
    suggestions: ['(supprimer le partenariat) ; ' + OBJECTIVE],
  },
];

/** Words that make an ambiguous act (laser, PRP, injection) aesthetic. */
export const aestheticContext = [
  'esthétique(s)', 'ride(s)', 'ridule(s)', 'patte(s) d\'oie', 'rides du lion', 'sillon(s)', 'cerne(s)', 'visage', 'teint', 'regard', 'pommettes',
  'lèvres', 'bouche', 'ovale', 'jawline', 'double menton', 'bajoues', 'relâchement', 'rajeun*', 'jeunesse', 'beauté', 'anti-âge', 'antiâge',
  'sublim*', 'glow', 'poils', 'épilation', 'silhouette', 'graisse(s)', 'bourrelet(s)', 'poignées d\'amour', 'culotte de cheval', 'tour de taille',
  'minceur', 'amincissement', 'cellulite', 'taches', 'tache(s) pigmentaire(s)', 'vergetures', 'pores', 'éclat', 'bonne mine', 'repulp*',
  'botox', 'acide hyaluronique', 'tatouage(s)', 'chute de cheveux', 'cheveux', 'calvitie', 'alopécie',
];

/** Therapeutic uses of the same products and techniques (DOMAIN.md §2.j hard negatives). */
export const therapeuticContext = [
  'migraine(s)', 'spasticité', 'hyperhidrose', 'transpiration excessive', 'arthrose', 'reconstruction', 'reconstructrice',
  'après cancer', 'après un cancer', 'cancer(s)', 'brûlure(s)', 'brûlé(e)(s)', 'vessie', 'incontinence', 'strabisme', 'blépharospasme',
  'dystonie(s)', 'bruxisme', 'tendinite(s)', 'tendinopathie(s)', 'tendon(s)', 'chez le sportif', 'chez les sportifs', 'médecine du sport', 'prostate', 'cardiaque', 'arythmie', 'varice(s)', 'rétine',
  'myopie', 'glaucome', 'cataracte', 'lombalgie(s)', 'douleur(s) chronique(s)', 'malformation(s)', 'fente labiale', 'rééducation',
  'infiltration(s)', 'entorse(s)', 'vaccin(s)', 'vaccination', 'insuline',
];

/** Talk about promotion rather than promotion: a conviction, a reminder of the law (with isWarningContext). */
export const criticism = [
  'condamné(e)(s)', 'sanctionné(e)(s)', 'poursuivi(e)(s)', 'rappelle la loi', 'la loi interdit', 'interdiction', 'amende(s)', 'mise(s) en garde',
  'dérive(s)', 'inquiète', 'inquiétant(e)(s)', 'fait la promotion', 'faire la promotion', 'font la promotion',
  'n\'existe pas', 'n\'existent pas', 'ça n\'existe pas', 'mythe(s)', 'idée(s) reçue(s)',
  ...S.outcry,
];

/** Objective information: with it, a descriptive claim ("sans chirurgie") is a description, not a pitch. */
export const informationContext = [
  'contre-indication(s)', 'complication(s)', 'effet(s) indésirable(s)', 'effet(s) secondaire(s)', 'suites opératoires', 'suites', 'hématome(s)',
  'nécrose(s)', 'délai de réflexion', 'devis', 'consentement', 'fiche d\'information', 'indication(s)', 'se discute', 'pas adapté(e)',
  'ne convient pas', 'les résultats varient', 'résultat(s) variable(s)', 'les risques', 'des risques', 'quels risques', 'risque(s) de',
];

/** Cues that make a promotion an error anywhere in the post: price, before/after, mentions (DOMAIN.md §2.j). */
export const escalationCues = [
  'avant/après', 'avant-après', 'avant après', 'avantapres', 'before/after', 'before after', 'beforeandafter', 'prix', 'tarif(s)', '€', 'euro(s)',
];
