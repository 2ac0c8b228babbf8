// --cache: a file's results are reused while its text, its effective configuration and postlint itself are
// unchanged (as ESLint's cache). What is stored is only what the report needs, after masking: the messages
// (already masked by the privacy step), their counts, a hash of the text and of the configuration. Neither the
// text nor the file's path is stored: entries are keyed by a hash of the path.
//
// The cache file is replaced atomically. One that does not parse, or comes from another postlint or another
// format, is ignored and rewritten; a file that was never a postlint cache (a wrong --cache-location) is neither
// read nor replaced.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintResult, ResolvedConfig } from '../types.js';
import { writeFileAtomic } from '../files/write.js';

/** The cache file's first key: what tells a postlint cache (even a damaged one) from someone else's file. */
const MARKER = '{"postlintCache":';
const FORMAT = 1;
export const DEFAULT_CACHE_FILE = '.postlintcache';
/** Entries not used by this many runs are dropped (files deleted or renamed since). */
const KEEP_RUNS = 20;

type StoredResult = Omit<LintResult, 'filePath' | 'output' | 'candidates' | 'source'>;

interface Entry {
  /** sha256 of the text as decoded. */
  text: string;
  /** Key of the effective configuration (configKey). */
  config: string;
  /** The run that last used it. */
  run: number;
  result: StoredResult;
}

interface CacheFile {
  postlintCache: number;
  /** postlint's version and a stamp of its own modules: another build's results are not reused. */
  build: string;
  run: number;
  entries: Record<string, Entry>;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** --cache-location: a folder (existing, or written with a trailing slash) holds `.postlintcache`. */
export async function cacheFilePath(cwd: string, location: string | undefined): Promise<string> {
  const target = path.resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  if (location !== undefined && /[/\\]$/u.test(location)) return path.join(target, DEFAULT_CACHE_FILE);
  const st = await stat(target).catch(() => null);
  return st?.isDirectory() ? path.join(target, DEFAULT_CACHE_FILE) : target;
}

/**
 * postlint's version and the size and date of each of its own modules: a rebuilt postlint (a new version, or a
 * developer's change to a rule under the same version) does not reuse results it may no longer give.
 */
function buildStamp(version: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url)); // <root>/src/cache or <root>/dist/src/cache
  const base = path.resolve(here, '..', '..');
  const parts: string[] = [version];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      const st = statSync(file, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(file);
      else if (/\.[cm]?[jt]s$/u.test(name)) parts.push(`${path.relative(base, file)}:${st.size}:${st.mtimeMs}`);
    }
  };
  walk(path.join(base, 'src'));
  walk(path.join(base, 'rules'));
  return sha256(parts.join('\n'));
}

/** What a file's results depend on besides its text: the rules' settings, profile, platform and source files. */
function configKey(config: ResolvedConfig): string {
  const sources = (config.sources ?? []).map((file) => {
    try {
      return [file, sha256(readFileSync(file))];
    } catch {
      return [file, 'absent'];
    }
  });
  return sha256(JSON.stringify({ profile: config.profile ?? null, platform: config.platform ?? null, rules: config.rules, sources }));
}

export class LintCache {
  private readonly configKeys = new WeakMap<ResolvedConfig, string>();

  private constructor(
    readonly file: string,
    private readonly data: CacheFile,
    /** false: the location holds something else than a cache, which must not be replaced. */
    readonly writable: boolean,
    /** Why the location cannot be used (unreadable, or not a cache), for the caller to say; null otherwise. */
    readonly discarded: string | null,
  ) {}

  static async open(file: string, version: string): Promise<LintCache> {
    const build = buildStamp(version);
    const empty = (): CacheFile => ({ postlintCache: FORMAT, build, run: 0, entries: {} });
    // A device, a FIFO or a folder (« --cache-location /dev/null ») is never read, nor replaced by a rename.
    const st = await stat(file).catch(() => null);
    if (st && !st.isFile()) return new LintCache(file, empty(), false, 'ce n’est pas un fichier ordinaire');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return new LintCache(file, empty(), true, null);
      return new LintCache(file, empty(), false, `illisible (${code ?? 'erreur'})`);
    }
    if (text.trim() !== '' && !text.startsWith(MARKER)) return new LintCache(file, empty(), false, 'ce n’est pas un cache de postlint');
    let parsed: CacheFile | null = null;
    try {
      parsed = JSON.parse(text) as CacheFile;
    } catch {
      return new LintCache(file, empty(), true, null); // damaged (a disk full mid-write elsewhere): start afresh
    }
    const valid = parsed?.postlintCache === FORMAT && typeof parsed.entries === 'object' && parsed.entries !== null && Number.isInteger(parsed.run);
    if (!valid) return new LintCache(file, empty(), true, null);
    if (parsed.build !== build) return new LintCache(file, empty(), true, null); // another postlint: start afresh
    return new LintCache(file, { ...parsed, run: parsed.run + 1 }, true, null);
  }

  private keyOf(config: ResolvedConfig): string {
    let key = this.configKeys.get(config);
    if (key === undefined) this.configKeys.set(config, (key = configKey(config)));
    return key;
  }

  /** The results stored for `filePath` when its text and configuration are those of the stored run, else null. */
  get(filePath: string, text: string, config: ResolvedConfig): LintResult | null {
    const entry = Object.hasOwn(this.data.entries, sha256(filePath)) ? this.data.entries[sha256(filePath)] : undefined;
    if (!entry || entry.text !== sha256(text) || entry.config !== this.keyOf(config)) return null;
    // An entry edited by hand or by another tool is not trusted: the file is linted again.
    if (typeof entry.result !== 'object' || entry.result === null || !Array.isArray(entry.result.messages)) return null;
    entry.run = this.data.run;
    // A copy: the caller may change the result it gets (--quiet, sorting).
    return { filePath, ...(structuredClone(entry.result) as StoredResult) };
  }

  /** Stores what linting `text` (the file's content now) gave. */
  set(filePath: string, text: string, config: ResolvedConfig, result: LintResult): void {
    const { filePath: _f, output: _o, candidates: _c, source: _s, ...stored } = result;
    this.data.entries[sha256(filePath)] = { text: sha256(text), config: this.keyOf(config), run: this.data.run, result: structuredClone(stored) };
  }

  /** Writes the cache (atomically); entries unused for KEEP_RUNS runs are dropped. */
  async save(): Promise<void> {
    if (!this.writable) return;
    const entries: Record<string, Entry> = {};
    for (const [key, entry] of Object.entries(this.data.entries)) {
      if (this.data.run - entry.run < KEEP_RUNS) entries[key] = entry;
    }
    const out: CacheFile = { postlintCache: FORMAT, build: this.data.build, run: this.data.run, entries };
    await writeFileAtomic(this.file, JSON.stringify(out), { mkdirs: true });
  }
}
