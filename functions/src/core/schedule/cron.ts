import { DateTime } from 'luxon';

/**
 * Unix cron (`minute hour day-of-month month day-of-week`) as Cloud Scheduler reads it: numbers, `*`, lists,
 * ranges and steps; no names, no `L`/`W`/`?`. When both day fields are restricted a day matches either (Vixie
 * cron), like Cloud Scheduler. Time comes in as an argument, so the local scheduler can run on a shifted clock.
 */
export interface CronSchedule {
  expression: string;
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  /** 0 = Sunday … 6 = Saturday (7 is accepted as Sunday). */
  daysOfWeek: ReadonlySet<number>;
  domRestricted: boolean;
  dowRestricted: boolean;
}

const FIELDS = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day-of-week', min: 0, max: 7 },
] as const;

export class CronSyntaxError extends Error {
  override readonly name = 'CronSyntaxError';
}

export function parseCron(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) throw new CronSyntaxError(`cron needs 5 fields, got ${parts.length}: "${expression}"`);
  const [minutes, hours, daysOfMonth, months, dow] = parts.map((part, i) => parseField(part, FIELDS[i]));
  const daysOfWeek = new Set([...dow].map((d) => d % 7));
  return { expression, minutes, hours, daysOfMonth, months, daysOfWeek, domRestricted: parts[2] !== '*', dowRestricted: parts[4] !== '*' };
}

function parseField(text: string, field: (typeof FIELDS)[number]): Set<number> {
  const out = new Set<number>();
  for (const item of text.split(',')) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(item);
    if (!m) throw new CronSyntaxError(`bad ${field.name} field "${text}"`);
    const [lo, hi] = m[1] === '*' ? [field.min, field.max] : [Number(m[2]), m[3] === undefined ? (m[4] ? field.max : Number(m[2])) : Number(m[3])];
    const step = m[4] === undefined ? 1 : Number(m[4]);
    if (lo < field.min || hi > field.max || lo > hi || step < 1) throw new CronSyntaxError(`${field.name} out of range in "${text}"`);
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

function dayMatches(s: CronSchedule, day: DateTime): boolean {
  if (!s.months.has(day.month)) return false;
  const dom = s.daysOfMonth.has(day.day);
  const dow = s.daysOfWeek.has(day.weekday % 7);
  if (s.domRestricted && s.dowRestricted) return dom || dow;
  return (!s.domRestricted || dom) && (!s.dowRestricted || dow);
}

/** The first firing strictly after `after`, in `zone` (an IANA zone), as a DateTime in that zone; null if none within 5 years. */
export function nextFiring(s: CronSchedule, after: DateTime, zone: string): DateTime | null {
  const from = after.setZone(zone);
  let day = from.startOf('day');
  const hours = [...s.hours].sort((a, b) => a - b);
  const minutes = [...s.minutes].sort((a, b) => a - b);
  for (let i = 0; i < 5 * 366; i++, day = day.plus({ days: 1 })) {
    if (!dayMatches(s, day)) continue;
    for (const hour of hours) {
      for (const minute of minutes) {
        const at = day.set({ hour, minute });
        // A time skipped by a DST jump normalises to another hour: skip it rather than fire at the wrong time.
        if (at.hour === hour && at.minute === minute && at > from) return at;
      }
    }
  }
  return null;
}
