#!/usr/bin/env node
// Renders postlint's html report with Debian's headless Chromium to a PNG, as a person would see it.
//
//   node scripts/render-report.mjs [--bin <bin/postlint.js>] [--out <png>] [--html <page>] [posts relative to fixtures/...]
//
// Without posts, a few shipped fixtures (docs/rapport-html.png is made this way). Exit codes: 0 rendered,
// 1 failure (postlint or Chromium), 3 Chromium is not installed (the caller decides whether that is fatal).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = path.join(ROOT, 'fixtures');
const DEFAULT_POSTS = [
  'no-care-incitement/invalid/premiers-arrives-reservez.txt',
  'no-price-promotion/invalid/citation-patient-moitie-prix.md',
  'no-price-promotion/valid/baisse-des-hospitalisations.txt',
  'no-promotional-wording/invalid/patients-satisfaits-et-plebiscite.txt',
  'no-testimonial/invalid/nouvel-avis-citation.md',
];
const CHROMIUM_TIMEOUT_MS = 120_000;

class Failure extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

function fail(message, code = 1) {
  throw new Failure(message, code);
}

function parseArgs(argv) {
  const args = { bin: path.join(ROOT, 'bin', 'postlint.js'), out: path.join(ROOT, 'docs', 'rapport-html.png'), html: undefined, posts: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--bin' || a === '--out' || a === '--html') {
      if (argv[i + 1] === undefined) fail(`${a} attend une valeur`, 2);
      args[a.slice(2)] = path.resolve(argv[++i]);
    } else if (a.startsWith('-')) fail(`option inconnue ${a}`, 2);
    else args.posts.push(a);
  }
  if (args.posts.length === 0) args.posts = DEFAULT_POSTS;
  return args;
}

/** Chromium's executable on PATH (Debian names it chromium; some systems chromium-browser), or null. */
function findChromium() {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const file = path.join(dir, name);
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return file;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** Runs a command, output collected; killed (and reported) past `timeoutMs`. */
function run(command, args, { cwd, timeoutMs }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, output: `${output}${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, output });
    });
  });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const chromium = findChromium();
  if (!chromium) fail('chromium absent : installez le paquet Debian « chromium » (apt-get install chromium) ; capture non faite', 3);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-render-'));
  try {
    await render(args, chromium, work);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function render(args, chromium, work) {
  const page = args.html ?? path.join(work, 'rapport.html');
  // From fixtures/, so that the report names the posts by their short paths.
  const lint = await run(process.execPath, [args.bin, '--no-config-lookup', '-f', 'html', '-o', page, ...args.posts], { cwd: FIXTURES, timeoutMs: 60_000 });
  if (lint.code !== 0 && lint.code !== 1) fail(`postlint a échoué (code ${lint.code}) : ${lint.output.trim()}`);

  fs.mkdirSync(path.dirname(args.out), { recursive: true });
  fs.rmSync(args.out, { force: true });
  const shot = await run(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--hide-scrollbars',
      `--user-data-dir=${path.join(work, 'profil')}`,
      `--screenshot=${args.out}`,
      '--window-size=1280,1600',
      pathToFileURL(page).href,
    ],
    { cwd: work, timeoutMs: CHROMIUM_TIMEOUT_MS },
  );
  if (shot.signal === 'SIGKILL') fail(`chromium n’a pas fini en ${CHROMIUM_TIMEOUT_MS / 1000} s`);
  if (shot.code !== 0 || !fs.existsSync(args.out)) fail(`chromium n’a pas écrit la capture (code ${shot.code}) : ${shot.output.trim().split('\n').slice(-3).join(' / ')}`);
  process.stdout.write(`${path.relative(process.cwd(), args.out) || args.out}\n`);
}

main().catch((error) => {
  process.stderr.write(`render-report: ${error instanceof Failure ? error.message : error.stack}\n`);
  process.exitCode = error instanceof Failure ? error.code : 1;
});
