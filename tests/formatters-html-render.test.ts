// The html report as a person sees it: scripts/render-report.mjs renders it with Debian's headless Chromium, and
// the picture is checked (a real PNG of the window's size, a page with text and the report's colours, not blank).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ROOT, requireBuild } from './helpers/cli.js';
import { PNG_SIGNATURE, decodePng } from './helpers/png.js';
import { CI_ONLY, CI_TESTS } from './helpers/tiers.js';

function onPath(names: readonly string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      try {
        fs.accessSync(path.join(dir, name), fs.constants.X_OK);
        return path.join(dir, name);
      } catch {
        // not here
      }
    }
  }
  return null;
}

const chromium = onPath(['chromium', 'chromium-browser']);
const title = !CI_TESTS
  ? `renders the report to a PNG — ${CI_ONLY}`
  : chromium
    ? 'renders the report of a few fixtures to a PNG that shows the page'
    : 'renders the report to a PNG — IGNORÉ : chromium absent (apt-get install chromium ; .ci/run l’installe)';

function run(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** How close a pixel is to a colour (largest channel difference). */
const near = (rgb: Buffer, i: number, [r, g, b]: readonly number[], tolerance: number) =>
  Math.abs(rgb[i] - r) <= tolerance && Math.abs(rgb[i + 1] - g) <= tolerance && Math.abs(rgb[i + 2] - b) <= tolerance;

describe('html report in Chromium', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-render-test-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!CI_TESTS || !chromium)(title, { timeout: 180_000 }, async () => {
    requireBuild();
    const png = path.join(dir, 'rapport.png');
    const page = path.join(dir, 'rapport.html');
    const r = await run([path.join(ROOT, 'scripts', 'render-report.mjs'), '--bin', inject('cliBin'), '--out', png, '--html', page]);
    expect(r.code, r.output).toBe(0);

    const file = fs.readFileSync(png);
    expect(file.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const { width, height, rgb } = decodePng(file);
    expect([width, height]).toEqual([1280, 1600]);

    const pixels = width * height;
    const colours = new Set<number>();
    const counts = new Map<number, number>();
    let error = 0;
    let warning = 0;
    let ok = 0;
    for (let i = 0; i < rgb.length; i += 3) {
      const key = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
      colours.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (near(rgb, i, [0xb4, 0x23, 0x18], 24)) error++;
      if (near(rgb, i, [0x9a, 0x5b, 0x00], 24)) warning++;
      if (near(rgb, i, [0x1c, 0x7c, 0x4a], 24)) ok++;
    }
    // Anti-aliased text gives hundreds of shades; a blank or failed page has a handful.
    expect(colours.size).toBeGreaterThan(200);
    // Cards, tables and text cover the page: the most common colour (its background) is far from all of it.
    const background = Math.max(...counts.values());
    expect(background / pixels).toBeLessThan(0.85);
    // The report's own colours are there: errors (red), warnings (amber), posts without remark (green).
    expect(error).toBeGreaterThan(500);
    expect(warning).toBeGreaterThan(100);
    expect(ok).toBeGreaterThan(100);

    // The page that was photographed is the report of the fixtures, names masked.
    const html = fs.readFileSync(page, 'utf8');
    expect(html).toContain('<h1>Publications relues avant diffusion</h1>');
    expect(html).not.toMatch(/Lina|Josiane/u);
  });
});
