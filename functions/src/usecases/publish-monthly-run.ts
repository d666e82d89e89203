import type { GardenMonth, MonthAssessment, Roster, RuleSet, SpotCheck } from '../../../schemas';
import { monthsOfTerm } from '../core/calendar';
import type { Dashboard } from '../core/dashboard';
import type { GardenMonthStore } from './ports/garden-month-store';
import type { RosterStore } from './ports/roster-store';
import { publishResults, type Published, type ReportSink } from './publish-results';
import type { MonthlyRunResult, SpotCheckSource } from './run-monthly-assessment';
import { readRegister, RegisterSpotCheckSource, type RegisterDeps } from './spot-check-register';

/** Who signs the bureau's documents: `<county>教育局基教股`. */
export const BUREAU_ISSUER = '教育局基教股';

/** Where a deployment publishes the bureau's outputs: its dashboard (register read + write) and its reports. */
export interface BureauOutputs {
  register: RegisterDeps;
  writeDashboard(dashboard: Dashboard): Promise<string>;
  reports: ReportSink;
}

/** A roster as far as the register reader needs it (names to match), rebuilt from the assessment. */
export function rosterOf(a: MonthAssessment): Roster {
  return {
    county: a.county, year: a.year,
    gardens: a.gardens.map((g) => ({ id: g.gardenId, name: g.name, role: g.role, kind: g.kind, pairId: g.pairId, responsible: [], editors: [] })),
    pairs: a.pairs.map((p) => ({ id: p.pairId, helperId: p.helperId, helpedIds: p.memberIds.filter((id) => id !== p.helperId) })),
  };
}

/** The term's snapshots (up to the assessed month) from the store, for the dashboard's 问题清单. */
export async function termSnapshots(store: Pick<GardenMonthStore, 'listMonth'>, a: MonthAssessment, ruleSet: RuleSet): Promise<GardenMonth[]> {
  const months = a.term ? monthsOfTerm(a.term, ruleSet).filter((m) => m <= a.month) : [a.month];
  return (await Promise.all(months.map((m) => store.listMonth(m)))).flat();
}

/**
 * The register's verdicts for a run that loads its roster itself (the scheduled run): the roster the names are
 * matched against is the county's roster of the run's gardens — found among the years of the months asked about.
 */
export function countyRegisterSpotChecks(register: RegisterDeps, rosters: Pick<RosterStore, 'get'>, county: string, ruleSet: RuleSet): SpotCheckSource {
  return {
    async list(gardenIds, months): Promise<SpotCheck[]> {
      for (const year of [...new Set(months.map((m) => Number(m.slice(0, 4))))].sort((a, b) => b - a)) {
        const roster = await rosters.get(county, year);
        if (roster && gardenIds.every((id) => roster.gardens.some((g) => g.id === id))) {
          return new RegisterSpotCheckSource(register, { roster, timezone: ruleSet.timezone }).list(gardenIds, months);
        }
      }
      return [];
    },
  };
}

/**
 * After a monthly run in the cloud: the bureau's dashboard regenerated (its 抽查登记 rows kept) and the month's
 * 通报 and the term's 考核 in its reports folder. Both writes are idempotent, so a retried run simply republishes.
 */
export async function publishMonthlyRun(
  deps: { outputs: BureauOutputs; gardenMonths: Pick<GardenMonthStore, 'listMonth'>; ruleSet: RuleSet },
  result: MonthlyRunResult,
): Promise<Published> {
  const { assessment } = result;
  const ctx = { roster: rosterOf(assessment), timezone: deps.ruleSet.timezone };
  return publishResults({
    dashboard: { readRegister: () => readRegister(deps.outputs.register, ctx), write: (d) => deps.outputs.writeDashboard(d) },
    reports: deps.outputs.reports,
  }, {
    assessment, term: result.term, syncs: result.gardens, otherSpotChecks: result.spotChecks,
    snapshots: await termSnapshots(deps.gardenMonths, assessment, deps.ruleSet),
    issuer: `${assessment.county}${BUREAU_ISSUER}`,
  });
}
