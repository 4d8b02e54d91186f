"""Dates in report text, absolute and relative, resolved against the publication date.

Conventions (``DateMention.on`` is the resolved day, ``until`` the end of a range):

- A day (``2020年8月26日``, ``8月26日``, ``2020-08-26``) is that day, precision ``day``.
- A month (``2020年8月``, ``10月``) is its first day, precision ``month``; ``1-7月`` (also ``1至7月``,
  ``1月至7月``) is on=Jan 1, until=Jul 31, precision ``month``.
- 上旬/中旬/下旬 are the 1st/11th/21st, 月初 the 1st, 月底/月末 the last day (``part_of_month``).
- A year (``2020年``, ``今年``, ``年内``, a bare ``2020,``) is Jan 1, precision ``year``; ``2016-2018``
  is on=2016-01-01, until=2018-12-31.
- 年初 is Jan 1, 年中 Jul 1, 年底/年末 Dec 31 (``part_of_year``); 上半年/下半年 are the ranges
  Jan 1–Jun 30 and Jul 1–Dec 31 (``part_of_year``).
- 一季度 (第一季度, 1季度) is the range Jan 1–Mar 31, 前三季度 Jan 1–Sep 30 (``quarter``).
- ``X以来`` (今年以来, 去年以来, 年初以来, 2020年以来) is X with until = the publication date.
- 截至目前/目前/当前/至今 are the publication date (``day``); 昨天/昨日 the day before it.
  ``截至``/``截止`` before any other date is kept in the mention's text (callers read it as
  "as of").
- 今年/去年/明年/前年 are relative to the publication year, and so is a month or day written
  without a year. Such a date that lands more than six months (183 days) after publication is
  read as last year's (a January article's ``12月28日``, ``1-11月``), unless a word of intent
  (计划, 预计, 将, 力争, 拟 …) stands just before it or 前/将 just after it (``计划10月开工``,
  ``11月20日前``), which mark the future. Six months, not two: a June article's ``10月开工`` is
  far more likely this October than last, while year-end reviews published in January or
  February reach back six months or more.
- With no publication date, every relative form keeps its mention with ``on=None``: it is
  unknown, never guessed. Absolute dates resolve without one.
- Years are written ``2020年`` or ``二〇二〇年``; months and days also in Chinese numerals
  (``五月三十日``), but a Chinese-numeral month alone (``一月一访``) is not read as a date.
- 全年 and 当年 are not dates: they refer to a year named elsewhere in the sentence.
"""

from __future__ import annotations

from functools import lru_cache

import calendar
import datetime as dt
import re
from collections.abc import Callable

from tracker.extract.facts import DateMention
from tracker.extract.numbers import fold, parse_number

__all__ = ["find_dates", "resolve_date"]

# --- pieces of patterns ------------------------------------------------------------------------
# Years 1900-2099 or four Chinese digits; months 1-12; days 1-31, in Arabic or Chinese numerals.
_YEAR = r"(?:(?<![0-9])(?:19|20)[0-9]{2}|[零〇一二三四五六七八九]{4})"
_MONTH = r"(?:(?<![0-9.])(?:1[0-2]|0?[1-9])(?![0-9])|十[一二]|十|[一二三四五六七八九])"
_DAY = r"(?:(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])|三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_REL_YEARS = {"今": 0, "本": 0, "去": -1, "上": -1, "明": 1, "前": -2, "后": 2}
# A year written out, or relative to the publication year (今年, 去年 …).
# The character before 今/去/前 … must not make it another word: 目前年, 提前年底, 今后年均, 以上年,
# 明后年 (next year and the one after: not a date of its own).
_YEAR_PREFIX = rf"(?:(?P<year>{_YEAR})年度?|(?<![提目之以当往此从向日今然明])(?P<rel>[今本去上明前后])年度?)"
_SEP = r"\s?[-—–~至到]\s?"
# Characters a year, month or part-of-year match can start with: a cheap first test.
_STARTS = r"(?=[0-9零〇一二三四五六七八九十今本去上明前后年第下])"
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_ISO = re.compile(
    r"""
    (?<![0-9.])(?P<year>(?:19|20)[0-9]{2})   # 2020
    (?P<sep>[-/.])(?P<month>1[0-2]|0?[1-9])  # -08
    (?P=sep)(?P<day>3[01]|[12][0-9]|0?[1-9]) # -26, with the same separator
    (?![0-9])
    """,
    re.VERBOSE,
)
_MONTH_DAY = re.compile(
    rf"""
    {_STARTS}
    {_YEAR_PREFIX}?                           # 2020年 / 今年 (optional)
    (?P<month>{_MONTH})月份?                 # 8月
    (?: (?P<day>{_DAY})[日号]                 # 26日
      | (?P<part>上旬|中旬|下旬|初|底|末) )?   # 中旬, 底
    """,
    re.VERBOSE,
)
_MONTH_RANGE = re.compile(
    rf"""
    {_STARTS}
    {_YEAR_PREFIX}?                           # 2020年 (optional)
    (?P<first>{_MONTH})月?{_SEP}             # 1- / 1月至
    (?P<last>{_MONTH})月份?                  # 7月
    """,
    re.VERBOSE,
)
_YEAR_PART = re.compile(
    rf"""
    {_STARTS}
    {_YEAR_PREFIX}?                           # 2024年 / 今年 (optional)
    (?<![0-9一二两三四五六七八九十几数每全])  # not 两年内, 每季度, 全年内
    (?: (?P<part>年初|年底|年末|年中|年内|上半年|下半年|前三季度   # a part of the year
              |第?(?P<quarter>[一二三四1-4])季度)
      | (?P<short>初|底|末|内) )              # 2024年底, 今年内: only after a year (see reader)
    (?P<since>以来)?                          # 年初以来
    """,
    re.VERBOSE,
)
_YEAR_ONLY = re.compile(
    rf"""
    {_STARTS}
    {_YEAR_PREFIX} (?P<since>以来)?            # 2020年, 今年, 去年以来
  | (?<![0-9.\-/])(?P<bare>(?:19|20)[0-9]{{2}})(?=[,，、。;；:：\s)）]|$)   # 回顾2020,
    """,
    re.VERBOSE,
)
_YEAR_RANGE = re.compile(
    rf"""
    (?<![0-9])(?P<first>(?:19|20)[0-9]{{2}})年?{_SEP}   # 2016-
    (?P<last>(?:19|20)[0-9]{{2}})(?![0-9])年?          # 2018年
    """,
    re.VERBOSE,
)
_NOW = re.compile(r"截[至止]到?(?:目前|当前|现在|今)|目前|当前|[至迄]今")
_YESTERDAY = re.compile(r"昨天|昨日")
_AS_OF = re.compile(r"截[至止]到?\s?$")
# Words of intent that put a year-less date in the future rather than last year.
_INTENT_BEFORE = re.compile(r"(?:计划|预计|将|拟|力争|争取|确保|有望|准备|目标|预期)[^,，。;；]{0,6}$")
_INTENT_AFTER = re.compile(r"前|之前|以前|将")
_ROLLBACK_AFTER = dt.timedelta(days=183)


# Pure, and asked of the same sentence by several readers (projects, figures, issues).
@lru_cache(maxsize=512)
def find_dates(text: str, published_on: dt.date | None) -> tuple[DateMention, ...]:
    """Every date mention in ``text``, in order, resolved against ``published_on``.

    >>> [(m.text, str(m.on), m.precision) for m in find_dates("2月8日开工,5月中旬", dt.date(2023, 4, 20))]
    [('2月8日', '2023-02-08', 'day'), ('5月中旬', '2023-05-11', 'part_of_month')]
    >>> [(m.text, str(m.on), str(m.until)) for m in find_dates("1-7月,截至目前", dt.date(2020, 8, 26))]
    [('1-7月', '2020-01-01', '2020-07-31'), ('截至目前', '2020-08-26', 'None')]
    >>> [(m.text, m.on) for m in find_dates("今年年初,2024年底", None)]
    [('今年年初', None), ('2024年底', datetime.date(2024, 12, 31))]
    """
    folded = fold(text)
    candidates = []
    for needs, pattern, read in _READERS:
        if not needs.search(folded):
            continue
        for match in pattern.finditer(folded):
            mention = read(match, published_on, folded)
            if mention is not None:
                candidates.append(mention)
    return tuple(_with_as_of(mention, text, folded) for mention in _longest_first(candidates))


def resolve_date(text: str, published_on: dt.date | None) -> DateMention | None:
    """The first date in a short text, or None.

    >>> resolve_date("计划于2024年底建成投用", None).on
    datetime.date(2024, 12, 31)
    >>> resolve_date("一季度", dt.date(2023, 4, 20)).until
    datetime.date(2023, 3, 31)
    >>> resolve_date("没有日期", dt.date(2023, 4, 20)) is None
    True
    """
    found = find_dates(text, published_on)
    return found[0] if found else None


# --- readers: one per pattern, each returning a mention or None -----------------------------------
def _read_iso(match: re.Match[str], published_on: dt.date | None, text: str) -> DateMention | None:
    day = _safe_date(int(match["year"]), int(match["month"]), int(match["day"]))
    return None if day is None else _mention(match, day, precision="day")


def _read_month_day(match: re.Match[str], published_on: dt.date | None, text: str) -> DateMention | None:
    month = _number(match["month"])
    written_in_chinese = not match["month"][0].isdigit()
    if written_in_chinese and not (match["year"] or match["rel"] or match["day"] or match["part"]):
        return None  # 一月一访, 一月一次: a frequency, not a date
    if match["day"]:
        day, precision = _number(match["day"]), "day"
    elif match["part"]:
        day, precision = _PART_OF_MONTH[match["part"]], "part_of_month"
    else:
        day, precision = 1, "month"
    year = _year(match, published_on)
    if year is None:
        return _mention(match, None, precision=precision)
    on = _month_day(year, month, day)
    if on is None:
        # 2月29日 with no year, in a report from a year without one: a day, but which is unknown.
        return _mention(match, None, precision=precision) if _year_left_out(match) and (month, day) == (2, 29) else None
    if _year_left_out(match):
        on = _rolled_back(on, on, published_on, text, match)
    return _mention(match, on, precision=precision)


def _read_month_range(match: re.Match[str], published_on: dt.date | None, text: str) -> DateMention | None:
    first, last = _number(match["first"]), _number(match["last"])
    if not first < last:
        return None
    year = _year(match, published_on)
    if year is None:
        return _mention(match, None, precision="month")
    on, until = dt.date(year, first, 1), _month_end(year, last)
    if _year_left_out(match):
        rolled = _rolled_back(on, until, published_on, text, match)
        on, until = rolled, _month_end(rolled.year, last)
    return _mention(match, on, until, precision="month")


def _read_year_part(match: re.Match[str], published_on: dt.date | None, text: str) -> DateMention | None:
    written_year = match["year"] or match["rel"]
    if match["short"] and not written_year or match["part"] == "年中" and not written_year:
        return None  # 底, 年中 alone are other words (到底, 全年中)
    if match["quarter"]:
        quarter = _QUARTERS[match["quarter"]]
        on_month, on_day, until_month, precision = 3 * quarter - 2, 1, 3 * quarter, "quarter"
    else:
        on_month, on_day, until_month, precision = _YEAR_PARTS[match["part"] or "年" + match["short"]]
    year = _year(match, published_on)
    if year is None:
        return _mention(match, None, precision=precision)
    until = published_on if match["since"] else until_month and _month_end(year, until_month)
    return _mention(match, dt.date(year, on_month, on_day), until, precision=precision)


def _read_year(match: re.Match[str], published_on: dt.date | None, text: str) -> DateMention | None:
    year = int(match["bare"]) if match["bare"] else _year(match, published_on)
    if year is None:
        return _mention(match, None, precision="year")
    until = published_on if match["since"] else None
    return _mention(match, dt.date(year, 1, 1), until, precision="year")


def _read_year_range(match: re.Match[str], published_on: dt.date | None, text: str) -> DateMention | None:
    first, last = int(match["first"]), int(match["last"])
    if not first < last:
        return None
    return _mention(match, dt.date(first, 1, 1), dt.date(last, 12, 31), precision="year")


def _read_now(match: re.Match[str], published_on: dt.date | None, text: str) -> DateMention:
    return _mention(match, published_on, precision="day")


def _read_yesterday(match: re.Match[str], published_on: dt.date | None, text: str) -> DateMention:
    day = None if published_on is None else published_on - dt.timedelta(days=1)
    return _mention(match, day, precision="day")


Reader = Callable[[re.Match[str], "dt.date | None", str], "DateMention | None"]
# (a character each match must contain: a cheap test that skips most sentences, pattern, reader)
_READERS: tuple[tuple[re.Pattern[str], re.Pattern[str], Reader], ...] = (
    (re.compile(r"[0-9][-/.][0-9]"), _ISO, _read_iso),
    (re.compile("月"), _MONTH_DAY, _read_month_day),
    (re.compile("月"), _MONTH_RANGE, _read_month_range),
    (re.compile("[年季]"), _YEAR_PART, _read_year_part),
    (re.compile("年|[12][0-9]{3}"), _YEAR_ONLY, _read_year),
    (re.compile("[12][0-9]{3}"), _YEAR_RANGE, _read_year_range),
    (re.compile("[目当今截]"), _NOW, _read_now),
    (re.compile("昨"), _YESTERDAY, _read_yesterday),
)

_PART_OF_MONTH = {"上旬": 1, "初": 1, "中旬": 11, "下旬": 21, "底": -1, "末": -1}


def _month_last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


# part -> month and day it starts on, month it ends with (a range) or None (a point), precision
_YEAR_PARTS: dict[str, tuple[int, int, int | None, str]] = {
    "年初": (1, 1, None, "part_of_year"),
    "年中": (7, 1, None, "part_of_year"),
    "年底": (12, 31, None, "part_of_year"),
    "年末": (12, 31, None, "part_of_year"),
    "年内": (1, 1, None, "year"),
    "上半年": (1, 1, 6, "part_of_year"),
    "下半年": (7, 1, 12, "part_of_year"),
    "前三季度": (1, 1, 9, "quarter"),
}


# --- small steps ----------------------------------------------------------------------------------
def _mention(
    match: re.Match[str], on: dt.date | None, until: dt.date | None = None, *, precision: str
) -> DateMention:
    return DateMention(
        text=match.group(), on=on, until=until, precision=precision, start=match.start(), end=match.end()
    )


def _number(text: str) -> int:
    value = parse_number(text)
    assert value is not None  # the patterns only let numerals through
    return int(value)


def _year(match: re.Match[str], published_on: dt.date | None) -> int | None:
    """The year written, or the publication year moved by 今/去/明 …; None when unknown."""
    if match["year"]:
        return _number(match["year"])
    if published_on is None:
        return None
    return published_on.year + _REL_YEARS.get(match["rel"] or "今", 0)


def _year_left_out(match: re.Match[str]) -> bool:
    return not (match["year"] or match["rel"])


def _rolled_back(
    on: dt.date, end: dt.date, published_on: dt.date | None, text: str, match: re.Match[str]
) -> dt.date:
    """A year-less date well after publication, with no word of intent, is last year's."""
    if published_on is None or end - published_on <= _ROLLBACK_AFTER:
        return on
    if _INTENT_BEFORE.search(text, 0, match.start()) or _INTENT_AFTER.match(text, match.end()):
        return on
    return _safe_date(on.year - 1, on.month, on.day) or on.replace(year=on.year - 1, day=28)


def _month_day(year: int, month: int, day: int) -> dt.date | None:
    """A day of a month; -1 is the month's last day. None for 2月30日."""
    return _safe_date(year, month, _month_last_day(year, month) if day == -1 else day)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _month_last_day(year, month))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _longest_first(mentions: list[DateMention]) -> list[DateMention]:
    """Overlapping readings of one stretch of text: keep the longest (2024年底 over 2024年)."""
    kept: list[DateMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        if all(mention.end <= other.start or mention.start >= other.end for other in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _with_as_of(mention: DateMention, text: str, folded: str) -> DateMention:
    """截至 / 截止 just before a date belongs to its mention: ``截至5月底`` is "as of"."""
    as_of = _AS_OF.search(folded, 0, mention.start)
    if as_of is None or mention.text.startswith("截"):
        return DateMention(
            text=text[mention.start:mention.end], on=mention.on, until=mention.until,
            precision=mention.precision, start=mention.start, end=mention.end,
        )
    return DateMention(
        text=text[as_of.start():mention.end], on=mention.on, until=mention.until,
        precision=mention.precision, start=as_of.start(), end=mention.end,
    )
