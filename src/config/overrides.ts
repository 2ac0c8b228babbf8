// Per-glob `overrides`, as ESLint's eslintrc has them: `[{ files, excludedFiles?, rules?, profile? }]`. The globs
// are relative to the folder of the config file that declares them; a glob without `/` matches a file name at
// any depth (ESLint's matchBase). Every entry that matches a file applies, in order: later entries win.
import path from 'node:path';
import { PROFILES, UsageError, type Profile, type ResolvedConfig, type RuleSetting } from '../types.js';
import { globToRegExp } from '../files/glob.js';
import { isPlainObject } from './plain-object.js';
import { didYouMean } from './suggest.js';
import { quote } from './quote.js';
import { mergeRules } from './cli-rules.js';

export const OVERRIDE_KEYS = ['files', 'excludedFiles', 'rules', 'profile'] as const;

export interface ResolvedOverride {
  /** Patterns as written, for --print-config. */
  files: string[];
  excludedFiles: string[];
  /** Folder the patterns are relative to (the config file's). */
  baseDir: string;
  rules: Record<string, Partial<RuleSetting>>;
  profile?: Profile;
}

type RulesValidator = (value: unknown, keyPrefix: string) => Record<string, Partial<RuleSetting>>;

function patterns(value: unknown, fail: (problem: string) => never, required: boolean): string[] {
  if (value === undefined && !required) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((p) => typeof p === 'string' && p.trim() !== '')) {
    fail('doit être un motif ou une liste non vide de motifs (ex. "urgences/**/*.md")');
  }
  for (const p of list as string[]) {
    if (path.isAbsolute(p) || p.split('/').includes('..')) fail(`motif ${quote(p)} invalide : il doit être relatif au dossier de la configuration, sans « .. »`);
  }
  return list as string[];
}

/** Checks an `overrides` value; `prefix` is the key prefix of messages (`postlint.` in package.json). */
export function validateOverrides(value: unknown, source: string, prefix: string, baseDir: string, validateRules: RulesValidator): ResolvedOverride[] {
  const failAt = (key: string, problem: string): never => {
    throw new UsageError(`${source}: ${prefix}${key} : ${problem}`);
  };
  if (!Array.isArray(value)) failAt('overrides', 'doit être une liste [{ "files": […], "rules": {…}, "profile": "…" }]');
  return (value as unknown[]).map((entry, i) => {
    const at = `overrides[${i}]`;
    if (!isPlainObject(entry)) return failAt(at, 'doit être un objet { "files", "rules", "profile" }');
    for (const key of Object.keys(entry)) {
      if (!(OVERRIDE_KEYS as readonly string[]).includes(key)) {
        failAt(`${at}.${key}`, `clé inconnue (${didYouMean(key, OVERRIDE_KEYS)}clés : ${OVERRIDE_KEYS.join(', ')})`);
      }
    }
    if (entry.files === undefined) failAt(`${at}.files`, 'manquant : les fichiers visés (ex. "urgences/**/*.md")');
    const out: ResolvedOverride = {
      files: patterns(entry.files, (p) => failAt(`${at}.files`, p), true),
      excludedFiles: patterns(entry.excludedFiles, (p) => failAt(`${at}.excludedFiles`, p), false),
      baseDir,
      rules: entry.rules === undefined ? {} : validateRules(entry.rules, `${prefix}${at}.`),
    };
    if (entry.profile !== undefined) {
      const profile = entry.profile;
      if (typeof profile !== 'string' || !(PROFILES as readonly string[]).includes(profile)) {
        const hint = typeof profile === 'string' ? didYouMean(profile, PROFILES) : '';
        failAt(`${at}.profile`, `profil ${typeof profile === 'string' ? quote(profile) : JSON.stringify(profile)} inconnu (${hint}profils : ${PROFILES.join(', ')})`);
      }
      out.profile = profile as Profile;
    }
    return out;
  });
}

/** Ids given options in some override (their rules must be loaded for the options to be checked). */
export function overrideRulesWithOptions(value: unknown, withOptions: (rules: unknown) => string[]): string[] {
  return Array.isArray(value) ? value.flatMap((entry) => (isPlainObject(entry) ? withOptions(entry.rules) : [])) : [];
}

const compiled = new Map<string, RegExp>();

function matches(pattern: string, rel: string): boolean {
  const clean = pattern.replace(/^\.\//u, '').replace(/\/+$/u, '/**');
  let re = compiled.get(clean);
  if (!re) {
    // No `/`: the file name at any depth, as ESLint's matchBase.
    re = globToRegExp(clean.includes('/') ? clean : `**/${clean}`);
    compiled.set(clean, re);
  }
  return re.test(rel);
}

/** Whether `override` applies to `file` (absolute). A file outside the config's folder never matches. */
export function overrideApplies(override: ResolvedOverride, file: string): boolean {
  const rel = path.relative(override.baseDir, file).split(path.sep).join('/');
  if (rel === '' || rel.startsWith('../') || path.isAbsolute(rel)) return false;
  return override.files.some((p) => matches(p, rel)) && !override.excludedFiles.some((p) => matches(p, rel));
}

/** Indices of the overrides of `config` that apply to `file`, in order. */
export function matchingOverrides(config: ResolvedConfig, file: string): number[] {
  return (config.overrides ?? []).flatMap((o, i) => (overrideApplies(o, file) ? [i] : []));
}

/** `config` with the overrides at `indices` laid over it, in order (later wins). */
export function withOverrides(config: ResolvedConfig, indices: readonly number[]): ResolvedConfig {
  let out: ResolvedConfig = { ...config };
  for (const i of indices) {
    const o = config.overrides![i];
    out = { ...out, rules: mergeRules(out.rules, o.rules), ...(o.profile ? { profile: o.profile } : {}) };
  }
  out.appliedOverrides = indices.map((i) => {
    const { files, excludedFiles } = config.overrides![i];
    return excludedFiles.length ? { files, excludedFiles } : { files };
  });
  return out;
}
