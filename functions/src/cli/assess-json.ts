import { GARDEN_KIND_LABELS, GARDEN_ROLE_LABELS } from '../../../schemas';
import type { FolderRun } from './assess-folder';

/** `bangfu assess --json`: one object with the month's verdicts per garden and pair, and what the run read. */
export function assessJson(run: FolderRun) {
  const { result, rosterIssues } = run;
  const a = result.assessment;
  const names = new Map(a.gardens.map((g) => [g.gardenId, g.name]));
  const nameOf = (id: string) => names.get(id) ?? id;
  return {
    month: result.month,
    asOf: result.asOf,
    final: a.final,
    county: a.county,
    ruleSet: `${a.ruleSetId}@${a.ruleSetVersion}`,
    businessKey: result.businessKey,
    replayed: result.replayed,
    gardens: a.gardens.map((g) => {
      const sync = result.gardens.find((s) => s.gardenId === g.gardenId);
      return {
        id: g.gardenId, name: g.name, role: g.role, kind: g.kind,
        roleLabel: GARDEN_ROLE_LABELS[g.role], kindLabel: GARDEN_KIND_LABELS[g.kind], pair: nameOf(g.pairId),
        reported: g.reported, reportedAt: g.reportedAt, onTime: g.onTime, late: g.late,
        doneActivities: g.doneActivities, classHours: g.classHours, falsified: g.falsified.length,
        meetsMonthlyMinimum: g.meetsMonthlyMinimum, score: g.score, reasons: g.reasons,
        file: sync?.sheet?.title ?? null,
        rows: sync?.account ?? null,
        months: sync?.months.map((m) => ({ month: m.month, outcome: m.outcome, version: m.version })) ?? [],
      };
    }),
    pairs: a.pairs.map((p) => ({
      id: p.pairId, helper: nameOf(p.helperId), helped: p.memberIds.filter((id) => id !== p.helperId).map(nameOf),
      passed: p.passed, score: p.score, rank: p.rank, failed: p.failedMemberIds.map(nameOf), reasons: p.reasons,
    })),
    summary: a.summary,
    term: result.term && {
      term: result.term.term, label: result.term.termLabel, final: result.term.final,
      gardens: result.term.gardens.map((g) => ({
        name: g.name, monthsReported: g.monthsReported, monthsMet: g.monthsMet, monthsLate: g.monthsLate,
        passed: g.passed, score: g.score, rank: g.rank,
      })),
      pairs: result.term.pairs.map((p) => ({ helper: nameOf(p.helperId), passed: p.passed, score: p.score, rank: p.rank })),
    },
    notes: a.notes,
    problems: [
      ...rosterIssues.map((i) => i.message),
      ...result.sheetProblems.map((p) => p.message),
      ...result.unreadable.map((u) => u.message),
    ],
  };
}
