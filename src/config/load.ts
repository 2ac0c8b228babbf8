// Finds and loads the configuration of each linted file: the nearest config file above it (cosmiconfig, walked
// folder by folder and cached per folder), or the one given with --config; --rule goes on top. The upward search
// stops at the project root (see searchLimit): a `.postrc.js` dropped in a parent folder such as /tmp or $HOME runs
// code, so it must never be picked up by a project that does not contain it.
import { accessSync, constants, existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { cosmiconfig, type Loader } from 'cosmiconfig';
import { load as parseYaml } from 'js-yaml';
import { UsageError, type ResolvedConfig, type Rule, type RuleSetting } from '../types.js';
import { createIgnoreMatcher, type IgnoreMatcher } from '../files/ignore.js';
import { validateConfig, validateRules } from './validate.js';
import { mergeRules } from './cli-rules.js';
import { composeConfig, withOptions } from './compose.js';
import { RuleRegistry } from '../registry/registry.js';
import { builtInRegistry } from '../registry/built-in.js';
import { quote } from './quote.js';
import type { PluginCache } from '../plugins/load-plugin.js';
import { matchingOverrides, withOverrides } from './overrides.js';

export const MODULE_NAME = 'postlint';

/** A folder holding one of these is a project root: the upward config search goes no higher. */
export const PROJECT_ROOT_MARKERS = ['.git', 'package.json'];

/** Looked for in each folder, in this order; the first one found wins. */
export const SEARCH_PLACES = [
  '.postrc',
  '.postrc.json',
  '.postrc.yaml',
  '.postrc.yml',
  '.postrc.js',
  '.postrc.cjs',
  '.postrc.mjs',
  'postlint.config.js',
  'postlint.config.mjs',
  'postlint.config.cjs',
  'package.json',
];

/** A parse error, turned into a UsageError that names the file by ConfigLoader. */
class ParseError extends Error {
  constructor(
    readonly language: string,
    detail: string,
  ) {
    super(detail);
  }
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `ligne ${before.length}, colonne ${before[before.length - 1].length + 1}`;
}

const loadJson: Loader = (_filepath, content) => {
  try {
    return JSON.parse(content.replace(/^\ufeff/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    throw new ParseError('JSON', at ? `${message.split('\n')[0]} (${lineColumn(content, Number(at[1]))})` : message.split('\n')[0]);
  }
};

const loadYaml: Loader = (_filepath, content) => {
  try {
    return parseYaml(content);
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number; column: number }; message: string };
    const where = e.mark ? ` (ligne ${e.mark.line + 1}, colonne ${e.mark.column + 1})` : '';
    throw new ParseError('YAML', e.reason ? `${e.reason}${where}` : e.message.split('\n')[0]);
  }
};

/** `.postrc` holds JSON or YAML: JSON errors are clearer for a file that starts with `{`. */
const loadNoExt: Loader = (filepath, content) => (/^\s*\{/.test(content) ? loadJson(filepath, content) : loadYaml(filepath, content));

/**
 * JS configs are loaded with import() only (it reads CommonJS too). cosmiconfig's own loader retries a failed
 * import() with require(), which hides an ES module's syntax error behind Node's « Cannot require() ES Module ».
 * While one loads, `loading` names it: a module that never settles empties the event loop, and the CLI then
 * says which file it was instead of exiting without a word.
 */
export const loading = new Set<string>();
const loadModule: Loader = async (filepath) => {
  loading.add(filepath);
  try {
    const mod = (await import(pathToFileURL(filepath).href)) as { default?: unknown };
    return 'default' in mod ? mod.default : mod;
  } finally {
    loading.delete(filepath);
  }
};

/** An ES module loaded through require() (Node ≥ 20.19) arrives as its namespace: take its default export. */
function unwrapModule(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const keys = Object.keys(raw).filter((k) => k !== '__esModule' && k !== 'module.exports');
  return keys.length === 1 && keys[0] === 'default' ? (raw as { default: unknown }).default : raw;
}

export interface ConfigLoaderOptions {
  /** Folder that error messages and --config ignore patterns are relative to (default process.cwd()). */
  cwd?: string;
  /** --config: this file for every linted file, no discovery. */
  configFile?: string;
  /** false: no discovery (only --config and --rule). */
  configLookup?: boolean;
  /** Validated --rule settings, layered over the file's rules. */
  cliRules?: Record<string, Partial<RuleSetting>>;
  /** --rule values as parsed, checked against each configuration's rules (plugins included), then layered. */
  cliRuleValues?: Record<string, unknown>;
  /** The rules every configuration starts from (default: postlint's built-in rules, loaded lazily). */
  registry?: RuleRegistry;
  /** Tests: these rules instead of a registry. */
  rules?: ReadonlyMap<string, Rule>;
}

interface Found {
  config: ResolvedConfig;
  /** Folder the config's ignorePatterns are relative to. */
  baseDir: string;
  ignore: IgnoreMatcher;
}

export class ConfigLoader {
  private readonly cwd: string;
  private readonly explorer;
  private readonly byDir = new Map<string, Promise<Found | null>>();
  private readonly roots = new Map<string, string | null>();
  private readonly byFile = new Map<string, Promise<Found | null>>();
  private readonly empty: Found;
  /** The rules every configuration starts from. */
  readonly registry: RuleRegistry;
  private readonly withCli = new WeakMap<ResolvedConfig, ResolvedConfig>();
  /** Plugins loaded by this loader's configurations: nothing carries over from one run to the next. */
  private readonly plugins: PluginCache = new Map();
  private readonly withOverrides = new WeakMap<ResolvedConfig, Map<string, ResolvedConfig>>();

  constructor(private readonly options: ConfigLoaderOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
    this.registry = options.registry ?? (options.rules ? RuleRegistry.of([...options.rules.values()]) : builtInRegistry());
    try {
      this.explorer = cosmiconfig(MODULE_NAME, {
        searchPlaces: SEARCH_PLACES,
        searchStrategy: 'none',
        loaders: { '.json': loadJson, '.yaml': loadYaml, '.yml': loadYaml, noExt: loadNoExt, '.js': loadModule, '.cjs': loadModule, '.mjs': loadModule },
      });
    } catch (error) {
      // cosmiconfig reads the current folder's package.json (its own meta-configuration) right here.
      throw this.loadError(error, path.join(this.cwd, 'package.json'));
    }
    this.empty = this.found({ rules: {}, ignorePatterns: [], registry: this.registry }, this.cwd);
  }

  private display(file: string): string {
    const rel = path.relative(this.cwd, file);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  }

  private found(config: ResolvedConfig, baseDir: string): Found {
    return { config, baseDir, ignore: createIgnoreMatcher(config.ignorePatterns, baseDir) };
  }

  private loadError(error: unknown, fallbackFile?: string): UsageError {
    if (error instanceof UsageError) return error;
    const e = error as Error & { filepath?: string; code?: string };
    const file = this.display(e.filepath ?? fallbackFile ?? '?');
    if (error instanceof ParseError) return new UsageError(`${file}: ${error.language} invalide : ${error.message}`);
    const lines = String(e.message ?? error).split('\n').map((l) => l.trim()).filter(Boolean);
    // parse-json (cosmiconfig's package.json reader) puts « JSON Error in <file>: » on a line of its own.
    const first = (/Error in [^:]+:\s*$/u.test(lines[0] ?? '') ? lines.slice(0, 2).join(' ') : lines[0]) ?? String(error);
    return new UsageError(`${file}: impossible de charger la configuration : ${first.replace(/^.*Error in [^:]+:\s*/, '')}`);
  }

  /** Validates what cosmiconfig loaded from `filepath`, with what it extends and the rules its plugins bring. */
  private async fromResult(filepath: string, raw: unknown, baseDir: string): Promise<Found> {
    raw = unwrapModule(raw);
    const isPackageJson = path.basename(filepath) === 'package.json';
    const builtIns = this.registry.ids().filter((id) => this.registry.origin(id) === 'postlint');
    let config: ResolvedConfig;
    try {
      config = await composeConfig(raw, filepath, this.registry, builtIns, {
        load: async (file) => {
          const result = await this.explorer.load(file);
          return result?.config;
        },
        display: (file) => this.display(file),
        unwrap: unwrapModule,
        plugins: this.plugins,
      }, isPackageJson ? `${MODULE_NAME}.` : '');
    } catch (error) {
      // A JS config is code: reading it may throw (a getter), which is the file's fault, not postlint's.
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${this.display(filepath)}: configuration illisible : ${error instanceof Error ? error.message : String(error)}`);
    }
    config.filePath = filepath;
    return this.found(config, baseDir);
  }

  private loadFile(file: string): Promise<Found | null> {
    let pending = this.byFile.get(file);
    if (!pending) {
      pending = this.explorer.load(file).then(
        (result) => (result ? this.fromResult(result.filepath, result.config, this.cwd) : this.empty),
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT' || error.code === 'EISDIR') {
            throw new UsageError(`fichier de configuration introuvable ${quote(this.display(file))}`);
          }
          throw this.loadError(error, file);
        },
      );
      this.byFile.set(file, pending);
    }
    return pending;
  }

  /** The nearest folder at or above `dir` that holds `.git` or `package.json`, or null. */
  private projectRoot(dir: string): string | null {
    let root = this.roots.get(dir);
    if (root === undefined) {
      const parent = path.dirname(dir);
      if (PROJECT_ROOT_MARKERS.some((marker) => existsSync(path.join(dir, marker)))) root = dir;
      else root = parent === dir ? null : this.projectRoot(parent);
      this.roots.set(dir, root);
    }
    return root;
  }

  /**
   * The highest folder the search from `dir` may look in: the project root; without one, the current folder
   * when `dir` lies inside it (as ESLint's flat config stops at cwd), else `dir` itself.
   */
  private searchLimit(dir: string): string {
    const root = this.projectRoot(dir);
    if (root !== null) return root;
    const rel = path.relative(this.cwd, dir);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)) ? this.cwd : dir;
  }

  /** The nearest configuration at or above `dir` and no higher than `limit`, or null. */
  private searchFrom(dir: string, limit: string): Promise<Found | null> {
    const key = `${dir}\0${limit}`;
    let pending = this.byDir.get(key);
    if (!pending) {
      pending = (async () => {
        let result;
        try {
          result = await this.explorer.search(dir);
        } catch (error) {
          throw this.loadError(error);
        }
        if (result && !result.isEmpty) return this.fromResult(result.filepath, result.config, path.dirname(result.filepath));
        this.refuseUnreadable(dir);
        const parent = path.dirname(dir);
        return dir === limit || parent === dir ? null : this.searchFrom(parent, limit);
      })();
      this.byDir.set(key, pending);
    }
    return pending;
  }

  /**
   * cosmiconfig takes a config file it may not read for « no config here », and the run would go on without
   * the user's settings: an unreadable config file is a fatal error instead.
   */
  private refuseUnreadable(dir: string): void {
    for (const place of SEARCH_PLACES) {
      const file = path.join(dir, place);
      if (!existsSync(file)) continue;
      try {
        accessSync(file, constants.R_OK);
      } catch (error) {
        throw new UsageError(`impossible de lire la configuration ${quote(this.display(file))} : ${(error as NodeJS.ErrnoException).code ?? 'illisible'}`);
      }
    }
  }

  private async foundFor(dir: string): Promise<Found> {
    let found: Found | null = null;
    if (this.options.configFile) found = await this.loadFile(path.resolve(this.cwd, this.options.configFile));
    else if (this.options.configLookup !== false) found = await this.searchFrom(dir, this.searchLimit(dir));
    return found ?? this.empty;
  }

  /** The configuration that applies to files in `dir`, --rule included. */
  async forDirectory(dir: string): Promise<ResolvedConfig> {
    const { config } = await this.foundFor(path.resolve(this.cwd, dir));
    return this.withCliRules(config);
  }

  /** --rule on top of `config` (one object per config, so that callers may cache by identity). */
  private async withCliRules(config: ResolvedConfig): Promise<ResolvedConfig> {
    const { cliRules, cliRuleValues } = this.options;
    const hasValues = !!cliRuleValues && Object.keys(cliRuleValues).length > 0;
    if ((!cliRules || Object.keys(cliRules).length === 0) && !hasValues) return config;
    let out = this.withCli.get(config);
    if (!out) {
      let rules = cliRules ? mergeRules(config.rules, cliRules) : config.rules;
      if (hasValues) {
        const registry = config.registry ?? this.registry;
        await registry.load(withOptions(cliRuleValues).filter((id) => registry.has(id)));
        rules = mergeRules(rules, validateRules(cliRuleValues, '--rule', { rules: registry.lookup() }));
      }
      out = { ...config, rules };
      this.withCli.set(config, out);
    }
    return out;
  }

  /**
   * The configuration that applies to `filePath` (which need not exist): its folder's, with the `overrides` that
   * match the file laid over it, then --rule. Files matched by the same overrides share one object.
   */
  async forFile(filePath: string): Promise<ResolvedConfig> {
    const file = path.resolve(this.cwd, filePath);
    const { config } = await this.foundFor(path.dirname(file));
    const indices = matchingOverrides(config, file);
    if (indices.length === 0) return this.withCliRules(config);
    let variants = this.withOverrides.get(config);
    if (!variants) this.withOverrides.set(config, (variants = new Map()));
    const key = indices.join(',');
    let variant = variants.get(key);
    if (!variant) variants.set(key, (variant = withOverrides(config, indices)));
    return this.withCliRules(variant);
  }

  /** Whether the `ignorePatterns` of the configuration that applies to `absPath` ignore it. */
  async isIgnored(absPath: string, isDir: boolean): Promise<boolean> {
    const found = await this.foundFor(path.dirname(absPath));
    return found.ignore.ignores(absPath, isDir);
  }
}

/** The configuration for one file (a fresh loader: use ConfigLoader to share its cache over many files). */
export function loadConfigFor(
  filePath: string,
  options: { configFile?: string; cliRules?: Record<string, Partial<RuleSetting>>; cwd?: string } = {},
): Promise<ResolvedConfig> {
  return new ConfigLoader(options).forFile(filePath);
}
