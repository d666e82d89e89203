/** The bench's synthetic county: realistic enough that intake has work to do, and the same on every run. */
import { syntheticPlan } from '../../../functions/src/bench/synthetic/plan-grid';
import { syntheticRoster } from '../../../functions/src/bench/synthetic/roster';
import { utilization } from '../../../functions/src/bench/sheets';
import { readPlanTable } from '../../../functions/src/core/intake';
import { Roster } from '../../../schemas';

it('builds a valid roster of pairs and deterministic plan tables that intake reads with some issues', () => {
  const roster = Roster.parse(syntheticRoster(50));
  expect(roster.gardens.length).toBeGreaterThanOrEqual(48);
  const plans = roster.gardens.map((g) => syntheticPlan(g, 2020, [3, 4, 5, 6]));
  expect(syntheticPlan(roster.gardens[7], 2020, [3, 4, 5, 6])).toEqual(plans[7]);
  const tables = plans.map((p) => readPlanTable(p.grid, { year: 2020 }));
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  expect(rows / roster.gardens.length).toBeGreaterThan(30);
  expect(tables.some((t) => t.issues.some((i) => i.severity === 'error'))).toBe(true);
  expect(new Set(tables.flatMap((t) => t.rows.map((r) => r.month)))).toEqual(new Set(['2020-03', '2020-04', '2020-05', '2020-06']));
});

it('measures quota utilisation over complete minutes only', () => {
  const perfect = Array.from({ length: 150 }, (_, i) => Math.floor(i / 60) * 60_000 + (i % 60) * 500);
  expect(utilization(perfect, 60)).toBe(1);
  const stalled = [...perfect.slice(0, 60), ...perfect.slice(60).map((t) => t + 60_000)];
  expect(utilization(stalled, 60)).toBeCloseTo(120 / 3 / 60);
  expect(utilization([0, 1000], 60)).toBeNull();
});
