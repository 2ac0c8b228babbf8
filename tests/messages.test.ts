// Messages worth reading (issue #10): each legal citation once, examples that fit the profession, and
// « résultats spectaculaires » alone is praise (other rules), not a before/after.
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint.js';
import { rules } from '../rules/index.js';
import { citeAll, exampleFor } from '../src/profiles.js';
import { PROFILES, type Profile, type ResolvedConfig } from '../src/types.js';

const lint = (text: string, profile: Profile = 'medecin') => {
  const config: ResolvedConfig = { rules: {}, ignorePatterns: [], profile };
  return lintText(text, { filePath: 'post.txt', config, rules }).messages;
};

/** Posts whose messages cite two legal categories each, and the rule expected to report. */
const TWO_CATEGORY_POSTS: Array<[string, string]> = [
  ['no-price-promotion', '-30 % sur votre blanchiment dentaire jusqu’à dimanche !'],
  ['no-unverified-claim', 'Résultats garantis dès la première séance, guérison assurée !'],
  ['no-sponsored-content', 'Partenariat rémunéré avec la marque Lactéo : code promo LACTEO10 pour 15 % de remise !'],
  ['no-aesthetic-promotion', 'Offrez-vous un regard de biche : injections de botox à -20 % ce mois-ci !'],
];

/** The article numbers and named codes a message cites. */
function citations(message: string): string[] {
  return message.match(/\b[RLD]\.\s?\d+(?:-\d+)*\b|code de déontologie des [\p{L}-]+|recommandations du CNOI|loi n° [\d-]+/gu) ?? [];
}

describe('each legal citation appears once', () => {
  it('citeAll drops a repeated citation and the repeated head of a longer one', () => {
    expect(citeAll(['art. R.4127-215 CSP', 'art. R.4127-215 CSP'])).toBe('art. R.4127-215 CSP');
    expect(citeAll(['art. R.4312-76 CSP', 'art. R.4312-76 CSP et recommandations du CNOI (2025)'])).toBe('art. R.4312-76 CSP ; recommandations du CNOI (2025)');
    expect(citeAll(['code de déontologie des pharmaciens (information fiable)', 'code de déontologie des pharmaciens et art. R.5122-4 CSP'])).toBe(
      'code de déontologie des pharmaciens (information fiable) ; art. R.5122-4 CSP',
    );
    expect(citeAll(['art. R.4127-19 CSP', 'art. R.4127-24 CSP'])).toBe('art. R.4127-19 CSP ; art. R.4127-24 CSP');
  });

  for (const profile of PROFILES) {
    it(`${profile}: no message cites an article twice`, () => {
      for (const [ruleId, post] of TWO_CATEGORY_POSTS) {
        const messages = lint(post, profile);
        if (ruleId !== 'no-aesthetic-promotion' || !['sage-femme', 'infirmier', 'pedicure-podologue', 'masseur-kinesitherapeute', 'pharmacien'].includes(profile)) {
          expect(messages.map((m) => m.ruleId), post).toContain(ruleId);
        }
        for (const m of messages) {
          const cited = citations(m.message);
          expect(cited.length, m.message).toBeGreaterThan(0);
          expect(cited.filter((c, i) => cited.indexOf(c) !== i), `${profile} ${m.ruleId} : ${m.message}`).toEqual([]);
        }
      }
    });
  }
});

describe('examples fit the profession', () => {
  const EXCLUSIVE = 'Nous sommes le seul cabinet de la ville à proposer ce soin.';
  const PRAISE = 'Le meilleur cabinet de la région, à la pointe de la technologie.';
  const examples = (profile: Profile, post: string, ruleId: string) =>
    lint(post, profile)
      .filter((m) => m.ruleId === ruleId)
      .map((m) => /\(ex\. « (.+?) »\)$/u.exec(m.message)?.[1]);

  for (const profile of PROFILES) {
    it(`${profile}: its own example, no other profession’s`, () => {
      const shown = [...examples(profile, EXCLUSIVE, 'no-comparison'), ...examples(profile, PRAISE, 'no-promotional-wording')];
      expect(shown.length).toBeGreaterThanOrEqual(2);
      expect(shown).toContain(exampleFor(profile, 'equipment'));
      expect(shown).toContain(exampleFor(profile, 'activity'));
      const foreign = PROFILES.filter((p) => p !== profile).flatMap((p) => [exampleFor(p, 'equipment'), exampleFor(p, 'activity')]);
      for (const example of shown) expect(foreign).not.toContain(example);
    });
  }

  it('fees: « secteur 1 » (a doctors’ sector) only for doctors', () => {
    const PROMO = '-30 % sur toutes les séances jusqu’à dimanche !';
    for (const profile of PROFILES) {
      const shown = examples(profile, PROMO, 'no-price-promotion');
      // A pharmacy's discount on a product has its own message, without a fee example.
      if (profile !== 'pharmacien') expect(shown, profile).toContain(exampleFor(profile, 'fee'));
      if (profile !== 'medecin') expect(shown.join(' '), profile).not.toContain('secteur 1');
    }
  });

  it('a dentist is shown no physiotherapy', () => {
    const text = [...lint(EXCLUSIVE, 'chirurgien-dentiste'), ...lint(PRAISE, 'chirurgien-dentiste')].map((m) => m.message).join('\n');
    expect(text).not.toMatch(/kin[ée]s|rééducation|piscine/iu);
  });
});

describe('« résultats spectaculaires » is praise, not a before/after', () => {
  const ids = (text: string) => lint(text).map((m) => m.ruleId);

  it('alone, it is reported by the promotional rule only', () => {
    for (const post of ['Des résultats spectaculaires.', 'Des résultats spectaculaires dès la première séance de blanchiment.', 'Résultats bluffants pour nos patients.']) {
      expect(ids(post), post).not.toContain('no-before-after');
      expect(ids(post), post).toContain('no-promotional-wording');
    }
  });

  it('beside a photo, a pair or a time point, it still shows a before/after', () => {
    for (const post of ['Résultats spectaculaires en photo : avant / après 3 séances 📸', 'Résultat bluffant à J+30, regardez la photo !', 'Une transformation spectaculaire !']) {
      expect(ids(post), post).toContain('no-before-after');
    }
  });
});
