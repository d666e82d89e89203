/**
 * Garden plan tables in Google Sheets.
 *
 * read(): exactly ONE Sheets request per spreadsheet — `spreadsheets.get` with `ranges` and a field mask that
 * asks for the cells' effective values *and* the sheet's merges. We chose it over `values.batchGet` + a separate
 * merges request because merges are garden content, not template structure: gardens merge the 月份 cells as they
 * type (the template's own help text tells them to), so merges cached per template version would go stale, and
 * fetching them per read doubles Sheets quota. One request also makes values and merges one consistent revision.
 * `effectiveValue` is the same data as `values.batchGet` with UNFORMATTED_VALUE + SERIAL_NUMBER (dates are serial
 * numbers); sheet-grid.ts maps it to the same ragged CellGrid.
 *
 * list(): Drive `files.list` (Drive quota, not Sheets) by modifiedTime; the versions it returns label later reads.
 */
import { DateTime } from 'luxon';
import type { ListedSheet, SheetRef, SheetSnapshot, SheetSource } from '../../usecases/ports/sheet-source';
import type { GoogleClients } from './clients';
import type { SheetsBudgets } from './quota-budget';
import type { RequestGate } from './request-gate';
import { toCellGrid } from './sheet-grid';

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

/** The read's field mask: sheet identity, merges, and each cell's effective value — nothing else. */
export const READ_FIELDS = 'sheets(properties(sheetId,title,gridProperties),merges,data(startRow,startColumn,rowData(values(effectiveValue))))';

export interface GoogleSheetSourceOptions {
  clients: GoogleClients;
  gate: RequestGate;
  /** The run's shared Sheets quota budgets. */
  budgets: SheetsBudgets;
  /** Title of the plan tab. Default: the first visible sheet (a range without a sheet name), so a renamed tab still reads. */
  planSheetTitle?: string;
  /** Columns to read, default `A:Z` (all rows). */
  columns?: string;
  /** Only files in this Drive folder … */
  folderId?: string;
  /** … and/or only these registered spreadsheet ids (Drive's `q` cannot filter by id, so this filters the list). */
  spreadsheetIds?: readonly string[];
}

function quoteQ(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function planRange(planSheetTitle: string | undefined, columns = 'A:Z'): string {
  return planSheetTitle === undefined ? columns : `'${planSheetTitle.replace(/'/g, "''")}'!${columns}`;
}

export class GoogleSheetSource implements SheetSource {
  /** Versions seen by the last list(): read() labels its snapshot with them (no extra request). */
  private readonly listed = new Map<string, ListedSheet>();

  constructor(private readonly opts: GoogleSheetSourceOptions) {}

  async list(since: string | null): Promise<ListedSheet[]> {
    const clauses = [`mimeType = '${SPREADSHEET_MIME}'`, 'trashed = false'];
    if (since !== null) {
      const at = DateTime.fromISO(since, { setZone: true });
      if (!at.isValid) throw new RangeError(`since is not an ISO instant: ${since}`);
      clauses.push(`modifiedTime > '${at.toUTC().toISO()}'`);
    }
    if (this.opts.folderId) clauses.push(`${quoteQ(this.opts.folderId)} in parents`);
    const wanted = this.opts.spreadsheetIds ? new Set(this.opts.spreadsheetIds) : null;
    const out: ListedSheet[] = [];
    let pageToken: string | undefined;
    do {
      const res = await this.opts.gate.call({ op: 'drive.files.list', budget: null, idempotent: true }, () =>
        this.opts.clients.drive.files.list({
          q: clauses.join(' and '),
          fields: 'nextPageToken,files(id,name,version,modifiedTime)',
          pageSize: 1000,
          pageToken,
          spaces: 'drive',
        }));
      for (const f of res.data.files ?? []) {
        if (!f.id || (wanted && !wanted.has(f.id))) continue;
        const sheet: ListedSheet = {
          location: f.id,
          title: f.name ?? '',
          source: { version: f.version ?? '0', modifiedAt: f.modifiedTime ?? new Date(0).toISOString() },
        };
        this.listed.set(f.id, sheet);
        out.push(sheet);
      }
      pageToken = res.data.nextPageToken ?? undefined;
    } while (pageToken);
    return out;
  }

  async read(ref: SheetRef): Promise<SheetSnapshot> {
    // The version must be taken no later than the cells: a label older than the cells only causes a re-read,
    // a newer one could hide an edit. list() runs first in a sync; otherwise ask Drive (Drive quota) first.
    const source = this.listed.get(ref.location)?.source ?? (await this.fileVersion(ref.location));
    const range = planRange(this.opts.planSheetTitle, this.opts.columns);
    const res = await this.opts.gate.call({ op: 'spreadsheets.get', budget: this.opts.budgets.read, idempotent: true }, () =>
      this.opts.clients.sheets.spreadsheets.get({
        spreadsheetId: ref.location,
        ranges: [range],
        fields: READ_FIELDS,
      }));
    const sheet = res.data.sheets?.[0];
    if (!sheet) throw new Error(`spreadsheet ${ref.location} has no sheet for range ${range}`);
    return { ref, grid: toCellGrid(sheet), source };
  }

  private async fileVersion(fileId: string): Promise<ListedSheet['source']> {
    const res = await this.opts.gate.call({ op: 'drive.files.get', budget: null, idempotent: true }, () =>
      this.opts.clients.drive.files.get({ fileId, fields: 'version,modifiedTime' }));
    return { version: res.data.version ?? '0', modifiedAt: res.data.modifiedTime ?? new Date(0).toISOString() };
  }
}
