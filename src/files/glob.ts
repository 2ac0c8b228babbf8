// A small glob matcher (Node 20 has no fs.glob): `*`, `**`, `?`, `[…]`, `{a,b}` and `\` escapes, on `/` paths.

const MAGIC = /[*?[{]/;

/** True when the pattern holds an unescaped `*`, `?`, `[` or `{`. */
export function isGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (MAGIC.test(ch)) return true;
  }
  return false;
}

/** Expands `{a,b}` alternatives (nested too) into plain patterns; `{x}` without a comma stays literal. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  const commas: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '{') {
      if (depth === 0) {
        open = i;
        commas.length = 0;
      }
      depth++;
    } else if (ch === ',' && depth === 1) {
      commas.push(i);
    } else if (ch === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        if (commas.length === 0) {
          // Literal braces: keep them (escaped) and expand what follows.
          const literal = `${head}\\{${pattern.slice(open + 1, i)}\\}`;
          return expandBraces(tail).map((t) => literal + t);
        }
        const bounds = [open, ...commas, i];
        const out: string[] = [];
        for (let k = 0; k < bounds.length - 1; k++) {
          const alternative = pattern.slice(bounds[k] + 1, bounds[k + 1]);
          for (const expanded of expandBraces(head + alternative + tail)) out.push(expanded);
        }
        return out;
      }
    }
  }
  return [pattern];
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

function escapeRegex(s: string): string {
  return s.replace(REGEX_SPECIAL, '\\$&');
}

/** One path segment (no `/`, no braces) to a regular-expression source. */
function segmentSource(segment: string): string {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '\\' && i + 1 < segment.length) {
      re += escapeRegex(segment[++i]);
    } else if (ch === '*') {
      while (segment[i + 1] === '*') i++;
      re += '[^/]*';
    } else if (ch === '?') {
      re += '[^/]';
    } else if (ch === '[') {
      const close = classEnd(segment, i);
      if (close === -1) {
        re += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      let negate = false;
      if (body[0] === '!' || body[0] === '^') {
        negate = true;
        body = body.slice(1);
      }
      const inner = body.replace(/\\(.)/g, '$1').replace(/[\\\]^]/g, '\\$&');
      re += negate ? `[^/${inner}]` : `[${inner}]`;
      i = close;
    } else {
      re += escapeRegex(ch);
    }
  }
  return re;
}

/** Index of the `]` that closes the class opened at `start`, or -1. A `]` right after `[`, `[!` or `[^` is literal. */
function classEnd(segment: string, start: number): number {
  let i = start + 1;
  if (segment[i] === '!' || segment[i] === '^') i++;
  if (segment[i] === ']') i++;
  for (; i < segment.length; i++) {
    if (segment[i] === '\\') i++;
    else if (segment[i] === ']') return i;
  }
  return -1;
}

/** Regular-expression source for a brace-free pattern, matched against a whole relative `/` path. */
function patternSource(pattern: string): string {
  const segments = pattern.split('/').filter((s, i, all) => s !== '' || i === all.length - 1);
  let re = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      re += last ? '.*' : '(?:[^/]+/)*';
    } else {
      re += segmentSource(segment) + (last ? '' : '/');
    }
  });
  return re;
}

/** Compiles a glob into a RegExp that must match a whole relative path written with `/`. */
export function globToRegExp(pattern: string): RegExp {
  const alternatives = expandBraces(pattern).map(patternSource);
  return new RegExp(`^(?:${alternatives.join('|')})$`, 'u');
}

/**
 * Splits a brace-free pattern into its static leading folders and the glob that follows, e.g.
 * `posts/2024/*.md` → { base: 'posts/2024', rest: '*.md' }. `base` is '' when the first segment is magic.
 */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  let k = 0;
  while (k < segments.length - 1 && !isGlob(segments[k])) k++;
  const base = segments.slice(0, k).join('/') || (pattern.startsWith('/') ? '/' : '');
  return { base: unescapeGlob(base), rest: segments.slice(k).join('/') };
}

/** Removes `\` escapes from a pattern with no magic left. */
export function unescapeGlob(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

/** The most path segments a brace-free pattern can match, or Infinity when it holds `**`. */
export function maxDepth(pattern: string): number {
  const segments = pattern.split('/');
  return segments.includes('**') ? Infinity : segments.length;
}
