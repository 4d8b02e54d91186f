"""Numbers, money and quantities, as tables grouped by where the example comes from: the spec and
its issue, sentences of the seed articles, and sentences of the genre written for these tests.
Known misses are strict xfails: when one starts to pass, the table must be updated."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tracker.extract.numbers import find_money, find_quantities, fold, parse_money, parse_number


def money(text: str) -> list[tuple[D, str, str | None]]:
    found = find_money(text)
    assert all(text[m.start:m.end] == m.text for m in found)
    return [(m.amount_yuan, m.text, m.qualifier) for m in found]


def quantities(text: str) -> list[tuple[D, str, str | None]]:
    found = find_quantities(text)
    assert all(text[q.start:q.end] == q.text for q in found)
    return [(q.value, q.unit, q.qualifier) for q in found]


# --- parse_number ---------------------------------------------------------------------------------
NUMBERS = [
    ("4.39", D("4.39")),
    ("４.３９", D("4.39")),
    ("４．３９", D("4.39")),
    ("15", D("15")),
    ("1,200", D("1200")),
    ("12,345,678.5", D("12345678.5")),
    ("2.5万", D("25000")),
    ("2.5萬", D("25000")),
    ("4.39亿", D("439000000")),
    ("1.2万亿", D("1200000000000")),
    ("3亿5000万", D("350000000")),
    ("5千万", D("50000000")),
    ("三亿五千万", D("350000000")),
    ("三千五百万", D("35000000")),
    ("十", D("10")),
    ("十五", D("15")),
    ("二十五", D("25")),
    ("一百零八", D("108")),
    ("一千零五十", D("1050")),
    ("两千五", D("2500")),
    ("三万五", D("35000")),
    ("三亿五", D("350000000")),
    ("十亿", D("1000000000")),
    ("二〇一九", D("2019")),
    ("二○二二", D("2022")),  # ○ (white circle) is often typed for 〇
    ("零", D("0")),
]
NOT_NUMBERS = ["", "万", "百万", "千亿", "十四五", "亿亿", "万万", "1,20", "1,2345", "3五", "4.39元", "abc", "十百"]


@pytest.mark.parametrize("text, expected", NUMBERS)
def test_parse_number(text, expected):
    value = parse_number(text)
    assert value == expected
    assert isinstance(value, D)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_parse_number_refuses(text):
    assert parse_number(text) is None


def test_integral_values_carry_no_decimal_places():
    assert str(parse_number("4.39亿")) == "439000000"
    assert str(parse_money("85.48亿元").amount_yuan) == "8548000000"


def test_fold_keeps_length():
    text = "１２３４萬億兩餘○元"
    assert len(fold(text)) == len(text)


# --- money: the spec and its issue ----------------------------------------------------------------
SPEC_MONEY = [
    ("总投资15亿元", [(D("1500000000"), "15亿元", None)]),
    ("计划投资4.39亿元", [(D("439000000"), "4.39亿元", None)]),
    ("知识产权质押贷款达5550万元", [(D("55500000"), "5550万元", None)]),  # 达 is not a bound
    ("补贴2.5萬元", [(D("25000"), "2.5萬元", None)]),
    ("计划总投资近300亿元", [(D("30000000000"), "近300亿元", "近")]),
    ("总投资300亿元以上", [(D("30000000000"), "300亿元以上", "以上")]),
    ("总投资４.３９亿元", [(D("439000000"), "４.３９亿元", None)]),
    ("总投资三亿五千万元", [(D("350000000"), "三亿五千万元", None)]),
    ("贷款1,200万元", [(D("12000000"), "1,200万元", None)]),
    ("完成投资1.2万亿元", [(D("1200000000000"), "1.2万亿元", None)]),
    ("吸引投资10余亿元", [(D("1000000000"), "10余亿元", "余")]),
    ("合同引资额超过50亿元", [(D("5000000000"), "超过50亿元", "超")]),
    ("同比增加超5亿元", [(D("500000000"), "超5亿元", "超")]),
    ("到位资金逾8亿元", [(D("800000000"), "逾8亿元", "超")]),
    ("预计年销售收入不低于5亿元", [(D("500000000"), "不低于5亿元", "以上")]),
    ("总投资约12亿元", [(D("1200000000"), "约12亿元", "约")]),
    ("计划总投资3-5亿元", [(D("500000000"), "3-5亿元", "以下")]),
    ("计划总投资3亿-5亿元", [(D("500000000"), "3亿-5亿元", "以下")]),
    ("计划总投资3至5亿元", [(D("500000000"), "3至5亿元", "以下")]),
    # A threshold, not an amount: returned, the callers decide.
    ("亿元以上项目46项", [(D("100000000"), "亿元以上", "以上")]),
    ("10亿元以上项目10项", [(D("1000000000"), "10亿元以上", "以上")]),
]


@pytest.mark.parametrize("text, expected", SPEC_MONEY)
def test_money_from_the_spec(text, expected):
    assert money(text) == expected


def test_the_sentence_jionlp_reads_as_2_5e9():
    text = "存量项目25个,预计总投资85.48亿元,分别占项目总数和投资总量的33%、20%"
    assert money(text) == [(D("8548000000"), "85.48亿元", None)]
    assert quantities(text) == [(D("25"), "个", None), (D("33"), "percent", None), (D("20"), "percent", None)]


def test_parse_money_wants_exactly_one_amount():
    assert parse_money("总投资15亿元").amount_yuan == D("1500000000")
    assert parse_money("没有金额") is None
    assert parse_money("3亿元至5亿元") is None


# --- money: seed sentences ------------------------------------------------------------------------
SEED_MONEY = [
    ("重点跟踪、洽谈项目76个,预计总投资428.83亿元", [(D("42883000000"), "428.83亿元", None)]),
    ("投资合作项目40个,总投资额370亿元", [(D("37000000000"), "370亿元", None)]),
    (
        "包括总投资15亿元的华大天石智能制造产业园、总投资4亿元的金达洲互联网+智能汽配商城等项目",
        [(D("1500000000"), "15亿元", None), (D("400000000"), "4亿元", None)],
    ),
    (
        "预计年销售收入不低于5亿元,利税1亿元",
        [(D("500000000"), "不低于5亿元", "以上"), (D("100000000"), "1亿元", None)],
    ),
    ("全市5000万元以上重点项目全部配备项目服务秘书", [(D("50000000"), "5000万元以上", "以上")]),
    ("平均投资强度4370元每平方米", []),  # a rate, see the quantities
    ("每年可新增产值620亿元、利税75亿元", [(D("62000000000"), "620亿元", None), (D("7500000000"), "75亿元", None)]),
    ("園區年產值將達15億元,稅收達1.2億元", [(D("1500000000"), "15億元", None), (D("120000000"), "1.2億元", None)]),
    (
        "世久電氣1-5月繳稅1100萬元,萬潤光電年稅收在1000萬元以上",
        [(D("11000000"), "1100萬元", None), (D("10000000"), "1000萬元以上", "以上")],
    ),
    ("成功发行地方政府专项债券7.68亿元", [(D("768000000"), "7.68亿元", None)]),
    ("盘点已开工的77项,亿元以上项目46项", [(D("100000000"), "亿元以上", "以上")]),
    ("主办:新华网股份有限公司 举报电话 / 新闻热线:0431-81623888", []),
    ("2019,宽城区站位新时代", []),
]


@pytest.mark.parametrize("text, expected", SEED_MONEY)
def test_money_in_seed_sentences(text, expected):
    assert money(text) == expected


# --- money: sentences of the genre ----------------------------------------------------------------
GENRE_MONEY = [
    ("争取中央预算内投资1.25亿元、专项债券资金3.6亿元", [(D("125000000"), "1.25亿元", None), (D("360000000"), "3.6亿元", None)]),
    ("兑现奖补资金2800万元", [(D("28000000"), "2800万元", None)]),
    ("项目总投资3亿5000万元", [(D("350000000"), "3亿5000万元", None)]),
    ("吸引投资十余亿元", [(D("1000000000"), "十余亿元", "余")]),
    ("新增贷款1000多万元", [(D("10000000"), "1000多万元", "多")]),
    ("总投资5亿多元", [(D("500000000"), "5亿多元", "多")]),
    ("拨付资金一千二百余万元", [(D("12000000"), "一千二百余万元", "余")]),
    ("总投资两亿元左右", [(D("200000000"), "两亿元左右", "约")]),
    ("总投资３．５亿元", [(D("350000000"), "３．５亿元", None)]),
    ("投资1.5亿人民币", [(D("150000000"), "1.5亿人民币", None)]),
    ("总投资 5 亿元", [(D("500000000"), "5 亿元", None)]),
    ("签约30亿元", [(D("3000000000"), "30亿元", None)]),  # the 约 of 签约 is no qualifier
    ("新签约亿元项目20个", [(D("100000000"), "亿元", None)]),  # a class of projects
    ("打造千亿元级产业集群", [(D("100000000000"), "千亿元", None)]),
    ("引进外资1.2亿美元,港资5000万港元", []),
    ("出让土地均价20万元/亩", []),
    ("总投资几十亿元,数亿元,十几亿元", []),  # not exact
    # No 元 right after an investment word, where the clause ends; spoken 个亿.
    ("总投资1.5亿", [(D("150000000"), "1.5亿", None)]),
    ("总投资15个亿;投资1000万,", [(D("1500000000"), "15个亿", None), (D("10000000"), "1000万", None)]),
    ("投资3万平方米", []),
]


@pytest.mark.parametrize("text, expected", GENRE_MONEY)
def test_money_in_genre_sentences(text, expected):
    assert money(text) == expected


MONEY_MISSES = [
    ("总投资3亿五千万元", [(D("350000000"), "3亿五千万元", None)]),  # Arabic and Chinese mixed
    ("总投资三点五亿元", [(D("350000000"), "三点五亿元", None)]),  # 点 as a decimal point
]


@pytest.mark.parametrize("text, expected", MONEY_MISSES)
@pytest.mark.xfail(strict=True, reason="known miss")
def test_money_known_misses(text, expected):
    assert money(text) == expected


# --- quantities -----------------------------------------------------------------------------------
SPEC_QUANTITIES = [
    ("占地95亩", [(D("95"), "mu", None)], D("63333.33")),
    ("占地193.68亩", [(D("193.68"), "mu", None)], D("129120")),
    ("佔地30萬平方米", [(D("300000"), "m2", None)], D("300000")),
    ("建筑面积1.2万㎡", [(D("12000"), "m2", None)], D("12000")),
    ("用地面积5平方公里以上", [(D("5"), "km2", "以上")], D("5000000")),
    ("盘活土地82.1公顷", [(D("82.1"), "ha", None)], D("821000")),
]


@pytest.mark.parametrize("text, expected, m2", SPEC_QUANTITIES)
def test_land_areas(text, expected, m2):
    assert quantities(text) == expected
    assert find_quantities(text)[0].value_m2 == m2


SEED_QUANTITIES = [
    ("许昌汽车零部件产业园三佳1000万套万向节总成项目", [(D("10000000"), "套", None)]),
    ("年產2.5萬臺高低壓電器設備項目", [(D("25000"), "台", None)]),
    ("海瑞年产4万立方米装配式构件建设项目", [(D("40000"), "m3", None)]),
    ("全区508名助企干部、79个助企工作队", [(D("508"), "名", None), (D("79"), "个", None)]),
    ("共收集问题325余件,已解决19件", [(D("325"), "件", "余"), (D("19"), "件", None)]),
    ("拥有骨干企业30余户", [(D("30"), "户", "余")]),
    ("土建基础工程量已完成85%", [(D("85"), "percent", None)]),
    ("平均投资强度4370元每平方米", [(D("4370"), "元/m2", None)]),
    ("集中利用3个月时间", [(D("3"), "个月", None)]),
    ("计划年内投产14项,明年投产42项", [(D("14"), "项", None), (D("42"), "项", None)]),
    ("项目开工率达到60%以上", [(D("60"), "percent", "以上")]),
    # Not quantities: labels, slogans, phone numbers, dates.
    ("搭建“113”模式搭建组织框架", []),
    ("继续完善“1+3+9+N”网格化招商体系", []),
    ("着眼“十四五”发展", []),
    ("“万人助万企行动”", []),
    ("举报电话 / 新闻热线:0431-81623888", []),
    ("5月30日,区委政法委助企工作队", []),
    ("2019,宽城区站位新时代", []),
]


@pytest.mark.parametrize("text, expected", SEED_QUANTITIES)
def test_quantities_in_seed_sentences(text, expected):
    assert quantities(text) == expected


GENRE_QUANTITIES = [
    ("同比增长百分之十二", [(D("12"), "percent", None)]),
    ("高于全市平均2.1个百分点", [(D("2.1"), "percentage_point", None)]),
    ("同比增长1.3倍", [(D("1.3"), "倍", None)]),
    ("压缩至30天以内", [(D("30"), "天", "以下")]),
    ("审批时限压缩至45个工作日", [(D("45"), "工作日", None)]),
    ("新建道路12公里", [(D("12"), "km", None)]),
    ("年产10万吨", [(D("100000"), "吨", None)]),
    ("出让土地均价20万元/亩", [(D("200000"), "元/mu", None)]),
    ("计划开工3-5个", [(D("5"), "个", "以下")]),
    ("规上企业5,000家", [(D("5000"), "家", None)]),
    ("吸纳就业1200余人", [(D("1200"), "人", "余")]),
    ("服务企业3000多人次", [(D("3000"), "人次", "多")]),
    ("近30%", [(D("30"), "percent", "近")]),
    ("投资1.5亿人民币", []),  # money, not 人
    ("第3批", []),  # an ordinal
    ("数十个项目", []),
]


@pytest.mark.parametrize("text, expected", GENRE_QUANTITIES)
def test_quantities_in_genre_sentences(text, expected):
    assert quantities(text) == expected


def test_quantities_do_not_read_money():
    assert quantities("总投资15亿元,计划投资4.39亿元") == []
