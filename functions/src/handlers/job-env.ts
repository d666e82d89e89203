import { z } from 'zod';

const JobEnv = z
  .object({
    /** The county this deployment serves (its roster is in Firestore under that name). */
    BANGFU_COUNTY: z.string().trim().min(1),
    /** Where the gardens' plan tables are read from: Google Sheets (production) or an .xlsx folder (local stack). */
    BANGFU_SHEET_SOURCE: z.enum(['google', 'xlsx']).default('google'),
    /** The local data folder (roster.xlsx, gardens/, spot-checks.json) when the source is `xlsx`. */
    BANGFU_DATA_DIR: z.string().min(1).optional(),
    /** The bureau's Drive folder: provisioned copies go there, and the monthly run reads only the sheets in it. */
    BANGFU_DRIVE_FOLDER_ID: z.string().min(1).optional(),
    /** The plan-table template spreadsheet provisioning copies. */
    BANGFU_TEMPLATE_SPREADSHEET_ID: z.string().min(1).optional(),
    /** Local stack only: the clock starts at this instant and runs on (replays a past month on its schedule). */
    BANGFU_CLOCK_START: z.iso.datetime({ offset: true }).optional(),
    K_SERVICE: z.string().optional(),
    NODE_ENV: z.string().optional(),
  })
  .refine((e) => e.BANGFU_SHEET_SOURCE !== 'xlsx' || e.BANGFU_DATA_DIR, { error: 'BANGFU_DATA_DIR is required with BANGFU_SHEET_SOURCE=xlsx', path: ['BANGFU_DATA_DIR'] })
  .refine((e) => !((e.BANGFU_SHEET_SOURCE === 'xlsx' || e.BANGFU_CLOCK_START) && (e.K_SERVICE || e.NODE_ENV === 'production')), {
    error: 'the xlsx source and BANGFU_CLOCK_START are for the local stack and refused in production',
    path: ['BANGFU_SHEET_SOURCE'],
  });

export interface JobSettings {
  county: string;
  source: { kind: 'google'; folderId?: string } | { kind: 'xlsx'; dataDir: string };
  driveFolderId?: string;
  templateSpreadsheetId?: string;
  clockStart?: string;
}

/** Settings of the scheduled and bureau functions, from an injected environment; names bad variables, never values. */
export function parseJobEnv(env: Readonly<Record<string, string | undefined>>): JobSettings {
  const parsed = JobEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`invalid function configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  return {
    county: e.BANGFU_COUNTY,
    source: e.BANGFU_SHEET_SOURCE === 'xlsx' ? { kind: 'xlsx', dataDir: e.BANGFU_DATA_DIR! } : { kind: 'google', folderId: e.BANGFU_DRIVE_FOLDER_ID },
    driveFolderId: e.BANGFU_DRIVE_FOLDER_ID,
    templateSpreadsheetId: e.BANGFU_TEMPLATE_SPREADSHEET_ID,
    clockStart: e.BANGFU_CLOCK_START,
  };
}

/** The wall clock, or (local stack) a clock that started at `start` when this process did and runs at real speed. */
export function jobClock(start: string | undefined, realNow: () => number = Date.now): () => string {
  if (!start) return () => new Date(realNow()).toISOString();
  const offset = Date.parse(start) - realNow();
  return () => new Date(realNow() + offset).toISOString();
}
