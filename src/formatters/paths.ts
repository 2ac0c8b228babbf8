// Paths as CI tools want them: relative to the working directory, with forward slashes.
import path from 'node:path';

/** `filePath` relative to `cwd` with `/` separators; absolute (with `/`) when it lies outside `cwd`. */
export function relativePosix(cwd: string, filePath: string): string {
  if (!path.isAbsolute(filePath)) return filePath.split(path.sep).join('/');
  const rel = path.relative(cwd, filePath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return filePath.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

/** True when `filePath` (absolute) lies inside `cwd`. */
export function isInside(cwd: string, filePath: string): boolean {
  const rel = path.relative(cwd, filePath);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
