import type { SpotCheck } from '../../../schemas';
import type { SpotCheckLog } from './ports/spot-check-log';
import type { SpotCheckSource } from './run-monthly-assessment';

/**
 * A spot-check source that also appends every verdict it hands out to the audit's spot-check log: whatever a
 * run assessed with is on record, with when it was first seen. Wrap the run's source with it.
 */
export function recordingSpotChecks(inner: SpotCheckSource, log: SpotCheckLog, now: () => string): SpotCheckSource {
  return {
    // Forwards whatever the source's query is (months, gardens…): the wrapper only records the answer.
    async list(...query: Parameters<SpotCheckSource['list']>): Promise<SpotCheck[]> {
      const checks = await inner.list(...query);
      await log.record(checks, now());
      return checks;
    },
  };
}
