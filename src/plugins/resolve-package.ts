// Finds an installed package's entry file from a folder upwards (node_modules, the package's `exports` `.` entry
// under the import/node/default conditions, else `main`, else index.js), without importing it: plugins and shared
// configs are looked up from the config file that names them, as ESLint does, not from postlint's own folder.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../types.js';

export function resolvePackageEntry(spec: string, fromDir: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const root = path.join(dir, 'node_modules', ...spec.split('/'));
    const manifest = path.join(root, 'package.json');
    if (existsSync(manifest)) {
      let pkg: { exports?: unknown; main?: unknown };
      try {
        pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      } catch (error) {
        throw new UsageError(`${spec} : package.json illisible (${(error as Error).message.split('\n')[0]})`);
      }
      return path.join(root, entryOf(pkg.exports) ?? (typeof pkg.main === 'string' ? pkg.main : 'index.js'));
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The file an `exports` field gives for `import 'name'`. */
function entryOf(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (typeof exports !== 'object' || exports === null || Array.isArray(exports)) return undefined;
  const map = exports as Record<string, unknown>;
  if ('.' in map) return entryOf(map['.']);
  for (const condition of ['import', 'node', 'default']) if (condition in map) return entryOf(map[condition]);
  return undefined;
}
