// Atomic writes (temporary file in the same folder, then rename), so that an interrupted run never leaves a
// half-written post or report behind. An existing file's mode is kept.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(target: string, data: string, options: { mkdirs?: boolean } = {}): Promise<void> {
  // Write through a symbolic link rather than replace the link by a file.
  const filePath = await realpath(target).catch(() => target);
  const dir = path.dirname(filePath);
  if (options.mkdirs) await mkdir(dir, { recursive: true });
  let mode: number | undefined;
  try {
    mode = (await stat(filePath)).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const temp = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { encoding: 'utf8', mode: mode ?? 0o666, flag: 'wx' });
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, filePath);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
