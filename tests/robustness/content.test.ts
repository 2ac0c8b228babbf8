// Hostile file contents through the real CLI: binary, empty, BOM only, CRLF and lone CR, invalid UTF-8, a 10 MB
// file, a 200 000-character line, 5 000 nesting levels, 50 000 emphasis markers. Each run must end by itself with
// exit 0/1 and a report (the problem after the hostile part still found, at its exact line), never a stack trace.
// Inputs are written once to a temporary folder. POSTLINT_SLOW_TESTS=1 adds the cases that take tens of seconds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectReport, requireBuild, run, SLOW, tempDir } from './harness.js';

/** A problem every rule set reports, ASCII only (survives any decoding), on its own paragraph. */
const PROMO = '-30 % sur le blanchiment\n';
const PROSE = 'Le cabinet est ouvert du lundi au vendredi, sur rendez-vous. Pensez à apporter votre carte Vitale. ';

const tmp = tempDir('content');
afterAll(() => tmp.cleanup());
beforeAll(() => requireBuild());

type Report = ReturnType<typeof expectReport>;
const byName = (report: Report, name: string) => report.find((r) => r.filePath.endsWith(`/${name}`))!;
const promos = (report: Report, name: string) =>
  byName(report, name).messages.filter((m) => m.ruleId === 'no-price-promotion').map((m) => `${m.line}:${m.column}`);

describe('small hostile files', () => {
  it('a binary file (NUL bytes) is one fatal problem in the report, from a file and from stdin', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]);
    tmp.file('binaire/photo.md', png);
    for (const o of [await run(['-f', 'json', 'binaire/photo.md'], { cwd: tmp.dir }), await run(['--stdin', '-f', 'json'], { cwd: tmp.dir, input: png })]) {
      const [result] = expectReport(o, 1);
      expect(result.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, message: expect.stringMatching(/binaire/u) })]);
    }
  });

  it('an empty file, a BOM alone and blank lines alone are clean (exit 0)', async () => {
    tmp.file('vides/vide.md', '');
    tmp.file('vides/bom.md', '\ufeff');
    tmp.file('vides/bom.txt', '\ufeff');
    tmp.file('vides/lignes.md', '\r\n\n\r  \n\t\n');
    const report = expectReport(await run(['-f', 'json', 'vides'], { cwd: tmp.dir }), 0);
    expect(report.map((r) => [r.filePath.split('/').pop(), r.messages])).toEqual([
      ['bom.md', []],
      ['bom.txt', []],
      ['lignes.md', []],
      ['vide.md', []],
    ]);
    expectReport(await run(['--stdin', '-f', 'json'], { cwd: tmp.dir, input: '' }), 0);
  });

  it('CRLF, lone CR and mixed line ends: the problem is at its line and column in every style', async () => {
    const lines = ['\ufeffBonjour à tous.', '', 'Offre : ' + PROMO.trim(), ''];
    tmp.file('fins/crlf.md', lines.join('\r\n'));
    tmp.file('fins/cr.md', lines.join('\r'));
    tmp.file('fins/cr.txt', lines.join('\r'));
    tmp.file('fins/mixte.md', `${lines[0]}\r\n${lines[1]}\r${lines[2]}\n`);
    const report = expectReport(await run(['-f', 'json', 'fins'], { cwd: tmp.dir }), 1);
    for (const name of ['crlf.md', 'cr.md', 'cr.txt', 'mixte.md']) expect(promos(report, name), name).toEqual(['3:9']);
  });

  it('invalid UTF-8 (Latin-1 bytes, stray continuation bytes) is decoded and linted, from a file and from stdin', async () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' ouvert.'), Buffer.from([0xff, 0xfe, 0x80, 0xc3]), Buffer.from(`\n\n${PROMO}`)]);
    tmp.file('octets/latin.md', bytes);
    expect(promos(expectReport(await run(['-f', 'json', 'octets/latin.md'], { cwd: tmp.dir }), 1), 'latin.md')).toEqual(['3:1']);
    const [fromStdin] = expectReport(await run(['--stdin', '-f', 'json'], { cwd: tmp.dir, input: bytes }), 1);
    expect(fromStdin.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`)).toEqual(['no-price-promotion 3:1']);
  });
});

describe('big inputs', () => {
  it('a 10 MB Markdown file and a 10 MB text file of line breaks: the problem at the end, at line 10 485 761', async () => {
    const breaks = '\n'.repeat(10 * 1024 * 1024);
    tmp.file('gros/lignes.md', breaks + PROMO);
    tmp.file('gros/lignes.txt', breaks + PROMO);
    const report = expectReport(await run(['-f', 'json', 'gros'], { cwd: tmp.dir }), 1);
    expect(promos(report, 'lignes.md')).toEqual(['10485761:1']);
    expect(promos(report, 'lignes.txt')).toEqual(['10485761:1']);
  }, 90_000);

  it('a 200 000-character line, in Markdown and in text: the problem at its column', async () => {
    const line = `${PROSE.repeat(Math.ceil(200_000 / PROSE.length)).slice(0, 199_999)} `;
    tmp.file('ligne/longue.md', `${line}${PROMO}`);
    tmp.file('ligne/longue.txt', `${line}${PROMO}`);
    const report = expectReport(await run(['-f', 'json', 'ligne'], { cwd: tmp.dir }), 1);
    expect(promos(report, 'longue.md')).toEqual(['1:200001']);
    expect(promos(report, 'longue.txt')).toEqual(['1:200001']);
  }, 90_000);
});

/** Markdown shapes that a parser may recurse or backtrack on; the problem follows on its own paragraph. */
const NESTED: Record<string, string> = {
  'citations.md': '> '.repeat(5_000) + 'texte',
  'crochets.md': '['.repeat(5_000) + 'x' + ']'.repeat(5_000),
  'liens.md': '[a]('.repeat(5_000) + 'x' + ')'.repeat(5_000),
  'parentheses.md': '[a](' + '('.repeat(5_000) + 'x' + ')'.repeat(5_000) + ')',
  'html.md': '<div>'.repeat(5_000) + 'x' + '</div>'.repeat(5_000),
  'citations.txt': '> '.repeat(5_000) + '« '.repeat(5_000) + 'texte',
  'etoiles.md': '*'.repeat(50_000),
  'gras.md': '**a '.repeat(25_000),
  'soulignes.md': '_a_ '.repeat(25_000),
  'code.md': '`a'.repeat(25_000),
};

describe('deep nesting and long delimiter runs', () => {
  it('5 000 levels of blockquotes, brackets, links, parentheses and HTML; 50 000 emphasis markers: each linted', async () => {
    for (const [name, text] of Object.entries(NESTED)) tmp.file(`imbrication/${name}`, `${text}\n\n${PROMO}`);
    const report = expectReport(await run(['-f', 'json', 'imbrication'], { cwd: tmp.dir }), 1);
    for (const name of Object.keys(NESTED)) expect(promos(report, name), name).toEqual(['3:1']);
  }, 90_000);
});

// Slow: tens of seconds each on a 2-core machine (remark's cost grows faster than the input on these shapes).
describe.runIf(SLOW)('slow hostile inputs (POSTLINT_SLOW_TESTS=1)', () => {
  const SLOW_BOUND = 600_000;
  const lint = async (folder: string, files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) tmp.file(`${folder}/${name}`, text);
    const o = await run(['-f', 'json', folder], { cwd: tmp.dir, hangAfterMs: SLOW_BOUND });
    console.log(`${folder} : ${o.seconds.toFixed(1)} s`);
    return expectReport(o, 1);
  };

  it('5 000 nested lists (bullets, numbers) and 2 500 levels of quoted lists', async () => {
    const report = await lint('listes', {
      'puces.md': `${'- '.repeat(5_000)}x\n\n${PROMO}`,
      'numeros.md': `${'1. '.repeat(5_000)}x\n\n${PROMO}`,
      'citees.md': `${'> - '.repeat(2_500)}x\n\n${PROMO}`,
    });
    for (const name of ['puces.md', 'numeros.md', 'citees.md']) expect(promos(report, name), name).toEqual(['3:1']);
  }, SLOW_BOUND + 10_000);

  it('10 MB of prose, in text and in Markdown (one problem per paragraph)', async () => {
    const paragraph = `${PROSE}\n\n`;
    const prose = paragraph.repeat(Math.ceil((10 * 1024 * 1024) / paragraph.length));
    const report = await lint('prose', { 'dix.txt': prose + PROMO, 'dix.md': prose + PROMO });
    const last = prose.split('\n').length;
    expect(promos(report, 'dix.txt')).toEqual([`${last}:1`]);
    expect(promos(report, 'dix.md')).toEqual([`${last}:1`]);
  }, SLOW_BOUND + 10_000);

  it('a 10 MB fenced code block', async () => {
    const code = '```\n' + 'x = 1 # le meilleur cabinet\n'.repeat(Math.ceil((10 * 1024 * 1024) / 28)) + '```\n\n';
    const report = await lint('bloc', { 'code.md': code + PROMO });
    expect(byName(report, 'code.md').messages.map((m) => m.ruleId)).toEqual(['no-price-promotion']);
  }, SLOW_BOUND + 10_000);

  it('50 000 emphasis markers that never pair and 5 000 nested images', async () => {
    const files = {
      'etoiles-a.md': `${'*a'.repeat(50_000)}\n\n${PROMO}`,
      'soulignes-ouverts.md': `${'_'.repeat(25_000)}a${'_'.repeat(25_000)}\n\n${PROMO}`,
      'melange.md': `${'*_'.repeat(25_000)}a${'_*'.repeat(25_000)}\n\n${PROMO}`,
      'images.md': `${'!['.repeat(5_000)}x${'](i.png)'.repeat(5_000)}\n\n${PROMO}`,
    };
    const report = await lint('delimiteurs', files);
    for (const name of Object.keys(files)) expect(promos(report, name), name).toEqual(['3:1']);
  }, SLOW_BOUND + 10_000);
});
