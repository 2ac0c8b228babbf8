// The robustness harness itself: a run in its CLI server that never ends is killed and reported as hung (the
// server is replaced for the next run), and what the process prints outside run's io is part of the run's stderr.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectClearOutcome, requireBuild, run, tempDir } from './harness.js';

const tmp = tempDir('harness');
afterAll(() => tmp.cleanup());
beforeAll(() => requireBuild());

describe('the CLI server of the robustness tests', () => {
  it('reports a run that never ends as hung, and the next run gets a fresh server', async () => {
    tmp.file('bloque/package.json', '{ "name": "cabinet" }\n');
    tmp.file('bloque/post.md', 'Bonjour.\n');
    // A configuration that loops forever: the CLI cannot end it (documented), the harness must.
    tmp.file('bloque/.postrc.cjs', 'for (;;) {}\n');
    const hung = await run(['post.md'], { cwd: `${tmp.dir}/bloque`, hangAfterMs: 1_500 });
    expect(hung.hung).toBe(true);
    expect(() => expectClearOutcome(hung)).toThrow(/bloqué/u);
    tmp.file('libre/post.md', 'Bonjour.\n');
    const next = await run(['post.md'], { cwd: `${tmp.dir}/libre` });
    expect(next).toMatchObject({ hung: false, code: 0, stdout: '', stderr: '' });
  });

  it('gives the run what the process writes to its own stderr', async () => {
    tmp.file('bavard/package.json', '{ "name": "cabinet" }\n');
    tmp.file('bavard/post.md', 'Bonjour.\n');
    tmp.file('bavard/.postrc.cjs', 'process.stderr.write("avertissement hors de la CLI\\n");\nmodule.exports = {};\n');
    const o = await run(['post.md'], { cwd: `${tmp.dir}/bavard` });
    expect(o.stderr).toContain('avertissement hors de la CLI');
    expect(() => expectClearOutcome(o)).toThrow(/préfixe/u);
  });
});
