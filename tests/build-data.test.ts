// The build's data files are written in ASCII (src/files/build-data.ts) so that a run copies them into strings
// instead of decoding UTF-8: the escaping must give back the same program and the same data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { escapeNonAscii, readBuildText } from '../src/files/build-data.js';

describe('escapeNonAscii', () => {
  it('gives back the same strings, regular expressions and JSON, emoji included', () => {
    const program = String.raw`({ s: 'Résultat garanti ’ 😍', re: /[’'é-ï]+😍?/u, legacy: /œ|é/, json: JSON.parse('{"a":"très 👍"}') })`;
    const escaped = escapeNonAscii(program);
    expect(/^[\x00-\x7f]*$/u.test(escaped)).toBe(true);
    const before = vm.runInNewContext(program);
    const after = vm.runInNewContext(escaped);
    expect(after.s).toBe(before.s);
    expect(after.json).toEqual(before.json);
    for (const text of ['l’été', 'élève 😍', "l'ïle"]) expect(after.re.exec(text)?.[0]).toBe(before.re.exec(text)?.[0]);
    expect(after.legacy.test('cœur')).toBe(true);
    const data = { sources: ['(?:l[’\']|é)', 'naïf 🦷'] };
    expect(JSON.parse(escapeNonAscii(JSON.stringify(data)))).toEqual(data);
    // An escaped backslash before the character is fine; a backslash escaping the character itself is refused.
    expect(JSON.parse(escapeNonAscii(JSON.stringify('\\é')))).toBe('\\é');
    expect(() => escapeNonAscii('/\\é/')).toThrow(/barre oblique inverse/u);
  });
});

describe('readBuildText', () => {
  it('reads an ASCII file and, as a fallback, a UTF-8 one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-build-data-'));
    try {
      const ascii = path.join(dir, 'a.json');
      const utf8 = path.join(dir, 'b.json');
      fs.writeFileSync(ascii, escapeNonAscii(JSON.stringify({ t: 'déjà' })));
      fs.writeFileSync(utf8, JSON.stringify({ t: 'déjà' }));
      expect(JSON.parse(readBuildText(ascii)).t).toBe('déjà');
      expect(readBuildText(utf8)).toBe('{"t":"déjà"}');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
