// The public RuleTester (postlint/testing): it passes a correct rule, and each kind of wrong expectation makes it
// throw an AssertionError whose French message says what was expected and obtained. Cases are run at once (sync
// describe/it) so that the throw is observable here; the last block runs it under vitest's own describe/it.
import { AssertionError } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleTester, type InvalidCase, type RuleTests } from '../src/testing/index.js';
import { defineRule, type PluginRule } from '../src/rule-kit.js';
import type { Rule } from '../src/types.js';
import { noCash, noShouting, quotesPhone } from './kit-rules.js';

const tester = new RuleTester();

/** Runs the cases now (describe/it call their body at once), as ESLint's own tests of its RuleTester do. */
function runNow(run: () => void): void {
  const saved = { describe: RuleTester.describe, it: RuleTester.it };
  RuleTester.describe = (_name, body) => body();
  RuleTester.it = (_name, body) => void body();
  try {
    run();
  } finally {
    RuleTester.describe = saved.describe;
    RuleTester.it = saved.it;
  }
}

function thrown(run: () => void): Error {
  try {
    runNow(run);
  } catch (error) {
    return error as Error;
  }
  throw new Error('RuleTester n’a rien levé');
}

/** The AssertionError RuleTester throws on `tests` for `rule`. */
function failure(tests: RuleTests, rule: Rule | PluginRule = noCash, name = 'agence/no-cash'): AssertionError {
  const error = thrown(() => tester.run(name, rule, tests));
  expect(error).toBeInstanceOf(AssertionError);
  return error as AssertionError;
}

const CASH = 'Réglez en cash !\n';
const cashCase = (): InvalidCase => ({
  code: CASH,
  errors: [
    {
      messageId: 'cash',
      data: { match: 'cash' },
      line: 1,
      column: 11,
      endLine: 1,
      endColumn: 15,
      suggestions: [
        { messageId: 'useWording', desc: 'Remplacer par « paiement par carte ou chèque »', output: 'Réglez en paiement par carte ou chèque !\n' },
        { desc: 'Remplacer par « règlement au cabinet »', output: 'Réglez en règlement au cabinet !\n' },
      ],
    },
  ],
});

describe('RuleTester passes a correct rule', () => {
  it('inline valid and invalid cases, with data, positions, suggestions and --fix output', () => {
    runNow(() => {
      tester.run('agence/no-cash', noCash, {
        valid: ['Nous n’acceptons pas le cash.', { code: 'Paiement par carte.', filename: 'post.txt' }],
        invalid: [cashCase(), { code: 'Le CASH, c’est fini.', errors: 1 }],
      });
      tester.run('agence/no-shouting', noShouting, {
        valid: ['Venez !', { code: 'Venez !!', options: { max: 2 } }],
        invalid: [
          { code: 'Venez !!! Vite !!', output: 'Venez ! Vite !', errors: [{ messageId: 'shouting', data: { count: 3 }, column: 7, endColumn: 10 }, { messageId: 'shouting', column: 16 }] },
          { code: 'Venez !!!', options: { max: 2 }, output: 'Venez !', errors: [{ messageId: 'shouting', data: { count: 3 } }] },
        ],
      });
    });
  });

  it('data holding an identifier: compared after the same masking as the message, clear or masked', () => {
    const code = 'Appelez le 06 12 34 56 78.';
    runNow(() =>
      tester.run('agence/quotes-phone', quotesPhone, {
        valid: [],
        invalid: [
          { code, errors: [{ messageId: 'phone', data: { phone: '06 12 34 56 78' } }] },
          { code, filename: 'post.txt', errors: [{ messageId: 'phone', data: { phone: '06 •• •• •• 78' } }] },
        ],
      }),
    );
    const error = failure({ invalid: [{ code, errors: [{ messageId: 'phone', data: { phone: '06 12 34 56 99' } }] }] }, quotesPhone, 'agence/quotes-phone');
    expect(error.message).toMatch(/ne redonne pas le message/u);
    expect(error.message).not.toMatch(/12 34 56/u);
  });
});

describe('RuleTester fails', () => {
  it('on a wrong messageId', () => {
    const c = cashCase();
    (c.errors as { messageId: string }[])[0].messageId = 'useWording';
    expect(failure({ invalid: [c] }).message).toMatch(/problème 1 : messageId attendu « useWording », obtenu « cash »/u);
    expect(failure({ invalid: [{ code: CASH, errors: [{ messageId: 'cashh' }] }] }).message).toMatch(/messageId « cashh » inconnu de la règle \(messages : cash, useWording\)/u);
  });

  it('on wrong data, and on a data key the message does not have', () => {
    const error = failure({ invalid: [{ code: CASH, errors: [{ messageId: 'cash', data: { match: 'espèces' } }] }] });
    expect(error.message).toMatch(/data \{"match":"espèces"\} ne redonne pas le message :\n {2}attendu « « espèces » : paiement en espèces mis en avant »\n {2}obtenu {2}« « cash » : paiement/u);
    expect(failure({ invalid: [{ code: CASH, errors: [{ messageId: 'cash', data: { montant: 'cash' } }] }] }).message).toMatch(/data\.montant : le message « cash » n’a pas d’espace réservé \{\{montant\}\} \(il a : match\)/u);
  });

  it('on a wrong position', () => {
    for (const [key, value] of [['line', 2], ['column', 10], ['endLine', 3], ['endColumn', 16]] as const) {
      const error = failure({ invalid: [{ code: CASH, errors: [{ messageId: 'cash', [key]: value }] }] });
      expect(error.message).toMatch(new RegExp(`problème 1 : ${key} attendu ${value}, obtenu \\d+`, 'u'));
      expect(error.expected).toBe(value);
    }
  });

  it('on a wrong suggestion output, text, id or count', () => {
    const wrong = (edit: (s: { messageId?: string; desc?: string; output: string }[]) => void) => {
      const c = cashCase();
      edit((c.errors as { suggestions: { messageId?: string; desc?: string; output: string }[] }[])[0].suggestions);
      return failure({ invalid: [c] }).message;
    };
    expect(wrong((s) => (s[1].output = 'Réglez au cabinet !\n'))).toMatch(/problème 1, suggestion 2 : texte après la suggestion inattendu \(différence au caractère 8\)/u);
    expect(wrong((s) => (s[0].desc = 'Remplacer par « carte »'))).toMatch(/suggestion 1 : texte attendu « Remplacer par « carte » », obtenu « Remplacer par « paiement par carte ou chèque » »/u);
    expect(wrong((s) => (s[0].messageId = 'cash'))).toMatch(/suggestion 1 : messageId attendu « cash », obtenu « useWording »/u);
    expect(wrong((s) => s.pop())).toMatch(/problème 1 : attendu 1 suggestion\(s\), obtenu 2/u);
  });

  it('on a wrong --fix output, a missing one, and a fix where output: null says none', () => {
    const errors = [{ messageId: 'shouting' }];
    expect(failure({ invalid: [{ code: 'Venez !!!', output: 'Venez !!', errors }] }, noShouting, 'no-shouting').message).toMatch(
      /texte après --fix inattendu \(différence au caractère 8\) :\n {2}attendu "Venez !!"\n {2}obtenu {2}"Venez !"/u,
    );
    expect(failure({ invalid: [{ code: 'Venez !!!', errors }] }, noShouting, 'no-shouting').message).toMatch(/la règle corrige le code : ajoutez output/u);
    expect(failure({ invalid: [{ code: 'Venez !!!', output: null, errors }] }, noShouting, 'no-shouting').message).toMatch(/attendu aucune correction \(output: null\)/u);
  });

  it('on a duplicate case (same code and options), in valid or across valid and invalid', () => {
    const dup = thrown(() => tester.run('no-cash', noCash, { valid: ['Carte bancaire acceptée.', { code: 'Carte bancaire acceptée.', options: {} }] }));
    expect(dup.message).toBe('RuleTester no-cash : cas en double : valid « Carte bancaire acceptée. » a le même code et les mêmes options que valid « Carte bancaire acceptée. » (markdown)');
    // Another name in the same format is the same case; another format is another case.
    expect(thrown(() => tester.run('no-cash', noCash, { valid: [{ code: 'Carte.', filename: 'a.md' }, { code: 'Carte.', filename: 'b.markdown' }] })).message).toMatch(/cas en double/u);
    runNow(() => tester.run('no-cash', noCash, { valid: [{ code: 'Carte.', filename: 'a.md' }, { code: 'Carte.', filename: 'a.txt' }] }));
    expect(thrown(() => tester.run('no-cash', noCash, { valid: [CASH], invalid: [cashCase()] })).message).toMatch(/cas en double : invalid « Réglez en cash ! »/u);
    // Option objects written in another order are the same options; other options make another case.
    expect(thrown(() => tester.run('no-shouting', noShouting, { valid: [{ code: 'A !', options: { max: 1 } }, { code: 'A !', options: { max: 1 } }] })).message).toMatch(/cas en double/u);
    runNow(() => tester.run('no-shouting', noShouting, { valid: [{ code: 'A !!', options: { max: 2 } }, { code: 'A !!', options: { max: 3 } }] }));
  });

  it('on an invalid case with no error, and a valid case with one', () => {
    expect(failure({ invalid: [{ code: 'Paiement par carte.', errors: [{ messageId: 'cash' }] }] }).message).toMatch(
      /agence\/no-cash › invalid › Paiement par carte\. : attendu au moins un problème, aucun signalé/u,
    );
    expect(failure({ valid: [CASH] }).message).toMatch(/valid › Réglez en cash ! : attendu aucun problème, obtenu 1 :\n {2}1:11-1:15 cash « « cash » : paiement/u);
    expect(failure({ invalid: [{ code: 'Le cash ou les espèces.', errors: 1 }] }).message).toMatch(/attendu 1 problème\(s\), obtenu 2/u);
    expect(thrown(() => tester.run('no-cash', noCash, { invalid: [{ code: CASH, errors: [] }] })).message).toMatch(/invalid\[0\] : un cas invalide attend au moins une erreur/u);
  });

  it('on options the rule does not declare, and on a rule whose meta is not a rule', () => {
    expect(thrown(() => tester.run('no-shouting', noShouting, { valid: [{ code: 'A', options: { maxi: 2 } }] })).message).toMatch(/rules\.no-shouting\.maxi : option inconnue/u);
    const bad = defineRule({ meta: { type: 'problem', docs: { description: '' }, messages: { x: 'X' } }, check() {} });
    expect(thrown(() => tester.run('agence/bad', bad, { valid: ['A'] })).message).toBe('extension RuleTester : règle bad : meta.docs.description doit être une phrase');
  });
});

describe('RuleTester finds its describe/it', () => {
  it('asks for them under vitest without globals, rather than falling back on node:test', () => {
    const saved = { describe: RuleTester.describe, it: RuleTester.it };
    RuleTester.describe = undefined;
    RuleTester.it = undefined;
    try {
      expect('describe' in globalThis).toBe(false);
      expect(() => tester.run('no-cash', noCash, { valid: ['Carte.'] })).toThrow(/vitest sans globals : écrivez `import \{ describe, it \} from 'vitest'; RuleTester\.describe = describe; RuleTester\.it = it;`/u);
      RuleTester.describe = (_name, body) => body();
      expect(() => tester.run('no-cash', noCash, { valid: ['Carte.'] })).toThrow(/describe et it doivent être fournis ensemble/u);
    } finally {
      RuleTester.describe = saved.describe;
      RuleTester.it = saved.it;
    }
  });
});

describe('RuleTester.runFixtures', () => {
  it('reads fixtures/<id>/{valid,invalid} with expected problems, suggestions and fixed text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-kit-'));
    try {
      const write = (rel: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), text);
      };
      write('no-cash/valid/carte.md', 'Paiement par carte.\n');
      write('no-cash/invalid/cash.txt', CASH);
      const expected = cashCase().errors as object[];
      write('no-cash/invalid/cash.expected.json', JSON.stringify(expected));
      runNow(() => tester.runFixtures(noCash, path.join(dir, 'no-cash')));
      const [first] = expected as { suggestions: { output: string }[] }[];
      first.suggestions[0].output = 'Réglez en carte !\n';
      write('no-cash/invalid/cash.expected.json', JSON.stringify(expected));
      const error = thrown(() => tester.runFixtures(noCash, path.join(dir, 'no-cash')));
      expect(error.message).toMatch(/no-cash › invalid › invalid\/cash\.txt : problème 1, suggestion 1 : texte après la suggestion inattendu/u);
      // A rule that gives a problem without a suggestion breaks the built-ins' promise (meta.hasSuggestions).
      write('no-shouting/invalid/cri.md', 'Venez !!!\n');
      write('no-shouting/invalid/cri.fixed.md', 'Venez !\n');
      runNow(() => tester.runFixtures(noShouting, path.join(dir, 'no-shouting')));
      expect(thrown(() => tester.runFixtures(noShouting, path.join(dir, 'no-shouting'), { requireSuggestions: true })).message).toMatch(/problème sans suggestion/u);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The same tester, registered through vitest's describe/it as a plugin's test file would.
RuleTester.describe = describe;
RuleTester.it = it;
new RuleTester({ profile: 'chirurgien-dentiste' }).run('agence/no-cash', noCash, { valid: ['Carte Vitale acceptée.'], invalid: [cashCase()] });
