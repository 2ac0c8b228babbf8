// `postlint --daemon`: the run is sent to the install's resident process (server.ts) when one is listening, so a
// pre-commit hook pays node's start-up and a socket round trip, not the rules' loading and first compilation.
// When none is listening, one is started in the background and this run is linted here as usual; when the
// process hands a run back (it loads a module of the user's), it is linted here too. Node built-ins only: this
// module is what the run loads before deciding.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import net from 'node:net';
import { startupTrace as trace } from '../startup/trace.js';
import { daemonAddress, type DaemonReply, type DaemonRequest } from './address.js';

const SERVER = fileURLToPath(new URL('./server.js', import.meta.url));

/** The options this module reads; the command line accepts them too, so a run linted here ignores them. */
const DAEMON_FLAG = '--daemon';
const DAEMON_STOP_FLAG = '--daemon-stop';

/** Whether this run asks for the resident process: --daemon before any `--`, or POSTLINT_DAEMON=1. */
export function wantsDaemon(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  const options = argv.slice(2, argv.includes('--') ? argv.indexOf('--') : undefined);
  return env.POSTLINT_DAEMON === '1' || options.includes(DAEMON_FLAG) || options.includes(DAEMON_STOP_FLAG);
}

function connect(socket: string): Promise<net.Socket | null> {
  return new Promise((resolve) => {
    const connection = net.connect(socket);
    connection.once('connect', () => resolve(connection));
    connection.once('error', () => resolve(null));
  });
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Starts the resident process of this install, detached: it outlives this run and prints nothing. */
function startServer(dist: string, env: Record<string, string | undefined>): void {
  try {
    spawn(process.execPath, [SERVER, dist], { detached: true, stdio: 'ignore', env: env as NodeJS.ProcessEnv, cwd: dist }).unref();
  } catch {
    // no process: every run is linted here, as without --daemon
  }
}

/**
 * Lints this run through the resident process of the install in `dist`: its exit code, or undefined when the
 * caller must lint it itself (no process yet, one handed back, no private socket folder, Windows).
 */
export async function runThroughDaemon(dist: string, argv: readonly string[], env: Record<string, string | undefined> = process.env): Promise<number | undefined> {
  const address = daemonAddress(dist, env);
  const stop = argv.slice(2).includes(DAEMON_STOP_FLAG);
  if (!address) {
    trace(env, 'pas de processus résident ici (pas de paquet, de dossier privé ou de socket Unix)');
    return stop ? 0 : undefined;
  }
  const socket = await connect(address.socket);
  if (!socket) {
    if (stop) return 0;
    trace(env, 'processus résident lancé ; cette analyse est faite ici');
    startServer(dist, env);
    return undefined;
  }
  const request: DaemonRequest = {
    v: 1,
    argv: argv.filter((a, i) => i < 2 || (a !== DAEMON_FLAG && a !== DAEMON_STOP_FLAG)),
    cwd: process.cwd(),
    env: { ...env },
    stdoutTTY: Boolean(process.stdout.isTTY),
    ...(stop ? { stop: true } : {}),
  };
  if (!stop && argv.slice(2).includes('--stdin')) request.stdin = (await readStdin()).toString('base64');
  let interrupted: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted ??= signal;
    socket.write(`${JSON.stringify({ signal })}\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const reply = await new Promise<DaemonReply | null>((resolve) => {
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (data: string) => (received += data));
    socket.on('error', () => resolve(null));
    socket.on('close', () => {
      try {
        resolve(JSON.parse(received) as DaemonReply);
      } catch {
        resolve(null);
      }
    });
    socket.write(`${JSON.stringify(request)}\n`);
  });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  if (stop) return 0;
  if (!reply || 'local' in reply) {
    // A run stopped by a signal is not started again here.
    if (interrupted) return interrupted === 'SIGINT' ? 130 : 143;
    trace(env, `analyse faite ici (${reply ? reply.local : 'processus résident arrêté'})`);
    return undefined;
  }
  trace(env, 'analyse faite par le processus résident');
  // A reader that stops early (« | head ») ends the output, as it does for a run linted here (cli.ts main).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  if (reply.stderr) process.stderr.write(reply.stderr);
  if (reply.stdout) process.stdout.write(reply.stdout);
  return reply.exit;
}
