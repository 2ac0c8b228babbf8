// Writes the benchmark's generated inputs into bench/.data/ (git-ignored): the 1x and 2x corpora, the 20 MB file
// and the same posts as separate files, one post for the pre-commit case, and the hostile set. A stamp (hash of
// the generator's sources) lets a later run reuse the folder; any change to the generator writes it anew.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostileFiles } from './hostile.js';
import { generateCorpus, generatePost, type Post } from './posts.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const GENERATOR_SOURCES = ['prng.ts', 'phrases.ts', 'posts.ts', 'hostile.ts', 'data.ts'];

export const CORPUS_POSTS = 10_000;
export const BIG_FILE_BYTES = 20_000_000;

export interface CorpusFacts {
  posts: number;
  bytes: number;
  markdown: number;
  withViolations: number;
}

export interface BenchData {
  root: string;
  onePost: string;
  corpus1x: string;
  corpus2x: string;
  bigFile: string;
  bigSplit: string;
  hostile: string;
  /** { file name: violation kinds } of the 1x corpus. */
  manifest1x: string;
  facts: { corpus1x: CorpusFacts; corpus2x: CorpusFacts; big: CorpusFacts; hostileFiles: number };
  /** sha256 of every generated file's name and bytes, in order: equal on every run of the same generator. */
  digest: string;
  reused: boolean;
}

const facts = (posts: Post[]): CorpusFacts => ({
  posts: posts.length,
  bytes: posts.reduce((n, p) => n + Buffer.byteLength(p.text), 0),
  markdown: posts.filter((p) => p.markdown).length,
  withViolations: posts.filter((p) => p.violations.length > 0).length,
});

/** Posts of one seed until their text reaches `bytes` (the 20 MB file is made of them, one after the other). */
export function postsUpTo(seed: string, bytes: number): Post[] {
  const posts: Post[] = [];
  for (let total = 0, i = 0; total < bytes; i++) {
    const post = generatePost(seed, i);
    posts.push({ ...post, name: post.name.replace(/\.txt$/u, '.md') });
    total += Buffer.byteLength(post.text) + 1;
  }
  return posts;
}

/** The 20 MB file: the posts separated by a blank line (each post ends with its own line break). */
export const joinPosts = (posts: Post[]): string => posts.map((p) => p.text).join('\n');

function generatorStamp(): string {
  const hash = createHash('sha256');
  for (const file of GENERATOR_SOURCES) hash.update(fs.readFileSync(path.join(HERE, file)));
  return hash.digest('hex');
}

/** `scale` shrinks the corpora and the big file (for a quick trial run; the figures are then not the contract). */
export function prepareData(root: string, log: (line: string) => void, scale = 1): BenchData {
  const paths = {
    root,
    onePost: path.join(root, 'one-post', 'post.md'),
    corpus1x: path.join(root, 'corpus-1x'),
    corpus2x: path.join(root, 'corpus-2x'),
    bigFile: path.join(root, 'big', 'big-20mb.md'),
    bigSplit: path.join(root, 'big-split'),
    hostile: path.join(root, 'hostile'),
    manifest1x: path.join(root, 'corpus-1x.manifest.json'),
  };
  const stampFile = path.join(root, 'stamp.json');
  const stamp = `${generatorStamp()}:${scale}`;
  if (fs.existsSync(stampFile)) {
    const saved = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { stamp: string; facts: BenchData['facts']; digest: string };
    if (saved.stamp === stamp) return { ...paths, facts: saved.facts, digest: saved.digest, reused: true };
  }
  log(`génération des données dans ${root} …`);
  fs.rmSync(root, { recursive: true, force: true });
  const digest = createHash('sha256');
  const write = (file: string, text: string): void => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    digest.update(path.relative(root, file)).update('\0').update(text).update('\0');
  };
  const corpus1x = generateCorpus('corpus-1x', Math.round(CORPUS_POSTS * scale));
  for (const p of corpus1x) write(path.join(paths.corpus1x, p.name), p.text);
  // The pre-commit case: one ordinary Markdown post of the corpus.
  const onePost = corpus1x.find((p) => p.markdown && p.violations.length === 0 && p.text.length > 800) ?? corpus1x[0];
  write(paths.onePost, onePost.text);
  const corpus2x = generateCorpus('corpus-2x', Math.round(2 * CORPUS_POSTS * scale));
  for (const p of corpus2x) write(path.join(paths.corpus2x, p.name), p.text);
  const big = postsUpTo('big-20mb', BIG_FILE_BYTES * scale);
  write(paths.bigFile, joinPosts(big));
  for (const p of big) write(path.join(paths.bigSplit, p.name), p.text);
  // Which posts carry violations, to compare with what postlint reports on the 1x corpus.
  write(path.join(root, 'corpus-1x.manifest.json'), JSON.stringify(Object.fromEntries(corpus1x.map((p) => [p.name, p.violations]))));
  const hostile = hostileFiles();
  for (const f of hostile) write(path.join(paths.hostile, f.name), f.text);
  const result = {
    ...paths,
    facts: { corpus1x: facts(corpus1x), corpus2x: facts(corpus2x), big: facts(big), hostileFiles: hostile.length },
    digest: digest.digest('hex'),
    reused: false,
  };
  fs.writeFileSync(stampFile, JSON.stringify({ stamp, facts: result.facts, digest: result.digest }, null, 2));
  return result;
}
