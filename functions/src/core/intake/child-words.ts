/**
 * Word lists for spotting children's personal data in plan-table text (see child-privacy.ts). Kept apart so the
 * detector reads as rules, not as data.
 */

/** Common single-character surnames (the ~300 most frequent cover well over 95% of people). */
export const SURNAMES = new Set([...(
  '王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝濮浦裘鞠兀'
)]);

export const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '慕容', '东方', '皇甫', '尉迟', '长孙', '令狐', '夏侯', '公孙', '司徒', '端木', '独孤'];

/** Words that name a child right before a name: 幼儿张小明, 小朋友：李梓涵. Longest first. */
export const CHILD_BEFORE = [
  '留守儿童', '困境幼儿', '困难幼儿', '贫困幼儿', '留守幼儿', '特困幼儿', '单亲幼儿', '残疾幼儿',
  '小朋友', '该幼儿', '患儿', '幼儿', '同学', '学生', '孩子', '儿童', '宝宝', '该生',
];

/**
 * Words that name a child right after a name: 王一诺小朋友, 张小明同学. Not 幼儿: after a verb it is a plain noun
 * (关注幼儿, 符合幼儿发展), so a word before it is no name.
 */
export const CHILD_AFTER = ['小朋友', '同学', '宝宝', '小宝贝'];

/** Adult titles: a name before them is a teacher or official, legitimately named. */
export const ADULT_AFTER = ['老师', '教师', '园长', '副园长', '主任', '校长', '书记', '局长', '股长', '同志', '女士', '先生', '阿姨', '医生', '保育员'];

/** Verbs of aid that may be followed by the names of the children helped: 为李梓涵、王一诺送去…, 慰问张小明. */
export const AID_BEFORE = ['资助', '慰问', '看望', '探望', '救助', '走访', '帮助', '为', '给', '向'];

/** What may follow a child's name in a sentence (besides punctuation or the end of the text). */
export const NAME_FOLLOWERS = [
  ...CHILD_AFTER, '幼儿', '等', '送', '发放', '捐', '赠', '提供', '购', '及其', '一家', '家中', '家里', '的', '和', '与', '及',
  '两', '三', '四', '五', '共', '领', '获', '入', '（', '(',
];

/**
 * Characters that do not occur in given names but do occur in the words that follow surname-like characters in
 * ordinary task text (高台县, 全园, 向困难…): a candidate containing one is not a name.
 */
export const NOT_IN_GIVEN_NAME = new Set([...'县镇乡村区市省园校班级组所局的们等名位户个次元件套份本箱批及与在了是有对从到把被让由师体部分种类项届期课节场式性化长幼关注'.split('')]);

/** Two-character words after a surname-like character that are ordinary words, not given names. */
export const NOT_GIVEN_NAMES = new Set([
  '困难', '贫困', '留守', '困境', '特殊', '残疾', '单亲', '孤儿', '全体', '部分', '家长', '家庭', '儿童', '幼儿', '小朋友',
  '学习', '生活', '健康', '安全', '心理', '成长', '发展', '教育', '爱心', '衣物', '图书', '文具', '物资', '营养',
]);

/** Whole candidates that are ordinary words (a surname character followed by a common word). */
export const NOT_NAMES = new Set(['全体', '高度', '关爱', '关心', '关注', '安排', '常规', '文明', '文化', '和谐', '华丽', '时间', '万元']);
