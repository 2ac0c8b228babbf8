// npm's `prepare`: compiles src/ and rules/ into dist/ wherever npm builds postlint from its sources: `npm ci` in
// a clone, `npm pack` / `npm publish` (so the tarball holds dist/), `npm i -g git+…` and the pre-commit framework.
// The tarball is installed without this script (npm runs `prepare` for folders and git only), so users of a
// published or packed postlint never need TypeScript.
//
// The compiler is a devDependency, and a git install does not always have it: `npm i -g git+…` prepares the
// clone as a global package, without its devDependencies (npm's own behaviour), and some npm versions read
// pre-commit's `npm install --dev --prod` as « no devDependencies ». Then this script installs them in the
// clone itself (npm throws the clone away once it is packed) and compiles.
// Everything it prints goes to stderr: `npm pack` prints the tarball's name on stdout and pre-commit reads it.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.error) {
    process.stderr.write(`postlint (prepare) : ${command} : ${result.error.message}\n`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(tsc)) {
  process.stderr.write('postlint (prepare) : TypeScript absent (installation depuis git) : installation des dépendances de développement dans le clone\n');
  // npm_execpath is the npm running this script; the flags win over the environment of a global install.
  const npm = process.env.npm_execpath;
  const args = ['install', '--prefix', root, '--global=false', '--include=dev', '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'];
  if (npm && existsSync(npm)) run(process.execPath, [npm, ...args]);
  else run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args);
}

// A fresh dist/: a module left from a deleted source must not reach the tarball.
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
run(process.execPath, [tsc, '-p', 'tsconfig.build.json']);
// The build's second step (package.json "build"): the compiled lexicons a run reads at start-up.
run(process.execPath, [path.join(root, 'scripts', 'snapshot-lexicons.mjs'), path.join(root, 'dist')]);
// Third step: the command line as one file with V8's code cache, for a faster start (scripts/bundle-cli.mjs).
run(process.execPath, [path.join(root, 'scripts', 'bundle-cli.mjs'), path.join(root, 'dist')]);
