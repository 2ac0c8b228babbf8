// Runs the built CLI (tests/helpers/build.ts) on hostile inputs and checks that each run ends with a clear
// result: exit 0/1 with a report, or exit 2 with `postlint: …` lines only; never a stack trace, never a hang.
// The time bound only detects hangs: a run past it is killed and the test fails saying so (no benchmark).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, inject } from 'vitest';
import { DEFAULT_HANG_MS, type Outcome, runEnv, serverRun, type ServerRunOptions } from '../helpers/cli-server.js';

export { requireBuild } from '../helpers/cli.js';
export { DEFAULT_HANG_MS, type Outcome, stopServers } from '../helpers/cli-server.js';

export interface RunOptions extends ServerRunOptions {
  /** A new node process for this run: what only a whole process shows (its exit when the event loop empties). */
  process?: boolean;
}

/**
 * `postlint args…` in the CLI server (tests/helpers/cli-server.ts: another process, which a hang cannot stop, and
 * whose own output is the run's), or with `process: true` as `node bin/postlint.js args…`; stdin gets `input`
 * (empty by default).
 */
export function run(args: readonly string[], options: RunOptions): Promise<Outcome> {
  return options.process ? spawnRun(args, options) : serverRun(args, options);
}

function spawnRun(args: readonly string[], options: RunOptions): Promise<Outcome> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [inject('cliBin'), ...args], {
      cwd: options.cwd,
      env: runEnv(),
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
    });
    let stdout = '';
    let stderr = '';
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, options.hangAfterMs ?? DEFAULT_HANG_MS);
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ code, signal, stdout, stderr, hung, seconds });
    });
    child.stdin.on('error', () => undefined); // the CLI may exit before reading all of stdin (EPIPE)
    child.stdin.end(options.input ?? '');
  });
}

const STACK_FRAME = /^\s+at .+(?:\(.+:\d+:\d+\)|:\d+:\d+)$/mu;
/** Crash dumps, and the CLI's own line for an exception it did not expect (a bug, even if on one line). */
const CRASH = /FATAL ERROR|node:internal|Maximum call stack|heap out of memory|Unhandled|erreur interne/u;

function show(o: Outcome): string {
  return `code ${o.code}${o.signal ? ` signal ${o.signal}` : ''} en ${o.seconds.toFixed(1)} s\nstderr : ${o.stderr.slice(0, 600)}\nstdout : ${o.stdout.slice(0, 300)}`;
}

/** Ended by itself (no hang, no signal), no stack trace anywhere, every stderr line a `postlint` line. */
export function expectClearOutcome(o: Outcome): void {
  expect(o.hung, `bloqué : tué après le délai de détection (${show(o)})`).toBe(false);
  expect(o.signal, `terminé par un signal (${show(o)})`).toBeNull();
  expect([0, 1, 2], `code de sortie inattendu (${show(o)})`).toContain(o.code);
  expect(STACK_FRAME.test(o.stderr) || STACK_FRAME.test(o.stdout), `trace de pile (${show(o)})`).toBe(false);
  expect(CRASH.test(o.stderr), `plantage (${show(o)})`).toBe(false);
  for (const line of o.stderr.split('\n').filter((l) => l !== '')) {
    expect(line, `ligne d’erreur sans préfixe (${show(o)})`).toMatch(/^postlint ?: /u);
  }
}

/** Exit 2 with exactly one `postlint: …` line (a fatal problem), nothing on stdout. */
export function expectFatal(o: Outcome, pattern: RegExp): void {
  expectClearOutcome(o);
  expect(o.code, show(o)).toBe(2);
  const lines = o.stderr.split('\n').filter((l) => l !== '');
  expect(lines, show(o)).toHaveLength(1);
  expect(lines[0]).toMatch(/^postlint: /u);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0], 'caractère de contrôle dans la ligne d’erreur').not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
  expect(o.stdout).toBe('');
}

/** Exit 0/1 with a JSON report (run with `-f json`); returns the parsed results. */
export function expectReport(o: Outcome, code: 0 | 1): Array<{ filePath: string; messages: Array<Record<string, any>> }> {
  expectClearOutcome(o);
  expect(o.code, show(o)).toBe(code);
  try {
    return JSON.parse(o.stdout);
  } catch {
    throw new Error(`rapport JSON illisible (${show(o)})`);
  }
}

/** A temporary folder for one test file; removed by cleanup(). Readable by every user (see `asUnprivileged`). */
export function tempDir(prefix: string): { dir: string; file(rel: string, content?: string | Buffer): string; cleanup(): void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `postlint-robust-${prefix}-`)));
  fs.chmodSync(dir, 0o755);
  return {
    dir,
    file(rel, content) {
      const full = path.join(dir, rel);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      if (content !== undefined) fs.writeFileSync(full, content);
      return full;
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** POSTLINT_SLOW_TESTS=1: the inherently slow cases (minutes) run too; POSTLINT_CI_TESTS=1: the full sizes (tests/helpers/tiers.ts). */
export { CI_TESTS as FULL_SIZE, SLOW_TESTS as SLOW } from '../helpers/tiers.js';
