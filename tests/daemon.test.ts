// `postlint --daemon` (src/daemon): the first run lints by itself and starts the install's resident process; the
// runs after it get their report from that process, byte for byte the report a fresh process prints, and a run
// that loads a module of the user's is linted by the caller itself, since the process would keep it cached.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { requireBuild, ROOT } from './helpers/cli.js';
import { wantsDaemon } from '../src/daemon/client.js';

const built = () => path.dirname(path.dirname(inject('cliBin')));
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-daemon-'));
const sockets = path.join(home, 'sockets');
const project = path.join(home, 'projet');

/** The built CLI with the test's socket folder and the startup trace on. */
const bin = () => path.join(built(), 'bin', 'postlint.js');
const testEnv = (more: Record<string, string> = {}) => ({ ...process.env, POSTLINT_STARTUP_TRACE: '1', POSTLINT_NO_BUNDLE: '', POSTLINT_DAEMON: '', POSTLINT_DAEMON_DIR: sockets, POSTLINT_DAEMON_IDLE_MS: '120000', ...more });

function postlint(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const run = spawnSync(process.execPath, [bin(), ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8', env: testEnv(options.env) });
  const trace = run.stderr.split('\n').filter((l) => l.startsWith('postlint (démarrage) : '));
  const stderr = run.stderr.split('\n').filter((l) => !l.startsWith('postlint (démarrage) : ')).join('\n');
  return { status: run.status, stdout: run.stdout, stderr, trace: trace.join('\n') };
}

const listening = () => fs.existsSync(sockets) && fs.readdirSync(sockets).some((f) => f.endsWith('.sock'));

async function waitFor(condition: () => boolean, ms = 60_000): Promise<void> {
  for (const end = Date.now() + ms; !condition(); ) {
    if (Date.now() > end) throw new Error('le processus résident ne répond pas');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const FILES = ['fixtures/no-price-promotion', 'fixtures/no-testimonial/invalid'];

describe('postlint --daemon', () => {
  beforeAll(() => {
    requireBuild();
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'post.md'), 'Le meilleur cabinet de la ville : -30 % sur le détartrage !\n');
    fs.writeFileSync(path.join(project, 'propre.md'), 'Cabinet fermé du 1er au 15 août ; en cas d’urgence, appelez le 15.\n');
  });
  afterAll(async () => {
    // The last test starts a new process: let it listen, so that the stop reaches it instead of leaving it to idle out.
    await waitFor(listening, 30_000).catch(() => undefined);
    postlint(['--daemon-stop']);
    fs.rmSync(home, { recursive: true, force: true });
  });

  it('takes --daemon only before --, and POSTLINT_DAEMON=1', () => {
    expect(wantsDaemon(['node', 'postlint', '--daemon', 'a.md'], {})).toBe(true);
    expect(wantsDaemon(['node', 'postlint', '--', '--daemon'], {})).toBe(false);
    expect(wantsDaemon(['node', 'postlint', 'a.md'], { POSTLINT_DAEMON: '1' })).toBe(true);
    expect(wantsDaemon(['node', 'postlint', 'a.md'], {})).toBe(false);
  });

  it('lints the first run itself, then answers from the resident process with the same report', { timeout: 180_000 }, async () => {
    const plain = postlint(['-f', 'json', ...FILES]);
    expect(plain.status).toBe(1);
    const first = postlint(['--daemon', '-f', 'json', ...FILES]);
    expect(first.trace).toContain('processus résident lancé');
    expect(first.stdout).toBe(plain.stdout);
    await waitFor(listening);
    const second = postlint(['--daemon', '-f', 'json', ...FILES]);
    expect(second.trace).toContain('analyse faite par le processus résident');
    expect(second.status).toBe(plain.status);
    expect(second.stdout).toBe(plain.stdout);
    // The stylish report, the exit code and a clean post's silence too; POSTLINT_DAEMON=1 asks as --daemon does.
    const stylish = postlint(['--no-color', ...FILES]);
    expect(postlint(['--no-color', ...FILES], { env: { POSTLINT_DAEMON: '1' } })).toMatchObject({ status: stylish.status, stdout: stylish.stdout });
    const clean = postlint(['--daemon', 'propre.md'], { cwd: project });
    expect(clean.trace).toContain('processus résident');
    expect(clean).toMatchObject({ status: 0, stdout: '' });
  });

  it('reads standard input, each run from its own folder, and reports usage errors as a fresh process does', { timeout: 120_000 }, async () => {
    await waitFor(listening);
    const input = 'Profitez de -20 % sur les soins, résultats garantis !\n';
    const args = ['--stdin', '--stdin-filename', 'post.md', '-f', 'json'];
    const through = postlint(['--daemon', ...args], { input });
    expect(through.trace).toContain('analyse faite par le processus résident');
    expect(through.stdout).toBe(postlint(args, { input }).stdout);
    // Paths and configuration lookup start from the caller's folder, not the process's.
    const here = postlint(['--daemon', '-f', 'json', 'post.md'], { cwd: project });
    expect(here.trace).toContain('analyse faite par le processus résident');
    expect(here.stdout).toBe(postlint(['-f', 'json', 'post.md'], { cwd: project }).stdout);
    expect(JSON.parse(here.stdout)[0].filePath).toBe(path.join(fs.realpathSync(project), 'post.md'));
    const bad = postlint(['--daemon', '-f', 'inconnu', 'post.md'], { cwd: project });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe(postlint(['-f', 'inconnu', 'post.md'], { cwd: project }).stderr);
  });

  it('hands back a run that loads a module of the user’s, so an edited configuration is always read', { timeout: 120_000 }, async () => {
    await waitFor(listening);
    const config = path.join(project, 'postlint.config.mjs');
    fs.writeFileSync(config, "export default { rules: { 'no-price-promotion': 'off' } };\n");
    try {
      const first = postlint(['--daemon', '-f', 'json', 'post.md'], { cwd: project });
      expect(first.trace).toContain('analyse faite ici (module de l’utilisateur');
      expect(first.stdout).toBe(postlint(['-f', 'json', 'post.md'], { cwd: project }).stdout);
      expect(JSON.parse(first.stdout)[0].messages.some((m: { ruleId: string }) => m.ruleId === 'no-price-promotion')).toBe(false);
      fs.writeFileSync(config, "export default { rules: { 'no-promotional-wording': 'off' } };\n");
      const edited = postlint(['--daemon', '-f', 'json', 'post.md'], { cwd: project });
      const ids = JSON.parse(edited.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
      expect(ids).toContain('no-price-promotion');
      expect(ids).not.toContain('no-promotional-wording');
    } finally {
      fs.rmSync(config);
    }
  });

  it('passes Ctrl-C on: a --fix run stops between two files, as a run linted here does', { timeout: 180_000 }, async () => {
    await waitFor(listening);
    const dir = fs.mkdtempSync(path.join(home, 'fix-'));
    const count = 400;
    const names = Array.from({ length: count }, (_, i) => `post-${String(i).padStart(3, '0')}.md`);
    const body = `Écrivez à la patiente : jeanne.roy@example.org\n${'Le cabinet sera fermé pendant les vacances, pensez à vos ordonnances. '.repeat(20)}\n`;
    for (const n of names) fs.writeFileSync(path.join(dir, n), body);
    const child = spawn(process.execPath, [bin(), '--daemon', '--fix', '.'], { cwd: dir, env: testEnv() });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.resume();
    const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    // Ctrl-C as soon as the resident process has fixed the first file.
    const started = Date.now();
    while (fs.readFileSync(path.join(dir, names[0]), 'utf8') === body && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    expect(await exit, stderr).toBe(130);
    expect(stderr).toContain('analyse faite par le processus résident');
    const report = stderr.split('\n').filter((l) => !l.startsWith('postlint (démarrage) : ') && l.trim() !== '');
    expect(report[0]).toMatch(/^postlint: interrompu \(SIGINT\) : \d+ fichier\(s\) corrigé\(s\) avant l’arrêt, les autres sont intacts :$/);
    const fixed = report.slice(1).map((l) => l.trim());
    expect(fixed.length).toBeGreaterThan(0);
    expect(fixed.length).toBeLessThan(count);
    expect(fixed).toEqual(names.slice(0, fixed.length));
    for (const n of names) expect(fs.readFileSync(path.join(dir, n), 'utf8') !== body).toBe(fixed.includes(n));
  });

  it('never uses a socket folder others can enter, and stops on --daemon-stop', { timeout: 120_000 }, async () => {
    const open = path.join(home, 'ouvert');
    fs.mkdirSync(open, { mode: 0o777 });
    fs.chmodSync(open, 0o777);
    const shared = postlint(['--daemon', '-f', 'json', 'post.md'], { cwd: project, env: { POSTLINT_DAEMON_DIR: open } });
    expect(shared.trace).toContain('pas de processus résident ici');
    expect(shared.status).toBe(1);
    expect(fs.readdirSync(open)).toEqual([]);
    await waitFor(listening);
    expect(postlint(['--daemon-stop']).status).toBe(0);
    await waitFor(() => !listening(), 20_000);
    // Nothing listening: a run lints by itself (and starts a new process, stopped again here).
    const after = postlint(['--daemon', '-f', 'json', 'post.md'], { cwd: project });
    expect(after.trace).toContain('processus résident lancé');
    expect(after.status).toBe(1);
  });
});
