// The built-in rules use postlint's public kit only (issue #8): a plugin author has everything a built-in rule
// has, and a helper a rule needs must be exported there first. Term files are data and import nothing from src.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const RULES = fileURLToPath(new URL('../rules/', import.meta.url));
const IMPORT = /\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gu;

describe('built-in rules import only from the public kit', () => {
  for (const file of readdirSync(RULES).filter((f) => f.endsWith('.ts') && f !== 'catalogue.ts' && f !== 'index.ts')) {
    it(file, () => {
      const source = readFileSync(path.join(RULES, file), 'utf8');
      const outside = [...source.matchAll(IMPORT)].map((m) => m[1] ?? m[2]).filter((s) => s.startsWith('../') && s !== '../src/rule-kit.js');
      expect(outside).toEqual([]);
    });
  }
});
