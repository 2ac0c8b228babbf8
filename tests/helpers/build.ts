// Builds dist/ once before the tests, so that CLI tests spawn the real, fresh bin/postlint.js.
// A failed build does not stop the other tests: CLI tests read the error through inject('buildError').
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** null when `tsc -p tsconfig.build.json` succeeded; its output otherwise. */
    buildError: string | null;
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export default function setup(project: TestProject): void {
  const tsc = fileURLToPath(new URL('../../node_modules/typescript/bin/tsc', import.meta.url));
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT, encoding: 'utf8' });
  const ok = run.status === 0;
  project.provide('buildError', ok ? null : `${run.stdout}${run.stderr}`.trim() || `tsc exited with ${run.status}`);
}
