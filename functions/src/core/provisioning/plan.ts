import type { Roster } from '../../../../schemas';

/** `高台县城关幼儿园2020年结对帮扶工作计划表`: the name the bureau's documents give the plan table. */
export function planTableName(gardenName: string, year: number): string {
  return `${gardenName}${year}年结对帮扶工作计划表`;
}

export interface GardenToProvision {
  gardenId: string;
  fileName: string;
  /** Lower-cased, de-duplicated: each gets writer access. */
  editors: string[];
}

export interface ProvisioningPlan {
  provision: GardenToProvision[];
  /** Gardens that already have a registered spreadsheet: left alone. */
  skipped: { gardenId: string; spreadsheetId: string }[];
}

/** Which gardens of the roster still need their own copy of the template. Roster order. */
export function planProvisioning(roster: Pick<Roster, 'gardens' | 'year'>): ProvisioningPlan {
  const plan: ProvisioningPlan = { provision: [], skipped: [] };
  for (const garden of roster.gardens) {
    if (garden.spreadsheetId) {
      plan.skipped.push({ gardenId: garden.id, spreadsheetId: garden.spreadsheetId });
      continue;
    }
    const editors = [...new Set(garden.editors.map((e) => e.trim().toLowerCase()))].filter((e) => e.length > 0);
    plan.provision.push({ gardenId: garden.id, fileName: planTableName(garden.name, roster.year), editors });
  }
  return plan;
}
