// A big document is linted window by window (src/engine/windows.ts), each window's analyses dropped before the
// next: the windows cover every segment once, in order, never cut a top-level block, and a document made of many
// posts gets, for each post, what that post gets alone.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/document/index.js';
import { lintText } from '../src/engine/lint.js';
import { segmentWindows, setWindowSizes, streamWindows, WINDOW_TARGET, WINDOW_THRESHOLD } from '../src/engine/windows.js';
import { rules } from '../rules/index.js';
import type { ResolvedConfig, Segment } from '../src/types.js';

const POST = [
  '## Nouveau au cabinet',
  '',
  'Profitez de -30 % sur le blanchiment jusqu’à dimanche, résultats garantis dès la première séance !',
  '',
  '- bilan offert',
  '- suivi personnalisé',
  '',
  '> Une citation de notre charte : la santé n’est pas un commerce.',
  '',
].join('\n');
const config = (): ResolvedConfig => ({ rules: {}, ignorePatterns: [] });

describe('segment windows', () => {
  it('keeps a post in one window', () => {
    const { segments } = parseDocument(POST.repeat(20), 'post.md');
    expect(segmentWindows(segments)).toEqual([segments]);
  });

  it('covers every segment of a big document once, in order, cutting only between top-level blocks', () => {
    const { segments } = parseDocument(POST.repeat(60), 'post.md');
    const previous = setWindowSizes({ threshold: 2_000, target: 1_000 });
    try {
      const windows = segmentWindows(segments);
      expect(windows.length).toBeGreaterThan(10);
      expect(windows.flat()).toEqual(segments);
      for (let k = 1; k < windows.length; k++) {
        expect(windows[k][0].block).not.toBe(windows[k - 1][windows[k - 1].length - 1].block);
        expect(windows[k - 1].reduce((n, s) => n + s.text.length, 0)).toBeGreaterThanOrEqual(1_000);
      }
    } finally {
      setWindowSizes(previous);
    }
    // The real sizes: a post of up to 100 000 characters of prose is one window.
    expect([WINDOW_THRESHOLD, WINDOW_TARGET]).toEqual([100_000, 50_000]);
  });

  // (segmentWindows is this stream collected: what the test above checks of its windows holds here too)
  it('hands out windows from segments read one by one (lintText), short or big, empty included', () => {
    const previous = setWindowSizes({ threshold: 2_000, target: 1_000 });
    try {
      for (const copies of [0, 1, 3, 60]) {
        const { segments } = parseDocument(POST.repeat(copies), 'post.md');
        /** Characters of prose read from the stream, and handed out in windows. */
        let read = 0;
        let out = 0;
        const counted = (function* () {
          for (const s of segments) {
            read += s.text.length;
            yield s;
          }
        })();
        const windows: Segment[][] = [];
        for (const window of streamWindows(counted)) {
          windows.push(window);
          out += window.reduce((n, s) => n + s.text.length, 0);
          // A window is handed out before the rest is read: at most the threshold's worth is read ahead.
          expect(read - out).toBeLessThanOrEqual(2_000 + 200);
        }
        expect(read).toBe(out);
        expect(windows.flat()).toEqual(segments);
        // Up to the threshold, one window (an empty one for an empty document); past it, cuts between blocks only.
        if (read <= 2_000) expect(windows).toHaveLength(1);
        else expect(windows.length).toBeGreaterThan(10);
        for (let k = 1; k < windows.length; k++) expect(windows[k][0].block).not.toBe(windows[k - 1].at(-1)!.block);
      }
    } finally {
      setWindowSizes(previous);
    }
  });

  // Small windows (a few posts each) so that the document stays small: the same code path as 100 KB of prose.
  it('gives each post of a big document what the post gets alone, at its own lines', () => {
    const copies = 60;
    const previous = setWindowSizes({ threshold: 2_000, target: 1_000 });
    try {
      expect(segmentWindows(parseDocument(POST.repeat(copies), 'big.md').segments).length).toBeGreaterThan(10);
      const alone = lintText(POST, { filePath: 'post.md', config: config(), rules }).messages.map((m) => `${m.ruleId} ${m.line}:${m.column}`);
      expect(alone.length).toBeGreaterThan(2);
      const lines = POST.split('\n').length - 1;
      const big = lintText(POST.repeat(copies), { filePath: 'big.md', config: config(), rules }).messages;
      const perCopy = new Map<number, string[]>();
      for (const m of big) {
        const copy = Math.floor((m.line - 1) / lines);
        perCopy.set(copy, [...(perCopy.get(copy) ?? []), `${m.ruleId} ${m.line - copy * lines}:${m.column}`]);
      }
      expect(perCopy.size).toBe(copies);
      for (const [copy, found] of perCopy) expect(found, `copie ${copy}`).toEqual(alone);
    } finally {
      setWindowSizes(previous);
    }
  });
});
