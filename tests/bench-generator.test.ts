// The benchmark's generator (scripts/bench/): deterministic (same seed, same bytes; no hidden randomness) and
// shaped as issue #9 specifies (sizes, Markdown and violation shares, the constructs of real posts). The bench
// itself is a script with figures (`npm run bench`), never run here.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { joinPosts, postsUpTo, prepareData } from '../scripts/bench/data.js';
import { hostileFiles } from '../scripts/bench/hostile.js';
import { NBSP, NNBSP, VIOLATION_KINDS } from '../scripts/bench/phrases.js';
import { charLength, generateCorpus, generatePost, MAX_CHARS, MIN_CHARS } from '../scripts/bench/posts.js';
import { createRng } from '../scripts/bench/prng.js';
import { renderMarkdown } from '../scripts/bench/report.js';

const sha = (texts: string[]): string => createHash('sha256').update(texts.join('\0')).digest('hex');
const posts = generateCorpus('corpus-1x', 200);
const share = (pred: (p: (typeof posts)[number]) => boolean): number => posts.filter(pred).length / posts.length;

describe('bench generator: determinism', () => {
  it('gives the same sequence for the same seed, another for another seed', () => {
    const draw = (seed: string): number[] => Array.from({ length: 20 }, ((r) => () => r.next())(createRng(seed)));
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
    const r = createRng('range');
    for (let i = 0; i < 1000; i++) expect(r.int(3, 5)).toBeGreaterThanOrEqual(3), expect(r.int(3, 5)).toBeLessThanOrEqual(5);
  });

  it('gives the same bytes for the same seed, whatever was generated before', () => {
    expect(sha(generateCorpus('corpus-1x', 200).map((p) => p.text))).toBe(sha(posts.map((p) => p.text)));
    expect(generatePost('corpus-1x', 150)).toEqual(posts[150]);
    expect(sha(generateCorpus('corpus-2x', 200).map((p) => p.text))).not.toBe(sha(posts.map((p) => p.text)));
  });

  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  it('writes the same files twice (digest), and reuses a folder its generator wrote', () => {
    const run = (): ReturnType<typeof prepareData> => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-bench-test-'));
      dirs.push(dir);
      return prepareData(path.join(dir, 'data'), () => {}, 0.002);
    };
    const [a, b] = [run(), run()];
    expect(a.reused).toBe(false);
    expect(a.digest).toBe(b.digest);
    expect(a.facts).toEqual(b.facts);
    expect(fs.readdirSync(a.corpus1x)).toHaveLength(20);
    expect(fs.readdirSync(a.corpus2x)).toHaveLength(40);
    expect(fs.readFileSync(a.bigFile, 'utf8')).toBe(fs.readdirSync(a.bigSplit).sort().map((f) => fs.readFileSync(path.join(a.bigSplit, f), 'utf8')).join('\n'));
    expect(prepareData(a.root, () => {}, 0.002)).toMatchObject({ reused: true, digest: a.digest });
  });
});

describe('bench generator: shape of the corpus', () => {
  it('keeps every post within 300–1 500 characters, ~10.6 MB for 10 000 posts', () => {
    for (const p of posts) {
      expect(charLength(p.text)).toBeGreaterThanOrEqual(MIN_CHARS);
      expect(charLength(p.text)).toBeLessThanOrEqual(MAX_CHARS);
    }
    const megabytesFor10k = (posts.reduce((n, p) => n + Buffer.byteLength(p.text), 0) / posts.length) * 10_000 / 1e6;
    expect(megabytesFor10k).toBeGreaterThan(9.5);
    expect(megabytesFor10k).toBeLessThan(11.7);
  });

  it('has ~70 % Markdown posts, ~30 % carrying one or two violations of known kinds', () => {
    expect(share((p) => p.markdown)).toBeGreaterThan(0.6);
    expect(share((p) => p.markdown)).toBeLessThan(0.8);
    expect(share((p) => p.violations.length > 0)).toBeGreaterThan(0.2);
    expect(share((p) => p.violations.length > 0)).toBeLessThan(0.4);
    for (const p of posts) {
      expect(p.violations.length).toBeLessThanOrEqual(2);
      for (const kind of p.violations) expect(VIOLATION_KINDS).toContain(kind);
      expect(p.name).toMatch(p.markdown ? /^\d{5}\.md$/u : /^\d{5}\.txt$/u);
    }
    expect(new Set(posts.flatMap((p) => p.violations))).toEqual(new Set(VIOLATION_KINDS));
  });

  it('writes the constructs of real posts: Markdown in .md only, French spacing, quotes, hashtags, emoji', () => {
    const md = posts.filter((p) => p.markdown).map((p) => p.text);
    const txt = posts.filter((p) => !p.markdown).map((p) => p.text);
    const some = (texts: string[], re: RegExp): number => texts.filter((t) => re.test(t)).length;
    for (const re of [/^#{1,3} /mu, /^[-*] /mu, /^\d+\. /mu, /\]\(https:/u, /!\[[^\]]+\]\(images\//u, /(\*\*|\*|_)[\p{L}][^*_\n]*\1/u, /^> /mu]) expect(some(md, re)).toBeGreaterThan(5);
    for (const re of [/^#{1,3} /mu, /\]\(/u, /^> /mu, /\*\*/u]) expect(some(txt, re)).toBe(0);
    const all = posts.map((p) => p.text);
    for (const re of [new RegExp(`${NBSP}:`, 'u'), new RegExp(`${NNBSP}[!?;]`, 'u'), /«\s?\S/u, /#\p{L}+/u, /\p{Extended_Pictographic}/u, /[^\n]\n[^\n]/u]) expect(some(all, re)).toBeGreaterThan(5);
    // Every post is different text, not one template repeated.
    expect(new Set(all).size).toBe(all.length);
  });

  it('builds the 20 MB file from whole posts, all read as Markdown', () => {
    const big = postsUpTo('big-20mb', 50_000);
    const text = joinPosts(big);
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(50_000);
    expect(Buffer.byteLength(text)).toBeLessThan(50_000 + 2 * MAX_CHARS * 4);
    expect(big.every((p) => p.name.endsWith('.md'))).toBe(true);
    expect(text.startsWith(big[0].text)).toBe(true);
  });
});

describe('bench hostile set and table', () => {
  it('has ~50 uniquely named files of the issue’s shapes, the same on every call', () => {
    const files = hostileFiles();
    expect(files.length).toBeGreaterThanOrEqual(45);
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
    expect(sha(hostileFiles().map((f) => f.text))).toBe(sha(files.map((f) => f.text)));
    const byName = new Map(files.map((f) => [f.name, f.text]));
    expect(byName.get('brackets-open-200k.md')).toMatch(/^\[{200000}$/u);
    expect(byName.get('digits-1m.txt')!.length).toBe(1_000_000);
    expect(byName.get('civilites-m-150k.txt')).toMatch(/^(M\. ){50000}Dupont$/u);
    expect(byName.get('quotes-nested-1m.txt')!.length).toBeGreaterThan(900_000);
    expect(byName.get('headings-400k.md')!.length).toBeGreaterThan(390_000);
  });

  it('renders the table in French with the met column', () => {
    const md = renderMarkdown({
      date: '2025-01-02T00:00:00Z',
      commit: 'abc',
      machine: { cpus: 2, node: 'v20', loadavgBefore: [1, 1, 1], loadavgAfter: [2, 2, 2] },
      options: { runs: 1, postRuns: 15 },
      durationSeconds: 600,
      rows: [{ case: 'un post', postlint: { seconds: 0.25, rssMB: 80 }, reference: { label: '`node -e 0`', seconds: 0.1 }, ratio: 2.5, ratioUnit: 'node', target: '≤ 2,5x node', met: true }],
      raw: { hostile: [{ file: 'x.md', shape: 'des crochets', seconds: 60, timedOut: true }] },
    });
    expect(md).toContain('| un post | 0,25 s, 80 Mo | `node -e 0` 0,10 s | 2,50x node | ≤ 2,5x node | oui |');
    expect(md).toContain('- `x.md` (des crochets) : > 60 s (arrêté)');
  });
});
