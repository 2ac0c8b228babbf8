// A worker thread of a parallel run starts here (runner/pool.ts): from the bundle with its code cache, as the
// main thread does (bundled-cli.ts), or from the modules when there is no usable bundle. It never writes the cache:
// the main thread does, once its run is over.
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import type { WorkerOptions } from '../runner/worker-main.js';
import { loadBundle } from './bundled-cli.js';

const bundle = loadBundle(fileURLToPath(new URL('../../', import.meta.url)), process.env, 'fil d’analyse, ');
const { startWorker } = bundle ? bundle.exports : await import('../runner/worker-main.js');
await startWorker(workerData as WorkerOptions);
