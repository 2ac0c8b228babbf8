// The French text engine: folding keeps offsets, terms match French as it is written, cues read scope.
import { describe, expect, it } from 'vitest';
import {
  adjective, analyze, expandBrackets, fold, hasSource, isHedged, isNegated, isQuoted, isWarningContext, Lexicon,
  noun, parseFrenchNumber, PERCENT, PRICE, splitSentences, verb,
} from '../src/french/index.js';

const find = (terms: string[], text: string) => new Lexicon([{ id: 't', terms }]).find(analyze(text)).map((h) => h.text);
const negated = (terms: string[], text: string) => {
  const a = analyze(text);
  const [hit] = new Lexicon([{ id: 't', terms }]).find(a);
  if (!hit) throw new Error(`no hit in ${text}`);
  return isNegated(a, hit.fStart, hit.fEnd, { sansNegates: !/^sans/iu.test(hit.text) });
};

describe('fold', () => {
  it('lowercases, strips accents, unifies apostrophes, spaces and dashes', () => {
    expect(fold('Révolutionnaire’s\u00a0É –30\u202f%').text).toBe("revolutionnaire's e -30 %");
  });
  it('maps every folded character back to its original index', () => {
    const text = 'Cœur ÉLU l’offre 😍 né(e) patient·e·s';
    const f = fold(text);
    expect(f.text).toBe("coeur elu l'offre 😍 nee patientes");
    expect(f.map).toHaveLength(f.text.length + 1);
    for (let i = 0; i < f.text.length; i++) {
      const o = text[f.map[i]];
      expect(fold(o).text.includes(f.text[i]) || o === f.text[i] || /[\ud800-\udfff]/u.test(o), `${i} ${f.text[i]} ${o}`).toBe(true);
    }
  });
  it('spells out typographic ligatures copied from a PDF, each letter mapped to the ligature', () => {
    const f = fold('Eﬃcace, ﬁable et ﬂexible');
    expect(f.text).toBe('efficace, fiable et flexible');
    expect([f.map[1], f.map[2], f.map[3], f.map[4]]).toEqual([1, 1, 1, 2]);
  });
  it('drops variation selectors so ⭐ and ⭐️ match alike', () => {
    expect(fold('⭐️').text).toBe(fold('⭐').text);
  });
  it('folds long texts whole: output past its chunk size, a map longer than the text (œ → oe)', () => {
    const ligatures = fold('Œ'.repeat(5000));
    expect(ligatures.text).toBe('oe'.repeat(5000));
    expect(ligatures.map).toHaveLength(10001);
    expect([ligatures.map[0], ligatures.map[1], ligatures.map[9998], ligatures.map[9999], ligatures.map[10000]]).toEqual([0, 0, 4999, 4999, 5000]);
    const line = 'Le Dr Émile a dit : « 100\u00a0% garanti » (né(e)s, patient·e·s) ⭐️ ok\r\n';
    const long = fold(line.repeat(400));
    expect(long.text).toBe(fold(line).text.repeat(400));
    const one = fold(line);
    expect(long.map[one.text.length * 399 + 5]).toBe(line.length * 399 + one.map[5]);
  });
  it('handles decomposed accents (NFD input)', () => {
    expect(fold('garantie\u0301'.normalize('NFD')).text).toBe('garantie');
    expect(fold('ge\u0301ne\u0301ral').text).toBe('general');
  });
});

describe('inflections', () => {
  it('generates gender and number', () => {
    expect(adjective('garanti').sort()).toEqual(['garanti', 'garantie', 'garanties', 'garantis']);
    expect(adjective('exceptionnel')).toContain('exceptionnelles');
    expect(adjective('exclusif')).toContain('exclusive');
    expect(adjective('miraculeux')).toContain('miraculeuse');
    expect(adjective('premier')).toContain('première');
    expect(noun('cadeau')).toEqual(['cadeau', 'cadeaux']);
    expect(noun('hôpital')).toEqual(['hôpital', 'hôpitaux']);
  });
  it('generates verb forms of regular verbs', () => {
    expect(verb('guérir')).toEqual(expect.arrayContaining(['guérit', 'guérissent', 'guéri', 'guéries', 'guérira']));
    expect(verb('garantir')).toEqual(expect.arrayContaining(['garantit', 'garantissons', 'garantissent']));
    expect(verb('booster')).toEqual(expect.arrayContaining(['booste', 'boostent', 'boosté', 'boostez']));
    expect(() => verb('faire')).toThrow(/régulier|regular/u);
  });
  it('expands the (e)(s) notation', () => {
    expect(expandBrackets('garanti(e)(s)').sort()).toEqual(['garanti', 'garanties', 'garantis', 'garantie'].sort());
  });
});

describe('term matching', () => {
  it('ignores accents and case, both ways', () => {
    expect(find(['révolutionnaire'], 'Une technique REVOLUTIONNAIRE')).toEqual(['REVOLUTIONNAIRE']);
    expect(find(['revolutionnaire'], 'une technique révolutionnaire')).toEqual(['révolutionnaire']);
  });
  it('matches after elisions with either apostrophe', () => {
    expect(find(['offre'], 'l’offre et l\'offre')).toEqual(['offre', 'offre']);
    expect(find(["d'exception"], 'un cabinet d’exception')).toEqual(['d’exception']);
  });
  it('respects Unicode word boundaries (no \\b on accented letters)', () => {
    expect(find(['top'], 'stop au tabac, un accueil top')).toEqual(['top']);
    expect(find(['été'], 'la santé cet été')).toEqual(['été']);
  });
  it('lets spaces, hyphens and slashes vary', () => {
    expect(find(['avant-après'], 'avant/après, avant - après, avant-après, avantaprès')).toHaveLength(4);
    expect(find(['n° 1'], 'le n°1, le nº 1 et le N° 1')).toHaveLength(3);
    expect(find(['100 %'], '100%, 100 % et 100\u202f%')).toHaveLength(3);
  });
  it('finds multi-word terms inside concatenated hashtags', () => {
    expect(find(['black friday', 'avant après'], '#BlackFriday #avantapresbeaute')).toEqual(['BlackFriday', 'avantapres']);
  });
  it('maps matches to exact original offsets, emoji included', () => {
    const text = '😍😍 Résultats GARANTIS !';
    const [hit] = new Lexicon([{ id: 'g', terms: ['garanti(e)(s)'] }]).find(analyze(text));
    expect(text.slice(hit.start, hit.end)).toBe('GARANTIS');
  });
});

describe('term matching through the first-word index', () => {
  it('finds a hyphenated term written glued, spaced or hyphenated', () => {
    expect(find(['anti-âge'], 'Soin antiâge, soin anti âge, soin anti-âge.')).toEqual(['antiâge', 'anti âge', 'anti-âge']);
  });
  it('finds a term whose first word is a prefix, and not inside a longer word', () => {
    expect(find(['réserv* vite'], 'Réservez vite ! Préréservez vite.')).toEqual(['Réservez vite']);
  });
  it('finds terms starting with a symbol, a number or a hashtag by scanning', () => {
    expect(find(['{n} % de remise', '#pub', '🎁'], 'Avec 20 % de remise 🎁 #Pub')).toEqual(['20 % de remise', '🎁', '#Pub']);
  });
  it('keeps the matches of one entry apart, the longest first at a place', () => {
    expect(find(['prix', 'prix cassé', 'cassé'], 'Des prix cassés ? Prix cassé, cassé.')).toEqual(['prix', 'Prix cassé', 'cassé']);
  });
});

describe('negation scope', () => {
  it('reads ne … pas around the match', () => {
    expect(negated([...verb('guérir')], 'Ce traitement ne guérit pas l’arthrose.')).toBe(true);
    expect(negated([...verb('guérir')], 'Ce traitement guérit l’arthrose.')).toBe(false);
    expect(negated(['sans risque'], 'Il n’est pas sans risque.')).toBe(true);
    expect(negated(['sans risque'], 'Aucun acte médical n’est sans risque : parlons-en.')).toBe(true);
    expect(negated(['miracle'], 'Il n’existe pas de remède miracle.')).toBe(true);
    expect(negated(['sponsorisé'], 'Ce post n’est pas sponsorisé.')).toBe(true);
  });
  it('stops at clause boundaries and "mais"', () => {
    expect(negated(['garanti'], 'Vous n’aurez plus de caries, c’est garanti.')).toBe(false);
    expect(negated(['soulage'], 'Il ne guérit pas, mais il soulage.')).toBe(false);
  });
  it('treats "ne … que" as restriction, not negation', () => {
    expect(negated(['efficace'], 'Il n’est efficace que le soir.')).toBe(false);
  });
});

describe('cues', () => {
  it('finds sources: bodies, author-year, DOI, links', () => {
    const s = (t: string, links: { kind: 'link'; url: string; start: number; end: number }[] = []) => hasSource(analyze(t), 0, links);
    expect(s('La vaccination réduit le risque (Santé publique France, 2024).')).toBe(true);
    expect(s('Selon la HAS, ce vaccin est efficace.')).toBe(true);
    expect(s('Efficace (Martin et al., 2022).')).toBe(true);
    expect(s('Voir 10.1002/14651858.CD012345.')).toBe(true);
    expect(s('Voir le lien', [{ kind: 'link', url: 'https://www.has-sante.fr/x', start: 0, end: 1 }])).toBe(true);
    expect(s('Une étude a montré que ça marche.')).toBe(false);
    expect(s('Voir le lien', [{ kind: 'link', url: 'https://marque-x.example.com', start: 0, end: 1 }])).toBe(false);
  });
  it('finds hedges', () => {
    expect(isHedged(analyze('Ce soin peut soulager la douleur.'), 0)).toBe(true);
    expect(isHedged(analyze('Ce soin soulage la douleur.'), 0)).toBe(false);
  });
  it('knows quotations and warnings', () => {
    const a = analyze('Méfiez-vous des produits « miracle » vendus en ligne.');
    const i = a.folded.text.indexOf('miracle');
    expect(isQuoted(a, i, i + 7)).toBe(true);
    expect(isWarningContext(a, i)).toBe(true);
    expect(isQuoted(analyze('Un produit miracle.'), 11, 18)).toBe(false);
  });
});

describe('sentences', () => {
  it('does not split after abbreviations and initials', () => {
    const text = fold('Le Dr. Martin reçoit M. D. ce matin. Mme Petit aussi ! Et p. ex. ceci').text;
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end).trim());
    expect(parts).toEqual(['le dr. martin recoit m. d. ce matin.', 'mme petit aussi !', 'et p. ex. ceci']);
  });
  it('ends a sentence after an imperative and its pronoun, not after an initial', () => {
    const text = fold('Pensez-y. Le cabinet rouvre lundi. Allez-y ! Sophie M. arrive.').text;
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end).trim());
    expect(parts).toEqual(['pensez-y.', 'le cabinet rouvre lundi.', 'allez-y !', 'sophie m. arrive.']);
  });
  it('splits on line breaks', () => {
    expect(splitSentences('un\ndeux')).toHaveLength(2);
  });
});

describe('numbers', () => {
  it('reads French percentages and prices', () => {
    const pct = (t: string) => [...fold(t).text.matchAll(PERCENT)].map((m) => m[0]);
    expect(pct('-30 %, –15%, 20\u202f% et 30 pour cent')).toEqual(['-30 %', '-15%', '20 %', '30 pour cent']);
    const price = (t: string) => [...fold(t).text.matchAll(PRICE)].map((m) => m[0]);
    expect(price('35 €, 1 500 €, €399, 49 euros et 1.500,00 €')).toEqual(['35 €', '1 500 €', '€399', '49 euros', '1.500,00 €']);
    expect(parseFrenchNumber('1 500')).toBe(1500);
    expect(parseFrenchNumber('1.500,00')).toBe(1500);
    expect(parseFrenchNumber('4,9')).toBe(4.9);
  });
});
