// “Did you mean …?” for mistyped rule ids, option names, keys and profiles.
import { quote } from './quote.js';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** " ; vouliez-vous dire « x » ?" when a choice is close enough, else "". */
export function didYouMean(value: string, choices: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const d = distance(value, choice);
    if (d < bestDistance) {
      best = choice;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 4)) ? `vouliez-vous dire ${quote(best)} ? ` : '';
}
