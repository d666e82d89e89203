import { z } from 'zod';
import { ActivityType } from './activity';

/**
 * A rule set: the bureau's assessment rules as versioned data (quotas, deadlines, weights), never code constants.
 * A bureau changes a number here, bumps `version`, and the assessment core follows. Assessments record the id and
 * version they were computed with, so old results stay explainable.
 */

/** The four kinds of process material the 高台 plan asks for (五、3：有方案、有记录、有总结、有图片信息). */
export const EVIDENCE_KINDS = ['plan', 'record', 'summary', 'photos'] as const;
export const EvidenceKind = z.enum(EVIDENCE_KINDS);
export type EvidenceKind = z.infer<typeof EvidenceKind>;
export const EVIDENCE_LABELS: Record<EvidenceKind, string> = { plan: '方案', record: '记录', summary: '总结', photos: '图片' };

const Weight = z.number().min(0).max(100);
const MonthNumber = z.number().int().min(1).max(12);

/** A term (学期) as calendar months of one year; months outside every term are vacation and not assessed. */
export const TermDefinition = z.object({
  /** Short id used in term keys: `2020-spring`. */
  id: z.string().regex(/^[a-z][a-z0-9]*$/, { error: '学期编号只能包含小写字母和数字' }),
  label: z.string().min(1),
  months: z.array(MonthNumber).min(1).refine((ms) => ms.every((m, i) => i === 0 || m > ms[i - 1]), {
    error: '学期月份须按升序排列且不重复',
  }),
});
export type TermDefinition = z.infer<typeof TermDefinition>;

/**
 * A counted requirement: "at least `min` `unit` of `measure` over done activities of `types`" within a month
 * (monthly items) or a term (term items). Its rule text is generated as `${label}不少于${min}${unit}` so the
 * wording can never disagree with the number.
 */
export const CountItem = z.object({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  /** e.g. `帮扶园每月开展帮扶活动`. */
  label: z.string().min(1),
  /** `项`, `次`, `课时`. */
  unit: z.string().min(1),
  /** Count done activities, or add up their class hours (课时). */
  measure: z.enum(['activities', 'classHours']),
  /** Activity types that count; null counts every type. */
  types: z.array(ActivityType).min(1).nullable(),
  min: z.number().positive(),
  /** Points at stake (share of 100); earned in proportion to value / min, capped at the weight. */
  weight: Weight,
  /** Whether missing it fails the month's minimum (monthly items) or the term (term items). */
  gate: z.boolean(),
  /**
   * Only work done at the other garden counts (到被帮扶园开展现场指导): an activity whose 帮扶任务 or 备注 names an
   * online mode (the rule set's `onlineWords`) does not. Monthly items only.
   */
  onSite: z.boolean().default(false),
  /** Where the rule comes from, for reports and reviewers. */
  source: z.string().min(1),
});
export type CountItem = z.infer<typeof CountItem>;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const uniqueIds = (items: readonly { id: string }[]) => new Set(items.map((i) => i.id)).size === items.length;

/** One role's monthly score: counted items + on-time reporting + complete evidence = 100. */
export const RoleMonthlyRules = z
  .object({
    items: z.array(CountItem).min(1),
    timelinessWeight: Weight,
    evidenceWeight: Weight,
  })
  .refine((r) => Math.abs(sum(r.items.map((i) => i.weight)) + r.timelinessWeight + r.evidenceWeight - 100) < 1e-9, {
    error: '每月各项权重之和须为100',
  })
  .refine((r) => uniqueIds(r.items), { error: '考核项目编号不能重复' })
  .refine((r) => r.items.some((i) => i.gate), { error: '每月至少要有一项最低要求（gate）' });
export type RoleMonthlyRules = z.infer<typeof RoleMonthlyRules>;

/** One role's term score: the average monthly score weighted by `monthlyWeight`, plus term items = 100. */
export const RoleTermRules = z
  .object({
    monthlyWeight: Weight,
    items: z.array(CountItem),
    /** Share of the term's school months whose minimum must be met to pass the term (1 = every month). */
    minMonthsMetRatio: z.number().min(0).max(1),
  })
  .refine((r) => Math.abs(r.monthlyWeight + sum(r.items.map((i) => i.weight)) - 100) < 1e-9, {
    error: '学期各项权重之和须为100',
  })
  .refine((r) => uniqueIds(r.items), { error: '考核项目编号不能重复' })
  .refine((r) => r.items.every((i) => !i.onSite), { error: '“仅计现场活动”（onSite）只用于每月考核项目' });
export type RoleTermRules = z.infer<typeof RoleTermRules>;

export const BundlingScore = z.enum(['min', 'mean']);
export type BundlingScore = z.infer<typeof BundlingScore>;

export const RuleSet = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: '规则编号只能包含小写字母、数字和“-”' }),
    version: z.number().int().positive(),
    title: z.string().min(1),
    source: z.object({
      /** The bureau document the rules come from. */
      document: z.string().min(1),
      /** Other documents items were adopted from. */
      supplements: z.array(z.string().min(1)).default([]),
    }),
    /** All dates and deadlines are local to the county. */
    timezone: z.literal('Asia/Shanghai'),
    terms: z.array(TermDefinition).min(1),
    deadlines: z.object({
      /** Materials are on time when first reported before the end of this day (clamped to the month's last day). */
      onTimeDayOfMonth: z.number().int().min(1).max(31),
      /** A month not reported before this cutoff counts as no work done (当月末没有及时上报资料的视为本月内没有开展帮扶工作). */
      cutoff: z.literal('month_end'),
    }),
    /** Share (0–1) of the timeliness points a late (after the on-time day, before the cutoff) report still earns. */
    lateTimelinessCredit: z.number().min(0).max(1),
    evidence: z.object({ required: z.array(EvidenceKind).min(1) }),
    /**
     * Words that mark an activity as done online (线上, 钉钉, 腾讯会议…), in its 帮扶任务 or 备注: such work does not
     * count for `onSite` items.
     */
    onlineWords: z.array(z.string().min(1)).default([]),
    /** Class hours assumed for a done activity whose 课时 cell is blank (it is flagged either way). */
    classHoursWhenBlank: z.number().min(0),
    falsification: z.object({
      /** Items a falsified activity would have counted towards score zero (相关项目按零分计算). */
      zeroMatchingItems: z.boolean(),
      /** The month's evidence item scores zero too: the month's materials can no longer be trusted. */
      zeroEvidence: z.boolean(),
    }),
    monthly: z.object({ helper: RoleMonthlyRules, helped: RoleMonthlyRules }),
    term: z.object({ helper: RoleTermRules, helped: RoleTermRules }),
    /** 捆绑式考核: a pair passes only when every member passes; its score combines the members' scores. */
    bundling: z.object({ pass: z.literal('all_members'), score: BundlingScore }),
    /** Why the numbers are what they are (JSON has no comments): one sentence per decision, citing the source. */
    rationale: z.array(z.string().min(1)).default([]),
  })
  .refine((r) => new Set(r.terms.map((t) => t.id)).size === r.terms.length, { error: '学期编号不能重复' })
  .refine((r) => r.onlineWords.length > 0 || ![...r.monthly.helper.items, ...r.monthly.helped.items].some((i) => i.onSite), {
    error: '有“仅计现场活动”（onSite）的考核项目时，须列出识别线上活动的词语（onlineWords）',
  })
  .refine(
    (r) => {
      const months = r.terms.flatMap((t) => t.months);
      return new Set(months).size === months.length;
    },
    { error: '同一月份不能属于两个学期' },
  );
export type RuleSet = z.infer<typeof RuleSet>;
