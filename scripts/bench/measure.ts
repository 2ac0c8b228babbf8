// Runs one command as a whole process and measures it: wall time (around the spawn), peak RSS and CPU time (from
// /usr/bin/time when present, else from process.resourceUsage() written at exit by a preloaded module), with a
// time-out that kills the whole process group. Figures of a shared machine: the caller pairs and repeats runs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const TIME_BIN = '/usr/bin/time';
const PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'rusage-preload.mjs');
export const hasTimeBin = fs.existsSync(TIME_BIN);

export interface Measure {
  /** Wall time in seconds (for a time-out: the time-out). */
  seconds: number;
  /** Peak resident set size in MB (null when unknown, e.g. killed). */
  rssMB: number | null;
  /** User + system CPU seconds of the process (null when unknown). */
  cpuSeconds: number | null;
  code: number | null;
  timedOut: boolean;
  /** First line of stderr when the run failed (exit code other than 0 and 1). */
  error?: string;
}

export interface RunOptions {
  /** Where stdout goes: a file path, or null for /dev/null. */
  stdoutFile?: string | null;
  timeoutSeconds: number;
}

/** Runs `node <args>` (args start with the script) and measures it. */
export function measureNode(args: string[], options: RunOptions): Promise<Measure> {
  const stats = path.join(os.tmpdir(), `postlint-bench-${process.pid}-${Math.floor(performance.now() * 1000)}.txt`);
  const [command, argv, env] = hasTimeBin
    ? [TIME_BIN, ['-f', '%M %U %S', '-o', stats, process.execPath, ...args], process.env]
    : [process.execPath, ['--import', PRELOAD, ...args], { ...process.env, POSTLINT_BENCH_RUSAGE: stats }];
  const out = options.stdoutFile ? fs.openSync(options.stdoutFile, 'w') : 'ignore';
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, argv, { stdio: ['ignore', out, 'pipe'], env, detached: true });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, options.timeoutSeconds * 1000);
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000;
      clearTimeout(timer);
      if (typeof out === 'number') fs.closeSync(out);
      let rssMB: number | null = null;
      let cpuSeconds: number | null = null;
      if (!timedOut && fs.existsSync(stats)) {
        // /usr/bin/time: "<max RSS KB> <user s> <sys s>" (its last line; a line before it tells a signal).
        const [rss, user, sys] = fs.readFileSync(stats, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        rssMB = rss / 1024;
        cpuSeconds = user + sys;
      }
      fs.rmSync(stats, { force: true });
      const failed = !timedOut && code !== 0 && code !== 1;
      const firstLine = stderr.split('\n').find((l) => l.trim() !== '') ?? `code ${code}`;
      resolve({ seconds: timedOut ? options.timeoutSeconds : seconds, rssMB, cpuSeconds, code, timedOut, ...(failed ? { error: firstLine } : {}) });
    });
  });
}

export const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
