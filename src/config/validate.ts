// Validates a configuration object (file or --rule) against the known rules, with one-line French errors that
// name the file, the key and the valid choices.
import { PROFILES, UsageError, type ResolvedConfig, type Rule, type RuleOptionSpec, type RuleSetting } from '../types.js';
import type { RuleLookup } from '../registry/registry.js';
import { coerceSeverity, SEVERITY_CHOICES } from './severity.js';
import { quote } from './quote.js';
import { isPlainObject } from './plain-object.js';
import { didYouMean } from './suggest.js';
import { validateOverrides } from './overrides.js';

export { didYouMean } from './suggest.js';

export const CONFIG_KEYS = ['$schema', 'extends', 'plugins', 'define', 'profile', 'platform', 'rules', 'overrides', 'ignorePatterns'] as const;

export interface ValidateOptions {
  /** Rules that may be configured: a registry's lookup (only loaded rules have their options checked). */
  rules: RuleLookup;
  /** Prefix of every key in messages, e.g. 'postlint.' for package.json. */
  keyPrefix?: string;
  /** Folder the `overrides` globs are relative to (the config file's; default: the current folder). */
  baseDir?: string;
}


function show(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

class Checker {
  constructor(
    private readonly source: string,
    private readonly prefix: string,
  ) {}

  fail(key: string, problem: string): never {
    throw new UsageError(`${this.source}: ${this.prefix}${key} : ${problem}`);
  }

  option(key: string, spec: RuleOptionSpec, value: unknown): void {
    switch (spec.type) {
      case 'string[]':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) this.fail(key, 'doit être une liste de chaînes');
        break;
      case 'boolean':
        if (typeof value !== 'boolean') this.fail(key, 'doit être true ou false');
        break;
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) this.fail(key, 'doit être un nombre');
        break;
      case 'string':
        if (typeof value !== 'string') this.fail(key, 'doit être une chaîne');
        if (spec.enum && !spec.enum.includes(value)) {
          this.fail(key, `valeur ${quote(value)} invalide (attendu : ${spec.enum.join(', ')})`);
        }
        break;
    }
  }

  /** `rule` is needed (loaded) only when options are given: a bare severity is checked without loading the rule. */
  rule(id: string, rule: Rule | undefined, value: unknown): Partial<RuleSetting> {
    const key = `rules.${id}`;
    let severityInput = value;
    let options: unknown;
    if (Array.isArray(value)) {
      if (value.length < 1 || value.length > 2) {
        this.fail(key, 'attendu une sévérité ou [sévérité, { options }]');
      }
      [severityInput, options] = value;
    }
    const severity = coerceSeverity(severityInput);
    if (severity === null) {
      if (isPlainObject(severityInput)) this.fail(key, 'attendu une sévérité ou [sévérité, { options }]');
      this.fail(key, `sévérité ${show(severityInput)} invalide (attendu : ${SEVERITY_CHOICES})`);
    }
    const setting: Partial<RuleSetting> = { severity };
    if (options === undefined) return setting;
    if (!isPlainObject(options)) this.fail(key, 'les options (2e élément) doivent être un objet');
    if (!rule) throw new Error(`règle ${id} non chargée avant la validation de ses options`);
    const specs = rule.meta.options ?? {};
    const names = Object.keys(specs);
    for (const [name, optionValue] of Object.entries(options)) {
      const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
      if (!spec) {
        this.fail(
          `${key}.${name}`,
          names.length === 0
            ? `option inconnue (la règle ${id} n’a pas d’options)`
            : `option inconnue (${didYouMean(name, names)}options : ${names.join(', ')})`,
        );
      }
      this.option(`${key}.${name}`, spec, optionValue);
    }
    setting.options = { ...options };
    return setting;
  }

  rules(value: unknown, known: RuleLookup): Record<string, Partial<RuleSetting>> {
    if (!isPlainObject(value)) this.fail('rules', 'doit être un objet { "id-de-règle": sévérité }');
    const out: Record<string, Partial<RuleSetting>> = {};
    const ids = [...known.keys()].sort();
    for (const [id, setting] of Object.entries(value)) {
      const rule = known.get(id);
      // « agence/no-cash »: a plugin's or a declarative rule's id, that no `plugins` or `define` entry provides.
      const hint = id.includes('/') && !ids.includes(id) ? 'aucune extension (plugins) ni règle définie (define) ne la fournit ; ' : '';
      if (!ids.includes(id)) this.fail(`rules.${id}`, `règle inconnue (${hint}${didYouMean(id, ids)}règles : ${ids.join(', ')})`);
      out[id] = this.rule(id, rule, setting);
    }
    return out;
  }
}

/**
 * Checks a configuration object as read from `source` (a file name to show in errors) and returns it
 * resolved: severities as numbers, options as given (the engine applies defaults). Throws UsageError.
 */
export function validateConfig(raw: unknown, source: string, options: ValidateOptions): ResolvedConfig {
  const check: Checker = new Checker(source, options.keyPrefix ?? '');
  const config: ResolvedConfig = { rules: {}, ignorePatterns: [] };
  if (raw === undefined || raw === null) return config;
  if (!isPlainObject(raw)) {
    throw new UsageError(`${source}: la configuration doit être un objet { "profile", "platform", "rules", "ignorePatterns" }`);
  }
  for (const [key, value] of Object.entries(raw)) {
    switch (key) {
      case '$schema':
        if (typeof value !== 'string') check.fail(key, 'doit être une chaîne (URL du schéma)');
        break;
      case 'profile':
        if (typeof value !== 'string' || !(PROFILES as readonly string[]).includes(value)) {
          check.fail(
            key,
            `profil ${show(value)} inconnu (${typeof value === 'string' ? didYouMean(value, PROFILES) : ''}profils : ${PROFILES.join(', ')})`,
          );
        }
        config.profile = value as ResolvedConfig['profile'];
        break;
      case 'platform':
        if (typeof value !== 'string' || !value.trim()) check.fail(key, 'doit être une chaîne (ex. "instagram", "facebook", "linkedin", "site")');
        config.platform = String(value);
        break;
      case 'rules':
        config.rules = check.rules(value, options.rules);
        break;
      case 'overrides':
        config.overrides = validateOverrides(value, source, options.keyPrefix ?? '', options.baseDir ?? process.cwd(), (rules, keyPrefix) =>
          new Checker(source, keyPrefix).rules(rules, options.rules),
        );
        break;
      // Composition keys: read by compose.ts (extends, plugins, define) before the layers are validated here.
      case 'extends':
        if (typeof value !== 'string' && (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))) check.fail(key, 'doit être une liste de chaînes');
        break;
      case 'plugins':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) check.fail(key, 'doit être une liste de chaînes');
        break;
      case 'define':
        if (typeof value !== 'object' || value === null || Array.isArray(value)) check.fail(key, 'doit être un objet { "espace/nom-de-règle": { type, terms ou swap, message } }');
        break;
      case 'ignorePatterns':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
          check.fail(key, 'doit être une liste de chaînes (motifs à la .gitignore)');
        }
        config.ignorePatterns = [...value];
        break;
      default:
        check.fail(key, `clé inconnue (${didYouMean(key, CONFIG_KEYS)}clés : ${CONFIG_KEYS.join(', ')})`);
    }
  }
  return config;
}

/** Validates only a `rules` object (used for --rule). */
export function validateRules(
  raw: Record<string, unknown>,
  source: string,
  options: ValidateOptions,
): Record<string, Partial<RuleSetting>> {
  return new Checker(source, options.keyPrefix ?? '').rules(raw, options.rules);
}
