// Term files are data: every entry has a unique id within its rule, no term is listed twice within a rule (after
// folding and inflection), and a term two rules share comes from the common vocabulary (rules/shared.terms.ts),
// never from two hand-kept copies that drift apart.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expandBrackets } from '../src/french/inflect.js';
import { foldTerm } from '../src/french/normalize.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'rules');
const ruleFiles = readdirSync(dir).filter((f) => f.endsWith('.terms.ts') && f !== 'shared.terms.ts');

interface Entry {
  id: string;
  terms?: readonly string[];
}
const isEntryList = (v: unknown): v is Entry[] => Array.isArray(v) && v.length > 0 && v.every((e) => typeof e === 'object' && e !== null && typeof (e as Entry).id === 'string');
const folded = (terms: readonly string[]) => [...new Set(terms.flatMap(expandBrackets).map((t) => foldTerm(t.trim())).filter(Boolean))];

async function load() {
  const shared = await import('../rules/shared.terms.js');
  const sharedTerms = new Set(folded(Object.values(shared).filter((v): v is string[] => Array.isArray(v) && v.every((t) => typeof t === 'string')).flat()));
  const rules = await Promise.all(
    ruleFiles.map(async (f) => {
      const mod: Record<string, unknown> = await import(/* @vite-ignore */ pathToFileURL(path.join(dir, f)).href);
      const lists = Object.entries(mod).filter((e): e is [string, Entry[]] => isEntryList(e[1]));
      return { rule: f.replace('.terms.ts', ''), entries: lists.flatMap(([list, entries]) => entries.map((e) => ({ list, ...e }))) };
    }),
  );
  return { sharedTerms, rules };
}

describe('term data', () => {
  it('finds the lexicons of the rules', async () => {
    const { rules } = await load();
    expect(rules.filter((r) => r.entries.length > 0).length).toBeGreaterThanOrEqual(9);
  });

  it('gives every entry an id unique within its rule, ASCII kebab-case', async () => {
    const { rules } = await load();
    for (const { rule, entries } of rules) {
      const ids = entries.map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), rule).toEqual([]);
      expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(id)), rule).toEqual([]);
    }
  });

  it('lists no term twice within a rule, once folded and inflected', async () => {
    const { rules } = await load();
    for (const { rule, entries } of rules) {
      const owner = new Map<string, string>();
      const twice: string[] = [];
      // Per written term, then across all the terms of all the rule's entries (the same entry included).
      for (const e of entries) {
        for (const term of e.terms ?? []) {
          for (const t of folded([term])) {
            if (owner.has(t)) twice.push(`${t} (${owner.get(t)} et ${e.id})`);
            else owner.set(t, e.id);
          }
        }
      }
      expect(twice, rule).toEqual([]);
    }
  });

  it('shares terms between rules only through the common vocabulary', async () => {
    const { sharedTerms, rules } = await load();
    const owners = new Map<string, Set<string>>();
    for (const { rule, entries } of rules) for (const e of entries) for (const t of folded(e.terms ?? [])) owners.set(t, (owners.get(t) ?? new Set()).add(rule));
    const copied = [...owners].filter(([t, o]) => o.size > 1 && !sharedTerms.has(t)).map(([t, o]) => `${t} : ${[...o].join(', ')}`);
    expect(copied).toEqual([]);
  });
});
