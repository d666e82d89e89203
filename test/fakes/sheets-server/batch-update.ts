/** `spreadsheets.batchUpdate`: all requests apply atomically (to a copy, swapped in on success), one reply each. */
import { parseFieldMask, type MaskTree } from './field-mask';
import { ApiError, newSheet, resolveGrid, sheetById, touchCell, type Color, type FakeSheet, type FakeSpreadsheet, type GridRange, type ResolvedRange } from './model';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function has(mask: MaskTree, path: string): boolean {
  let node: MaskTree | null | undefined = mask;
  for (const part of path.split('.')) {
    if (node === null) return true;
    if (node.has('*')) return true;
    node = node.get(part);
    if (node === undefined) return false;
  }
  return true;
}

function applyCell(sheet: FakeSheet, r: number, c: number, data: Json | undefined, mask: MaskTree): void {
  const cell = touchCell(sheet, r, c);
  if (has(mask, 'userEnteredValue')) {
    const v: Json = data?.userEnteredValue ?? {};
    delete cell.formula;
    if (v.formulaValue !== undefined) {
      cell.formula = String(v.formulaValue);
      cell.value = null;
    } else cell.value = v.stringValue ?? v.numberValue ?? v.boolValue ?? v.errorValue?.message ?? null;
  }
  if (has(mask, 'note')) {
    if (data?.note) cell.note = String(data.note);
    else delete cell.note;
  }
  if (has(mask, 'userEnteredFormat.backgroundColor') || has(mask, 'userEnteredFormat.backgroundColorStyle')) {
    const format: Json | undefined = data?.userEnteredFormat;
    const color: Color | undefined = format?.backgroundColor ?? format?.backgroundColorStyle?.rgbColor;
    if (color) cell.background = { ...color };
    else delete cell.background;
  }
}

function fieldsOf(request: Json): MaskTree {
  if (typeof request.fields !== 'string' || !request.fields) throw new ApiError(400, 'INVALID_ARGUMENT', 'Invalid requests: At least one field must be specified in \'fields\'.');
  return parseFieldMask(request.fields);
}

function updateCells(book: FakeSpreadsheet, req: Json): void {
  const mask = fieldsOf(req);
  const rows: Json[] = req.rows ?? [];
  if (req.range) {
    const t = resolveGrid(book, req.range as GridRange);
    for (let r = t.r0; r < t.r1; r++) {
      for (let c = t.c0; c < t.c1; c++) {
        const data = rows[r - t.r0]?.values?.[c - t.c0];
        if (data || t.sheet.cells[r]?.[c]) applyCell(t.sheet, r, c, data, mask);
      }
    }
    return;
  }
  const start = req.start ?? {};
  const sheet = sheetById(book, start.sheetId);
  rows.forEach((row, i) => (row.values ?? []).forEach((data: Json, j: number) =>
    applyCell(sheet, (start.rowIndex ?? 0) + i, (start.columnIndex ?? 0) + j, data, mask)));
}

function eachCell(t: ResolvedRange, fn: (r: number, c: number) => void): void {
  const r1 = Math.min(t.r1, t.sheet.properties.gridProperties.rowCount);
  const c1 = Math.min(t.c1, t.sheet.properties.gridProperties.columnCount);
  for (let r = t.r0; r < r1; r++) for (let c = t.c0; c < c1; c++) fn(r, c);
}

function addSheet(book: FakeSpreadsheet, req: Json): Json {
  const props: Json = req.properties ?? {};
  const title = props.title ?? `Sheet${book.sheets.length + 1}`;
  if (book.sheets.some((s) => s.properties.title === title)) {
    throw new ApiError(400, 'INVALID_ARGUMENT', `Invalid requests[0].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`);
  }
  const sheetId = props.sheetId ?? Math.max(0, ...book.sheets.map((s) => s.properties.sheetId)) + 1;
  const grid = props.gridProperties ?? {};
  const sheet = newSheet(sheetId, title, props.index ?? book.sheets.length, grid.rowCount, grid.columnCount);
  Object.assign(sheet.properties, { ...props, sheetId, title, gridProperties: { ...sheet.properties.gridProperties, ...grid } });
  book.sheets.splice(sheet.properties.index, 0, sheet);
  book.sheets.forEach((s, i) => (s.properties.index = i));
  return { addSheet: { properties: structuredClone(sheet.properties) } };
}

function updateSheetProperties(book: FakeSpreadsheet, req: Json): void {
  const mask = fieldsOf(req);
  const sheet = sheetById(book, req.properties?.sheetId);
  for (const [key, sub] of mask) {
    if (key === 'sheetId') continue;
    const value = req.properties?.[key];
    if (sub === null || value === undefined) sheet.properties[key] = value;
    else sheet.properties[key] = { ...(sheet.properties[key] as Json), ...value };
  }
}

let nextId = 1000;

function metadataLookup(book: FakeSpreadsheet, filter: Json) {
  const lookup: Json = filter?.developerMetadataLookup ?? {};
  return book.developerMetadata.filter((d) =>
    (lookup.metadataId === undefined || d.metadataId === lookup.metadataId) &&
    (lookup.metadataKey === undefined || d.metadataKey === lookup.metadataKey));
}

const handlers: Record<string, (book: FakeSpreadsheet, req: Json) => Json | void> = {
  updateCells,
  repeatCell: (book, req) => {
    const mask = fieldsOf(req);
    const t = resolveGrid(book, req.range);
    eachCell(t, (r, c) => applyCell(t.sheet, r, c, req.cell, mask));
  },
  addSheet,
  deleteSheet: (book, req) => {
    const sheet = sheetById(book, req.sheetId);
    book.sheets = book.sheets.filter((s) => s !== sheet);
  },
  updateSheetProperties,
  mergeCells: (book, req) => {
    const t = resolveGrid(book, req.range);
    t.sheet.merges.push({ sheetId: t.sheet.properties.sheetId, startRowIndex: t.r0, endRowIndex: t.r1, startColumnIndex: t.c0, endColumnIndex: t.c1 });
  },
  unmergeCells: (book, req) => {
    const t = resolveGrid(book, req.range);
    t.sheet.merges = t.sheet.merges.filter((m) => m.endRowIndex <= t.r0 || m.startRowIndex >= t.r1 || m.endColumnIndex <= t.c0 || m.startColumnIndex >= t.c1);
  },
  addProtectedRange: (book, req) => {
    const protectedRange = { ...req.protectedRange, protectedRangeId: nextId++ };
    sheetById(book, protectedRange.range?.sheetId).protectedRanges.push(protectedRange);
    return { addProtectedRange: { protectedRange } };
  },
  setDataValidation: (book, req) => void resolveGrid(book, req.range).sheet.dataValidations.push(structuredClone(req)),
  addConditionalFormatRule: (book, req) => void sheetById(book, req.rule?.ranges?.[0]?.sheetId).conditionalFormats.push(structuredClone(req.rule)),
  addChart: (book, req) => {
    const chart = { ...req.chart, chartId: req.chart?.chartId ?? nextId++ };
    sheetById(book, chart.position?.overlayPosition?.anchorCell?.sheetId ?? chart.position?.sheetId).charts.push(chart);
    return { addChart: { chart } };
  },
  // Regenerating a tab in place (the bureau dashboard): remove what the last generation added.
  deleteEmbeddedObject: (book, req) => {
    const sheet = book.sheets.find((s) => s.charts.some((c) => (c as Json).chartId === req.objectId));
    if (!sheet) throw new ApiError(400, 'INVALID_ARGUMENT', `Invalid requests: No object with id ${req.objectId}`);
    sheet.charts = sheet.charts.filter((c) => (c as Json).chartId !== req.objectId);
  },
  deleteConditionalFormatRule: (book, req) => {
    const sheet = sheetById(book, req.sheetId);
    if (!(req.index >= 0 && req.index < sheet.conditionalFormats.length)) throw new ApiError(400, 'INVALID_ARGUMENT', `Invalid requests: No conditional format on sheet ${req.sheetId} at index ${req.index}`);
    const [rule] = sheet.conditionalFormats.splice(req.index, 1);
    return { deleteConditionalFormatRule: { rule } };
  },
  deleteProtectedRange: (book, req) => {
    const sheet = book.sheets.find((s) => s.protectedRanges.some((p) => (p as Json).protectedRangeId === req.protectedRangeId));
    if (!sheet) throw new ApiError(400, 'INVALID_ARGUMENT', `Invalid requests: No protected range with id ${req.protectedRangeId}`);
    sheet.protectedRanges = sheet.protectedRanges.filter((p) => (p as Json).protectedRangeId !== req.protectedRangeId);
  },
  /** Column widths / row heights: checked against the grid, not modelled (the fake keeps no dimensions). */
  updateDimensionProperties: (book, req) => {
    fieldsOf(req);
    sheetById(book, req.range?.sheetId);
  },
  createDeveloperMetadata: (book, req) => {
    const wantedId = req.developerMetadata?.metadataId;
    if (wantedId !== undefined && book.developerMetadata.some((d) => d.metadataId === wantedId)) {
      throw new ApiError(400, 'INVALID_ARGUMENT', `Invalid requests: Developer metadata with ID ${wantedId} already exists.`);
    }
    const developerMetadata = { visibility: 'DOCUMENT', ...req.developerMetadata, metadataId: req.developerMetadata?.metadataId ?? nextId++ };
    book.developerMetadata.push(developerMetadata);
    return { createDeveloperMetadata: { developerMetadata } };
  },
  updateDeveloperMetadata: (book, req) => {
    const mask = fieldsOf(req);
    const found = (req.dataFilters ?? []).flatMap((f: Json) => metadataLookup(book, f));
    for (const d of found) for (const key of mask.keys()) (d as unknown as Json)[key] = req.developerMetadata?.[key];
    return { updateDeveloperMetadata: { developerMetadata: found } };
  },
  deleteDeveloperMetadata: (book, req) => {
    const gone = metadataLookup(book, req.dataFilter);
    book.developerMetadata = book.developerMetadata.filter((d) => !gone.includes(d));
    return { deleteDeveloperMetadata: { deletedDeveloperMetadata: gone } };
  },
};

export const SUPPORTED_REQUESTS = Object.keys(handlers);

/** Applies the requests to a copy of `book`; returns the new state and the replies. Throws ApiError on a bad request. */
export function applyBatchUpdate(book: FakeSpreadsheet, requests: Json[]): { book: FakeSpreadsheet; replies: Json[] } {
  const draft = structuredClone(book);
  const replies = requests.map((request, i) => {
    const kinds = Object.keys(request);
    const handler = kinds.length === 1 ? handlers[kinds[0]] : undefined;
    if (!handler) throw new ApiError(400, 'INVALID_ARGUMENT', `Invalid requests[${i}]: unsupported or malformed request (${kinds.join(', ')})`);
    return handler(draft, request[kinds[0]]) ?? {};
  });
  return { book: draft, replies };
}
