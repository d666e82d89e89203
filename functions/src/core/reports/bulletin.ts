import type { GardenMonthResult, MonthAssessment } from '../../../../schemas/assessment';
import type { GardenMonth } from '../../../../schemas/garden-month';
import type { PlanRow } from '../../../../schemas/plan-row';
import { GARDEN_ROLE_LABELS } from '../../../../schemas/roster';
import type { SpotCheck } from '../../../../schemas/spot-check';
import { dayLabel, monthLabel } from '../calendar/month';
import { matchesRow } from '../assessment/spot-checks';
import { chineseDate, COUNTY_ZONE, localDateOf } from '../calendar/instant';
import { amount, pct, pts, type Block, type Report } from './model';

export interface BulletinInput {
  month: MonthAssessment;
  /** The month's spot checks (applied or not) so the bulletin can report what the bureau verified. */
  spotChecks: readonly SpotCheck[];
  /** The month's plan tables as assessed: a check names its activity by a fragment, the 通报 shows the row in full. */
  reports: readonly GardenMonth[];
  /** Office line, e.g. `高台县教育局基教股`. */
  issuer: string;
}

const names = (gs: readonly GardenMonthResult[]) => (gs.length ? gs.map((g) => g.name).join('、') : '无');

/**
 * The monthly 通报, in the style of the 《基教管理》简报 the 2020 plan says the bureau uses to feed back each month's
 * completion (五、4): the overall picture, who met the minimum, who fell short and why, late and missing reports,
 * spot-check outcomes, pair verdicts, and the standing requirements.
 */
export function buildBulletin(input: BulletinInput): Report {
  const m = input.month;
  const s = m.summary;
  const label = monthLabel(m.month);
  const met = m.gardens.filter((g) => g.meetsMonthlyMinimum);
  const short = m.gardens.filter((g) => !g.meetsMonthlyMinimum);
  const late = m.gardens.filter((g) => g.late);
  const missing = m.gardens.filter((g) => !g.reported);
  const nameOf = new Map(m.gardens.map((g) => [g.gardenId, g.name]));
  const blocks: Block[] = [
    { kind: 'heading', text: '一、总体情况' },
    {
      kind: 'paragraph',
      text: `${label}，全县参与结对帮扶的园所共${s.gardens}所（帮扶园${s.byRole.helper.gardens}所、被帮扶园${s.byRole.helped.gardens}所），` +
        `按时上报过程性资料${s.onTime}所，逾期上报${s.late}所，未上报${s.notReported}所，上报率${pct(s.reportingRate)}；` +
        `达到每月最低要求的${s.meetingMinimum}所（${pct(s.meetingMinimumRate)}）；${s.pairs}个帮扶对子中${s.pairsPassed}个通过考核。` +
        `全县本月共开展帮扶活动${s.doneActivities}项，送教${amount(s.classHours)}课时。`,
    },
    ...(m.final ? [] : [{ kind: 'paragraph' as const, text: `说明：截至${chineseDate(m.asOf)}，本月上报尚未截止，以下为暂定结果。`, emphasis: true }]),
    {
      kind: 'chart', title: `${label}各园得分`, unit: '分', max: 100,
      categories: m.gardens.map((g) => g.name), series: [{ name: '本月得分', values: m.gardens.map((g) => g.score) }],
    },
    { kind: 'heading', text: '二、达到每月最低要求的园所' },
    { kind: 'paragraph', text: names(met) },
    { kind: 'heading', text: '三、未达到要求的园所及原因' },
    short.length
      ? { kind: 'table', caption: '未达标园所', header: ['园所', '类别', '得分', '原因'], widths: [22, 12, 10, 56],
          rows: short.map((g) => [g.name, GARDEN_ROLE_LABELS[g.role], pts(g.score), g.reasons.join('；')]) }
      : { kind: 'paragraph', text: '无。' },
    { kind: 'heading', text: '四、迟报和未报情况' },
    { kind: 'paragraph', text: `逾期上报（每月30日后、月底前）：${names(late)}。` },
    { kind: 'paragraph', text: `月底前未上报（视为本月未开展帮扶工作）：${names(missing)}。` },
    { kind: 'heading', text: '五、抽查情况' },
    ...spotCheckBlocks(input, nameOf),
    { kind: 'heading', text: '六、结对对子考核（捆绑式）' },
    {
      kind: 'table', caption: '对子考核结果', header: ['排名', '帮扶园', '被帮扶园', '得分', '结论'], widths: [10, 22, 36, 12, 20],
      rows: [...m.pairs].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((p) => [
        p.rank ?? '', nameOf.get(p.helperId) ?? p.helperId, p.memberIds.filter((id) => id !== p.helperId).map((id) => nameOf.get(id) ?? id).join('、'),
        pts(p.score), p.passed ? '通过' : `未通过（${p.failedMemberIds.map((id) => nameOf.get(id) ?? id).join('、')}未达标）`,
      ]),
    },
    { kind: 'heading', text: '七、工作要求' },
    {
      kind: 'list', items: [
        '各校（园）须在每月30日前将本月开展帮扶活动的过程性资料报基教股备案，当月末没有及时上报的视为本月内没有开展帮扶工作。',
        '开展的各类帮扶活动要有方案、有措施、有记录、有总结、有图片信息。',
        '基教股将通过入校检查、走访师幼、调查问卷等方式了解真实进展，发现未开展活动而虚报资料的，相关项目按零分计算。',
      ],
    },
  ];
  const n = Number(m.month.slice(5, 7));
  return {
    kind: 'bulletin', masthead: '《基教管理》简报', issue: `${m.year}年第${n}期（结对帮扶专刊）`,
    issuer: `${input.issuer}　　${chineseDate(m.asOf)}`, title: `关于${label}幼儿园结对帮扶工作完成情况的通报`,
    blocks, fileStem: `通报-${m.month}`, folder: m.month,
  };
}

function spotCheckBlocks(input: BulletinInput, nameOf: Map<string, string>): Block[] {
  const checks = input.spotChecks.filter((c) => c.month === input.month.month);
  if (checks.length === 0) return [{ kind: 'paragraph', text: '本月未登记抽查。' }];
  const falsified = new Set(input.month.gardens.flatMap((g) => g.falsified.map((f) => f.spotCheckId)));
  const unmatched = (c: SpotCheck) => input.month.notes.some((n) => n.includes(`“${c.id}”`));
  const rowsOf = new Map(input.reports.filter((r) => r.month === input.month.month).map((r) => [r.gardenId, r.rows]));
  return [{
    kind: 'table', caption: '抽查结果', header: ['园所', '活动', '抽查日期', '抽查人', '结论', '处理'], widths: [16, 32, 10, 12, 8, 22],
    rows: checks.map((c) => [
      nameOf.get(c.gardenId) ?? c.gardenId, checkedActivity(c, rowsOf.get(c.gardenId) ?? []), dayLabel(localDateOf(c.checkedAt, COUNTY_ZONE)),
      c.checkedBy, c.verdict === 'falsified' ? '虚报' : '属实',
      unmatched(c) ? '未能对应到上报资料，待核实' : c.verdict === 'passed' ? '情况属实' : falsified.has(c.id) ? '该活动不计，相关项目按零分计算' : '待核实',
    ]),
  }];
}

/**
 * The checked activity as the garden wrote it: the bureau names it by row, date or a fragment of the task
 * (`参观光彩幼儿园环境创设，`), so the matching rows are shown in full; the check's own words only when none match.
 */
function checkedActivity(check: SpotCheck, rows: readonly PlanRow[]): string {
  const matched = rows.filter((r) => matchesRow(check.activity, r));
  const { row, date, task } = check.activity;
  const shown = matched.length > 0 ? matched : [{ row, date: date ?? null, task: task ?? '' }];
  // A date says more to a reader than a sheet row; the row only when the activity is undated.
  return shown.map((r) => [r.date ? dayLabel(r.date) : r.row ? `第${r.row}行` : '', r.task].filter(Boolean).join(' ')).join('；');
}
