// Lints one document: picks the profile, runs the active rules, applies directives and sorts the problems.
import { confidentForeignCode, streamDocument } from '../document/index.js';
import { articleFor, profileFromText } from '../profiles.js';
import { applyDirectives } from './directives.js';
import { defaultOptions, effectiveRules as layerRules } from './severity.js';
import { applyFixes } from './fix.js';
import { documentMask, maskMessage, maskResult, maskSpans, type Mask, type SensitiveSpan } from './privacy.js';
import { toMessage } from './report.js';
import { allowChecker } from './allow.js';
import { maskSource } from './masked-source.js';
import { AnalysisInterrupted, DEFAULT_SEGMENT_BUDGET_MS } from '../rule-kit/budget.js';
import { segmentWindows, streamWindows } from './windows.js';
import { forgetAnalyses } from '../french/analysis.js';
import { PROFILES, type CandidateTrace, type Document, type LintMessage, type LintResult, type PassStats, type Profile, type ResolvedConfig, type Rule, type RuleContext, type Segment, type TraceEvent } from '../types.js';


export interface LintOptions {
  filePath: string;
  config: ResolvedConfig;
  /** Apply safe fixes (at most 10 passes); the fixed text is in result.output when it changed. */
  fix?: boolean;
  /**
   * The output is shown, not written (--fix-dry-run): every identifier the sensitive rules still find in it,
   * names that --fix leaves to a person included, is masked there too.
   */
  maskOutput?: boolean;
  format?: 'markdown' | 'text';
  /** The rules to run (a registry's, handed down by the caller: the engine knows no rule list of its own). */
  rules: readonly Rule[];
  /** Rule ids (or `all`) whose candidates and filter verdicts go to result.candidates (--debug-rule). */
  debugRules?: readonly string[];
  /** Time each pass's parse and rules, and count what each rule reported, into result.stats (--stats). */
  stats?: boolean;
  /** Milliseconds a rule may spend on one segment (default DEFAULT_SEGMENT_BUDGET_MS; see rule-kit/budget.ts). */
  segmentBudgetMs?: number;
  /** Attach the masked text of a file with problems (result.source, messages' sourceRange) for reports that show it. */
  source?: boolean;
}

/**
 * A rule threw: a bug in the rule (built-in or plugin), not in the post. The other rules still run for the file;
 * the crash is a fatal problem on line 1 naming the rule (as ESLint reports a rule's crash), so the run fails.
 */
function crashMessage(rule: Rule, error: unknown): LintMessage {
  const detail = String(error instanceof Error ? error.message : error).split(/\r?\n/u)[0].slice(0, 300);
  return {
    ruleId: rule.meta.id,
    severity: 2,
    fatal: true,
    message: `la règle ${rule.meta.id} a échoué sur ce fichier (${detail}) ; les autres règles ont été appliquées, signalez ce bogue à l’auteur de la règle`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}

/** The settings in force for every rule under a profile (default → profile preset → user config). */
export function effectiveRules(config: ResolvedConfig, profile: Profile, rules: readonly Rule[]) {
  return layerRules(config, profile, rules);
}

/**
 * A `profession:` the front matter names but postlint does not know is an error, not a silent fall-back: the
 * post would be checked against another profession's code. Reported on the key's line, with the valid names.
 */
function unknownProfession(doc: Document): LintMessage | undefined {
  for (const key of ['profession', 'profile']) {
    const value = doc.frontMatter[key];
    if (value === undefined || profileFromText(value) !== undefined) continue;
    const at = new RegExp(`^${key}[ \\t]*:[^\\r\\n]*`, 'mu').exec(doc.source);
    const line = at ? doc.position(at.index).line : 1;
    const endColumn = at ? doc.position(at.index + at[0].length).column : 1;
    const shown = typeof value === 'string' ? `« ${value} »` : `de type ${Array.isArray(value) ? 'liste' : typeof value}`;
    return {
      ruleId: null,
      severity: 2,
      message: `En-tête : ${key} ${shown} inconnue ; valeurs possibles : ${PROFILES.join(', ')} (le post est vérifié avec la profession de la configuration)`,
      line,
      column: 1,
      endLine: line,
      endColumn,
    };
  }
  return undefined;
}

/** Rules that have run on a document in this process (rule-kit/budget.ts: their warm-up is over). */
const warmedUp = new WeakSet<Rule>();

/** A rule stopped by its time budget: a warning where the segment starts, saying what was not checked. */
function interruptedMessage(rule: Rule, doc: Document, error: AnalysisInterrupted): LintMessage {
  const message = `Analyse interrompue : la règle ${rule.meta.id} a passé ${Math.round(error.elapsed)} ms sur ce passage (texte inhabituel) ; la suite du fichier n’a pas été vérifiée par cette règle`;
  return warningAt(doc, error.segment.starts[0] ?? 0, message);
}

/** A warning of the engine itself (no rule), at one point of the source. */
function warningAt(doc: Document, offset: number, message: string): LintMessage {
  const at = doc.position(offset);
  return { ruleId: null, severity: 1, message, line: at.line, column: at.column, endLine: at.line, endColumn: at.column };
}

const SIMPLIFIED_REASON = {
  delimiters: 'des milliers de * ou de _',
  brackets: 'des milliers de crochets',
  depth: 'des citations ou des listes imbriquées sur des dizaines de niveaux',
  underlines: 'des centaines de titres soulignés',
  lines: 'des milliers de lignes sans ligne vide',
} as const;

/** One warning for the blocks whose Markdown was too heavy to parse: where the first is, and how many there are. */
function simplifiedWarning(doc: Document): LintMessage {
  const blocks = doc.simplified!;
  const reasons = [...new Set(blocks.map((b) => SIMPLIFIED_REASON[b.reason]))].join(', ');
  const count = new Set(blocks.map((b) => b.start)).size; // a block may be simplified for two reasons
  const where = count === 1 ? 'ce bloc' : `${count} blocs (le premier ici)`;
  return warningAt(doc, blocks[0].start, `Analyse simplifiée : la mise en forme Markdown de ${where} n’a pas été lue (${reasons}) ; son texte est vérifié comme du texte brut`);
}

/** Front matter (`profession:` or `profile:`) > config `profile` > médecin. */
export function profileOf(doc: Document, config: ResolvedConfig): Profile {
  return profileFromText(doc.frontMatter.profession ?? doc.frontMatter.profile) ?? config.profile ?? 'medecin';
}

const REFERENCE = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/iuy;

/** Maps [start, end) of a segment's text to source offsets; the end covers the whole of the last character as written. */
function rangeIn(source: string) {
  return (segment: Segment, start: number, end: number): [number, number] => {
    const n = segment.text.length;
    const s = start < n ? segment.starts[start] : segment.end;
    if (end <= start) return [s, s];
    // Just past the last character of the range (markup after it is not part of the problem).
    const lastIndex = Math.min(end, n) - 1;
    const last = segment.starts[lastIndex];
    const char = segment.text[lastIndex];
    const code = segment.text.charCodeAt(lastIndex);
    let width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    // A character written as a reference (« &#233; ») or escaped (« \* ») spans more than one source character.
    if (source[last] === '&' && char !== '&') {
      REFERENCE.lastIndex = last;
      width = REFERENCE.exec(source)?.[0].length ?? width;
    } else if (source[last] === '\\' && char !== '\\') width = 2;
    return [s, Math.max(s, last + width)];
  };
}

export interface DocumentLint {
  messages: LintMessage[];
  suppressed: LintMessage[];
  /** What the sensitive rules (the patient rule) found, whether or not they are on: never printed in clear. */
  sensitive: SensitiveSpan[];
  /** The mask every printed text of this document goes through. */
  mask: Mask;
  /** Under debugRules: what each candidate became (text masked). */
  candidates?: CandidateTrace[];
}

/** A rule's report, seen by the privacy step: the span it covers and the masked form the rule quoted, if any. */
function sensitiveSpan(doc: Document, range: [number, number], data: Record<string, string | number> | undefined): SensitiveSpan {
  const span: SensitiveSpan = { start: range[0], end: range[1], raw: doc.source.slice(range[0], range[1]) };
  if (typeof data?.match === 'string') span.masked = data.match;
  return span;
}

export function lintDocument(
  doc: Document,
  config: ResolvedConfig,
  rules: readonly Rule[],
  debugRules: readonly string[] = [],
  stats?: PassStats,
  segmentBudget: number = DEFAULT_SEGMENT_BUDGET_MS,
  /** The document's segments, window by window, when they are parsed as they are linted (lintText). */
  windows: Iterable<Segment[]> = segmentWindows(doc.segments),
): DocumentLint {
  const profile = profileOf(doc, config);
  const settings = layerRules(config, profile, rules);
  // A French rule skips a post confidently in another language, unless it reads that language too.
  const foreign = confidentForeignCode(doc.language);
  const reads = (rule: Rule) => !rule.meta.french || foreign === undefined || (rule.meta.alsoReads ?? []).includes(foreign);
  const platform = typeof doc.frontMatter.platform === 'string' ? doc.frontMatter.platform : config.platform;
  const raw: LintMessage[] = [];
  const sensitive: SensitiveSpan[] = [];
  const active = new Set<string>();
  const rangeOfSource = rangeIn(doc.source);
  const events: { ruleId: string; event: TraceEvent }[] = [];

  if (doc.frontMatterError) {
    const s = doc.position(doc.frontMatterError.start);
    const e = doc.position(doc.frontMatterError.end);
    raw.push({ ruleId: null, severity: 2, message: `En-tête YAML illisible : ${doc.frontMatterError.message}`, line: s.line, column: s.column, endLine: e.line, endColumn: e.column });
  }

  const unknown = unknownProfession(doc);
  if (unknown) raw.push(unknown);
  if (doc.simplified?.length) raw.push(simplifiedWarning(doc));

  /** One rule over one view of the document: the whole post, or one window of a big document (engine/windows.ts). */
  const runRule = (rule: Rule, view: Document): void => {
    const setting = settings[rule.meta.id];
    const on = !!setting && setting.severity !== 0 && reads(rule);
    if (setting && setting.severity !== 0) active.add(rule.meta.id);
    // A sensitive rule runs even when off or when the post is not French: what it finds is masked everywhere.
    if (!on && !rule.meta.sensitive) return;
    const severity = setting?.severity || 2;
    const userSet = config.rules[rule.meta.id]?.severity !== undefined;
    const options = setting?.options ?? defaultOptions(rule);
    const allowed = allowChecker(view, rangeOfSource, rule.meta.options?.allow?.expressions ? options.allow : undefined);
    const traced = on && (debugRules.includes(rule.meta.id) || debugRules.includes('all'));
    const context: RuleContext = {
      document: view,
      options,
      profile,
      platform,
      article: (category) => articleFor(profile, category),
      rangeOf: rangeOfSource,
      allowed,
      trace: traced ? (event) => events.push({ ruleId: rule.meta.id, event }) : undefined,
      segmentBudget,
      // A rule's first document in this process pays its first-use costs (regex compilation, name list) on its
      // first segment: that segment is not held to the budget.
      segmentBudgetFrom: warmedUp.has(rule) ? 0 : 1,
      report: (report) => {
        // The one `allow` of every rule: an expression the user allows is never reported, whatever the rule.
        if (allowed(report.range)) {
          if (traced) events.push({ ruleId: rule.meta.id, event: { range: report.range, origin: report.messageId, verdict: 'allow' } });
          return;
        }
        if (rule.meta.sensitive) sensitive.push(sensitiveSpan(doc, report.range, report.data));
        if (on) raw.push(toMessage(rule, doc, userSet ? severity : (report.severity ?? severity), report));
      },
    };
    const started = stats ? performance.now() : 0;
    const before = raw.length;
    try {
      rule.check(context);
    } catch (error) {
      if (error instanceof AnalysisInterrupted) {
        if (on) raw.push(interruptedMessage(rule, doc, error));
      } else if (on) raw.push(crashMessage(rule, error));
    }
    warmedUp.add(rule);
    if (stats && on) {
      const sofar = stats.rules[rule.meta.id];
      stats.rules[rule.meta.id] = { total: (sofar?.total ?? 0) + performance.now() - started, reports: (sofar?.reports ?? 0) + raw.length - before };
    }
  };

  for (const window of windows) {
    // A post is one window; a big document is read one window at a time by every rule.
    const view: Document = { ...doc, segments: window };
    for (const rule of rules) runRule(rule, view);
    forgetAnalyses(window);
  }

  const mask = documentMask(sensitive);
  const { kept, suppressed, problems } = applyDirectives(doc, raw, new Set(rules.map((r) => r.meta.id)), active);
  const messages = dedupe([...kept, ...problems]).sort(byPosition).map((m) => maskMessage(m, mask));
  const result: DocumentLint = { messages, suppressed: suppressed.map((m) => maskMessage(m, mask)), sensitive, mask };
  if (debugRules.length) result.candidates = traceOf(doc, events, mask);
  return result;
}

/**
 * One line per candidate and rule, its last verdict winning (kept by the filters, then dropped as an overlap); a
 * candidate is known by where it starts and what found it, since a rule may widen it (a comparison to its other side).
 */
function traceOf(doc: Document, events: readonly { ruleId: string; event: TraceEvent }[], mask: Mask): CandidateTrace[] {
  // Two candidates may share a start and an origin (a name found by two detectors): one kept and one dropped as
  // an overlap show as kept, as the report does.
  const last = new Map<string, { ruleId: string; event: TraceEvent; kept: number }>();
  for (const e of events) {
    const key = `${e.ruleId}|${e.event.range[0]}|${e.event.origin}`;
    const kept = (last.get(key)?.kept ?? 0) + (e.event.verdict === 'kept' ? 1 : e.event.verdict === 'overlap' || e.event.verdict === 'same-key' ? -1 : 0);
    last.set(key, { ...e, kept, event: kept > 0 && e.event.verdict !== 'kept' ? { ...e.event, verdict: 'kept' } : e.event });
  }
  return [...last.values()]
    .map(({ ruleId, event }) => {
      const s = doc.position(event.range[0]);
      const e = doc.position(event.range[1]);
      const text = mask(doc.source.slice(event.range[0], event.range[1]).replace(/\s+/gu, ' '));
      return { ruleId, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, text, origin: event.origin, verdict: event.verdict };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}

function dedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = `${m.ruleId}|${m.line}:${m.column}|${m.endLine}:${m.endColumn}|${m.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function toResult(filePath: string, messages: LintMessage[], suppressed: LintMessage[] = []): LintResult {
  const count = (sev: 1 | 2, fixable = false) => messages.filter((m) => m.severity === sev && (!fixable || !!m.fix)).length;
  return {
    filePath,
    messages,
    suppressedMessages: suppressed,
    errorCount: count(2),
    warningCount: count(1),
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}

/** Adds the masked text that the messages refer to, and each message's place in it (files with problems only). */
function withSource(result: LintResult, source: string, mask: Mask): LintResult {
  if (result.messages.length === 0) return result;
  const { text, ranges } = maskSource(source, result.messages, mask);
  result.source = text;
  result.messages = result.messages.map((m, i) => (ranges[i] ? { ...m, sourceRange: ranges[i] } : m));
  return result;
}

/** The segments as they come, with the time spent producing each handed to `spent`. */
function* timed(segments: Iterable<Segment>, spent: (ms: number) => void): Generator<Segment> {
  const iterator = segments[Symbol.iterator]();
  for (;;) {
    const started = performance.now();
    const next = iterator.next();
    spent(performance.now() - started);
    if (next.done) return;
    yield next.value;
  }
}

/** Lints a source text as the file `filePath` would be linted. Never throws for user content. */
export function lintText(source: string, options: LintOptions): LintResult {
  const rules = options.rules;
  const passes: PassStats[] = [];
  // One pass: parse, then run the rules; timed into `passes` under --stats.
  const lintPass = (text: string, debugRules?: readonly string[]) => {
    const stats: PassStats | undefined = options.stats ? { parse: { total: 0 }, rules: {}, total: 0 } : undefined;
    const t0 = stats ? performance.now() : 0;
    const { document: doc, segments } = streamDocument(text, options.filePath, { format: options.format });
    if (stats) stats.parse.total = performance.now() - t0;
    // Parsing goes on as the windows are read: that time is the parse's too.
    const windows = streamWindows(stats ? timed(segments, (ms) => (stats.parse.total += ms)) : segments);
    const lint = lintDocument(doc, options.config, rules, debugRules, stats, options.segmentBudgetMs, windows);
    if (stats) {
      stats.total = performance.now() - t0;
      passes.push(stats);
    }
    return { doc, ...lint };
  };
  const withStats = (result: LintResult): LintResult => {
    if (options.stats) result.stats = { times: { passes }, fixPasses: passes.length - 1 };
    return result;
  };
  let { doc, messages, suppressed, sensitive, mask, candidates } = lintPass(source, options.debugRules);
  if (!options.fix) {
    const result = toResult(options.filePath, messages, suppressed);
    if (candidates) result.candidates = candidates;
    return withStats(options.source ? withSource(result, doc.source, mask) : result);
  }
  // What the original text showed stays hidden after fixes: a name found beside a NIR is no longer found once
  // the NIR is masked.
  const originalMask = mask;

  let text = doc.source;
  let changed = false;
  for (let pass = 0; pass < 10 && messages.some((m) => m.fix); pass++) {
    const { output, applied } = applyFixes(text, messages);
    if (!applied || output === text) break;
    text = output;
    changed = true;
    ({ doc, messages, suppressed, sensitive, mask } = lintPass(text));
  }
  const result = maskResult(toResult(options.filePath, messages, suppressed), originalMask);
  if (options.source) withSource(result, text, (t) => originalMask(mask(t)));
  if (options.maskOutput) {
    // A preview, never written: the spans found, the words of names found, and identifier-shaped text.
    const masked = originalMask(mask(maskSpans(text, sensitive)));
    changed ||= masked !== text;
    text = masked;
  }
  if (changed) result.output = (source.startsWith('\ufeff') ? '\ufeff' : '') + text;
  return withStats(result);
}
