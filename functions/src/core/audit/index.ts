export { gardenMonthTimeline, localTime, type AuditLine, type TimelineInput } from './timeline';
