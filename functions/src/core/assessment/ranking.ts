/**
 * Standard competition ranking ("1224"): a rank is one more than the number of strictly better scores, so ties
 * share a rank whatever order the entries come in.
 */
export function competitionRanks(scores: readonly number[]): number[] {
  // Sorted once (n log n, not n²: a province ranks thousands): the first position of a score in descending
  // order is the number of strictly better scores.
  const firstAt = new Map<number, number>();
  [...scores].sort((a, b) => b - a).forEach((s, i) => { if (!firstAt.has(s)) firstAt.set(s, i); });
  return scores.map((s) => 1 + (firstAt.get(s) as number));
}

/** Ranks entries within groups (e.g. gardens within their role), keeping the entries' order. */
export function groupRanks<T>(entries: readonly T[], group: (e: T) => string, score: (e: T) => number): number[] {
  const ranks = new Array<number>(entries.length);
  const groups = new Map<string, number[]>();
  entries.forEach((e, i) => {
    const key = group(e);
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  for (const indexes of groups.values()) {
    const r = competitionRanks(indexes.map((i) => score(entries[i])));
    indexes.forEach((i, k) => (ranks[i] = r[k]));
  }
  return ranks;
}
