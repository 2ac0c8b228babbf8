import { describe, expect, it } from 'vitest';
import { givenNames, NamesExcept, parseGivenNames } from '../src/french/given-names.js';
import { firstNames, nameExclusions } from '../rules/no-patient-identifier.terms.js';

describe('given names (gender-detection-from-name)', () => {
  it('parses entries, folds accents, keeps compounds, marks names of both sexes x', () => {
    const m = parseGivenNames("new Map([\n  ['gaëtan', 'male'],\n  ['yaëlle', 'female'],\n  ['jean-marc', 'male'],\n  ['alix', 'male'],\n  ['alix', 'female'],\n  ['jo', 'male'],\n]);");
    expect([...m]).toEqual([['gaetan', 'm'], ['yaelle', 'f'], ['jean-marc', 'm'], ['alix', 'x']]);
  });
  it('loads the package list once, large, with French accented and compound names', () => {
    const names = givenNames();
    expect(givenNames()).toBe(names);
    expect(names.size).toBeGreaterThan(20000);
    for (const n of ['helene', 'maelys', 'jean-marc', 'anne-sophie', 'nolwenn', 'loick', 'malika']) expect(names.has(n)).toBe(true);
  });
  it('leaves out common words and places, not their neighbours', () => {
    for (const w of ['rose', 'claire', 'pierre', 'france', 'saint-martin']) expect(firstNames.has(w)).toBe(false);
    for (const n of ['rosalie', 'claire-marie', 'pierrick', 'juliette']) expect(firstNames.has(n)).toBe(true);
    expect(nameExclusions.every((w) => w === w.toLowerCase())).toBe(true);
    const view = new NamesExcept(() => new Map([['lea', 'f'], ['rose', 'f']]), new Set(['rose']));
    expect([...view.keys()]).toEqual(['lea']);
    expect(view.get('rose')).toBeUndefined();
  });
});
