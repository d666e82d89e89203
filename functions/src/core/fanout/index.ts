export { fanoutRunKey, perInstanceReadQuota, planFanout, type ChangedSheet, type FanoutPlan, type WorkItem } from './plan';
export { finalizeDecision, type FinalizeDecision } from './finalize';
