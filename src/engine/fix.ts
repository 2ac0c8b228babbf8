// Applies safe fixes to a source: sorted by range, overlapping ones skipped (they are retried on the next pass).
import type { Fix, LintMessage } from '../types.js';

export interface FixOutcome {
  output: string;
  applied: number;
  remaining: LintMessage[];
}

export function applyFixes(source: string, messages: readonly LintMessage[]): FixOutcome {
  const fixable = messages.filter((m): m is LintMessage & { fix: Fix } => !!m.fix).sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  let output = '';
  let cursor = 0;
  let applied = 0;
  const remaining = messages.filter((m) => !m.fix);
  for (const m of fixable) {
    const [start, end] = m.fix.range;
    if (start < cursor) {
      remaining.push(m); // overlaps a fix already applied: next pass
      continue;
    }
    output += source.slice(cursor, start) + m.fix.text;
    cursor = end;
    applied++;
  }
  output += source.slice(cursor);
  return { output, applied, remaining };
}
