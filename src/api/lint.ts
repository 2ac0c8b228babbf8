// The programmatic API: lintText and lintFiles run the command line itself, in process, with `-f json`, so that a
// tool gets exactly what `postlint -f json` prints (same files, configuration lookup, ignores, fixes, masking)
// and there is one pipeline to maintain, not two.
import { run } from '../cli.js';
import type { EslintJsonResult } from '../formatters/json.js';

/** One file's result, as `postlint -f json` prints it (ESLint's LintResult shape). */
export type PostlintResult = EslintJsonResult;

/** What both functions share; every field is optional. */
export interface ApiOptions {
  /** Folder that paths, the configuration lookup and `.postlintignore` start from (default process.cwd()). */
  cwd?: string;
  /** A configuration file for every file, no lookup (`--config`). */
  configFile?: string;
  /** Rule settings over the configuration, as `--rule` (ex. `{ 'no-price-promotion': 'off' }`). */
  rules?: Record<string, unknown>;
  /**
   * Apply the safe fixes: lintFiles rewrites the files (`--fix`); lintText returns the fixed text in `output` as
   * `--fix-dry-run` shows it (a preview: identifiers still found there are masked).
   */
  fix?: boolean;
}

export interface LintTextOptions extends ApiOptions {
  /**
   * The name the text would have: its extension picks Markdown or plain text, and the configuration that
   * applies to it is looked up from its folder (`--stdin-filename`). Without it: every built-in rule at its
   * default severity, no configuration file read, as `postlint --no-config-lookup`.
   */
  filePath?: string;
}

export interface LintFilesOptions extends ApiOptions {
  /** false: no configuration file looked up (`--no-config-lookup`). */
  configLookup?: boolean;
  /** Extensions of the files taken from folders and globs (default md, markdown, txt). */
  extensions?: string[];
  /** Extra ignore patterns, gitignore-like (`--ignore-pattern`). */
  ignorePatterns?: string[];
  /** false: neither `.postlintignore`, nor ignorePatterns, nor the configuration's ignorePatterns (`--no-ignore`). */
  ignore?: boolean;
}

/** A run that postlint refuses (bad option or configuration, unreadable file…): its one-line French message. */
export class PostlintError extends Error {
  constructor(
    message: string,
    /** The command line's exit code (2 for an error, 130/143 when interrupted). */
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'PostlintError';
  }
}

function commonArgs(options: ApiOptions, fixFlag: '--fix' | '--fix-dry-run'): string[] {
  const args = ['--format', 'json'];
  if (options.configFile !== undefined) args.push('--config', options.configFile);
  for (const [id, value] of Object.entries(options.rules ?? {})) args.push('--rule', `${id}:${JSON.stringify(value)}`);
  if (options.fix) args.push(fixFlag);
  return args;
}

async function runJson(args: string[], options: ApiOptions, stdin: string[] = []): Promise<PostlintResult[]> {
  let stdout = '';
  let stderr = '';
  const code = await run(['node', 'postlint', ...args], {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
    stdin: (async function* () {
      yield* stdin;
    })(),
    cwd: options.cwd ?? process.cwd(),
    // The report's bytes must not depend on the caller's terminal settings.
    env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined },
  });
  if (code !== 0 && code !== 1) {
    const lines = stderr.split('\n').map((l) => l.replace(/^postlint\s?:\s*/u, '').trim()).filter(Boolean);
    throw new PostlintError(lines.join(' ; ') || `échec (code ${code})`, code);
  }
  return JSON.parse(stdout) as PostlintResult[];
}

/** Lints a text (a post) and resolves to its result. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<PostlintResult> {
  const args = [...commonArgs(options, '--fix-dry-run'), '--stdin'];
  if (options.filePath !== undefined) args.push('--stdin-filename', options.filePath);
  else if (options.configFile === undefined) args.push('--no-config-lookup');
  const [result] = await runJson(args, options, [text]);
  return result;
}

/** Lints files, folders and globs as `postlint <patterns>` does, and resolves to one result per file. */
export async function lintFiles(patterns: string | readonly string[], options: LintFilesOptions = {}): Promise<PostlintResult[]> {
  const args = commonArgs(options, '--fix');
  if (options.configLookup === false) args.push('--no-config-lookup');
  for (const ext of options.extensions ?? []) args.push('--ext', ext);
  for (const pattern of options.ignorePatterns ?? []) args.push('--ignore-pattern', pattern);
  if (options.ignore === false) args.push('--no-ignore');
  // After `--`, a pattern that starts with a dash is a path, not an option.
  return runJson([...args, '--', ...(typeof patterns === 'string' ? [patterns] : patterns)], options);
}
