// The one TypeScript compilation of a test run: `tsc -p tsconfig.json` type-checks everything (src, rules,
// tests, scripts) and emits the CLI into a private folder (a copy of bin/postlint.js + dist/ + package.json,
// node_modules and fixtures linked), not the shared dist/: a `npm run build` running at the same time elsewhere
// cannot hand the tests half-written modules (see buildFolder). Most CLI tests run the sources in process (tests/helpers/cli.ts);
// the built binary is for those about the real process, and for the packaging tests.
// A type error does not stop the other tests: tests/typecheck.test.ts fails with tsc's output, and tests that
// need the build read it through inject('buildError') (the emitted files exist unless tsc could not run).
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The file the build writes when it ends: { buildError, typeErrors } (read through buildResult()). */
    buildStatus: string;
    /** The bin/postlint.js to spawn (inside the private build), once buildResult() has returned. */
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

/** A child process's exit status and output, without blocking the test run that waits for it. */
function runAsync(args: string[]): Promise<{ status: number | null; output: string; error?: Error }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.on('error', (error) => resolve({ status: null, output, error }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/**
 * The build runs beside the tests instead of before them: most tests run the sources in process and need no build,
 * and the compile kept one core idle for its whole length (seconds in the loop, about fifteen on a clean clone).
 * When it ends it writes `build-status.json` ({ typeErrors, buildError }); the tests that need it wait for that file
 * (tests/helpers/cli.ts: buildResult). The run's teardown waits for the build, so that no tsc outlives it.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const out = buildFolder();
  const status = path.join(out, 'build-status.json');
  fs.rmSync(status, { force: true });
  fs.mkdirSync(path.join(out, 'bin'), { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'bin', 'postlint.js'), path.join(out, 'bin', 'postlint.js'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(out, 'package.json'));
  for (const linked of ['node_modules', 'fixtures']) {
    fs.rmSync(path.join(out, linked), { force: true });
    if (fs.existsSync(path.join(ROOT, linked))) fs.symlinkSync(path.join(ROOT, linked), path.join(out, linked), 'dir');
  }
  project.provide('cliBin', path.join(out, 'bin', 'postlint.js'));
  project.provide('buildStatus', status);
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const done = (async () => {
    const run = await runAsync([tsc, '-p', 'tsconfig.json', '--outDir', path.join(out, 'dist'), '--incremental', '--tsBuildInfoFile', path.join(out, 'tsbuildinfo')]);
    const output = run.output.trim() || (run.status === 0 ? '' : `tsc : code ${run.status}${run.error ? ` (${run.error.message})` : ''}`);
    // The build's second step (package.json "build"): the compiled lexicons that start-up reads.
    const snapshot = run.status === 0 ? await runAsync([path.join(ROOT, 'scripts', 'snapshot-lexicons.mjs'), path.join(out, 'dist')]) : null;
    const snapshotError = snapshot && snapshot.status !== 0 ? snapshot.output.trim() || `snapshot-lexicons : code ${snapshot.status}` : null;
    // The third: the bundled command line and its code cache, which the built bin starts from.
    const bundle = run.status === 0 && !snapshotError ? await runAsync([path.join(ROOT, 'scripts', 'bundle-cli.mjs'), path.join(out, 'dist')]) : null;
    const bundleError = bundle && bundle.status !== 0 ? bundle.output.trim() || `bundle-cli : code ${bundle.status}` : null;
    const result = { typeErrors: run.status === 0 ? '' : output, buildError: run.status === 0 ? snapshotError ?? bundleError : output };
    // Written whole, then renamed: a waiting test never reads half a file.
    fs.writeFileSync(`${status}.tmp`, JSON.stringify(result));
    fs.renameSync(`${status}.tmp`, status);
  })();
  return async () => {
    await done;
  };
}
