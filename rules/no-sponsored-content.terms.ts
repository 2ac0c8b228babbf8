// DATA ONLY: the vocabulary of paid visibility and brand promotion (DOMAIN.md §2.h). Add forms here, never code.
import type { TermEntry } from '../src/rule-kit.js';
import * as S from './shared.terms.js';

export interface SponsoredTerm extends TermEntry {
  /** 'paid': paid visibility of the practice (ads, boosted posts, bought keywords);
   * 'brand': promotion of a brand or product (partnerships, gifts, affiliate links, promo codes);
   * 'partner': "en partenariat avec …", a brand promotion when the partner named next is a brand;
   * 'sponsor': "sponsorisé par …", "partenaire de notre cabinet", paid promotion unless a public body or care organisation is named;
   * 'gift': "produit offert", a brand promotion when the sentence names a brand or thanks a sender;
   * 'endorse': "mon coup de cœur", "je recommande", "disponible en officine": a brand promotion when the sentence names
   *   a brand (a capitalised or CamelCase name, an @handle, « la marque ») and a product. */
  kind: 'paid' | 'brand' | 'partner' | 'sponsor' | 'gift' | 'endorse';
}

const ORGANIC = ['publication'];
const NO_BRAND = ['Conseil sans marque ni partenariat'];

export const sponsoredTerms: SponsoredTerm[] = [
  {
    id: 'publication-sponsorisee',
    kind: 'paid',
    terms: [
      ...S.sponsoredPosts, 'post sponsorisés', 'posts sponsorisé', 'posts sponsorisés', 'sponsoriser', 'sponsorisons', 'sponsorisez', 'sponsoring', 'contenu(s) sponsorisé(s)',
      'publication(s) sponsorisée(s)', 'lien(s) sponsorisé(s)', 'annonce(s) sponsorisée(s)', 'campagne(s) sponsorisée(s)',
      'publicité(s) payante(s)', 'publicité(s) ciblée(s)', 'campagne(s) publicitaire(s)', 'campagne(s) de publicité', 'campagne(s) de pub', 'promouvoir la publication',
      'publicité(s) facebook', 'publicité(s) instagram', 'publicité(s) google', 'publicité(s) tiktok', 'publicité(s) meta',
      'campagne(s) facebook', 'campagne(s) instagram', 'campagne(s) google', 'campagne(s) tiktok', 'campagne(s) meta',
      'campagne(s) linkedin', 'pub(s) facebook', 'pub(s) instagram', 'référencement prioritaire', 'visibilité payante',
      'annonce(s) payante(s)', 'lien(s) payant(s)', 'encart(s) publicitaire(s)', 'encart(s) payant(s)', 'espace(s) publicitaire(s)',
      'promouvoir cette publication', 'promouvoir notre page', 'mise en avant payante', 'mis(e) en avant contre paiement',
      // Québec French says « commandité » where France says « sponsorisé »
      'commandité(e)(s)', 'contenu(s) commandité(s)', 'publication(s) commanditée(s)', 'publicité(s) commanditée(s)',
      'publi-communiqué(s)', 'publicommuniqué(s)', 'publi-info(s)', 'publireportage(s)', 'publi-reportage(s)', 'publi-rédactionnel(s)', 'publi-information(s)', 'publirédactionnel(s)',
      'fiche premium', 'insertion(s) payante(s)', 'annuaire(s) payant(s)', 'bannière(s) publicitaire(s)', 'liens commerciaux',
      'visibilité boostée', 'visibilité sponsorisée', 'article(s) partenaire(s)', 'contenu(s) partenaire(s)', 'contenu(s) de marque',
      // ads named by their network or by their payment (« nos annonces Google », « annonce payée par la clinique »)
      'annonce(s) google', 'annonce(s) facebook', 'annonce(s) instagram', 'annonce(s) meta', 'annonce(s) tiktok', 'pub(s) google', 'pub(s) tiktok',
      'pub(s) meta', 'publicité(s) sur google', 'publicité(s) sur facebook', 'publicité(s) sur instagram', 'publicité(s) sur les réseaux',
      'pub(s) sur facebook', 'pub(s) sur instagram', 'pub(s) sur google', 'annonce(s) payée(s)', 'publication(s) payée(s)', 'post(s) payé(s)',
      'contenu(s) payé(s)', 'article(s) payé(s)', 'article(s) sponsorisé(s)', 'billet(s) sponsorisé(s)', 'vidéo(s) sponsorisée(s)',
      // English and Spanish posts (meta.alsoReads)
      'sponsored', 'sponsored post', 'sponsored content', 'promoted post', 'paid ad(s)', 'paid advertising', 'boosted post',
      'patrocinado(s)', 'patrocinada(s)', 'contenido patrocinado', 'publicación patrocinada', 'publicidad pagada', 'anuncio(s) patrocinado(s)',
    ],
    patterns: [
      // "ce post est boosté", "on booste cette publication", "publication boostée": a paid boost, not "booster l'immunité"
      /(?:post|posts|publication|publications|page|annonce|annonces|story|stories|video|videos|reel|reels|contenu|visibilite|compte|statut)\s+(?:est\s+|sont\s+|a\s+ete\s+|ont\s+ete\s+|sera\s+)?boost(?:e|ee|es|ees)(?![\p{L}])/u,
      /(?<![\p{L}])boost(?:er|ons|ez|e|es|ent|ee|ees|erons|erai|é)?\s+(?:cette|ce|cet|la|le|notre|nos|mon|ma|mes|les)\s+(?:\p{L}+\s+)?(?:post|posts|publication|publications|publi|publis|page|annonce|annonces|story|video|reel|contenu|visibilite|compte|offre|message)(?![\p{L}])/u,
    ],
    suggestions: ORGANIC,
  },
  {
    // Bought space in the media (« des spots radio », « de la publicité dans des magazines », « une campagne
    // d'affichage »). Exact: « magasines », « affichages » have real one-edit neighbours.
    id: 'espace-achete',
    kind: 'paid',
    exact: true,
    terms: [
      'spot(s) radio', 'spot(s) publicitaire(s)', 'spot(s) télé', 'publicité(s) dans les magazines', 'publicité(s) dans des magazines',
      'publicité(s) dans la presse', 'publicité(s) à la radio', 'publicité(s) à la télévision', 'encart(s) dans la presse', 'campagne(s) d\'affichage',
      'affichage(s) publicitaire(s)', 'agence de communication', 'agence de publicité',
    ],
    suggestions: ORGANIC,
  },
  {
    id: 'referencement-payant',
    kind: 'paid',
    terms: [
      'google ads', 'google adwords', 'adwords', 'meta ads', 'facebook ads', 'instagram ads', 'tiktok ads', 'linkedin ads', 'snapchat ads',
      'bing ads', 'microsoft ads', 'référencement payant', 'référencement sponsorisé', 'achat de mots-clés', 'achat de mots clés',
      'mots-clés achetés', 'acheter des mots-clés', 'achetons des mots-clés', 'acheté des mots-clés', 'référencement sea', 'campagne sea',
      'stratégie sea', 'mots-clés payés', 'mots-clés payants', 'mots-clés sponsorisés', 'en tête sur google', 'premier(s) sur google maps', 'trouvez-nous en premier', 'en tête des résultats google', 'en tête des résultats de recherche',
      'en tête des recherches', 'en première position sur google', 'premier sur google', 'première page de google',
    ],
    patterns: [
      // "apparaître en premier sur Google", "apparaissons en tête des résultats": search ranking, not "le symptôme qui apparaît en premier"
      /pay\p{L}*\s+pour\s+(?:appara\p{L}*|etre\s+(?:vus?|visibles?|en\s+tete|en\s+premier|mieux\s+reference\p{L}*)|booster|promouvoir|sponsoriser)(?![\p{L}])/u,
      /appar\p{L}*\s+(?:desormais\s+|maintenant\s+|toujours\s+|enfin\s+|aussi\s+)?en\s+(?:premier|premiere\s+position|tete|haut)\s+(?:sur|dans|des|de|du)\s+(?:google|les\s+recherches|les\s+resultats|resultats|recherches|la\s+recherche|internet|doctolib|la\s+liste|pagesjaunes|pages\s+jaunes|l'annuaire|les\s+annuaires|maps|google\s+maps|bing|yelp)/u,
      // a listing made prominent by a paid plan (« notre fiche est mise en avant grâce à l'option payante »)
      /(?:mise?s?\s+en\s+avant|en\s+tete|en\s+premier|en\s+premiere\s+position|visibilite)\s+(?:[\p{L}'-]+\s+){0,4}?(?:l')?(?:option|abonnement|formule|offre|pack)\s+(?:payante?|premium|sponsorisee?|boost|visibilite)(?![\p{L}])/u,
      // seen before the other practices (« nous investissons … pour être vus avant les autres cabinets »): priority referencing
      /pour\s+(?:etre|apparaitre|arriver|passer|ressortir|figurer)\s+(?:vus?\s+|vues?\s+|visibles?\s+|reference(?:e|s|es)?\s+)?(?:avant|devant)\s+(?:les\s+autres|nos\s+confreres|nos\s+consoeurs|nos\s+concurrents|la\s+concurrence|les\s+confreres|les\s+concurrents)(?![\p{L}])/u,
    ],
    suggestions: ['présence dans l’annuaire santé d’ameli.fr'],
  },
  {
    id: 'hashtag-publicite',
    kind: 'brand',
    terms: [...S.adHashtags, '#sponsorisée', '#ads', '#publicité', '#sponsored', '#sponso', '#partenariat', '#partenaire', '#collab', '#gifted', '#affiliation', '#affilié', '#ambassadeur', '#ambassadrice', '#placementdeproduit', '#partnership', '#paidpartnership',
      '#sp', '#spon', '#advertisement', '#ambassador', '#publi', '#publicidad', '#colaboracion', '#patrocinado', '#commandité', '#partner'],
    suggestions: NO_BRAND,
  },
  {
    // a brand's press event attended or a trip it paid (« invitée à la présentation des nouveautés », « voyage presse »):
    // the rewording is a neutral event of the same gender (« à la soirée presse » → « à la conseil sans marque » read as
    // nonsense), the brand's name is the writer's to drop.
    id: 'evenement-de-marque',
    kind: 'brand',
    terms: ['présentation des nouveautés', 'soirée presse', 'soirée de lancement'],
    suggestions: ['réunion d’information'],
  },
  {
    id: 'voyage-de-marque',
    kind: 'brand',
    terms: ['lancement presse', 'voyage presse', 'press trip'],
    suggestions: ['déplacement professionnel'],
  },
  {
    id: 'partenariat-commercial',
    kind: 'brand',
    terms: [
      ...S.commercialCollaboration, ...S.discountCodeEs, 'collaboration rémunérée', 'collab rémunérée', 'partenariat rémunéré', 'partenariat commercial',
      'partenariat sponsorisé', 'partenariat payant', 'placement de produit', 'placement(s) de produits', 'lien(s) affilié(s)',
      'lien(s) d\'affiliation', 'code affilié', 'programme d\'affiliation', 'ambassadeur de la marque', 'ambassadrice de la marque',
      'offert(e)(s) par la marque', 'offert(e)(s) par le laboratoire', 'cadeau de la marque', 'coffret(s) offert(s)',
      'invité(e)(s) par la marque', 'invité(e)(s) par le laboratoire', 'à l\'invitation de la marque', 'à l\'invitation du laboratoire',
      'merci à la marque', 'merci au laboratoire', 'envoyé(e)(s) par la marque', 'mon code promo', 'mon code de réduction',
      'code promo en bio', 'contenu(s) rémunéré(s)', 'post(s) rémunéré(s)', 'publication(s) rémunérée(s)', 'vidéo(s) rémunérée(s)',
      'reçu(e)(s) gracieusement', 'envoyé(e)(s) gracieusement', 'grâce à ma collaboration avec', 'grâce à notre collaboration avec',
      'en collaboration rémunérée', 'notre partenaire la marque', 'travaille avec la marque', 'travaille avec le laboratoire',
      'collabore avec la marque', 'collabore avec le laboratoire', 'partenaire(s) de la marque', 'partenaire(s) du laboratoire', 'partenaire(s) des laboratoires', 'égérie de la marque',
      'revendeur(s) agréé(s)', 'revendeur(s) officiel(s)', 'distributeur(s) officiel(s)', 'distributeur(s) agréé(s)', 'dépositaire(s) agréé(s)',
      'dépositaire(s) officiel(s)', 'lien d\'affilié', 'liens d\'affiliés', 'via mon lien', 'code ambassadeur', 'code ambassadrice', 'programme ambassadeur',
      'commission sur les ventes', 'en échange de visibilité', 'en échange de stories', 'en échange d\'une story', 'en échange de publications',
      'en échange d\'une publication', 'en échange d\'un post', 'en échange de posts', 'en échange d\'un avis',
      // English and Spanish posts (meta.alsoReads)
      'referral link', 'my referral link', 'commission on every sale', 'earn commission', 'coupon code to share', 'affiliate program',
      'paid partnership', 'paid partnership with', 'in paid partnership', 'pr package', 'affiliate link(s)', 'use my code', 'my discount code',
      'my promo code', 'brand ambassador', 'in exchange for a post', 'in exchange for a story', 'in exchange for stories',
      'colaboración pagada', 'colaboración remunerada', 'enlace de afiliado', 'enlaces de afiliado(s)', 'mi código de descuento', 'mi código promocional',
      'embajadora de la marca', 'embajador de la marca', 'a cambio de publicidad', 'a cambio de visibilidad',
      // paid by the brand, said outright (« rémunérée par la marque pour ce post »)
      'rémunéré(e)(s) par la marque', 'rémunéré(e)(s) par le laboratoire', 'rémunéré(e)(s) par les laboratoires', 'payé(e)(s) par la marque',
      'payé(e)(s) par le laboratoire', 'rémunéré(e)(s) pour ce post', 'rémunéré(e)(s) pour cette vidéo', 'payé(e)(s) pour ce post',
      'payé(e)(s) pour cette vidéo', 'payé(e)(s) pour en parler', 'rémunéré(e)(s) pour en parler', 'colis presse', 'box presse', 'pr box',
      'merci aux laboratoires', 'je remercie la marque', 'je remercie le laboratoire', 'je remercie les laboratoires', 'code parrainage',
      'mon code de parrainage', 'mon lien de parrainage', 'lien de parrainage', 'paid by the brand', 'link in bio to shop', 'usa mi código', 'con mi código', 'with my code',
    ],
    patterns: [
      // (round 13) the links said to be affiliate links, words between: « plusieurs liens de cette page sont affiliés »,
      // « les liens ci-dessous sont des liens affiliés » (not « aucun lien n'est affilié »: the negation filter)
      /(?<![\p{L}])liens?\s+(?:[\p{L}'-]+\s+){0,4}?(?:sont|est)\s+(?:des\s+liens\s+)?(?:affilie(?:e|s|es)?|d'affiliation|sponsorise(?:e|s|es)?|remuneres?)(?![\p{L}])/u,
      // "Merci à Cosmedia pour l'envoi de leur gamme", "merci @nutribaby pour ce coffret" — not "merci à mes patients pour ce cadeau"
      /merci\s+(?:(?:a|au|aux)\s+|@)(?!(?:mes|nos|tous|toutes|vous|toi|celles|ceux|chacun|chacune|mon|ma|notre|votre|vos)(?![\p{L}]))(?:@?[\p{L}\p{N}&'._-]+\s+){1,3}pour\s+(?:l'envoi|ce\s+coffret|ces\s+echantillons|ce\s+cadeau|ce\s+colis|les\s+echantillons|ces\s+produits|ce\s+produit|cette\s+box)/u,
      // the same thanks with an adjective or a possessive (« merci @kinezen pour ce joli colis », « pour leur nouvelle gamme »; a
      // « cadeau » alone may be a patient's),
      // or for what the sender did (« merci à Dentaleo de m'avoir fait découvrir leur fil dentaire »)
      /merci\s+(?:(?:a|au|aux)\s+|@)(?!(?:mes|nos|tous|toutes|vous|toi|celles|ceux|chacun|chacune|mon|ma|notre|votre|vos)(?![\p{L}]))(?:@?[\p{L}\p{N}&'._-]+\s+){1,3}pour\s+(?:ce|cette|ces|le|la|les|leur|leurs|l'|son|sa|ses)\s*(?:(?:joli|jolie|jolis|jolies|superbe|superbes|beau|belle|beaux|belles|nouveau|nouvelle|nouveaux|nouvelles|adorable|genereux|genereuse|magnifique)\s+)?(?:colis|coffret|coffrets|box|envoi|echantillons?|produits?|gamme|nouveaute|nouveautes|serum|creme|kit|package|goodies)(?![\p{L}])/u,
      /merci\s+(?:(?:a|au|aux)\s+|@)(?!(?:mes|nos|tous|toutes|vous|toi|celles|ceux|chacun|chacune|mon|ma|notre|votre|vos)(?![\p{L}]))(?:@?[\p{L}\p{N}&'._-]+\s+){1,3}(?:de|d')\s*m'avoir\s+(?:envoye|offert|fait\s+(?:decouvrir|tester|parvenir|essayer)|gate|invite\p{L}*)(?![\p{L}])/u,
      // the brand as the sender: « la gamme que la marque m'a gentiment envoyée », « le laboratoire m'a offert »
      // (round 10: not a medical laboratory sending what it sends patients, « le laboratoire m'a envoyé mes résultats »)
      /(?:la\s+marque|le\s+laboratoire|les\s+laboratoires|le\s+labo|l'enseigne|@[\p{L}\p{N}._-]+)\s+(?:[\p{L}'-]+\s+){0,2}?(?:m'|me\s+(?:l'|les\s+|la\s+|le\s+)?|nous\s+(?:l'|les\s+|la\s+|le\s+)?|nous\s+a\s+|m'en\s+)(?:a|ont)\s+(?:(?:gentiment|genereusement|aimablement|gracieusement|recemment)\s+)?(?:envoye\p{L}*|offert\p{L}*|fait\s+parvenir|fait\s+(?:decouvrir|tester|essayer)|prete\p{L}*|invite\p{L}*)(?![\p{L}])(?!\s+(?:mes|mon|ma|nos|notre|vos|votre|les|le|la|l')\s*(?:resultats?|analyses?|comptes?[\s-]rendus?|bilans?|dossiers?|factures?|convocations?|ordonnances?|prelevements?)(?![\p{L}]))/u,
      // a working tie with a brand, whatever comes in between (« je travaille depuis un an avec la marque »)
      /(?:travaille|travaillons|travaillent|collabore|collaborons|bosse)\s+(?:[\p{L}\p{N}'-]+\s+){1,4}?avec\s+(?:la\s+marque|le\s+laboratoire|les\s+laboratoires|l'enseigne)(?![\p{L}])/u,
      // the same with brands in general (« je travaille chaque mois avec plusieurs marques »)
      /(?:travaille|travaillons|collabore|collaborons|bosse|travailler|collaborer|collaborais|collaborions|travaillais)\s+(?:[\p{L}\p{N}'-]+\s+){0,4}?avec\s+(?:des|plusieurs|quelques|de\s+(?:nombreuses|grandes|belles|petites))\s+(?:marques|labos|laboratoires|enseignes)(?![\p{L}])/u,
      // a brand supplying the products shown (« une enseigne me fournit des produits que je présente »)
      /(?:marque|marques|enseigne|enseignes|laboratoire|laboratoires|labo|partenaire|partenaires)\s+(?:me|nous)\s+(?:fourni\p{L}*|envoi\p{L}*|offr\p{L}*|pret\p{L}*|procur\p{L}*)(?![\p{L}])/u,
      // (issue #7) a price per publication: « 15 € par story », « 200 euros le post », « 50 € pour chaque vidéo »
      /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s?(?:€|euros?|eur)\s+(?:par|le|la|les|pour\s+(?:un|une|chaque))\s+(?:posts?|story|stories|publications?|videos?|reels?|articles?|mentions?|placements?)(?![\p{L}])/u,
      // (issue #7) approached by a brand, and the deal accepted: « contactée par la marque… j'ai accepté le partenariat »
      /(?:contacte|contactee|contactes|contactees|demarche|demarchee|sollicite|sollicitee|approche|approchee)\s+par\s+(?:la|une|cette|plusieurs|des)\s+(?:marques?|laboratoires?|labos?|enseignes?|agences?(?:\s+de\s+(?:communication|influence|pub))?)(?![\p{L}])|(?:accepte|accepter)\s+(?:le|ce|leur|son)\s+(?:partenariat|contrat\s+de\s+partenariat|collaboration)(?![\p{L}])/u,
      // barter: « en échange de quelques stories » (not « contre une publication trompeuse »: « contre » is mostly opposition)
      /en\s+echange\s+(?:de\s+|d')?(?:(?:quelques|plusieurs|une|un|des|deux|trois|\d+|mes|ma|mon)\s+)?(?:stories|story|posts?|publications?|reels?|videos?|mentions?|identifications?|tags?)(?![\p{L}])/u,
      // paid by a brand, said as a relative clause (« le produit d'une marque qui la rémunère », « un labo qui me paie »)
      /(?:marque|marques|laboratoire|laboratoires|labo|labos|entreprise|societe|fabricant|enseigne)\s+qui\s+(?:me|m'|te|t'|la|le|l'|les|nous|vous|lui|leur)\s*(?:remunere\p{L}*|pai\p{L}*|paye\p{L}*|sponsoris\p{L}*|financ\p{L}*|commandit\p{L}*)(?![\p{L}])/u,
      // (round 8) paid by a brand, said in the first person as a fact: « la marque me rémunère pour chaque story », « je
      // touche une commission sur chaque vente », « payée pour parler de cette crème »
      /(?:marque|marques|laboratoire|laboratoires|labo|labos|enseigne|fabricant|partenaire)\s+(?:me|m'|nous)\s*(?:remunere\p{L}*|pai(?:e|ent)|paye(?:nt)?|verse(?:nt)?\s+(?:une|un|des|\d))(?![\p{L}])/u,
      /(?<![\p{L}])(?:je|j'|on|nous)\s*(?:touche|touchons|percois|percevons|gagne|gagnons|recois|recevons)\s+(?:(?:une|un|des|ma|mon|notre|nos)\s+)?(?:petite?\s+)?(?:commissions?|pourcentages?|retrocessions?)(?![\p{L}])/u,
      /(?<![\p{L}])(?:suis|sommes|ai\s+ete|avons\s+ete)\s+(?:(?:bien|grassement|aussi)\s+)?(?:paye|payee|payes|payees|remunere|remuneree|remuneres|remunerees)\s+pour\s+(?:parler|promouvoir|presenter|recommander|mettre\s+en\s+avant|faire\s+la\s+promotion)(?![\p{L}])/u,
      // working for a brand as its trainer or expert (« formatrice pour le laboratoire », « injecteur expert de la marque »)
      /(?:formateur|formatrice|formateurs|formatrices|consultant|consultante|speaker|expert|experte|leader\s+d'opinion|egerie|porte-parole)\s+(?:[\p{L}'-]+\s+){0,2}?(?:pour|de|chez|aupres\s+de|agree\p{L}*\s+par|certifie\p{L}*\s+par)\s+(?:la\s+marque|le\s+laboratoire|les\s+laboratoires|l'enseigne|@[\p{L}\p{N}._-]+)(?![\p{L}])/u,
      // a brand's founder or head quoted beside the care advice (« explique X, cofondateur de la marque Y »)
      /(?<![\p{L}])(?:co-?fondat(?:eur|rice)s?|fondat(?:eur|rice)s?|pdg|ceo|directeur\s+general|directrice\s+generale|dirigeant\p{L}*)\s+(?:de\s+la\s+marque|du\s+laboratoire|de\s+la\s+start-?up|de\s+l'entreprise)\s+\p{L}/u,
      // a practice ranked in a laboratory's network (« l'un des centres pionniers du laboratoire X », « cabinet référent de la marque »)
      /(?<![\p{L}])(?:centres?|cliniques?|cabinets?|praticiens?|praticiennes?|medecins?|injecteurs?|injectrices?)\s+(?:pionni(?:er|ere)s?|referents?|experts?|partenaires?|agrees?|certifies?|formateurs?|formatrices?)\s+(?:du|de\s+la|des)\s+(?:laboratoire|laboratoires|labo|marque|groupe\s+pharmaceutique)(?![\p{L}])/u,
      // invited by a brand (« invitée par le laboratoire à son séminaire »)
      /invit(?:e|ee|es|ees|ation)\s+(?:par|de)\s+(?:la\s+marque|le\s+laboratoire|les\s+laboratoires|l'enseigne|@[\p{L}\p{N}._-]+)(?![\p{L}])/u,
      // thanks to a brand or a laboratory, whatever the adverb (« je remercie chaleureusement les laboratoires X »)
      /(?:je\s+remercie|nous\s+remercions|merci(?:\s+beaucoup|\s+infiniment)?|mille\s+mercis?|un\s+(?:grand|immense|enorme|gros)\s+merci)\s+(?:(?:chaleureusement|sincerement|vivement|encore|infiniment|beaucoup|tout\s+particulierement)\s+)?(?:a\s+|aux\s+|au\s+)?(?:la\s+marque|les?\s+laboratoires?|le\s+labo|les\s+labos|l'enseigne|nos\s+partenaires\s+(?:commerciaux|industriels)|notre\s+partenaire\s+(?:commercial|industriel))(?![\p{L}])/u,
      // invited by a brand to a launch or a trip (« invitée au lancement du nouveau laser de la marque X »)
      /invit(?:e|ee|es|ees|ation)\s+(?:[\p{L}'-]+\s+){0,2}?(?:a|au|aux|pour)\s+(?:la\s+|le\s+|l')?(?:lancement|soiree|evenement|seminaire|voyage|presentation|decouverte|journee\s+presse|petit-dejeuner\s+presse)(?:\s+[\p{L}'-]+){0,6}?\s+(?:de\s+la\s+marque|du\s+laboratoire|des\s+laboratoires|de\s+l'enseigne|@[\p{L}\p{N}._-]+)(?![\p{L}])/u,
      // English thanks for a gift: "Thanks @glowlab for sending me…"
      /(?:thanks|thank\s+you)\s+(?:so\s+much\s+)?(?:to\s+)?@?[\p{L}\p{N}&._-]+\s+(?:[\p{L}]+\s+){0,2}?for\s+(?:sending|gifting|the\s+(?:gift|pr|package|box|samples))(?![\p{L}])/u,
      // "lien en bio pour commander", "lien en bio pour profiter de -20 %" — not "lien en bio pour prendre rendez-vous"
      // (the order may turn round: « le lien pour commander est dans ma bio »)
      /lien\s+pour\s+(?:acheter|commander|shopper|profiter|beneficier|vous\s+procurer)\s+(?:[\p{L}'-]+\s+){0,4}?(?:en|dans\s+(?:la|ma))\s+bio(?![\p{L}])/u,
      // a brand choosing the practitioner to show its product (« Nomdemarque m'a fait confiance pour présenter sa nouvelle gamme »)
      /(?:m'|nous\s+)(?:a|ont)\s+(?:fait\s+confiance|choisie?s?|sollicitee?s?)\s+pour\s+(?:presenter|tester|promouvoir|faire\s+decouvrir|representer)\s+(?:leur|leurs|sa|son|ses)\s+(?:[\p{L}-]+\s+){0,2}?(?:gamme|produit|serum|creme|marque|collection|complement|appareil|dispositif|brosse|dentifrice|soin|nouveaute)s?(?![\p{L}])/u,
      // thanks to a sender for something given (« un grand merci à Nomdemarque pour ces brosses à dents offertes »)
      /merci\s+(?:beaucoup\s+)?(?:(?:a|au|aux)\s+|@)(?!(?:mes|nos|tous|toutes|vous|toi|celles|ceux|chacun|chacune|mon|ma|notre|votre|vos|la\s+mairie|l'equipe)(?![\p{L}]))(?:@?[\p{L}\p{N}&'._-]+\s+){1,3}pour\s+(?!(?:[\p{L}'-]+\s+){0,2}(?:colis|coffrets?|echantillons?|box|cadeaux?|produits?)(?![\p{L}]))(?:[\p{L}'-]+\s+){1,5}?offert(?:e|s|es)?(?![\p{L}])/u,
      // (« le lien est en bio pour commander »)
      /lien\s+(?:est\s+|se\s+trouve\s+|dispo\s+|disponible\s+)?(?:en|dans\s+(?:la|ma))\s+bio\s+pour\s+(?:acheter|commander|profiter|beneficier|decouvrir\s+(?:la|leur|leurs|le|les)\s+(?:marque|gamme|produit))/u,
      // "ambassadeur/ambassadrice de <marque>", "je suis ambassadrice": not "ambassadrice de la campagne / du don du sang"
      // Manufacturer tiers: "Diamond Provider", "Platinum Partner", "injecteur Gold": volume programmes of a brand.
      /(?<![\p{L}])(?:diamond|platinum|platine|gold|silver|elite|black\s+diamond|premier|top)\s*\+?\s+(?:provider|doctor|partner|injecteur|injector)s?(?![\p{L}])/u,
      /(?<![\p{L}])(?:provider|injecteur|injector)s?\s+(?:certifie|agree|officiel|certified|official)\p{L}*(?![\p{L}])/u,
      // certified by, partner or expert of a trademark (« cabinet certifié Alinea® », « centre expert Lumis™ »)
      /(?<![\p{L}])(?:certifie|agree|accredite|labellise|partenaire|ambassad(?:eur|rice)|expert|experte)\p{L}*\s+(?:par\s+|de\s+|du\s+|des\s+)?(?:la\s+marque\s+|le\s+laboratoire\s+)?[\p{L}\p{N}-]+\s*[®™]/u,
      /(?<![\p{L}])ambassad(?:eur|rice)s?(?![\p{L}])(?!\s+(?:de\s+la\s+|du\s+|des\s+|de\s+l')?(?:campagne|ligue|association|sante|prevention|don|octobre|movember|sport|ville|region|fondation|mois|semaine|journee|jeunesse))/u,
    ],
    suggestions: NO_BRAND,
  },
  {
    // A commercial website given as the place to go (« un centre spécialisé comme nomdecentre.fr », « rendez-vous sur
    // le site nomdeboutique.com pour choisir votre modèle »): an advertorial's link. Public and booking sites are cleared
    // by the public-body filter or by the exclusion below.
    id: 'site-recommande',
    kind: 'brand',
    patterns: [
      /(?<![\p{L}])(?:comme|tel\s+que|telle\s+que|tels\s+que|telles\s+que)\s+(?:le\s+site\s+)?(?:www\.)?(?!(?:doctolib|maiia|keldoc|ameli|sante|service-public|has-sante|vidal|legifrance|who|inserm|pasteur|santepubliquefrance)\.)[a-z0-9][a-z0-9-]{2,}\.(?:com|fr|net|shop|store|eu|be|ch|io|co)(?![\p{L}\p{N}])/u,
      /(?<![\p{L}])(?:rendre|rendez-vous|allez|filez|direction)\s+sur\s+(?:le\s+site\s+)?(?:www\.)?(?!(?:doctolib|maiia|keldoc|ameli|sante|service-public|has-sante|vidal|legifrance|who|inserm|pasteur|santepubliquefrance)\.)[a-z0-9][a-z0-9-]{2,}\.(?:com|fr|net|shop|store|eu|be|ch|io|co)(?![\p{L}\p{N}])(?=[^.!?\n]{0,80}(?:modeles?|produits?|gammes?|commander|acheter|boutique|choisir\s+(?:le|votre|ton)))/u,
    ],
    suggestions: NO_BRAND,
  },
  {
    id: 'en-partenariat-avec',
    kind: 'partner',
    terms: [...S.collaborationWith, 'en partenariat avec', 'en association avec', 'ma collaboration avec', 'notre collaboration avec', 'mon partenariat avec', 'notre partenariat avec', 'partenariat avec', 'offert(e)(s) par', 'avec le soutien de', 'soutenu(e)(s) par',
      'présenté(e)(s) par', 'in partnership with', 'partnered with', 'in collaboration with', 'en colaboración con', 'gracias a',
      // the short forms of influencer captions (« collab avec @marque »): commercial only when the partner is a brand
      'collab avec', 'en collab avec', 'collaboration avec', 'colaboración con', 'colab con', 'partner with', 'partnering with', 'collab with',
      'grâce au soutien de', 'grâce au soutien financier de', 'avec le soutien du', 'avec le soutien des', 'grâce au soutien du', 'avec le soutien financier du',
      // joining a brand to present its product (« ravie de m'associer à Nomdemarque pour vous présenter leur sérum »)
      'm\'associer à', 'm\'associe à', 'nous associer à', 'nous associons à', 's\'associe à', 's\'associer à', 'nous sommes associé(e)s à', 'proposé(e)(s) par', 'avec le soutien institutionnel', 'grâce au soutien institutionnel'],
    suggestions: NO_BRAND,
  },
  {
    // A product sent to the practitioner to try (« j'ai été choisie parmi un panel de testeuses pour essayer leur sérum »,
    // « le laboratoire m'a envoyé ce baume pour le tester », « on m'a proposé de tester la gamme »): a brand's gift in
    // exchange for a word about it, whatever the verdict.
    id: 'produit-a-tester',
    kind: 'brand',
    patterns: [
      // the writer picked to try it (« j'ai été choisie parmi les testeuses », « nous avons été sélectionnés pour tester »)
      /(?<![\p{L}])(?:j'ai|je\s+suis|nous\s+avons|nous\s+sommes|on\s+m'a|on\s+nous\s+a)\s+(?:ete\s+)?(?:choisi|selectionne|retenu|tire)e?s?(?:\s+au\s+sort)?\s+(?:pour\s+(?:tester|essayer)|(?:au\s+sein\s+d'\s*|(?:parmi|dans)\s+)(?:un|les|des|le)\s+(?:testeu\p{L}*|panels?))(?![\p{L}])/u,
      /(?<![\p{L}])(?:(?:m'|nous\s+)(?:a|ont)\s+(?:ete\s+)?(?:envoye|offert|propose|adresse)\p{L}*|(?:j'ai|nous\s+avons)\s+(?:bien\s+)?recu)\s+(?:[\p{L}'-]+\s+){0,5}?(?:pour|afin\s+de)\s+(?:le|la|les|l')\s*(?:tester|essayer)(?![\p{L}])/u,
      /(?<![\p{L}])(?:je\s+(?:t'|vous\s+)envoie|on\s+(?:m'|nous\s+)envoie|on\s+m'a\s+envoye)\s+(?:[\p{L}'-]+\s+){0,5}?(?:et\s+)?(?:tu|vous|je|on)\s+(?:le|la|les|l')\s*(?:testes?|testez|teste|essaies?|essayez|essaie)(?![\p{L}])/u,
      /(?<![\p{L}])(?:m'|nous\s+)(?:a|ont)\s+propose\p{L}*\s+de\s+(?:tester|essayer)\s+(?:\([^)]{0,60}\)\s*)?(?:(?:une?\s+de\s+)?(?:leur|leurs|sa|son|ses)|la|le|les)\s+(?:gamme|produit|produits|soin|soins|nouveaute|nouveautes|creme|serum|baume|complement|complements|appareils?)(?![\p{L}])/u,
      // (round 14) the writer invited by a practice or a brand to try its care, or for a stay: « la clinique m'avait invitée à
      // essayer un de ses soins », « nous avons été invités à passer trois nuits aux thermes »
      /(?<![\p{L}])(?:(?:m'|nous\s+)(?:a|ont|avait|avaient)\s+(?:gentiment\s+)?invite\p{L}*|(?:j'ai|nous\s+avons)\s+ete\s+invite\p{L}*)\s+a\s+(?:essayer|tester|decouvrir|profiter\s+d(?:e|u|es)|passer\s+(?:\d+|deux|trois|quatre|quelques|un|une)\s+(?:jours?|nuits?|semaines?|week-ends?))(?![\p{L}])/u,
    ],
    suggestions: NO_BRAND,
  },
  {
    id: 'produit-offert',
    kind: 'gift',
    terms: ['produit(s) offert(s)', 'échantillon(s) offert(s)', 'reçu(e)(s) en cadeau', 'offert(e)(s) gracieusement', 'soin(s) offert(s)', 'séance(s) offerte(s)',
      'injection(s) offerte(s)', 'intervention(s) offerte(s)', 'gifted', 'gifted by', 'regalo de', 'regalado(s)', 'regalada(s)',
      // a parcel from a sender (« petit colis reçu de @marque »): a brand's when a handle or a brand is in the sentence
      'colis reçu(s)', 'reçu(e)(s) de la part de', 'reçu(e)(s) de @', 'reçu(e)(s) gratuitement', 'envoyé(e)(s) gratuitement',
      // a gift named first (« cadeau reçu de la marque, mais mon avis reste libre »)
      'reçu(e)(s) de la marque', 'reçu(e)(s) du laboratoire', 'reçu(e)(s) du labo', 'offert(e)(s) par @'],
    suggestions: NO_BRAND,
  },
  {
    id: 'recommande-marque',
    kind: 'endorse',
    // A practitioner's endorsement of a named product: « mon coup de cœur, la crème Dermalys », « je recommande les
    // semelles Podactiv », « la gamme X, disponible en officine ». Reported only when the sentence names a brand and a
    // product (see the rule): « je recommande de boire de l'eau » names neither.
    terms: [
      ...S.iRecommend, 'mon coup de cœur', 'notre coup de cœur', 'coup(s) de cœur', 'nous recommandons', 'je conseille', 'je vous conseille',
      // the product as a pronoun (« je vous le conseille », « je les recommande »)
      'je vous le conseille', 'je vous la conseille', 'je vous les conseille', 'je vous le recommande', 'je vous la recommande',
      'je vous les recommande', 'je le recommande', 'je la recommande', 'je les recommande', 'je le conseille', 'je la conseille', 'je les conseille',
      'mon chouchou', 'ma chouchoute', 'mes chouchous', 'mon indispensable', 'mes indispensables', 'nos indispensables', 'mon produit préféré',
      'mes produits préférés', 'mon favori', 'mes favoris', 'testé(e)(s) et approuvé(e)(s)', 'je valide', "j'adore", 'je ne m\'en passe plus',
      'je ne jure que par', 'que j\'utilise', 'que nous utilisons', 'disponible(s) en officine', 'disponible(s) en pharmacie',
      'disponible(s) en parapharmacie', 'dispo en pharmacie', 'dispo en officine', 'disponible(s) au cabinet', 'disponible(s) à la pharmacie',
      'en vente au cabinet', 'en vente à la pharmacie', 'en vente en pharmacie', 'disponible(s) chez', 'en vente chez', 'à retrouver chez', 'retrouvez-la en pharmacie', 'retrouvez-le en pharmacie',
      'retrouvez-les en pharmacie', 'retrouvez en pharmacie', 'retrouvez en officine', 'une collab', 'cette collab', 'ma collab', 'notre collab',
      'nouvelle collab', 'en rayon', 'arrivage', 'idée(s) cadeau(x)', 'à découvrir', 'ma routine', 'mes essentiels', 'ma sélection', 'ma trousse', 'haul', 'unboxing', 'lien dans ma story', 'lien en story',
      'swipe up', 'my favourite', 'my favorite', 'i recommend', 'holy grail', 'mi favorito', 'os recomiendo', 'te recomiendo',
      // a brand's product presented or credited by name (« je vous présente la gamme X », « le laboratoire X a inventé des
      // tubes … », « la marque vient de lancer un sérum »): promotion when the sentence names the brand and the product
      'je vous présente', 'nous vous présentons', 'lui présente(nt)', 'présente(nt) la gamme', 'présentons la gamme',
      'a inventé', 'ont inventé', 'a mis au point', 'ont mis au point', 'vient de lancer', 'viennent de lancer', 'a lancé', 'ont lancé',
      // a named product set above its kind (« l'appareil Lumix reste la machine de référence », « le produit phare de la
      // marque X »): praise of a brand without any partnership word
      'machine(s) de référence', 'appareil(s) de référence', 'produit(s) de référence', 'la référence du marché',
      'produit(s) culte(s)', 'soin(s) culte(s)', 'produit(s) star(s)', 'best-seller(s)', 'bestseller(s)',
    ],
    patterns: [
      // where to buy it, the product between (« retrouvez les compléments X dans votre pharmacie »)
      /(?<![\p{L}])retrouvez(?:-les|-le|-la)?\s+(?:[\p{L}\p{N}'’-]+\s+){1,5}?(?:en|dans\s+(?:votre|vos|les|la|nos|notre))\s+(?:pharmacies?|officines?|parapharmacies?)(?![\p{L}])/u,
    ],
    suggestions: NO_BRAND,
  },
  {
    // A practitioner's own use of a named product (« j'applique une crème de jour Nomdemarque », « j'opte pour le sérum X »,
    // « je prescris la gamme Y »): reported like « je recommande », only when the sentence names a brand and a product.
    // Exact: short first-person verbs have many one-edit neighbours.
    id: 'usage-personnel',
    kind: 'endorse',
    exact: true,
    terms: ["j'ai opté pour", 'nous avons opté pour', "j'ai choisi la marque", 'nous avons choisi la marque', "j'ai adopté", "j'utilise", "j'utilise également", "je l'utilise", 'je les utilise', "je l'applique", 'je les applique', "j'applique", "j'opte pour", 'je choisis', 'je prescris', 'je mise sur', 'je craque pour',
      'je suis fan de', 'je suis accro à', 'je ne me sépare jamais de', 'nous utilisons', 'nous prescrivons', 'i use', 'i love', 'uso', 'utilizo'],
    suggestions: NO_BRAND,
  },
  {
    // A product review in the first person (« produit phare : le sérum X », « mon ressenti », « mon choix n° 1 : le
    // matelas Y »): reported like « je recommande », only when the sentence names a brand and a product.
    // Exact: « ressentir », « pressenti » are one edit from « ressenti ».
    id: 'avis-produit',
    kind: 'endorse',
    exact: true,
    terms: [
      'produit(s) phare(s)', 'mon ressenti', 'notre ressenti', 'mon avis sur', "j'ai testé", 'je l\'ai testé(e)', 'testé(e)(s) pour vous',
      // (issue #7) a product tried before its release or by favour: « j'ai eu la chance de tester en avant-première… »
      'tester en avant-première', 'testé(e)(s) en avant-première', 'découvrir en avant-première', 'en exclusivité pour vous',
      'j\'ai eu la chance de tester', 'j\'ai eu l\'occasion de tester', 'j\'ai pu tester', 'on m\'a fait tester', 'on m\'a fait découvrir',
      // (round 10) the test agreed to or offered, the product sent (« nous avons accepté de tester l'appareil de la marque X »,
      // « X m'a proposé de tester sa brosse », « X m'a gentiment envoyé son nouveau… »): a brand's product put forward
      'accepté de tester', 'proposé de tester', 'proposé d\'essayer', 'accepté d\'essayer',
      'je l\'adore', 'je les adore', 'j\'adore ce', 'j\'adore cette', 'j\'adore ces',
      'mon choix n°1', 'mon choix numéro un', 'mon choix numéro 1', 'notre choix n°1', 'mon premier choix', 'notre sélection', 'la sélection de nos experts',
      // a buying guide's ranking (« Meilleure alternative : Nomdemarque »): a brand promoted under a practitioner's name
      'meilleure alternative',
      // a brand credited with a product's merits, advertorial style (« les bénéfices des sérums Nomdemarque », « la marque X,
      // avec sa gamme Y », « le sérum X, une véritable révolution », « formule brevetée »; « révolution technologique » is no-promotional-wording's): reported like « je recommande »,
      // only when the sentence names a brand and a product
      // (« tout savoir des bénéfices des baumes Nomdemarque »: the article may be « des » as well as « les »)
      'les bénéfices de', 'les bénéfices des', 'bénéfices de', 'bénéfices des', 'bienfaits de la gamme', 'bienfaits des produits', 'bénéfices de la gamme', 'avec sa gamme', 'avec la gamme', 'avec sa ligne', 'avec la ligne',
      'leader sur le marché', 'leader du marché', 'numéro un du marché', 'n°1 du marché', 'm\'a conquis(e)', 'nous a conquis(e)(s)',
      'formule brevetée', 'technologie brevetée', 'grande révolution', 'véritable révolution', 'seule et unique marque',
      'se distingue par', 'se démarque par', 'répond à toutes les envies', 'a conçu', 'ont conçu', 'a développé', 'ont développé',
    ],
    patterns: [
      // (round 10) the sender's own product sent (« X m'a gentiment envoyé sa nouvelle brosse », « nous a fait parvenir
      // ses échantillons »), not « le laboratoire m'a envoyé mes résultats »
      /(?<![\p{L}])(?:m'|nous\s+)(?:a|ont)\s+(?:(?:tres\s+)?gentiment\s+|aimablement\s+)?(?:envoye|fait\s+parvenir|offert)\s+(?:sa|son|ses|leur|leurs)(?=\s)/u,
      // the same ranking as a heading line (« # Meilleur magnésium » then the brand), not « le meilleur écran solaire
      // reste celui que vous appliquez » inside a sentence
      /(?<=(?:^|\n)[#>*\s-]{0,6})meilleur(?:e|s|es)?(?=\s+\p{L})/u,
    ],
    suggestions: NO_BRAND,
  },
  {
    id: 'sponsorise-par',
    kind: 'sponsor',
    terms: [
      'sponsorisé(e)(s) par', 'financé(e)(s) par la marque', 'financé(e)(s) par le laboratoire', 'partenaire de notre cabinet',
      'partenaire du cabinet', 'partenaire de mon cabinet', 'partenaire de notre pharmacie', 'partenaire de la pharmacie',
      'partenaire de notre centre', 'partenaire de notre clinique', 'partenaire officiel', 'partenaire officielle',
      'commandité(e)(s) par', 'parrainé(e)(s) par', 'sponsored by', 'patrocinado(s) por', 'patrocinada(s) por',
      'financé(e)(s) par', 'offert(e)(s) par le fabricant',
      // a firm's stand at a congress, where the practitioner speaks for it (« sur le stand de Nomdemarque »)
      'sur le stand de', 'sur le stand du', 'sur le stand des',
      // the practice paying a club or an event for visibility (« le cabinet apporte un soutien financier au club »)
      'soutien financier', 'apporte un soutien financier', 'apportons un soutien financier',
    ],
    patterns: [
      // « X, partenaire de notre officine depuis 2019 », « nos partenaires du centre » (a public body named before clears it)
      /(?<![\p{L}])partenaires?\s+(?:officiel(?:le)?s?\s+|privilegie(?:e)?s?\s+|historiques?\s+)?(?:de|du|des)\s+(?:notre|mon|nos|mes|l')\s*(?:officine|institut|magasin|boutique|centre\s+dentaire|centre\s+medical|centre\s+d'audition|centre\s+optique|salon|spa|parapharmacie)s?(?![\p{L}])/u,
      // the practice partner of a brand or a chain (« le cabinet est partenaire de l'enseigne X », « nous sommes partenaires
      // officiels du laboratoire Y »)
      /(?<=(?<![\p{L}])(?:est|sont|sommes|suis|etre|devient|devenons|devenus?|devenue?s?)\s+)partenaires?\s+(?:officiel(?:le)?s?\s+|exclusi(?:f|fs|ve|ves)\s+|privilegie(?:e)?s?\s+)?(?:de\s+l'enseigne|de\s+la\s+marque|du\s+laboratoire|des\s+laboratoires|de\s+la\s+societe|de\s+l'entreprise|du\s+groupe|de\s+l'opticien|de\s+la\s+chaine)(?![\p{L}])/u,
    ],
    suggestions: NO_BRAND,
  },
];

/** Partners that make "en partenariat avec …" public-health work, not brand promotion. Folded, just after the term. */
export const publicPartners =
  /^\s*(?:l'|la\s+|le\s+|les\s+|notre\s+|nos\s+|mon\s+|ma\s+|un\s+|une\s+|des\s+)?(?:sante\s+publique|spf|cpam|caisse|assurance\s+maladie|ameli|ars|agence|etablissement\s+francais\s+du\s+sang|efs|has|haute\s+autorite|inca|inserm|institut|chu|ch\s|centre\s+hospitalier|hopital|hopitaux|ap-hp|aphp|clinique|universite|faculte|fac|ecole|ifsi|college|societe\s+francaise|federation|ordre|conseil|ligue|association|fondation|mairie|ville|commune|departement|region|prefecture|ministere|education\s+nationale|rectorat|cpts|msp|maison\s+de\s+sante|pmi|planning|reseau|urps|croix-rouge|samu|sdis|pompiers|medecins\s+du\s+monde|unicef|oms|collegues?|confreres?|consoeurs?|equipe|dr\s|docteur|pr\s|professeur|sages-femmes|kines|infirmi|pharmacien|laboratoire\s+d'analyses|laboratoire\s+de\s+biologie|chercheurs?|ccas|epci|crous|mutualite|assurance\s+retraite|carsat|msa|caf|anr|cnrs|union\s+europeenne|feder|securite\s+sociale|mutuelles?|complementaire)/u;

/** Partners that are plainly commercial: a brand, a laboratory, an app, a shop. Folded, just after the term. */
export const brandPartners =
  /^\s*(?:(?:(?:de\s+la|d'une|du|d'un|des)\s+)?(?:marque|laboratoire|labo|laboratoires|fabricant)|la\s+marque|une\s+marque|le\s+groupe(?!\s+(?:hospitalier|de\s+travail|de\s+parole|de\s+recherche|d'experts|scolaire))|le\s+laboratoire|un\s+laboratoire|les\s+laboratoires|des\s+laboratoires|le\s+labo|une\s+application|une\s+appli|l'entreprise|la\s+societe|la\s+start-?up|l'application|l'appli|l'app|la\s+boutique|le\s+site|l'enseigne|le\s+fabricant|la\s+plateforme)(?![\p{L}])/u;

/** A brand-looking name (capitalised, not a common sentence word) right after the term. Original text. */
export const capitalisedName = /^\s*(?:la\s+marque\s+|le\s+laboratoire\s+)?(?:[A-Z][\p{L}\p{N}]*[A-Z][\p{L}\p{N}]*|\p{Lu}[\p{Ll}\p{N}]+(?:[A-Z][\p{L}\p{N}]*)?)(?![\p{L}])/u;

/** Commercial cues that make a partnership a product promotion even with an ordinary noun ("leurs compléments"). Folded. */
export const productCues =
  /(?<![\p{L}])(?:marque|gamme|produits?|serums?|cremes?|complements?|gelules|code|reduction|lien\s+en\s+bio|decouvrir\s+leur|leurs?\s+\p{L}+|boutique|achat|acheter|commande|coffret|echantillons?|application|appli)(?![\p{L}])/u;

/** A personal promo code: "avec mon code DRJULIE", "le code SAGEFEMME", "code promo DOCJUVENIA". Original text. */
export const personalCode =
  /(?:(?:[Mm]on|[Mm]a|MON|MA)\s+(?:code|CODE)(?:\s+(?:promo|de\s+r[ée]duction|partenaire|affili[ée]|(?:de\s+)?parrainage|ambassadeur|ambassadrice|perso|personnel|exclusif))?(?:(?:\s+[\p{L}\p{N}'’-]+){1,6}?\s*(?=:))?|(?:[Cc]ode|CODE)(?:\s+(?:promo|de\s+r[ée]duction|partenaire|affili[ée]))?)\s*:?\s*[«“"]?\s*([A-Z][A-Z0-9_-]{3,})(?![\p{L}\p{N}])/u;

/** What makes a gift a brand's: a brand, a laboratory, a sender thanked, a handle. Folded sentence. */
export const giftFromBrand = /(?:marque|laboratoire|labo|merci|recu|envoy|partenaire|@|#|thank|brand|gracias|marca)/u;

/** A promo code given for someone else's shop or brand ("chez Pharmabio", "sur leur site", "de la marque"). Folded sentence. */
export const brandShop = /(?<![\p{L}])(?:la\s+marque|leur\s+site|leurs?\s+(?:produits?|gamme|boutique|e-shop)|chez\s+(?!vous|nous|moi|toi|soi|eux|elles?|lui)\p{L}+|sur\s+le\s+site\s+(?:de|d')|partenaire|laboratoire)(?![\p{L}])/u;

/** Codes that are a practitioner's own: a title or a profession in the code, or "mon code". */
export const titleInCode = /^(?:DR|DOC|PR|DOCTEUR|INFIRMI|IDE|SAGEFEMME|SF|KINE|OSTEO|PHARMA|DENTISTE|PODO|NUTRI|MIDWIFE|NURSE)|(?:DR|DOC|INFIRMIERE?|SAGEFEMME|KINE|PHARMA|DENTISTE)\d*$/u;

/** Educational or refusing context: the post explains or refuses paid visibility. Folded, whole paragraph. */
export const refusalOrTeaching = [
  'notre réponse est non', 'ma réponse est non', 'la réponse est non', 'c\'est non', 'nous avons refusé', 'j\'ai refusé', 'nous refusons',
  'je refuse', 'comment repérer', 'comment reconnaître', 'publicité(s) déguisée(s)',
  'publicité(s) mensongère(s)', 'ce que dit la loi', 'base transparence santé', 'transparence santé', 'lien(s) d\'intérêt(s)',
  'mention obligatoire', 'cherchez la mention', 'faux comptes', 'ce n\'est pas nous',
  // A scenario set up to explain the law ("Imaginons que vous partagiez un lien affilié…") describes, it does not promote.
  // the law explained (« un créateur doit mentionner tout partenariat payé ») or a practitioner's question
  // put to an Ordre (« ai-je le droit de faire cela ? »): a lesson, not a promotion
  'doivent mentionner', 'doit mentionner', 'doivent clairement mentionner', 'doit clairement mentionner', 'obligation de transparence',
  'obligation d\'information et de transparence', 'la loi définit', 'la loi du 9 juin 2023', 'loi influenceurs', 'loi sur les influenceurs',
  'est-ce que cette pratique', 'cette pratique est-elle', 'est-ce acceptable', 'est-ce autorisé', 'est-ce permis', 'ai-je le droit',
  // a lesson on how advertising works (« qu'est-ce qu'un lien affilié ? », « comment fonctionnent les codes promo »)
  'qu\'est-ce qu\'un', 'qu\'est-ce qu\'une', 'c\'est quoi un', 'c\'est quoi une', 'comment fonctionne', 'comment fonctionnent',
  'besoin d\'information', 'tout ce qu\'il faut savoir sur', 'la loi interdit', 'la loi impose', 'on se méfie',
  // the profession's rules or the law laid out (« incompatible avec l'exercice », « la mention … est obligatoire sur les contenus »)
  ...S.professionRules,
  'est obligatoire sur', 'sont obligatoires sur',
  'imaginons', 'supposons', 'prenons l\'exemple', 'prenons un exemple', 'non sponsorisé(e)(s)', 'aucun partenariat', 'sans partenariat',
  'pas de partenariat', 'mes propres deniers', 'not sponsored', 'no sponsorship', 'no es publicidad', 'no patrocinado',
];

/**
 * Words that refuse or warn only in their own sentence: « produit interdit aux moins de 3 ans » or « attention aux
 * coups de soleil » in a brand post do not make the rest of the paragraph a lesson on advertising. Folded.
 */
export const refusalInSentence = ['refusé(e)(s)', 'interdit(e)(s)', 'méfiez-vous', 'attention aux', 'arnaque(s)'];

/** Refusals that answer a proposal made in another paragraph ("… acheter des mots-clés. ¶ Notre réponse est non."). Folded, whole post. */
export const documentRefusals = [
  'notre réponse est non', 'ma réponse est non', 'la réponse est non', 'c\'est non', 'nous avons refusé', 'j\'ai refusé',
  'nous refusons', 'je refuse', 'nous avons décliné', 'j\'ai décliné',
];

/** Public bodies: their campaigns, conferences and directories are public health, not paid promotion. Folded, sentence. */
export const publicBodies = [
  // not the bare acronym « SPF », which is also a sunscreen's protection factor (« mon SPF préféré »)
  'santé publique france', 'cpam', 'caisse primaire', 'assurance maladie', 'ameli', 'ameli.fr', 'ars', 'agence régionale de santé',
  // « la HAS », not the English verb (« this serum has been gifted »)
  'établissement français du sang', 'efs', 'haute autorité de santé', 'la has', 'inca', 'institut national du cancer', 'ministère de la santé',
  'vaccination-info-service', 'annuaire santé',
  // learned societies and academies give advice, they are not brands (« rappelle la Société française de dermatologie »)
  'société française de', 'société française d\'', 'académie nationale de', 'académie de médecine', 'collège national', 'mois sans tabac', 'octobre rose', 'ligue contre le cancer', 'tabac info service',
];

/** Labels at the start of a paragraph, after any emoji or bullet: "Publicité |", "📢 Sponsorisé ·", "Annonce :". Folded. */
export const adLabel = /^[^\p{L}\p{N}#@]*(?:publicite|pub|ad|ads|publi-communique|publicommunique|sponsored|promoted|sponsorise|sponsorisee|contenu\s+sponsorise|publireportage|publi-reportage|publi-redactionnel|article\s+partenaire|contenu\s+partenaire|contenu\s+de\s+marque|advertisement|publicidad|patrocinado|contenido\s+patrocinado)\s*(?:[|·•:–—-]|$)/u;

/** Products a practitioner may endorse: what makes « je recommande » + a brand name a product promotion. Folded sentence. */
export const productNouns = [
  'crème(s)', 'sérum(s)', 'gamme(s)', 'marque(s)', 'produit(s)', 'complément(s)', 'gélule(s)', 'brosse(s)', 'dentifrice(s)', 'bain(s) de bouche',
  'fil dentaire', 'tire-lait', 'semelle(s)', 'huile(s)', 'baume(s)', 'lait(s)', 'shampo*', 'appareil(s)', 'monture(s)', 'lunettes', 'lentilles',
  'routine(s)', 'collection(s)', 'coffret(s)', 'masque(s)', 'gel(s)', 'spray(s)', 'probiotique(s)', 'vitamine(s)', 'magnésium', 'oméga(s)-3', 'mélatonine', 'spiruline', 'curcuma', 'levure(s) de bière', 'tisane(s)', 'collagène',
  'patch(s)', 'ceinture(s)', 'coussin(s)', 'oreiller(s)', 'matelas', 'application(s)', 'appli(s)', 'boisson(s)', 'poudre(s)', 'capsule(s)',
  'comprimé(s)', 'sirop(s)', 'aligneur(s)', 'écran(s) solaire(s)', 'protection(s) solaire(s)', 'spf', 'déodorant(s)', 'savon(s)', 'nettoyant(s)',
  'lotion(s)', 'pommade(s)', 'pansement(s)', 'attelle(s)', 'pistolet(s) de massage', 'chaussure(s)', 'biberon(s)', 'couche(s)', 'porte-bébé(s)',
  'écharpe(s) de portage', 'huile(s) essentielle(s)', 'cosmétique(s)', 'soin(s) visage', 'eau thermale', 'purificateur(s)', 'montre(s) connectée(s)',
  'aides auditives', 'appareil(s) auditif(s)', 'laser', 'machine(s)', 'tapis', 'kit(s)', 'box', 'flacon(s)', 'tube(s)', 'nouveauté(s)', 'formule(s)', 'modèle(s)',
  // more of what a practitioner may be paid to show: care and make-up products, supplements, devices, baby gear
  'mousse(s)', 'soin(s) de jour', 'soin(s) de nuit', 'crème(s) de jour', 'eau(x) micellaire(s)', 'démaquillant(s)', 'exfoliant(s)', 'gommage(s)', 'fluide(s)', 'brume(s)', 'contour des yeux', 'fond(s) de teint',
  'pastille(s)', 'ampoule(s)', 'sachet(s)', 'infusion(s)', 'protéine(s)', 'whey', 'tensiomètre(s)', 'thermomètre(s)', 'hydropulseur(s)',
  'gouttière(s)', 'électrostimulateur(s)', 'bracelet(s) connecté(s)', 'gigoteuse(s)', 'tétine(s)', 'sucette(s)', 'lingette(s)', 'couche(s) lavable(s)',
  'cream', 'serum', 'product(s)', 'supplement(s)', 'toothbrush', 'toothpaste', 'skincare', 'crema', 'producto(s)', 'suplemento(s)',
];
