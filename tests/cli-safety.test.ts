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
