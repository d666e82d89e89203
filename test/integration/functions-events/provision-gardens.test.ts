import { bearer, BUREAU_EMAIL, CHENGGUAN_EDITOR, request, roster, useFunctions, XIANGDAO_EDITOR } from '../functions/harness';
import { useFakeGoogle } from './county';

const fs = useFunctions({ BANGFU_COUNTY: '高台县', BANGFU_TEMPLATE_SPREADSHEET_ID: 'template-2020', BANGFU_DRIVE_FOLDER_ID: 'folder-jijiaogu' });
const { google } = useFakeGoogle();

/**
 * The harness roster for `year`, but nobody has a sheet yet. The fake Drive keeps its files for the whole file,
 * so each test provisions its own year (the copies' names carry the year).
 */
async function unprovisioned(year: number) {
  await fs.clear(); // the harness registered the gardens with sheets; start from none
  await fs.stores.rosters.save({ ...roster, year, gardens: roster.gardens.map(({ spreadsheetId: _s, ...g }) => g) });
}

beforeEach(() => {
  google().addSpreadsheet({ id: 'template-2020', title: '结对帮扶工作计划表（模板）', parents: ['folder-templates'], sheets: [{ title: '帮扶计划', rows: [['月份']] }] });
  google().clearLog();
});

const provision = async (who: string, year: number) => (await request('provisionGardens')).post('/').set('Authorization', bearer(who)).send({ year });
const inFolder = () => google().requests('drive.files.copy').map((r) => (r.body as { name: string }).name);

describe('provisionGardens (bureau only)', () => {
  it('copies the template per garden into the folder, shares it with its editors and registers it', async () => {
    await unprovisioned(2020);
    const res = await provision(BUREAU_EMAIL, 2020);
    expect(res.status).toBe(200);
    expect(res.body.gardens.map((g: { outcome: string }) => g.outcome)).toEqual(['created', 'created']);
    expect(inFolder()).toEqual(['高台县城关幼儿园2020年结对帮扶工作计划表', '巷道镇中心幼儿园2020年结对帮扶工作计划表']);

    const registered = await fs.stores.rosters.getGarden('城关幼儿园');
    const sheet = google().spreadsheet(registered!.spreadsheetId!);
    expect(sheet.parents).toEqual(['folder-jijiaogu']);
    expect(sheet.permissions).toEqual([expect.objectContaining({ type: 'user', role: 'writer', emailAddress: CHENGGUAN_EDITOR })]);
    const shares = google().requests('drive.permissions.create');
    expect(shares.every((r) => r.query.get('sendNotificationEmail') === 'false')).toBe(true);
    expect((await fs.stores.rosters.get('高台县', 2020))?.gardens.map((g) => g.spreadsheetId)).toEqual(res.body.gardens.map((g: { spreadsheetId: string }) => g.spreadsheetId));
    expect(await fs.stores.audit.list('garden:巷道幼儿园')).toEqual([expect.objectContaining({ action: 'garden.provision', actor: BUREAU_EMAIL })]);
  });

  it('is idempotent: a second call copies nothing', async () => {
    await unprovisioned(2021);
    const first = await provision(BUREAU_EMAIL, 2021);
    google().clearLog();
    const second = await provision(BUREAU_EMAIL, 2021);
    expect(second.status).toBe(200);
    expect(second.body.gardens.map((g: { outcome: string }) => g.outcome)).toEqual(['skipped', 'skipped']);
    expect(second.body.gardens.map((g: { spreadsheetId: string }) => g.spreadsheetId)).toEqual(first.body.gardens.map((g: { spreadsheetId: string }) => g.spreadsheetId));
    expect(google().requests('drive.files.copy')).toHaveLength(0);
  });

  it('adopts a copy an interrupted run left in the folder instead of copying again', async () => {
    await unprovisioned(2022);
    google().addSpreadsheet({ id: 'stray-copy', title: '巷道镇中心幼儿园2022年结对帮扶工作计划表', parents: ['folder-jijiaogu'] });
    const res = await provision(BUREAU_EMAIL, 2022);
    expect(res.body.gardens[1]).toEqual({ gardenId: '巷道幼儿园', spreadsheetId: 'stray-copy', outcome: 'adopted', sharedWith: [XIANGDAO_EDITOR] });
    expect(inFolder()).toEqual(['高台县城关幼儿园2022年结对帮扶工作计划表']);
  });

  it('refuses a garden editor and copies nothing', async () => {
    await unprovisioned(2023);
    const res = await provision(CHENGGUAN_EDITOR, 2023);
    expect(res.status).toBe(403);
    expect(google().requests('drive.files.copy')).toHaveLength(0);
    expect((await fs.stores.rosters.getGarden('城关幼儿园'))?.spreadsheetId).toBeUndefined();
  });
});
