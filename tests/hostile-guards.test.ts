// Hostile input (issue #9): Markdown too heavy for remark is read as plain prose with a warning, and a rule that
// spends too long on one segment stops with « analyse interrompue » instead of hanging. Shapes, not timings: the
// guards are checked by what they do, never by how long a run takes.
import { describe, expect, it } from 'vitest';
import { defuseMarkdown, MAX_BRACKETS, MAX_DELIMITERS, MAX_DEPTH, MAX_LINES, MAX_UNDERLINES } from '../src/document/defuse.js';
import { CHUNK_TARGET, parseDocument } from '../src/document/index.js';
import { MAX_BLANK_RUN } from '../src/document/segment-builder.js';
import { segmentBudgetFrom, DEFAULT_SEGMENT_BUDGET_MS } from '../src/rule-kit/budget.js';
import { json, postlint, project } from './helpers/cli.js';

describe('defuseMarkdown', () => {
  it('leaves every ordinary post as it is (same string)', () => {
    const post = '# Titre\n\n**Bold** et _italique_, [lien](https://x.fr), > citation\n\n> > deux niveaux\n\n- a\n  - b\n';
    expect(defuseMarkdown(post)).toEqual({ text: post, blocks: [] });
  });

  it('neutralises, one for one, the delimiters of a block that has thousands of them, not the other blocks', () => {
    const heavy = '*a_'.repeat(MAX_DELIMITERS);
    const source = `Premier **bloc** normal.\n\n${heavy}\n\nDernier _bloc_.\n`;
    const { text, blocks } = defuseMarkdown(source);
    expect(text).toHaveLength(source.length);
    expect(blocks).toEqual([{ start: source.indexOf(heavy), end: source.indexOf(heavy) + heavy.length, reason: 'delimiters' }]);
    expect(text.startsWith('Premier **bloc** normal.')).toBe(true);
    expect(text.endsWith('Dernier _bloc_.\n')).toBe(true);
    expect(text.slice(source.indexOf(heavy), source.indexOf(heavy) + heavy.length)).not.toMatch(/[*_]/u);
  });

  it('does the same for brackets and for lines nested past the depth limit', () => {
    const brackets = '['.repeat(MAX_BRACKETS + 1);
    expect(defuseMarkdown(brackets).blocks.map((b) => b.reason)).toEqual(['brackets']);
    const deep = `${'> '.repeat(MAX_DEPTH + 1)}texte\n`;
    const out = defuseMarkdown(deep);
    expect(out.blocks.map((b) => b.reason)).toEqual(['depth']);
    expect(out.text.endsWith('texte\n')).toBe(true);
    expect(out.text).not.toContain('>');
    expect(defuseMarkdown(`${'> '.repeat(MAX_DEPTH)}texte\n`).blocks).toEqual([]);
    // « >>> » without spaces nests as deep (a stair of 2 000 such lines took remark 40 s).
    const stair = Array.from({ length: 60 }, (_, i) => `${'>'.repeat(i + 1)} ligne ${i}`).join('\n');
    const flat = defuseMarkdown(stair);
    expect(flat.blocks.map((b) => b.reason)).toEqual(['depth']);
    expect(flat.text).toHaveLength(stair.length);
    expect(flat.text.split('\n')[MAX_DEPTH - 1]).toBe(`${'>'.repeat(MAX_DEPTH)} ligne ${MAX_DEPTH - 1}`);
    expect(flat.text.split('\n')[59]).toBe(`${'\u00a0'.repeat(60)} ligne 59`);
    expect(defuseMarkdown(`${'>'.repeat(MAX_DEPTH)}texte\n`).blocks).toEqual([]);
  });

  it('reads as prose a list indented past the depth limit, and hundreds of setext headings in one block', () => {
    const list = Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n');
    const out = defuseMarkdown(list);
    expect(out.blocks.map((b) => b.reason)).toEqual(['depth']);
    expect(out.text).toHaveLength(list.length);
    // The shallow items keep their markup; the deep ones lose their marker (and their first blank, so that a line
    // where a chunk starts is not read as indented code), not their words.
    expect(out.text.startsWith('- niveau 0\n  - niveau 1')).toBe(true);
    expect(out.text.split('\n')[79]).toBe(`\u00a0${' '.repeat(157)}\u00a0 niveau 79`);
    expect(defuseMarkdown(Array.from({ length: 30 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n')).blocks).toEqual([]);
    const setext = 'Titre\n===\n'.repeat(MAX_UNDERLINES + 1);
    const headings = defuseMarkdown(setext);
    expect(headings.blocks.map((b) => b.reason)).toEqual(['underlines']);
    expect(headings.text).not.toContain('=');
    expect(defuseMarkdown('Titre\n===\n'.repeat(10)).blocks).toEqual([]);
  });

  it('keeps the words of a list nested 1 200 levels deep as prose past every chunk cut, without its indentation', () => {
    const list = Array.from({ length: 1200 }, (_, i) => `${'  '.repeat(i)}- niveau ${i}`).join('\n');
    expect(list.length).toBeGreaterThan(8 * CHUNK_TARGET); // past the hard limit: chunks start inside the list
    const doc = parseDocument(list, 'x.md');
    const prose = doc.segments.map((s) => s.text).join(' ');
    for (const i of [0, 40, 700, 1199]) expect(prose).toMatch(new RegExp(`niveau ${i}(?!\\d)`, 'u'));
    // Runs of blanks longer than MAX_BLANK_RUN are kept as their first character, at its own offset.
    expect(prose).not.toMatch(new RegExp(`[ \\u00a0]{${MAX_BLANK_RUN + 1}}`, 'u'));
    expect(prose.length).toBeLessThan(30 * 1200);
    const segment = doc.segments.find((s) => s.text.includes('niveau 1199'))!;
    const at = segment.starts[segment.text.indexOf('niveau 1199')];
    expect(list.slice(at, at + 11)).toBe('niveau 1199');
  });

  it('keeps a long run of blanks in plain text as one, words at their own offsets', () => {
    const source = `Résultats${' '.repeat(5000)}garantis\t\t${'\u00a0'.repeat(70)}à vie.\n`;
    const [segment] = parseDocument(source, 'x.txt').segments;
    expect(segment.text).toBe('Résultats garantis\tà vie.'); // the run of tabs and no-break spaces too
    expect(segment.starts[segment.text.indexOf('garantis')]).toBe(source.indexOf('garantis'));
    expect(segment.starts[segment.text.indexOf('à vie')]).toBe(source.indexOf('à vie'));
  });

  it('reads a block of thousands of lines a hundred lines at a time, each word at its own line', () => {
    const block = Array.from({ length: 1500 }, (_, i) => `# Titre ${i}`).join('\n');
    const source = `${block}\n\nFin du post.\n`;
    const out = defuseMarkdown(source);
    expect(out.blocks).toEqual([{ start: 0, end: block.length, reason: 'lines' }]);
    expect(out.text).toHaveLength(source.length);
    expect(out.text.slice(0, block.length).split('\n')).toHaveLength(Math.ceil(1500 / 100));
    expect(out.text.slice(block.length)).toBe('\n\nFin du post.\n');
    expect(defuseMarkdown(Array.from({ length: MAX_LINES }, (_, i) => `# Titre ${i}`).join('\n')).blocks).toEqual([]);
    const doc = parseDocument(source, 'x.md');
    expect(doc.segments.length).toBeLessThan(40);
    const segment = doc.segments.find((s) => s.text.includes('Titre 1234 '))!;
    expect(doc.position(segment.starts[segment.text.indexOf('Titre 1234 ')])).toMatchObject({ line: 1235, column: 3 });
  });

  it('leaves fenced code alone', () => {
    const source = '```\n' + '*'.repeat(MAX_DELIMITERS + 10) + '\n```\n';
    expect(defuseMarkdown(source).blocks).toEqual([]);
  });

  it('still lints the words of a defused block, at their own positions', () => {
    const source = `${'> '.repeat(200)}Résultats garantis !\n`;
    const doc = parseDocument(source, 'x.md');
    expect(doc.simplified?.map((b) => b.reason)).toEqual(['depth']);
    const segment = doc.segments.find((s) => s.text.includes('garantis'))!;
    expect(source.slice(segment.starts[segment.text.indexOf('garantis')], segment.starts[segment.text.indexOf('garantis')] + 8)).toBe('garantis');
  });
});

describe('guards through the CLI', () => {
  it('warns once where the markup was not read, and still finds the claim', async () => {
    const p = project({ 'a.md': `${'*x_'.repeat(MAX_DELIMITERS)}\n\nRésultats garantis !\n` });
    try {
      const [r] = json(await postlint(['--no-config-lookup', '-f', 'json', 'a.md'], { cwd: p.dir }));
      const notes = r.messages.filter((m: any) => m.ruleId === null);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ severity: 1, line: 1, column: 1 });
      expect(notes[0].message).toMatch(/^Analyse simplifiée : la mise en forme Markdown de ce bloc n’a pas été lue \(des milliers de \* ou de _\)/u);
      expect(r.messages.some((m: any) => m.ruleId === 'no-unverified-claim' && m.line === 3)).toBe(true);
    } finally {
      p.cleanup();
    }
  });

  it('names one block once, whatever its reasons, and finds a claim on its 1 200th line at its own column', async () => {
    const lines = Array.from({ length: 1500 }, (_, i) => `${'  '.repeat(Math.min(i, 40))}- point ${i}`);
    lines[1199] = `${'  '.repeat(40)}- Résultats garantis !`;
    const p = project({ 'a.md': `${lines.join('\n')}\n` });
    try {
      const [r] = json(await postlint(['--no-config-lookup', '-f', 'json', 'a.md'], { cwd: p.dir }));
      const notes = r.messages.filter((m: any) => m.ruleId === null);
      expect(notes).toHaveLength(1);
      expect(notes[0].message).toMatch(/^Analyse simplifiée : la mise en forme Markdown de ce bloc n’a pas été lue \(des citations ou des listes imbriquées sur des dizaines de niveaux, des milliers de lignes sans ligne vide\)/u);
      expect(r.messages.filter((m: any) => m.ruleId === 'no-unverified-claim')).toMatchObject([{ line: 1200, column: 83 }]);
    } finally {
      p.cleanup();
    }
  });

  it('a rule past its budget on a segment stops there, says so, and keeps what it found before', async () => {
    const post = '-30 % sur le blanchiment ce mois-ci.\n\nEt -50 % sur le détartrage la semaine prochaine.\n\nPuis -20 % sur les facettes en juin.\n';
    const p = project({ 'a.md': post });
    try {
      const lines = (r: any) => r.messages.filter((m: any) => m.ruleId === 'no-price-promotion').map((m: any) => m.line);
      const normal = json(await postlint(['--no-config-lookup', '-f', 'json', 'a.md'], { cwd: p.dir }))[0];
      expect(lines(normal)).toEqual([1, 3, 5]);
      expect(normal.messages.some((m: any) => /Analyse interrompue/u.test(m.message))).toBe(false);
      // A budget of 0 ms: every rule is past it after its first segment held to the budget (the first segment of a
      // rule's first document in a process is its warm-up, not held to it).
      const run = await postlint(['--no-config-lookup', '-f', 'json', 'a.md'], { cwd: p.dir, env: { POSTLINT_SEGMENT_BUDGET_MS: '0' } });
      const [r] = json(run);
      expect(run.code).toBe(1);
      const found = lines(r);
      expect(found.length).toBeGreaterThanOrEqual(1);
      expect(found).toEqual([1, 3, 5].slice(0, found.length));
      expect(found.length).toBeLessThan(3);
      const stopped = r.messages.filter((m: any) => m.ruleId === null && /^Analyse interrompue : la règle no-price-promotion a passé \d+ ms sur ce passage/u.test(m.message));
      expect(stopped).toHaveLength(1);
      expect(stopped[0]).toMatchObject({ severity: 1, line: found.at(-1) });
    } finally {
      p.cleanup();
    }
  });

  it('reads the budget from the environment, with a default', () => {
    expect(segmentBudgetFrom({})).toBe(DEFAULT_SEGMENT_BUDGET_MS);
    expect(segmentBudgetFrom({ POSTLINT_SEGMENT_BUDGET_MS: '250' })).toBe(250);
    expect(segmentBudgetFrom({ POSTLINT_SEGMENT_BUDGET_MS: 'vite' })).toBe(DEFAULT_SEGMENT_BUDGET_MS);
    expect(segmentBudgetFrom({ POSTLINT_SEGMENT_BUDGET_MS: '-1' })).toBe(DEFAULT_SEGMENT_BUDGET_MS);
  });
});
