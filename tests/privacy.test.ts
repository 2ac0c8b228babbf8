// No patient identifier leaves postlint in clear: whatever rule quotes it, in every format, in --fix-dry-run's
// output, in error lines. The posts below put identifiers inside the spans that other rules quote.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentMask, maskIdentifiers } from '../src/engine/privacy.js';
import { json, postlint, project, requireBuild } from './helpers/cli.js';

const POSTS: Record<string, string> = {
  'temoignage.md': [
    '# Témoignage',
    '',
    '« Appelez-moi au 06 12 34 56 78, le Dr Martin m’a guérie ! » nous écrit Mme Lefèvre, opérée en mai.',
    '',
    'Mon NIR 2 70 02 29 019 045 82 le prouve : le meilleur cabinet de Rennes, écrivez à martine.lefevre@gmail.com.',
    '',
  ].join('\n'),
  'promo.txt': [
    '-50 % pour la famille de Mme Lefèvre (dossier n° 2024-0457), née le 12/03/1985 : bien moins cher qu’ailleurs !',
    'Sa fille est joignable au 06 98 76 54 32.',
    '',
    '« Je suis Martine Lefèvre, NIR 2 70 02 29 019 045 82, et mon dentiste est le meilleur de France ! » ⭐⭐⭐⭐⭐',
    '',
  ].join('\n'),
  'avant-apres.md': [
    'Avant/après de Mme Lefèvre, 45 ans, opérée le 3 mai : écrivez-lui à martine.lefevre@gmail.com',
    'ou au 06 12 34 56 78. Résultat garanti à vie, sans aucun risque.',
    '',
    '![Avant/après Martine Lefèvre 06 12 34 56 78](avant-apres.jpg)',
    '',
  ].join('\n'),
  // The issue's own example: the name is only ever quoted by no-testimonial.
  'ticket.txt': '« Je suis Martine Lefèvre, NIR 2 70 02 29 019 045 82, le Dr X m’a sauvé la vie ! »\n\n06 12 34 56 78 : appelez-moi, je témoigne.\n',
  'anglais.txt': 'Best clinic in Paris! Our patient Martine Lefevre (call her on +33 6 12 34 56 78) got 30% off her veneers.\n',
};

/** The identifiers of the posts, as a reader would find them in clear (digits compared without separators). */
const CLEAR = ['martine', '0612345678', '33612345678', '0698765432', '270022901904582', 'martine.lefevre', 'lefèvre', 'lefevre', '20240457', '12031985'];

/** Identifiers found in `output`, separators between digits ignored. */
function leaks(output: string): string[] {
  const flat = output.toLowerCase().replace(/(\d)[\s.\-/\u00a0\u202f]+(?=\d)/gu, '$1');
  return CLEAR.filter((id) => flat.includes(id));
}

describe('no identifier in clear, in any format', () => {
  let p: ReturnType<typeof project>;
  beforeAll(() => {
    requireBuild();
    p = project(POSTS);
  });
  afterAll(() => p.cleanup());

  for (const format of ['stylish', 'json', 'sarif', 'github']) {
    it(`--format ${format}`, async () => {
      const run = await postlint(['.', '-f', format, '--suggestions', 'inline'], { cwd: p.dir });
      expect(run.code).toBe(1);
      expect(leaks(run.stdout + run.stderr)).toEqual([]);
    });
  }

  it('the rules that quote these spans still quote them, masked (the test reads real quotes)', async () => {
    const results = json(await postlint(['.', '-f', 'json'], { cwd: p.dir }));
    const messages = results.flatMap((r: any) => r.messages).filter((m: any) => m.ruleId !== 'no-patient-identifier');
    const quoting = messages.filter((m: any) => /•/u.test(m.message) || m.suggestions?.some((s: any) => /•/u.test(s.desc)));
    expect(quoting.length).toBeGreaterThan(0);
    expect(new Set(messages.map((m: any) => m.ruleId)).size).toBeGreaterThanOrEqual(4);
  });

  it('--fix-dry-run: the output shown holds no identifier, names that --fix leaves included', async () => {
    const run = await postlint(['.', '-f', 'json', '--fix-dry-run'], { cwd: p.dir });
    const results = json(run);
    expect(results.some((r: any) => typeof r.output === 'string')).toBe(true);
    expect(leaks(run.stdout)).toEqual([]);
    // Dry run: nothing written.
    for (const [name, text] of Object.entries(POSTS)) expect(fs.readFileSync(p.path(name), 'utf8')).toBe(text);
  });

  it('with the patient rule off, and with every rule off but one, identifiers are still masked', async () => {
    for (const args of [['--rule', 'no-patient-identifier:off'], ['--rule', 'no-patient-identifier:off', '--rule', 'no-price-promotion:off']]) {
      const run = await postlint(['.', '-f', 'json', ...args], { cwd: p.dir });
      expect(leaks(run.stdout + run.stderr)).toEqual([]);
    }
  });

  it('error lines and debug traces mask identifiers', async () => {
    const q = project({ 'post.md': '---\ntitre: "Mme Lefèvre 06 12 34 56 78\n---\n\nBonjour.\n', '.postrc.json': '{"rules": {"no-patient-identifier": ["error", {"allow": 612345678}]}}' });
    try {
      const run = await postlint(['post.md'], { cwd: q.dir, env: { POSTLINT_DEBUG: '1' } });
      expect(run.code).toBe(2);
      expect(leaks(run.stdout + run.stderr)).toEqual([]);
      const yaml = await postlint(['post.md', '--no-config-lookup', '-f', 'json'], { cwd: q.dir, env: { POSTLINT_DEBUG: '1' } });
      expect(leaks(yaml.stdout + yaml.stderr)).toEqual([]);
    } finally {
      q.cleanup();
    }
  });
});

describe('patient contact details: --fix masks them and a second run is clean', () => {
  it('a patient’s phone, e-mail and address', async () => {
    requireBuild();
    const post = 'Mme X., 45 ans, reste joignable au 06 12 34 56 78 ou à mme.x.rennes@orange.fr.\n\nSa fille habite au 14 rue des Tilleuls, 35000 Rennes, et répond au 06 98 76 54 32.\n';
    const q = project({ 'suivi.txt': post });
    try {
      const first = await postlint(['suivi.txt', '-f', 'json'], { cwd: q.dir });
      expect(json(first)[0].messages.filter((m: any) => m.ruleId === 'no-patient-identifier')).toHaveLength(4);
      await postlint(['suivi.txt', '--fix'], { cwd: q.dir });
      const fixed = fs.readFileSync(q.path('suivi.txt'), 'utf8');
      expect(leaks(fixed)).toEqual([]);
      expect(fixed).not.toMatch(/orange\.fr|Tilleuls/u);
      const second = await postlint(['suivi.txt'], { cwd: q.dir });
      expect(second.code).toBe(0);
    } finally {
      q.cleanup();
    }
  });
});

describe('the masking step', () => {
  it('masks identifiers recognisable anywhere, and leaves other text alone', () => {
    const text = 'NIR 1 85 05 78 006 084 36, tél. +33 6 12 34 56 78, 0612345678, +32 470 12 34 56, x.y@exemple.fr, née le 12/03/1985';
    const masked = maskIdentifiers(text);
    expect(leaks(masked)).toEqual([]);
    expect(masked).not.toMatch(/185057800608436|470123456|x\.y@/u);
    expect(maskIdentifiers('Consultation : 30 €, le 12 mars, 1 200 patients')).toBe('Consultation : 30 €, le 12 mars, 1 200 patients');
    expect(maskIdentifiers(masked)).toBe(masked);
  });

  it('masks what the document’s sensitive rules found, whole or word by word, across line breaks and cut excerpts', () => {
    const mask = documentMask([{ start: 0, end: 15, raw: 'Martine Lefèvre', masked: 'M••• L•••' }]);
    expect(mask('« Martine Lefèvre » et « Martine\nLefèvre »')).toBe('« M••• L••• » et « M••• L••• »');
    expect(mask('« merci Martine »')).toBe('« merci M••• »');
    expect(mask('« témoignage de Martine Lef… »')).toBe('« témoignage de M••• L•••… »');
    expect(mask('« Martinez »')).toBe('« Martinez »');
  });
});

describe('the masking step keeps what the rule kept', () => {
  it('only the words the rule masked are masked elsewhere (« Bébé » stays, « Maël » does not)', () => {
    const mask = documentMask([{ start: 0, end: 9, raw: 'Bébé Maël', masked: 'Bébé M•••' }]);
    expect(mask('Remplacer par « Bébé »')).toBe('Remplacer par « Bébé »');
    expect(mask('« Maël, né hier »')).toBe('« M•••, né hier »');
  });
});
