// Preload for scripts/bench-terms.mjs (never imported by postlint): doubles every built-in term list before the
// rules import them. Each term list and lexicon entry gets as many new terms again, made of the same words
// written backwards (« remise exceptionnelle » → « esimer ellennoitpecxe »): as many words, anchors and
// inflections as the real vocabulary, so the engine indexes and compiles twice the terms, but they match almost
// nothing, so that the time measured is the cost of the vocabulary's size, not of more findings.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const rulesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'rules');
const backwards = (term) => term.replace(/[\p{L}]+/gu, (w) => [...w].reverse().join(''));
let added = 0;

function double(value) {
  if (!Array.isArray(value)) return;
  if (value.every((v) => typeof v === 'string')) {
    const more = value.map(backwards);
    value.push(...more);
    added += more.length;
    return;
  }
  const entries = value.filter((v) => v && typeof v === 'object' && typeof v.id === 'string' && Array.isArray(v.terms));
  for (const e of entries) {
    const more = e.terms.map(backwards);
    value.push({ ...e, id: `${e.id}-x2`, terms: more, patterns: undefined });
    added += more.length;
  }
}

for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.terms.js')).sort()) {
  const mod = await import(pathToFileURL(path.join(rulesDir, file)).href);
  for (const value of Object.values(mod)) {
    double(value);
    if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RegExp)) for (const inner of Object.values(value)) double(inner);
  }
}
if (process.env.POSTLINT_BENCH_VERBOSE) process.stderr.write(`double-terms: ${added} terms added\n`);
