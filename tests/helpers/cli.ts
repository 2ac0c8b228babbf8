// Runs the CLI on temporary folders (CLI tests): in process through run(argv, io), or, for what only a real
// process shows, by spawning bin/postlint.js freshly built by tests/helpers/build.ts.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { run } from '../../src/cli.js';
import { runEnv } from './cli-server.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Posts that clearly breach, and one that does not. */
export const PROMO = '-30 % sur votre blanchiment dentaire jusqu’à dimanche !\n';
export const CLAIM = 'Résultats garantis dès la première séance !\n';
export const CLEAN = 'Cabinet fermé du 1er au 15 août ; en cas d’urgence, appelez le 15.\n';

/** The first fixture post of each rule of this kind (file paths, rules in order, `.fixed` twins aside): every rule runs. */
export function firstFixturePerRule(kind: 'valid' | 'invalid'): string[] {
  return fs
    .readdirSync(path.join(ROOT, 'fixtures'))
    .sort()
    .flatMap((rule) => {
      const dir = path.join(ROOT, 'fixtures', rule, kind);
      return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /\.(md|txt)$/u.test(f) && !f.includes('.fixed.')).sort().slice(0, 1).map((f) => path.join(dir, f)) : [];
    });
}

export interface BuildResult {
  /** null when the build succeeded; tsc's or the snapshot's output otherwise. */
  buildError: string | null;
  /** tsc's diagnostics on the whole project (tests and scripts included); '' when it type-checks. */
  typeErrors: string;
}

let built: BuildResult | undefined;
/** Waits for the build globalSetup started beside the tests (tests/helpers/build.ts), and returns how it ended. */
export function buildResult(): BuildResult {
  if (built) return built;
  const file = inject('buildStatus');
  const sleep = new Int32Array(new SharedArrayBuffer(4));
  const deadline = Date.now() + 600_000;
  while (!fs.existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`la compilation des tests n’a pas fini en 10 min (${file})`);
    Atomics.wait(sleep, 0, 0, 50);
  }
  return (built = JSON.parse(fs.readFileSync(file, 'utf8')) as BuildResult);
}

/** Waits for the build, and throws when it failed, so that CLI tests fail with tsc's output. */
export function requireBuild(): void {
  const error = buildResult().buildError;
  if (error) throw new Error(`npm run build a échoué :\n${error}`);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** stdout parsed as JSON; on failure the error shows stderr (e.g. a one-line postlint error). */
export function json(run: Run): any {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`sortie non JSON (code ${run.code}) : ${run.stdout.slice(0, 200)}\nstderr : ${run.stderr}`);
  }
}

/** The environment a run sees: the tests' own, without what would change colours or add stack traces. */
function cliEnv(extra: Record<string, string | undefined> | undefined): Record<string, string | undefined> {
  return Object.assign(runEnv(), extra);
}

export interface RunOptions {
  cwd: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
}

/**
 * postlint `args`, run in this process through run(argv, io) on the sources: what a spawned bin/postlint.js
 * would print and return (stdout and stderr are pipes, not terminals), without starting node each time.
 * NODE_OPTIONS (a preload) only acts on a new process: with it, the real binary is spawned.
 */
export async function postlint(args: readonly string[], options: RunOptions): Promise<Run> {
  if (options.env?.NODE_OPTIONS !== undefined) return spawnPostlint(args, options);
  let stdout = '';
  let stderr = '';
  const input = options.input ?? '';
  const code = await run(['node', 'postlint', ...args], {
    cwd: options.cwd,
    env: cliEnv(options.env),
    stdin: (async function* () {
      yield typeof input === 'string' ? Buffer.from(input) : input;
    })(),
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    // --fix listens here rather than to the test process's own signals.
    signals: new EventEmitter(),
  });
  return { code, stdout, stderr };
}

/** postlint `args` through the real bin/postlint.js of the fresh build, in a new node process. */
export function spawnPostlint(args: readonly string[], options: RunOptions): Promise<Run> {
  requireBuild();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [inject('cliBin'), ...args], { cwd: options.cwd, env: cliEnv(options.env) as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A temporary folder holding `files` (relative path → content); removed by cleanup(). */
export function project(files: Record<string, string | Buffer>): { dir: string; path(rel: string): string; cleanup(): void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-cli-')));
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return { dir, path: (rel) => path.join(dir, rel), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The stylish rows (`  line:col  severity  message  rule`) as [line:col, severity, ruleId]. */
export function rows(stylish: string): Array<[string, string, string]> {
  const row = /^\s+(\d+:\d+)\s+(error|warning)\s+.*?\s\s+(\S+)$/;
  return stylish
    .split('\n')
    .map((l) => row.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1], m[2], m[3]]);
}
