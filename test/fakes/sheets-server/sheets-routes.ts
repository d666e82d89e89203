/** Sheets v4 endpoints we use, over the in-memory model. */
import { applyBatchUpdate } from './batch-update';
import { parseFieldMask, project } from './field-mask';
import { ApiError, resolveA1, touchFile, type FakeSpreadsheet } from './model';
import type { Route, RouteContext } from './routes';
import { spreadsheetView } from './spreadsheet-view';
import { clearRange, readRange, writeRange, type ValueInputOption, type ValueRenderOption } from './values';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function inputOption(value: unknown): ValueInputOption {
  if (value === 'RAW' || value === 'USER_ENTERED') return value;
  throw new ApiError(400, 'INVALID_ARGUMENT', "'valueInputOption' is required but not specified");
}

function renderOption(query: URLSearchParams): ValueRenderOption {
  return (query.get('valueRenderOption') ?? 'FORMATTED_VALUE') as ValueRenderOption;
}

function major(query: URLSearchParams): 'ROWS' | 'COLUMNS' {
  return query.get('majorDimension') === 'COLUMNS' ? 'COLUMNS' : 'ROWS';
}

function masked(body: unknown, ctx: RouteContext): unknown {
  const fields = ctx.query.get('fields');
  return fields ? project(body, parseFieldMask(fields)) : body;
}

function update(book: FakeSpreadsheet, range: string, values: unknown[][], option: ValueInputOption) {
  const target = resolveA1(book, range);
  const written = writeRange(target, values, option);
  const updatedRange = readRange({ ...target, r1: target.r0 + Math.max(1, written.rows), c1: target.c0 + Math.max(1, written.cols) }).range;
  return { spreadsheetId: book.spreadsheetId, updatedRange, updatedRows: written.rows, updatedColumns: written.cols, updatedCells: written.cells };
}

const ID = '([^/:]+)';

export const sheetsRoutes: Route[] = [
  {
    method: 'GET', op: 'values.batchGet', quota: 'read', pattern: new RegExp(`^/v4/spreadsheets/${ID}/values:batchGet$`),
    handle: (ctx) => {
      const book = ctx.book(ctx.params[0]);
      const valueRanges = ctx.query.getAll('ranges').map((r) => readRange(resolveA1(book, r), renderOption(ctx.query), major(ctx.query)));
      return masked({ spreadsheetId: book.spreadsheetId, valueRanges }, ctx);
    },
  },
  {
    method: 'POST', op: 'values.batchUpdate', quota: 'write', pattern: new RegExp(`^/v4/spreadsheets/${ID}/values:batchUpdate$`),
    handle: (ctx) => ctx.write(ctx.params[0], (book) => {
      const option = inputOption(ctx.body?.valueInputOption);
      const responses = (ctx.body?.data ?? []).map((vr: Json) => update(book, vr.range, vr.values ?? [], option));
      const sum = (k: string) => responses.reduce((n: number, r: Json) => n + r[k], 0);
      return {
        spreadsheetId: book.spreadsheetId, totalUpdatedRows: sum('updatedRows'), totalUpdatedColumns: sum('updatedColumns'),
        totalUpdatedCells: sum('updatedCells'), totalUpdatedSheets: new Set(responses.map((r: Json) => r.updatedRange.split('!')[0])).size, responses,
      };
    }),
  },
  {
    method: 'POST', op: 'values.batchClear', quota: 'write', pattern: new RegExp(`^/v4/spreadsheets/${ID}/values:batchClear$`),
    handle: (ctx) => ctx.write(ctx.params[0], (book) => {
      const ranges: string[] = ctx.body?.ranges ?? [];
      ranges.forEach((r) => clearRange(resolveA1(book, r)));
      return { spreadsheetId: book.spreadsheetId, clearedRanges: ranges.map((r) => readRange(resolveA1(book, r)).range) };
    }),
  },
  {
    method: 'POST', op: 'values.clear', quota: 'write', pattern: new RegExp(`^/v4/spreadsheets/${ID}/values/(.+):clear$`),
    handle: (ctx) => ctx.write(ctx.params[0], (book) => {
      const target = resolveA1(book, decodeURIComponent(ctx.params[1]));
      clearRange(target);
      return { spreadsheetId: book.spreadsheetId, clearedRange: readRange(target).range };
    }),
  },
  {
    method: 'GET', op: 'values.get', quota: 'read', pattern: new RegExp(`^/v4/spreadsheets/${ID}/values/(.+)$`),
    handle: (ctx) => masked(readRange(resolveA1(ctx.book(ctx.params[0]), decodeURIComponent(ctx.params[1])), renderOption(ctx.query), major(ctx.query)), ctx),
  },
  {
    method: 'PUT', op: 'values.update', quota: 'write', pattern: new RegExp(`^/v4/spreadsheets/${ID}/values/(.+)$`),
    handle: (ctx) => ctx.write(ctx.params[0], (book) =>
      update(book, decodeURIComponent(ctx.params[1]), ctx.body?.values ?? [], inputOption(ctx.query.get('valueInputOption')))),
  },
  {
    method: 'GET', op: 'spreadsheets.get', quota: 'read', pattern: new RegExp(`^/v4/spreadsheets/${ID}$`),
    handle: (ctx) => {
      const fields = ctx.query.get('fields');
      const mask = fields ? parseFieldMask(fields) : null;
      const view = spreadsheetView(ctx.book(ctx.params[0]), ctx.query.getAll('ranges'), mask, ctx.query.get('includeGridData') === 'true');
      return project(view, mask);
    },
  },
  {
    method: 'POST', op: 'spreadsheets.batchUpdate', quota: 'write', pattern: new RegExp(`^/v4/spreadsheets/${ID}:batchUpdate$`),
    handle: (ctx) => {
      const id = ctx.params[0];
      const { book, replies } = applyBatchUpdate(ctx.book(id), ctx.body?.requests ?? []);
      touchFile(book, ctx.now());
      ctx.replace(book);
      return { spreadsheetId: id, replies };
    },
  },
];
