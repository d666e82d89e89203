import type { Firestore } from '@google-cloud/firestore';
import { ReminderRecord } from '../../../../schemas';
import type { ReminderStore } from '../../usecases/ports/reminder-store';
import { encode, readDoc } from './codec';
import { paths } from './paths';

/** Reminder records under reminders/{key}; saving a key again replaces it (a redelivered firing writes the same). */
export class FirestoreReminderStore implements ReminderStore {
  constructor(private readonly db: Firestore) {}

  async save(record: ReminderRecord): Promise<void> {
    const path = paths.reminder(record.key);
    await this.db.doc(path).set(encode(ReminderRecord, path, record));
  }

  async get(key: string): Promise<ReminderRecord | null> {
    return readDoc(this.db.doc(paths.reminder(key)), ReminderRecord);
  }
}
