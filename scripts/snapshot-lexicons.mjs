#!/usr/bin/env node
// Build step, after tsc: compiles every built-in lexicon and cue list once and stores their regex sources in
// <dist>/lexicon-snapshot.json, so that a run reads them instead of compiling thousands of terms at start-up
// (src/french/lexicon-snapshot.ts); and the parsed given-names list in <dist>/given-names.json
// (src/french/given-names.ts). Usage: node scripts/snapshot-lexicons.mjs [dist=dist]
import { writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = path.resolve(process.argv[2] ?? 'dist');
const file = path.join(dist, 'lexicon-snapshot.json');
rmSync(file, { force: true });
const at = (rel) => pathToFileURL(path.join(dist, rel)).href;
const { useSnapshot } = await import(at('src/french/lexicon-snapshot.js'));
useSnapshot(false);
await import(at('rules/index.js'));
await import(at('src/index.js'));
const { compiledSnapshot } = await import(at('src/french/lexicon.js'));
const snapshot = compiledSnapshot();
if (!snapshot.fingerprint) throw new Error('snapshot-lexicons : empreinte du compilateur illisible');
// ASCII only (src/files/build-data.ts): a run copies the file's bytes into a string instead of decoding UTF-8.
const { escapeNonAscii } = await import(at('src/files/build-data.js'));
writeFileSync(file, escapeNonAscii(JSON.stringify(snapshot)));
console.log(`lexicon-snapshot.json : ${Object.keys(snapshot.lexicons).length} lexiques, ${Object.keys(snapshot.sources).length} listes`);

// The given-names list, parsed once here (src/french/given-names.ts reads it when it was made from the same file).
const names = path.join(dist, 'given-names.json');
rmSync(names, { force: true });
const { parsePackageGivenNames, storeGivenNames } = await import(at('src/french/given-names.js'));
const stored = storeGivenNames(parsePackageGivenNames());
writeFileSync(names, escapeNonAscii(JSON.stringify(stored)));
console.log(`given-names.json : ${stored.genders.length} prénoms`);
