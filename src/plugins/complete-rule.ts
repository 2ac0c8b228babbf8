// A rule from outside postlint (a plugin or a declarative rule) declares only what it must: id, type,
// docs.description and messages. This fills every other field of RuleMeta with a default and checks the shape,
// with one French line that names the plugin and the rule when something is wrong.
import { isPlainObject } from '../config/plain-object.js';
import { UsageError, type Rule, type RuleMeta } from '../types.js';

/** What a plugin author must write; everything else in RuleMeta is optional. */
export type PluginRuleMeta = Pick<RuleMeta, 'type' | 'messages'> & { id?: string; docs: { description: string } & Partial<RuleMeta['docs']> } & Partial<Omit<RuleMeta, 'type' | 'messages' | 'docs' | 'id'>>;

export interface PluginRule {
  meta: PluginRuleMeta;
  check: Rule['check'];
}

/**
 * The rule `raw`, exported as `name` by `origin` (a plugin's name, or `define` for a declarative rule), with
 * its full id `id` and every meta field present. Throws a UsageError naming the origin and the rule.
 */
export function completeRule(raw: unknown, id: string, origin: string, name = id): Rule {
  const fail = (problem: string): never => {
    throw new UsageError(`extension ${origin} : règle ${name} : ${problem}`);
  };
  if (!isPlainObject(raw)) fail('attendu un objet { meta, check } (créé avec defineRule)');
  const rule = raw as Record<string, unknown>;
  if (typeof rule.check !== 'function') fail('check doit être une fonction check(context)');
  if (!isPlainObject(rule.meta)) fail('meta manquant');
  const meta = rule.meta as Record<string, unknown>;
  if (meta.id !== undefined && meta.id !== name && meta.id !== id) fail(`meta.id « ${String(meta.id)} » ne correspond pas au nom exporté « ${name} »`);
  if (meta.type !== 'problem' && meta.type !== 'suggestion') fail('meta.type doit être "problem" ou "suggestion"');
  if (!isPlainObject(meta.docs) || typeof meta.docs.description !== 'string' || !meta.docs.description.trim()) fail('meta.docs.description doit être une phrase');
  if (!isPlainObject(meta.messages) || Object.keys(meta.messages).length === 0 || !Object.values(meta.messages).every((m) => typeof m === 'string')) {
    fail('meta.messages doit associer au moins un messageId à un texte');
  }
  if (meta.severity !== undefined && meta.severity !== 'warn' && meta.severity !== 'error') fail('meta.severity doit être "warn" ou "error"');
  const references = meta.references ?? [];
  if (!Array.isArray(references) || !references.every((r) => isPlainObject(r) && typeof r.title === 'string' && typeof r.url === 'string')) {
    fail('meta.references doit être une liste de { title, url }');
  }
  if (meta.options !== undefined && !isPlainObject(meta.options)) fail('meta.options doit être un objet { nom: { type, default, description } }');
  const docs = meta.docs as Record<string, unknown>;
  const complete: RuleMeta = {
    id,
    type: meta.type as RuleMeta['type'],
    severity: (meta.severity as RuleMeta['severity']) ?? 'warn',
    docs: { description: String(docs.description), rationale: typeof docs.rationale === 'string' ? docs.rationale : '', ...(typeof docs.allowed === 'string' ? { allowed: docs.allowed } : {}) },
    references: references as RuleMeta['references'],
    legal: Array.isArray(meta.legal) ? (meta.legal as RuleMeta['legal']) : [],
    fixable: meta.fixable === true,
    hasSuggestions: meta.hasSuggestions === true,
    messages: meta.messages as Record<string, string>,
    french: meta.french !== false,
  };
  if (meta.options) complete.options = meta.options as RuleMeta['options'];
  if (Array.isArray(meta.alsoReads)) complete.alsoReads = meta.alsoReads as string[];
  const check = rule.check as Rule['check'];
  return { meta: complete, check: (context) => check.call(raw, context) };
}
