/**
 * Incremental sync against the fake Google server and the Firestore emulator: a run lists Drive by modifiedTime
 * since the last sync and reads only the sheets whose version changed; unchanged gardens are assessed on their
 * stored snapshots — with the same result a full re-read gives.
 */
import { MonthAssessment, TermAssessment, type Roster } from '../../../schemas';
import { mergeA1 } from '../../../functions/src/bench/synthetic/a1';
import { syntheticPlan } from '../../../functions/src/bench/synthetic/plan-grid';
import { syntheticRoster } from '../../../functions/src/bench/synthetic/roster';
import { memoryLogger } from '../../../functions/src/adapters/log/structured-logger';
import { googleSheetsAdapters } from '../../../functions/src/adapters/sheets';
import { loadRuleSet } from '../../../functions/src/core/rules';
import { runMonthlyAssessment, type MonthlyRunDeps } from '../../../functions/src/usecases/run-monthly-assessment';
import { FakeGoogleServer, SimulatedClock } from '../../fakes/sheets-server';
import { useTestFirestore } from '../../support/firestore';

const db = useTestFirestore();
const ruleSet = loadRuleSet('gaotai-2020');
const N = 6;
let fake: FakeGoogleServer;
let roster: Roster;
let run = 0;

beforeEach(async () => {
  fake = await FakeGoogleServer.start(new SimulatedClock('2020-05-28T01:00:00Z'));
  roster = syntheticRoster(N);
  for (const garden of roster.gardens) {
    const { grid } = syntheticPlan(garden, 2020, [3, 4, 5]);
    fake.addSpreadsheet({ id: `sheet-${garden.id}`, title: garden.name, parents: ['gardens'], sheets: [{ title: '帮扶计划', rows: grid.rows, merges: grid.merges.map(mergeA1) }] });
  }
});
afterEach(() => fake.stop());

function deps(incremental: boolean, now: string): MonthlyRunDeps {
  const { source } = googleSheetsAdapters(
    { auth: 'bangfu-local', rootUrl: fake.rootUrl, fetchImplementation: fake.clock.trackFetch(), folderId: 'gardens' },
    { now: fake.clock.now, sleep: fake.clock.sleep, random: () => 0.5 },
  );
  return {
    source, describeUnreadable: () => null, rosters: db.stores.rosters, gardenMonths: db.stores.gardenMonths, runs: db.stores.runs,
    monthResults: db.stores.assessments(MonthAssessment), termResults: db.stores.assessments(TermAssessment),
    ruleSet, now: () => now, newRunId: () => `run-${++run}`, log: memoryLogger(),
    ...(incremental ? { sheetSyncs: db.stores.sheetSyncs } : {}),
  };
}

const reads = () => fake.requests('spreadsheets.get').length;

/** A garden adds a May activity in the browser (over the footnote line): a new Drive version. */
function editOne(garden: Roster['gardens'][number]) {
  const id = `sheet-${garden.id}`;
  const rows = fake.spreadsheet(id).sheets[0].cells.length;
  fake.clock.advance(3_600_000);
  fake.userEdit(id, `帮扶计划!A${rows}:E${rows}`, [['5月', '5月28日', '补记：送教下乡（美术活动）', '张老师', '已完成']]);
}

it('a second run after editing 1 of N sheets makes exactly 1 Sheets read and equals a full re-read', async () => {
  const first = await runMonthlyAssessment(deps(true, '2020-05-28T10:00:00+08:00'), { month: '2020-05', asOf: '2020-05-28T10:00:00+08:00', roster });
  expect(reads()).toBe(N);
  expect(first.gardens.every((g) => g.sheet !== null && !g.reused)).toBe(true);

  const edited = roster.gardens[2];
  editOne(edited);
  fake.clearLog();
  const asOf = '2020-05-28T12:00:00+08:00';
  const second = await runMonthlyAssessment(deps(true, asOf), { month: '2020-05', asOf, roster });
  expect(reads()).toBe(1);
  expect(fake.requests('spreadsheets.get')[0].path).toContain(`sheet-${edited.id}`);
  expect(second.gardens.filter((g) => !g.reused).map((g) => g.gardenId)).toEqual([edited.id]);
  expect(second.gardens.find((g) => g.gardenId === edited.id)?.months.find((m) => m.month === '2020-05')?.outcome).toBe('replaced');
  expect(second.businessKey).not.toBe(first.businessKey); // the edit changed the inputs

  // A full re-read of every sheet at the same evaluation time finds the very same inputs: same key, same result.
  fake.clearLog();
  const full = await runMonthlyAssessment(deps(false, asOf), { month: '2020-05', asOf, roster });
  expect(reads()).toBe(N);
  expect(full.businessKey).toBe(second.businessKey);
  expect(full.replayed).toBe(true);
  expect(full.assessment).toEqual(second.assessment);
  expect(full.term).toEqual(second.term);
  expect(full.gardens.map((g) => g.account)).toEqual(second.gardens.map((g) => g.account));

  // Nothing changed since: the next run reads nothing at all.
  fake.clearLog();
  const third = await runMonthlyAssessment(deps(true, asOf), { month: '2020-05', asOf, roster });
  expect(reads()).toBe(0);
  expect(third.businessKey).toBe(second.businessKey);
});

it('lists Drive by modifiedTime after the last sync (minus the margin); a month the snapshots lack is read', async () => {
  await runMonthlyAssessment(deps(true, '2020-05-28T10:00:00+08:00'), { month: '2020-05', asOf: '2020-05-28T10:00:00+08:00', roster });
  fake.clearLog();
  await runMonthlyAssessment(deps(true, '2020-05-28T11:00:00+08:00'), { month: '2020-05', asOf: '2020-05-28T11:00:00+08:00', roster });
  const q = fake.requests('drive.files.list')[0].query.get('q') ?? '';
  expect(q).toMatch(/modifiedTime > '2020-05-28T00:50:00\.000Z'/);
  // June's run syncs a month never taken from these sheets: every garden is read once more.
  fake.clearLog();
  await runMonthlyAssessment(deps(true, '2020-06-28T10:00:00+08:00'), { month: '2020-06', asOf: '2020-06-28T10:00:00+08:00', roster });
  expect(reads()).toBe(N);
});
