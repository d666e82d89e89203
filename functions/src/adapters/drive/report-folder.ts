import { Readable } from 'node:stream';
import type { drive_v3 } from '@googleapis/drive';
import type { Report } from '../../core/reports';
import type { ReportSink } from '../../usecases/publish-results';
import { renderReportDocx } from '../reports/docx';
import { renderReportHtml } from '../reports/html';
import type { RequestGate } from '../sheets/request-gate';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const HTML_MIME = 'text/html';

const quoteQ = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * The bureau's reports in its Drive folder (the cloud ReportSink): each report as `<stem>.docx` and `<stem>.html`
 * (e.g. 通报-2020-05.docx), uploaded as ordinary files so the bureau downloads exactly what it prints.
 *
 * Idempotent by name: a file of that name already in the folder gets new content (files.update, same id, links
 * and sharing kept); only a missing one is created. files.create is never retried — a retried create whose first
 * attempt did land would leave two files — so a failed create fails the run, and the re-run finds and updates it.
 */
export class DriveReportFolder implements ReportSink {
  constructor(private readonly drive: drive_v3.Drive, private readonly gate: RequestGate, private readonly folderId: string) {}

  async write(reports: readonly Report[]): Promise<string[]> {
    const links: string[] = [];
    for (const report of reports) {
      links.push(await this.put(`${report.fileStem}.docx`, DOCX_MIME, await renderReportDocx(report)));
      links.push(await this.put(`${report.fileStem}.html`, HTML_MIME, Buffer.from(renderReportHtml(report), 'utf8')));
    }
    return links;
  }

  /** Creates or updates one file; returns its Drive link. */
  async put(name: string, mimeType: string, bytes: Buffer): Promise<string> {
    // A fresh stream per attempt: a retried update must send the whole body again.
    const media = () => ({ mimeType, body: Readable.from([bytes]) });
    // Upload URLs ignore the client's rootUrl (googleapis/google-api-nodejs-client#1921): pass it per request.
    const rootUrl = this.drive.context._options.rootUrl;
    const options = rootUrl ? { rootUrl } : {};
    const existing = await this.find(name);
    const res = existing
      ? await this.gate.call({ op: 'drive.files.update', budget: null, idempotent: true }, () =>
        this.drive.files.update({ fileId: existing, media: media(), fields: 'id,webViewLink', supportsAllDrives: true }, options))
      : await this.gate.call({ op: 'drive.files.create', budget: null, idempotent: false }, () =>
        this.drive.files.create({
          requestBody: { name, mimeType, parents: [this.folderId] }, media: media(), fields: 'id,webViewLink', supportsAllDrives: true,
        }, options));
    const id = res.data.id ?? existing;
    if (!id) throw new Error(`drive.files.create of ${name} returned no id`);
    return res.data.webViewLink ?? `https://drive.google.com/file/d/${id}/view`;
  }

  private async find(name: string): Promise<string | null> {
    const res = await this.gate.call({ op: 'drive.files.list', budget: null, idempotent: true }, () =>
      this.drive.files.list({
        q: `name = ${quoteQ(name)} and ${quoteQ(this.folderId)} in parents and trashed = false`,
        fields: 'files(id)', pageSize: 10, orderBy: 'createdTime', supportsAllDrives: true, includeItemsFromAllDrives: true,
      }));
    return res.data.files?.[0]?.id ?? null;
  }
}
