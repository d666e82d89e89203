/**
 * A simulated clock shared by the fake Google server (quota windows, storms) and the client under test
 * (backoff sleeps, request budget). `sleep` advances time instead of waiting, so a 90-s 429 storm runs in
 * milliseconds. Concurrent sleepers wake in order of their wake-up time: each flush pops the earliest one.
 * Time never jumps while an HTTP exchange made through `trackFetch` is in flight: otherwise one worker's backoff
 * could move the clock while another worker's request is on the wire, and it would arrive "late".
 */
export class SimulatedClock {
  private current: number;
  private readonly sleepers: { at: number; seq: number; wake: () => void }[] = [];
  private seq = 0;
  private flushScheduled = false;
  private inFlight = 0;

  constructor(start: number | string = '2020-05-20T02:00:00Z') {
    this.current = typeof start === 'number' ? start : Date.parse(start);
  }

  readonly now = (): number => this.current;

  /** Resolves once simulated time has reached now + ms (never earlier; later if the clock already jumped past). */
  readonly sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      this.sleepers.push({ at: this.current + Math.max(0, ms), seq: this.seq++, wake: resolve });
      this.scheduleFlush();
    });

  /**
   * Wraps a fetch so the clock holds still for the whole exchange, body included (read here, so the caller's
   * remaining work is microtasks that finish before the next flush).
   */
  trackFetch(inner: typeof fetch = fetch): typeof fetch {
    return async (input, init) => {
      this.inFlight++;
      try {
        const res = await inner(input, init);
        const body = await res.arrayBuffer();
        return new Response(res.status === 204 ? null : body, { status: res.status, statusText: res.statusText, headers: res.headers });
      } finally {
        this.inFlight--;
        this.scheduleFlush();
      }
    };
  }

  /** Moves time forward (e.g. to let a storm's window pass between two test steps). */
  advance(ms: number): void {
    this.current += ms;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // setImmediate lets every sleeper registered in this turn enqueue first, so the earliest really wakes first.
    setImmediate(() => {
      this.flushScheduled = false;
      if (this.inFlight > 0) return; // the exchange's end schedules the next flush
      this.sleepers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.sleepers.shift();
      if (!next) return;
      this.current = Math.max(this.current, next.at);
      next.wake();
      if (this.sleepers.length) this.scheduleFlush();
    });
  }
}
