import { FakeGoogleServer, SimulatedClock } from '../../fakes/sheets-server';

export const HEADER = ['月份', '帮扶时间', '帮扶任务', '负责人', '完成情况'];
export const TOPIC_MONTHLY = 'bangfu-monthly-assessment';
export const TOPIC_REMINDERS = 'bangfu-reminders';

/** 城关's table as it stood on 20 May: three May activities, all done. */
export const chengguanMay = [
  ['高台县城关幼儿园2020年结对帮扶工作计划表'],
  HEADER,
  ['五月', '5月12日', '到巷道镇中心幼儿园送教：大班科学活动', '王芳', '已完成'],
  ['五月', '5月19日', '园本教研：区角活动观摩', '王芳', '已完成'],
  ['五月', '5月20日', '专题讲座：幼小衔接', '李红', '已完成'],
];
export const xiangdaoMay = [['巷道镇中心幼儿园2020年结对帮扶工作计划表'], HEADER, ['五月', '5月15日', '观摩城关幼儿园半日活动', '赵静', '已完成']];

export const at = (iso: string) => Date.parse(iso);

/**
 * The fake Google server holding the harness county's two registered sheets, last edited on 20 May.
 * Sets BANGFU_GOOGLE_ROOT_URL for the functions' lazy runtime (read on this file's first request).
 */
export function useFakeGoogle(): { google: () => FakeGoogleServer; seed: () => void } {
  let google: FakeGoogleServer;
  beforeAll(async () => {
    google = await FakeGoogleServer.start(new SimulatedClock('2020-05-20T02:00:00Z'));
    process.env.BANGFU_GOOGLE_ROOT_URL = google.rootUrl;
  });
  afterAll(() => google.stop());
  const seed = () => {
    google.addSpreadsheet({ id: 'sheet-chengguan', title: '高台县城关幼儿园 帮扶计划', modifiedTime: at('2020-05-20T10:00:00+08:00'), sheets: [{ title: '帮扶计划', rows: chengguanMay }] });
    google.addSpreadsheet({ id: 'sheet-xiangdao', title: '巷道镇中心幼儿园 帮扶计划', modifiedTime: at('2020-05-20T11:00:00+08:00'), sheets: [{ title: '帮扶计划', rows: xiangdaoMay }] });
  };
  return { google: () => google, seed };
}
