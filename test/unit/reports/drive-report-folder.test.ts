/** The bureau's reports uploaded into its Drive folder, through the real Drive client against the local fake. */
import JSZip from 'jszip';
import { DOCX_MIME, DriveReportFolder, HTML_MIME } from '../../../functions/src/adapters/drive/report-folder';
import { renderReportHtml } from '../../../functions/src/adapters/reports/html';
import { googleClients, GoogleApiError, RequestGate } from '../../../functions/src/adapters/sheets';
import { buildBulletin, buildTermReport, type Report } from '../../../functions/src/core/reports';
import type { FakeGoogleServer } from '../../fakes/sheets-server';
import { dashboardInput } from '../dashboard/scenario';
import { seededRandom, serviceAccount, startFake } from '../sheets/harness';

const FOLDER = 'folder-reports';
const input = dashboardInput();
const reports = (issuer: string): Report[] => [
  buildBulletin({ month: input.month, spotChecks: input.register.checks, reports: input.reports, issuer }),
  buildTermReport(input.term!, issuer),
];

let fake: FakeGoogleServer;
let folder: DriveReportFolder;
beforeEach(async () => {
  fake = await startFake();
  const { drive } = googleClients({ auth: serviceAccount(), rootUrl: fake.rootUrl, timeoutMs: 2_000, fetchImplementation: fake.clock.trackFetch() });
  folder = new DriveReportFolder(drive, new RequestGate({ now: fake.clock.now, sleep: fake.clock.sleep, random: seededRandom() }), FOLDER);
});
afterEach(() => fake.stop());

const byName = () => new Map(fake.filesIn(FOLDER).map((f) => [f.properties.title, f]));
const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('utf8');

describe('DriveReportFolder', () => {
  it('uploads each report as .docx and .html into the folder (multipart files.create) and returns their links', async () => {
    const links = await folder.write(reports('高台县教育局基教股'));
    const files = byName();
    expect([...files.keys()].sort()).toEqual(['考核-2020-spring.docx', '考核-2020-spring.html', '通报-2020-05.docx', '通报-2020-05.html']);
    expect(links).toEqual(['通报-2020-05.docx', '通报-2020-05.html', '考核-2020-spring.docx', '考核-2020-spring.html']
      .map((n) => `https://drive.google.com/file/d/${files.get(n)!.spreadsheetId}/view?usp=drivesdk`));
    const creates = fake.requests('drive.files.create');
    expect(creates).toHaveLength(4);
    expect(creates.map((r) => r.query.get('uploadType'))).toEqual(['multipart', 'multipart', 'multipart', 'multipart']);

    const bulletinHtml = files.get('通报-2020-05.html')!;
    expect(bulletinHtml.mimeType).toBe(HTML_MIME);
    expect(text(bulletinHtml.content)).toBe(renderReportHtml(reports('高台县教育局基教股')[0]));
    const docx = files.get('通报-2020-05.docx')!;
    expect(docx.mimeType).toBe(DOCX_MIME);
    // The bytes arrive intact: the upload is still a Word file, Chinese text and all.
    const xml = await (await JSZip.loadAsync(Buffer.from(docx.content!))).file('word/document.xml')!.async('string');
    expect(xml).toContain('关于2020年5月幼儿园结对帮扶工作完成情况的通报');
  });

  it('a second run updates the same files in place (same ids, new content) instead of adding copies', async () => {
    await folder.write(reports('高台县教育局基教股'));
    const first = byName();
    await folder.write(reports('高台县教育局基础教育股'));
    const second = byName();
    expect(fake.filesIn(FOLDER)).toHaveLength(4);
    for (const [name, file] of second) {
      expect(file.spreadsheetId).toBe(first.get(name)!.spreadsheetId);
      expect(file.version).toBe(first.get(name)!.version + 1);
    }
    expect(text(second.get('通报-2020-05.html')!.content)).toContain('高台县教育局基础教育股');
    expect(fake.requests('drive.files.create')).toHaveLength(4);
    expect(fake.requests('drive.files.update').map((r) => [r.method, r.path.startsWith('/upload/drive/v3/files/'), r.query.get('uploadType')]))
      .toEqual(Array(4).fill(['PATCH', true, 'media']));
  });

  it('retries an update through the gate (same bytes again) but never a create', async () => {
    await folder.write(reports('甲'));
    fake.faults.failNext(1, 503, { ops: ['drive.files.update'] });
    await folder.write(reports('乙'));
    expect(fake.requests('drive.files.update')).toHaveLength(5);
    expect(text(byName().get('通报-2020-05.html')!.content)).toContain('乙');

    const other = new DriveReportFolder(googleClients({ auth: serviceAccount(), rootUrl: fake.rootUrl, fetchImplementation: fake.clock.trackFetch() }).drive,
      new RequestGate({ now: fake.clock.now, sleep: fake.clock.sleep, random: seededRandom() }), 'folder-empty');
    fake.faults.failNext(1, 500, { ops: ['drive.files.create'] });
    await expect(other.write(reports('甲'))).rejects.toMatchObject({ constructor: GoogleApiError, status: 500, attempts: 1 });
    expect(fake.filesIn('folder-empty')).toHaveLength(0);
    // The re-run creates what is missing, once.
    await other.write(reports('甲'));
    expect(fake.filesIn('folder-empty')).toHaveLength(4);
  });
});
