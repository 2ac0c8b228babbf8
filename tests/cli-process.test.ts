// The real bin/postlint.js of the fresh build, in a new node process: what the in-process CLI tests
// (tests/helpers/cli.ts) cannot show — the bin file runs, the exit code reaches the shell, stdin is the
// process's, and a reader that goes away early (EPIPE) ends the run quietly. (SIGINT: tests/cli-safety.)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CLEAN, PROMO, project, requireBuild, ROOT, rows, spawnPostlint } from './helpers/cli.js';

beforeAll(requireBuild);

describe.concurrent('bin/postlint.js', () => {
  const p = project({ 'promo.md': PROMO, 'propre.txt': CLEAN });
  afterAll(p.cleanup);

  it('exit codes 0, 1 and 2 reach the caller; --version reads the package', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const [clean, breach, bad, version] = await Promise.all([
      spawnPostlint(['propre.txt'], { cwd: p.dir }),
      spawnPostlint(['promo.md'], { cwd: p.dir }),
      spawnPostlint(['--nimporte'], { cwd: p.dir }),
      spawnPostlint(['--version'], { cwd: p.dir }),
    ]);
    expect(clean).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(breach.code).toBe(1);
    expect(rows(breach.stdout)).toEqual([['1:1', 'error', 'no-price-promotion']]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^postlint: option inconnue .*--nimporte.*\n$/u);
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('reads the process’s stdin with --stdin', async () => {
    const r = await spawnPostlint(['--stdin', '-f', 'json'], { cwd: p.dir, input: PROMO });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['no-price-promotion']);
  });

  it('a reader that closes stdout early (| head -c 1): no crash, no stack trace', async () => {
    // Enough files that the report is far bigger than a pipe's buffer.
    const many = project(Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`post-${i}.md`, PROMO])));
    try {
      const child = spawn(process.execPath, [inject('cliBin'), '-f', 'json', '.'], { cwd: many.dir });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      // Read one chunk, then close our end of the pipe, as `head` does.
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(stderr).toBe('');
      expect(code).toBe(1);
    } finally {
      many.cleanup();
    }
  });
});
