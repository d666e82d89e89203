import { performance } from 'node:perf_hooks';
import { editEvent, sheetDate } from '../../fakes/apps-script';
import { rowValues } from '../../fixtures/apps-script-sheet';
import { boundScript, buildBundle, type Harness } from './bundle-support';

let bytes = 0;
beforeAll(() => { bytes = buildBundle().bytes; }, 60_000);

/** Pastes `count` activity rows from row 3 (every 5th one with an impossible date) and fires one onEdit for the block. */
function pasteAndEdit(h: Harness, count: number): { ms: number; serviceCalls: number } {
  const width = h.template.columns.length - 1;
  const rows = Array.from({ length: count }, (_, i) => {
    const block = h.template.months.find((m) => 3 + i >= m.firstRow && 3 + i <= m.lastRow)!;
    const day = (i % 28) + 1;
    return rowValues(h.template, {
      date: i % 5 === 4 ? `${block.month}月31日x` : sheetDate(2020, block.month, day),
      task: `送教下乡示范课第${i + 1}次`, person: '张丽', status: '已完成', type: '送教/示范课', classHours: 1, participants: 10,
      evidencePlan: `p${i}`, evidenceRecord: `r${i}`, evidenceSummary: `s${i}`, evidencePhotos: `i${i}`,
    });
  });
  const range = h.sheet.getRange(3, 2, count, width);
  range.setValues(rows);
  h.double.calls.reset();
  const start = performance.now();
  h.double.asSimpleTrigger(() => h.script.onEdit(editEvent(h.double, range)));
  return { ms: performance.now() - start, serviceCalls: h.double.calls.total() };
}

describe('onEdit cost', () => {
  it('checks a 40-row paste with the same few service calls as a one-row edit (figures printed)', () => {
    const one = pasteAndEdit(boundScript(), 1);
    const h = boundScript();
    pasteAndEdit(boundScript(), 40); // warm-up (JIT), not reported
    const forty = pasteAndEdit(h, 40);
    expect(h.double.errors).toEqual([]);
    expect(['Range.getValues', 'Range.getNotes', 'Range.getBackgrounds', 'Range.setNotes', 'Range.setBackgrounds'].map((n) => h.double.calls.get(n))).toEqual([1, 1, 1, 1, 1]);
    const marked = h.sheet.getRange(3, 1, 40, h.template.columns.length).getBackgrounds().flat().filter((c) => c === '#f4c7c3');
    expect(marked).toHaveLength(8);
    expect(forty.serviceCalls).toBeLessThanOrEqual(one.serviceCalls + 2);
    process.stdout.write(`apps-script bundle: ${(bytes / 1024).toFixed(1)} KiB; onEdit 40-row paste: ${forty.ms.toFixed(1)} ms in the double, ${forty.serviceCalls} service calls (1-row edit: ${one.serviceCalls})\n`);
  });
});
