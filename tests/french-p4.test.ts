// Identifiers and person names in French prose (src/french/identifiers.ts, src/french/persons.ts).
import { describe, expect, it } from 'vitest';
import {
  findEmails, findNirs, findPhones, maskAddress, maskEmail, maskName, maskNir, maskNumber, maskPhone, nirKeyIsValid, phoneDigits,
} from '../src/french/identifiers.js';
import { analyze } from '../src/french/analysis.js';
import { sentenceIndex } from '../src/french/sentences.js';
import { findPersonMentions, handleNamesPerson, hashtagNamesPerson, maskTag, nameTokens, startsSentence, type PersonLists } from '../src/french/persons.js';

describe('NIR', () => {
  it('checks the key (97 − number mod 97), Corsica 2A → 19 and 2B → 18', () => {
    expect(nirKeyIsValid('185077512345608')).toBe(true);
    expect(nirKeyIsValid('269029935004220')).toBe(true);
    expect(nirKeyIsValid('18412' + '2A' + '00412323')).toBe(true);
    expect(nirKeyIsValid('255081416802538')).toBe(true);
    expect(nirKeyIsValid('255081416802539')).toBe(false);
    expect(nirKeyIsValid('355081416802538')).toBe(false); // sex digit 3 does not exist
  });

  it('finds NIRs written with spaces, no-break spaces, dots, dashes or nothing, not longer digit runs', () => {
    const found = findNirs('NIR 1 85 07 75 123 456 08 ; 2.69.02.99.350.042.20 ; 1\u00a084\u00a012\u00a02A\u00a0004\u00a0123\u00a023 ; 255081416802539');
    expect(found.map((n) => [n.compact, n.validKey])).toEqual([
      ['185077512345608', true], ['269029935004220', true], ['184122A00412323', true], ['255081416802539', false],
    ]);
    expect(findNirs('commande 1850775123456081')).toEqual([]);
    expect(findNirs('SIRET 123 456 789 00012')).toEqual([]);
  });
});

describe('phones and e-mails', () => {
  it('finds French phone numbers in national and international form', () => {
    const text = 'Appelez le 06 39 98 12 34, le 06.39.98.12.34, le +33 6 39 98 12 34, le 0033 (0)6 39 98 12 34 ou le 0639981234.';
    expect(findPhones(text).map((p) => p.digits)).toEqual(Array(5).fill('0639981234'));
    expect(findPhones('RPPS 10001234567, le 15, le 3114')).toEqual([]);
    expect(phoneDigits('+33 2 99 00 12 34')).toBe('0299001234');
  });

  it('finds e-mail addresses but not @mentions', () => {
    expect(findEmails('Écrivez à paul.durand@exemple.fr ou suivez @paul.durand').map((e) => e.raw)).toEqual(['paul.durand@exemple.fr']);
  });
});

describe('masks', () => {
  it('never shows more than the kind of identifier', () => {
    expect(maskPhone('06 39 98 12 78')).toBe('06 •• •• •• 78');
    expect(maskPhone('+33 6 39 98 12 78')).toBe('+33 6 •• •• •• 78');
    expect(maskNir('2 61 07 29 238 045 16')).toBe('2 •• •• •• ••• ••• 16');
    expect(maskEmail('paul.durand@exemple.fr')).toBe('p•••@exemple.fr');
    expect(maskName('Lefèvre')).toBe('L•••');
    expect(maskName('Nathalie Le Gall')).toBe('N••• L••• G•••');
    expect(maskNumber('2024-0457')).toBe('••••-••57');
    expect(maskAddress('12 rue des Lilas, 35000 Rennes')).toBe('•• rue des L•••, ••••• R•••');
    expect(maskTag('#TeamKevin', new Map([['kevin', 'm']]))).toBe('#TeamK•••');
    expect(maskTag('@julie.martin35', new Map())).toBe('@j•••');
  });
});

const lists: PersonLists = {
  firstNames: new Map([['julie', 'f'], ['sophie', 'f'], ['ines', 'f'], ['kevin', 'm'], ['leo', 'm']]),
  notNames: new Set(['merci', 'dr', 'vitamine', 'covid', 'le', 'les', 'du']),
  titles: new Set(['ministre', 'maire', 'directrice']),
};
const mentions = (text: string) => findPersonMentions(text, lists).map((m) => [m.kind, text.slice(m.start, m.end), m.masked]);

describe('person mentions', () => {
  it('reads civility + name with particles, upper case and initials', () => {
    expect(mentions('Merci à Mme Nathalie Le Gall et à M. D., 52 ans.')).toEqual([
      ['civility', 'Mme Nathalie Le Gall', 'Mme N••• L••• G•••'],
      ['initials', 'M. D.', 'M. •.'],
    ]);
    expect(mentions('MME LEFEVRE et madame Le Du')).toEqual([['civility', 'MME LEFEVRE', 'MME L•••'], ['civility', 'madame Le Du', 'madame L••• D•••']]);
  });

  it('leaves titles, practitioners and metres alone', () => {
    expect(mentions('Mme la Ministre et M. le Maire, Madame La Directrice')).toEqual([]);
    expect(mentions('Le Dr Sophie Martin et le Pr M. Durand')).toEqual([]);
    expect(mentions('Une pièce de 3 m. Dupont')).toEqual([]);
    expect(mentions('Mme X., 45 ans, et M. Y.')).toEqual([]);
  });

  it('reads « ma patiente Julie », « la petite Inès », first name + age, first name + initial', () => {
    expect(mentions('Ma patiente Julie va mieux.')).toEqual([['designated', 'patiente Julie', 'patiente J•••']]);
    expect(mentions('La petite Inès, 4 ans.')).toEqual([['designated', 'petite Inès', 'petite I•••'], ['age', 'Inès, 4 ans', 'I•••, 4 ans']]);
    expect(mentions('Sur la photo : Sophie M., de Rennes.')).toEqual([['initial', 'Sophie M.', 'S••• •.']]);
    expect(mentions('Selon Martin J. et al. (2021)')).toEqual([]);
    expect(mentions('J. D., 34 ans, et la patiente A. L.')).toEqual([['initials', 'J. D., 34 ans', '•. •., 34 ans'], ['initials', 'A. L.', '•. •.']]);
    expect(mentions('N.B. : fermé. P.S. : merci.')).toEqual([]);
    expect(mentions('La Petite Enfance, à Brest, 35 ans après')).toEqual([]);
  });

  it('takes capitals as names inside a sentence, and at its start only for known first names', () => {
    const tokens = (text: string) => nameTokens(text, lists).map((t) => t.word);
    expect(tokens('Julie et Kevin ont rencontré Gwendal hier. Bravo Gwendal !')).toEqual(['Julie', 'Kevin', 'Gwendal', 'Gwendal']);
    expect(tokens('Gwendal est venu.')).toEqual([]);
    expect(tokens('Covid : Vitamine D. Pensez-y.')).toEqual([]);
    expect(tokens('Le Dr Sophie Martin reçoit.')).toEqual([]);
    expect(tokens('Conseils Pour Bien Dormir Cet Hiver')).toEqual([]);
    // in capitals: only known first names among words in capitals, not an acronym or a word of a sentence in lowercase
    expect(tokens('BRAVO À NOTRE PATIENTE JULIE, 34 ANS')).toEqual(['JULIE']);
    expect(tokens('BRAVO À NOTRE ÉQUIPE DU CABINET')).toEqual([]);
    expect(tokens('CABINET DU DR JULIE LEFÈVRE, 3 RUE DES ÉCOLES')).toEqual([]);
    expect(tokens('la consultation de JULIE est annulée')).toEqual([]);
    expect(startsSentence('« Merci ! » — Claire', 15)).toBe(false);
    const withHeads = { ...lists, heads: new Set(['rue', 'lycee', 'syndrome']) };
    expect(nameTokens('Rue Jean Jaurès, le lycée Victor Hugo, le syndrome de Gilles de la Tourette, et Julie.', withHeads).map((t) => t.word)).toEqual(['Julie']);
  });

  it('tells person handles and support hashtags from practice accounts', () => {
    expect(handleNamesPerson('julie.martin35', lists.firstNames, ['cabinet', 'kine'])).toBe(true);
    expect(handleNamesPerson('cabinet_kine_rennes', lists.firstNames, ['cabinet', 'kine'])).toBe(false);
    expect(hashtagNamesPerson('TeamKevin', lists.firstNames, ['team', 'forte'])).toBe(true);
    expect(hashtagNamesPerson('inesforte', lists.firstNames, ['team', 'forte'])).toBe(true);
    expect(hashtagNamesPerson('TeamKine', lists.firstNames, ['team', 'forte'])).toBe(false);
  });
});

describe('sentence index', () => {
  it('finds the sentence of an original position, initials and abbreviations inside', () => {
    const text = 'Merci à M. D. Durand ! Il remarche. Œdème résorbé.';
    const index = sentenceIndex(analyze(text));
    expect(index.spans.length).toBe(3);
    expect(text.slice(index.at(12).start, index.at(12).end).trim()).toBe('Merci à M. D. Durand !');
    expect(index.indexOf(text.indexOf('remarche'))).toBe(1);
    expect(index.folded(0, 2).trim()).toBe('oedeme resorbe.');
    expect(index.folded(0, 3)).toBe('');
  });
});
