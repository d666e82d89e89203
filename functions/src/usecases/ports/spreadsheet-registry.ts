/** Records which spreadsheet is a garden's plan table (on the roster and on the garden's registration). */
export interface SpreadsheetRegistry {
  /** Throws when the roster or the garden is unknown. */
  register(county: string, year: number, gardenId: string, spreadsheetId: string): Promise<void>;
}
