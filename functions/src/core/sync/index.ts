export { canonicalJson, contentHash } from './canonical';
export { diffRows } from './row-diff';
export { isOlderSource } from './source-order';
export { planSnapshotWrite, type ExistingGardenMonth, type SnapshotDecision, type SnapshotOutcome, type SyncContext } from './plan-snapshot-write';
export { planFreeze, planExceptionGrant, type FreezeDecision, type ExceptionDecision } from './plan-month-events';
export { sortHistory } from './history-order';
export { firstReportedAtAfter, holdsReport, monthReporting, type MonthReporting } from './reported';
