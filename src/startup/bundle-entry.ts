// What the bundle holds (scripts/bundle-cli.mjs): the command line, and a worker thread's side of the pool, so
// that worker threads start from the bundle and its code cache too (worker-entry.ts), and the run function the
// resident process calls once per request (daemon/server.ts).
export { main, run } from '../cli.js';
export { startWorker } from '../runner/worker-main.js';
