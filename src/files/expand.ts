// Turns the command line's paths, folders and globs into the sorted list of files to lint.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../types.js';
import { quote } from '../config/quote.js';
import { expandBraces, globToRegExp, isGlob, maxDepth, splitGlob, unescapeGlob } from './glob.js';
import { createIgnoreMatcher, parseIgnoreFile, type IgnoreMatcher } from './ignore.js';

export const DEFAULT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

/** Folders never walked into. */
const ALWAYS_IGNORED = new Set(['node_modules', '.git']);

export const IGNORE_FILE = '.postlintignore';

export interface ExpandOptions {
  cwd: string;
  /** Extensions (with the dot) of the files taken from folders and globs. Files named on the command line are
   * taken whatever their extension. */
  extensions?: readonly string[];
  /** --ignore-pattern values, gitignore-like, relative to cwd. */
  ignorePatterns?: readonly string[];
  /** Read `.postlintignore` from cwd (default true). */
  useIgnoreFile?: boolean;
  /** A further test, e.g. the `ignorePatterns` of the configuration that applies to the path. */
  isIgnored?: (absPath: string, isDir: boolean) => boolean | Promise<boolean>;
  /** Told of each file named on the command line that an ignore pattern skips (the CLI warns, as ESLint does). */
  onIgnoredFile?: (absPath: string) => void;
  /**
   * Told of each folder that cannot be read (EACCES…): the walk goes on with the others. Without it, such a
   * folder throws a UsageError.
   */
  onUnreadableDir?: (absPath: string, error: NodeJS.ErrnoException) => void;
}

/** `md,txt` / `.md` / ['md', '.txt'] → ['.md', '.txt']. */
export function normalizeExtensions(values: readonly string[]): string[] {
  const out = new Set<string>();
  for (const value of values) {
    for (const part of value.split(',')) {
      const ext = part.trim();
      if (ext === '' || ext === '.') continue;
      out.add(ext.startsWith('.') ? ext : `.${ext}`);
    }
  }
  return [...out];
}

async function readIgnoreFile(cwd: string): Promise<string[]> {
  try {
    return parseIgnoreFile(await readFile(path.join(cwd, IGNORE_FILE), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsageError(`impossible de lire ${IGNORE_FILE} : ${(error as Error).message}`);
  }
}

async function statOrNull(p: string) {
  try {
    return await stat(p);
  } catch {
    return null;
  }
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** The glob's last segment names an extension itself (`*.post`, `*.{md,txt}`): then --ext does not filter. */
function namesExtension(pattern: string): boolean {
  const last = pattern.split('/').pop() ?? '';
  return /\.[^*?[\]/.]+$/u.test(last.replace(/\{[^}]*\}$/u, 'x'));
}

class Expander {
  private readonly extensions: readonly string[];
  private readonly visitedDirs = new Set<string>();
  /** Folders reported to onUnreadableDir so far. */
  unreadableDirs = 0;
  constructor(
    private readonly options: ExpandOptions,
    private readonly ignore: IgnoreMatcher,
  ) {
    this.extensions = options.extensions?.length ? options.extensions : DEFAULT_EXTENSIONS;
  }

  async isIgnored(absPath: string, isDir: boolean): Promise<boolean> {
    const segments = toPosix(path.relative(this.options.cwd, absPath)).split('/');
    if (segments.some((s) => ALWAYS_IGNORED.has(s))) return true;
    if (this.ignore.ignores(absPath, isDir)) return true;
    return this.options.isIgnored ? await this.options.isIgnored(absPath, isDir) : false;
  }

  hasExtension(file: string): boolean {
    return this.extensions.some((ext) => file.endsWith(ext));
  }

  /**
   * Every file below `dir` (which is not itself tested), depth-first; `accept` filters files by their path
   * relative to `dir`; `depth` limits how deep to go. Symbolic links are followed, loops are not.
   */
  async walk(dir: string, accept: (rel: string) => boolean, depth = Infinity, out: string[] = [], prefix = ''): Promise<string[]> {
    const real = await realpath(dir).catch(() => dir);
    if (this.visitedDirs.has(real)) return out;
    this.visitedDirs.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      if (!this.options.onUnreadableDir) throw new UsageError(`impossible de lire le dossier ${quote(dir)} : ${e.code ?? e.message}`);
      this.unreadableDirs++;
      this.options.onUnreadableDir(dir, e);
      this.visitedDirs.delete(real);
      return out;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (ALWAYS_IGNORED.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      const rel = prefix + entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await statOrNull(full);
        if (!target) continue; // broken link
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) {
        if (depth <= 1 || (await this.isIgnored(full, true))) continue;
        await this.walk(full, accept, depth - 1, out, `${rel}/`);
      } else if (isFile && accept(rel) && !(await this.isIgnored(full, false))) {
        out.push(full);
      }
    }
    this.visitedDirs.delete(real);
    return out;
  }

  async expandGlob(arg: string): Promise<string[]> {
    const out: string[] = [];
    const filterByExtension = !namesExtension(arg);
    for (const pattern of expandBraces(toPosix(arg))) {
      const { base, rest } = splitGlob(pattern);
      const baseDir = path.resolve(this.options.cwd, base);
      if (!isGlob(rest)) {
        // Braces alone made a plain path (`{a,b}.md` → `a.md`).
        const file = path.resolve(this.options.cwd, unescapeGlob(pattern));
        const st = await statOrNull(file);
        if (st?.isFile() && !(await this.isIgnored(file, false))) out.push(file);
        continue;
      }
      const st = await statOrNull(baseDir);
      if (!st?.isDirectory()) continue;
      if (base !== '' && (await this.isIgnored(baseDir, true))) continue;
      const re = globToRegExp(rest);
      await this.walk(baseDir, (rel) => re.test(rel) && (!filterByExtension || this.hasExtension(rel)), maxDepth(rest), out);
    }
    return out;
  }

  async expand(arg: string): Promise<string[]> {
    const abs = path.resolve(this.options.cwd, arg);
    const st = await statOrNull(abs);
    if (st?.isFile()) {
      // Named on the command line: any extension; still skipped when ignored (pre-commit hooks pass ignored
      // files), but not silently.
      if (!(await this.isIgnored(abs, false))) return [abs];
      this.options.onIgnoredFile?.(abs);
      return [];
    }
    if (st?.isDirectory()) {
      if (await this.isIgnored(abs, true)) return [];
      return this.walk(abs, (rel) => this.hasExtension(rel));
    }
    if (st === null && isGlob(arg)) return this.expandGlob(arg);
    if (st !== null) return []; // a socket, a FIFO…: nothing to lint
    // A path that exists but cannot be reached (a folder on the way without search permission) is unreadable,
    // not missing: say which.
    const code = await stat(abs).then(() => undefined, (error: NodeJS.ErrnoException) => error.code);
    if (code !== undefined && code !== 'ENOENT' && code !== 'ENOTDIR') throw new UsageError(`impossible de lire ${quote(arg)} : ${code}`);
    throw new UsageError(`aucun fichier ou dossier ${quote(arg)}`);
  }
}

/**
 * Files to lint for the command-line arguments: files as given, folders walked (default extensions .md,
 * .markdown, .txt), globs matched. node_modules and .git are never entered; .postlintignore, --ignore-pattern
 * and `isIgnored` apply. Returns absolute paths, sorted, one per physical file (links to a listed file dropped).
 * Throws UsageError for a path that does not exist, and for an argument that yields no file (unless one of its
 * folders was unreadable and reported to onUnreadableDir).
 */
export async function expandPaths(args: readonly string[], options: ExpandOptions): Promise<string[]> {
  const patterns = [...(options.useIgnoreFile === false ? [] : await readIgnoreFile(options.cwd)), ...(options.ignorePatterns ?? [])];
  const expander = new Expander(options, createIgnoreMatcher(patterns, options.cwd));
  const files = new Set<string>();
  for (const arg of args) {
    const unreadableBefore = expander.unreadableDirs;
    const found = await expander.expand(arg);
    const st = await statOrNull(path.resolve(options.cwd, arg));
    // An argument whose folders could not be read has had its error already.
    if (found.length === 0 && !st?.isFile() && expander.unreadableDirs === unreadableBefore) {
      throw new UsageError(`aucun fichier à analyser pour ${quote(arg)}`);
    }
    for (const file of found) files.add(file);
  }
  // One entry per physical file: a symbolic link to a file already listed is dropped.
  const sorted = [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const file of sorted) {
    const real = await realpath(file).catch(() => file);
    if (seen.has(real)) continue;
    seen.add(real);
    out.push(file);
  }
  return out;
}
