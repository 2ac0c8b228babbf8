// A hand-written pattern runs only over texts holding one of its needles: the needles must be words the pattern
// cannot match without, or a violation would be silently skipped.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { needlesOf } from '../src/french/needles.js';
import { fold } from '../src/french/normalize.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('needlesOf', () => {
  it('reads the words a pattern needs, after lookarounds, without an optional last letter, and keeps the longest', () => {
    expect(needlesOf(/(?<![\p{L}])remises?(?![\p{L}])/u)).toEqual(['remise']);
    expect(needlesOf(/(?<![\p{L}])(?:le|la|l')\s+plus\s+beau/u)).toEqual(['plus']);
    expect(needlesOf(/prix\s+(?:bas|doux)|tarifs?\s+mini/u)).toEqual(['prix', 'tarif']);
  });
  it('reads a word the pattern needs anywhere in it, past optional groups, classes and digits', () => {
    expect(needlesOf(/\d+\s?%\s+de\s+remise/u)).toEqual(['remise']);
    expect(needlesOf(/(?:tres\s+)?bon\s+plan/u)).toEqual(['plan']);
    expect(needlesOf(/(?<![a-z])(?:la|une)\s+solution\s+(?:ideale|parfaite)/u)).toEqual(['solution']);
    expect(needlesOf(/(?:la|le)\s+(?:meilleure?|premiere?)\s+[a-z]+/u)).toEqual(['meilleur', 'premier']);
    expect(needlesOf(/^avant|apres/u)).toEqual(['avant', 'apres']);
    expect(needlesOf(/n\.\s?1/u)).toEqual(['n.']);
  });
  it('gives none when a branch needs no word of two letters or more', () => {
    expect(needlesOf(/x|[a-z]+ment/u)).toBeUndefined();
    expect(needlesOf(/\d+\s?%/u)).toBeUndefined();
    expect(needlesOf(/(?:tres\s+)?(?:bon)?\s+[a-z]+/u)).toBeUndefined();
    expect(needlesOf(/(?!100)\d+\s?€/u)).toBeUndefined();
    expect(needlesOf(/meilleur/iu)).toBeUndefined();
  });

  it('never hides a match of any rule pattern on the fixtures and the dev set', async () => {
    const texts: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(md|txt)$/u.test(e.name)) texts.push(fold(readFileSync(p, 'utf8')).text);
      }
    };
    walk(path.join(root, 'fixtures'));
    const devset = path.join(root, '..', 'shared', 'devset');
    try {
      walk(devset);
    } catch {
      // the dev set sits beside the project in CI; the fixtures alone still test every pattern that fires on them
    }
    let checked = 0;
    for (const f of readdirSync(path.join(root, 'rules')).filter((x) => x.endsWith('.terms.ts'))) {
      const mod: Record<string, unknown> = await import(/* @vite-ignore */ pathToFileURL(path.join(root, 'rules', f)).href);
      for (const list of Object.values(mod)) {
        if (!Array.isArray(list)) continue;
        for (const entry of list as { patterns?: RegExp[] }[]) {
          for (const re of entry?.patterns ?? []) {
            const needles = needlesOf(re);
            if (!needles) continue;
            const global = new RegExp(re.source, re.flags.replace('g', '') + 'g');
            for (const text of texts) {
              if (!global.test(text)) continue;
              global.lastIndex = 0;
              checked++;
              expect(needles.some((n) => text.includes(n)), `${f}: ${re.source.slice(0, 60)}`).toBe(true);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
