#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// V8 first runs a regular expression in its interpreter and compiles it only when it runs again. postlint runs
// hundreds of patterns a few times each per post: compiling them at once costs less (fixtures, dev set and real
// set: user CPU 6.6 s against 8.1 s, scripts/bench-posts.mjs). Process-wide, before any pattern runs; worker
// threads share it.
setFlagsFromString('--no-regexp-tier-up');

const { main } = await import('../dist/src/cli.js');
await main(process.argv);
