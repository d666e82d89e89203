import type { HistoryEntry } from '../../../../schemas';

const KIND_ORDER: Record<HistoryEntry['kind'], number> = { version: 0, freeze: 1, exception: 2, late: 3 };

/** A garden-month's history in time order; at the same instant a version comes before what happened to it. */
export function sortHistory(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].sort((a, b) => {
    const byTime = Date.parse(a.at) - Date.parse(b.at);
    if (byTime !== 0) return byTime;
    const byKind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
    if (byKind !== 0) return byKind;
    return (a.kind === 'version' && b.kind === 'version') ? a.version - b.version : 0;
  });
}
