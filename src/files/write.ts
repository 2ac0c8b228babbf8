// Writing without losing anything. A post or a report that is a regular file is replaced atomically (temporary
// file in the same folder, then rename), so that an interrupted run never leaves a half-written file; its mode
// (and owner, when allowed) is kept. A post with hard links is rewritten in place, after a verified temporary
// copy, so that its other names still see the fix. A report target that is not a regular file (a terminal, a
// device node such as /dev/null, a FIFO, /dev/stdout) is written into, never replaced.
import { randomBytes } from 'node:crypto';
import { fstatSync, type Stats } from 'node:fs';
import { chmod, chown, lstat, mkdir, open, readFile, readlink, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

type Data = string | Uint8Array;

function tempPath(filePath: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function bytesOf(data: Data): Buffer {
  return typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

async function statOrNull(filePath: string): Promise<Stats | null> {
  try {
    return await stat(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function writeFileAtomic(target: string, data: Data, options: { mkdirs?: boolean } = {}): Promise<void> {
  // Write through a symbolic link rather than replace the link by a file.
  const filePath = await realpath(target).catch(() => target);
  const dir = path.dirname(filePath);
  if (options.mkdirs) await mkdir(dir, { recursive: true });
  const existing = await statOrNull(filePath).catch(() => null);
  const mode = existing ? existing.mode & 0o7777 : undefined;
  const temp = tempPath(filePath);
  try {
    await writeFile(temp, data, { encoding: 'utf8', mode: mode ?? 0o666, flag: 'wx' });
    if (existing) {
      // Owner first: chown may clear set-id bits, which chmod then restores.
      await chown(temp, existing.uid, existing.gid).catch(() => undefined);
      await chmod(temp, mode!);
    }
    await rename(temp, filePath);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Rewrites `filePath` in place (same inode: hard links, owner and mode kept). The new content is first written
 * to a temporary copy and read back; if writing in place then fails, that copy is kept and named in the error.
 */
export async function writeInPlace(filePath: string, data: Data): Promise<void> {
  const bytes = bytesOf(data);
  const temp = tempPath(filePath);
  try {
    await writeFile(temp, bytes, { mode: 0o600, flag: 'wx' });
    if (!(await readFile(temp)).equals(bytes)) throw new Error('la copie temporaire relue diffère');
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  try {
    const handle = await open(filePath, 'r+');
    try {
      await handle.write(bytes, 0, bytes.length, 0);
      await handle.truncate(bytes.length);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (!(await readFile(filePath)).equals(bytes)) throw new Error('le fichier relu diffère');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new Error(`${e.code ?? e.message} ; le texte corrigé est conservé dans ${temp}`);
  }
  await unlink(temp);
}

/** A post's fixed text: in place when the file has other names (hard links), atomically otherwise. */
export async function writeFixedFile(filePath: string, data: Data): Promise<void> {
  const real = await realpath(filePath);
  const st = await stat(real);
  if (st.isFile() && st.nlink > 1) await writeInPlace(real, data);
  else await writeFileAtomic(real, data);
}

/** No write permission for anyone (0444 and the like). Mode bits, not access(): root may write anything. */
export function isReadOnly(st: Stats): boolean {
  return (st.mode & 0o222) === 0;
}

/** Where a report goes: replaced as a file, written into as a stream, or one of the process's own outputs. */
export type ReportTarget =
  | { kind: 'file'; path: string }
  | { kind: 'stream'; path: string; flags: 'w' | 'a' }
  | { kind: 'stdout' }
  | { kind: 'stderr' }
  | { kind: 'directory'; path: string };

/** /dev/fd/N and /dev/stdout lead through /proc: the file they name is a descriptor someone opened for us. */
async function reachedThroughProc(target: string): Promise<boolean> {
  let p = target;
  for (let hop = 0; hop < 40; hop++) {
    const dir = await realpath(path.dirname(p)).catch(() => path.dirname(p));
    if (dir === '/proc' || dir.startsWith('/proc/')) return true;
    const here = path.join(dir, path.basename(p));
    const st = await lstat(here).catch(() => null);
    if (!st?.isSymbolicLink()) return false;
    p = path.resolve(dir, await readlink(here));
  }
  return false;
}

/** Whether `st` is the file behind this process's descriptor `fd` (1: stdout, 2: stderr). */
function sameFile(st: Stats, fd: number): boolean {
  try {
    const own = fstatSync(fd);
    return own.dev === st.dev && own.ino === st.ino;
  } catch {
    return false; // descriptor closed
  }
}

/** Decides how `-o target` is written (see ReportTarget). */
export async function reportTarget(target: string): Promise<ReportTarget> {
  const st = await statOrNull(target);
  if (st === null) {
    // A dangling symbolic link is written through (its target is created), never replaced by a file.
    const link = await lstat(target).catch(() => null);
    return link?.isSymbolicLink() ? { kind: 'stream', path: target, flags: 'w' } : { kind: 'file', path: target };
  }
  if (st.isDirectory()) return { kind: 'directory', path: target };
  if (sameFile(st, 1)) return { kind: 'stdout' };
  if (sameFile(st, 2)) return { kind: 'stderr' };
  if (!st.isFile()) return { kind: 'stream', path: target, flags: 'w' };
  // A regular file opened for us (`-o /dev/fd/3 3>>journal`): appended to, as the shell asked.
  if (await reachedThroughProc(target)) return { kind: 'stream', path: target, flags: 'a' };
  return { kind: 'file', path: target };
}

/** Writes into a device, a FIFO or an open descriptor: plain open + write, nothing replaced. */
export async function writeStream(target: string, data: Data, flags: 'w' | 'a'): Promise<void> {
  const handle = await open(target, flags);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}
