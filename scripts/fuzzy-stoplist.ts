// Writes src/french/fuzzy-stoplist.ts: the pairs (real French word, long term word) at one edit that are two
// different words, so that one-edit matching never reads a correctly spelt word as a typo of a term.
// Run after adding long terms: `npx tsx scripts/fuzzy-stoplist.ts` (tests/fuzzy.test.ts fails while it is stale).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeStopPairs, STOPLIST_HEADER } from './fuzzy-stoplist-lib.js';

const pairs = await computeStopPairs();
const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'french', 'fuzzy-stoplist.ts');
writeFileSync(out, STOPLIST_HEADER + `export const FUZZY_STOP_PAIRS: ReadonlySet<string> = new Set<string>([\n${pairs.map((p) => `  '${p}',`).join('\n')}\n]);\n`);
console.log(`${pairs.length} pairs written to ${path.relative(process.cwd(), out)}`);
