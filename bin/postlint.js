#!/usr/bin/env node
// The command line from the bundle with its code cache when the build made one (src/startup/bundled-cli.ts),
// from the compiled modules otherwise.
import { fileURLToPath } from 'node:url';
import { bundledMain } from '../dist/src/startup/bundled-cli.js';

const main = bundledMain(fileURLToPath(new URL('../dist/', import.meta.url))) ?? (await import('../dist/src/cli.js')).main;
await main(process.argv);
