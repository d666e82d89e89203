/**
 * The one module that knows where things live in Firestore. Everything else asks here.
 *
 *   counties/{county}/years/{year}                 roster (pairing table) of a county and year
 *   gardens/{gardenId}                             garden registration (spreadsheet id, editors, role, kind)
 *   gardens/{gardenId}/months/{yyyy-mm}            garden-month snapshot (one document, rows inside)
 *     …/versions/{n}  …/lateChanges/{auto}  …/events/{auto}   its append-only history
 *   assessments/{key}                              results, key `month:2020-05` / `term:2020-spring`
 *   spotChecks/{id}                                bureau spot-check verdicts
 *   runs/{businessKey}                             job log keyed by business key (`assessment:2020-05`)
 *   auditLog/{auto}                                who did what, when
 *   fanouts/{runKey}  …/gardens/{gardenId}         a fanned-out month-close: expected gardens, who is in
 *   sheetSyncs/{gardenId}                          which sheet version the garden's snapshots came from (incremental sync)
 *   syncCursors/{county}                           where the county's last complete sync got to (next listing's start)
 *   reminders/{businessKey}                        who was reminded of a month's report (`reminders:2020-05:due:2020-05-25`)
 */
export const MONTHS = 'months';

export const paths = {
  roster: (county: string, year: number) => `counties/${segment(county)}/years/${year}`,
  gardens: () => 'gardens',
  garden: (gardenId: string) => `gardens/${segment(gardenId)}`,
  gardenMonths: (gardenId: string) => `${paths.garden(gardenId)}/${MONTHS}`,
  gardenMonth: (gardenId: string, month: string) => `${paths.gardenMonths(gardenId)}/${segment(month)}`,
  versions: (gardenId: string, month: string) => `${paths.gardenMonth(gardenId, month)}/versions`,
  version: (gardenId: string, month: string, version: number) => `${paths.versions(gardenId, month)}/${version}`,
  lateChanges: (gardenId: string, month: string) => `${paths.gardenMonth(gardenId, month)}/lateChanges`,
  monthEvents: (gardenId: string, month: string) => `${paths.gardenMonth(gardenId, month)}/events`,
  assessments: () => 'assessments',
  assessment: (key: string) => `${paths.assessments()}/${segment(key)}`,
  spotChecks: () => 'spotChecks',
  spotCheck: (id: string) => `spotChecks/${segment(id)}`,
  run: (businessKey: string) => `runs/${segment(businessKey)}`,
  auditLog: () => 'auditLog',
  fanoutRuns: () => 'fanouts',
  fanoutRun: (runKey: string) => `${paths.fanoutRuns()}/${segment(runKey)}`,
  fanoutGardens: (runKey: string) => `${paths.fanoutRun(runKey)}/gardens`,
  fanoutGarden: (runKey: string, gardenId: string) => `${paths.fanoutGardens(runKey)}/${segment(gardenId)}`,
  reminders: () => 'reminders',
  reminder: (key: string) => `${paths.reminders()}/${segment(key)}`,
  sheetSync: (gardenId: string) => `sheetSyncs/${segment(gardenId)}`,
  syncCursor: (county: string) => `syncCursors/${segment(county)}`,
} as const;

/** A document id must not contain `/` (it would silently address a different, deeper document) nor be `.`/`..`. */
function segment(id: string): string {
  if (id.length === 0 || id.includes('/') || id === '.' || id === '..' || /^__.*__$/.test(id)) {
    throw new Error(`invalid Firestore document id: ${JSON.stringify(id)}`);
  }
  return id;
}
