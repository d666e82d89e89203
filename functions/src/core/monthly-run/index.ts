/** The pure parts of the monthly run: which months, which sheet is whose, what each table contributes, run keys. */
export { runWindow, normaliseInstant, type RunWindow } from './window';
export { gardenCandidates, unusableTable, type GardenAccount, type GardenCandidates } from './garden-candidates';
export { assessmentFingerprint, assessmentRunKey } from './fingerprint';
export { assignSheets, type ReadSheetInfo, type SheetAssignment, type SheetProblem } from './assign-sheets';
export {
  advanceCursor, DEFAULT_SYNC_MARGIN_MINUTES, listingSince, planSheetReads, syncedMonths, type ListedSheetInfo, type SheetPlanEntry,
} from './incremental';
