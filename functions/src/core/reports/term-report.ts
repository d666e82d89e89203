import { GARDEN_KIND_LABELS, GARDEN_ROLE_LABELS, type GardenRole } from '../../../../schemas/roster';
import type { TermAssessment } from '../../../../schemas/term-assessment';
import { chineseDate, chineseDateTime } from '../calendar/instant';
import { ruleSetCaption } from '../rules/rule-text';
import { amount, pct, pts, type Block, type Report } from './model';

/** The semester 考核 (分学期进行考核): pairs ranked (捆绑式), gardens ranked within their role, every rule's points. */
export function buildTermReport(t: TermAssessment, issuer: string): Report {
  const s = t.summary;
  const nameOf = new Map(t.gardens.map((g) => [g.gardenId, g.name]));
  const pairs = [...t.pairs].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const blocks: Block[] = [
    { kind: 'heading', text: '一、总体情况' },
    {
      kind: 'paragraph',
      text: `${t.termLabel}共有${s.gardens}所园所、${s.pairs}个帮扶对子参加考核。应报${s.monthsDue}个园所月，已上报${s.monthsReported}个（${pct(s.reportingRate)}），` +
        `按时上报${s.monthsOnTime}个（${pct(s.onTimeRate)}），达到每月最低要求${s.monthsMet}个；全学期开展帮扶活动${s.doneActivities}项、送教${amount(s.classHours)}课时，` +
        `查实虚报${s.falsified}项。${s.gardensPassed}所园所、${s.pairsPassed}个对子考核通过。`,
    },
    ...(t.final ? [] : [{ kind: 'paragraph' as const, text: `说明：截至${chineseDate(t.asOf)}，本学期尚未结束，以下为暂定结果。`, emphasis: true }]),
    {
      kind: 'chart', title: '各对子学期得分（捆绑式）', unit: '分', max: 100,
      categories: pairs.map((p) => nameOf.get(p.helperId) ?? p.helperId), series: [{ name: '对子得分', values: pairs.map((p) => p.score) }],
    },
    { kind: 'heading', text: '二、对子考核结果' },
    {
      kind: 'table', caption: '对子排名', header: ['排名', '帮扶园', '被帮扶园', '得分', '结论'], widths: [10, 22, 36, 12, 20],
      rows: pairs.map((p) => [
        p.rank ?? '', nameOf.get(p.helperId) ?? p.helperId, p.memberIds.filter((id) => id !== p.helperId).map((id) => nameOf.get(id) ?? id).join('、'),
        pts(p.score), p.passed ? '通过' : `未通过（${p.failedMemberIds.map((id) => nameOf.get(id) ?? id).join('、')}未通过）`,
      ]),
    },
    { kind: 'heading', text: '三、园所考核结果' },
    ...(['helper', 'helped'] as GardenRole[]).map((role): Block => ({
      kind: 'table', caption: `${GARDEN_ROLE_LABELS[role]}排名`, header: ['排名', '园所', '类型', '得分', '上报/按时/达标月数', '结论', '原因'],
      widths: [8, 20, 8, 8, 16, 10, 30],
      rows: t.gardens.filter((g) => g.role === role).sort((a, b) => a.rank - b.rank).map((g) => [
        g.rank, g.name, GARDEN_KIND_LABELS[g.kind], pts(g.score), `${g.monthsReported}/${g.monthsOnTime}/${g.monthsMet}（共${g.schoolMonths}月）`,
        g.passed ? '通过' : '未通过', g.reasons.join('；'),
      ]),
    })),
    { kind: 'heading', text: '四、分项得分' },
    {
      kind: 'table', caption: '各园分项得分', header: ['园所', '考核项目', '完成', '要求', '得分/权重'], widths: [20, 44, 12, 12, 12],
      rows: t.gardens.flatMap((g) => g.items.map((i) => [
        g.name, `${i.rule}${i.zeroed ? '（因虚报计零分）' : ''}`, `${amount(i.value)}${i.unit}`, `${amount(i.min)}${i.unit}`, `${pts(i.points)}/${pts(i.weight)}`,
      ])),
    },
    { kind: 'heading', text: '五、说明' },
    {
      kind: 'list', items: [
        '考核依据《高台县2020年幼儿园结对帮扶工作实施方案》，实行捆绑式考核：对子内各园均通过，对子才算通过。',
        `考核规则：${ruleSetCaption(t)}；评估时间：${chineseDateTime(t.asOf)}。`,
        ...t.notes,
      ],
    },
  ];
  return {
    kind: 'term', masthead: '《基教管理》简报', issue: `${t.termLabel}结对帮扶考核专刊`, issuer: `${issuer}　　${chineseDate(t.asOf)}`,
    title: `${t.county}${t.termLabel}幼儿园结对帮扶工作考核结果`, blocks, fileStem: `考核-${t.term}`, folder: t.term,
  };
}
