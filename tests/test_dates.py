"""Dates, as tables grouped by where the example comes from: the spec and its issue, sentences of
the seed articles, and sentences of the genre written for these tests. Each row gives the text,
the publication date, and the mentions as (text, on, until, precision). Known misses are strict
xfails."""

from __future__ import annotations

import datetime as dt

import pytest

from tracker.extract.dates import find_dates, resolve_date

D = dt.date


def mentions(text: str, published_on: dt.date | None):
    found = find_dates(text, published_on)
    assert all(text[m.start:m.end] == m.text for m in found)
    return [(m.text, m.on, m.until, m.precision) for m in found]


SPEC = [
    ("1月4日", D(2022, 3, 31), [("1月4日", D(2022, 1, 4), None, "day")]),
    ("4月中旬", D(2019, 6, 11), [("4月中旬", D(2019, 4, 11), None, "part_of_month")]),
    ("4月上旬、4月下旬", D(2019, 6, 11), [
        ("4月上旬", D(2019, 4, 1), None, "part_of_month"),
        ("4月下旬", D(2019, 4, 21), None, "part_of_month"),
    ]),
    ("今年年初", D(2019, 12, 20), [("今年年初", D(2019, 1, 1), None, "part_of_year")]),
    ("2022年底", D(2022, 3, 31), [("2022年底", D(2022, 12, 31), None, "part_of_year")]),
    ("2022年年末", None, [("2022年年末", D(2022, 12, 31), None, "part_of_year")]),
    ("1-5月", D(2019, 6, 11), [("1-5月", D(2019, 1, 1), D(2019, 5, 31), "month")]),
    ("截至目前", D(2019, 6, 11), [("截至目前", D(2019, 6, 11), None, "day")]),
    ("目前", D(2019, 6, 11), [("目前", D(2019, 6, 11), None, "day")]),
    ("至今", D(2019, 6, 11), [("至今", D(2019, 6, 11), None, "day")]),
    ("一季度", D(2022, 3, 31), [("一季度", D(2022, 1, 1), D(2022, 3, 31), "quarter")]),
    ("9月", D(2019, 12, 20), [("9月", D(2019, 9, 1), None, "month")]),
    ("2019年", None, [("2019年", D(2019, 1, 1), None, "year")]),
    ("二〇一九年", None, [("二〇一九年", D(2019, 1, 1), None, "year")]),
    ("去年", D(2022, 3, 31), [("去年", D(2021, 1, 1), None, "year")]),
    ("明年", D(2019, 12, 20), [("明年", D(2020, 1, 1), None, "year")]),
    # No publication date: relative forms keep their mention, unresolved.
    ("今年年初", None, [("今年年初", None, None, "part_of_year")]),
    ("1月4日", None, [("1月4日", None, None, "day")]),
    ("截至目前", None, [("截至目前", None, None, "day")]),
    ("1-5月", None, [("1-5月", None, None, "month")]),
]


@pytest.mark.parametrize("text, published_on, expected", SPEC)
def test_dates_from_the_spec(text, published_on, expected):
    assert mentions(text, published_on) == expected


SEEDS = [
    ("时间: 2019-06-11 11:03:28", None, [("2019-06-11", D(2019, 6, 11), None, "day")]),
    ("泰盟智能制造工厂一期建设项目自4月中旬开工至今", D(2019, 6, 11), [
        ("4月中旬", D(2019, 4, 11), None, "part_of_month"),
        ("至今", D(2019, 6, 11), None, "day"),
    ]),
    ("5月30日,区委政法委助企工作队来到", D(2019, 6, 11), [("5月30日", D(2019, 5, 30), None, "day")]),
    ("今年年初以来,宽城区紧紧抓住", D(2019, 6, 11), [
        ("今年年初以来", D(2019, 1, 1), D(2019, 6, 11), "part_of_year"),
    ]),
    ("年初以来,宽城区结合", D(2019, 6, 11), [("年初以来", D(2019, 1, 1), D(2019, 6, 11), "part_of_year")]),
    ("其中计划年内开复工项目60个", D(2019, 6, 11), [("年内", D(2019, 1, 1), None, "year")]),
    ("计划年内投产14项,明年投产42项、2021年投产17项", D(2019, 12, 20), [
        ("年内", D(2019, 1, 1), None, "year"),
        ("明年", D(2020, 1, 1), None, "year"),
        ("2021年", D(2021, 1, 1), None, "year"),
    ]),
    ("并为明后年固定资产投资", D(2019, 12, 20), []),
    ("10月24日,寬城區召開常委擴大會", D(2018, 11, 2), [("10月24日", D(2018, 10, 24), None, "day")]),
    ("在11月15日前,各单位", D(2018, 11, 2), [("11月15日", D(2018, 11, 15), None, "day")]),
    ("一期佔地8萬平方米計劃9月開工", D(2018, 11, 2), [("9月", D(2018, 9, 1), None, "month")]),
    ("2021年,全年累计签约重大项目107个", D(2022, 3, 31), [("2021年", D(2021, 1, 1), None, "year")]),
    ("2022年一季度计划新开工项目48个", D(2022, 3, 31), [
        ("2022年一季度", D(2022, 1, 1), D(2022, 3, 31), "quarter"),
    ]),
    ("计划于2022年底建成投用", D(2022, 3, 31), [("2022年底", D(2022, 12, 31), None, "part_of_year")]),
    ("去年以来累计召开重点工作重大项目周例会18次", D(2022, 3, 31), [
        ("去年以来", D(2021, 1, 1), D(2022, 3, 31), "year"),
    ]),
    ("纵观2021,全区招商引资签约项目90个", D(2022, 3, 31), [("2021", D(2021, 1, 1), None, "year")]),
    ("《建安区全面推进招商引资工作(2019-2021)实施方案》", D(2022, 3, 31), [
        ("2019-2021", D(2019, 1, 1), D(2021, 12, 31), "year"),
    ]),
    ("截至目前,共走访企业419家", None, [("截至目前", None, None, "day")]),
    ("今年以来,该区开展", None, [("今年以来", None, None, "year")]),
    ("督查考核办公室搭建“113”模式", D(2019, 6, 11), []),
    ("举报电话 / 新闻热线:0431-81623888", D(2019, 6, 11), []),
    ("全年累计签约,当年投产", D(2022, 3, 31), []),  # 全年, 当年 point at a year named elsewhere
    ("对驻区企业实行“一月一访”、“一季一会”", D(2018, 11, 2), []),
    ("已新开工用地面积超过年初目标1.2平方公里", D(2019, 12, 20), [
        ("年初", D(2019, 1, 1), None, "part_of_year"),
    ]),
]


@pytest.mark.parametrize("text, published_on, expected", SEEDS)
def test_dates_in_seed_sentences(text, published_on, expected):
    assert mentions(text, published_on) == expected


GENRE = [
    ("今年1-6月,全县新签约项目32个", D(2023, 7, 10), [("今年1-6月", D(2023, 1, 1), D(2023, 6, 30), "month")]),
    ("1至4月,全县签约招商项目27个", D(2023, 7, 10), [("1至4月", D(2023, 1, 1), D(2023, 4, 30), "month")]),
    ("1月至5月份", D(2023, 7, 10), [("1月至5月份", D(2023, 1, 1), D(2023, 5, 31), "month")]),
    ("截至5月底,全市重点项目", D(2023, 7, 10), [("截至5月底", D(2023, 5, 31), None, "part_of_month")]),
    ("截至2020年底", D(2023, 7, 10), [("截至2020年底", D(2020, 12, 31), None, "part_of_year")]),
    ("第二季度,全县集中开工", D(2023, 7, 10), [("第二季度", D(2023, 4, 1), D(2023, 6, 30), "quarter")]),
    ("前三季度", D(2023, 10, 20), [("前三季度", D(2023, 1, 1), D(2023, 9, 30), "quarter")]),
    ("上半年", D(2023, 7, 10), [("上半年", D(2023, 1, 1), D(2023, 6, 30), "part_of_year")]),
    ("下半年", D(2023, 7, 10), [("下半年", D(2023, 7, 1), D(2023, 12, 31), "part_of_year")]),
    ("今年年中", D(2023, 7, 10), [("今年年中", D(2023, 7, 1), None, "part_of_year")]),
    ("今年内", D(2023, 7, 10), [("今年内", D(2023, 1, 1), None, "year")]),
    ("2021年度", D(2023, 7, 10), [("2021年度", D(2021, 1, 1), None, "year")]),
    ("2019年至2021年", D(2023, 7, 10), [("2019年至2021年", D(2019, 1, 1), D(2021, 12, 31), "year")]),
    ("二〇二〇年十二月三十一日", None, [("二〇二〇年十二月三十一日", D(2020, 12, 31), None, "day")]),
    ("2019/6/11", None, [("2019/6/11", D(2019, 6, 11), None, "day")]),
    ("昨日,记者从县发改局获悉", D(2023, 7, 10), [("昨日", D(2023, 7, 9), None, "day")]),
    # A year-less date more than six months ahead is last year's, unless it is a plan.
    ("12月28日,项目集中开工", D(2020, 1, 10), [("12月28日", D(2019, 12, 28), None, "day")]),
    ("1-11月,全县完成投资", D(2020, 1, 10), [("1-11月", D(2019, 1, 1), D(2019, 11, 30), "month")]),
    ("计划12月开工", D(2020, 1, 10), [("12月", D(2020, 12, 1), None, "month")]),
    ("11月底前完成", D(2020, 1, 10), [("11月底", D(2020, 11, 30), None, "part_of_month")]),
    ("9月开工", D(2023, 6, 11), [("9月", D(2023, 9, 1), None, "month")]),
    # Not dates.
    ("2月30日", D(2023, 7, 10), []),
    ("两年内建成", D(2023, 7, 10), []),
    ("每季度观摩一次", D(2023, 7, 10), []),
    ("目前年产值达5亿元", D(2023, 7, 10), [("目前", D(2023, 7, 10), None, "day")]),
    ("提前年底完成", D(2023, 7, 10), [("年底", D(2023, 12, 31), None, "part_of_year")]),
    ("今后年均增长", D(2023, 7, 10), []),
    ("集中利用3个月时间", D(2023, 7, 10), []),
]


@pytest.mark.parametrize("text, published_on, expected", GENRE)
def test_dates_in_genre_sentences(text, published_on, expected):
    assert mentions(text, published_on) == expected


MISSES = [
    # Festivals and vague days are not read.
    ("春节过后全区共有2家企业", D(2022, 3, 31), [("春节过后", D(2022, 2, 1), None, "part_of_year")]),
    ("近日,记者获悉", D(2022, 3, 31), [("近日", D(2022, 3, 31), None, "day")]),
    ("上月,全县新开工项目8个", D(2022, 3, 31), [("上月", D(2022, 2, 1), None, "month")]),
    # 同一天 refers to a date of the sentence before.
    ("同一天,18个项目集中开工", D(2022, 3, 31), [("同一天", D(2022, 1, 4), None, "day")]),
    # A Chinese-numeral month alone is refused with 一月一访.
    ("十一月开工", D(2022, 3, 31), [("十一月", D(2022, 11, 1), None, "month")]),
]


@pytest.mark.parametrize("text, published_on, expected", MISSES)
@pytest.mark.xfail(strict=True, reason="known miss")
def test_dates_known_misses(text, published_on, expected):
    assert mentions(text, published_on) == expected


def test_resolve_date_takes_the_first():
    assert resolve_date("自4月中旬开工至今", D(2019, 6, 11)).on == D(2019, 4, 11)
    assert resolve_date("没有日期", D(2019, 6, 11)) is None
    assert resolve_date("今年年初", None).on is None
