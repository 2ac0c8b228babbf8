// The GitHub Actions workflow of examples/ (shown in the README) does what the README says: the SARIF report is
// uploaded even when postlint finds problems, with the permission code scanning needs, from the file the lint
// step writes; its lint commands are run here through the real CLI.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROMO, ROOT, postlint, project, requireBuild } from './helpers/cli.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  'continue-on-error'?: boolean;
  with?: Record<string, unknown>;
}

const FILE = path.join(ROOT, 'examples', 'github-actions', 'postlint.yml');
const text = fs.readFileSync(FILE, 'utf8');
const workflow = yaml.load(text) as { permissions: Record<string, string>; on: unknown; jobs: Record<string, { steps: Step[] }> };
const steps = Object.values(workflow.jobs)[0].steps;
const upload = steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
const lint = steps.findIndex((s) => /\bpostlint\b.*(?:--format|-f) sarif/u.test(s.run ?? ''));

/** The arguments after `npx postlint` in a step's command (the workflow writes them without quotes). */
function postlintArgs(run: string): string[] {
  const command = run.split(/\s*(?:\|\||&&|;)\s*/u)[0];
  const words = command.trim().split(/\s+/u);
  expect(words.slice(0, 2)).toEqual(['npx', 'postlint']);
  return words.slice(2);
}

function outputFile(args: readonly string[]): string | undefined {
  const i = args.findIndex((a) => a === '-o' || a === '--output-file');
  return i >= 0 ? args[i + 1] : undefined;
}

describe('examples/github-actions/postlint.yml', () => {
  it('runs on pushes and pull requests', () => {
    expect(workflow.on).toMatchObject({ push: null, pull_request: null });
  });

  it('grants code scanning its permission, and reads the repository', () => {
    expect(workflow.permissions['security-events']).toBe('write');
    expect(workflow.permissions.contents).toBe('read');
  });

  it('uploads the SARIF report even when the lint step fails (problems found)', () => {
    expect(lint).toBeGreaterThanOrEqual(0);
    expect(upload).toBeGreaterThan(lint);
    const runsAfterFailure = /\balways\(\)|!\s*cancelled\(\)/u.test(steps[upload].if ?? '') || steps[lint]['continue-on-error'] === true;
    expect(runsAfterFailure).toBe(true);
  });

  it('uploads the very file the lint step writes', () => {
    const written = outputFile(postlintArgs(steps[lint].run!));
    expect(written).toBeDefined();
    expect(steps[upload].with?.sarif_file).toBe(written);
    // The upload's condition, when it checks a file, checks that one.
    for (const [, file] of (steps[upload].if ?? '').matchAll(/hashFiles\('([^']+)'\)/gu)) expect(file).toBe(written);
  });

  it('is the workflow the README shows, byte for byte', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n### GitHub Actions\n'));
    const block = /```ya?ml\n([\s\S]*?)```/u.exec(section)?.[1];
    expect(block).toBe(text);
  });
});

describe('its postlint commands, run as written', () => {
  let p: ReturnType<typeof project>;
  beforeAll(() => {
    requireBuild();
    p = project({ 'contenus/promo.md': PROMO, 'contenus/rentree.md': 'Le cabinet rouvre le 2 septembre.\n' });
  });
  afterAll(() => p.cleanup());

  it('the SARIF step fails on a breach (the check is red) and still writes the file the upload sends', async () => {
    const args = postlintArgs(steps[lint].run!);
    const r = await postlint(args, { cwd: p.dir });
    expect(r.code).toBe(1);
    const log = JSON.parse(fs.readFileSync(p.path(outputFile(args)!), 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toContain('no-price-promotion');
  });

  it('every other postlint step runs on the same folder', async () => {
    for (const step of steps.filter((s, i) => i !== lint && /\bnpx postlint\b/u.test(s.run ?? ''))) {
      const args = postlintArgs(step.run!);
      const r = await postlint(args, { cwd: p.dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const out = outputFile(args);
      if (out) expect(fs.statSync(p.path(out)).size).toBeGreaterThan(0);
      else expect(r.stdout).toMatch(/no-price-promotion/u);
    }
    // The artifact step uploads the page the html step writes.
    const artifact = steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    const html = steps.find((s) => /--format html/u.test(s.run ?? ''));
    expect(artifact?.with?.path).toBe(outputFile(postlintArgs(html!.run!)));
  });
});
