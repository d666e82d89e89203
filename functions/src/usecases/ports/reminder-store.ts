import type { ReminderRecord } from '../../../../schemas';

/** What each reminder firing found, by business key. */
export interface ReminderStore {
  save(record: ReminderRecord): Promise<void>;
  get(key: string): Promise<ReminderRecord | null>;
}
