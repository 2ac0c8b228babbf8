// DATA ONLY: the vocabulary of price promotion (DOMAIN.md §2.b). Add forms here, never code.
import type { TermEntry } from '../src/rule-kit.js';
import * as S from './shared.terms.js';

export interface PriceTerm extends TermEntry {
  /**
   * 'always': a promotion by itself; 'lure': "gratuit/offert", a promotion only when tied to a billed act;
   * 'event': a sales event, a promotion only with another price cue in the paragraph; 'anchored': a word
   * that sells only next to an act, a reward or a price ("gagnez", "économisez", "parrainage");
   * 'sense': a noun with a commercial and a plain sense, told apart by its complement ("réduction de 20 €
   * sur…" vs "réduction des risques", "promo du mois" vs "promotion de la santé"); 'discount': a minus
   * percentage, a price cut unless it describes a statistic ("-30 % d’hospitalisations", "-30 % chez…");
   * 'price': a low price put forward, unless the sentence is fee information; 'package': a bundle, only with
   * a price or a stay in the sentence and no fee-information word; 'drop': "de A à B" with B lower than A;
   * 'percent-on': "N % sur les <acte>", unless a verb of change precedes ("ont baissé de 25 % sur…");
   * 'urged': fee information turned into a bait ("zéro reste à charge", "remboursé intégralement"), only when the sentence
   * also urges or sells ("foncez", "profitez", "venez", "grâce à notre partenariat", "!" with an emoji);
   * 'cheaper': a price set against other prices ("deux fois moins cher qu'à Paris", "30 % inférieurs", "600 €
   * contre 1 500 € chez nous"), a promotion only as the practice's own offer ("nous proposons … 30 % moins cher");
   * a country's or a market's costs set side by side are no-comparison's (or plain information).
   */
  kind: 'always' | 'lure' | 'event' | 'anchored' | 'sense' | 'discount' | 'price' | 'package' | 'drop' | 'percent-on' | 'urged' | 'cheaper';
}

const NEUTRAL = ['Tarif : … € (secteur 1)', 'Honoraires affichés au cabinet'];
/** An amount in euros as French writes it: "35 €", "1 500 euros", "€399", "vingt euros" (folded text). */
/** Acts a practice may give away (folded stems): "offrir le bilan", "offrir la première consultation". */
const GIFTED = 'bilans?|consultations?|seances?|detartrages?|blanchiments?|examens?|injections?|massages?|visites?|radios?|check-up';
// Other currencies of French-language pages too (Swiss, Moroccan, UK, Québec): "380 CHF", "£36", "900 DH".
/** Acts and goods a percentage is taken off (folded): "20 % sur les injections". */
const DISCOUNTED = GIFTED + '|soins?|injections?|couronnes?|implants?|facettes?|lunettes|montures?|verres|produits?|epilations?|traitements?|prestations?|cures?|forfaits?';
const EUR = String.raw`(?:[€£$]\s?\d[\d .,]{0,24}|(?:\d[\d .,]{0,24}|dix|quinze|vingt|trente|quarante|cinquante|cent)\s?(?:[€£$]|(?:euros?|chf|dh|dirhams?)(?![\p{L}])))`;

export const priceTerms: PriceTerm[] = [
  {
    id: 'reduction',
    kind: 'sense',
    terms: [...S.promoWords, 'réduction(s)', 'réduc(s)', 'rabais', 'ristourne(s)', 'promoción', 'promociones'],
    patterns: [
      // "une remise de 10 %", not "une facture vous est remise", "il m'a remise sur pied" (participles) nor "remise en forme".
      /(?<!(?:est|sont|etre|ete|sera|seront|vous|lui|leur)\s)(?<!(?<![\p{L}])(?:a|ai|as|ont|avons|avez|avait|avaient)\s)(?<![\p{L}])remises?(?![\p{L}])(?!\s+(?:en|a|au|aux|entre|par|sur\s+pied)(?![\p{L}]))/u,
      // "20 % de réduction", "10 € de remise", "vingt euros de moins"
      // (not « 60 % de moins qu'en France »: a comparison, kind 'cheaper' below)
      new RegExp(String.raw`(?:\d+(?:[.,]\d+)?\s?%|${EUR})\s+(?:de\s+)?(?:reduction|remise|rabais|en moins|de moins)(?![\p{L}])(?!\s+qu(?:e(?![\p{L}])|'))`, 'u'),
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'prix-casse',
    kind: 'always',
    terms: [
      ...S.cutPrices, ...S.discountCodeEs, 'moitié prix', 'demi-tarif', 'prix barré(s)', 'prix mini', 'prix imbattable(s)',
      'tarif(s) préférentiel(s)', 'tarif(s) spécial', 'tarifs spéciaux', 'prix spécial', 'prix spéciaux', 'tarif(s) réduit(s)',
      'prix réduit(s)', 'tarif(s) promotionnel(s)', 'prix promotionnel(s)', 'prix choc', 'prix doux', 'bon plan(s)', 'prix d\'ami',
      'tarif(s) dégressif(s)', 'prix dégressif(s)', 'satisfait ou remboursé', 'satisfaite ou remboursée', 'cashback', 'séance(s) découverte',
      'tarif(s) découverte', 'prix découverte', 'prix de lancement', 'tarif(s) de lancement', 'prix d\'ouverture', 'tarif(s) d\'ouverture', 'introductory price',
      // Low-price vocabulary of low-cost centres and medical-tourism pages (docs/research/no-price-promotion.md §2.1).
      'défiant toute concurrence', 'défiant la concurrence', 'défie toute concurrence', 'défient toute concurrence',
      'prix bradé(s)', 'tarif(s) bradé(s)', 'à bas prix', 'à moindre(s) frais',
      'au meilleur prix', 'aux meilleurs prix', 'au meilleur tarif', 'aux meilleurs tarifs', 'meilleurs prix', 'meilleurs tarifs', 'au meilleur coût', 'aux meilleurs coûts', 'meilleurs coûts',
      'prix d\'appel', 'prix attractif(s)', 'tarif(s) attractif(s)', 'tarif(s) alléchant(s)', 'offre(s) alléchante(s)', 'package(s) alléchant(s)', 'forfait(s) alléchant(s)', 'formule(s) alléchante(s)',
      'prix avantageux', 'tarif(s) avantageux', 'à prix coûtant', 'prix coûtant', 'à prix d\'usine', 'sans marge', 'remboursement de la différence', 'nous remboursons la différence', 'on vous rembourse la différence', 'prix le plus bas garanti', 'meilleur prix garanti', 'price match', 'price-match', 'tarif(s) imbattable(s)', 'prix tout doux', 'tarif(s) tout doux', 'tout petits prix', 'prix serré(s)', 'tarif(s) serré(s)', 'tarif(s) mini', 'coût(s) imbattable(s)', 'prix canon(s)', 'prix sacrifié(s)', 'tarif(s) cassé(s)', 'tarif(s) choc', 'prix incroyable(s)', 'tarif(s) incroyable(s)', 'prix exceptionnel(s)', 'tarif(s) exceptionnel(s)', 'prix compétitif(s)', 'tarif(s) compétitif(s)', 'les prix les plus bas', 'les tarifs les plus bas', 'prix fous', 'prix défiant', 'prix dérisoire(s)', 'au prix de rien', 'casse les prix', 'cassons les prix',
      'rapport qualité-prix imbattable', 'super rapport qualité-prix', 'excellent rapport qualité-prix', 'prix d\'attaque', 'tarif(s) d\'attaque',
      ...S.halfAsDear, 'moitié moins élevé(e)(s)', 'à prix doux', 'deux pour le prix d\'un(e)', '2 pour le prix d\'un(e)',
      'achat(s) groupé(s)', 'réduction(s) de groupe', 'groupon', 'tarif(s) jeune(s)', 'sans vous ruiner', 'sans se ruiner', 'à la portée de toutes les bourses',
      'séances illimitées', 'nombre illimité de séances', 'payable(s) d\'avance', 'payée(s) d\'avance',
      // Payment plans offered as a selling point.
      'paiement en {n} fois', 'payez en {n} fois', 'payable(s) en {n} fois', 'en {n} fois sans frais', '{n} fois sans frais',
      'facilités de paiement', 'solution(s) de financement', 'financement offert', 'crédit gratuit', 'payment plan(s)',
      'paiement en {n}x', 'payez en {n}x', 'payable(s) en {n}x', 'en {n}x sans frais', '{n}x sans frais', 'réglez en {n}x', 'régler en {n}x',
      'paiement échelonné sans frais', 'mensualités sans frais', 'en plusieurs fois sans frais', 'étaler le paiement', 'étalez le paiement', 'étalement du paiement', 'échelonner le paiement', 'échelonnez le paiement',
      'financiación', 'sin intereses',
      // (round 13) a group deal, and the English of price-led pages (« our most competitive prices »)
      'rabais de groupe', 'rabais de lancement', 'most competitive price(s)', 'unbeatable price(s)', 'rock-bottom price(s)', 'at a fraction of the cost',
      // English (alsoReads eng): the common words of clinic offers.
      'discount(s)', 'discounted', 'special offer(s)', 'introductory offer(s)', 'limited time offer', 'limited-time offer', 'best price guaranteed',
      'save up to', 'buy one get one', 'promo code', 'voucher(s)', 'gift card(s)', 'loyalty points', 'rewards program', 'refer a friend',
      '0% finance', 'interest-free', 'new patient special(s)', 'half price', 'cut-price',
      // Spanish (alsoReads spa).
      'descuento(s)', 'rebaja(s)', 'oferta(s) especial(es)', 'oferta(s) limitada(s)', 'oferta(s) promocional(es)', 'la mejor oferta', 'tarjeta(s) regalo', 'precio(s) especial(es)',
      'precio(s) muy bajo(s)', 'mitad de precio', '2x1',
    ],
    patterns: [
      // "jusqu'à -30 %", "jusqu'à 40 % de remise", "jusqu'à 20 % sur vos soins"; not a rate ("jusqu'à 100 % de
      // détatouage", "une concentration jusqu'à 6 %"), which needs the minus or a discount word after it
      /(?<![\p{L}])jusqu'a\s+(?:-\s?\d+(?:[.,]\d+)?\s?%|\d+(?:[.,]\d+)?\s?%(?=\s+(?:de\s+(?:remise|reduction|rabais|reduc|promo)|d'economies?|sur\s+(?:votre|vos|les|le|la|l'|tous|toutes|tout|toute|nos|notre|ta|tes|ton)|off)(?![\p{L}])))/u,
      // an offer's small print (« les promotions ne sont pas cumulables », « offre non cumulable »): the offer exists
      /(?<![\p{L}])(?:offres?|promotions?|promos?|remises?|reductions?|codes?\s+promo)\s+(?:[\p{L}]+\s+){0,2}?(?:non|ne\s+sont\s+pas|n'est\s+pas)\s+cumulables?(?![\p{L}])/u,
      // "20 % sur votre séance", "-10 % avec mon code INFIRMIERE15"
      // "nos tarifs sont les plus bas du marché", "des prix parmi les plus attractifs": a price rank put forward
      /(?<![\p{L}])(?:prix|tarifs?|couts?)\s+(?:[\p{L}]+\s+){0,2}(?:les|parmi\s+les)\s+plus\s+(?:bas|basses|attractifs?|competitifs?|abordables?|doux|interessants?)(?![\p{L}])/u,
      /\d+(?:[.,]\d+)?\s?%\s+sur\s+(?:(?:tous|toutes|tout|toute)\s+)?(?:votre|vos|nos|notre|ta|ton|tes)(?![\p{L}])/u,
      /(?<![\p{L}])code\s+(?:promo\s+)?[a-z]{4,}\d{1,3}(?![\p{L}\p{N}])/u,
      // "soit 35 % de réduction", "soit une réduction de 20 %", "40 % d'économie", "une économie de 30 %"
      // (not "soit une réduction de 30 % du risque": a statistic has a complement)
      /(?<![\p{L}])soit\s+(?:une\s+)?(?:reduction|remise|economie|rabais)\s+de\s+\d+(?:[.,]\d+)?\s?(?:%|€|euros?(?![\p{L}]))(?!\s*(?:du|des|de\s+la|de\s+l'|d')(?![\p{L}]))/u,
      /\d+(?:[.,]\d+)?\s?%\s+d'economies?(?![\p{L}])|(?<![\p{L}])economies?\s+de\s+(?:pres\s+de\s+|plus\s+de\s+)?\d+(?:[.,]\d+)?\s?%/u,
      // English "30% off", "20 % discount"; Spanish "20 % de descuento", "descuento del 15 %".
      /\d+(?:[.,]\d+)?\s?%\s+(?:off|discount)(?![\p{L}])/u,
      // (round 13) « casse vraiment les prix », « cassent littéralement les prix »: the idiom with an adverb in it
      /(?<![\p{L}])cass(?:e|ent|ons|ez|er|ait|aient)\s+(?:vraiment|litteralement|completement|carrement|totalement|tous|encore|aussi|deja)\s+les\s+prix(?![\p{L}])/u,
      // (round 13) a payment spread over months sold with the act (« payer son intervention sur 36 mois »)
      /(?<![\p{L}])(?:payer|payez|regler|reglez|financer|financez|etaler|etalez|echelonner|echelonnez)\s+(?:[\p{L}']+\s+){0,3}?sur\s+(?:\d{1,2}|douze|dix-huit|vingt-quatre|trente-six|quarante-huit)\s+mois(?![\p{L}])/u,
      /\d+(?:[.,]\d+)?\s?%\s+de\s+descuento|(?<![\p{L}])descuento\s+del?\s+\d/u,
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'promotion',
    kind: 'always',
    terms: [
      ...S.promotionOffers, 'bon cadeaux', 'bons cadeaux', 'promotionnel(le)(s)', 'en promo', 'en promotion', 'code(s) réduction', 'coupon(s)',
      'bon(s) de réduction', 'bon(s) d\'achat', 'chèque(s)-cadeau(x)', 'carte(s)-cadeau(x)',
      'offre(s) promotionnelle(s)', 'happy hour',
      'déstockage', 'oferta(s)', 'en oferta', 'cupón', 'cupones', 'money-back guarantee', 'garantie satisfaction',
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'baisse-pourcentage',
    kind: 'discount',
    // "-30 %", "– 15 %", "−20%": a percentage with a minus sign ("a baissé de 20 %" is not one).
    // "de -30 à -70 %": a range of cuts
    patterns: [/(?<![\p{L}\p{N}])-\s?\d+(?:[.,]\d+)?\s?%?\s+a\s+-\s?\d+(?:[.,]\d+)?\s?%/u, /(?<![\p{L}\p{N}])-\s?\d+(?:[.,]\d+)?\s?%/u],
    suggestions: NEUTRAL,
  },
  {
    id: 'prix-barre',
    kind: 'always',
    patterns: [
      // "Pack sérénité 5 séances …", "forfait 10 séances": packages of sessions (R.4321-98 for kinés).
      /(?<![\p{L}])(?:pack|forfait|carnet)s?\s*(?:[\p{L}'-]+\s*){0,4}[:–—-]?\s*\d+\s+seances/u,
      // "6 séances de cryolipolyse et 1 bilan pour 690 €": sessions sold together for one total price.
      new RegExp(String.raw`(?<![\p{L}\p{N}])\d+\s+seances\s+[^.!?\n]{0,60}?(?:pour|=)\s+(?:seulement\s+)?${EUR}(?!\s*(?:chacune|la\s+seance|par\s+seance))`, 'u'),
      // "deuxième paire à 1 € de plus", "2e séance offerte", "la seconde boîte à -50 %": the next item as a bait.
      // "remboursé si vous n'êtes pas satisfait", "remboursement intégral si…": a satisfaction guarantee
      /(?<![\p{L}])rembours\p{L}*\s+(?:integral\p{L}*\s+|integralement\s+)?si\s+vous\s+n'\s*(?:etes|etiez)\s+pas\s+(?:satisf|convaincu|content)\p{L}*/u,
      // "consultation à 1 € pour toute première visite": a token price as a lure
      new RegExp(String.raw`(?<![\p{L}\p{N}])(?:a|pour)\s+(?:1|un|0|0,\d+)\s?(?:€|euros?(?![\p{L}]))(?!\s*(?:de\s+plus|supplementaire|par\s+jour|la\s+boite))`, 'u'),
      // "nous prenons en charge vos frais de transport et d'hébergement": the trip paid as an advantage
      /(?<![\p{L}])(?:prenons|prend|prennent|offrons|remboursons|rembourse|payons|assumons)\s+(?:en\s+charge\s+)?(?:vos|les|votre|le|tous\s+vos)\s+(?:frais\s+(?:de\s+|d')?)?(?:transport|deplacement|hebergement|hotel|voyage|billets?\s+d'avion|vols?|taxi|trajets?|sejour)(?![\p{L}])/u,
      /(?<![\p{L}])(?:deuxieme|2e|2eme|2nde|seconde|troisieme|3e|3eme)\s+(?:paire|seance|soin|produit|article|boite|flacon|monture|zone|injection)s?\s+(?:offert\p{L}*|gratuit\p{L}*|a\s+(?:1|un)\s?(?:€|euros?)|pour\s+(?:1|un)\s?(?:€|euros?)|a\s+-?\s?\d+\s?%|a\s+moitie\s+prix|a\s+prix\s+reduit)/u,
      new RegExp(String.raw`${EUR}\s+d'economies?`, 'u'),
      // "35 € au lieu de 45 €", "€399 au lieu de €600": a crossed-out price
      new RegExp(String.raw`(?:${EUR}\s+)?au\s+lieu\s+de\s+${EUR}`, 'u'),
      // "abonnement à 19 € par mois", "abonnement annuel illimité : 39 €/mois": care sold as a subscription
      new RegExp(String.raw`(?<![\p{L}])abonnements?\s+(?:[\p{L}'-]+\s+){0,3}(?:a|de|pour|:)\s*${EUR}`, 'u'),
      // "29 € au lieu de 45": the crossed-out price without its currency sign
      new RegExp(String.raw`${EUR}\s+au\s+lieu\s+de\s+\d+(?:[.,]\d+)?`, 'u'),
      // "vous payez une seule séance pour deux", "une consultation pour deux personnes"
      /(?<![\p{L}])(?:payez|paierez|reglez|payer|regler)\s+(?:une|un|1)\s+(?:seule?\s+)?[\p{L}]+\s+pour\s+(?:deux|2|trois|3)(?![\p{L}\p{N}])/u,
      // "3 massages + 1 bilan pour 180 €", "2 séances + 1 bilan = 120 €": acts added up for one price
      new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\d+|un|une|deux|trois)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*\+\s*(?:\d+|un|une|deux|trois)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?[^.!?\n]{0,30}?(?:pour|=|a|:)\s*(?:seulement\s+)?${EUR}`, 'u'),
      // "2 séances + 1 gratuite", "2 pour 1", "1 achetée = 1 offerte", "la 3e offerte"
      /\d+\s*(?:\p{L}+\s*)?\+\s*\d+\s+(?:gratuit|offert)\p{L}*/u,
      /(?<![\p{L}\p{N}])\d\s+pour\s+\d(?![\p{L}\p{N}])/u,
      // "Forfait 3 zones à 199 €", "pack 2 seringues": acts bundled by count
      /(?<![\p{L}])(?:forfait|pack|formule)s?\s+(?:[\p{L}'-]+\s+){0,3}(?:\d+|deux|trois|quatre|cinq|six)\s+(?:zones?|seances?|soins?|injections?|seringues?|flacons?)(?![\p{L}])/u,
      // "180 € la zone, 300 € les deux zones": a degressive price
      new RegExp(String.raw`${EUR}\s+(?:la|le|l')\s*(?:zone|seance|seringue|soin|seance)\s*[,;/]\s*${EUR}\s+les\s+(?:deux|trois|quatre|\d+)\s+(?:zones|seances|seringues|soins)`, 'u'),
      // "2 paires pour le prix d'une", "la troisième (zone) est offerte", "une économie de 300 € sur votre appareil"
      /(?<![\p{L}\p{N}])(?:\d+|deux|trois)\s+(?:[\p{L}]+\s+)?pour\s+le\s+prix\s+d'une?(?![\p{L}])/u,
      /(?<![\p{L}])(?:la|le|votre|ta|ton)\s+(?:deuxieme|2e|2eme|seconde|second|troisieme|3e|3eme|quatrieme|4e|4eme|cinquieme|5e|5eme|sixieme|6e|dixieme|10e|10eme|\d+e)\s+(?:[\p{L}]+\s+)?(?:est\s+|sera\s+|vous\s+est\s+)?(?:offert|gratuit)\p{L}*/u,
      new RegExp(String.raw`(?<![\p{L}])economies?\s+de\s+(?:pres\s+de\s+|plus\s+de\s+|jusqu'a\s+)?${EUR}\s+(?:sur|pour)(?![\p{L}])`, 'u'),
      /\d+\s*(?:\p{L}+\s+)?achete(?:e|s|es)?\s*=\s*\d+\s*(?:\p{L}+\s+)?offert\p{L}*/u,
    ],
    suggestions: NEUTRAL,
  },
  {
    // "passe de 80 € à 60 €", "de 450 € à 299 €": a price going down. The rule keeps it only when the second
    // amount is lower ("de 40 € à 60 € selon la zone" is a fee range).
    id: 'baisse-de-a',
    kind: 'drop',
    patterns: [new RegExp(String.raw`(?<![\p{L}])de\s+${EUR}\s+a\s+${EUR}`, 'u')],
    suggestions: NEUTRAL,
  },
  {
    // "le prix de la séance tombe à 25 €", "le tarif descend sous les 200 €": a price cut told with a verb of falling
    // (fee revaluations go up: "passe à 30 €" is not here).
    id: 'prix-tombe-a',
    kind: 'price',
    patterns: [new RegExp(String.raw`(?<![\p{L}])(?:prix|tarifs?|couts?)(?![\p{L}])[^.!?\n]{0,50}?(?:tombe|tombent|descend|descendent|chute|chutent|degringole\p{L}*|fond|fondent)\s+(?:a|sous\s+(?:la\s+barre\s+des\s+|les\s+)?)\s*${EUR}`, 'u')],
    suggestions: NEUTRAL,
  },
  {
    // "20 % sur les injections", "15 % sur toutes les séances": a percentage taken off an act.
    id: 'pourcentage-sur-acte',
    kind: 'percent-on',
    patterns: [new RegExp(String.raw`\d+(?:[.,]\d+)?\s?%\s+sur\s+(?:(?:tous|toutes|tout|toute)\s+)?(?:les|la|le|l')\s*(?:[\p{L}-]+\s+)?(?:${DISCOUNTED})(?![\p{L}])`, 'u')],
    suggestions: NEUTRAL,
  },
  {
    // "seulement 39 €", "35 € seulement": a low price put forward, unless the sentence is fee information
    // (base de remboursement, OPTAM, secteur: "contre seulement 23 € hors OPTAM").
    id: 'prix-seulement',
    kind: 'price',
    patterns: [
      new RegExp(String.raw`(?<![\p{L}])(?:seulement|que|uniquement|only|solo|tan\s+solo)\s+(?:a\s+)?${EUR}`, 'u'),
      new RegExp(String.raw`${EUR}\s+seulement`, 'u'),
    ],
    suggestions: NEUTRAL,
  },
  {
    // Bundles (R.4321-98 for kinés; tourism packages): one price for everything, the act sold as a product.
    // A package only beside a price or a stay; "le devis indique le prix tout compris" is fee information.
    id: 'forfait-tout-compris',
    kind: 'package',
    terms: ['prix global', 'prix forfaitaire', 'tout compris', 'tout inclus', 'clé(s) en main', 'all inclusive', 'all-inclusive', 'todo incluido', 'mensualités',
      // "hôtel, vol et transferts compris": the stay sold with the act (tourism packages).
      'transfert(s) compris', 'transfert(s) inclus', 'hôtel compris', 'hôtel inclus', 'vol(s) compris', 'vol(s) inclus', 'hébergement compris',
      'hébergement inclus', 'nuit(s) d\'hôtel incluse(s)', 'nuit(s) d\'hôtel comprise(s)', 'séjour compris', 'séjour inclus'],
    // "transferts et greffe inclus pour 2 490 €": everything for one price
    patterns: [
      new RegExp(String.raw`(?<![\p{L}])(?:inclus|incluse|inclues|compris|comprise|comprises)\s+pour\s+(?:seulement\s+)?${EUR}`, 'u'),
      // "Pack bien-être : 3 massages … 180 €", "formule sérénité à 250 €", "package greffe + hôtel 1 990 €": a named bundle with
      // its price (the span is the bundle word: a more precise hit on the same words wins)
      // "Le forfait comprend l'intervention, deux nuits et le transfert …, pour 3 200 euros": a stay bundled, further on
      new RegExp(String.raw`(?<![\p{L}])(?:forfaits?|packs?|packages?|formules?)(?![\p{L}])(?=[^.!?\n]{0,200}?(?:nuits?|nuitees?|transferts?|hotel|hebergement|sejour|aeroport)(?![\p{L}]))(?=[^.!?\n]{0,200}?${EUR})`, 'u'),
      // a price, then an act and a stay in the same sentence, bundle word or not: « pour environ 3 000 €, une blépharoplastie
      // et cinq nuits à l'hôtel »
      new RegExp(String.raw`${EUR}(?=[^.!?\n]{0,160}?(?:hotels?|sejours?|nuitees?|nuits?\s+(?:a|d'|en)|hebergements?)(?![\p{L}]))(?=[^.!?\n]{0,160}?(?:liftings?|liposuccions?|lipoaspirations?|rhinoplasties?|blepharoplasties?|abdominoplasties?|greffes?|implants?|facettes?|couronnes?|operations?|interventions?|chirurgies?)(?![\p{L}]))`, 'u'),
      new RegExp(String.raw`(?<![\p{L}])(?:packs?|packages?|formules?|coffrets?|forfaits?)(?![\p{L}])(?!\s+(?:journalier|hospitalier|patientele|structure|technique|de\s+soins|thermal|annuel\s+de\s+surveillance)(?![\p{L}]))(?=[^.!?\n]{0,60}?${EUR})`, 'u'),
    ],
    suggestions: NEUTRAL,
  },
  {
    // Fee information used as a bait: "remboursé intégralement, foncez !", "zéro dépassement : venez tous".
    id: 'remboursement-appat',
    kind: 'urged',
    terms: ['remboursé(e)(s) intégralement', 'intégralement remboursé(e)(s)', 'entièrement remboursé(e)(s)', 'remboursé(e)(s) à 100 %', 'zéro reste à charge', 'zéro dépassement', '0 dépassement', 'sans aucun dépassement', 'aucun reste à charge', '0 € de reste à charge', 'rien à payer', 'rien à débourser', 'sans rien débourser', 'sans débourser un centime', 'pas un centime', 'fully covered', 'fully refunded'],
    suggestions: NEUTRAL,
  },
  {
    // Our price set below the others' as a selling point (R.4127-19, undercutting): « trois fois moins cher », « 50 %
    // moins chers », « des prix 4 fois plus bas », « une facture divisée par deux », « les économies peuvent atteindre
    // 60 % », "half the price in…". Only the practice's own offer is a price promotion (kind 'cheaper'); the costs of a
    // country, a channel or a treatment set side by side are no-comparison's, which reports the other side.
    id: 'moins-cher-qu-ailleurs',
    kind: 'cheaper',
    patterns: [
      /(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)?|deux|trois|quatre|cinq|six|dix)(?:\s+(?:a|ou)\s+(?:\d+|deux|trois|quatre|cinq|six|dix))?\s+fois\s+moins\s+(?:che(?:r|re|rs|res)|onereu\p{L}*|couteu\p{L}*)(?![\p{L}])/u,
      /(?<![\p{L}])(?:prix|tarifs?|couts?|factures?)[^.!?\n]{0,40}?(?:\d+(?:[.,]\d+)?|deux|trois|quatre|cinq|six|dix)(?:\s+(?:a|ou)\s+(?:\d+|deux|trois|quatre|cinq|six|dix))?\s+fois\s+(?:plus\s+bas(?:se|ses)?|moins\s+eleve\p{L}*|inferieur\p{L}*)(?![\p{L}])/u,
      /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?(?:\s?%?\s+a\s+\d+(?:[.,]\d+)?)?\s?%\s+moins\s+(?:che(?:r|re|rs|res)|onereu\p{L}*|couteu\p{L}*)(?![\p{L}])/u,
      /(?<![\p{L}])(?:prix|tarifs?|couts?)[^.!?\n]{0,40}?\d+(?:[.,]\d+)?(?:\s?%?\s+a\s+\d+(?:[.,]\d+)?)?\s?%\s+(?:inferieur\p{L}*|plus\s+bas\p{L}*)(?![\p{L}])/u,
      /(?<![\p{L}])(?:prix|tarifs?|couts?|factures?|notes?|additions?)\s+(?:[\p{L}]+\s+){0,3}divise(?:e|s|es)?\s+par\s+(?:\d+|deux|trois|quatre|cinq|dix)(?![\p{L}\p{N}])/u,
      /(?<![\p{L}])economies?\s+(?:[\p{L}]+\s+){0,3}(?:jusqu'a|atteindre|de\s+l'ordre\s+de)\s+\d+(?:[.,]\d+)?\s?%/u,
      // « des économies de 60 à 80 % », « une économie de 40 % »
      /(?<![\p{L}])economies?\s+de\s+\d+(?:[.,]\d+)?\s?%?(?:\s+a\s+\d+(?:[.,]\d+)?)?\s?%/u,
      // « 60 % de moins qu'en France », « 300 € de moins que dans un cabinet parisien »
      new RegExp(String.raw`(?:\d+(?:[.,]\d+)?\s?%|${EUR})\s+(?:en|de)\s+moins\s+qu(?:e(?![\p{L}])|')`, 'u'),
      /(?<![\p{L}])(?:half|one\s+third|a\s+third|a\s+quarter)\s+(?:(?:and|or|to)\s+(?:half|one\s+third|a\s+third|a\s+quarter)\s+)?(?:of\s+)?the\s+(?:price|cost)s?(?![\p{L}])/u,
      // "coûte deux fois moins", "revient 3 fois moins cher" (the cost verb carries the price)
      /(?<![\p{L}])(?:coute|coutent|coutera|couteront|revient|reviennent|reviendra|paierez|payerez|payez|facture\p{L}*)\s+(?:[\p{L}]+\s+)?(?:\d+|deux|trois|quatre|cinq|dix)(?:\s+(?:a|ou)\s+(?:\d+|deux|trois|quatre|cinq|dix))?\s+fois\s+moins(?![\p{L}])/u,
      // "des tarifs moins élevés qu'ailleurs", "tarifs bien plus bas qu'à Lyon"
      /(?<![\p{L}])(?:prix|tarifs?|couts?)\s+(?:[\p{L}]+\s+){0,2}(?:moins\s+eleve\p{L}*|plus\s+bas\p{L}*)\s+qu'(?:en|au|aux|a|ailleurs|chez|dans)(?![\p{L}])/u,
      // our price, then the others': "600 € à Tunis, contre 1 500 € à Paris", "400 € au lieu de 600 € dans un cabinet"
      /\d[\d .,]{0,12}\s?(?:€|euros?(?![\p{L}]))[^.!?\n]{0,80}?(?:contre|au\s+lieu\s+de)\s+(?:plus\s+de\s+|pres\s+de\s+|au\s+moins\s+|environ\s+)?(?:\d[\d .,]{0,12}\s?(?:€|euros?(?![\p{L}]))|le\s+double|le\s+triple)\s+(?:en\s+moyenne\s+)?(?:en|a|au|aux|chez|dans)\s/u,
      // "facturé 2 000 € en France, proposé entre 700 et 1 000 € au Portugal"
      /\d[\d .,]{0,12}\s?(?:€|euros?(?![\p{L}]))\s+(?:en|a|au|aux)\s+[\p{L}'-]+[^.!?\n]{0,40}?(?:propose\p{L}*|factur\p{L}*|revient|coute)\s+(?:entre\s+|pour\s+|a\s+)?\d[\d .,]{0,12}(?:\s+et\s+\d[\d .,]{0,12})?\s?(?:€|euros?(?![\p{L}]))/u,
    ],
    suggestions: NEUTRAL,
  },
  {
    // « moins cher », « des économies »: cheaper than something, a promotion only as the practice's own offer
    // (« chez nous, c'est moins cher »), not the costs of a country, a channel or a treatment set side by side.
    id: 'moins-cher',
    kind: 'cheaper',
    terms: [...S.cheaper, 'économie(s)'],
    suggestions: NEUTRAL,
  },
  {
    // Cheapness said of a country, a market, a material or a way of life (« un pays bon marché pour les vacances », « des
    // alliages bon marché », « des centres dentaires low cost » in a press piece): a description, unless the practice
    // sells its own care as cheap (« nous faisons du low cost », « chez nous, des soins à moindre coût ! »).
    id: 'bon-marche',
    kind: 'cheaper',
    terms: [...S.lowCost],
    suggestions: NEUTRAL,
  },
  {
    // The low price put forward for itself, not set against a named other: « des prix particulièrement attractifs »,
    // « nous sommes sans doute les moins chers de la ville » (a rank among the practices around).
    id: 'prix-vante',
    kind: 'always',
    patterns: [
      // « Alors pourquoi payer plus cher ? »: the reader's saving as the hook
      /(?<![\p{L}])pourquoi\s+(?:payer|depenser)\s+plus(?:\s+cher)?\s*\?/u,
      // goods handed out by the practice (« cet été, nous donnons gratuitement des casquettes »)
      /(?<![\p{L}])(?:nous\s+)?(?:distribuons|donnons|remettons|offrons)\s+gratuitement(?![\p{L}])/u,
      // « les tarifs très compétitifs », « des prix particulièrement attractifs »: the low price put forward, adverb between
      /(?<![\p{L}])(?:prix|tarifs?|couts?)\s+(?:tres|particulierement|extremement|vraiment|super|hyper|ultra|tout\s+a\s+fait)\s+(?:competitifs?|attractifs?|avantageux|imbattables?|alleechants?|allechants?)(?![\p{L}])/u,
      // « des prix sans concurrence », « des tarifs sans aucune concurrence » (the low price beyond comparison)
      /(?<![\p{L}])(?:prix|tarifs?|couts?)\s+(?:[\p{L}]+\s+){0,2}sans\s+(?:aucune\s+)?concurrence(?![\p{L}])/u,
      // « bien plus abordable que », « nettement plus abordables que »: the price set below another
      /(?<![\p{L}])(?:bien|beaucoup|nettement|largement|bien\s+plus)?\s*plus\s+abordables?\s+qu(?:e(?![\p{L}])|')/u,
      // « sans doute les moins chers de la ville », « le cabinet le moins cher du quartier »
      /(?<![\p{L}])(?:le|la|les)\s+moins\s+che(?:r|re|rs|res)\s+(?:de\s+la\s+(?:ville|region|rue)|du\s+(?:quartier|secteur|departement|coin|canton)|de\s+(?:france|l'agglomeration|la\s+place))(?![\p{L}])/u,
    ],
    suggestions: NEUTRAL,
  },
  {
    // A low price put forward with an intensifier or a selling adjective: "tarifs ultra compétitifs", "prix très abordables",
    // "des tarifs raisonnables", "coût particulièrement attractif" (fee information sentences excepted, 'price' kind).
    // (round 13) a bare comparative too: « à un coût plus accessible », « des tarifs plus abordables »
    id: 'prix-qualifie',
    kind: 'price',
    // also set off by commas: "les tarifs, très attractifs, s'expliquent…"; a clitic may come first: "les prix y sont très
    // intéressants", "des tarifs relativement agréables"
    patterns: [/(?<![\p{L}])(?:prix|tarifs?|couts?|tarification|precios?|prices?)\s*,?\s+(?:(?:y|en|y\s+sont|y\s+est|en\s+sont)\s+)?(?:(?:sont|est|restent|reste|demeurent|demeure|s'averent)\s+)?(?:(?:tres|ultra|hyper|super|vraiment|reellement|relativement|assez|fort|franchement|particulierement|tout\s+a\s+fait|plus\s+que|extremement|incroyablement|tres\s+tres|imbattablement|bien\s+plus|nettement\s+plus|encore\s+plus|plus)\s+)?(?:competitifs?|attractifs?|abordables?|raisonnables?|accessibles?|interessants?|avantageux|modiques?|modestes?|imbattables?|agreables?|allechants?|bas|doux|mini|legers?|economiques?|low[\s-]?cost|asequibles?|competitivos?|affordable|competitive|unbeatable|low)(?![\p{L}])/u,
      // (round 13) the cost of the act called cheap with words between: « le coût de la pose reste « attractif » »,
      // « le coût de la greffe, qui dépend des greffons, reste plus avantageux à Tunis »
      /(?<![\p{L}])(?:prix|tarifs?|couts?)\s+(?:de\s+l'|du\s+|de\s+la\s+|des\s+)[\p{L}-]+(?:\s+(?:de|du|des|d')\s*[\p{L}-]+){0,2}(?:\s*,[^,.!?\n]{0,120},)?\s+(?:est|sont|reste|restent|demeure|s'avere)\s+(?:toujours\s+|bien\s+|beaucoup\s+|nettement\s+|encore\s+|tres\s+)?(?:plus\s+)?"?\s*(?:avantageux|attractifs?|abordables?|accessibles?|competitifs?|interessants?|imbattables?|defiant)(?![\p{L}])/u,
      // a practitioner or a place ranked by price: « le praticien le plus abordable de Paris », « la clinique la moins chère »
      /(?<![\p{L}])(?:praticien(?:ne)?s?|cabinets?|centres?|cliniques?|dentistes?|chirurgiens?|instituts?|pharmacies?|opticiens?|etablissements?)\s+(?:[\p{L}-]+\s+)?(?:le|la|les)\s+(?:plus\s+(?:abordables?|economiques?|avantageux)|moins\s+(?:cher|chere|chers|cheres|couteux|couteuse|onereux|onereuse))(?![\p{L}])/u,
      // cheap said of the care and set against elsewhere: « la pose est peu coûteuse, comparée aux pays voisins »
      /(?<![\p{L}])(?:peu|pas)\s+(?:couteu(?:x|se|ses)|cher(?:e|s|es)?|onereu(?:x|se|ses))\s*,?\s+(?:compare|comparee?s?|par\s+rapport|en\s+comparaison|contrairement|a\s+la\s+difference)(?![\p{L}])/u,
      // a package price, a stay included: « le tarif inclut aussi l'hôtel », « tarif incluant l'hôtel et les transferts »
      /(?<![\p{L}])(?:prix|tarifs?|forfaits?|couts?|packages?)\s+(?:[\p{L}']+\s+){0,3}?inclu(?:t|ent|re|ant|ait|s|se)?\s+(?:[\p{L}']+\s+){0,2}?(?:sejours?|hebergement|hotels?|nuits?|nuitees|transferts?|vols?|billets?\s+d'avion)(?![\p{L}])/u,
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'gain',
    kind: 'anchored',
    // (not « économise »: one edit from « économies », a saving reported, not offered)
    terms: [...S.toWin, 'économisez', 'remportez', 'à remporter'],
    // "gagnez une séance", "les 100 premiers inscrits gagnent un bilan"
    patterns: [/(?<![\p{L}])gagn(?:ez|ent|eront|era|erez|e)\s+(?:un|une|des|votre|vos|leur|\d)(?![\p{L}])/u],
    suggestions: NEUTRAL,
  },
  {
    id: 'parrainage',
    kind: 'anchored',
    terms: [...S.referral, 'parrainer', 'filleul(e)(s)'],
    suggestions: ['Tarif à la séance : … €'],
  },
  {
    id: 'fidelite-concours',
    kind: 'always',
    terms: [
      ...S.packagesAndContests, 'carte(s) de fidélité', 'programme(s) de fidélité', 'points fidélité', 'fidélisation',
      'grand concours', 'concours photo', 'tentez votre chance',
      'forfait(s) détente', 'abonnement(s) soins',
      'carte(s) de {n} séances',
      // Loyalty programmes of pharmacy groups (R.5125-26 to 29): perks earned by purchases.
      'cumuler des points', 'cumulez des points', 'points bonus', 'cagnotte fidélité', 'remise(s) permanente(s)', 'réduction(s) permanente(s)',
      'avantages membre(s)', 'avantages client(s)', 'avantages fidélité', 'offres et avantages', 'offres et d\'avantages', 'avantages et offres', 'avantages et d\'offres', 'tarif(s) membre(s)',
      'sans obligation d\'achat', 'règlement du jeu', 'société organisatrice', 'lot(s) de consolation', 'dotation(s) du jeu',
      // English loyalty schemes (alsoReads eng)
      'loyalty program(s)', 'loyalty programme(s)', 'loyalty card(s)', 'earn points', 'redeem your points', 'points may be redeemed',
      // a draw, in any form (« deux participants seront tirés au sort », « un tirage au sort désignera »)
      'tiré(e)(s) au sort', 'rapport qualité-prix difficile à battre', 'difficile à battre',
    ],
    suggestions: ['Tarif à la séance : … €'],
  },
  {
    // "Devis gratuit et sans engagement", "devis offert, appelez vite !": a free quote used as a hook. A quote is due
    // anyway (free by nature), so only the sales formula around it makes it a lure.
    id: 'devis-gratuit-appat',
    kind: 'always',
    patterns: [
      /(?<![\p{L}])devis\s+(?:gratuits?|offerts?)\s+(?:et\s+)?sans\s+engagement/u,
      /(?<![\p{L}])devis\s+(?:gratuits?|offerts?)\s+(?:en\s+ligne|immediats?|express|en\s+\d+\s+(?:minutes?|clics?)|sous\s+\d+\s?h)/u,
      /(?<![\p{L}])devis\s+(?:gratuits?|offerts?)(?=[^.!?\n]{0,60}(?:appelez\s+vite|profitez|n'hesitez\s+plus|vite\s*!|offre|promo|🔥))/u,
    ],
    suggestions: ['Devis détaillé remis avant tout traitement'],
  },
  {
    // "Blanchiment à partir de 199 €", "dès 49 € la séance": a starting price put forward as a hook, unless the sentence
    // is fee information (honoraires, secteur, remboursement, a list of fees: "Tarifs : …").
    id: 'a-partir-de-prix',
    kind: 'price',
    patterns: [new RegExp(String.raw`(?<![\p{L}])(?:a\s+partir\s+de|starting\s+(?:at|from)|from\s+only|desde)\s+(?:seulement\s+|only\s+)?${EUR}`, 'u')],
    suggestions: NEUTRAL,
  },
  {
    id: 'gratuit-offert',
    kind: 'lure',
    terms: [...S.freeGifts, 'gratuit(e)(s)', 'gratuitement', 'gratis', 'gratuito(s)', 'gratuita(s)', 'complimentary', 'sin coste', 'de regalo', 'regalamos', 'sans frais', 'à nos frais', 'pas de frais de', 'aucun frais de', 'zéro frais', 'ne vous coûte rien', 'ne vous coûtera rien', 'ne coûte rien', 'ne coûtera rien', 'on vous offre', 'nous vous offrons', 'vous est offert(e)', 'vous sont offert(e)s'],
    // "cadeau", not the idiom "cadeau empoisonné"
    patterns: [
      /(?<![\p{L}])cadeaux?(?![\p{L}])(?!\s+empoisonne)/u,
      // "nous offrons la première séance", "ils offrent souvent le bilan": offrir + a definite act is a gift, not
      // "nous offrons des soins de qualité" (providing care). The act must follow within two words.
      new RegExp(String.raw`(?<![\p{L}])(?:offr(?:ons|ent|ez|ir|ira|irons|iront|ait|aient)|(?:il|elle|on|vous|nous|t'|m')\s*offre)\s+(?:(?:souvent|toujours|systematiquement|aussi|meme|parfois|volontiers)\s+)?(?:le|la|l'|votre|vos|leur|leurs|la\s+premiere|le\s+premier|votre\s+premiere|votre\s+premier|une\s+premiere|un\s+premier|\d+)\s*(?:[\p{L}-]+\s+)?(?:${GIFTED})(?![\p{L}])`, 'u'),
      // English "free consultation", "consultations are free"; Spanish "primera visita gratis" goes through "gratis".
      /(?<![\p{L}])free\s+(?:initial\s+|first\s+|general\s+|\d+[- ]minute\s+|teeth\s+|dental\s+|skin\s+|hair\s+|laser\s+|eye\s+|hearing\s+)?(?:consultations?|sessions?|treatments?|assessments?|evaluations?|check-?ups?|exams?|cleaning|whitening|x-rays?|scans?)(?![\p{L}])/u,
      /(?<![\p{L}])(?:consultations?|sessions?|assessments?|check-?ups?)\s+(?:is|are)\s+(?:always\s+)?(?:free|complimentary)(?![\p{L}])/u,
    ],
    suggestions: ['facturé(e) au tarif habituel'],
  },
  {
    id: 'evenement-commercial',
    kind: 'event',
    terms: [...S.salesEvents, 'cyber monday', 'french days', 'ventes privées', 'vente privée', 'spécial rentrée', 'spécial fête des mères', 'spécial saint-valentin', 'spécial été', 'spécial noël',
      'vendredi noir', 'offre(s) éclair', 'offre(s) anniversaire', 'black friday deals',
      'offre(s) de rentrée', 'offre(s) de noël', 'offre(s) d\'été', 'offre(s) de printemps', 'offre(s) de fin d\'année', 'offre(s) du mois',
      'opération(s) commerciale(s)', 'spécial fête des pères', 'offre(s) saint-valentin'],
    suggestions: ['(supprimer la référence commerciale)'],
  },
];

/** Nouns of acts and services a practice bills: "offert" next to one of them is a lure. */
export const billedActs = [
  'consultation(s)', 'séance(s)', 'soin(s)', 'bilan(s)', 'acte(s)', 'examen(s)', 'scanner(s)', 'radio(s)', 'radiographie(s)',
  'détartrage(s)', 'blanchiment(s)', 'injection(s)', 'traitement(s)', 'massage(s)', 'cure(s)', 'diagnostic(s)', 'check-up',
  'première visite', 'visite(s)', 'rendez-vous', 'prestation(s)', 'épilation(s)', 'peeling(s)', 'lifting(s)', 'botox', 'laser',
  'implant(s)', 'couronne(s)', 'prothèse(s)', 'orthèse(s)', 'semelle(s)', 'boîte(s)', 'produit(s)', 'flacon(s)', 'échantillon(s)',
  'pour tout', 'pour toute', 'pour l\'achat', 'achetée(s)', 'acheté(s)', 'nouveaux patients', 'nouvelles patientes', 'nouveau patient',
  'ce samedi', 'cette semaine', 'ce mois', 'jusqu\'à', 'réservé(e)(s)', 'réservez', 'mésolift', 'cryolipolyse', 'skinbooster',
  'première consultation', 'paire(s)', 'monture(s)', 'greffe(s)', 'greffon(s)', 'séjour(s)', 'hôtel(s)',
  // English and Spanish acts (alsoReads): "free session", "limpieza gratis", "primera visita gratuita".
  'session(s)', 'treatment(s)', 'assessment(s)', 'whitening', 'cleaning', 'consulta(s)', 'visita(s)', 'limpieza(s)', 'tratamiento(s)',
  'revisión', 'revisiones', 'blanqueamiento', 'implante(s)', 'ortodoncia', 'radiografía(s)',
  // what agencies and centres give away with the act: an assessment, a stay, the transfer, the file fees
  'évaluation(s)', 'estimation(s)', 'simulation(s)', 'analyse(s) de peau', 'essai(s)', 'nuit(s)', 'nuitée(s)', 'transfert(s)', 'navette(s)',
  // a free hearing or blood-sugar test offered by a shop or a network of pharmacies, a month of a subscription given
  'test(s) auditif(s)', 'test(s) audioprothétique(s)', 'test(s) de glycémie', 'test(s) de dépistage', 'abonnement(s)',
  'frais de dossier', 'livraison(s)', 'hébergement', 'facette(s)', 'pose(s)', 'intervention(s)', 'opération(s)', 'chirurgie(s)', 'retouche(s)', 'contrôle(s)', 'suivi', 'ajustement(s)', 'kit(s)',
];

/** What a reward is paid in: a word of the 'anchored' kind sells when one of these (or an act) is near. */
export const rewards = [
  'offert(e)(s)', 'gratuit(e)(s)', 'cadeau(x)', '🎁', 'réduction(s)', 'remise(s)', 'bon(s)', 'points', 'coffret(s)', 'lot(s)',
];

/** What follows a 'sense' noun when it is commercial: "réduction sur…", "promo du mois", "promotion de printemps". */
export const commercialHeads = [
  'prix', 'tarif(s)', 'facture(s)', 'frais', 'semaine', 'mois', 'moment', 'jour', 'week-end', 'rentrée', 'printemps', 'été', 'automne',
  'hiver', 'noël', 'fin d\'année', 'saison', 'lancement', 'bienvenue', 'fidélité', 'parrainage', 'fête des mères', 'saint-valentin',
];

/** Words of an offer: a bare "remise" or "promo" beside one of them (or a price, an act) is commercial. */
export const offerWords = [
  'profitez', 'bénéficiez', 'obtenez', 'étudiant(e)s', 'sur présentation', 'code', 'immédiate(s)', 'exceptionnel(le)(s)', 'spécial(e)(s)',
  'nouveaux patients', 'nouvelles patientes', 'exclusif', 'exclusifs', 'exclusive(s)', 'spéciaux', 'limitée(s)', 'valable(s)', '🔥', '🎉',
];

/** Plain senses of the 'sense' nouns that have no complement to tell them apart. */
export const plainSenses = [
  // « une médecine au rabais », « des soins au rabais »: the idiom runs cheap care down, it cuts no price
  'au rabais',
  'réduction(s) mammaire(s)', 'réduction tabagique', 'réduction pondérale', 'chirurgie de réduction', 'ma promo', 'ma promotion',
  'sa promo', 'sa promotion', 'promotion d\'honneur', 'promotion de ligue', 'promotion honneur', 'major de promo', 'major de promotion', 'camarade(s) de promo', 'camarade(s) de promotion',
  'promo {n}', 'promotion {n}', 'bal de promo', 'bal de promotion', 'soirée de promo', 'promo(s) d\'internes', 'promotion(s) d\'internes',
  // a class of graduates; advertising oneself or something (« les médecins font leur promotion sur les réseaux »)
  'dernière promotion', 'nouvelle promotion', 'promotion sortante', 'leur promo', 'leur promotion', 'leurs promotions', 'votre promotion',
  'collègue(s) de promo', 'collègue(s) de promotion', 'copain(s) de promo', 'copine(s) de promo', 'ami(e)(s) de promo', 'même promo',
  'faire la promotion', 'fait la promotion', 'font la promotion', 'faire leur promotion', 'font leur promotion', 'faire sa promotion', 'fait sa promotion',
  // publicity given on a channel (« contre de la promotion sur Instagram », « assurer sa visibilité par une promotion en ligne »)
  // (issue #7) advertising as a medium (« les vidéos de promotion de cet acte », « à des fins de promotion »)
  'vidéo(s) de promotion', 'clip(s) de promotion', 'spot(s) de promotion', 'film(s) de promotion', 'campagne(s) de promotion',
  'support(s) de promotion', 'outil(s) de promotion', 'action(s) de promotion', 'stratégie(s) de promotion', 'fins de promotion',
  'promotion sur les réseaux', 'promotion sur instagram', 'promotion sur tiktok', 'promotion sur les réseaux sociaux', 'promotion en ligne',
  // a reduction measured on the body (« une réduction visible et durable du volume »), not of a price
  'réduction(s) visible(s)', 'réduction(s) durable(s)', 'réduction(s) significative(s)', 'réduction(s) importante(s)', 'réduction(s) nette(s)',
  'réduction(s) notable(s)', 'réduction(s) progressive(s)', 'réduction(s) mesurable(s)', 'réduction(s) considérable(s)', 'réduction(s) marquée(s)',
];

/** After a minus percentage, what makes it a statistic ("-30 % chez les vaccinés", "-20 % en dix ans"). */
export const statisticFollowers = ['chez', 'en {n} ans', 'en un an', 'en dix ans', 'depuis', 'par rapport', 'entre', 'sur {n} ans', 'par an'];

/** Public programmes and bodies: "gratuit" there is public-health information, not a lure. */
export const publicProgrammes = [
  'dépistage organisé', 'dépistage(s)', 'assurance maladie', 'cpam', 'ameli', 'campagne(s)', 'programme', 'm\'t dents', 'mt dents',
  'santé publique france', 'établissement français du sang', 'efs', 'par l\'état', 'numéro(s)', 'ligne d\'écoute', 'anonyme(s)',
  'confidentiel(le)(s)', 'pris en charge', 'prise en charge', 'remboursé(e)(s)', 'sécurité sociale', 'mairie', 'ars',
  'vaccination', 'collation', 'centre de vaccination', 'planning familial', 'sans ordonnance', 'en pharmacie',
  'mon bilan prévention', 'bilan(s) prévention', 'ald', 'affection(s) de longue durée', 'c2s', 'complémentaire santé solidaire',
  'pmi', 'protection maternelle', 'tiers payant', 'sans avance de frais', 'permanence d\'accès aux soins',
  '100 % santé', 'reste à charge zéro', 'rac 0', 'panier a', 'mars bleu', 'octobre rose', 'inca', 'crcdc', 'programme national', 'nhs',
  // a free check-up owed to an age group, a right set by the rules, care given by volunteers to those who cannot pay
  'rendez-vous de prévention', 'examen(s) de prévention', 'dispositif', 'à toutes et à tous', 'à tous les assurés', 'la réglementation',
  'la loi', 'bénévole(s)', 'bénévolement', 'solidaire(s)', 'association(s)', 'n\'ont pas les moyens', 'démuni(e)(s)', 'précarité',
  'le cadre français', 'cadre légal', 'cadre réglementaire', 'préfecture', 'urps',
  // public sexual-health and screening centres (free by law for their users)
  'santé sexuelle', 'cegidd', 'centre(s) de dépistage', 'centre(s) de planification',
];

/** Volunteers, charities and prevention check-ups owed to all: named in the sentence before, they make the free care that follows theirs. */
export const charityCues = ['bénévole(s)', 'bénévolement', 'solidaire(s)', 'association(s)', 'n\'ont pas les moyens', 'démuni(e)(s)', 'précarité', 'utilité publique',
  'rendez-vous de prévention', 'examen(s) de prévention', 'mon bilan prévention', 'm\'t dents'];

/** Nouns that are free by nature and lure nobody: "devis gratuit", "parking gratuit". */
export const freeByNature = ['devis', 'parking', 'stationnement', 'wifi', 'wi-fi', 'brochure', 'livret', 'appel', 'fiche', 'guide'];

/** Medicines (DOMAIN.md §3.3): a pharmacy's discount on one of them is an error, on other goods a risk. */
export const medicineWords = [
  'médicament(s)', 'comprimé(s)', 'gélule(s)', 'sirop(s)', 'sachet(s)', 'collyre(s)', 'spray nasal', 'sprays nasaux',
  'paracétamol', 'ibuprofène', 'aspirine', 'doliprane', 'dafalgan', 'efferalgan', 'advil', 'nurofen', 'spasfon', 'smecta',
  'antihistaminique(s)', 'anti-inflammatoire(s)', 'antidouleur(s)', 'antalgique(s)', 'générique(s)', 'vaccin(s)', 'pilule(s)',
  'substitut(s) nicotinique(s)', 'patch(s) nicotinique(s)', 'patchs anti-tabac', 'sans ordonnance', 'automédication',
];

/** Fee information (DOMAIN.md §2.b, allowed and due): a low price or a bundle in such a sentence informs. */
export const feeInformation = [
  'base de remboursement', 'remboursement(s)', 'remboursé(e)(s)', 'optam', 'secteur {n}', 'dépassement(s)', 'tarif(s) conventionné(s)',
  'honoraires', 'ticket modérateur', 'devis', 'conventionné(e)(s)', 'non conventionné(e)(s)', 'mutuelle(s)', 'complémentaire(s)',
  // a fee display (« Tarifs : bilan 45 €, séance à partir de 40 € ») informs; so does a range (« de 40 à 60 € selon la zone »)
  'forfait journalier', 'forfait hospitalier', 'forfait patientèle', 'forfait structure', 'participation forfaitaire', 'franchise(s) médicale(s)',
  'tarifs :', 'tarif :', 'grille tarifaire', 'selon la zone', 'selon le nombre', 'selon la technique', 'sur devis', 'par œil',
  // what a guide or an insurer tells about costs (averages, ranges, who pays): information, not a bait
  'en moyenne', 'prix moyen', 'tarif moyen', 'coût moyen', 'varie(nt) entre', 'oscille(nt) entre', 'se situe(nt) entre', 'selon les régions',
  'selon le praticien', 'selon les praticiens', 'reste à charge', 'à votre charge', 'prise en charge', 'pris(e)(s) en charge', 'sécurité sociale',
  'assurance maladie', 'tarif(s) de convention', 'tarif(s) de base',
  // an approximate price is a guide's estimate; an offer states its price
  'environ', 'aux alentours de', 'de l\'ordre de', 'approximativement', 'à titre indicatif',
  // an estimate told to the reader (« comptez à partir de 300 € par seringue », « il faut compter 60 € »): a guide's figure
  'comptez', 'il faut compter', 'prévoyez un budget', 'prévoir un budget',
];

/** What bundles a stay or a package with the act (tourism): "hôtel, transferts et opération, tout compris". */
/**
 * The other side of a lower price, after « moins cher que … » (no-price-promotion › moins-cher, kind 'cheaper'): another
 * country, the average, other providers. Articles included, so « qu'une extraction » (another treatment) is not one.
 */
export const elsewhereNouns = [
  'la france', 'la belgique', 'la suisse', 'l\'europe', 'l\'hexagone', 'la moyenne', 'la moyenne nationale', 'le reste de l\'europe',
  'le marché', 'les prix du marché', 'les tarifs du marché',
  'les cabinets', 'un cabinet', 'les cliniques', 'une clinique', 'les officines', 'une officine', 'les pharmacies', 'les centres',
  'les praticiens', 'les confrères', 'leur pays', 'son pays', 'votre pays', 'chez vous',
];

/**
 * no-price-promotion › moins-cher-qu-ailleurs: where a lower price in figures is set (« en Turquie », « à Budapest »,
 * « dans ces pays »): words that are places by themselves; a capitalised name after a preposition is one too.
 */
export const pricePlaceWords = ['france', 'europe', 'étranger', 'pays', 'hexagone'];
export const pricePlacePrepositions = ['en', 'à', 'au', 'aux', 'dans', 'vers', 'in'];

export const packageCues = ['hôtel(s)', 'séjour(s)', 'transfert(s)', 'nuit(s)', 'forfait(s)', 'pack(s)', 'package(s)', 'vol(s)', 'formule(s)'];

/**
 * The sentence or the next one says the practice is forbidden or explains the law ("pratique proscrite par
 * l'Ordre", "au sens juridique"): the offer is reported or explained, not made.
 */
/**
 * Words that hold low prices up as a danger or a deceit (« le slogan est trompeur », « ces prestations, dans
 * l'illégalité », « la qualité est navrante »): a press piece or a warning against the bargain, not a price offered.
 * Looked for in the sentence and the ones on either side.
 */
export const criticismCues = [
  'trompeur', 'trompeuse(s)', 'trompeurs', 'scandale(s)', 'méfiance', 'mésaventure(s)', 'navrant(e)(s)', 'illégalité', 'dérive(s)',
  'décrié(e)(s)', 'dénonce(nt)', 'dénoncé(e)(s)', 'escroquerie(s)', 'peu sécurisé(e)(s)', 'sans valeur médicale', 'mauvaises surprises',
  'se retrouver le bec dans l\'eau', 'alerte le', 'alerte la', 'alertent', 'sérieux doutes',
  'alerte l\'association', 'alerte l\'ordre', 'alerte l\'ansm', 'met en garde', 'mettent en garde', 'mise(s) en garde',
  // a bargain that ended badly (« ont fait faillite », « liquidation judiciaire », « les victimes »)
  'faillite(s)', 'liquidation judiciaire', 'victime(s)', 'laissés sans soins', 'laissant des patients',
  // a scandal or a complaint (« a provoqué un tollé », « le syndicat s'apprête à déposer plainte »)
  ...S.outcry,
  // (round 13) a consumer body or a writer who deplores the offers, or what hides behind them (« l'association déplore
  // que les promotions incitent à consommer », « derrière ces offres se cache une réalité moins reluisante »)
  'déplore(nt)', 'déploré(e)(s)', 'fustige(nt)', 'épingle(nt)', 'épinglé(e)(s)', 'pointe(nt) du doigt', 'moins reluisant(e)(s)', 'se cache(nt)',
];

export const prohibitionCues = [
  'proscrit(e)(s)', 'prohibé(e)(s)', 'interdit(e)(s)', 'interdiction(s)', 'au sens juridique', 'la loi impose', 'la loi interdit',
  'sanctionné(e)(s)', 'sanctionne(nt)', 'sanctionner', 'code de la santé publique', 'code de déontologie', 'hors la loi', 'illégal(e)(s)', 'illégaux', 'rappelé à l\'ordre',
  // a regulator or a disciplinary body taking the offer to task, told by the press or the profession (« l'Ordre a
  // recadré des pharmacies », « les influenceuses épinglées par la DGCCRF », « ces affiches sont dans le collimateur »,
  // « sanctionné par un blâme », « une banderole jugée contraire à la dignité »)
  'recadré(e)(s)', 'recadre(nt)', 'recadrer', 'épinglé(e)(s)', 'épingle(nt)', 'épingler', 'dans le collimateur', 'dans le viseur',
  'chambre de discipline', 'chambre disciplinaire', 'blâme', 'contraire(s) à la dignité', 'manque(nt) de tact et de mesure',
  'rappelé(e)(s) à l\'ordre', 'rappelle(nt) à l\'ordre',
  // the labelling rules a promotion must follow (« l'affichage des deux prix est obligatoire »)
  'double étiquetage', 'est obligatoire', 'sont obligatoires', 'le prix de référence est',
  // the profession's rules against it (« ce que l'Ordre juge contraire à la déontologie », « incompatible avec l'exercice »)
  ...S.professionRules,
  // what hides behind low prices, in the sentence or the next (« Mais ces tarifs alléchants cachent des surprises… »)
  'se cache(nt)', 'cachent des', 'cache des',
  // the law or ethics of offers discussed (« sur le plan juridique », a question to the Ordre; English pages of the trade)
  'sur le plan juridique', 'sur le plan déontologique', 'déontologiquement', 'cette pratique est-elle', 'est-ce que cette pratique',
  'the rules state', 'code of practice', 'cannot be advertised', 'is prohibited', 'are prohibited', 'ethical', 'unethical',
  // a list of what is forbidden, each line marked with a no-entry sign (« 🚫 Afficher des promotions sur… »)
  '🚫', '⛔',
];

/**
 * Sellers who are not the practice (DOMAIN.md §2.b applies to the practice's own offer): an influencer, a chain, beauticians,
 * group-buying sites, brands. A price word in a sentence led by one of them reports what others sell (press, guides),
 * unless the practice speaks there too.
 */
export const otherSellers = [
  'influenceuse(s)', 'influenceur(s)', 'créatrice(s) de contenu', 'créateur(s) de contenu', 'enseigne(s)', 'esthéticienne(s)',
  'sites d\'achat', 'site(s) d\'achat groupé', 'groupon', 'les marques', 'fabricant(s)', 'grandes surfaces',
  'magasin(s) d\'optique', 'opticiens', 'parapharmacies en ligne',
  // online shops set beside the pharmacy (« sites e-commerce spécialisés : prix compétitifs »)
  'e-commerce', 'pharmacie(s) en ligne', 'vente en ligne', 'sites marchands',
];

/** Journalism and studies: a price or a comparison reported from a survey informs ("selon l'enquête"). */
export const reportedSource = ['selon', 'd\'après', 'étude(s)', 'enquête(s)', 'observatoire', 'insee', 'relevé(s) de prix', 'ufc-que choisir', 'que choisir',
  // someone else's claim held at a distance (« ils se targuent de prix imbattables »): the offer is described, not made
  'se targue(nt)', 'prétend(ent)',
  // (round 13) a consumer survey's ranking of sellers (« en tête de notre palmarès »)
  'palmarès', 'test-achats', '60 millions de consommateurs'];

/** Public bodies and programmes by name: a « gratuit » in the next lines is theirs (« Le test est gratuit »). */
export const publicBodies = [
  'dépistage organisé', 'assurance maladie', 'cpam', 'ameli', 'm\'t dents', 'mt dents', 'santé publique france', 'inca',
  'institut national du cancer', 'crcdc', 'mars bleu', 'octobre rose', 'programme national', 'mon bilan prévention',
  'agence régionale de santé', 'centre de vaccination', 'protection maternelle et infantile',
];
