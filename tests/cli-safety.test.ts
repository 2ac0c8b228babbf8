// End-to-end (the real bin/postlint.js): nothing overwritten that should not be, no config from outside the
// project, nothing that fails silently (issue #6, parts 4 to 6).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { CLAIM, CLEAN, json, PROMO, postlint, project, requireBuild, ROOT, rows } from './helpers/cli.js';

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
    } finally {
      p.cleanup();
    }
  });

  it('is read on stdin, with or without --stdin-filename', async () => {
    const p = project({});
    try {
      for (const args of [['--stdin'], ['--stdin', '--stdin-filename', 'post.txt']]) {
        const r = await postlint(args, { cwd: p.dir, input: HEADER + POST });
        expect(rows(r.stdout)).toEqual([['5:1', 'warning', 'no-price-promotion']]);
      }
    } finally {
      p.cleanup();
    }
  });
});

/** A post whose e-mail address --fix masks (its only problem). */
const MAIL = 'Écrivez à claire.morvan@exemple.fr, elle vous parlera de son opération.\n';
const MAIL_FIXED = 'Écrivez à [donnée masquée], elle vous parlera de son opération.\n';

describe.concurrent('-o writes into what is not a regular file, never replaces it', () => {
  it('a symbolic link to /dev/stdout: the report comes out on stdout, the link stays', async () => {
    const p = project({ 'promo.md': PROMO });
    try {
      fs.symlinkSync('/dev/stdout', p.path('sortie'));
      const r = await postlint(['-f', 'json', '-o', 'sortie', 'promo.md'], { cwd: p.dir });
      expect(r.code).toBe(1);
      expect(json(r)[0].errorCount).toBe(1);
      expect(fs.lstatSync(p.path('sortie')).isSymbolicLink()).toBe(true);
      expect(fs.readdirSync(p.dir).sort()).toEqual(['promo.md', 'sortie']);
    } finally {
      p.cleanup();
    }
  });

  it('a device node stays a device node', async () => {
    const p = project({ 'promo.md': PROMO });
    try {
      // A null device of our own where we may create one (root); else /dev/null, which a non-root run cannot replace.
      const made = spawnSync('mknod', [p.path('nul'), 'c', '1', '3']).status === 0;
      const device = made ? p.path('nul') : '/dev/null';
      const r = await postlint(['-o', device, 'promo.md'], { cwd: p.dir });
      expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
      expect(fs.statSync(device).isCharacterDevice()).toBe(true);
      expect(fs.readdirSync(p.dir).sort()).toEqual(made ? ['nul', 'promo.md'] : ['promo.md']);
    } finally {
      p.cleanup();
    }
  });

  it('a FIFO is written into (its reader gets the report) and stays a FIFO', async () => {
    const p = project({ 'promo.md': PROMO });
    try {
      expect(spawnSync('mkfifo', [p.path('tube')]).status).toBe(0);
      const reader = new Promise<string>((resolve, reject) => {
        let text = '';
        fs.createReadStream(p.path('tube'), 'utf8')
          .on('data', (d) => (text += d))
          .on('end', () => resolve(text))
          .on('error', reject);
      });
      const r = await postlint(['-f', 'json', '-o', 'tube', 'promo.md'], { cwd: p.dir });
      expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
      expect(fs.lstatSync(p.path('tube')).isFIFO()).toBe(true);
      expect(JSON.parse(await reader)[0].errorCount).toBe(1);
      expect(fs.readdirSync(p.dir).sort()).toEqual(['promo.md', 'tube']);
    } finally {
      p.cleanup();
    }
  });

  it('a regular file (or a link to one) is replaced atomically: the link stays, its target gets the report', async () => {
    const p = project({ 'promo.md': PROMO, 'rapport.json': 'ancien rapport' });
    try {
      fs.symlinkSync('rapport.json', p.path('lien.json'));
      const r = await postlint(['-f', 'json', '-o', 'lien.json', 'promo.md'], { cwd: p.dir });
      expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
      expect(fs.lstatSync(p.path('lien.json')).isSymbolicLink()).toBe(true);
      expect(JSON.parse(fs.readFileSync(p.path('rapport.json'), 'utf8'))[0].errorCount).toBe(1);
      expect(fs.readdirSync(p.dir).sort()).toEqual(['lien.json', 'promo.md', 'rapport.json']);
    } finally {
      p.cleanup();
    }
  });

  it('a folder is one clear error (exit 2), found before --fix writes anything', async () => {
    const p = project({ 'post.md': MAIL, 'rapports/.keep': '' });
    try {
      const r = await postlint(['--fix', '-o', 'rapports', 'post.md'], { cwd: p.dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(lines(r.stderr)).toEqual([expect.stringMatching(/^postlint: impossible d’écrire le rapport «\s?rapports\s?» : c’est un dossier$/)]);
      expect(fs.readFileSync(p.path('post.md'), 'utf8')).toBe(MAIL);
      expect(fs.readdirSync(p.path('rapports'))).toEqual(['.keep']);
    } finally {
      p.cleanup();
    }
  });
});

describe.concurrent('--fix keeps what it must', () => {
  it('skips a read-only file with one warning naming it, and still reports its problems', async () => {
    const p = project({ 'lecture-seule.md': MAIL, 'modifiable.md': MAIL });
    try {
      fs.chmodSync(p.path('lecture-seule.md'), 0o444);
      const r = await postlint(['--fix', '-f', 'json', 'lecture-seule.md', 'modifiable.md'], { cwd: p.dir });
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(/^postlint: avertissement : «\s?lecture-seule\.md\s?» est en lecture seule : corrections non écrites$/)]);
      const [readOnly, writable] = json(r);
      expect(readOnly.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['no-patient-identifier']);
      expect(readOnly.fixableErrorCount).toBe(1);
      expect(writable.errorCount).toBe(0);
      expect(fs.readFileSync(p.path('lecture-seule.md'), 'utf8')).toBe(MAIL);
      expect(fs.statSync(p.path('lecture-seule.md')).mode & 0o777).toBe(0o444);
      expect(fs.readFileSync(p.path('modifiable.md'), 'utf8')).toBe(MAIL_FIXED);
    } finally {
      p.cleanup();
    }
  });

  it('keeps hard links: both names see the fix (same inode), BOM, CRLF and mode kept, no temporary file left', async () => {
    const text = `\ufeff${MAIL.replace('\n', '\r\n')}\r\nMerci !\r\n`;
    const p = project({ 'post.md': text });
    try {
      fs.chmodSync(p.path('post.md'), 0o640);
      fs.linkSync(p.path('post.md'), p.path('autre-nom.md'));
      const inode = fs.statSync(p.path('post.md')).ino;
      const r = await postlint(['--fix', 'post.md'], { cwd: p.dir });
      expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
      const expected = `\ufeff${MAIL_FIXED.replace('\n', '\r\n')}\r\nMerci !\r\n`;
      expect(fs.readFileSync(p.path('post.md'), 'utf8')).toBe(expected);
      expect(fs.readFileSync(p.path('autre-nom.md'), 'utf8')).toBe(expected);
      const st = fs.statSync(p.path('post.md'));
      expect([st.ino, st.nlink, st.mode & 0o777]).toEqual([inode, 2, 0o640]);
      expect(fs.readdirSync(p.dir).sort()).toEqual(['autre-nom.md', 'post.md']);
    } finally {
      p.cleanup();
    }
  });
});

describe('--fix interrupted (SIGINT)', () => {
  it('leaves whole files only and says which ones were fixed', async () => {
    // Enough files that the run is far from over when the first one is fixed.
    const count = 400;
    const names = Array.from({ length: count }, (_, i) => `post-${String(i).padStart(3, '0')}.md`);
    const body = `${MAIL}\n${'Le cabinet sera fermé pendant les vacances scolaires, pensez à renouveler vos ordonnances. '.repeat(20)}\n`;
    const p = project(Object.fromEntries(names.map((n) => [n, body])));
    try {
      const child = spawn(process.execPath, [inject('cliBin'), '--fix', '.'], { cwd: p.dir });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.resume();
      const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
      // Ctrl-C as soon as the first file has been fixed.
      const started = Date.now();
      while (fs.readFileSync(p.path(names[0]), 'utf8') === body && Date.now() - started < 60_000) {
        await new Promise((r) => setTimeout(r, 5));
      }
      child.kill('SIGINT');
      const code = await exit;
      expect(code, stderr).toBe(130);
      const [head, ...listed] = lines(stderr);
      expect(head).toMatch(/^postlint: interrompu \(SIGINT\) : \d+ fichier\(s\) corrigé\(s\) avant l’arrêt, les autres sont intacts :$/);
      const fixed = listed.map((l) => l.trim());
      expect(fixed.length).toBeGreaterThan(0);
      expect(fixed.length).toBeLessThan(count);
      expect(fixed).toEqual(names.slice(0, fixed.length));
      for (const name of names) {
        expect(fs.readFileSync(p.path(name), 'utf8')).toBe(fixed.includes(name) ? body.replace(MAIL, MAIL_FIXED) : body);
      }
      expect(fs.readdirSync(p.dir).filter((n) => !names.includes(n))).toEqual([]);
    } finally {
      p.cleanup();
    }
  });
});

describe.concurrent('a file named on the command line but ignored gets a warning', () => {
  const p = project({
    '.postlintignore': 'brouillons/\n',
    '.postrc.json': JSON.stringify({ ignorePatterns: ['archives/'] }),
    'brouillons/promo.md': PROMO,
    'archives/promo.md': PROMO,
    'notes.txt': PROMO,
    'propre.md': CLEAN,
  });
  afterAll(p.cleanup);
  const IGNORED = /Fichier ignoré : un motif d’exclusion s’y applique .*Utilisez « --no-ignore » pour l’analyser quand même\./;

  it('as a warning result (ruleId null, severity 1) in every format; warnings alone exit 0', async () => {
    const args = ['--ignore-pattern', '*.txt', 'brouillons/promo.md', 'archives/promo.md', 'notes.txt', 'propre.md'];
    const r = await postlint(['-f', 'json', ...args], { cwd: p.dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const results = json(r);
    expect(results.map((x: { filePath: string }) => path.relative(p.dir, x.filePath))).toEqual([
      'archives/promo.md',
      'brouillons/promo.md',
      'notes.txt',
      'propre.md',
    ]);
    for (const result of results.slice(0, 3)) {
      expect(result).toMatchObject({ errorCount: 0, warningCount: 1, messages: [{ ruleId: null, severity: 1, message: expect.stringMatching(IGNORED) }] });
    }
    const stylish = await postlint(args, { cwd: p.dir });
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain(p.path('brouillons/promo.md'));
    expect(stylish.stdout).toMatch(/ warning {2}Fichier ignoré/);
    const github = await postlint(['-f', 'github', 'brouillons/promo.md'], { cwd: p.dir });
    expect(github.stdout).toMatch(/^::warning file=brouillons\/promo\.md,.*::Fichier ignoré/m);
    const sarif = json(await postlint(['-f', 'sarif', 'brouillons/promo.md'], { cwd: p.dir }));
    expect(JSON.stringify(sarif)).toMatch(/Fichier ignoré/);
  });

  it('--no-ignore lints it; --no-warn-ignored silences the warning', async () => {
    const linted = await postlint(['--no-ignore', 'brouillons/promo.md'], { cwd: p.dir });
    expect(rows(linted.stdout)).toEqual([['1:1', 'error', 'no-price-promotion']]);
    expect(await postlint(['--no-warn-ignored', 'brouillons/promo.md'], { cwd: p.dir })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('a folder or a glob that merely contains ignored files gives no warning', async () => {
    const r = await postlint(['-f', 'json', '.'], { cwd: p.dir });
    expect(json(r).map((x: { filePath: string }) => path.relative(p.dir, x.filePath))).toEqual(['notes.txt', 'propre.md']);
  });
});

/** What a JSON result found: rule, position and message of each problem. */
function findings(result: { messages: Array<Record<string, unknown>> }): unknown[] {
  return result.messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, m.message]);
}

describe.concurrent('encodings', () => {
  it('a Windows-1252 / Latin-1 file is decoded (same findings as in UTF-8) with one warning line', async () => {
    const p = project({ 'utf8.txt': CLAIM, 'latin.txt': Buffer.from(CLAIM, 'latin1') });
    try {
      const r = await postlint(['-f', 'json', 'latin.txt', 'utf8.txt'], { cwd: p.dir });
      const [latin, utf8] = json(r).map(findings);
      expect(utf8.length).toBeGreaterThan(0);
      expect(latin).toEqual(utf8);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(/^postlint: avertissement : «\s?latin\.txt\s?» n’est pas en UTF-8 : lu en Windows-1252 \(Latin-1\)$/)]);
      const stdin = await postlint(['--stdin', '-f', 'json'], { cwd: p.dir, input: Buffer.from(CLAIM, 'latin1') });
      expect(findings(json(stdin)[0])).toEqual(utf8);
      expect(lines(stdin.stderr)).toEqual(['postlint: avertissement : l’entrée standard n’est pas en UTF-8 : lu en Windows-1252 (Latin-1)']);
    } finally {
      p.cleanup();
    }
  });

  it('--fix never writes a Windows-1252 file back in UTF-8: skipped, with a warning', async () => {
    const bytes = Buffer.from(MAIL, 'latin1');
    const p = project({ 'post.txt': bytes });
    try {
      const r = await postlint(['--fix', '-f', 'json', 'post.txt'], { cwd: p.dir });
      expect(r.code).toBe(1);
      expect(json(r)[0].messages.map((m: { ruleId: string; column: number }) => [m.ruleId, m.column])).toEqual([['no-patient-identifier', 11]]);
      expect(lines(r.stderr)[1]).toMatch(/^postlint: avertissement : «\s?post\.txt\s?» est en Windows-1252 .*: corrections non écrites$/);
      expect(fs.readFileSync(p.path('post.txt')).equals(bytes)).toBe(true);
    } finally {
      p.cleanup();
    }
  });

  it('UTF-16 with a BOM (LE and BE) is decoded, and --fix writes it back in UTF-16', async () => {
    const le = Buffer.from(`\ufeff${CLAIM}`, 'utf16le');
    const p = project({ 'utf8.txt': CLAIM, 'le.txt': le, 'be.txt': Buffer.from(le).swap16(), 'mail.txt': Buffer.from(`\ufeff${MAIL}`, 'utf16le') });
    try {
      const r = await postlint(['-f', 'json', 'utf8.txt', 'le.txt', 'be.txt'], { cwd: p.dir });
      expect(r.stderr).toBe('');
      const [utf8, le16, be16] = json(r).map(findings);
      expect(utf8.length).toBeGreaterThan(0);
      expect([le16, be16]).toEqual([utf8, utf8]);
      const fixed = await postlint(['--fix', 'mail.txt'], { cwd: p.dir });
      expect(fixed).toEqual({ code: 0, stdout: '', stderr: '' });
      expect(fs.readFileSync(p.path('mail.txt')).equals(Buffer.from(`\ufeff${MAIL_FIXED}`, 'utf16le'))).toBe(true);
    } finally {
      p.cleanup();
    }
  });
});

describe.concurrent('an unreadable folder', () => {
  // readdir fails with EACCES on folders named « verrou » (see the preload: tests run as root).
  const env = { NODE_OPTIONS: `--import=${pathToFileURL(path.join(ROOT, 'tests/helpers/locked-folders.mjs')).href}` };

  it('is one error line; every other file is still linted; exit 2 at the end', async () => {
    const p = project({ 'a.md': PROMO, 'verrou/b.md': PROMO, 'verrou/c.md': PROMO, 'z/d.md': PROMO });
    try {
      const r = await postlint(['-f', 'json', '.'], { cwd: p.dir, env });
      expect(r.code).toBe(2);
      expect(lines(r.stderr)).toEqual([expect.stringMatching(/^postlint: impossible de lire le dossier «\s?verrou\s?» : EACCES$/)]);
      expect(json(r).map((x: { filePath: string; errorCount: number }) => [path.relative(p.dir, x.filePath), x.errorCount])).toEqual([
        ['a.md', 1],
        ['z/d.md', 1],
      ]);
      // Named alone: the same single line, no second « no file to lint » error.
      const alone = await postlint(['verrou'], { cwd: p.dir, env });
      expect(alone.code).toBe(2);
      expect(lines(alone.stderr)).toEqual([expect.stringMatching(/^postlint: impossible de lire le dossier «\s?verrou\s?» : EACCES$/)]);
      // Without the simulated failure the same run reads the folder: the checks above depend on it.
      expect(json(await postlint(['-f', 'json', '.'], { cwd: p.dir }))).toHaveLength(4);
    } finally {
      p.cleanup();
    }
  });
});
