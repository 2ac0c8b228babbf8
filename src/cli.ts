// The command line: options → files → lint → formatter → exit code (0 clean, 1 problems, 2 fatal).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { UsageError, type CandidateTrace, type LintMessage, type LintResult, type ResolvedConfig, type Rule, type RuleMeta } from './types.js';
import { quote } from './config/quote.js';
import type { SuggestionLayout } from './formatters/types.js';
import { didYouMean } from './config/suggest.js';
import type { SourceFile } from './files/read.js';
import { Progress } from './progress.js';
import { maskIdentifiers } from './engine/privacy.js';
import { BINARY_MESSAGE, display, encodingNote, fatalResult, lintFile, rulesPerConfig, type FileOutcome, type FileSettings, type FileTask } from './runner/lint-file.js';
import { AUTO_MIN_BYTES, bytesUpTo, lintInParallel, threadsFor } from './runner/pool.js';
import { unpackOutcome } from './runner/worker-main.js';
import { heapCapFor, lintCapped } from './runner/heap-cap.js';
import { segmentBudgetFrom } from './rule-kit/budget.js';
import { frenchHelp } from './cli-help.js';

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIO {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  /** A terminal (isTTY) gets a progress line during long runs. */
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Buffer | string>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Milliseconds, for the progress line's pace (default Date.now). */
  now?: () => number;
  /** Where SIGINT and SIGTERM arrive during --fix (default: this process). */
  signals?: SignalSource;
}

/** process's signal events, as --fix listens to them. */
export interface SignalSource {
  on(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
}

interface Options {
  config?: string;
  configLookup: boolean;
  rule: string[];
  format: string;
  outputFile?: string;
  maxWarnings?: string;
  quiet?: boolean;
  suggestions?: string;
  color?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  ext: string[];
  ignorePattern: string[];
  ignore: boolean;
  warnIgnored: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  printConfig?: string;
  listRules?: boolean;
  explain?: string;
  debugRule: string[];
  concurrency?: string;
  stats?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

interface PackageInfo {
  version: string;
  homepage?: string;
}

/** postlint's package.json, found above this module (src/ under tsx, dist/src/ once built). */
function packageInfo(): PackageInfo {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string; homepage?: string };
      if (pkg.name === 'postlint') return { version: pkg.version ?? '0.0.0', homepage: pkg.homepage };
    } catch {
      // not here: go up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return { version: '0.0.0' };
    dir = parent;
  }
}

function buildProgram(io: CliIO, version: string): Command {
  const program = new Command('postlint')
    .description('Vérifie la déontologie des publications de professionnels de santé (droit français).')
    .argument('[chemins...]', 'fichiers, dossiers ou globs (défaut : .)')
    .option('-c, --config <fichier>', 'utilise ce fichier de configuration pour tous les fichiers (pas de recherche)')
    .option('--no-config-lookup', 'ne cherche aucun fichier de configuration')
    .option('--rule <id:sévérité>', 'règle et sévérité, ex. no-price-promotion:off ou \'id:["warn",{…}]\' (répétable)', collect, [])
    .option('-f, --format <nom>', 'format du rapport : stylish, json, sarif, github, compact, junit, html, ou le chemin d’un module (./mon-formateur.js)', 'stylish')
    .option('-o, --output-file <fichier>', 'écrit le rapport dans ce fichier plutôt que sur la sortie standard')
    .option('--max-warnings <n>', 'échoue (code 1) au-delà de n avertissements')
    .option('--quiet', 'n’affiche et ne compte que les erreurs')
    .option('--suggestions <disposition>', 'suggestions du format stylish : inline (sous chaque problème), grouped (après les lignes du fichier, lisible par les outils de CI), off ; défaut : inline dans un terminal, grouped sinon')
    .option('--color', 'force la couleur')
    .option('--no-color', 'désactive la couleur')
    .option('--stdin', 'analyse l’entrée standard')
    .option('--stdin-filename <nom>', 'nom du texte lu sur l’entrée standard (format et configuration)')
    .option('--ext <extensions>', 'extensions des fichiers pris dans les dossiers (défaut : md,markdown,txt ; répétable)', collect, [])
    .option('--ignore-pattern <motif>', 'motif à ignorer, à la .gitignore (répétable)', collect, [])
    .option('--no-ignore', 'n’applique ni .postlintignore, ni --ignore-pattern, ni ignorePatterns')
    .option('--no-warn-ignored', 'n’avertit pas quand un fichier nommé est ignoré')
    .option('--fix', 'applique les corrections sûres aux fichiers')
    .option('--fix-dry-run', 'calcule les corrections sans rien écrire (aperçu masqué dans le rapport json)')
    .option('--print-config <fichier>', 'affiche la configuration effective pour ce fichier')
    .option('--list-rules', 'liste les règles')
    .option('--explain <id>', 'explique une règle')
    .option('--cache', 'ne réanalyse que les fichiers modifiés (texte ou configuration) depuis la dernière exécution')
    .option('--cache-location <chemin>', 'fichier du cache, ou dossier qui le contient (défaut : .postlintcache)')
    .option('--debug-rule <id>', 'montre sur la sortie d’erreur chaque candidat de la règle (ou all) et le filtre qui l’a gardé ou écarté (répétable)', collect, [])
    .option('--stats', 'temps d’analyse et nombre de signalements par règle : tableau sur la sortie d’erreur, champ stats du format json')
    .option('--concurrency <n|auto|off>', `fils d’analyse en parallèle ; auto : un par cœur à partir de ${AUTO_MIN_BYTES / 1024} Ko de texte (défaut : auto)`)
    // Read by bin/postlint.js before this program is loaded (daemon/client.ts); accepted here so that a run linted
    // in this process, without a resident one, takes them too.
    .option('--daemon', 'passe par un processus résident, lancé au premier appel et arrêté après 15 min sans analyse (hooks : un post au coût du démarrage de node)')
    .option('--daemon-stop', 'arrête le processus résident de cette installation')
    .version(version, '-v, --version', 'affiche la version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: () => undefined,
      outputError: () => undefined,
    });
  return frenchHelp(program, {
    commands: '  init [--profile <profession>]  écrit une configuration de départ commentée (.postrc.yaml)\n',
  });
}

/** Commander's English errors as one French line. */
function commanderMessage(error: CommanderError): string {
  const text = error.message.replace(/^error: /, '');
  const hint = /\n\(Did you mean (?:one of )?(.+)\?\)/.exec(text)?.[1];
  const suggestion = hint ? ` (vouliez-vous dire ${hint} ?)` : '';
  let m: RegExpExecArray | null;
  if ((m = /^unknown option '(.+?)'/.exec(text))) return `option inconnue ${quote(m[1])}${suggestion}`;
  if ((m = /^option '(.+?)' argument missing/.exec(text))) return `l’option ${quote(m[1])} attend une valeur`;
  if ((m = /^too many arguments/.exec(text))) return 'trop d’arguments';
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** Suggestions under each problem for people at a terminal; grouped after the rows when a tool reads the report. */
export function suggestionLayout(flag: string | undefined, isTTY: boolean): SuggestionLayout {
  if (flag === undefined) return isTTY ? 'inline' : 'grouped';
  if (flag === 'inline' || flag === 'grouped' || flag === 'off') return flag;
  throw new UsageError(`--suggestions : valeur ${quote(flag)} invalide (attendu : inline, grouped, off)`);
}

/** --color / --no-color, then FORCE_COLOR, then NO_COLOR, then whether the report goes to a terminal. */
export function resolveColor(flag: boolean | undefined, env: CliIO['env'], isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}

function parseMaxWarnings(value: string | undefined): number {
  if (value === undefined) return -1;
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < -1) {
    throw new UsageError(`--max-warnings : ${quote(value)} n’est pas un nombre entier positif`);
  }
  return Number(value);
}

/**
 * --debug-rule: one line per candidate, tab-separated so that scripts can read it: place, rule, what found it
 * (term id or construction), its fate (kept, or the filter that dropped it) and its text, masked like any message.
 */
function candidateLines(name: string, candidates: readonly CandidateTrace[]): string {
  return candidates
    .map((c) => `${name}:${c.line}:${c.column}-${c.endLine}:${c.endColumn}\t${c.ruleId}\t${c.origin}\t${c.verdict}\t« ${escapeControl(c.text)} »\n`)
    .join('');
}

/** No control character quoted from a post reaches the terminal (escape sequences). */
function escapeControl(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}


const IGNORED_MESSAGE =
  'Fichier ignoré : un motif d’exclusion s’y applique (.postlintignore, --ignore-pattern ou ignorePatterns). Utilisez « --no-ignore » pour l’analyser quand même.';

/** A file named on the command line but ignored: a warning, as ESLint's « File ignored… », so that it shows. */
function ignoredResult(filePath: string): LintResult {
  const m: LintMessage = { ruleId: null, severity: 1, message: IGNORED_MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 1 };
  return {
    filePath,
    messages: [m],
    suppressedMessages: [],
    errorCount: 0,
    warningCount: 1,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

/** SIGINT/SIGTERM during --fix: the file being written is finished, then the run stops (see runCli). */
function watchSignals(source: SignalSource): { readonly signal: NodeJS.Signals | null; dispose(): void } {
  let received: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    received ??= signal;
  };
  source.on('SIGINT', onSignal);
  source.on('SIGTERM', onSignal);
  return {
    get signal() {
      return received;
    },
    dispose() {
      source.off('SIGINT', onSignal);
      source.off('SIGTERM', onSignal);
    },
  };
}

/** --quiet: warnings leave the report and the counts. */
function errorsOnly(result: LintResult): LintResult {
  return {
    ...result,
    messages: result.messages.filter((m) => m.fatal || m.severity === 2),
    warningCount: 0,
    fixableWarningCount: 0,
  };
}

function rulesMetaOf(rules: readonly Rule[]): Record<string, RuleMeta> {
  return Object.fromEntries(rules.map((r) => [r.meta.id, r.meta]));
}

async function readAll(stream: CliIO['stdin']): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function unknownRule(id: string, ids: readonly string[]): UsageError {
  return new UsageError(`règle ${quote(id)} inconnue (${didYouMean(id, ids)}règles : ${ids.join(', ')})`);
}

/** --cache: the cache file, opened; a cache that cannot be used is said in one line, never fatal. */
async function openCache(cwd: string, location: string | undefined, version: string, io: CliIO) {
  const { LintCache, cacheFilePath } = await import('./cache/lint-cache.js');
  const cache = await LintCache.open(await cacheFilePath(cwd, location), version);
  if (cache.discarded !== null) {
    io.stderr.write(`postlint: avertissement : ${quote(display(cwd, cache.file))} n’est ni lu ni remplacé par le cache (${cache.discarded})\n`);
  }
  return cache;
}

async function runCli(opts: Options, paths: string[], io: CliIO, pkg: PackageInfo): Promise<number> {
  const { cwd } = io;
  const [{ builtInRegistry }, { loadFormatter }, { ConfigLoader, parseCliRuleValues, severityName }, { rulesToRun }] = await Promise.all([
    import('./registry/built-in.js'),
    import('./formatters/load-formatter.js'),
    import('./config/index.js'),
    import('./config/compose.js'),
  ]);
  // The one registry of the run: postlint's rules, loaded on use; each configuration adds its plugins' and
  // declarative rules to it, and hands it to the engine, the docs and the formatters.
  const loader = new ConfigLoader({
    cwd,
    configFile: opts.config,
    configLookup: opts.configLookup,
    cliRuleValues: parseCliRuleValues(opts.rule),
    registry: builtInRegistry(),
  });
  // The rules each configuration runs, loaded once per configuration; every rule met goes to the report's meta.
  const used = new Map<string, Rule>();
  /** The same for the rules worker threads met (their meta only). */
  const usedMeta = new Map<string, RuleMeta>();
  const rulesFor = rulesPerConfig(loader, rulesToRun, (rule) => used.set(rule.meta.id, rule));
  const here = async () => {
    const config = await loader.forDirectory(cwd);
    const registry = config.registry ?? loader.registry;
    return { config, registry, rules: await registry.load() };
  };

  if (opts.listRules) {
    const { textTable } = await import('./formatters/stylish.js');
    const rows = (await here()).rules.map((r) => [r.meta.id, r.meta.severity, r.meta.docs.description]);
    io.stdout.write(`${textTable(rows, ['l', 'l', 'l']).join('\n')}\n`);
    return 0;
  }
  if (opts.debugRule.some((id) => id !== 'all')) {
    const { registry } = await here();
    for (const id of opts.debugRule) if (id !== 'all' && !registry.has(id)) throw unknownRule(id, registry.ids());
  }
  const debugRules = opts.debugRule;
  const traceOut = (result: LintResult) => {
    if (result.candidates) io.stderr.write(candidateLines(display(cwd, result.filePath), result.candidates));
  };

  if (opts.explain !== undefined) {
    const { registry, rules } = await here();
    const rule = registry.get(opts.explain);
    if (!rule) throw unknownRule(opts.explain, registry.ids());
    const { explainRule } = await import('./docs/explain.js');
    io.stdout.write(explainRule(rule, rules));
    return 0;
  }

  const formatter = await loadFormatter(opts.format, cwd);
  suggestionLayout(opts.suggestions, false); // a bad value is a usage error before any work
  const maxWarnings = parseMaxWarnings(opts.maxWarnings);
  threadsFor(opts.concurrency, 0); // a bad --concurrency is a usage error before any work
  if (opts.fix && opts.fixDryRun) throw new UsageError('--fix et --fix-dry-run s’excluent : choisissez l’un des deux');
  if (opts.stdin && opts.fix) throw new UsageError('--fix n’écrit pas l’entrée standard : utilisez --fix-dry-run avec -f json');
  if (opts.stdin && paths.length > 0) throw new UsageError(`--stdin ne prend pas de chemins (reçu : ${paths.join(' ')})`);
  if (opts.stdinFilename !== undefined && !opts.stdin) throw new UsageError('--stdin-filename ne sert qu’avec --stdin');

  const [{ lintText, effectiveRules, profileOf }, files, read, write] = await Promise.all([
    import('./engine/lint.js'),
    import('./files/expand.js'),
    import('./files/read.js'),
    import('./files/write.js'),
  ]);

  if (opts.printConfig !== undefined) {
    const file = path.resolve(cwd, opts.printConfig);
    const config = await loader.forFile(file);
    // The front matter of the file, when it exists, may set the profile.
    let profile = config.profile ?? 'medecin';
    const source = await read.readSource(file).catch(() => null);
    if (source?.kind === 'text') {
      const { parseDocument } = await import('./document/index.js');
      profile = profileOf(parseDocument(source.text, file), config);
    }
    const settings = effectiveRules(config, profile, await (config.registry ?? loader.registry).load());
    const printed = {
      filePath: file,
      configFile: config.filePath ?? null,
      ...(config.extends ? { extends: config.extends } : {}),
      ...(config.plugins ? { plugins: config.plugins } : {}),
      ...(config.appliedOverrides ? { overrides: config.appliedOverrides } : {}),
      profile,
      ignorePatterns: config.ignorePatterns,
      rules: Object.fromEntries(Object.entries(settings).map(([id, s]) => [id, [severityName(s.severity), s.options]])),
    };
    io.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
    return 0;
  }

  // A report that cannot be written is known before any file is linted (or fixed).
  const reportFailure = (reason: string) =>
    new UsageError(`impossible d’écrire le rapport ${quote(display(cwd, path.resolve(cwd, opts.outputFile!)))} : ${reason}`);
  const reportTarget =
    opts.outputFile === undefined
      ? null
      : await write.reportTarget(path.resolve(cwd, opts.outputFile)).catch((error: NodeJS.ErrnoException) => {
          throw reportFailure(error.code ?? error.message);
        });
  if (reportTarget?.kind === 'directory') throw reportFailure('c’est un dossier');

  const fix = Boolean(opts.fix || opts.fixDryRun);
  const segmentBudgetMs = segmentBudgetFrom(io.env);
  const cache = opts.cache && !opts.stdin ? await openCache(cwd, opts.cacheLocation, pkg.version, io) : null;
  let results: LintResult[] = [];
  let unreadable = false;
  let interrupted: NodeJS.Signals | null = null;

  if (opts.stdin) {
    const filePath = opts.stdinFilename !== undefined ? path.resolve(cwd, opts.stdinFilename) : '<text>';
    const config = opts.stdinFilename !== undefined ? await loader.forFile(filePath) : await loader.forDirectory(cwd);
    const source = read.decodeSource(await readAll(io.stdin));
    const note = encodingNote(source);
    if (note) io.stderr.write(`postlint: avertissement : l’entrée standard ${note}\n`);
    results.push(source.kind === 'binary' ? fatalResult(filePath, BINARY_MESSAGE) : lintText(source.text, { filePath, config, rules: await rulesFor(config), fix, maskOutput: Boolean(opts.fixDryRun), debugRules, stats: Boolean(opts.stats), source: formatter.showsSource, segmentBudgetMs }));
    traceOut(results[results.length - 1]);
  } else {
    const ignored: string[] = [];
    const list = await files.expandPaths(paths.length > 0 ? paths : ['.'], {
      cwd,
      extensions: opts.ext.length > 0 ? files.normalizeExtensions(opts.ext) : undefined,
      ignorePatterns: opts.ignore ? opts.ignorePattern : [],
      useIgnoreFile: opts.ignore,
      isIgnored: opts.ignore ? (p, isDir) => loader.isIgnored(p, isDir) : undefined,
      onIgnoredFile: (file) => ignored.push(file),
      onUnreadableDir: (dir, e) => {
        io.stderr.write(`postlint: impossible de lire le dossier ${quote(display(cwd, dir))} : ${e.code ?? e.message}\n`);
        unreadable = true;
      },
    });
    const progress = new Progress(io.stderr, list.length, io.now);
    const warn = (line: string) => {
      progress.clear();
      io.stderr.write(`postlint: ${line}\n`);
    };
    const fixed: string[] = [];
    const signals = opts.fix && io.signals ? watchSignals(io.signals) : null;
    try {
      const settings: FileSettings = {
        cwd,
        fix: Boolean(opts.fix),
        fixDryRun: Boolean(opts.fixDryRun),
        debugRules: [...debugRules],
        stats: Boolean(opts.stats),
        source: Boolean(formatter.showsSource),
        segmentBudgetMs,
      };
      const task: FileTask = { settings, loader, rulesFor, cache, modules: { lintText, read, write } };
      const take = (outcome: FileOutcome) => {
        for (const line of outcome.notes) warn(line);
        if (outcome.result) traceOut(outcome.result);
        for (const line of outcome.warnings) warn(line);
        if (outcome.unreadable) unreadable = true;
        if (outcome.fixed) fixed.push(outcome.result!.filePath);
        if (outcome.result) results.push(outcome.result);
      };
      // The cache is this thread's: a cached run stays on one thread (unchanged files cost almost nothing anyway).
      const threads = cache ? 1 : threadsFor(opts.concurrency, list.length, () => bytesUpTo(list, AUTO_MIN_BYTES));
      const workerOptions = { ...settings, configFile: opts.config, configLookup: opts.configLookup, ruleValues: opts.rule };
      const onMeta = (id: string, meta: RuleMeta) => {
        if (!usedMeta.has(id)) usedMeta.set(id, meta);
      };
      if (threads > 1) {
        await lintInParallel(list, threads, workerOptions, io.env, {
          onMeta,
          onOutcome: (index, outcome) => {
            progress.update(index + 1);
            take(unpackOutcome(outcome));
          },
          // Between two files only: a file being fixed is always written whole.
          stopped: () => Boolean(signals?.signal),
        });
      } else {
        for (const [index, file] of list.entries()) {
          // Between two files only: a file being fixed is always written whole.
          if (signals?.signal) break;
          progress.update(index);
          // A big file alone in a thread with a capped heap (runner/heap-cap.ts); the cache is this thread's.
          const cap = cache ? undefined : heapCapFor(file, io.env);
          take((cap && (await lintCapped(file, cap, workerOptions, io.env, onMeta))) || (await lintFile(file, task)));
        }
      }
    } finally {
      progress.clear();
      interrupted = signals?.signal ?? null;
      signals?.dispose();
    }
    if (interrupted) {
      const names = fixed.map((f) => `  ${display(cwd, f)}\n`).join('');
      io.stderr.write(
        fixed.length === 0
          ? `postlint: interrompu (${interrupted}) : aucun fichier modifié\n`
          : `postlint: interrompu (${interrupted}) : ${fixed.length} fichier(s) corrigé(s) avant l’arrêt, les autres sont intacts :\n${names}`,
      );
      return interrupted === 'SIGINT' ? 130 : 143;
    }
    if (opts.warnIgnored && ignored.length > 0) {
      results = [...results, ...ignored.map(ignoredResult)].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
    }
  }

  if (opts.stats) {
    const { statsTable } = await import('./runner/stats.js');
    io.stderr.write(statsTable(results));
  }
  if (cache) {
    try {
      await cache.save();
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      io.stderr.write(`postlint: avertissement : impossible d’écrire le cache ${quote(display(cwd, cache.file))} : ${e.code ?? e.message}\n`);
    }
  }
  if (opts.quiet) results = results.map(errorsOnly);
  const toFile = opts.outputFile !== undefined;
  const report = await formatter.run(results, {
    cwd,
    color: resolveColor(opts.color, io.env, !toFile && Boolean(io.stdout.isTTY)),
    suggestions: suggestionLayout(opts.suggestions, !toFile && Boolean(io.stdout.isTTY)),
    rulesMeta: { ...rulesMetaOf([...used.values()]), ...Object.fromEntries(usedMeta) },
    version: pkg.version,
    informationUri: pkg.homepage,
  });
  if (reportTarget) {
    // The same bytes whatever the target: a regular file is replaced atomically, anything else written into.
    try {
      if (reportTarget.kind === 'stdout') io.stdout.write(report);
      else if (reportTarget.kind === 'stderr') io.stderr.write(report);
      else if (reportTarget.kind === 'stream') await write.writeStream(reportTarget.path, report, reportTarget.flags);
      else if (reportTarget.kind === 'file') await write.writeFileAtomic(reportTarget.path, report, { mkdirs: true });
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      throw reportFailure(e.code ?? e.message);
    }
  } else if (report !== '') {
    io.stdout.write(`${report}\n`);
  }

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const tooManyWarnings = maxWarnings >= 0 && warnings > maxWarnings;
  if (tooManyWarnings) io.stderr.write(`postlint : trop d’avertissements (maximum : ${maxWarnings}).\n`);
  if (unreadable) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** Runs postlint on `argv` (process.argv shape: node, script, ...args) and returns the exit code. */
export async function run(argv: readonly string[], partialIO: Partial<CliIO> = {}): Promise<number> {
  const io: CliIO = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    signals: process,
    ...partialIO,
  };
  const fail = (message: string, error?: unknown): number => {
    // An error may quote a post (a YAML excerpt, a rule's crash): identifiers are masked there too.
    // One line, readable in a terminal: no line break, and no control character quoted from a binary file.
    const line = message.replace(/^postlint\s?:\s*/, '').replace(/\s*\n\s*/g, ' ');
    io.stderr.write(`postlint: ${maskIdentifiers(escapeControl(line))}\n`);
    if (error instanceof Error && io.env.POSTLINT_DEBUG === '1' && error.stack) io.stderr.write(`${maskIdentifiers(error.stack)}\n`);
    return 2;
  };
  try {
    const pkg = packageInfo();
    // « postlint init »: a command, not a path (a file named init is linted as ./init).
    if (argv[2] === 'init') return await (await import('./init/command.js')).runInit(argv.slice(3), io, commanderMessage);
    const program = buildProgram(io, pkg.version);
    try {
      program.parse([...argv]);
    } catch (error) {
      if (error instanceof CommanderError) {
        if (error.exitCode === 0) return 0; // --help, --version
        return fail(commanderMessage(error), error);
      }
      throw error;
    }
    return await runCli(program.opts<Options>(), program.args, io, pkg);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message, error);
    return fail(`erreur interne : ${error instanceof Error ? error.message : String(error)}`, error);
  }
}

/** Entry point of bin/postlint.js. */
export async function main(argv: readonly string[] = process.argv): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  // The event loop can only empty before run() ends when something awaited never settles (a config module
  // stuck on a top-level await): say so in one line instead of exiting without a word.
  let done = false;
  process.once('beforeExit', () => {
    if (done) return;
    void import('./config/load.js').then(({ loading }) => {
      const files = [...loading].map((f) => quote(path.relative(process.cwd(), f) || f)).join(', ');
      process.stderr.write(`postlint: le chargement ${files ? `de la configuration ${files}` : 'd’un module'} ne se termine jamais (attente sans fin ?)\n`);
      process.exit(2);
    });
  });
  process.exitCode = await run(argv);
  done = true;
}
