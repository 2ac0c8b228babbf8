// Formats compact and junit, formatter modules (-f ./x.mjs) and the SARIF rules' help, through the real CLI.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInEntries } from '../rules/catalogue.js';
import { compact } from '../src/formatters/compact.js';
import { junit } from '../src/formatters/junit.js';
import { escapeMarkup } from '../src/formatters/markup.js';
import { isFormatterPath } from '../src/formatters/load-formatter.js';
import { repositoryUrl, ruleDocsUrl } from '../src/formatters/rule-docs.js';
import { CLEAN, PROMO, ROOT, json, postlint, project, requireBuild, spawnPostlint } from './helpers/cli.js';
import { message, result } from './helpers/results.js';

/**
 * Well-formedness of an XML document, enough to catch an escaping fault: tags nest and close, attribute values
 * are quoted and hold no `<`, text holds no `<` or `>`, every `&` starts a known entity or a character reference.
 */
function checkXml(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const body = xml.replace(/^<\?xml [^?]*\?>\n?/u, '');
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/iu;
  for (const [, text, tag] of body.matchAll(/([^<]*)(<[^>]*>|$)/gu)) {
    if (/>/u.test(text) || entity.test(text)) problems.push(`texte : ${text}`);
    if (!tag) continue;
    const m = /^<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/u.exec(tag);
    if (!m) {
      problems.push(`balise : ${tag}`);
      continue;
    }
    if (entity.test(m[3])) problems.push(`attribut : ${tag}`);
    if (m[1]) {
      if (open.pop() !== m[2]) problems.push(`fermeture : ${tag}`);
    } else if (!m[4]) open.push(m[2]);
  }
  if (open.length) problems.push(`non fermées : ${open.join(', ')}`);
  return problems;
}

const CASH_PLUGIN = `export default { rules: { 'no-cash': {
  meta: { type: 'problem', severity: 'error', docs: { description: 'Pas de paiement en liquide' }, messages: { cash: '« {{match}} » : ne parlez pas de paiement' } },
  check(context) {
    for (const s of context.document.segments) {
      const i = s.text.toLowerCase().indexOf('cash');
      if (i >= 0) context.report({ messageId: 'cash', data: { match: s.text.slice(i, i + 4) }, range: context.rangeOf(s, i, i + 4) });
    }
  },
} } };
`;

beforeAll(() => requireBuild());

describe('compact', () => {
  const p = project({ 'posts/promo.md': PROMO, 'posts/propre.md': CLEAN, 'posts/cash.txt': 'Réglez en cash\net repartez.\n' });
  afterAll(() => p.cleanup());

  it('prints file:line:col: severity message [rule], one line per problem, and a French summary', async () => {
    const r = await postlint(['-f', 'compact', '--rule', 'no-price-promotion:warn', 'posts'], { cwd: p.dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const rows = lines.filter((l) => l.startsWith('/'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(new RegExp(`^${p.path('posts/promo.md').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}:1:1: warning « -30 % » .* \\[no-price-promotion\\]$`, 'u'));
    expect(lines.at(-1)).toBe('1 problème (0 erreur, 1 avertissement)');
  });

  it('keeps each problem on one line and prints nothing for a clean run', () => {
    const multi = message({ message: 'première ligne\nseconde ligne' });
    expect(compact([result('/p/a.md', [multi, message({ severity: 1, ruleId: null, line: 0, column: 0 })])], { cwd: '/p', color: false, rulesMeta: {} })).toBe(
      [`/p/a.md:1:1: error première ligne seconde ligne [no-price-promotion]`, `/p/a.md:0:0: warning ${message().message}`, '', '2 problèmes (1 erreur, 1 avertissement)'].join('\n'),
    );
    expect(compact([result('/p/a.md', [])], { cwd: '/p', color: false, rulesMeta: {} })).toBe('');
  });
});

describe('junit', () => {
  const p = project({ 'posts/promo.md': PROMO, 'posts/propre.md': CLEAN });
  afterAll(() => p.cleanup());

  it('one test suite per file: a failed test case per problem, a passing one for a clean file', async () => {
    const r = await postlint(['-f', 'junit', 'posts'], { cwd: p.dir });
    expect(r.code).toBe(1);
    expect(checkXml(r.stdout)).toEqual([]);
    expect(r.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="postlint" tests="2" failures="1"/u);
    const suites = [...r.stdout.matchAll(/<testsuite name="([^"]+)" tests="(\d+)" failures="(\d+)"[^>]*>([\s\S]*?)<\/testsuite>/gu)];
    expect(suites.map((s) => [s[1], s[2], s[3]])).toEqual([
      ['posts/promo.md', '1', '1'],
      ['posts/propre.md', '1', '0'],
    ]);
    expect(suites[0][4]).toMatch(/<testcase classname="posts\/promo\.md" name="no-price-promotion \(1:1\)"[^>]*>\s*<failure type="error" message="« -30 % »[^"]*">posts\/promo\.md:1:1 : erreur : /u);
    expect(suites[1][4]).toMatch(/^\s*<testcase classname="posts\/propre\.md" name="postlint" file="posts\/propre\.md" time="0"\/>\s*$/u);
  });

  it('escapes what a message quotes, in attributes and text, and drops characters XML forbids', () => {
    const nasty = message({ message: '« <b>"a" & \'b\'</b> ]]> \u0007 » : x', suggestions: [{ desc: 'Remplacer par « <i> »', fix: { range: [0, 1], text: '<i>' } }] });
    const xml = junit([result('/p/d<i>r/a&b.md', [nasty])], { cwd: '/p', color: false, rulesMeta: {} });
    expect(checkXml(xml)).toEqual([]);
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt; ]]&gt; \ufffd');
    expect(xml).toContain('name="d&lt;i&gt;r/a&amp;b.md"');
    expect(xml).toContain('suggestion : Remplacer par « &lt;i&gt; »');
    expect(escapeMarkup('a\ud800b\udc00c\ud83d\ude00')).toBe('a\ufffdb\ufffdc\ud83d\ude00');
  });
});

describe('-f <module>: a formatter of the user (ESLint custom formatters)', () => {
  const p = project({
    'posts/promo.md': PROMO,
    'posts/patient.md': 'Merci à Mme Lefèvre, joignable au 06 12 34 56 78, pour son avis : le meilleur cabinet !\n',
    'outils/liste.mjs': `import path from 'node:path';
export default async function (results, context) {
  await new Promise((r) => setTimeout(r, 1));
  return results.map((r) => [path.relative(context.cwd, r.filePath), r.messages.map((m) => m.ruleId).join(','), (r.source ?? '').trimEnd()].join(' | ')).join('\\n');
}
`,
    'outils/objet.mjs': 'export default { format() {} };\n',
    'outils/casse.mjs': 'export default function () { throw new Error("plantage\\nsur deux lignes"); }\n',
    'outils/nombre.mjs': 'export default function () { return 42; }\n',
    'outils/syntaxe.mjs': 'export default function ( {\n',
    'outils/dossier.mjs/x': '',
  });
  afterAll(() => p.cleanup());

  it('loads the module from a path relative to the working directory, awaits it, and gives it masked posts', async () => {
    const r = await postlint(['-f', './outils/liste.mjs', 'posts'], { cwd: p.dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const [patient, promo] = r.stdout.trimEnd().split('\n').map((l) => l.split(' | '));
    expect(patient[0]).toBe('posts/patient.md');
    expect(patient[1]).toMatch(/no-patient-identifier/u);
    // The post's text, as ESLint's results carry it, but masked: no name, no phone number in clear.
    expect(patient[2]).toMatch(/^Merci à Mme L•••, joignable au 06 •• •• •• 78/u);
    expect(r.stdout).not.toMatch(/Lefèvre|12 34 56/u);
    expect(promo).toEqual(['posts/promo.md', 'no-price-promotion', PROMO.trimEnd()]);
  });

  it('a module that cannot be used is one line and exit 2', async () => {
    const cases: Array<[string, RegExp]> = [
      ['./outils/absent.mjs', /^postlint: formateur «\s\.\/outils\/absent\.mjs\s» introuvable \(ENOENT\)$/u],
      ['./outils/dossier.mjs', /^postlint: formateur «\s\.\/outils\/dossier\.mjs\s» : ce n’est pas un fichier$/u],
      ['./outils/objet.mjs', /^postlint: formateur «\s\.\/outils\/objet\.mjs\s» : l’export par défaut doit être une fonction/u],
      ['./outils/syntaxe.mjs', /^postlint: formateur «\s\.\/outils\/syntaxe\.mjs\s» : impossible de le charger \(SyntaxError : /u],
      ['./outils/casse.mjs', /^postlint: formateur «\s\.\/outils\/casse\.mjs\s» : il a échoué \(plantage\)$/u],
      ['./outils/nombre.mjs', /^postlint: formateur «\s\.\/outils\/nombre\.mjs\s» : il doit renvoyer du texte \(reçu : number\)$/u],
    ];
    for (const [module, expected] of cases) {
      // The syntax error is Node's own message: in the real process (in process, vitest's loader words it).
      const r = await (module.includes('syntaxe') ? spawnPostlint : postlint)(['-f', module, 'posts'], { cwd: p.dir });
      expect([module, r.code]).toEqual([module, 2]);
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr.trimEnd()).toMatch(expected);
      expect(r.stdout).toBe('');
    }
  });

  it('tells a path from a format name as ESLint does', () => {
    for (const name of ['./x.js', '../x.mjs', '/abs/x.js', 'dir/x', 'x.cjs']) expect([name, isFormatterPath(name)]).toEqual([name, true]);
    for (const name of ['stylish', 'html', 'checkstyle']) expect([name, isFormatterPath(name)]).toEqual([name, false]);
  });
});

describe('sarif: every rule carries help, and a documentation address that exists', () => {
  const p = project({
    'regles/agence.mjs': CASH_PLUGIN,
    '.postrc.json': JSON.stringify({ plugins: ['./regles/agence.mjs'] }),
    'posts/promo.md': `${PROMO}Réglez en cash.\n`,
  });
  afterAll(() => p.cleanup());

  it('built-in rules point to docs/rules/<id>.md, plugin rules get no address', async () => {
    const r = await postlint(['-f', 'sarif', 'posts'], { cwd: p.dir });
    expect(r.code).toBe(1);
    const driver = json(r).runs[0].tool.driver;
    expect(driver.informationUri).toBe('https://github.com/postlint/postlint');
    const ids = driver.rules.map((x: { id: string }) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['agence/no-cash', 'no-price-promotion']));
    for (const rule of driver.rules) {
      expect(rule.help.text.length).toBeGreaterThan(10);
      expect(rule.help.markdown.length).toBeGreaterThan(10);
      if (rule.id === 'agence/no-cash') {
        expect(rule.helpUri).toBeUndefined();
        expect(rule.help.text).toBe('Pas de paiement en liquide');
        continue;
      }
      expect(rule.helpUri).toBe(`https://github.com/postlint/postlint/blob/main/docs/rules/${rule.id}.md`);
      expect(fs.existsSync(path.join(ROOT, 'docs', 'rules', `${rule.id}.md`))).toBe(true);
      expect(rule.help.markdown).toContain(`](${rule.helpUri})`);
      expect(rule.help.text).toContain('Pourquoi : ');
    }
    const promo = driver.rules.find((x: { id: string }) => x.id === 'no-price-promotion');
    expect(promo.help.markdown).toMatch(/\*\*Références\*\*\n\n- \[CSP, art\. R\.4127-19 .*\]\(https:\/\/www\.conseil-national\.medecin\.fr\//u);
  });

  it('the documentation page of every built-in rule exists in the repository', () => {
    for (const { id } of builtInEntries) {
      const url = ruleDocsUrl(id)!;
      const rel = url.replace('https://github.com/postlint/postlint/blob/main/', '');
      expect([id, fs.existsSync(path.join(ROOT, rel))]).toEqual([id, true]);
    }
  });

  it('reads the repository from package.json’s home page when it names one', () => {
    expect(repositoryUrl('https://github.com/agence/postlint#readme')).toBe('https://github.com/agence/postlint');
    expect(repositoryUrl('git+https://github.com/agence/postlint.git')).toBe('https://github.com/agence/postlint');
    expect(repositoryUrl('https://postlint.example')).toBe('https://github.com/postlint/postlint');
    expect(repositoryUrl(undefined)).toBe('https://github.com/postlint/postlint');
    expect(ruleDocsUrl('agence/no-cash')).toBeUndefined();
  });
});
