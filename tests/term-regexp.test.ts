// termsRegex() tries a term list only where a term can start (term-regexp.ts). It must find exactly what the whole
// alternation finds, in the same order and with the same lengths: checked on every term list of the rules, over
// generated folded text made of their own terms, their words glued or split, numbers and punctuation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fold } from '../src/french/normalize.js';
import { expandBrackets } from '../src/french/inflect.js';
import { TermRegExp, TermScanner, termsRegex } from '../src/french/term-regexp.js';
import { FOLDED_LETTER, foldedLetters } from '../src/french/term-source.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Every exported array of strings of the rules' term files: the cue lists termsRegex compiles. */
async function termLists(): Promise<string[][]> {
  const lists: string[][] = [];
  for (const file of readdirSync(path.join(root, 'rules')).filter((f) => f.endsWith('.terms.ts'))) {
    const mod = (await import(pathToFileURL(path.join(root, 'rules', file)).href)) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (Array.isArray(value) && value.length && value.every((v) => typeof v === 'string')) lists.push(value as string[]);
    }
  }
  return lists;
}

/** Every match of a global regex, with its index, by exec from lastIndex 0. */
function execAll(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('termsRegex', () => {
  it('is a TermRegExp whose source is the whole alternation', () => {
    const re = termsRegex(['prix bas', 'recommand*']);
    expect(re).toBeInstanceOf(TermRegExp);
    expect(re.flags).toBe('gu');
    expect(new RegExp(re.source, 'gu').test('je recommande')).toBe(true);
  });

  it('finds what the alternation finds: priority, prefixes, glued hyphens, optional spaces before numbers', () => {
    const terms = ['prix', 'prix bas', 'recommand*', 'anti-age', 'top {n}', "l'offre", 'n° 1', '100 %'];
    const re = termsRegex(terms);
    const plain = new RegExp(re.source, 'gu');
    for (const text of [
      'nos prix bas et prix', 'je recommande, recommandation', 'soin antiage ou anti-age ou anti age', 'le top 10 et le top10',
      "l'offre et l' offre", 'le n°1, le n° 1', 'satisfait a 100 % ou 100%', 'surprix, prixbas', 'top',
    ]) {
      expect(execAll(re, text), text).toEqual(execAll(plain, text));
    }
  });

  it('resumes from lastIndex, even inside a word, and resets it after the last match', () => {
    const re = termsRegex(['bas', 'prix bas']);
    const text = 'prix bas, tres bas';
    re.lastIndex = 1;
    const m = re.exec(text);
    expect([m?.index, m?.[0]]).toEqual([5, 'bas']);
    expect(re.lastIndex).toBe(8);
    re.lastIndex = 16;
    expect(re.exec(text)).toBeNull();
    expect(re.lastIndex).toBe(0);
    re.lastIndex = 99;
    expect(re.exec(text)).toBeNull();
  });

  it('works through test, search, match, replace and matchAll', () => {
    const re = termsRegex(['prix bas', 'remise*']);
    const text = 'une remise et des prix bas';
    re.lastIndex = 0;
    expect(re.test(text)).toBe(true);
    expect(text.search(re)).toBe(4);
    expect(text.match(re)).toEqual(['remise', 'prix bas']);
    expect(text.replace(re, '_')).toBe('une _ et des _');
    expect([...text.matchAll(re)].map((m) => m.index)).toEqual([4, 18]);
  });

  it('matches as the whole alternation on every rule term list, over generated text', async () => {
    const lists = await termLists();
    expect(lists.length).toBeGreaterThan(50);
    const words = [...new Set(lists.flat().flatMap(expandBrackets).map((t) => fold(t).text))];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.replace(/[-' ]/gu, '')),
      fc.constantFrom(...words).map((w) => w.replace(/-/gu, ' ')),
      fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 2))),
      fc.constantFrom(' ', ', ', '. ', '\n', "'", '-', '%', ' 12 ', '3', '#', 'x', 'tres', 'pas', 'le', 'des'),
    );
    const text = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(''));
    const compiled = lists.map((terms) => {
      const re = termsRegex(terms);
      return { re, plain: new RegExp(re.source, 'gu'), scanner: new TermScanner(terms) };
    });
    fc.assert(
      fc.property(text, fc.nat(compiled.length - 1), (t, i) => {
        const { re, plain, scanner } = compiled[i];
        const expected = execAll(plain, t);
        expect(execAll(re, t)).toEqual(expected);
        expect(scanner.matchAll(t).map((m) => [m.start, m.text])).toEqual(expected.filter(([, s]) => s.length > 0));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('foldedLetters', () => {
  it('FOLDED_LETTER is \\p{L} exactly up to U+052F, and holds the letters of the other scripts it names', () => {
    const letter = new RegExp(`[${FOLDED_LETTER}]`, 'u');
    for (let c = 0; c < 0x530; c++) {
      const ch = String.fromCharCode(c);
      expect(letter.test(ch), `U+${c.toString(16)}`).toBe(/\p{L}/u.test(ch));
    }
    for (const ch of ['ա', 'ש', 'ب', 'ạ', 'ひ', 'カ', '漢', '한']) expect(letter.test(ch), ch).toBe(true);
    for (const ch of [' ', '-', "'", '0', '9', '%', '€', '😀', '\u037e']) expect(letter.test(ch), ch).toBe(false);
  });

  it('spells \\p{L} as that class alone or inside a class, and leaves escapes and \\P{L} alone', () => {
    expect(foldedLetters(String.raw`(?<![\p{L}\p{N}])prix\s+\p{L}+`)).toBe(String.raw`(?<![${FOLDED_LETTER}\p{N}])prix\s+[${FOLDED_LETTER}]+`);
    expect(foldedLetters(String.raw`[^\p{L}]\P{L}\\p{L}`)).toBe(String.raw`[^${FOLDED_LETTER}]\P{L}\\p{L}`);
    expect(foldedLetters(String.raw`[\]\p{L}]x`)).toBe(String.raw`[\]${FOLDED_LETTER}]x`);
    expect(foldedLetters('no letters here')).toBe('no letters here');
  });
});
