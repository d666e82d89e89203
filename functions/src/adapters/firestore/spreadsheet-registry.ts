import type { Firestore } from '@google-cloud/firestore';
import { Roster } from '../../../../schemas';
import type { SpreadsheetRegistry } from '../../usecases/ports/spreadsheet-registry';
import { encode, readDoc } from './codec';
import { paths } from './paths';

/**
 * Registers a garden's spreadsheet on the roster document and on the garden's registration in one transaction,
 * so the two never disagree (sync reads the registration; the monthly run and provisioning read the roster).
 */
export class FirestoreSpreadsheetRegistry implements SpreadsheetRegistry {
  constructor(private readonly db: Firestore) {}

  async register(county: string, year: number, gardenId: string, spreadsheetId: string): Promise<void> {
    const rosterRef = this.db.doc(paths.roster(county, year));
    const gardenRef = this.db.doc(paths.garden(gardenId));
    await this.db.runTransaction(async (txn) => {
      const roster = await readDoc(rosterRef, Roster, txn);
      if (!roster?.gardens.some((g) => g.id === gardenId)) throw new Error(`garden ${gardenId} is not on the roster ${county}/${year}`);
      const updated = { ...roster, gardens: roster.gardens.map((g) => (g.id === gardenId ? { ...g, spreadsheetId } : g)) };
      txn.set(rosterRef, encode(Roster, rosterRef.path, updated));
      txn.set(gardenRef, { spreadsheetId }, { merge: true });
    });
  }
}
