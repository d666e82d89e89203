/**
 * What gets deployed, as data: every function with its trigger and who may invoke it, the Pub/Sub topics and
 * the Cloud Scheduler jobs. The deploy script and the local stack (`bangfu serve`) both read this, so the
 * local schedule is the production one. Names must match the registrations in index.ts (a test checks).
 */

import { perInstanceReadQuota } from '../core/fanout/plan';
import { FANOUT_TOPICS } from '../usecases/ports/fanout';

/**
 * `garden`: called by the sheets' Apps Script with its identity token. Its audience is the script's OAuth
 * client id, which Cloud Run IAM cannot accept, so IAM lets the request through (allUsers invoker) and the
 * handler verifies the token itself. `bureau`: IAM also requires the caller to be a bureau member, and the
 * handler checks the bureau list again.
 */
export type HttpAccess = 'garden' | 'bureau';

export type FunctionTrigger = { kind: 'http'; access: HttpAccess } | { kind: 'topic'; topic: string };

export interface FunctionSpec {
  name: string;
  trigger: FunctionTrigger;
  memory: string;
  timeoutSeconds: number;
  description: string;
  /** Cloud Run's instance cap (default 10). The fan-out workers' read-quota share is computed from it. */
  maxInstances?: number;
  /** Environment of this function only (besides the deployment's common settings). */
  env?: Record<string, string>;
}

export interface ScheduledJob {
  name: string;
  schedule: string;
  topic: string;
  /** The Pub/Sub message (JSON). */
  message: Record<string, unknown>;
  description: string;
}

export const TOPICS = {
  monthlyAssessment: 'bangfu-monthly-assessment', reminders: 'bangfu-reminders', closeWork: FANOUT_TOPICS.work, closeCheck: FANOUT_TOPICS.check,
} as const;

/**
 * The Sheets read quota the deployment spends (Google's default: 60 reads/min per user — the service account).
 * A close that must read more sheets than one 540-s invocation can at this rate (8 minutes' worth, leaving a
 * minute for listing, writes and the assessment) fans out; the workers share the quota statically.
 */
export const SHEETS_READS_PER_MINUTE = 60;
export const FANOUT_ABOVE_READS = SHEETS_READS_PER_MINUTE * 8;
const WORKER_INSTANCES = 5;

/** Cloud Scheduler's time zone: the rule sets' (`Asia/Shanghai`), so 09:00 is 09:00 at the bureau. */
export const SCHEDULE_TIME_ZONE = 'Asia/Shanghai';

export const FUNCTIONS: readonly FunctionSpec[] = [
  { name: 'validateRows', trigger: { kind: 'http', access: 'garden' }, memory: '256Mi', timeoutSeconds: 30, description: '检查表格中填写的行' },
  { name: 'syncGarden', trigger: { kind: 'http', access: 'garden' }, memory: '512Mi', timeoutSeconds: 120, description: '提交本月：读取本园表格并保存' },
  { name: 'grantException', trigger: { kind: 'http', access: 'bureau' }, memory: '256Mi', timeoutSeconds: 30, description: '基教股批准逾期修改' },
  { name: 'provisionGardens', trigger: { kind: 'http', access: 'bureau' }, memory: '512Mi', timeoutSeconds: 540, description: '为各园复制并共享计划表' },
  {
    name: 'monthlyAssessment', trigger: { kind: 'topic', topic: TOPICS.monthlyAssessment }, memory: '1Gi', timeoutSeconds: 540, description: '月度考核',
    maxInstances: 1, env: { BANGFU_SHEETS_READS_PER_MINUTE: String(SHEETS_READS_PER_MINUTE), BANGFU_FANOUT_ABOVE_READS: String(FANOUT_ABOVE_READS) },
  },
  { name: 'reminders', trigger: { kind: 'topic', topic: TOPICS.reminders }, memory: '512Mi', timeoutSeconds: 540, description: '上报提醒' },
  {
    name: 'closeWorker', trigger: { kind: 'topic', topic: TOPICS.closeWork }, memory: '512Mi', timeoutSeconds: 120, description: '月末分片：同步一所园的表格',
    maxInstances: WORKER_INSTANCES, env: { BANGFU_SHEETS_READS_PER_MINUTE: String(perInstanceReadQuota(SHEETS_READS_PER_MINUTE, WORKER_INSTANCES)) },
  },
  // One instance: checks are cheap, and one finalizer at a time keeps the month's run-log claim uncontended.
  { name: 'closeFinalizer', trigger: { kind: 'topic', topic: TOPICS.closeCheck }, memory: '1Gi', timeoutSeconds: 540, description: '月末分片：汇总考核', maxInstances: 1 },
];

export const JOBS: readonly ScheduledJob[] = [
  { name: 'bangfu-monthly-assessment', schedule: '0 9 1 * *', topic: TOPICS.monthlyAssessment, message: {}, description: '每月1日9时：考核上月' },
  { name: 'bangfu-reminders-due', schedule: '0 9 25,28 * *', topic: TOPICS.reminders, message: { kind: 'due' }, description: '每月25日、28日9时：提醒尚未上报的园所' },
  { name: 'bangfu-reminders-missed', schedule: '30 9 1 * *', topic: TOPICS.reminders, message: { kind: 'missed' }, description: '每月1日9时30分：列出上月未按时上报的园所' },
  // Every quarter hour: a fanned-out close whose last workers keep failing sends no more checks; this assesses it at its cutoff.
  { name: 'bangfu-close-sweep', schedule: '*/15 * * * *', topic: TOPICS.closeCheck, message: {}, description: '每15分钟：分片月末考核到截止时间仍未收齐的，按已同步的资料完成考核' },
];
