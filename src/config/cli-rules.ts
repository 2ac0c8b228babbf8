// `--rule id:severity` (or `id:["warn",{…}]`, or ESLint's `{"id": "warn"}`), validated like a config file's rules.
import { UsageError, type RuleSetting } from '../types.js';
import type { RuleLookup } from '../registry/registry.js';
import { quote } from './quote.js';
import { validateRules } from './validate.js';

function parseValue(spec: string, text: string): unknown {
  const value = text.trim();
  if (/^[[{"]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch (error) {
      throw new UsageError(`--rule ${quote(spec)} : JSON invalide : ${(error as Error).message}`);
    }
  }
  if (/^-?\d+$/.test(value)) return Number(value);
  return value;
}

/** Parses and validates every --rule value; a later value for the same rule replaces an earlier one. */
export function parseCliRules(specs: readonly string[], rules: RuleLookup): Record<string, Partial<RuleSetting>> {
  return validateRules(parseCliRuleValues(specs), '--rule', { rules });
}

/**
 * Parses every --rule value without checking the rule ids and options: they are checked against the rules of
 * each file's configuration, which may bring plugin rules (`--rule agence/no-cash:off`).
 */
export function parseCliRuleValues(specs: readonly string[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const spec of specs) {
    const trimmed = spec.trim();
    if (trimmed.startsWith('{')) {
      const object = parseValue(spec, trimmed);
      if (typeof object !== 'object' || object === null || Array.isArray(object)) {
        throw new UsageError(`--rule ${quote(spec)} : attendu id:sévérité (ex. no-price-promotion:off)`);
      }
      Object.assign(raw, object);
      continue;
    }
    const colon = trimmed.indexOf(':');
    if (colon <= 0 || colon === trimmed.length - 1) {
      throw new UsageError(`--rule ${quote(spec)} : attendu id:sévérité (ex. no-price-promotion:off)`);
    }
    raw[trimmed.slice(0, colon).trim()] = parseValue(spec, trimmed.slice(colon + 1));
  }
  return raw;
}

/** File settings with --rule on top: a bare severity keeps the file's options for that rule (as ESLint does). */
export function mergeRules(
  base: Record<string, Partial<RuleSetting>>,
  over: Record<string, Partial<RuleSetting>>,
): Record<string, Partial<RuleSetting>> {
  const out: Record<string, Partial<RuleSetting>> = { ...base };
  for (const [id, setting] of Object.entries(over)) out[id] = { ...base[id], ...setting };
  return out;
}
