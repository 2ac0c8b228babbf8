// Both cores (issue #9): past a few dozen files, worker threads lint them in parallel. Each worker runs what a
// sequential run runs (startup/worker-entry.ts → worker-main.ts → lintFile); the pool hands out files as workers
// free up and gives the outcomes back in the files' order, so that results, warnings and traces come out as a
// sequential run prints them.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { UsageError, type RuleMeta } from '../types.js';
import type { FileOutcome } from './lint-file.js';
import type { FromWorker, PackedOutcome, WorkerOptions } from './worker-main.js';

/**
 * Below this much text a run stays on one thread under `auto`: a worker's start (modules, first use of every
 * pattern) costs 1.5–2 s of CPU, about what linting 100 KB takes; 500 short posts (54 KB) ran no faster with two.
 */
export const AUTO_MIN_BYTES = 256 * 1024;

/** Total size of the files, counted only until `limit` is reached (a folder of 20 000 files is not stat'ed whole). */
export function bytesUpTo(files: readonly string[], limit: number): number {
  let total = 0;
  for (const file of files) {
    try {
      total += statSync(file).size;
    } catch {
      // unreadable: its own warning comes when it is read
    }
    if (total >= limit) break;
  }
  return total;
}
/** Files sent ahead to each worker, so that none waits for the next one. */
const IN_FLIGHT = 2;

/** A thread starts from the bundle when the build made one, as the main thread does (startup/worker-entry.ts). */
const WORKER_FILE = new URL('../startup/worker-entry.js', import.meta.url);

/** Whether worker threads can run: they run the compiled modules, not the TypeScript sources (tests under tsx). */
export const workersAvailable = (): boolean => existsSync(fileURLToPath(WORKER_FILE));

/**
 * The number of threads for `--concurrency <n|auto|off>` and this many files (1: no worker); `bytes` tells how much
 * text there is, asked only under `auto`.
 */
export function threadsFor(value: string | undefined, files: number, bytes: () => number = () => 0): number {
  const v = (value ?? 'auto').trim().toLowerCase();
  let n: number;
  if (v === 'off') n = 1;
  else if (v === 'auto') n = files >= 2 && bytes() >= AUTO_MIN_BYTES ? Math.min(availableParallelism(), 8) : 1;
  else if (/^\d+$/u.test(v) && Number(v) >= 1 && Number(v) <= 64) n = Number(v);
  else throw new UsageError(`--concurrency attend un nombre de 1 à 64, « auto » ou « off » (reçu : « ${value} »)`);
  // Workers run the compiled modules: from the TypeScript sources (tests under tsx) the run stays on one thread.
  if (n > 1 && !workersAvailable()) n = 1;
  return Math.max(1, Math.min(n, files));
}

export interface PoolRun {
  /** Called once per file, in the files' order. */
  /** A packed outcome only when options.packOutcomes asked for it (unpackOutcome). */
  onOutcome(index: number, outcome: FileOutcome | PackedOutcome): void;
  /** The rules a worker used first with this file, before onOutcome of the same file. */
  onMeta(id: string, meta: RuleMeta): void;
  /** True when the run must stop handing out files (a signal during --fix): the files in progress finish. */
  stopped(): boolean;
}

export async function lintInParallel(
  files: readonly string[],
  threads: number,
  options: WorkerOptions,
  env: Record<string, string | undefined>,
  run: PoolRun,
  /** Heap limits of each thread (heap-cap.ts: a big file linted alone). */
  resourceLimits?: ResourceLimits,
): Promise<void> {
  const workers: Worker[] = [];
  const pending = new Map<number, { outcome: FileOutcome | PackedOutcome; meta: [string, RuleMeta][] }>();
  let next = 0;
  let flushed = 0;
  let inFlight = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const flush = () => {
        while (pending.has(flushed)) {
          const { outcome, meta } = pending.get(flushed)!;
          pending.delete(flushed);
          // In the files' order, as a sequential run meets them: the report lists the rules in the same order.
          for (const [id, m] of meta) run.onMeta(id, m);
          run.onOutcome(flushed, outcome);
          flushed++;
        }
        if (inFlight === 0 && (next >= files.length || run.stopped())) resolve();
      };
      const feed = (worker: Worker, queued: { n: number }) => {
        while (queued.n < IN_FLIGHT && next < files.length && !run.stopped() && !failed) {
          worker.postMessage({ index: next, file: files[next] });
          next++;
          queued.n++;
          inFlight++;
        }
      };
      for (let i = 0; i < threads; i++) {
        const worker = new Worker(WORKER_FILE, { workerData: options, env: { ...env } as NodeJS.ProcessEnv, stdout: false, stderr: false, resourceLimits });
        workers.push(worker);
        const queued = { n: 0 };
        worker.on('message', (message: FromWorker) => {
          queued.n--;
          inFlight--;
          if ('error' in message) {
            fail(message.error.usage ? new UsageError(message.error.message) : new Error(message.error.message));
            return;
          }
          pending.set(message.index, { outcome: message.outcome, meta: message.meta });
          feed(worker, queued);
          flush();
        });
        worker.on('error', (error) => fail(error));
        worker.on('exit', (code) => {
          if (code !== 0) fail(new Error(`un fil d’analyse s’est arrêté (code ${code})`));
        });
        feed(worker, queued);
      }
      flush();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
