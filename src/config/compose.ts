// Composes a configuration file with what it builds on: `extends` (postlint's presets, other config files,
// `postlint-config-*` packages; later wins, rules merged per id as ESLint's eslintrc did), `plugins` and
// `define`, which add rules to the registry. Every layer is validated against the final registry, so that a base
// config may configure a rule that a later layer's plugin brings, and each error names the file it is in.
import { isPlainObject } from './plain-object.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PROFILES, UsageError, type ResolvedConfig, type Rule } from '../types.js';
import type { RuleRegistry } from '../registry/registry.js';
import { loadPlugin, isLocalPlugin, type PluginCache, type PluginRef } from '../plugins/load-plugin.js';
import { resolvePackageEntry } from '../plugins/resolve-package.js';
import { checkDefinition, definitionEntries, type Definition } from '../plugins/declarative.js';
import { validateConfig } from './validate.js';
import { mergeRules } from './cli-rules.js';
import { quote } from './quote.js';
import { didYouMean } from './suggest.js';
import { overrideRulesWithOptions } from './overrides.js';

/** postlint's own presets, as `extends` names them. */
export const PRESETS = ['postlint:recommended', 'postlint:strict', ...PROFILES.map((p) => `postlint:${p}`)] as const;

/** One configuration object in the chain, with the file it comes from. */
interface Layer {
  raw: Record<string, unknown>;
  /** Shown in errors: the file (relative to cwd) or the preset's name. */
  source: string;
  /** Folder its plugins and relative `extends` are resolved from. */
  dir: string;
  keyPrefix: string;
  /** The file it was read from (none for a preset). */
  file?: string;
}

export interface ComposeIO {
  /** Loads a config file (cosmiconfig's loaders): its raw content. */
  load(file: string): Promise<unknown>;
  display(file: string): string;
  /** An ES module loaded through require() arrives as its namespace. */
  unwrap(raw: unknown): unknown;
  /** The plugins already loaded by this run (a plugin named by several configs is imported once). */
  plugins: PluginCache;
}

function fail(layer: Pick<Layer, 'source' | 'keyPrefix'>, key: string, problem: string): never {
  throw new UsageError(`${layer.source}: ${layer.keyPrefix}${key} : ${problem}`);
}

function stringList(layer: Layer, key: string): string[] {
  const value = layer.raw[key];
  if (value === undefined) return [];
  const list = typeof value === 'string' && key === 'extends' ? [value] : value;
  if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' && v.trim() !== '')) fail(layer, key, 'doit être une liste de chaînes');
  return list as string[];
}

function presetLayer(name: string, from: Layer, builtInIds: readonly string[]): Layer {
  const layer: Layer = { raw: {}, source: name, dir: from.dir, keyPrefix: '' };
  if (name === 'postlint:recommended') return layer;
  // Every built-in rule an error, warnings included (as eslint:all, for agencies that want no exception).
  if (name === 'postlint:strict') return { ...layer, raw: { rules: Object.fromEntries(builtInIds.map((id) => [id, 'error'])) } };
  const profile = name.slice('postlint:'.length);
  if ((PROFILES as readonly string[]).includes(profile)) return { ...layer, raw: { profile } };
  return fail(from, 'extends', `préréglage ${quote(name)} inconnu (${didYouMean(name, PRESETS)}préréglages : ${PRESETS.join(', ')})`);
}

async function collect(layer: Layer, io: ComposeIO, builtInIds: readonly string[], chain: readonly string[]): Promise<Layer[]> {
  const out: Layer[] = [];
  for (const name of stringList(layer, 'extends')) {
    if (name.startsWith('postlint:')) {
      out.push(presetLayer(name, layer, builtInIds));
      continue;
    }
    const file = isLocalPlugin(name) ? path.resolve(layer.dir, name) : resolvePackageEntry(name, layer.dir);
    if (!file) fail(layer, 'extends', `configuration ${quote(name)} introuvable (ni fichier relatif, ni paquet installé ; installez-le : npm install --save-dev ${name})`);
    if (chain.includes(file)) fail(layer, 'extends', `boucle : ${[...chain, file].map(io.display).join(' → ')}`);
    let raw: unknown;
    try {
      raw = io.unwrap(await io.load(file));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const e = error as NodeJS.ErrnoException;
      if (e.code === 'ENOENT' || e.code === 'EISDIR') fail(layer, 'extends', `fichier ${quote(name)} introuvable`);
      fail(layer, 'extends', `impossible de charger ${quote(name)} : ${String(e.message ?? e).split('\n')[0]}`);
    }
    if (!isPlainObject(raw)) fail(layer, 'extends', `${quote(name)} doit contenir un objet de configuration`);
    const child: Layer = { raw, source: io.display(file), dir: path.dirname(file), keyPrefix: '', file };
    out.push(...(await collect(child, io, builtInIds, [...chain, file])));
  }
  out.push(layer);
  return out;
}

/**
 * The configuration `raw` read from `file`, with its extends, plugins and declarative rules: validated, merged
 * and carrying its registry (`base` plus what its plugins and definitions add).
 */
export async function composeConfig(raw: unknown, file: string, base: RuleRegistry, builtInIds: readonly string[], io: ComposeIO, keyPrefix = ''): Promise<ResolvedConfig> {
  const top: Layer = { raw: isPlainObject(raw) ? raw : {}, source: io.display(file), dir: path.dirname(file), keyPrefix, file };
  if (!isPlainObject(raw)) return validateConfig(raw, top.source, { rules: base.lookup(), keyPrefix }); // its own error
  const layers = await collect(top, io, builtInIds, [file]);

  const plugins: PluginRef[] = [];
  const definitions: Record<string, Definition> = {};
  for (const layer of layers) {
    for (const spec of stringList(layer, 'plugins')) plugins.push({ spec, baseDir: layer.dir });
    const define = layer.raw.define;
    if (define === undefined) continue;
    if (!isPlainObject(define)) fail(layer, 'define', 'doit être un objet { "espace/nom-de-règle": { type, terms ou swap, message } }');
    for (const [id, spec] of Object.entries(define)) definitions[id] = checkDefinition(id, spec, (key, problem) => fail(layer, key, problem));
  }
  // The same plugin named by two layers is loaded once (loadPlugin caches it: the same entries come back); two
  // plugins that give one id are still refused by the registry.
  const entries = [...new Set((await Promise.all(plugins.map((p) => loadPlugin(p, io.plugins)))).flat())];
  const registry = base.extend([...entries, ...definitionEntries(definitions, 'define')]);

  // Rules given options in some layer are loaded now, for the options to be checked; a bare severity needs no
  // rule loaded (a rule switched off is never imported).
  await registry.load(
    layers.flatMap((l) => [...withOptions(l.raw.rules), ...overrideRulesWithOptions(l.raw.overrides, withOptions)]).filter((id) => registry.has(id)),
  );

  let merged: ResolvedConfig = { rules: {}, ignorePatterns: [] };
  for (const layer of layers) {
    const own = validateConfig(withoutComposition(layer.raw), layer.source, { rules: registry.lookup(), keyPrefix: layer.keyPrefix, baseDir: layer.dir });
    merged = {
      ...merged,
      ...(own.profile ? { profile: own.profile } : {}),
      ...(own.platform ? { platform: own.platform } : {}),
      rules: mergeRules(merged.rules, own.rules),
      ignorePatterns: [...merged.ignorePatterns, ...own.ignorePatterns],
      // A base's overrides come first: the extending file's own entries win over them.
      ...(own.overrides || merged.overrides ? { overrides: [...(merged.overrides ?? []), ...(own.overrides ?? [])] } : {}),
    };
  }
  merged.registry = registry;
  const extended = layers.slice(0, -1).map((l) => l.source);
  if (extended.length) merged.extends = extended;
  if (plugins.length) merged.plugins = [...new Set(plugins.map((p) => p.spec))];
  // What the results depend on besides the rules' settings (the --cache key): the config files, each plugin's file
  // and, for a package, its package.json (its version).
  merged.sources = [...new Set([...layers.flatMap((l) => (l.file ? [l.file] : [])), ...plugins.flatMap(pluginSources)])];
  return merged;
}

function pluginSources(ref: PluginRef): string[] {
  if (isLocalPlugin(ref.spec)) return [path.resolve(ref.baseDir, ref.spec)];
  const entry = resolvePackageEntry(ref.spec, ref.baseDir);
  return entry ? [entry, ...packageManifest(entry)] : [];
}

/** The package.json nearest above a package's entry file. */
function packageManifest(entry: string): string[] {
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) return [manifest];
  }
  return [];
}

/** Ids of a `rules` object whose value carries options (`["warn", { … }]`). */
export function withOptions(rules: unknown): string[] {
  return isPlainObject(rules) ? Object.entries(rules).filter(([, v]) => Array.isArray(v) && v.length > 1).map(([id]) => id) : [];
}

function withoutComposition(raw: Record<string, unknown>): Record<string, unknown> {
  const { extends: _e, plugins: _p, define: _d, ...rest } = raw;
  return rest;
}

/** The rules of a config that the engine must run: all but those the user switched off, sensitive ones always. */
export async function rulesToRun(config: ResolvedConfig, registry: RuleRegistry): Promise<Rule[]> {
  const off = (id: string) => config.rules[id]?.severity === 0 && !registry.isSensitive(id);
  return registry.load(registry.ids().filter((id) => !off(id)));
}
