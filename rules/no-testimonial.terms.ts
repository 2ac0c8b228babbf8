// DATA ONLY: the vocabulary of testimonials, reviews and ratings (DOMAIN.md §2.e). Add forms here, never code.
import type { TermEntry } from '../src/rule-kit.js';
import * as S from './shared.terms.js';

export interface TestimonialTerm extends TermEntry {
  /** 'review': reviews, ratings, stars, asking for reviews; 'testimonial': testimonials and reposted praise;
   * 'satisfaction': satisfied-patient claims and statistics. */
  kind: 'review' | 'testimonial' | 'satisfaction';
}

const FACTUAL = ['Informations pratiques : horaires, accès, actes pratiqués'];
const PATIENTS = '(?:patient(?:e)?s?|client(?:e)?s?|mamans?|personnes|familles|utilisat(?:eur|rice)s?|parents|femmes)';

export const testimonialTerms: TestimonialTerm[] = [
  {
    id: 'avis-patients',
    kind: 'review',
    terms: [
      'avis positif(s)', 'avis google', 'avis client(s)', 'avis patient(s)', 'avis de patient(e)s', 'avis des patient(e)s',
      'avis de nos patient(e)s', 'avis de mes patient(e)s', 'avis de nos client(e)s', 'avis vérifié(s)', 'avis élogieux',
      'avis 5 étoiles', 'avis cinq étoiles', 'avis laissé(s)', 'avis laissée(s)', 'avis sur google', 'avis sur notre fiche',
      'avis sur doctolib', 'avis sur trustpilot', 'nos avis en ligne', 'vos avis en ligne', 'trustpilot', 'google my business', 'merci pour vos avis',
      'merci pour tous vos avis', 'merci pour vos nombreux avis', 'merci pour vos {n} avis', 'merci pour ces {n} avis',
      'vos avis positifs', 'vos avis google', 'vos super avis', 'vos gentils avis', 'vos beaux avis', 'retour(s) positif(s)',
      'retour(s) élogieux', 'commentaire(s) élogieux', 'commentaire(s) positif(s)', 'avis favorable(s) de nos patient(e)s',
    ],
    patterns: [
      // "250 avis", "plus de 300 avis" — but not "2 avis médicaux", "deux avis divergents"
      /(?<![\p{L}\p{N}])\d(?:[\d  ]|\.\d)*\s?avis(?![\p{L}])(?!\s+(?:medica|specialis|d'expert|chirurgica|contradictoire|divergent))/u,
      // (round 5) the practice thanking for what patients wrote about it: « merci pour vos messages après les séances »,
      // « merci pour tous vos retours », « vos retours nous touchent »; not thanks for messages at a retirement or a move
      /(?<![\p{L}])(?:merci\s+(?:a\s+vous\s+)?(?:pour|de)\s+(?:tous\s+|toutes\s+)?(?:vos|ces|tes)\s+(?:\p{L}+\s+)?(?:messages|retours|mots|commentaires|temoignages)(?![^.!?\n]{0,80}(?:retraite|depart|fermeture|demenag|anniversaire|deces|condoleances|voeux))|(?:vos|ces)\s+(?:\p{L}+\s+)?(?:retours|messages|mots|commentaires)\s+nous\s+(?:touchent|vont\s+droit\s+au\s+coeur|font\s+chaud\s+au\s+coeur|font\s+(?:tellement\s+)?plaisir))(?![\p{L}])/u,
    ],
    suggestions: FACTUAL,
  },
  {
    // A French practice's English or Spanish page quotes reviews too (the rule reads those posts: meta.alsoReads).
    id: 'avis-anglais-espagnol',
    kind: 'review',
    terms: [
      'i highly recommend', 'highly recommended', 'client review(s)', 'customer review(s)', 'would definitely recommend', 'i would recommend', '{n} star review(s)', '{n}-star review(s)',
      'five star review(s)', 'five-star review(s)', 'google review(s)', 'patient review(s)', 'reviews from our patients', 'what our patients say',
      'leave us a review', 'rated {n} stars', 'lo recomiendo', 'la recomiendo', 'muy recomendable', '100 % recomendable', 'reseña(s) de google',
      'opiniones de (nuestros) pacientes', 'testimonios de pacientes', 'lo que dicen nuestros pacientes', 'déjanos tu reseña', 'cinco estrellas',
      // the same in other words: « testimonios », « nuestros pacientes opinan », « patient testimonials », « happy patients »
      'testimonio(s)', 'reseña(s)', 'nuestros pacientes opinan', 'nuestros pacientes dicen', 'pacientes felices',
      'testé(e)(s) et approuvé(e)(s) par', 'testimonial(s)', 'happy patient', 'satisfied patient(s)', 'our patients love', 'our patients say', 'patient stories',
    ],
    suggestions: FACTUAL,
  },
  {
    id: 'demande-avis',
    kind: 'review',
    terms: [
      'laissez-nous un avis', 'laissez-moi un avis', 'laissez un avis', 'laisser un avis', 'laissez-nous un petit avis',
      'laissez un petit avis', 'laissez-nous une note', 'laissez-nous {n} étoiles', 'déposez un avis', 'déposer un avis',
      'notez-nous', 'notez le cabinet', 'notez notre cabinet', 'notez votre praticien', 'donnez-nous {n} étoiles',
      'donnez-nous une note', 'mettez-nous {n} étoiles', 'évaluez-nous',
    ],
    patterns: [
      // « écrivez-nous vos souvenirs avec votre sage-femme », « partagez votre expérience avec
      // notre équipe »: the reader asked to tell of their care by a carer, the practice's praise collected in public
      /(?<![\p{L}])(?:partag|racont|ecri|laiss|donn|dit)\p{L}*(?:-nous|-moi|\s+nous|\s+moi)?\s+(?:en\s+commentaires?\s+|ici\s+)?(?:votre|vos|ton|tes)\s+(?:\p{L}+\s+){0,2}?(?:experiences?|souvenirs?|avis|histoires?|temoignages?|retours?|ressentis?)\s+(?:avec|de|sur|chez|aupres\s+de)\s+(?:votre|vos|ton|ta|tes|notre|nos|le|la|les|l'|mon|ma|mes)\s*(?:\p{L}+\s+)?(?:sages?-femmes?|kines?|kinesitherapeutes?|dentistes?|osteo\p{L}*|medecins?|docteure?s?|chirurgien\p{L}*|praticien\p{L}*|pharmacien\p{L}*|infirmi\p{L}+|orthophonistes?|podologues?|orthodontistes?|cabinet|centre|clinique|maternite|equipe|seances?|consultations?|soins?)(?![\p{L}])/u,
    ],
    suggestions: ['Posez-nous vos questions au cabinet'],
  },
  {
    id: 'note-etoiles',
    kind: 'review',
    terms: ['{n} étoile(s)', 'cinq étoiles', 'quatre étoiles', 'note moyenne', 'note globale', '{n} ⭐', '{n} ★', '⭐ {n}', '★ {n}'],
    patterns: [
      /[⭐★🌟](?:\s?[⭐★🌟☆]){2,}/u, // ⭐⭐⭐⭐⭐, ★★★★☆
      // "noté 4,9/5", "note de 4.8 sur 5", "notée 5/5"
      /(?<![\p{L}])note(?:e|s|es)?\s+(?:de\s+)?\d+(?:[.,]\d+)?(?!\s*(?:a|-|et)\s*\d)(?:\s?(?:\/|sur)\s?(?:5|10|20)(?![\p{N}]))?/u,
      // "4,9/5", "5/5", "4.8 / 5" — not a fraction "4/5 des patients"
      /(?<![\p{N},./])[345](?:[.,]\d)?\s?\/\s?5(?![\p{N}])(?!\s+(?:des|de|d')(?![\p{L}]))/u,
      /(?<![\p{N},./])(?:10\s?\/\s?10|20\s?\/\s?20)(?![\p{N}])/u,
      /(?<![\p{N},./])[345][.,]\d\s+sur\s+5(?![\p{N}])/u, // 4,9 sur 5
    ],
    suggestions: FACTUAL,
  },
  {
    id: 'temoignage',
    kind: 'testimonial',
    terms: [
      'témoignage(s)', 'nos patient(e)s témoignent', 'mes patient(e)s témoignent', 'ils témoignent', 'elles témoignent',
      'story repartagée', 'stories repartagées', 'livre d\'or', 'je repartage votre story', 'je repartage ta story', 'repartage de votre story',
      'ce que nos patient(e)s disent', 'ce que mes patient(e)s disent', 'ce que nos patient(e)s pensent',
      'ce que mes patient(e)s pensent', 'ce qu\'en disent nos patient(e)s', 'ce qu\'en pensent nos patient(e)s',
      'ce qu\'en disent mes patient(e)s', 'ce qu\'en pensent mes patient(e)s',
      // (round 8) the subject after the verb, as headings often write it: « Ce que disent nos patients », « ce que pensent nos clientes »
      'ce que disent nos patient(e)s', 'ce que disent mes patient(e)s', 'ce que pensent nos patient(e)s', 'ce que pensent mes patient(e)s',
      'ce que disent nos client(e)s', 'ce que pensent nos client(e)s', 'ce qu\'en disent nos client(e)s', 'ce qu\'en pensent nos client(e)s',
      // what people say of the practice, and their feedback shown: « ce qu'ils pensent de nous », « la parole à nos patients »
      'ce qu\'ils pensent de nous', 'ce qu\'elles pensent de nous', 'ce qu\'on dit de nous', 'ce que l\'on dit de nous',
      'ce que vous pensez de nous', 'ce que vous dites de nous', 'ils disent de nous', 'la parole à nos patient(e)s',
      'découvrez leurs retours', 'leurs retours en vidéo', 'avis en vidéo', 'vos retours sont notre meilleure publicité',
      'vos avis sont notre meilleure publicité', 'vos messages sont notre plus belle récompense',
      // someone who « ne tarit pas d'éloges » on the care: praise reported
      'ne tarissent pas d\'eloges', 'ne tarit pas d\'eloge(s)',
      // a patient or a relative given the floor: « faire témoigner une maman »
      'faire temoigner', 'faisant temoigner', 'fait temoigner', 'font temoigner',
      // patients showing their gratitude to the practitioner (« les patients témoignent leur reconnaissance ») (round 3)
      'temoignent leur reconnaissance', 'temoignent leur gratitude', 'temoigne sa reconnaissance', 'temoigne sa gratitude',
      'temoignent leur emotion et la reconnaissance', 'temoignent leur satisfaction',
      'nos patient(e)s parlent de nous', 'ils parlent de nous', 'elles parlent de nous', 'selon vos avis', 'd\'après vos avis',
      'selon nos patient(e)s', 'd\'après nos patient(e)s', 'vos patient(e)s en parlent', 'nos patient(e)s en parlent',
      // praise reported by the practitioner: « mes patientes me disent que… », « une patiente m'a écrit »
      'mes patient(e)s me disent', 'mes patient(e)s me remercient', 'une patiente m\'a dit', 'un patient m\'a dit',
      'une patiente me disait', 'un patient me disait', 'une patiente me confiait', 'un patient me confiait',
      'une patiente m\'a écrit', 'un patient m\'a écrit', 'une patiente m\'a avoué', 'un patient m\'a avoué',
    ],
    patterns: [
      new RegExp(`recommande(?:e|s|es)?\\s+(?:a\\s+\\d+\\s?%\\s+)?par\\s+(?:nos|mes|vos|des|les|plus\\s+de|pres\\s+de|\\d[\\d  ]*)(?:\\s+\\d[\\d  ]*)?\\s+(?:\\p{L}+\\s+)?${PATIENTS}(?![\\p{L}])`, 'u'),
      new RegExp(`retours?\\s+(?:d'experience\\s+)?(?:de|d'un|d'une|de\\s+nos|de\\s+mes)\\s*${PATIENTS}(?:\\s+(?:ravi|satisf|conquis|comble|enchante)\\p{L}*)?(?![\\p{L}])`, 'u'),
      // "ce que Julie pense de sa rééducation", "ce qu'en dit Paul": a named patient's opinion of his own care
      /ce\s+qu(?:e|')\s*(?!(?:la|le|l'|les|vous|nous|on|je|j'|il|elle|ils|elles|tu|la\s+science|l'etude)\s)[\p{L}-]+\s+(?:pense|dit|raconte)\s+(?:de|du|des)\s+(?:sa|son|ses)\s/u,
      /(?<![\p{L}])temoigne(?:nt)?\s*(?::|(?:de|sur)\s+(?:son|sa|ses|leur|leurs)(?=\s))/u,
      // « nos patients fidèles témoignent de l'efficacité de la méthode »
      new RegExp(`${PATIENTS}[^.!?\\n]{0,80}?temoign(?:e|ent)\\s+(?:de|d')\\s*(?:l'efficacite|la qualite|leur satisfaction|leur confiance|leur gratitude|la reussite)`, 'u'),
      // "merci pour vos gentils messages", "merci pour tous ces beaux retours": thanks for praise, shown to the public
      /merci\s+(?:pour|de)\s+(?:tous\s+|toutes\s+)?(?:vos|ces|tes|ses|leurs)\s+(?:\p{L}+\s+)?(?:gentil|adorable|joli|beau|beaux|belle|nombreu|chaleureu|touchant|super|magnifique|merveilleu)\p{L}*\s+(?:messages?|mots?|retours?|commentaires?|avis)(?![\p{L}])/u,
      // "Grâce au Dr Roy, Paul a retrouvé l'usage de sa main": a patient's result credited to a named carer first
      /grace\s+(?:au\s+(?:dr|docteur|pr|professeur|cabinet|centre|service|personnel)|a\s+la\s+(?:docteure|dr|clinique)|a\s+(?:toute\s+)?l'equipe|a\s+(?:notre|nos|votre|vos)|a\s+(?:mme|madame|m\.|monsieur))[^.!?\n]{0,50}(?:a|ont)\s+(?:enfin\s+|pu\s+|de\s+nouveau\s+)?(?:retrouve|repris|remarche|gueri|perdu|reussi|recupere|arrete)\p{L}*/u,
      // "Marie a retrouvé le sourire grâce à notre équipe": a patient's result credited to the practice
      /(?:a|ont)\s+(?:enfin\s+|pu\s+)?(?:retrouve|repris|remarche|gueri|perdu|reussi|recupere)\p{L}*[^.!?\n]{0,60}grace\s+a\s+(?:nous|notre\s+equipe|nos\s+soins|nos\s+seances|notre\s+cabinet|notre\s+centre|notre\s+accompagnement|notre\s+programme|notre\s+methode|vous|votre\s+equipe|l'equipe)(?![\p{L}])/u,
      /(?:vos|tous\s+vos|ces|leurs)\s+(?:\p{L}+\s+)?(?:retours|messages|mots|commentaires)\s+(?:sont|font)\s+(?:notre|nos|la|une)\s+(?:meilleure|plus\s+belle|plus\s+grande|fierte)/u,
    ],
    suggestions: FACTUAL,
  },
  {
    // Thanks to someone for THEIR feedback, shown to the public: « Merci à Sophie pour son retour », « merci Julien pour ce
    // gentil message », « merci pour ses mots si touchants », « merci pour votre avis » (a reply to a review). Not « vos
    // messages » (a farewell, a closure: thanks without praise), nor a colleague's « retour d'expérience » or « avis d'expert ».
    id: 'merci-pour-son-retour',
    kind: 'testimonial',
    patterns: [
      /(?<![\p{L}])merci(?:\s+(?:a|au|aux)\s+|\s+)?(?![^.!?\n]{0,40}(?:dr|docteure?|pr|professeur|confrere|consoeur|collegue|intervenant|formateur|orateur)(?![\p{L}]))[^.!?\n]{0,40}?\s(?:pour|de)\s+(?:(?:son|sa|ses|ton|ta|tes|leur|leurs|ce|cet|cette|ces)\s+(?:\p{L}+\s+){0,2}(?:retours?|messages?|mots?|commentaires?|avis|temoignages?|cartes?|lettres?|story|stories)|votre\s+(?:\p{L}+\s+)?(?:retour|avis|commentaire|temoignage|note|story))(?![\p{L}])(?!\s+d'(?:experience|expert))/u,
      // « merci à Thomas pour sa douceur », « merci pour votre écoute et votre professionnalisme »: a carer praised
      /(?<![\p{L}])merci(?:\s+(?:a|au|aux)\s+|\s+)?[^.!?\n]{0,40}?\s(?:pour|de)\s+(?:son|sa|ses|ton|ta|tes|votre|vos)\s+(?:(?:grande|immense|infinie|extreme)\s+)?(?:douceur|ecoute|professionnalisme|bienveillance|gentillesse|competences?|disponibilite|devouement|humanite|savoir-faire|talent|doigts\s+de\s+fee|patience\s+et)(?![\p{L}])/u,
    ],
    suggestions: FACTUAL,
  },
  {
    // Someone left us praise in writing: « Lucas nous a laissé ce superbe commentaire », « Mme L. nous a écrit une jolie carte ».
    // A review, a comment or a testimony is praise by itself; a message, a word, a card or a letter needs a kind word
    // (« m'a laissé un message pour décaler son rendez-vous » is not one).
    id: 'avis-laisse-par',
    kind: 'testimonial',
    patterns: [
      /(?:nous|m'|me|vous)\s*(?:a|ont|avait|avaient)\s+(?:laisse|ecrit|envoye|adresse|depose|poste|publie|offert)e?s?\s+(?:un|une|ce|cet|cette|ces|son|sa|ses|de|des|le|la|les)\s+(?:(?:\p{L}+\s+){0,2}(?:commentaires?|avis(?!\s+de\s+passage)|temoignages?|reviews?|notes?\s+de\s+\d)|(?:(?:\p{L}+\s+)?(?:gentil|joli|beau|bel|belle|adorable|superbe|touchant|magnifique|chaleureu|merveilleu|emouvant|tendre|doux|douce)\p{L}*\s+(?:\p{L}+\s+)?(?:messages?|mots?|retours?|cartes?|lettres?)|(?:cartes?|lettres?|mots?)\s+de\s+remerciements?))(?![\p{L}])/u,
      // thanks brought as a gift or a drawing: « ce petit dessin de Lila pour dire merci à sa dentiste », « des chocolats
      // pour remercier l'équipe »
      /(?<![\p{L}])(?:dessins?|chocolats?|fleurs|gateaux?|cadeaux?|bouquets?|macarons|biscuits|boites?\s+de\s+\p{L}+)[^.!?\n]{0,60}?\spour\s+(?:nous\s+)?(?:dire\s+merci|remercier)(?![\p{L}])/u,
      // « Elle l'a testé et elle adore », « testé et approuvé par nos patientes »
      /(?<![\p{L}])(?:il|elle|ils|elles)\s+l'(?:a|ont)\s+(?:teste|essaye)\p{L}*\s+et\s+(?:il|elle|ils|elles)\s+(?:l'|en\s+)?(?:adore|adorent|redemande|redemandent|valide|valident|est\s+conquise?|sont\s+conquis)(?![\p{L}])/u,
      // « Mme B. nous confie qu'elle ne fume plus »: a named patient's words relayed
      /(?<![\p{L}])(?:mme|madame|mlle|mademoiselle|monsieur|m\.)\s*\p{L}+\.?\s+(?:nous|m')\s*(?:a\s+)?(?:confie|dit|ecrit|raconte|remercie|annonce)(?![\p{L}])/u,
      /(?:nous|m'|me|vous)\s*(?:a|ont|avait|avaient)\s+(?:laisse|ecrit|envoye|adresse|depose|poste|offert)e?s?\s[^.!?\n]{0,40}?(?:mots?|messages?|cartes?|lettres?)\s+(?:si\s+|tres\s+|trop\s+)?(?:adorable|touchant|emouvant|gentil|superbe|magnifique|chaleureu|tendre|doux|douce|plein\s+de\s+gratitude)\p{L}*(?![\p{L}])/u,
    ],
    suggestions: FACTUAL,
  },
  {
    // A patient's words relayed by the practice: « ma patiente m'a dit », « un patient vous écrit que », « des patients nous
    // confient ». Kept only with praise, an outcome or thanks nearby (the rule checks): « des patients me disent avoir peur
    // des piqûres » is the practitioner's experience, not a testimonial.
    id: 'paroles-rapportees',
    kind: 'testimonial',
    patterns: [
      new RegExp(`(?<![\\p{L}])(?:un|une|mon|ma|mes|notre|nos|des|cette|ce|cet|ces|la|le|les|chaque|plusieurs|certains|certaines|beaucoup\\s+de|de\\s+nombreu(?:x|ses)|bon\\s+nombre\\s+de|bien\\s+des)\\s+(?:\\p{L}+\\s+)?${PATIENTS}\\s+(?:\\p{L}+\\s+)?(?:m'|nous\\s+|vous\\s+|me\\s+)(?:le\\s+|l'|en\\s+)?(?:a\\s+|ont\\s+|avait\\s+|avaient\\s+)?(?:dit|disent|disait|repete\\p{L}*|ecri\\p{L}*|confi\\p{L}*|racont\\p{L}*|remerci\\p{L}*|avou\\p{L}*|parl\\p{L}*|rapport\\p{L}*)(?![\\p{L}])`, 'u'),
      // « Madame R. me dit qu'elle n'a plus mal », « M. T. m'a raconté… »: a patient designated by civility and initial,
      // telling the practitioner about the care (kept, like the above, only with praise or an outcome told)
      /(?<![\p{L}])(?:mme|madame|mlle|mademoiselle|monsieur|m\.)\s*\p{L}{1,3}\.?\s+(?:m'|me\s+|nous\s+)(?:a\s+|avait\s+)?(?:dit|disait|ecri\p{L}*|confi\p{L}*|racont\p{L}*|rapport\p{L}*|explique\p{L}*|annonc\p{L}*)(?![\p{L}])/u,
      // « vous êtes nombreux à nous dire que… », « elle nous remercie pour les soins »
      /(?<![\p{L}])nombreu(?:x|ses)\s+a\s+(?:nous|me)\s+(?:dire|ecrire|remercier|confier|recommander|feliciter)(?![\p{L}])/u,
      /(?<![\p{L}])(?:il|elle|ils|elles)\s+(?:nous|m')\s*(?:a\s+|ont\s+)?remerci\p{L}*\s+(?:pour|de)(?![\p{L}])/u,
      // (the thanks in the match do not count as the praise the rule looks for: « elle m'a remercié pour les explications,
      // puis nous avons programmé l'examen » is the practitioner's day)
    ],
    suggestions: FACTUAL,
  },
  {
    // A reposted patient story: « je repartage la story de Camille », « story d'une patiente conquise ».
    id: 'story-repartagee',
    kind: 'testimonial',
    patterns: [
      /(?<![\p{L}])(?:repartag|repost)\p{L}*\s+(?:la|ta|sa|votre|cette|leur|les|ses|tes|vos)\s+(?:\p{L}+\s+)?(?:story|stories)(?![\p{L}])/u,
      new RegExp(`(?<![\\p{L}])(?:story|stories)\\s+(?:d'une|d'un|de\\s+nos|de\\s+mes|de\\s+notre|de\\s+ma|de\\s+mon)\\s+${PATIENTS}`, 'u'),
    ],
    suggestions: FACTUAL,
  },
  {
    id: 'patients-satisfaits',
    kind: 'satisfaction',
    terms: [
      ...S.satisfiedPatients, 'patient(e)s ravi(e)s', 'patient(e)s comblé(e)s',
      'patient(e)s enchanté(e)s', 'client(e)s ravi(e)s', 'client(e)s conquis(es)',
      'mamans ravies', 'mamans conquises', 'maman(s) comblée(s)', 'patient(e) ravi(e)', 'patient(e) conquis(e)', 'patient(e) comblé(e)',
      'patient(e) enchanté(e)', 'cliente ravie',
      // one patient shown as satisfied: « encore une patiente satisfaite », « un patient heureux, notre récompense »
      'patient(e) satisfait(e)', 'patient heureux', 'patiente heureuse', 'patients heureux', 'patientes heureuses', 'cliente satisfaite',
      'client satisfait', 'client ravi', 'maman ravie', 'maman conquise', 'famille(s) ravie(s)',
      // an act or a destination said to satisfy everyone: « ne fait que des heureux », « que des patients satisfaits »
      'ne fait que des heureux', 'ne fait que des heureuses', 'ne fait que des satisfaits', 'que des patient(e)s satisfait(e)s',
      'que des client(e)s satisfait(e)s', 'fait des heureux', 'grande satisfaction des patient(e)s', 'grande satisfaction de nos patient(e)s',
      'haute satisfaction des patient(e)s',
    ],
    suggestions: ['patients'],
  },
  {
    id: 'ils-nous-font-confiance',
    kind: 'satisfaction',
    terms: [
      ...S.theyTrustUs, 'elles nous font confiance', 'ils m\'ont fait confiance', 'ils ont choisi notre clinique', 'ils ont choisi notre centre',
      'ils ont choisi notre cabinet', 'elles ont choisi notre clinique', 'elles ont choisi notre centre', 'elles ont choisi notre cabinet',
      'ne le regrettent pas', 'ne regrettent pas leur choix',
      'notre meilleure publicité', 'nos meilleurs ambassadeurs', 'nos meilleures ambassadrices', 'notre plus belle vitrine',
      'elles nous ont fait confiance', 'ils me font confiance', 'elles me font confiance',
    ],
    patterns: [
      new RegExp(`${PATIENTS}\\s+nous\\s+(?:font|ont\\s+fait|accordent\\s+leur)\\s+confiance`, 'u'),
      // « des millions de patients … à faire confiance aux chiropracteurs » (round 6: across a line break too)
      // (round 10: an adverb in between, « nous ont déjà fait confiance »)
      new RegExp(`(?:des\\s+millions|des\\s+milliers|des\\s+centaines|de\\s+nombreu(?:x|ses))\\s+(?:de\\s+)?${PATIENTS}[^.!?]{0,160}?(?:a\\s+faire|font|ont\\s+(?:deja\\s+|toujours\\s+|aussi\\s+)?fait|faisant)\\s+confiance`, 'u'),
      // (round 10) the care credited with changing many lives (« a déjà changé la vie de milliers de personnes »)
      /(?<![\p{L}])(?:a|ont)\s+(?:deja\s+)?change\s+la\s+vie\s+(?:de|d')\s*(?:milliers|centaines|millions|dizaines|nombreu(?:x|ses)|tant|beaucoup)(?![\p{L}])/u,
    ],
    suggestions: ['Le cabinet en pratique'],
  },
  {
    id: 'patients-adorent',
    kind: 'satisfaction',
    patterns: [
      // « les patientes de la clinique … sont globalement satisfaites du résultat »: the practice's patients said satisfied
      // (« 90 % des patients » is a survey figure, read elsewhere; « ne sont pas toujours satisfaits » is no praise)
      new RegExp(`(?:les|nos)\\s+${PATIENTS}\\s+(?:de\\s+la|de\\s+notre|du|de\\s+l')\\s*(?:clinique|centre|cabinet|institut|service)[^.!?\\n]{0,80}?\\s(?<!(?<![\\p{L}])(?:ne|n')\\s)(?:sont|se\\s+disent|se\\s+declarent|repartent|ressortent)\\s+(?!pas\\s|plus\\s|jamais\\s)(?:[\\p{L}']+\\s+){0,3}?(?:satisfait(?:e)?s|ravi(?:e)?s|enchante(?:e)?s|conquis(?:es)?|comble(?:e)?s)(?![\\p{L}])`, 'u'),
      new RegExp(`(?:mes|nos)\\s+(?:\\p{L}+\\s+)?${PATIENTS}\\s+(?:nous\\s+|vous\\s+|me\\s+|m'|l'|les\\s+)?(?:adorent|raffolent|sont\\s+fans|en\\s+redemandent|recommandent|sont\\s+ravi(?:e)?s|sont\\s+conquis(?:es)?|sont\\s+enchante(?:e)?s|l'ont\\s+adore)(?![\\p{L}])`, 'u'),
      // (round 12) the outcome many patients report, given by the practice: « de nombreux patients témoignent d'un
      // soulagement rapide », « beaucoup de parents constatent une nette amélioration », « nos patientes ressentent un mieux-être »
      new RegExp(`(?<![\\p{L}])(?:beaucoup\\s+de|de\\s+nombreu(?:x|ses)|nombreu(?:x|ses)\\s+sont\\s+les|la\\s+plupart\\s+(?:de\\s+nos|des|de\\s+mes)|la\\s+majorite\\s+(?:de\\s+nos|des|de\\s+mes)|(?:mes|nos)|plusieurs|des\\s+(?:centaines|milliers)\\s+de)\\s+(?:jeunes\\s+)?${PATIENTS}(?:\\s+(?:qui|ayant)[^.!?\\n]{0,60}?)?\\s+(?:nous\\s+|me\\s+)?(?:(?:temoignent|constatent|rapportent|ressentent|observent|notent|remarquent|decrivent|signalent|evoquent)\\s+(?:d'|de\\s+|une?\\s+|des\\s+|leur\\s+|les\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:amelioration|soulagement|mieux-etre|bien-etre|diminution|disparition|apaisement|progres|benefices?|effets?\\s+(?:positifs?|benefiques?|rapides?))|se\\s+(?:sentent|disent|declarent)\\s+(?:(?:beaucoup|nettement|tout\\s+de\\s+suite|deja|vite|enfin)\\s+)?(?:mieux|soulagee?s|apaisee?s|liberee?s))(?![\\p{L}])`, 'u'),
      // (round 10) « nos patients sont très satisfaits », « mes patientes se disent toutes ravies »
      new RegExp(`(?:mes|nos)\\s+(?:\\p{L}+\\s+)?${PATIENTS}\\s+(?:sont|se\\s+disent|se\\s+declarent|repartent|ressortent)\\s+(?:(?:tres|tous|toutes|toujours|pleinement|entierement|vraiment|particulierement|extremement)\\s+){0,2}(?:satisfait(?:e)?s|ravi(?:e)?s|conquis(?:es)?|enchante(?:e)?s|heureu(?:x|ses)|comble(?:e)?s)(?![\\p{L}])`, 'u'),
      // (round 10) an act said to satisfy (« le lifting donne une grande satisfaction à nos patientes », « apporte entière
      // satisfaction »): the patients' verdict claimed for the practice
      new RegExp(`(?<![\\p{L}])(?:donne|donnent|apporte|apportent|procure|procurent)\\s+(?:une\\s+)?(?:tres\\s+)?(?:grande|entiere|pleine|toute|totale|enorme|immense)\\s+satisfaction\\s+(?:(?:a|aux)\\s+(?:nos\\s+|mes\\s+|ses\\s+|leurs\\s+|les\\s+|la\\s+plupart\\s+des\\s+|la\\s+majorite\\s+des\\s+)?${PATIENTS}|dans\\s+(?:la\\s+(?:grande\\s+|tres\\s+grande\\s+)?majorite|la\\s+plupart|\\d+\\s?%)\\s+des\\s+cas)(?![\\p{L}])`, 'u'),
      // (issue #7) the practitioner's own patients, tied to them by a clause, said satisfied (« les patients que j'ai revus en
      // consultation étaient tous très satisfaits », « ceux que nous avons opérés se disent ravis »); not when denied
      new RegExp(`(?:les|mes|nos|ces)\\s+(?:\\p{L}+\\s+)?(?:${PATIENTS}|personnes)\\s+(?:que|qui)\\s+(?:j'|je\\s|nous\\s|on\\s)[^.!?\\n]{0,70}?\\s(?<!(?<![\\p{L}])(?:ne|n')\\s)(?:sont|etaient|ont\\s+ete|se\\s+disent|se\\s+declarent|repartent|sont\\s+repartie?s|ressortent)\\s+(?!pas\\s|plus\\s|jamais\\s)(?:tou(?:s|tes)\\s+)?(?:[\\p{L}']+\\s+){0,2}?(?:satisfait(?:e)?s|ravi(?:e)?s|enchante(?:e)?s|conquis(?:es)?|comble(?:e)?s|heureu(?:x|ses))(?![\\p{L}])`, 'u'),
    ],
    suggestions: ['Je propose'],
  },
  {
    // « une patiente est repartie tellement heureuse de son nouveau sourire », « un papa ravi de la séance »
    id: 'patient-ravi-de',
    kind: 'satisfaction',
    patterns: [
      /(?<![\p{L}])(?:une?|cette|notre|ma|mon|ce)\s+(?:petite?\s+)?(?:patiente?|cliente?|maman|papa|famille)(?![\p{L}])[^.!?\n]{0,70}?(?:heureu(?:x|se)|ravie?|enchantee?|conquise?|combl[ée]e?|satisfaite?|emerveillee?)\s+(?:de|du|des)\s+(?:son|sa|ses|leur|leurs|notre|nos|ce|cet|cette|la|le|l')/u,
    ],
    suggestions: ['patients'],
  },
  {
    id: 'statistique-satisfaction',
    kind: 'satisfaction',
    terms: [
      ...S.satisfactionRate, '{n} % de satisfaction', '{n} % de satisfaits', 'taux de recommandation',
      // practice-run surveys: « 95 % des répondants nous recommanderaient »
      '{n} % des répondants', 'nous recommanderaient', 'recommanderaient le cabinet', 'recommanderaient la clinique',
      'recommanderaient le centre',
    ],
    patterns: [
      // (round 6) a share of people ready to recommend the care to a friend or a relative (« 95 % se déclarent prêts à
      // recommander leur ostéopathe à un ami », « 80 % la conseilleraient à leurs proches »), or who say they are satisfied
      /\d+(?:[.,]\d+)?\s?%\s+(?:[\p{L}'-]+\s+){0,5}?(?:prete?s?\s+a\s+(?:la\s+|le\s+|les\s+)?recommander|(?:la\s+|le\s+|les\s+|nous\s+)?(?:recommanderaient|preconiseraient|conseilleraient))\s+(?:[\p{L}'-]+\s+){0,4}?a\s+(?:un|une|leurs?|des|son|sa|ses)\s+(?:amie?s?|proches?|entourage|famille|connaissances?)(?![\p{L}])/u,
      /\d+(?:[.,]\d+)?\s?%[^.!?\n]{0,60}?(?:s'en|se)\s+(?:disent|declarent|montrent|sont\s+dits|sont\s+declares)\s+(?:tres\s+|plutot\s+|pleinement\s+|entierement\s+)?satisfait/u,
      new RegExp(`\\d+(?:[.,]\\d+)?\\s?%\\s+(?:de\\s+|des\\s+|d')?(?:nos\\s+|mes\\s+)?${PATIENTS}\\s+(?:\\p{L}+\\s+){0,2}(?:satisf|ravi|conquis|content|recommand|heureu)\\p{L}*`, 'u'),
      new RegExp(`\\d+\\s+${PATIENTS}\\s+sur\\s+\\d+\\s+(?:nous\\s+|vous\\s+|me\\s+|m'|le\\s+|la\\s+|les\\s+|l')?(?:sont\\s+)?(?:satisf|ravi|conquis|content|recommand|heureu)\\p{L}*`, 'u'),
    ],
    suggestions: ['Les soins proposés au cabinet'],
  },
];

/** Words that make a quotation praise, a result or a feeling of a patient (folded: no accents, lowercase). */
export const praiseWords = [
  'top', 'au top', 'genial(e)(s)', 'super', 'formidable(s)', 'parfait(e)(s)', 'excellent(e)(s)', 'meilleur(e)(s)',
  'incroyable(s)', 'merveilleu(x)', 'merveilleuse(s)', 'exceptionnel(le)(s)', 'adorable(s)', 'rassurant(e)(s)', 'a l\'ecoute',
  'pedagogue(s)', 'ponctuel(le)(s)', 'disponible(s)', 'aux petits soins', 'competent(e)(s)', 'bienveillant(e)(s)',
  'gentil(le)(s)', 'je recommande', 'je vous recommande', 'recommande(s) les yeux fermes', 'a recommander', 'bravo',
  'change ma vie', 'change la vie', 'change sa vie', 'change leur vie', 'sauve la vie', 'sauver la vie', 'sauve ma vie', 'm\'a sauve(e)', 'm\'ont sauve(e)', 'grace a vous', 'grace a lui',
  'grace a elle', 'grace a toi', 'grace a ma', 'grace a mon', 'grace a votre', 'grace au', 'grace a cette', 'grace a ce',
  'enfin', 'je remarche', 'je marche a nouveau', 'je cours a nouveau', 'je revis', 'je dors enfin', 'plus mal',
  'plus aucune douleur', 'plus de douleur(s)', 'disparu(e)(s)', 'gueri(e)(s)', 'me sens', 'je me trouve', 'belle', 'beau',
  'heureu(x)', 'heureuse(s)', 'ravi(e)(s)', 'bluffe(e)(s)', 'luxe', 'tres propre', 'prend le temps', 'prennent le temps',
  'merci docteur', 'merci pour tout', 'merci a toute l\'equipe', 'un grand merci', 'mille mercis', 'mille merci',
  'remercierai', 'remerciera jamais assez', 'remercierons jamais assez', 'doigts de fee', 'professionnalisme', 'chaleureu(x)', 'chaleureuse(s)', 'je ne regrette pas', 'aucun regret',
  'sans regret', 'remarch*', 'revivre', 'ange(s)', 'des anges', 'heros', 'genie', 'perle', 'pepite', 'fee', 'sauveur', 'sauveuse',
  'reconnaissant(e)(s)', 'gratitude', 'extraordinaire(s)', 'magique(s)', 'pris le temps', 'illumine*', 'de bon conseil', 'aux petits soins', 'douceur', 'bienveillance', 'gentillesse',
  // English reviews of French practices
  'highly recommend', 'recommend', 'friendly', 'gentle', 'painless', 'amazing', 'great', 'best', 'thank you',
];

/** A quotation introduced by one of these (same paragraph, or a heading/paragraph just before) is a testimonial. */
export const testimonialIntros = [
  'ce que nos patient(e)s disent', 'ce que mes patient(e)s disent', 'ce que nos patient(e)s pensent', 'ce qu\'ils disent de nous',
  // (round 8) the subject after the verb: « Ce que disent nos patients : … »
  'ce que disent nos patient(e)s', 'ce que disent mes patient(e)s', 'ce que pensent nos patient(e)s', 'ce que disent nos client(e)s',
  'ce qu\'elles disent de nous', 'ils parlent de nous', 'elles parlent de nous', 'vous parlez de nous', 'vos mots', 'vos messages',
  'vos retours', 'vos avis', 'avis laisse(e)(s)', 'temoignage(s)', 'nous a ecrit', 'nous ont ecrit', 'm\'a ecrit',
  'nous a laisse', 'nous ont laisse', 'm\'a laisse', 'nous a envoye', 'm\'a envoye', 'le message de', 'le mot de', 'petit mot',
  'joli mot', 'joli message', 'beau message', 'gentil message', 'adorable message', 'message touchant', 'mot touchant',
  'merci pour ce retour', 'merci pour ces retours', 'merci pour ce message', 'merci pour ce mot', 'merci pour ces mots',
  'merci pour ce commentaire', 'merci pour ces commentaires', 'merci pour votre retour', 'merci pour votre message',
  'merci pour ce joli', 'merci pour ce beau', 'merci pour ce gentil', 'merci pour ce petit', 'une patiente nous', 'un patient nous',
  'une patiente m\'', 'un patient m\'', 'story repartagee', 'repartage', 'repost', 'nouvel avis', 'dernier avis', 'avis recu',
  'pour ce gentil commentaire', 'pour ce joli commentaire', 'pour ce beau commentaire', 'pour ce gentil message',
  'pour ce joli message', 'pour ce beau message', 'pour ce gentil mot', 'pour ce joli mot', 'pour ce petit mot', 'pour ce retour',
  'pour ces mots', 'pour votre avis', 'pour ton avis', 'pour ce bel avis', 'pour ce super avis',
  // words given the floor or relayed: « je laisse la parole à Émilie : », « ils en parlent : », « ma patiente m'a dit : »
  'lettre recue', 'carte recue', 'message recu', 'mot recu', 'livre d\'or', 'belle histoire', 'a ecrit sur', 'ont ecrit sur',
  'la parole a', 'ils en parlent', 'elles en parlent', 'vous en parlez', 'm\'a dit', 'nous a dit', 'm\'a confie', 'nous a confie',
  'retour d\'une patiente', 'retour d\'un patient', 'retour de mme', 'retour de madame', 'retour de monsieur', 'mot du jour',
  'mot d\'une patiente', 'mot d\'un patient', 'message d\'une patiente', 'message d\'un patient', 'de la part d\'une', 'de la part d\'un',
  'carte d\'une patiente', 'carte d\'un patient', 'lettre d\'une patiente', 'lettre d\'un patient',
];

/** A quotation is not a testimonial when the text around it marks it as a label, slogan, saying or expert's words. */
export const notTestimonialCues = [
  'label', 'labellise(e)', 'mention', 'slogan', 'campagne', 'programme', 'dispositif', 'charte', 'initiative', 'proverbe',
  'dicton', 'adage', 'citation', 'formule', 'devise', 'hashtag', 'on entend souvent', 'vous vous dites', 'idee(s) recue(s)',
  'phrase', 'comme on dit', 'comme le dit', 'comme disait', 'selon', 'rappelle', 'explique', 'souligne', 'insiste', 'affirme', 'declare',
  'precise', 'resume', 'ecrivait', 'disait', 'comme l\'a ecrit', 'comme l\'ecrit',
  // the same reporting verbs as gerunds: « en déclarant que "…" » reports someone's words, it does not publish a review
  'declarant', 'affirmant', 'expliquant', 'precisant', 'soulignant', 'rappelant', 'en disant', 'question(s)', 'demande(nt)', 'se demande(nt)', 'nous demande(nt)', 'me demande(nt)',
  'entend', 'entendu', 'entends', 'on entend', 'erreur', 'piege', 'a tort', 'croient', 'pensent que', 'vous pensez', 'titre',
  'livre', 'film', 'podcast', 'chanson', 'marque', 'produit', 'gamme', 'creme', 'application', 'du type', 'du genre',
  // a body or an expert quoted by its reporting verb: « l'Ordre tient à préciser que "…" »
  'preciser', 'rappeler', 'souligner', 'tient a preciser', 'pointe', 'conseille', 'l\'ordre', 'ordre des', 'oncd', 'cnom',
  'conseil national', 'haute autorite', 'recommandation(s)',
];

/** Institutional surveys and studies: satisfaction and testimonials described neutrally (e-Satis, Inserm…). */
export const studyContext = [
  'e-satis', 'esatis', 'etude', 'etudes', 'enquete nationale', 'enquete de l\'', 'enquete de la', 'une enquete', 'sondage',
  'barometre', 'drees', 'insee', 'ifop', 'ipsos', 'odoxa', 'bva', 'selon une', 'recherche', 'these', 'inserm',
  'haute autorite', 'recueil', 'recueille', 'recueillent', 'recueilli(e)(s)', 'appel a temoignages', 'questionnaire national',
];

/** "témoignages de soignants": colleagues, victims, professionals — not patients praising a practice. */
export const notPatientTestimony =
  /^\s*(?:de|des|d'|du)\s*(?:(?:un|une|la|le|l'|nos|notre|mon|ma|nombreux|nombreuses|plusieurs)\s*)?(?:soignant|professionnel|medecin|infirmi|confrere|consoeur|collegue|victime|personnel|agent|sage|kine|pharmacien|aidant|chercheur|expert|etudiant|interne|dr|pr|docteur|professeur|equipe|chirurgien|dentiste|praticien|temoin)/u;

/** Refusals in the paragraph ("nous ne publions pas d'avis", "nous avons refusé") neutralise quotes and ratings around them. */
export const refusalCues = [
  'nous avons refuse', 'j\'ai refuse', 'nous refusons', 'je refuse', 'ne publions pas', 'ne publie pas', 'ne publierons pas',
  'ce n\'est pas nous', 'interdit(e)(s)', 'mefiez-vous', 'attention aux faux', 'faux avis', 'avis frauduleux', 'arnaque',
  'aucun temoignage', 'ne publions aucun', 'ne publie aucun', 'ne publierons aucun', 'vous ne trouverez ici aucun',
  'ne comportera pas', 'vous ne lirez jamais', 'pas de temoignage(s)',
];

/** A person telling of harm, a complaint or a victim's story (press, criticism): not praise of a practice (folded). */
export const victimCues = [
  // a victim of a practitioner or of an act, not of an illness (« victime d'un AVC » is a patient's story)
  'victime(s) d\'une clinique', 'victime(s) de cliniques', 'victime(s) d\'un chirurgien', 'victime(s) de chirurgiens',
  'victime(s) d\'un praticien', 'victime(s) d\'une operation', 'victime(s) d\'operations', 'victime(s) d\'une erreur',
  'victime(s) de complications', 'victime(s) de la chirurgie', 'victime(s) du tourisme', 'victime(s) de certains', 'victime(s) d\'injecteurs',
  'victime(s) d\'un injecteur', 'victime(s) d\'un dentiste', 'victime(s) de dentistes', 'victime(s) d\'escrocs', 'les victimes', 'des victimes',
  'ruine(e)(s)', 'a ruine', 'difforme(s)', 'deforme(e)(s)', 'calvaire', 'boucherie', 'mal ajuste(e)(s)', 'j\'ai paye pour rien',
  'complication(s)', 'plainte', 'porte plainte', 'erreur medicale', 'scandale', 'mutile(e)', 'defigure(e)',
  'rate(e)', 'bacle(e)', 'proces', 'indemnis*', 'deconseille', 'regrette amerement', 'cauchemar',
  // (issue #7) a complaint in so many words (« ce délai est inadmissible, j'ai écrit pour m'en plaindre »)
  'inadmissible(s)', 'inacceptable(s)', 'scandaleu(x)(se)(s)', 'honteu(x)(se)(s)', 'me plaindre', 'm\'en plaindre', 'nous plaindre',
  // the care itself found wanting by the one who got it (« un rendez-vous expéditif », « une explication décevante »,
  // « on m'a volé mon accouchement »): a complaint, not a testimonial
  'expeditif', 'expeditive', 'decevant(e)(s)', 'peu de service', 'on m\'a vole', 'mauvaise experience',
  // the press's verbs for a grievance, after the words quoted (« "…", déplore une lectrice »): a complaint reported
  'deplore(nt)', 'deplore-t-il', 'deplore-t-elle', 'se plaint', 'se plaignent', 'denonce(nt)', 'denonce-t-il', 'denonce-t-elle',
  's\'indigne(nt)', 's\'insurge(nt)', 'fustige(nt)',
];

/** Attribution after a quotation: "– Sophie, 42 ans", "— Paul D.", "(Martine, 58 ans)". Original text, not folded. */
export const attribution =
  /^\s*[,)]?\s*(?:\p{Lu}\.(?:\s*\p{Lu}\.)?\s*$|(?:[-–—]\s*|\(\s*)(?:M\.\s*|Mme\s+|Mlle\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?(?:\s*[,(]\s*\d{1,3}\s*ans\)?)?|(?:M\.\s*|Mme\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)?\s*[,(]\s*\d{1,3}\s*ans)/u;

/** Outcomes that make a named person's story (« Julie, 34 ans … ») a testimonial of results (folded). */
export const outcomeTerms = [
  // (issue #7) the outcome of a case told in nouns: « après 5 séances, reprise du foot sans douleur »
  'reprise du sport', 'reprise du foot*', 'reprise de la course', 'reprise du travail', 'reprise de l\'entrainement',
  'retour au sport', 'retour a la competition', 'plus aucune douleur', 'disparition des douleurs', 'disparition complete des',
  'son premier marathon', 'sa premiere competition', 'son premier trail', 'son premier semi', 'sa premiere course',
  'disparition totale des',
  // (« -12 kg » is read by `minusKilos`: as a term the minus is a flexible space and « 3,2 kg » at birth would match)
  'moins {n} kg', 'moins {n} kilo(s)', 'perdu {n} kg', 'perdu {n} kilo(s)',
  'kilos en moins', 'operation reussie', 'intervention reussie', 'resultat(s) bluffant(s)', 'resultat(s) spectaculaire(s)',
  'a retrouve le sourire', 'a retrouve confiance',
  // (round 10) what the named person got back after the care, beyond a smile: « a retrouvé le plaisir de marcher », « le goût
  // de cuisiner », « l'usage de sa main », « la mobilité de son épaule », « le moral »
  'a retrouve le plaisir', 'ont retrouve le plaisir', 'a retrouve le gout', 'a retrouve l\'usage', 'a retrouve l\'envie', 'a retrouve le moral',
  'a retrouve la forme', 'a retrouve la mobilite', 'a retrouve la marche', 'a retrouve la vue', 'a retrouve la serenite', 'a retrouve la sante',
  'a retrouve la parole', 'a retrouve le souffle', 'a retrouve la liberte', 'a retrouve une vie normale',
  // (round 8) the same told back by the practitioner, in reported speech: « une patiente m'a raconté qu'elle avait
  // retrouvé le sourire », « des mamans nous disent que leur bébé pleure beaucoup moins »
  'avait retrouve le sourire', 'ont retrouve le sourire', 'avaient retrouve le sourire', 'avait retrouve confiance',
  'n\'avait plus mal', 'n\'ont plus mal', 'n\'avaient plus mal', 'dort enfin mieux', 'dorment enfin', 'dormait enfin',
  'dort mieux', 'dorment mieux', 'dormait mieux', 'pleure beaucoup moins', 'pleurait beaucoup moins', 'pleure moins', 'pleurait moins', 'retrouve(e) sa', 'gueri(e)', 'transforme(e)', 'metamorphose(e)',
  'ne regrette pas', 'ne regrette rien', 'ravi(e) du resultat', 'ravi(e) de son', 'n\'a plus mal', 'remarche',
  // what the named person no longer suffers, credited to the practice: « Théo, 7 ans, n'a plus peur grâce à notre approche »
  'n\'a plus peur', 'ne pleure plus', 'ne fume plus', 'ne souffre plus', 'n\'a plus de douleur(s)', 'grace a notre', 'grace a nos', 'grace a vous',
  // what the named person now swears by, or got back: « ne jure que par son podologue », « a pu retrouver »
  'ne peut plus se passer', 'ne peuvent plus se passer', 'ne jure que par', 'convaincu(e)(s) des bienfaits', 'a pu retrouver',
  'ont pu retrouver', 'a change de vie', 'ont change de vie', 'ne regrette pourtant pas', 'ne regrette toujours pas', 'ne regrette absolument pas', 'grace a une nouvelle',
  'grace a un nouveau', 'a deja perdu', 'n\'a plus touche',
  // the outcome told in the third person, after the care (round 2): what the person no longer does or suffers
  // (« n'a plus jamais fumé », « n'a pas touché une cigarette depuis »), what one session did (« une seule séance a
  // suffi »), what they can do again, their weight then and now, their state since the care (« depuis sa séance »)
  'n\'a plus jamais', 'n\'a plus fume', 'n\'a pas touche', 'n\'a plus besoin', 'ne boit plus', 'ne grignote plus',
  'depuis sa seance', 'depuis sa premiere seance', 'depuis son operation', 'depuis son intervention', 'depuis sa cure',
  'depuis son traitement', 'depuis sa greffe', 'depuis sa chirurgie', 'depuis ses seances',
  'seance a suffi', 'seances ont suffi', 'seance suffit', 'a suffi de', 'peut de nouveau', 'peut a nouveau',
  'pouvait de nouveau', 'a pu de nouveau', 'est passe(e) de {n} a {n}', 'va beaucoup mieux', 'va bien mieux',
  'se sent mieux', 'se sentait mieux', 'se sent beaucoup mieux', 'se sentait beaucoup mieux', 'et tout change',
  'ravi(e) de sa', 'ravi(e) de ses', 'ravi(e) des resultats', 'satisfait(e) du resultat',
  'a vu son sourire', 'a retrouve le sommeil', 'retrouve un sommeil', 'sortie de son fauteuil', 'sorti de son fauteuil',
  // what the named person can do again, told in the third person (round 3): « voit parfaitement sans lunettes »,
  // « entend de nouveau », « a retrouvé une excellente audition », « en a fini avec ses séances »
  'voit parfaitement', 'voit de nouveau', 'voit a nouveau', 'entend de nouveau', 'entend a nouveau', 'dort de nouveau',
  'dort enfin', 'marche de nouveau', 'a retrouve une', 'a retrouve plus de', 'a retrouve toute sa', 'a retrouve tout son',
  'en a fini avec', 'n\'a plus besoin d\'etre aide(e)', 'se sent en confiance', 's\'est senti(e) en confiance',
  // back home after the care (« a pu rentrer chez elle », « a pu quitter l'hôpital »)
  'a pu rentrer chez elle', 'a pu rentrer chez lui', 'a pu quitter l\'hopital', 'ressorti(e) avec le sourire',
  // the same with an adverb between (« il a même pu reprendre le vélo »), the care judged a success (« l'opération a été
  // une vraie réussite »), the smile or the health got back (« son sourire retrouvé »), all is well now
  'pu rentrer chez elle', 'pu rentrer chez lui', 'pu rentrer a la maison', 'pu quitter l\'hopital', 'a ete une reussite',
  'une vraie reussite', 'une totale reussite', 'une franche reussite', 'un vrai succes', 'sourire retrouve', 'sa sante retrouvee',
  'aujourd\'hui(,) tout va bien', 'aujourd\'hui(,) il va bien', 'aujourd\'hui(,) elle va bien',
  // (round 6) trust in oneself got back (« a repris confiance », « je reprends confiance »), living again
  'repris confiance', 'reprendre confiance', 'elle revit', 'il revit', 'je revis',
];

/** The practice presenting one of its own patients (« une de nos patientes, Léa », « notre patient Marc »): what that
 * person says in the first person, quoted, is a testimonial (folded). */
export const ourPatient = [
  'une de nos patientes', 'un de nos patients', 'l\'une de nos patientes', 'l\'un de nos patients', 'une de mes patientes',
  'un de mes patients', 'l\'une de mes patientes', 'l\'un de mes patients', 'notre patiente', 'notre patient', 'ma patiente',
  'mon patient', 'nos patients temoignent', 'nos patientes temoignent',
];

/** Care received, named in a person's own words (« j'ai pensé à une chirurgie », « mon traitement »): with a first
 * person and a person presented by name and age, the quoted words are that patient's account (folded). */
export const careWords = [
  'chirurgie', 'operation', 'opere(e)', 'intervention', 'seance(s)', 'traitement', 'soins', 'hypnose', 'implant(s)', 'acupuncture',
  'greffe', 'botox', 'injection(s)', 'consultation', 'accouchement', 'reeducation', 'sleeve', 'bypass', 'laser',
  'prothese', 'orthodontie', 'gouttiere(s)', 'bagues', 'facettes', 'dentiste', 'chirurgien(ne)', 'medecin', 'kine',
  'osteopathe', 'osteo', 'sage-femme', 'hypnotherapeute', 'therapeute', 'pharmacien(ne)', 'clinique', 'cabinet',
  'lifting', 'liposuccion', 'rhinoplastie', 'epilation', 'blanchiment', 'cure', 'hopital', 'maternite', 'examens',
  'anesthesie', 'diagnostic', 'praticien(ne)', 'orthodontiste', 'infirmier(e)(s)', 'secretaire medicale',
  // (round 6) the act as a verb (« je me suis décidée à me faire opérer »)
  'operer',
  // (issue #7) the hospital services where a relative's or one's own care is told (« l'équipe de néonatologie »)
  'neonatologie', 'neonat', 'reanimation', 'soins intensifs', 'pediatrie', 'urgences', 'centre de reeducation', 'soignants',
];

/** The practitioner speaking of their own practice (« mes patients », « je vous reçois », « je suis kiné »): a first-person
 * text with these is the practice's voice, not a patient's account (folded). */
/** « devenir kiné », « devenir sage-femme »: a career chosen, said by the one who practises it (folded). */
const BECOMING = [
  'medecin', 'chirurgien(ne)', 'dentiste', 'kine', 'kinesitherapeute', 'osteopathe', 'sage-femme', 'infirmier(e)', 'pharmacien(ne)',
  'orthophoniste', 'orthodontiste', 'psychologue', 'podologue', 'dieteticien(ne)', 'sophrologue', 'ergotherapeute', 'orthoptiste',
  'psychomotricien(ne)', 'audioprothesiste', 'opticien(ne)', 'veterinaire', 'pediatre', 'dermatologue', 'gynecologue',
].map((p) => `devenir ${p}`);

export const practitionerVoice = [
  'mes patient(e)s', 'mon cabinet', 'ma patientele', 'je propose', 'je pratique', 'je recois',
  // « je vous » followed by what a carer does to the one cared for (round 8): not the writer telling readers their own care
  // (« je vous raconte tout », « je vous ai concocté un article », « je vous livre mon ressenti » are a patient's blog too)
  'je vous recois', 'je vous accueille', 'je vous propose', 'je vous conseille', 'je vous accompagne', 'je vous soigne',
  'je vous examine', 'je vous oriente', 'je vous prescri*', 'je vous invite', 'je vous explique', 'je vous presente',
  'je vous attends', 'je vous aide', 'je vous guide', 'je vous informe', 'je vous rappelle', 'je vous donne rendez-vous',
  'je vous prends en charge', 'je vous demande', 'je vous encourage', 'je vous suggere',
  // the practice addressing the reader as its patient (« pour vous accueillir », « prenez rendez-vous »). Not « vous »
  // alone: a patient telling their care to readers writes « de vous à moi », « je vais tout vous raconter » too.
  'vous accueill*', 'vous recevoir', 'vous recoi*', 'vous propos*', 'vous soigner', 'vous prendre en charge',
  'vous accompagner', 'prenez rendez-vous', 'n\'hesitez pas a', 'contactez-nous', 'contactez-moi', 'votre sante',
  'vos soins', 'votre traitement', 'votre seance', 'vos seances', 'votre consultation', 'au cabinet',
  'ma pratique', 'mes consultations', 'mes confreres', 'ma formation', 'mes etudes', 'je suis kine', 'je suis osteopathe',
  'je suis medecin', 'je suis dentiste', 'je suis chirurgien(ne)', 'je suis pharmacien(ne)', 'je suis infirmier(e)',
  'je suis sage-femme', 'je suis diplome(e)', 'je suis installe(e)', 'je suis specialise(e)', 'je suis forme(e)', 'je suis titulaire',
  // the practitioner's own career: training, specialty, where and since when they practise
  'm\'a forme(e)', 'm\'ont forme(e)', 'mon internat', 'mon externat', 'ma specialite', 'mon diplome', 'mon installation',
  'mon exercice', 'ma carriere',
  // how they practise, and the choice of their profession (« ma façon d'exercer », « j'ai choisi ce métier ») (issue #7)
  'ma facon d\'exercer', 'ma maniere d\'exercer', 'exercer mon metier', 'exercer ce metier', 'exercer ma profession',
  'choisi ce metier', 'choisi cette profession', 'choisi ce beau metier', 'mon metier de', 'ma profession de', 'je la pratique', 'je le pratique', 'je les pratique', 'j\'exerce', 'mes stages',
  // what a practitioner does to patients, in their own first person (« je prescris », « les patients que je traite »)
  'je prescris', 'je pose', 'j\'opere', 'je soigne', 'je traite', 'patients que je', 'patientes que je', 'ma clinique',
  // the practitioner's own patient, told of by them (« mon premier patient avait une sciatique ») (issue #7)
  'mon premier patient', 'ma premiere patiente', 'mon dernier patient', 'ma derniere patiente',
  'mon centre', 'je me forme', 'me former', 'je leur dis', 'je leur explique', 'je les accompagne', 'je les recois',
  // the practitioner's vocation told in the first person (« devenir sage-femme a été une évidence », « la première année
  // de médecine », « mes années d'école »): how they came to the profession, not care they received (round 10)
  ...BECOMING,
  'ma vocation', 'mes annees d\'etudes', 'mes annees d\'ecole', 'mon ecole', 'la premiere annee de medecine', 'premiere annee de medecine',
  'la fac de medecine', 'faculte de medecine', 'le concours d\'entree', 'reussi le concours', 'le metier de', 'mon futur metier',
  'integre une ecole', 'integre l\'ecole', 'ecole d\'osteopathie', 'ecole de kine*', 'ecole de sages-femmes', 'ecole d\'infirmi*',
  'institut de formation', 'ifsi', 'ifmk', 'diplome(e) d\'osteopathie', 'diplome(e) d\'etat de',
];

/** Carers named as persons (« l'orthophoniste », « un audioprothésiste », « mon hypnothérapeute »): in a first-person
 * account without the practitioner's own voice, the writer is the one they cared for (folded). */
export const carerPersons = [
  // (round 8: the title as written before a name, « chez le Dr Roy », « la Dre Martin », is the carer too)
  'medecin(s)', 'docteur', 'docteure', 'dr', 'dre', 'chirurgien(ne)(s)', 'dentiste(s)', 'orthodontiste(s)', 'kine(s)', 'kinesitherapeute(s)',
  'osteopathe(s)', 'osteo(s)', 'sage-femme', 'sages-femmes', 'infirmier(e)(s)', 'pharmacien(ne)(s)', 'praticien(ne)(s)',
  'hypnotherapeute', 'hypnotiseur', 'therapeute', 'sophrologue', 'podologue', 'dermatologue', 'dermato', 'gynecologue', 'gyneco',
  'anesthesiste', 'orthophoniste', 'audioprothesiste(s)', 'ophtalmologue', 'ophtalmo', 'orl', 'specialiste', 'psychologue', 'psychiatre',
  'ergotherapeute', 'dieteticien(ne)', 'nutritionniste', 'acupuncteur', 'acupunctrice', 'orthoptiste', 'pedodontiste', 'chiropracteur', 'radiologue', 'cardiologue', 'rhumatologue',
  'pediatre(s)', 'generaliste(s)', 'neurologue', 'endocrinologue', 'pneumologue', 'allergologue', 'urologue', 'chiropraticien(ne)',
  'phlebologue', 'angiologue', 'stomatologue', 'psychomotricien(ne)', 'puericultrice(s)', 'maieuticien(ne)',
];

/** « Interview de Julie », « l'histoire de Paul », « les mots de Julie », « Julie témoigne », « le portrait de Mme Roux » (issue #7): a named person's story introduced as such;
 * also a named person's care told in the third person (« Sonia s'est fait opérer », « Paul a franchi le pas », « Léa ne regrette rien »).
 * Original text (a capital tells the name); the name must be a known first name. */
export const namedStoryIntro =
  /(?:(?:[Ii]nterview|[Tt][ée]moignage|[Hh]istoire|[Pp]arcours|[Rr][ée]cit|[Ll]ettre|[Mm]essage|[Aa]vis)\s+(?:de|d['’])\s*|(?<![\p{L}]))(\p{Lu}[\p{Ll}\p{M}]+)(?=\s+(?:nous\s+)?(?:raconte|t[ée]moigne|se\s+confie|confie|partage\s+(?:son|sa|ses)|revient\s+sur\s+(?:son|sa|ses))\b)|(?:[Ii]nterview|[Tt][ée]moignage|[Hh]istoire|[Pp]arcours|[Rr][ée]cit|[Mm]ots|[Pp]etit\s+mot|[Mm]essage|[Ll]ettre|[Cc]arte|[Cc]ommentaire|[Rr]etour\s+d['’]exp[ée]rience|[Ee]xp[ée]rience)\s+(?:de|d['’])\s*(?!(?:Mme|Mlle|Madame|Monsieur|Mademoiselle)(?![\p{L}]))(\p{Lu}[\p{Ll}\p{M}]+)|(?:[Mm]a|[Nn]otre|[Mm]on)\s+(?:petite?\s+)?(?:patiente?|cliente?)\s+(\p{Lu}[\p{Ll}\p{M}]+)(?=\s*,?\s+qui\s+(?:a|vient\s+de|peut|court|marche|remarche|n'a\s+plus))|(?<![\p{L}])(\p{Lu}[\p{Ll}\p{M}]+)\s+(?:s['’]est\s+(?:faite?\s+(?:opérer|poser|refaire|soigner|retirer|injecter|greffer|implanter|enlever|redessiner)|offert\s+(?:un|une|des|son|sa|ses))|a\s+(?:été\s+opérée?|subi|franchi\s+le\s+pas|perdu\s+\d|retrouvé\s+(?:le\s+sourire|confiance|sa|son|ses))|ne\s+regrette)|[Nn]ouvelles\s+(?:de|d['’])\s*(\p{Lu}[\p{Ll}\p{M}]+)(?=\s*,?\s+qui\s+(?:a\s|court|marche|remarche|peut|n'a\s+plus|va\s+(?:mieux|bien)|dort|respire|mange|nage|skie|danse))|(?:^|\n)\s*(\p{Lu}[\p{Ll}\p{M}]+)\s*[,:–—-]\s*(?:son|sa|ses)\s+(?:exp[ée]rience|histoire|parcours|t[ée]moignage|r[ée]cit|combat|retour)(?![\p{L}])|(?:[Ii]nterview|[Tt][ée]moignage|[Hh]istoire|[Pp]arcours|[Rr][ée]cit|[Pp]ortrait)\s+(?:de|d['’])\s*(M\.|Mme\.?|Madame|Monsieur|Mlle)\s+\p{Lu}[\p{Ll}\p{M}'’-]+/u;

/** After a quotation, a verb that gives it as someone's account: « "…", raconte Julie », « "…", confie-t-elle ». */
export const attributionVerbs =
  /^\s*[,»"]?\s*(?:raconte|confie|temoigne|detaille|assure|conclut|se\s+souvient|se\s+rejouit|s'enthousiasme|sourit|ajoute|dit-(?:il|elle)|ecrit)(?:-t-(?:il|elle)|\s+(?:sa|son|la|le)\s+(?:maman|papa|patiente?|mere|pere)|\s+\p{L}+)?/u;

/** After the attribution verb, a practitioner or the practice speaking: their own words, not a testimonial (folded). */
export const staffSpeaker =
  /^\s*[,»"]?\s*\p{L}+(?:\s+\p{L}+)?(?:-t-(?:il|elle))?\s+(?:le|la|l'|notre|son|sa)?\s*(?:docteur|docteure|dr|dre|pr|professeur|directeur|directrice|chirurgien|chirurgienne|praticien|praticienne|medecin|dentiste|kine|equipe|responsable|gerant|gerante|fondateur|fondatrice|pharmacien|pharmacienne|infirmier|infirmiere|sage-femme|osteopathe)(?![\p{L}])/u;

/** Before a quotation, a label naming who speaks as a patient: « Patiente : », « Un patient : », « Avis de Julie : ». */
// (round 3: a relative of the one cared for giving the account, « sa mère raconte : », « son mari témoigne : »)
// (round 12: what the people cared for tell the practitioner, « les gens me disent : », « mes patientes nous racontent : »)
export const roleLabel =
  /(?:(?<![\p{L}])(?:une?\s+|la\s+|le\s+|notre\s+|nos\s+)?(?:patiente?s?|cliente?s?|maman|papa|famille|parents)(?:\s+de\s+\d{1,3}\s+ans)?|avis\s+(?:de|d')\s*\p{L}+|(?<![\p{L}])(?:sa|son|leur)\s+(?:mere|pere|maman|papa|mari|femme|epouse|conjointe?|compagne?|fille|fils|parents)\s+(?:raconte|temoigne|explique|se\s+souvient|confie|se\s+rappelle)|(?<![\p{L}])(?:les\s+gens|mes\s+patiente?s|nos\s+patiente?s|les\s+patiente?s|beaucoup\s+de\s+patiente?s)\s+(?:me|nous)\s+(?:disent|racontent|confient|ecrivent|repetent))\s*:\s*$/u;

/** Before a short quotation, a determiner or preposition: the quoted words are part of the sentence (folded). */
export const embeddedQuote =
  /(?<![\p{L}])(?:son|sa|ses|leur|leurs|le|la|les|l'|un|une|des|du|de|d'|ce|cet|cette|ces|au|aux|dans|en|notre|nos|votre|vos)\s*$/u;

/** A paragraph ending with « : » and one of these introduces a list of what is forbidden (folded). */
export const prohibitionLeadIn = [
  'ne peut pas', 'ne peuvent pas', 'ne doit pas', 'ne doivent pas', 'ne pouvez pas', 'ne pas', 'il est interdit',
  'est interdit', 'sont interdit(e)s', 'interdit(e)(s) de', 'n\'a pas le droit', 'n\'ont pas le droit', 'est proscrit',
  'sont proscrit(e)s', 'a proscrire', 'a eviter', 'jamais', 'ne sont pas autorise(e)s', 'n\'est pas autorise',
];

/** After a quotation, a known first name alone (« "Les séances m'ont apaisée." Clémence. »): original text. */
export const nameAfterQuote = /^\s*(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?:\s+\p{Lu}\.)?\s*(?:[.!]|,\s*\d{1,3}\s*ans|$)/u;

/**
 * Reviews and ratings discussed as a subject (press, Ordre guidance, e-réputation, how to choose a practitioner),
 * not shown by the practice: with one of these in the post and no review of its own in the paragraph (see
 * `ownReviewCues`), a rating or « avis Google » is quoted as part of the debate (folded).
 */
export const reviewDebateCues = [
  'e-reputation', 'reputation numerique', 'reputation en ligne', 'site(s) de notation', 'systeme de notation', 'notation en ligne',
  'notation des medecins', 'noter son medecin', 'noter un medecin', 'noter les medecins', 'noter leur medecin', 'noter son praticien',
  'noter son dentiste', 'internaute(s)', 'avis negatif(s)', 'avis defavorable(s)', 'mauvais avis', 'mauvaise(s) note(s)',
  'faible note', 'note mediocre', 'mecontent(e)(s)', 'diffamat*', 'insultant(e)(s)', 'injurieu*', 'haineu*', 'peu amene(s)',
  'a fuir', 'tripadvisor', 'comme un restaurant', 'comme les restaurants', 'hotels et restaurants', 'restaurant ou un hotel',
  'fiabilite douteuse', 'droit de reponse', 'dereferencement', 'suppression des avis', 'supprimer les avis', 'oncd', 'cnom',
  'conseil national de l\'ordre', 'ordre des medecins', 'ordre des chirurgiens-dentistes', 'ordre des pharmaciens', 'e-satis', 'esatis',
  'iqss', 'choisir son chirurgien', 'choisir son medecin', 'choisir son dentiste', 'choisir son praticien', 'choisir son osteopathe',
  'trouver son chirurgien', 'trouver son medecin', 'trouver son dentiste', 'trouver son praticien', 'choix d\'un praticien',
  'choix eclaire', 'tantot elogieux', 'comme pour les restaurants', 'restaurants ou les hotels', 'evaluations des medecins',
  'evaluer son medecin', 'se fier aux avis', 'se fier aux evaluations', 'avis sur internet', 'avis en ligne', 'collecte d\'avis',
  // the reader told to read reviews elsewhere before choosing (« consultez les avis en ligne avant de choisir »): advice
  'lire les avis', 'consulter les avis', 'verifier les avis', 'comparer les avis', 'lisez les avis', 'consultez les avis',
  // (round 8) the reviews of a whole profession (« les avis Google des médecins », « les notes en ligne des dentistes »,
  // « les avis sur les pharmacies »): a subject of press and Ordre guidance, not one practice showing its own
  ...['avis google', 'avis en ligne', 'notes google', 'notes en ligne', 'notations en ligne', 'evaluations en ligne'].flatMap((what) =>
    ['des', 'sur les', 'pour les', 'concernant les', 'laisse(e)s aux'].flatMap((link) =>
      ['medecins', 'dentistes', 'chirurgiens-dentistes', 'praticiens', 'pharmaciens', 'pharmacies', 'kines', 'kinesitherapeutes',
        'generalistes', 'specialistes', 'soignants', 'professionnels de sante', 'cabinets medicaux', 'etablissements de sante',
        'hopitaux', 'cliniques'].map((who) => `${what} ${link} ${who}`))),
];

/** A practice's own reviews in the paragraph (« nos avis », « merci pour vos avis », « notez-nous »): never a debate. */
export const ownReviewCues = [
  'nos patient(e)s', 'mes patient(e)s', 'notre cabinet', 'notre clinique', 'notre centre', 'notre pharmacie', 'notre equipe',
  'notre fiche', 'notre page', 'notre note', 'nos avis', 'vos avis', 'votre avis', 'merci', 'laissez', 'notez-nous', 'mon cabinet',
  'nous remercions', 'je vous remercie',
];

/**
 * Before a bare « témoignage(s) »: a testimonial shown or announced (« découvrez leurs témoignages », « son témoignage »);
 * in running prose without these, the word is the subject of the sentence (« plusieurs témoignages », « un forum qui
 * regorge de témoignages »), not a testimonial (folded).
 * (A testimony received or shared by the practice is shown too: « nous avons reçu un témoignage qui… ».)
 */
export const testimonyShownBefore =
  /(?:(?<![\p{L}])(?:son|sa|ses|leur|leurs|votre|vos|notre|nos|mon|ma|mes|ce|cet|cette|ces|voici|decouvrez|retrouvez|lisez|lire|regardez|ecoutez|consultez|quelques|nouveau|nouveaux|beau|beaux|bel|joli|jolis|touchant|emouvant|video|videos)\s+(?:\p{L}+\s+)?|(?<![\p{L}])(?:recu|recus|partage|partageons|partager|publions|publie|publier|transmis|envoye|adresse)\s+(?:un|une|des|le|les|ce|cet|cette|ces)\s+(?:\p{L}+\s+)?)$/u;
/** After a bare « témoignage(s) »: whose it is (« témoignage de Julie », « témoignages de nos patients »), a label colon, or
 *  (round 13) the outcome they are called to prove (« les témoignages évoquent une perte de 30 kg »). */
export const testimonyShownAfter =
  /^\s*(?::|(?:de|d'|des)\s*(?:nos|mes|notre|ma|mon|une\s+patiente|un\s+patient|patient|client|maman|parents|(?:la|le|cette|ce|l')\s*(?:patiente?|residente?|cliente?|maman|dame|jeune|famille|mere|pere)|personnes|gens|femmes|hommes|familles|clients|patients|patientes|utilisat\p{L}+|mamans|parents)|\p{Lu}|\s+(?:font\s+[ée]tat|rapportent|[ée]voquent|d[ée]crivent|confirment|montrent|parlent)\s+[^.!?\n]{0,60}?(?:perte|am[ée]lioration|disparition|soulagement|r[ée]sultats?|\d+\s?kg|kilos|gu[ée]rison|succ[èe]s|satisfaction))/u;

/** A speaker's role after a quotation (« », explique Julie Roy, kinésithérapeute »): a professional, not a patient (folded). */
export const speakerRole =
  /(?<![\p{L}])(?:professionnel(?:le)?|docteure?|dre?|pr|professeure?|chirurgien(?:ne)?|medecin|kine\p{L}*|osteo\p{L}*|infirmi\p{L}+|sage-femme|dentiste|pharmacien(?:ne)?|praticien(?:ne)?|direct(?:eur|rice)|president(?:e)?|responsable|fondat(?:eur|rice)|gerante?|specialiste|experte?|psychologue|dieteticien(?:ne)?|sophrologue|naturopathe|podologue|orthodontiste|gynecologue|obstetricien(?:ne)?|puericultrice|cadre|porte-parole|coordinat\p{L}*|chercheu\p{L}+|journaliste|auteure?|avocate?|employee?|hypnotherapeute|therapeute|ophtalmologue|dermatologue|anesthesiste|interne|assistante?|secretaire|coach|nutritionniste|formatrice|formateur)(?![\p{L}])/u;

/**
 * After a quotation, a reporting verb, the speaker (a name, or « par communiqué ») and, after a comma, their
 * role in apposition: « », affirme Paul Roux, fondateur du centre », « », indique par communiqué la directrice
 * de la clinique »: a professional or an organisation speaking, whatever they praise (folded).
 */
export const speakerInApposition =
  /^\s*[,»"”]?\s*(?:precise|explique|reconnait|souligne|ajoute|assure|rapporte|poursuit|resume|conclut|lance|insiste|detaille|repond|note|observe|estime|affirme|declare|commente|indique|annonce|rappelle|martele|se felicite|se rejouit|vante|defend)(?:-t-(?:il|elle))?\s+(?:[\p{L}'-]+\s+){0,3}?[\p{L}'-]+\s*,\s*(?:le\s+|la\s+|l'|un\s+|une\s+|son\s+|sa\s+)?(?:pionni(?:er|ere)|patron(?:ne)?|pdg|ceo|dirigeante?|proprietaire|createur|creatrice|associee?|manager|chef|administrat(?:eur|rice)|deleguee?|representante?|porte-parole|direct(?:eur|rice)|president(?:e)?|responsable|fondat(?:eur|rice)|gerante?|docteure?|dre?|pr|professeure?|chirurgien(?:ne)?|medecin|dentiste|pharmacien(?:ne)?|praticien(?:ne)?|specialiste|experte?)(?![\p{L}])/u;

/** Before a quotation, what gives it as an example (« ex : », « par exemple », « du type »): words mentioned, not said (folded). */
// (not « comme »: « des mots comme "vous m'avez sauvée" » can be a patient's thanks the practice shows)
export const exampleLeadIn = /(?<![\p{L}])(?:ex|exemples?|par exemple|p\.\s?ex|e\.g|du type|de type|du genre)[\s.:]*\(?\s*[«"“]?\s*$/u;

/** Verbs that give quoted words to the person named right after them (« », reconnaît Julie »). Original text. */
export const reportedByName =
  /^\s*[,»"”]?\s*(?:pr[ée]cise|explique|reconna[iî]t|confie|raconte|t[ée]moigne|souligne|ajoute|assure|se\s+souvient|sourit|s['’]enthousiasme|rapporte|poursuit|avoue|admet|r[ée]sume|conclut|lance|glisse|insiste|se\s+r[ée]jouit|d[ée]taille|s['’]amuse|regrette|dit|r[ée]pond|note|observe|estime|affirme|d[ée]clare|commente)\s+(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)/u;

/** A line opening with a person's name and a colon (« Jeanne : », « Olivia DURAND : »): an interview answer. Original text.
 * (also right after the question in the same paragraph: « Comment s'est passée l'opération ? Jeanne : … ») */
export const interviewLabel = /(?:^|\n|\?[ \t]+)[ \t]*(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)((?:[ \t]+(?:de|du|le|la|van|von)?[ \t]*\p{Lu}[\p{L}\p{M}'’-]+){0,2})[ \t]*:[ \t]*(\S[^\n]{0,600})/gu;

/** A letter to a carer (« À toi, Lina, la sage-femme qui… », « Chère équipe de la maternité »): the writer was cared for (folded). */
export const carerLetter =
  /(?:^|[.!?\n] ?)(?:a toi|a vous|cher|chere|chers|cheres|merci a toi)[ ,]+(?:[a-z-]+,? )?(?:la |le |l'|notre |nos |ma |mon |mes |toute l'|les )?(?:sage-femme|sages-femmes|kine|infirmiere|infirmier|infirmieres|docteure?|dr|chirurgien(?:ne)?|dentiste|osteo[a-z]*|pharmacien(?:ne)?|equipe|puericultrice|anesthesiste|soignant(?:e)?s?)(?![a-z])/u;

/** « -12 kg », « − 8 kilos »: a weight lost, with its minus sign (folded). */
export const minusKilos = /(?<![\p{L}\p{N}])[-−–]\s?\d{1,3}(?:[.,]\d+)?\s?(?:kg|kilos?)(?![\p{L}])/u;
/** A hotel's or a stay's stars (« un quatre étoiles », « hôtel 5 étoiles »): not a rating of care (folded). */
export const hotelStars = /(?<![\p{L}])(?:hotel|hotels|nuitees?|nuits|sejour|palace|resort|un\s+(?:trois|quatre|cinq|\d)\s+etoiles)(?![\p{L}])/u;

/**
 * A result told in the third person, as a construction rather than a phrase (round 5): the person's life, smile or body
 * seen changed (« a vu son sourire transformé », « ont vu leur vie changer »), a sense or a function got back (« retrouve
 * son audition », « a retrouvé sa mobilité »), what they can do at last (« elle peut enfin remonter à vélo »),
 * no problem left (« elle n'a plus aucun problème »). Folded. A story's outcome, read with a person named or presented.
 */
export const outcomeShape =
  // (issue #7: an activity resumed, « trois jours plus tard, elle lisait de nouveau son journal », « il conduit à nouveau »)
  /(?<![a-z])(?:(?:il|elle|ils|elles) (?:[a-z]{2,}(?:ait|aient)|lit|voit|conduit|nage|jardine|joue|travaille|peut|pouvait) (?:de nouveau|a nouveau)(?![a-z])|(?:ses|mes|leurs|sa|ma|leur) (?:crises|douleurs?|migraines|symptomes|acouphenes|vertiges|maux de (?:tete|dos|ventre)|angoisses|insomnies|reveils nocturnes) (?:se sont|s'est|ont|a) (?:[a-z]+ )?(?:espace(?:e|s|es)?|attenue(?:e|s|es)?|estompe(?:e|s|es)?|calme(?:e|s|es)?|raref(?:ie|iee|ies|iees)|diminue|baisse|regresse|cede)|(?:le lendemain|le soir meme|des le lendemain|quelques (?:heures|jours|semaines) (?:plus tard|apres)|(?:deux|trois|une|quelques) (?:jours|semaines) plus tard),? (?:il|elle|ils|elles|je|j') [^.!?]{0,50}?sans (?:difficulte|douleur|gene|peine|aide|canne|bequilles)|(?:marche|marchent|court|courent|dort|dorment|conduit|travaille|vit) (?:desormais|maintenant|aujourd'hui|enfin|de nouveau|a nouveau) sans (?:canne|bequilles?|deambulateur|fauteuil|lunettes|douleur|gene|aide)|(?:a|ont|ai|avons|avait|avaient) (?:pu )?(?:enfin |deja |meme |vite |de nouveau |rapidement )?(?:repris|reprendre) (?:le|la|les|l'|son|sa|ses|leur|leurs|mon|ma|mes) (?:[a-z]+ )?(?:sport|sports|travail|boulot|course|tennis|velo|football|foot|rugby|basket|handball|marche|danse|natation|ski|randonnee|golf|activite|activites|entrainements?|competitions?|chemin de l'ecole|conduite|guitare|piano)|(?:a|ont|avait|avaient|ai|avons) vu (?:sa|son|ses|leur|leurs|mon|ma|mes|notre|nos) (?:vie|vies|quotidien|sourire|visage|silhouette|corps|peau|dents|dos|sommeil|douleurs?) (?:[a-z]+ )?(?:changer|se transformer|transforme(?:e|s|es)?|s'ameliorer|s'envoler|disparaitre|changee?s?|ameliore(?:e|s|es)?|bouleverse(?:e|s|es)?)|retrouv(?:e|ent|ait|aient|er|ee|ees|es) (?:peu a peu |enfin |petit a petit |progressivement )?(?:son|sa|ses|leur|leurs) (?:audition|vue|vision|sommeil|mobilite|autonomie|sourire|souffle|voix|energie|odorat|appetit|equilibre|confiance|silhouette|ligne|motricite|forme|dents|cheveux|marche|independance|joie de vivre)|(?:il|elle|ils|elles) (?:peut|peuvent|pouvait|pouvaient|pourra|pourront|a pu|ont pu|avait pu) (?:(?:desormais|aujourd'hui|maintenant) )?(?:enfin|de nouveau|a nouveau)|(?:il|elle|ils|elles) n'(?:a|ont|avait|avaient) plus aucun(?:e)? (?:probleme|souci|douleur|gene|complexe|crise)|(?:a|ont|avait) (?:fonctionne|marche|reussi|pris) (?:des|du|au) (?:le |la )?premi(?:er|ere) (?:essai|coup|seance|fois|tentative|cycle|transfert)|(?:mes|mon|ma|ses|son|sa|leurs?) [a-z]+ (?:ont|a|sont|est) (?:quasiment|pratiquement|presque|completement|totalement|enfin|deja) (?:disparu|disparue|disparus|disparues|gueri|guerie|guerie?s|partie?s?)|(?:me|m'|le|la|les|lui|nous) ?(?:laisse|laissent|fiche|fichent) (?:enfin |desormais |maintenant )?(?:tranquille|tranquilles|en paix|la paix)|repartie?s? (?:avec le sourire|soulagee?s?|apaisee?s?|guerie?s?|sur (?:ses|ces|ses) deux (?:jambes|pieds)|en (?:marchant|souriant|courant))|seule seance (?:a suffi|suffit|suffirait|aura suffi)|(?:celles-ci|ceux-ci|elles|ils|les douleurs|mes douleurs|ses douleurs|la douleur|ma douleur) (?:disparurent|disparut|s'envolerent|s'envola)|(?:ce fut|ca a ete|c'etait|c'est|a ete|fut) (?:un|une) (?:immense|vrai|veritable|grand|enorme|reel|total|profond|incroyable) (?:soulagement|delivrance|miracle|renaissance|revelation|bonheur)|(?:s'est|s'etait) (?:alors )?produit un (?:vrai |veritable )?declic|(?:ne pouvait plus|n'arrivait plus|ne pouvait pas)[^.!?]{0,80}[.!?;]\s*(?:aujourd'hui|desormais|maintenant),? (?:il|elle) [a-z]+)(?![a-z])/u;

/**
 * Care received told by the one who received it, as constructions (round 5; the phrase list is src/french/patient-voice.ts):
 * going to a carer (« je suis allée voir un ostéopathe », « je me suis rendu chez »), choosing or trying one (« j'ai donc
 * consulté un », « j'ai confié mes yeux au », « j'ai testé la »), booking (« je prends rendez-vous », « j'ai pris un rdv »),
 * having an act done (« je me suis fait détartrer »), and « lors de ma première séance ». Folded. Counted as markers:
 * alone they never report, the paragraph must also name care and speak in the first person.
 */
export const careNarrative =
  /(?<![a-z])(?:je (?:me )?suis (?:alle|allee|rendue?|retournee?|presentee?) (?:voir|chez|consulter|a la|au|aux|dans)|j'ai (?:donc |alors |finalement |enfin |aussi |d'abord |ensuite )?(?:consulte|confie|teste|essaye|choisi|decouvert|contacte|appele) (?:un|une|le|la|les|l'|mon|ma|mes|ce|cette|cet|plusieurs)(?![a-z])|(?:je prends|je reprends|j'ai (?:[a-z]+ )?pris) (?:un |mon |le )?(?:prochain |nouveau |premier )?(?:rendez-vous|rdv)|je (?:contacte|consulte|choisis|teste|essaie|appelle) (?:un|une|le|la|les|l'|mon|ma|ce|cette)(?![a-z])|(?:quand |lorsque |des que )?je suis (?:[a-z]+ )?(?:entree?|arrivee?|ressortie?) (?:[a-z]+ )?(?:dans|au|a la|a l'|chez)(?![a-z])|(?:partager|raconter|vous raconter|vous partager|vous livrer|temoigner de|je vous raconte|je vous partage|je vous livre|vous parler de|(?:un |mon )?(?:feedback|retour) (?:[a-z]+ )?sur) (?:tout (?:sur |de )?)?(?:mon|ma|notre|nos) (?:[a-z]+ )?(?:experience|histoire|parcours|retour|ressenti|vecu)|(?:j'apprecie|j'appreciais|j'ai (?:beaucoup |vraiment )?apprecie) (?:sa|son|ses|leur|leurs|votre|vos) (?:gentillesse|explications|douceur|ecoute|patience|professionnalisme|disponibilite|calme|humour|delicatesse|bienveillance|conseils|soins)|(?:j'ai|j'avais) (?:toujours |entierement |tout de suite |immediatement |vite )?(?:eu |fait )?(?:toute |entiere |pleine )?confiance (?:en|a) (?:vous|votre|vos|lui|elle|eux|ce|cette|mon|ma|son|sa)(?![a-z])|(?:m'aide|m'aident|m'a aide|m'ont aide|m'aidait|m'aidaient)e? (?:enormement|beaucoup|tellement|vraiment|infiniment)|ce que je (?:ferais|serais devenue?|deviendrais) sans (?:eux|elle|lui|vous|toi|elles)|(?:le|la|l'|mon|ma) ?(?:medecin|docteure?|dr|chirurgien(?:ne)?|dentiste|kine|osteo[a-z]*|sage-femme|infirmiere?|praticien(?:ne)?|dermatologue|podologue|therapeute|esthetici[a-z]+) (?:[a-z]+ )?(?:inspecte|examine|masse|manipule|soigne|ausculte|palpe|detartre|injecte|traite|mesure|observe|nettoie|pique|opere|prepare|regarde)(?:ait)? (?:ma|mon|mes)(?![a-z])|je me suis fait(?:e)? (?:[a-z]+ )?[a-z]+(?:er|ir)(?![a-z])|(?:on reviendra|nous reviendrons|on y retournera|j'y retournerai|on y retourne|j'y retourne)|depuis que je (?:vais|viens|me rends) (?:chez|au|a la|voir)|je (?:la|le|les) consulte(?![a-z])|ne (?:la |le |les )?changerai[st]? pour rien au monde|(?:lors de|pendant|avant|apres|depuis|pour) (?:ma|mon) (?:premiere |derniere |deuxieme |seconde |1ere |1re )?(?:seance|consultation|operation|intervention|accouchement|rendez-vous|cure|hospitalisation|greffe|pose))(?![a-z])/gu;

/**
 * Round 6, counted like the markers above: the act undergone, in any tense (« je me faisais opérer », « avant que je me
 * fasse opérer », « j'ai été opérée », « on m'a posé deux implants »), and the patient's own verdict on it (« j'ai adoré
 * le résultat », « j'en suis ravie », « j'ai retrouvé confiance en moi », « je lui ai fait confiance », « je me sens enfin
 * bien »). Folded.
 */
export const careReceived =
  /(?<![a-z])(?:j'ai (?:fait|fais) (?:refaire |faire |injecter |retoucher |corriger |blanchir |redessiner )?(?:mes|ma|mon) (?:levres|bouche|nez|dents|sourire|seins|poitrine|ventre|fesses|paupieres|yeux|cernes|rides|pommettes|menton|machoire|oreilles|cuisses|bras|visage|front|cheveux|implants|facettes)|je me (?:faisais|fasse|ferai|ferais|fais|fis) (?:[a-z]+ )?(?:operer|poser|retirer|enlever|refaire|injecter|greffer|implanter|soigner|masser|manipuler|detartrer|blanchir|epiler|traiter|suivre|accompagner|hypnotiser|vacciner|accoucher|appareiller|ausculter)|j'ai ete (?:[a-z]+ )?(?:operee?|soignee?|prise? en charge|suivie?|traitee?|hospitalisee?|accouchee?|appareillee?|implantee?|greffee?|reeduquee?|orientee?|dirigee?|adressee?)|j'ai ete (?:immediatement |tout de suite |vite |agreablement |completement )?(?:seduite?|conquise?|rassuree?|bluffee?|emerveillee?) par|on m'a (?:[a-z]+ )?(?:opere|operee|pose|posee|enleve|retire|injecte|greffe|implante|prescrit|diagnostique|detecte|annonce|propose|soigne|fait passer)|j'ai (?:[a-z]+ )?adore (?:le|mon|ma|mes|ce|cette|ces) (?:resultat|resultats|nouveau|nouvelle|nouveaux|sourire|nez|ventre|poitrine|dents|peau|visage|silhouette|seins|regard)|(?:je suis|j'etais|j'en suis|j'en etais) (?:[a-z]+ )?(?:ravie?|contente?|satisfaite?|enchantee?|comblee?)(?= ?(?:[,.!]|du |des |de mon |de ma |de mes |de ce |de cette |de l'|de la |d'avoir ))|j'ai (?:vraiment |enfin |completement |totalement |peu a peu )?(?:repris|retrouve) confiance en moi|je (?:lui|leur) ai (?:tout de suite |immediatement |vite |entierement )?fait confiance|je me (?:sens|sentais|suis sentie?) (?:enfin |tellement |vraiment |tres |beaucoup |de nouveau |a nouveau )?(?:bien|mieux|belle|revivre|renaitre|moi-meme)(?![a-z])|plus aucun signe de (?:douleur|gene|crise)|je (?:l'ai|les ai) (?:tout de suite |immediatement |vite )?trouvee?s? (?:[a-z]+ )?(?:rigoureu[a-z]*|rassurant[a-z]*|competent[a-z]*|doux|douce|attentif|attentive|attentionne[a-z]*|gentil[a-z]*|humain[a-z]*|bienveillant[a-z]*|patient|patiente|disponible|serieu[a-z]*|a l'ecoute)|(?:c'est )?(?:ce|voila ce) qui m'a (?:plu|rassure|rassuree|convaincu|convaincue|seduit|seduite|decide|decidee) (?:chez|dans|avec)|j'(?:avais|ai|souffrais) (?:depuis [^.!?]{0,30}? )?(?:des|de|d'une|d'un|une|un) (?:douleurs?|migraines?|sciatique|lombalgie|hernie|tendinite|maux|crises? d'angoisse)(?![a-z]))(?![a-z])/gu;

/** Who cares for the writer, named by role in a patient's or a relative's account (folded): carers, and the staff around
 *  them (« l'assistante dentaire », « la secrétaire », « tout le personnel »). (issue #7) */
const carerNoun = String.raw`(?:medecin|docteure?|dr|chirurgien(?:ne)?|dentiste|orthodontiste|kine(?:sitherapeute)?|osteo(?:pathe)?|sage-femme|sages-femmes|infirmier(?:e)?s?|pharmacien(?:ne)?|praticien(?:ne)?|anesthesiste|gyneco(?:logue)?|dermato(?:logue)?|pediatre|podologue|orthophoniste|therapeute|specialiste|assistante?s?(?: dentaires?| medicales?)?|secretaires?(?: medicales?)?|equipe(?: soignante| medicale)?|personnel(?: soignant| medical)?|soignante?s?|aide-soignante?s?|brancardiers?|hotesses?(?: d'accueil)?|puericultrices?)`;

/**
 * A carer praised by the one they cared for, with « être » in the present or the imperfect (« l'assistante dentaire,
 * Aleksandra, est très attentive », « la kiné que j'ai eue était plutôt compréhensive », « le chirurgien est un amour »).
 * The practice's own determiners (« notre équipe est à l'écoute ») are its self-description, not a patient's: not here.
 * (round 9: the compound tense and the team of a ward, « toute l'équipe de la maternité a été aux petits soins », « les
 * soignants qui l'ont suivie pendant ses séances ont été exemplaires ».) Counted as a patient-voice marker, and as praise.
 * Folded. (issue #7)
 */
export const carerPraised = new RegExp(String.raw`(?<![a-z])(?:(?:toute?s? )?(?:le|la|l'|les)|mon|ma|mes|ce|cet|cette|ces|son|sa|ses) ?${carerNoun}(?: (?:de la|de l'|du|des) [a-z'-]+(?: [a-z'-]+){0,2}?)?(?: ?, ?[a-z-]+ ?,| ?\([a-z-]+\)| (?:que|qui|dont) [^.!?;]{1,80}?)? (?:est|etait|sont|etaient|a toujours ete|ont toujours ete|a ete|ont ete|avait ete|avaient ete|se montre|s'est montree?s?|se sont montree?s|reste|restait)(?: (?:vraiment|tres|super|hyper|tellement|si|toujours|plutot|extremement|incroyablement|tout a fait|tout bonnement|simplement|trop|d'une grande|d'une))* (?:adorable|attenti(?:f|ve)|attentionnee?|gentil|bienveillant|competent|formidable|genia(?:l|le|ux)|parfait|rassurant|comprehensi(?:f|ve)|chaleureu|humaine?|disponible|pedagogue|patiente?|douce|doux|merveilleu|extraordinaire|exceptionnel|exemplaire|remarquable|admirable|fabuleu|fantastique|a l'ecoute|aux petits soins|au top|top|(?:une|un) (?:vraie? )?(?:perle|ange|fee|amour|creme|pepite))[a-z]*`, 'gu');

/** The writer's fondness for their own carer (« j'aime ma sage-femme », « on adore notre pédiatre »): a patient's or a relative's
 *  praise. Folded. (issue #7) */
export const carerLoved = new RegExp(String.raw`(?<![a-z])(?:j'aime|j'adore|j'aimais|j'adorais|je kiffe|on adore|on aime|nous adorons|nous aimons) (?:mon|ma|mes|notre|nos|ce|cet|cette) (?:[a-z]+ )?${carerNoun}(?![a-z])`, 'gu');

/** Before a quotation, one of the practice's clients or patients introduced as its speaker (« une cliente l'a testée », « un
 * patient raconte », « la maman explique »): words in the first person after this are that person's account. Folded. */
export const patientBefore =
  /(?<![a-z])(?:une|un|cette|cet|la|le|notre|nos|ces|des) (?:jeune |nouvelle |nouveau |fidele |ancienne |ancien )?(?:patiente?s?|cliente?s?|curistes?|mamans?|parents|consultante?s?|operee?s?)(?![a-z])/u;

/** One person's care, told in the third person (round 5): a visit (« il a pris rendez-vous chez une podologue », « elle a consulté »), sessions
 * followed (« elle venait deux fois par mois », « elle a suivi des séances »). Folded. With an outcome in the
 * paragraph, that person's story. */
export const careVisitThirdPerson =
  // (issue #7: a case given by its age, « patient de 34 ans, venu pour une entorse », « une cliente de 52 ans consulte pour »;
  // a named carer's act on someone, « le Dr Morel a opéré avec succès Mme G. », « la sage-femme a accouché Léa »;
  // the third person's own care at the practice, « six mois après sa rééducation du genou au cabinet »)
  /(?<![a-z])(?:(?:apres|depuis|grace a|suite a|a la suite de) (?:sa|son|ses|leur) (?:reeducation|operation|intervention|seances?|traitement|suivi|greffe|chirurgie|prise en charge|accouchement|cure)(?: [a-z'-]+){0,3}? (?:au cabinet|chez nous|a la clinique|au centre|avec nous|dans notre (?:cabinet|centre|clinique|service))(?![a-z])|(?:le|la) (?:dr|dre|docteure?|pr|professeure?|chirurgien(?:ne)?|sage-femme) (?:[a-z-]+ ){0,2}(?:a|avait) (?:(?:brillamment|recemment|hier|deja) )?(?:opere|soigne|accouche|greffe|implante|reeduque|pris en charge) (?:(?:avec succes|brillamment|hier) )?(?:mme|m|mlle|madame|monsieur|mademoiselle|notre|un|une|le petit|la petite|[a-z]{3,})(?![a-z])|(?:patiente?|cliente?|jeune (?:femme|homme|fille|garcon)|sporti(?:f|ve)|enfant|bebe|retraitee?|monsieur|madame) (?:de |d'|age(?:e)? de )?\d{1,3} ans,? (?:[a-z'-]+,? ){0,4}?(?:venue?|arrivee?|recue?|vue?|adressee?|consulte|consultant|se presente|s'est presentee?) (?:pour|avec|au cabinet|en consultation|a la suite)|(?:nous avons|j'ai) (?:recu|accueilli|soigne|accompagne|pris en charge|traite|suivi|opere|reeduque) (?!(?:le |la |l'|notre |nos |un |une |des )?(?:dr|dre|docteure?|pr|professeure?|confrere|consoeur|collegues?|stagiaires?|equipe|delegue|visiteurs?|representante?|journalistes?|eleves?|etudiante?s?)(?![a-z]))(?:[a-z'-]+ ){1,5}?(?:pour (?:un|une|des|de|d'|ses|sa|son)|en consultation|au cabinet|il y a|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))|(?:il|elle) (?:est (?:alle|allee|retourne|retournee) (?:voir|consulter|chez)|(?:est|etait) (?:arrivee?|venue?|entree?) (?:au cabinet|en consultation|en (?:pleurs|larmes|fauteuil|bequilles|boitant)|avec des bequilles|pliee? en deux)|s'est (?:rendu|rendue) (?:chez|au|a la|aux)|a (?:consulte|pris rendez-vous|commence (?:les|des|ses) seances)|a suivi (?:un|une|des|ses) (?:seances?|traitement|reeducation|cure|programme)|(?:ne )?(?:faisait|fait|a fait|a eu|avait) (?:qu')?(?:une|deux|trois|quatre|\d+|quelques|plusieurs) seances?))(?![a-z])/u;

/**
 * One person's care told in the third person, in the shapes the list above misses (round 6): submitting to an act
 * (« elle s'est soumise, sceptique, à l'épilation »), acts undergone (« a déjà subi trois liposuccions »), sessions
 * then the person (« après douze séances, il… »), a patient presented by age (« une patiente de 52 ans… »). Folded. With an outcome in the paragraph, that person's story.
 */
export const careUndergone =
  /(?<![a-z])(?:(?:il|elle) s'est (?:finalement |alors )?soumise? (?:[a-z]+ ){0,3}a (?:la|l'|une|un|des|ces|cette|ce)|a (?:deja |donc |ensuite )?subi (?:\d+|une|un|deux|trois|quatre|cinq|six|plusieurs) (?:operations?|interventions?|liposuccions?|seances?|injections?|greffes?|chirurgies?)|apres (?:\d+|une|deux|trois|quatre|cinq|six|huit|dix|douze|quinze|quelques|plusieurs) (?:mois de )?seances?[^.!?]{0,60}?,? (?:il|elle) |(?:une?|cette|notre|ma|mon) (?:jeune )?(?:patiente?|cliente?) (?:de|agee? de) \d{1,3} ans(?![a-z]))/u;

/**
 * An interview of the one cared for (round 6): a question put to « vous » or « tu » about the care received — the act
 * undergone, the illness, the decision, how it went (« Pourquoi avoir choisi une pose d'implants ? », « Souffriez-
 * vous avant l'opération ? », « Comment s'est passée votre convalescence ? »). Folded, one question. The answer that
 * follows in the first person is that patient's account. Not a practitioner interviewed about their career (« pourquoi
 * avez-vous choisi ce métier ? »): the question must be about care received.
 */
export const questionToPatient =
  /(?<![a-z])(?:pourquoi avoir (?:opte|choisi|fait le choix) (?:pour )?(?:un|une|le|la|l'|cette|ce)|(?:avez|aviez|etes|as|avais|es)-(?:vous|tu) (?:[a-z]+ ){0,2}(?:opere|operee|soigne|soignee|traite|traitee|souffert|eu mal|beneficie|ressenti|decouvert (?:votre|ta|ton|vos|tes)|commence (?:les|la|le|vos|tes|votre|ta)|suivi (?:un|une|des|le|la|les))|(?:souffriez|souffrais|connaissiez|connaissais)-(?:vous|tu) [^?]{0,80}avant|(?:vous|t') (?:etes|es)[- ](?:vous |tu )?(?:fait|faite) (?:operer|soigner|poser|traiter)|(?:comment|quand) (?:s'est passee?|se sont passees?|avez-vous vecu|as-tu vecu|avez-vous connu|as-tu connu|avez-vous decouvert|as-tu decouvert) (?:votre|ta|ton|vos|tes|la technique|le cabinet|la clinique|le centre|le docteur|le dr)|qu'est-ce qui (?:vous|t')a (?:decide|convaincu|pousse|amene)|(?:votre|ta|ton) (?:operation|intervention|traitement|maladie|cancer|cure|accouchement|greffe|convalescence|guerison|retablissement|diagnostic|reeducation) [^?]{0,60}|(?:quels?|quelles?) (?:effets|suites|resultats|douleurs)[^?]{0,40}(?:avez-vous|as-tu))[^?]{0,160}\?/u;
