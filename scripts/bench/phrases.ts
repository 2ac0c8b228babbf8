// Word lists and sentence templates of the benchmark's generated posts. Every sentence here was written for the
// benchmark (none comes from a real post or page): neutral practice news and health advice, plus the kinds of
// violations the rules look for (price cuts, self-praise, testimonials, unproven claims, patient identifiers),
// each template with varied slots so that the corpus does not repeat one string 10 000 times.
import type { Rng } from './prng.js';

export const NBSP = '\u00a0';
/** Narrow no-break space, the French typographers' choice before ! ? ; */
export const NNBSP = '\u202f';

const space = (r: Rng): string => (r.chance(0.7) ? NNBSP : NBSP);
/** French typography: a no-break space before « ! ? ; », sometimes a plain one or none, as real drafts have. */
export const bang = (r: Rng): string => (r.chance(0.85) ? space(r) : r.chance(0.5) ? ' ' : '') + '!';
export const ask = (r: Rng): string => (r.chance(0.85) ? space(r) : '') + '?';
export const colon = (r: Rng): string => (r.chance(0.9) ? NBSP : ' ') + ':';
export const semi = (r: Rng): string => (r.chance(0.85) ? space(r) : ' ') + ';';
export const quote = (r: Rng, text: string): string => (r.chance(0.85) ? `«${NBSP}${text}${NBSP}»` : `« ${text} »`);
const apos = (r: Rng): string => (r.chance(0.8) ? '’' : "'");

export const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
export const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
export const CITIES = ['Rennes', 'Tours', 'Pau', 'Colmar', 'Annecy', 'Niort', 'Valence', 'Quimper', 'Albi', 'Laval', 'Vichy', 'Dole', 'Saintes', 'Auxerre', 'Millau', 'Lannion'];
export const SURNAMES = ['Martin', 'Bernard', 'Dubois', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Laurent', 'Lefebvre', 'Mercier', 'Girard', 'Fournier', 'Bonnet', 'Lambert', 'Rousseau', 'Blanc', 'Guerin', 'Muller', 'Henry', 'Roussel', 'Perrin', 'Morin', 'Mathieu', 'Clement'];
export const GIVEN = ['Camille', 'Léa', 'Hugo', 'Louis', 'Chloé', 'Manon', 'Lucas', 'Inès', 'Jules', 'Emma', 'Nathan', 'Sarah', 'Théo', 'Jeanne', 'Paul', 'Alice', 'Gabriel', 'Zoé', 'Arthur', 'Lina'];
const PROFESSIONS = ['médecin généraliste', 'kinésithérapeute', 'chirurgienne-dentiste', 'sage-femme', 'infirmière', 'orthophoniste', 'pédiatre', 'dermatologue', 'podologue', 'orthoptiste'];
const TOPICS = ['la vaccination contre la grippe', 'le sommeil des enfants', 'les douleurs lombaires', 'l’hydratation en période de canicule', 'le brossage des dents', 'la prévention des chutes', 'l’allaitement', 'le suivi du diabète', 'la tension artérielle', 'les allergies au pollen', 'la rééducation du genou', 'les écrans et la vue', 'le dépistage du cancer colorectal', 'la marche après soixante ans'];
const ACTS = ['le détartrage', 'le bilan postural', 'la séance de drainage', 'le blanchiment', 'le bilan auditif', 'la consultation diététique', 'la séance d’ostéopathie', 'l’épilation laser', 'le soin du visage', 'le bilan sommeil'];
const CONDITIONS = ['l’arthrose', 'la migraine', 'le mal de dos', 'l’eczéma', 'l’insomnie', 'les acouphènes', 'la fibromyalgie', 'les allergies', 'le psoriasis', 'la fatigue chronique'];
const METHODS = ['la cure de plantes', 'notre programme de jeûne', 'l’aimantothérapie', 'la cure détox', 'notre méthode brevetée', 'les huiles essentielles'];
const ORGS = ['La Haute Autorité de santé', 'Santé publique France', 'L’Assurance maladie', 'Le ministère de la Santé'];
const RECOMMENDATIONS = ['un rappel du vaccin contre le tétanos tous les vingt ans chez l’adulte', 'trente minutes d’activité physique modérée par jour', 'de limiter les écrans avant le coucher', 'un dépistage tous les deux ans entre cinquante et soixante-quatorze ans', 'de ne pas exposer les nourrissons au soleil'];
const FACTS = ['que le brossage des dents doit durer deux minutes', 'qu’une nuit de sommeil dure en moyenne sept à neuf heures chez l’adulte', 'que le lavage des mains reste le premier geste contre les virus de l’hiver', 'que les chutes sont la première cause d’accident domestique après soixante-cinq ans', 'qu’un enfant de six ans a besoin de dix à onze heures de sommeil', 'que la fièvre est une réaction normale de défense de l’organisme'];
const PLACES = ['rue des Tilleuls', 'place du Marché', 'avenue de la Gare', 'rue Pasteur', 'allée des Érables', 'boulevard Carnot'];
const THEMES = ['Bouger plus, chaque jour', 'Un sourire en bonne santé', 'Dormir mieux', 'L’été sans coup de chaud', 'Prévenir plutôt que guérir'];

export const TITLES = ['Fermeture estivale', 'Vaccination contre la grippe', 'Conseils pour l’été', 'Nouveaux horaires', 'Prévention des chutes', 'Bienvenue à notre nouvelle collègue', 'Le sommeil de l’enfant', 'Mal de dos : les bons réflexes', 'Rentrée au cabinet', 'Journée de dépistage', 'Infos pratiques', 'Téléconsultation', 'Travaux au cabinet', 'Bien vivre l’hiver'];
export const LIST_ITEMS = ['Apportez votre carte Vitale', 'Arrivez cinq minutes en avance', 'Portez une tenue confortable', 'Notez vos questions à l’avance', 'Buvez de l’eau régulièrement', 'Évitez les efforts aux heures chaudes', 'Aérez votre logement matin et soir', 'Gardez votre ordonnance sur vous', 'Prévenez-nous en cas d’empêchement', 'Pensez aux rappels de vaccins', 'Marchez un peu chaque jour', 'Limitez le sucre le soir'];
export const HASHTAGS = ['#prévention', '#santé', '#kiné', '#grippe', '#vaccination', '#sommeil', '#ÉtéEnForme', '#dentiste', '#rentrée', '#SantéPublique', '#cabinet', '#conseil', '#pédiatrie', '#bienêtre'];
export const EMOJI = ['💉', '🦷', '☀️', '🩺', '💧', '😴', '🏃‍♀️', '👶', '✅', '📅', '🙂', '👩‍⚕️', '❄️', '🍎'];
export const LINK_TEXTS = ['la fiche pratique', 'le site de l’Assurance maladie', 'notre page de rendez-vous', 'le calendrier des vaccinations', 'ce dépliant', 'les recommandations officielles'];
export const SLUGS = ['conseils-ete', 'vaccins-2024', 'sommeil-enfant', 'dos', 'horaires', 'rendez-vous', 'fiche-chutes', 'grippe', 'hydratation', 'depistage'];

const day = (r: Rng): number => r.int(1, 28);
const month = (r: Rng): string => r.pick(MONTHS);
const closing = (r: Rng): string => {
  const first = r.int(1, 20);
  return `du ${first === 1 ? '1er' : first} au ${first + r.int(3, 8)}`;
};
const two = (r: Rng): string => String(r.int(0, 99)).padStart(2, '0');

/** Neutral sentences: practice news and general advice, no violation intended. */
export const CLEAN: ((r: Rng) => string)[] = [
  (r) => `Le cabinet sera fermé ${closing(r)} ${month(r)}${semi(r)} en cas d${apos(r)}urgence, appelez le 15.`,
  (r) => `À partir du ${day(r)} ${month(r)}, les consultations du ${r.pick(WEEKDAYS)} commencent à ${r.int(7, 10)} h ${r.pick(['', '30'])}.`.replace(' h .', ' h.'),
  (r) => `Nous accueillons une nouvelle ${r.pick(PROFESSIONS)} qui consultera le ${r.pick(WEEKDAYS)} et le ${r.pick(WEEKDAYS)}.`,
  (r) => `La salle d${apos(r)}attente est accessible en fauteuil roulant par l${apos(r)}entrée de la ${r.pick(PLACES)}.`,
  (r) => `Les rendez-vous se prennent en ligne ou au secrétariat, du lundi au ${r.pick(['vendredi', 'samedi'])}.`,
  (r) => `Rappel${colon(r)} la carte Vitale et l${apos(r)}ordonnance sont à apporter à chaque séance.`,
  (r) => `Saviez-vous ${r.pick(FACTS)}${ask(r)}`,
  (r) => `Cette semaine, une fiche pratique sur ${r.pick(TOPICS)} est disponible à l${apos(r)}accueil.`,
  (r) => `${r.pick(ORGS)} recommande ${r.pick(RECOMMENDATIONS)}.`,
  (r) => `Merci de prévenir au moins ${r.pick(['24', '48'])} heures à l${apos(r)}avance en cas d${apos(r)}empêchement.`,
  (r) => `Nous serons présents au forum santé de ${r.pick(CITIES)} le ${day(r)} ${month(r)}, venez poser vos questions sur ${r.pick(TOPICS)}.`,
  (r) => `Le parking est fermé pour travaux jusqu${apos(r)}au ${day(r)} ${month(r)}${semi(r)} des places restent libres ${r.pick(['place du Marché', 'derrière la mairie', 'avenue de la Gare'])}.`,
  (r) => `La téléconsultation reste possible pour un renouvellement d${apos(r)}ordonnance, sur rendez-vous.`,
  (r) => `Vous avez une question sur ${r.pick(TOPICS)}${ask(r)} Parlez-en lors de votre prochaine consultation.`,
  (r) => `${r.pick(['Bonne rentrée à toutes et à tous', 'Belles fêtes de fin d’année', 'Bel été à tous', 'Bonne semaine'])}${bang(r)}`,
  (r) => `Le thème de la journée de prévention cette année${colon(r)} ${quote(r, r.pick(THEMES))}.`,
  (r) => `En cas de fièvre chez un nourrisson de moins de trois mois, appelez votre médecin ou le 15.`,
  (r) => `Les séances de rééducation durent en général ${r.pick(['trente', 'quarante-cinq'])} minutes${semi(r)} pensez à apporter une serviette.`,
  (r) => `Nos horaires d${apos(r)}été s${apos(r)}appliquent jusqu${apos(r)}au ${day(r)} septembre, le secrétariat ferme à ${r.int(16, 18)} h.`,
  (r) => `Le règlement par carte bancaire est désormais possible au secrétariat.`,
  (r) => `Pendant les fortes chaleurs, buvez régulièrement sans attendre d${apos(r)}avoir soif et fermez les volets en journée.`,
  (r) => `Une exposition sur ${r.pick(TOPICS)} se tient dans le hall de la maison de santé de ${r.pick(CITIES)} jusqu${apos(r)}au ${day(r)} ${month(r)}.`,
  (r) => `Le dépistage est gratuit pour les personnes concernées${colon(r)} renseignez-vous auprès de votre ${r.pick(PROFESSIONS)}.`,
  (r) => `Pour les enfants, la consultation a lieu le ${r.pick(WEEKDAYS)} matin, en présence d${apos(r)}un parent.`,
];

/** The violation kinds, each with its own templates: the share of posts carrying them is set by the generator. */
export const VIOLATIONS: Record<string, ((r: Rng) => string)[]> = {
  price: [
    (r) => `Ce mois-ci, ${r.int(2, 10) * 5} % de réduction sur ${r.pick(ACTS)} pour toute première visite${bang(r)}`,
    (r) => `Offre de rentrée${colon(r)} ${r.pick(ACTS)} offert pour ${r.int(3, 6)} séances achetées.`,
    (r) => `Avec le code ${r.pick(['SOURIRE', 'ETE', 'BIENVENUE', 'RENTREE'])}${r.int(10, 30)}, profitez de ${r.int(1, 6) * 5} € de remise sur ${r.pick(ACTS)}.`,
    (r) => `Forfait ${r.int(3, 10)} séances à ${r.int(9, 20) * 10} € au lieu de ${r.int(21, 30) * 10} €, jusqu${apos(r)}au ${day(r)} ${month(r)}.`,
  ],
  superlative: [
    (r) => `Notre cabinet est le meilleur de ${r.pick(CITIES)} pour ${r.pick(ACTS)}.`,
    (r) => `Une équipe d${apos(r)}exception, à la pointe des techniques les plus modernes${bang(r)}`,
    (r) => `Le n° 1 de ${r.pick(ACTS).replace(/^(le |la |l’)/u, '')} dans toute la région de ${r.pick(CITIES)}.`,
    (r) => `Des soins haut de gamme et une expertise incomparable, au cœur de ${r.pick(CITIES)}.`,
  ],
  testimonial: [
    (r) => `${quote(r, `Je n${apos(r)}ai plus mal au dos depuis mes séances, merci à toute l${apos(r)}équipe`)} — ${r.pick(GIVEN)}`,
    (r) => `Encore merci à ${r.pick(GIVEN)} pour son avis cinq étoiles ⭐⭐⭐⭐⭐`,
    (r) => `${r.int(90, 99)} % de nos patients se disent satisfaits ou très satisfaits de leur prise en charge.`,
    (r) => `Une patiente nous écrit${colon(r)} ${quote(r, `grâce à vous j${apos(r)}ai enfin retrouvé le sommeil`)}.`,
  ],
  claim: [
    (r) => `Guérison garantie en ${r.int(2, 6)} séances, sans aucun risque.`,
    (r) => `Résultats garantis dès la première séance${bang(r)}`,
    (r) => `Notre protocole fait disparaître ${r.pick(CONDITIONS)} définitivement.`,
    (r) => `Un remède miracle contre ${r.pick(CONDITIONS)}, 100 % naturel.`,
    (r) => `Plus besoin de votre traitement${colon(r)} ${r.pick(METHODS)} suffit.`,
  ],
  identifier: [
    (r) => `Bon rétablissement à ${r.pick(GIVEN)} ${r.pick(SURNAMES)}, opéré de la hanche ${r.pick(['hier', 'lundi', 'la semaine dernière'])}${bang(r)}`,
    (r) => `Mme ${r.pick(SURNAMES)}, ${r.int(30, 90)} ans, peut rappeler le secrétariat au 06 ${two(r)} ${two(r)} ${two(r)} ${two(r)}.`,
    (r) => `Dossier de M. ${r.pick(SURNAMES)}, NIR ${r.int(1, 2)} ${two(r)} ${String(r.int(1, 12)).padStart(2, '0')} ${two(r)} ${String(r.int(1, 999)).padStart(3, '0')} ${String(r.int(1, 999)).padStart(3, '0')} ${two(r)}.`,
    (r) => `Les résultats de ${r.pick(GIVEN)} ${r.pick(SURNAMES)} (date de naissance${colon(r)} ${String(day(r)).padStart(2, '0')}/${String(r.int(1, 12)).padStart(2, '0')}/${r.int(1940, 2015)}) sont arrivés.`,
  ],
};
export const VIOLATION_KINDS = Object.keys(VIOLATIONS);
