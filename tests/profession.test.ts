// An unknown profession in a post's front matter is an error naming the valid ones, never a silent médecin.
import { describe, expect, it } from 'vitest';
import { json, postlint, project, requireBuild } from './helpers/cli.js';
import { lintText } from '../src/engine/lint.js';
import { rules } from '../rules/index.js';
import { PROFILES, type ResolvedConfig } from '../src/types.js';

const config: ResolvedConfig = { rules: {}, ignorePatterns: [] };
const lint = (text: string, file = 'post.md', c = config) => lintText(text, { filePath: file, config: c, rules }).messages;

describe('profession in front matter', () => {
  it('an unknown profession is an error on its line, with every valid name', () => {
    const [m] = lint('---\ntitre: Rentrée\nprofession: plombier\n---\n\nLe cabinet rouvre le 2 septembre.\n');
    expect(m).toMatchObject({ ruleId: null, severity: 2, line: 3, column: 1 });
    expect(m.message).toContain('« plombier »');
    for (const p of PROFILES) expect(m.message).toContain(p);
  });

  it('in a plain-text post too, and for a value that is not a string', () => {
    expect(lint('---\nprofession: astronaute\n---\nBonne rentrée à tous.\n', 'post.txt')[0]).toMatchObject({ ruleId: null, severity: 2, line: 2 });
    expect(lint('---\nprofile: [medecin, dentiste]\n---\n\nBonne rentrée.\n')[0].message).toContain('liste');
  });

  it('known names and their usual spellings are not reported, and the profile is still applied', () => {
    for (const p of ['chirurgien-dentiste', 'Kinésithérapeute', 'sage femme', 'Pharmacien']) {
      expect(lint(`---\nprofession: ${p}\n---\n\nLe cabinet rouvre le 2 septembre.\n`)).toEqual([]);
    }
  });

  it('the rest of the post is still linted, under the configuration’s profession', () => {
    const messages = lint('---\nprofession: plombier\n---\n\n-30 % sur les détartrages ce mois-ci !\n', 'post.md', { ...config, profile: 'chirurgien-dentiste' });
    expect(messages.map((m) => m.ruleId)).toEqual([null, 'no-price-promotion']);
    expect(messages[1].message).toMatch(/R\.4127-2\d\d/u);
  });
});

describe('through the CLI', () => {
  it('stdin and a .txt file with an unknown profession: exit 1, the error in the report', async () => {
    requireBuild();
    const p = project({ 'post.txt': '---\nprofession: plombier\n---\nLe cabinet rouvre lundi.\n' });
    try {
      const file = await postlint(['post.txt', '-f', 'json'], { cwd: p.dir });
      expect(file.code).toBe(1);
      expect(json(file)[0].messages[0]).toMatchObject({ ruleId: null, severity: 2, line: 2 });
      const stdin = await postlint(['--stdin', '-f', 'json'], { cwd: p.dir, input: '---\nprofession: plombier\n---\nBonjour.\n' });
      expect(json(stdin)[0].messages[0].message).toContain('« plombier »');
    } finally {
      p.cleanup();
    }
  });
});
