// A file from 1 MB on is linted alone in a worker thread with a capped heap (src/runner/heap-cap.ts): the report
// is the one the main thread gives, and a heap too small for the file only means the main thread lints it again.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { requireBuild, ROOT } from './helpers/cli.js';
import { HEAP_CAP_MIN_BYTES, heapCapFor } from '../src/runner/heap-cap.js';

const built = () => path.dirname(path.dirname(inject('cliBin')));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-heap-cap-'));

function postlint(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [path.join(built(), 'bin', 'postlint.js'), '--no-config-lookup', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, POSTLINT_STARTUP_TRACE: '1', POSTLINT_NO_BUNDLE: '', POSTLINT_NO_HEAP_CAP: '', POSTLINT_HEAP_CAP_MB: '', ...env },
  });
  const trace = run.stderr.split('\n').filter((l) => l.startsWith('postlint (démarrage) : fil d’analyse'));
  return { status: run.status, stdout: run.stdout, threads: trace.filter((l) => l.includes('paquet')).length, starved: trace.some((l) => l.includes('court de mémoire')) };
}

/** Just over the threshold, cheap to lint: the bulk is a code block, which is not prose. */
function bigPost(): string {
  const file = path.join(dir, 'gros.md');
  const code = 'const x = 1; // pas de la prose\n'.repeat(Math.ceil(HEAP_CAP_MIN_BYTES / 32) + 10);
  fs.writeFileSync(file, `# Nouveau\n\nProfitez de -30 % sur le blanchiment, résultats garantis !\n\n\`\`\`js\n${code}\`\`\`\n\nLe meilleur cabinet de la ville.\n`);
  return file;
}

describe('big files in a thread with a capped heap', () => {
  beforeAll(() => requireBuild());
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('caps only files from the threshold on, unless turned off', () => {
    const small = path.join(dir, 'petit.md');
    fs.writeFileSync(small, 'Un post.\n');
    expect(heapCapFor(small, {})).toBeUndefined();
    expect(heapCapFor(path.join(dir, 'absent.md'), {})).toBeUndefined();
    const big = bigPost();
    const cap = heapCapFor(big, {});
    // Under vitest the modules are TypeScript: no worker file next to them, so no cap; the CLI tests below run the build.
    if (cap) expect(cap.maxOldGenerationSizeMb).toBeGreaterThanOrEqual(120);
    expect(heapCapFor(big, { POSTLINT_NO_HEAP_CAP: '1' })).toBeUndefined();
  });

  it('lints a big file in its own thread and reports what the main thread reports', { timeout: 120_000 }, () => {
    const file = bigPost();
    const capped = postlint(['-f', 'json', file]);
    const plain = postlint(['-f', 'json', file], { POSTLINT_NO_HEAP_CAP: '1' });
    expect(capped.threads).toBe(1);
    expect(capped.starved).toBe(false);
    expect(plain.threads).toBe(0);
    expect(capped.status).toBe(1);
    expect(JSON.parse(capped.stdout)[0].messages.length).toBeGreaterThanOrEqual(2);
    expect(capped.stdout).toBe(plain.stdout);
    // Under --concurrency off too: the thread is there for memory, one file at a time.
    expect(postlint(['-f', 'json', '--concurrency', 'off', file]).stdout).toBe(plain.stdout);
  });

  it('lints the file again in the main thread when the capped heap runs out', { timeout: 120_000 }, () => {
    const file = bigPost();
    const starved = postlint(['-f', 'json', file], { POSTLINT_HEAP_CAP_MB: '4' });
    const plain = postlint(['-f', 'json', file], { POSTLINT_NO_HEAP_CAP: '1' });
    expect(starved.starved).toBe(true);
    expect(starved.status).toBe(1);
    expect(starved.stdout).toBe(plain.stdout);
  });
});
