import { emptyWindow, reserve, type RequestWindow } from '../../core/quota/request-window';

/**
 * The run's share of a per-minute quota (e.g. 60 Sheets reads per minute for our one service account).
 * One instance is shared by everything in a run that spends that quota; `take` waits (via the injected sleep)
 * until a request may go, so the run never exceeds the limit in any sliding minute.
 */
export class QuotaBudget {
  private window: RequestWindow;

  constructor(perMinute: number) {
    this.window = emptyWindow(perMinute);
  }

  get perMinute(): number {
    return this.window.limit;
  }

  async take(now: () => number, sleep: (ms: number) => Promise<void>): Promise<void> {
    // Reserve synchronously so concurrent callers queue in order instead of racing for the same slot.
    const { window, at } = reserve(this.window, now());
    this.window = window;
    const wait = at - now();
    if (wait > 0) await sleep(wait);
  }
}

/** Sheets read and write requests have separate quotas; one budget each. */
export interface SheetsBudgets {
  read: QuotaBudget;
  write: QuotaBudget;
}

export function sheetsBudgets(readsPerMinute = 60, writesPerMinute = 60): SheetsBudgets {
  return { read: new QuotaBudget(readsPerMinute), write: new QuotaBudget(writesPerMinute) };
}
