import type { Garden, Roster } from '../../../../schemas';

/** A garden as registered for a county and year: what authentication and provisioning look up by id. */
export interface RegisteredGarden extends Garden {
  county: string;
  year: number;
}

/** The bureau's pairing tables (附件2), one per county and year. */
export interface RosterStore {
  /** Saves the whole roster (replacing the previous one) and registers each of its gardens. */
  save(roster: Roster): Promise<void>;
  get(county: string, year: number): Promise<Roster | null>;
  /** The latest registration of a garden (spreadsheet id, editors, role, kind). */
  getGarden(gardenId: string): Promise<RegisteredGarden | null>;
}
