import { describe, expect, it } from 'vitest';
import { getFormatter, formatterNames } from '../src/formatters/index.js';
import { textTable } from '../src/formatters/stylish.js';
import { escapeData, escapeProperty } from '../src/formatters/github.js';
import { UsageError } from '../src/types.js';
import { message, meta, result } from './helpers/results.js';

const cwd = '/home/u/projet';
const rulesMeta = {
  'no-price-promotion': meta('no-price-promotion'),
  'no-unverified-claim': meta('no-unverified-claim', { severity: 'warn', type: 'suggestion' }),
};
const ctx = { cwd, color: false, rulesMeta, version: '9.9.9' };

const promo = message({ line: 1, column: 1, endLine: 1, endColumn: 6 });
const claim = message({
  ruleId: 'no-unverified-claim',
  messageId: 'unverifiedClaim',
  severity: 1,
  message: '« garantis » : promesse de résultat invérifiable.',
  line: 12,
  column: 10,
  endLine: 12,
  endColumn: 19,
});

describe('registry', () => {
  it('knows the built-in formats', () => {
    expect(formatterNames).toEqual(['stylish', 'json', 'sarif', 'github', 'compact', 'junit', 'html']);
  });
  it('rejects an unknown format with the list', () => {
    expect(() => getFormatter('checkstyle')).toThrow(UsageError);
    expect(() => getFormatter('checkstyle')).toThrow(/checkstyle.*stylish, json, sarif, github/);
    expect(() => getFormatter('toString')).toThrow(UsageError);
  });
});

describe('stylish', () => {
  const stylish = getFormatter('stylish');

  it('prints nothing for a clean run', () => {
    expect(stylish([result(`${cwd}/a.md`, [])], ctx)).toBe('');
    expect(stylish([], ctx)).toBe('');
  });

  it('reproduces ESLint rows, alignment, period removal and summary', () => {
    const out = stylish([result(`${cwd}/a.md`, [promo, claim]), result(`${cwd}/b.md`, [])], ctx);
    expect(out).toBe(
      [
        '',
        `${cwd}/a.md`,
        '   1:1   error    « -30 % » : promotion tarifaire interdite (art. R.4127-19 CSP)  no-price-promotion',
        '  12:10  warning  « garantis » : promesse de résultat invérifiable                no-unverified-claim',
        '',
        '✖ 2 problèmes (1 erreur, 1 avertissement)',
        '',
      ].join('\n'),
    );
  });

  it('uses singular words and the fixable line', () => {
    const fixable = message({ fix: { range: [0, 1], text: 'x' } });
    const out = stylish([result(`${cwd}/a.md`, [fixable])], ctx);
    expect(out).toContain('✖ 1 problème (1 erreur, 0 avertissement)\n');
    expect(out).toContain('  1 erreur et 0 avertissement corrigeables avec l’option `--fix`.\n');
  });

  it('prints suggestions on their own line below the problem', () => {
    const withSuggestion = message({
      suggestions: [{ messageId: 'useWording', desc: 'Écrire « tarif de la séance »', fix: { range: [0, 1], text: 'x' } }],
    });
    const lines = stylish([result(`${cwd}/a.md`, [withSuggestion, claim])], ctx).split('\n');
    expect(lines[2]).toMatch(/^ {3}1:1 {3}error {4}.*no-price-promotion$/);
    expect(lines[3]).toBe('        suggestion : Écrire « tarif de la séance »');
    expect(lines[4]).toMatch(/^ {2}12:10 {2}warning/);
  });

  it('groups suggestions after the rows so that a looping problem matcher reads every row', () => {
    const sug = (desc: string) => [{ messageId: 'useWording', desc, fix: { range: [0, 1] as [number, number], text: 'x' } }];
    const a = message({ suggestions: sug('Écrire « tarif de la séance »') });
    const b = { ...claim, suggestions: sug('Écrire « peut soulager »') };
    const out = stylish([result(`${cwd}/a.md`, [a, b]), result(`${cwd}/b.md`, [a])], { ...ctx, suggestions: 'grouped' });
    // The $eslint-stylish matcher of VS Code and GitHub: a file line, then rows in a loop that ends at the first
    // line that is not a row.
    const file = /^([^\s].*)$/;
    const row = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.*)\s\s+(.*)$/;
    const found: string[] = [];
    let current: string | undefined;
    let inLoop = false;
    for (const line of out.split('\n')) {
      if (inLoop && row.test(line)) {
        const m = line.match(row)!;
        found.push(`${current}:${m[1]}:${m[2]}:${m[5]}`);
        continue;
      }
      inLoop = false;
      const f = line.match(file);
      if (f && !f[1].startsWith('✖')) {
        current = f[1];
        inLoop = true;
      }
    }
    expect(found).toEqual([
      `${cwd}/a.md:1:1:no-price-promotion`,
      `${cwd}/a.md:12:10:no-unverified-claim`,
      `${cwd}/b.md:1:1:no-price-promotion`,
    ]);
    expect(out).toContain('  suggestions :\n    1:1  Écrire « tarif de la séance »\n    12:10  Écrire « peut soulager »\n');
    expect(stylish([result(`${cwd}/a.md`, [a])], { ...ctx, suggestions: 'off' })).not.toContain('tarif de la séance');
  });

  it('rows match the $eslint-stylish problem matcher', () => {
    const out = stylish([result(`${cwd}/a.md`, [promo, claim])], ctx);
    const row = /^\s+(\d+):(\d+)\s+(error|warning|info)\s+(.*?)(?:\s\s+(.*))?$/;
    const rows = out.split('\n').filter((l) => row.test(l));
    expect(rows.map((l) => l.match(row)!.slice(1, 4).concat(l.match(row)![5]))).toEqual([
      ['1', '1', 'error', 'no-price-promotion'],
      ['12', '10', 'warning', 'no-unverified-claim'],
    ]);
  });

  it('reports fatal messages as errors with an empty rule id', () => {
    const fatal = message({ ruleId: null, fatal: true, message: 'fichier binaire : non analysé', line: 0, column: 0 });
    const out = stylish([result(`${cwd}/img.md`, [fatal])], ctx);
    expect(out).toContain('  0:0  error  fichier binaire : non analysé\n');
  });

  it('colours only when asked', () => {
    const plain = stylish([result(`${cwd}/a.md`, [promo])], ctx);
    expect(plain).not.toMatch(/\u001b\[/);
    const coloured = stylish([result(`${cwd}/a.md`, [promo])], { ...ctx, color: true });
    expect(coloured).toMatch(/\u001b\[4m\/home\/u\/projet\/a\.md\u001b\[24m/);
    expect(coloured).toMatch(/\u001b\[31merror\u001b\[39m/);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  it('text-table pads like the text-table package', () => {
    expect(textTable([['', '1', '5', 'a'], ['', '10', '12', 'bb']], ['', 'r', 'l'])).toEqual(['   1  5   a', '  10  12  bb']);
  });
});

describe('json', () => {
  it("prints ESLint's result shape without the source", () => {
    const r = result(`${cwd}/a.md`, [promo], { source: 'Patient M. Dupont', output: undefined });
    const parsed = JSON.parse(getFormatter('json')([r], ctx));
    expect(parsed).toEqual([
      {
        filePath: `${cwd}/a.md`,
        messages: [
          {
            ruleId: 'no-price-promotion',
            severity: 2,
            message: promo.message,
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 6,
            messageId: 'pricePromotion',
          },
        ],
        suppressedMessages: [],
        errorCount: 1,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      },
    ]);
    expect(getFormatter('json')([r], ctx)).not.toContain('Dupont');
  });

  it('keeps fix, suggestions and output', () => {
    const m = message({
      fix: { range: [0, 3], text: 'x' },
      suggestions: [{ desc: 'd', fix: { range: [0, 3], text: 'y' } }],
    });
    const parsed = JSON.parse(getFormatter('json')([result(`${cwd}/a.md`, [m], { output: 'x' })], ctx));
    expect(parsed[0].messages[0].fix).toEqual({ range: [0, 3], text: 'x' });
    expect(parsed[0].messages[0].suggestions).toEqual([{ desc: 'd', fix: { range: [0, 3], text: 'y' } }]);
    expect(parsed[0].output).toBe('x');
  });

  it('prints [] for no results', () => {
    expect(getFormatter('json')([], ctx)).toBe('[]');
  });
});

describe('sarif', () => {
  const log = JSON.parse(
    getFormatter('sarif')(
      [
        result(`${cwd}/posts/a b.md`, [promo, claim]),
        result('/elsewhere/c.md', [message({ ruleId: null, fatal: true, message: 'illisible', line: 0, column: 0 })]),
      ],
      ctx,
    ),
  );
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver.name).toBe('postlint');
    expect(run.tool.driver.version).toBe('9.9.9');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///home/u/projet/');
  });

  it('lists the rules from meta', () => {
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['no-price-promotion', 'no-unverified-claim']);
    expect(run.tool.driver.rules[0]).toMatchObject({
      id: 'no-price-promotion',
      shortDescription: { text: 'Description de no-price-promotion' },
      helpUri: 'https://github.com/postlint/postlint/blob/main/docs/rules/no-price-promotion.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(run.tool.driver.rules[1].defaultConfiguration).toEqual({ level: 'warning' });
  });

  it('maps each problem to a result with a relative location', () => {
    expect(run.results).toEqual([
      {
        ruleId: 'no-price-promotion',
        ruleIndex: 0,
        level: 'error',
        message: { text: promo.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'posts/a%20b.md', uriBaseId: '%SRCROOT%' },
              region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 6 },
            },
          },
        ],
      },
      expect.objectContaining({ ruleId: 'no-unverified-claim', ruleIndex: 1, level: 'warning' }),
    ]);
  });

  it('reports problems without a rule as tool notifications', () => {
    const notes = run.invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0].level).toBe('error');
    expect(notes[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/c.md' });
  });
});

describe('github', () => {
  it('prints one workflow command per problem', () => {
    const out = getFormatter('github')([result(`${cwd}/posts/a.md`, [promo, claim])], ctx);
    expect(out).toBe(
      `::error file=posts/a.md,line=1,col=1,endLine=1,endColumn=6,title=no-price-promotion::${promo.message.replace('%', '%25')}\n` +
        `::warning file=posts/a.md,line=12,col=10,endLine=12,endColumn=19,title=no-unverified-claim::${claim.message}\n`,
    );
  });

  it('escapes data and properties', () => {
    expect(escapeData('100 %\r\nx')).toBe('100 %25%0D%0Ax');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const out = getFormatter('github')([result(`${cwd}/a,b:c.md`, [message({ message: '50 %\nsur' })])], ctx);
    expect(out).toContain('file=a%2Cb%3Ac.md,');
    expect(out).toContain('::50 %25%0Asur\n');
  });

  it('prints nothing for a clean run', () => {
    expect(getFormatter('github')([result(`${cwd}/a.md`, [])], ctx)).toBe('');
  });
});
