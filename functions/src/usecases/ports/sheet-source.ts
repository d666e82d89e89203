import type { CellGrid, Issue, SourceVersion } from '../../../../schemas';

/** Where one garden's plan table lives: a Google spreadsheet id or an .xlsx path, depending on the adapter. */
export interface SheetRef {
  /** Adapter-specific address: spreadsheet id (Google) or file path (.xlsx). */
  location: string;
  /** Human name of the file or spreadsheet (used to match a file to its garden). */
  title: string;
}

/** A sheet's identity plus the version the source reports for it, without reading its cells. */
export interface ListedSheet extends SheetRef {
  source: SourceVersion;
  /**
   * The time list(since) compared with `since`, on the source's own clock, when it is not `source.modifiedAt`
   * (a folder compares file times; a workbook's saved-at property may come from another computer's clock).
   */
  changedAt?: string;
}

/** What one read of a plan table returns: all its cells (one request per spreadsheet) and the version they came from. */
export interface SheetSnapshot {
  ref: SheetRef;
  grid: CellGrid;
  source: SourceVersion;
}

/**
 * Reads gardens' plan tables. Implemented by the .xlsx folder adapter (local, offline bureaus) and the
 * Google Sheets adapter (production). Use cases see only this.
 */
export interface SheetSource {
  /** Sheets changed after `since` (ISO instant), or all sheets when `since` is null. Costs no Sheets read quota. */
  list(since: string | null): Promise<ListedSheet[]>;
  /** One read of the whole plan table. */
  read(ref: SheetRef): Promise<SheetSnapshot>;
}

/** Writes a garden's open issues back onto its own sheet (notes and colours on cells, an issues tab); clears fixed ones. */
export interface IssueWriter {
  writeIssues(ref: SheetRef, issues: readonly Issue[]): Promise<void>;
}
