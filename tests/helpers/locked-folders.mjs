// Preloaded into the CLI (NODE_OPTIONS=--import) by tests: readdir fails with EACCES on every folder named
// « verrou », as a folder without read permission would for a normal user. Tests run as root, whom chmod
// cannot lock out, so the failure is simulated at the one call that meets it.
import fs from 'node:fs';
import path from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const original = fs.promises.readdir;
fs.promises.readdir = async (dir, ...rest) => {
  if (path.basename(String(dir)) === 'verrou') {
    throw Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES', errno: -13, syscall: 'scandir' });
  }
  return original(dir, ...rest);
};
// The CLI imports { readdir } from 'node:fs/promises': make that binding see the replacement.
syncBuiltinESMExports();
