// DATA ONLY: vocabulary two rules read, kept once (a term listed in two rules' files drifts apart; tests/term-data.test.ts
// fails on any copy). Each list names the rule entries that spread it. Notation: see src/french/lexicon.ts.

/** no-aesthetic-promotion › beaute-promise, no-before-after › resultat-montre */
export const showcasedResults = ['résultat(s) bluffant(s)', 'résultat(s) spectaculaire(s)'];
/** no-aesthetic-promotion › beaute-promise, no-comparison › oubliez-les */
export const farewell = ['adieu les'];
/** no-aesthetic-promotion › contenu-sponsorise, no-sponsored-content › hashtag-publicite */
export const adHashtags = ['#pub', '#ad', '#sponsorise'];
/** no-aesthetic-promotion › contenu-sponsorise, no-sponsored-content › partenariat-commercial */
export const commercialCollaboration = ['collaboration commerciale'];
/** no-aesthetic-promotion › contenu-sponsorise, no-sponsored-content › publication-sponsorisee */
export const sponsoredPosts = ['sponsorisé(e)(s)', 'post sponsorisé'];
/** no-aesthetic-promotion › garantie, no-unverified-claim › resultat-garanti */
export const assuredResults = ['résultat(s) assuré(s)'];
/** no-aesthetic-promotion › garantie, no-unverified-claim › sans-risque */
export const riskFree = ['sans risque(s)', 'zéro risque', 'sans danger', 'sans effet(s) secondaire(s)', '100 % naturel(le)(s)'];
/** no-aesthetic-promotion › garantie, no-unverified-claim › solution-definitive */
export const permanentResults = ['résultat(s) permanent(s)'];
/** no-aesthetic-promotion › incitation, no-promotional-wording › foncez */
export const giveIn = ['craquez'];
/** no-aesthetic-promotion › incitation, no-promotional-wording › revolutionnaire */
export const mustHave = ['le must'];
/** no-aesthetic-promotion › offert, no-price-promotion › gratuit-offert */
export const freeGifts = ['offert(e)(s)', '🎁'];
/** no-aesthetic-promotion › offre, no-price-promotion › evenement-commercial */
export const salesEvents = ['black friday', 'spécial étudiant(e)s', 'offre(s) de lancement', 'offre(s) du moment'];
/** no-aesthetic-promotion › offre, no-price-promotion › fidelite-concours */
export const packagesAndContests = ['forfait(s) {n} séances', 'forfait(s) de {n} séances', 'pack(s) {n} séances', 'pack(s) de {n} séances', 'forfait minceur', 'jeu(x) concours', 'jeu(x)-concours', 'tirage(s) au sort'];
/** no-aesthetic-promotion › offre, no-price-promotion › gain */
export const toWin = ['à gagner'];
/** no-aesthetic-promotion › offre, no-price-promotion › parrainage */
export const referral = ['parrainage', 'parrainez'];
/** « moitié moins cher »: a price cut (no-price-promotion) and, against other prices, a comparison (no-comparison). */
export const halfAsDear = ['moitié moins cher(s)', 'moitié moins chère(s)'];
/** no-aesthetic-promotion › offre, no-price-promotion › prix-casse */
export const cutPrices = ['prix cassé(s)', 'petit(s) prix', 'tarif étudiant', 'tarif étudiants', 'tarifs étudiant', 'tarifs étudiants'];
/** no-aesthetic-promotion › offre, no-price-promotion › promotion */
export const promotionOffers = ['bon(s) cadeau', 'code promo', 'soldes', 'offre(s) spéciale(s)', 'offre(s) découverte', 'offre(s) flash', 'offre(s) de bienvenue', 'code(s) de réduction', 'vente(s) flash'];
/** no-aesthetic-promotion › offre, no-price-promotion › reduction */
export const promoWords = ['promo(s)', 'promotion(s)'];
/** no-aesthetic-promotion › offre, no-promotional-wording › accroche */
export const bookNow = ['réservez dès maintenant'];
/** no-aesthetic-promotion › offre, no-promotional-wording › derniere-chance */
export const lastPlaces = ['dernières places'];
/** no-aesthetic-promotion › offre, no-promotional-wording › exclusivite */
export const exclusiveOffers = ['offre(s) exclusive(s)'];
/** no-aesthetic-promotion › offre, no-promotional-wording › foncez */
export const bookFast = ['réservez vite'];
/** no-aesthetic-promotion › offre, no-promotional-wording › places-limitees */
export const limitedPlaces = ['places limitées'];
/** no-aesthetic-promotion › partenariat, no-sponsored-content › en-partenariat-avec */
export const collaborationWith = ['en collaboration avec'];
/** no-aesthetic-promotion › rapidite, no-unverified-claim › resultat-immediat */
export const singleSession = ['en une séance', 'en une seule séance'];
/** no-aesthetic-promotion › sans-chirurgie, no-unverified-claim › sans-douleur */
export const painFree = ['sans douleur', 'indolore(s)'];
/** no-aesthetic-promotion › sans-chirurgie, no-unverified-claim › sans-risque */
export const scarFree = ['sans cicatrice(s)'];
/** no-aesthetic-promotion › incitation (its own copy), no-promotional-wording › offrez-vous */
export const treatYourself = ['offrez-vous', 'offre-toi', 'faites-vous plaisir', 'fais-toi plaisir'];
/** no-before-after › resultat-visuel, no-promotional-wording › excellent */
export const spectacular = ['spectaculaire(s)'];
/** no-care-incitement › attendre, no-comparison › oubliez-les */
export const whyWait = ['pourquoi attendre'];
/** no-comparison › oubliez-les, no-promotional-wording › accroche */
export const fedUpWith = ['marre des'];
/** no-price-promotion › prix-casse, no-sponsored-content › partenariat-commercial */
export const discountCodeEs = ['código de descuento'];
/** no-promotional-wording › plebiscite, no-testimonial › ils-nous-font-confiance */
export const theyTrustUs = ['ils nous font confiance', 'ils nous ont fait confiance'];
/** no-promotional-wording › plebiscite, no-testimonial › patients-satisfaits */
export const satisfiedPatients = ['patient(e)s satisfait(e)s', 'patient(e)s conquis(es)', 'client(e)s satisfait(e)s'];
/** no-promotional-wording › plebiscite, no-testimonial › statistique-satisfaction */
export const satisfactionRate = ['taux de satisfaction'];

/** no-aesthetic-promotion › criticism, no-price-promotion › criticismCues: an offer told as a scandal or a complaint */
export const outcry = ['tollé', 'déposer plainte', 'porter plainte', 'dépose plainte', 'porte plainte', 'déposé plainte', 'porté plainte'];

/** no-aesthetic-promotion › prix-bas, no-price-promotion › bon-marche: cheapness (of care, a country, a material) */
export const lowCost = ['bon marché', 'low cost', 'à bas coût', 'bas coûts', 'à moindre coût', 'à moindres coûts'];
/** no-aesthetic-promotion › prix-bas, no-price-promotion › moins-cher: a price set below another */
export const cheaper = ['moins cher(s)', 'moins chère(s)'];

// --- Nouns and places several rules read (self-praise binds to them, comparisons compare with them) ---

/** Practitioners and establishments: what self-praise praises and what a comparison compares with. */
export const practiceNouns = [
  'réseau(x)', 'groupe(s)', 'maison(s) de naissance', 'medispa', 'plateforme(s)', 'pôle(s)', 'maternité(s)',
  'cabinet(s)', 'centre(s)', 'clinique(s)', 'polyclinique(s)', 'institut(s)', 'pharmacie(s)', 'officine(s)', 'maison(s) de santé',
  'hôpital', 'hôpitaux', 'établissement(s)', 'structure(s)', 'chu', 'praticien(ne)(s)', 'médecin(s)', 'docteur(s)', 'dr',
  'généraliste(s)', 'spécialiste(s)', 'dentiste(s)', 'chirurgien(ne)(s)', 'kiné(s)', 'kinésithérapeute(s)', 'ostéo(s)',
  'ostéopathe(s)', 'sage(s)-femme(s)', 'infirmier(s)', 'infirmière(s)', 'idel', 'podologue(s)', 'pédicure(s)',
  'orthodontiste(s)', 'dermato(s)', 'dermatologue(s)', 'ophtalmo(s)', 'ophtalmologue(s)', 'gynéco(s)', 'gynécologue(s)',
  'radiologue(s)', 'cardiologue(s)', 'pédiatre(s)', 'orthophoniste(s)', 'pharmacien(ne)(s)', 'confrère(s)', 'consœur(s)',
  'professionnel(le)(s)', 'pro(s)', 'partenaire(s)', 'équipe(s)', 'team', 'duo', 'trio', 'binôme(s)', 'soignant(e)(s)', 'expert(e)(s)',
];

/** What a practice offers: methods, care, equipment, results, premises. */
export const offerNouns = [
  'méthode(s)', 'technique(s)', 'approche(s)', 'protocole(s)', 'soin(s)', 'prise(s) en charge', 'accompagnement(s)', 'suivi',
  'accueil', 'service(s)', 'prestation(s)', 'expertise(s)', 'savoir-faire', 'expérience(s)', 'résultat(s)', 'réussite(s)',
  'transformation(s)', 'matériel(s)', 'équipement(s)', 'appareil(s)', 'machine(s)', 'technologie(s)', 'plateau technique',
  'laser(s)', 'échographe(s)', 'scanner(s)', 'irm', 'fauteuil(s)', 'outil(s)', 'instrument(s)', 'dispositif(s)', 'cadre', 'lieu', 'adresse(s)', 'endroit', 'espace(s)', 'locaux', 'concept', 'offre(s)', 'ambiance', 'salle(s)',
  // the practice's abilities and standing: "compétences reconnues", "une qualité irréprochable"
  'compétence(s)', 'qualité(s)', 'talent(s)', 'réputation', 'savoir(s)',
];

/** Places after "unique en …", "premier centre de …" (a capitalised name also counts). */
export const placeWords = [
  'france', 'europe', 'monde', 'région', 'département', 'ville', 'quartier', 'secteur', 'agglomération', 'agglo', 'métropole',
  'territoire', 'canton', 'commune', 'coin', 'environs', 'alentours', 'hexagone', 'pays', 'ouest', 'sud', 'nord', 'est',
];

/** no-testimonial › praise, no-sponsored-content › recommande-marque (a patient recommends a practice; a practitioner a brand) */
export const iRecommend = ['je recommande', 'je vous recommande'];
/** Context, not entries: the profession's rules laid out (« contraire à la déontologie », « incompatible avec l'exercice »).
 *  no-price-promotion › prohibitionCues, no-sponsored-content › refusalOrTeaching */
export const professionRules = ['contraire(s) à la déontologie', 'contraire(s) au code de déontologie', 'incompatible(s) avec l\'exercice', 'incompatible(s) avec la déontologie'];
