// A big file is linted alone in a worker thread whose heap is capped (issue #9: a 20 MB file in 300 MB).
// What a big file keeps alive is small (the source, its line table, the messages, one window of segments:
// engine/windows.ts), but V8 lets a heap grow to about four times what survives its last full collection
// before collecting again, and node's own thread takes no heap limit without a command-line flag. A worker
// takes one (resourceLimits), and V8 then collects as often as the limit needs. Output is the same: the
// thread runs what the main thread would (pool.ts). Should the limit still be too small, the file is linted
// again without it, in the main thread.
import { statSync } from 'node:fs';
import type { ResourceLimits } from 'node:worker_threads';
import { startupTrace } from '../startup/trace.js';
import { lintInParallel, workersAvailable, type PoolRun } from './pool.js';
import type { FileOutcome } from './lint-file.js';
import { unpackOutcome, type PackedOutcome, type WorkerOptions } from './worker-main.js';

/** Files from this size on are linted in a capped thread: below it, the whole run stays under the cap anyway. */
export const HEAP_CAP_MIN_BYTES = 1024 * 1024;
/**
 * The rules' data and code, and one window's analyses, then per MB of file: the source (two bytes a character once
 * it holds an emoji), its line table, the messages. Measured on the bench's posts (--trace-gc, what survives each
 * full collection): 79 MB for 2 MB, 90 MB for 5 MB, 110–120 MB for 20 MB; the limit leaves it 40–60 % more room.
 * On 5 MB, side by side: uncapped 519–527 MB; a 174 MB limit 248 MB at 1.14–1.35 times the CPU; 122 MB, 236 MB at
 * 1.30–1.43 times (the threads' code and the main thread's own heap stay whatever the limit). On 20 MB (bench,
 * outcome packed): 4 MB per MB (200 MB) peaks at 306 MB in 296 s, 3 MB per MB (180 MB) at 280 MB in 355 s.
 */
const BASE_HEAP_MB = 120;
const HEAP_MB_PER_MB = 3;

/** The heap limits for linting this file, or undefined to lint it in this thread as usual. */
export function heapCapFor(file: string, env: Record<string, string | undefined>): ResourceLimits | undefined {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return undefined; // unreadable: its own warning comes when it is read
  }
  if (size < HEAP_CAP_MIN_BYTES || env.POSTLINT_NO_HEAP_CAP === '1' || !workersAvailable()) return undefined;
  // POSTLINT_HEAP_CAP_MB sets the limit by hand (tests: one too small for any file).
  const forced = Number(env.POSTLINT_HEAP_CAP_MB);
  const mb = size / (1024 * 1024);
  const old = forced > 0 ? forced : Math.ceil(BASE_HEAP_MB + HEAP_MB_PER_MB * mb);
  return { maxOldGenerationSizeMb: old, maxYoungGenerationSizeMb: 16 };
}

/**
 * Lints one file in a thread with these heap limits; undefined when the thread ran out of memory (the caller
 * lints the file again in its own thread). Any other failure is thrown, as in a parallel run.
 */
export async function lintCapped(
  file: string,
  limits: ResourceLimits,
  options: WorkerOptions,
  env: Record<string, string | undefined>,
  onMeta: PoolRun['onMeta'],
): Promise<FileOutcome | undefined> {
  let outcome: FileOutcome | PackedOutcome | undefined;
  try {
    // Packed: the thousands of messages of a big file are rebuilt here only once the thread and its heap are gone
    // (lintInParallel ends them before it returns); rebuilt while it was still there, they made the run's peak.
    await lintInParallel([file], 1, { ...options, packOutcomes: true }, env, { onMeta, onOutcome: (_, o) => (outcome = o), stopped: () => false }, limits);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      startupTrace(env, `fil d’analyse à court de mémoire (${limits.maxOldGenerationSizeMb} Mo), fichier relu dans le fil principal`);
      return undefined;
    }
    throw error;
  }
  return outcome && unpackOutcome(outcome);
}
