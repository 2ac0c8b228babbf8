// Where the resident process of one postlint install listens (issue #9: one post at node's start-up cost).
// A Unix socket in a folder of the user's own, mode 0700: another user of a shared machine can neither connect
// nor put a socket of theirs in its place. Its name is a hash of the install (dist/ and its bundle's date and size)
// and of the Node version, so that an upgraded or rebuilt postlint never talks to an older process. Imported by
// the client before anything else: node built-ins only.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface DaemonAddress {
  /** The folder of this user's sockets. */
  dir: string;
  /** This install's socket. */
  socket: string;
  /** The bundle the process runs, and its date: the process leaves once it changes. */
  bundle: string;
  bundleTime: number;
}

/** The folder of this user's sockets, made if needed, or null when it is not safely this user's alone. */
function privateDir(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    const uid = process.getuid?.();
    if (!stat.isDirectory() || (uid !== undefined && stat.uid !== uid) || (stat.mode & 0o077) !== 0) return null;
    return dir;
  } catch {
    return null;
  }
}

/**
 * The address of the resident process for the install whose compiled files are in `dist`, or null when there is
 * none to use: Windows (no Unix socket), no bundle (the process runs the bundle only), or no private folder.
 * POSTLINT_DAEMON_DIR sets the folder (tests; default: <tmpdir>/postlint-<uid>).
 */
export function daemonAddress(dist: string, env: Record<string, string | undefined>): DaemonAddress | null {
  if (process.platform === 'win32') return null;
  const bundle = path.join(dist, 'cli.bundle.cjs');
  const stat = statSync(bundle, { throwIfNoEntry: false });
  if (!stat) return null;
  const dir = privateDir(env.POSTLINT_DAEMON_DIR || path.join(os.tmpdir(), `postlint-${process.getuid?.() ?? 'user'}`));
  if (!dir) return null;
  let real: string;
  try {
    real = realpathSync(dist);
  } catch {
    return null;
  }
  const key = createHash('sha256').update(`${real}\0${stat.mtimeMs}\0${stat.size}\0${process.version}`).digest('hex').slice(0, 20);
  return { dir, socket: path.join(dir, `${key}.sock`), bundle, bundleTime: stat.mtimeMs };
}

/** A frame of the protocol: one JSON object a line. */
export interface DaemonRequest {
  v: 1;
  /** process.argv shape, without --daemon. */
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard input, base64, when the run reads it (--stdin). */
  stdin?: string;
  stdoutTTY: boolean;
  /** Stop the process (postlint --daemon-stop). */
  stop?: boolean;
}

export type DaemonReply =
  /** The run's output and exit code. */
  | { stdout: string; stderr: string; exit: number }
  /** This run must be linted by the caller itself (it loads the user's modules, or the process is leaving). */
  | { local: string };
