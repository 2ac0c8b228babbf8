// --stats (issue #9): per-rule time and report counts, in the JSON results (ESLint's shape) and as a table on stderr.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleTotals, statsTable } from '../src/runner/stats.js';
import type { LintResult } from '../src/types.js';
import { CLAIM, CLEAN, json, postlint, PROMO, project, requireBuild, ROOT } from './helpers/cli.js';

describe('--stats', () => {
  let p: ReturnType<typeof project>;
  const fixable = fs.readdirSync(path.join(ROOT, 'fixtures/no-patient-identifier/invalid')).find((f) => f.includes('.fixed.'))!.replace('.fixed.', '.');
  beforeAll(() => {
    requireBuild();
    p = project({
      'a.md': PROMO + CLAIM,
      'b.md': CLEAN,
      [`c${path.extname(fixable)}`]: fs.readFileSync(path.join(ROOT, 'fixtures/no-patient-identifier/invalid', fixable)),
    });
  });
  afterAll(() => p?.cleanup());

  it('puts each pass’s parse and rule times, and each rule’s reports, in the JSON results', async () => {
    const run = await postlint(['--no-config-lookup', '--stats', '-f', 'json', 'a.md', 'b.md'], { cwd: p.dir });
    const [a, b] = json(run);
    for (const r of [a, b]) {
      expect(r.stats.fixPasses).toBe(0);
      expect(r.stats.times.passes).toHaveLength(1);
      const pass = r.stats.times.passes[0];
      expect(pass.parse.total).toBeGreaterThanOrEqual(0);
      expect(pass.total).toBeGreaterThanOrEqual(pass.parse.total);
      expect(Object.keys(pass.rules)).toContain('no-price-promotion');
      for (const rule of Object.values<any>(pass.rules)) expect(rule.total).toBeGreaterThanOrEqual(0);
    }
    // Every report of a rule is a message here (no directive, no allow): the counts agree.
    for (const [id, rule] of Object.entries<any>(a.stats.times.passes[0].rules)) {
      expect(rule.reports, id).toBe(a.messages.filter((m: any) => m.ruleId === id).length);
    }
    expect(a.stats.times.passes[0].rules['no-price-promotion'].reports).toBeGreaterThan(0);
    expect(Object.values<any>(b.stats.times.passes[0].rules).every((r) => r.reports === 0)).toBe(true);
    // The table on stderr: a header, one row per rule, the parse and the total.
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^règle\s+temps \(ms\)\s+part\s+signalements\s+fichiers$/u);
    expect(lines.some((l) => /^no-price-promotion\s+\d+,\d\s+\d+ %\s+1\s+2$/u.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^total\s+\d+,\d\s+100 %\s+\d+\s+2$/u);
  });

  it('counts the --fix passes', async () => {
    const dir = p.path('');
    const run = await postlint(['--no-config-lookup', '--stats', '--fix-dry-run', '-f', 'json', `c${path.extname(fixable)}`], { cwd: dir });
    const [c] = json(run);
    expect(c.stats.fixPasses).toBeGreaterThanOrEqual(1);
    expect(c.stats.times.passes).toHaveLength(c.stats.fixPasses + 1);
  });

  it('has no stats without the flag', async () => {
    const [a] = json(await postlint(['--no-config-lookup', '-f', 'json', 'a.md'], { cwd: p.dir }));
    expect(a.stats).toBeUndefined();
  });
});

describe('statsTable', () => {
  const result = (rules: Record<string, [number, number]>): LintResult => ({
    filePath: 'x',
    messages: [],
    errorCount: 0,
    warningCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    stats: {
      fixPasses: 0,
      times: { passes: [{ parse: { total: 1 }, total: 11, rules: Object.fromEntries(Object.entries(rules).map(([id, [t, n]]) => [id, { total: t, reports: n }])) }] },
    },
  });

  it('sums over files and puts the slowest rule first', () => {
    const results = [result({ lente: [6, 1], rapide: [2, 0] }), result({ lente: [3, 2], rapide: [1, 1] })];
    const totals = ruleTotals(results);
    expect(totals.rules.map((r) => [r.id, r.time, r.reports, r.files])).toEqual([
      ['lente', 9, 3, 2],
      ['rapide', 3, 1, 2],
    ]);
    expect(totals.parse).toBe(2);
    expect(statsTable(results).split('\n')[1]).toMatch(/^lente\s+9,0\s+41 %\s+3\s+2$/u);
  });
});
