// The legal brief's own examples (../shared/DOMAIN.md, section 2), as they are written: every « Flag » example is
// reported by its rule, no « Do NOT flag » example by any rule. Through the built CLI (scripts/domain-examples.mjs);
// skipped where the team's shared folder is not beside the project. The written variants (no accents, capitals,
// typos…) stay a script: `node scripts/domain-examples.mjs --variants`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const domain = path.join(root, '..', 'shared', 'DOMAIN.md');
const present = fs.existsSync(domain);

describe('DOMAIN.md examples', () => {
  it.skipIf(!present)(`are all read as the brief says${present ? '' : ' — ../shared/DOMAIN.md absent'}`, () => {
    const out = execFileSync(process.execPath, [path.join(root, 'scripts', 'domain-examples.mjs'), domain], { encoding: 'utf8' });
    const wrong = out.split('\n').filter((l) => /^(?:oubli|fausse alerte)\b/u.test(l));
    expect(out).toMatch(/à signaler/u);
    expect(wrong).toEqual([]);
  }, 60_000);
});
