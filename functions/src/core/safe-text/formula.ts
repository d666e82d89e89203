/**
 * Characters that make a spreadsheet program (Excel, WPS, LibreOffice, Sheets on import) read a cell typed as
 * text as a formula or a DDE call when the file is opened (CSV/formula injection, CWE-1236).
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A plain decimal number such as `-3` or `+1.5` cannot call anything, and prefixing it would spoil the value. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * Makes text safe to put in an .xlsx or CSV cell: text starting with `=`, `+`, `-`, `@`, tab or CR gets a
 * leading apostrophe, the convention OWASP recommends and the one spreadsheet users recognise as "this is
 * text". We prefix rather than strip so nothing the garden typed is lost, and the apostrophe stays visible
 * in the cell (it is data, not Excel's hidden quote prefix), which is acceptable for the rare cells that need
 * it. Plain numbers are left alone.
 *
 * Google Sheets writes do not need this: they use `valueInputOption=RAW`, which never parses formulas.
 */
export function neutraliseFormula(text: string): string {
  if (text.length === 0 || !FORMULA_TRIGGERS.has(text[0])) return text;
  if (PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}
