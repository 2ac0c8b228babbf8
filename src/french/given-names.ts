// French given names as data: the list shipped by the npm package `gender-detection-from-name` (names/fr.js, about
// 36 000 names with their gender, accented and compound forms: « Hélène », « Maëlys », « Jean-Marc »). Read once and
// lazily: the first rule that asks pays the cost (a few milliseconds), a run that never meets a name pays nothing.
// The file is read as text rather than required, because a name given to both sexes appears twice in it (once per
// gender) and a JavaScript Map keeps only the last: read as text, such a name is 'x' (either).
// The build stores the parsed list, sorted (dist/given-names.json, scripts/snapshot-lexicons.mjs): reading it takes
// a few milliseconds where parsing the package's 900 KB took ~35 ms of every run's start-up and of every worker's.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { readBuildText } from '../files/build-data.js';
import { lowerBound } from './analysis.js';
import { snapshotInUse } from './lexicon-snapshot.js';

export type Gender = 'f' | 'm' | 'x';

/** Shortest name kept: two-letter entries (« Jo », « Ly ») are mostly initials and words. */
const MIN_LENGTH = 3;
const NAME = /^[a-z]+(?:-[a-z]+)*$/;
/** Folding as the rules' text is folded (lowercase, no accents); NFD on pure ASCII is skipped, most names are. */
const fold = (s: string) => (/^[a-z-]+$/.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

let cache: ReadonlyMap<string, Gender> | undefined;

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

/** The parsed list as the build stores it, sorted. */
export interface StoredGivenNames {
  /** The package's version and the size of its names/fr.js: a stored list of another file is not used. */
  from: string;
  /** The names, separated by spaces. */
  names: string;
  /** One letter per name, its gender. */
  genders: string;
}

const STORED_FILE = new URL('../../given-names.json', import.meta.url);

function packageFile(): string {
  return createRequire(import.meta.url).resolve('gender-detection-from-name/names/fr.js');
}

/** The package's version and the file's size (not its date: an install dates files when it writes them). */
function fileKey(file: string): string | null {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', pathToFileURL(file)), 'utf8')) as { version?: string };
    return `${pkg.version}:${statSync(file).size}`;
  } catch {
    return null;
  }
}

/** The list in the form the build stores. */
export function storeGivenNames(names: ReadonlyMap<string, Gender>): StoredGivenNames {
  const from = fileKey(packageFile());
  if (from === null) throw new Error('given-names : version ou taille de gender-detection-from-name illisible');
  const sorted = [...names.keys()].sort();
  return { from, names: sorted.join(' '), genders: sorted.map((n) => names.get(n)).join('') };
}

/** The stored list when it was made from this very package file; null when missing, unreadable or stale. */
export function readStoredGivenNames(file: URL | string, from: string | null): ReadonlyMap<string, Gender> | null {
  if (from === null) return null;
  try {
    const data = JSON.parse(readBuildText(file)) as StoredGivenNames;
    if (!data || data.from !== from || typeof data.names !== 'string' || typeof data.genders !== 'string') return null;
    const names = data.names.split(' ');
    if (names.length !== data.genders.length || names.some((n, i) => i > 0 && names[i - 1] >= n)) return null;
    return new SortedNames(names, data.genders);
  } catch {
    return null;
  }
}

/** The package's list parsed now (what the build stores; also the fallback when no stored list fits). */
export function parsePackageGivenNames(): Map<string, Gender> {
  return parseGivenNames(readFileSync(packageFile(), 'utf8'));
}

/** Every French given name of the package, folded (lowercase, no accents) → gender. Loaded on first call. */
export function givenNames(): ReadonlyMap<string, Gender> {
  if (!cache) {
    const file = packageFile();
    // With the snapshot off (POSTLINT_NO_SNAPSHOT=1, the generator), the package's list is parsed, as every lexicon compiles.
    cache = (snapshotInUse() && readStoredGivenNames(STORED_FILE, fileKey(file))) || parseGivenNames(readFileSync(file, 'utf8'));
  }
  return cache;
}

/** keys, values, iteration and forEach of a read-only name map, from its entries. */
abstract class NameMapView implements ReadonlyMap<string, Gender> {
  abstract readonly size: number;
  abstract has(name: string): boolean;
  abstract get(name: string): Gender | undefined;
  abstract entries(): MapIterator<[string, Gender]>;
  *keys(): MapIterator<string> { for (const [k] of this.entries()) yield k; }
  *values(): MapIterator<Gender> { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator](): MapIterator<[string, Gender]> { return this.entries(); }
  forEach(cb: (value: Gender, key: string, map: ReadonlyMap<string, Gender>) => void): void { for (const [k, v] of this.entries()) cb(v, k, this); }
}

/**
 * A sorted list of names looked up by binary search: filling a Map with 33 000 names cost ~30 ms of a run's
 * start-up, splitting the stored string costs ~5.
 */
class SortedNames extends NameMapView {
  constructor(
    private readonly names: readonly string[],
    private readonly genders: string,
  ) {
    super();
  }
  private indexOf(name: string): number {
    const i = lowerBound(this.names, name);
    return this.names[i] === name ? i : -1;
  }
  get size(): number { return this.names.length; }
  has(name: string): boolean { return this.indexOf(name) >= 0; }
  get(name: string): Gender | undefined { const i = this.indexOf(name); return i >= 0 ? (this.genders[i] as Gender) : undefined; }
  *entries(): MapIterator<[string, Gender]> { for (let i = 0; i < this.names.length; i++) yield [this.names[i], this.genders[i] as Gender]; }
}

/** A view of a name map without some entries (names that are common words), built without copying the map. */
export class NamesExcept extends NameMapView {
  constructor(
    private readonly base: () => ReadonlyMap<string, Gender>,
    private readonly except: ReadonlySet<string>,
    /** Compounds starting with these are places, not persons (« Saint-Martin »). */
    private readonly exceptPrefixes: readonly string[] = [],
  ) {
    super();
  }
  private excluded(name: string): boolean { return this.except.has(name) || this.exceptPrefixes.some((p) => name.startsWith(p)); }
  get size(): number { let n = 0; for (const _ of this.keys()) n++; return n; }
  has(name: string): boolean { return !this.excluded(name) && this.base().has(name); }
  get(name: string): Gender | undefined { return this.excluded(name) ? undefined : this.base().get(name); }
  *entries(): MapIterator<[string, Gender]> { for (const e of this.base().entries()) if (!this.excluded(e[0])) yield e; }
}
