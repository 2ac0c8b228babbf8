// Small helpers every lexicon-driven rule uses: walk the prose, find terms, report with reformulations.
import { analyzeSegment, type Analysis } from './french/analysis.js';
import type { Hit, TermEntry } from './french/lexicon.js';
import type { Report, Rule, RuleContext, Segment, SuggestionReport } from './types.js';

export { filter, nonOverlapping, screen, separate, type Candidate, type Filter } from './rule-kit/screen.js';
export { criticism, negation, quotation, termCandidates, warning, type Located, type TermCandidate } from './rule-kit/filters.js';

/** Typed identity, so that rule files get checking and completion (ESLint's `@type {Rule.RuleModule}`). */
export function defineRule(rule: Rule): Rule {
  return rule;
}

export interface SegmentView {
  segment: Segment;
  analysis: Analysis;
}

/** Every prose segment with its (cached) French analysis. */
export function* prose(context: RuleContext): Generator<SegmentView> {
  for (const segment of context.document.segments) yield { segment, analysis: analyzeSegment(segment) };
}

/** Suggestions that replace [start, end) of a segment by each reformulation. */
export function rewordings(
  context: RuleContext,
  segment: Segment,
  start: number,
  end: number,
  texts: readonly string[],
  messageId = 'useWording',
): SuggestionReport[] {
  const range = context.rangeOf(segment, start, end);
  return texts.map((text) => ({ messageId, data: { suggestion: text }, fix: { range, text } }));
}

export interface HitReport {
  messageId: string;
  data?: Record<string, string | number>;
  /** Reformulations; defaults to the entry's suggestions. */
  suggestions?: readonly string[];
  /** The case's own severity (see Report.severity). */
  severity?: 1 | 2;
  /** Report a wider span than the hit (original segment coordinates). */
  start?: number;
  end?: number;
}

/** Reports a lexicon hit with its reformulations as suggestions. */
export function reportHit<E extends TermEntry>(context: RuleContext, segment: Segment, hit: Hit<E>, how: HitReport): void {
  const start = how.start ?? hit.start;
  const end = how.end ?? hit.end;
  const texts = how.suggestions ?? hit.entry.suggestions ?? [];
  const report: Report = {
    messageId: how.messageId,
    data: { match: hit.text, article: '', ...how.data },
    range: context.rangeOf(segment, start, end),
    suggest: rewordings(context, segment, start, end, texts),
  };
  if (how.severity) report.severity = how.severity;
  context.report(report);
}

/**
 * Clips a quoted match for messages: long matches are shortened, line breaks folded, and the placeholder that
 * stands for inline code, an image or an autolink in prose (U+FFFC, meaningless to a reader) shown as an elision.
 */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\uFFFC/gu, '…').replace(/\s+/gu, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
