// `npm run bench` (issue #9): generates the benchmark's inputs (scripts/bench/data.ts), then measures the built
// CLI as whole processes, side by side with its references, and prints one Markdown table; writes
// bench/results.json (figures, machine facts) and bench/results.md (the table the README quotes).
// Figures, never a test: a shared machine is noisy, so runs are paired (alternated) and medians reported.
//
//   npm run bench [-- --runs 1] [--post-runs 15] [--cases startup,corpus,big,hostile] [--scale 1]
//                 [--timeout 1800] [--hostile-timeout 60]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareData } from './data.js';
import { hasTimeBin, measureNode, median, type Measure } from './measure.js';
import { hostileFiles } from './hostile.js';
import { renderMarkdown, type Row } from './report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(ROOT, 'bin', 'postlint.js');
const FLOOR = path.join(ROOT, 'scripts', 'bench', 'parse-floor.mjs');
const CASES = ['startup', 'corpus', 'big', 'hostile'] as const;

const fail = (message: string): never => {
  process.stderr.write(`postlint bench : ${message}\n`);
  process.exit(2);
};
const log = (line: string): void => void process.stderr.write(`${line}\n`);

function parseArgs(argv: string[]) {
  const options = { runs: 1, postRuns: 15, cases: [...CASES] as string[], scale: 1, timeout: 1800, hostileTimeout: 60 };
  for (let i = 0; i < argv.length; i++) {
    const [name, value] = [argv[i], argv[i + 1]];
    const number = (): number => {
      const n = Number(value);
      if (!value || !Number.isFinite(n) || n <= 0) fail(`${name} attend un nombre positif`);
      i++;
      return n;
    };
    if (name === '--runs') options.runs = Math.round(number());
    else if (name === '--post-runs') options.postRuns = Math.round(number());
    else if (name === '--scale') options.scale = number();
    else if (name === '--timeout') options.timeout = number();
    else if (name === '--hostile-timeout') options.hostileTimeout = number();
    else if (name === '--cases') {
      options.cases = (value ?? '').split(',').filter(Boolean);
      const unknown = options.cases.filter((c) => !(CASES as readonly string[]).includes(c));
      if (options.cases.length === 0 || unknown.length > 0) fail(`--cases : ${unknown.join(', ') || 'vide'} (cas connus : ${CASES.join(', ')})`);
      i++;
    } else fail(`option inconnue ${name}`);
  }
  return options;
}

/** Newest modification time of the files under a folder. */
function newest(dir: string): number {
  let t = 0;
  for (const f of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (f.isFile()) t = Math.max(t, fs.statSync(path.join(f.parentPath ?? f.path, f.name)).mtimeMs);
  }
  return t;
}

/** The bench measures the built CLI: builds it when dist/ is missing or older than src/ or rules/. */
function ensureBuild(): void {
  const built = [path.join(ROOT, 'dist', 'src', 'cli.js'), path.join(ROOT, 'dist', 'lexicon-snapshot.json')];
  const sources = Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'rules')));
  const stale = built.some((f) => !fs.existsSync(f) || fs.statSync(f).mtimeMs < sources);
  if (!stale) return;
  log('dist/ absent ou plus ancien que src/ ou rules/ : npm run build …');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) fail('npm run build a échoué');
}

const cli = (target: string, extra: string[] = []): string[] => [BIN, '--no-config-lookup', '-f', 'json', ...extra, target];
const fr1 = (n: number): string => n.toFixed(1).replace('.', ',');
const s = (m: Measure): string => (m.timedOut ? `> ${m.seconds} s` : `${m.seconds.toFixed(2)} s`);

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  ensureBuild();
  const dataRoot = path.join(ROOT, 'bench', '.data', options.scale === 1 ? 'full' : `scale-${options.scale}`);
  const data = prepareData(dataRoot, log, options.scale);
  log(`données ${data.reused ? 'reprises' : 'générées'} : ${dataRoot} (empreinte ${data.digest.slice(0, 12)})`);
  const outDir = path.join(dataRoot, 'out');
  fs.mkdirSync(outDir, { recursive: true });
  const help = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
  const concurrency = /--concurrency\b/u.test(help);
  const loadBefore = os.loadavg();
  const rows: Row[] = [];
  const raw: Record<string, unknown> = {};
  // Saved after each case, so that an interrupted series still leaves its figures.
  const savePartial = (): void => fs.writeFileSync(path.join(outDir, 'partial.json'), `${JSON.stringify({ rows, raw }, null, 2)}\n`);
  const big = { timeoutSeconds: options.timeout };

  if (options.cases.includes('startup')) {
    const node: Measure[] = [];
    const post: Measure[] = [];
    // With --daemon when the CLI has it: the install's resident process, started by a first run and warm before
    // the series (its sockets in a private folder of the bench's own), answers each run; elapsed time, since the
    // work is done in that process and not in the one measured.
    const daemon = /--daemon\b/u.test(help) ? await startDaemon(outDir, data.onePost) : null;
    const resident: Measure[] = [];
    for (let r = 0; r < options.postRuns; r++) {
      node.push(await measureNode(['-e', '0'], big));
      post.push(await measureNode(cli(data.onePost), big));
      if (daemon) resident.push(await measureNode(cli(data.onePost, ['--daemon']), big));
    }
    const answered = daemon ? daemon.answered() : false;
    daemon?.stop();
    const [n, p] = [median(node.map((m) => m.seconds)), median(post.map((m) => m.seconds))];
    log(`un post : ${p.toFixed(3)} s, node -e 0 : ${n.toFixed(3)} s`);
    raw.startup = { node, post, ...(daemon ? { resident, residentAnswered: answered } : {}) };
    rows.push({ case: 'un post (pre-commit)', postlint: { seconds: p, rssMB: median(post.map((m) => m.rssMB ?? 0)) }, reference: { label: '`node -e 0`', seconds: n }, ratio: p / n, ratioUnit: 'node', target: '≤ 2,5x node', met: p / n <= 2.5, failed: post.find((m) => m.error)?.error });
    if (daemon) {
      const d = median(resident.map((m) => m.seconds));
      log(`un post par le processus résident : ${d.toFixed(3)} s`);
      rows.push({ case: 'un post, `--daemon` (processus résident chaud)', postlint: { seconds: d, rssMB: median(resident.map((m) => m.rssMB ?? 0)) }, reference: { label: '`node -e 0`', seconds: n }, ratio: d / n, ratioUnit: 'node', target: '≤ 2,5x node', met: d / n <= 2.5 && answered, failed: resident.find((m) => m.error)?.error ?? (answered ? undefined : 'le processus résident n’a pas répondu') });
    }
  }

  savePartial();
  if (options.cases.includes('hostile')) {
    const shapes = new Map(hostileFiles().map((f) => [f.name, f.shape]));
    const results: { file: string; shape: string; bytes: number; seconds: number; timedOut: boolean; rssMB: number | null; error?: string }[] = [];
    for (const name of [...shapes.keys()]) {
      const file = path.join(data.hostile, name);
      const m = await measureNode(cli(file), { timeoutSeconds: options.hostileTimeout, stdoutFile: null });
      results.push({ file: name, shape: shapes.get(name)!, bytes: fs.statSync(file).size, seconds: m.seconds, timedOut: m.timedOut, rssMB: m.rssMB, ...(m.error ? { error: m.error } : {}) });
      log(`hostile ${name} : ${s(m)}${m.error ? ` (${m.error})` : ''}`);
    }
    raw.hostile = results;
    const slow = results.filter((r) => r.seconds >= 2 || r.error).sort((a, b) => b.seconds - a.seconds);
    const killed = results.filter((r) => r.timedOut);
    const failed = results.filter((r) => r.error);
    const summary = slow.length === 0 ? `${results.length} fichiers, tous < 2 s (max ${Math.max(...results.map((r) => r.seconds)).toFixed(2)} s)` : `${slow.length} fichiers sur ${results.length} ≥ 2 s${killed.length ? `, dont ${killed.length} > ${options.hostileTimeout} s` : ''}${failed.length ? `, ${failed.length} en erreur` : ''} (le plus lent : ${slow[0].shape}, ${slow[0].timedOut ? `> ${options.hostileTimeout}` : slow[0].seconds.toFixed(1)} s)`;
    rows.push({ case: `entrées hostiles (${results.length} fichiers)`, note: summary, target: 'chaque fichier < 2 s', met: slow.length === 0 });
  }

  savePartial();
  if (options.cases.includes('corpus')) {
    // One core (the default, or --concurrency off) and both cores (auto) when the CLI has the option.
    const variants: [string, string[]][] = concurrency ? [['off', ['--concurrency', 'off']], ['auto', ['--concurrency', 'auto']]] : [['défaut', []]];
    const linear = concurrency ? ['--concurrency', 'off'] : [];
    const runs: Record<string, Measure[]> = { floor: [], x2: [], ...Object.fromEntries(variants.map(([v]) => [v, []])) };
    for (let r = 0; r < options.runs; r++) {
      runs.floor.push(await measureNode([FLOOR, data.corpus1x], big));
      log(`plancher d’analyse : ${s(runs.floor.at(-1)!)}`);
      for (const [variant, flags] of variants) {
        runs[variant].push(await measureNode(cli(data.corpus1x, flags), { ...big, stdoutFile: path.join(outDir, `corpus-1x.${variant}.json`) }));
        log(`corpus 1x (${variant}) : ${s(runs[variant].at(-1)!)}`);
      }
      runs.x2.push(await measureNode(cli(data.corpus2x, linear), { ...big, stdoutFile: null }));
      log(`corpus 2x : ${s(runs.x2.at(-1)!)}`);
    }
    raw.corpus = runs;
    const floor = median(runs.floor.map((m) => m.seconds));
    const size = `${data.facts.corpus1x.posts} posts, ${fr1(data.facts.corpus1x.bytes / 1e6)} Mo`;
    for (const [variant] of variants) {
      const t = median(runs[variant].map((m) => m.seconds));
      const both = variant === 'auto';
      rows.push({ case: `corpus (${size})${concurrency ? `, --concurrency ${variant}` : ''}`, postlint: { seconds: t, cpuSeconds: median(runs[variant].map((m) => m.cpuSeconds ?? 0)), rssMB: median(runs[variant].map((m) => m.rssMB ?? 0)), timedOut: runs[variant].some((m) => m.timedOut) }, reference: { label: 'plancher (lecture + remark-parse)', seconds: floor, cpuSeconds: median(runs.floor.map((m) => m.cpuSeconds ?? 0)) }, ratio: t / floor, ratioUnit: 'le plancher', target: both ? '< 1x le plancher (deux cœurs)' : '≤ 1,5x le plancher (un cœur)', met: both ? t / floor < 1 : t / floor <= 1.5, failed: runs[variant].find((m) => m.error)?.error });
    }
    if (!concurrency) rows.push({ case: 'corpus, deux cœurs', note: 'non mesuré : la CLI n’a pas --concurrency', target: '< 1x le plancher (deux cœurs)', met: false });
    const one = median(runs[variants[0][0]].map((m) => m.seconds));
    const two = median(runs.x2.map((m) => m.seconds));
    rows.push({ case: `corpus 2x (${data.facts.corpus2x.posts} posts, ${fr1(data.facts.corpus2x.bytes / 1e6)} Mo)`, postlint: { seconds: two, cpuSeconds: median(runs.x2.map((m) => m.cpuSeconds ?? 0)), rssMB: median(runs.x2.map((m) => m.rssMB ?? 0)), timedOut: runs.x2.some((m) => m.timedOut) }, reference: { label: 'corpus 1x', seconds: one, cpuSeconds: median(runs[variants[0][0]].map((m) => m.cpuSeconds ?? 0)) }, ratio: two / one, ratioUnit: 'le 1x', target: '≤ 2,1x', met: two / one <= 2.1, failed: runs.x2.find((m) => m.error)?.error });
    raw.flagged = flaggedShare(data.manifest1x, path.join(outDir, `corpus-1x.${variants[0][0]}.json`));
    if (concurrency) raw.workersIdentical = sameBytes(path.join(outDir, 'corpus-1x.off.json'), path.join(outDir, 'corpus-1x.auto.json'));
  }

  savePartial();
  if (options.cases.includes('big')) {
    const flags = concurrency ? ['--concurrency', 'off'] : [];
    const file: Measure[] = [];
    const split: Measure[] = [];
    for (let r = 0; r < options.runs; r++) {
      file.push(await measureNode(cli(data.bigFile, flags), { ...big, stdoutFile: null }));
      log(`fichier de 20 Mo : ${s(file.at(-1)!)}, ${file.at(-1)!.rssMB?.toFixed(0)} Mo`);
      split.push(await measureNode(cli(data.bigSplit, flags), { ...big, stdoutFile: null }));
      log(`même texte en posts séparés : ${s(split.at(-1)!)}`);
    }
    raw.big = { file, split };
    const [t, ref] = [median(file.map((m) => m.seconds)), median(split.map((m) => m.seconds))];
    const rss = Math.max(...file.map((m) => m.rssMB ?? Infinity));
    rows.push({ case: `fichier de ${fr1(fs.statSync(data.bigFile).size / 1e6)} Mo`, postlint: { seconds: t, cpuSeconds: median(file.map((m) => m.cpuSeconds ?? 0)), rssMB: rss, timedOut: file.some((m) => m.timedOut) }, reference: { label: `même texte en ${data.facts.big.posts} posts séparés`, seconds: ref, cpuSeconds: median(split.map((m) => m.cpuSeconds ?? 0)) }, ratio: t / ref, ratioUnit: 'les posts séparés', target: '≤ 2x et ≤ 300 Mo', met: t / ref <= 2 && rss <= 300, failed: file.find((m) => m.error)?.error });
  }

  savePartial();
  const loadAfter = os.loadavg();
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}`, loadavgBefore: loadBefore, loadavgAfter: loadAfter, peakRss: hasTimeBin ? '/usr/bin/time -f %M' : 'process.resourceUsage() (préchargé)' };
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const results = { date: new Date().toISOString(), commit, machine, options, concurrency, data: { digest: data.digest, ...data.facts }, durationSeconds: Math.round((Date.now() - started) / 1000), rows, raw };
  const markdown = renderMarkdown(results);
  process.stdout.write(`${markdown}\n`);
  const complete = options.scale === 1 && CASES.every((c) => options.cases.includes(c));
  if (!complete) {
    log('résultats non écrits : cas partiels ou --scale ≠ 1 (bench/results.* gardent la dernière série complète)');
    return;
  }
  fs.mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.md'), markdown);
  log('écrit : bench/results.json, bench/results.md');
}

/**
 * Starts the CLI's resident process for the one-post series (a first --daemon run, then waits for its socket) in a
 * private socket folder under `outDir`; `answered` checks afterwards, through the startup trace, that it answers.
 */
async function startDaemon(outDir: string, post: string): Promise<{ stop(): void; answered(): boolean }> {
  const dir = path.join(outDir, 'daemon');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { mode: 0o700 });
  process.env.POSTLINT_DAEMON_DIR = dir;
  spawnSync(process.execPath, cli(post, ['--daemon']), { stdio: 'ignore' });
  for (const end = Date.now() + 120_000; !fs.readdirSync(dir).some((f) => f.endsWith('.sock')) && Date.now() < end; ) await new Promise((r) => setTimeout(r, 200));
  // Once more outside the series: the first answer of the process is not part of what a hook sees every day.
  spawnSync(process.execPath, cli(post, ['--daemon']), { stdio: 'ignore' });
  return {
    stop: () => {
      spawnSync(process.execPath, [BIN, '--daemon-stop'], { stdio: 'ignore' });
      delete process.env.POSTLINT_DAEMON_DIR;
    },
    answered: () => /analyse faite par le processus résident/u.test(spawnSync(process.execPath, cli(post, ['--daemon']), { encoding: 'utf8', env: { ...process.env, POSTLINT_STARTUP_TRACE: '1' } }).stderr),
  };
}

/** Share of the 1x corpus's posts reported by postlint, against the violations the generator wrote. */
function flaggedShare(manifestFile: string, outputFile: string) {
  if (!fs.existsSync(outputFile) || fs.statSync(outputFile).size === 0) return null;
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, string[]>;
  const output = JSON.parse(fs.readFileSync(outputFile, 'utf8')) as { filePath: string; errorCount: number; warningCount: number }[];
  const reported = new Map(output.map((f) => [path.basename(f.filePath), f]));
  const counts = { withViolations: 0, withViolationsReported: 0, clean: 0, cleanReported: 0 };
  for (const [name, kinds] of Object.entries(manifest)) {
    const f = reported.get(name);
    const flagged = f !== undefined && f.errorCount + f.warningCount > 0;
    if (kinds.length > 0) {
      counts.withViolations++;
      if (flagged) counts.withViolationsReported++;
    } else {
      counts.clean++;
      if (flagged) counts.cleanReported++;
    }
  }
  return counts;
}

const sameBytes = (a: string, b: string): boolean | null => (fs.existsSync(a) && fs.existsSync(b) ? fs.readFileSync(a).equals(fs.readFileSync(b)) : null);

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
