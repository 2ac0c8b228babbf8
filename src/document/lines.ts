// Offset ↔ line/column, ESLint's convention: 1-based lines, columns = UTF-16 code units + 1.
// A line ends at "\r\n", "\n" or "\r"; "\r\n" is one line break.

export interface Position {
  line: number;
  column: number;
}

export interface LineIndex {
  /** Offset of the first character of each line (lineStarts[0] === 0). */
  readonly lineStarts: readonly number[];
  /** Offset → 1-based line/column. Offsets outside the source are clamped. */
  position(offset: number): Position;
  /** 1-based line/column → offset (the inverse of position, clamped to the line). */
  offset(line: number, column: number): number;
}

/** Builds the line-start table once; every lookup is a binary search. */
export function lineIndex(source: string): LineIndex {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 10 /* \n */) {
      lineStarts.push(i + 1);
    } else if (code === 13 /* \r */) {
      if (source.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }

  const lineOf = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  return {
    lineStarts,
    position(offset: number): Position {
      let at = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), source.length) : 0;
      // The "\n" of a "\r\n" sits on the same column as the "\r": a column never counts the "\r".
      if (at > 0 && source.charCodeAt(at) === 10 && source.charCodeAt(at - 1) === 13) at--;
      const line = lineOf(at);
      return { line: line + 1, column: at - lineStarts[line] + 1 };
    },
    offset(line: number, column: number): number {
      const index = Math.min(Math.max(Math.trunc(line) - 1, 0), lineStarts.length - 1);
      const start = lineStarts[index];
      const next = index + 1 < lineStarts.length ? lineStarts[index + 1] : source.length;
      return Math.min(start + Math.max(Math.trunc(column) - 1, 0), next);
    },
  };
}
