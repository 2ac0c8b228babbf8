// run(argv, io) is all a run uses: its folder, environment, streams and signals come from io, so that runs in
// one process (tests, an editor) neither see the process's own nor each other's.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, type CliIO } from '../src/cli.js';
import { PROMO, project } from './helpers/cli.js';

const MAIL = 'Écrivez à claire.morvan@exemple.fr, elle vous parlera de son opération.\n';
const MAIL_FIXED = 'Écrivez à [donnée masquée], elle vous parlera de son opération.\n';

function io(cwd: string, extra: Partial<CliIO> = {}): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    cwd,
    env: {},
    stdin: (async function* () {})(),
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    signals: new EventEmitter(),
    ...extra,
    out: () => out,
    err: () => err,
  };
}

describe('run(argv, io)', () => {
  it('a SIGINT from io.signals during --fix stops between two files, as the real process does', async () => {
    const names = Array.from({ length: 6 }, (_, i) => `post-${i}.md`);
    const p = project(Object.fromEntries(names.map((n) => [n, MAIL])));
    try {
      const signals = new EventEmitter();
      // The progress line asks the clock once per file (stderr is a terminal): the third file sends Ctrl-C.
      // (The first call comes from the progress line's start, the next ones before each file.)
      let calls = 0;
      let err = '';
      const before = process.listenerCount('SIGINT');
      const code = await run(['node', 'postlint', '--fix', '.'], io(p.dir, {
        signals,
        stderr: { write: (s: string) => (err += s), isTTY: true },
        now: () => (++calls === 3 && signals.emit('SIGINT', 'SIGINT'), 0),
      }));
      expect(code).toBe(130);
      expect(err).toContain('postlint: interrompu (SIGINT) : 2 fichier(s) corrigé(s) avant l’arrêt, les autres sont intacts :\n  post-0.md\n  post-1.md\n');
      expect(names.map((n) => fs.readFileSync(p.path(n), 'utf8'))).toEqual([MAIL_FIXED, MAIL_FIXED, MAIL, MAIL, MAIL, MAIL]);
      expect(signals.listenerCount('SIGINT') + signals.listenerCount('SIGTERM')).toBe(0);
      expect(process.listenerCount('SIGINT')).toBe(before);
    } finally {
      p.cleanup();
    }
  });

  it('two runs at once keep their own folder, configuration and colours', async () => {
    const off = project({ '.postrc.json': '{"rules":{"no-price-promotion":"off"}}', 'promo.md': PROMO });
    const on = project({ 'promo.md': PROMO });
    try {
      const quiet = io(off.dir, { env: { FORCE_COLOR: '1' } });
      const loud = io(on.dir, { env: { NO_COLOR: '1' } });
      const coloured = io(on.dir, { env: { FORCE_COLOR: '1' } });
      const codes = await Promise.all([run(['node', 'postlint', 'promo.md'], quiet), run(['node', 'postlint', 'promo.md'], loud), run(['node', 'postlint', 'promo.md'], coloured)]);
      expect(codes).toEqual([0, 1, 1]);
      expect(quiet.out()).toBe('');
      expect(loud.out()).toContain(on.path('promo.md'));
      expect(loud.out()).not.toMatch(/\u001b\[/);
      expect(coloured.out()).toMatch(/\u001b\[/);
    } finally {
      off.cleanup();
      on.cleanup();
    }
  });
});
