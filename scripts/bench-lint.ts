// Benchmark (figures, not a test): lints N synthetic posts built from the fixtures, in-process, and prints
// posts/s and MB/s for Markdown and plain text. Usage: npx tsx scripts/bench-lint.ts [N]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintText } from '../src/engine/lint.js';
import { rules } from '../rules/index.js';

const n = Number(process.argv[2] ?? 2000);
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures');
const posts: { name: string; text: string }[] = [];
for (const rule of readdirSync(root)) {
  for (const kind of ['valid', 'invalid']) {
    const dir = path.join(root, rule, kind);
    for (const f of readdirSync(dir).filter((x) => /\.(md|txt)$/u.test(x))) posts.push({ name: f, text: readFileSync(path.join(dir, f), 'utf8') });
  }
}
const config = { rules: {}, ignorePatterns: [] };
for (const ext of ['md', 'txt'] as const) {
  let bytes = 0;
  let problems = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const p = posts[i % posts.length];
    bytes += Buffer.byteLength(p.text);
    problems += lintText(p.text, { filePath: `post-${i}.${ext}`, config, rules }).messages.length;
  }
  const s = (performance.now() - t0) / 1000;
  console.log(`${ext}: ${n} posts, ${(bytes / 1e6).toFixed(2)} MB in ${s.toFixed(2)} s → ${(n / s).toFixed(0)} posts/s, ${(bytes / 1e6 / s).toFixed(2)} MB/s (${problems} problems)`);
}
