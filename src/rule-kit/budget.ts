// A time budget per prose segment (issue #9): a rule that spends longer than this on one segment (bounded to
// 3 000 characters, so a few milliseconds for real text) stops for the rest of the file, and the engine reports
// « analyse interrompue » as a warning instead of hanging on an input no one foresaw. Checked between segments
// in prose(): JavaScript cannot stop a regular expression midway, so the bound is one segment's work. A rule's
// first segment in a process is not held to it: it pays the rule's first-use costs (regex compilation), which on
// a loaded machine passed a second on an ordinary post.
import type { Segment } from '../types.js';

/** Default budget per segment and rule, in milliseconds (env POSTLINT_SEGMENT_BUDGET_MS). */
export const DEFAULT_SEGMENT_BUDGET_MS = 2000;

export class AnalysisInterrupted extends Error {
  constructor(
    readonly segment: Segment,
    readonly elapsed: number,
  ) {
    super(`analyse interrompue après ${Math.round(elapsed)} ms sur un segment`);
    this.name = 'AnalysisInterrupted';
  }
}

/** The budget an environment asks for: a number of milliseconds ≥ 0, else the default. */
export function segmentBudgetFrom(env: Record<string, string | undefined>): number {
  const raw = env.POSTLINT_SEGMENT_BUDGET_MS;
  const n = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : DEFAULT_SEGMENT_BUDGET_MS;
}
