// The formatter contract: a pure function from lint results to the text of a report.
import type { LintResult, RuleMeta } from '../types.js';

export interface FormatterContext {
  /** Directory that relative paths (sarif, github) are computed from. */
  cwd: string;
  /** Whether to colour the output (stylish only). */
  color: boolean;
  /**
   * Where stylish prints suggestions: 'inline' on the line below each problem (for people at a terminal),
   * 'grouped' after the file's rows (problem matchers stop reading rows at the first line that is not one),
   * 'off'. Default 'inline'.
   */
  suggestions?: SuggestionLayout;
  /** Meta of every known rule, by id (sarif lists them). */
  rulesMeta: Record<string, RuleMeta>;
  /** postlint's version (sarif's tool.driver.version). */
  version?: string;
  /** Home page of postlint (sarif's tool.driver.informationUri). */
  informationUri?: string;
}

export type SuggestionLayout = 'inline' | 'grouped' | 'off';

export type Formatter = (results: LintResult[], ctx: FormatterContext) => string;
