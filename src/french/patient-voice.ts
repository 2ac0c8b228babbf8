// A patient speaking of the care they received, in the first person: « il me suit depuis », « m'a opérée »,
// « j'ai fait ma liposuccion », « je reviendrai », « mon chirurgien ». A practitioner speaks of « mes patients » and
// « mon cabinet », never of being operated on or followed: these markers tell a patient's account (a testimonial,
// a letter, a story) from the practice's own voice. Folded text (lowercase, no accents, ' for apostrophes).
import { termsRegex } from './lexicon.js';

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
  // a letter to the practice
  'cher docteur', 'chere docteure', 'chere equipe', 'cher dr', 'par ces quelques mots', 'je tenais a vous', 'je tenais a remercier',
  'merci d\'avoir', 'vous m\'avez', 'du fond du coeur', 'remercierai jamais assez',
  // my carers, my care
  'mon chirurgien', 'ma chirurgienne', 'mon medecin', 'mon dentiste', 'ma dentiste', 'mon kine', 'ma kine', 'mon osteo*',
  'ma sage-femme', 'mon operation', 'ma liposuccion', 'ma rhinoplastie', 'mon lifting', 'mon traitement', 'ma reeducation',
  'mon accouchement', 'ma perfusion', 'mes perfusions', 'mes seances', 'ma polyarthrite', 'mon cancer', 'ma maladie',
  'mes douleurs', 'mon implant', 'mes implants', 'ma prothese', 'ma greffe', 'mon intervention', 'mon hospitalisation',
  'mon suivi', 'ma chimio*', 'mes soins',
];

const PATIENT_VOICE = termsRegex(patientVoiceTerms);

/** Distinct patient-voice markers in a folded text, with their folded offsets. */
export function patientVoice(folded: string): { start: number; end: number; text: string }[] {
  const seen = new Set<string>();
  const out: { start: number; end: number; text: string }[] = [];
  PATIENT_VOICE.lastIndex = 0;
  for (const m of folded.matchAll(PATIENT_VOICE)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
