"""District figures: the aggregate numbers an article reports for its district (or a part of it).

``重点跟踪、洽谈项目76个,预计总投资428.83亿元`` gives two figures: 76 个 of 重点跟踪、洽谈项目 and
42883000000 元 of 重点跟踪、洽谈项目预计总投资. Each number of a sentence goes through named steps:

1. Find it: money (``find_money``) and quantities written in Arabic digits (``find_quantities``).
   Chinese-numeral counts (两项活动, 八个方面, 四个一批) are nearly always slogans or structure in
   this genre and are read as text.
2. Skip what is not a district's aggregate (see ``_skip_reason``): thresholds (``亿元以上项目`` is
   part of a metric, not an amount), a project's own money (``总投资15亿元的X产业园``) and facts
   (占地, 年产, 一期), whole sentences about one project (该项目, 位于) or explaining a label
   (``“3”即…``), back-references (这30余户), frequencies (每月至少1次), counts of one, wider
   scopes (全国), and numbers in quotes or without a unit (“113”模式, 1+3+9+N, 十四五).
3. Name it: the metric is built from the words of its clause before the number, cut to the first
   verb (``FIGURE_VERBS``) and stripped of framing words, or from the noun after the number
   (``30个存量现代服务业项目``). A bare verb (已解决19件) borrows the head noun of the figure before
   it, a bare 总投资 the name of the count before it, an empty metric (33%、20%) the one before.
4. Keep it only if it measures something aggregate: counts always; percentages and multiples only
   as shares, rates or changes (占…, …率, 增长); durations only as times taken; money, areas and
   rates only in a sentence that counts things or names an aggregate (全区, 累计, 园区, 债券, 目标).
5. Date it. ``period`` comes from the nearest date before the number in its sentence (else the
   first after it), else it is "as of" the publication date, else None. Formats: ``2021``,
   ``2022Q1``, ``2022H1``, ``2019-05``, ``2019-05-30``, ranges ``2019-01..2019-05`` or
   ``2021-01-01..2022-03-31`` (X以来), ``2019..2021``, and ``截至2019-06-11`` for 截至/目前/至今.
   Points within a year (年初, 年底) are not periods (``超过年初目标``) and are passed over.

Units: the count word (个 项 家 户 件 名 次 …), ``元`` (value in yuan, exact), ``%``, ``倍``,
``个百分点``, areas as written in the genre (平方公里, 平方米, 公顷, 亩; value in that unit),
``元/平方米``/``元/亩`` for rates, ``天``/``个月`` for durations. The same figure (metric, value, unit,
period) stated twice in an article is kept once, and so is a bare-verb count repeating a value
already counted (盘点已开工的77项). Word lists are in the figures section of ``tracker.lexicon``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from tracker import lexicon
from tracker.extract.dates import find_dates
from tracker.extract.facts import DateMention, FigureFact, Sentence
from tracker.extract.numbers import find_money, find_quantities, fold

__all__ = ["extract_figures"]


def _alternatives(words: Sequence[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_VERB = re.compile(rf"(?:{_alternatives(lexicon.FIGURE_VERB_MODIFIERS)})*(?:{_alternatives(lexicon.FIGURE_VERBS)})")
_VERB_AT_START = re.compile(_alternatives(lexicon.FIGURE_VERBS))
_HEAD = re.compile(_alternatives(lexicon.FIGURE_HEAD_NOUNS))
_HEADS = re.compile(rf"(?:{_HEAD.pattern})+")
# After a counted noun, what the things counted did: 项目已开工, 项目集中开工, 项目的对接, 问题进行上报.
_VERB_AFTER = re.compile(rf"(?:已经?|集中|的|进行)?(?P<verb>{_alternatives(lexicon.FIGURE_VERBS)})")
_LEAD_FILLERS = sorted(lexicon.FIGURE_LEAD_FILLERS, key=len, reverse=True)
_TRAIL_FILLERS = sorted(lexicon.FIGURE_TRAIL_FILLERS, key=len, reverse=True)
_CLAUSE_MARK = re.compile(r"[,，;；:：。!?！？\n]")
_NOUN_STOP = re.compile(r"[,，;；:：。!?！？、\s0-9“”\"()（）]")
_LABEL_EXPLAINED = re.compile(r"[“\"][^”\"]{1,10}[”\"]即")  # “3”即设立…: the parts of a slogan
_FREQUENCY = re.compile(lexicon.FIGURE_FREQUENCY)
_ARABIC = re.compile(r"[0-9]")

_QUANTITY_UNITS = {
    "percent": "%", "percentage_point": "个百分点", "km2": "平方公里", "m2": "平方米", "ha": "公顷",
    "mu": "亩", "m3": "立方米", "元/m2": "元/平方米", "元/mu": "元/亩",
}
_RATIO_UNITS = {"%", "倍", "个百分点"}
_DURATION_UNITS = {"天", "个月", "小时"}
_AREA_UNITS = {"平方公里", "平方米", "公顷", "亩", "元/平方米", "元/亩"}


@dataclass
class _Number:
    """A number of a sentence, with what the figure steps learn about it."""

    start: int
    end: int
    value: Decimal
    unit: str  # as a figure writes it: 元, 个, %, 平方公里 …
    text: str
    qualifier: str | None
    is_money: bool


@dataclass
class _Figure:
    metric: str
    number: _Number


def extract_figures(sentences: Sequence[Sentence], published_on: dt.date | None) -> list[FigureFact]:
    """Every aggregate number of the sentences, once, in order.

    >>> from tracker.extract.facts import Sentence
    >>> text = "2021年,全年累计签约重大项目107个,累计完成投资285.6亿元,占年度计划的102%"
    >>> for f in extract_figures([Sentence(text, 0, len(text))], dt.date(2022, 3, 31)):
    ...     print(f.metric, f.value, f.unit, f.period)
    签约重大项目 107 个 2021
    完成投资 28560000000 元 2021
    占年度计划 102 % 2021
    """
    facts: list[FigureFact] = []
    seen: set[tuple[str, Decimal, str, str | None]] = set()
    counted: set[tuple[Decimal, str, str | None]] = set()
    for sentence in sentences:
        mentions = find_dates(sentence.text, published_on)
        for figure in _sentence_figures(sentence.text, mentions):
            number = figure.number
            period = _period(number.start, mentions, published_on)
            key = (figure.metric, number.value, number.unit, period)
            repeated = (number.value, number.unit, period) in counted and not _HEAD.search(figure.metric)
            if key in seen or repeated:
                continue
            seen.add(key)
            counted.add((number.value, number.unit, period))
            facts.append(
                FigureFact(
                    metric=figure.metric,
                    value=number.value,
                    unit=number.unit,
                    sentence=sentence.text,
                    period=period,
                    value_text=number.text,
                )
            )
    return facts


# --- step 1: the numbers of a sentence ------------------------------------------------------------
def _numbers(text: str) -> list[_Number]:
    numbers = [
        _Number(m.start, m.end, m.amount_yuan, "元", m.text, m.qualifier, is_money=True)
        for m in find_money(text)
    ]
    for q in find_quantities(text):
        if _ARABIC.search(fold(q.text)):
            unit = _QUANTITY_UNITS.get(q.unit, q.unit)
            numbers.append(_Number(q.start, q.end, q.value, unit, q.text, q.qualifier, is_money=False))
    return sorted(numbers, key=lambda n: n.start)


# --- steps 2 to 4, sentence by sentence -----------------------------------------------------------
def _sentence_figures(text: str, mentions: list[DateMention]) -> list[_Figure]:
    if any(word in text for word in lexicon.FIGURE_PROJECT_SCOPE) or _LABEL_EXPLAINED.search(text):
        return []
    numbers = _numbers(text)
    counts_things = any(_is_count(n) and n.value >= 2 for n in numbers)
    aggregate = counts_things or any(word in text for word in lexicon.FIGURE_AGGREGATE_WORDS)
    figures: list[_Figure] = []
    boundary = 0
    for number in numbers:
        if _is_threshold(text, number):
            continue  # 亿元以上项目: part of the next count's metric
        clause_start = max(boundary, _clause_start(text, number.start))
        metric, consumed = _metric(text, number, clause_start, mentions)
        boundary = consumed
        if _skip_reason(text, number, _clause_start(text, number.start), counts_things):
            continue
        if not metric.strip("、") and figures and any(
            f.number.value == number.value and f.number.unit == number.unit for f in figures
        ):
            continue  # 3个小组、3个小组对接: the same things named again in a chain
        metric = _complete(metric, number, figures)
        if metric and _measures_aggregate(metric, number, aggregate):
            figures.append(_Figure(metric, number))
    return figures


def _is_count(number: _Number) -> bool:
    return number.unit in lexicon.FIGURE_COUNT_UNITS


def _is_threshold(text: str, number: _Number) -> bool:
    """亿元以上项目, 5000万元以上重点项目, 千亿元级: money that qualifies a class of things."""
    if not number.is_money:
        return False
    following = text[number.end:number.end + 1]
    bare = not _ARABIC.search(fold(number.text)) and not re.search("[一二两三四五六七八九十]", number.text)
    bounded = number.qualifier in ("以上", "以下") and number.text.endswith(("以上", "以下"))
    return bool(following) and (bare or bounded or following == "级") and not _CLAUSE_MARK.match(following)


def _clause_start(text: str, position: int) -> int:
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, position)]
    return marks[-1] if marks else 0


def _skip_reason(text: str, number: _Number, clause_start: int, counts_things: bool) -> str | None:
    clause = text[clause_start:number.start]
    before = clause[:len(clause) - len(_pre_qualifier(number))]
    if before.endswith(lexicon.FIGURE_BACK_REFERENCES):
        return "points back to a number already given"
    if any(word in clause for word in lexicon.FIGURE_WIDER_SCOPES):
        return "a scope wider than the district"
    if _FREQUENCY.search(clause):
        return "a frequency"
    if any(word in clause for word in lexicon.FIGURE_PROJECT_FACT_WORDS):
        return "a project's own fact"
    if number.is_money and re.match(r"的(?![0-9])", text[number.end:]):
        return "a project's own money (总投资15亿元的X)"
    if number.is_money and not counts_things and "项目" in clause:
        return "a named project's money"
    if _is_count(number) and number.value < 2:
        return "a count of one"
    return None


def _pre_qualifier(number: _Number) -> str:
    """The qualifier words written before the digits (近, 超过 …), which belong to the number."""
    match = re.match(r"\D*?(?=[0-9一二两三四五六七八九十])", fold(number.text))
    return number.text[:match.end()] if match else ""


def _measures_aggregate(metric: str, number: _Number, aggregate: bool) -> bool:
    if _is_count(number):
        return True
    if number.unit in _RATIO_UNITS:
        return any(word in metric for word in lexicon.FIGURE_RATIO_WORDS)
    if number.unit in _DURATION_UNITS:
        return any(word in metric for word in lexicon.FIGURE_DURATION_WORDS)
    if number.is_money or number.unit in _AREA_UNITS:
        return aggregate
    return False  # capacities (套, 台, 吨) and lengths are a project's


# --- step 3: the metric ---------------------------------------------------------------------------
def _metric(text: str, number: _Number, start: int, mentions: list[DateMention]) -> tuple[str, int]:
    """What the number measures, and where the text it used ends (after a noun read after it)."""
    left = _trim(_without_dates(text, start, number.start, mentions))
    if _is_count(number) and not _ends_with_head(left):
        after = _noun_after(text, number.end)
        if after is not None:
            noun, verb = after
            lead = verb or _lead_verb(left)
            return lead + noun, number.end + len(noun)
    return _lead(left), number.end


def _without_dates(text: str, start: int, end: int, mentions: list[DateMention]) -> str:
    """The clause text before a number without its dates (年内计划开工项目 -> 计划开工项目)."""
    kept, position = [], start
    for mention in mentions:
        if mention.end <= start or mention.start >= end:
            continue
        kept.append(text[position:max(position, mention.start)])
        position = max(position, mention.end)
    kept.append(text[position:end])
    return "".join(kept)


def _trim(phrase: str) -> str:
    """Strip framing words at both ends: 全区已累计对接企业 -> 对接企业, 用地面积达到 -> 用地面积."""
    changed = True
    while changed:
        changed = False
        phrase = phrase.strip(" \u3000")
        for filler in _LEAD_FILLERS:
            verb = _VERB_AT_START.match(phrase)
            if phrase.startswith(filler) and not (verb and verb.end() > len(filler)):
                phrase, changed = phrase[len(filler):], True
                break
        for filler in _TRAIL_FILLERS:
            if phrase.endswith(filler):
                phrase, changed = phrase[:-len(filler)], True
                break
    return phrase


def _ends_with_head(phrase: str) -> bool:
    return any(phrase.endswith(head) for head in lexicon.FIGURE_HEAD_NOUNS)


def _noun_after(text: str, end: int) -> tuple[str, str] | None:
    """``30个存量现代服务业项目建设`` -> 存量现代服务业项目; with what it did (已开工, 对接) if said."""
    stop = _NOUN_STOP.search(text, end)
    window = text[end:stop.start() if stop else len(text)][:20]
    first = _HEAD.search(window)
    if first is None:
        return None
    heads = _HEADS.match(window, first.start())
    noun = window[:heads.end()]
    verb = _VERB_AFTER.match(window, heads.end())
    return noun, (verb.group().removeprefix("的").removeprefix("进行") if verb else "")


def _lead_verb(left: str) -> str:
    """Before a noun read after the number, the verb of the clause: 先后召开4次… -> 召开."""
    if "等" in left or "的" in left:
        head = re.split("[等的]", left)[0]
        verb = _VERB.search(head)
        return verb.group() if verb else ""
    verb = _VERB.search(left)
    return left[verb.start():] if verb else ""


def _lead(left: str) -> str:
    """A metric from the words before the number.

    A list ended by 等 or a phrase ended by 的 is replaced by the verb that governs it
    (摸排需协调解决环保施工、资金短缺、土地规划等问题 -> 摸排问题); otherwise the metric starts at
    the first verb (区…专班负责全区重点项目 -> 负责全区重点项目) or is the whole phrase.
    """
    for mark in ("等", "的"):
        if mark in left:
            head, tail = left.rsplit(mark, 1)
            verb = _VERB.search(head)
            return (verb.group() if verb else "") + _trim(tail)
    verb = _VERB.search(left)
    return left[verb.start():] if verb else left


def _complete(metric: str, number: _Number, figures: list[_Figure]) -> str:
    """Borrow from the figure before: its metric (33%、20%), its head noun (已解决19件 -> 已解决问题),
    or its name before a group's money (项目76个,预计总投资… -> 重点跟踪、洽谈项目预计总投资)."""
    before = figures[-1] if figures else None
    same_unit = [f for f in figures if f.number.unit == number.unit]
    if not metric.strip("、"):
        return same_unit[-1].metric if same_unit else ""
    if _is_count(number) and not _HEAD.search(metric):
        for figure in reversed(same_unit):
            heads = _HEAD.findall(figure.metric)
            if heads:
                return metric + heads[-1]
    if number.is_money and metric in lexicon.FIGURE_GROUP_MONEY and before and _is_count(before.number):
        return before.metric + metric
    return metric


# --- step 5: the period ---------------------------------------------------------------------------
def _period(position: int, mentions: list[DateMention], published_on: dt.date | None) -> str | None:
    usable = [m for m in mentions if not (m.precision == "part_of_year" and m.until is None and not _is_as_of(m))]
    before = [m for m in usable if m.end <= position]
    after = [m for m in usable if m.start >= position]
    mention = before[-1] if before else (after[0] if after else None)
    if mention is None:
        return None if published_on is None else f"截至{published_on.isoformat()}"
    return _format_period(mention)


def _is_as_of(mention: DateMention) -> bool:
    return bool(re.match(r"截[至止]|目前|当前|[至迄]今", mention.text))


def _format_period(mention: DateMention) -> str | None:
    """2021, 2022Q1, 2022H1, 2019-05, 2019-05-30, 2019-01..2019-05, 截至2019-06-11."""
    on, until = mention.on, mention.until
    if on is None:
        return None
    if _is_as_of(mention):
        return "截至" + _point(until or on, "day" if mention.precision == "part_of_month" else mention.precision)
    if until is None:
        return _point(on, mention.precision)
    whole_months = on.day == 1 and (until + dt.timedelta(days=1)).day == 1
    if not whole_months:
        return f"{on.isoformat()}..{until.isoformat()}"
    if on.year == until.year and (on.month, until.month) in _NAMED_SPANS:
        return f"{on.year}{_NAMED_SPANS[on.month, until.month]}"
    if (on.month, until.month) == (1, 12):
        return f"{on.year}..{until.year}"
    return f"{on:%Y-%m}..{until:%Y-%m}"


_NAMED_SPANS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2", (1, 12): ""}


def _point(day: dt.date, precision: str) -> str:
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{day:%Y-%m}"
    if precision == "quarter":
        return f"{day.year}Q{(day.month - 1) // 3 + 1}"
    return day.isoformat()
