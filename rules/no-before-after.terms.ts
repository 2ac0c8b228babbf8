// DATA ONLY: the vocabulary of before/after presentations (DOMAIN.md §2.g). Add forms here, never code.
import type { TermEntry } from '../src/rule-kit.js';
import * as S from './shared.terms.js';

export interface BeforeAfterTerm extends TermEntry {
  /** 'always': a before/after presentation by itself (hashtags, "transformation spectaculaire", "before/after");
   * 'pair': "avant/après", "avant et après", judged on what follows; 'result': a shown result, needs a visual cue. */
  kind: 'always' | 'pair' | 'result';
}

export const NEUTRAL = ['Explication des résultats possibles et de leurs limites'];

export const beforeAfterTerms: BeforeAfterTerm[] = [
  {
    id: 'hashtag-avant-apres',
    kind: 'always',
    terms: ['#avantaprès', '#avant_apres', '#beforeafter', '#beforeandafter', '#before_after', '#glowup', '#transformation', '#résultat(s)', '#resultatsvisibles', '#metamorphose'],
    suggestions: ['#prévention'],
  },
  {
    id: 'before-after',
    kind: 'always',
    terms: ['before after', 'before and after', 'before & after', 'before/after', 'before-after', 'b&a'],
    suggestions: NEUTRAL,
  },
  {
    id: 'resultat-montre',
    kind: 'always',
    terms: [
      ...S.showcasedResults, 'transformation(s) spectaculaire(s)', 'transformation(s) incroyable(s)', 'transformation(s) bluffante(s)',
      'résultat(s) impressionnant(s)', 'le résultat parle de lui-même', 'les résultats parlent d\'eux-mêmes',
      'regardez la différence', 'voyez la différence', 'admirez la différence', 'constatez la différence', 'regardez ce résultat',
      'admirez le résultat', 'voyez le résultat', 'regardez le résultat', 'métamorphose(s)', 'galerie de nos résultats',
      // (issue #7) the cases shown as the practice's work: « les photos de nos réalisations », « des sourires transformés »
      'photos de nos réalisations', 'galerie de nos réalisations', 'nos réalisations en photo(s)', 'nos réalisations en image(s)',
      'sourire(s) transformé(s)', 'visage(s) transformé(s)', 'silhouette(s) transformée(s)',
      'galerie de nos réussites', 'galerie avant', 'la différence est flagrante', 'la différence est spectaculaire',
      'la différence est impressionnante', 'différence spectaculaire', 'différence flagrante', 'différence impressionnante',
      'quelle transformation', 'quel résultat', 'quel changement', 'beau résultat', 'superbe résultat', 'joli résultat',
      'magnifique résultat', 'beaux résultats', 'superbes résultats', 'magnifiques résultats', 'résultat(s) visible(s) en photo',
      'voici le résultat', 'voilà le résultat', 'voici les résultats', 'voilà les résultats', 'le résultat en image(s)',
      'le résultat en photo(s)', 'les résultats en image(s)', 'les résultats en photo(s)',
      // a result shown as a change of person or a real case (« méconnaissable », « cas réels »), and the English and
      // Spanish labels of galleries in French posts
      'méconnaissable(s)', 'rajeunissement bluffant', 'de type avant/après', 'cas réels', 'photos de cas réels', 'real results',
      'real patients', 'smile reveal', 'side-by-side', 'antes y después', 'resultados reales', 'casos reales',
      // a change praised before its noun or as complete (« incroyable transformation », « transformation complète du
      // sourire »), a shown proof (« la preuve en images »), a striking change (« le changement est bluffant »)
      'incroyable transformation', 'belle transformation', 'superbe transformation', 'magnifique transformation',
      'jolie transformation', 'transformation complète', 'transformation totale', 'transformation radicale',
      'transformation de notre patient(e)', 'transformation de ma patiente', 'transformation de mon patient',
      'transformation de cette patiente', 'transformation de ce patient', 'la preuve en image(s)', 'la preuve en photo(s)',
      'la preuve en vidéo', 'changement bluffant', 'changement spectaculaire', 'changement impressionnant', 'changement radical',
      'le changement est bluffant', 'le changement est spectaculaire', 'le changement est impressionnant',
      'le changement est flagrant', 'le changement est incroyable', 'glow up', 'resultado(s) antes',
      'antes/después', 'antes vs después', 'progression en photo(s)', 'progression en image(s)', 'évolution en photo(s)',
      'évolution en image(s)', 'suivi en photo(s)', 'évolution de notre patient(e)', 'progression de notre patient(e)',
      'then vs now', 'then and now', 'before treatment',
    ],
    patterns: [
      // « De ça 👉 à ça ! »: the two photos pointed at
      /(?<![\p{L}])de\s+ca\s*(?:\p{Extended_Pictographic}|[→➡>=-])*\s*a\s+ca(?![\p{L}])/u,
      // « Regardez ce sourire ! », « admirez cette peau »: a body part shown to the reader
      /(?<![\p{L}])(?:regardez|admirez|voyez|visez|matez|regarde|admire)[\s-]+(?:moi\s+)?(?:ce|cette|ces|son|sa|ses)\s+(?:nouveau\s+|nouvelle\s+|nouveaux\s+)?(?:sourire|peau|teint|silhouette|visage|levres|dents|cheveux|regard|ventre|nez|cicatrices?|jambes|profil|menton|machoire|poitrine|fesses|cils|sourcils)(?![\p{L}])/u,
      // « Ce que 10 séances de radiofréquence peuvent faire »
      // « Ce qu'on obtient après une seule séance », « voici ce que donnent 3 séances »
      /ce\s+(?:qu'on\s+obtient|que\s+donnent?|que\s+ca\s+donne)\s+(?:apres|en)\s+(?:une\s+seule|un\s+seul|seulement\s+\d+|\d+|deux|trois|quatre|cinq|six|quelques)\s+(?:seances?|semaines?|mois|injections?|soins?|sessions?)(?![\p{L}])/u,
      /ce\s+qu(?:e\s+|')\s*(?:\d+|quelques|une?|deux|trois|quatre|cinq|six|huit|dix)\s+(?:seances?|semaines?|mois|injections?|soins?|sessions?)[^.!?\n]{0,40}?\s(?:peu(?:ven)?t|a|ont|peut)\s+faire(?![\p{L}])/u,
      // « les photos ci-dessous le prouvent », « les clichés ci-contre en témoignent »: photos of cases given as the
      // proof of what the care does (a diagram is a « schéma », an « illustration », not a photo)
      /(?<![\p{L}])(?:montr|prouv|atte?st|illustr|temoign)\p{L}*\s+(?:les|la|le|ces|nos|mes)\s+(?:photos?|cliches?|images?)\s+(?:ci-dessous|ci-contre|ci-jointes?|suivantes?|jointes?)(?![\p{L}])/u,
      /(?<![\p{L}])(?:photos?|cliches?)\s+(?:ci-dessous|ci-contre|ci-jointes?|suivantes?)\s+(?:le\s+|l'|en\s+|vous\s+le\s+)?(?:montr|prouv|atte?st|illustr|temoign)\p{L}*(?![\p{L}])/u,
    ],
    suggestions: NEUTRAL,
  },
  {
    // A result or a rendering dated by the care that led to it: « Résultat après 3 séances », « le rendu final, 1 an après
    // la greffe », « zoom sur le résultat, 15 jours après l'injection », « resultado después de 6 sesiones ». Not a promise
    // (« résultats garantis dès la première séance », « en 3 séances » — claims, another rule's), nor a general
    // statement (« les résultats apparaissent 3 mois après », « s'apprécie au bout d'un an »): no verb of appearing or
    // judging inside, and the rule drops sentences that speak in general (« en moyenne », « varie »).
    id: 'resultat-date',
    kind: 'always',
    patterns: [
      /(?<![\p{L}])(?:resultats?|rendu|resultados?)(?:\s+(?:final|finaux|immediats?|visibles?|obtenus?|naturels?))?(?:(?!apparai|s'appreci|s'observ|se\s+voi|s'install|\s(?:est|sont|sera|seront|peut|peuvent|faut|doit|doivent)\s|vari|depend|stabilis|attend|definiti|obtien|garanti|assur|promi|certain|durabl)[^.!?\n]){0,50}?(?:(?:\d+|un|une|deux|trois|quatre|cinq|six|huit|dix|quelques)\s+(?:jours?|semaines?|mois|ans?|seances?|sesiones|semanas|meses|sessions?|injections?)\s+(?:apres|plus\s+tard|despues|later)|(?:apres|despues\s+de|tras|after|au\s+bout\s+de)\s+(?:seulement\s+|juste\s+)?(?:la\s+|le\s+|l')?(?:\d+|une|un|deux|trois|quatre|cinq|six|sept|huit|dix|une\s+seule|un\s+seul|premiere|1re|1ere|1er|premier)\s*(?:e|eme|ere|re)?\s+(?:seances?|sesiones|semaines?|semanas|mois|meses|jours?|injections?|sessions?|facettes?|soins?|rendez-vous))(?![\p{L}])/u,
      // (issue #7) A caption on its own line: the result, the act, then a time point (« Résultat d'une rhinoplastie – 4e mois »,
      // « Résultat à 6 mois d'un lifting », « Résultat final : J+30 »). No verb: a label under a picture, not information.
      /(?<=^\s*|\n\s*)(?:resultats?|rendu)(?:\s+(?:final|finaux|obtenus?))?(?:\s+(?:d'une?|de\s+la|de\s+l'|du|des)\s*[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*(?:[-–—:,]\s*|\s+a\s+)(?:(?:\d+|un|une|deux|trois|quatre|six|huit|dix|douze)\s*(?:e|eme|er|ere|re)?\s+(?:jours?|semaines?|mois|ans?)|j\s?\+\s?\d+|m\s?\+\s?\d+)(?:\s+(?:d'une?|de\s+la|de\s+l'|du|des)\s*[\p{L}-]+(?:\s+[\p{L}-]+){0,2})?\s*[.!]?\s*(?=$|\n)/u,
      // « 1 mois post-op », « J+10 post-op » (the casual caption; « post-opératoire » is how information is written)
      /(?<![\p{L}\d])(?:(?:\d+|un|une|deux|trois|quatre|six)\s+(?:jours?|semaines?|mois|ans?)|j\s?\+\s?\d+)\s+post[\s-]?op(?![\p{L}])/u,
      // « Photos du 3 mars et du 3 juin »: two dated photos of one case
      /(?<![\p{L}])photos?\s+(?:prises?\s+)?(?:du|le|en|de)\s+(?:\d{1,2}(?:er)?\s+)?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?:\s+\d{4})?\s*(?:et|puis|vs|,|→|->)\s*(?:du|le|en|de)?\s*(?:\d{1,2}(?:er)?\s+)?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)(?![\p{L}])/u,
      /(?<=^\s*|[.!?:\n]\s*)(?:le\s+)?resultats?\s+(?:immediats?|visibles?)\s+(?:apres|des|a\s+la\s+sortie\s+de)\s+(?:la|le|l'|chaque)\s*(?:seance|soin|injection|intervention|sortie)(?![\p{L}])/u,
    ],
    suggestions: NEUTRAL,
  },
  {
    id: 'avant-apres',
    kind: 'pair',
    patterns: [
      // "avant/après", "avant-après", "avant - après", "avant | après", "avant & après", "avant vs après", "avant → après", "avantaprès"
      /(?<![\p{L}])avant\s*(?:[/|&+>→➡⇒⟶=-]+|vs\.?|versus|\p{Extended_Pictographic}{1,2})?\s*(?:l'\s*)?apres(?![\p{L}])/u,
      // "avant le traitement / après le traitement", "avant la séance et juste après": the same moment named twice
      /(?<![\p{L}])avant\s+((?:le|la|l'|les|sa|son|ses)\s*)?([\p{L}-]+)\s*(?:[/|,→➡-]+|\s(?:et|puis|vs)\s)\s*apres\s+\1?\2(?![\p{L}])/u,
      // « la même patiente avant et 10 jours après son injection »
      /(?<![\p{L}])avant\s+(?:et|puis)\s+(?:\d+|une?|deux|trois|quatre|six|quelques)\s+(?:heures|jours|semaines|mois|ans?)\s+apres(?![\p{L}])/u,
      /(?<![\p{L}])avant\s+(?:(?:le|la|l'|les|sa|son|ses)\s*)?[\p{L}-]+\s+(?:et|puis)\s+(?:juste|tout\s+de\s+suite|directement|\d+\s+(?:jours|semaines|mois))\s+apres(?![\p{L}])/u,
      // a caption's two time points (« Avant la greffe / 12 mois après », « avant l'injection → 2 semaines après »)
      /(?<![\p{L}])avant\s+(?:(?:le|la|l'|les|sa|son|ses)\s*)?[\p{L}-]+\s*[/|→➡]+\s*(?:\d+|une?|deux|trois|quatre|six|huit|dix|douze)\s+(?:jours|semaines|mois|ans?)\s+(?:apres|plus\s+tard)(?![\p{L}])/u,
      // "avant et après", "avant puis après"
      /(?<![\p{L}])avant\s+(?:et|puis|ou)\s+apres(?![\p{L}])/u,
    ],
    suggestions: NEUTRAL,
  },
  {
    // (round 13) the pair told in two sentences, the second pointing at the change: « Avant la séance, les dents sont
    // ternes. Après, le contraste est frappant. » (not advice: « Avant la séance, buvez. Après, reposez-vous. »)
    id: 'avant-puis-apres-raconte',
    kind: 'always',
    patterns: [/(?<=(?:^|[.!?]\s+)avant\s[^.!?\n]{3,200}[.!?]\s+)apres\s*,\s+(?:[\p{L}']+\s+){0,3}?(?:contraste|difference|changement|transformation|metamorphose)s?(?![\p{L}])/u],
    suggestions: NEUTRAL,
  },
  {
    id: 'resultat-visuel',
    kind: 'result',
    patterns: [
      // « taches envolées après 2 séances, regardez ! »: what disappeared, dated by the care (shown: needs a visual cue)
      /(?<![\p{L}])(?:disparu|envole|efface|estompe|gomme|attenue|reduit|diminue|parti)e?s?\s+(?:apres|en|au\s+bout\s+de)\s+(?:seulement\s+)?(?:\d+|une?|deux|trois|quatre|cinq|six|quelques)\s+(?:seances?|semaines?|mois|jours|injections?|soins?)(?![\p{L}])/u,
    ],
    terms: [
      ...S.spectacular, 'résultat(s)', 'résultat final', 'la différence', 'transformation(s)', 'j+{n}', 'j +{n}', 'au bout de {n} jours', 'au bout de {n} semaines', 'au bout de {n} mois',
      '{n} jours après', '{n} semaines après', '{n} mois après', '{n} jours plus tard', '{n} semaines plus tard', '{n} mois plus tard',
      'un mois après', 'un an après', 'un mois plus tard', 'un an plus tard',
      // shown with a photo or a « vs »: « quelle différence en 4 semaines 📸 », « c'est le jour et la nuit »
      'quelle différence', 'le jour et la nuit', 'le changement', 'quelle évolution', 'belle évolution', 'l\'évolution',
      // a patient shown (with a photo or « en images »): « retour en images sur la rhinoplastie de notre patiente »
      'de notre patient(e)', 'chez notre patient(e)', 'photos de nos patient(e)s', 'photos de patient(e)s', 'de cette patiente', 'de ce patient', 'même patient(e)',
    ],
    suggestions: NEUTRAL,
  },
];

/** What makes a result or an ambiguous pair a shown before/after (photo, swipe, "ci-dessous"). Folded text. */
export const visualCues = [
  'photo(s)', 'photographique(s)', 'image(s)', 'ce visuel', 'le visuel', 'en visuel', 'cliché(s)', 'regardez', 'voyez', 'admirez', 'observez', 'constatez',
  'ci-dessous', 'ci-contre', 'ci-joint(e)(s)', 'à gauche', 'à droite', 'photo de gauche', 'photo de droite', 'swipe(z)',
  'glissez', 'faites défiler', 'défilez', 'en images', 'en photo(s)', 'carrousel', 'galerie', '👀', '📸', '➡', '👉', '🔄',
  'montage', 'comparaison', 'comparatif', 'spectaculaire(s)', 'parle de lui-même', 'parlent d\'eux-mêmes', 'j+{n}',
  // two states set side by side (« première séance vs dernière séance ») and the reader asked to compare
  'vs', 'versus', 'comparez', '📷', '🤳', '😍', '😱', '🤩', '😮', '🔥',
];

/** Words before the pair that make it a noun ("photos avant/après", "le avant/après", "nos avant-après"). Folded, end of text. */
export const nominalLead =
  /(?:(?:sourires?|transformations?|metamorphoses?|cas)(?:\s+(?:de|des)\s+(?:nos|mes)\s+patient\p{L}*)?|photos?|images?|cliches?|visuels?|comparaison|comparatif|resultats?|montage|galerie|le|un|ce|du|des|nos|mes|vos|notre|mon|incroyable|superbe|joli|bel)\s*$/u;

/** Results that are not a patient's: test results, a survey, a certification, an election. Folded, after "résultat(s)". */
export const notPatientResult =
  /^\s*(?:de\s+|des\s+|du\s+|d'|de\s+la\s+|de\s+l'|de\s+vos\s+|de\s+votre\s+|de\s+notre\s+|de\s+nos\s+)(?:\p{L}+\s+)?(?:analyse|examen|test|bilan|biolog|prise\s+de\s+sang|depistage|certification|visite|etude|enquete|sondage|questionnaire|recherche|essai|vote|election|concours|appel|irm|scanner|radio|biopsie|frottis|prelevement|mammographie|echographie|laboratoire|labo|pcr|serologie|consultation|imagerie|radiolog)/u;

/** « la différence entre une entorse et une fracture »: a contrast explained, for a result that needs a cue. Folded, after it. */
export const contrastExplained = /^\s*entre(?![\p{L}])/u;

/** A place or a system changed, not a body: « transformation complète du cabinet », « transformation digitale ». Folded, after it. */
export const notBodyChange =
  /^\s*(?:digitale?|numerique|ecologique|(?:de|du|des|d')\s*(?:la\s+|l'|notre\s+|nos\s+|votre\s+)?(?:cabinet|locaux|local|salle|site|centre|pharmacie|officine|hopital|service|batiment|accueil|systeme|profession|metier|sante|reseau|structure|maison|offre|parcours|pratique|secteur|ville|quartier|entreprise))(?![\p{L}])/u;

/** Idioms around "la différence" / "le résultat" that show no patient ("fait toute la différence"). Folded, end of the text before. */
export const notPatientResultBefore = /(?:toute|faire|fait|font|faites|quelle\s+est|sans)\s+$/u;

/** A determiner or a possessive after the pair makes "avant et après" a time preposition ("avant et après votre séance"). */
export const temporalAfterPair = /^\s*(?:l'|(?:le|la|les|un|une|votre|vos|ton|ta|tes|son|sa|ses|chaque|toute|toutes|tout|tous|cette|ce|cet|ces|nos|notre|mon|ma|mes|leur|leurs|avoir|etre)(?![\p{L}]))/u;

/** A noun before the pair that makes it instructions ("Conseils avant/après", "à faire avant et après"). Folded, end of text. */
export const instructionsBeforePair =
  /(?:conseils?|consignes?|precautions?|recommandations?|a\s+faire|a\s+eviter|que\s+faire|informations?|infos?|questions?|fiches?|preparation|routine|soins|regles|gestes|se\s+passe-t-il|se\s+passe|que\s+manger|alimentation|hygiene|surveillance|traitement|medicaments?)\s*:?\s*$/u;

/** Educational wording around the pair ("Avant/après : ce qu'il faut savoir", "nos conseils"): a guide, not a result. Folded. */
export const educational =
  /(?:ce\s+qu'il\s+faut\s+savoir|ce\s+qu'il\s+faut\s+faire|nos\s+conseils|mes\s+conseils|les\s+bons\s+reflexes|mode\s+d'emploi|nos\s+explications|que\s+faire|les\s+consignes|les\s+precautions|guide|faq|questions?\s+frequentes)/u;

/** Press, discipline or refusal around the pair: it is talked about, not shown (« épinglé », « nous ne publions pas »). */
export const reportedOrRefused = [
  'épinglé(e)(s)', 'sanctionné(e)(s)', 'chambre disciplinaire', 'censé(e)(s) prouver', 'image retouchée', 'images retouchées',
  'ne publions', 'ne publie', 'ne publierons', 'ne trouverez', 'jamais utilisé(e)(s)', 'aucune galerie', 'ne montrons', 'ne montre pas',
  // the rule itself and its sanctions (« les ordres sanctionnent les avant-après », « photos avant/après interdites »)
  'sanctionne(nt)', 'interdit(e)(s)', 'interdisent', 'proscrit(e)(s)', 'proscrivent',
  // the photos judged as evidence (« des images avant/après peu fiables », « pas d'un grand recours », « mal contextualisées »)
  'peu fiable(s)', 'pas fiable(s)', 'trompeu*', 'mal contextualisé(e)(s)', "pas d'un grand recours", 'que faut-il en penser',
  "faut-il s'y fier", 'faut-il y croire', 'comment évaluer', 'évaluer honnêtement', 'photo(s) flatteuse(s)', 'deceptive', 'misleading', 'shady', 'photoshop*',
  // other practitioners' galleries, told about in the third person (« certains chirurgiens publient… »)
  'certains chirurgiens', 'certains médecins', 'certains praticiens', 'certaines cliniques', 'certains centres', 'ces médecins',
  'ces chirurgiens', 'ce chirurgien', 'font leur promotion', 'font leur publicité',
  // a study's measure before and after a treatment (« chaque évaluateur note le sourire avant et après »)
  "l'étude", 'cette étude', 'évaluateur(s)', 'échelle visuelle',
];

/** A result announced, not shown: « une simulation montre le résultat attendu ». Folded, after « résultat(s) ». */
export const expectedResult = /^\s*(?:final\s+|finaux\s+)?(?:attendus?|escomptes?|souhaites?|recherches?|esperes?|possibles?|previsibles?|envisageables?|simules?)(?![\p{L}])/u;

/** « Un cliché est refait à la dernière séance pour évaluer le résultat »: a photo taken to assess, not one shown.
 *  Folded, end of the text before « résultat(s) ». */
export const assessedResult = /(?:afin\s+d'|pour\s+)(?:apprecier|evaluer|juger|comparer|suivre|mesurer|documenter|controler|verifier)\s+(?:le|les|l')\s*$/u;

/** « J+2 à J+5 : … »: a range of days in a course of effects, not a photo dated. Folded, after « J+n ». */
export const dayRange = /^\s*(?:a|au|-|–)\s*j\s?\+?\s?\d+/u;

/** « Résultat, le temps passant, … », « Résultat des courses »: the word as a connector opening a sentence. Folded, after it. */
export const resultConnector = /^\s*(?:,|des\s+courses)/u;

/** « Les résultats obtenus après une séance sont encourageants »: results in general, as the subject of an appraisal. Folded. */
export const resultsAppraised = /^\s*les\s+resultats[^.!?\n]{0,80}?\s(?:sont|seront|restent|demeurent|semblent)\s/u;

/** Words that mark an image as a diagram or an illustration, which is allowed. */
export const illustrationWords = ['schéma(s)', 'schématique', 'illustration(s)', 'infographie(s)', 'diagramme(s)', 'dessin(s)', 'coupe anatomique', 'planche anatomique', 'courbe(s)', 'graphique(s)'];

/** "Avant : dos voûté. Après : posture parfaite." — labels followed by descriptions (not instructions). Folded text. */
export const labelledPair = /(?<![\p{L}])avant\s*:\s*([^:\n]{1,80}?)\s*(?:[.;,/|]|\n|$)\s*(?:\p{L}+\s+)?(?:apres|aujourd'hui|maintenant|desormais|after|now)\s*:/u;

/** An instruction after "Avant :" ("ne mangez pas", "boire", "évitez"): a to-do list, not a before/after. Folded. */
export const instructionStart =
  /^\s*(?:ne\s|n'|pas\s|evite|pense|veille|il\s+faut|prevoi|boire|manger|prendre|eviter|arreter|appliquer|mettre|faire|se\s|s'|\p{L}{3,}ez(?![\p{L}])|\p{L}+ez-vous|\p{L}+ez-les)/u;

/** "À gauche : janvier. À droite : décembre." — a left/right comparison with a time or result marker. Folded. */
export const leftRight =
  /(?:photos?\s+de\s+gauche|a\s+gauche|sur\s+la\s+gauche|(?<![\p{L}])(?:gauche|left)\s*:|photo\s*(?:n°\s*|no\s*)?1(?![\d])|(?:1|premiere)\s*(?:re|ere)?\s+photo)([^\n]{0,100}?)(?:photos?\s+de\s+droite|a\s+droite|sur\s+la\s+droite|(?<![\p{L}])(?:droite|right)\s*:|photo\s*(?:n°\s*|no\s*)?2(?![\d])|(?:2|deuxieme|seconde)\s*(?:e|eme|nde)?\s+photo)/u;
export const progressMarkers =
  /(?<![\p{L}])(?:avant|apres|resultat|debut|fin\s+de|aujourd'hui|maintenant|plus\s+tard|le\s+jour\s+(?:de|du|d')|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|j\s?\+\s?\d+|j\d+|jour\s+\d+|premier\s+jour|before|after|later|(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|dix-huit|quelques)\s+(?:jours|semaines|mois|ans)|premiere\s+seance|derniere\s+seance|19\d\d|20\d\d)(?![\p{L}])/u;

/**
 * « La transformation de Lucas », « Élodie avant sa transformation »: a named person's change shown as a result.
 * Folded; group 1 or 2 is the word that must be a given name (capitalised in the text).
 */
export const namedTransformation =
  /(?<![\p{L}])(?:(?:la|sa|leur)\s+)?(?:transformation|metamorphose|evolution\s+spectaculaire)\s+(?:de|d')\s*(\p{L}+)|(?<![\p{L}])(\p{L}+)\s+(?:avant|apres)\s+(?:sa|son|leur)\s+(?:transformation|metamorphose)(?![\p{L}])/gu;

/**
 * « Avant, je cachais mon sourire. Aujourd'hui, je ris sur les photos »: a first-person before and after, told as two
 * sentences opening on « Avant, » and « Après, / Aujourd'hui, / Maintenant, ». Folded.
 */
export const toldPair =
  /(?<![\p{L}])avant\s*,\s*(?:(?:je|nous|mon|ma|mes|il|elle|on)(?![\p{L}])|j')[^.!?\n]{3,140}[.!?…]+\s+(?:apres|aujourd'hui|maintenant|desormais)(?:\s+[^,.!?\n]{1,30})?\s*,\s*(?:(?:je|nous|mon|ma|mes|il|elle|on)(?![\p{L}])|j')[^.!?\n]{0,160}/u;
/** What a told before/after must be about to be a result: the body, the look, pain, the mirror. Folded. */
export const resultSubject =
  /(?<![\p{L}])(?:sourire|dents?|peau|rides?|kilos?|kg|taille|silhouette|corps|visage|nez|levres?|poitrine|ventre|cheveux|photos?|miroir|complexes?|douleurs?|dos|regard|cernes?|acne|boutons?|cicatrices?)(?![\p{L}])/u;

/** Points in time a photo series is dated by ("en janvier et en décembre", "J0 et J+30", "à 3 mois"). Folded. */
export const timePoints =
  /(?<![\p{L}])(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|j\s?\+?\s?\d+|\d+\s+(?:jours|semaines|mois|ans?))(?![\p{L}])/gu;

/** A paragraph that is only a caption label: "**Avant**", "Après 👇". Folded. */
export const loneLabel = /^\s*(avant|apres|before|after)\s*[:.!]?\s*(?:\p{Extended_Pictographic}\s*)*$/u;

/** Image alt text or file name showing a before/after. File names are folded and URL-decoded first. */
export const altPair = /(?<![\p{L}])(?:avant(?:[\s\S]{0,60}?)apres|apres(?:[\s\S]{0,40}?)avant|before(?:[\s\S]{0,40}?)after)(?![\p{L}])/u;
export const fileNamePair =
  /(?:avant[-_. ]?(?:et[-_. ]?|vs[-_. ]?)?apres|before[-_. ]?(?:and[-_. ]?|&[-_. ]?)?after|(?:^|[-_.])(?:avant|apres|before|after|ba)(?=\.[a-z0-9]+$|$)|(?:^|[-_.])ba(?=[-_.]))/u;

/**
 * A file name written in the text (no link around it) whose words are joined by underscores or that ends with an image or
 * video extension: « peeling_avant_apres.jpg », « dents_blanchiment_avant_apres », « levres-avant-apres.webp » (round 5;
 * hyphens alone are already read by the pair term). Folded. Checked with `fileNamePair` on the token.
 */
export const writtenFileName =
  /(?<![\p{L}\p{N}_.\/-])[\p{L}\p{N}]+(?:[_-][\p{L}\p{N}]+)*(?:_[\p{L}\p{N}]+(?:[_-][\p{L}\p{N}]+)*|\.(?:jpe?g|png|webp|gif|heic|avif|tiff?|mp4|mov))(?![\p{L}\p{N}_\/-])/gu;

/**
 * Two states of the same care set side by side: « au début de son traitement… et aujourd'hui », « Jour 1 ➡️ Jour 45 »,
 * « premier rendez-vous en janvier, dernier en juin », « à son arrivée … maintenant », « then vs now », « Pendant / après »,
 * « Left: before … Right: 3 months later ». Folded; the rule keeps it when the two are joined by an arrow, a slash or
 * « vs », or when the paragraph names a body, a result or a patient (resultSubject, twoStatesSubject), or shows a photo.
 */
export const twoStates =
  /(?<![\p{L}\d])(?:au\s+debut|jour\s*1(?!\d)|j\s?[01](?!\d)|(?:premier|premiere|1er|1re|1ere)\s+(?:rendez-vous|rdv|seance|consultation|jour)|a\s+(?:son|leur|l')\s*arrivee|then|before|pendant|il\s+y\s+a\s+(?:\d+|un|une|deux|trois|quatre|six|quelques)\s+(?:jours|semaines|mois|ans?)|debut\s+(?:de|du)\s+(?:traitement|soin|suivi|programme|cure|prise\s+en\s+charge)|(?:situation|etat|aspect)\s+initiale?)(?![\p{L}])([^\n]{0,120}?)(?<![\p{L}\d])(?:aujourd'hui|maintenant|desormais|now|after|later|apres(?!\s+(?:avoir|etre|s'etre|l'avoir|les\s+avoir))|(?:jour|j)\s*\+?\s*\d+|(?:dernier|derniere)(?:\s+(?:rendez-vous|rdv|seance|consultation|jour))?|a\s+la\s+fin|(?:situation|etat|aspect|resultat)\s+finale?|resultat\s+a\s+(?:\d+|une?|deux|trois|six|dix)\s+(?:jours|semaines|mois|ans?)|fin\s+(?:de|du)\s+(?:traitement|soin|suivi|programme|cure|prise\s+en\s+charge)|(?:\d+|un|une|deux|trois|six|quelques)\s+(?:jours|semaines|mois|ans?)\s+(?:plus\s+tard|apres))(?![\p{L}])/u;
/** Between the two states: an arrow, a slash, « vs » — a side-by-side by itself. Folded. */
export const sideBySide = /^\s*(?:[/|→➡>=-]+|vs\.?|versus|\p{Extended_Pictographic}{1,3})\s*$/u;
/** What else makes two states a result shown: the person or what was changed. Folded. */
export const twoStatesSubject = /(?<![\p{L}])(?:patient\p{L}*|client\p{L}*|resultats?|rendu|dentition|teint|smile|skin|result)(?![\p{L}])/u;

/** A statement about results in general, not one shown: « en moyenne », « varie », « il faut attendre ». Folded sentence. */
export const generalResult = /(?<![\p{L}])(?:generalement|en\s+general|en\s+moyenne|habituellement|souvent|varie\p{L}*|depend\p{L}*|peu(?:ven)?t|il\s+faut|environ|chaque\s+patient|selon\s+les)(?![\p{L}])/u;
/** The practice's own history, not a patient's change: « au début de ma carrière… aujourd'hui ». Folded. */
export const practiceStory = /(?<![\p{L}])(?:ma\s+carriere|mon\s+installation|mes\s+etudes|mon\s+metier|notre\s+cabinet|mon\s+cabinet|notre\s+equipe|notre\s+centre|notre\s+pharmacie|mon\s+diplome)(?![\p{L}])/u;

/**
 * « Avant l'opération, Léna ne supportait plus son nez. Aujourd'hui, elle se trouve enfin belle »: a before and an after
 * told in two sentences, the first opening on « Avant <le soin>, », the second on « Aujourd'hui, / Maintenant, »
 * (« Après, » opens instructions too often). Kept only about the body or the look (resultSubject). Folded.
 */
export const toldPairAfterCare =
  /(?<![\p{L}])avant\s+(?:l'|la\s+|le\s+|les\s+|son\s+|sa\s+|ses\s+|mon\s+|ma\s+|mes\s+)[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,[^.!?\n]{3,140}[.!?…]+\s+(?:aujourd'hui|maintenant|desormais)\s*,[^.!?\n]{0,160}/u;

/** Before/after pictures talked about in general (« des avant-après toujours plus spectaculaires sur les réseaux », « voir
 * les photos avant/après de greffes peut convaincre », « on y publie des photos avant et après opération »): the pair
 * right after a generic determiner, photos or comparisons. Folded text before the pair, in its sentence. (round 2) */
export const genericPairLead =
  /(?<![\p{L}])(?:des|les|ces|leurs|de|d'|innombrables|nombreuses|nombreux|quelques|tant\s+de)\s*(?:(?:photos?|images?|cliches|comparaisons?|galeries|publications|montages)\s+(?:(?:de|des)\s+(?:photos?\s+)?)?)?[«"“]?\s*$/u;
/** The practice showing its own before/after (possessive, deixis, an invitation to look): never talked about. Folded. */
export const shownOwn =
  /(?<![\p{L}])(?:nos|notre|mes|voici|voila|ci-dessous|ci-contre|ci-joint\p{L}*|regardez|decouvrez|admirez|voyez|swipe\p{L}*|glissez|en\s+images?|galerie)(?![\p{L}])/u;

/** A question asked about results or before/after pictures (« Quel résultat attendre d'une greffe ? », « Pourquoi ce
 * site ne montre-t-il pas de photos avant/après ? », « Why doesn't this site show… ? »): information, not a case shown.
 * Folded sentence start. (round 2) */
export const askedAbout =
  /^\s*(?:(?:quels?|quelles?)\s+(?:\p{L}+\s+){0,2}(?:attendre|esperer|obtenir|prevoir|imaginer)|pourquoi|comment|faut-il|peut-on|doit-on|est-ce\s+que|why|how|what|can\s+i|should\s+i)(?![\p{L}])/u;
/** A change stated in general (« elles montrent souvent une transformation spectaculaire »), folded sentence. */
export const changeInGeneral = /(?<![\p{L}])(?:souvent|generalement|en\s+general|habituellement|parfois|peu(?:ven)?t)(?![\p{L}])/u;

/**
 * Round 6. A link or button label that opens the practice's own gallery: the sentence is only « Découvrez nos photos
 * avant/après » (arrows or chevrons before it, a procedure after it: « 👉 Voir nos photos avant-après du
 * lifting »). Not talk about pictures (« voir des avant-après peut convaincre » goes on with a verb). Folded
 * sentence; the pair itself is read by the lexicon.
 */
export const galleryLinkLead =
  /^\s*(?:[>»«"→➡⇒👉▶-]+\s*)?(?:voir|voyez|decouvrir|decouvrez|consulter|consultez|acceder\s+aux|cliquez\s+(?:ici\s+)?pour\s+voir)\s+(?:toutes\s+)?(?:les|nos|des|mes)?\s*(?:photos?|images?|cliches|resultats?|cas)\s*$/u;
/** After the pair of such a label: at most the procedure it shows (« de rhinoplastie », « d'une abdominoplastie »). Folded. */
export const galleryLinkRest = /^\s*(?:(?:de|d'|du|des)\s*(?:la\s+|l'|une?\s+|nos\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+){0,3})?\s*[.!:…]*\s*$/u;

/** Imaging named before the pair with no determiner after it (« Genou : radios avant/après prothèse »): the
 * two X-rays of a case shown, a caption. Folded, end of the text before the pair. (round 6) */
export const imagingLead = /(?<![\p{L}])(?:radios?|radiographies?|panoramiques?|cone\s+beam|scanners?)\s*$/u;

/**
 * Round 6. A case shown to the reader without the words before/after: « le cas ci-contre : notre patiente voulait un
 * effet léger », « le cas présenté ci-contre », « ce deuxième cas, en photos ». Folded; the rule also wants a
 * patient or a care in the sentence (« dans le cas ci-dessous, appelez le 15 » is a situation, not a case shown).
 */
export const caseShown =
  /(?<![\p{L}])(?:le|ce|du|un|les|ces|des|nos|premier|deuxieme|second|troisieme|dernier)\s+cas(?:\s+cliniques?)?\s+(?:presentes?\s+|illustres?\s+|visibles?\s+|en\s+photos?\s+)?(?:ci-dessous|ci-contre|ci-dessus|en\s+photos?|en\s+images?)(?![\p{L}])/u;
/** (issue #7) A photo pointed at in the text (« voir la photo ci-contre : notre patiente à son arrivée »): with
 *  a patient in its sentence, that patient's case shown in pictures. Folded. */
export const casePhotoShown =
  /(?<![\p{L}])(?:sur|dans|voir|selon)\s+(?:la|les|cette|ces)\s+photos?\s+(?:ci-dessus|ci-dessous|ci-contre|ci-jointes?)(?![\p{L}])/u;
/** In the sentence of a photo pointed at: the patient themself, not care in general (« le matériel du traitement »). Folded. */
export const casePhotoSubject = /(?<![\p{L}])(?:patiente?s?|cliente?s?)(?![\p{L}])/u;
/** (issue #7) A photo series dated by several time points (« évolution de la greffe : 1 mois, 4 mois, 1 an — photos »): the
 *  photo words that make the dates a series of pictures, the case they follow, and what makes it a calendar instead. Folded. */
export const seriesPhoto = /(?<![\p{L}])(?:photos?|images?|cliches?|galerie|clichés?)(?![\p{L}])|📸|📷/u;
export const seriesSubject = /(?<![\p{L}])(?:evolution|progression|resultats?|patiente?s?|cicatri\p{L}*|greffe|repousse)(?![\p{L}])/u;
export const seriesCalendar = /(?<![\p{L}])(?:vaccin\p{L}*|calendrier|rappels?|horaires?|planning|fermeture|conges|apportez|apporter)(?![\p{L}])/u;
/** (issue #7) A patient shown before an act and at a later check (« notre patient avant l'intervention et au contrôle des 3 mois »). Folded. */
export const patientBeforeCheck =
  /(?<![\p{L}])(?:notre|ce|cette|la|le|mon|ma)\s+(?:jeune\s+)?patiente?\s+(?:[\p{L}-]+\s+){0,2}avant\s+(?:le|la|l'|son|sa|ses)\s*[\p{L}-]+\s+(?:et|puis)\s+(?:au|a|lors\s+du|apres)\s+[^.!?\n]{0,25}?(?:\d+|un|une|deux|trois|six)\s+(?:jours|semaines|mois|ans?)(?![\p{L}])/u;

/** In the sentence of a case shown: the patient or the care that makes it a patient's case. Folded. */
export const caseShownSubject =
  /(?<![\p{L}])(?:patient\p{L}*|client\p{L}*|injections?|injecte\p{L}*|traitement|traitee?s?|corrections?|corrige\p{L}*|operee?s?|intervention|seances?|resultats?|souhait\p{L}*|demande)(?![\p{L}])/u;

/**
 * Round 6. Photos dated by the care they follow: « photos, ci-dessus, prises par Léa cinq ans après l'opération », « cliché
 * pris trois mois après la pose », « photo prise à la fin du traitement ». Folded. The photos of one case, after its care.
 */
export const datedPhotos =
  /(?<![\p{L}])(?:photos?|images?|cliches?)\s*,?\s*(?:(?:ci-dessus|ci-dessous|ci-contre)\s*,?\s*)?(?:prise?s?|realisee?s?)\s+(?:par\s+[\p{L}-]+\s+)?(?:(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|quelques)\s+(?:jours?|semaines?|mois|ans?)\s+apres|a\s+la\s+fin\s+(?:du|de\s+son|de\s+sa)\s+(?:traitement|suivi|soin|cure)|en\s+fin\s+de\s+traitement)\s+(?:l'|le|la|les|son|sa|ses|une?)\s*[\p{L}-]+/u;

/** A change named as such (« métamorphose », « transformation complète », « résultats impressionnants »): in running prose
 * with no photo and nothing shown, it is told (a story, a claim), not a picture. Folded match. (round 6) */
export const changeNoun = /^(?:metamorphose\p{L}*|transformations?\s+(?:complete|totale|radicale)s?|resultats?\s+impressionnants?|meconnaissables?)$/u;
