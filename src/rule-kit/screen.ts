// The two stages every rule goes through: candidates (wide: terms, constructions, shapes), then filters (context:
// negation, quotation, source, warning, the rule's own conditions), so that a miss is known to be a detection miss
// or a filter miss (--debug-rule shows both stages).
import type { RuleContext, Segment } from '../types.js';

/** A place a rule suspects, in segment coordinates (original text; `fStart`/`fEnd` in the folded text). */
export interface Candidate {
  start: number;
  end: number;
  /** What found it: a term id, a construction name. Shown by --debug-rule. */
  origin: string;
}

export interface Filter<C> {
  /** Shown by --debug-rule as the reason a candidate was dropped. */
  name: string;
  /** True, or the finer reason (shown as `name:reason`), when the candidate is not a violation. */
  drops(candidate: C): boolean | string;
}

/** A named filter; `drops` returns true when the candidate is not a violation. */
export function filter<C>(name: string, drops: (candidate: C) => boolean | string): Filter<C> {
  return { name, drops };
}

/**
 * A filter whose test says why it drops (a rule's own conditions, several in one function): `why` returns the reason
 * the candidate is not a violation, or null to keep it. --debug-rule shows `name:reason`, so a filter miss is traced
 * to the condition that caused it.
 */
export function filterWhy<C>(name: string, why: (candidate: C) => string | null): Filter<C> {
  return { name, drops: (c) => why(c) ?? false };
}

/** The first filter that drops the candidate, as --debug-rule names it, or undefined when none does. */
function droppedBy<C>(filters: readonly Filter<C>[], candidate: C): string | undefined {
  for (const f of filters) {
    const verdict = f.drops(candidate);
    if (verdict === true) return f.name;
    if (verdict) return `${f.name}:${verdict}`;
  }
  return undefined;
}

/**
 * Runs the filters over the candidates in order, the user's `allow` first, and keeps those no filter drops.
 * Each candidate's fate (kept, or the first filter that dropped it) goes to the trace when one is recorded.
 */
export function screen<C extends Candidate>(context: RuleContext, segment: Segment, candidates: Iterable<C>, filters: readonly Filter<C>[]): C[] {
  const kept: C[] = [];
  for (const c of candidates) {
    const range = context.rangeOf(segment, c.start, c.end);
    const by = context.allowed(range) ? 'allow' : droppedBy(filters, c);
    context.trace?.({ range, origin: c.origin, verdict: by ?? 'kept' });
    if (!by) kept.push(c);
  }
  return kept;
}

/** Keeps the first, longest of overlapping spans (a rule reports one problem per place). */
export function nonOverlapping<T extends { start: number; end: number }>(items: readonly T[]): T[] {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (last && item.start < last.end) continue;
    out.push(item);
  }
  return out;
}

/**
 * nonOverlapping() with, when `key` is given, one candidate per key too (« one problem of a kind per sentence »).
 * What it drops goes to the trace as `overlap` / `same-key`.
 */
export function separate<C extends Candidate>(context: RuleContext, segment: Segment, items: readonly C[], key?: (c: C) => string): C[] {
  const drop = (item: C, verdict: string) => context.trace?.({ range: context.rangeOf(segment, item.start, item.end), origin: item.origin, verdict });
  const apart = nonOverlapping(items);
  if (context.trace && apart.length < items.length) {
    const kept = new Set(apart);
    for (const item of items) if (!kept.has(item)) drop(item, 'overlap');
  }
  if (!key) return apart;
  const keys = new Set<string>();
  return apart.filter((item) => {
    const k = key(item);
    if (keys.has(k)) {
      drop(item, 'same-key');
      return false;
    }
    keys.add(k);
    return true;
  });
}
