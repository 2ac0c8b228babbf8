// Start-up through the bundle (issue #9): bin/postlint.js asks this module for the command line compiled from
// <dist>/cli.bundle.cjs with V8's code cache (<dist>/cli.bundle.cache), both made by scripts/bundle-cli.mjs.
// Node 20 caches no compiled code for ES modules; a script compiled from its code cache skips parsing and
// compiling, top level and functions alike. Anything unexpected (no bundle, a bundle older than the modules it
// was made from, a cache V8 rejects) leaves the run to the modules or to an uncached compile: never an error.
import { createHash } from 'node:crypto';
import { accessSync, constants, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { WorkerOptions } from '../runner/worker-main.js';
import { startupTrace } from './trace.js';
import { readBuildText } from '../files/build-data.js';

export type Main = (argv: readonly string[]) => Promise<void>;

interface Manifest {
  version: 1;
  /** The modules of dist/ in the bundle: path relative to dist/, size, contentHash. */
  inputs: Array<[string, number, string]>;
}

/** A module's hash in the manifest (scripts/bundle-cli.mjs writes it with this function too). */
export const contentHash = (data: Buffer): string => createHash('sha256').update(data).digest('base64url');

/**
 * Why the bundle does not match the modules of `dist` (null when it does). A module is hashed only when its
 * size is the same and it was written after the bundle (a `tsc` run since the build); an installed package keeps
 * the same dates on every file, and then a stat per module is the whole check.
 */
function staleness(dist: string, bundleTime: number): string | null {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(dist, 'cli.bundle.json'), 'utf8')) as Manifest;
  } catch {
    return 'liste des modules illisible';
  }
  if (manifest?.version !== 1 || !Array.isArray(manifest.inputs)) return 'liste des modules illisible';
  for (const [file, size, hash] of manifest.inputs) {
    const full = path.join(dist, file);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) return `${file} absent`;
    if (stat.size !== size) return `${file} modifié`;
    if (stat.mtimeMs > bundleTime && contentHash(readFileSync(full)) !== hash) return `${file} modifié`;
  }
  return null;
}

/** The folder can take a new cache file (a read-only install keeps running without one). */
function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Replaced whole (a file beside it, then renamed): a run reading it at the same time never sees half a cache. */
function writeCache(file: string, data: Buffer): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
    renameSync(temporary, file);
    return true;
  } catch {
    rmSync(temporary, { force: true });
    return false;
  }
}

/** What the bundle exports (src/startup/bundle-entry.ts): the command line, and a worker thread's side of the pool. */
export interface BundleExports {
  main: Main;
  startWorker: (options: WorkerOptions) => Promise<void>;
  run: typeof import('../cli.js').run;
}

/** How the bundle loads the user's modules (configuration, plugins, formatters): Node's import() by default. */
export type HostImport = (specifier: string) => Promise<unknown>;

export interface LoadedBundle {
  exports: BundleExports;
  /** Writes a new code cache when the run had none that V8 took (the main thread calls it once its run is over). */
  saveCache(): void;
}

/**
 * The bundle of `dist`, compiled from its code cache, or undefined when the modules must run instead.
 * POSTLINT_NO_BUNDLE=1 turns the bundle off; POSTLINT_STARTUP_TRACE=1 says on stderr which way `who` (the run, or
 * a worker thread) started and why.
 */
export function loadBundle(
  dist: string,
  env: NodeJS.ProcessEnv = process.env,
  who = '',
  hostImport: HostImport = (specifier) => import(specifier),
): LoadedBundle | undefined {
  const trace = (line: string) => startupTrace(env, `${who}${line}`);
  if (env.POSTLINT_NO_BUNDLE === '1') {
    trace('modules (POSTLINT_NO_BUNDLE=1)');
    return undefined;
  }
  const file = path.join(dist, 'cli.bundle.cjs');
  const cacheFile = path.join(dist, 'cli.bundle.cache');
  const bundleTime = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  if (bundleTime === undefined) {
    trace('modules (pas de paquet)');
    return undefined;
  }
  const stale = staleness(dist, bundleTime);
  if (stale) {
    trace(`modules (paquet périmé : ${stale})`);
    return undefined;
  }
  // Read only once it is known to be used (2 MB: a stale bundle costs no decoding).
  let bundle: string;
  try {
    bundle = readBuildText(file);
  } catch {
    trace('modules (pas de paquet)');
    return undefined;
  }
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // The bundle's import() calls (the user's configuration, plugins, formatters) come here: see scripts/bundle-cli.mjs.
  const source = `(function (exports, require, module, __filename, __dirname, __postlintHostImport) {${bundle}\n})`;
  // Each regular expression is compiled once, to machine code, instead of to bytecode on its first run and again
  // to machine code on its second (V8's tier-up): most of a post's ~700 expressions run a few times, and compiling
  // them twice was the larger part of a first lint. Set here, in the command line's own process (its threads share
  // it), never by the library; the build's first run sets it too, so the code cache's flag hash matches.
  v8.setFlagsFromString('--no-regexp-tier-up');
  const script = new vm.Script(source, { filename: file, cachedData });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} as Partial<BundleExports> };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dist, hostImport);
  const { main, startWorker, run } = module.exports;
  if (typeof main !== 'function' || typeof startWorker !== 'function' || typeof run !== 'function') {
    trace('modules (paquet sans point d’entrée)');
    return undefined;
  }
  trace(`paquet, cache ${accepted ? 'accepté' : cachedData ? 'rejeté' : 'absent'}`);
  return {
    exports: { main, startWorker, run },
    // A new cache after a run without one (first run, another Node, a damaged file): it holds the functions this
    // run compiled as well as the top level.
    saveCache: () => {
      if (!accepted && writable(dist) && writeCache(cacheFile, script.createCachedData())) trace('cache écrit');
    },
  };
}

/** The bundled command line of `dist` (see loadBundle), which writes a new code cache after its run when needed. */
export function bundledMain(dist: string, env: NodeJS.ProcessEnv = process.env): Main | undefined {
  const bundle = loadBundle(dist, env);
  if (!bundle) return undefined;
  return async (argv) => {
    await bundle.exports.main(argv);
    bundle.saveCache();
  };
}
