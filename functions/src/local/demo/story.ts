/**
 * What happens in the demo county beyond routine work: the mistakes and delays a bureau actually sees.
 * Each line is one event; tests of the demo check that the monthly run reports exactly these.
 */
export const STORY = {
  /** Saved after the 30th but before the month ended: counted, but late. */
  lateSaves: [
    { garden: '东苑幼儿园', month: 3, at: '2020-03-31T16:20:00+08:00' },
    { garden: '金太阳幼儿园', month: 5, at: '2020-05-31T20:05:00+08:00' },
  ],
  /** Did not report April by the end of April; typed April's rows in May (a late change, not counted). */
  missing: { garden: '罗城镇中心小学辖区内幼儿园', month: 4, addedIn: 5 },
  /** A date that does not exist, on an extra row (the row is reported, the month still passes). */
  impossibleDate: { garden: '巷道镇中心小学辖区内幼儿园', month: 4, text: '4月31日' },
  /** A done activity without 负责人 (the row is reported and not counted). */
  noPerson: { garden: '七色果幼儿园', month: 5 },
  /** A typo in 完成情况 (the row is reported and not counted). */
  statusTypo: { garden: '合黎镇中心幼儿园', month: 3, word: '已完陈' },
  /** A helper that managed only two activities in June (the third postponed): below the minimum of three. */
  shortMonth: { garden: '第一幼儿园', month: 6 },
  /** An observation reported in May that the bureau's visit found never happened (虚报). */
  falsified: {
    garden: '金果果景隆幼儿园',
    month: 5,
    checkedAt: '2020-05-27T10:30:00+08:00',
    checkedBy: '基教股 闫康',
    note: '入校检查：当日未派教师外出，无活动记录和图片，园长承认未开展',
  },
  /** A stray file in the gardens folder that belongs to nobody: reported, never silently dropped. */
  strayFile: { month: 6, file: '新建 Microsoft Excel 工作表.xlsx' },
} as const;
