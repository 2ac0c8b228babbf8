// End-to-end (the real bin/postlint.js): nothing overwritten that should not be, no config from outside the
// project, nothing that fails silently (issue #6, parts 4 to 6).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CLEAN, json, PROMO, postlint, project, requireBuild, rows } from './helpers/cli.js';

beforeAll(requireBuild);
vi.setConfig({ testTimeout: 120_000 });

/** The non-empty lines of stderr. */
function lines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l !== '');
}

describe.concurrent('configuration: the upward search stops at the project root', () => {
  // A .postrc.cjs above the project switches the rule off and leaves a file « ran » when it runs.
  const RC = "require('node:fs').writeFileSync(require('node:path').join(__dirname, 'ran'), '');\nmodule.exports = { rules: { 'no-price-promotion': 'off' } };\n";

  it('a .postrc.cjs above the folder holding .git is never run, even for --print-config', async () => {
    const p = project({ '.postrc.cjs': RC, 'cabinet/.git/HEAD': 'ref: refs/heads/main\n', 'cabinet/posts/promo.md': PROMO });
    try {
      const cwd = p.path('cabinet');
      const r = await postlint(['posts/promo.md'], { cwd });
      expect(rows(r.stdout)).toEqual([['1:1', 'error', 'no-price-promotion']]);
      const printed = json(await postlint(['--print-config', 'posts/promo.md'], { cwd }));
      expect(printed.configFile).toBe(null);
      expect(printed.rules['no-price-promotion'][0]).toBe('error');
      const stdin = await postlint(['--stdin'], { cwd: p.path('cabinet/posts'), input: PROMO });
      expect(rows(stdin.stdout)).toEqual([['1:1', 'error', 'no-price-promotion']]);
      expect(fs.existsSync(p.path('ran'))).toBe(false);
    } finally {
      p.cleanup();
    }
  });

  it('without .git or package.json, the search stops at the current folder', async () => {
    const p = project({ '.postrc.cjs': RC, 'posts/promo.md': PROMO });
    try {
      const below = await postlint(['promo.md'], { cwd: p.path('posts') });
      expect(rows(below.stdout)).toEqual([['1:1', 'error', 'no-price-promotion']]);
      expect(fs.existsSync(p.path('ran'))).toBe(false);
      // Run from the folder that holds it, the config applies (and runs): the check above can fail.
      const at = await postlint(['posts/promo.md'], { cwd: p.dir });
      expect(at).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(fs.existsSync(p.path('ran'))).toBe(true);
    } finally {
      p.cleanup();
    }
  });
});

describe.concurrent('front matter in .txt files and on stdin', () => {
  // The pharmacy profile makes a discount on goods a warning; the title in the header is not prose.
  const HEADER = '---\nprofession: pharmacien\ntitre: -30 % sur le blanchiment\n---\n';
  const POST = '-20 % sur les crèmes solaires jusqu’à dimanche !\n';

  it('is read in a .txt file, with exact positions, and is not linted as prose', async () => {
    const p = project({ 'post.txt': HEADER + POST, 'sans-entete.txt': POST });
    try {
      const r = await postlint(['post.txt'], { cwd: p.dir });
      expect(r.code).toBe(0);
      expect(rows(r.stdout)).toEqual([['5:1', 'warning', 'no-price-promotion']]);
      const bare = await postlint(['sans-entete.txt'], { cwd: p.dir });
      expect(rows(bare.stdout)).toEqual([['1:1', 'error', 'no-price-promotion']]);
      expect(json(await postlint(['--print-config', 'post.txt'], { cwd: p.dir })).profile).toBe('pharmacien');
    } finally {
      p.cleanup();
    }
  });

  it('is read on stdin, with or without --stdin-filename', async () => {
    const p = project({});
    try {
      for (const args of [['--stdin'], ['--stdin', '--stdin-filename', 'post.txt'], ['--stdin', '--stdin-filename', 'post.md']]) {
        const r = await postlint(args, { cwd: p.dir, input: HEADER + POST });
        expect(rows(r.stdout)).toEqual([['5:1', 'warning', 'no-price-promotion']]);
      }
    } finally {
      p.cleanup();
    }
  });
});
