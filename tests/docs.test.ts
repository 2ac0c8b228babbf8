// The committed docs are what the generator would write now: stale docs fail the build.
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../rules/index.js';
import { packageRoot, renderExampleConfig, renderRuleDoc, renderRuleTable } from '../src/docs/render.js';

const root = packageRoot();
const stale = (file: string) => `${file} est obsolète : lancez \`npm run docs\``;

describe('generated docs', () => {
  for (const rule of rules) {
    it(`docs/rules/${rule.meta.id}.md is up to date`, () => {
      const file = path.join(root, 'docs', 'rules', `${rule.meta.id}.md`);
      expect(existsSync(file), stale(file)).toBe(true);
      expect(readFileSync(file, 'utf8'), stale(file)).toBe(renderRuleDoc(rule, root, rules));
    });
  }
  it('README rule table is up to date', () => {
    expect(readFileSync(path.join(root, 'README.md'), 'utf8').includes(renderRuleTable(rules)), stale('README.md')).toBe(true);
  });
  it('.postrc.example.json lists every rule with its default', () => {
    expect(readFileSync(path.join(root, '.postrc.example.json'), 'utf8'), stale('.postrc.example.json')).toBe(renderExampleConfig(rules));
    const example = JSON.parse(renderExampleConfig(rules));
    expect(Object.keys(example.rules).sort()).toEqual(rules.map((r) => r.meta.id).sort());
  });
});
