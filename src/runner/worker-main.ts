// A worker thread of a parallel run (pool.ts): it builds its own configuration loader and registry from the
// run's options, as the CLI does, then lints the files it is sent with the same lintFile() as a sequential run and
// sends back each outcome, with the meta of every rule it used for the first time (the report's rule list).
// The thread starts in startup/worker-entry.ts, which calls startWorker from the bundle or from these modules.
import { parentPort } from 'node:worker_threads';
import type { RuleMeta } from '../types.js';
import { UsageError } from '../types.js';
import { lintFile, rulesPerConfig, type FileOutcome, type FileSettings, type FileTask } from './lint-file.js';

/** A worker's options: what every file needs, and how to find its configuration (as the CLI does). */
export interface WorkerOptions extends FileSettings {
  configFile?: string;
  configLookup: boolean;
  /** --rule values, as typed. */
  ruleValues: string[];
  /**
   * Send each outcome as JSON in a transferred buffer (heap-cap.ts): the caller decodes it once the thread is gone,
   * instead of rebuilding thousands of messages in its own heap while the thread's heap is still there.
   */
  packOutcomes?: boolean;
}

/** An outcome sent as UTF-8 JSON (packOutcomes). */
export interface PackedOutcome {
  packed: Uint8Array;
}

export function unpackOutcome(outcome: FileOutcome | PackedOutcome): FileOutcome {
  return 'packed' in outcome ? (JSON.parse(new TextDecoder().decode(outcome.packed)) as FileOutcome) : outcome;
}

export type ToWorker = { index: number; file: string };
export type FromWorker =
  | { index: number; outcome: FileOutcome | PackedOutcome; meta: [string, RuleMeta][] }
  | { index: number; error: { usage: boolean; message: string } };

/** A worker's side of the pool, in the calling thread. */
export async function startWorker(options: WorkerOptions): Promise<void> {
  const [{ builtInRegistry }, { ConfigLoader, parseCliRuleValues }, { rulesToRun }, { lintText }, read, write] = await Promise.all([
    import('../registry/built-in.js'),
    import('../config/index.js'),
    import('../config/compose.js'),
    import('../engine/lint.js'),
    import('../files/read.js'),
    import('../files/write.js'),
  ]);
  const loader = new ConfigLoader({
    cwd: options.cwd,
    configFile: options.configFile,
    configLookup: options.configLookup,
    cliRuleValues: parseCliRuleValues(options.ruleValues),
    registry: builtInRegistry(),
  });
  const sent = new Set<string>();
  let fresh: [string, RuleMeta][] = [];
  const task: FileTask = {
    settings: options,
    loader,
    rulesFor: rulesPerConfig(loader, rulesToRun, (rule) => {
      if (sent.has(rule.meta.id)) return;
      sent.add(rule.meta.id);
      // A plugin's meta may hold what a message cannot carry (a function): its JSON shape is what reports read.
      fresh.push([rule.meta.id, JSON.parse(JSON.stringify(rule.meta)) as RuleMeta]);
    }),
    modules: { lintText, read, write },
  };
  // One file at a time, in the order received: the pool keeps each worker's queue short.
  let chain = Promise.resolve();
  parentPort!.on('message', (message: ToWorker) => {
    chain = chain.then(async () => {
      let reply: FromWorker;
      let transfer: ArrayBuffer[] = [];
      try {
        const outcome = await lintFile(message.file, task);
        if (options.packOutcomes) {
          const packed = new TextEncoder().encode(JSON.stringify(outcome));
          transfer = [packed.buffer as ArrayBuffer];
          reply = { index: message.index, outcome: { packed }, meta: fresh };
        } else reply = { index: message.index, outcome, meta: fresh };
        fresh = [];
      } catch (error) {
        reply = { index: message.index, error: { usage: error instanceof UsageError, message: error instanceof Error ? error.message : String(error) } };
      }
      parentPort!.postMessage(reply, transfer);
    });
  });
}
