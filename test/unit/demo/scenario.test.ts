import { buildDemoCounty } from '../../../functions/src/local/demo/scenario';
import { STORY } from '../../../functions/src/local/demo/story';

describe('the demo county', () => {
  const county = buildDemoCounty();
  const entriesOf = (garden: string, month: number) => county.entries.filter((e) => e.gardenId === garden && e.month === month);

  it('is the same on every build (seeded, no clock, no Math.random)', () => {
    const again = buildDemoCounty();
    expect(again.entries).toEqual(county.entries);
    expect([...again.saves.entries()].map(([g, m]) => [g, [...m]])).toEqual([...county.saves.entries()].map(([g, m]) => [g, [...m]]));
  });

  it('holds the five pairs of 附件2 and 18 gardens, each garden with its own file name', () => {
    expect(county.roster.pairs).toHaveLength(5);
    expect(county.gardens).toHaveLength(18);
    expect(new Set(county.gardens.map((g) => g.file)).size).toBe(18);
    expect(county.gardens.filter((g) => g.layout === 'attachment3').length).toBeGreaterThan(0);
    expect(county.gardens.filter((g) => g.layout === 'template').length).toBeGreaterThan(0);
  });

  it('gives helpers at least three activities and helped gardens an observation every month', () => {
    for (const garden of county.gardens) {
      for (const month of [3, 4, 5, 6]) {
        const entries = entriesOf(garden.id, month);
        if (garden.role === 'helper') expect(entries.length).toBeGreaterThanOrEqual(3);
        else expect(entries.some((e) => e.type === '观摩交流')).toBe(true);
      }
    }
  });

  it('plays the story: a garden that reports April only in May, and saves after the 30th', () => {
    const april = entriesOf(STORY.missing.garden, 4);
    expect(april.length).toBeGreaterThan(0);
    expect(april.every((e) => e.plannedIn === 5 && e.reportedIn === 5)).toBe(true);
    expect(county.saves.get(STORY.missing.garden)?.has(4)).toBe(false);
    expect(county.saves.get('东苑幼儿园')?.get(3)).toBe('2020-03-31T16:20:00+08:00');
    const june = entriesOf(STORY.shortMonth.garden, 6);
    expect(june.filter((e) => e.statusWord !== '延期')).toHaveLength(2);
  });

  it('spot-checks a May observation that the garden reported as done', () => {
    const [check] = county.spotChecks;
    const target = entriesOf(STORY.falsified.garden, 5).find((e) => e.task.startsWith(check.activity.task!));
    expect(target).toMatchObject({ type: '观摩交流', reportedIn: 5 });
    expect(check.activity.date).toBe(`2020-05-${String(target!.day).padStart(2, '0')}`);
    expect(Date.parse(check.checkedAt)).toBeLessThan(Date.parse('2020-06-01T00:00:00+08:00'));
  });
});
