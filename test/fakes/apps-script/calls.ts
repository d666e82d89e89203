/** Counts service calls by name (`Range.setNotes`…), so tests can check that writes are batched. */
export class CallLog {
  private readonly counts = new Map<string, number>();
  count(name: string): void { this.counts.set(name, (this.counts.get(name) ?? 0) + 1); }
  get(name: string): number { return this.counts.get(name) ?? 0; }
  reset(): void { this.counts.clear(); }
  total(): number { let n = 0; for (const v of this.counts.values()) n += v; return n; }
}
