/** Pure scheduling: cron expressions and which month a scheduled job is about. */
export { CronSyntaxError, nextFiring, parseCron, type CronSchedule } from './cron';
export { currentMonth, lastClosedMonth, scheduledMonth, type MonthDecision } from './scheduled-month';
