import { z } from 'zod';

/** A calendar month, `YYYY-MM`. */
export const MonthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: '月份格式应为 YYYY-MM' });
export type MonthKey = z.infer<typeof MonthKey>;

/** A calendar date, `YYYY-MM-DD` (a local date in Asia/Shanghai; no time, no zone). */
export const IsoDate = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant, ISO-8601 with offset (e.g. `2020-05-30T18:00:00+08:00` or `…Z`). */
export const Instant = z.iso.datetime({ offset: true, error: '时间格式应为 ISO-8601' });
export type Instant = z.infer<typeof Instant>;

/** A garden's id: its normalised name (Firestore allows any UTF-8 id without `/`). */
export const GardenId = z.string().min(1).max(200).regex(/^[^/]+$/, { error: '园所编号不能包含“/”' });
export type GardenId = z.infer<typeof GardenId>;
