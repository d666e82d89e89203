/**
 * Standard competition ranking ("1224"): a rank is one more than the number of strictly better scores, so ties
 * share a rank whatever order the entries come in.
 */
export function competitionRanks(scores: readonly number[]): number[] {
  return scores.map((s) => 1 + scores.filter((other) => other > s).length);
}

/** Ranks entries within groups (e.g. gardens within their role), keeping the entries' order. */
export function groupRanks<T>(entries: readonly T[], group: (e: T) => string, score: (e: T) => number): number[] {
  const ranks = new Array<number>(entries.length);
  const groups = new Map<string, number[]>();
  entries.forEach((e, i) => groups.set(group(e), [...(groups.get(group(e)) ?? []), i]));
  for (const indexes of groups.values()) {
    const r = competitionRanks(indexes.map((i) => score(entries[i])));
    indexes.forEach((i, k) => (ranks[i] = r[k]));
  }
  return ranks;
}
