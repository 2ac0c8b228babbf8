import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandBraces, globToRegExp, isGlob, splitGlob } from '../src/files/glob.js';
import { createIgnoreMatcher, parseIgnoreFile } from '../src/files/ignore.js';
import { expandPaths, normalizeExtensions } from '../src/files/expand.js';
import { decodeSource, encodeText, isBinary } from '../src/files/read.js';
import { reportTarget, writeFileAtomic, writeFixedFile, writeInPlace } from '../src/files/write.js';
import { UsageError } from '../src/types.js';
import { quote } from '../src/config/quote.js';

describe('glob', () => {
  const matches = (glob: string, p: string) => globToRegExp(glob).test(p);

  it('* and ? stay within a segment', () => {
    expect(matches('*.md', 'a.md')).toBe(true);
    expect(matches('*.md', '.hidden.md')).toBe(true);
    expect(matches('*.md', 'dir/a.md')).toBe(false);
    expect(matches('a?.md', 'ab.md')).toBe(true);
    expect(matches('a?.md', 'a/.md')).toBe(false);
    expect(matches('*.md', 'a.mdx')).toBe(false);
  });

  it('** spans zero or more folders', () => {
    expect(matches('**/*.md', 'a.md')).toBe(true);
    expect(matches('**/*.md', 'x/y/a.md')).toBe(true);
    expect(matches('posts/**/*.md', 'posts/a.md')).toBe(true);
    expect(matches('posts/**/*.md', 'posts/2024/06/a.md')).toBe(true);
    expect(matches('posts/**/*.md', 'drafts/a.md')).toBe(false);
    expect(matches('posts/**', 'posts/a/b.txt')).toBe(true);
    expect(matches('**', 'a/b/c')).toBe(true);
  });

  it('classes, braces and escapes', () => {
    expect(matches('post[0-9].md', 'post7.md')).toBe(true);
    expect(matches('post[!0-9].md', 'post7.md')).toBe(false);
    expect(matches('post[!0-9].md', 'postx.md')).toBe(true);
    expect(matches('post[!0-9].md', 'post/.md')).toBe(false);
    expect(matches('*.{md,txt}', 'a.txt')).toBe(true);
    expect(matches('*.{md,txt}', 'a.pdf')).toBe(false);
    expect(matches('{posts,drafts/old}/*.md', 'drafts/old/a.md')).toBe(true);
    expect(matches('a{b,c{d,e}}f', 'acef')).toBe(true);
    expect(matches('\\*.md', '*.md')).toBe(true);
    expect(matches('\\*.md', 'a.md')).toBe(false);
    expect(matches('a+(b).md', 'a+(b).md')).toBe(true);
    expect(matches('[abc', '[abc')).toBe(true);
    expect(matches('{x}.md', '{x}.md')).toBe(true);
  });

  it('expands braces', () => {
    expect(expandBraces('a{b,c}d{1,2}')).toEqual(['abd1', 'abd2', 'acd1', 'acd2']);
    expect(expandBraces('plain')).toEqual(['plain']);
  });

  it('tells globs from paths and finds the static base', () => {
    expect(isGlob('posts/*.md')).toBe(true);
    expect(isGlob('posts/a.md')).toBe(false);
    expect(isGlob('posts/\\*.md')).toBe(false);
    expect(splitGlob('posts/2024/*.md')).toEqual({ base: 'posts/2024', rest: '*.md' });
    expect(splitGlob('**/*.md')).toEqual({ base: '', rest: '**/*.md' });
    expect(splitGlob('/abs/x/*.md')).toEqual({ base: '/abs/x', rest: '*.md' });
  });
});

describe('ignore patterns', () => {
  const base = '/p';
  const m = (patterns: string[]) => createIgnoreMatcher(patterns, base);

  it('unanchored names match at any depth, folders hide their content', () => {
    const ig = m(['brouillons', '*.tmp.md']);
    expect(ig.ignores('/p/brouillons', true)).toBe(true);
    expect(ig.ignores('/p/a/brouillons/x.md', false)).toBe(true);
    expect(ig.ignores('/p/a/x.tmp.md', false)).toBe(true);
    expect(ig.ignores('/p/a/x.md', false)).toBe(false);
  });

  it('anchored patterns, trailing slash, negation, comments', () => {
    expect(m(['/top.md']).ignores('/p/top.md', false)).toBe(true);
    expect(m(['/top.md']).ignores('/p/sub/top.md', false)).toBe(false);
    expect(m(['posts/old/']).ignores('/p/posts/old/a.md', false)).toBe(true);
    expect(m(['old/']).ignores('/p/old', false)).toBe(false);
    expect(m(['*.md', '!garder.md']).ignores('/p/garder.md', false)).toBe(false);
    expect(m(['*.md', '!garder.md']).ignores('/p/jeter.md', false)).toBe(true);
    // A file in an ignored folder cannot be re-included (as in git).
    expect(m(['dossier/', '!dossier/garder.md']).ignores('/p/dossier/garder.md', false)).toBe(true);
    expect(parseIgnoreFile('# commentaire\n\nbrouillons/\r\n*.bak  \n')).toEqual(['brouillons/', '*.bak']);
  });

  it('never matches outside its base folder', () => {
    expect(m(['*.md']).ignores('/elsewhere/a.md', false)).toBe(false);
  });
});

describe('reading', () => {
  it('detects binary content by a NUL byte', () => {
    expect(isBinary(Buffer.from('abc\0def'))).toBe(true);
    expect(isBinary(Buffer.from('Résultats garantis'))).toBe(false);
    expect(decodeSource(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toEqual({ kind: 'binary' });
  });
  it('keeps the BOM; UTF-8 with a few broken bytes is decoded with U+FFFD and says how many', () => {
    expect(decodeSource(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ kind: 'text', text: '\ufeffa', encoding: 'utf-8' });
    const broken = Buffer.concat([Buffer.from('Été à la clinique '), Buffer.from([0xff]), Buffer.from(' déjà')]);
    expect(decodeSource(broken)).toEqual({ kind: 'text', text: 'Été à la clinique \ufffd déjà', encoding: 'utf-8', replaced: 1 });
    // Bytes that are neither UTF-8 nor letters in Windows-1252 (a corrupted file): replaced, not guessed.
    expect(decodeSource(Buffer.from([0x61, 0x81, 0x8d, 0x8f, 0x90, 0x62]))).toMatchObject({ encoding: 'utf-8', replaced: 4 });
  });

  it('reads Windows-1252 / Latin-1 French text as such', () => {
    const text = 'Un été « sans rendez-vous » au cabinet : l’équipe vous reçoit… 15 € seulement !';
    const bytes = Buffer.from(new Uint8Array([...text].map((c) => windows1252[c] ?? c.charCodeAt(0))));
    expect(bytes.length).toBe(text.length);
    expect(decodeSource(bytes)).toEqual({ kind: 'text', text, encoding: 'windows-1252' });
    expect(decodeSource(Buffer.from([0x61, 0xe9, 0x62]))).toEqual({ kind: 'text', text: 'aéb', encoding: 'windows-1252' });
  });

  it('decodes UTF-16 with a BOM (little and big endian), NUL bytes notwithstanding, and encodes it back', () => {
    const text = '\ufeffPromotion -30 % cet été 🦷\r\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decodeSource(le)).toEqual({ kind: 'text', text, encoding: 'utf-16le' });
    expect(decodeSource(be)).toEqual({ kind: 'text', text, encoding: 'utf-16be' });
    expect(encodeText(text, 'utf-16le').equals(le)).toBe(true);
    expect(encodeText(text, 'utf-16be').equals(be)).toBe(true);
    expect(encodeText(text, 'utf-8').equals(Buffer.from(text))).toBe(true);
    // A truncated last code unit is replaced and counted.
    expect(decodeSource(le.subarray(0, le.length - 1))).toMatchObject({ encoding: 'utf-16le', replaced: 1 });
  });
});

/** The Windows-1252 bytes of the few characters above U+00FF that the test text uses. */
const windows1252: Record<string, number> = { '’': 0x92, '…': 0x85, '€': 0x80 };

describe('expandPaths', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-files-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const put = (rel: string, text = 'x') => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  put('a.md');
  put('b.txt');
  put('c.markdown');
  put('image.png');
  put('notes.post');
  put('posts/2024/x.md');
  put('posts/2024/y.txt');
  put('posts/brouillon.md');
  put('node_modules/pkg/readme.md');
  put('.git/info.md');
  put('.github/modele.md');
  fs.symlinkSync(path.join(root, 'posts'), path.join(root, 'posts', 'boucle'));
  fs.symlinkSync(path.join(root, 'a.md'), path.join(root, 'lien.md'));
  const rel = (files: string[]) => files.map((f) => path.relative(root, f));
  const expand = (args: string[], extra: Partial<Parameters<typeof expandPaths>[1]> = {}) =>
    expandPaths(args, { cwd: root, ...extra }).then(rel);

  it('walks folders with the default extensions, skipping node_modules, .git, symlink loops and links to listed files', async () => {
    expect(await expand(['.'])).toEqual([
      '.github/modele.md',
      'a.md',
      'b.txt',
      'c.markdown',
      'posts/2024/x.md',
      'posts/2024/y.txt',
      'posts/brouillon.md',
    ]);
  });

  it('takes named files whatever their extension, sorted and deduplicated', async () => {
    expect(await expand(['notes.post', 'a.md', './a.md', path.join(root, 'a.md')])).toEqual(['a.md', 'notes.post']);
  });

  it('--ext changes the extensions', async () => {
    expect(normalizeExtensions(['md,txt', '.post', ' '])).toEqual(['.md', '.txt', '.post']);
    expect(await expand(['posts'], { extensions: ['.txt'] })).toEqual(['posts/2024/y.txt']);
  });

  it('matches globs; --ext filters unless the glob names an extension', async () => {
    expect(await expand(['posts/**/*.md'])).toEqual(['posts/2024/x.md', 'posts/brouillon.md']);
    expect(await expand(['*'])).toEqual(['a.md', 'b.txt', 'c.markdown']);
    expect(await expand(['*.post'])).toEqual(['notes.post']);
    expect(await expand(['{a,b}.*'])).toEqual(['a.md', 'b.txt']);
    expect(await expand(['posts/*/?.{md,txt}'])).toEqual(['posts/2024/x.md', 'posts/2024/y.txt']);
  });

  it('honours --ignore-pattern, .postlintignore and an extra test', async () => {
    expect(await expand(['.'], { ignorePatterns: ['posts/2024/', '.github'] })).toEqual([
      'a.md',
      'b.txt',
      'c.markdown',
      'posts/brouillon.md',
    ]);
    fs.writeFileSync(path.join(root, '.postlintignore'), '# brouillons\nbrouillon.md\n*.txt\n');
    try {
      expect(await expand(['posts'])).toEqual(['posts/2024/x.md']);
      // A named file that is ignored is skipped without error (pre-commit hooks pass every staged file), and
      // the caller is told, to warn.
      const told: string[] = [];
      expect(await expand(['b.txt', 'a.md', '*.txt'], { onIgnoredFile: (f) => told.push(f) }).catch(() => 'rejected')).toBe('rejected');
      expect(await expand(['b.txt', 'a.md'], { onIgnoredFile: (f) => told.push(f) })).toEqual(['a.md']);
      expect(rel(told)).toEqual(['b.txt', 'b.txt']);
    } finally {
      fs.rmSync(path.join(root, '.postlintignore'));
    }
    expect(await expand(['.'], { isIgnored: (p) => p.endsWith('.markdown') || p.endsWith('.github') })).not.toContain(
      'c.markdown',
    );
  });

  it('fails on a missing path and on an argument with no file', async () => {
    await expect(expand(['absent.md'])).rejects.toThrow(UsageError);
    await expect(expand(['absent.md'])).rejects.toThrow(`aucun fichier ou dossier ${quote('absent.md')}`);
    await expect(expand(['*.docx'])).rejects.toThrow(`aucun fichier à analyser pour ${quote('*.docx')}`);
    await expect(expand(['node_modules'])).rejects.toThrow(`aucun fichier à analyser pour ${quote('node_modules')}`);
  });
});

describe('expandPaths: an unreadable folder', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-unreadable-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  for (const rel of ['a.md', 'verrou/b.md', 'verrou/sous/c.md', 'z/d.md']) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), 'x');
  }

  /** Runs `fn` while readdir fails with EACCES on folders named « verrou » (tests run as root: chmod cannot). */
  async function withLockedFolders<T>(fn: () => Promise<T>): Promise<T> {
    const original = fs.promises.readdir;
    fs.promises.readdir = (async (dir: fs.PathLike, ...rest: unknown[]) => {
      if (path.basename(String(dir)) === 'verrou') throw Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES' });
      return (original as (...a: unknown[]) => Promise<unknown>)(dir, ...rest);
    }) as typeof original;
    syncBuiltinESMExports();
    try {
      return await fn();
    } finally {
      fs.promises.readdir = original;
      syncBuiltinESMExports();
    }
  }

  it('is reported once and the walk goes on with the other folders', async () => {
    const told: Array<[string, string | undefined]> = [];
    const found = await withLockedFolders(() =>
      expandPaths(['.'], { cwd: root, onUnreadableDir: (dir, e) => told.push([path.relative(root, dir), e.code]) }),
    );
    expect(found.map((f) => path.relative(root, f))).toEqual(['a.md', 'z/d.md']);
    expect(told).toEqual([['verrou', 'EACCES']]);
  });

  it('named alone, it is reported without a second « no file » error; without a listener it throws', async () => {
    const told: string[] = [];
    expect(await withLockedFolders(() => expandPaths(['verrou'], { cwd: root, onUnreadableDir: (dir) => told.push(dir) }))).toEqual([]);
    expect(told).toEqual([path.join(root, 'verrou')]);
    await expect(withLockedFolders(() => expandPaths(['.'], { cwd: root }))).rejects.toThrow(/impossible de lire le dossier .*verrou.* : EACCES/);
  });
});

describe('writing a fixed post', () => {
  it('rewrites a hard-linked file in place (links kept) and leaves no temporary file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-inplace-'));
    try {
      const file = path.join(dir, 'post.md');
      fs.writeFileSync(file, 'un texte plus long que la correction');
      fs.linkSync(file, path.join(dir, 'lien.md'));
      await writeFixedFile(file, 'corrigé');
      expect(fs.readFileSync(path.join(dir, 'lien.md'), 'utf8')).toBe('corrigé');
      expect(fs.statSync(file).nlink).toBe(2);
      await writeInPlace(file, Buffer.from('plus long que le texte corrigé précédent'));
      expect(fs.readFileSync(path.join(dir, 'lien.md'), 'utf8')).toBe('plus long que le texte corrigé précédent');
      expect(fs.readdirSync(dir).sort()).toEqual(['lien.md', 'post.md']);
      // A single-name file is replaced (new inode): atomic.
      const single = path.join(dir, 'seul.md');
      fs.writeFileSync(single, 'avant');
      const inode = fs.statSync(single).ino;
      await writeFixedFile(single, 'après');
      expect(fs.readFileSync(single, 'utf8')).toBe('après');
      expect(fs.statSync(single).ino).not.toBe(inode);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the corrected text in its temporary copy, and says where, when writing in place fails', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-inplace-'));
    try {
      // A folder cannot be opened for writing: the in-place step fails after the copy was made.
      const target = path.join(dir, 'dossier');
      fs.mkdirSync(target);
      const error = await writeInPlace(target, 'corrigé').catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      const kept = /conservé dans (.+)$/.exec((error as Error).message)?.[1];
      expect(kept && fs.readFileSync(kept, 'utf8')).toBe('corrigé');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reportTarget', () => {
  it('replaces regular and new files, writes into anything else, refuses folders', async () => {
    const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-target-')));
    try {
      fs.writeFileSync(path.join(dir, 'rapport.json'), '');
      fs.symlinkSync('absent.json', path.join(dir, 'cassé.json'));
      expect(await reportTarget(path.join(dir, 'rapport.json'))).toEqual({ kind: 'file', path: path.join(dir, 'rapport.json') });
      expect(await reportTarget(path.join(dir, 'nouveau/r.json'))).toEqual({ kind: 'file', path: path.join(dir, 'nouveau/r.json') });
      expect(await reportTarget(path.join(dir, 'cassé.json'))).toMatchObject({ kind: 'stream', flags: 'w' });
      expect(await reportTarget(dir)).toEqual({ kind: 'directory', path: dir });
      expect(await reportTarget('/dev/null')).toEqual({ kind: 'stream', path: '/dev/null', flags: 'w' });
      // A regular file reached through /proc (/dev/fd/N) is someone's open descriptor: appended to.
      const fd = fs.openSync(path.join(dir, 'journal.txt'), 'a');
      try {
        expect(await reportTarget(`/proc/self/fd/${fd}`)).toEqual({ kind: 'stream', path: `/proc/self/fd/${fd}`, flags: 'a' });
      } finally {
        fs.closeSync(fd);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode and leaves no temporary file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-write-'));
    const file = path.join(dir, 'post.md');
    fs.writeFileSync(file, 'avant');
    fs.chmodSync(file, 0o640);
    await writeFileAtomic(file, 'après');
    expect(fs.readFileSync(file, 'utf8')).toBe('après');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['post.md']);
    await writeFileAtomic(path.join(dir, 'sous/dossier/rapport.json'), '[]', { mkdirs: true });
    expect(fs.readFileSync(path.join(dir, 'sous/dossier/rapport.json'), 'utf8')).toBe('[]');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
