// postlint as `npm pack` ships it, installed in a temporary project, for the tests of the published package.
// The archive is packed from the private build of tests/helpers/build.ts (no second TypeScript build) with the
// package.json's `files`, so it holds what a user gets; it is unpacked into node_modules/postlint and its own
// node_modules is a link to this repository's (no network, no npm install).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { requireBuild, ROOT } from './cli.js';

export interface Packed {
  /** The .tgz file. */
  tarball: string;
  /** The paths inside the archive (without the leading package/). */
  files: string[];
  /** A project folder where `postlint` is installed from the archive. */
  project: string;
  /** The installed package folder (project/node_modules/postlint). */
  packageDir: string;
  cleanup(): void;
}

/** Packs the fresh build and installs the archive in a new temporary project. */
export function installPacked(): Packed {
  requireBuild();
  const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-packed-')));
  const build = path.dirname(path.dirname(inject('cliBin')));
  const stage = path.join(work, 'stage');
  fs.mkdirSync(stage);
  for (const entry of ['package.json', 'bin', 'dist']) fs.cpSync(path.join(build, entry), path.join(stage, entry), { recursive: true });
  for (const entry of ['LICENSE', 'README.md', '.postrc.example.json', 'docs']) fs.cpSync(path.join(ROOT, entry), path.join(stage, entry), { recursive: true });
  // --ignore-scripts: the build is done; prepare would compile again.
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: stage, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [info] = JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
  const tarball = path.join(work, info.filename);
  const project = path.join(work, 'project');
  const modules = path.join(project, 'node_modules');
  fs.mkdirSync(modules, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', modules]);
  const packageDir = path.join(modules, 'postlint');
  fs.renameSync(path.join(modules, 'package'), packageDir);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(packageDir, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'site', private: true, type: 'module' }));
  fs.rmSync(stage, { recursive: true, force: true });
  return { tarball, files: info.files.map((f) => f.path).sort(), project, packageDir, cleanup: () => fs.rmSync(work, { recursive: true, force: true }) };
}
