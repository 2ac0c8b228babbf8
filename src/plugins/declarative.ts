// Declarative rules: a config's `define` turns a list of words into a rule, with no code, as Vale's `existence`
// and `substitution` styles do. Terms go through the same French compiler as the built-ins' term data
// (inflections « (e)(s) », elisions, optional accents and case, hashtags, one-edit typos on long words), and the
// rule runs the same candidate → filter pipeline, negation included where asked.
import { isPlainObject } from '../config/plain-object.js';
import { Lexicon, excerpt, negation as negationFilter, prose, quotation as quotationFilter, rewordings, screen, separate, termCandidates, type Filter, type TermEntry } from '../rule-kit.js';
import type { Reference, Rule } from '../types.js';
import type { RuleEntry } from '../registry/registry.js';

export const DEFINE_TYPES = ['existence', 'substitution'] as const;
const KEYS = ['type', 'terms', 'swap', 'message', 'description', 'severity', 'references', 'negation', 'quotation', 'french'] as const;
/** A rule id of a declarative rule: namespaced, so that it never takes a built-in's name. */
const ID = /^[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/u;

export interface Definition {
  type: (typeof DEFINE_TYPES)[number];
  /** existence: the words or expressions to report. */
  terms?: string[];
  /** substitution: word → the wording to write instead (offered as a suggestion). */
  swap?: Record<string, string>;
  /** French message; {{match}} is the text found, {{suggestion}} the replacement (substitution). */
  message: string;
  description?: string;
  severity?: 'warn' | 'error';
  references?: Reference[];
  /** Not reported when negated (« sans cash », « aucun cash »). Default false. */
  negation?: boolean;
  /** Not reported inside quotation marks (a word mentioned, not used). Default false. */
  quotation?: boolean;
  /** Read French posts only (skipped when a post is confidently in another language). Default false. */
  french?: boolean;
}

const nonEmptyStrings = (value: unknown): value is string[] => Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v.trim() !== '');

/** Checks one `define` entry; `fail(key, problem)` throws with the config file and key. */
export function checkDefinition(id: string, raw: unknown, fail: (key: string, problem: string) => never): Definition {
  const key = `define.${id}`;
  if (!ID.test(id)) fail(key, 'identifiant attendu sous la forme espace/nom-de-règle (minuscules, ex. "agence/no-cash")');
  if (!isPlainObject(raw)) fail(key, 'attendu un objet { "type", "terms" ou "swap", "message" }');
  const spec = raw as Record<string, unknown>;
  for (const k of Object.keys(spec)) if (!(KEYS as readonly string[]).includes(k)) fail(`${key}.${k}`, `clé inconnue (clés : ${KEYS.join(', ')})`);
  if (!(DEFINE_TYPES as readonly unknown[]).includes(spec.type)) fail(`${key}.type`, `attendu ${DEFINE_TYPES.map((t) => `"${t}"`).join(' ou ')}`);
  if (spec.type === 'existence') {
    if (!nonEmptyStrings(spec.terms)) fail(`${key}.terms`, 'doit être une liste non vide de mots ou d’expressions');
    if (spec.swap !== undefined) fail(`${key}.swap`, 'réservé au type "substitution"');
  } else {
    if (!isPlainObject(spec.swap) || Object.keys(spec.swap).length === 0 || !Object.entries(spec.swap).every(([from, to]) => from.trim() !== '' && typeof to === 'string')) {
      fail(`${key}.swap`, 'doit être un objet non vide { "terme": "formulation à écrire" }');
    }
    if (spec.terms !== undefined) fail(`${key}.terms`, 'réservé au type "existence" (utilisez swap)');
  }
  if (typeof spec.message !== 'string' || !spec.message.trim()) fail(`${key}.message`, 'doit être un texte (ce qui ne va pas et quoi écrire à la place)');
  if (/[\r\n]/u.test(spec.message as string)) fail(`${key}.message`, 'doit tenir sur une ligne');
  if (spec.description !== undefined && typeof spec.description !== 'string') fail(`${key}.description`, 'doit être un texte');
  if (spec.severity !== undefined && spec.severity !== 'warn' && spec.severity !== 'error') fail(`${key}.severity`, 'attendu "warn" ou "error"');
  if (spec.references !== undefined && (!Array.isArray(spec.references) || !spec.references.every((r) => isPlainObject(r) && typeof r.title === 'string' && typeof r.url === 'string'))) {
    fail(`${key}.references`, 'doit être une liste de { "title", "url" }');
  }
  for (const flag of ['negation', 'quotation', 'french'] as const) {
    if (spec[flag] !== undefined && typeof spec[flag] !== 'boolean') fail(`${key}.${flag}`, 'doit être true ou false');
  }
  return spec as unknown as Definition;
}

/** The rule a definition describes. */
export function compileDefinition(id: string, def: Definition): Rule {
  const swap = def.type === 'substitution' ? Object.entries(def.swap ?? {}) : [];
  const entries: TermEntry[] =
    def.type === 'existence'
      ? (def.terms ?? []).map((term, i) => ({ id: `terme-${i + 1}`, terms: [term] }))
      : swap.map(([from, to], i) => ({ id: `terme-${i + 1}`, terms: [from], suggestions: [to] }));
  let lexicon: Lexicon | undefined; // compiled on first use: a rule switched off costs nothing
  return {
    meta: {
      id,
      type: 'problem',
      severity: def.severity ?? 'warn',
      docs: { description: def.description ?? def.message, rationale: '' },
      references: def.references ?? [],
      legal: [],
      fixable: false,
      hasSuggestions: def.type === 'substitution',
      french: def.french === true,
      options: { allow: { type: 'string[]', default: [], expressions: true, description: 'Expressions à ne jamais signaler.' } },
      messages: {
        found: def.message,
        useWording: 'Remplacer par « {{suggestion}} »',
      },
    },
    check(context) {
      lexicon ??= new Lexicon(entries);
      for (const { segment, analysis } of prose(context)) {
        const filters: Filter<ReturnType<typeof termCandidates>[number]>[] = [];
        if (def.negation) filters.push(negationFilter(analysis));
        if (def.quotation) filters.push(quotationFilter(analysis));
        const kept = screen(context, segment, termCandidates(lexicon.find(analysis)), filters);
        for (const hit of separate(context, segment, kept)) {
          const suggestion = hit.entry.suggestions?.[0];
          context.report({
            messageId: 'found',
            data: { match: excerpt(hit.text), suggestion: suggestion ?? '' },
            range: context.rangeOf(segment, hit.start, hit.end),
            suggest: suggestion === undefined ? [] : rewordings(context, segment, hit.start, hit.end, [suggestion]),
          });
        }
      }
    },
  };
}

/** Registry entries for a config's checked definitions. */
export function definitionEntries(defs: Readonly<Record<string, Definition>>, origin: string): RuleEntry[] {
  return Object.entries(defs).map(([id, def]) => ({ id, origin, load: () => compileDefinition(id, def) }));
}
