// French given names as data: the list shipped by the npm package `gender-detection-from-name` (names/fr.js, about
// 36 000 names with their gender, accented and compound forms: « Hélène », « Maëlys », « Jean-Marc »). Read once and
// lazily: the first rule that asks pays the cost (a few milliseconds), a run that never meets a name pays nothing.
// The file is read as text rather than required, because a name given to both sexes appears twice in it (once per
// gender) and a JavaScript Map keeps only the last: read as text, such a name is 'x' (either).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type Gender = 'f' | 'm' | 'x';

/** Shortest name kept: two-letter entries (« Jo », « Ly ») are mostly initials and words. */
const MIN_LENGTH = 3;
const NAME = /^[a-z]+(?:-[a-z]+)*$/;
/** Folding as the rules' text is folded (lowercase, no accents); NFD on pure ASCII is skipped, most names are. */
const fold = (s: string) => (/^[a-z-]+$/.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

let cache: Map<string, Gender> | undefined;

/** Parses the package's `[ 'name', 'male' ]` entries into folded name → gender ('x' when listed under both). */
export function parseGivenNames(source: string): Map<string, Gender> {
  // A plain scan (indexOf, no regular expression): building ~36 000 match objects doubled the load time.
  const out = new Map<string, Gender>();
  for (let i = source.indexOf("['"); i >= 0; i = source.indexOf("['", i)) {
    const end = source.indexOf("'", i + 2);
    if (end < 0) break;
    const name = fold(source.slice(i + 2, end));
    const g: Gender = source.startsWith("'male'", source.indexOf("'", end + 1)) ? 'm' : 'f';
    i = end + 1;
    if (name.length < MIN_LENGTH || !NAME.test(name)) continue;
    const had = out.get(name);
    out.set(name, had && had !== g ? 'x' : g);
  }
  return out;
}

/** Every French given name of the package, folded (lowercase, no accents) → gender. Loaded on first call. */
export function givenNames(): ReadonlyMap<string, Gender> {
  if (!cache) {
    const file = createRequire(import.meta.url).resolve('gender-detection-from-name/names/fr.js');
    cache = parseGivenNames(readFileSync(file, 'utf8'));
  }
  return cache;
}

/** A view of a name map without some entries (names that are common words), built without copying the map. */
export class NamesExcept implements ReadonlyMap<string, Gender> {
  constructor(
    private readonly base: () => ReadonlyMap<string, Gender>,
    private readonly except: ReadonlySet<string>,
    /** Compounds starting with these are places, not persons (« Saint-Martin »). */
    private readonly exceptPrefixes: readonly string[] = [],
  ) {}
  private excluded(name: string): boolean { return this.except.has(name) || this.exceptPrefixes.some((p) => name.startsWith(p)); }
  get size(): number { let n = 0; for (const _ of this.keys()) n++; return n; }
  has(name: string): boolean { return !this.excluded(name) && this.base().has(name); }
  get(name: string): Gender | undefined { return this.excluded(name) ? undefined : this.base().get(name); }
  *entries(): MapIterator<[string, Gender]> { for (const e of this.base().entries()) if (!this.excluded(e[0])) yield e; }
  *keys(): MapIterator<string> { for (const [k] of this.entries()) yield k; }
  *values(): MapIterator<Gender> { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator](): MapIterator<[string, Gender]> { return this.entries(); }
  forEach(cb: (value: Gender, key: string, map: ReadonlyMap<string, Gender>) => void): void { for (const [k, v] of this.entries()) cb(v, k, this); }
}
