/** Drive v3 endpoints we use: files.list (search, paging), files.get, files.copy, permissions.create, uploads. */
import { parseDriveQuery } from './drive-query';
import { uploadRoutes } from './drive-uploads';
import { parseFieldMask, project } from './field-mask';
import { ApiError, SPREADSHEET_MIME, type FakeSpreadsheet } from './model';
import type { Route, RouteContext } from './routes';

function fileResource(f: FakeSpreadsheet): Record<string, unknown> {
  return {
    kind: 'drive#file',
    id: f.spreadsheetId,
    name: f.properties.title,
    mimeType: f.mimeType,
    parents: [...f.parents],
    trashed: f.trashed,
    version: String(f.version),
    modifiedTime: new Date(f.modifiedTime).toISOString(),
    createdTime: new Date(f.createdTime).toISOString(),
    // Drive's links: Google files open in their editor, uploaded files in the Drive viewer.
    webViewLink: f.mimeType === SPREADSHEET_MIME ? `https://docs.google.com/spreadsheets/d/${f.spreadsheetId}/edit?usp=drivesdk` : `https://drive.google.com/file/d/${f.spreadsheetId}/view?usp=drivesdk`,
    ...(f.content ? { size: String(f.content.byteLength) } : {}),
  };
}

/** Without `fields`, Drive returns only kind, id, name and mimeType of a file. */
function respond(body: unknown, ctx: RouteContext, defaults: string): unknown {
  return project(body, parseFieldMask(ctx.query.get('fields') ?? defaults));
}

const ORDER_KEYS: Record<string, (f: FakeSpreadsheet) => number | string> = {
  modifiedTime: (f) => f.modifiedTime,
  createdTime: (f) => f.createdTime,
  name: (f) => f.properties.title,
};

function ordered(files: FakeSpreadsheet[], orderBy: string | null): FakeSpreadsheet[] {
  const [field, dir] = (orderBy ?? 'createdTime').split(/\s+/);
  const key = ORDER_KEYS[field];
  if (!key) throw new ApiError(400, 'INVALID_ARGUMENT', `Invalid Value: orderBy=${orderBy}`);
  const sign = dir === 'desc' ? -1 : 1;
  return [...files].sort((a, b) => (key(a) < key(b) ? -sign : key(a) > key(b) ? sign : a.spreadsheetId.localeCompare(b.spreadsheetId)));
}

export function driveRoutes(all: () => FakeSpreadsheet[]): Route[] {
  return [
    {
      method: 'GET', op: 'drive.files.list', quota: null, pattern: /^\/drive\/v3\/files$/,
      handle: (ctx) => {
        const q = ctx.query.get('q');
        const pred = q ? parseDriveQuery(q) : (f: FakeSpreadsheet) => !f.trashed;
        const pageSize = Math.min(Number(ctx.query.get('pageSize') ?? 100), 1000);
        if (!Number.isInteger(pageSize) || pageSize < 1) throw new ApiError(400, 'INVALID_ARGUMENT', 'Invalid Value: pageSize');
        const offset = ctx.query.get('pageToken') ? Number(Buffer.from(ctx.query.get('pageToken') as string, 'base64url').toString()) : 0;
        if (!Number.isInteger(offset)) throw new ApiError(400, 'INVALID_ARGUMENT', 'Invalid Value: pageToken');
        const matched = ordered(all().filter(pred), ctx.query.get('orderBy'));
        const page = matched.slice(offset, offset + pageSize);
        const next = offset + pageSize < matched.length ? Buffer.from(String(offset + pageSize)).toString('base64url') : undefined;
        const body = { kind: 'drive#fileList', incompleteSearch: false, files: page.map(fileResource), ...(next ? { nextPageToken: next } : {}) };
        return respond(body, ctx, 'kind,incompleteSearch,nextPageToken,files(kind,id,name,mimeType)');
      },
    },
    {
      method: 'GET', op: 'drive.files.get', quota: null, pattern: /^\/drive\/v3\/files\/([^/]+)$/,
      handle: (ctx) => respond(fileResource(ctx.book(ctx.params[0])), ctx, 'kind,id,name,mimeType'),
    },
    {
      method: 'POST', op: 'drive.files.copy', quota: null, pattern: /^\/drive\/v3\/files\/([^/]+)\/copy$/,
      handle: (ctx) => {
        const copy = structuredClone(ctx.book(ctx.params[0]));
        copy.spreadsheetId = ctx.newId();
        copy.properties.title = ctx.body?.name ?? `Copy of ${copy.properties.title}`;
        copy.parents = ctx.body?.parents ?? copy.parents;
        copy.version = 1;
        copy.createdTime = copy.modifiedTime = ctx.now();
        copy.permissions = [];
        ctx.add(copy);
        return respond(fileResource(copy), ctx, 'kind,id,name,mimeType');
      },
    },
    {
      method: 'POST', op: 'drive.permissions.create', quota: null, pattern: /^\/drive\/v3\/files\/([^/]+)\/permissions$/,
      handle: (ctx) => {
        const book = ctx.book(ctx.params[0]);
        const { type, role, emailAddress } = ctx.body ?? {};
        if (!type || !role) throw new ApiError(400, 'INVALID_ARGUMENT', 'The permission type and role are required.');
        const permission = { kind: 'drive#permission', id: ctx.newId(), type, role, ...(emailAddress ? { emailAddress } : {}) };
        book.permissions.push(permission);
        return respond(permission, ctx, 'kind,id,type,role');
      },
    },
    ...uploadRoutes((file, ctx) => respond(fileResource(file), ctx, 'kind,id,name,mimeType')),
  ];
}
