/** Pure: who to remind of a month's report, before and after its cutoff. */
export { planReminders, reminderKey, reminderMonth, type ReminderInput, type ReminderPlan } from './plan';
