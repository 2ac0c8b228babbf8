#!/usr/bin/env node
// Build step, after tsc and the lexicon snapshot: the command line as one CommonJS file, <dist>/cli.bundle.cjs, and
// V8's code cache for it, <dist>/cli.bundle.cache (issue #9, start-up). Node 20 keeps no code cache for ES
// modules: a one-post run spent ~140 ms compiling some 140 modules and more compiling their functions on first
// call. bin/postlint.js runs the bundle with the cache (src/startup/bundled-cli.ts) and falls back to the modules
// whenever the bundle is missing or older than the code it was made from (a `tsc` run after the build).
// <dist>/cli.bundle.json lists the modules of dist/ the bundle holds, with their size and hash, for that check.
// Usage: node scripts/bundle-cli.mjs [dist=dist]
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = path.resolve(process.argv[2] ?? 'dist');
const BUNDLE = path.join(dist, 'cli.bundle.cjs');
const MANIFEST = path.join(dist, 'cli.bundle.json');
const CACHE = path.join(dist, 'cli.bundle.cache');
for (const file of [BUNDLE, MANIFEST, CACHE]) rmSync(file, { force: true });

// A module that finds files next to itself (the lexicon snapshot, package.json, the worker) keeps doing so from
// the bundle: its `import.meta.url` becomes the URL its own file has in dist/.
const moduleUrls = {
  name: 'module-urls',
  setup(b) {
    b.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta')) return undefined;
      const replaced = source.replaceAll('import.meta.url', `__postlintModuleUrl(${JSON.stringify(path.relative(dist, args.path))})`);
      if (replaced.includes('import.meta')) throw new Error(`${args.path} : import.meta autre que import.meta.url`);
      return { contents: replaced, loader: 'js' };
    });
  },
};

const result = await build({
  entryPoints: [path.join(dist, 'src', 'startup', 'bundle-entry.js')],
  outfile: BUNDLE,
  write: false,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Keep regex literals with \p{…} as literals: esbuild's table does not credit Node 20 with Unicode property
  // escapes and rewrote each such literal as `new RegExp("…")`, so a regex written inside a hot function (issue #9:
  // isTitleCase, staff(), the per-hit filters) was looked up in V8's regex cache again at every call instead of being
  // cloned from its literal. Node 20 runs these literals as they are (the unbundled dist/ modules already do).
  supported: { 'regexp-unicode-property-escapes': true },
  // Loaded by cosmiconfig only for a TypeScript configuration file, from the user's own install.
  external: ['typescript'],
  metafile: true,
  logLevel: 'warning',
  plugins: [moduleUrls],
});

// The import() calls left in the bundle load the user's modules (configuration, plugins, formatters) and
// TypeScript. A function compiled from V8's code cache cannot call import() (Node 20: « A dynamic import callback
// was not specified »), so they go through the loader's own import(), passed in as __postlintHostImport
// (src/startup/bundled-cli.ts), or Node's when the bundle is required the ordinary way.
const DYNAMIC_IMPORT = /(^|[^\w$.])import\s*\(/gmu;
const code = result.outputFiles[0].text;
const imports = code.match(DYNAMIC_IMPORT)?.length ?? 0;
if (imports === 0) throw new Error('bundle-cli : aucun import() dans le paquet : le chargement des modules de l’utilisateur a changé, vérifier ce script');
const banner = [
  "const __postlintModuleUrl = (file) => require('node:url').pathToFileURL(require('node:path').join(__dirname, file)).href;",
  "const __postlintImport = typeof __postlintHostImport === 'function' ? __postlintHostImport : (specifier) => import(specifier);",
].join('\n');
// esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals: the file is made
// ASCII here so that a run reads it by copying its bytes, not decoding UTF-8 (src/files/build-data.ts, ~40 ms).
const { escapeNonAscii } = await import(pathToFileURL(path.join(dist, 'src', 'files', 'build-data.js')).href);
writeFileSync(BUNDLE, escapeNonAscii(`${banner}\n${code.replace(DYNAMIC_IMPORT, '$1__postlintImport(')}`));

// The modules of dist/ in the bundle, hashed as the loader checks them; its node_modules part is a copy, as in any
// bundled package.
const loader = pathToFileURL(path.join(dist, 'src', 'startup', 'bundled-cli.js')).href;
const { contentHash } = await import(loader);
const inputs = Object.keys(result.metafile.inputs)
  .map((input) => path.resolve(input))
  .filter((file) => !path.relative(dist, file).startsWith('..'))
  .map((file) => {
    const data = readFileSync(file);
    return [path.relative(dist, file), data.length, contentHash(data)];
  });
writeFileSync(MANIFEST, JSON.stringify({ version: 1, inputs }));

// The code cache is written by a first run (one post that wakes every rule), so that it holds the functions
// compiled while linting too, not only the top level.
const { SAMPLE_POST: sample, SAMPLE_ARGV: argv } = await import(pathToFileURL(path.join(dist, 'src', 'startup', 'sample-post.js')).href);
const warmUp = spawnSync(
  process.execPath,
  ['--input-type=module', '-e', `import { bundledMain } from ${JSON.stringify(loader)}; await bundledMain(${JSON.stringify(dist)})(${JSON.stringify(argv)});`],
  { input: sample, encoding: 'utf8', env: { ...process.env, POSTLINT_STARTUP_TRACE: '1', POSTLINT_NO_BUNDLE: '' } },
);
// Exit code 1: the sample's problems were found.
if (warmUp.status !== 1 || !/cache écrit/.test(warmUp.stderr)) {
  throw new Error(`bundle-cli : le premier passage du paquet a échoué (code ${warmUp.status}) : ${warmUp.stderr.trim()}`);
}
console.log(`cli.bundle.cjs : ${inputs.length} modules de dist, cache V8 de ${(readFileSync(CACHE).length / 1e6).toFixed(1)} Mo`);
