// Layers a rule's settings: its default → the profile's preset → the user's config (file, then --rule).
import { profilePreset } from '../profiles.js';
import type { Profile, ResolvedConfig, Rule, RuleSetting, SeverityInput, SeverityLevel } from '../types.js';

export function severityLevel(input: SeverityInput): 0 | SeverityLevel {
  switch (input) {
    case 'off':
    case 0:
      return 0;
    case 'warn':
    case 1:
      return 1;
    case 'error':
    case 2:
      return 2;
  }
}

export function severityName(level: 0 | SeverityLevel): 'off' | 'warn' | 'error' {
  return level === 0 ? 'off' : level === 1 ? 'warn' : 'error';
}

export function defaultOptions(rule: Rule): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.meta.options ?? {})) out[name] = structuredClone(spec.default);
  return out;
}

/** The settings in force for every rule under a profile. */
export function effectiveRules(config: ResolvedConfig, profile: Profile, rules: readonly Rule[]): Record<string, RuleSetting> {
  const preset = profilePreset(profile);
  const out: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    const id = rule.meta.id;
    const user = config.rules[id];
    const severity = user?.severity ?? severityLevel(preset[id] ?? rule.meta.severity);
    out[id] = { severity, options: { ...defaultOptions(rule), ...(user?.options ?? {}) } };
  }
  return out;
}
