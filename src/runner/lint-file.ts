// One file of a run, from its bytes to its result: read, decode, find its configuration and rules, lint, write the
// fixes. The CLI's sequential loop and each worker thread of a parallel run (pool.ts) call the same function, so
// that both give the same results, warnings and writes.
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ConfigLoader } from '../config/index.js';
import { quote } from '../config/quote.js';
import type { SourceFile } from '../files/read.js';
import type { LintMessage, LintResult, ResolvedConfig, Rule } from '../types.js';

/** A file's name as messages show it: relative to the working folder when inside it, else as given. */
export function display(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

export const BINARY_MESSAGE = 'fichier binaire : non analysé';

/** A problem that no rule raised (binary file), as ESLint reports a parse error: fatal, ruleId null. */
export function fatalResult(filePath: string, message: string): LintResult {
  const m: LintMessage = { ruleId: null, fatal: true, severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    filePath,
    messages: [m],
    suppressedMessages: [],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

/** Why a text read in another encoding than UTF-8, or with broken bytes, deserves a word; null when it does not. */
export function encodingNote(source: SourceFile): string | null {
  if (source.kind !== 'text') return null;
  if (source.encoding === 'windows-1252') return 'n’est pas en UTF-8 : lu en Windows-1252 (Latin-1)';
  if (source.replaced) return `n’est pas de l’UTF-8 valide : ${source.replaced} octet(s) illisible(s) remplacé(s) par U+FFFD`;
  return null;
}

/** Why --fix must leave a file as it is, or null: it would lose bytes, or nobody may write it. */
async function fixBlocker(file: string, source: SourceFile & { kind: 'text' }, isReadOnly: (st: Stats) => boolean): Promise<string | null> {
  if (source.encoding === 'windows-1252') return 'est en Windows-1252 (enregistrez-le en UTF-8 pour le corriger)';
  if (source.replaced) return 'contient de l’UTF-8 invalide (la réécrire perdrait ces octets)';
  const st = await stat(file).catch(() => null);
  return st && isReadOnly(st) ? 'est en lecture seule' : null;
}

/** What a run asks of every file, as plain data: a worker thread receives it as is. */
export interface FileSettings {
  /** Warnings name files relative to it. */
  cwd: string;
  /** --fix writes fixes; --fix-dry-run only computes them. */
  fix: boolean;
  fixDryRun: boolean;
  debugRules: string[];
  /** --stats: time the parse and each rule. */
  stats: boolean;
  /** The report shows the (masked) text of the files with problems (html, formatter modules). */
  source: boolean;
  /** Milliseconds a rule may spend on one segment (rule-kit/budget.ts). */
  segmentBudgetMs: number;
}

export interface FileTask {
  settings: FileSettings;
  loader: ConfigLoader;
  rulesFor(config: ResolvedConfig): Promise<Rule[]>;
  /** --cache: results of unchanged files (same text, same effective configuration, same postlint). */
  cache?: {
    get(file: string, text: string, config: ResolvedConfig): LintResult | null | undefined;
    set(file: string, text: string, config: ResolvedConfig, result: LintResult): void;
  } | null;
  modules: {
    lintText: typeof import('../engine/lint.js').lintText;
    read: typeof import('../files/read.js');
    write: typeof import('../files/write.js');
  };
}

/**
 * The rules each configuration runs, loaded once per configuration; `onRule` sees each rule of each configuration
 * once it is loaded (the report's rule list).
 */
export function rulesPerConfig(
  loader: ConfigLoader,
  rulesToRun: typeof import('../config/compose.js').rulesToRun,
  onRule: (rule: Rule) => void,
): (config: ResolvedConfig) => Promise<Rule[]> {
  const running = new WeakMap<ResolvedConfig, Promise<Rule[]>>();
  return (config) => {
    let pending = running.get(config);
    if (!pending) {
      pending = rulesToRun(config, config.registry ?? loader.registry).then((rules) => {
        rules.forEach(onRule);
        return rules;
      });
      running.set(config, pending);
    }
    return pending;
  };
}

/** What one file gave: its result (none when it could not be read), the warnings to print, and what happened. */
export interface FileOutcome {
  result?: LintResult;
  /** Lines for stderr, without the « postlint: » prefix: about the file as read (before its --debug-rule trace)… */
  notes: string[];
  /** …and about its fixes (after the trace). */
  warnings: string[];
  fixed: boolean;
  unreadable: boolean;
}

export async function lintFile(file: string, task: FileTask): Promise<FileOutcome> {
  const { read, write, lintText } = task.modules;
  const settings = task.settings;
  const out: FileOutcome = { notes: [], warnings: [], fixed: false, unreadable: false };
  const name = quote(display(settings.cwd, file));
  let source;
  try {
    source = await read.readSource(file);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    out.notes.push(`impossible de lire ${name} : ${e.code ?? e.message}`);
    out.unreadable = true;
    return out;
  }
  if (source.kind === 'binary') {
    out.result = fatalResult(file, BINARY_MESSAGE);
    return out;
  }
  const note = encodingNote(source);
  if (note) out.notes.push(`avertissement : ${name} ${note}`);
  const fixing = settings.fix || settings.fixDryRun;
  const blocker = settings.fix ? await fixBlocker(file, source, write.isReadOnly) : null;
  const config = await task.loader.forFile(file);
  const rules = await task.rulesFor(config);
  // From the cache unless the candidates are asked for, the report shows the text (the cache keeps no text), or
  // fixes are to be computed.
  const cached = settings.debugRules.length === 0 && !settings.source ? (task.cache?.get(file, source.text, config) ?? null) : null;
  const reused = cached && !(fixing && cached.fixableErrorCount + cached.fixableWarningCount > 0) ? cached : null;
  const result =
    reused ?? lintText(source.text, {
      filePath: file,
      config,
      rules,
      fix: fixing && blocker === null,
      maskOutput: settings.fixDryRun,
      debugRules: settings.debugRules,
      stats: settings.stats,
      source: settings.source,
      segmentBudgetMs: settings.segmentBudgetMs,
    });
  // A fixed file is stored by its next run, which lints the text as written.
  if (task.cache && !reused && result.output === undefined) task.cache.set(file, source.text, config, result);
  if (blocker !== null && result.fixableErrorCount + result.fixableWarningCount > 0) {
    out.warnings.push(`avertissement : ${name} ${blocker} : corrections non écrites`);
  }
  if (settings.fix && result.output !== undefined && source.encoding !== 'windows-1252') {
    try {
      await write.writeFixedFile(file, read.encodeText(result.output, source.encoding));
      out.fixed = true;
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      out.warnings.push(`impossible d’écrire ${name} : ${e.code ?? e.message}`);
      out.unreadable = true;
    }
  }
  if (settings.fix) delete result.output;
  out.result = result;
  return out;
}
