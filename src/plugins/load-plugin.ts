// Loads the plugins a configuration names: npm packages (resolved from the config file's folder, as ESLint does)
// or local ES modules, whose default export is { rules: { "<name>": rule } }. Rule ids are namespaced by the
// plugin: the package name without `postlint-plugin-` (`postlint-plugin-clinique` → `clinique/…`,
// `@groupe/postlint-plugin-x` → `@groupe/x/…`), or the local file's name without its extension
// (`./regles/agence.mjs` → `agence/…`). Every failure is one line naming the plugin (and the rule).
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../types.js';
import type { RuleEntry } from '../registry/registry.js';
import { completeRule } from './complete-rule.js';
import { resolvePackageEntry } from './resolve-package.js';

export interface PluginRef {
  /** As written in the config. */
  spec: string;
  /** The folder of the config file that names it: where a package is looked up and a path resolved from. */
  baseDir: string;
}

const RULE_NAME = /^[a-z0-9][a-z0-9._-]*$/u;

export function isLocalPlugin(spec: string): boolean {
  return /^\.{1,2}(?:[/\\]|$)/u.test(spec) || path.isAbsolute(spec);
}

/** The prefix of a plugin's rule ids. */
export function pluginNamespace(spec: string): string {
  if (isLocalPlugin(spec)) return path.basename(spec).replace(/\.[cm]?[jt]s$/u, '');
  const scoped = /^(@[^/]+)\/(.+)$/u.exec(spec);
  if (scoped) {
    const rest = scoped[2] === 'postlint-plugin' ? '' : scoped[2].replace(/^postlint-plugin-/u, '');
    return rest ? `${scoped[1]}/${rest}` : scoped[1];
  }
  return spec.replace(/^postlint-plugin-/u, '');
}

function fileOf(ref: PluginRef): string {
  if (isLocalPlugin(ref.spec)) {
    const file = path.resolve(ref.baseDir, ref.spec);
    if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`extension ${ref.spec} : fichier introuvable (${file})`);
    return file;
  }
  const file = resolvePackageEntry(ref.spec, ref.baseDir);
  if (!file) throw new UsageError(`extension ${ref.spec} : paquet introuvable depuis ${ref.baseDir} (installez-le : npm install --save-dev ${ref.spec})`);
  if (!existsSync(file)) throw new UsageError(`extension ${ref.spec} : fichier d’entrée du paquet introuvable (${file})`);
  return file;
}

/** The plugins one run has loaded, by file and namespace: each run (or ConfigLoader) has its own. */
export type PluginCache = Map<string, Promise<RuleEntry[]>>;

/** The registry entries of one plugin (loaded once per run, whichever config names it). */
export function loadPlugin(ref: PluginRef, cache: PluginCache): Promise<RuleEntry[]> {
  const file = fileOf(ref);
  const namespace = pluginNamespace(ref.spec);
  const key = `${file}\0${namespace}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = importPlugin(file, ref.spec, namespace);
    cache.set(key, pending);
  }
  return pending;
}

async function importPlugin(file: string, spec: string, namespace: string): Promise<RuleEntry[]> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  } catch (error) {
    const first = String((error as Error)?.message ?? error).split('\n')[0];
    throw new UsageError(`extension ${spec} : chargement impossible : ${first}`);
  }
  const plugin = (mod.default ?? mod) as { rules?: unknown };
  if (typeof plugin !== 'object' || plugin === null || typeof plugin.rules !== 'object' || plugin.rules === null || Array.isArray(plugin.rules)) {
    throw new UsageError(`extension ${spec} : l’export par défaut doit être { rules: { "nom-de-règle": règle } }`);
  }
  const entries: RuleEntry[] = [];
  for (const [name, raw] of Object.entries(plugin.rules as Record<string, unknown>)) {
    if (!RULE_NAME.test(name)) throw new UsageError(`extension ${spec} : règle ${name} : nom invalide (minuscules, chiffres, - . _)`);
    const id = `${namespace}/${name}`;
    const rule = completeRule(raw, id, spec, name); // checked now: a bad rule fails the run before any file
    entries.push({ id, origin: spec, load: () => rule });
  }
  if (entries.length === 0) throw new UsageError(`extension ${spec} : aucune règle exportée`);
  return entries;
}
