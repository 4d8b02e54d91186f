"""Projects: names, and what each article says of them (status, money, land, dates, progress).

Names are found two ways, both by the genre's patterns and never by knowing any project:
- enumerations closed by 等…项目 (``南湖广场、金桥商业广场等4个项目已开工``): every item is a project;
- a head noun that ends an undertaking's name (项目, 工程, 产业园, 学校 …), reaching left to the
  last word a name cannot contain (``推动解决恒通…生产项目`` → ``恒通…生产项目``).
Candidates that are categories (``装备制造业项目``), counts (``117个项目``) or campaigns are dropped.
A sentence's facts belong to the project they follow (its *scope* runs to the next project).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from tracker import lexicon
from tracker.lexicon import alternation
from tracker.extract.dates import find_dates
from tracker.extract.facts import InvestmentFact, Money, ProjectFact, Sentence
from tracker.extract.names import comparable, distinctive, phase_of, same_project
from tracker.extract.numbers import find_money, find_quantities, parse_number
from tracker.places import find_divisions


# A road's section in brackets: 西环路(某路-某路)建设项目, 改建工程(某路至某桥段).
_SECTION = r"[(（][\u4e00-\u9fff0-9A-Za-z]{1,12}(?:-|—|－|至)[\u4e00-\u9fff0-9A-Za-z]{1,12}[)）]"
# A first phase named in brackets: 某某配套设施建设项目(一期中央厨房建设项目).
_NAMED_PHASE = r"[(（][一二三四五六七八九十]{1,2}期[\u4e00-\u9fff]{2,12}?(?:项目|工程)[)）]"
_NAME_SPAN = re.compile(
    rf"""(?:
        [(（][\u4e00-\u9fff]{{0,6}}[一二三四五六七八九十]{{1,2}}期[)）]   # a phase in brackets: (二期), (某某一期)
      | [(（][\u4e00-\u9fff0-9A-Za-z]{{1,8}}[)）](?=[\u4e00-\u9fff0-9A-Za-z])  # 某某乳业(某地)年产…, 液化天然气(LNG)生产…: the name goes on
      | [(（][\u4e00-\u9fff]{{2,8}}(?:、[\u4e00-\u9fff]{{2,8}})+[)）](?=项目|工程)  # 某某有限公司(变频器、伺服器生产)项目
      | {_SECTION}
      | {_NAMED_PHASE}
      | (?<=[\u4e00-\u9fff])“[\u4e00-\u9fff0-9A-Za-z]{{1,10}}”(?=(?:建设)?(?:项目|工程))  # 文化体育“两馆一中心”建设项目
      | [\u4e00-\u9fff0-9A-Za-z.+#·\-/×]                          # name characters (60万吨/年, 1×20MW); punctuation ends a span
    )+""",
    re.VERBOSE,
)
_BOUNDARY = re.compile(alternation(lexicon.NAME_LEFT_BOUNDARIES, patterns=True))
# Inside an enumeration item 和/及 can be part of a name (染料和医药中间体).
_ITEM_BOUNDARY = re.compile(alternation([w for w in lexicon.NAME_LEFT_BOUNDARIES if w not in (lexicon.AND, "以及", lexicon.WITH)], patterns=True))
_SUFFIX = re.compile(
    rf"""(?:{alternation(lexicon.PROJECT_SUFFIXES)})
         (?:{_NAMED_PHASE})?
         (?:(?:建设)?[(（]?[一二三四五六七八九十]{{1,2}}期[)）]?)?     # 产业园三期, 基地(二期), 园区建设二期
         (?:建设项目|项目|工程)?                              # …(二期)项目, …一期工程
         (?:[(（][\u4e00-\u9fff]{{0,6}}?[一二三四五六七八九十]{{1,2}}期[)）])?  # …项目(某某一期)
         (?:{_SECTION})?                                     # …工程(某路至某桥段)""",
    re.VERBOSE,
)
_SUFFIX_AT_END = re.compile("(?:" + _SUFFIX.pattern + "\n)$", re.VERBOSE)  # the newline ends its comments
_CONTINUATION = re.compile(alternation(lexicon.NAME_CONTINUATIONS + lexicon.NAME_LEFT_BOUNDARIES, patterns=True))
_CLOSER = re.compile(lexicon.ENUMERATION_CLOSERS)
_OPENER = re.compile(lexicon.LIST_OPENERS)
_CLAUSE_END = re.compile(r"[,，;；:：。!！?？“”\"《》()（）]")
_COUNTED_LIST = re.compile(
    r"(?<![\d.])(?P<count>[\d一二三四五六七八九十]+)(?:个|项)[^,，;；。]{0,6}?(?:项目|工程)[,，:：]?(?:分别是|分别为|具体为|具体是|包括)"
)
_BYLINE = re.compile(r"[(（][^()（）]*(?:记者|通讯员)[^()（）]*[)）]")
_SHORT_NAME = re.compile(r"[(（](?:以下)?简称[“\"]?(?P<short>[^)）“”\"]{2,8})[”\"]?[)）]")
# …、工业园公司等有关单位人员到A、B等项目现场: the agencies come first, the projects after them.
_PARTIES_BEFORE = re.compile(r"等(?:在|就|围绕)|等[^、,，;；。]{0,8}?(?:单位|部门)[^、,，;；。]{0,6}?(?:到|赴)")
_LIST_LEAD = re.compile(r"(?:召开|推介了?|深入(?:到)?|来到|走进|前往|察看了?|查看了?|督查了?|先后到|分别到)")
_KIND_COUNTED = re.compile(r"(?:类|产业|产业链)项目$")
# A、B、C四个主导产业引进项目: the count is of industries (not 4个文化产业项目, projects of one).
_INDUSTRIES_COUNTED = re.compile(r"^[\d一二两三四五六七八九十]+(?:个|大)[^\W\d_]{0,4}?产业(?!链?项目)")
_PLACED_ITEMS = re.compile(r"[^,，;；。:：、的]{2,12}的")
# 集赛事、研学等项目为一体: activities; 惠及A、B等重点项目和企业: beneficiaries by kind.
# 实行A服务、B代办等项目建设服务机制: ways of serving projects; 满足A、B等新增项目的用电需求: whom
# a works serves.
_NOT_LISTED_PROJECTS = re.compile(r"(?:为|于)一体|[和及与]企业|占比|比重|居多|为主|[^,，;；。]{0,6}机制|的?[^,，;；。]{0,4}需求")  # 等项目占比较大: kinds
_ATTACHED = re.compile(r"^附(?:件|表)?[^,，;；。:：]{0,6}[:：]")
_AMONG = re.compile(r"^(?:其中|分别是|分别为|具体为|具体是)[,，:：]?")
_COUNTED_PROJECTS = re.compile(r"(?<![\d.])[\d一二两三四五六七八九十]+(?:个|项)[^,，;；。]{0,8}?(?:项目|工程)")
# 集中开工项目10个, 此次开工项目中: a batch of projects at one stage.
_BATCH = re.compile(
    _COUNTED_PROJECTS.pattern + r"|项目(?:共有|共计|共|计|合计)?[\d一二两三四五六七八九十]+(?:个|项)|(?:此次|本次|这次)[^,，;；。]{0,8}项目中"
)
_CJK_AT = re.compile(r"[\u4e00-\u9fff]")
_NUMERALS = re.compile(r"[一二两三四五六七八九十百千万亿个]+")
_COUNT_BEFORE = re.compile(r"(?<![第\d.])[\d一二两三四五六七八九十百千几多]+(?:个|座|条|所|大)$")
_BATCH_NAMED = re.compile(r"[(（]?(?:(?:19|20)\d\d年度?)?第[一二三四五六七八九十\d]+批")
_MONTH_BEFORE = re.compile(r"(?<![至\-—~到])\d{1,2}月份?(?:计划|实际)?(?:完成)?投资[约近达为超逾]?$")  # not 1至6月份完成投资
_KINDS_OF_WORK = re.compile(lexicon.KINDS_OF_WORK)
_BUILT_BY_MONEY = re.compile(rf"(?:{alternation(lexicon.BUILD_VERBS)})?的")  # 投资2.15亿元建设的某某项目
# 华明高新区某某有限公司某某项目: the zone says where the company is, not which project.
_ZONE_BEFORE_COMPANY = re.compile(
    r"^[\u4e00-\u9fff]{0,8}?(?:高新区|开发区|经开区|工业园区|产业园区)(?=[\u4e00-\u9fff()（）]{2,20}?(?:有限公司|有限责任公司|集团))"
)
_AFTER = re.compile(r"(?:达产|达效|投产|运营|竣工|建成)?(?:后|以后)")  # 建成后, 投产达产后: a condition
_BUILDS = re.compile(rf"(?:{alternation(lexicon.BUILD_VERBS)})(?!项目|工程)")  # 某公司投资2.5亿元建设某某项目
_COUNT_IN = re.compile(r"[\d一二两三四五六七八九十]+[项个家]")
_SECTOR = re.compile(alternation(lexicon.SECTOR_CLASSES, patterns=True))
_FIELD = re.compile(alternation(lexicon.PUBLIC_WORKS_FIELDS))
_HEADING_NUMBER = re.compile(r"[一二三四五六七八九十]+")
_SEGMENT = re.compile(r"[^,，;；。]+")
_NOTED_ITEM = re.compile(r"(?P<name>[^,，;；。()（）]{2,60}?)(?:[(（](?P<note>[^()（）]{1,12})[)）])?")
# 包括A有限公司投资的B项目、C有限公司投资的D项目: the company invests, the project is B.
_INVESTED_BY = re.compile(r"(?P<company>[^、,，;；的]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团))(?:投资|投建|出资)(?:建设|兴建)?的")
_ALL_IN_ONE = re.compile(r"集[^,，;；。:：]{2,40}?(?:为|于)?一体化?的")
_OWNER_OF = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:镇|乡|局|区|县|街道|村|园区|委)的")
_SITE = re.compile(r"(?<=项目|工程)(?:(?:建设|施工)?现场|建设)$")
_CAPACITY = re.compile(r"\d+(?:\.\d+)?万?(?:吨|套|台|件|只|头|辆|根|米|平方米|立方米)")  # 冠源食品10万吨休闲食品、调味品…
_PLAIN_COUNT = re.compile(r"[\d一二两三四五六七八九十]+个项目")
_CLOSER_COUNT = re.compile(r"(?P<n>[\d一二两三四五六七八九十]+)(?:个|项|大)")
_LIST_JOINERS = ("、", "和", "及", "以及", "与")
# 分别投资5亿元和3亿元, 签约,投资额分别为X、Y: one amount per listed name, in order.
_RESPECTIVELY = re.compile(r"(?:[^,，;；。]{0,6}[,，])?[^,，;；。]{0,6}?分别[^,，;；。]*")
_EACH = re.compile(r"(?:总投资|投资|投资额|投资总额)均(?:为|是|达)?")
_INVESTMENT_WORD_FIRST = re.compile(r"(?:总投资|投资|签约)(?:额|金额|总额)?分别(?:为|是|达)?$")
# A closed list starts after its clause's start; a bracket inside an item (某某基地(一期)) does not
# start it, a quote does (等“一区四园”的格局: concepts).
_ITEMS_END = re.compile(r"[,，;；:：。!！?？“”\"《》]")
# An opened list runs to the clause's end; brackets inside an item (液化天然气(LNG)…) do not end it.
_LIST_END = re.compile(r"[,，;；:：。!！?？]")
_SIGNING_OR_LIST_END = re.compile(
    _LIST_END.pattern + r"|(?:进行)?(?:现场|集中)?(?:签约|签订|签署)|等?[\d一二两三四五六七八九十]+家(?:单位|企业)"
)
_TOP_N = re.compile(r"[一二三四五六七八九十]+大$")  # 某街道十大项目: a district's top ten, not one
_COUNT = re.compile(r"^[0-9一二三四五六七八九十百千几多数余]+(?:个|项|批|家|类|大|户|条|件)")
# for match(text, pos), where ^ would never match; 某某政府投资项目共16项 is a class too
_COUNT_AFTER = re.compile("(?:共计|总计|合计|共)?" + _COUNT.pattern.removeprefix("^"))
_YEAR = re.compile(r"(?:19|20)\d{2}年(?:度)?")
_CATEGORY = re.compile(alternation(lexicon.CATEGORY_WORDS))
_FIRM_TRADE = re.compile(f"[\u4e00-\u9fff]{{2}}[{lexicon.FIRM_TRADES}]业")  # 凯达乳业, not 畜牧业
# 主车间共14条生产线 is a tally of parts; 第二批重点项目 a batch.
# 某某乡建设项目: a township's works in general, not one undertaking.
_PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,6}(?:乡|县|(?<!小)镇|(?<!乡)村)(?:建设)?项目")  # not 小镇, 乡村
_TOTALLED = re.compile(r"共[\d一二三四五六七八九十两]+|第[\d一二三四五六七八九十]+(?:批|次)")
_COUNT_START = re.compile(r"[\d一二两三四五六七八九十几多数]")  # 西孟轲等五村整合: a count, not a kind
_UNIT_NUMBER = re.compile(r"\d{1,2}号")
_ITEM_SEPARATOR = re.compile(r"(?:、|[,，]以及)(?![^“”]*”)")  # not inside quotes: 某村“千头肉牛、万只肉羊”繁育中心
_LIST_MARKER = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,2})[.．、]")  # 1.高新区…项目
_CONCEPT = re.compile("|".join(lexicon.CONCEPT_WORDS))
# Pages sometimes space words apart (主要 建设).
_PART_OR_GOAL = re.compile("|".join(r"\s?".join(word) for word in sorted(lexicon.PART_OR_GOAL_WORDS, key=len, reverse=True)))
_NOT_A_PROJECT = re.compile(alternation(lexicon.NOT_A_PROJECT, patterns=True))
_COMPANY = re.compile(r"[\u4e00-\u9fff()（）]{2,20}?(?:股份有限公司|有限责任公司|有限公司|集团|公司)")
_COMPANY_AS_PROJECT = re.compile(
    r"^(?P<company>[\u4e00-\u9fff()（）]{2,24}?(?:有限公司|有限责任公司|集团))是[^,，;；。]{0,30}?(?:引进|落户|签约|招引)的[^,，;；。]{0,12}项目"
)
# 2. 某某市场,未开工原因是…: a report's item, named whatever its head noun, then why it stands still.
_REASON_GIVEN = re.compile(
    rf"^(?:{_LIST_MARKER.pattern.removeprefix('^')}\s*)?(?P<name>[^,，;；。、:：]{{3,30}}?)[,，]"
    r"(?:目前)?(?:未开工|未开复工|停工|未竣工|未投产|进展缓慢|进度滞后)的?原因"
)
_TABLE_ROW = re.compile(r"^\s*(?:\d{1,3}\s*\|)?[^|]+\|")  # 13 | 某某工程 | …, or a row led by its name
_ITEM_NUMBER = re.compile(r"^\d{1,2}(?=[\u4e00-\u9fff])(?![年月日号个万亿千百期栋座条届])")
# 某县某产业园建设开发服务中心, 某园区管委会: an agency named after the park.
_AGENCY_AFTER = re.compile(r"(?:建设)?(?:开发)?(?:服务中心|管委会|管理委员会)")
_WHAT_IT_IS = re.compile(r"(?:该|这个|本)(?:项目|工程)(?:是|为|系)[^,，;；。]*的$")
# 该工程分五个标段实施,分别为A、B…: the sections of the works named before.
_IN_ITS_PARENS = re.compile(r"[(（][^()（）]*$")  # 某项目(一期建设A、B变电站): what it builds
_EQUIPMENT_LISTED = re.compile(r"(?:[、和及][^、,，;；。]{1,30}?)*等(?:设备|设施|装备|分项工程|子项)")
_TO_BECOME = re.compile(r"成为[^,，;；。]{0,30}的$")
_SECTIONS = re.compile(r"标段[^。;；]{0,8}?(?:分别为|分别是|包括)[:：]?")
_NOT_YET = re.compile(r"(?:未|没)(?:实质性|正式|全面)?$")
_CANNOT_START = re.compile(r"(?:无法|不能)$")  # 暂无法开工 (部分路段无法施工 is still a building site)
_STALLED = re.compile(r"[^,，;；。]{0,2}?(?:陷入|一度)?(?:停滞|搁浅)")
_COREFERENT = re.compile(r"^(?:该公司|该企业|该集团)")
_STAGE = re.compile(alternation([w for _, words in lexicon.STATUS_WORDS for w in words] + ["落地开工"]))
_STAGE_STATUS = {w: status for status, words in lexicon.STATUS_WORDS for w in words} | {"落地开工": "under_construction"}
# 计划于2024年6月建成投产: a plan, with its date between.
_FUTURE = re.compile(rf"(?:{alternation(lexicon.FUTURE_MARKERS)})(?:于?(?:\d{{4}}年)?\d{{1,2}}月(?:底|份|中旬|上旬|下旬)?(?:前)?)?[^,，;；。]{{0,8}}$")
# 总投资约为1.8亿元, 投资总额均为2亿元: the word may be followed by how the amount is told.
_TOLD_AS = r"均?(?:约|近|达|为|超|逾){0,2}\s*$"
_INVESTMENT_WORD = re.compile(rf"(?:{alternation([w for w, _ in lexicon.INVESTMENT_KINDS_BY_WORD])}){_TOLD_AS}")
_KIND = dict(lexicon.INVESTMENT_KINDS_BY_WORD)
_PART_CLAUSE_END = re.compile(r"[、;；。]|(?<!\d)[,，]|[,，](?!\d)")  # 1,4丁二醇 is one word
_LIST_ITEM_START = re.compile(r"(?:^|[、:：])\s*$")
_LISTED_ITEM = re.compile(rf"[^、,，;；:：。]{{2,40}}?(?:{alternation(lexicon.PROJECT_SUFFIXES)})(?=[、,，;；。]|$)")
# What may stand between an amount and the name it pays for: 的, 建设, 的某地投资建设.
# …and 引办总投资3亿元某某项目: money right before a name, nothing between.
# 投资3亿元、年产1.6亿个包装箱的某某项目, 总投资5.7亿元、已完成一期厂房建设的某某项目: what is
# told with the money (a size, a stage) leads to the name too.
_DETAIL_TO_NAME = re.compile(r"、[^,，;；。、]{1,30}?的")
# …and a size alone leading a listed item, (投资3亿元、)年产1.6亿个包装箱的X, is no part of X's name.
_SIZE_LEAD = re.compile(r"^(?:年产|年加工|年处理|日产|日处理|占地|用地|面积|建筑面积|规划面积|总建筑面积)[^,，;；。、]{1,30}?的")
# 某公司计划投资1亿元,建设某某项目: the money is for what it builds.
_MONEY_TO_NAME = re.compile(
    rf"(?:{_BUILT_BY_MONEY.pattern}|(?:的[\u4e00-\u9fff]{{0,6}}?)?(?:投资)?{_BUILDS.pattern}|{_DETAIL_TO_NAME.pattern}|[,，](?:用于)?(?:建设|新建))?"
)
# 总投资1.2亿元,填补某某空白的X;: money opening a clause that leads to a name (a quote may list).
_DESCRIBED_BY_MONEY = re.compile(r"[,，](?:“[^”]{0,20}”|[^,，;；。、“”]){2,40}?的")
_CLAUSE_OPENS = re.compile(rf"(?:^|[;；。])(?:{_INVESTMENT_WORD.pattern})")
_CLAUSE_CLOSES = re.compile(r"\s*(?:[;；。]|…|$)")
# 12个重大项目集中开工,总投资58亿元: money after a count of projects is the group's.
_GROUP_MONEY = re.compile(r"(?:[\d一二三四五六七八九十]+个[^,，;；。]{0,8}项目|项目(?:共有|共计|共)?[\d一二三四五六七八九十]+(?:个|项))[^;；。]{0,12}$")
_PHASE_BEFORE_MONEY = re.compile(r"[一二三四五六七八九十]期(?:工程|项目)?(?:计划|预计|总|规划)?投资(?:约|近|达|为)?\s*$")
_REVENUE = re.compile(rf"(?:{alternation(lexicon.REVENUE_WORDS)})[^,，;；。]{{0,6}}$")
_TAX = re.compile(rf"(?:{alternation(lexicon.TAX_WORDS)})[^,，;；。]{{0,4}}$")
_LAND_WORD = re.compile(r"(?:占地面积|用地面积|规划用地|占地|用地)(?:约|近|达|为)?\s*$")
_CAPACITY_WORD = re.compile(r"(?:年产|产能|年生产|年加工|年处理|设计产能)(?:能力)?(?:达|为|约)?\s*$")
_PROGRESS = re.compile(r"[^,，;；。]*?(?:完成|达到)[^,，;；。]*?\d+(?:\.\d+)?%")
_COMPLETION_WORD = re.compile(r"^(?:前|底|末)?(?:全面)?(?:建成|竣工|完工|投产|投用|交付|达到交付|完成建设)")
_START_WORD = re.compile(r"^(?:正式)?(?:开工|动工)")
_AREA_UNITS = {"m2", "mu", "km2", "ha"}
# 一期投资1.25亿元、占地72亩 / 一期计划投资21.8亿元的…: a phase with facts of its own, up to the next phase.
_PHASE_CLAUSE = re.compile(
    r"(?<![分期第])(?P<phase>[一二三四五六七八九十]期)(?:工程|项目)?(?:[(（][^()（）]{0,15}[)）])?"
    r"(?=(?:计划|预计|总|规划)?(?:投资|占地|用地)|于|已|预计|计划|将|正在|目前)[^,，;；。的一二三四五六七八九十]*"
)
_PHASE_LED = re.compile(r"^(?:项目)?[一二三四五六七八九十]期")
_NOW = re.compile(r"^(?:目前|现在|现)(?:已|正|该项目)")
# 该项目…, and after a short lead-in (今年以来,该项目已累计投资…).
# 这个总投资10亿元的某区重点产业项目正全速推进: what the project just named is, not another.
_REFERRED_BACK = re.compile(r"^(?:这个|这一)(?![县市区镇乡村省])[^,，;；。]{1,30}?的")
_CONTINUED = re.compile(
    r"^(?:[^,，;；。]{1,8}[,，])?(?:该项目|该工程|其中该项目|这个项目|这一项目)|^(?:项目|[一二三四五六七八九十]期)|" + _REFERRED_BACK.pattern
)
# “…”某公司负责人告诉记者,该项目总投资…: someone at the site tells of the project just named.
_TOLD_OF = re.compile(r"(?:告诉记者|介绍说?|表示)[,，:：]?(?:该项目|这个项目|这一项目)")


@dataclass
class Candidate:
    """A project name as found in one sentence, with its span there."""

    name: str
    start: int
    end: int
    group: int | None = None
    group_end: int | None = None
    counted: bool = False  # an item of a list its closer counts as projects (等22个项目)
    noted: bool = False  # an item whose facts are told in its own comma segment (A公司(正在建设厂房),B…)
    company: str | None = None  # the investor an item names before its project (A有限公司投资的B项目)


@dataclass
class _Project:
    name: str
    aliases: list[str] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    attributes: dict = field(default_factory=dict)
    investments: list[InvestmentFact] = field(default_factory=list)

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass(frozen=True)
class ProjectMentions:
    """Extraction's result: the projects, their investments, and where each was read."""

    projects: tuple[ProjectFact, ...]
    investments: tuple[InvestmentFact, ...]
    # Per sentence index, (candidate, project key): issues link to projects through these.
    candidates: dict[int, list[tuple[Candidate, str]]]


def extract_projects(
    sentences: Sequence[Sentence],
    published_on: dt.date | None,
    place_names: tuple[str, ...] = (),
    district_adcode: str | None = None,
) -> ProjectMentions:
    projects: list[_Project] = []
    found: dict[int, list[tuple[Candidate, _Project]]] = {}
    last_company: str | None = None
    previous: list[tuple[Candidate, _Project]] = []
    previous_listed = False
    carried_stage: tuple[str, str, int] | None = None
    list_goes_on = False
    batch: tuple[str, str] | None = None  # (stage, sentence) of the batch of projects just counted
    short_names: dict[str, _Project] = {}
    name_column: int | None = None  # of a table whose header has 项目名称
    for index, sentence in enumerate(sentences):
        text = sentence.text
        line_start = index == 0 or sentence.start > sentences[index - 1].end
        header = _name_column(text) if line_start else None
        name_column = name_column if header is None else header
        cell = _table_cell(text, name_column) if line_start and header is None and name_column is not None else None
        candidates = find_candidates(text, place_names, list_goes_on=list_goes_on, table_cell=cell)
        list_goes_on = text.rstrip().endswith((";", "；")) and bool(
            _OPENER.search(text) or list_goes_on and _PLACED_ITEMS.match(text))
        entries = []
        for candidate in candidates:
            name, company = _resolve_company(candidate.name, last_company)
            company = company or candidate.company
            # Items listed side by side are different projects (A村安置点、A村B社安置点).
            beside = [p for c, p in entries if c.group is not None and c.group == candidate.group]
            project = _merge(projects, name, place_names, company, beside)
            if company and "company" not in project.attributes:
                project.attributes["company"] = company
            entries.append((candidate, project))
            if text not in project.sentences:
                project.sentences.append(text)
        continued = None
        # 某某项目总投资…,主要建设…。目前已全面建成投产: in one paragraph, the project goes on.
        goes_on = bool(index) and sentence.start == sentences[index - 1].end and bool(found.get(index - 1))
        # A bare 项目… goes on only right after its project: after a count of the district's
        # projects (共实施项目46个。项目总投资130.1亿元) it is theirs.
        bare_next = not text.startswith("项目") or bool(found.get(index - 1))
        if not entries and previous and not previous_listed and (
            _continues(text, previous[-1][1].name) and bare_next or goes_on and _NOW.match(text)
        ):
            # "该项目总投资…" continues the previous sentence's project; "二期预计…" its phase.
            continued = previous[-1][1]
            if not _PHASE_LED.match(text):
                entries = [(Candidate("", 0, 0), continued)]
        elif not entries and (named_again := _named_again(text, projects, short_names)):
            entries = [(Candidate("", 0, 0), named_again)]
        for candidate, project in entries:
            if candidate.name and (short := _SHORT_NAME.match(text, candidate.end)):
                short_names[short.group("short")] = project  # 某某产业基地(以下简称“某某”)
        phases = [
            (phase, clause, owner)
            for phase, clause in _phase_clauses(text, candidates)
            if (owner := _owner_at(entries, clause.start()) or continued) is not None
            and not phase_of(owner.name)
        ]
        phase_spans = [clause.span() for _, clause, _ in phases]
        for position, (candidate, project) in enumerate(entries):
            _read_attributes(text, candidates, position, candidate, project, published_on, phase_spans)
        # 集中开工13个重点项目。13个项目分别是A、B…: the list names the projects the sentence
        # before counted; items after semicolons (…A项目;…B项目。) are still in it.
        stage = carried_stage or _list_stage(text, [s.text for s in reversed(sentences[max(0, index - 4):index])])
        if stage is not None:
            status, stage_sentence, list_start = stage
            for candidate, project in entries:
                if candidate.name and candidate.start >= list_start and project.attributes.get("status_sentence") != text:
                    project.attributes["status"] = status
                    project.attributes["status_sentence"] = stage_sentence
        carried_stage = (stage[0], stage[1], 0) if stage and text.rstrip().endswith((";", "；")) else None
        if stage is None and batch is not None:
            # 此次集中开工项目10个。位于某镇的A项目,总投资…: the projects told of next, with no
            # stage of their own, are of the batch.
            for candidate, project in entries:
                if candidate.name and project.attributes.get("status") is None:
                    project.attributes["status"] = batch[0]
                    project.attributes["status_sentence"] = batch[1]
        # 其中,新开工项目45个…;续建项目24个…: classes of a total, counted after their name, are no
        # batch (其中,9个项目日前举行了集中签约仪式 is one).
        counted = _BATCH.search(text)
        breakdown = bool(counted) and counted.group().startswith("项目") and (
            "其中" in text[: counted.start()]
            or index > 0 and "其中" in sentences[index - 1].text and sentences[index - 1].text.rstrip().endswith((";", "；"))
        )
        batch = (None if breakdown else _batch_stage(text)) or (batch if entries else None)
        for phase, clause, owner in phases:
            part = _phase_project(projects, owner, phase)
            if text not in part.sentences:
                part.sentences.append(text)
            facts = clause.group()[len(phase):]  # 投资1.25亿元、占地72亩
            _read_attributes(facts, [], 0, Candidate("", 0, 0), part, published_on)
        found[index] = entries
        if entries:
            previous = entries
            # "项目…" after a list is about the list, not its last item (A、B等15个项目集中开工。项目涉及…).
            last = entries[-1][0]
            previous_listed = bool(last.name) and (
                last.group is not None or len(_run(text, candidates, len(candidates) - 1)) > 1
            )
        companies = _COMPANY.findall(text)
        if companies:
            last_company = _cut_left(companies[-1], _BOUNDARY)
    facts, investments = [], []
    for project in projects:
        attributes = project.attributes
        phase = phase_of(project.name)
        parent = _parent_name(project.name, phase, projects)
        facts.append(ProjectFact(
            name=project.name,
            sentence=project.sentences[0],
            sentences=tuple(project.sentences),
            aliases=tuple(a for a in project.aliases if a != project.name),
            district_adcode=district_adcode,
            phase=phase,
            parent_name=parent,
            sector=_sector(project.name),
            capacity_text=attributes.get("capacity_text") or _capacity_in_name(project.name),
            **{k: v for k, v in attributes.items() if k != "capacity_text"},
        ))
        seen = set()
        for investment in project.investments:
            key = (investment.kind, investment.amount_yuan)
            if key not in seen:
                seen.add(key)
                investments.append(replace(investment, project_key=project.name))
    return ProjectMentions(
        projects=tuple(facts),
        investments=tuple(investments),
        candidates={i: [(c, p.name) for c, p in entries] for i, entries in found.items()},
    )


def _name_column(line: str) -> int | None:
    """Where a table's header (项目名称 | 总投资 | 需要协调解决的问题 |) has its names."""
    if line.count("|") < 3:
        return None
    cells = [cell.strip() for cell in line.split("|")]
    return next((at for at, cell in enumerate(cells) if cell in ("项目名称", "项目", "工程名称", "名称")), None)


def _table_cell(line: str, column: int) -> tuple[int, int] | None:
    """The span of a table row's name cell (4 | 某县示范幼儿园 | 投入使用 …), if the line is a row."""
    if not _TABLE_ROW.match(line):
        return None
    cells = line.split("|")
    if len(cells) <= column + 1:
        return None  # …and the row goes on past it, so the cell is whole
    start = sum(len(cell) + 1 for cell in cells[:column])
    name = cells[column].strip()
    if not 3 <= len(name) <= 60 or not _CJK_AT.search(name):
        return None
    start = line.index(name, start)
    return start, start + len(name)


def _named_again(sentence: str, projects: list[_Project], short_names: dict[str, _Project]) -> _Project | None:
    """A project named again in a form too generic to be read as a name alone: without the park
    before it (``公共服务区建设项目由某公司投资建设`` after ``某某工业园公共服务区建设项目``), or by
    the short name a bracket gave it (``东方诚负责人…`` after ``某某产业基地(以下简称“东方诚”)``)."""
    for project in reversed(projects):
        name = project.name
        for head in _SUFFIX.finditer(name, 0, len(name) - 6):
            tail = name[head.end():]
            at = sentence.find(tail)
            if at < 0 or not _SUFFIX_AT_END.search(tail):
                continue
            if at == 0 or not _CJK_AT.match(sentence, at - 1) or sentence[at - 1] == "的":
                return project
    return next((project for short, project in short_names.items() if sentence.startswith(short)), None)


def _continues(sentence: str, name: str) -> bool:
    """Whether a sentence goes on about the project named just before: 该项目…, 二期预计…, or the
    project's own head noun (小镇于2018年开工 after 某某颐养小镇)."""
    if _CONTINUED.match(sentence) or _TOLD_OF.search(sentence):
        return True
    head = _SUFFIX_AT_END.search(re.sub(r"(?:建设)?项目$", "", name) or name)
    return bool(head) and len(head.group()) >= 2 and sentence.startswith(head.group())


def _phase_clauses(text: str, candidates: list[Candidate]) -> Iterator[tuple[str, re.Match]]:
    """``分二期推进,一期投资1.25亿元、占地72亩``: a phase's own facts, in a clause of their own
    (or before its project: ``一期计划投资21.8亿元的某某产业园项目``)."""
    for match in _PHASE_CLAUSE.finditer(text):
        if any(c.start <= match.start() < c.end for c in candidates):
            continue  # the phase is part of a name
        yield match.group("phase"), match


def _owner_at(entries: list[tuple[Candidate, _Project]], position: int) -> _Project | None:
    """The project a phase clause at ``position`` speaks of: the last named before it, else the
    first after it (一期…的某某项目)."""
    before = [p for c, p in entries if c.end <= position]
    if before:
        return before[-1]
    return entries[0][1] if entries else None


def _phase_project(projects: list[_Project], owner: _Project, phase: str) -> _Project:
    """The article's project for ``owner``'s phase, named after it (某某项目一期)."""
    for project in projects:
        if project is owner or phase_of(project.name) != phase:
            continue
        # (一期投资900万元,…,一期工程计划年底投产: a phase told of twice is one)
        if project.name == owner.name + phase or any(same_project(owner.name, name) for name in project.names()):
            return project
    project = _Project(owner.name + phase)
    # 某某小镇项目一期 is also written 某某小镇一期.
    # In the owner's order (a set's order would change from run to run).
    cores = dict.fromkeys(re.sub(r"(?:建设)?项目$", "", n) for n in owner.names())
    project.aliases += [n + phase for n in cores if n + phase != project.name]
    projects.append(project)
    return project


def find_candidates(
    text: str, place_names: tuple[str, ...] = (), *, list_goes_on: bool = False, table_cell: tuple[int, int] | None = None,
) -> list[Candidate]:
    """Project names in one sentence, left to right, without overlaps.

    >>> [c.name for c in find_candidates("目前,南湖广场、金桥商业广场等4个项目已开工")]
    ['南湖广场', '金桥商业广场']
    >>> [c.name for c in find_candidates("推动解决某某汽车零部件生产项目的电力安装推进缓慢问题")]
    ['某某汽车零部件生产项目']
    >>> find_candidates("全区重点跟踪、洽谈项目76个,装备制造业项目和117个项目")
    []
    """
    introduced = _COMPANY_AS_PROJECT.match(text)
    if introduced:  # 某某有限公司是2012年引进的循环经济项目: the company names the undertaking
        company = introduced.group("company")
        return [Candidate(company, 0, len(company))]
    found, kinds_listed = _enumeration_candidates(text, place_names)
    if table_cell is not None and is_project_name(text[slice(*table_cell)].replace(" ", ""), place_names):
        # A table's name column names its row's project, whatever its head noun (城东新区路网建设).
        found = [c for c in found if c.end <= table_cell[0] or c.start >= table_cell[1]]
        found.insert(0, Candidate(text[slice(*table_cell)], *table_cell))
    if list_goes_on and (placed := _PLACED_ITEMS.match(text)):
        # 如:甲镇的A、B等;乙镇的C、D等;…: after a semicolon the list goes on, place by place.
        clause_end = _LIST_END.search(text, placed.end())
        found += _items(text, placed.end(), clause_end.start() if clause_end else len(text), place_names, 0)
    if not found and (reasoned := _REASON_GIVEN.match(text)) and is_project_name(reasoned.group("name"), place_names):
        found.append(Candidate(reasoned.group("name"), reasoned.start("name"), reasoned.end("name")))
    taken = [(c.start, c.end) for c in found] + kinds_listed  # a list of kinds names no project
    for candidate in [*_priced_candidates(text, place_names), *_suffix_candidates(text, place_names)]:
        if all(candidate.end <= s or candidate.start >= e for s, e in taken):
            found.append(candidate)
            taken.append((candidate.start, candidate.end))
    named = [(c.start, c.end) for c in found]
    found = sorted((c for c in found if _stands_alone(text, c, named)), key=lambda c: c.start)
    # 某某项目计划总投资89.5亿元,主要建设内容为A和B项目: what a project named first builds is its part,
    # and so is each item listed after a part (建设A乐园、B中心、C酒店等).
    kept: list[Candidate] = []
    part = False
    for i, c in enumerate(found):
        before = text[found[i - 1].end:c.start] if i else ""
        part = i > 0 and (_builds_part(text, found[i - 1].end, c.start) or part and before in _LIST_JOINERS
                          or _SECTIONS.search(text, found[i - 1].end, c.start) is not None
                          or _IN_ITS_PARENS.match(before) is not None)
        if not part:
            kept.append(c)
    return kept


def _builds_part(text: str, after: int, start: int) -> bool:
    """Whether a part word in the clause before ``start`` (and after a name ending at ``after``)
    makes the name at ``start`` a part of that one (配套建设3×50MW余热发电机组项目)."""
    parts = list(_PART_OR_GOAL.finditer(text, after, start))
    if not parts or parts[-1].group() == "建成":  # 年内建成投产 ends what came before
        return False
    return not _PART_CLAUSE_END.search(text, parts[-1].end(), start + 1)


def _stands_alone(text: str, candidate: Candidate, named: list[tuple[int, int]] = ()) -> bool:
    """Whether the clause around a candidate reads it as one undertaking: not a planning concept
    (等“一区四园”的产业格局 — concept enumerations close with quotes, so look past them), not a
    class counted after its name (某某功能区项目28个), not a goal or a component of another
    project (打造某某中心; 主要建设某某生产线, anywhere earlier in the sentence)."""
    if _CONCEPT.search(text, candidate.end, candidate.end + 60):
        return False
    if candidate.group is None and _COUNT_AFTER.match(text, candidate.end):
        return False
    if text.endswith(("纳入", "列入", "列为", "入选", "该项目为", "该项目是", "该项目系", "该项目属于", "该工程为"), 0, candidate.start):
        return False  # 该项目被纳入2022年度某县民生实事项目, 该项目为省补短板项目: the list it joined, not a project
    if text.endswith("在", 0, candidate.start) and text.startswith(("举行", "召开", "举办"), candidate.end):
        return False  # 开工仪式在某某工业园举行: the venue
    if (text.endswith("会场设在", 0, candidate.start) and not candidate.name.endswith(lexicon.STRONG_SUFFIXES)
            and not re.match(r"[^,，;；。]{0,4}现场", text[candidate.end:])):
        return False  # 主会场设在某某中心: the venue (设在某某项目, 设在某某中心开工现场: a project's site)
    if _COUNT_BEFORE.search(text, 0, candidate.start):
        return False  # 对14个行政村14.5公里公路进行改建: what is counted is many, not one name
    if _BATCH_NAMED.match(text, candidate.end):
        return False  # 某某建设项目2022年度第二批集中开工: a province's programme, in batches
    if _AGENCY_AFTER.match(text, candidate.end):
        return False
    if _REFERRED_BACK.fullmatch(text, 0, candidate.start) or text.endswith(("既是", "也是", "又是"), 0, candidate.start):
        return False  # 这个总投资10亿元的某某项目, 既是某区重点基础设施项目: what it is, not another
    if _WHAT_IT_IS.search(text, 0, candidate.start):
        return False  # 该项目是集仓储、配送等功能于一体的某某中心: what the project is, not another
    if text.endswith("一批", 0, candidate.start):
        return False  # 引进A、B等一批代表性回归项目: what the listed ones are, not one more
    if _EQUIPMENT_LISTED.match(text, candidate.end) or text.endswith("购置", 0, candidate.start):
        return False  # 安装叠合楼板线、钢筋生产线等设备: a plant's equipment; 路面工程等分项工程: a works' parts
    if _TO_BECOME.search(text, 0, candidate.start):
        return False  # 号称将成为全国规模最大的某某生产基地: what it is to become, not another project
    if text.endswith(("坐落于", "坐落在", "位于", "地处"), 0, candidate.start):
        return False  # 某某项目坐落于县城区中心: where it is
    if candidate.name.endswith(lexicon.STRONG_SUFFIXES) or "期" in candidate.name[-4:]:
        return True
    if candidate.counted:
        return True  # 主要包括A、B等22个项目: the list says its items are projects
    # …a part word inside another name (某医院异地新建项目、某科创中心等) is that name's.
    return not any(
        not any(s <= m.start() < e for s, e in named) for m in _PART_OR_GOAL.finditer(text, 0, candidate.start)
    )


@lru_cache(maxsize=4096)  # pure, and the same names come back sentence after sentence
def is_project_name(name: str, place_names: tuple[str, ...] = ()) -> bool:
    """Whether a candidate names an undertaking rather than a category, count or campaign.

    >>> [is_project_name(n) for n in ("鼎盛天成智能制造产业园", "装备制造业项目", "117个项目", "重大项目专班")]
    [True, False, False, False]
    """
    if len(name) < 3 or _NOT_A_PROJECT.search(name) or "以上" in name or _TOTALLED.search(name):
        return False
    if name.endswith(("类", "类型")):
        return False  # 基础设施类、生态保护类等项目: classes
    if _KINDS_OF_WORK.fullmatch(name) or name.endswith(("及项目", "和项目", "与项目", "及工程", "和工程", "与工程")):
        return False  # 技改升级, 复工复产: what kind of work; 某公司及项目: the company and its works
    if name.startswith(("“", "『", "「", "‘")) and len(_SUFFIX_AT_END.sub("", re.split("[”』」’]", name)[-1])) < 4:
        return False  # a slogan's nickname: 推动“七未”项目攻坚, 『一会三函』等措施
    if name.count("“") != name.count("”"):
        return False  # cut inside a quoted slogan: 实施“三个一百”工程 leaves 一百”工程
    if name.endswith(lexicon.ABSTRACT_ENDINGS) or _PLACE_ONLY.fullmatch(name):
        return False
    core = _SUFFIX_AT_END.sub("", name)
    if not core:
        return False  # a head noun alone (养殖场, 产业园) names nothing
    if _COUNT.match(core) or _NUMERALS.fullmatch(core) or _TOP_N.search(core):
        return False  # 百千万工程, 三个一工程: a programme's slogan
    named_core = core
    for place in sorted(place_names, key=len, reverse=True):
        core = core.replace(place, "")
    for division, start, end, _ in reversed(find_divisions(core)):
        core = core[:start] + core[end:]
    placed = core != named_core
    core = _YEAR.sub("", core)
    # 拆迁工程 is as bare as 电力项目; 县中医院新建项目 has a head noun of its own.
    own_head = any(m.group() not in lexicon.STRONG_SUFFIXES for m in _SUFFIX.finditer(core))
    bare = name.endswith(("项目", "工程")) and core == _YEAR.sub("", name[:-2]) and (
        not own_head or core.endswith(lexicon.CATEGORY_ENDINGS))
    firm = _FIRM_TRADE.fullmatch(core) is not None and not _CATEGORY.search(core[:2]) and core[:2] not in lexicon.TRADE_QUALITIES
    if bare and (core.endswith("业") and not firm or distinctive(name, place_names) in lexicon.INDUSTRY_WORDS):
        return False  # an industry: 装备制造业项目, 农产品加工业项目, 高端纺织项目
    # 学科建设项目, 生态林果业建设项目: a kind of work or an industry built up, no name.
    built = name.endswith("建设项目") and core == _YEAR.sub("", name[:-4]) and not own_head
    if built and (len(core) <= 2 or core.endswith("业") and not core.endswith("产业")):
        return False
    if bare and core.endswith(lexicon.CATEGORY_ENDINGS):
        return False
    rest = re.sub(r"[\d.+\-#·()（）]", "", _CATEGORY.sub("", core))
    # A place and a head noun name one undertaking (某县综合物流园一期, 某区科技产业园项目, 某县示范幼儿园);
    # a place and a bare 项目 do not.
    head = _SUFFIX_AT_END.search(re.sub(r"(?:建设)?项目$", "", name))
    place_and_head = placed and not bare and (own_head or head is not None and head.group() not in ("项目", "工程"))
    # A name ending in a bare 项目 has nothing else to show it is a name: ask for more of it.
    if len(rest) < (4 if bare else 2) and not place_and_head:
        return False
    return len(distinctive(name, place_names)) >= 2 or place_and_head


def _enumeration_candidates(text: str, place_names: tuple[str, ...]) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Items of lists closed by 等…项目 (some counted after: 等某某功能区项目28个) or opened by
    类项目,如…; and the spans of lists of kinds (等产业项目), which name no project."""
    found = []
    kinds_listed = []
    group = 0
    previous_closer_end = 0
    for closer in _CLOSER.finditer(text):
        clause_start = max((m.end() for m in _ITEMS_END.finditer(text, 0, closer.start())), default=0)
        opened = text.rfind("“", max(clause_start - 14, 0), clause_start - 1)
        if text.startswith("”", clause_start - 1) and opened >= 0 and clause_start < closer.start():  # “某某·某巷”文旅综合开发、…: the quote opens the name
            clause_start = max((m.end() for m in _ITEMS_END.finditer(text, 0, opened)), default=0)
        # 签约的A等6个项目、开工的B等12个项目: a list starts after the one closed before it.
        if 0 < previous_closer_end >= clause_start:
            clause_start = previous_closer_end + (text[previous_closer_end:previous_closer_end + 1] in ("、", "和", "及", "与"))
        previous_closer_end = closer.end()
        # 县委副书记、县长某某深入A、B等项目施工现场: the list starts after the visit.
        clause_start = max((m.end() for m in _LIST_LEAD.finditer(text, clause_start, closer.start())), default=clause_start)
        # 与A协会、B公司等在C、D等16个项目进行了签约: the parties come first, the projects after them.
        clause_start = max((m.end() for m in _PARTIES_BEFORE.finditer(text, clause_start, closer.start())), default=clause_start)
        # A、B,以及C等27个项目: after a comma, 以及 goes on with the list before it.
        while text.startswith("以及", clause_start) and text[clause_start - 1] in ",，" and "等" not in text[clause_start:closer.start()]:
            earlier = max((m.end() for m in _ITEMS_END.finditer(text, 0, clause_start - 1)), default=0)
            if "、" not in text[earlier:clause_start]:
                break
            clause_start = earlier
        items = text[clause_start:closer.start()]
        # 某某网讯(记者某某 通讯员某某、某某)A、B等项目: the list starts after the byline.
        if byline := _BYLINE.search(items):
            clause_start += byline.end()
            items = text[clause_start:closer.start()]
        # 等传统项目 closes kinds of project; 等11个工业能源类项目, 等15个文化产业项目 and 等一大批
        # 优质产业链项目 count projects of a kind.
        counted_kind = (_COUNT_IN.search(closer.group()) or "批" in closer.group()) and _KIND_COUNTED.search(closer.group())
        kinds = re.search(lexicon.CATEGORY_CLOSER, closer.group()) and not counted_kind
        wished_for = "更多" in items.split("、")[0]  # 推动更多医疗养老、研发中心等项目落地: kinds hoped for
        # 电网建设、光伏发电等能源交通项目: works of a sector, none with a head noun of its own.
        sector_works = (_SECTOR.search(closer.group()) and not _COUNT_IN.search(closer.group())
                        and not any(map(_SUFFIX.search, items.split("、"))))
        # 民生服务、新兴产业等16个项目, 在农产品精深加工产业、…等16个项目: what the projects are
        # about, not their names (千璞汇玉产业 is a firm's).
        industries = any(map(_names_an_industry, items.split("、")))
        kinds = kinds or sector_works or industries or _fields_listed(items.split("、")) or _INDUSTRIES_COUNTED.search(closer.group())
        if kinds or wished_for or _NOT_LISTED_PROJECTS.match(text, closer.end()):
            if "、" in items:
                kinds_listed.append((clause_start, closer.end()))
            continue
        count = _CLOSER_COUNT.search(closer.group()) or _CLOSER_COUNT.match(text, closer.end())  # 等项目7个
        if not closer.group().startswith("等") and not _counted_list(items, closer.group(), count):
            continue
        group += 1
        found += _items(text, clause_start, closer.start(), place_names, group, closer.end(), counted=count is not None)
    for opener in _OPENER.finditer(text):
        clause_end = _SIGNING_OR_LIST_END.search(text, opener.end())
        group += 1
        counted = _COUNT_IN.search(opener.group()) is not None  # 新开工项目19家,包含A、B: projects, not parts
        if counted and (listed := _comma_items(text, opener, place_names, group)):
            found += listed
            continue
        found += _items(text, opener.end(), clause_end.start() if clause_end else len(text), place_names, group,
                        counted=counted)
    return found, kinds_listed


def _fields_listed(items: list[str]) -> bool:
    """医疗卫生、安居富民、教育、文化体育…: most items a field of public works, none with a head noun."""
    fields = sum(1 for item in items if _FIELD.search(item))
    return len(items) >= 3 and 2 * fields >= len(items) and not any(map(_SUFFIX.search, items))


def _names_an_industry(item: str) -> bool:
    for ending in lexicon.INDUSTRY_ENDINGS:
        if item.endswith(ending):
            rest = item.removesuffix(ending)
            return len(rest) <= 2 or rest.startswith(lexicon.INDUSTRY_WORDS)
    return False


def _comma_items(text: str, opener: re.Match, place_names: tuple[str, ...], group: int) -> list[Candidate]:
    """``续建项目13个,分别为A有限公司(正在建设厂房),B有限公司(暂停),…``: a counted list told
    with commas, each item a firm or a name with perhaps a note on where it stands; the note is
    no part of the name."""
    count = parse_number(_COUNT_IN.search(opener.group()).group()[:-1])
    found: list[Candidate] = []
    for segment in _SEGMENT.finditer(text, opener.end()):
        item = _NOTED_ITEM.fullmatch(segment.group().strip())
        if item is None or len(found) == count:
            break
        name = _strip_money_prefix(item.group("name"))  # 投资5000万元的某某项目
        if not (item.group("note") or name.endswith(("公司", "集团")) or _SUFFIX_AT_END.search(name)):
            break
        if not is_project_name(name, place_names):
            break
        offset = text.find(name, segment.start())
        # One group, so money told after the list is none of theirs; each item's note is its own.
        found.append(Candidate(name, offset, offset + len(name), group, segment.end(), counted=True, noted=True))
    return found if len(found) >= 2 else []


def _counted_list(items: str, closer: str, count: re.Match | None) -> bool:
    """A、B、C4个项目, A、B共2个重点企业项目, A、B四大重点工程, A和B2个项目: a bare count closes a
    list of as many items (the last two may be joined by 和); a plain 4个项目 also a 、-list whose
    last item ends in a head noun."""
    if count is not None:
        listed = items.split("、")
        listed[-1:] = _split_last_item(listed[-1])  # A、B和C3个项目, A和B2个项目
        n = parse_number(count.group("n"))
        if n >= 2 and n == len(listed) or "、" in items and n == items.count("、") + 1:
            return True
    if "、" not in items:
        return False
    return _PLAIN_COUNT.fullmatch(closer) is not None and _SUFFIX_AT_END.search(items) is not None


def _items(
    text: str, start: int, end: int, place_names: tuple[str, ...], group: int, group_end: int | None = None,
    *, counted: bool = False,
) -> list[Candidate]:
    """The project names among the 、-separated items of ``text[start:end]``."""
    found = []
    if described := _ALL_IN_ONE.search(text, start, end):
        start = described.end()  # 建设集仓储、运输、汽修一体化的某某中心项目: what it combines, not a list
    position = start
    items = _join_products(_ITEM_SEPARATOR.split(text[start:end]))
    if len(items) > 1 or counted and not text.startswith("等", end):  # A和B2个项目: two
        items[-1:] = _split_last_item(items[-1])
        # 、A厂和B项目、: inside the list 和 joins two items only after a whole name.
        items = [part for item in items[:-1] for part in _split_after_name(item)] + items[-1:]
    for index, item in enumerate(items):
        item_start = position + len(item) - len(item.lstrip())
        position += len(item) + 1  # (a ,以及 separator is longer: text.find below still finds the name)
        name = _strip_money_prefix(item.strip())
        company = None
        if (invested := _INVESTED_BY.search(name)) and invested.end() < len(name):
            company, name = _cut_left(invested.group("company"), _ITEM_BOUNDARY), name[invested.end():]
        # Only the first item runs on from the words before the list (集中开工A、B…); the others
        # are bounded by 、, and a word inside them is no boundary (南对河水库).
        name = (_cut_left(name, _ITEM_BOUNDARY) if index == 0 else name).strip("的").removeprefix("与").removeprefix("以及")
        # 具体为:A、B等: the list ends at 等; so does a list inside a list (A、B等枢纽配套、C等19个项目).
        kind = name.split("等")[-1]
        name = name.split("等")[0] if group_end is None or 0 < len(kind) <= 6 and not _COUNT_START.match(kind) else name
        name = _OWNER_OF.sub("", name)  # 水利局的某某项目, 华丰镇的某某项目: whose or where, not which
        name = _SITE.sub("", name)  # 先后到A项目现场、B项目现场: the project, not its site
        # 某公司投资的新能源产业园项目: the company makes a name of what alone is a kind of project.
        named = is_project_name(name, place_names) or company is not None and is_project_name(company + name, place_names)
        if name and named and not _COUNT.match(name):
            offset = text.find(name, item_start)
            found.append(Candidate(name, offset, offset + len(name), group, group_end or end, counted, company=company))
    return found


def _priced_candidates(text: str, place_names: tuple[str, ...]) -> list[Candidate]:
    """``总投资6.8亿元的某某医院新院区项目建设正酣``: what follows an investment and 的 is a name,
    up to its last head noun, even where 项目 runs on into 建设 or 推进."""
    found = []
    for money in find_money(text):
        built = _BUILT_BY_MONEY.match(text, money.end)
        if built is None or not _introduces_name(text, money):
            continue
        span = _NAME_SPAN.match(text, built.end())
        if span is None:
            continue
        item = _LISTED_ITEM.match(text, built.end())
        if not _INVESTMENT_WORD.search(text, 0, money.start) and item and is_project_name(item.group(), place_names):
            found.append(Candidate(item.group(), item.start(), item.end()))  # 、0.7亿元的A园区B和C项目、: the whole item
            continue
        chunk = span.group()
        ends = [m.end() for m in _SUFFIX.finditer(chunk) if not chunk.startswith(lexicon.SUFFIX_NOT_ENDING, m.end())]
        # The name runs to its last head noun before anything that cannot be inside a name.
        stop = next((m.start() for m in _BOUNDARY.finditer(chunk, 1) if ends and m.start() >= ends[0]), len(chunk))
        ends = [e for e in ends if e <= stop]
        if not ends:
            continue
        name = _cut_left(chunk[: ends[-1]], _ITEM_BOUNDARY)  # after 的, A和B项目 is one name
        if is_project_name(name, place_names):
            end = span.start() + ends[-1]
            found.append(Candidate(name, end - len(name), end))
    return found


def _join_products(items: list[str]) -> list[str]:
    """``某公司年产18万立方米A、15万平方米B``: an output with no maker and no head noun is the
    item before's second product, not another project; so are the units of one plant numbered in
    turn (``某1号、2号炉改造项目``)."""
    joined: list[str] = []
    for item in items:
        if (joined and item[:1].isdigit() and "年产" in joined[-1]
                and not _SUFFIX_AT_END.search(joined[-1]) and not _SUFFIX_AT_END.search(item)
                or joined and joined[-1][-2:-1].isdigit() and joined[-1].endswith("号") and _UNIT_NUMBER.match(item)):  # 某1号、2号炉改造项目
            joined[-1] += "、" + item
        else:
            joined.append(item)
    return joined


def _split_last_item(item: str) -> list[str]:
    """``A和B`` is two items unless B is A's industry (染料和医药中间体) or another product of
    its plant (年产100万立方混凝土和40万吨砂浆…项目)."""
    # After a head noun, 和 joins two names (…开发项目和某镇…项目) wherever else one stands.
    match = re.search(r"(?<=项目|工程)(?:和|及|以及)", item) or re.search(r"(?:和|及|以及)", item)
    if match is None:
        return [item]
    head, tail = item[:match.start()], item[match.end():]
    if match.group() != "和" and not (_SUFFIX_AT_END.search(head) or head.endswith("公司")):
        return [item]  # 年产50万件缸盖及缸盖总成项目: after 及 the first part must name something alone
    if (len(head) >= 2 and len(tail) >= 2 and not tail.startswith((*lexicon.INDUSTRY_WORDS, "配套"))
            and not tail[0].isdigit()):  # 沙地土壤改良和配套水利设施项目: what goes with it is one
        return [head, tail]
    return [item]


def _split_after_name(item: str) -> list[str]:
    match = re.search(r"[和及]", item)  # one character, as 、 is: _items counts offsets so
    if match is None:
        return [item]
    # 某产业园和算力中心项目 may be one undertaking; 某厂和甘肃某项目 or 某项目和某工程 are two.
    head, tail = item[: match.start()], item[match.end():]
    placed_tail = any(start == 0 for _, start, _, _ in find_divisions(tail))
    if head.endswith(lexicon.STRONG_SUFFIXES) or _SUFFIX_AT_END.search(head) and placed_tail:
        return [head, tail]
    return [item]


def _strip_money_prefix(item: str) -> str:
    """``总投资15亿元的X``, ``11.5亿元X``, ``年产5万吨的X`` → ``X`` (the money is read separately);
    ``3亿美元X`` → ``X``."""
    for money in find_money(item):
        if built := _BUILT_BY_MONEY.match(item, money.end) or _BUILDS.match(item, money.end) or _DETAIL_TO_NAME.match(item, money.end):
            return item[built.end():]
        if money.start == 0:
            return item[money.end:]
    return _SIZE_LEAD.sub("", _FOREIGN_MONEY_LEAD.sub("", item))


_FOREIGN_MONEY_LEAD = re.compile(r"^[\d.]+[万亿]*(?:美元|欧元|港元|港币|日元)")


# A short quoted nickname at a clause's start, right before a name.
_QUOTED_LEAD = re.compile(r"(?:^|(?<=[,，;；:：。、]))“[^“”,，。;；]{2,8}”$")


def _suffix_candidates(text: str, place_names: tuple[str, ...]) -> list[Candidate]:
    found = []
    for span in _NAME_SPAN.finditer(text):
        chunk = span.group()
        if _SUFFIX.search(chunk) is None:
            continue  # most spans of prose have no head noun at all
        # 三峡和顺100MW光伏项目 in 和顺县: a boundary word that opens the district's name is its first character.
        bounds = [(m.start(), m.end()) for m in _BOUNDARY.finditer(chunk) if not _opens_place(chunk, m.start(), place_names)]
        starts = [s for s, _ in bounds]  # ascending: finditer's matches do not overlap
        for seg_start in sorted({0, *(e for _, e in bounds), len(chunk)}):
            at = bisect_left(starts, seg_start)
            seg_end = starts[at] if at < len(starts) else len(chunk)
            if seg_end <= seg_start:
                continue
            end = _last_name_end(chunk, seg_start, seg_end)
            if end is None:
                continue
            if chunk.endswith("项目工程", 0, end):
                end -= 2  # 在城市会客厅项目工程现场举行: the works of the project
            name = chunk[seg_start:end]
            if not _opens_place(name, 0, place_names):
                name = name.lstrip("和及与、到")  # 一行到某某公路: the verb
            name = _LIST_MARKER.sub("", name)
            start = span.start() + end - len(name)
            if start == 0:
                name = _ITEM_NUMBER.sub("", name)  # a line led by its item's number: 2利通区…项目
            if start == span.start():
                name = _with_listed_products(text, start, name) + name
            name = _ZONE_BEFORE_COMPANY.sub("", _after_category(name, place_names))
            if (led := _PHASE_LED.match(name)) and len(name) - led.end() >= 4 and is_project_name(name[led.end():], place_names):
                name = name[led.end():]  # 一期凤凰塬舍项目主要建设…: the phase is named by its own name
            start = span.start() + end - len(name)
            quoted = _QUOTED_LEAD.search(text, 0, start) if start == span.start() else None
            if quoted and is_project_name(name, place_names):
                name, start = quoted.group() + name, quoted.start()  # “某某宁州”文化创意街区项目: the nickname leads the name
            if is_project_name(name, place_names):
                found.append(Candidate(name, start, start + len(name)))
    return found


def _opens_place(text: str, at: int, place_names: tuple[str, ...]) -> bool:
    return any(text.startswith(place, at) for place in place_names)


def _after_category(name: str, place_names: tuple[str, ...]) -> str:
    """``省百大项目某某加工项目`` → ``某某加工项目``: a class of projects before a name is no part of it."""
    # …also where the name holds 项目 again (重点项目某公司…项目(一期)).
    for inner in (name.rfind("项目", 0, len(name) - 2), name.find("项目", 0, len(name) - 2)):
        if inner > 0 and not is_project_name(name[: inner + 2], place_names):
            return name[inner + 2:]
    return name


def _with_listed_products(text: str, start: int, name: str) -> str:
    """The products listed before a name that begins at ``start``, which share its head noun:
    after a company, a price or an output (某某公司液氧、液氮、液氩储存设施项目; 总投资1.2亿元的
    某某电子高频、高速、覆铜板项目), or after a whole name (A项目、FFC软排线、电子线束生产线项目)."""
    if not text.startswith("、", start - 1) or not _SUFFIX_AT_END.sub("", name):
        return ""  # …、周调度任务、项目周期: a bare head noun shares nothing
    clause_start = max((m.end() for m in _ITEMS_END.finditer(text, 0, start)), default=0)
    *items, _ = text[clause_start:start].split("、")
    if items and _HEADING_NUMBER.fullmatch(items[0].strip()):
        items = items[1:]  # 四、某某公司…项目: a heading's number, not a product
    products = list(itertools.takewhile(lambda item: not _SUFFIX.search(item) and "等" not in item, reversed(items)))[::-1]
    # A product is a word or two (高频, 液氮), or an output and its product (5000万米汽车密封条).
    if not products or any(len(item) > (12 if _CAPACITY.match(item) else 6) for item in products[1:]):
        return ""
    # …or after a whole name and a company's first product (A项目、某公司管材修复、防腐内涂层生产线项目).
    after_a_name = len(products) < len(items) and not (
        (company := _COMPANY.search(products[0])) and company.end() < len(products[0]))
    if after_a_name:
        # 观摩了A项目、FFC软排线、电子线束生产线项目: after a whole name, items without a head
        # noun of their own are products of the next (but 某路南段、某加油站 are two works).
        if len(products[0]) > 6 or not name.endswith(lexicon.STRONG_SUFFIXES) or any(map(_COMPANY.search, products)):
            return ""
        return "、".join(products) + "、"
    first = _strip_money_prefix(products[0])
    if (moneys := find_money(first)) and moneys[-1].end == len(first):
        return ""  # 实施了总投资13.4亿元、年产10万吨某某项目: the price ends the item, no product follows it
    # A、B及C项目 is one list of products: 及 joins its last item, which carries the head noun.
    joined = re.search(r"[及和]", name) and len(products) <= 3 and len(_cut_left(first, _ITEM_BOUNDARY)) <= 8
    if not joined and (first == products[0] and not (_COMPANY.search(first) or _CAPACITY.search(first))
                       or first.endswith(("公司", "集团"))):
        return ""  # the first item must carry a product and the company, price or output it is for
    return _cut_left(first, _ITEM_BOUNDARY) + "、" + "".join(p + "、" for p in products[1:])


def _last_name_end(chunk: str, start: int, end: int) -> int | None:
    """Where the last project name in ``chunk[start:end]`` ends, if any."""
    best = None
    for match in _SUFFIX.finditer(chunk, start, end):
        following = chunk[match.end():]
        if following.startswith(lexicon.SUFFIX_NOT_ENDING):
            if match.group().endswith("项目工程"):
                best = match.end() - 2  # 某某项目工程款: the project, then what it pays
            continue
        # 项目建设, 项目规划: 项目 as a modifier, unless its words give an output (380立方米…改造项目规划).
        if (match.group() == "项目" and following.startswith(lexicon.PROJECT_AS_MODIFIER)
                and not following.startswith(lexicon.PROJECT_SITE) and not _CAPACITY.search(chunk, start, match.start())):
            continue
        strong = match.group().endswith(lexicon.STRONG_SUFFIXES) or "期" in match.group()
        if strong or not following or _CONTINUATION.match(following):
            best = match.end()
    return best


def _cut_left(text: str, boundary: re.Pattern) -> str:
    cut = 0
    for match in boundary.finditer(text):
        if match.end() < len(text):
            cut = match.end()
    return text[cut:]


def _resolve_company(name: str, last_company: str | None) -> tuple[str, str | None]:
    """``该公司年产…项目`` names the company mentioned last; a name may start with its company."""
    if _COREFERENT.match(name) and last_company:
        return last_company + _COREFERENT.sub("", name), last_company
    match = _COMPANY.match(name)
    if match and match.end() < len(name):
        return name, match.group()
    return name, None


def _merge(
    projects: list[_Project], name: str, place_names: tuple[str, ...], company: str | None = None,
    apart: list[_Project] = (),
) -> _Project:
    """The article's project this name refers to (the fullest spelling becomes the name); a
    name that starts with its company (某集团某某项目) also agrees without it."""
    bare = distinctive(name.removeprefix(company), place_names) if company else ""

    def agrees(known: str) -> bool:
        if same_project(name, known, place_names=place_names):
            return True
        # Without its company a name must still lead with what is its own (片区开发 is anyone's).
        core = distinctive(known, place_names)
        leads = core.startswith(bare) or bare.startswith(core) and len(core) >= 2
        return len(bare) >= 2 and phase_of(name) == phase_of(known) and leads

    spelling = comparable(name)
    for project in projects:
        spelled = {comparable(n) for n in project.names()}
        kept_apart = any(project is other for other in apart)
        if spelling in spelled or not kept_apart and any(map(agrees, project.names())):
            if spelling not in spelled:
                if len(name) > len(project.name):
                    project.aliases.append(project.name)
                    project.name = name
                else:
                    project.aliases.append(name)
            return project
    project = _Project(name)
    projects.append(project)
    return project


def _scope(text: str, candidates: list[Candidate], position: int, candidate: Candidate) -> tuple[int, int]:
    """The text a candidate's facts are read from: after it (or after its enumeration's closer)
    up to the next candidate outside its enumeration."""
    if candidate.noted:
        return candidate.end, candidate.group_end
    start = candidate.group_end if candidate.group is not None else candidate.end
    if text.startswith("外", start) and text.endswith("除", 0, candidate.start):
        return start, start  # 除A项目外,该区将抓好69个重点项目,总投资…: the others' facts
    end = len(text)
    for other in candidates[position + 1:]:
        if other.start >= start and (candidate.group is None or other.group != candidate.group):
            end = other.start
            break
    return start, max(start, end)


def _read_attributes(
    text: str,
    candidates: list[Candidate],
    position: int,
    candidate: Candidate,
    project: _Project,
    published_on: dt.date | None,
    skipped: list[tuple[int, int]] = (),
) -> None:
    """Read a project's facts from its scope in ``text``, leaving out the ``skipped`` spans
    (its phases' own clauses)."""
    attributes = project.attributes
    if candidate.name:
        start, end = _scope(text, candidates, position, candidate)
        money_before = _money_before(text, candidate)
        if money_before and not _PHASE_BEFORE_MONEY.search(text, 0, money_before.start) and not _leads_list(text, candidates, candidate):
            project.investments.append(_investment(money_before, text))
    else:  # a continued sentence: all of it
        start, end = 0, len(text)
    scope = text[start:end]
    # Money after an enumeration is the group's, unless it lists one project and counts nothing;
    # so is money after a run of names (A项目、B项目,总投资…), unless it is paired (分别投资X和Y).
    run = _run(text, candidates, position) if candidate.name else []
    # 以A项目为代表的重大工业项目25个,总投资87.5亿元: the class's money, not A's.
    shared = len(run) > 1 or text.startswith("为代表", candidate.end) or candidate.group is not None and (
        sum(1 for c in candidates if c.group == candidate.group) > 1
        or _COUNT_AFTER.search(text, candidate.end, candidate.group_end) is not None
        or _COUNT_AFTER.match(text, candidate.group_end) is not None
    )
    if candidate.group is not None and candidate.group_end:
        # A、B、C等3个总投资均为5000万元的项目: each listed project's own amount.
        listed_end = max(c.end for c in candidates if c.group == candidate.group)
        closer = text[listed_end:candidate.group_end]
        each = _EACH.search(closer)
        moneys = find_money(closer)
        if each and moneys and moneys[0].start == each.end():
            project.investments.append(_investment(moneys[0], text, closer[:moneys[0].start]))
    if len(run) > 1:
        last = candidates[run[-1]]
        # A项目、B项目投资总额均为3亿元: each one's.
        if (each := _EACH.match(text, last.end)) and (moneys := find_money(text[each.end():])) and moneys[0].start == 0:
            project.investments.append(_investment(moneys[0], text, text[last.end:each.end()]))
        paired = _RESPECTIVELY.match(text, last.group_end or last.end)
        moneys = find_money(paired.group()) if paired else []
        told = paired.group()[:moneys[0].start] if moneys else ""
        if len(moneys) == len(run) and (_INVESTMENT_WORD.search(told) or _INVESTMENT_WORD_FIRST.search(told)):
            money = moneys[run.index(position)]
            project.investments.append(_investment(money, text, paired.group()[:money.start]))
    def own(item) -> bool:
        return not any(s <= start + item.start < e for s, e in skipped)

    for money in filter(own, find_money(scope)):
        before = scope[:money.start]
        if "其中" in before and any(i.sentence == text for i in project.investments):
            continue  # 总投资299亿元,其中投资86亿元,建设…: the parts of a total already read
        described = not candidate.name and (referred := _REFERRED_BACK.match(text)) and money.end < referred.end()
        if (_BUILT_BY_MONEY.match(scope, money.end) and not described
                or end < len(text) and _MONEY_TO_NAME.fullmatch(scope, money.end)):
            continue  # 总投资10亿元的X, 投资1.5亿元建设X: the next name's money
        threshold = money.qualifier == "以上" and scope[money.end:].startswith(("项目", "的"))
        respectively = "分别" in before  # A和B项目分别投资5亿元和3亿元: not all of it this name's
        monthly = _MONTH_BEFORE.search(before) is not None  # 5月份计划投资350万元: one month's, not the project's
        if (_INVESTMENT_WORD.search(before) and not shared and not threshold and not respectively and not monthly
                and not _GROUP_MONEY.search(before)):
            project.investments.append(_investment(money, text, before))
        elif _REVENUE.search(before) and "revenue_text" not in attributes:
            attributes["revenue_text"] = _phrase(before, _REVENUE) + money.text
        elif _TAX.search(before) and "tax_text" not in attributes:
            attributes["tax_text"] = _phrase(before, _TAX) + money.text
    for quantity in filter(own, find_quantities(scope)):
        before = scope[:quantity.start]
        if quantity.unit in _AREA_UNITS and quantity.value_m2 is not None and _LAND_WORD.search(before):
            attributes.setdefault("land_area_m2", quantity.value_m2)
            attributes.setdefault("land_area_text", quantity.text)
        elif _CAPACITY_WORD.search(before) and quantity.unit not in _AREA_UNITS | {"percent"}:
            attributes.setdefault("capacity_text", quantity.text)
    progress = _PROGRESS.search(scope)
    if progress and "progress_text" not in attributes:
        attributes["progress_text"] = progress.group().strip()
    dates = find_dates(text, published_on)
    # 调研了A、B和C,在项目施工现场…: what follows a run of names tells each one's stage.
    run_end = candidates[run[-1]].end if len(run) > 1 else None
    status, stage = _status(text, start, end, candidate, run_end)
    if status:
        attributes["status"] = status
        attributes["status_sentence"] = text
        if status == "under_construction" and stage is not None:
            start_on = _date_before(dates, stage.start())
            if start_on:
                attributes.setdefault("start_on", start_on)
    for mention in dates:
        if start <= mention.start < end and mention.on and _COMPLETION_WORD.match(text[mention.end:]):
            attributes.setdefault("planned_completion_on", mention.until or mention.on)


def _batch_stage(text: str) -> tuple[str, str] | None:
    """(stage, sentence) when ``text`` counts a batch of projects at one stage (集中开工项目10个,
    此次开工项目中)."""
    if not _BATCH.search(text):
        return None
    status, _ = _last_stage(text, 0, len(text))
    return (status, text) if status else None


def _list_stage(text: str, earlier: list[str]) -> tuple[str, str, int] | None:
    """The stage reported for the N projects ``text`` lists (by itself, or by the sentence
    before it), with the sentence that says it and where the list starts. ``earlier`` holds the
    sentences before ``text``, nearest first."""
    before = earlier[0] if earlier else ""
    listed = _COUNTED_LIST.search(text)
    if listed is not None and (own := _last_stage(text, 0, listed.start())[0]):
        return own, text, listed.end()  # 签约的7个项目分别是:A,…;B,…
    if listed is not None and re.search(rf"(?<![\d.]){listed.group('count')}(?:个|项)", before):
        start = listed.end()
    elif (among := _AMONG.match(text)) and _COUNTED_PROJECTS.search(before):
        start = among.end()  # 集中开工的4个重点项目…。其中,A…;B…
    elif attached := _ATTACHED.match(text):
        # 附项目概况:A,…;B,…: the projects an earlier sentence counted and gave the stage of.
        for sentence in earlier:
            status, _ = _last_stage(sentence, 0, len(sentence))
            if status and _COUNTED_PROJECTS.search(sentence):
                return status, sentence, attached.end()
        return None
    else:
        return None
    status, _ = _last_stage(before, 0, len(before))
    return (status, before, start) if status else None


def _run(text: str, candidates: list[Candidate], position: int) -> list[int]:
    """The positions of the names listed together with ``candidates[position]`` (A、B和C)."""
    run = [position]
    while run[0] > 0 and _joined(text, candidates[run[0] - 1], candidates[run[0]]):
        run.insert(0, run[0] - 1)
    while run[-1] + 1 < len(candidates) and _joined(text, candidates[run[-1]], candidates[run[-1] + 1]):
        run.append(run[-1] + 1)
    return run


def _joined(text: str, a: Candidate, b: Candidate) -> bool:
    return bool(a.name and b.name) and text[a.end:b.start] in _LIST_JOINERS


def _status(
    text: str, start: int, end: int, candidate: Candidate, run_end: int | None = None,
) -> tuple[str | None, re.Match | None]:
    """The stage a sentence reports for a project, read from (in this order) its enumeration's
    closer (等24个新开工项目), its scope after the name, its clause before the name, and the rest
    of the sentence before it (此次开工的项目包括…). Within a window the last stage word wins, since
    reports tell a project's stages in order (取得批复,已开工建设); plans do not count."""
    if not candidate.name:
        return _last_stage(text, 0, len(text))
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, candidate.start)), default=0)
    windows = [(start, end), (clause_start, candidate.start), (0, clause_start)]
    if run_end is not None and run_end > end:
        windows.append((run_end, len(text)))
    if candidate.group is not None and candidate.group_end:
        # A list's closer tells its items' stage before the sentence goes on to the next list
        # (涵盖A、B等10个签约项目,同时集中开工C、D等6个项目).
        windows.insert(0, (candidate.end, candidate.group_end))
    for window_start, window_end in windows:
        status, match = _last_stage(text, window_start, window_end)
        if status:
            return status, match
    return None, None


def _last_stage(text: str, window_start: int, window_end: int) -> tuple[str | None, re.Match | None]:
    found: tuple[str | None, re.Match | None] = (None, None)
    for match in _STAGE.finditer(text, window_start, window_end):
        if text.startswith(lexicon.NOT_A_STAGE, match.start()):
            continue
        if _AFTER.match(text, match.end()) or _STALLED.match(text, match.end()):
            continue  # 建成后将年产…: a condition; 投产陷入停滞: a stage not reached
        status = _STAGE_STATUS[match.group()]
        built_what = _CJK_AT.match(text, match.end()) and not text.startswith(lexicon.AFTER_COMPLETION, match.end())
        if status == "completed" and built_what:
            continue  # 已建成返乡创业园74亩: a part was built
        # 迟迟未开工, 暂未实质性开工; 尚不具备开工条件 is not started either.
        lead = max(0, match.start() - 6)  # the words just before the stage word
        not_yet = (_NOT_YET.search(text, lead, match.start()) is not None or text.startswith("条件", match.end())
                   or match.group() in ("开工", "动工") and _CANNOT_START.search(text, lead, match.start()) is not None)
        if not_yet or _FUTURE.search(text[max(window_start, match.start() - 16):match.start()]):
            if match.group() in ("开工", "动工", "开复工") and found[0] is None:
                found = ("planned", None)  # 计划于6月开工: not started; 预计4月30日完成土建施工 says no more
            continue
        found = (status, match)
    return found


def _date_before(dates, position: int) -> dt.date | None:
    for mention in dates:
        if mention.on and 0 <= position - mention.end <= 2:
            return mention.on
    return None


def _leads_list(text: str, candidates: Sequence[Candidate], candidate: Candidate) -> bool:
    """Whether ``candidate`` opens a list whose other items have no money of their own before them:
    投资136.6亿元的A、B等21个项目 is the list's money, not A's."""
    listed = [c for c in candidates if c.group is not None and c.group == candidate.group]
    return len(listed) > 1 and listed[0] is candidate and not any(_money_before(text, c) for c in listed[1:])


def _money_before(text: str, candidate: Candidate) -> Money | None:
    """``总投资15亿元的X``, ``计划投资20亿元建设X``: the amount written just before the name; and
    ``总投资1.2亿元,填补某某空白的X;``: a clause of its own that leads to the name and no further."""
    for money in find_money(text[:candidate.start]):
        opened = candidate.start - text.endswith("“", 0, candidate.start)  # 总投资3.2亿元的“某某项目”
        if _MONEY_TO_NAME.fullmatch(text, money.end, opened) and _introduces_name(text, money):
            return money
        if money.end == candidate.start and _LIST_ITEM_START.search(text, 0, money.start):
            return money  # 围绕A、11.5亿元B、35亿元C等重点项目, …类项目3个:0.5亿元的A、1.2亿元B: each item's amount
        if (_DESCRIBED_BY_MONEY.fullmatch(text, money.end, candidate.start) and _CLAUSE_OPENS.search(text, 0, money.start)
                and _CLAUSE_CLOSES.match(text, candidate.end)):
            return money
    return None


def _introduces_name(text: str, money: Money) -> bool:
    """投资6.8亿元的X, and in a list of what was signed, 、3.2亿元的X: money that tells a name's investment."""
    if _INVESTMENT_WORD.search(text, 0, money.start):
        return True
    return text.startswith("的", money.end) and _LIST_ITEM_START.search(text, 0, money.start) is not None


def _investment(money: Money, sentence: str, before: str | None = None) -> InvestmentFact:
    if before is None:
        before = sentence[:money.start]
    word = _INVESTMENT_WORD.search(before)
    keyword = re.sub(_TOLD_AS, "", word.group()) if word else "投资"
    return InvestmentFact(
        project_key="",
        kind=_KIND.get(keyword, "total"),
        amount_yuan=money.amount_yuan,
        amount_text=money.text,
        qualifier=money.qualifier,
        sentence=sentence,
    )


def _phrase(before: str, pattern: re.Pattern) -> str:
    match = pattern.search(before)
    start = match.start() if match else len(before)
    # Keep a short lead-in such as 预计年 before 销售收入.
    lead = re.search(r"(?:预计)?(?:年|每年)?$", before[:start])
    return before[lead.start() if lead else start:]


def _capacity_in_name(name: str) -> str | None:
    for quantity in find_quantities(name):
        if quantity.unit not in _AREA_UNITS | {"percent"}:
            return quantity.text
    return None


def _sector(name: str) -> str | None:
    for sector, words in lexicon.SECTOR_WORDS:
        if any(word in name for word in words):
            return sector
    return None


def _parent_name(name: str, phase: str | None, projects: list[_Project]) -> str | None:
    if phase is None:
        return None
    base = comparable(re.sub(lexicon.PHASE_PATTERN + r".*$", "", name))
    for project in projects:
        if project.name != name and phase_of(project.name) is None and comparable(project.name) == base:
            return project.name
    return None

