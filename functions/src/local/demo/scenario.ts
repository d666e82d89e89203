import type { ActivityType, Garden, Roster, SpotCheck } from '../../../../schemas';
import { readRoster } from '../../core/roster';
import { fill, HELPED_OBSERVATIONS, HELPED_OTHERS, HELPER_IDEAS, type ActivityIdea } from './activities';
import { DEMO_MONTHS, DEMO_YEAR, PAIRING_HEADER, PAIRING_ROWS, PAIRING_TITLE, TEACHERS } from './gaotai-2020';
import { seededRandom, type Random } from './random';
import { STORY } from './story';

/** 附件3: the bureau's five-column form; template: our extended table (类型, 课时, 人数, evidence). */
export type DemoLayout = 'attachment3' | 'template';

export interface DemoGarden extends Garden {
  layout: DemoLayout;
  /** File name in the gardens/ folder. */
  file: string;
  teachers: string[];
}

/** One activity line as the garden types it, and when it shows up in the garden's file. */
export interface DemoEntry {
  gardenId: string;
  month: number;
  day: number;
  /** What is typed in 帮扶时间 when it is not the plain date (an impossible date). */
  dateText: string | null;
  task: string;
  person: string | null;
  statusWord: string;
  type: ActivityType;
  hours: number | null;
  participants: number | null;
  /** Month folder in which the row first appears (planned ahead, status still empty). */
  plannedIn: number;
  /** Month folder in which 完成情况 is filled in. */
  reportedIn: number;
}

export interface DemoCounty {
  roster: Roster;
  gardens: DemoGarden[];
  entries: DemoEntry[];
  /** gardenId → month folder → when the garden last saved its file by that month's close. */
  saves: Map<string, Map<number, string>>;
  spotChecks: SpotCheck[];
}

/** The pairing table's cells, exactly as the bureau typed them (title, header, five rows). */
export function pairingCells(): (string | null)[][] {
  return [['附件2：'], [PAIRING_TITLE], [...PAIRING_HEADER], ...PAIRING_ROWS.map((r) => [...r])];
}

/** Builds the whole demo county, deterministically from the seed data. */
export function buildDemoCounty(): DemoCounty {
  const { roster } = readRoster({ rows: pairingCells(), merges: [] });
  if (!roster) throw new Error('demo pairing table does not read as a roster');
  const random = seededRandom('高台县2020春');
  const gardens = roster.gardens.map((g, i) => demoGarden(g, i, random));
  const entries = gardens.flatMap((g) => gardenEntries(g, roster, seededRandom(g.id)));
  return { roster, gardens, entries, saves: saveTimes(gardens, entries), spotChecks: spotChecks(entries) };
}

function demoGarden(garden: Garden, index: number, random: Random): DemoGarden {
  // Helpers and two private gardens use our template; the rural gardens keep the bureau's form.
  const layout: DemoLayout = garden.role === 'helper' || ['蕾梦幼儿园', '金太阳幼儿园'].includes(garden.id) ? 'template' : 'attachment3';
  const file = garden.id === '千字童幼儿园'
    ? '2020年结对帮扶工作计划表（千字童）.xlsx'
    : layout === 'template' ? `${garden.name}2020年结对帮扶工作计划表.xlsx` : `${garden.name}.xlsx`;
  const teachers = random.sample(TEACHERS, 3).map((t, i) => (i === index % 3 && garden.responsible[0]) || t);
  return { ...garden, layout, file, teachers };
}

function gardenEntries(garden: DemoGarden, roster: Roster, random: Random): DemoEntry[] {
  const pair = roster.pairs.find((p) => p.id === garden.pairId)!;
  const nameOf = (id: string) => roster.gardens.find((g) => g.id === id)!.name;
  const helped = pair.helpedIds.map((id) => roster.gardens.find((g) => g.id === id)!);
  const names = {
    helper: nameOf(pair.helperId),
    rural: (helped.find((g) => g.kind === 'rural') ?? helped[0]).name,
    private: (helped.find((g) => g.kind === 'private') ?? helped[0]).name,
    helped: helped.map((g) => g.name).join('、'),
  };
  const entries: DemoEntry[] = [];
  for (const month of DEMO_MONTHS) {
    const fits = (ideas: readonly ActivityIdea[]) => ideas.filter((idea) => idea.months.includes(month));
    const ideas = garden.role === 'helper'
      ? random.sample(fits(HELPER_IDEAS), STORY.shortMonth.garden === garden.id && STORY.shortMonth.month === month ? 3 : random.int(3, 4))
      : [random.pick(fits(HELPED_OBSERVATIONS)), ...(random.next() < 0.5 ? [random.pick(fits(HELPED_OTHERS))] : [])];
    const days = random.sample(weekdays(month), ideas.length + 1);
    ideas.forEach((idea, i) => entries.push(entry(garden, month, days[i], fill(idea.text, names), idea, random)));
    addStoryRows(garden, month, days[ideas.length], entries, random);
  }
  return entries;
}

function entry(garden: DemoGarden, month: number, day: number, task: string, idea: ActivityIdea, random: Random): DemoEntry {
  const missing = STORY.missing.garden === garden.id && STORY.missing.month === month;
  // Helpers plan next month's work at the end of this one; the others write a month up when it is done.
  const plannedIn = missing ? STORY.missing.addedIn : garden.role === 'helper' && month > DEMO_MONTHS[0] ? month - 1 : month;
  const words = garden.layout === 'template' ? ['已完成'] : ['已完成', '已完成', '完成', '√'];
  return {
    gardenId: garden.id, month, day, dateText: null, task, person: random.pick(garden.teachers),
    statusWord: random.pick(words), type: idea.type,
    hours: garden.layout === 'template' ? idea.hours ?? null : null,
    participants: garden.layout === 'template' ? random.int(6, 30) : null,
    plannedIn, reportedIn: missing ? STORY.missing.addedIn : month,
  };
}

/** The story's extra rows (a typo, an impossible date, a missing 负责人) and the postponed activity. */
function addStoryRows(garden: DemoGarden, month: number, day: number, entries: DemoEntry[], random: Random): void {
  const at = (event: { garden: string; month: number }) => event.garden === garden.id && event.month === month;
  const extra = (task: string, type: ActivityType, patch: Partial<DemoEntry>) =>
    entries.push({ ...entry(garden, month, day, task, { text: task, type, months: [month] }, random), ...patch });
  if (at(STORY.statusTypo)) extra('园本教研：小班区角材料的投放与调整', '园本教研', { statusWord: STORY.statusTypo.word });
  if (at(STORY.impossibleDate)) extra('园本教研：户外自主游戏的观察与记录', '园本教研', { dateText: STORY.impossibleDate.text });
  if (at(STORY.noPerson)) extra('家园共育：召开复学家长会，宣传科学育儿知识', '家园共育', { person: null });
  if (at(STORY.shortMonth)) {
    const last = entries.filter((e) => e.gardenId === garden.id && e.month === month).at(-1)!;
    last.statusWord = '延期';
  }
}

function saveTimes(gardens: DemoGarden[], entries: DemoEntry[]): Map<string, Map<number, string>> {
  const saves = new Map<string, Map<number, string>>();
  for (const garden of gardens) {
    const byMonth = new Map<number, string>();
    for (const folder of DEMO_MONTHS) {
      const changed = entries.filter((e) => e.gardenId === garden.id && (e.plannedIn === folder || e.reportedIn === folder));
      if (changed.length === 0) continue;
      const late = STORY.lateSaves.find((s) => s.garden === garden.id && s.month === folder);
      const lastDay = Math.max(...changed.filter((e) => e.reportedIn === folder && e.month === folder).map((e) => e.day), 20);
      const day = Math.min(lastDay + 1 + (garden.id.length % 3), 29);
      byMonth.set(folder, late?.at ?? instant(folder, day, 16 + (garden.id.length % 3), 10 + garden.id.length));
    }
    saves.set(garden.id, byMonth);
  }
  return saves;
}

function spotChecks(entries: DemoEntry[]): SpotCheck[] {
  const { garden, month, checkedAt, checkedBy, note } = STORY.falsified;
  const target = entries.find((e) => e.gardenId === garden && e.month === month && e.type === '观摩交流')!;
  return [{
    id: `${DEMO_YEAR}-0${month}-spot-1`, gardenId: garden, month: `${DEMO_YEAR}-0${month}`,
    activity: { date: isoDate(month, target.day), task: target.task.slice(0, 12) },
    verdict: 'falsified', note, checkedBy, checkedAt,
  }];
}

/** Weekdays 3–24 of a month of 2020: activities are on school days, early enough to be written up by the 30th. */
function weekdays(month: number): number[] {
  const days: number[] = [];
  for (let day = 3; day <= 24; day++) {
    const weekday = new Date(Date.UTC(DEMO_YEAR, month - 1, day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(day);
  }
  return days;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (month: number, day: number) => `${DEMO_YEAR}-${pad(month)}-${pad(day)}`;
const instant = (month: number, day: number, hour: number, minute: number) =>
  `${isoDate(month, day)}T${pad(hour)}:${pad(minute % 60)}:00+08:00`;
