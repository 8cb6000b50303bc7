/**
 * "Did you mean …": the name an author most likely meant when a link or key has a typo. A slip
 * of the keyboard is a letter missing, extra, wrong or swapped with its neighbour; a name counts
 * as a near miss within one such slip for short names, two from 6 letters, three from 12.
 */

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  // Three rows of the classic table: the swap of neighbours looks two rows back.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, before[j - 2]! + 1);
      row.push(best);
    }
    [before, previous] = [previous, row];
  }
  return previous[b.length]!;
}

/** The candidate closest to `name`, if it is a near miss; the first one wins a tie. */
export function nearMiss(name: string, candidates: Iterable<string>): string | undefined {
  const allowed = name.length >= 12 ? 3 : name.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let distance = allowed + 1;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const d = editDistance(name, candidate);
    if (d < distance) [best, distance] = [candidate, d];
  }
  return best;
}
