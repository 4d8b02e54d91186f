"""A synthetic corpus of the genre, for benchmarks: news reports from district and county
newspapers and government sites about investment projects.

    python -m bench.corpus DIR N [--seed S]     # writes N articles and metadata.csv to DIR

Deterministic and offline: article ``i`` depends only on ``(seed, i)``, so the first 1,000
articles of a 10,000-article corpus are the 1,000-article corpus. Nothing is held in memory:
:func:`articles` yields one ``(filename, text)`` at a time and :func:`write_corpus` writes each
file and its metadata.csv row as it goes.

Places are real (drawn from the gazetteer, a few districts reported on often and most rarely,
as in real news); companies, products, people and numbers are composed from the word lists
below, which were written for this file and share no name with seeds/ or tests/corpus/.
A district's projects come from a fixed pool, so later reports return to earlier projects
(shortened names, a later stage, progress), which is what makes loading merge projects.
About one article in five is Traditional Chinese (OpenCC s2t); lengths run from 200-character
notices to features of 10,000 characters and more.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import datetime as dt
import functools
import hashlib
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIVISIONS = ROOT / "tracker" / "data" / "divisions.tsv"
METADATA_COLUMNS = ("file", "title", "source", "published_on", "url")
FIRST_DAY, LAST_DAY = dt.date(2015, 1, 1), dt.date(2024, 12, 31)
PROJECTS_PER_DISTRICT = 80  # the pool a district's reports draw from
TRADITIONAL_SHARE = 0.2

# --- word lists (written for this file; none is a name from seeds/ or tests/corpus/) ----------

# Brand syllables: two make a company's trade name (鑫岳, 鸿湾 …).
BRAND = tuple("鑫岳鸿湾澜恒昱骐启沣润弘豪腾隆茂祥康盈昌晶雅信翔伟宸鼎奥森卓辉亿越途迈骏"
              "璟钧铭拓川峻朗澄昕炜烨琛睿麒崧溢涵沐舜尧钰珑皓宁泽灏")
# Town and road syllables (桃溪镇, 柳营路 …).
PLACE = tuple("桃柳杏枫榆槐柏松梧桐杨荷莲菱苇芦溪泉湖塘湾洲渚滩坪岗岭峪坳沟堡屯营铺集桥庄园"
              "东西南北前后上下新旧高低青白红黄")
SURNAMES = tuple("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕")
GIVEN = tuple("志海建国晓明丽华军平芳勇静秀敏伟强磊洋艳杰娟涛超霞刚桂英鹏飞玲红宇浩然雪梅立新")

# (product, unit, yearly quantities, the company's trade word)
PRODUCTS = (
    ("汽车零部件", "套", ("60万", "120万", "300万", "800万"), "汽车部件"),
    ("新能源汽车驱动电机", "台", ("10万", "30万", "50万"), "电机"),
    ("锂电池隔膜", "平方米", ("2亿", "5亿", "9亿"), "新材料"),
    ("光伏组件", "兆瓦", ("800", "1500", "3000"), "光电"),
    ("高端数控机床", "台", ("600", "1200", "2500"), "精密机械"),
    ("装配式建筑构件", "立方米", ("12万", "20万", "35万"), "建材"),
    ("预制菜", "吨", ("1.5万", "3万", "6万"), "食品"),
    ("植物蛋白饮料", "吨", ("8万", "15万", "25万"), "饮品"),
    ("医用敷料", "吨", ("1800", "4000", "7000"), "医疗用品"),
    ("高性能纤维", "吨", ("1万", "2.5万", "4万"), "纺织"),
    ("智能家电", "台", ("80万", "150万", "260万"), "电器"),
    ("集成电路封装", "只", ("3亿", "8亿", "15亿"), "半导体"),
    ("不锈钢精密管材", "吨", ("2万", "6万", "9万"), "金属制品"),
    ("生物有机肥", "吨", ("10万", "20万", "30万"), "农业科技"),
    ("特种纸", "吨", ("4万", "12万", "18万"), "纸业"),
    ("水性环保涂料", "吨", ("2万", "5万", "7万"), "化工"),
    ("风电塔筒", "套", ("180", "400", "650"), "重工"),
    ("中药饮片", "吨", ("1500", "3600", "6000"), "药业"),
    ("柔性线路板", "平方米", ("70万", "140万", "220万"), "电子"),
    ("铝合金型材", "吨", ("3万", "8万", "12万"), "铝业"),
    ("工业机器人", "台", ("1500", "4000", "6500"), "智能装备"),
    ("储能电池模组", "吉瓦时", ("2", "6", "12"), "储能"),
    ("冷冻调理食品", "吨", ("2万", "4.5万", "7万"), "食品"),
    ("木塑复合板材", "立方米", ("5万", "9万", "16万"), "新材料"),
)
COMPANY_ENDINGS = ("有限公司", "科技有限公司", "股份有限公司", "集团有限公司")
# What a factory builds (主要建设…).
BUILDS = (
    "生产车间{n}栋及办公楼、仓库等配套设施", "标准化厂房{n}万平方米", "自动化生产线{n}条",
    "研发中心、检测中心和智能仓储中心", "主厂房、动力站及污水处理站", "{n}条全自动包装线及成品库",
)
# Projects that are not factories: (name pattern, what it builds).
PUBLIC_WORKS = (
    ("{town}污水处理厂扩容工程", "日处理{n}万吨的污水处理设施及配套管网"),
    ("{road}道路改造工程", "道路{n}公里及雨污管网、路灯等附属设施"),
    ("{short}第{cn}中学新建项目", "教学楼、实验楼、学生宿舍及{n}00米标准运动场"),
    ("{short}人民医院新院区建设项目", "门急诊楼、住院楼及医技楼，设置床位{n}00张"),
    ("{town}棚户区改造项目", "安置住房{n}00套及社区服务中心"),
    ("{short}城乡供水一体化工程", "日供水{n}万吨的水厂一座及输水管网"),
    ("{town}湿地公园建设项目", "湿地修复{n}00亩及游步道、观景平台"),
    ("{short}职业技术学校新校区", "实训楼、教学楼及学生公寓，可容纳学生{n}000人"),
    ("{short}养老服务中心建设项目", "养老床位{n}00张及康复中心、老年活动中心"),
)
COMMERCIAL = (
    ("{brand}智慧物流园", "智能仓储{n}万平方米及分拨中心、停车场"),
    ("{brand}冷链物流中心项目", "冷库{n}万吨及分拣车间、冷链配送中心"),
    ("{brand}城市综合体", "购物中心、写字楼及酒店，总建筑面积{n}万平方米"),
    ("{brand}商业广场", "商业街区{n}万平方米及地下停车场"),
    ("{brand}文旅小镇", "民宿、游客中心及文化街区，总建筑面积{n}万平方米"),
    ("{brand}康养中心项目", "康养公寓{n}00套及医疗康复中心"),
    ("{brand}数据中心项目", "数据机房{n}栋，可容纳机柜{n}000架"),
    ("{brand}农产品加工园", "标准化加工车间{n}栋及冷库、检测中心"),
)
DEPARTMENTS = ("自然资源局", "供电公司", "住建局", "生态环境分局", "交通运输局", "金融服务中心",
               "行政审批局", "发改局", "工信局", "水务局")
# Problems by kind; {p} is the project, {c} the company, {n} a small number.
ISSUES = (
    ("{p}因{n}亩建设用地指标尚未落实，迟迟未能开工", "自然资源局"),
    ("{p}涉及{n}户征地拆迁尚未完成，部分地块无法进场施工", "自然资源局"),
    ("{p}用地报批手续进展缓慢", "自然资源局"),
    ("{p}用电负荷需求大，周边电网容量不足", "供电公司"),
    ("{p}施工用电线路尚未接入", "供电公司"),
    ("{p}厂区污水管网尚未接通", "住建局"),
    ("{p}缺少配套供热管线", "住建局"),
    ("{p}进场道路尚未修通，大型设备无法运抵现场", "交通运输局"),
    ("{p}环评审批周期较长", "生态环境分局"),
    ("{p}施工许可手续尚未办结", "行政审批局"),
    ("{c}流动资金紧张，后续设备款存在缺口", "金融服务中心"),
    ("{c}反映融资难度较大，银行贷款迟迟未能到位", "金融服务中心"),
)
ISSUE_OUTCOMES = (
    "，经专班协调，问题已解决", "，目前已协调解决", "，{d}正在抓紧协调", "，目前正在积极协调推进解决",
    "，影响了项目进度", "，{d}已列入问题清单督促办理",
)
SLOGANS = ("项目为王", "项目为先", "项目兴则经济兴", "一线工作法", "拿地即开工", "马上就办")
CAMPAIGNS = ("万人助万企", "四送一服", "百名干部进百企", "企业服务月", "优化营商环境攻坚年")
OPENERS = ("今年以来", "近年来", "{year}年以来", "开春以来", "入夏以来", "进入四季度以来")
FILLER = (
    "{d}把项目建设摆在经济工作的突出位置，牢固树立“{slogan}”的鲜明导向，以项目论英雄、以实绩比高低。",
    "{d}把重点项目逐一列表，每旬一调度、每月一排名，排名靠后的单位在{we}大会上作表态发言。",
    "{d}聚焦{sector}两大产业方向，由{lw}级领导带队外出驻点招商{n}批次。",
    "“手续办得快，我们心里就有底。”一家企业负责人说，审批专员上门服务，{n}天就拿到了施工许可证。",
    "在项目现场，挖掘机往来穿梭，工人们正抢抓晴好天气加紧作业。",
    "{d}推行“多评合一”“联合验收”，项目审批事项办理时间平均缩短{n}%。",
    "下一步，{d}将持续强化要素保障，力争更多项目早竣工、早投产、早见效。",
    "抓项目就是抓发展。{d}负责同志表示，将以钉钉子精神一个一个项目推进、一件一件问题解决。",
    "{d}为每个重点项目配备一名服务专员，从签约、供地到开工、投产全程跟踪服务。",
    "{d}统筹盘活低效闲置土地{n}00亩，全部用于保障产业项目落地。",
    "各园区、乡镇比进度、晒成绩，形成了人人抓项目、事事为项目的浓厚氛围。",
    "据介绍，{d}将持续开展“{campaign}”活动，推动惠企政策直达快享。",
)
SECTORS = ("新能源汽车零部件", "电子信息", "高端装备制造", "绿色食品", "新材料", "生物医药",
           "现代物流", "纺织服装", "数字经济", "文化旅游")
SOURCES = ("{city}日报", "{province}日报", "{dshort}融媒体中心", "{city}人民政府网",
           "{d}发展和改革委员会", "{province}新闻网", "{city}广播电视台", "{dshort}新闻网")
SECTIONS = (
    "盯紧节点 重点项目提速推进", "靠前服务 企业诉求件件有回音", "以商招商 优质项目接连落户",
    "强化保障 土地资金跟着项目走", "比学赶超 项目现场热火朝天", "改革破题 审批服务再提效",
)


# --- places ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    adcode: str
    name: str  # 宽城区
    short: str  # 宽城
    city: str
    province: str

    @property
    def level_word(self) -> str:
        """区, 县 or 市: what the district calls itself (全区, 该县)."""
        return self.name[-1] if self.name[-1] in "区县市旗" else "区"


@functools.cache
def places(seed: int = 0) -> tuple[tuple[Place, ...], tuple[float, ...]]:
    """County-level units from the gazetteer in a seeded order, with cumulative weights: the
    k-th is reported on about 1/(k+1)^0.9 as often as the first, as news favours a few places."""
    found = []
    with DIVISIONS.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            if row["level"] in ("district", "county", "county_city") and row["city"]:
                found.append(Place(row["adcode"], row["name"], row["short"] or row["name"],
                                   row["city"], row["province"]))
    random.Random(f"places:{seed}").shuffle(found)
    weights = itertools.accumulate(1 / (k + 1) ** 0.9 for k in range(len(found)))
    return tuple(found), tuple(weights)


def _short(name: str) -> str:
    """长春市 → 长春, 吉林省 → 吉林 (names too short to shorten are kept)."""
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


# --- projects ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Project:
    name: str  # the full name as first announced
    short: str  # how later reports write it
    company: str | None
    total_yuan: int
    signed_on: dt.date
    area_mu: int
    builds: str
    output: str | None  # 年产 …, for factories


def _project(place: Place, number: int, seed: int) -> Project:
    """Project ``number`` of ``place``'s pool: the same every time it is asked for."""
    rng = random.Random(f"project:{seed}:{place.adcode}:{number}")
    brand = "".join(rng.sample(BRAND, 2))  # two different syllables: 隆隆 is a sound, not a name
    signed_on = _day(rng)
    area = rng.choice((40, 60, 85, 120, 150, 210, 300, 450, 600))
    n = rng.randint(2, 12)
    kind = rng.random()
    if kind < 0.6:  # most reported projects are factories
        product, unit, quantities, trade = rng.choice(PRODUCTS)
        output = f"年产{rng.choice(quantities)}{unit}{product}"
        prefix = _short(place.province) if rng.random() < 0.3 else ""
        company = f"{prefix}{brand}{trade}{rng.choice(COMPANY_ENDINGS)}"
        name = f"{company}{output}项目"
        short = rng.choice((f"{brand}{output}项目", f"{brand}{product}项目", name))
        builds, total = rng.choice(BUILDS), _log_amount(rng, 3e7, 6e9)
    elif kind < 0.8:
        company, output = f"{brand}{rng.choice(('实业', '置业', '供应链', '文旅'))}{rng.choice(COMPANY_ENDINGS)}", None
        name, builds = rng.choice(COMMERCIAL)
        name = short = name.format(brand=brand)
        total = _log_amount(rng, 1e8, 3e10)
    else:
        company, output = None, None
        name, builds = rng.choice(PUBLIC_WORKS)
        name = short = name.format(town=_town(rng), road=_road(rng), short=place.short, cn=rng.choice("二三四五六七八"))
        total = _log_amount(rng, 2e7, 5e9)
    return Project(name, short, company, total, signed_on, area, builds.format(n=n), output)


def _log_amount(rng: random.Random, low: float, high: float) -> int:
    """Amounts spread over orders of magnitude, rounded as reports round them."""
    value = low * (high / low) ** rng.random()
    step = 1e7 if value >= 1e9 else 1e6 if value >= 1e8 else 5e5
    return int(round(value / step) * step) or int(step)


def _town(rng: random.Random) -> str:
    return rng.choice(PLACE) + rng.choice(PLACE) + rng.choice(("镇", "乡", "街道"))


def _road(rng: random.Random) -> str:
    return rng.choice(PLACE) + rng.choice(PLACE) + rng.choice(("路", "大街", "大道"))


def _day(rng: random.Random) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


# --- how numbers and dates are written ----------------------------------------------------------


def money(yuan: int, rng: random.Random) -> str:
    """15亿元, 3.2亿元, 5550万元, sometimes hedged: 近30亿元, 约8000万元, 10亿元以上."""
    if yuan >= 100_000_000:
        text = f"{yuan / 1e8:.2f}".rstrip("0").rstrip(".") + "亿元"
    else:
        text = f"{yuan // 10_000}万元"
    hedge = rng.random()
    if hedge < 0.08:
        return "近" + text
    if hedge < 0.16:
        return "约" + text
    if hedge < 0.20:
        return "超" + text
    if hedge < 0.24:
        return text + "以上"
    return text


def when(day: dt.date, published: dt.date, rng: random.Random) -> str:
    """A date as reports write it relative to their own date: 1月4日, 4月中旬, 去年3月, 2019年5月."""
    if day.year == published.year:
        return rng.choice((f"{day.month}月{day.day}日", f"{day.month}月{_part(day)}", f"今年{day.month}月"))
    if day.year == published.year - 1:
        return f"去年{day.month}月"
    return f"{day.year}年{day.month}月"


def _part(day: dt.date) -> str:
    return "上旬" if day.day <= 10 else "中旬" if day.day <= 20 else "下旬"


def _person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


# --- one article ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Generated:
    filename: str
    text: str
    title: str
    source: str
    published_on: dt.date
    url: str
    script: str  # simplified | traditional


class _Writer:
    """Everything one article needs: its RNG, place, date and the project pool."""

    def __init__(self, index: int, seed: int) -> None:
        self.rng = rng = random.Random(f"article:{seed}:{index}")
        chosen, cumulative = places(seed)
        self.place = chosen[bisect.bisect(cumulative, rng.random() * cumulative[-1])]
        self.published = _day(rng)
        self.seed = seed
        p = self.place
        self.d = rng.choice((p.name, p.name, f"{_short(p.city)}{p.name}"))  # how it is named
        self.we = "全" + p.level_word  # 全区, 全县
        self.year = self.published.year
        self.figure_order = itertools.cycle(rng.sample(range(4), 4))  # no figure twice in a row

    def fill(self, template: str, **extra) -> str:
        rng = self.rng
        return template.format(
            d=self.d, we=self.we, lw=self.place.level_word, n=rng.randint(3, 30),
            year=self.year - rng.randint(0, 2), slogan=rng.choice(SLOGANS), campaign=rng.choice(CAMPAIGNS),
            sector="、".join(rng.sample(SECTORS, 2)), **extra,
        )

    def projects(self, count: int) -> list[Project]:
        numbers = self.rng.sample(range(PROJECTS_PER_DISTRICT), count)
        return [_project(self.place, n, self.seed) for n in numbers]

    def stage(self, project: Project) -> str:
        """The project's stage on the article's date, as a clause."""
        rng, age = self.rng, (self.published - project.signed_on).days
        if age < 0:
            return rng.choice(("目前正在洽谈对接", "正在开展前期工作，计划年内开工", "已完成选址，正在办理前期手续"))
        if age < 90:
            return f"于{when(project.signed_on, self.published, rng)}签约落地"
        if age < 700:
            share = min(95, age // 8)
            return rng.choice((
                f"于{when(project.signed_on + dt.timedelta(days=60), self.published, rng)}开工建设，目前已完成工程量的{share}%",
                "目前主体厂房钢结构已封顶，正在进行设备安装",
                f"正在加紧施工，已完成投资{money(project.total_yuan * share // 100, rng)}",
            ))
        if age < 900:
            return rng.choice(("已竣工验收", "主体工程已完工，正在进行设备调试", "已建成，即将投产"))
        return rng.choice(("已竣工投产", "已正式投产运营", "已投产达效"))

    def project_paragraph(self, project: Project) -> str:
        rng = self.rng
        lead = rng.choice((
            f"总投资{money(project.total_yuan, rng)}的{project.short}",
            f"{project.short}总投资{money(project.total_yuan, rng)}，",
            f"{project.name}，总投资{money(project.total_yuan, rng)}，",
        ))
        parts = [lead if lead.endswith("，") else lead + "，", f"规划占地{project.area_mu}亩，主要建设{project.builds}，"]
        parts.append(self.stage(project) + "。")
        if project.output and rng.random() < 0.6:
            revenue = money(project.total_yuan * rng.randint(12, 30) // 10, rng)
            parts.append(f"建成达产后，可新增年产值{revenue}、税收{money(project.total_yuan // rng.randint(8, 20), rng)}。")
        return "".join(parts)

    def detail(self, project: Project) -> str:
        """A feature's second paragraph on a project: the site today and what its people say."""
        rng = self.rng
        later = self.published + dt.timedelta(days=rng.randint(60, 400))
        speaker = f"{project.company}负责人" if project.company else rng.choice(("项目负责人", "施工单位负责人"))
        quotes = (
            "从签约到开工，各项手续都有专人帮着跑，我们只管安心建设。",
            "眼下正是施工黄金期，我们实行两班倒，确保节点目标不拖期。",
            f"设备已经陆续进场，争取{when(later, self.published, rng)}前具备试生产条件。",
            "配套道路和管网都已接通，后续生产用电也落实了，企业信心更足了。",
        )
        return (f"在{project.short}建设现场，{rng.randint(2, 9)}号厂房已完成主体施工，{rng.randint(20, 300)}台（套）"
                f"设备正在安装调试，现场{rng.randint(80, 900)}余名工人正加紧作业。“{rng.choice(quotes)}”{speaker}说。")

    def issue(self, project: Project) -> str:
        rng = self.rng
        template, department = rng.choice(ISSUES)
        company = project.company or project.short
        text = template.format(p=project.short, c=company, n=rng.randint(3, 160))
        return text + rng.choice(ISSUE_OUTCOMES).format(d=f"{self.place.short}{department}") + "。"

    def figures(self) -> str:
        rng, we = self.rng, self.we
        visited = rng.randint(60, 900)
        found = rng.randint(visited // 6, visited // 2)
        choices = (
            f"{we}{rng.randint(80, 600)}名助企干部深入企业一线，累计走访企业{visited}家，收集问题{found}个，"
            f"已解决{found * rng.randint(55, 95) // 100}个。",
            f"{rng.choice(OPENERS).format(year=self.year)}，{we}共实施重点项目{rng.randint(20, 180)}个，"
            f"总投资{money(rng.randint(50, 2000) * 10**8, rng)}，完成投资{money(rng.randint(5, 300) * 10**8, rng)}，"
            f"占年度计划的{rng.randint(20, 110)}.{rng.randint(0, 9)}%。",
            f"1-{max(2, self.published.month)}月，{we}新开工项目{rng.randint(5, 60)}个，竣工投产项目{rng.randint(2, 30)}个。",
            f"{self.year}年{we}共签约项目{rng.randint(8, 120)}个，协议总投资{money(rng.randint(20, 900) * 10**8, rng)}。",
        )
        return choices[next(self.figure_order)]

    # Kinds of article: a title and paragraphs.

    def signing_notice(self) -> tuple[str, list[str]]:
        rng, chosen = self.rng, self.projects(self.rng.randint(2, 5))
        total = sum(p.total_yuan for p in chosen) * rng.randint(2, 4)
        count = len(chosen) + rng.randint(3, 20)
        title = f"{self.d}{count}个项目集中签约 总投资{money(total, rng)}"
        first = (f"{when(self.published - dt.timedelta(days=rng.randint(0, 3)), self.published, rng)}，"
                 f"{self.d}举行{self.year}年重大项目集中签约仪式，共签约项目{count}个，协议总投资{money(total, rng)}，"
                 f"涉及{'、'.join(rng.sample(SECTORS, 3))}等领域。")
        named = "、".join(p.short for p in chosen)
        second = f"其中，{named}等{len(chosen)}个项目现场签约。"
        biggest = max(chosen, key=lambda p: p.total_yuan)
        third = f"体量最大的{biggest.name}总投资{money(biggest.total_yuan, rng)}，将建设{biggest.builds}。"
        byline = f"（{_person(rng)} {_person(rng)}）"
        return title, [first, second, third + byline]

    def groundbreaking(self) -> tuple[str, list[str]]:
        rng, chosen = self.rng, self.projects(self.rng.randint(3, 8))
        total = sum(p.total_yuan for p in chosen)
        season = rng.choice(("春季", "一季度", "二季度", "三季度", "秋季", "四季度"))
        title = rng.choice((f"{self.d}{season}重大项目集中开工", f"{self.d}：{len(chosen)}个项目集中开工 总投资{money(total, rng)}"))
        paragraphs = [
            f"{when(self.published - dt.timedelta(days=rng.randint(0, 5)), self.published, rng)}，{self.d}{self.year}年{season}"
            f"重大项目集中开工仪式在{chosen[0].short}现场举行。此次集中开工项目{len(chosen)}个，总投资{money(total, rng)}。",
            f"此次开工的项目包括{'、'.join(p.short for p in chosen[:4])}等，涵盖{'、'.join(rng.sample(SECTORS, 3))}等领域。",
        ]
        paragraphs += [self.project_paragraph(p) for p in chosen[: rng.randint(1, len(chosen))]]
        paragraphs.append(self.fill(rng.choice(FILLER)))
        return title, paragraphs

    def feature(self) -> tuple[str, list[str]]:
        rng = self.rng
        long = rng.random() < 0.4  # a long feature runs to 5,000-15,000 characters
        chosen = self.projects(rng.randint(20, 70) if long else rng.randint(4, 12))
        title = rng.choice((
            f"{self.place.short}：项目建设跑出“加速度”", f"{self.d}：以项目建设引领高质量发展",
            f"{self.d}扎实推进重点项目建设", f"{_short(self.place.city)}{self.place.short}：大抓项目 抓大项目",
        ))
        paragraphs = [self.fill(FILLER[0]), self.figures()]
        sections = rng.randint(4, 6) if long else 3
        for k, section in enumerate(rng.sample(SECTIONS, sections)):
            paragraphs.append(section)  # a heading line
            paragraphs += [self.fill(f) for f in rng.sample(FILLER, rng.randint(1, 3 if long else 1))]
            for project in chosen[k::sections]:
                paragraphs.append(self.project_paragraph(project))
                if long and rng.random() < 0.7:
                    paragraphs.append(self.detail(project))
                if rng.random() < 0.3 and (self.published - project.signed_on).days < 700:  # not yet built
                    paragraphs.append(self.issue(project))
            paragraphs.append(self.figures())
        paragraphs.append(self.fill(FILLER[6]))
        return title, paragraphs

    def inspection(self) -> tuple[str, list[str]]:
        rng, chosen = self.rng, self.projects(self.rng.randint(3, 10))
        title = f"{self.d}重点项目推进情况督查通报"
        paragraphs = [
            f"根据年度督查工作计划，{when(self.published - dt.timedelta(days=rng.randint(5, 30)), self.published, rng)}，"
            f"{self.place.short}政府督查室联合重点办，对{self.we}{len(chosen) + rng.randint(5, 30)}个重点项目进行了实地督查。现将督查情况通报如下。",
            "一、总体情况",
            f"从督查情况看，进度滞后于计划的项目{len(chosen)}个，主要问题如下。",
            "二、存在问题",
        ]
        paragraphs += [f"{k}.{self.issue(p)}" for k, p in enumerate(chosen, 1)]
        paragraphs += ["三、下一步工作", self.fill(FILLER[8])]
        return title, paragraphs

    def service_campaign(self) -> tuple[str, list[str]]:
        rng, chosen = self.rng, self.projects(self.rng.randint(2, 5))
        campaign = rng.choice(CAMPAIGNS)
        title = f"{self.d}“{campaign}”活动纾困解难见实效"
        paragraphs = [f"{rng.choice(OPENERS).format(year=self.year)}，{self.d}深入开展“{campaign}”活动。" + self.figures()]
        paragraphs += [self.issue(p) for p in chosen]
        paragraphs.append(self.figures())
        return title, paragraphs

    KINDS = ((signing_notice, 0.25), (groundbreaking, 0.25), (feature, 0.25), (inspection, 0.1), (service_campaign, 0.15))

    def article(self, index: int) -> Generated:
        rng = self.rng
        kinds, weights = zip(*self.KINDS)
        title, paragraphs = rng.choices(kinds, weights)[0](self)
        p = self.place
        source = rng.choice(SOURCES).format(city=_short(p.city), province=_short(p.province), d=p.name, dshort=p.short)
        text = _page(title, source, self.published, paragraphs, rng)
        script = "traditional" if rng.random() < TRADITIONAL_SHARE else "simplified"
        if script == "traditional":
            text = _s2t(text)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        url = f"http://news.example.cn/{p.adcode}/{self.published:%Y%m}/{digest}.html"
        return Generated(f"{index:06d}_{digest}.txt", text, title, source, self.published, url, script)


def _page(title: str, source: str, day: dt.date, paragraphs: list[str], rng: random.Random) -> str:
    """The report inside a web page: breadcrumb, title, dateline, indented paragraphs, footer."""
    clock = f"{rng.randint(7, 22):02d}:{rng.randint(0, 59):02d}"
    header = rng.choice((
        f"首页 > 要闻动态 > 区县新闻\n\n{title}\n\n发布时间：{day} {clock}  来源：{source}  【字体：大 中 小】\n",
        f"{title}\n{source}  {day} {clock}:{rng.randint(0, 59):02d}\n",
        f"您的位置：首页 > 政务动态\n\n{title}\n【信息时间：{day} {clock}  阅读次数：{rng.randint(30, 9000)}】\n",
        f"{title}\n来源：{source}\n{day:%Y年%m月%d日} {clock}\n",
        "",  # no header: the title and date are only in metadata.csv
    ))
    indent = rng.choice(("  ", "　　", ""))
    body = "\n\n".join(indent + p for p in paragraphs)
    if rng.random() < 0.3:  # some sites print ASCII punctuation
        body = body.replace("，", ",").replace("：", ":")
    footer = rng.choice(("", f"\n\n责任编辑：{_person(rng)}", f"\n\n责任编辑：{_person(rng)}\n版权所有：{source}"))
    return f"{header}\n{body}{footer}\n"


@functools.cache
def _converter():
    import opencc  # a dependency of tracker; imported here so the rest needs nothing installed

    return opencc.OpenCC("s2t")


def _s2t(text: str) -> str:
    return _converter().convert(text)


# --- the corpus ----------------------------------------------------------------------------------


def generate(n: int, seed: int = 0) -> Iterator[Generated]:
    """Articles 0 … n-1 with their metadata, one at a time."""
    for index in range(n):
        yield _Writer(index, seed).article(index)


def articles(n: int, seed: int = 0) -> Iterator[tuple[str, str]]:
    """``(filename, text)`` for articles 0 … n-1, one at a time."""
    for article in generate(n, seed):
        yield article.filename, article.text


def write_corpus(folder: str | Path, n: int, seed: int = 0) -> Path:
    """Write n article files and their metadata.csv to ``folder``; returns the folder.

    About one row in ten leaves title, source or date empty, as real metadata does (the loader
    then reads them from the article's own header).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "metadata.csv").open("w", encoding="utf-8", newline="") as handle:
        rows = csv.writer(handle, lineterminator="\n")
        rows.writerow(METADATA_COLUMNS)
        for index, article in enumerate(generate(n, seed)):
            (folder / article.filename).write_text(article.text, encoding="utf-8")
            gap = random.Random(f"metadata:{seed}:{index}").random()
            rows.writerow((
                article.filename,
                "" if gap < 0.05 else article.title,
                "" if gap < 0.08 else article.source,
                "" if 0.04 < gap < 0.1 else article.published_on.isoformat(),
                "" if gap < 0.3 else article.url,
            ))
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    write_corpus(args.folder, args.n, args.seed)
    print(f"wrote {args.n} articles and metadata.csv to {args.folder}")


if __name__ == "__main__":
    main()
