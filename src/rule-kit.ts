// postlint/rule-kit: what a rule uses, the built-in ones and a plugin's alike.
//
// ONE COORDINATE CONTRACT (docs/rule-kit.md). Three kinds of offsets, never mixed:
//   1. folded offsets: indexes in `analysis.folded.text` (the segment text lowercased, accents, apostrophes,
//      dashes and spaces folded; it may be longer or shorter than the original). Lexicons, termsRegex() and the
//      cues (isNegated, isQuoted, sentenceAt, …) find and read things here: Hit.fStart/fEnd, Located.fStart/fEnd.
//   2. segment offsets: indexes in `segment.text`, the prose as a person reads it (markup removed). Map a
//      folded range with `analysis.toOriginal(fStart, fEnd)` (and back with `analysis.toFolded(start, end)`);
//      Hit.start/end and Candidate.start/end are already segment offsets, and screen(), separate(), reportHit()
//      and rewordings() take segment offsets.
//   3. source offsets: indexes in `context.document.source` (the file, BOM removed). Build every range a
//      report, fix or suggestion carries with `context.rangeOf(segment, start, end)` from segment offsets;
//      never add offsets by hand (markup, entities and escapes lie between segment characters).
// The engine turns source ranges into ESLint's 1-based line/column (columns in UTF-16 code units).
import { AnalysisInterrupted } from './rule-kit/budget.js';
export { AnalysisInterrupted, DEFAULT_SEGMENT_BUDGET_MS } from './rule-kit/budget.js';
import { analyzeSegment, type Analysis } from './french/analysis.js';
import type { Hit, TermEntry } from './french/lexicon.js';
import type { PluginRule, PluginRuleMeta } from './plugins/complete-rule.js';
import type { Report, Rule, RuleContext, Segment, SuggestionReport } from './types.js';

export { filter, filterWhy, nonOverlapping, screen, separate, type Candidate, type Filter } from './rule-kit/screen.js';
export { criticism, negation, quotation, termCandidates, warning, type Located, type TermCandidate } from './rule-kit/filters.js';
export * from './rule-kit/french.js';
/** A suggestion's span and wording, fitted to the words around it. */
export { fitReplacement, type Fitted } from './rule-kit/fit.js';
import { fitReplacement } from './rule-kit/fit.js';
import { maskName } from './french/identifiers.js';
import { givenNames } from './french/given-names.js';
import { foldTerm } from './french/normalize.js';
import { MEDICAL_TITLES } from './french/persons.js';
/** Several legal categories' citations in one message, each article once. */
export { citeAll, exampleFor, type ExampleKind } from './profiles.js';
export type { PluginRule, PluginRuleMeta };
export type {
  Document,
  Fix,
  LegalCategory,
  Link,
  Profile,
  Reference,
  Report,
  Rule,
  RuleContext,
  RuleMeta,
  RuleOptionSpec,
  Segment,
  SegmentKind,
  SuggestionReport,
  TraceEvent,
} from './types.js';

/**
 * Typed identity, so that rule files get checking and completion (ESLint's `@type {Rule.RuleModule}`).
 * A built-in rule is a full Rule (every meta field); a plugin's rule may declare only id?, type,
 * docs.description and messages (PluginRule: the loader fills the rest). The PluginRule overload returns a
 * PluginRule, not a Rule, so a built-in missing a field still fails where the built-ins are listed as Rule[].
 */
export function defineRule(rule: Rule): Rule;
export function defineRule(rule: PluginRule): PluginRule;
export function defineRule(rule: Rule | PluginRule): Rule | PluginRule {
  return rule;
}

export interface SegmentView {
  segment: Segment;
  analysis: Analysis;
}

/** Every prose segment with its (cached) French analysis. */
export function* prose(context: RuleContext): Generator<SegmentView> {
  const budget = context.segmentBudget;
  const from = context.segmentBudgetFrom ?? 0;
  let k = 0;
  for (const segment of context.document.segments) {
    const started = budget === undefined ? 0 : performance.now();
    yield { segment, analysis: analyzeSegment(segment) };
    // Past the budget on this segment, the rule stops here (its reports so far stay): see rule-kit/budget.ts.
    if (budget !== undefined && k++ >= from) {
      const elapsed = performance.now() - started;
      if (elapsed > budget) throw new AnalysisInterrupted(segment, elapsed);
    }
  }
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
  // Each wording fitted to the words around it (articles, doubles, agreement): see rule-kit/fit.ts.
  return texts.map((wording) => {
    const fitted = fitReplacement(segment.text, start, end, wording);
    return { messageId, data: { suggestion: fitted.text }, fix: { range: context.rangeOf(segment, fitted.start, fitted.end), text: fitted.text } };
  });
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
 * excerpt(), with every given name of the package masked (« B••• »), except common words the caller lists and a carer
 * named after a title (« Dr Aubert »), and « Grâce à ». For rules that quote sentences about a patient (a testimonial, a
 * before/after story): the patient rule does not always report that name, and engine/privacy.ts only hides what it
 * found. Over-masking a carer's first name costs a little readability; printing a patient's costs the secret.
 */
export function privateExcerpt(text: string, except: ReadonlySet<string> = NO_EXCEPTION, max = 60): string {
  return excerpt(text, max).replace(GIVEN_NAME_WORD, (w: string, at: number, all: string) => {
    const key = foldTerm(w);
    if (!givenNames().has(key) || except.has(key) || TITLE_BEFORE.test(all.slice(Math.max(0, at - 30), at)) || (key === 'grace' && /^\s+(?:à|au|aux)\s/u.test(all.slice(at + w.length)))) return w;
    return maskName(w);
  });
}
const GIVEN_NAME_WORD = /\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?/gu;
const NO_EXCEPTION: ReadonlySet<string> = new Set();
/** A doctor's title before the word, a first name possibly between (« Dr Aubert », « la docteure Lise Roy »): persons.ts's titles. */
const TITLE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[...MEDICAL_TITLES, 'Drs', ...MEDICAL_TITLES.filter((t) => t.length > 3).map((t) => t.toLowerCase())].join('|')})\\.?\\s+(?:\\p{Lu}[\\p{Ll}\\p{M}-]+\\s+)?$`,
  'u',
);

/**
 * Clips a quoted match for messages: long matches are shortened, line breaks folded, and the placeholder that
 * stands for inline code, an image or an autolink in prose (U+FFFC, meaningless to a reader) shown as an elision.
 */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\uFFFC/gu, '…').replace(/\s+/gu, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
