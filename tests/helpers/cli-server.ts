// A CLI server: a node process of the fresh build (tests/helpers/build.ts) that runs one postlint command line at a
// time through run(argv, io), so that tests needing another process (a run that could hang, the CLI's worker
// threads, another user) do not each pay node's start-up and the rules' loading (about 0.7 s of CPU a run).
// A run that hangs, even in a synchronous loop, is killed after its bound and reported as hung (the next run gets a
// new server), and what the process itself prints during a run (a Node warning, an uncaught exception's stack) is
// part of that run's stderr. What only a whole process shows (bin/postlint.js, the exit when the event loop
// empties, signals, the process's stdin) is for spawned runs (tests/helpers/cli.ts: spawnPostlint).
import { type ChildProcess, spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

export interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Killed after the hang bound. */
  hung: boolean;
  seconds: number;
}

export interface ServerRunOptions {
  cwd: string;
  input?: string | Buffer;
  /** Kill the run after this long (a hang); default 60 s. */
  hangAfterMs?: number;
  /** Run as this user and group (root drops to an unprivileged user so that file modes apply). */
  uid?: number;
  gid?: number;
}

export const DEFAULT_HANG_MS = 60_000;

/** The environment of every run: the tests' own, without what would change colours or add stack traces. */
export function runEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'POSTLINT_DEBUG']) delete env[key];
  return env;
}

/** `postlint args…` in the CLI server of this user (started on first use); stdin gets `input` (empty by default). */
export function serverRun(args: readonly string[], options: ServerRunOptions): Promise<Outcome> {
  const key = `${options.uid ?? ''}:${options.gid ?? ''}`;
  const server = servers.get(key) ?? servers.set(key, new CliServer(options.uid, options.gid)).get(key)!;
  return server.run(args, options);
}

/**
 * The server's code, given to `node -e` (readable by any user the server runs as; CommonJS, since the CLI's worker
 * threads inherit node's options and `--input-type` is refused there): it loads the built CLI named by
 * its argument, then answers each { args, cwd, input } message with { code, stdout, stderr }, one at a time.
 */
const SERVER = `
const { EventEmitter } = require('node:events');
const { pathToFileURL } = require('node:url');
import(pathToFileURL(process.argv[1]).href).then(({ run }) => {
  process.on('disconnect', () => process.exit(0));
  process.on('message', async ({ args, cwd, input }) => {
    let stdout = '';
    let stderr = '';
    const code = await run(['node', 'postlint', ...args], {
      cwd,
      env: process.env,
      stdin: (async function* () { yield Buffer.from(input, 'base64'); })(),
      stdout: { write: (s) => (stdout += s), isTTY: false },
      stderr: { write: (s) => (stderr += s), isTTY: false },
      signals: new EventEmitter(),
    });
    process.send({ code, stdout, stderr });
  });
  process.send('prêt');
});
`;

/** Time for a server to load the CLI before its first run (not a hang of the run). */
const SERVER_START_MS = 120_000;

class CliServer {
  private child?: ChildProcess;
  private ready?: Promise<void>;
  /** Runs are queued: one at a time, so that a hang is the run's own and the process's output is the run's. */
  private queue: Promise<unknown> = Promise.resolve();
  /** What the process itself writes (not through run's io) while a run is on. */
  private extra = { stdout: '', stderr: '' };
  /** The run in progress learns that the process ended under it. */
  private onExit?: (code: number | null, signal: NodeJS.Signals | null) => void;

  constructor(private readonly uid?: number, private readonly gid?: number) {}

  run(args: readonly string[], options: ServerRunOptions): Promise<Outcome> {
    const next = this.queue.then(() => this.runNow(args, options));
    this.queue = next.catch(() => undefined);
    return next;
  }

  stop(): void {
    this.child?.kill('SIGKILL');
    this.child = undefined;
    this.ready = undefined;
  }

  private start(): Promise<void> {
    const cli = path.join(path.dirname(path.dirname(inject('cliBin'))), 'dist', 'src', 'cli.js');
    const child = spawn(process.execPath, ['-e', SERVER, cli], {
      cwd: os.tmpdir(),
      env: runEnv(),
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      ...(this.uid === undefined ? {} : { uid: this.uid, gid: this.gid ?? this.uid }),
    });
    this.child = child;
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (this.extra.stdout += d));
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (this.extra.stderr += d));
    // The test run does not wait for its servers: they end with it (their channel closes).
    child.unref();
    (child.channel as { unref?: () => void } | undefined)?.unref?.();
    child.on('exit', (code, signal) => {
      if (this.child === child) this.stop();
      this.onExit?.(code, signal);
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`le serveur CLI n’a pas démarré en ${SERVER_START_MS / 1000} s : ${this.extra.stderr}`)), SERVER_START_MS);
      child.once('message', () => {
        clearTimeout(timer);
        resolve();
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`le serveur CLI s’est arrêté au démarrage (code ${code}) : ${this.extra.stderr}`));
      });
    });
  }

  private async runNow(args: readonly string[], options: ServerRunOptions): Promise<Outcome> {
    await (this.ready ??= this.start());
    const child = this.child!;
    this.extra = { stdout: '', stderr: '' };
    const started = process.hrtime.bigint();
    return new Promise((resolve) => {
      let hung = false;
      const end = (code: number | null, signal: NodeJS.Signals | null, out = { stdout: '', stderr: '' }) => {
        clearTimeout(timer);
        child.off('message', answer);
        this.onExit = undefined;
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        resolve({ code, signal, stdout: out.stdout + this.extra.stdout, stderr: out.stderr + this.extra.stderr, hung, seconds });
      };
      const answer = (m: { code: number; stdout: string; stderr: string }) => end(m.code, null, m);
      const timer = setTimeout(() => {
        hung = true;
        this.stop();
      }, options.hangAfterMs ?? DEFAULT_HANG_MS);
      this.onExit = (code, signal) => end(code, signal);
      child.on('message', answer);
      const input = options.input === undefined ? '' : Buffer.from(options.input).toString('base64');
      child.send({ args, cwd: options.cwd, input });
    });
  }
}

const servers = new Map<string, CliServer>();

/** Ends the CLI servers (before the build they loaded changes its modes, say). */
export function stopServers(): void {
  for (const server of servers.values()) server.stop();
  servers.clear();
}

