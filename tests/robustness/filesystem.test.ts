// Hostile file systems through the real CLI: 20 000 files in a folder, symbolic-link loops, FIFOs and devices
// that never end, unreadable files, folders and configuration, a folder --fix cannot write to. Each run ends by
// itself with a clear result; every readable post is still linted; no file is changed by a failed write.
//
// Unreadable files: tests run as root, whom file modes do not stop. The CLI is then run as the unprivileged user
// `nobody` (uid 65534), so that modes apply for real; when that switch is impossible the tests are skipped and
// their name says why. The private build and the temporary folder are opened (0755) to that user for the run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectClearOutcome, expectFatal, expectReport, FULL_SIZE, requireBuild, run, SLOW, stopServers, tempDir } from './harness.js';

const PROMO = '-30 % sur le blanchiment\n';
const CLEAN = 'Le cabinet est ouvert du lundi au vendredi, sur rendez-vous.\n';
const PHONE = 'Appelez ma patiente au 06 12 34 56 78.\n';

const tmp = tempDir('fs');
afterAll(() => tmp.cleanup(), 120_000); // thousands of files or tens of MB to remove
beforeAll(() => requireBuild());

/** The private build (tests/helpers/build.ts: a 0700 folder) must be readable by `nobody` in a suite; its mode is restored after. */
function openBuildToNobody(): void {
  const buildRoot = path.resolve(path.dirname(inject('cliBin')), '..');
  let buildMode = 0;
  beforeAll(() => {
    buildMode = fs.statSync(buildRoot).mode & 0o777;
    fs.chmodSync(buildRoot, 0o755);
  });
  afterAll(() => {
    stopServers(); // the server running as nobody loaded the build while it was open
    fs.chmodSync(buildRoot, buildMode);
  });
}

type Report = ReturnType<typeof expectReport>;
const names = (report: Report, root: string) => report.map((r) => path.relative(root, r.filePath)).sort();
const stderrLines = (stderr: string) => stderr.split('\n').filter((l) => l !== '');

describe('many files', () => {
  // 20 000 in CI (POSTLINT_CI_TESTS=1); 4 000 otherwise, still one post in 200 entries, to keep `npm test` fast.
  const ENTRIES = FULL_SIZE ? 20_000 : 4_000;
  it(`a folder of ${ENTRIES} entries (${ENTRIES / 200} posts among pictures and data) is walked and its posts linted`, async () => {
    const dir = tmp.file('entrees/.keep', '');
    const root = path.dirname(dir);
    for (let i = 0; i < ENTRIES; i++) {
      const id = String(i).padStart(5, '0');
      if (i % 200 === 0) fs.writeFileSync(path.join(root, `post-${id}.md`), i % 400 === 0 ? PROMO : CLEAN);
      else fs.writeFileSync(path.join(root, `photo-${id}.${i % 2 ? 'jpg' : 'json'}`), '');
    }
    const report = expectReport(await run(['-f', 'json', 'entrees'], { cwd: tmp.dir }), 1);
    expect(report).toHaveLength(ENTRIES / 200);
    expect(report.filter((r) => r.messages.length > 0)).toHaveLength(ENTRIES / 400);
  }, 90_000);

  it.runIf(SLOW)('20 000 posts in one folder are all linted (POSTLINT_SLOW_TESTS=1)', async () => {
    for (let i = 0; i < 20_000; i++) tmp.file(`posts/post-${String(i).padStart(5, '0')}.md`, i % 100 === 0 ? PROMO : CLEAN);
    const o = await run(['-f', 'json', 'posts'], { cwd: tmp.dir, hangAfterMs: 600_000 });
    console.log(`20 000 posts : ${o.seconds.toFixed(1)} s`);
    const report = expectReport(o, 1);
    expect(report).toHaveLength(20_000);
    expect(report.filter((r) => r.messages.length > 0)).toHaveLength(200);
  }, 610_000);
});

describe('links, FIFOs and devices', () => {
  it('symbolic-link loops (a folder linking to itself or a parent, two files linking to each other) end the walk', async () => {
    tmp.file('liens/post.md', PROMO);
    tmp.file('liens/d/e/autre.md', CLEAN);
    const at = (rel: string) => path.join(tmp.dir, 'liens', rel);
    fs.symlinkSync('.', at('boucle'));
    fs.symlinkSync('../..', at('d/e/haut'));
    fs.symlinkSync('y.md', at('x.md'));
    fs.symlinkSync('x.md', at('y.md'));
    fs.symlinkSync('soi.md', at('soi.md'));
    const report = expectReport(await run(['-f', 'json', 'liens'], { cwd: tmp.dir }), 1);
    expect(names(report, at('.'))).toEqual(['d/e/autre.md', 'post.md']);
    expectReport(await run(['-f', 'json', 'liens/**/*.md'], { cwd: tmp.dir }), 1);
    // Named on the command line, a loop is one clear error.
    expectFatal(await run(['liens/x.md'], { cwd: tmp.dir }), /x\.md/u);
  });

  it('a FIFO and links to endless devices are skipped in a folder and refused on the command line, never read', async () => {
    tmp.file('tubes/post.md', PROMO);
    const at = (rel: string) => path.join(tmp.dir, 'tubes', rel);
    const fifo = spawnSync('mkfifo', [at('tube.md')]);
    expect(fifo.status, `mkfifo : ${fifo.stderr}`).toBe(0);
    fs.symlinkSync('/dev/zero', at('zero.md'));
    fs.symlinkSync('/dev/urandom', at('aleatoire.txt'));
    const report = expectReport(await run(['-f', 'json', 'tubes'], { cwd: tmp.dir, hangAfterMs: 30_000 }), 1);
    expect(names(report, at('.'))).toEqual(['post.md']);
    for (const arg of ['tubes/tube.md', '/dev/zero']) {
      expectFatal(await run([arg], { cwd: tmp.dir, hangAfterMs: 30_000 }), /aucun fichier/u);
    }
  });
});

/** Whether this process can run the CLI as `nobody` (root with the setuid capability), and why not otherwise. */
function unprivilegedUser(): { uid: number; gid: number } | { skip: string } {
  if (process.getuid?.() !== 0) return { skip: '' }; // not root: file modes already apply
  const probe = spawnSync(process.execPath, ['-e', 'process.exit(process.getuid() === 65534 ? 0 : 1)'], { uid: 65534, gid: 65534 });
  if (probe.error || probe.status !== 0) return { skip: `root sans droit de passer à l’utilisateur nobody (${probe.error?.message ?? `code ${probe.status}`})` };
  return { uid: 65534, gid: 65534 };
}
const user = unprivilegedUser();
const skipReason = 'skip' in user ? user.skip : '';
const as = 'skip' in user ? {} : user;

describe.skipIf(skipReason !== '')(`unreadable files and folders${skipReason ? ` — ignorés : ${skipReason}` : ''}`, () => {
  openBuildToNobody();

  /** A project folder that `nobody` may read but not write. */
  function project(name: string, files: Record<string, string>): string {
    for (const [rel, content] of Object.entries(files)) tmp.file(`${name}/${rel}`, content);
    tmp.file(`${name}/package.json`, '{ "name": "cabinet" }\n');
    return path.join(tmp.dir, name);
  }

  it('an unreadable file and an unreadable folder: one line each, every other post linted, exit 2', async () => {
    const dir = project('illisibles', { 'a.md': PROMO, 'secret.md': PHONE, 'ferme/b.md': PROMO, 'opaque/c.md': PROMO, 'z/d.md': CLEAN });
    fs.chmodSync(path.join(dir, 'secret.md'), 0);
    fs.chmodSync(path.join(dir, 'ferme'), 0);
    fs.chmodSync(path.join(dir, 'opaque'), 0o644); // listable, not traversable: its file cannot be opened
    const o = await run(['-f', 'json', '.'], { cwd: dir, ...as });
    expectClearOutcome(o);
    expect(o.code).toBe(2);
    expect(stderrLines(o.stderr).sort()).toEqual([
      expect.stringMatching(/^postlint: impossible de lire le dossier «\s?ferme\s?» : EACCES$/u),
      expect.stringMatching(/^postlint: impossible de lire «\s?opaque\/c\.md\s?» : EACCES$/u),
      expect.stringMatching(/^postlint: impossible de lire «\s?secret\.md\s?» : EACCES$/u),
    ]);
    expect(names(JSON.parse(o.stdout), dir)).toEqual(['a.md', 'z/d.md']);
    // Named alone, the same single line.
    expectFatal(await run(['secret.md'], { cwd: dir, ...as }), /impossible de lire «\s?secret\.md\s?» : EACCES$/u);
  });

  it('a file named on the command line inside a folder that cannot be traversed is unreadable, not missing', async () => {
    const dir = project('non-traversable', { 'opaque/c.md': PROMO });
    fs.chmodSync(path.join(dir, 'opaque'), 0o644);
    expectFatal(await run(['opaque/c.md'], { cwd: dir, ...as }), /impossible de lire «\s?opaque\/c\.md\s?» : EACCES$/u);
  });

  it('an unreadable .postlintignore is one line, exit 2', async () => {
    const dir = project('ignore-illisible', { 'a.md': PROMO, '.postlintignore': 'brouillons/\n' });
    fs.chmodSync(path.join(dir, '.postlintignore'), 0);
    expectFatal(await run(['a.md'], { cwd: dir, ...as }), /\.postlintignore/u);
  });

  it('--fix in a folder it cannot write to: one line, exit 2, the file left as it was', async () => {
    const dir = project('lecture-seule', { 'post.md': PHONE });
    fs.chmodSync(path.join(dir, 'post.md'), 0o666); // the file is writable, its folder is not
    const o = await run(['--fix', 'post.md'], { cwd: dir, ...as });
    expectFatal(o, /impossible d’écrire «\s?post\.md\s?» : EACCES$/u);
    expect(fs.readFileSync(path.join(dir, 'post.md'), 'utf8')).toBe(PHONE);
    expect(fs.readdirSync(dir).sort()).toEqual(['package.json', 'post.md']);
  });
});

describe.skipIf(skipReason !== '')(`unreadable configuration${skipReason ? ` — ignorés : ${skipReason}` : ''}`, () => {
  openBuildToNobody();

  // cosmiconfig takes EACCES for « no config here »: the run would go on without the user's settings.
  it('an unreadable .postrc.json stops the run (exit 2, one line) instead of being skipped', async () => {
    tmp.file('config-illisible/package.json', '{ "name": "cabinet" }\n');
    tmp.file('config-illisible/a.md', PROMO);
    const config = tmp.file('config-illisible/.postrc.json', '{ "rules": { "no-price-promotion": "off" } }\n');
    fs.chmodSync(config, 0);
    expectFatal(await run(['a.md'], { cwd: path.dirname(config), ...as }), /\.postrc\.json/u);
  });
});
