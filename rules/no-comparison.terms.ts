// DATA ONLY: comparison frames and the practitioners or establishments they compare with (DOMAIN.md §2.f).
// Patterns run on folded text: lowercase, no accents, ' for every apostrophe, " for every quotation mark.
import type { TermEntry } from '../src/rule-kit.js';
import { practiceNouns } from './shared.terms.js';
import * as S from './shared.terms.js';

export interface ComparisonTerm extends TermEntry {
  kind: 'comparison' | 'exclusivityClaim' | 'denigration';
  /** A word that must follow within `gap` words before the target is looked for ("plus … que", "supérieur … à"). */
  link?: RegExp;
  gap?: number;
  /** Matches (folded) that need a word between them and their link: « aussi grand que » compares, « aussi que » (also that) does not. */
  notRightBeforeLink?: RegExp;
  /** Words after the match (or after the link) where a practitioner or establishment must appear (0 = the match names it). */
  window: number;
  /** The clause must also match (a saying verb, a negation…); 'around': the phrase up to just after the match. */
  requires?: RegExp;
  requiresIn?: 'clause' | 'around' | 'sentence';
  /** An exclusivity counts only with a place ("de Quimper") or a distinguishing qualifier ("formé à", "équipé de"). */
  needsQualifier?: boolean;
  unless?: RegExp;
  unlessBefore?: RegExp;
  unlessAfter?: RegExp;
  /** The frame carries its own negation ("pas comme aux urgences"): skip the negation cue. */
  ownNegation?: boolean;
  /** The frame is itself a warning word ("évitez les centres discount"): a warning only when the author does not set itself apart. */
  ownWarning?: boolean;
  /** Not a claim of the author when it compares third parties ("les kinés sont plus nombreux que les médecins"). */
  selfOnly?: boolean;
  /** Only when the author speaks of itself in the sentence (nous, notre, ici…). */
  needsSelf?: boolean;
  /** Only when the author speaks of itself or a place follows ("trois fois moins chers en Tunisie"). */
  selfOrPlace?: boolean;
  /** The sentence before the match must match ("850 € à Porto, contre 1 900 € à Lyon": a first price). */
  requiresBefore?: RegExp;
  /** With no provider named after it, a place within a few words is the other side: « le seul appareil de ce type en
   *  France » sets the author against every other practice of the place. */
  placeIsOtherSide?: boolean;
  /** A rank ("le premier") counts only before a place ("en Bretagne", "du département") or a qualifier ("à proposer"). */
  needsPlaceOrQualifier?: boolean;
  /** The author sets itself against the others right after: the rest of the sentence or the next one opens on itself
   *  (« Bien des praticiens posent la même prothèse à tous. Chez nous… »). */
  selfAfter?: boolean;
}

/** Who may not be compared with: practitioners and establishments, competitors, "elsewhere". */
export const targets = [
  ...practiceNouns.filter((t) => !['team', 'duo', 'trio', 'binôme(s)', 'expert(e)(s)', 'équipe(s)'].includes(t)),
  'urgences', 'maternité(s)', 'concurrent(e)(s)', 'concurrence', 'chaîne(s)', 'enseigne(s)', 'ailleurs', 'laboratoire(s)', 'centre(s) de santé',
  // Provider types real pages compare with (docs/research/no-comparison.md §2.3).
  'libéral', 'libéraux', 'esthéticienne(s)', 'salon(s)', 'grandes surfaces', 'parapharmacie(s)', 'franchise(s)', 'prestataire(s)',
  // English and Spanish (alsoReads).
  'clinic(s)', 'dentist(s)', 'practice(s)', 'surgeon(s)', 'doctor(s)', 'competitor(s)', 'clínica(s)', 'dentista(s)', 'médico(s)',
  'franquicia(s)', 'competencia', 'others',
  // other practitioners of the fields real posts compare with (opticians, hearing-aid centres, naturopaths)
  'opticien(ne)(s)', 'audioprothésiste(s)', 'naturopathe(s)', 'diététicien(ne)(s)', 'orthoptiste(s)', 'ophtalmologiste(s)', 'psychologue(s)',
  'hosto(s)', 'clinique(s) privée(s)', 'nhs', 'hospital(s)',
  // peers named as such (« aussi abordables que leurs pairs », « aussi compétents que leurs homologues européens »)
  'pair(s)', 'homologue(s)',
  // big places stand for their providers: "pas le prix fort comme dans les grandes villes"
  'villes', 'capitales', 'métropoles', 'capitale',
  // shops, as the other side of a price (« moins chères sur notre site qu'en magasin »)
  'magasin(s)', 'boutique(s)',
];

/** Aggregates ("que la moyenne", "que le prix du marché"): another side only for a price or when the author speaks. */
export const aggregates = ['moyenne', 'marché', 'average', 'market', 'media'];

/** Words of price and cost: a comparison with a place is a claim when it is about prices. */
export const priceWords = [
  'cher(s)', 'chère(s)', 'prix', 'tarif(s)', 'coût(s)', 'coûte(nt)', 'coûteu(x)(se)(s)', 'onéreu(x)(se)(s)', 'facture(s)', 'devis', 'économique(s)', 'abordable(s)', 'bon marché',
  'économie(s)', 'économisez', 'compétitif(s)', 'compétitive(s)', 'payez', 'paierez', 'payerez', 'débourserez', 'déboursez', 'cheap', 'cheaper', 'price(s)', 'affordable', 'cost(s)', 'barato(s)', 'barata(s)', 'precio(s)', 'económico(s)',
];

/** Prepositions that introduce a place ("qu'en France", "qu'à Paris", "than in the UK", "que en Francia"). */
export const placePrepositions = ['en', 'a', 'au', 'aux', 'dans', 'chez', 'in', 'at'];

/** Qualifiers that make "le seul cabinet …" a claim over the others. */
export const qualifiers = [
  'équipé(e)(s)', 'formé(e)(s)', 'certifié(e)(s)', 'agréé(e)(s)', 'labellisé(e)(s)', 'habilité(e)(s)', 'spécialisé(e)(s)',
  'diplômé(e)(s)', 'accrédité(e)(s)', 'ouvert(e)(s)', 'à proposer', 'à pratiquer', 'à offrir', 'à utiliser', 'à disposer',
  'à réaliser', 'à posséder', 'qui propose', 'qui pratique', 'qui dispose', 'qui possède', 'qui utilise', 'à avoir', 'à être',
];

/** Words before "que" that make it a time clause or a restriction, not a comparison ("plus de 20 ans que"). */
// "ne" is a word ("ne coûte plus"), not the start of "nettement".
const NOT_COMPARATIVE_BEFORE = /(?:d'autant|(?:^|[^\p{L}])(?:ne\s+|n')[\p{L}']+|non)\s*$/u;
/** Practice nouns a rank may carry ("la première clinique"), folded. */
const PRACTICE = 'destination|cabinet|centre|clinique|polyclinique|institut|pharmacie|officine|etablissement|hopital|structure|maison\\s+de\\s+sante|praticien|praticienne|medecin|dentiste|chirurgien|chirurgienne|kine|kinesitherapeute|osteopathe|podologue|orthodontiste|dermatologue|laboratoire';
/** Working together, being replaced, on-call rota: the others are colleagues, not competitors. */
const COOPERATION = /travaill|collabor|en lien|avec les autres|adress|orient|partenai|ensemble|du cabinet|de l'equipe|de la maison|de garde|du secteur|du quartier|du territoire|remplac|confraternel|absence/u;
/** Others said to speak or act badly: "les autres médecins vous diront…", "certains centres facturent…". */
const SAYING = /vous\s+dir(?:ont|a|ait|aient)|(?<![\p{L}])(?:disent|pretendent|affirment|refusent|se\s+contentent|negligent|expedient|baclent|vous\s+(?:font|feront)\s+(?:attendre|payer)|facturent)(?![\p{L}])/u;
/** Others said not to do something ("certains cabinets ne prennent plus de patients"), a contrast only when the author speaks too. */
/** Price after "contre" / "plutôt que": "850 € à Porto, contre 1 900 € à Lyon". */
/** Countries and cities of medical travel, and France itself (folded alternation). */
const COUNTRIES = String.raw`france|l'hexagone|hongrie|espagne|portugal|turquie|tunisie|maroc|roumanie|pologne|bulgarie|croatie|republique\s+tcheque|belgique|suisse|italie|allemagne|angleterre|royaume-uni|thailande|colombie|mexique|bresil|coree|europe|paris|londres|budapest|istanbul|lisbonne|porto|barcelone|madrid|tunis|casablanca|marrakech|bucarest|sofia|varsovie|prague|bruxelles|geneve`;
const PRICE = String.raw`(?:[€£$]\s?\d[\d .,]{0,24}|\d[\d .,]{0,24}\s?(?:[€£$]|(?:euros?|chf|dh)(?![\p{L}])))`;
/** An amount in words (« cinq euros », « une vingtaine d'euros »): a first price as real posts write it. */
const PRICE_IN_WORDS = String.raw`(?<![\p{L}])(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille|une\s+(?:dizaine|quinzaine|vingtaine|trentaine|cinquantaine|centaine))\s+(?:d')?euros?(?![\p{L}])`;
/** What care is made of, when said to equal another practice's or place's (folded alternation). */
const CARE_MADE_OF = String.raw`qualite|confiance|protocoles?|normes?|standards?|exigences?|formations?|competences?|garanties?|securite|soins|techniques?|materiels?|equipements?|technologies?|expertise|savoir-faire|cursus|diplomes?|criteres`;
/** Other practitioners and establishments named as the other side of an equality (folded alternation). */
const PEERS = String.raw`dentistes?|praticiens?|chirurgiens?|medecins?|confreres|consoeurs|pairs|homologues|cliniques?|cabinets?|centres?|hopitaux|hopital|specialistes?|etablissements?|orthodontistes?|kines?|kinesitherapeutes?|osteopathes?`;
/** Care given somewhere (« ceux proposés dans… », « celles pratiquées en France »), folded. */
const CARE_GIVEN = String.raw`proposee?s?|pratiquee?s?|offerte?s?|dispensee?s?|realisee?s?|prodiguee?s?|delivree?s?`;
/** Products and treatments ranked first are information ("le premier vaccin en France à…"). */
const PRODUCT = /(?<![\p{L}])(?:vaccin\p{L}*|medicament\p{L}*|molecule\p{L}*|traitement\p{L}*|cause\p{L}*)(?![\p{L}])/u;
const NOT_DOING = /(?<![\p{L}])(?:ne|n')\s*[\p{L}']+\s+(?:pas|jamais|plus|guere|que)(?![\p{L}])/u;

/** Word cues the rule reads around a frame. */
export const cues = {
  /** The author speaking of itself: "nous", "notre cabinet", "chez nous", "ici". */
  // (round 10: the Spanish verb forms of « nous », « somos », « ofrecemos », « tenemos »)
  SELF: /(?<![\p{L}])(?:nous|notre|nos|ici|je|j'|mon|ma|mes|on|we|our|us|nuestr[oa]s?|nosotr[oa]s|somos|ofrecemos|tenemos|realizamos|trabajamos)(?![\p{L}])/u,
  OWN: /^(?:notre|nos|mon|ma|mes)$/u,
  /** "nos confrères" are others even with a possessive. */
  COLLEAGUES: /^(?:confr|conso|colleg|concurr)/u,
  /** A practice in the singular as subject is the author ("le cabinet est mieux équipé que …"). */
  ESTABLISHMENT: /^(?:cabinet|centre|clinique|polyclinique|institut|pharmacie|officine|maison|structure|etablissement|hopital|chu|equipe)$/u,
  /** "Les autres vous diront que …": "autres" stands for the other practitioners. */
  OTHERS_SAY: /^\s*(?:vous\s+(?:diront|dira|disent|feront|font|proposeront|promettent|vendront)|disent|pretendent|promettent|affirment)(?![\p{L}])/u,
  /** A comparison drawn from a cited study is health information. */
  CITATION: /\([^()]*(?:19|20)\d{2}\)|(?<![\p{L}])(?:doi|pmid)(?![\p{L}])/u,
  /** A survey or a study reports the comparison ("selon l'enquête", "d'après une étude de …"). */
  // also a claim held at a distance by its verb (« elles se targuent de tarifs 50 % moins chers », « des gels qui prétendent
  // être plus efficaces »): someone else's claim reported, not the author's
  // (« selon » a seller or a booking platform, « selon le directeur de la clinique », is the pitch relayed, not a survey)
  REPORTED: /(?<![\p{L}])(?:(?:selon|d'apres)(?!\s+(?:(?:le|la|les|l'|un|une|son|sa|leur)\s*)?(?:[\p{L}-]+\s*,?\s+){0,3}?(?:plateformes?|agences?|sites?|cliniques?|centres?|directeur|directrice|fondat\p{L}*|dirigeante?s?|gerante?s?|responsables?|commerciale?s?|organisateurs?|intermediaires?|facilitateurs?)(?![\p{L}]))|(?<!(?:ans|annees)\s+d')etudes?|enquetes?|observatoire|insee|releves?\s+de\s+prix|prix\s+releves?|que\s+choisir|se\s+targu\p{L}*|pretend(?:ent|ant)?)(?![\p{L}])/u,
    /** The place said by its adjective (« la législation espagnole », « les cliniques turques »): a country set against
   *  home, as « en Espagne » is. Folded. */
  NATIONALITY: /(?<![\p{L}])(?:legislation|loi|territoire|sol|capitale|cliniques?|centres?|hopitaux|hopital|etablissements?|dentistes?|chirurgiens?|praticiens?|medecins?|equipes?|systeme)\s+(?:espagnol|hongrois|turc|turque|tunisien|marocain|portugais|roumain|polonais|bulgare|croate|tcheque|thailandais|colombien|mexicain|bresilien|coreen|belge|suisse|allemand|italien|anglais|britannique)(?:e|es|s|ne|nes)?(?![\p{L}])/u,
  /** A determiner before "que" makes it a relative pronoun ("aussi les patients que …"). */
  DETERMINER: /^(?:le|la|les|un|une|ce|cet|cette|ces|mon|ma|mes|notre|nos|votre|vos|leurs?|l'.*)$/u,
  /** "plus de vingt ans que le cabinet existe": time, not a comparison. */
  TIME: /(?:ans|an|mois|semaines?|jours?|heures?|annees?|minutes?)\s*$/u,
};

export const comparisonTerms: ComparisonTerm[] = [
  {
    // "trois fois moins chers", "40 % moins cher", "3 times cheaper", "5 veces más barato": a price multiple, a
    // claim when the author speaks of itself or a place follows (with "que" + another side, plus-que reports it).
    id: 'fois-moins-cher', kind: 'comparison', window: 0, selfOrPlace: true,
    patterns: [
      // "trois fois moins chers", "deux fois moins onéreuses", "deux fois plus abordables", "40 % moins coûteux"
      /(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)?|deux|trois|quatre|cinq|six|dix)(?:\s+(?:a|ou)\s+(?:\d+|deux|trois|quatre|cinq|six|dix))?\s+fois\s+(?:moins\s+(?:che(?:r|re|rs|res)|onereu\p{L}*|couteu\p{L}*)|plus\s+(?:abordables?|accessibles?|economiques?|bas(?:se|ses)?))(?![\p{L}])/u,
      /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s?%\s+(?:moins\s+(?:che(?:r|re|rs|res)|onereu\p{L}*|couteu\p{L}*)|plus\s+(?:abordables?|economiques?))(?![\p{L}])/u,
      // "save up to 70% compared to UK prices"
      /(?<![\p{L}])(?:save|saving|savings\s+of)\s+(?:up\s+to\s+)?\d+\s?%\s+(?:compared\s+(?:to|with)|on|versus|vs)(?![\p{L}])/u,
      /(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)?\s?%|\d+\s+times|two\s+times|three\s+times)\s+cheaper(?![\p{L}])/u,
      /(?<![\p{L}\p{N}])(?:\d+|dos|tres|cuatro|cinco)\s+veces\s+mas\s+barat[oa]s?(?![\p{L}])/u,
      // (round 10) « un 50 % más baratos »
      /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s?%\s+mas\s+(?:barat[oa]s?|economic[oa]s?)(?![\p{L}])/u,
      // "des prix divisés par trois", "une facture divisée par deux": the other side is implicit, the cut is the claim.
      /(?<![\p{L}])(?:prix|tarifs?|couts?|factures?|budgets?)\s+(?:[\p{L}]+\s+){0,2}divise(?:e|s|es)?\s+par\s+(?:\d+|deux|trois|quatre|cinq|dix)(?![\p{L}\p{N}])/u,
      // "jusqu'à 60 % inférieurs à ceux pratiqués en France", "des tarifs 50 % plus bas qu'à Paris"
      /(?<![\p{L}\p{N}])\d+(?:[.,]\d+)?\s?%\s+(?:inferieur(?:e|s|es)?\s+(?:a|aux?)|plus\s+bas(?:se|ses)?|de\s+moins)(?![\p{L}])/u,
      // "coûte deux fois moins", "vous paierez trois fois moins qu'à Lyon", "revient 2 à 3 fois moins"
      /(?<![\p{L}])(?:coute|coutent|couteront|coutera|paierez|payez|payerez|paye|paie|revient|reviennent|facture\p{L}*|depense\p{L}*)\s+(?:\p{L}+\s+)?(?:\d+(?:[.,]\d+)?|deux|trois|quatre|cinq|dix)(?:\s+(?:a|ou)\s+(?:\d+|deux|trois|quatre|cinq|dix))?\s+fois\s+moins(?![\p{L}])/u,
      // "deux à trois fois moins qu'en France", "trois fois plus bas qu'à Genève": a multiple with its other side
      /(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)?|deux|trois|quatre|cinq|six|dix)(?:\s+(?:a|ou)\s+(?:\d+|deux|trois|quatre|cinq|six|dix))?\s+fois\s+(?:moins|plus\s+bas(?:se|ses)?)(?=\s+(?:qu'|que\s))/u,
      // "de 30 % à 50 % moins cher", "30 à 50 % moins chers qu'en Europe": a range of savings
      /(?<![\p{L}\p{N}])\d+\s?%?\s+a\s+\d+\s?%\s+(?:moins\s+(?:che(?:r|re|rs|res)|onereu\p{L}*|couteu\p{L}*)|plus\s+bas(?:se|ses)?|inferieur\p{L}*|d'economies?)(?![\p{L}])/u,
      // "inférieurs de 40 %", "des prix réduits de moitié par rapport à…"
      /(?<![\p{L}])(?:inferieur(?:e|s|es)?|moins\s+cher(?:e|s|es)?|plus\s+bas(?:se|ses)?)\s+de\s+(?:\d+(?:[.,]\d+)?\s?%|moitie|la\s+moitie)(?![\p{L}])/u,
    ],
  },
  {
    // "facturée 6 000 € à Paris, elle revient à 2 000 € chez nous": a price at one place set against ours.
    id: 'prix-lieu-revient', kind: 'comparison', window: 0,
    patterns: [new RegExp(String.raw`${PRICE}\s+(?:en|a|au|aux|dans|chez)\s+[\p{L}'-]+[^.!?\n]{0,60}?(?:revient|reviendra|revenant|coute|coutera|passe|tombe|descend|propose\p{L}*|factur\p{L}*|affich\p{L}*|vendu\p{L}*|pose\p{L}*)\s+(?:a\s+|sous\s+|pour\s+)?(?:seulement\s+|moins\s+de\s+|a\s+peine\s+|entre\s+\d[\d .,]{0,12}\s+et\s+|de\s+\d[\d .,]{0,12}\s+a\s+)?${PRICE}`, 'u')],
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|releve)(?![\p{L}])/u,
  },
  {
    // "Là où une couronne est facturée 900 € en Belgique, nous la proposons à 350 €": a price elsewhere set against ours.
    id: 'la-ou-prix', kind: 'comparison', window: 0, needsSelf: true,
    patterns: [new RegExp(String.raw`(?<![\p{L}])la\s+ou(?=[^.!?\n]{0,80}?${PRICE})`, 'u')],
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|releve)(?![\p{L}])/u,
  },
  {
    // Rankings over other practices: "parmi les trois premières de la région", "classé 2e de France", "1er au palmarès".
    id: 'classement', kind: 'comparison', window: 0,
    patterns: [
      /(?<![\p{L}])parmi\s+les\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cinquante|cent)\s+(?:premier|premiere|meilleur|plus\s+grand)\p{L}*(?![\p{L}])/u,
      /(?<![\p{L}])classe(?:e|s|es)?\s+(?:au\s+|a\s+la\s+)?(?:\d+\s?(?:e|er|re|ere|eme)|premier|premiere|deuxieme|second|seconde|troisieme|n\s?°\s?\d+|numero\s+(?:1|un))(?![\p{L}])/u,
      /(?<![\p{L}\p{N}])(?:\d+\s?(?:e|er|re|ere|eme)|premier|premiere|deuxieme|troisieme)\s+(?:au|du|dans\s+le)\s+(?:classement|palmares|top)(?![\p{L}])/u,
      /(?<![\p{L}])en\s+tete\s+(?:du|des)\s+(?:classement|palmares)\p{L}*/u,
      // "se classe parmi les meilleurs d'Europe", "classée parmi les premières de France"
      /(?<![\p{L}])(?:se\s+)?classe(?:e|s|es|nt)?\s+parmi\s+les\s+(?:meilleur|premier|premiere|plus)\p{L}*(?![\p{L}])/u,
    ],
    // a disease or a cause ranked ("classée deuxième cause de mortalité"), a survey reporting ranks
    unless: /(?<![\p{L}])(?:cause|causes|maladie|cancer|pathologie|risque|selon|d'apres|enquete)(?![\p{L}])/u,
  },
  {
    // "le meilleur rapport qualité-prix de la Côte d'Azur / du marché": a price claim against every other provider.
    id: 'meilleur-rapport-qualite-prix', kind: 'comparison', window: 0, selfOrPlace: true,
    terms: ['meilleur rapport qualité-prix', 'meilleur rapport qualité prix', 'meilleur rapport qualité/prix', 'best value for money', 'mejor relación calidad-precio', 'mejor relación calidad precio'],
  },
  {
    // "En France, comptez plutôt 2 000 €", "à Paris, il faut compter facilement le double": the price elsewhere set
    // against ours (a contrast word is required: "en France, comptez 30 € la consultation" is fee information).
    id: 'ailleurs-comptez', kind: 'comparison', window: 0,
    patterns: [new RegExp(String.raw`(?<![\p{L}])(?:en|a|au|aux|dans)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?\s*,\s*(?:comptez|il\s+faut\s+compter|prevoyez|vous\s+paierez|on\s+paie|c'est)\s+(?:plutot|facilement|au\s+moins|jusqu'a|pres\s+du?)\s+(?:${PRICE}|le\s+double|le\s+triple)`, 'u')],
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|releve|moyenne)(?![\p{L}])/u,
  },
  {
    // "Il n'en existe que trois en France, et notre centre en possède un": rarity claimed for one's own equipment.
    id: 'il-n-en-existe-que', kind: 'exclusivityClaim', window: 0, needsSelf: true, ownNegation: true,
    patterns: [/(?<![\p{L}])(?:il\s+)?n'en\s+existe\s+(?:que|qu')\s*(?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|une\s+poignee|quelques-uns|quelques\s+uns)(?=\s+(?:en|dans|au|aux|sur)\s)/u],
  },
  {
    // "Ici, pas d'usine à soins", "on n'est pas une chaîne": others described by a disparaging label, by contrast.
    id: 'pas-d-usine', kind: 'denigration', window: 0, ownNegation: true,
    // « … comme dans certains centres » names the others: comme-ailleurs reports that sentence once
    unless: /comme\s+(?:dans\s+|chez\s+|a\s+|aux\s+)?(?:certain\p{L}*|d'autres|les\s+autres|beaucoup|la\s+plupart|trop)(?![\p{L}])/u,
    patterns: [
      /(?<![\p{L}])(?:pas\s+d'|pas\s+de|ni\s+d'|ni\s+de|loin\s+des?|loin\s+d'|fini\s+les?|rien\s+a\s+voir\s+avec\s+(?:les|des|une|un))\s*(?:usines?\s+a\s+[\p{L}]+|abattage|travail\s+a\s+la\s+chaine|(?:soins|medecine|dentisterie|consultations?)\s+a\s+la\s+chaine|bars?\s+a\s+sourires?|dentisterie\s+de\s+masse|centres?\s+low[\s-]?cost|cliniques?\s+low[\s-]?cost|chaines?\s+(?:de\s+centres|dentaires|d'optique|low[\s-]?cost)|(?:grandes?|grosses?)\s+(?:chaines?|enseignes?|structures?|usines?|franchises?)(?:\s+(?:de\s+centres|dentaires|d'optique|de\s+pharmacies?|d'audition))?)(?![\p{L}])/u,
      /(?<![\p{L}])(?:on\s+n'est|nous\s+ne\s+sommes|ne\s+sommes|je\s+ne\s+suis)\s+pas\s+(?:une?\s+)?(?:chaine|franchise|usine|supermarche|centre\s+low[\s-]?cost|machine\s+a\s+[\p{L}]+|grosse\s+structure)(?![\p{L}])/u,
    ],
  },
  {
    // "le centre le moins cher de Lyon", "nos tarifs, parmi les plus bas du département": a price rank over a place's
    // providers (a place or a qualifier must follow; the sentence must speak of prices).
    id: 'le-moins-cher-de', kind: 'comparison', window: 0, needsPlaceOrQualifier: true,
    patterns: [/(?<![\p{L}])(?:parmi\s+les|l'une?\s+des|le|la|les|l')\s*(?:plus\s+(?:bas|basses|abordables?|accessibles?|competitifs?|attractifs?|raisonnables?|economiques?)|moins\s+(?:che(?:r|re|rs|res)|onereu\p{L}*|couteu\p{L}*))(?![\p{L}])/u],
    requires: /(?<![\p{L}])(?:tarifs?|prix|couts?|cher\p{L}*|honoraires?|onereu\p{L}*|couteu\p{L}*|abordables?|economiques?)(?![\p{L}])|€|\beuros?\b/u, requiresIn: 'sentence',
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|releve|taux|risque)(?![\p{L}])/u,
  },
  {
    // "850 € à Porto, contre 1 900 € à Lyon", "contre plus de 1 000 € en France": two prices, two places or providers.
    id: 'contre-prix', kind: 'comparison', window: 0, selfOnly: true,
    // also "au lieu de 600 € dans un cabinet", "contre le triple en Suisse"
    // also « contre respectivement le double dans … », « au lieu des 1 200 € réclamés à Zurich »
    patterns: [new RegExp(String.raw`(?<![\p{L}])(?:contre|au\s+lieu\s+(?:des?|du|d'))\s*(?:plus\s+de\s+|pres\s+de\s+|environ\s+|seulement\s+|en\s+moyenne\s+|au\s+moins\s+|respectivement\s+)?(?:\d[\d .,]{0,12}\s+(?:et|a|ou)\s+)?(?:${PRICE}|le\s+double|le\s+triple|deux\s+fois\s+plus|trois\s+fois\s+plus)(?:\s+en\s+moyenne)?(?:\s+[\p{L}'-]+){0,4}?\s+(?:en|a|au|aux|chez|dans)\s+(?:(?:le|la|les|l'|un|une|votre|vos)\s*)?[\p{L}'-]+`, 'u')],
    requiresBefore: new RegExp(`${PRICE}|${PRICE_IN_WORDS}`, 'u'),
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|releve)(?![\p{L}])/u,
  },
  {
    // "plutôt que chez votre dentiste", "2 400 € plutôt que 7 000 € à Paris"; not "plutôt que de patienter" (a choice of acts).
    id: 'plutot-que', kind: 'comparison', window: 6, selfOnly: true,
    terms: ['plutôt que', 'plutôt qu\'', 'instead of', 'en lugar de', 'en vez de'],
    unlessAfter: /^\s*(?:de|d'|les\s+urgences|aux\s+urgences)(?![\p{L}])/u,
    unless: COOPERATION,
  },
  {
    // "le premier en Loir-et-Cher", "la première clinique de la région à proposer…": a rank over the others.
    id: 'le-premier', kind: 'exclusivityClaim', window: 0, needsPlaceOrQualifier: true,
    // also plural and without a determiner at the head of a line: "Premier centre de la région à s'équiper…",
    // "nous sommes les premiers en Normandie à…"
    patterns: [new RegExp(String.raw`(?<![\p{L}])(?:(?:le|la|l'|les)\s*(?:premier|premiere|premiers|premieres|1er|1re|1ere|1ers|1res|1eres)(?:\s+(?:${PRACTICE})s?)?|(?:premier|premiere|premiers|premieres|1er|1re|1ere)\s+(?:(?:reseau|groupe|groupement)\s+(?:de\s+|d')?)?(?:${PRACTICE})s?(?:\s+(?:prive|privee|public|publique|independant|independante|dentaire|medical|medicale|specialise|specialisee)s?)?)(?=\s+(?:(?:en|a(?!\s+(?:ete|eu|ouverte?|fondee?|creee?|construite?|inauguree?)(?![\p{L}]))|au|dans|de|du)(?![\p{L}])|d'|(?:mondial|europeen|national|international|francais|regional)\p{L}*))`, 'u'),
      // a rank given by its number (« la 2e en France »): a place must follow
      /(?<![\p{L}])(?:le|la)\s+(?:\d{1,2}\s?(?:e|eme)|deuxieme|troisieme)(?=\s+(?:en|au|aux|dans|de|du)\s)/u,
      // (issue #7) a rank with its practice noun (« le deuxième hôpital français à s'équiper »), or shared with a few
      // (« l'une des premières en France à utiliser ce laser »): a place, a place adjective or « à + verb » must follow
      new RegExp(String.raw`(?<![\p{L}])(?:le|la)\s+(?:\d{1,2}\s?(?:e|eme)|deuxieme|troisieme|quatrieme|cinquieme)\s+(?:${PRACTICE})(?=\s+(?:(?:mondial|europeen|national|international|francais|regional)\p{L}*|(?:en|au|aux|dans|de|du)\s))`, 'u'),
      new RegExp(String.raw`(?<![\p{L}])(?:l')?une?\s+des\s+(?:premiers|premieres)(?:\s+(?:${PRACTICE})s?)?(?=\s+(?:(?:mondial|europeen|national|international|francais|regional)\p{L}*|(?:en|au|aux|dans|de|du|a)\s))`, 'u')],
    unless: PRODUCT,
    // (round 13) the first of its own chain, a date in its history (« le 1er cabinet du réseau a ouvert en 2021 »)
    unlessAfter: /^\s+(?:[\p{L}-]+\s+){0,2}?(?:de\s+l'enseigne|du\s+reseau|du\s+groupe|de\s+la\s+chaine|de\s+la\s+marque|de\s+la\s+franchise)(?![\p{L}])/u,
  },
  {
    // « dans certains centres, c'est du travail au rabais »: some providers disparaged.
    id: 'certains-a-la-chaine', kind: 'denigration', window: 0, requiresIn: 'sentence',
    patterns: [new RegExp(String.raw`(?<![\p{L}])certain(?:e|s|es)\s+(?:${PRACTICE}|praticiens?|chirurgiens?|dentistes?|confreres)s?(?![\p{L}])`, 'u')],
    requires: /(?<![\p{L}])(?:usines?\s+a\s+\p{L}+|a\s+la\s+chaine|abattage|au\s+rabais|bas\s+de\s+gamme|peu\s+scrupuleu\p{L}*|sans\s+scrupules?|charlatan\p{L}*)(?![\p{L}])/u,
  },
  {
    // Low-cost chains or franchises described with a disparaging word ("franchises … employés mal payés").
    id: 'denigrement-prestataires', kind: 'denigration', window: 0, requiresIn: 'sentence',
    // also English "bargain clinics"
    patterns: [/(?<![\p{L}])(?:franchises?|franquicias?|chaines?\s+(?:low[\s-]?cost|discount)|(?:centres?|cliniques?|clinicas?|clinics?)\s+low[\s-]?cost|bars?\s+a\s+sourires?|high\s+street\s+(?:clinics?|salons?)|(?:bargain|cut-price|budget)\s+(?:[\p{L}]+\s+){0,2}(?:centres?|centers?|clinics?))(?![\p{L}])/u],
    requires: /(?<![\p{L}])(?:mal\s+(?:payes?|remuneres?|formes?|remunerados?|pagados?)|bas\s+de\s+gamme|au\s+rabais|sans\s+ame|abattage|a\s+la\s+chaine|usines?\s+a|archaiques?|peu\s+scrupuleu\p{L}*|sans\s+scrupules?|sin\s+escrupulos|de\s+mala\s+calidad|ahorra\p{L}*\s+en|escatim\p{L}*|cheap|non-medics?|rogue|misled|botched|dodgy)(?![\p{L}])/u,
  },
  {
    // "700 € à Nantes, alors qu'un confrère de Lisbonne en prend 400 €", "2 000 € ici, tandis que le prix à Lyon
    // atteint 3 000 €": a price, then the connector and the other side (a practitioner, or a price at a place).
    id: 'alors-qu-un-praticien', kind: 'comparison', window: 0,
    patterns: [
      new RegExp(String.raw`(?<![\p{L}])(?:alors|tandis)\s+qu'(?:un|une|les|des|le|la|l'|vos|votre)\s*(?:[\p{L}]+\s+){0,1}(?:${PRACTICE}|dentistes?|chirurgiens?|praticiens?|cliniques?|centres?)(?![\p{L}])`, 'u'),
      new RegExp(String.raw`(?<![\p{L}])(?:alors|tandis)\s+que\s+(?:le|les|la)\s+(?:prix|tarifs?|couts?)(?=[^.!?\n]{0,80}?(?:en|a|au|aux|dans)\s+[\p{L}'-]+[^.!?\n]{0,60}?${PRICE})`, 'u'),
    ],
    requiresBefore: new RegExp(PRICE, 'u'),
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|releve|secteur)(?![\p{L}])/u,
  },
  {
    // "les soins sont moins chers en Hongrie", "des tarifs bien plus accessibles au Portugal": a lower price at a place,
    // the other side (here) implicit; only with a place after it or when the author speaks of itself.
    id: 'moins-cher-en-lieu', kind: 'comparison', window: 0, selfOrPlace: true,
    patterns: [/(?<![\p{L}])(?:moins\s+(?:che(?:r|re|rs|res)|onereu\p{L}*|couteu\p{L}*)|(?:bien|nettement|beaucoup)\s+plus\s+(?:abordables?|accessibles?|economiques?))(?=\s+(?:en|au|aux|a|dans)\s)/u],
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|releve)(?![\p{L}])/u,
  },
  {
    // "c'est à la clinique des Pins que l'on soigne le mieux", "là où l'on opère le mieux": the best care, placed.
    id: 'ou-l-on-soigne-le-mieux', kind: 'exclusivityClaim', window: 0,
    patterns: [/(?<![\p{L}])(?:que|ou|qu')\s*(?:l'on|on)\s+(?:soigne|opere|traite|prend\s+en\s+charge|accueille|recoit)\s+(?:[\p{L}]+\s+)?le\s+mieux(?![\p{L}])/u],
  },
  {
    // "850 € ici, alors qu'en France il faut compter 2 000 €": a price set against a place.
    id: 'alors-qu-en', kind: 'comparison', window: 0, selfOnly: true,
    patterns: [/(?<![\p{L}])(?:alors|tandis)\s+qu'(?:en|a|au|aux|chez|dans)\s+[\p{L}'-]+/u,
      // English posts: "from £700 here, whereas in London …"
      /(?<![\p{L}])(?:whereas|while)\s+(?:in|at)\s+[\p{L}'-]+/u],
    requiresBefore: new RegExp(PRICE, 'u'),
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|releve|secteur)(?![\p{L}])/u,
  },
  {
    // "n'a rien à envier aux grands centres", "rivalise avec les meilleures cliniques", "se distingue des autres cabinets".
    id: 'rien-a-envier', kind: 'comparison', window: 5, ownNegation: true, selfOnly: true,
    terms: ['rien à envier', 'rien à voir avec ceux', 'rien à voir avec celles', 'sans commune mesure avec', 'sans comparaison avec', 'aucune comparaison avec', 'rivalise(nt) avec', 'rivaliser avec', 'se distingue(nt) des', 'se démarque(nt) des', 'dans la même cour que'],
  },
  {
    // "l'un des rares cabinets de la région à proposer…": exclusivity shared with few.
    id: 'un-des-rares', kind: 'exclusivityClaim', window: 3, needsQualifier: true,
    patterns: [/(?<![\p{L}])(?:l')?une?\s+des\s+(?:rares|seul(?:e|s|es)?)(?![\p{L}])/u],
    unless: /(?<![\p{L}])(?:de\s+garde|vaccin\p{L}*|moyen|traitement|medicament)(?![\p{L}])/u,
  },
  {
    // "pour une fraction du prix", "a fraction of the cost", "la mitad de precio": a price against an implicit other side.
    id: 'fraction-du-prix', kind: 'comparison', window: 0,
    terms: ['une fraction du prix', 'une fraction du coût', 'a fraction of the price', 'a fraction of the cost', 'a fraction of what', 'la moitié du prix pratiqué', 'un tiers du prix',
      'la moitié du prix français', 'la moitié du prix en France', 'le tiers du prix français', 'half the price you would pay', 'half the price of', 'half what you would pay', 'la mitad de lo que pagarías', 'la moitié de ce que vous paieriez', ...S.halfAsDear],
    // "roughly a third of the price in Ireland", "la moitié ou le tiers du prix en Belgique"
    patterns: [/(?<![\p{L}])(?:half|one\s+third|a\s+third|a\s+quarter|two\s+thirds)\s+(?:(?:and|or|to)\s+(?:half|one\s+third|a\s+third|a\s+quarter)\s+)?of\s+the\s+(?:price|cost)s?\s+(?:in|at|of)\s+[\p{L}'-]+/u,
      /(?<![\p{L}])(?:la\s+moitie|le\s+tiers|un\s+tiers|le\s+quart)\s+(?:(?:ou|a)\s+(?:la\s+moitie|le\s+tiers|un\s+tiers)\s+)?du\s+(?:prix|tarif|cout)\s+(?:pratique\s+|demande\s+)?(?:en|au|aux|a|dans|chez)\s+[\p{L}'-]+/u],
  },
  {
    // "tarifs en deçà de ceux pratiqués en France", "bien inférieurs aux prix pratiqués ailleurs": the prices of other
    // providers or places, named as "those charged" there, in a sentence that says ours are lower.
    id: 'prix-pratiques-ailleurs', kind: 'comparison', window: 0,
    patterns: [/(?<![\p{L}])(?:ceux|celles|prix|tarifs?|couts?|honoraires)\s+(?:habituellement\s+|generalement\s+|couramment\s+|actuellement\s+)?(?:pratique|demande|facture|applique|affiche)(?:e|s|es)?\s+(?:en|a|au|aux|dans|ailleurs|chez|par|outre|sur)(?![\p{L}])(?:\s*(?:la\s+|le\s+|les\s+|l'|vos\s+|votre\s+)?[\p{L}-]+)?/u],
    requires: /(?<![\p{L}])(?:moins|inferieur\p{L}*|en[\s-]de[cç]a|en[\s-]deca|en\s+dessous|divise\p{L}*|plus\s+bas\p{L}*|economi\p{L}*|moitie|tiers|fraction|compar\p{L}*|contre|largement|nettement)(?![\p{L}])/u, requiresIn: 'sentence',
    // "inférieurs à ceux pratiqués en France": superieur-a reports the whole frame
    unlessBefore: /(?:inferieur|superieur|equivalent|egal|comparable|identique)\p{L}*\s+(?:a|aux?)\s*$/u,
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|releve)(?![\p{L}])/u,
  },
  {
    // "nos tarifs restent bien en dessous de ceux des cliniques parisiennes", "en deçà des prix des centres voisins": our
    // prices put below those of other providers or places, named as theirs.
    id: 'en-dessous-de-ceux', kind: 'comparison', window: 0,
    // (« en deçà de ceux pratiqués à Genève » is prix-pratiques-ailleurs', which reports the other side)
    patterns: [/(?<![\p{L}])(?:en[\s-]dessous|au[\s-]dessous|en[\s-]de[cç]a|en[\s-]deca)\s+(?:de\s+(?:ceux|celles)|des\s+(?:prix|tarifs|couts|honoraires))\s+(?:des|de\s+la|de\s+l'|du|d'|de|en|a|au|aux)(?![\p{L}])/u],
    requires: /(?<![\p{L}])(?:prix|tarifs?|couts?|honoraires|devis|coute\p{L}*|factur\p{L}*)(?![\p{L}])/u, requiresIn: 'sentence',
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|releve)(?![\p{L}])/u,
  },
  {
    // "par rapport aux prix en France", "comparé au reste de l'Europe", "comparativement aux cliniques parisiennes": the
    // other side named after a comparing preposition, in a sentence about our lower prices.
    id: 'compare-aux-prix', kind: 'comparison', window: 0,
    patterns: [/(?<![\p{L}])(?:par\s+rapport|compare(?:e|s|es)?|comparativement|en\s+comparaison|compared|comparado)\s+(?:a|au|aux|avec|de|des|du|to|with|con)\s+(?:la\s+|le\s+|les\s+|l'|ceux\s+|celles\s+|the\s+)?(?:france|europe|hexagone|belgique|suisse|angleterre|royaume-uni|uk|prix|tarifs?|couts?|reste|cliniques?|cabinets?|centres?|pays|occident\p{L}*|grandes\s+villes|paris|francia|prices?|costs?)(?![\p{L}])/u],
    requires: /(?<![\p{L}])(?:moins|inferieur\p{L}*|en[\s-]deca|en\s+dessous|divise\p{L}*|plus\s+bas\p{L}*|economi\p{L}*|moitie|tiers|abordables?|competitifs?|attractifs?|bas|cheaper|lower|less|save|saving|savings|ahorr\p{L}*|barat\p{L}*)(?![\p{L}])/u, requiresIn: 'sentence',
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|releve)(?![\p{L}])/u,
  },
  {
    // "la même qualité qu'en France", "une qualité égale à celle des cliniques françaises", "qualité identique pour moins cher".
    id: 'meme-qualite', kind: 'comparison', window: 0,
    patterns: [/(?<![\p{L}])(?:(?:la\s+meme|meme)\s+qualite\s+(?:qu'|que\s)|qualite\s+(?:(?:souvent|parfois|largement|globalement|tout\s+a\s+fait|au\s+moins|\p{L}+ment)\s+)?(?:egale|equivalente|identique|comparable|similaire)\s+(?:a|aux?|qu'|que\s)|same\s+(?:quality|standards?)\s+as|misma\s+calidad\s+que)(?:\s*(?:en|a|au|aux|dans|chez|celle\s+des?|celles?\s+du|in|en)?\s*(?:la\s+|le\s+|les\s+|l'|the\s+)?[\p{L}-]+)?/u,
      // (issue #7) equality with other practitioners or places, on what care is made of: « nos équipes suivent les mêmes
      // normes qu'en Suisse », « vos implants posés avec la même exigence que chez un spécialiste lyonnais », « nos
      // protocoles restent les mêmes que ceux des orthodontistes suisses », « un suivi équivalent à celui dispensé par
      // les hôpitaux »
      new RegExp(String.raw`(?<![\p{L}])(?:(?:le|la|les|des|une?|aux|du)\s+)?memes?\s+(?:(?:niveau|type)\s+(?:de\s+|d'))?(?:${CARE_MADE_OF})\s+(?:qu'|que\s+)(?:(?:en|a|au|aux|dans|chez|pour)\s+|(?<=qu')(?:en|a|au|aux|dans|chez)\s+)?(?:(?:le|la|les|l'|un|une|des|leurs?|vos|votre|ses)\s*)?(?:${COUNTRIES}|${PEERS})(?![\p{L}])`, 'u'),
      new RegExp(String.raw`(?<![\p{L}])(?:est|sont|reste|restent)\s+(?:le|la|les)\s+memes?\s+(?:qu'|que\s+)(?:celui|celle|ceux|celles)\s+(?:des?|du|d')\s*(?:(?:la|les|l')\s*)?(?:${PEERS})(?![\p{L}])`, 'u'),
      new RegExp(String.raw`(?<![\p{L}])(?:comparables?|equivalente?s?|identiques?|similaires?|semblables?|egaux|egales?)\s+(?:a|aux?)\s+(?:ceux|celles|celui|celle)\s+(?:(?:${CARE_GIVEN})\s+)?(?:(?:par|dans|chez|des?|du|d')\s*(?:(?:les?|la|l'|des|nos|vos|leurs?)\s*)?(?:${PEERS})|(?<=(?:${CARE_GIVEN})\s+)(?:en|a|au|aux|dans)\s+(?:(?:la|le|les|l')\s*)?(?:${COUNTRIES}))(?![\p{L}])`, 'u')],
  },
  {
    // "Ailleurs on vous facture le bilan, chez nous il est inclus": elsewhere set against us in one sentence.
    id: 'ailleurs-chez-nous', kind: 'denigration', window: 0, needsSelf: true, ownNegation: true,
    // "nous vous adressons ailleurs", "consultez ailleurs si…": referral, not a contrast (COOPERATION)
    // also "on vous reçoit en 24 h, quand il faut attendre six mois ailleurs" (the author speaks in the sentence)
    patterns: [/(?<![\p{L}'])(?<!(?:d'|par\s|partout\s|pour\s))ailleurs(?![\p{L}])/u],
    unless: COOPERATION,
  },
  {
    // "nos concurrents", "les cliniques concurrentes", "la concurrence" said by the practice of itself.
    // (the negation belongs to the rivals: "les cliniques concurrentes ne le proposent pas, nous si")
    id: 'nos-concurrents', kind: 'comparison', window: 0, needsSelf: true, ownNegation: true,
    patterns: [/(?<![\p{L}])(?:nos|leurs|vos|des|les)\s+concurrent(?:e|s|es)(?![\p{L}])|(?<![\p{L}])(?:cabinets?|cliniques?|centres?|pharmacies?|officines?|opticiens?|laboratoires?|enseignes?|instituts?)\s+concurrent(?:e|s|es)?(?![\p{L}])|(?<![\p{L}])(?:que|qu'|de)\s*la\s+concurrence(?![\p{L}])/u],
    unless: /(?<![\p{L}])(?:selon|enquete|etude|autorite\s+de\s+la\s+concurrence|droit\s+de\s+la\s+concurrence)(?![\p{L}])/u,
  },
  {
    // (round 13) a practice judged against its own competitors, said of it in the third person (a relayed interview, a
    // profile): « chez ses concurrents, la facture double », « les prix de certains de ses concurrents sont abusifs ».
    // Only with a judgement or a gap in the sentence; a mere mention (« la clinique et ses concurrents ») is not one.
    id: 'ses-concurrents', kind: 'comparison', window: 0, ownNegation: true,
    patterns: [/(?<![\p{L}])(?:chez|de|que|qu'|a|aux|avec|face\s+a|contre)\s*(?:certains\s+de\s+|la\s+plupart\s+de\s+|plusieurs\s+de\s+|tous\s+)?(?:ses|leurs)\s+concurrent(?:e|s|es)(?![\p{L}])/u],
    requires: /(?<![\p{L}])(?:abusi\p{L}*|excessi\p{L}*|cher|chers|chere|cheres|moins|plus|double|triple|meilleur\p{L}*|mieux|pire|superieur\p{L}*|inferieur\p{L}*|jusqu'a|va\s+du|varie\p{L}*|depasse\p{L}*)(?![\p{L}])/u, requiresIn: 'sentence',
    unless: /(?<![\p{L}])(?:selon|autorite\s+de\s+la\s+concurrence|droit\s+de\s+la\s+concurrence)(?![\p{L}])/u,
  },
  {
    // "Comparez nos tarifs", "comparez avec nous", "compare our prices": an invitation to weigh us against the others.
    id: 'comparez', kind: 'comparison', window: 0,
    patterns: [/(?<![\p{L}])(?:comparez|compare)\s+(?:avec\s+nous|nos\s+(?:prix|tarifs|devis|offres|honoraires)|les\s+(?:prix|tarifs|devis)|our\s+prices|nuestros\s+precios)(?![\p{L}])/u],
    unless: /(?<![\p{L}])(?:selon|comparateur\s+public|ameli|annuaire\s+sante|assurance\s+maladie|service\s+public)(?![\p{L}])/u,
  },
  {
    // "le tiers de ce qu'on paie à Genève", "la moitié du prix demandé à Paris": our price as a fraction of theirs.
    id: 'fraction-de-ce-qu-on-paie', kind: 'comparison', window: 0,
    patterns: [/(?<![\p{L}])(?:la\s+moitie|le\s+tiers|le\s+quart|un\s+tiers|un\s+quart)\s+(?:de\s+ce\s+qu(?:'on|e\s+vous|'il\s+faut|e\s+l'on)\s+(?:pa\p{L}+|debourse\p{L}*|depense\p{L}*)|du\s+(?:prix|tarif|cout)\s+(?:pratique|demande|facture|habituel|en|a|au|dans|chez))/u],
  },
  {
    // "Les autres centres vous posent des implants bas de gamme, pas nous": the others, then the author set apart.
    // also "beaucoup de kinés se contentent de masser ; nous, nous rééduquons": the author set apart after a break
    id: 'autres-pas-nous', kind: 'denigration', window: 2, ownNegation: true,
    patterns: [/(?<![\p{L}])(?:les|des|aux|d')\s*autres(?![\p{L}])|(?<![\p{L}])certain(?:e|s|es)(?![\p{L}])|(?<![\p{L}])beaucoup\s+de(?![\p{L}])|(?<![\p{L}])la\s+plupart\s+des(?![\p{L}])/u],
    requires: /(?<![\p{L}])(?:pas\s+nous|pas\s+chez\s+nous|pas\s+ici|nous\s+(?:non|si|jamais)|chez\s+nous\s*,?\s*(?:jamais|non|pas|c'est\s+different)|nous\s+c'est\s+different|not\s+us|nosotros\s+no)(?![\p{L}])|(?:[;:]|,\s*(?:mais|alors\s+que|tandis\s+que)|(?<![\p{L}])(?:mais|alors\s+que|tandis\s+que))\s*(?:nous|moi|ici|chez\s+nous|au\s+cabinet|notre\s+\p{L}+)\s*(?:,|on|nous|je|vous)/u, requiresIn: 'sentence',
    unless: COOPERATION,
  },
  {
    // "Vous ne trouverez pas de meilleur ostéopathe à Rennes", "il n'y a pas meilleure adresse": the best by negating rivals.
    id: 'pas-de-meilleur', kind: 'comparison', window: 0, ownNegation: true,
    patterns: [/(?<![\p{L}])(?:ne\s+trouverez|trouverez|existe|il\s+y\s+a|n'y\s+a)\s+(?:pas|nulle\s+part|jamais|guere)\s+(?:de\s+|d')?(?:meilleur(?:e|s|es)?|mieux|moins\s+che(?:r|re|rs|res))(?![\p{L}])/u, /(?<![\p{L}])pas\s+(?:de\s+)?meilleur(?:e|s|es)?\s+(?:adresse|endroit|cabinet|centre|clinique|pharmacie|institut|praticien|dentiste|kine|osteo\p{L}*|opticien|equipe)(?![\p{L}])/u],
    unless: /(?<![\p{L}])(?:traitement|moyen|remede|prevention|protection|vaccin|medicament|solution\s+que)(?![\p{L}])/u,
  },
  {
    // "Ne payez plus le prix fort chez votre opticien", "fini le prix fort en France": the others' price as a foil.
    id: 'prix-fort', kind: 'comparison', window: 5, ownNegation: true,
    unlessAfter: /^\s+comme(?![\p{L}])/u, // « … comme dans les grandes villes »: comme-ailleurs reports the contrast
    terms: ['le prix fort', 'au prix fort', 'des prix exorbitants', 'des tarifs exorbitants', 'hors de prix'],
  },
  {
    // "Qualité française, prix tunisiens", "standards européens à prix marocains": quality of one place, price of another.
    id: 'qualite-ici-prix-la', kind: 'comparison', window: 0,
    patterns: [/(?<![\p{L}])(?:qualite|standards?|normes?|savoir-faire|expertise)\s+(?:[\p{L}]+(?:ais|aise|aises|ains?|aines?|iens?|iennes?|ois|oise|oises|eens?|eennes?|ique|iques|ses?|que|ques)|turque|turc|suisse|suisses)\s*(?:,|et|a|pour|au|aux)\s*(?:des\s+|un\s+|une\s+)?(?:prix|tarifs?|couts?)\s+(?:[\p{L}]+(?:ais|aise|aises|ains?|aines?|iens?|iennes?|ois|oise|oises|ens?|ennes?|que|ques)|turcs?|locaux|reduits?|mini|doux|low[\s-]?cost)(?![\p{L}])/u],
  },
  {
    // "les dentistes français facturent le double", "ailleurs, on vous demande deux fois plus": the others' price multiple.
    id: 'ils-facturent-le-double', kind: 'comparison', window: 0,
    // « …, alors qu'en France il faut compter trois fois plus »: alors-qu-en reports the sentence once
    unlessBefore: /alors\s+qu'\s*(?:en|a|au|aux|chez|dans)\s[^.!?\n]*$/u,
    patterns: [/(?<![\p{L}])(?:facture\p{L}*|demande\p{L}*|prenne?n?t|coute\p{L}*|pratique\p{L}*|paie\p{L}*|payez|paye\p{L}*|payer|debours\p{L}*|compter|comptez|depenser|prevoir)\s+(?:souvent\s+|parfois\s+|jusqu'a\s+|facilement\s+|au\s+moins\s+)?(?:le\s+double|le\s+triple|deux\s+fois\s+plus|trois\s+fois\s+plus|bien\s+plus\s+cher|beaucoup\s+plus\s+cher)(?![\p{L}])/u],
    requires: /(?<![\p{L}])(?:dentistes?|cliniques?|cabinets?|centres?|chirurgiens?|praticiens?|medecins?|opticiens?|confreres|concurren\p{L}*|ailleurs|en\s+france|a\s+paris|en\s+europe|francais|francaises|enseignes?|ici|chez\s+nous|la-bas)(?![\p{L}])/u, requiresIn: 'sentence',
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|releve)(?![\p{L}])/u,
  },
  {
    // "Pourquoi payer 5 000 € en France quand…", "pourquoi dépenser le double ?": our price against an elsewhere
    // ("pourquoi payer plus (cher/ailleurs)" is nulle-part-ailleurs').
    id: 'pourquoi-payer', kind: 'comparison', window: 0,
    patterns: [new RegExp(String.raw`(?<![\p{L}])pourquoi\s+(?:payer|depenser|debourser)\s+(?:le\s+double|le\s+triple|le\s+prix\s+fort|${PRICE})`, 'u')],
  },
  {
    // "Vous avez été mal soigné ailleurs ?", "mal conseillé par votre ancien opticien": others' care disparaged.
    id: 'mal-soigne-ailleurs', kind: 'denigration', window: 0,
    patterns: [/(?<![\p{L}])mal\s+(?:soigne|conseille|suivi|pris\s+en\s+charge|opere|traite|accueilli|appareille|equipe|informe)(?:e|s|es)?\s+(?:ailleurs|(?:par|dans)\s+(?:votre|un|une|d'autres|les\s+autres|ton|ta)(?:\s+(?:ancien|ancienne|precedent|precedente|habituel|habituelle))?\s+[\p{L}-]+)(?![\p{L}])/u],
  },
  {
    // "Évitez les centres discount", "fuyez les cliniques low cost": other providers disparaged by a label.
    // (a public body's "évitez les centres low cost" warns; with "chez nous" in the sentence, the practice sets itself apart)
    id: 'evitez-les-centres', kind: 'denigration', window: 0, ownNegation: true, ownWarning: true,
    patterns: [/(?<![\p{L}])(?:evitez|fuyez|oubliez|delaissez)\s+(?:les|des)\s+(?:centres?|cliniques?|chaines?|cabinets?|enseignes?|officines?|pharmacies?|opticiens?|salons?|instituts?)\s+(?:discount|low[\s-]?cost|usines?|a\s+la\s+chaine|bas\s+de\s+gamme|au\s+rabais|industriel\p{L}*)(?![\p{L}])/u],
  },
  {
    // "Aucun autre centre du département ne propose…", "aucune autre clinique en France": exclusivity by negating rivals.
    id: 'aucun-autre', kind: 'exclusivityClaim', window: 0, ownNegation: true,
    patterns: [new RegExp(String.raw`(?<![\p{L}])(?:aucun|aucune|no\s+other|ningun|ninguna)\s+(?:autre\s+|otro\s+|otra\s+)?(?:${PRACTICE}|clinic|dentist|practice|clinica|centro)(?![\p{L}])`, 'u')],
    unless: /(?<![\p{L}])(?:selon|garde|vaccin\p{L}*|traitement|medicament)(?![\p{L}])/u,
  },
  {
    // "nos résultats dépassent largement la moyenne nationale", "surpassent ceux des autres centres".
    id: 'depassent-la-moyenne', kind: 'comparison', window: 0, needsSelf: true,
    patterns: [/(?<![\p{L}])(?:depass|surpass|surclass|devanc|battent|bat\s)\p{L}*\s+(?:largement\s+|de\s+loin\s+|nettement\s+|haut\s+la\s+main\s+)?(?:la\s+moyenne|ceux\s+des?|celles?\s+des?|les\s+autres|nos\s+concurrents|la\s+concurrence|la\s+plupart\s+des|tous\s+les|nos\s+confreres)(?![\p{L}])/u],
    unless: /(?<![\p{L}])(?:selon|etude|enquete|delais?|duree|seuils?|doses?|norme)(?![\p{L}])/u,
  },
  {
    // Spanish: "muy inferiores a los de las clínicas francesas", "superiores a los de otros centros".
    id: 'inferiores-a-los-de', kind: 'comparison', window: 0,
    patterns: [/(?<![\p{L}])(?:inferiores?|superiores?|menores?)\s+a\s+(?:los|las)\s+de(?![\p{L}])/u],
  },
  {
    // "3 semaines d'attente chez les autres ?", "chez d'autres praticiens": the others as a foil.
    id: 'chez-les-autres', kind: 'denigration', window: 0,
    patterns: [/(?<![\p{L}])chez\s+(?:les\s+autres|d'autres|la\s+concurrence|nos\s+concurrents|vos\s+anciens?\s+[\p{L}]+)(?=\s*(?:[?!.,;:)]|$)|\s+(?:praticiens?|cabinets?|centres?|cliniques?|dentistes?|kines?|medecins?|opticiens?|pharmacies?|osteo\p{L}*|podologues?))/u],
    unless: COOPERATION,
  },
  {
    // "Votre dentiste vous a dit que c'était impossible ?", "votre ancien kiné n'a pas su…": another practitioner's word or
    // failure set against us.
    id: 'votre-praticien-vous-a-dit', kind: 'denigration', window: 0, ownNegation: true,
    patterns: [/(?<![\p{L}])votre\s+(?:ancien(?:ne)?\s+|precedent(?:e)?\s+|actuel(?:le)?\s+)?(?:dentiste|medecin|kine\p{L}*|osteo\p{L}*|chirurgien(?:ne)?|opticien(?:ne)?|podologue|orthodontiste|dermato\p{L}*|pharmacien(?:ne)?|audioprothesiste|gyneco\p{L}*|praticien(?:ne)?)\s+(?:vous\s+a\s+(?:dit\s+(?:que|qu')|refuse|condamne|dissuade|decourage)|vous\s+dit\s+que|n'a\s+(?:pas|rien)\s+(?:su|pu|reussi|trouve|fait))/u],
    unless: /(?<![\p{L}])(?:transmettre|dossier|ordonnance|courrier|accord|selon|consultez)(?![\p{L}])/u,
  },
  {
    // "un tarif imbattable face aux cliniques suisses", "compétitifs face à la concurrence": others as the yardstick.
    id: 'face-aux', kind: 'comparison', window: 3,
    terms: ['face aux', 'face à la', 'face au', 'en face des'],
    // price words only: "face au cancer, les kinés plus présents que jamais" compares nobody
    requires: /(?<![\p{L}])(?:imbattables?|competiti\p{L}*|attracti\p{L}*|moins\s+che\p{L}*|avantageu\p{L}*|abordables?|tarifs?|prix)(?![\p{L}])/u, requiresIn: 'sentence',
    unless: /(?<![\p{L}])(?:urgences?\s+vitales?|appelez|selon|etude|enquete)(?![\p{L}])/u,
  },
  {
    // "Pourquoi aller à Paris quand on a la même expertise ici ?": the trip elsewhere made pointless.
    id: 'pourquoi-aller-a', kind: 'comparison', window: 0,
    patterns: [/(?<![\p{L}])pourquoi\s+(?:aller|partir|courir|vous\s+deplacer|se\s+deplacer|faire\s+des\s+kilometres)\s+(?:a|en|au|aux|jusqu'a|chez|dans)\s+[\p{L}'-]+/u],
    requires: /(?<![\p{L}])(?:ici|chez\s+nous|meme|memes|pres\s+de\s+chez\s+vous|a\s+cote)(?![\p{L}])/u, requiresIn: 'sentence',
  },
  {
    // "Chez nos voisins suisses, la même couronne vous coûterait 1 500 €": a conditional price is the price elsewhere.
    id: 'vous-couterait', kind: 'comparison', window: 0,
    patterns: [new RegExp(String.raw`(?<![\p{L}])(?:couterait|couteraient|paieriez|payeriez|debourseriez|factureraient|facturerait|reviendrait)\s+(?:[\p{L}]+\s+){0,2}(?:${PRICE}|le\s+double|le\s+triple|deux\s+fois\s+plus|trois\s+fois\s+plus|bien\s+plus|beaucoup\s+plus)`, 'u')],
    requires: /(?<![\p{L}])(?:chez|en|a|au|aux|ailleurs|meme|voisins?)(?![\p{L}])/u, requiresIn: 'sentence',
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|sans\s+(?:mutuelle|complementaire|remboursement)|hors\s+remboursement)(?![\p{L}])/u,
  },
  {
    // "Plus besoin d'aller à l'hôpital pour une échographie, nous sommes équipés": the others made unnecessary.
    id: 'plus-besoin-d-aller', kind: 'comparison', window: 4, needsSelf: true, ownNegation: true,
    terms: ['plus besoin d\'aller', 'plus la peine d\'aller', 'inutile d\'aller', 'plus besoin de courir', 'no need to go'],
  },
  {
    // "l'écart de prix avec la France peut atteindre 60 %", "la différence de tarif par rapport à la Belgique".
    id: 'ecart-de-prix-avec', kind: 'comparison', window: 0,
    patterns: [/(?<![\p{L}])(?:ecarts?|differences?|differentiel)\s+(?:de\s+)?(?:prix|tarifs?|couts?|tarifaires?)\s+(?:avec|par\s+rapport\s+(?:a|au|aux)|entre\s+\p{L}+\s+et)\s+(?:la\s+|le\s+|l'|les\s+)?(?:france|europe|hexagone|belgique|suisse|paris|metropole|cliniques?\s+\p{L}+|cabinets?\s+\p{L}+|pays\s+\p{L}+)(?![\p{L}])/u],
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|generiques?|princeps)(?![\p{L}])/u,
  },
  {
    id: 'cheaper-than', kind: 'comparison', selfOnly: true, window: 6, gap: 3,
    link: /^(?:than|que)$/u,
    // English "cheaper than", "better than"; Spanish "más barato que", "mejor que" (French "mas" is a farmhouse: never alone).
    patterns: [/(?<![\p{L}])(?:cheaper|less\s+expensive|more\s+affordable|better|lower|mas\s+(?:barat|economic|baj)[oa]s?|menos\s+car[oa]s?|mejor(?:es)?)(?![\p{L}])/u],
  },
  {
    id: 'unlike', kind: 'denigration', window: 5, selfOnly: true,
    terms: ['unlike', 'a diferencia de', 'a diferencia del', 'al contrario que', 'al contrario de'],
  },
  {
    id: 'plus-que', kind: 'comparison', selfOnly: true, window: 7, gap: 5,
    link: /^(?:que|qu')$/u,
    patterns: [/(?<![\p{L}])(?:plus|moins|mieux|meilleur(?:e|s|es)?|pire(?:s)?|davantage)(?![\p{L}])/u],
    unlessBefore: NOT_COMPARATIVE_BEFORE,
    // "va mieux depuis que …": the "que" opens a time or cause clause, there is no other side
    unlessAfter: /^\s+(?:(?!qu)[\p{L}']+\s+){0,3}?(?:depuis|avant|apres|parce|alors|tandis|pendant|bien|des|lors)\s+qu/u,
    // "plus que jamais", "plus que tout (au monde)" (idioms: nothing compared); care settings compared, not providers
    // ("à domicile, plus adaptée que le cabinet")
    // « le moins de choses possible »: as little as possible, nothing compared
    unless: /(?<![\p{L}])(?:le|la|les)\s+(?:plus|moins)\s+(?:de\s+|d')?(?:[\p{L}'-]+\s+){0,2}?possibles?(?![\p{L}])|(?<![\p{L}])plus\s+que\s+jamais(?![\p{L}])|(?<![\p{L}])plus\s+que\s+tout(?![\p{L}])(?!\s+(?:autre|ce\s+qu|les?\s+autres|ailleurs))|(?<![\p{L}])(?:qu'avant|qu'auparavant|que\s+d'habitude|que\s+prevu|qu'hier|que\s+l'an\s+(?:dernier|passe))(?![\p{L}])|(?<![\p{L}])(?:a\s+domicile|au\s+domicile|en\s+teleconsultation|en\s+ambulatoire)(?![\p{L}])/u,
  },
  {
    id: 'aussi-que', kind: 'comparison', selfOnly: true, window: 7, gap: 2,
    link: /^(?:que|qu')$/u,
    notRightBeforeLink: /^aussi$/u,
    patterns: [/(?<![\p{L}])(?:aussi|(?<!d')autant)(?![\p{L}])/u],
    // « autant des patients que des soignants », « autant pour une consultation que pour une visite »: both, not a rival
    unlessAfter: /^\s+(?:des|du|de\s+la|de\s+l'|les|aux?|pour|chez|dans|sur)(?![\p{L}])/u,
  },
  {
    id: 'superieur-a', kind: 'comparison', selfOnly: true, window: 6, gap: 1,
    link: /^(?:a|au|aux|de|du|des|d')$/u,
    patterns: [/(?<![\p{L}])(?:superieur|inferieur|prefer(?:able|ables)|equivalent)(?:e|s|es)?(?![\p{L}])/u],
  },
  {
    id: 'par-rapport', kind: 'comparison', selfOnly: true, window: 5,
    // bare « comparé » / « par rapport » too, so that a place after « à » counts (« trois fois rien comparé à la France »)
    terms: ['par rapport à', 'par rapport au', 'par rapport aux', 'par rapport', 'comparé(e)(s)', 'comparé(e)(s) à', 'comparé(e)(s) au', 'comparé(e)(s) aux', 'en comparaison de', 'en comparaison des', 'vs', 'versus', 'compared to', 'compared with', 'en comparación con'],
    unless: COOPERATION,
  },
  {
    id: 'nulle-part-ailleurs', kind: 'comparison', window: 0,
    terms: [
      'nulle part ailleurs', 'pourquoi aller ailleurs', 'pourquoi chercher ailleurs', 'inutile d\'aller ailleurs', 'inutile de chercher ailleurs',
      'ne cherchez plus ailleurs', 'introuvable(s) ailleurs', 'qu\'ailleurs', 'pas comme ailleurs', 'pourquoi payer plus cher',
      'ne trouverez pas ailleurs', 'ne trouverez nulle part',
    ],
    patterns: [
      /(?<![\p{L}])(?:plus|moins)\s+(?:[\p{L}]+\s+){0,2}ailleurs(?![\p{L}])/u,
      // "ailleurs, c'est souvent le double", "ailleurs, comptez 900 €": the price elsewhere against ours
      new RegExp(String.raw`(?<![\p{L}])ailleurs\s*,?\s*(?:c'est|comptez|on\s+paie|vous\s+paierez|il\s+faut\s+compter|ca\s+coute)\s+(?:souvent\s+|facilement\s+|plutot\s+|au\s+moins\s+|jusqu'a\s+)?(?:le\s+double|le\s+triple|bien\s+plus|beaucoup\s+plus|deux\s+fois\s+plus|${PRICE})`, 'u'),
    ],
    ownNegation: true,
  },
  {
    id: 'contrairement', kind: 'denigration', window: 5,
    terms: ['contrairement à', 'contrairement au', 'contrairement aux', 'à la différence de', 'à la différence des', 'à la différence du', 'à la différence d\'', 'à l\'inverse de', 'à l\'inverse des', 'à l\'inverse du', 'là où les', 'là où d\'autres', 'pas comme les', 'la différence avec les', 'la différence avec d\'autres', 'ce qui nous différencie des', 'ce qui nous distingue des'],
    ownNegation: true, selfOnly: true,
    // « contrairement à ce qu'affirment certains », « contrairement à ce que l'on croit »: a belief corrected, not a rival
    unlessAfter: /^\s*(?:a\s+)?ce\s+qu(?:e\s+|')(?:l'on\s+|on\s+|vous\s+)?(?:pens|croi|imagin|affirm|pretend|dit|dis|entend|lit|repet|laiss)\p{L}*/u,
    // « une rentrée pas comme les autres », « un Noël pas comme les autres »: a time out of the ordinary, no rival (issue #7)
    unlessBefore: /(?<![a-z])(?:annee|rentree|journee|jour|semaine|mois|saison|ete|hiver|printemps|automne|noel|fete|soiree|nuit|matinee|vacances|periode|anniversaire|aventure|experience|histoire|rencontre|edition)s?\s+$/u,
  },
  {
    id: 'oubliez-les', kind: 'denigration', window: 5,
    terms: [...S.farewell, ...S.fedUpWith, ...S.whyWait, 'oubliez les', 'oubliez vos', 'fini(e)(s) les', 'marre de votre', 'en avez assez des', 'en avez assez de votre', 'lassé(e)(s) des', 'lassé(e)(s) de votre', 'ras-le-bol des', 'déçu(e)(s) par', 'déçu(e)(s) de', 'mécontent(e)(s) de votre', 'changez de', 'inutile d\'attendre'],
    ownNegation: true,
  },
  {
    // (issue #7) other practitioners described by what they lack, where the author speaks or steers the choice: « pour
    // vos enfants, choisissez un dentiste spécialisé : les généralistes n'ont ni la formation ni la patience », « beaucoup
    // de cabinets ne sont pas équipés, nous si »
    // (the whole clause is the match, so that the removal offered leaves a sentence)
    id: 'ce-qui-leur-manque', kind: 'denigration', window: 0, ownNegation: true, requiresIn: 'sentence',
    patterns: [/(?<![\p{L}])(?:les|des|certains|certaines|beaucoup\s+de|la\s+plupart\s+des|nombre\s+de|trop\s+de)\s+(?:dentistes|generalistes|praticiens|medecins|chirurgiens|kines|kinesitherapeutes|osteopathes|opticiens|centres|cabinets|cliniques|instituts|estheticiennes|confreres)(?:\s+[\p{L}-]+){0,2}?\s+(?:n'ont\s+(?:ni|pas|aucune?|jamais)|ne\s+sont\s+(?:pas|ni)\s+(?:formee?s|equipee?s|qualifiee?s|habilitee?s|specialisee?s)|manquent\s+(?:de|d')|ne\s+maitrisent\s+pas|ne\s+savent\s+pas)(?![\p{L}])[^.!?;:\n]*/u],
    requires: /(?<![\p{L}])(?:nous|notre|nos|ici|choisissez|preferez|privilegiez|optez|faites\s+confiance|adressez-vous)(?![\p{L}])/u,
  },
  {
    // (issue #7) the others named by a pronoun of quantity, set against the author's own practice: « nos kinés ne
    // vous massent pas dix minutes comme beaucoup », « pas de travail à la chaîne comme le font certains »
    id: 'comme-beaucoup', kind: 'denigration', window: 0, ownNegation: true, needsSelf: true, requiresIn: 'around',
    // (the negation before it in the same clause, no comma between: « je ne suis pas, comme certains le pensent, contre… »
    // is a belief set aside, « comme beaucoup, je n'ai pas pu… » counts oneself among them)
    patterns: [/(?<=(?<![\p{L}])(?:pas|jamais|plus|ni)\s[^.!?:;,\n]{0,60})(?<![\p{L}])comme\s+(?:le\s+font\s+|font\s+|chez\s+)?(?:beaucoup|la\s+plupart|certains|certaines|d'autres|tant\s+d'autres|trop\s+souvent)(?:\s+d'entre\s+eux)?(?![\p{L}'])/u],
    unlessAfter: /^\s*(?:le|l')\s*(?:pensent|pense|croient|croit|disent|dit|affirment|imaginent|pretendent)(?![\p{L}])/u,
  },
  {
    id: 'comme-ailleurs', kind: 'denigration', window: 5, ownNegation: true, requiresIn: 'around',
    // "pas d'attente comme aux urgences", "comme dans certains centres"; not "comme tous les cabinets du secteur".
    patterns: [/(?<![\p{L}])comme(?![\p{L}])(?!\s+(?:dans\s+|chez\s+|a\s+|en\s+)?(?:tous|toutes|tout|l'ensemble|nos|notre|vos|votre)(?![\p{L}]))/u],
    // "comme la visite chez l'ophtalmologiste", "comme un bilan": an example (such as), not a comparison
    // also « comme je/j'étais… », « comme nous le disions »: a cause or an aside, with its own subject
    // (« comme ce pharmacien qui a créé… »: an example named, such as)
    unlessAfter: /^\s+(?:(?:la|le|l'|un|une)\s*(?!autres?(?![\p{L}]))[\p{L}]|j'|(?:je|il|elle|on|nous|vous|ils|elles|ce|cet|cette)(?![\p{L}]))/u,
    requires: /(?<![\p{L}])(?:pas|jamais|aucun|aucune|sans|fini|finie|finis|finies|loin|ni|plus\s+d')(?![\p{L}])|comme\s+(?:dans\s+|chez\s+|a\s+|aux\s+)?(?:certain(?:e|s|es)?|d'autres|beaucoup|la\s+plupart|trop)(?![\p{L}])/u,
  },
  {
    id: 'les-autres', kind: 'denigration', window: 2,
    patterns: [/(?<![\p{L}])(?:les|des|aux|d')\s*autres(?![\p{L}])|(?<![\p{L}])certain(?:e|s|es)(?![\p{L}])/u],
    requires: SAYING, requiresIn: 'clause',
    unless: COOPERATION,
  },
  {
    id: 'les-autres-nous', kind: 'denigration', window: 2, needsSelf: true,
    patterns: [/(?<![\p{L}])(?:les|des|aux|d')\s*autres(?![\p{L}])|(?<![\p{L}])certain(?:e|s|es)(?![\p{L}])/u],
    requires: NOT_DOING, requiresIn: 'clause',
    unless: COOPERATION,
  },
  {
    // « l'ostéopathe sait mieux que quiconque… », « mieux que n'importe quel autre praticien »: better than everyone.
    // (the frame often sits in a relative clause after a negated main one: « on ne retrouve pas cela chez X, qui connaît mieux… »)
    id: 'mieux-que-quiconque', kind: 'comparison', window: 0, ownNegation: true,
    patterns: [/(?<![\p{L}])(?:mieux|plus|meilleure?s?)\s+(?:[\p{L}]+\s+)?(?:que|qu')\s*(?:quiconque|tout\s+autre|toute\s+autre|n'importe\s+(?:qui|quel\p{L}*))(?![\p{L}])/u],
    // the reader himself (« vous connaissez votre corps mieux que quiconque »): no other practitioner is compared
    unless: /(?<![\p{L}])vous\s+(?:connaissez|savez|etes|sentez)(?![\p{L}])/u,
  },
  {
    // « le plus grand cabinet dentaire du canton », « le centre le plus moderne du département »: a rank over the
    // establishments of a place.
    id: 'superlatif-du-lieu', kind: 'comparison', window: 0,
    patterns: [
      new RegExp(String.raw`(?<![\p{L}])(?:(?:le|la|les|l')\s*(?:plus|moins)\s+(?:[\p{L}-]+\s+){1,2}?(?:${PRACTICE})s?|(?:${PRACTICE})s?\s+(?:[\p{L}-]+\s+)?(?:le|la|les)\s+(?:plus|moins)\s+[\p{L}-]+)(?:\s+[\p{L}-]+)?\s+(?:de\s+la|du|de\s+l'|d'|de|en)\s*(?:region|ville|departement|france|europe|monde|pays|canton|secteur|hexagone|metropole|agglomeration|quartier)(?![\p{L}])`, 'u'),
      // « se hisse à la première place des stations thermales », « en tête des cliniques de la région »
      new RegExp(String.raw`(?<![\p{L}])(?:premiere\s+place|tete)\s+(?:parmi\s+les|des)\s+(?:[\p{L}-]+\s+)?(?:${PRACTICE}|stations?\s+thermales?)s?(?![\p{L}])`, 'u'),
    ],
    // « la pharmacie la plus proche du quartier » locates, it does not rank
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|risque|taux|cause|maladie|proches?)(?![\p{L}])/u,
  },
  {
    // Care here and care in another country set against each other, the second side after « alors que » / « tandis
    // que » (« la pose se fait en huit semaines ici, alors qu'elle tient en une semaine en Hongrie »): a price, a delay
    // or a quality compared between providers of two places.
    id: 'alors-qu-ailleurs', kind: 'comparison', window: 0, requiresIn: 'sentence',
    patterns: [new RegExp(String.raw`(?<![\p{L}])(?:alors|tandis)\s+(?:que|qu')[^.!?\n]{0,100}?(?<![\p{L}])(?:en|a|au|aux|dans)\s+(?:${COUNTRIES})(?![\p{L}])`, 'u')],
    requires: /(?<![\p{L}])(?:prix|tarifs?|couts?|coute\p{L}*|euros?|moins\s+cher\p{L}*|plus\s+cher\p{L}*|delais?|attentes?|semaines?|jours|visites?|qualite|equipe\p{L}*|forme\p{L}*|qualifie\p{L}*|modernes?|securi\p{L}*|complications?|resultats?)(?![\p{L}])|\d\s?(?:€|%)/u,
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|rembours\p{L}*|convention\p{L}*|loi|legislation|autorise\p{L}*|interdit\p{L}*)(?![\p{L}])/u,
  },
  {
    // The author's country or city set against others (« ailleurs, des lèvres figées ; en France au contraire, nous
    // cherchons le naturel », « à l'inverse, certains pays laissent opérer des non-médecins »).
    id: 'pays-a-l-inverse', kind: 'denigration', window: 0, ownNegation: true,
    patterns: [
      new RegExp(String.raw`(?<![\p{L}])(?:en|a|au|aux|dans)\s+(?:${COUNTRIES})\s*,?\s+(?:au\s+contraire|a\s+l'inverse|en\s+revanche|par\s+contre)(?![\p{L}])`, 'u'),
      /(?<![\p{L}])(?:au\s+contraire|a\s+l'inverse|en\s+revanche|par\s+contre)\s*,?\s+(?:dans\s+)?(?:certains|d'autres|de\s+nombreux|beaucoup\s+de)\s+pays(?![\p{L}])/u,
    ],
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|loi|legislation|vaccin\p{L}*|epidemi\p{L}*|incidence|prevalence|mortalite)(?![\p{L}])/u,
  },
  {
    // « des délais bien plus courts », « des tarifs plus bas et des délais moins longs »: a quality claimed over the others,
    // the other side left implicit (the author speaks, or a place is named).
    id: 'qualite-sans-que', kind: 'comparison', window: 0, selfOrPlace: true,
    patterns: [/(?<![\p{L}])(?:delais|attentes?|temps\s+d'attente|prix|tarifs|couts)\s+(?:d'attente\s+)?(?:bien\s+|beaucoup\s+|nettement\s+|encore\s+)?(?:plus\s+(?:courts?|bas|reduits?|faibles|attractifs)|moins\s+(?:longs?|eleves?))(?![\p{L}])/u],
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|rembours\p{L}*|convention\p{L}*)(?![\p{L}])/u,
  },
  {
    // « ne se confie pas à n'importe quel praticien », or the set phrase that not all « peuvent en dire autant »: the
    // others held unfit, by contrast with the author.
    id: 'n-importe-quel-praticien', kind: 'denigration', window: 0, ownNegation: true,
    patterns: [
      new RegExp(String.raw`(?<![\p{L}])(?:a|par|chez|voir)\s+n'importe\s+(?:quel(?:le)?s?\s+(?:${PRACTICE}|professionnel\p{L}*|praticien\p{L}*|soignant\p{L}*|therapeute\p{L}*|prestataire\p{L}*))(?![\p{L}])`, 'u'),
      /(?<![\p{L}])tout\s+le\s+monde\s+ne\s+peut\s+pas\s+en\s+dire\s+autant(?![\p{L}])/u,
    ],
  },
  {
    // « un suivi qu'ils n'avaient jamais trouvé ailleurs »: care found lacking elsewhere.
    id: 'pas-eu-ailleurs', kind: 'denigration', window: 0, ownNegation: true,
    patterns: [/(?<![\p{L}])(?:n'ont|n'avaient|n'a|n'avait|n'avez|n'aviez|n'ai|n'avais)\s+(?:pas|jamais)\s+(?:eu|eue|eus|eues|trouve|trouvee|trouves|trouvees|recu|recue|recus|recues)\s+ailleurs(?![\p{L}])/u],
  },
  {
    // « ce bilan sera mieux fait par un kinésithérapeute »: one profession ranked over the others for an act.
    id: 'mieux-fait-par', kind: 'comparison', window: 0,
    patterns: [new RegExp(String.raw`(?<![\p{L}])mieux\s+(?:assure|realise|pris\s+en\s+charge|suivi|soigne|fait|accompagne|traite|pratique|conseille|encadre)(?:e|s|es)?\s+(?:par|chez)\s+(?:un|une|le|la|les|des|l'|votre|vos)\s*(?:${PRACTICE}|sages?-femmes?|kinesitherapeutes?|specialistes?|professionnels?)(?![\p{L}])`, 'u')],
  },
  {
    // « des prix jusqu'à 40 % moins chers », « où les tarifs sont 60 % inférieurs »: prices cut against every other
    // provider, the other side left implicit (fois-moins-cher wants the author or a place; prices are enough here).
    id: 'prix-pourcent-moins-cher', kind: 'comparison', window: 0,
    patterns: [/(?<![\p{L}])(?:prix|tarifs)\s+(?:(?:sont|y\s+sont|restent)\s+)?(?:jusqu'a\s+|en\s+moyenne\s+|environ\s+)?\d+(?:[.,]\d+)?\s?%\s+(?:moins\s+che(?:r|re|rs|res)|inferieur(?:e|s|es)?|plus\s+bas(?:se|ses)?)(?![\p{L}])(?!\s+(?:a|aux?|que|qu'|par\s+rapport)(?![\p{L}]))/u],
    // (the other side named after it is the other frames' to span: « … inférieurs à ceux pratiqués en France »)
    // a survey or a statistic reports it; generic drugs are cheaper by law, not by a practice's choice
    unless: /(?<![\p{L}])(?:selon|d'apres|enquete|etude|observatoire|insee|releve|generiques?|medicaments?|rembours\p{L}*)(?![\p{L}])/u,
  },
  {
    // « une qualité supérieure à celle prodiguée en France »: the other side is a place's providers, named by a pronoun.
    id: 'superieur-a-celle-du-lieu', kind: 'comparison', window: 0, selfOrPlace: true,
    patterns: [/(?<![\p{L}])(?:superieur|meilleur|inferieur)(?:e|s|es)?\s+(?:a|aux?)\s+(?:celle|celui|celles|ceux)(?:\s+[\p{L}]+){0,2}(?=\s+(?:en|au|aux|a|dans)\s)/u],
    unless: /(?<![\p{L}])(?:selon|enquete|etude|observatoire|insee|risque|taux|mortalite|incidence)(?![\p{L}])/u,
  },
  {
    // « rien ne vaut la main d'un podologue chevronné »: one kind of practitioner set above every other.
    id: 'rien-ne-vaut', kind: 'comparison', window: 6, ownNegation: true,
    terms: ['rien ne vaut', 'nothing beats'],
    // « rien ne vaut l'avis de votre médecin » sends the reader to his own doctor, it ranks nobody
    unlessAfter: /^\s+(?:[\p{L}']+\s+){0,3}?(?:votre|vos|ton|ta|tes|your)(?![\p{L}])/u,
  },
  {
    // « les autres cabinets n'assurent pas, comme nous, un suivi global », « ces centres diffèrent du nôtre »: the
    // others described by what they lack next to the author.
    id: 'pas-comme-nous', kind: 'comparison', window: 0, ownNegation: true,
    patterns: [
      /(?<![\p{L}])(?:ne|n')\s*[\p{L}']+(?:\s+[\p{L}']+)?\s+pas\s*,?\s+comme\s+(?:nous|moi|chez\s+nous|au\s+cabinet|ici)(?![\p{L}])/u,
      /(?<![\p{L}])(?:differ\p{L}*|se\s+distingu\p{L}*)\s+(?:du|de\s+la|des)\s+notres?(?=\s*(?:[,.;:!?)]|$))/u,
    ],
    requires: new RegExp(String.raw`(?<![\p{L}])(?:(?:${PRACTICE})s?|confreres|consoeurs|concurrents?|autres|etablissements|praticiens|ils|elles)(?![\p{L}])`, 'u'), requiresIn: 'sentence',
    unless: COOPERATION,
  },
  {
    // « huit ans d'études, contre trois ans pour un esthéticien », « sous 48 h, contre six mois chez l'ophtalmologiste »:
    // a figure set against the one of another provider (prices are contre-prix's).
    id: 'contre-chez-autre', kind: 'comparison', window: 0,
    patterns: [new RegExp(String.raw`(?<![\p{L}])contre\s+(?:(?:plus\s+de|pres\s+de|environ|en\s+moyenne)\s+)?(?:\d+|un|une|deux|trois|quatre|cinq|six|huit|dix|quelques)\s+(?:ans|annees|mois|semaines|jours|heures|minutes|seances|%)(?:\s+[\p{L}'-]+){0,3}?\s+(?:pour|chez|dans|en|a|au|aux)\s+(?:(?:un|une|les|des|le|la|l'|certains|certaines|vos|votre)\s*)?(?:${PRACTICE}|praticiens?|esthetici\p{L}*|instituts?|centres?|cabinets?|cliniques?|hopitaux|hopital|chaines?|confreres|concurrents?|autres)(?![\p{L}])`, 'u')],
  },
  {
    // « notre cabine est unique en Bretagne »: a rank over the place's others
    id: 'unique-dans-le-lieu', kind: 'exclusivityClaim', window: 0, needsSelf: true, needsPlaceOrQualifier: true,
    // (« le seul du département à… » is nous-seuls')
    patterns: [
      /(?<![\p{L}])(?:est|sont|reste|restent|sommes)\s+(?:unique|uniques)(?=\s+(?:en|dans|de|du|des|a|au|sur)\s)/u,
      // fronted: « Unique en Bretagne : notre laser… »
      /(?<=(?:^|[.!?:]\s+|\n)\s*)(?:unique|uniques)(?=\s+(?:en|dans|de|du|a|au)\s)/u,
      // in apposition: « notre cabinet, unique en Bretagne, propose… »
      /(?<=,\s*)(?:unique|uniques)(?=\s+(?:en|dans|de|du|a|au)\s)/u,
    ],
  },
  {
    // « Bien des praticiens posent la même prothèse à tous. Chez nous, … »: some colleagues described, then the author
    // set against them.
    id: 'certains-puis-moi', kind: 'denigration', window: 0, selfAfter: true,
    // (or many of them: « beaucoup de praticiens… Nous, … », « dans la plupart des cabinets… Chez nous, … »; or the
    // ordinary or low-cost one: « un dentiste classique vous posera une couronne ; nous préservons la dent », « en centre
    // low cost, pas de suivi ; ici, … »)
    patterns: [new RegExp(String.raw`(?<![\p{L}])(?:un|une|le|la|les|des|vos|votre|en|dans\s+les?|chez\s+(?:les?|un|une))\s+(?:${PRACTICE}|praticiens?|chirurgiens?|dentistes?|therapeutes?|osteopathes?|medecins?|kines?|centres?|cabinets?|cliniques?|instituts?|pharmacies?|opticiens?|chaines?)s?\s+(?:classiques?|traditionnel(?:le)?s?|lambda|ordinaires?|conventionnel(?:le)?s?|low[\s-]?cost|discount|generalistes?)(?![\p{L}])`, 'u'), new RegExp(String.raw`(?<![\p{L}])(?:certain(?:e|s|es)|beaucoup\s+de|la\s+plupart\s+des|de\s+nombreu(?:x|ses)|nombre\s+de|trop\s+de|bien\s+des|la\s+majorite\s+des)\s+(?:${PRACTICE}|praticiens?|chirurgiens?|dentistes?|confreres|hypnotherapeutes?|therapeutes?|osteopathes?|naturopathes?|medecins?|kines?|centres?|cabinets?|cliniques?|instituts?|pharmacies?|opticiens?|laboratoires?)s?(?![\p{L}])`, 'u')],
    unless: COOPERATION,
  },
  {
    // (round 13) « le seul Visumax de France »: the only one of a device in a place, with no practice named
    id: 'le-seul', kind: 'exclusivityClaim', window: 3, needsQualifier: true, placeIsOtherSide: true,
    patterns: [/(?<![\p{L}])(?:(?:le|la|les)\s+(?:premier|premiere|premiers|premieres)\s+(?:et|mais\s+aussi)\s+)?(?:(?:le|la|les|l')\s*)?(?<!(?:un|une)\s)(?:seul|seule|seuls|seules|unique|uniques)(?![\p{L}])/u],
    unlessAfter: /^\s+(?:le|la|les|l'|un|une|des)(?![\p{L}])/u,
    unless: /(?<![\p{L}])(?:de\s+garde|garde|tableau\s+(?:officiel\s+)?de\s+garde)(?![\p{L}])/u,
    suggestions: ['un cabinet'],
  },
  {
    // (issue #7) rarity among peers, the author among the few: « un laser que très peu de cliniques possèdent », « une
    // technique dont peu de centres disposent », « peu de praticiens maîtrisent cette méthode : le Dr Roy en fait partie »
    id: 'peu-de-confreres', kind: 'exclusivityClaim', window: 0, needsSelf: true,
    patterns: [
      /(?<![\p{L}])(?:que|qu'|dont)\s*(?:tres\s+|bien\s+|encore\s+|si\s+|assez\s+)?peu\s+de\s+(?:cliniques|cabinets|centres|praticiens|medecins|chirurgiens|dentistes|etablissements|confreres|consoeurs|professionnels|specialistes|kines|kinesitherapeutes|osteopathes|pharmacies|structures|hopitaux|equipes)\s+(?:[\p{L}'-]+\s+){0,4}?(?:possedent|disposent|proposent|maitrisent|pratiquent|utilisent|offrent|realisent|ont|peuvent)(?![\p{L}])/u,
    ],
    suggestions: [], // (« nous proposons » fits no sentence built on it; removing the clause is offered)
  },
  {
    // the same, the author counted among the few in so many words (« … : le Dr Roy en fait partie »)
    id: 'peu-de-confreres-dont-nous', kind: 'exclusivityClaim', window: 0,
    patterns: [
      /(?<![\p{L}])(?:tres\s+|bien\s+|encore\s+|assez\s+)?peu\s+de\s+(?:cliniques|cabinets|centres|praticiens|medecins|chirurgiens|dentistes|etablissements|confreres|consoeurs|professionnels|specialistes|kines|kinesitherapeutes|osteopathes|pharmacies|structures|equipes)\s+(?:[\p{L}'-]+\s+){0,3}?(?:possedent|disposent|proposent|maitrisent|pratiquent|utilisent|offrent|realisent)[^.!?]{0,100}?(?:en\s+fait\s+partie|en\s+font\s+partie|en\s+faisons\s+partie|en\s+faire\s+partie)/u,
    ],
    suggestions: ['notre équipe la pratique'],
  },
  {
    id: 'nous-seuls', kind: 'exclusivityClaim', window: 0,
    patterns: [
      /(?<![\p{L}])(?:nous\s+sommes|je\s+suis|sommes|suis)\s+(?:les|le|la|l')\s*(?:seul|seule|seuls|seules|uniques?|premier|premiere|premiers|premieres)\s+a\s+[\p{L}']+/u,
      /(?<![\p{L}])seul(?:e|s|es)?\s+(?:en|dans|de|du|sur)\s+(?:[\p{L}'-]+\s+){1,4}?a\s+(?:proposer|pratiquer|offrir|utiliser|disposer|realiser|posseder|etre)(?![\p{L}])/u,
      // any deed, once a place is named (« le seul du département à avoir formé toute son équipe »)
      /(?<![\p{L}])seul(?:e|s|es)?\s+(?:de\s+la|du|de\s+l'|des|en|dans\s+(?:la|le|l'))\s*(?:region|departement|ville|pays|france|europe|monde|canton|agglomeration|metropole|secteur|hexagone|territoire)\s+(?:[\p{L}'-]+\s+){0,3}?a\s+(?:avoir|etre|[\p{L}]+(?:er|ir|re|oir))(?![\p{L}])/u,
    ],
    unless: /(?<![\p{L}])(?:de\s+garde|vaccin\p{L}*|moyen|traitement|medicament)(?![\p{L}])/u,
    suggestions: ['nous proposons'],
  },
];

/**
 * Explainers setting two professions or techniques side by side (docs/research/no-comparison.md §5): a contrast
 * there informs, anywhere in the paragraph (a heading question often opens it).
 */
export const explainerCues = [
  'quelle différence', 'quelles différences', 'la différence entre', 'lequel choisir', 'laquelle choisir', 'avantages et inconvénients',
  'sont complémentaires', 'approches complémentaires', 'chacun son rôle', 'chacun a son rôle', 'pas de hiérarchie', 'sans opposer',
];
