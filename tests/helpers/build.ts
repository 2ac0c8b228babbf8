// Builds the CLI once before the tests, so that CLI tests spawn bin/postlint.js on a fresh build of the sources.
// The build goes to a private folder (a copy of bin/postlint.js + dist/ + package.json, node_modules and
// fixtures linked), not to the shared dist/: a `npm run build` running at the same time elsewhere cannot hand
// the tests half-written modules. A failed build does not stop the other tests: CLI tests read it through
// inject('buildError').
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** null when the build succeeded; tsc's output otherwise. */
    buildError: string | null;
    /** The bin/postlint.js to spawn (inside the private build). */
    cliBin: string;
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export default function setup(project: TestProject): () => void {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-build-'));
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', path.join(out, 'dist')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  fs.mkdirSync(path.join(out, 'bin'));
  fs.copyFileSync(path.join(ROOT, 'bin', 'postlint.js'), path.join(out, 'bin', 'postlint.js'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(out, 'package.json'));
  for (const linked of ['node_modules', 'fixtures']) {
    if (fs.existsSync(path.join(ROOT, linked))) fs.symlinkSync(path.join(ROOT, linked), path.join(out, linked), 'dir');
  }
  // The build's second step (package.json "build"): the compiled lexicons that start-up reads.
  const snapshot = run.status === 0 ? spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'snapshot-lexicons.mjs'), path.join(out, 'dist')], { cwd: ROOT, encoding: 'utf8' }) : run;
  const failed = run.status !== 0 ? run : snapshot.status !== 0 ? snapshot : null;
  project.provide('buildError', failed ? `${failed.stdout}${failed.stderr}`.trim() || `build: code ${failed.status}` : null);
  project.provide('cliBin', path.join(out, 'bin', 'postlint.js'));
  return () => fs.rmSync(out, { recursive: true, force: true });
}
