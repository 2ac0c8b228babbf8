// Long prose runs are cut into bounded segments at sentence ends, with exact offsets and links kept.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document/index.js';
import { boundSegments, MAX_SEGMENT_LENGTH } from '../src/document/bounded-segments.js';
import { lintText } from '../src/engine/lint.js';
import { rules } from '../rules/index.js';

describe('bounded segments', () => {
  const sentence = 'Le cabinet est ouvert du lundi au vendredi, sur rendez-vous. ';
  const long = sentence.repeat(200) + 'Résultats garantis dès la première séance !';

  it('cuts a long paragraph at sentence ends, every piece within the bound', () => {
    const doc = parseDocument(long, 'post.txt');
    expect(doc.segments.length).toBeGreaterThan(1);
    for (const s of doc.segments) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SEGMENT_LENGTH);
      expect(s.text.length).toBe(s.starts.length);
      for (let i = 0; i < s.text.length; i++) expect(doc.source[s.starts[i]]).toBe(s.text[i]);
    }
    expect(doc.segments.map((s) => s.text).join('')).toBe(long);
    expect(doc.segments.slice(0, -1).every((s) => s.text.endsWith('. '))).toBe(true);
  });

  it('still reports at the exact position past the cut', () => {
    const r = lintText(long, { filePath: 'post.txt', config: { rules: {}, ignorePatterns: [] }, rules });
    const claim = r.messages.find((m) => m.ruleId === 'no-unverified-claim');
    expect(claim).toMatchObject({ line: 1, column: sentence.length * 200 + 1 });
  });

  it('keeps each link with the piece that holds it and never splits a surrogate pair', () => {
    const text = '😀'.repeat(10);
    const starts = [...text].flatMap((_, i) => [2 * i, 2 * i + 1]);
    const links = [{ kind: 'link' as const, url: 'https://has-sante.fr', start: 12, end: 13 }];
    const pieces = boundSegments([{ kind: 'text', text, starts, end: text.length, links, block: 0 }], 5);
    for (const p of pieces) expect(/^[\ud800-\udbff]/u.test(p.text.slice(-1)) && p.text.length > 0).toBe(false);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.links.length).map((p) => p.starts[0] <= 12 && 12 <= p.starts[p.starts.length - 1])).toEqual([true]);
  });
});
