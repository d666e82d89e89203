/**
 * The cloud monthly run publishing to the bureau: the deployed monthlyAssessment function (Pub/Sub push) against
 * the Firestore emulator and the fake Google server reads the 抽查登记 tab of the bureau's Google dashboard,
 * rewrites the dashboard with one batchUpdate, and uploads the 通报 and 考核 into the bureau's Drive folder.
 */
import { MonthAssessment } from '../../../schemas';
import { REGISTER_COLUMNS, REGISTER_RESULT_HEADER } from '../../../functions/src/core/spot-checks';
import { useFunctions } from '../functions/harness';
import { at, TOPIC_MONTHLY, useFakeGoogle } from './county';
import { pushMessage } from './pubsub-push';

const DASHBOARD = 'dashboard-gaotai';
const REPORTS = 'folder-reports';
const fs = useFunctions({
  BANGFU_COUNTY: '高台县', BANGFU_CLOCK_START: '2020-06-01T09:00:00+08:00', BANGFU_DRIVE_FOLDER_ID: 'root',
  BANGFU_DASHBOARD_SPREADSHEET_ID: DASHBOARD, BANGFU_REPORTS_FOLDER_ID: REPORTS,
});
const { google, seed } = useFakeGoogle();

/** Last month's dashboard as the bureau left it: a clerk typed a 虚报 verdict about 巷道's May observation. */
const CLERK_ROW = ['巷道镇中心幼儿园', '2020年5月', '5月15日 观摩城关幼儿园半日活动', '2020-05-28', '虚报', '走访：当天未到城关幼儿园', '张明'];
beforeEach(() => {
  seed();
  // The fake outlives each test: the bureau clears its reports folder (trashed files are not found by name).
  for (const file of google().filesIn(REPORTS)) file.trashed = true;
  google().addSpreadsheet({
    id: DASHBOARD, title: '高台县结对帮扶看板', parents: ['folder-bureau'], modifiedTime: at('2020-05-01T09:00:00+08:00'),
    sheets: [{ title: '抽查登记', sheetId: 105, rows: [['（说明）'], [...REGISTER_COLUMNS, REGISTER_RESULT_HEADER], CLERK_ROW] }],
  });
  google().clearLog();
});

const fire = (messageId: string) => pushMessage('monthlyAssessment', { project: fs.projectId, topic: TOPIC_MONTHLY, message: {}, messageId });
const reportNames = () => google().filesIn(REPORTS).map((f) => f.properties.title).sort();
const html = (name: string) => Buffer.from(google().filesIn(REPORTS).find((f) => f.properties.title === name)!.content!).toString('utf8');

describe('monthlyAssessment publishes the bureau dashboard and reports', () => {
  it('applies the register verdict, rewrites the dashboard in one batchUpdate and uploads the 通报 and 考核', async () => {
    expect((await fire('m-1')).status).toBe(204);
    const month = (await fs.stores.assessments(MonthAssessment).get('month:2020-05'))!.result;
    expect(month.gardens.find((g) => g.gardenId === '巷道幼儿园')).toMatchObject({ falsified: [expect.objectContaining({ task: '观摩城关幼儿园半日活动' })], meetsMonthlyMinimum: false });
    expect(month.pairs[0]).toMatchObject({ passed: false, failedMemberIds: ['巷道幼儿园'] });

    const updates = google().requests('spreadsheets.batchUpdate').filter((r) => r.path.includes(DASHBOARD));
    expect(updates).toHaveLength(1);
    const book = google().spreadsheet(DASHBOARD);
    expect(book.sheets.map((s) => [s.properties.sheetId, s.properties.title]).sort()).toEqual([
      [101, '总览'], [102, '月度完成矩阵'], [103, '帮扶对子'], [104, '问题清单'], [105, '抽查登记'], [106, '学期考核'],
    ]);
    expect(book.sheets.find((s) => s.properties.title === '总览')!.charts.length).toBeGreaterThan(0);
    // The clerk's row is untouched; the system column beside it says it took effect.
    const register = book.sheets.find((s) => s.properties.sheetId === 105)!;
    expect(register.cells[2].slice(0, 7).map((c) => c?.value)).toEqual(CLERK_ROW);
    expect(register.cells[2][7]?.value).toBe('已应用：虚报，相关项目按零分计算');

    expect(reportNames()).toEqual(['考核-2020-spring.docx', '考核-2020-spring.html', '通报-2020-05.docx', '通报-2020-05.html']);
    expect(google().requests('drive.files.create').every((r) => r.query.get('uploadType') === 'multipart')).toBe(true);
    const bulletin = html('通报-2020-05.html');
    expect(bulletin).toContain('观摩城关幼儿园半日活动');
    expect(bulletin).toContain('该活动不计，相关项目按零分计算');
    expect(await fs.stores.runs.get('assessment:2020-05')).toMatchObject({ status: 'completed' });
  });

  it('a redelivery publishes nothing twice; a failed upload fails the run, and the retry completes it without duplicates', async () => {
    google().faults.failNext(1, 500, { ops: ['drive.files.create'] });
    expect((await fire('m-1')).status).toBe(500); // Pub/Sub will redeliver
    expect(await fs.stores.runs.get('assessment:2020-05')).toMatchObject({ status: 'failed' });
    expect(reportNames()).toEqual([]);

    expect((await fire('m-1')).status).toBe(204);
    expect(reportNames()).toHaveLength(4);
    expect(await fs.stores.runs.get('assessment:2020-05')).toMatchObject({ status: 'completed' });
    const writes = google().requests('spreadsheets.batchUpdate').length;

    expect((await fire('m-2')).status).toBe(204); // a second firing: the month is done
    expect(reportNames()).toHaveLength(4);
    expect(google().requests('spreadsheets.batchUpdate')).toHaveLength(writes);
  });
});
