import type { Firestore } from '@google-cloud/firestore';
import type { z } from 'zod';
import type { AssessmentStore } from '../../usecases/ports/assessment-store';
import type { AuditLog } from '../../usecases/ports/audit-log';
import type { GardenMonthStore } from '../../usecases/ports/garden-month-store';
import type { RosterStore } from '../../usecases/ports/roster-store';
import type { RunLog } from '../../usecases/ports/run-log';
import type { SheetSyncStore } from '../../usecases/ports/sheet-sync-store';
import type { SpotCheckLog } from '../../usecases/ports/spot-check-log';
import { FirestoreAssessmentStore } from './assessment-store';
import { FirestoreAuditLog } from './audit-log';
import { createFirestoreClient, type FirestoreOptions } from './client';
import { FirestoreGardenMonthStore } from './garden-month-store';
import { FirestoreRosterStore } from './roster-store';
import { FirestoreRunLog } from './run-log';
import { FirestoreSheetSyncStore } from './sheet-sync-store';
import { FirestoreSpotCheckLog } from './spot-check-log';

export { CorruptDocumentError, InvalidDocumentError } from './codec';
export type { FirestoreOptions } from './client';

export interface FirestoreStores {
  rosters: RosterStore;
  gardenMonths: GardenMonthStore;
  runs: RunLog;
  audit: AuditLog;
  /** Append-only record of spot-check verdicts (the audit's copy of what runs assessed with). */
  spotCheckLog: SpotCheckLog;
  /** Incremental sync: per garden the sheet version synced, per county the listing cursor. */
  sheetSyncs: SheetSyncStore;
  /** An assessment store whose results are validated with `schema` on the way in and out. */
  assessments<T>(schema: z.ZodType<T>): AssessmentStore<T>;
  /** The underlying client, for the local stack and tests; use cases never see it. */
  firestore: Firestore;
  /** Closes the client's connections (lets the process exit). */
  close(): Promise<void>;
}

/** All Firestore-backed stores over one client. */
export function createFirestoreStores(options: FirestoreOptions): FirestoreStores {
  const db = createFirestoreClient(options);
  return {
    rosters: new FirestoreRosterStore(db),
    gardenMonths: new FirestoreGardenMonthStore(db),
    runs: new FirestoreRunLog(db),
    audit: new FirestoreAuditLog(db),
    spotCheckLog: new FirestoreSpotCheckLog(db),
    sheetSyncs: new FirestoreSheetSyncStore(db),
    assessments: <T>(schema: z.ZodType<T>) => new FirestoreAssessmentStore<T>(db, schema),
    firestore: db,
    close: () => db.terminate(),
  };
}
