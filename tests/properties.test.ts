// Properties of the whole lint over generated drafts (tests/helpers/arbitraries.ts): French prose with markup,
// line-break styles, BOM, front matter, directives, arbitrary Unicode and phrases the rules report.
// A failure prints the seed and the shrunk counter-example: `fc.assert(..., { seed, path })` replays it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint.js';
import { applyFixes } from '../src/engine/fix.js';
import { rules } from '../rules/index.js';
import type { Fix, LintMessage, LintResult, ResolvedConfig } from '../src/types.js';
import { draft, MACHINE_IDENTIFIERS, rawText, type Draft } from './helpers/arbitraries.js';

/** A lint costs ~5–10 ms: 60 runs per property keep the file at a few seconds; POSTLINT_PROPERTY_RUNS=3000 searches harder. */
const RUNS = { numRuns: Number(process.env.POSTLINT_PROPERTY_RUNS ?? 60) };
/** Properties that lint each draft three to six times run on half as many. */
const COSTLY_RUNS = { numRuns: Math.ceil(RUNS.numRuns / 2) };

const DEFAULTS: ResolvedConfig = { rules: {}, ignorePatterns: [] };
/** Every rule on at error, whatever the profile: rules off by default in some profile run too. */
const ALL_ON: ResolvedConfig = { rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: 2 }])), ignorePatterns: [] };
const config = fc.constantFrom(DEFAULTS, ALL_ON);

const lint = (d: Draft, cfg: ResolvedConfig, fix = false): LintResult => lintText(d.text, { filePath: d.filePath, config: cfg, fix, rules });

/** The text the engine positions are counted in: the source without its BOM. */
const body = (text: string): string => text.replace(/^\ufeff/u, '');

/** Lines as ESLint counts them: "\r\n", "\n" and "\r" end a line. Returns each line's start offset and length. */
function lines(source: string): Array<{ start: number; length: number }> {
  const out: Array<{ start: number; length: number }> = [];
  const breaks = /\r\n|\r|\n/gu;
  let start = 0;
  for (let m = breaks.exec(source); m; m = breaks.exec(source)) {
    out.push({ start, length: m.index - start });
    start = m.index + m[0].length;
  }
  out.push({ start, length: source.length - start });
  return out;
}

/** Source offset of a 1-based line/column, or null when the position is not inside the file. */
function offsetOf(table: ReturnType<typeof lines>, line: number, column: number): number | null {
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || line > table.length) return null;
  const l = table[line - 1];
  return column >= 1 && column <= l.length + 1 ? l.start + column - 1 : null;
}

function describeMessage(m: LintMessage): string {
  return `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${JSON.stringify(m.message.slice(0, 80))}`;
}

/** The message's range as source offsets, asserting it lies inside the file with start <= end. */
function rangeOf(source: string, m: LintMessage): [number, number] {
  const table = lines(source);
  const start = offsetOf(table, m.line, m.column);
  const end = offsetOf(table, m.endLine, m.endColumn);
  expect(start, `début hors du fichier : ${describeMessage(m)}`).not.toBeNull();
  expect(end, `fin hors du fichier : ${describeMessage(m)}`).not.toBeNull();
  expect(start!, `début après la fin : ${describeMessage(m)}`).toBeLessThanOrEqual(end!);
  return [start!, end!];
}

function expectFixRangeInside(source: string, range: readonly [number, number], what: string): void {
  const [start, end] = range;
  expect(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= source.length, `${what} [${start}, ${end}] hors de 0..${source.length}`).toBe(true);
}

/** The quote a message opens with (« … » : ), if any. */
const quoted = (message: string): string | null => /^« ([\s\S]*?) » :/u.exec(message)?.[1] ?? null;

const LINE_TERMINATOR = /[\r\n\u2028\u2029]/u;
const collapse = (s: string): string => s.replace(/\s+/gu, ' ').trim();
const QUOTATION_MARKS = /^[«“"]\s*|\s*[»”"]$/gu;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0', eacute: 'é' };
/** Markdown character references as prose shows them (&#233; &eacute; → é). */
const decodeReferences = (text: string): string =>
  text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|(\w+));/gu, (whole, dec?: string, hex?: string, name?: string) =>
    dec || hex ? String.fromCodePoint(parseInt((dec ?? hex)!, dec ? 10 : 16) || 0xfffd) : (NAMED[name!] ?? whole),
  );

/** `secret` appears in `text` as a whole (not inside a longer word or number), whatever its spacing. */
function inClear(secret: string, text: string): boolean {
  const body = secret.split(/\s+/u).map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** `needle`'s characters appear in `hay` in order (markup between them dropped). */
function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const c of hay) if (i < needle.length && needle.startsWith(c, i)) i += c.length;
  return i === needle.length;
}

/** `after` keeps the text of `before` between the ranges, in order: after = kept0 X kept1 X … keptN. */
function expectChangedOnlyIn(before: string, after: string, ranges: ReadonlyArray<readonly [number, number]>): void {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const kept: string[] = [];
  let cursor = 0;
  for (const [start, end] of sorted) {
    kept.push(start > cursor ? before.slice(cursor, start) : '');
    cursor = Math.max(cursor, end);
  }
  const tail = before.slice(cursor);
  expect(after.startsWith(kept[0]), 'texte modifié avant le premier correctif').toBe(true);
  let at = kept[0].length;
  for (const piece of kept.slice(1)) {
    const found = after.indexOf(piece, at);
    expect(found, `texte entre deux correctifs perdu : ${JSON.stringify(piece.slice(0, 40))}`).toBeGreaterThanOrEqual(0);
    at = found + piece.length;
  }
  expect(after.endsWith(tail) && after.length - tail.length >= at, 'texte modifié après le dernier correctif').toBe(true);
}

describe('lint properties (fast-check)', () => {
  it('never throws, on drafts and on arbitrary UTF-16 (lone surrogates, controls), with and without fix', () => {
    fc.assert(
      fc.property(fc.oneof(draft, rawText), config, fc.boolean(), (d, cfg, fix) => {
        expect(() => lint(d, cfg, fix)).not.toThrow();
      }),
      RUNS,
    );
  });

  it('puts every range inside the file (start <= end), and every fix and suggestion range inside the source', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: draft }, { weight: 1, arbitrary: rawText }), config, (d, cfg) => {
        const source = body(d.text);
        for (const m of lint(d, cfg).messages) {
          rangeOf(source, m);
          if (m.fix) expectFixRangeInside(source, m.fix.range, `correctif de ${describeMessage(m)}`);
          for (const s of m.suggestions ?? []) expectFixRangeInside(source, s.fix.range, `suggestion de ${describeMessage(m)}`);
        }
      }),
      RUNS,
    );
  });

  it('is deterministic: the same draft gives the same JSON, even after linting another draft in between', () => {
    fc.assert(
      fc.property(draft, draft, config, fc.boolean(), (a, b, cfg, fix) => {
        const first = JSON.stringify(lint(a, cfg, fix));
        lint(b, cfg, fix);
        expect(JSON.stringify(lint(a, cfg, fix))).toBe(first);
      }),
      COSTLY_RUNS,
    );
  });

  it('fix is idempotent, and each pass changes nothing outside the ranges of the fixes reported on its text', () => {
    fc.assert(
      fc.property(draft, config, (d, cfg) => {
        const fixed = lint(d, cfg, true);
        const output = fixed.output ?? d.text;
        expect(output.startsWith('\ufeff'), 'BOM perdu ou ajouté').toBe(d.text.startsWith('\ufeff'));
        // A second run with fix on the fixed text changes nothing and has nothing left to fix.
        const again = lint({ ...d, text: output }, cfg, true);
        expect(again.output, 'un second --fix modifie encore le texte').toBeUndefined();
        expect(again.messages.filter((m) => m.fix).map(describeMessage)).toEqual([]);

        // Replayed pass by pass (a fix may reveal another problem: a pass works on the previous pass's text).
        let text = body(d.text);
        for (let pass = 0; pass < 10; pass++) {
          const fixes = lint({ ...d, text }, cfg).messages.filter((m): m is LintMessage & { fix: Fix } => !!m.fix);
          if (fixes.length === 0) break;
          const next = applyFixes(text, fixes).output;
          expectChangedOnlyIn(text, next, fixes.map((m) => m.fix.range));
          if (next === text) break;
          text = next;
        }
        expect(text, 'la sortie de --fix n’est pas celle des correctifs signalés').toBe(body(output));
      }),
      COSTLY_RUNS,
    );
  });

  it('puts no raw line break in any message, suggestion or fix text', () => {
    fc.assert(
      fc.property(draft, config, (d, cfg) => {
        for (const m of lint(d, cfg).messages) {
          expect(LINE_TERMINATOR.test(m.message), `saut de ligne dans ${describeMessage(m)}`).toBe(false);
          if (m.fix) expect(LINE_TERMINATOR.test(m.fix.text), `saut de ligne dans le correctif de ${describeMessage(m)}`).toBe(false);
          for (const s of m.suggestions ?? []) {
            expect(LINE_TERMINATOR.test(s.desc), `saut de ligne dans une suggestion de ${describeMessage(m)}`).toBe(false);
            expect(LINE_TERMINATOR.test(s.fix.text), `saut de ligne dans le texte d’une suggestion de ${describeMessage(m)}`).toBe(false);
          }
        }
      }),
      RUNS,
    );
  });

  // What holds, measured over thousands of drafts: a quote is the span's text with Markdown markup dropped,
  // whitespace collapsed, the span's own quotation marks left out (testimonials), shortened with a final « … »
  // when long, identifiers masked with •. In plain text there is no markup to drop: the quote is the span itself.
  it('quotes the text of its range: the same characters in order (markup dropped, identifiers masked with •)', () => {
    fc.assert(
      fc.property(draft, config, (d, cfg) => {
        const source = body(d.text);
        for (const m of lint(d, cfg).messages) {
          const quote = m.ruleId === null ? null : quoted(m.message);
          if (quote === null) continue;
          const [start, end] = rangeOf(source, m);
          const span = collapse(source.slice(start, end));
          const shown = collapse(quote);
          expect(shown.includes('\ufffc'), `caractère de remplacement interne dans ${describeMessage(m)}`).toBe(false);
          // « … » marks an elision (a long quote cut, inline code or an image left out), • a masked character.
          const visible = shown.replace(/[…•\s]/gu, '');
          const inSpan = (text: string) => isSubsequence(visible, text.replace(/[…\s]/gu, ''));
          expect(inSpan(span) || inSpan(decodeReferences(span)), `citation ${JSON.stringify(shown)} absente de la plage ${JSON.stringify(span)}`).toBe(true);
          const plain = d.filePath.endsWith('.txt') && !shown.includes('•');
          if (plain) {
            const bare = span.replace(QUOTATION_MARKS, '');
            const exact = shown.endsWith('…') ? bare.startsWith(shown.slice(0, -1)) : shown === bare;
            expect(exact, `texte brut : citation ${JSON.stringify(shown)} ≠ plage ${JSON.stringify(bare)}`).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('prints no identifier in clear: not the phones, NIR and e-mail of the drafts, not what the patient rule reports', () => {
    fc.assert(
      fc.property(draft, config, fc.boolean(), (d, cfg, fix) => {
        const source = body(d.text);
        const { messages } = lint(d, cfg, fix);
        const printed = messages.flatMap((m) => [m.message, m.fix?.text ?? '', ...(m.suggestions ?? []).flatMap((s) => [s.desc, s.fix.text])]);
        const reported = fix ? [] : messages.filter((m) => m.ruleId === 'no-patient-identifier').map((m) => source.slice(...rangeOf(source, m)));
        const secrets = [...MACHINE_IDENTIFIERS, ...reported].map(collapse).filter((x) => x.replace(/\s/gu, '').length >= 4);
        for (const text of printed) {
          for (const secret of secrets) expect(inClear(secret, text), `« ${secret} » en clair dans ${JSON.stringify(text)}`).toBe(false);
        }
      }),
      RUNS,
    );
  });

  // Counter-examples the properties found, kept as plain cases (fixed).
  it('never splits a surrogate pair when masking an e-mail that starts with an astral letter', () => {
    const [m] = lintText('Écrivez à 𐀀martine.lefevre@exemple.fr pour le suivi.\n', { filePath: 'post.md', config: DEFAULTS, rules }).messages;
    expect(m?.ruleId).toBe('no-patient-identifier');
    expect(m.message.startsWith('« 𐀀•••@exemple.fr » :')).toBe(true);
    expect(m.message).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u);
  });

  it('shows inline code inside a quoted testimonial as an elision, not as U+FFFC', () => {
    const text = '« Le Dr X `m’a` sauvé la vie ! »\n';
    const m = lintText(text, { filePath: 'post.md', config: DEFAULTS, rules }).messages.find((x) => x.ruleId === 'no-testimonial');
    expect(m?.message).toMatch(/^« Le Dr X … sauvé la vie ! » :/u);
  });

  // Found by the property above: the range stopped after the « & » of « &#233; » (src/engine/lint.ts rangeIn).
  it('a range ending on a character reference covers the whole reference', () => {
    const text = '98 % de patients satisfaits&#233; !\n';
    const m = lintText(text, { filePath: 'post.md', config: DEFAULTS, rules }).messages.find((x) => x.ruleId === 'no-testimonial')!;
    expect(m).toBeDefined();
    expect(text.slice(m.column - 1, m.endColumn - 1)).toBe('98 % de patients satisfaits&#233;');
  });
});
