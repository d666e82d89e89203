import type { Firestore, WriteBatch } from '@google-cloud/firestore';
import { z } from 'zod';
import { Garden, Roster } from '../../../../schemas';
import type { RegisteredGarden, RosterStore } from '../../usecases/ports/roster-store';
import { commitInBatches, encode, readDoc } from './codec';
import { paths } from './paths';

const RegisteredGardenDoc = Garden.extend({ county: z.string().min(1), year: z.number().int() });

/** Email addresses are case-insensitive; stored lower-cased so an `array-contains` lookup by editor matches. */
function lowerCased(emails: readonly string[]): string[] {
  return emails.map((e) => e.toLowerCase());
}

/** Rosters under counties/{county}/years/{year}; each garden also registered under gardens/{id} for lookups. */
export class FirestoreRosterStore implements RosterStore {
  constructor(private readonly db: Firestore) {}

  async save(roster: Roster): Promise<void> {
    const rosterPath = paths.roster(roster.county, roster.year);
    const valid = encode(Roster, rosterPath, roster);
    const gardens = valid.gardens.map((garden) => {
      const path = paths.garden(garden.id);
      return { path, data: encode(RegisteredGardenDoc, path, { ...garden, editors: lowerCased(garden.editors), county: valid.county, year: valid.year }) };
    });
    await commitInBatches(this.db, [
      (batch) => batch.set(this.db.doc(rosterPath), valid),
      // merge: the garden document is also the parent of its months; keep any fields other modules add.
      ...gardens.map(({ path, data }) => (batch: WriteBatch) => batch.set(this.db.doc(path), data, { merge: true })),
    ]);
  }

  async get(county: string, year: number): Promise<Roster | null> {
    return readDoc(this.db.doc(paths.roster(county, year)), Roster);
  }

  async getGarden(gardenId: string): Promise<RegisteredGarden | null> {
    return readDoc(this.db.doc(paths.garden(gardenId)), RegisteredGardenDoc);
  }
}
