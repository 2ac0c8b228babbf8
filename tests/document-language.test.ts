import { describe, expect, it } from 'vitest';
import { LANGUAGE_MIN_LETTERS, parseDocument } from '../src/document/index.js';
import { languageSample } from '../src/document/language.js';

const language = (source: string, filePath = 'post.txt') => parseDocument(source, filePath).language;

const FRENCH_POSTS = [
  'Le cabinet sera fermé du 1er au 15 août.',
  'Cabinet fermé du 1er au 15 août ; en cas d’urgence, appelez le 15.',
  'Consultation : 30 €, secteur 1, tiers payant accepté.',
  'Le vaccin contre la grippe est pris en charge à 100 % pour les 65 ans et plus.',
  'Nouveaux horaires : lundi au vendredi 8h-19h, samedi matin sur rendez-vous. 🕗',
  'Pensez à bien vous hydrater pendant la canicule 🌞 #santé #prévention',
  'Le cabinet accueille une nouvelle collègue kinésithérapeute à partir de septembre ! 🎉',
  'Rappel : la campagne de vaccination contre la grippe commence le 15 octobre. 💉 #grippe',
  'Prise de rendez-vous en ligne sur Doctolib ou par téléphone au secrétariat. @doctolib',
  'Je serai absente la semaine prochaine, mon remplaçant assurera les consultations.',
  'Octobre rose : parlez du dépistage du cancer du sein avec votre médecin 🎀 #OctobreRose',
  'Les séances de rééducation périnéale reprennent dès lundi. #sagefemme',
  'Le dépistage du diabète est simple et rapide, parlez-en à votre pharmacien. 🩸',
  'Pas de consultation sans rendez-vous le mercredi après-midi.',
  'Merci de prévenir au moins 24 heures à l’avance en cas d’annulation. 🙏',
  'Mon cabinet est accessible aux personnes à mobilité réduite ♿',
  'Attention aux fausses informations sur les vaccins qui circulent sur les réseaux.',
  'Nous recrutons un infirmier ou une infirmière pour des soins à domicile. #recrutement',
  'Bonne année à tous mes patients ! 🎉 Santé et bonheur pour 2025 #bonneannée',
  'Le port du masque reste recommandé en salle d’attente. 😷',
  'Journée mondiale du cœur : 30 minutes de marche par jour, c’est déjà beaucoup ❤️',
  'La pharmacie de garde ce dimanche est la pharmacie du Centre, 12 rue Victor-Hugo.',
];

const OTHER_POSTS: Array<[string, string]> = [
  ['eng', 'The practice will be closed from August 1st to 15th; in case of emergency, call 911. ☀️'],
  ['eng', 'Flu vaccines are now available at the pharmacy, no appointment needed! #flu'],
  ['eng', 'Remember to stay hydrated during the heatwave and check on your elderly neighbours 🌞'],
  ['spa', 'La consulta estará cerrada del 1 al 15 de agosto; en caso de urgencia, llame al 112.'],
  ['spa', 'Recuerde beber mucha agua durante la ola de calor y evitar salir al mediodía. 🌞'],
  ['deu', 'Die Praxis bleibt vom 1. bis 15. August geschlossen. Im Notfall rufen Sie bitte 112 an.'],
  ['deu', 'Denken Sie daran, sich gegen die Grippe impfen zu lassen. Termine gibt es online. 💉'],
  ['ita', 'Lo studio sarà chiuso dal 1 al 15 agosto; in caso di urgenza chiamare il 118.'],
  ['ita', 'Ricordatevi di bere molta acqua durante l’ondata di caldo e di restare all’ombra. 🌞'],
];

describe('language', () => {
  it('calls the Sardinian trap sentence French', () => {
    expect(language('Le cabinet sera fermé du 1er au 15 août.')).toMatchObject({ code: 'fra', confident: true });
  });

  it.each(FRENCH_POSTS)('French: %s', (post) => {
    expect(language(post)).toMatchObject({ code: 'fra', confident: true });
    expect(language(post, 'post.md')).toMatchObject({ code: 'fra', confident: true });
  });

  it.each(OTHER_POSTS)('%s: %s', (code, post) => {
    expect(language(post)).toMatchObject({ code, confident: true });
  });

  it('is undetermined under the minimum number of letters', () => {
    expect(LANGUAGE_MIN_LETTERS).toBe(20);
    expect(language('Fermé lundi.')).toEqual({ code: 'und', confident: false, sampleLength: 10 });
    expect(language('#vaccination #grippe #santé @cabinet 😀😀😀 2024 2025 0612345678')).toMatchObject({
      code: 'und',
      confident: false,
      sampleLength: 0,
    });
  });

  it('is undetermined for a post that is only an image, code or a link', () => {
    expect(language('![](photo-avant-apres.jpg)', 'post.md')).toEqual({ code: 'und', confident: false, sampleLength: 0 });
    expect(language('```\ndu code qui ressemble à du français\n```', 'post.md').code).toBe('und');
    expect(language('https://www.ameli.fr/assure/remboursements/rembourse/vaccins')).toMatchObject({ code: 'und' });
  });

  it('reads alt text and link text, not URLs, code, hashtags, mentions, emoji or digits', () => {
    const document = parseDocument(
      '# Horaires 😀\n\nVoir [le site](https://example.org) `code` #tag @nom 2024 ![photo du cabinet](a.png)',
      'post.md',
    );
    expect(languageSample(document.segments)).toBe('Horaires Voir le site photo du cabinet');
    expect(document.language.sampleLength).toBe('HorairesVoirlesitephotoducabinet'.length);
  });

  it('keeps French for a mostly French post with English brand words', () => {
    expect(language('Venez découvrir notre nouvel espace bien-être, avec le Wi-Fi et un coffee corner pour patienter.'))
      .toMatchObject({ code: 'fra', confident: true });
  });
});
