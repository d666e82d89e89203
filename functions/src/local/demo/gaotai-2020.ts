/**
 * The demo county: 高台县 2020 as the bureau's plan (seed 004) lays it out. The pairing table's cells are
 * copied exactly — the padded names (“白  雪”) and the gardens separated by spaces or blank lines included —
 * because the roster import must read the bureau's real table, not a tidied one.
 */
export const DEMO_YEAR = 2020;
/** The rule set the demo county is assessed under: the plan the demo's data was written against. */
export const DEMO_RULE_SET = 'gaotai-2020';
export const PAIRING_TITLE = '高台县2020年幼儿园结对帮扶学校安排表';
export const PAIRING_HEADER = ['帮扶园', '被帮扶农村园', '被帮扶      民办园', '责任人'] as const;
export const PAIRING_ROWS: ReadonlyArray<readonly [string, string, string, string]> = [
  ['第一幼儿园', '新坝镇中心小学辖区内幼儿园', '蕾梦幼儿园', '张淑沁 武廷增  白  雪'],
  ['光彩幼儿园', '黑泉镇中心小学辖区内幼儿园         罗城镇中心小学辖区内幼儿园', '金果果景隆幼儿园', '濮丽娟    王大军 闫万军\n\n周雪芬'],
  ['东苑幼儿园', '南华镇中心小学辖区内幼儿园\n\n宣化镇中心小学辖区内幼儿园', '金太阳幼儿园', '裴  华   杨建荣 吴  斌\n孙红燕'],
  ['南苑幼儿园', '骆驼城镇中心小学辖区内幼儿园   \n\n巷道镇中心小学辖区内幼儿园', '七色果幼儿园', '汪丽娟 赵文凯   王应国 张  娴 '],
  ['西苑幼儿园', '合黎镇中心幼儿园', '千字童幼儿园', '闫桂琴  文加丰 王秀玲'],
];

/** The spring term of 2020 as the demo plays it: one folder per month, each as it stood at that month's close. */
export const DEMO_MONTHS = [3, 4, 5, 6] as const;

/** Teachers who lead activities (adults; the demo holds no children's data). */
export const TEACHERS = [
  '李娜', '王芳', '张敏', '刘洋', '陈静', '杨丽', '赵雪梅', '黄婷', '周燕', '吴霞', '徐慧', '孙倩', '马兰', '朱红',
  '胡蓉', '郭琳', '何欣', '高洁', '林萍', '罗丹', '韩梅', '冯晓', '曹颖', '彭莉', '蒋文', '谢娟', '董玲', '梁艳',
] as const;
