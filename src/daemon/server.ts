// The resident process (issue #9: one post in a hook at node's start-up cost). Started in the background by the
// first `postlint --daemon` run that finds none (client.ts), it loads the bundle once, lints a sample post so that
// the rules' regexes are compiled and the code is warm, then lints each request with the same run() as the command
// line, one at a time, and leaves after an idle while.
// What it must never do is answer differently from a fresh process:
//   - a run that loads a module of the user's (a JS or TS configuration, a plugin, a formatter) is handed back to
//     the caller, which lints it itself: Node caches an imported module for the life of a process, so an edited
//     configuration would go unseen here;
//   - a rebuilt or upgraded install has another socket (address.ts), and this process leaves when its bundle changes;
//   - each request brings its working folder, environment and standard input; files and configurations are read
//     again by every run, as in a fresh process.
// Usage: node <dist>/src/daemon/server.js <dist>
import { EventEmitter } from 'node:events';
import { chmodSync, statSync, unlinkSync } from 'node:fs';
import net from 'node:net';
import { loadBundle } from '../startup/bundled-cli.js';
import { SAMPLE_ARGV, SAMPLE_POST } from '../startup/sample-post.js';
import { daemonAddress, type DaemonReply, type DaemonRequest } from './address.js';

/** Leaves after this long without a request (POSTLINT_DAEMON_IDLE_MS sets it; tests). */
const IDLE_MS = Number(process.env.POSTLINT_DAEMON_IDLE_MS) > 0 ? Number(process.env.POSTLINT_DAEMON_IDLE_MS) : 15 * 60_000;
/** Leaves after a run that left it this big, rather than grow with every big folder. */
const MAX_RSS = 1024 * 1024 * 1024;

/** The user's modules would stay cached here: a run that loads one is linted by the caller instead. */
class UserModule extends Error {
  constructor(readonly specifier: string) {
    super(`module de l’utilisateur (${specifier}) : analyse faite par l’appelant`);
  }
}

const dist = process.argv[2];
const address = dist ? daemonAddress(dist, process.env) : null;
let userModule: UserModule | null = null;
const bundle = address
  ? loadBundle(dist!, process.env, 'processus résident, ', (specifier) => {
      userModule ??= new UserModule(specifier);
      return Promise.reject(userModule);
    })
  : undefined;
if (!address || !bundle) process.exit(0);

const run = bundle.exports.run;
const nothing: AsyncIterable<Buffer> = (async function* () {})();

/** One run, its output kept until it ends: a run handed back must print nothing. */
async function lint(request: DaemonRequest, signals: EventEmitter): Promise<DaemonReply> {
  try {
    // Some code paths default to the process's folder: it is the request's, as in a fresh process.
    process.chdir(request.cwd);
  } catch {
    return { local: 'dossier de travail illisible' };
  }
  const stdout: string[] = [];
  const stderr: string[] = [];
  const stdin = request.stdin === undefined ? nothing : (async function* () {
    yield Buffer.from(request.stdin!, 'base64');
  })();
  userModule = null;
  const exit = await run(request.argv, {
    stdout: { write: (chunk: string) => stdout.push(String(chunk)), isTTY: request.stdoutTTY },
    // No progress line: it would only arrive at the end.
    stderr: { write: (chunk: string) => stderr.push(String(chunk)), isTTY: false },
    stdin,
    cwd: request.cwd,
    env: request.env,
    signals,
  });
  if (userModule) return { local: (userModule as UserModule).message };
  return { stdout: stdout.join(''), stderr: stderr.join(''), exit };
}

let queue: Promise<void> = Promise.resolve();
let idle: NodeJS.Timeout | undefined;
let leaving = false;
const server = net.createServer({ allowHalfOpen: false });

function leave(): void {
  if (leaving) return;
  leaving = true;
  server.close();
  try {
    unlinkSync(address!.socket);
  } catch {
    // already gone (another process took the address)
  }
  // Requests already queued get their answer first.
  void queue.then(() => process.exit(0));
}

function resetIdle(): void {
  if (idle) clearTimeout(idle);
  idle = setTimeout(leave, IDLE_MS);
  idle.unref();
}

function send(socket: net.Socket, reply: DaemonReply): void {
  socket.end(`${JSON.stringify(reply)}\n`);
}

server.on('connection', (socket) => {
  resetIdle();
  let buffered = '';
  let request: DaemonRequest | undefined;
  const signals = new EventEmitter();
  socket.setEncoding('utf8');
  // The caller stopped (Ctrl-C, killed): a --fix run stops between two files, as it would on the signal itself.
  socket.on('close', () => signals.emit('SIGTERM', 'SIGTERM'));
  socket.on('error', () => undefined);
  socket.on('data', (data: string) => {
    buffered += data;
    let newline = buffered.indexOf('\n');
    while (newline >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      newline = buffered.indexOf('\n');
      let frame: (DaemonRequest & { signal?: undefined }) | { signal: 'SIGINT' | 'SIGTERM' };
      try {
        frame = JSON.parse(line);
      } catch {
        socket.destroy();
        return;
      }
      if ('signal' in frame && frame.signal) {
        signals.emit(frame.signal, frame.signal);
        continue;
      }
      if (request) continue;
      request = frame as DaemonRequest;
      if (request.v !== 1) {
        send(socket, { local: 'protocole inconnu' });
        continue;
      }
      if (request.stop) {
        send(socket, { stdout: '', stderr: '', exit: 0 });
        leave();
        continue;
      }
      const current = request;
      queue = queue.then(async () => {
        if (leaving || socket.destroyed) return send(socket, { local: 'processus sur le départ' });
        // A rebuilt or upgraded install: its runs go to a process of its own (address.ts); this one leaves.
        if (statSync(address!.bundle, { throwIfNoEntry: false })?.mtimeMs !== address!.bundleTime) {
          send(socket, { local: 'paquet reconstruit' });
          return leave();
        }
        let reply: DaemonReply;
        try {
          reply = await lint(current, signals);
        } catch (error) {
          reply = { local: `erreur du processus résident : ${error instanceof Error ? error.message : String(error)}` };
        }
        send(socket, reply);
        if (process.memoryUsage().rss > MAX_RSS) leave();
        resetIdle();
      });
    }
  });
});

/** Another process already answers on the address: this one is not needed. */
function answering(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect(socket);
    probe.once('connect', () => {
      probe.destroy();
      resolve(true);
    });
    probe.once('error', () => resolve(false));
  });
}

async function start(): Promise<void> {
  // Warm: the sample wakes every rule, so the first request pays no regex compilation.
  await run(SAMPLE_ARGV, {
    stdout: { write: () => true },
    stderr: { write: () => true },
    stdin: (async function* () {
      yield Buffer.from(SAMPLE_POST);
    })(),
    cwd: process.cwd(),
    env: process.env,
    signals: new EventEmitter(),
  });
  if (await answering(address!.socket)) process.exit(0);
  try {
    unlinkSync(address!.socket); // a dead process's socket
  } catch {
    // none
  }
  server.once('error', () => process.exit(0)); // another process took the address meanwhile
  server.listen(address!.socket, () => {
    try {
      chmodSync(address!.socket, 0o600);
    } catch {
      // the folder is private anyway
    }
    resetIdle();
  });
}

process.on('SIGTERM', leave);
process.on('SIGINT', leave);
void start();
