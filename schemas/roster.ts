import { z } from 'zod';
import { GardenId } from './common';

export const GardenRole = z.enum(['helper', 'helped']);
export type GardenRole = z.infer<typeof GardenRole>;

export const GardenKind = z.enum(['demonstration', 'rural', 'private']);
export type GardenKind = z.infer<typeof GardenKind>;

export const GARDEN_ROLE_LABELS: Record<GardenRole, string> = { helper: '帮扶园', helped: '被帮扶园' };
export const GARDEN_KIND_LABELS: Record<GardenKind, string> = { demonstration: '示范园', rural: '农村园', private: '民办园' };

export const Garden = z.object({
  id: GardenId,
  name: z.string().min(1),
  role: GardenRole,
  kind: GardenKind,
  /** People responsible (责任人) named in the pairing table. */
  responsible: z.array(z.string()).default([]),
  /** The pair this garden belongs to (the helper's id). */
  pairId: GardenId,
  /** Google accounts allowed to edit this garden's sheet and call functions for it. */
  editors: z.array(z.email()).default([]),
  /** The garden's registered Google spreadsheet, once provisioned. */
  spreadsheetId: z.string().optional(),
});
export type Garden = z.infer<typeof Garden>;

/** One helper garden with the gardens it helps: assessed together (捆绑式考核). */
export const Pair = z.object({
  id: GardenId,
  helperId: GardenId,
  helpedIds: z.array(GardenId).min(1),
});
export type Pair = z.infer<typeof Pair>;

/** The bureau's pairing table (附件2) for one county and year. */
export const Roster = z.object({
  county: z.string().min(1),
  year: z.number().int().min(2000).max(2100),
  gardens: z.array(Garden).min(1),
  pairs: z.array(Pair).min(1),
});
export type Roster = z.infer<typeof Roster>;
