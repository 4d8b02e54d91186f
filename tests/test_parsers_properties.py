"""Properties of the parsers: no input crashes them, spans are spans, and amounts written in any of
the genre's ways come back exactly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from tracker.extract.dates import find_dates, resolve_date
from tracker.extract.facts import Sentence
from tracker.extract.figures import extract_figures
from tracker.extract.numbers import find_money, find_quantities, parse_money, parse_number

# Text made of the genre's pieces, so that the parsers' patterns are exercised, not only skipped.
PIECES = [
    *"0123456789０１２３４５６７８９.．,，、;。:%％-~至到 ",
    *"零〇○一二两三四五六七八九十百千万亿萬億兩",
    "元", "亿元", "万元", "美元", "人民币", "以上", "以下", "左右", "余", "多", "近", "约", "超过", "不低于", "逾",
    "个", "项", "家", "户", "件", "名", "次", "亩", "平方米", "平方公里", "公顷", "立方米", "套", "台", "个月",
    "个百分点", "倍", "天", "元每平方米", "/亩", "百分之", "第", "几", "数",
    "年", "月", "日", "号", "上旬", "中旬", "下旬", "年初", "年底", "年末", "年中", "年内", "季度", "一季度",
    "上半年", "前三季度", "今年", "去年", "明年", "以来", "截至", "目前", "至今", "昨日", "计划", "前",
    "项目", "企业", "问题", "总投资", "完成投资", "签约", "走访", "已解决", "占", "率", "全区", "累计",
    "等", "的", "该项目", "位于", "占地", "“", "”", "即", "\n",
]
genre_text = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
any_text = st.one_of(genre_text, st.text(max_size=60))
publication = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)))


@settings(max_examples=400, deadline=None)
@given(text=any_text, published_on=publication)
def test_no_input_crashes_a_parser(text, published_on):
    parse_number(text)
    parse_money(text)
    resolve_date(text, published_on)
    for found in (find_money(text), find_quantities(text), find_dates(text, published_on)):
        for item in found:
            assert text[item.start:item.end] == item.text
    for money in find_money(text):
        assert isinstance(money.amount_yuan, Decimal)
    for figure in extract_figures([Sentence(text, 0, len(text))], published_on):
        assert isinstance(figure.value, Decimal)
        assert figure.sentence == text


# Amounts in yuan as the genre writes them: up to 10^13 with at most two decimals (fen).
amounts = st.decimals(min_value=0, max_value=10**13, places=2, allow_nan=False, allow_infinity=False)


@given(amount=amounts, unit=st.sampled_from([("亿元", 8), ("万元", 4), ("元", 0)]))
def test_amounts_round_trip_through_parse_money(amount, unit):
    word, power = unit
    written = format(amount.scaleb(-power), "f")
    money = parse_money(f"总投资{written}{word}")
    assert money is not None
    assert money.amount_yuan == amount


@given(amount=st.integers(min_value=0, max_value=10**12))
def test_thousands_separators_and_full_width_digits_round_trip(amount):
    grouped = f"{amount:,}元"
    assert parse_money(grouped).amount_yuan == amount
    full_width = str(amount).translate(str.maketrans("0123456789", "０１２３４５６７８９")) + "元"
    assert parse_money(full_width).amount_yuan == amount


DIGITS = "零一二三四五六七八九"


def chinese(n: int) -> str:
    """An integer in Chinese numerals the way reports write them: 三亿五千万, 一千零五十, 十五."""
    if n == 0:
        return "零"
    groups = []  # four-digit groups, lowest first
    while n:
        n, group = divmod(n, 10_000)
        groups.append(group)
    out, zero_pending = "", False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            zero_pending = bool(out)
            continue
        if out and (zero_pending or group < 1000):
            out += "零"
        out += _group(group) + ["", "万", "亿", "万亿"][index]
        zero_pending = False
    return out[1:] if out.startswith("一十") else out  # 十五, 十亿: a leading 一十 is written 十


def _group(n: int) -> str:
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero and out:
                out += "零"
            out += DIGITS[digit] + unit
            zero = False
        else:
            zero = True
    return out


def test_the_chinese_formatter():
    assert [chinese(n) for n in (10, 15, 1050, 350_000_000, 100_010, 10**12)] == [
        "十", "十五", "一千零五十", "三亿五千万", "十万零一十", "一万亿"
    ]


@given(n=st.integers(min_value=0, max_value=10**12))
def test_chinese_numerals_round_trip(n):
    assert parse_number(chinese(n)) == n
    if n:  # 零元 is not written
        assert parse_money(f"总投资{chinese(n)}元").amount_yuan == n


@given(day=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)), published_on=publication)
def test_written_days_resolve_to_themselves(day, published_on):
    mention = resolve_date(f"{day.year}年{day.month}月{day.day}日", published_on)
    assert (mention.on, mention.precision) == (day, "day")


@given(day=st.dates(min_value=dt.date(1991, 1, 1), max_value=dt.date(2059, 12, 31)), published_on=publication)
@example(day=dt.date(2000, 2, 29), published_on=dt.date(2001, 1, 1))  # found by hypothesis in CI
def test_a_day_without_its_year_lands_within_a_year_of_publication(day, published_on):
    mention = resolve_date(f"{day.month}月{day.day}日", published_on)
    if published_on is None:
        assert mention.on is None
    elif mention.on is not None:  # 2月29日 of a year without one has no day
        assert (mention.on.month, mention.on.day) == (day.month, day.day)
        assert -367 <= (mention.on - published_on).days <= 184
