// The progress line of long runs: on stderr only when it is a terminal, paced, erased at the end and before
// any other message. Runs the CLI in-process (run(argv, io)) with a fake terminal and a fake clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli.js';
import { PROGRESS_INTERVAL } from '../src/progress.js';

const ERASE = '\r\u001b[K';
const PROGRESS = /^\r\u001b\[Kpostlint : (\d+)\/(\d+) fichiers$/;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-progress-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const COUNT = 40;
for (let i = 0; i < COUNT; i++) {
  fs.writeFileSync(path.join(dir, `post-${String(i).padStart(2, '0')}.txt`), 'Cabinet fermé le lundi de Pâques.\n');
}
// One file in Windows-1252, whose warning comes in the middle of the run.
fs.writeFileSync(path.join(dir, 'post-20.txt'), Buffer.from('Cabinet fermé le lundi de Pâques.\n', 'latin1'));

async function lint(isTTY: boolean, step: number): Promise<{ code: number; stderr: string[]; stdout: string; elapsed: number }> {
  const stderr: string[] = [];
  let stdout = '';
  let clock = 0;
  const code = await run(['node', 'postlint', '.'], {
    cwd: dir,
    env: {},
    stdin: (async function* () {})(),
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => stderr.push(s), isTTY },
    now: () => (clock += step),
  });
  return { code, stderr, stdout, elapsed: clock };
}

describe('progress on stderr', () => {
  it('at a terminal: « done/total fichiers », paced, erased before a warning and at the end', async () => {
    const { code, stderr, stdout, elapsed } = await lint(true, 40);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const shown = stderr.map((chunk) => PROGRESS.exec(chunk)).filter((m) => m !== null);
    expect(shown.length).toBeGreaterThan(3);
    // At most one refresh per interval of the (fake) clock, counts rising, total right.
    expect(shown.length).toBeLessThanOrEqual(Math.floor(elapsed / PROGRESS_INTERVAL));
    const done = shown.map((m) => Number(m[1]));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(shown.map((m) => m[2]))).toEqual(new Set([String(COUNT)]));
    // Every other message starts on a clean line, and the last thing written erases the progress line.
    stderr.forEach((chunk, i) => {
      if (chunk.startsWith('postlint:')) expect(PROGRESS.test(stderr[i - 1] ?? '')).toBe(false);
    });
    expect(stderr.filter((c) => c.startsWith('postlint:'))).toEqual([expect.stringMatching(/post-20\.txt.*Windows-1252/)]);
    expect(stderr[stderr.length - 1]).toBe(ERASE);
  });

  it('nothing when stderr is not a terminal, or when the run is shorter than one interval', async () => {
    const piped = await lint(false, 40);
    expect(piped.stderr.filter((c) => c.includes('fichiers') || c.includes('\r'))).toEqual([]);
    const quick = await lint(true, 0);
    expect(quick.stderr.filter((c) => c.includes('\r'))).toEqual([]);
  });
});
