"""The genre's word lists, in one readable place.

These describe how Chinese local-government project reports are written (name suffixes, stage
words, issue words, page furniture). They never name a particular project, company or number:
the extractor reads patterns and must work on articles nobody has seen.
"""

# --- text normalisation: page furniture -------------------------------------------------------
# (section owned by tracker/text.py)

# --- figures: what aggregate numbers measure --------------------------------------------------
# (section owned by tracker/extract/figures.py)

# --- projects, statuses and issues ------------------------------------------------------------
# (section owned by tracker/extract/projects.py and issues.py)

# Phase words: 一期 … 十期, also (二期) in parentheses; different phases are different projects.
PHASE_PATTERN = r"[(（]?(?P<phase>[一二三四五六七八九十]{1,2}期)(?:工程|项目)?[)）]?"

# Words every project name of the genre is built from; what is left is a name's distinctive part.
GENERIC_NAME_WORDS = (
    "项目", "建设", "工程", "扩建", "新建", "改建", "续建", "改造", "提升", "升级",
    "年产", "生产", "制造", "智能", "智慧", "智慧化", "数字", "数字化", "绿色", "新型", "高端",
    "产业园", "产业园区", "园区", "工业园", "科技园", "物流园", "产业城", "基地", "中心",
    "工厂", "厂", "厂房", "车间", "生产线", "配套", "总部", "产业", "示范", "综合", "智能化",
    "有限公司", "股份有限公司", "集团", "公司", "科技", "技术", "电子", "实业", "发展",
)

# Stage words → status. Order matters: the first pattern that matches a clause wins, so the
# more specific stage words come first (竣工投产 is operating, not completed; 计划开工 is planned).
STATUS_WORDS = (
    ("planned", ("计划开工", "拟开工", "谋划", "前期准备", "开工前期", "筹建", "拟建", "规划建设", "计划建设", "前期手续")),
    ("operating", ("投产", "运营", "试生产", "达产", "投入使用", "建成投用", "正式运行")),
    ("completed", ("竣工", "建成", "完工", "主体完工", "封顶")),
    ("under_construction", ("开工", "在建", "续建", "动工", "施工", "开复工", "加紧推进", "建设中", "正在建设")),
    ("signed", ("签约", "摘牌", "落位", "落地", "签订", "入驻", "摘地", "引进")),
    ("tracking", ("跟踪", "洽谈", "在谈", "对接", "意向")),
)

# Words a proper project name ends with (the head noun of the undertaking).
PROJECT_SUFFIXES = (
    "建设项目", "项目", "工程", "产业园", "产业园区", "园区", "工业园", "科技园", "物流园", "物流港",
    "基地", "中心", "工厂", "广场", "商城", "综合体", "小镇", "学校", "中小学", "小学", "中学",
    "校区", "医院", "加油站", "处理厂", "污水处理厂", "水厂", "电站", "大道", "公路", "大桥",
    "生产线", "商业街",
)

# Issue category words, checked in this order (the first that matches wins).
ISSUE_CATEGORY_WORDS = (
    ("power", ("电力", "供电", "用电", "变电", "电网", "电源")),
    ("water_sewage_heat", ("污水", "供水", "排水", "热力", "供热", "供暖", "管网", "管线", "燃气", "供气")),
    ("road", ("道路", "路面", "修路", "交通")),
    ("permit", ("许可", "审批", "手续", "证照", "环评", "施工许可", "规划许可", "立项", "备案")),
    ("planning", ("规划",)),
    ("land", ("土地", "用地", "征地", "拆迁", "征收", "地块", "土地分割", "征拆")),
    ("funding", ("资金", "融资", "贷款", "资金短缺")),
    ("site_selection", ("选址",)),
)

# How an issue's resolution is reported.
ISSUE_STATUS_WORDS = (
    ("resolved", ("已解决", "解决了", "得到解决", "已协调解决", "顺利解决", "已办结")),
    ("in_progress", ("正在", "推动解决", "协调解决中", "抓紧", "推进解决", "待审批", "督促", "积极协调")),
)
