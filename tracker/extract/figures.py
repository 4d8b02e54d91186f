"""District figures: the aggregate numbers an article reports for its district (or a part of it).

``新签约项目32个,协议总投资156.8亿元`` gives two figures: 32 个 of 新签约项目 and 15680000000 元
of 新签约项目协议总投资. Each number of a sentence goes through named steps:

1. Find it: money (``find_money``) and quantities written in Arabic digits (``find_quantities``).
   Chinese-numeral counts (两项活动, 八个方面, 四个一批) are nearly always slogans or structure in
   this genre and are read as text.
2. Skip what is not a district's aggregate (see ``_skip_reason``): thresholds (``亿元以上项目`` is
   part of a metric, not an amount), a project's own money (``总投资12亿元的X产业园``) and facts
   (占地, 年产, 一期), sentences explaining a label (``“3”即…``), the rest of a sentence once it
   turns to one project (该项目, 位于, or the clause after ``总投资12亿元的X项目``),
   back-references (这20余家), frequencies (每周至少调度1次), one thing described (1个指挥部,
   一个3平方公里的产业园), wider scopes (全国), and numbers in quotes or without a unit
   (“235”模式, 1+2+N, 十三五).
3. Name it: the metric is built from the words of its clause before the number, cut to the first
   verb (``FIGURE_VERBS``) and stripped of framing words, or from the noun after the number
   (``15个续建项目``, ``争取3.2亿元专项资金``). A bare verb (已办结79条) borrows the head noun
   of the figure before it, a bare 总投资 the name of the count before it, an empty metric
   (45%、30%) the one before.
4. Keep it only if it measures something aggregate: counts always; percentages and multiples only
   as shares, rates or changes (占…, …率, 增长); durations only as times taken; money, areas and
   rates only in a sentence that counts things or names an aggregate (全区, 累计, 园区, 债券, 目标,
   a class of projects such as 新开工项目).
5. Date it. ``period`` comes from the nearest date before the number in its sentence, else from
   the sentence before when a semicolon split them (回顾2022,…;开工项目52个), else it is "as of"
   the publication date, else None. Formats: ``2021``, ``2022Q1``, ``2022H1``, ``2019-05``,
   ``2020-08-26``, ranges ``2020-01..2020-07`` or ``2020-01-01..2020-08-26`` (X以来),
   ``2016..2018``, and ``截至2020-08-26`` for 截至/目前/至今. Points within a year (年初, 年底)
   are not periods (``完成年初目标``) and are passed over.

Units: the count word (个 项 家 户 件 名 次 …), ``元`` (value in yuan, exact), ``%``, ``倍``,
``个百分点``, areas as written in the genre (平方公里, 平方米, 公顷, 亩; value in that unit),
``元/平方米``/``元/亩`` for rates, ``天``/``个月``/``工作日`` for durations. The same figure
(metric, value, unit, period) stated twice in an article is kept once, also when one metric is
the other with words left out (走访企业 / 走访规上企业) or a bare verb (盘点已开工的52项).
Word lists are in the figures section of ``tracker.lexicon``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from tracker import lexicon
from tracker.extract.dates import find_dates
from tracker.extract.facts import DateMention, FigureFact, Sentence
from tracker.extract.numbers import find_money, find_quantities, fold

__all__ = ["extract_figures"]


_VERB = re.compile(rf"(?:{lexicon.alternation(lexicon.FIGURE_VERB_MODIFIERS)})*(?:{lexicon.alternation(lexicon.FIGURE_VERBS)})")
_VERB_AT_START = re.compile(lexicon.alternation(lexicon.FIGURE_VERBS))
_HEAD = re.compile(lexicon.alternation(lexicon.FIGURE_HEAD_NOUNS))
_HEADS = re.compile(rf"(?:{_HEAD.pattern})+")
_MONEY_NOUN = re.compile(rf"[^,，;；:：。]{{0,8}}?(?:{lexicon.alternation(lexicon.FIGURE_MONEY_NOUNS)})")
_COMPARED_WITH = re.compile(r"(?:较|比|同比|与|相比)$")  # 较去年: a baseline, not the period
# After a counted noun, what the things counted did: 项目已开工, 项目集中开工, 项目的对接, 问题进行上报.
_VERB_AFTER = re.compile(rf"(?:已经?|集中|的|进行)?(?P<verb>{lexicon.alternation(lexicon.FIGURE_VERBS)})")
_LEAD_FILLERS = sorted(lexicon.FIGURE_LEAD_FILLERS, key=len, reverse=True)
_TRAIL_FILLERS = sorted(lexicon.FIGURE_TRAIL_FILLERS, key=len, reverse=True)
_CLAUSE_MARK = re.compile(r"[,，;；:：。!?！？\s]")  # a space separates clauses in titles
_NOUN_STOP = re.compile(r"[,，;；:：。!?！？、\s0-9“”\"()（）]")
# 总投资12亿元的X, 投资2亿建设的X, 投资2.5亿元建设X: a project's money, not 46.5亿元的23个项目.
_BUILD = lexicon.alternation(lexicon.BUILD_VERBS)
_OWN_MONEY = re.compile(rf"(?:{_BUILD})?的(?![0-9])|(?:{_BUILD})(?![0-9]|项目)")
_LABEL_EXPLAINED = re.compile(r"[“\"][^”\"]{1,10}[”\"]即")  # “3”即设立…: the parts of a slogan
_FREQUENCY = re.compile(lexicon.FIGURE_FREQUENCY)
_PROJECT_SCOPE = re.compile(rf"{lexicon.alternation(lexicon.FIGURE_PROJECT_SCOPE)}|{lexicon.FIGURE_PROJECT_FACT}")
_PROJECT_CLASS = re.compile(lexicon.FIGURE_PROJECT_CLASS)
_ARABIC = re.compile(r"[0-9]")
_NUMERAL = re.compile(r"[0-9一二两三四五六七八九十]")
_NOUN_FOLLOWS = re.compile(r"[\u4e00-\u9fff]")
_ONE_THING = re.compile(r"一[个座家项条块片]$")

_QUANTITY_UNITS = {
    "percent": "%", "percentage_point": "个百分点", "km2": "平方公里", "m2": "平方米", "ha": "公顷",
    "mu": "亩", "m3": "立方米", "元/m2": "元/平方米", "元/mu": "元/亩",
}
_PROJECT_COUNT_UNITS = {"个", "项", "家"}  # 项目84个, 企业12家: what money after a semicolon may total
_RATIO_UNITS = {"%", "倍", "个百分点"}
_DURATION_UNITS = {"天", "个月", "小时", "工作日"}
_AREA_AND_RATE_UNITS = {"平方公里", "平方米", "公顷", "亩", "元/平方米", "元/亩"}


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


def extract_figures(
    sentences: Sequence[Sentence],
    published_on: dt.date | None,
    project_ends: Mapping[int, Sequence[int]] | None = None,
) -> list[FigureFact]:
    """Every aggregate number of the sentences, once, in order.

    ``project_ends`` gives, per sentence index, where each single named project ends: the
    numbers after one are that project's facts (山王坪供水工程,计划总投资2.5亿元), not the district's.

    >>> from tracker.extract.facts import Sentence
    >>> text = "2022年,全年累计签约重大项目64个,累计完成投资213.4亿元,占年度计划的104%"
    >>> for f in extract_figures([Sentence(text, 0, len(text))], dt.date(2023, 3, 15)):
    ...     print(f.metric, f.value, f.unit, f.period)
    签约重大项目 64 个 2022
    完成投资 21340000000 元 2022
    占年度计划 104 % 2022
    """
    facts: list[FigureFact] = []
    counted: dict[tuple[Decimal, str, str | None], list[str]] = {}
    carried: DateMention | None = None
    counted_things = False  # whether the sentence before counts projects or firms (for one split off at a semicolon)
    previous: Sentence | None = None
    for index, sentence in enumerate(sentences):
        mentions = find_dates(sentence.text, published_on)
        continued = _continues(previous, sentence)
        if not continued:
            carried = None
        numbers = _numbers(sentence.text)
        for figure in _sentence_figures(
            sentence.text, numbers, mentions, (project_ends or {}).get(index, ()), continued and counted_things
        ):
            number = figure.number
            period = _period(sentence.text, number.start, mentions, carried, published_on)
            same = counted.get((number.value, number.unit, period), [])
            if any(_restates(figure.metric, metric) for metric in same):
                continue
            same.append(figure.metric)
            counted[number.value, number.unit, period] = same
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
        carried = _last_period_mention(mentions, sentence.text) or carried
        # One hop only: in a list of projects split at semicolons, each item's money is its own.
        counted_things = any(n.unit in _PROJECT_COUNT_UNITS and n.value >= 2 for n in numbers)
        previous = sentence
    return facts


def _restates(metric: str, earlier: str) -> bool:
    """The same number again: the same metric, one whose words are all in the other in order
    (走访企业 / 走访规上企业, a title's 开工项目 / 集中开工项目), or a bare verb
    (盘点已开工的52项 after 新开工工业项目52项)."""
    shorter, longer = sorted((metric, earlier), key=len)
    remaining = iter(longer)
    return all(char in remaining for char in shorter) or not _HEAD.search(metric)


def _continues(previous: Sentence | None, sentence: Sentence) -> bool:
    """A sentence split off at a semicolon, in the same paragraph, keeps the time frame before it:
    回顾2022,…履约率75%;开工项目52个 -> 2022."""
    return (
        previous is not None
        and previous.text.endswith((";", "；"))
        and previous.end <= sentence.start
        and sentence.start - previous.end <= 2
    )


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
def _counts_things(numbers: list[_Number]) -> bool:
    return any(_is_count(n) and n.value >= 2 for n in numbers)


def _sentence_figures(
    text: str, numbers: list[_Number], mentions: list[DateMention], project_ends: Sequence[int] = (),
    counted_before: bool = False,
) -> list[_Figure]:
    """The figures of one sentence; ``counted_before`` when it goes on from one, split off at a
    semicolon, that counts things (市场主导类项目84个…;1-9月完成投资168.44亿元)."""
    if _LABEL_EXPLAINED.search(text):
        return []
    project_from = _project_scope_start(text, numbers)
    own_facts = [(end, _clauses_on(text, end, 2)) for end in project_ends]
    counts_things = _counts_things(numbers) or counted_before
    aggregate = (
        counts_things
        or any(word in text for word in lexicon.FIGURE_AGGREGATE_WORDS)
        or _PROJECT_CLASS.search(text) is not None
    )
    figures: list[_Figure] = []
    boundary = 0
    for number in numbers:
        if number.start >= project_from:
            break
        if _is_threshold(text, number):
            continue  # 亿元以上项目: part of the next count's metric
        if any(start <= number.start < end for start, end in own_facts):
            continue  # 某某工程,计划总投资2.5亿元: the project's own money
        clause_start = max(boundary, _clause_start(text, number.start))
        metric, consumed = _metric(text, number, clause_start, mentions)
        boundary = consumed
        if _skip_reason(text, number, _clause_start(text, number.start), counts_things):
            continue
        if not metric and figures and any(
            f.number.value == number.value and f.number.unit == number.unit for f in figures
        ):
            continue  # 2个小组、2个小组对接: the same things named again in a chain
        metric = _complete(metric, number, figures)
        if metric and _measures_aggregate(metric, number, aggregate):
            figures.append(_Figure(metric, number))
    return figures


def _project_scope_start(text: str, numbers: list[_Number]) -> int:
    """Where a sentence turns to one project: at 该项目/位于/占地 …, or at the clause after a
    project introduced by its own money (启动了总投资12亿元的X项目,一期…,已有8家企业准备进驻)."""
    starts = [len(text)]
    scope = _PROJECT_SCOPE.search(text)
    if scope:
        starts.append(scope.start())
    for number in numbers:
        if number.is_money and _OWN_MONEY.match(text, number.end):
            clause_end = _CLAUSE_MARK.search(text, number.end)
            starts.append(clause_end.end() if clause_end else len(text))
    return min(starts)


def _clauses_on(text: str, position: int, count: int) -> int:
    """Where the ``count``-th clause after ``position`` ends."""
    for _ in range(count):
        mark = _CLAUSE_MARK.search(text, position)
        if mark is None:
            return len(text)
        position = mark.end()
    return position


def _is_count(number: _Number) -> bool:
    return number.unit in lexicon.FIGURE_COUNT_UNITS


def _is_threshold(text: str, number: _Number) -> bool:
    """亿元以上项目, 3000万元以上重点项目, 千亿元级: money that qualifies a class of things."""
    if not number.is_money:
        return False
    following = text[number.end:number.end + 1]
    bare = not _NUMERAL.search(fold(number.text))
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
    if number.is_money and _OWN_MONEY.match(text, number.end):
        return "a project's own money (总投资12亿元的X)"
    if number.is_money and not counts_things and "项目" in clause and not _PROJECT_CLASS.search(clause):
        return "a named project's money (某某项目完成投资…)"
    if _is_count(number) and number.value < 2 and _NOUN_FOLLOWS.match(text, number.end):
        return "一个/1个 before a noun is an article (设立1个指挥部), not a count"
    if _ONE_THING.search(before):
        return "describes one thing (一个3平方公里的产业园)"
    return None


def _pre_qualifier(number: _Number) -> str:
    """The qualifier words written before the digits (近, 超过 …), which belong to the number."""
    digits = _NUMERAL.search(fold(number.text))
    return number.text[:digits.start()] if digits else ""


def _measures_aggregate(metric: str, number: _Number, aggregate: bool) -> bool:
    if _is_count(number):
        return True
    if number.unit in _RATIO_UNITS:
        return any(word in metric for word in lexicon.FIGURE_RATIO_WORDS)
    if number.unit in _DURATION_UNITS:
        return any(word in metric for word in lexicon.FIGURE_DURATION_WORDS)
    if number.is_money or number.unit in _AREA_AND_RATE_UNITS:
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
    if number.is_money and not _MONEY_NOUN.search(left):
        noun = _MONEY_NOUN.match(text, number.end)  # 争取3.2亿元专项资金
        if noun:
            return _lead_verb(left) + noun.group(), noun.end()
    return _lead(left), number.end


def _without_dates(text: str, start: int, end: int, mentions: list[DateMention]) -> str:
    """The clause text before a number without its dates (年内计划竣工项目 -> 计划竣工项目)."""
    kept, position = [], start
    for mention in mentions:
        if mention.end <= start or mention.start >= end:
            continue
        kept.append(text[position:max(position, mention.start)])
        position = max(position, mention.end)
    kept.append(text[position:end])
    return "".join(kept)


def _trim(phrase: str) -> str:
    """Strip framing words at both ends: 全县已累计走访企业 -> 走访企业, 用地面积达到 -> 用地面积."""
    changed = True
    while changed:
        changed = False
        phrase = phrase.strip(" \u3000")
        verb = _VERB_AT_START.match(phrase)
        for filler in _LEAD_FILLERS:
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
    """``15个续建项目建设`` -> 续建项目; with what it did (已开工, 对接) if said."""
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
    """Before a noun read after the number, the verb of the clause: 先后召开6次… -> 召开."""
    if "等" in left or "的" in left:
        head = re.split("[等的]", left)[0]
        verb = _VERB.search(head)
        return verb.group() if verb else ""
    verb = _VERB.search(left)
    return left[verb.start():] if verb else ""


def _lead(left: str) -> str:
    """A metric from the words before the number.

    A list ended by 等 or a phrase ended by 的 is replaced by the verb that governs it
    (梳理需协调解决用地、融资、审批等问题 -> 梳理问题); otherwise the metric starts at the
    first verb (县…专班负责全县重点项目 -> 负责全县重点项目) or is the whole phrase.
    """
    for mark in ("等", "的"):
        if mark in left:
            head, tail = left.rsplit(mark, 1)
            verb = _VERB.search(head)
            if verb:
                return verb.group() + _trim(tail)
    verb = _VERB.search(left)
    return left[verb.start():] if verb else left


def _complete(metric: str, number: _Number, figures: list[_Figure]) -> str:
    """Borrow from the figure before: its metric (45%、30%), its head noun (已办结79条 -> 已办结诉求),
    or its name before a group's money (签约项目32个,协议总投资… -> 签约项目协议总投资)."""
    before = figures[-1] if figures else None
    same_unit = [f for f in figures if f.number.unit == number.unit]
    if not metric:
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
def _period(
    text: str,
    position: int,
    mentions: list[DateMention],
    carried: DateMention | None,
    published_on: dt.date | None,
) -> str | None:
    """The nearest period before the number, else the one carried over a semicolon, else "as of"
    the publication date (None when it is unknown)."""
    mention = _last_period_mention([m for m in mentions if m.end <= position], text) or carried
    if mention is None:
        return None if published_on is None else f"截至{published_on.isoformat()}"
    return _format_period(mention)


def _last_period_mention(mentions: list[DateMention], text: str) -> DateMention | None:
    """The last mention that can be a period: not a point within a year (完成年初目标, 年底前),
    nor a baseline of a comparison (较去年增加9家)."""
    usable = [
        m for m in mentions
        if not (m.precision == "part_of_year" and m.until is None and not _is_as_of(m))
        and not _COMPARED_WITH.search(text, 0, m.start)
    ]
    return usable[-1] if usable else None


def _is_as_of(mention: DateMention) -> bool:
    return bool(re.match(r"截[至止]|目前|当前|[至迄]今", mention.text))


def _format_period(mention: DateMention) -> str | None:
    """2020, 2020Q1, 2020H1, 2020-08, 2020-08-26, 2020-01..2020-07, 截至2020-08-26."""
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
