// Literal words a hand-written pattern cannot match without, read from its source: a pattern is run over a text
// only when one of them occurs in it (a plain substring test), so that dozens of patterns do not each scan every
// paragraph. Conservative: when the source is not a plain enough shape, no needle, and the pattern always runs.

/** Index just past the group opening at `open` (a `(`), or -1 when unbalanced. Skips escapes and classes. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The top-level alternatives of a source (split on `|` outside groups and classes). */
function alternatives(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') {
      const end = groupEnd(src, i);
      if (end < 0) return [src];
      i = end - 1;
    } else if (c === '|') {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** The literal a branch must start with (after lookarounds), or undefined. */
function leadingLiterals(branch: string): string[] | undefined {
  let s = branch;
  // Lookarounds and \b assert, they consume nothing.
  for (;;) {
    if (s.startsWith('\\b')) s = s.slice(2);
    else if (/^\(\?<?[=!]/u.test(s)) {
      const end = groupEnd(s, 0);
      if (end < 0) return undefined;
      s = s.slice(end);
    } else break;
  }
  if (s.startsWith('(?:')) {
    const end = groupEnd(s, 0);
    if (end < 0 || /^[?*]|^\{0/u.test(s.slice(end))) return undefined; // an optional group may be skipped
    const inner = alternatives(s.slice(3, end - 1)).map(leadingLiterals);
    return inner.every((x): x is string[] => !!x) ? inner.flat() : undefined;
  }
  const run = /^[a-z0-9' ]+/u.exec(s)?.[0] ?? '';
  // A quantifier after the run makes its last character optional (« remises? »).
  const literal = /^[?*{]/u.test(s.slice(run.length)) ? run.slice(0, -1) : run;
  return literal.trim().length >= 2 ? [literal] : undefined;
}

/** Needles of a pattern: one of them occurs in every text the pattern matches; undefined when unknown. */
export function needlesOf(re: RegExp): string[] | undefined {
  if (re.flags.includes('i') || re.flags.includes('m')) return undefined;
  const branches = alternatives(re.source).map(leadingLiterals);
  return branches.every((b): b is string[] => !!b) ? [...new Set(branches.flat())] : undefined;
}
