// The one TypeScript compilation of a test run: `tsc -p tsconfig.json` type-checks everything (src, rules,
// tests, scripts) and emits the CLI into a private folder (a copy of bin/postlint.js + dist/ + package.json,
// node_modules and fixtures linked), not the shared dist/: a `npm run build` running at the same time elsewhere
// cannot hand the tests half-written modules (see buildFolder). Most CLI tests run the sources in process (tests/helpers/cli.ts);
// the built binary is for those about the real process, and for the packaging tests.
// A type error does not stop the other tests: tests/typecheck.test.ts fails with tsc's output, and tests that
// need the build read it through inject('buildError') (the emitted files exist unless tsc could not run).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** null when the build succeeded; tsc's output otherwise. */
    buildError: string | null;
    /** tsc's diagnostics on the whole project (tests and scripts included); '' when it type-checks. */
    typeErrors: string;
    /** The bin/postlint.js to spawn (inside the private build). */
    cliBin: string;
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The private build is one folder per checkout and user in the temporary folder (0700, ours, or made anew), and tsc
 * runs incrementally: a second run re-checks and re-emits only what changed (a full check takes about three times as
 * long). Not shared with dist/, so a `npm run build` elsewhere cannot hand the tests half-written modules; two test
 * runs of one checkout at once would share it.
 */
function buildFolder(): string {
  const key = createHash('sha256').update(fs.realpathSync(ROOT)).digest('hex').slice(0, 12);
  const out = path.join(os.tmpdir(), `postlint-tests-${process.getuid?.() ?? 'u'}-${key}`);
  const stat = fs.lstatSync(out, { throwIfNoEntry: false });
  // tsc trusts its build info: without the files it says it emitted (a folder cleaned by hand), start over; and never
  // use a folder someone else made.
  const ours = stat?.isDirectory() && !stat.isSymbolicLink() && (process.getuid === undefined || stat.uid === process.getuid());
  if (stat && (!ours || !fs.existsSync(path.join(out, 'dist', 'src', 'cli.js')))) fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true, mode: 0o700 });
  return out;
}

export default function setup(project: TestProject): void {
  const out = buildFolder();
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json', '--outDir', path.join(out, 'dist'), '--incremental', '--tsBuildInfoFile', path.join(out, 'tsbuildinfo')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  fs.mkdirSync(path.join(out, 'bin'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'bin', 'postlint.js'), path.join(out, 'bin', 'postlint.js'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(out, 'package.json'));
  for (const linked of ['node_modules', 'fixtures']) {
    fs.rmSync(path.join(out, linked), { force: true });
    if (fs.existsSync(path.join(ROOT, linked))) fs.symlinkSync(path.join(ROOT, linked), path.join(out, linked), 'dir');
  }
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim() || (run.status === 0 ? '' : `tsc : code ${run.status}${run.error ? ` (${run.error.message})` : ''}`);
  project.provide('typeErrors', run.status === 0 ? '' : output);
  // The build's second step (package.json "build"): the compiled lexicons that start-up reads.
  const snapshot = run.status === 0 ? spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'snapshot-lexicons.mjs'), path.join(out, 'dist')], { cwd: ROOT, encoding: 'utf8' }) : null;
  const snapshotError = snapshot && snapshot.status !== 0 ? `${snapshot.stdout}${snapshot.stderr}`.trim() || `snapshot-lexicons : code ${snapshot.status}` : null;
  project.provide('buildError', run.status === 0 ? snapshotError : output);
  project.provide('cliBin', path.join(out, 'bin', 'postlint.js'));
}
