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

/** Characters that do not stand for themselves in a regex source (outside a class). */
const META = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
/** A quantifier that may skip its atom (?, *, {0…}), tried at an index (sticky). */
const OPTIONAL_AT = /[?*]|\{0[,}]/uy;
/** Any quantifier, tried at an index (sticky). */
const QUANTIFIER_AT = /(?:[?*+]|\{\d+(?:,\d*)?\})\??/uy;

/** The quantifier that starts at `i` in `src` ('' when none): sticky, no slicing (needles are read at start-up). */
function quantifierAt(src: string, i: number): string {
  QUANTIFIER_AT.lastIndex = i;
  return QUANTIFIER_AT.exec(src)?.[0] ?? '';
}
function optionalAt(src: string, i: number): boolean {
  OPTIONAL_AT.lastIndex = i;
  return OPTIONAL_AT.test(src);
}

/** A needle set is better when its shortest needle is longer, then when it has fewer needles. */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const min = (x: string[]) => Math.min(...x.map((n) => n.trim().length));
  return min(b) > min(a) || (min(b) === min(a) && b.length < a.length) ? b : a;
}

/**
 * The best needles of a branch: each mandatory part of it (a literal run, or a group that is not optional) gives a
 * set one of whose members every match holds; the branch keeps its best part's set. Lookarounds consume nothing
 * and give none; a class, an escape or a quantifier ends a literal run.
 */
function branchNeedles(branch: string): string[] | undefined {
  let best: string[] | undefined;
  let run = '';
  const endRun = (optionalLast: boolean) => {
    const literal = optionalLast ? run.slice(0, -1) : run;
    if (literal.trim().length >= 2) best = better(best, [literal]);
    run = '';
  };
  for (let i = 0; i < branch.length; ) {
    const c = branch[i];
    if (c === '(') {
      endRun(false);
      const end = groupEnd(branch, i);
      if (end < 0) return undefined;
      const group = branch.slice(i, end);
      const optional = optionalAt(branch, end);
      i = end + quantifierAt(branch, end).length;
      if (/^\(\?<?[=!]/u.test(group) || optional) continue; // asserts, or may be skipped
      const body = group.startsWith('(?:') ? group.slice(3, -1) : /^\(\?<[a-zA-Z]/u.test(group) ? group.slice(group.indexOf('>') + 1, -1) : group.slice(1, -1);
      const inner = alternatives(body).map(branchNeedles);
      if (inner.every((x): x is string[] => !!x)) best = better(best, [...new Set(inner.flat())]);
      continue;
    }
    if (c === '[' || c === '\\') {
      let next = i + 2;
      if (c === '[') {
        for (next = i + 1; next < branch.length && branch[next] !== ']'; next++) if (branch[next] === '\\') next++;
        next++;
      } else if (/[pPu]/u.test(branch[i + 1] ?? '') && branch[i + 2] === '{') next = branch.indexOf('}', i) + 1;
      else if (branch[i + 1] === 'u') next = i + 6;
      else if (branch[i + 1] === 'x') next = i + 4;
      // An escaped punctuation mark is itself (« \. », « \- »); a letter escape (\s, \d, \b…) is a class or an assert.
      if (c === '\\' && /^[^a-zA-Z0-9]$/u.test(branch[i + 1] ?? '')) {
        const q = quantifierAt(branch, next);
        if (q) {
          endRun(false);
          i = next + q.length;
        } else {
          run += branch[i + 1];
          i = next;
        }
        continue;
      }
      endRun(false);
      i = next + quantifierAt(branch, next).length;
      continue;
    }
    if (META.has(c)) {
      // A quantifier applies to the run's last character: « remises? » needs « remise ».
      const q = quantifierAt(branch, i);
      if (q) {
        endRun(true);
        i += q.length;
        continue;
      }
      endRun(false);
      i++;
      continue;
    }
    run += c;
    i++;
  }
  endRun(false);
  return best;
}

/** Needles of a pattern: one of them occurs in every text the pattern matches; undefined when unknown. */
export function needlesOf(re: RegExp): string[] | undefined {
  if (re.flags.includes('i') || re.flags.includes('m')) return undefined;
  const branches = alternatives(re.source).map(branchNeedles);
  return branches.every((b): b is string[] => !!b) ? [...new Set(branches.flat())] : undefined;
}
