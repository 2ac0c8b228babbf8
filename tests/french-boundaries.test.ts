// Sentence ends without punctuation (src/french/boundaries.ts), read the same way at a space and at a wrap.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/french/analysis.js';
import { clauseAt, isNegated } from '../src/french/cues.js';
import { isNeverAName, isSoftSentenceBreak } from '../src/french/boundaries.js';
import { nameTokens, startsSentence, type PersonLists } from '../src/french/persons.js';

/** The sentences of a text, as written, trimmed. */
const sentences = (text: string) => {
  const a = analyze(text);
  return a.sentences.map((s) => {
    const o = a.toOriginal(s.start, s.end);
    return text.slice(o.start, o.end).trim();
  });
};

describe('unpunctuated sentence ends', () => {
  it('a word that opens sentences, after a word a sentence may end on', () => {
    expect(sentences('Nouveau au cabinet Prenez rendez-vous en ligne')).toEqual(['Nouveau au cabinet', 'Prenez rendez-vous en ligne']);
    expect(sentences('Horaires d’été Le cabinet sera fermé')).toEqual(['Horaires d’été', 'Le cabinet sera fermé']);
    expect(sentences('Cabinet dentaire des Lices La pose est rapide')).toEqual(['Cabinet dentaire des Lices', 'La pose est rapide']);
    expect(sentences('Merci à vous N’hésitez pas')).toEqual(['Merci à vous', 'N’hésitez pas']);
    expect(sentences('à bientôt À demain')).toEqual(['à bientôt', 'À demain']);
  });

  it('not after a title, an article, a preposition or a conjunction, nor before a capital (a name, a Title)', () => {
    for (const text of [
      'le meilleur cabinet de la ville', 'Le Dr Martin vous reçoit', 'le Dr Le Gall vous reçoit', 'la famille Le Gall remercie',
      'hôpital Les Peupliers à Brest', 'Nos Conseils Pour Un Beau Sourire', 'Merci Julie pour ce message', 'Consultez Doctolib pour réserver',
      'chez Mme Le Roux', 'ni Nous ni personne', 'Ce post n’est pas sponsorisé : ce qui compte',
      // written in capitals: every word has one
      'UN SUIVI PLUS RAPIDE QU’À L’HÔPITAL.', 'RÉSERVEZ AU CABINET LA SEMAINE PROCHAINE',
    ]) {
      expect(sentences(text), text).toEqual([text]);
    }
  });

  it('an emoji before a capital goes with the sentence it opens; a bullet opens one', () => {
    expect(sentences('Dernière chance ⏳ Bilan auditif complet')).toEqual(['Dernière chance', '⏳ Bilan auditif complet']);
    expect(sentences('En partenariat avec @lea.beaute ✨ Elle vous montre')).toEqual(['En partenariat avec @lea.beaute', '✨ Elle vous montre']);
    expect(sentences('Détartrage ✅ Blanchiment • Bilan')).toEqual(['Détartrage', '✅ Blanchiment', '• Bilan']);
    expect(sentences('Offre 🎁 de la semaine')).toEqual(['Offre 🎁 de la semaine']);
    expect(sentences('Tarif - 30 % – même les soins')).toEqual(['Tarif - 30 % – même les soins']);
  });

  it('a quotation opening a sentence, with or without the space French typography puts after «', () => {
    expect(sentences('Nos photos du mois « Le résultat est naturel », résume la praticienne'))
      .toEqual(['Nos photos du mois', '« Le résultat est naturel », résume la praticienne']);
    expect(sentences('Nos photos du mois «Le résultat est naturel», résume la praticienne'))
      .toEqual(['Nos photos du mois', '«Le résultat est naturel», résume la praticienne']);
    expect(sentences('selon le Dr « Le Gall »')).toEqual(['selon le Dr « Le Gall »']);
  });

  it('the trailing hashtags of a post, not a hashtag inside a sentence', () => {
    expect(sentences('Prenez soin de vous #dentiste #sourire 😁')).toEqual(['Prenez soin de vous', '#dentiste #sourire 😁']);
    expect(sentences('notre #meilleurdentiste vous attend')).toEqual(['notre #meilleurdentiste vous attend']);
  });

  it('punctuation and hard line breaks still end sentences; a soft break is a space before this is asked', () => {
    expect(sentences('Un. Deux\nTrois')).toEqual(['Un.', 'Deux', 'Trois']);
    expect(isSoftSentenceBreak('cabinet Prenez', 8)).toBe(true);
    expect(isSoftSentenceBreak('cabinet prenez', 8)).toBe(false);
    expect(isSoftSentenceBreak('cabinet Prenez', 7)).toBe(false); // not after a space
  });
});

describe('clauses', () => {
  it('a capitalised word after a lowercase one opens a clause: a negation does not reach across it', () => {
    const text = 'Ce post n’est pas sponsorisé Partenariat avec la marque Solaris';
    const a = analyze(text);
    const at = a.folded.text.indexOf('partenariat');
    expect(a.text.slice(a.toOriginal(clauseAt(a, at, at + 11).start, at).start)).toMatch(/^Partenariat/u);
    expect(isNegated(a, at, at + 11)).toBe(false);
    // …but it stays one sentence: « soigné Julie » must keep its care context for the patient rule.
    expect(sentences('Nous avons soigné Julie hier')).toEqual(['Nous avons soigné Julie hier']);
    const b = analyze('Ce post n’est pas sponsorisé par la marque');
    const s = b.folded.text.indexOf('sponsorise');
    expect(isNegated(b, s, s + 10)).toBe(true);
  });
});

describe('names and sentence starts', () => {
  const lists: PersonLists = { firstNames: new Map([['julie', 'f']]), notNames: new Set(), titles: new Set() };

  it('a word that opens sentences is never a name, wherever the line was wrapped', () => {
    expect(isNeverAName('Rappelez')).toBe(true);
    expect(isNeverAName('Inscrivez-vous')).toBe(true);
    expect(isNeverAName('Le')).toBe(false); // « Le Gall »
    expect(nameTokens('Note pour le secrétariat : Rappelez M. Guillou', lists).map((t) => t.word)).not.toContain('Rappelez');
  });

  it('a capital after an unpunctuated sentence end starts a sentence', () => {
    const text = 'Merci 🙏 Julie';
    expect(startsSentence(text, text.indexOf('Julie'))).toBe(true);
    expect(startsSentence('merci à Julie', 'merci à '.length)).toBe(false);
  });
});
