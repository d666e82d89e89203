import { mkdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DEMO_MONTHS, DEMO_YEAR } from './gaotai-2020';
import { planWorkbook, type ShownEntry } from './plan-workbook';
import { rosterWorkbook } from './roster-workbook';
import { buildDemoCounty, type DemoCounty } from './scenario';
import { STORY } from './story';

export interface DemoMonth {
  /** `2020-03`. */
  month: string;
  /** The month's folder: roster.xlsx, gardens/*.xlsx, spot-checks.json. */
  dir: string;
  /** When the monthly run looks at it: the morning after the month's cutoff. */
  asOf: string;
}

export interface DemoManifest {
  root: string;
  months: DemoMonth[];
  /** False when the folders already existed and were left as they were. */
  created: boolean;
}

const ROSTER_SAVED_AT = '2020-03-02T10:00:00+08:00';

/** The demo's month folders, in order, whether or not they exist yet. */
export function demoMonths(root: string): DemoMonth[] {
  return DEMO_MONTHS.map((m) => {
    const month = `${DEMO_YEAR}-${String(m).padStart(2, '0')}`;
    const next = `${DEMO_YEAR}-${String(m + 1).padStart(2, '0')}`;
    return { month, dir: path.join(root, month), asOf: `${next}-01T09:00:00+08:00` };
  });
}

/**
 * Writes the demo county under `root` on first use: one folder per month, each holding the files as they
 * stood at that month's close. Existing folders are kept (so re-runs replay the same inputs). Written to a
 * temporary folder first and renamed, so an interrupted run never leaves half a county behind.
 */
export async function ensureDemoCounty(root: string): Promise<DemoManifest> {
  const months = demoMonths(root);
  if (await exists(path.join(root, '.complete'))) return { root, months, created: false };
  const staging = `${root}.partial`;
  await rm(staging, { recursive: true, force: true });
  const county = buildDemoCounty();
  for (const m of demoMonths(staging)) await writeMonth(county, m, Number(m.month.slice(5)));
  await writeFile(path.join(staging, '.complete'), 'bangfu demo county\n');
  await rm(root, { recursive: true, force: true });
  await mkdir(path.dirname(root), { recursive: true });
  await rename(staging, root);
  return { root, months, created: true };
}

async function writeMonth(county: DemoCounty, target: DemoMonth, folder: number): Promise<void> {
  const gardensDir = path.join(target.dir, 'gardens');
  await mkdir(gardensDir, { recursive: true });
  await save(rosterWorkbook(ROSTER_SAVED_AT), path.join(target.dir, 'roster.xlsx'), ROSTER_SAVED_AT);
  for (const garden of county.gardens) {
    const saves = [...(county.saves.get(garden.id) ?? new Map<number, string>())].filter(([m]) => m <= folder);
    if (saves.length === 0) continue;
    const shown: ShownEntry[] = county.entries
      .filter((e) => e.gardenId === garden.id && Math.min(e.plannedIn, e.reportedIn) <= folder)
      .sort((a, b) => a.month - b.month || a.day - b.day)
      .map((entry) => ({ entry, status: entry.reportedIn <= folder ? entry.statusWord : '' }));
    const savedAt = saves[saves.length - 1][1];
    await save(planWorkbook(garden, shown, savedAt), path.join(gardensDir, garden.file), savedAt);
  }
  if (folder >= STORY.strayFile.month) {
    const stray = new ExcelJS.Workbook();
    stray.addWorksheet('Sheet1');
    stray.modified = new Date(`${target.month}-12T11:00:00+08:00`);
    await save(stray, path.join(gardensDir, STORY.strayFile.file), stray.modified.toISOString());
  }
  const known = county.spotChecks.filter((c) => Date.parse(c.checkedAt) < Date.parse(target.asOf));
  await writeFile(path.join(target.dir, 'spot-checks.json'), `${JSON.stringify(known, null, 2)}\n`);
}

/** Writes the workbook and sets the file's mtime to the save time too, so both clocks agree. */
async function save(workbook: ExcelJS.Workbook, file: string, savedAt: string): Promise<void> {
  await workbook.xlsx.writeFile(file);
  const at = new Date(savedAt);
  await utimes(file, at, at);
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}
