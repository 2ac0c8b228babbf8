// Same answer however the text is wrapped (issue #6, part 3). A soft line break inside a paragraph is a space:
// every fixture (half at 40 columns, half at 72; half of them outside CI) and every dev-set post (at both), re-wrapped, gives the same rule
// ids as written; the document model itself (segments, their kinds and blocks, their text) does not change; and
// messages quote a span on one line even when it covers a line break.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../src/document/index.js';
import { CI_TESTS } from './helpers/tiers.js';
import { interpolate, oneLine } from '../src/engine/interpolate.js';
import { lintDocument, lintText } from '../src/engine/lint.js';
import { rules } from '../rules/index.js';
import type { LintMessage, ResolvedConfig } from '../src/types.js';
import { json, postlint, project, requireBuild, rows } from './helpers/cli.js';
import { fill, rewrap, type WrapFormat } from './helpers/rewrap.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(root, 'fixtures');
/** The labelled dev set sits beside the repository (../shared/devset), in CI as on the team's machines. */
const DEVSET = path.join(root, '..', 'shared', 'devset');
const WIDTHS = [40, 72];

interface Post {
  name: string;
  file: string;
  source: string;
  format: WrapFormat;
  config: ResolvedConfig;
}

const formatOf = (file: string): WrapFormat => (file.endsWith('.txt') ? 'text' : 'markdown');
const defaults = (): ResolvedConfig => ({ rules: {}, ignorePatterns: [] });

function fixturePosts(): Post[] {
  const posts: Post[] = [];
  for (const rule of readdirSync(FIXTURES).sort()) {
    for (const kind of ['valid', 'invalid']) {
      const dir = path.join(FIXTURES, rule, kind);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((f) => /\.(?:md|txt)$/u.test(f) && !/\.fixed\./u.test(f)).sort()) {
        const file = path.join(dir, name);
        const options = file.replace(/\.(?:md|txt)$/u, '.options.json');
        const config = defaults();
        // The fixture's own options for its rule (an allow list…); every rule on, at its default.
        if (existsSync(options)) config.rules[rule] = { options: JSON.parse(readFileSync(options, 'utf8')) };
        posts.push({ name: `${rule}/${kind}/${name}`, file, source: readFileSync(file, 'utf8'), format: formatOf(name), config });
      }
    }
  }
  return posts;
}

function devsetPosts(): Post[] {
  if (!existsSync(DEVSET)) return [];
  return readdirSync(DEVSET)
    .filter((f) => /\.(?:md|txt)$/u.test(f))
    .sort()
    .map((name) => {
      const file = path.join(DEVSET, name);
      return { name, file, source: readFileSync(file, 'utf8'), format: formatOf(name), config: defaults() };
    });
}

const fixtures = fixturePosts();
const devset = devsetPosts();

/** What a post gives: the prose as rules read it (space runs made one) and the rule ids (lintText = parse + lintDocument). */
interface Reading {
  model: string[];
  ids: string;
  messages: LintMessage[];
}

function read(post: Post, source: string): Reading {
  const document = parseDocument(source, post.file);
  const model = document.segments.map((s) => `${s.kind}:${s.block}:${s.text.replace(/[ \t]+/gu, ' ').trim()}`);
  const { messages } = lintDocument(document, post.config, rules);
  return { model, ids: ruleIds(messages), messages };
}

const ruleIds = (messages: LintMessage[]) => [...new Set(messages.map((m) => m.ruleId ?? '(aucune)'))].sort().join(', ');
/** The words of a post; block-quote markers aside, which the re-wrapper repeats on every line it makes. */
const words = (text: string) => text.replace(/^[ \t]*(?:>[ \t]?)+/gmu, '').split(/\s+/u).filter(Boolean);

// Each post is read once as written (shared by both widths), and once per distinct re-wrapping.
const asWritten = new Map<Post, Reading>();
const readAsWritten = (post: Post) => asWritten.get(post) ?? asWritten.set(post, read(post, post.source)).get(post)!;

/**
 * Every post that reads differently once re-wrapped at `width`: other segments (kinds, blocks, text) or other
 * rule ids; and every message that holds a line break.
 */
function differences(posts: readonly Post[], width: number): string[] {
  const problems: string[] = [];
  for (const post of posts) {
    const wrapped = rewrap(post.source, width, post.format);
    const before = readAsWritten(post);
    const after = wrapped === post.source ? before : read(post, wrapped);
    if (JSON.stringify(after.model) !== JSON.stringify(before.model)) {
      problems.push(`${post.name} : autre texte une fois re-coupé à ${width} colonnes :\n  ${before.model.join('\n  ')}\n→ ${after.model.join('\n  ')}`);
    }
    if (before.ids !== after.ids) problems.push(`${post.name} : [${before.ids}] → [${after.ids}] une fois re-coupé à ${width} colonnes :\n${wrapped}`);
    for (const m of after.messages) {
      const texts = [m.message, ...(m.suggestions ?? []).map((x) => x.desc)];
      if (texts.some((t) => /[\r\n\u2028\u2029]/u.test(t))) problems.push(`${post.name} : saut de ligne dans « ${m.message} »`);
    }
  }
  return problems;
}

describe('the re-wrapper used by these tests', () => {
  it('fills lines up to the width, breaking at spaces only', () => {
    const text = 'Notre cabinet vous accueille du lundi au vendredi, avec ou sans rendez-vous, pour tous vos soins courants.';
    const wrapped = rewrap(text, 40, 'markdown');
    expect(wrapped.split('\n').length).toBeGreaterThan(2);
    for (const line of wrapped.split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    expect(words(wrapped)).toEqual(words(text));
    expect(rewrap(wrapped, 200, 'markdown')).toBe(text);
  });

  it('never splits a word, even one longer than the line', () => {
    const long = 'https://www.exemple-de-cabinet-dentaire.fr/prendre-rendez-vous-en-ligne';
    expect(fill(['Voir', long, 'pour', 'réserver'], 20, '', '')).toEqual(['Voir', long, 'pour réserver']);
  });

  it('never moves to a line start a word that would open a block', () => {
    expect(fill(['Tarif', '-', '30', '%'], 7, '', '')).toEqual(['Tarif -', '30 %']);
    expect(fill(['Séance', '1.', 'puis', '#2', 'et', '>', 'trois'], 6, '', '')).toEqual(['Séance 1.', 'puis #2', 'et >', 'trois']);
  });

  it('keeps front matter, headings, code, HTML, tables and the paragraph a directive addresses as written', () => {
    const long = 'Une ligne assez longue pour être coupée en deux morceaux au moins ici.';
    const source = [
      '---', `titre: ${long}`, '---', '', `# ${long}`, '', '```', long, '```', '', '<div>', long, '</div>', '', `| ${long} | a |`,
      '', '<!-- postlint-disable-next-line no-promotional-wording -->', long, '', `${long}`, '===', '', `    ${long}`, '',
    ].join('\n');
    const wrapped = rewrap(source, 30, 'markdown');
    expect(wrapped).toBe(source);
  });

  it('keeps block-quote markers and list indentation on every line, and hard breaks where they are', () => {
    const source = '> Une citation assez longue pour tenir sur plusieurs lignes une fois coupée.\n\n- Un élément de liste assez long pour être coupé lui aussi.\n\nPremière ligne  \nseconde ligne\\\ntroisième<br>\nfin';
    expect(rewrap(source, 30, 'markdown')).toBe(
      '> Une citation assez longue\n> pour tenir sur plusieurs\n> lignes une fois coupée.\n\n- Un élément de liste assez\n  long pour être coupé lui\n  aussi.\n\nPremière ligne  \nseconde ligne\\\ntroisième<br>\nfin',
    );
  });

  it('joins the lines of a plain-text paragraph, but not an item typed as a list, and keeps CRLF and BOM', () => {
    const source = '\ufeffNouveau au cabinet\r\nPrenez rendez-vous\r\n- premier point\r\n- second\r\n';
    expect(rewrap(source, 72, 'text')).toBe('\ufeffNouveau au cabinet Prenez rendez-vous\r\n- premier point\r\n- second\r\n');
  });

  it('changes only where lines break: every post keeps its words, in order', () => {
    for (const post of [...fixtures, ...devset]) {
      for (const width of WIDTHS) expect(words(rewrap(post.source, width, post.format)), post.name).toEqual(words(post.source));
    }
  });
});

describe('soft and hard line breaks in the document model', () => {
  it('maps the space of a soft break to the line ending it stands for (CRLF included)', () => {
    for (const file of ['post.md', 'post.txt']) {
      const source = 'le meilleur \r\n  cabinet';
      const [segment] = parseDocument(source, file).segments;
      expect(segment.text).toBe('le meilleur cabinet');
      expect(segment.starts[11]).toBe(source.indexOf('\r'));
      expect(source.slice(segment.starts[12], segment.end)).toBe('cabinet');
    }
  });

  it('keeps hard breaks, and in plain text the line break before a typed item, as line breaks', () => {
    expect(parseDocument('Aucun dépassement  \nni surcoût\\\nni frais<br>\nfin', 'post.md').segments[0].text).toBe('Aucun dépassement\nni surcoût\nni frais\n fin');
    expect(parseDocument('Au programme :\n- bilan\n• conseils\n2. suivi\nen séance', 'post.txt').segments[0].text).toBe('Au programme :\n- bilan\n• conseils\n2. suivi en séance');
  });
});

describe('every post re-wrapped at 40 and 72 columns reads the same', () => {
  it('reads every fixture', () => {
    expect(fixtures.length).toBeGreaterThan(300);
  });
  // Each fixture at one of the two widths, in turn (over a thousand posts, each linted twice: as written and
  // re-wrapped); the dev set below at both. `npm test` takes every other fixture (a different half at each width,
  // some 440 posts at each, the slowest file of the loop otherwise); POSTLINT_CI_TESTS=1 (CI) takes them all.
  const turn = CI_TESTS ? WIDTHS.length : 2 * WIDTHS.length;
  for (const [i, width] of WIDTHS.entries()) {
    const share = fixtures.filter((_, k) => k % turn === i);
    it(`fixtures at ${width} columns (${share.length}, one in ${turn}): same segments and rule ids as written, no line break in a message`, () => {
      expect(share.length).toBeGreaterThan(CI_TESTS ? 800 : 400);
      expect(differences(share, width)).toEqual([]);
    }, 120_000);
  }
  describe.skipIf(devset.length === 0)(`dev set (${DEVSET})`, () => {
    for (const width of WIDTHS) {
      it(`dev set at ${width} columns: same segments and rule ids as written, no line break in a message`, () => {
        expect(differences(devset, width)).toEqual([]);
      });
    }
  });
});

describe('wrapped in the middle of a sentence', () => {
  const ids = (source: string, file: string) => lintText(source, { filePath: file, config: defaults(), rules }).messages.map((m) => m.ruleId);
  for (const file of ['post.md', 'post.txt']) {
    it(`${file}: « le meilleur⏎cabinet » is self-praise`, () => {
      expect(ids('Venez découvrir le meilleur\ncabinet dentaire de Brest.', file)).toContain('no-promotional-wording');
    });
    it(`${file}: « Des soins⏎spectaculaires » is self-praise`, () => {
      expect(ids('Des soins\nspectaculaires pour votre sourire.', file)).toContain('no-promotional-wording');
    });
    it(`${file}: « n’est pas⏎sponsorisé » is not sponsored content`, () => {
      const source = 'On me demande souvent quelle crème choisir. Ce post n’est pas\nsponsorisé : seul l’indice compte.';
      expect(ids(source, file)).toEqual([]);
      expect(ids(source.replace('\n', ' '), file)).toEqual([]);
    });
    it(`${file}: a span may cover two lines, and its message quotes it on one`, () => {
      const [message] = lintText('Dernière\nchance : il reste deux créneaux.', { filePath: file, config: defaults(), rules }).messages;
      expect(message).toMatchObject({ ruleId: 'no-promotional-wording', line: 1, column: 1, endLine: 2, endColumn: 7 });
      expect(message.message).toContain('« Dernière chance »');
      expect(message.message).not.toMatch(/[\r\n]/u);
    });
  }

  it('one sentence per line without punctuation still ends each sentence, and so does a hard break', () => {
    // « Aucun » would negate « meilleur » if both were one sentence; the capital « Le » opens a new one.
    for (const source of ['Aucun dépassement\nLe meilleur cabinet de Brest', 'Aucun dépassement Le meilleur cabinet de Brest']) {
      expect(ids(source, 'post.md')).toContain('no-promotional-wording');
      expect(ids(source, 'post.txt')).toContain('no-promotional-wording');
    }
    expect(ids('Aucun dépassement\nle meilleur cabinet de Brest', 'post.md')).toEqual([]); // a wrap: one sentence
    expect(ids('Aucun dépassement  \nle meilleur cabinet de Brest', 'post.md')).toContain('no-promotional-wording'); // a hard break
    // A line opening with a capitalised noun is not negated by the line before it, wrapped or not.
    for (const source of ['Ce post n’est pas sponsorisé\nPartenariat avec la marque Solaris', 'Ce post n’est pas sponsorisé Partenariat avec la marque Solaris']) {
      expect(ids(source, 'post.txt')).toContain('no-sponsored-content');
    }
  });
});

describe('messages on one line', () => {
  it('collapses every whitespace run holding a line break in a quoted value into one space', () => {
    expect(oneLine('le meilleur \r\n  cabinet\u2028de\n\nBrest\tici')).toBe('le meilleur cabinet de Brest\tici');
    expect(interpolate('« {{span}} » : interdit', { span: 'Dernière\nchance' })).toBe('« Dernière chance » : interdit');
    expect(interpolate('{{n}} {{absent}}', { n: 3 })).toBe('3 {{absent}}');
  });
});

describe('through the real CLI', () => {
  beforeAll(requireBuild);
  vi.setConfig({ testTimeout: 120_000 });
  const post = 'Ce post n’est pas sponsorisé : le meilleur cabinet de Brest vous promet des soins spectaculaires, avec des résultats garantis dès la première séance !\n';
  const files: Record<string, string> = {};
  for (const ext of ['md', 'txt']) {
    files[`ecrit.${ext}`] = post;
    // Wrapped inside « n’est pas⏎sponsorisé », « le meilleur⏎cabinet » and « résultats⏎garantis ».
    files[`recoupe.${ext}`] = post.replace(' sponsorisé', '\nsponsorisé').replace(' cabinet', '\ncabinet').replace(' garantis', '\ngarantis');
  }
  const p = project(files);
  afterAll(p.cleanup);

  it('gives the same rule ids for a post and its re-wrapped copy, and prints every message on one line', async () => {
    const run = await postlint(['--format', 'json', '.'], { cwd: p.dir });
    expect(run.code).toBe(1);
    const results: Array<{ filePath: string; messages: LintMessage[] }> = json(run);
    const byFile = new Map(results.map((r) => [path.basename(r.filePath), r.messages]));
    for (const ext of ['md', 'txt']) {
      const written = byFile.get(`ecrit.${ext}`) ?? [];
      const wrapped = byFile.get(`recoupe.${ext}`) ?? [];
      expect(ruleIds(written)).toContain('no-promotional-wording');
      expect(ruleIds(wrapped)).toBe(ruleIds(written));
      expect(wrapped.map((m) => m.message)).toEqual(written.map((m) => m.message));
      expect(wrapped.some((m) => m.endLine > m.line)).toBe(true); // a span across a wrap
    }
    const stylish = await postlint(['--suggestions', 'off', '.'], { cwd: p.dir });
    const total = results.reduce((n, r) => n + r.messages.length, 0);
    expect(rows(stylish.stdout)).toHaveLength(total); // a line break in a message would split its row
  });
});
