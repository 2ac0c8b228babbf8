// One-edit matching of long key words (issue #7.4): unit tests of the matcher, and proof that turning it on raises
// no new finding on any valid fixture of any rule nor on the dev set's clean posts.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../src/french/analysis.js';
import { deletionVariants, FuzzyIndex, inflectionStem, setFuzzyMatching, withinOneEdit } from '../src/french/fuzzy.js';
import { FUZZY_STOP_PAIRS } from '../src/french/fuzzy-stoplist.js';
import { Lexicon, type TermEntry } from '../src/french/lexicon.js';
import { rules } from '../rules/index.js';
import { lintText } from '../src/engine/lint.js';
import type { ResolvedConfig } from '../src/types.js';
import { computeStopPairs } from '../scripts/fuzzy-stoplist-lib.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(root, 'fixtures');
const DEVSET = path.join(root, '..', 'shared', 'devset');
/** The built-in rules' long words, read in a process of their own (test files share their worker's lexicons). */
const ruleWords: string[] = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'rule-fuzzy-words.ts')], { cwd: root, encoding: 'utf8' }));

afterEach(() => setFuzzyMatching(true));

describe('withinOneEdit', () => {
  it.each([
    ['concurence', 'concurrence'], // deletion
    ['concurrrence', 'concurrence'], // insertion
    ['exceptionnal', 'exceptionnel'], // substitution
    ['exceptionenl', 'exceptionnel'], // transposition of adjacent letters
    ['coordonees', 'coordonnees'],
    ['garantit', 'garanti'],
    ['identique', 'identique'],
  ])('%s ~ %s', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
    expect(withinOneEdit(b, a)).toBe(true);
  });
  it.each([
    ['concurance', 'concurrence'], // two edits
    ['exceptionel', 'exceptionnels'],
    ['revolution', 'evolutions'],
    ['abcdefgh', 'badcfehg'],
  ])('%s is two edits or more from %s', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
  });
});

describe('deletion index', () => {
  it('lists the word and its one-letter deletions once each', () => {
    expect(deletionVariants('abba')).toEqual(['abba', 'bba', 'aba', 'abb']);
  });
  it('finds long words at one edit, not short ones, not the word itself', () => {
    const index = new FuzzyIndex();
    for (const w of ['concurrence', 'coordonnees', 'soin']) index.add(w);
    expect(index.neighbours('concurence')).toEqual(['concurrence']);
    expect(index.neighbours('cordonnees')).toEqual(['coordonnees']);
    expect(index.neighbours('concurrence')).toEqual([]);
    expect(index.neighbours('sein')).toEqual([]);
    expect(index.size).toBe(2);
  });
  it('treats endings that inflect a word as the same word', () => {
    expect(inflectionStem('garantit')).toBe(inflectionStem('garanti'));
    expect(inflectionStem('exceptionnels')).toBe(inflectionStem('exceptionnel'));
    expect(inflectionStem('permanence')).not.toBe(inflectionStem('permanente'));
  });
});

describe('Lexicon at one edit', () => {
  const entries: TermEntry[] = [
    { id: 'prix', terms: ['défiant toute concurrence', 'garantie(s)'] },
    { id: 'contact', terms: ['coordonnées'] },
    { id: 'court', terms: ['offert(e)(s)'] },
    { id: 'exact', terms: ['permanente(s)'], exact: true },
    { id: 'duree', terms: ['permanente(s)'].map((t) => t.replace('(s)', '')).concat('résultats permanents') },
  ];
  const lexicon = new Lexicon(entries);
  const found = (text: string) => lexicon.find(analyze(text)).map((h) => `${h.entry.id}:${h.text}`);

  it('matches a misspelt long word, with its original span', () => {
    expect(found('Des tarifs défiant toute concurence.')).toEqual(['prix:défiant toute concurence']);
    expect(found('Laissez vos coordonées.')).toEqual(['contact:coordonées']);
    expect(found('Résultat garantit !')).toEqual(['prix:garantit']);
    expect(found('COORDONEES en bas de page')).toEqual(['contact:COORDONEES']);
  });
  it('keeps the other words of a term exact, and one edit in all', () => {
    expect(found('Des tarifs défiant la concurence.')).toEqual([]);
    expect(found('Des tarifs defiants toute concurence.')).toEqual([]);
    expect(found('Des tarifs défiant toute concurance.')).toEqual([]);
  });
  it('leaves short words, opted-out entries and real neighbouring words alone', () => {
    expect(found('Un soin offret.')).toEqual([]);
    // "permanence" is a real word one edit from "permanente": the stoplist keeps it out (and "exact" for the entry).
    expect(FUZZY_STOP_PAIRS.has('permanence permanente')).toBe(true);
    expect(found('Permanence le samedi matin.')).toEqual([]);
    expect(found('Une permanante.')).toEqual(['duree:permanante']);
  });
  it('skips handles and domain names', () => {
    expect(found('Écrivez à @coordonees ou sur www.coordonees.fr')).toEqual([]);
  });
  it('can be turned off', () => {
    setFuzzyMatching(false);
    expect(found('Laissez vos coordonées.')).toEqual([]);
  });
});

describe('stoplist', () => {
  it('is up to date with the long words of every rule (else run `npx tsx scripts/fuzzy-stoplist.ts`)', async () => {
    const pairs = await computeStopPairs(ruleWords);
    expect(pairs.filter((p) => !FUZZY_STOP_PAIRS.has(p))).toEqual([]);
  }, 60_000);
});

// ---- No new finding anywhere it should not be -------------------------------------------------------------
const defaults = (): ResolvedConfig => ({ rules: {}, ignorePatterns: [] });

function validFixtures(): { name: string; source: string; filePath: string; config: ResolvedConfig }[] {
  const out = [];
  for (const rule of readdirSync(FIXTURES).sort()) {
    const dir = path.join(FIXTURES, rule, 'valid');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => /\.(?:md|txt)$/u.test(f) && !/\.fixed\./u.test(f)).sort()) {
      const filePath = path.join(dir, name);
      const config = defaults();
      const options = filePath.replace(/\.(?:md|txt)$/u, '.options.json');
      if (existsSync(options)) config.rules[rule] = { options: JSON.parse(readFileSync(options, 'utf8')) };
      out.push({ name: `${rule}/${name}`, source: readFileSync(filePath, 'utf8'), filePath, config });
    }
  }
  return out;
}

const findings = (source: string, filePath: string, config: ResolvedConfig, fuzzy: boolean) => {
  setFuzzyMatching(fuzzy);
  try {
    return lintText(source, { filePath, config, rules }).messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`);
  } finally {
    setFuzzyMatching(true);
  }
};

describe('one-edit matching raises no new finding', () => {
  it('on any valid fixture of any rule', () => {
    const added: string[] = [];
    for (const f of validFixtures()) {
      const withFuzzy = findings(f.source, f.filePath, f.config, true);
      if (withFuzzy.length === 0) continue; // nothing found, so nothing added: no need to lint it without
      const before = new Set(findings(f.source, f.filePath, f.config, false));
      for (const m of withFuzzy) if (!before.has(m)) added.push(`${f.name}: ${m}`);
    }
    expect(added).toEqual([]);
  }, 60_000);

  it.skipIf(!existsSync(DEVSET))('on the dev set: no false alarm on clean posts, no finding of an unlabelled rule', () => {
    const labels = JSON.parse(readFileSync(path.join(DEVSET, 'labels.json'), 'utf8')) as Record<string, string[]>;
    const added: string[] = [];
    for (const name of Object.keys(labels).sort()) {
      const filePath = path.join(DEVSET, name);
      const source = readFileSync(filePath, 'utf8');
      const before = new Set(findings(source, filePath, defaults(), false));
      for (const m of findings(source, filePath, defaults(), true)) {
        if (!before.has(m) && !labels[name].includes(m.split(' ')[0])) added.push(`${name}: ${m}`);
      }
    }
    expect(added).toEqual([]);
  }, 60_000);
});
