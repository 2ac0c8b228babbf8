// Lints one test case the way the CLI would, with only the tested rule on: the other rules of the registry are
// off (the sensitive ones still run, so that identifiers are masked exactly as the CLI masks them). Also
// records what the tested rule reported (its raw data), which the engine does not keep.
import { parseDocument } from '../document/index.js';
import { lintDocument, lintText } from '../engine/lint.js';
import type { Mask } from '../engine/privacy.js';
import type { Document, LintMessage, Report, ResolvedConfig, Rule, RuleContext } from '../types.js';

export interface CaseInput {
  code: string;
  filename: string;
  options: Record<string, unknown>;
}

export interface CaseRun {
  document: Document;
  /** The tested rule's problems, sorted, masked, as the CLI prints them. */
  messages: LintMessage[];
  /** What the rule passed to context.report, in call order (not masked: never print it as is). */
  reports: Report[];
  /** The document's privacy mask: every text a failure message shows goes through it. */
  mask: Mask;
}

export class CaseLinter {
  private readonly rules: readonly Rule[];

  constructor(
    private readonly rule: Rule,
    others: readonly Rule[],
    private readonly base: Pick<ResolvedConfig, 'profile' | 'platform'>,
  ) {
    this.rules = [...others.filter((r) => r.meta.id !== rule.meta.id), rule];
  }

  private config(options: Record<string, unknown>): ResolvedConfig {
    const config: ResolvedConfig = { rules: {}, ignorePatterns: [], ...this.base };
    for (const r of this.rules) config.rules[r.meta.id] = { severity: 0 };
    config.rules[this.rule.meta.id] = { severity: this.rule.meta.severity === 'warn' ? 1 : 2, options };
    return config;
  }

  run(input: CaseInput): CaseRun {
    const reports: Report[] = [];
    const tested = this.rule;
    const spy: Rule = {
      meta: tested.meta,
      check(context: RuleContext) {
        const watched: RuleContext = Object.create(context);
        watched.report = (report) => {
          reports.push(report);
          context.report(report);
        };
        tested.check.call(tested, watched);
      },
    };
    const rules = this.rules.map((r) => (r === tested ? spy : r));
    const document = parseDocument(input.code, input.filename);
    const { messages, mask } = lintDocument(document, this.config(input.options), rules);
    return { document, messages: messages.filter((m) => m.ruleId === tested.meta.id), reports, mask };
  }

  /** The text after --fix with only this rule on (the code itself when nothing changed). */
  fixed(input: CaseInput): string {
    const result = lintText(input.code, { filePath: input.filename, config: this.config(input.options), fix: true, rules: this.rules });
    return result.output ?? input.code;
  }
}

/** The code after applying one suggestion's fix (ranges are in the BOM-less source, as the engine's). */
export function applySuggestion(code: string, fix: { range: [number, number]; text: string }): string {
  const bom = code.startsWith('\ufeff') ? '\ufeff' : '';
  const source = code.slice(bom.length);
  return bom + source.slice(0, fix.range[0]) + fix.text + source.slice(fix.range[1]);
}
