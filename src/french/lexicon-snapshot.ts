// The build's compiled lexicons (dist/lexicon-snapshot.json, written by scripts/snapshot-lexicons.mjs after tsc):
// folding, inflecting and turning thousands of terms into regex sources took most of a one-post run's start-up.
// A lexicon whose terms are in the snapshot reads its index from there; any other (a plugin's, an `allow` list,
// a build without a snapshot, a snapshot of other code) compiles as before, so the snapshot changes speed only.
import { readFileSync } from 'node:fs';
import { readBuildText } from '../files/build-data.js';
import type { LexiconIndex, TermEntry } from './lexicon.js';
import type { TermStartsData } from './term-regexp.js';

export interface Snapshot {
  /** Hash of the code that compiles terms: a snapshot made by other code is not used. */
  fingerprint: string;
  /** Lexicon key → its index. */
  lexicons: Record<string, LexiconIndex>;
  /** termsRegex key → its regex source. */
  sources: Record<string, string>;
  /** termsRegex key → where its terms can start (term-regexp.ts), null when the list is scanned whole. */
  starts?: Record<string, TermStartsData | null>;
  /** Pattern key → the pattern's needles (needles.ts), null when it has none: reading them took ~25 ms at start-up. */
  needles?: Record<string, string[] | null>;
}

/** The modules whose code decides what a term compiles to (relative to this one). */
const COMPILER_MODULES = ['./lexicon.js', './term-source.js', './term-regexp.js', './normalize.js', './inflect.js', './lexicon-snapshot.js', './needles.js'];
const SNAPSHOT_FILE = new URL('../../lexicon-snapshot.json', import.meta.url);

/** 53-bit string hash (cyrb53): a key, not a security measure; the key also carries the text's length. */
export function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36) + '-' + text.length.toString(36);
}

/** What a lexicon's index depends on: its entries' terms and whether they match at one edit (not ids or notes). */
export function lexiconKey(entries: readonly TermEntry[]): string {
  return hash(entries.map((e) => (e.exact ? '!' : '') + (e.terms ?? []).join('\u0001')).join('\u0002'));
}

export function sourceKey(terms: readonly string[]): string {
  return hash(terms.join('\u0001'));
}

/** Hash of the compiler's own code, read next to this module (null when it cannot be read). */
export function compilerFingerprint(): string | null {
  try {
    return hash(COMPILER_MODULES.map((m) => readFileSync(new URL(m, import.meta.url), 'utf8')).join('\u0000'));
  } catch {
    return null;
  }
}

let loaded: Snapshot | null | undefined;
// POSTLINT_NO_SNAPSHOT=1 compiles every lexicon (to compare both ways, or to rule the snapshot out).
let disabled = process.env.POSTLINT_NO_SNAPSHOT === '1';

/** Whether the build's stored data (this snapshot, the given-names list) is read rather than made again. */
export function snapshotInUse(): boolean {
  return !disabled;
}

/** Turns the snapshot off (the generator, and tests that compare it with fresh compilation). */
export function useSnapshot(on: boolean): void {
  disabled = !on;
}

/** The snapshot in `file` when it was made by the compiler whose fingerprint is given; null when missing, unreadable, corrupt or stale. */
export function readSnapshot(file: URL | string, fingerprint: string | null): Snapshot | null {
  try {
    const data = JSON.parse(readBuildText(file)) as Snapshot;
    return data && typeof data === 'object' && data.fingerprint === fingerprint && data.lexicons && data.sources ? data : null;
  } catch {
    // No snapshot (running from the sources, or a build without one): every lexicon compiles.
    return null;
  }
}

function snapshot(): Snapshot | null {
  if (disabled) return null;
  if (loaded === undefined) loaded = readSnapshot(SNAPSHOT_FILE, compilerFingerprint());
  return loaded;
}

export function snapshotIndex(entries: readonly TermEntry[]): LexiconIndex | undefined {
  const s = snapshot();
  return s ? s.lexicons[lexiconKey(entries)] : undefined;
}

/** A term list's regex source from the snapshot, by the list's sourceKey (computed once per list by termsRegex). */
export function snapshotSource(key: string): string | undefined {
  const s = snapshot();
  return s ? s.sources[key] : undefined;
}

/** A term list's start data from the snapshot: data, null (scanned whole), or undefined when the snapshot does not hold it. */
export function snapshotStarts(key: string): TermStartsData | null | undefined {
  const s = snapshot();
  return s?.starts ? s.starts[key] : undefined;
}

export function patternKey(pattern: RegExp): string {
  return hash(`${pattern.flags}/${pattern.source}`);
}

/** The pattern's needles from the snapshot: an array, null (it has none), or undefined when the snapshot does not hold it. */
export function snapshotNeedles(pattern: RegExp): string[] | null | undefined {
  const s = snapshot();
  return s?.needles ? s.needles[patternKey(pattern)] : undefined;
}
