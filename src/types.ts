// The contracts shared by the document parser, the French engine, the rules, the engine and the CLI.
// Shapes follow ESLint's LintMessage / LintResult so that ESLint tooling reads postlint's output.
import type { DefusedBlock } from './document/defuse.js';
import type { RuleRegistry } from './registry/registry.js';

/** 1 = warning, 2 = error (ESLint's numbers). */
export type SeverityLevel = 1 | 2;
export type SeverityName = 'off' | 'warn' | 'error';
/** What a user may write in config: "off" | "warn" | "error" | 0 | 1 | 2. */
export type SeverityInput = SeverityName | 0 | 1 | 2;

/** Profession profiles (DOMAIN.md §3). */
export const PROFILES = [
  'medecin',
  'chirurgien-dentiste',
  'masseur-kinesitherapeute',
  'sage-femme',
  'infirmier',
  'pedicure-podologue',
  'pharmacien',
  'etablissement',
  'esthetique',
] as const;
export type Profile = (typeof PROFILES)[number];

// ---------------------------------------------------------------------------------------------
// Document: built once per file, shared by every rule.
// ---------------------------------------------------------------------------------------------

export type SegmentKind =
  | 'paragraph'
  | 'heading'
  | 'tableCell'
  | 'imageAlt'
  | 'text'; // a paragraph of a plain-text file

/** A URL that sits in or next to prose: link targets, image sources, bare autolinks. Not prose itself. */
export interface Link {
  kind: 'link' | 'image';
  url: string;
  /** Source offsets of the URL (or of the whole node when the URL cannot be located exactly). */
  start: number;
  end: number;
}

/**
 * A run of prose: what a rule reads. `text` is what a person reads (markup removed, code spans replaced by
 * U+FFFC so that words on each side do not join), and `starts[i]` is the source offset of `text[i]`.
 */
export interface Segment {
  kind: SegmentKind;
  text: string;
  /** starts.length === text.length; starts[i] = offset in Document.source of text code unit i. */
  starts: number[];
  /** Source offset just past the segment's last character. */
  end: number;
  /** Heading depth for kind 'heading'. */
  depth?: number;
  /** Links and images whose text is part of this segment (a paragraph's links, an image's own URL). */
  links: Link[];
  /** Index of the top-level block the segment belongs to (segments of one list item share nothing). */
  block: number;
}

export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Empty array = every rule. */
  ruleIds: string[];
  /** Justification after " -- ". */
  justification?: string;
  /** Source offsets of the comment. */
  start: number;
  end: number;
  /** 1-based line of the comment's start and end. */
  line: number;
  endLine: number;
}

export interface LanguageGuess {
  /** ISO 639-3 code from franc ('fra', 'eng', ...) or 'und' when the prose is too short to tell. */
  code: string;
  /** True when the prose is long enough and the guess clear enough to act on. */
  confident: boolean;
  /** How much prose was looked at (characters). */
  sampleLength: number;
}

export interface Document {
  /** File path as given (or the --stdin-filename); 'stdin' / '<text>' when none. */
  filePath: string;
  /** The text with a leading BOM removed. Every offset in postlint refers to this string. */
  source: string;
  /** True when the file started with a UTF-8 BOM (kept when fixes are written back). */
  hasBom: boolean;
  format: 'markdown' | 'text';
  segments: Segment[];
  /** Front matter (YAML) parsed to an object, {} when absent. */
  frontMatter: Record<string, unknown>;
  /** Front-matter problems (bad YAML) are reported, not thrown. */
  frontMatterError?: { message: string; start: number; end: number };
  /** Blocks whose Markdown markup was too heavy to parse (document/defuse.ts): read as plain prose. */
  simplified?: DefusedBlock[];
  directives: Directive[];
  language: LanguageGuess;
  /** Offset → 1-based line/column in the original file. */
  position(offset: number): { line: number; column: number };
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

/** Legal reference categories (DOMAIN.md §3.1): a rule names categories, the profile picks the article. */
export type LegalCategory =
  | 'commerce'
  | 'communication'
  | 'publicInfo'
  | 'paidReferencing'
  | 'secrecy'
  | 'advantages'
  | 'charlatanism'
  | 'influence'
  | 'aesthetic'
  | 'nameUse'
  | 'medicines';

export interface Reference {
  title: string;
  url: string;
}

export interface RuleExampleDocs {
  description: string;
  /** "Pourquoi": the legal rationale, in French. */
  rationale: string;
  /** What is allowed, in French (docs). */
  allowed?: string;
}

export interface RuleMeta {
  id: string;
  /** 'problem' = a breach; 'suggestion' = a risk. */
  type: 'problem' | 'suggestion';
  severity: 'warn' | 'error';
  docs: RuleExampleDocs;
  /** Legal references of the doctors' profile, with URLs (docs and SARIF). */
  references: Reference[];
  /** Categories whose article, per profile, the messages cite through {{article}}. */
  legal: LegalCategory[];
  fixable: boolean;
  hasSuggestions: boolean;
  /** Option names → description + default, validated by the config loader. */
  options?: Record<string, RuleOptionSpec>;
  /** messageId → French template with {{placeholders}}. */
  messages: Record<string, string>;
  /** Whether the rule reads French prose (skipped when the post is confidently not French). */
  french: boolean;
  /**
   * Other languages (ISO 639-3, as the language guess gives them) whose posts the rule also reads, for the
   * vocabulary it knows in them: a French practice's English post is under the same code (« 30% off »).
   */
  alsoReads?: readonly string[];
  /** What it finds is personal data: the docs and --explain mask the reported spans in their examples. */
  sensitive?: boolean;
}

export interface RuleOptionSpec {
  type: 'string[]' | 'boolean' | 'number' | 'string';
  default: unknown;
  description: string;
  /** For type 'string': the allowed values. */
  enum?: string[];
  /**
   * A `string[]` of expressions never to report, in the term notation: the engine applies it to every report and
   * screen() to every candidate, the same way for every rule (the rule itself does nothing with it).
   */
  expressions?: boolean;
}

export interface SuggestionReport {
  messageId: string;
  data?: Record<string, string | number>;
  /** Replacement of a source range by text. */
  fix: Fix;
}

export interface Fix {
  /** Source offsets [start, end) in Document.source. */
  range: [number, number];
  text: string;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Source offsets [start, end) in Document.source. Use context.rangeOf(segment, start, end) to build it. */
  range: [number, number];
  fix?: Fix;
  suggest?: SuggestionReport[];
  /**
   * The severity this case deserves when it differs from the rule's default (DOMAIN.md: aesthetic promotion
   * is a warning, an error with a commercial cue). Honoured only while the user has not set the rule's
   * severity in config or on the command line: the user always has the last word.
   */
  severity?: SeverityLevel;
}

export interface RuleContext {
  document: Document;
  /** The rule's options, defaults applied. */
  options: Record<string, unknown>;
  /** Profile in force for this document (front matter `profession:` > config `profile` > 'medecin'). */
  profile: Profile;
  /** Platform: front matter `platform:` > config `platform`, if any. */
  platform?: string;
  /** The article(s) to cite for a legal category under the current profile, e.g. "art. R.4127-19-1 CSP". */
  article(category: LegalCategory): string;
  /** Maps [start, end) in segment.text to source offsets. */
  rangeOf(segment: Segment, start: number, end: number): [number, number];
  report(report: Report): void;
  /**
   * Whether the user's `allow` option covers this source range (one implementation for every rule; the engine
   * also drops allowed reports). screen() asks it first.
   */
  allowed(range: [number, number]): boolean;
  /** Set only under --debug-rule: records what happened to a candidate (see screen()). */
  trace?: (event: TraceEvent) => void;
  /** Milliseconds a rule may spend on one prose segment before prose() stops it (rule-kit/budget.ts). */
  segmentBudget?: number;
  /** The first segment the budget applies to: 1 for a rule's first document in this process (warm-up: first-use costs). */
  segmentBudgetFrom?: number;
}

/** One step of a candidate through a rule's pipeline. */
export interface TraceEvent {
  /** Source offsets [start, end). */
  range: [number, number];
  /** The term id or construction that found it. */
  origin: string;
  /** `kept`, or the name of the filter that dropped it (`allow`, `negation`, `overlap`…). */
  verdict: string;
}

/** A candidate as --debug-rule shows it, in the result (its text masked like any message). */
export interface CandidateTrace {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
  origin: string;
  verdict: string;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

// ---------------------------------------------------------------------------------------------
// Output (ESLint's shapes)
// ---------------------------------------------------------------------------------------------

export interface Suggestion {
  messageId?: string;
  desc: string;
  fix: Fix;
}

export interface LintMessage {
  ruleId: string | null;
  messageId?: string;
  severity: SeverityLevel;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Set on parse errors and other fatal per-file problems. */
  fatal?: boolean;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** With LintResult.source only: the problem's [start, end) in that (masked) text, when it could be placed. */
  sourceRange?: [number, number];
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages?: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed source, when --fix changed something. */
  output?: string;
  /** Under --debug-rule: each candidate of the rules asked for and what the filters did with it. */
  candidates?: CandidateTrace[];
  /**
   * The text of a file with problems, identifiers masked, when the caller asked for it (LintOptions.source: the
   * html report shows each post). Masked, so that it differs from the file: positions in it are the messages'
   * sourceRange, not their line/column.
   */
  source?: string;
  /** Under --stats: ESLint's shape (times in milliseconds), with each rule's number of reports. */
  stats?: LintStats;
}

/** One pass over a text (the lint, then one per --fix pass): parse and rule times in milliseconds. */
export interface PassStats {
  parse: { total: number };
  /** Rules that ran: time, and how many problems they reported (before directives and `allow`). */
  rules: Record<string, { total: number; reports: number }>;
  total: number;
}

export interface LintStats {
  times: { passes: PassStats[] };
  fixPasses: number;
}

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

export interface RuleSetting {
  severity: 0 | SeverityLevel;
  options: Record<string, unknown>;
}

/**
 * A validated configuration. `rules` holds only what the user set (config file, then --rule on top);
 * the engine layers it over each rule's default and the profile's preset, per document, because a post's
 * front matter (`profession:`) may change the profile.
 */
export interface ResolvedConfig {
  /** Path of the config file it came from, if any. */
  filePath?: string;
  profile?: Profile;
  /** Where the posts go (instagram, facebook, site…); a post's front matter `platform:` overrides it. */
  platform?: string;
  rules: Record<string, Partial<RuleSetting>>;
  ignorePatterns: string[];
  /** The rules this configuration may use: built-ins plus its plugins and declarative rules (set by the loader). */
  registry?: RuleRegistry;
  /** The configurations it extends, in order (files and presets), for --print-config. */
  extends?: string[];
  /** The plugins it loads, as written. */
  plugins?: string[];
  /** Per-glob settings (`overrides`), applied per file by the loader (src/config/overrides.ts). */
  overrides?: import('./config/overrides.js').ResolvedOverride[];
  /** For one file: the `overrides` entries applied to it, in order (--print-config). */
  appliedOverrides?: Array<{ files: string[]; excludedFiles?: string[] }>;
  /** Files it is built from (config files, plugin files and manifests), absolute: part of the --cache key. */
  sources?: string[];
}

/** Thrown for user errors (bad option, bad config, missing path): the CLI prints the message alone, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
