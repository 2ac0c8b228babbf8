#!/usr/bin/env node
// The benchmark's parse floor: in one process, read every post of the given folders (as postlint selects them:
// .md, .markdown, .txt) and parse the Markdown ones with remark-parse — the least any Markdown linter must do.
// Plain JavaScript run by node directly, so that its time holds no TypeScript loader.
// Usage: node scripts/bench/parse-floor.mjs <folder|file>...
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const files = [];
for (const target of process.argv.slice(2)) {
  if (statSync(target).isFile()) files.push(target);
  else for (const f of readdirSync(target, { recursive: true }).map(String).sort()) if (/\.(md|markdown|txt)$/u.test(f)) files.push(path.join(target, f));
}
const parser = unified().use(remarkParse);
let nodes = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (!/\.txt$/u.test(file)) nodes += parser.parse(text).children.length;
}
process.stdout.write(`${files.length} fichiers, ${nodes} blocs Markdown\n`);
