#!/usr/bin/env node
// The command line from the bundle with its code cache when the build made one (src/startup/bundled-cli.ts),
// from the compiled modules otherwise. With --daemon (or POSTLINT_DAEMON=1), the run goes first to the install's
// resident process (src/daemon/client.ts), which answers a post without anything loaded here.
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const asked = process.env.POSTLINT_DAEMON === '1' || process.argv.some((a) => a === '--daemon' || a === '--daemon-stop');
const client = asked ? await import('../dist/src/daemon/client.js') : undefined;
const code = client?.wantsDaemon(process.argv, process.env) ? await client.runThroughDaemon(dist, process.argv) : undefined;
if (code !== undefined) {
  process.exitCode = code;
} else {
  const { bundledMain } = await import('../dist/src/startup/bundled-cli.js');
  const main = bundledMain(dist) ?? (await import('../dist/src/cli.js')).main;
  await main(process.argv);
}
