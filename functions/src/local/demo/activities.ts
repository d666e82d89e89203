import type { ActivityType } from '../../../../schemas';

/**
 * Activity texts of the demo, in the words of the seed plans (送教下乡示范课, 区域活动观摩, 环境创设指导,
 * 专题讲座, 园本教研, 家长开放日…). March and April 2020 were online (kindergartens stayed closed for the
 * epidemic); from May the gardens met in person. `{rural}`, `{private}`, `{helped}`, `{helper}` are filled in.
 */
export interface ActivityIdea {
  text: string;
  type: ActivityType;
  /** Class hours of a 送教/示范课 or lecture, written in our template's 课时 column. */
  hours?: number;
  months: readonly number[];
}

const ONLINE = [3, 4] as const;
const IN_PERSON = [5, 6] as const;
const ANY = [3, 4, 5, 6] as const;

export const HELPER_IDEAS: readonly ActivityIdea[] = [
  { text: '与{helped}签订结对帮扶协议，共同制定2020年帮扶计划', type: '其他', months: [3] },
  { text: '钉钉线上专题讲座：疫情防控期间幼儿居家生活指导', type: '专题讲座', hours: 1, months: ONLINE },
  { text: '指导{rural}制定开学疫情防控工作方案和应急预案', type: '其他', months: ONLINE },
  { text: '线上园本教研：《3-6岁儿童学习与发展指南》健康领域解读', type: '园本教研', months: ONLINE },
  { text: '线上示范课：大班科学活动《有趣的影子》，{rural}教师同步收看', type: '送教/示范课', hours: 1, months: ONLINE },
  { text: '钉钉线上指导{rural}教师制定区角活动计划', type: '环境创设指导', months: ONLINE },
  { text: '为{rural}留守幼儿送去爱心援助（图书、文具）', type: '困境幼儿资助', months: [4, 5, 6] },
  { text: '推送居家亲子游戏资源包，指导{private}家长开展亲子阅读', type: '家园共育', months: ONLINE },
  { text: '送教下乡示范课：到{rural}上中班语言活动《小蝌蚪找妈妈》', type: '送教/示范课', hours: 2, months: IN_PERSON },
  { text: '送教下乡示范课：到{rural}上小班音乐活动《小星星》', type: '送教/示范课', hours: 2, months: IN_PERSON },
  { text: '区域活动观摩：组织{helped}骨干教师来园观摩区域活动', type: '观摩交流', months: IN_PERSON },
  { text: '环境创设指导：到{rural}指导区角设置与材料投放', type: '环境创设指导', months: IN_PERSON },
  { text: '参加{rural}园本教研：户外体育游戏的组织与指导', type: '园本教研', months: IN_PERSON },
  { text: '专题讲座：幼儿园一日生活常规的建立', type: '专题讲座', hours: 2, months: IN_PERSON },
  { text: '专题讲座：幼小衔接中的学习习惯培养', type: '专题讲座', hours: 2, months: [6] },
  { text: '捐赠自制玩教具20件、绘本50册给{private}', type: '资源捐赠', months: IN_PERSON },
  { text: '家长开放日：指导{private}筹划亲子运动会', type: '观摩交流', months: [6] },
  { text: '环境创设指导：指导{private}创设毕业季主题墙', type: '环境创设指导', months: [6] },
  { text: '教师结对：{helped}青年教师来园跟岗学习一周', type: '跟岗学习', months: IN_PERSON },
];

/** Helped gardens owe at least one observation or exchange a month: these come first. */
export const HELPED_OBSERVATIONS: readonly ActivityIdea[] = [
  { text: '组织教师线上观摩{helper}示范课并交流心得', type: '观摩交流', months: ONLINE },
  { text: '参加{helper}钉钉线上教学观摩活动', type: '观摩交流', months: ONLINE },
  { text: '派2名骨干教师到{helper}观摩区域活动', type: '观摩交流', months: IN_PERSON },
  { text: '参观{helper}环境创设，交流区角设置经验', type: '观摩交流', months: IN_PERSON },
];

export const HELPED_OTHERS: readonly ActivityIdea[] = [
  { text: '参加{helper}线上专题讲座并撰写学习心得', type: '专题讲座', months: ONLINE },
  { text: '园本教研：小班区角材料的投放与调整', type: '园本教研', months: ANY },
  { text: '教师到{helper}跟岗学习，学习一日活动组织', type: '跟岗学习', months: IN_PERSON },
  { text: '家园共育：召开复学家长会，宣传科学育儿知识', type: '家园共育', months: [5] },
];

export function fill(text: string, names: { helper: string; rural: string; private: string; helped: string }): string {
  return text.replace(/\{(helper|rural|private|helped)\}/g, (_, key: keyof typeof names) => names[key]);
}
