"""The genre's word lists, in one readable place.

These describe how Chinese local-government project reports are written (name suffixes, stage
words, issue words, page furniture). They never name a particular project, company or number:
the extractor reads patterns and must work on articles nobody has seen.
"""

import re
from collections.abc import Iterable


def alternation(words: Iterable[str], *, patterns: bool = False) -> str:
    """A regex alternation of ``words``, longest first so that 信息时间 beats 时间.

    Words are literal unless ``patterns``: then entries may carry their own regex (有(?!限)),
    and their length is counted without it.
    """
    if not patterns:
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return "|".join(sorted(words, key=lambda w: len(re.sub(r"\(.*?\)", "", w)), reverse=True))


# --- text normalisation: page furniture -------------------------------------------------------
# (section owned by tracker/text.py)

# Lines are matched after OpenCC t2s and with ： unified to :, so Traditional pages (來源, 時間,
# 責任編輯) and full-width colons need no entries of their own.

#: Words that open a breadcrumb or "you are here" line: 首页 > 新闻 > 正文; 您的位置 …
NAVIGATION_STARTS = (
    "首页", "网站首页", "主页", "您的位置", "你的位置", "您现在的位置", "你现在的位置",
    "当前位置", "所在位置",
)

#: Labels that make a whole line furniture when they lead it (followed by a colon, a space or
#: nothing): editors, reposting notes, site owners and contacts.
FURNITURE_LABELS = (
    "责任编辑", "编辑", "值班编辑", "主编", "编审", "审核", "审校", "终审", "校对", "监制",
    "原标题", "点击查看原文", "查看原文", "阅读原文", "免责声明", "版权声明", "版权所有",
    "主办", "承办", "协办", "主管", "举报电话", "新闻热线", "联系电话", "联系我们", "邮箱",
    "电子邮箱", "投稿", "投稿邮箱", "网站标识码", "本文链接", "本文网址", "本文地址", "原文链接",
    "原文地址", "转载请注明", "郑重声明", "特别声明", "分享到", "扫一扫",
)

#: Labels after which the rest of the page is footer (related-article lists, copyright blocks),
#: once the report has begun: other articles' headlines must not pass for this one's content.
FOOTER_STARTS = (
    "责任编辑", "点击查看原文", "查看原文", "阅读原文", "免责声明", "版权声明", "版权所有",
    "相关新闻", "相关阅读", "相关文章", "相关链接", "延伸阅读", "推荐阅读", "上一篇", "下一篇",
    "本文网址", "本文地址", "郑重声明", "特别声明",
)

#: Text that marks a line as furniture wherever it occurs in it (copyright and filing notices,
#: page counters and print widgets run into other text).
FURNITURE_MARKERS = (
    "版权所有", "版权归", "举报电话", "新闻热线", "爆料", "ICP备", "ICP证", "公网安备", "免责声明",
    "禁止转载", "阅读次数", "浏览次数", "我要打印", "小编", "供大家参考", "Copyright", "©",
)

#: Widget words: a line with no Chinese left once these are taken out (with digits, latin
#: letters and punctuation) is a toolbar: 分享 | 0 条评论 | T小字 T大字 | 热网推荐更多>>.
WIDGET_WORDS = (
    "分享到", "分享", "收藏", "打印", "我要打印", "打印本页", "关闭窗口", "关闭", "返回顶部",
    "返回", "回到顶部", "顶部", "字号", "字体", "小字", "大字", "默认", "大", "中", "小", "条评论", "评论",
    "阅读次数", "浏览次数", "点击数", "点击量", "阅读", "推荐", "更多", "友荐云", "热网",
    "扫一扫", "微信", "微博", "QQ空间", "上一篇", "下一篇", "完",
)

#: Labels of a date in a dateline: 时间: 2019-06-11; 【信息时间:2022-03-31; 发布时间:2021年3月5日.
DATE_LABELS = (
    "发布时间", "发表时间", "更新时间", "信息时间", "发布日期", "发表日期", "时间", "日期",
)

#: Labels of the publisher: 来源: 吉林日报.
SOURCE_LABELS = ("来源", "稿源", "信息来源", "文章来源", "新闻来源", "出处")

#: Labels of a byline; such a line is dropped when names follow (撰稿 李某 王某) or a colon does.
BYLINE_LABELS = (
    "作者", "记者", "通讯员", "撰稿", "撰文", "摄影", "摄像", "供稿", "供图", "文", "图",
    "文/图", "图/文",
)

#: Reporters, often after their outlet (本报记者 李某; 某某新闻记者 李某 报道): a short line with
#: one of these words followed by a space or a colon is a byline.
REPORTER_WORDS = ("记者", "通讯员")

# --- figures: what aggregate numbers measure --------------------------------------------------
# (section owned by tracker/extract/figures.py)

#: Verbs that say what was done to the things counted. A metric starts at the first one in its
#: clause (县发改局专班负责全县重点项目 -> 负责全县重点项目); longest first where they overlap.
FIGURE_VERBS = (
    "协调解决", "解决", "化解", "办结", "受理", "走访", "沟通", "对接", "收集", "梳理", "汇总",
    "摸排", "排查", "征集", "签约", "新开工", "开复工", "开工", "复工", "竣工", "投产", "运营",
    "谋划", "储备", "跟踪", "洽谈", "在谈", "推进", "实施", "引进", "招引", "落地", "落户", "入驻",
    "进驻", "发行", "争取", "完成", "包保", "推出", "召开", "举办", "组建", "成立", "设立", "吸引",
    "盘活", "清理", "安排", "上报", "帮扶", "观摩", "督查", "确定", "新增", "培育", "履约", "负责",
    "占",
)

#: Words that stay with the verb after them: 计划新开工项目, 实地走访, 重点跟踪、洽谈项目.
FIGURE_VERB_MODIFIERS = (
    "计划", "预计", "力争", "拟", "已经", "已", "新", "实地", "电话", "重点", "集中", "全面",
)

#: Nouns that end the name of a counted thing written after its number:
#: 15个续建项目 -> 续建项目, 12个帮扶工作队 -> 帮扶工作队.
FIGURE_HEAD_NOUNS = (
    "项目", "企业", "问题", "干部", "队", "专班", "部门", "人员", "客商", "小组", "功能组",
    "平台", "事项", "园区", "单位", "乡镇", "村", "社区", "会议", "例会", "会", "协议", "合同",
    "人才", "岗位", "商户", "市场主体", "载体", "基地", "厂房", "地块", "工程", "活动", "诉求",
)

#: Words that frame a number at the start of its clause without saying what it measures.
FIGURE_LEAD_FILLERS = (
    "其中", "此外", "同时", "另外", "目前", "据统计", "全区", "全市", "全县", "全镇", "全旗", "全年",
    "当年", "我区", "我市", "我县", "该区", "该市", "该县",
    "已累计", "累计", "共计", "合计", "总计", "共有", "共", "拥有", "先后", "成功", "盘点", "实现",
    "分别", "对", "和", "与", "及", "、", "均", "还", "又", "再", "了",
)

#: Words that only link the metric to its number: 用地面积达到3.4平方公里, 占年度计划的104%.
FIGURE_TRAIL_FILLERS = (
    "分别为", "分别", "达到", "将达", "高达", "达", "为", "是", "有", "共", "计", "在", "均", "的",
    "了", "总数", "合计", "累计", "可",
)

#: Words that put a sentence's money, areas and rates at the scale of the district (or a part
#: of it, or a target) rather than of one project or company.
FIGURE_AGGREGATE_WORDS = (
    "全区", "全市", "全县", "全镇", "全旗", "全州", "全部", "各类", "累计", "共计", "合计", "总计",
    "共有", "其中", "园区", "开发区", "目标", "新增", "专项债", "债券", "到位资金", "固定资产投资",
)

#: Money metrics that belong to the count before them: 签约项目32个,协议总投资156.8亿元 ->
#: 签约项目协议总投资.
FIGURE_GROUP_MONEY = (
    "总投资", "预计总投资", "计划总投资", "总投资额", "投资总额", "计划投资", "预计投资",
    "协议总投资", "合同总投资", "协议投资", "概算总投资",
)

#: A percentage or a multiple is a figure only as a share, a rate or a change.
FIGURE_RATIO_WORDS = (
    "占", "率", "比重", "比例", "增速", "增长", "增幅", "下降", "提高", "同比", "环比", "高于", "低于",
    "覆盖", "计划", "目标", "任务",
)

#: A duration is a figure only as a time taken or a time limit (审批平均用时12天).
FIGURE_DURATION_WORDS = ("用时", "时限", "压缩", "缩短", "周期", "平均", "提速")

#: Words that turn the rest of a sentence to one project or company: its numbers are its facts
#: (so do a project's own facts, ``FIGURE_PROJECT_FACT``).
FIGURE_PROJECT_SCOPE = ("该项目", "该公司", "该企业", "位于", "建成后", "达产后", "投产后")

#: Words before a number that make it one project's own: 占地20万平方米, 年产3.6万台, 一期
#: (a pattern: 年产值 of a park or of all new projects is an aggregate; a phase inside a name
#: listed before 等14个…项目 is not one project's).
FIGURE_PROJECT_FACT = r"占地|年产(?!值)|[一二三四五]期(?![^,，;；。]{0,40}等[\d一二三四五六七八九十]+个)|建筑面积|摘地"

#: Classes of projects, which a clause may give money for without naming one project
#: (1-4月新开工项目完成投资7.3亿元), unlike ``某某项目完成投资``.
FIGURE_PROJECT_CLASS = (
    r"(?:新开工|开复工|开工|在建|续建|竣工|投产|签约|落地|重点|重大|招商|储备|谋划|新建|以上|民生"
    r"|产业|工业)项目"
)

#: Scopes wider than a county or city (全国120个试点项目).
FIGURE_WIDER_SCOPES = ("全国", "全省", "国家级")

#: Words right before a number that point back to something already counted (这20余家企业).
FIGURE_BACK_REFERENCES = ("这些", "这", "此", "该", "上述")

#: 每 with a period or an item: a frequency or a per-unit rule, not a total (每周至少调度1次).
FIGURE_FREQUENCY = r"每(?:个|月|周|天|日|季度?|半个?月|次)"

#: Count units of figures (capacities such as 套/台/吨 and a project's 组 are not counts of the
#: district's things; a project's 12条生产线 is caught by its sentence's scope).
FIGURE_COUNT_UNITS = (
    "个", "项", "家", "户", "件", "名", "人", "人次", "次", "批", "座", "所", "处", "宗", "笔", "场",
    "位", "支", "条",
)

#: Nouns of money written after the amount: 争取3.2亿元专项资金 -> 争取专项资金.
FIGURE_MONEY_NOUNS = ("资金", "债券", "贷款", "奖补", "补助", "补贴", "投资", "基金", "融资", "授信")

# --- projects, statuses and issues ------------------------------------------------------------
# (section owned by tracker/extract/projects.py and issues.py)

# Phase words: 一期 … 十期, also (二期) in parentheses; different phases are different projects.
PHASE_PATTERN = r"[(（]?(?P<phase>[一二三四五六七八九十]{1,2}期)(?:工程|项目)?[)）]?"

# Words every project name of the genre is built from; what is left is a name's distinctive part.
GENERIC_NAME_WORDS = (
    "项目", "建设", "工程", "扩建", "新建", "改建", "续建", "改造", "提升", "升级",
    "年产", "生产", "制造", "智能", "智慧", "智慧化", "数字", "数字化", "绿色", "新型", "高端",
    "产业园", "产业园区", "园区", "工业园", "科技园", "物流园", "产业城", "基地", "中心",
    "工厂", "厂", "厂房", "车间", "生产线", "配套", "总部", "产业", "示范", "综合", "智能化", "小镇",
    "有限公司", "股份有限公司", "集团", "公司", "科技", "技术", "电子", "实业", "发展",
    "物流", "商业", "现代", "特色", "产业链", "新材料", "新能源",
    "经济技术开发区", "经济开发区", "开发区", "经开区", "高新区",  # 开发区某某项目: where, not which
)

# Stage words → status. Order matters: the first pattern that matches a clause wins, so the
# more specific stage words come first (竣工投产 is operating, not completed; 计划开工 is planned).
STATUS_WORDS = (
    ("planned", ("计划开工", "拟开工", "谋划", "前期准备", "开工前期", "筹建", "拟建", "规划建设", "计划建设", "前期手续", "批复", "预审")),
    ("operating", ("投产", "运营", "试生产", "达产", "投入使用", "建成投用", "正式运行")),
    ("completed", ("竣工", "建成", "完工")),
    # A topped-out structure is still a building site.
    ("under_construction", ("开工", "在建", "续建", "动工", "施工", "开复工", "加紧推进", "建设中", "正在建设", "主体完工",
                            "封顶", "建设正酣", "加紧建设", "加快建设", "如火如荼", "紧锣密鼓", "建设现场")),
    ("signed", ("签约", "摘牌", "落位", "落地", "落户", "签订", "签署", "入驻", "摘地", "引进")),
    ("tracking", ("跟踪", "洽谈", "在谈", "对接", "意向")),
)

# Words a proper project name ends with (the head noun of the undertaking).
PROJECT_SUFFIXES = (
    "建设项目", "项目", "工程", "产业园", "产业园区", "园区", "工业园", "科技园", "物流园", "物流港",
    "基地", "中心", "工厂", "广场", "商城", "综合体", "小镇", "学校", "中小学", "小学", "中学", "研究院",
    "校区", "医院", "加油站", "集运站", "物流站", "处理厂", "污水处理厂", "水厂", "电站", "大道", "公路", "大桥",
    "生产线", "商业街", "水库", "示范园", "幼儿园", "滑雪场", "公园", "码头", "隧道", "铁路", "风电场",
    "牧场", "养殖场", "酒店", "花园城", "科技城", "产业城", "延长线", "保健院", "卫生院", "储备库", "商住楼",
)

# Issue category words, checked in this order (the first that matches wins).
ISSUE_CATEGORY_WORDS = (
    ("power", ("电力", "供电", "用电", "变电", "变压器", "电网", "电源", "增容", "限电", "停电", "电价", "线杆", "电杆", "杆线", "三杆", "能耗",
               "通电", "电路", "输电", "电缆", "千伏")),
    ("water_sewage_heat", ("污水", "积水", "雨水(?!天气)", "供水", "排水", "水压", "热力", "供热", "供暖", "管网", "管线", "燃气", "天然气", "供气",
                           "通水", "(?<!饮)用水", "用气", "饮水", "灌溉", "自来水", "蒸汽")),
    ("road", ("道路", "路面", "路口", "修路", "交通", "村道", "出入口", "(?<!绿色)通道", "路灯", "路域")),
    # Approval of land itself (土地审批, 基本农田的手续) is a land problem, not a permit one.
    ("land", ("规划用地", "土地权属", "(?:土地|用地|征地)(?:等|报征|报批|规划)?手续", "林地", "土地审批", "用地审批", "土地报批", "用地报批", "用地预审", "基本农田", "农用地转用")),
    ("permit", ("许可", "审批", "批复", "环境容量", "手续", "证照", "环评", "洪评", "安评", "能评", "稳评", "评审", "可研", "施工许可", "规划许可", "立项", "备案", "资质", "办理", "验收",
                "土地证", "房产证", "产权证", "不动产")),  # certificates, though of land
    ("site_selection", ("选址", "建设地点")),
    ("planning", ("规划", "容积率", "红线", "设计", "建设方案")),
    ("land", ("土地", "用地", "林地", "征地", "征迁", "没征", "青苗", "附着物", "安置", "拆迁", "征收", "地块", "进地", "土地分割", "征拆", "权属", "迁占", "多余空间", "空间不足", "国土(?!局|资源局|部门)", "土规", "附属物", "收储", "供地")),
    ("funding", ("资金", "融资", "贷款", "工程款", "拖欠", "资金短缺", "补偿费", "减免", "费用", "电费", "返还", "退还", "货款", "垫资", "未支付", "资金链", "预付款", "财政(?!局|部门)")),
)

# Words that make a clause report a problem (a pattern list: 慢 only as 进展慢, 比预计慢 …).
ISSUE_PROBLEM_WORDS = (
    "问题", "困难", "难题", "难点", "堵点", "缓慢", "较慢", "偏慢", "(?:进展|进度|预计|推进)慢", "破损", "滞后",
    "短缺", "紧张(?!有序)", "受阻", "制约", "瓶颈", "不到位", "不足", "不完备", "不合理", "不便", "不完善", "不健全", "不畅", "无法",
    "(?:尚|还|仍)未", "不合适", "不适宜", "未能", "未完成(?:征地|拆迁|征收|征用|土地)", "(?:征地|拆迁|征收|征用|附着物)[^,，;；。]{0,8}未完成", "(?<=手续)未完成", "未变更", "(?:方案|设计)未定", "未经[^,，;；。]{0,16}(?:通过|批准|同意)", "不具备(?:开工|施工)条件", "未接入", "未贯通", "未落实", "未[\u4e00-\u9fff]{0,2}到位", "未(?:支付|拨付)", "未(?:开通|通水|通电|通气|投用)", "未谈妥", "未办理", "未取得", "未硬化",
    "存在交叉", "不能满足",  # 电缆与通信线路存在交叉; 厂房已不能满足生产需求
    "缺口", "卡脖子(?![’”]?技术)", "周期长", "周期较长", "负荷已满", "停工", "反复补正", "率低", "偏低",
    "争议", "纠纷", "不同意", "重叠", "(?:需要|需)(?:更变|变更)", "复杂", "繁琐", "暂停",
    "(?:相对|十分|非常|较为|比较)有限", "难度(?:较|很|非常)?大", "(?:没有|尚未|未|不)明确",
    "障碍", "停滞", "未审批", "未批", "滑坡", "未做", "没做", "待(?=[^,，;；。]{0,6}审批后)", "待(?=[^,，;；。]{0,8}(?:获批|批复)后[^,，;；。]{0,4}(?:开工|建设|施工|动工))",
    "(?:需|需要|必须)[^,，;；。]{1,24}才能(?:开工|建设|施工|动工)", "(?<=后)(?:方可|方能)(?=[^,，;；。]{0,4}(?:开工|建设|施工|动工))",  # a condition not yet met
    "(?:需|需要)(?:做|办理|组织|完成|补办)[^,，;；。]{0,10}(?:环评|评审|审批|手续|许可)",  # 可研报告需组织专家评审
    "阻挠", "阻扰", "阻拦", "阻工", "停产", "阻碍", "困境", "限制因素", "受损", "损毁", "受制于", "失败", "(?:无|没有)结果", "(?:延期|违约)风险",
    "(?:意愿|意欲|积极性)不(?:强|高|足)", "投资量?(?:偏|较|太)?少", "未达到(?:年度)?计划",
    "没有(?:及时)?(?:征迁|拆迁|征收|搬迁|办理|审批|到位|落实|办好)", "没有[^,，;；。]{0,6}(?:进场|动工|开工)",
    "(?:审批|办理|手续)(?:较|太|过)?慢", "拖欠", "未达到?序时进度", "迟迟", "狭窄", "未与[^,，;；。]{1,12}衔接", "(?:还没|尚没)(?:征|拆|批|办)", "顽疾", "(?:还需|仍需|急需)(?=[^,，;；。]{0,6}资金)",
    "(?:没有|未)(?:纳入|列入)", "争取不[了到]", "没有实力", "至今(?:未|没有)", "无[^,，;；。]{0,4}通道", "困扰", "受限(?!于)", "断裂", "断层", "未达成", "变窄", "(?:较|过)低", "担忧", "没有(?:多余|足够)", "(?:不|未)到账", "(?:没|未)跟上", "跟不上", "未实现", "不予(?:办理|办证|审批)", "无力(?:筹措|支撑|承担|偿还|维持)", "(?:还|尚|仍)没有?(?=[修通开动到办批])",
    "不亮",
)

# What holds every project up alike (受天气、疫情影响): no project's problem of its own.
ISSUE_NOT_AN_OBSTACLE = ("天气", "雨", "汛", "气候", "气温", "疫情", "节假日", "春节", "假期", "负面", "历史")

# A clause opening with these tells what the problem before it causes, not a problem of its own.
ISSUE_CONSEQUENCE_OPENERS = ("无法", "导致", "致使", "造成", "影响", "制约了")

# Problems in general rather than one project's (a pattern list).
GENERIC_PROBLEMS = (
    r"项目单位解决",  # 帮助项目单位解决建设中存在的征地等难题: every project's
    r"项目(?:推进|建设)(?:中|过程中)?的(?:各类|各种)?(?:问题|困难|难题)", r"(?:重点|民生|突出|共性|各类|瓶颈)(?:问题|难题)",
    r"百姓关心", r"^[^,，;；]{0,4}(?:消除|破解|化解|防范|打破|打通)", r"矛盾", r"将(?:解决|改变|缓解)", r"彻底(?:解决|改变)",
    r"实际(?:困难|问题)", r"(?:工作|管理)不完善", "急难愁盼", r"^[一二三四五六七八九十]是",  # 一是项目用地难问题突出: a heading
    r"项目(?:推进|建设)(?:中|过程中)?(?:存在|面临|遇到)的", r"^存在(?:的)?问题$", r"解决[^,，;；]{0,12}就业",
    # Asking about problems, or a slogan about them, reports none (询问企业遇到的困难, 以问题解决推动…).
    r"(?:询问|了解(?!到)|听取|收集|摸清)[^,，;；。]{0,24}(?:困难|问题|堵点|难点|症结)", r"了解到[^,，;；。]{0,24}(?:问题|困难)时", r"以问题", r"问题导向",
    r"各(?:企业|项目)", r"(?<![\d.])[\d一二两三四五六七八九十]+个[^,，;；。]{0,6}(?:项目|企业)[^,，;；。]{0,4}(?:停工|停产|未开工)",  # 有9个项目停工: a tally  # 解决开发区各企业供电问题: everyone's
    r"(?:不少|许多|很多|广大)[^,，;；。]{0,4}企业",
    r"(?:审批|办理|放款)(?:快|迅速)|(?:年息|利率|费率)低",  # a loan's good terms: 审批快、年息低、周期长
    r"针对[^,，;；。]{0,4}(?:存在|这些|以上|上述)的?(?:问题|困难)",
)

# Talking about problems, or a condition, reports none, even of a project named in the clause
# (分析了存在的问题, 汇报了…存在问题及下步工作计划, 对提出的问题逐一分析, 如果未按时解决该问题的将…问责).
ISSUE_TALK = (
    r"问题(?:的)?解决(?:的|情况)", r"现场办公", r"(?:能|可以|可)(?:现场|当场)?解决的问题", r"等方面(?:的)?(?:问题|困难)",
    r"遇到的(?![^,，;；。]{0,6}(?:用地|用林|审批|手续|征地|拆迁|供电|用电|资金|融资))[^,，;；。]{0,6}(?:问题|困难|难题)",  # 遇到的用林用地审批问题 is one
    r"(?:问题|因素|困难)进行了?(?:讨论|研究|分析|深入|沟通|探讨|交流|逐条|逐一|指导|摸底|梳理)", r"方面存在的(?:问题|困难|难题)", r"^问题进行了?协调解决",
    r"(?:问题|困难)提出了?(?:意见|建议)", r"就(?:项目|企业)?存在的(?:困难|问题)",  # 就存在的困难提出了意见和建议: talk
    r"责令[^,，;；。]{0,24}(?:停工|停产|整改)", r"约谈",  # 现已责令该项目停工整改, 约谈…负责人: the sanction, not another problem
    r"填补[^,，;；。]{0,24}空白",  # 填补两县间无高速通道的空白: what a project achieves
    r"不存在[^,，;；。]{0,40}?问题|没有(?:任何)?问题|心有余而力不足|接到[^,，;；。]{0,12}反馈",  # no problem, an idiom, a report received
    r"[解破](?:难题|难点)", r"破解[^,，;；。]{0,6}(?:难题|问题|困难)",  # “进企业、解难题”, 抓重点、破难点: slogans
    r"(?:问题|困难)等(?:情况|方面)",  # 听取了…进展手续办理及存在的困难等情况: what was reported on
    r"(?:能够?|可以)[^,，;；。]{0,6}解决[^,，;；。]{0,12}(?:难题|问题|困难)",  # 能够快速解决企业项目建设难题: a boast
    r"提出(?:来)?的(?:相关)?(?:问题|困难|诉求)(?:$|[,，;；。])", r"(?:中|过程中)(?:发现)?的[^,，;；。]{0,4}(?:难点|痛点|堵点)?(?:问题|困难)", r"痛点|阻点",
    r"问题的办理|问题方面|问题企业",  # 推进未办结问题的办理力度, 道路入口问题方面, 问题企业处置: how problems are handled
    r"(?:分析|研究|汇报|讨论|梳理|协调)了?[^,，;；。]{0,50}存在(?:的)?(?:有关)?(?:问题|困难)", r"存在问题及",
    r"(?:提出|反映)的(?:问题|困难)[^,，;；。]{0,4}(?:逐一|逐个|进行)", r"每个问题",
    r"^[^,，;；]{0,2}(?:如果|若|一旦)",
    r"(?:规划|建设|管理|运营|发展|生产|经营)等(?:问题|困难)",  # 就项目规划、建设等问题…交流: kinds of work, no problem
    r"(?:首要|主要|最大)的?(?:问题|难题|困难)",  # 征地问题是该项目面临的首要问题: a heading for what follows
    r"针对问题", r"存在问题进行协调", r"问题(?:专题)?(?:调度会|协调会|推进会|座谈会)", r"零(?:障碍|延误|距离)",
    # Clearing or sorting out sticking points in general (疏通项目推进中遇到的堵点) names none.
    r"(?:疏通|梳理|捋清|理清|厘清|分析|破解|打通|解决)[^,，;；。]{0,20}(?:堵点|难点|痛点|卡点)", r"(?:中|过程中)的(?:堵点|难点)",
    r"过程中?存在的(?:问题|困难)", r"解决问题的(?:办法|措施|方法|思路|对策|路径)",
    # 建立项目问题协同推进机制, 专题研究项目问题, “提报问题、分解任务”: how problems are handled.
    r"机制$", r"(?:研究|提报|收集|交办|上报|反馈)(?:项目)?问题", r"”(?:现场会|推进会|座谈会|会议|活动)",  # “讲问题 促投资”现场会
    r"^问题[^,，;；。]{0,4}交办", r"问题式|清单式", r"将得到(?:有效)?(?:解决|缓解|改善)",
    r"(?:推动|推进|促进|加快|督促)问题(?:的)?(?:解决|化解)",  # 研究相应对策推动问题解决: which problem, it does not say
    r"^关于[^,，;；。]{2,30}的[^,，;；。]{0,6}问题$",  # 关于“某某中心”的建设问题,…: a heading for what follows
    r"[查察]看了?[^,，;；。]{0,20}(?:困难|问题)",  # 实地查看了建设存在的困难: what a visit looked at
    r"^针对[^,，;；。]{2,30}?(?:公司|企业|项目)的(?:问题|困难|诉求)$",  # 针对某公司的问题,某局表示…: the answer to one told before
)

# Status words say the opposite after these characters (民事问题未协调好, 需协调好民事后, 没有解决).
ISSUE_STATUS_NEGATIONS = "未需待没"

# How an issue's resolution is reported.
ISSUE_STATUS_WORDS = (
    ("resolved", ("已解决", "解决了", "得到解决", "已协调解决", "顺利解决", "已办结", "顺利取得", "办理了", "便完成",
                  "已完成", "如期完成", "帮助企业获得", "已取得")),
    ("in_progress", ("正在", "推动解决", "协调解决中", "抓紧", "推进解决", "待审批", "督促", "积极协调", "协调", "正加紧",
                     "加紧协商", "上门指导", "正同步推进")),
)

# Suffixes that end a name wherever they stand; the others end one only at a clause boundary or
# before a continuation (a stage word, a phase, 项目 …), since 中心/基地/广场 also occur in prose.
STRONG_SUFFIXES = ("项目", "工程")

# 和 joins two names, except inside a company's (大正和源家具有限公司); after a head noun so does 及.
# …nor between two outputs of one plant (年产10万吨A和25万吨B项目), nor in a road's span (某至和平段).
AND = "(?<=项目|工程|期\\)|期）)[和及]|(?<!至)和(?![\u4e00-\u9fff]{1,6}?(?:有限公司|股份|集团)|年产|\\d+(?:\\.\\d+)?万?(?:吨|台|套|件|只|辆|头|平方米|立方米))"

# 与 ends a name too, but not where it joins a road to another (某大道与某大道连接线, G30与某路互通).
WITH = "与(?![^、,，;；。]{1,12}?连接)|(?<![道路速0-9])与"

# Words before which a name cannot reach: a name starts after the last of these in its clause.
NAME_LEFT_BOUNDARIES = (
    "推动解决", "协调解决", "解决", "协调(?!发展|中心)", "问题", "包括", "其中", "分别是", "分别与", "重点对", "围绕", "针对",
    "位于", "还有", "促成", "引进了", "引进", "启动了", "启动", "(?<!整县)推进", "加快", "开展", "完成了",
    "实现", "通过", "依托", "借助", "实施", "抓好", "谋划", "跟踪", "服务(?!中心|基地|项目|区|有限|股份|集团|公司)", "观摩", "检查了", "检查",
    "走进", "来到", "参观", "调研", "举行", "签约", "签订", "落户", "落地", "拜访", "对接", "即",
    "以及", "一行", "前往", "询问", "仔细", "坚定", "共同助力", "什么", "属于", "改善", r"(?:^|(?<=[,，]))随着?(?![州县])", r"(?:^|(?<=目前)|(?<=[,，]))除(?!险|尘|湿|臭)",  # 目前除A、B正在…外: not 水库除险加固工程
    r"(?:(?<=仪式|活动|会议|开工|竣工|签约|启动|奠基|观摩|项目|工程)|(?<=会)|^)暨",  # 开工暨某项目奠基 (or a title's second line 暨…), not 邮件处理暨电商中心
    "(?<=[省市县区])重点工程",  # 省重点工程某产业园二期: its rank, not its name
    "如(?!期)", "(?<![摄图影录])像", "又一", "(?<!国)有(?!限|机)", "就", "仪式", "(?<![建开增铺架敷])设(?!备|计|施|立|置|项)", "完成", "建成", "新建(?!项目|村)", "宣布",
    # 建设 as a verb (…公司计划投资20亿元建设某某项目), not inside a name (某某建设项目, 某某建设集团).
    "建设(?!项目|工程|集团|公司|有限|股份|局|银行|用地|中|-|—|[一二三四五六七八九十]期)",
    # An amount ends a name too: 计划投资20亿元建设某某项目.
    # (对 before 虾 is in a product: 南美白对虾.)
    r"\d+(?:\.\d+)?(?:亿|万)?元", "的", "是", "在", "对(?!虾)", WITH, "将", "把", "被", "由", "为", "了",
    "等", AND, "及时", "(?<!项)目前", "当前", "同时", "此外", "另外", "拿下", "该区", "该县", "该市", "该镇", "全区", "全市",
    "全县", "我区", "我市", "我县", "在建", r"[(（][一二三四五六七八九十]+[)）]", "今年", "去年", "明年", "年内", "上半年", "下半年", "年初", "年底", "实行", "包联", "决定",
    "工作人员",  # 项目责任单位工作人员某某工程进行了介绍: who speaks, before the name
    "护航", r"(?<=[县市区镇])投资(?!项目|建设|有限|集团|公司)",  # 护航省重点建设项目; 在某县投资某某项目
    # Verbs that take 项目 as a common noun (推动项目, 走访全部项目): a name never spans them.
    r"[引跑争谋促作](?=项目)", "每位", "举办", r"坐落(?:于|在)?", "力争", "影响", "尽量", "指导", "推介",
    "入驻", "锚定", "步入", "进入", "汇报", "制定", "尽快", "一切", "并与", r"保证好?", "介绍", r"(?:我们|我|本)公司", "情况",  # 我们公司某某项目: whose; 发展情况和某项目: what was looked at
    r"以(?=[^,，;；。]{2,40}为|[^,，;；。]{2,40}(?:项目|工程)(?:[,，]|$))",  # 以某某项目为范例, 以某公司…项目为代表的, 活动以某公司扩建项目,需…
    r"[(（](?:以下)?简称[^)）]{0,12}[)）]",  # 某某集团股份有限公司(以下简称某某集团)某某项目
    "开复工", "(?<![修恢])复工",  # not 生态修复工程
    "如何", "帮助", "赶回", "推动", "走访", "回访", "督办", "突破", "强化", "督促", "落实", "完善",
    "建立", "推行", "分管", "督导", "评价", "吸引", "政府(?!大楼|办公)", "加强", "不断", "制约", "此次", "本次",
    "这次", "签署", "掌握", "穿越", "察看", "要求", "营造", "导致", "关注", "出席", "涉及", "继续", "明确", "全国", r"(?<=项目)或", r"(?<![\u4e00-\u9fff])[主分]会场", "增加", "增强", "增批", r"代表(?!处|团|性)", "急需", "配合(?!饲料)", r"(?<=公司)从", "研究(?!院|所|中心|基地)", "审定", "部署", "查看", "强调", "解答", "观看", "主动", "破解",
    "确保", "掀起", "力促", "寻求", "日前", r"(?<=日前)从", "认识", r"(?:^|(?<=[,，]))待",
    r"\d+强(?:企业)?", "重视", "我们", "标志着", "标志著", "踏看", "反映", "了解", "齐聚", "处于", "全力", "根据", "著眼于", "兼顾", "坚持", r"到(?![\u4e00-\u9fff]{1,6}?(?:道路|公路|[路街]段))",  # not 红莲到散花道路
    "考察", "成立", "听取", "关于", "保障(?!性|房)", "支持(?!基地|中心|项目)", "争取", "包保", "调度", "招引", "(?<!粮食|粮油|物资|应急|救援|能源)储备(?!库|中心)", "申报",
    "做好", "聚焦", "按照", "督查", "视察", "评估", "论证", "洽谈", "跟进", "带动", "参与",
    "承接", "负责", "牵头", "分包", "联系", "帮扶", "助推", "大抓", "抓大", "培育", "打造", "用于",
    "优先", "对标", "召开", "抓", "(?<!整县)推(?![广介荐])", "上(?=项目)", "全部", "所有", "上述", "这些", "每个", "各", "其他", "相关", "一批",
    "多个", "若干", "个别", "部分", "更多", "重点抓", "全面", "深入", "积极", "加大", r"提升(?![\u4e00-\u9fff]{0,4}?(?:项目|工程)|[及和])",
    # Counts end a name too: 156个重点项目 is no project.
    r"(?<![第产\d])[0-9一二两三四五六七八九十百千几多]+(?:个|项|批|家|类|户|条|座|栋|所|台|辆|套)",  # not 年产110台
    r"(?<![第\d百千])[一二两三四五六七八九十]大(?=[\u4e00-\u9fff])(?!项目|工程|重点|重大)",  # 红米、马铃薯三大农业产业基地: kinds, counted
    # Verbs that take a project as their object (满足项目一期用电, 精准测算项目一期负荷).
    "满足", "测算", "参加", "赴", "公布", "挂钩", "列入", "纳入", "阻挠", "阻碍", "设立",
    # Stage verbs and reporting words before a name (建成投产某某项目, 得知该公司某某项目).
    "投产(?!业)", "竣工", "投用", "开工", "预计", "随着", "随著", "得知", "获悉", "了解到", "该公司", "该企业",
    "涵盖", "促使", "上马",
    # A reason follows the name it is given for (某某建设项目因项目选址需要变更).
    "因(?!素)", "由于", "包含",
    "主要经营",  # 主要经营厂房、宿舍等项目的建设: what the project runs
    "构建",  # 该项目将构建某某研发中心
    "修建(?!项目|工程)", "报告(?!厅)", "上报",  # 并将修建某某广场; 报告某县春季项目; 精准上报项目
    "开建", "兴建", "采用", "发现", "待定", "手续",  # 开建某某示范园; 时间待定某某工程 (a page that lost its full stops)
    "办理",  # 在办理某某项目环评审批过程中
    r"(?<=[\u4e00-\u9fff])[.．]\d{1,2}[.．](?=[\u4e00-\u9fff])",  # 募集资金实施.5.某某公司…项目: an item number after a lost full stop
)

# What may follow a weak suffix (广场, 基地 …) for it to end a project name.
NAME_CONTINUATIONS = (
    "项目", "工程", "建设", "开工", "竣工", "投产", "签约", "落户", "落地", "土地", "用地", "相关",
    "现场", "实地", "已", "正", "目前", "计划", "预计", "总投资", "投资", "占地", "位于", "于", "自", "是", "由",
    "为", "在", "将", "等", "的", "和", "主体", "厂房", "一期", "二期", "三期", "四期", "分会场", "主会场",
    "作为[^,，;；。]{0,20}项目",  # 某某电站作为全市十个确保开工项目之一
)

# A name whose core is only these (after places and years) is a category, not a project.
CATEGORY_WORDS = (
    "重大", "重点", "重要", "新开工", "开工", "续建", "在建", "新建", "存量", "增量", "招商", "签约", "产业链",
    "延伸", "工业", "基础设施", "民生", "省级", "市级", "区级", "县级", "省", "市", "区", "县",
    "优质", "高质量发展", "高质量", "春季", "夏季", "秋季", "冬季", "大", "好", "一批", "示范", "合作", "投资", "产业", "先进制造业", "现代服务业", "援疆", "援藏",
    "装备制造", "战略性新兴产业", "新兴产业", "社会事业", "农林水利", "新型城镇化", "新型基础设施",
    "社会民生", "城建", "交通", "水利", "能源", "环保", "文旅", "商贸", "招商引资", "储备", "前期",
    "外资", "内资", "东西部协作", "集中", "观摩", "亿元", "以上", "当年", "年度", "计划", "各类",
    "这些", "此类", "相关", "其他", "该", "本", "全部", "所有", "新", "老", "大型", "中小", "企业",
    "建设", "项目", "工程", "的", "和", "类", "级", "新能源", "新材料", "现代农业",
    "投产", "运营", "竣工", "建成", "复工", "开复工", "落位", "落地", "履约", "跟踪", "洽谈", "在谈",
    "全年", "今年", "明年", "去年", "上半年", "下半年", "一季度", "二季度", "三季度", "四季度", "或",
    "春季", "夏季", "秋季", "冬季", "第一季度", "第二季度", "第三季度", "第四季度",
    "月份",  # 2021年3月份项目: a month's batch
    "全自动化", "自动化", "近期", "经济社会发展", "发展", "既定", "仓储物流",
    "消防", "给排水", "通信", "全资子公司", "子公司",  # 消防工程, 全资子公司项目: a part, not a project
    "关键性控制", "关键性", "控制性",  # 是我县的关键性控制工程: what kind of works, not which
    "过半", "农村", "场平", "土方", "路基", "桥涵", "公里",  # 场平工程, 2公里路基工程: a stage of works, not a project
    "工作", "专项", "债券", "政府", "中央", "预算内", "土建", "主体", "附属", "装修", "安装", "室外", "配套",
    "建筑", "施工", "房建", "市政", "街道", "镇", "乡镇", "电网", "路灯", "照明", "亮化", "中型", "小型", "三产", "旅游", "城市更新", "公共服务", "城乡", "转型",
)

# A bare 项目 name ending in one of these is a category phrase (全年重点项目, 新开工项目).
CATEGORY_ENDINGS = ("重点", "重大", "新开工", "开工", "续建", "在建", "签约", "招商", "储备", "谋划",
                    "产业", "民生", "基础设施", "运营", "投产", "履约", "以上", "各类", "债券", "一批",
                    "政府投资", "类")  # 纺织服装类项目: a class

# 项目 followed by these is a modifier (项目建设, 项目审批流程), so the words before it are
# rarely a name; such a candidate must carry a head noun of its own (产业园, 研究院 …).
# …but 某某项目建设现场 is a site: the words before name a project.
PROJECT_SITE = ("建设现场", "建设工地")

PROJECT_AS_MODIFIER = ("建设", "推进", "审批", "落地", "招引", "服务", "调度", "谋划", "用地", "规划",
                       "申报", "支撑", "排忧", "手续", "资金", "前期", "管理", "考核", "全过程", "过程",
                       "单位", "秘书", "专班", "库", "盘子", "提质", "开竣工", "进度", "流程", "走",
                       "招商", "落实", "保障", "要素", "质量", "效益", "观摩", "督导", "清单", "推介", "环评")

# A strong suffix followed by one of these is part of another word (环保工程有限公司, 工程量).
SUFFIX_NOT_ENDING = ("有限", "公司", "集团", "股份", "建设有限", "建设集团", "建设股份", "量", "师", "局", "部", "处", "科", "队", "院",
                     "器械", "机械", "车",  # 工程器械, 工程车: machines, not works
                     "建设许可", "规划许可", "规划证", "施工许可", "款", "费", "造价", "监理", "经理")  # 工程规划证: a permit

# A name after these in its clause is a goal (打造某某中心) or a part of another project
# (主要建设某某生产线、某某商业街); names ending 项目/工程 or a phase are still projects.
PART_OR_GOAL_WORDS = (
    "打造", "主要建设", "主要经营", "建设内容", "主要包括", "配套建设", "内设", "设置", "再上", "新上", "新建", "建成", "增设",
    "包含", "配套的", ",建设", "，建设", "将建设", "拟建设", "建立", "构建", "为主题建设", "为核心建设",  # 某某项目,总投资…,建设某某生产基地: what the project builds
    "期建设",  # 分三期建设某某工厂、某某中心: the project's parts
)

# A list item ending so names an industry (新兴产业), and its list kinds of project.
INDUSTRY_ENDINGS = ("产业", "行业", "领域")

# Candidates in a clause that speaks of these are planning concepts (一区四园的产业格局), not projects.
CONCEPT_WORDS = ("格局", "概念", "定位", "布局", "愿景", "蓝图")

# An enumeration closed by 等产业项目 or 等领域项目 lists industries, not projects, unless they are
# key ones (等12个重点产业项目); one closed by 等单位就该项目 lists the parties to a project.
CATEGORY_CLOSER = (
    r"(?<!重点)(?<!重大)(?:产业链|产业|行业|领域|类|型|方面|板块)(?:项目|企业)$|领域[^\W\d_]{0,4}项目$|单位|部门|机构|措施|举措"
    r"|传统[^\W\d_]{0,4}项目$"  # 除现代煤化工、特色养殖等传统项目外: kinds of project
    r"|问题[^\W\d_]{0,4}项目$"  # 资金短缺、补偿争议等问题台账项目22个: kinds of problem
    r"|(?:游玩|游乐|娱乐|体验|赛事|节庆)项目$"  # 田园漂流、低空运动营地等游玩项目: things to do there
    r"|配套项目$"  # 推进A广场、B剧场等沿岸配套项目施工: the works that go with a project
)

# Words after which a clause lists projects: 产业发展类项目,如某某水街、某某民宿项目.
LIST_OPENERS = (
    r"(?:(?<![\d.])[\d一二两三四五六七八九十]+[个项])?(?:项目|工程|类)(?:共有|共)?[\d一二三四五六七八九十]*[项个家]?[,，:：]?(?:如(?![期果此何今实春雨火])|比如|例如|主要有|分别是|分别为|具体为|具体是)[:：]?"
    r"|(?:项目|工程)[\d一二三四五六七八九十]+[项个家][,，(（]?(?:包含|包括)[:：]?"  # 新开工项目19家,包含A、B…
    r"|(?:[省市县区]级|重大|重点)[^\W\d_,，;；。]{0,4}?项目(?:包括|包含)[:：]?"  # 其中市级项目包括A、B、C等
    r"|(?<![\d.])[\d一二三四五六七八九十]+[个项][^\W\d_,，;；。]{0,6}?(?:项目|工程)[,，]?(?:包含|包括)[:：]?"  # 开工的14个重点项目,包括A、B…
    r"|^(?:分别是|分别为|具体为|具体是)[:：]?"  # …12个项目,涉及…领域。分别是A、B…
    r"|项目[^。;；]{0,40}?[,，](?:如|比如|例如)[:：]"  # 重点项目涉及13个乡镇,如:某镇的A、B等;某镇的C…
    r"|方面[,，]有[:：]?(?=[^,，;；。]+(?:[;；。]|$))"  # 新型工业方面,有A、B;基础设施方面,有C…
    r"|(?:续建|新建|新开工|开工|竣工|签约)项目(?:有|为)(?![\d一二三四五六七八九十几多])[:：]?"  # 该乡续建项目有A,总投资…; 开工项目为A、B
    r"|(?<![\d.])[\d一二三四五六七八九十]+个[^\W\d_,，;；。]{0,6}?(?:项目|工程)(?:为|是)[:：]?(?=[^,，;；。]+、)"  # 开工的7个项目为A、B…
    # 市长与A有限公司、B有限公司和C有限公司进行现场签约: the firms signed are the undertakings.
    r"|(?<=与)(?=(?:[^,，。;；、与]{2,30}?(?:有限责任公司|有限公司|分公司|集团)(?:、|和|及)?)+"
    r"(?:等?[\d一二两三四五六七八九十]+家(?:单位|企业)|等)?(?:进行了?)?(?:现场|集中)?"
    r"(?:(?:签约|签订|签署)了?(?:[^,，。;；]{0,8}?(?:协议|合同)|[\d一二两三四五六七八九十]+个项目)?(?:仪式)?|落户[^,，。;；]{0,6})(?=[,，。;；]|$))"
)

# Stage words inside these phrases say nothing of the stage (施工许可证 is a permit).
NOT_A_STAGE = ("施工许可", "施工图", "开工仪式前")

# What may follow a completion word when the project itself is complete (建成投产, 竣工验收, 建成后);
# any other word is what was built: 已建成返乡创业园74亩 is a part, the project goes on.
AFTER_COMPLETION = ("投", "并", "运", "使用", "交付", "验收", "了", "后", "以后", "通车", "开放", "营业", "达产", "落成", "项目", "工程")

# Words that make a name a campaign, mechanism or document rather than an undertaking.
# Kinds of work, listed as such (新引进、技改升级、扩产扩容、复工复产等项目): no name among them.
KINDS_OF_WORK = r"(?:新引进|新开工|新建|续建|在建|技改|技术改造|升级|扩产|扩容|扩建|复工|复产|改造|提升)+"

NOT_A_PROJECT = ("事务中心", "行政服务中心", "政务服务中心", "登记中心", "土储中心", "土地储备中心", "开发服务中心",  # an agency (城棚改事务中心)
                 "自贸港建设", "自由贸易港建设", "贸易试验区建设", r"自贸区\(港\)建设", "危房改造", r"^光伏扶贫(?:项目|工程)$",  # programmes
                 "融媒体", "网信", "首批", "招商服务", "民办实事", "企业服务", "头号工程", "一号工程",  # a newsroom's byline; a park's first batch
                 "行动", "活动(?!中心)", "机制(?!砂|骨料|砖|木炭|纸)", "专班",  # not 机制砂, 机制骨料: made by machine
                 "清单", "台账", "体系", "格局", "理念", "战略", "规划纲要",
                 "最大", "最长", "最高", "首个",  # 全省最大规模涝区工程: a description, not a name
                 r"^全长|长[\d.]+(?:公里|千米|米)$",  # 全长4.7公里, 某地长410米: a length
                 # 某经济开发区重点项目集中签约: a park's projects of a kind, not one of them
                 r"(?:开发区|经开区|高新区|园区|工业园|新区)(?:重点|重大|签约|招商|新开工|续建|在建)项目$",
                 r"^(?:策划|谋划)?包装", "都要",  # 策划包装项目, 人人都要挂项目: work on projects
                 r"这条|这个|这座|这一|那条|那个|另一|(?:该|此)项目$", r"^第[一二三四五六七八九十\d]+(?:条|个|座|家)",  # 攻下这个项目, 这条生产线: one told of before; 第一条生产线: one of its lines
                 r"(?:19|20)\d{2}年度?(?:(?!工程)[^\W\d_]){0,6}?(?:重点|重大)(?:建设|工程)?项目$",  # 某示范区2020年重点建设项目: a year's batch
                 "投促中心", "促进中心", "经合中心", "经济合作中心", "营商环境", "施工图", "施工单位", "建设单位", "多处", "其余", "进行",  # agencies, builders, many; a verb
                 r"(?:常委|书记)$",  # officials
                 r"[一二三四五六七八九十百千万]{2,}工程(?!机械)",  # 三十工程, 百千万工程: a programme of so many works
                 r"第[一二三四五六七八九十百\d]+届(?![^\W\d_]{0,8}?签约的)", r"^一[^\W\d_]{1,4}一",  # 第十九届某某冰雪节: an event; 一产业一研究院: a slogan
                 r"(?<![\d.])\d大(?=[\u4e00-\u9fff])(?!道)",  # 华润、龙源、中电建3大风电项目: owners' kinds, counted
                 r"^(?:乡村振兴|长三角一体化)(?:重点|重大)?(?:建设)?(?:项目|工程)$", r"项目储备库$",  # a programme's projects; a pool of projects
                 r"^(?:以下)?简称", "总投资", r"试点$", r"^特大", r"特色产业集群(?:建设)?项目$", r"^[一二三、]+产融合(?:发展)?项目$", r"每[日天周月季](?!产)|[一两几]次")  # (简称某某公路): a short name; 每月组织一次项目踏查

# A name ending in these is an aim, not an undertaking (城乡供水一体化, 产业园区基础设施).
ABSTRACT_ENDINGS = ("一体化", "基础设施", "现代化", "产业工程",  # 装备制造产业工程: a sector's programme
                    "主体工程", "地基工程", "桩基工程", "大项目",  # 饲料厂主体工程: a part, not a project; 生态农业大项目: a kind
                    "强国工程", "强省工程", "民心工程", "民生工程", "高质量发展工程", "产业化",
                    # 打造精品工程: a standard; 教育强国工程: a national programme
                    "精品工程", "样板工程", "扶持工程", "安居工程", "攻坚战项目", "招商引资项目",
                    "强县", "强市", "强区",  # 创建教育强县: a title
                    "龙头项目", "龙头工程",  # 也是某县旅游精品工程龙头项目: what a project is called
                    "功能区", "限制开发区", "禁止开发区",  # 重点生态功能区: a zoning class
                    "基金项目", "形象工程", "面子工程",  # 国家专项基金项目: funds; 不搞形象工程: a slogan
                    "会", "会议")  # 召开专题会、项目推进现场会等: meetings

# One-character trades that a firm's short name ends in (某某乳业, 某某矿业): with two characters of
# its own before, such a name is a firm's, not an industry's (装备制造业, 畜牧业).
FIRM_TRADES = "乳牧菌矿药纸酒茶瓷糖肉棉竹铝钢铜锂镁硅"
TRADE_QUALITIES = ("现代", "生态", "特色", "绿色", "有机", "传统", "高效", "智慧", "规模", "精品")  # 生态牧业: a kind

# Industry words: "A和B" inside an enumeration item stays whole when B starts with one of these
# (精细化学品及染料中间体), and splits when B reads like another name.
INDUSTRY_WORDS = ("医药", "化工", "化学", "材料", "设备", "装备", "电子", "食品", "染料", "中间体", "机械",
                  "汽车", "零部件", "配件", "电器", "物流", "服装", "纺织", "能源", "光伏", "农产品",
                  "新材料", "新能源")

# Fields of public works: a list of these with no head noun names kinds of project
# (继续加大医疗卫生、安居富民、教育、农田水利等项目建设), not projects.
# (Not 物流, 能源, 环保: firms' short names end in those, 青旅物流.)
PUBLIC_WORKS_FIELDS = ("医疗", "卫生", "教育", "文化", "体育", "环境", "水利", "农业", "林业", "畜牧", "安居",
                       "住房", "养老", "市政", "土地整理", "城建")

# What an amount does just before the name it pays for (投资2亿建设的X, 投资2.5亿元建设X).
BUILD_VERBS = ("建设", "打造", "实施", "新建", "兴建")

# Investment keywords right before an amount, and the kind each means.
INVESTMENT_KINDS_BY_WORD = (
    ("年度计划投资", "annual_plan"), ("年度投资", "annual_plan"), ("年计划投资", "annual_plan"),
    ("计划完成投资", "annual_plan"), ("累计完成投资", "completed"), ("已完成投资", "completed"),
    ("完成投资", "completed"), ("计划总投资", "total"), ("预计总投资", "total"), ("协议总投资", "total"),
    ("总投资额", "total"), ("投资总额", "total"), ("总投资", "total"), ("计划投资", "total"), ("投资额", "total"),
    ("投资", "total"), ("签约金额", "total"), ("签约额", "total"),  # what a signed project is to invest
    ("注册资本", "registered"), ("到位资金", "attracted"),
)
REVENUE_WORDS = ("销售收入", "营业收入", "主营业务收入", "产值", "营收", "收入")
TAX_WORDS = ("利税", "税收", "纳税", "缴税")

# A stage word after one of these is a plan, not a fact (计划于年底建成投用).
FUTURE_MARKERS = ("方可", "方能", "才能", "计划", "预计", "力争", "确保", "争取", "有望", "将", "拟", "准备", "即将", "预期", "年内", "年底前")

# Enumerations closed by 等 … 项目 (or 等 … 企业 that signed or moved in) name projects.
# Also 某某等某某功能区项目28个: the class after 等 is counted, the items before it are projects.
ENUMERATION_CLOSERS = (
    r"等(?:[(（][^()（）]{1,8}[)）])?(?:一大?批|多批|多个|几个|多家|\d+个|\d+项|\d+家|[一二三四五六七八九十几多数]+个)?(?:[省市县区]、)*"  # 等(一二产)重点项目
    r"(?!领导|召开|举行|举办|参加|出席|共同|一同|一起|先后|巡视|视察|调研|察看|查看|观摩|考察)(?:投资)?(?:\d+(?:\.\d+)?(?:亿|万)元以上的?)?[^\W\d_、,，。;；的为该与]{0,8}?"  # 等500万元以上重点项目; not 某公司等投资的某项目, 某某等领导为项目

    r"(?:项目(?![^\W\d_]{0,3}(?:单位|建设方|施工方|业主方)|负责人|业主|企业)|企业(?=[^\W\d_]{0,4}(?:落位|落户|入驻|签约|签订|签署)|代表[^,，。;；]{0,14}?签约))"
    r"|等[^\W\d_、,，。;；]{0,20}?项目(?=[\d一二三四五六七八九十]+个)"
    r"|等[\d一二三四五六七八九十]+(?:项|个)(?=[,，。;；])"  # 竣工项目有A、B等12项,总投资…; 有A、B等36个,
    r"|等[\d一二三四五六七八九十]+个“[^”]{1,8}”项目"  # 等13个“强县”项目
    r"|等[\d一二三四五六七八九十]+个(?:总)?投资(?:额)?均(?:为|是|达)?\d+(?:\.\d+)?(?:亿|万)元的项目"  # 等3个总投资均为5000万元的项目
    # A、B、C4个项目已开工, …共6个重点企业项目, …四大重点工程: a count right after a list closes it too
    # (only where items are 、-listed).
    r"|(?<=[\u4e00-\u9fff)）])(?<!签约)(?:共计|共)?[\d一二两三四五六七八九十]+(?:(?:个|大)(?:重点|重大)?(?:企业|建设)?|个[^\W\d_、,，。;；的]{2,10}?)子?(?:项目|工程)"
    r"(?!单位|负责人|业主|建设单位)"
    r"|(?<=[\u4e00-\u9fff)）”])[\d一二两三四五六七八九十]+项(?=[,，。;；]|$)"  # 包括A、B、C3项。
)

# Sectors a list's closer may name (电网建设、光伏发电等能源交通项目): with no head noun among its
# items, the list names kinds of work, not projects. 新能源 is a trade, not a sector.
SECTOR_CLASSES = ("(?<!新)能源", "交通", "水利", "农林", "文旅", "商贸", "环保", "城建")

# Sector from the words of a name, first match wins.
SECTOR_WORDS = (
    ("education", ("学校", "小学", "中学", "中小学", "校区", "幼儿园", "学院", "大学")),
    ("health", ("医院", "卫生", "康养", "养老")),
    ("utilities", ("污水", "供水", "饮水", "水厂", "垃圾", "供热", "燃气", "电站", "变电")),
    ("transport", ("道路", "公路", "大道", "大桥", "铁路", "轨道", "桥梁", "加油站")),
    ("logistics", ("物流", "仓储", "冷链", "快递")),
    ("real_estate", ("地产", "棚户区", "安置", "小区", "住宅")),
    ("commercial", ("广场", "商城", "商业", "综合体", "市场", "酒店", "商业街")),
    ("manufacturing", ("制造", "生产", "工厂", "年产", "车间", "生产线", "装备", "零部件", "材料", "设备")),
    ("industrial_park", ("产业园", "工业园", "园区", "科技园")),
)
