/**
 * Drive v3 uploads of ordinary (non-Google) files: `POST /upload/drive/v3/files` (files.create with media) and
 * `PATCH /upload/drive/v3/files/{id}` (files.update with media), `uploadType=multipart` (a multipart/related body:
 * JSON metadata, then the media) or `uploadType=media` (the bytes alone). Resumable uploads are not faked.
 */
import type { IncomingMessage } from 'node:http';
import { ApiError, type FakeSpreadsheet } from './model';
import type { Route, RouteContext } from './routes';

export interface UploadBody {
  metadata: Record<string, unknown>;
  media: { mimeType: string; data: Buffer };
}

const invalid = (message: string) => new ApiError(400, 'INVALID_ARGUMENT', message);

function headersOf(block: string): Map<string, string> {
  return new Map(block.split('\r\n').filter(Boolean).map((line) => {
    const at = line.indexOf(':');
    return [line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()];
  }));
}

/** Splits a multipart/related body (RFC 2046: the CRLF before each delimiter belongs to the delimiter). */
function parts(raw: Buffer, boundary: string): { headers: Map<string, string>; data: Buffer }[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const out: { headers: Map<string, string>; data: Buffer }[] = [];
  let at = raw.indexOf(delimiter);
  if (at < 0) throw invalid('Malformed multipart body.');
  for (;;) {
    const start = at + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === '--') return out;
    const next = raw.indexOf(delimiter, start);
    if (next < 0) throw invalid('Malformed multipart body.');
    const part = raw.subarray(start + 2, raw.subarray(next - 2, next).toString() === '\r\n' ? next - 2 : next);
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) throw invalid('Malformed multipart body.');
    out.push({ headers: headersOf(part.subarray(0, split).toString('utf8')), data: part.subarray(split + 4) });
    at = next;
  }
}

/** Reads an upload request's body by its uploadType, as Drive documents it. */
export async function readUpload(req: IncomingMessage, query: URLSearchParams): Promise<UploadBody> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? 'application/octet-stream';
  const uploadType = query.get('uploadType');
  if (uploadType === 'media') return { metadata: {}, media: { mimeType: type, data: raw } };
  if (uploadType !== 'multipart') throw invalid('Upload requests must specify an uploadType url parameter (media or multipart).');
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\/related/i.test(type) || !boundary) throw invalid('A multipart upload needs Content-Type: multipart/related with a boundary.');
  const [meta, media, ...rest] = parts(raw, boundary);
  if (!meta || !media || rest.length > 0) throw invalid('A multipart upload has exactly two parts: metadata, then media.');
  let metadata: Record<string, unknown>;
  try {
    metadata = JSON.parse(meta.data.toString('utf8'));
  } catch {
    throw invalid('Invalid JSON payload received.');
  }
  return { metadata, media: { mimeType: media.headers.get('content-type') ?? 'application/octet-stream', data: Buffer.from(media.data) } };
}

function newFile(ctx: RouteContext, body: UploadBody): FakeSpreadsheet {
  const m = body.metadata;
  const now = ctx.now();
  return {
    spreadsheetId: ctx.newId(),
    properties: { title: typeof m.name === 'string' ? m.name : 'Untitled', locale: 'zh_CN', timeZone: 'Asia/Shanghai' },
    sheets: [],
    developerMetadata: [],
    mimeType: typeof m.mimeType === 'string' ? m.mimeType : body.media.mimeType,
    parents: Array.isArray(m.parents) ? m.parents.map(String) : ['root'],
    trashed: false,
    version: 1,
    modifiedTime: now,
    createdTime: now,
    permissions: [],
    content: body.media.data,
  };
}

export function uploadRoutes(respond: (file: FakeSpreadsheet, ctx: RouteContext) => unknown): Route[] {
  return [
    {
      method: 'POST', op: 'drive.files.create', quota: null, pattern: /^\/upload\/drive\/v3\/files$/,
      handle: (ctx) => {
        const file = newFile(ctx, ctx.body as UploadBody);
        ctx.add(file);
        return respond(file, ctx);
      },
    },
    {
      method: 'PATCH', op: 'drive.files.update', quota: null, pattern: /^\/upload\/drive\/v3\/files\/([^/]+)$/,
      handle: (ctx) => {
        const { metadata, media } = ctx.body as UploadBody;
        if ('parents' in metadata) {
          throw new ApiError(403, 'PERMISSION_DENIED', 'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.');
        }
        const updated = ctx.write(ctx.params[0], (file) => {
          if (typeof metadata.name === 'string') file.properties.title = metadata.name;
          if (typeof metadata.mimeType === 'string') file.mimeType = metadata.mimeType;
          file.content = media.data;
          return file;
        });
        return respond(updated, ctx);
      },
    },
  ];
}
