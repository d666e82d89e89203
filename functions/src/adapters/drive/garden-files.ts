import type { drive_v3 } from '@googleapis/drive';
import type { GardenFiles } from '../../usecases/ports/garden-files';
import type { RequestGate } from '../sheets/request-gate';

function quoteQ(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/**
 * Provisioning's Drive calls, through the shared retry gate. `files.copy` is not idempotent (a retried copy can
 * leave two files), so it is never retried here; the use case finds and adopts a stray copy by name instead.
 * `supportsAllDrives` lets the bureau keep its folder in a shared drive.
 */
export class DriveGardenFiles implements GardenFiles {
  constructor(private readonly drive: drive_v3.Drive, private readonly gate: RequestGate) {}

  async findInFolder(name: string, folderId: string): Promise<string | null> {
    const res = await this.gate.call({ op: 'drive.files.list', budget: null, idempotent: true }, () =>
      this.drive.files.list({
        q: `name = ${quoteQ(name)} and ${quoteQ(folderId)} in parents and trashed = false`,
        fields: 'files(id,name)',
        pageSize: 10,
        orderBy: 'createdTime',
        supportsAllDrives: true,
        includeItemsFromAllDrives: true,
      }));
    return res.data.files?.[0]?.id ?? null;
  }

  async copy(templateId: string, name: string, folderId: string): Promise<string> {
    const res = await this.gate.call({ op: 'drive.files.copy', budget: null, idempotent: false }, () =>
      this.drive.files.copy({ fileId: templateId, fields: 'id', supportsAllDrives: true, requestBody: { name, parents: [folderId] } }));
    if (!res.data.id) throw new Error(`drive.files.copy of ${templateId} returned no id`);
    return res.data.id;
  }

  async shareAsWriter(fileId: string, email: string): Promise<void> {
    await this.gate.call({ op: 'drive.permissions.create', budget: null, idempotent: true }, () =>
      this.drive.permissions.create({
        fileId,
        sendNotificationEmail: false,
        supportsAllDrives: true,
        fields: 'id',
        requestBody: { type: 'user', role: 'writer', emailAddress: email },
      }));
  }
}
