"""Numbers, money and quantities as these reports write them, read exactly (never via float).

Conventions:

- Amounts are ``Decimal`` and exact: ``6.72亿元`` is 672000000 yuan, ``3.6万台`` is 36000 台.
  1万 = 10^4, 1亿 = 10^8, 1万亿 = 10^12. Integral results carry no decimal places.
- Digits may be ASCII or full-width (``４.３９``), with thousands separators (``1,200``, ASCII
  comma and groups of exactly three only), or Chinese numerals (``三亿五千万``, ``二〇一九``,
  ``三万五`` = 35000). A Chinese numeral must start with a digit or 十: ``百万``/``千亿`` alone are
  idioms (百万亩, 千亿级), not numbers. ``几``/``数`` numbers (几十亿元) are not exact and are skipped.
- Traditional forms (萬 億 兩 餘 畝 個 項 …) are read like their Simplified forms; spans stay spans
  of the text given, because the folding is one character for one character.
- Qualifiers are normalised to a small vocabulary, and ``text`` keeps the words as written:
  近/将近/接近 -> 近; 约/大约/左右 -> 约; 以上/及以上/不低于/不少于/至少 -> 以上;
  以下/以内/不超过/不足/不到 -> 以下; 超/超过/逾/突破 -> 超; 余 -> 余; 多 -> 多.
  达/达到/高达 only say that a value was reached, so they are not qualifiers and not in ``text``.
- A range (``3-5亿元``, ``3亿-5亿元``, ``3至5个``) is read as its upper end with qualifier 以下:
  the text keeps both ends, and "at most the upper end" is true of every value in the range.
- ``亿元以上项目`` (a multiplier with no digit) is returned as a threshold of 1亿元 with qualifier
  以上; callers decide that it is a class of projects, not an amount.
- Not money: other currencies (美元, 港元, 欧元 …), and rates (``5200元每平方米``, ``20万元/亩``),
  which ``find_quantities`` returns as quantities with unit 元/m2 or 元/mu, in yuan.
- Quantity units are normalised: m2 (平方米, ㎡), km2 (平方公里), ha (公顷), mu (亩), m3 (立方米),
  km (公里), m (米), percent (%, 百分之…), percentage_point (个百分点); counts, capacities and
  durations keep their word (个 项 家 户 件 名 条 次 套 台 吨 倍 天 个月 工作日 …). Land areas also
  get ``value_m2``: 1亩 = 10000/15 m², quantized to 0.01 m² (half-even); the others are exact.
- Ordinals (第3个) are not quantities.
"""

from __future__ import annotations

import re
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    Inexact,
    InvalidOperation,
    Overflow,
    localcontext,
)
from functools import lru_cache

from tracker import lexicon
from tracker.extract.facts import Money, Quantity

__all__ = ["find_money", "find_quantities", "fold", "parse_money", "parse_number"]

# --- folding: one character for one character, so spans in the folded text are spans of the input
_FOLD = str.maketrans(
    "０１２３４５６７８９．％～－／○"  # full-width digits and signs; ○ is often typed for 〇
    "萬億兩餘約達過於畝個項戶臺輛條筆處組場噸頃號數幾來當後則貳參陸",  # Traditional forms
    "0123456789.%~-/〇"
    "万亿两余约达过于亩个项户台辆条笔处组场吨顷号数几来当后则贰叁陆",
)


@lru_cache(maxsize=256)  # figures read each sentence for money, quantities and dates
def fold(text: str) -> str:
    """Full-width digits to ASCII and Traditional number words to Simplified, length-preserving.

    >>> fold("６.７２億元")
    '6.72亿元'
    """
    return text.translate(_FOLD)


# --- parse_number ---------------------------------------------------------------------------------
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUMBER_TOKEN = re.compile(
    r"""
    [0-9]{1,3}(?:,[0-9]{3})+(?![0-9])(?:\.[0-9]+)?   # 1,200 or 1,200.5: thousands separators
  | [0-9]+(?:\.[0-9]+)?                               # 4.39
  | [零〇一二两三四五六七八九]                          # one Chinese digit
  | [十百千万亿]                                        # one multiplier
    """,
    re.VERBOSE,
)
# Exact arithmetic: a result that would need rounding is refused, not rounded.
_EXACT = Context(prec=60, traps=[Inexact, InvalidOperation, Overflow])
_ROUNDED = Context(prec=60, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, Overflow])


@lru_cache(maxsize=2048)  # the same few numerals recur in every article
def parse_number(text: str) -> Decimal | None:
    """The exact value of a number written in any of the genre's ways, or None.

    >>> parse_number("6.72"), parse_number("６.７２"), parse_number("1,200")
    (Decimal('6.72'), Decimal('6.72'), Decimal('1200'))
    >>> parse_number("三亿五千万"), parse_number("3.6万"), parse_number("1.2万亿")
    (Decimal('350000000'), Decimal('36000'), Decimal('1200000000000'))
    >>> parse_number("二〇一九"), parse_number("三万五"), parse_number("一千零五十")
    (Decimal('2019'), Decimal('35000'), Decimal('1050'))
    >>> parse_number("十三五") is None, parse_number("百万") is None, parse_number("1,20") is None
    (True, True, True)
    """
    folded = fold(text.strip())
    tokens = _NUMBER_TOKEN.findall(folded)
    if not tokens or sum(map(len, tokens)) != len(folded):
        return None
    try:
        with localcontext(_EXACT):
            value = _positional(tokens) if _all_cn_digits(tokens) else _combine(tokens)
            return None if value is None else _tidy(value)
    except ArithmeticError:  # too many digits to stay exact
        return None


def _all_cn_digits(tokens: list[str]) -> bool:
    return all(token in _CN_DIGITS for token in tokens)


def _positional(tokens: list[str]) -> Decimal:
    """二〇一九 -> 2019: digits without multipliers are read digit by digit (years, codes)."""
    return Decimal("".join(str(_CN_DIGITS[token]) for token in tokens))


def _combine(tokens: list[str]) -> Decimal | None:
    """Multiply and add digits and multipliers: 3亿5000万, 三千五百万, 1.2万亿.

    ``total`` holds the 亿 part, ``wan`` the 万 part, ``section`` the part below 万, ``pending`` the
    last number not yet multiplied. Out-of-order or doubled multipliers (十三五, 万万) are refused.
    """
    total = wan = section = Decimal(0)
    pending: Decimal | None = None
    smallest = 10**5  # 十/百/千 within a section must descend: 千 then 百 then 十
    elide_by: int | None = None  # 三万五 = 35000: a final lone digit right after a multiplier
    after_unit: int | None = None
    for token in tokens:
        if token in "零〇":  # a placeholder inside a numeral: 一千零五十
            after_unit = None
            continue
        if token in _SMALL_UNITS:
            unit = _SMALL_UNITS[token]
            if unit >= smallest or (pending is None and unit != 10):
                return None
            section += (1 if pending is None else pending) * unit
            pending, smallest, after_unit, elide_by = None, unit, unit, None
        elif token == "万":
            if wan or (pending is None and not section):
                return None
            wan = (section + (pending or 0)) * 10**4
            section, pending, smallest, after_unit, elide_by = Decimal(0), None, 10**5, 10**4, None
        elif token == "亿":
            if total or (pending is None and not section and not wan):
                return None
            total = (wan + section + (pending or 0)) * 10**8
            wan = section = Decimal(0)
            pending, smallest, after_unit, elide_by = None, 10**5, 10**8, None
        else:
            if pending is not None:  # two numbers in a row: 十三五, 3五
                return None
            pending = Decimal(_CN_DIGITS[token]) if token in _CN_DIGITS else Decimal(token.replace(",", ""))
            elide_by = after_unit if token in _CN_DIGITS else None
            after_unit = None
    if pending is not None and elide_by:
        pending *= Decimal(elide_by) / 10
    return total + wan + section + (pending or 0)


def _tidy(value: Decimal) -> Decimal:
    """Integral values without decimal places (439000000, not 439000000.00); others as written."""
    integral = value.to_integral_value()
    return integral if integral == value else value.normalize()


# --- the number pattern shared by money and quantities -----------------------------------------
_NUM = r"""
    (?: [0-9]{1,3}(?:,[0-9]{3})+(?![0-9]) | [0-9]+ ) (?:\.[0-9]+)?    # 1,200 / 4.39
    (?: [十百千万亿]+ (?: [0-9]+(?:\.[0-9]+)? [十百千万亿]+ )* )?      # 6.72亿, 3亿5000万
  | [一二两三四五六七八九十] [零〇一二两三四五六七八九十百千万亿]*     # 三亿五千万, 十
"""
# Not inside another number, an ordinal (第3), or an indefinite 几十/数十.
_NUM_START = r"(?<![0-9.几数第零〇一二两三四五六七八九十百千万亿])"
# Multipliers written after 余/多 (10余亿元, 300多万套), or alone (亿元以上项目).
_MULT = r"(?:[十百千]?万亿|[十百千]?亿|[十百千]?万)"
# A multiplier with no number of its own (亿元以上项目): not after a number, even across a space.
_NUMBER_CHARS = "0-9.几数余多零〇一二两三四五六七八九十百千万亿"
_NOT_AFTER_NUMBER = rf"(?<![{_NUMBER_CHARS}])(?<![{_NUMBER_CHARS}]\s)"
_RANGE_SEP = r"\s?[-—–~至到]\s?"
# Words right before a number that make it a bound or an estimate. Words that merely end in
# 约/近/超 (签约, 最近, 赶超) are not qualifiers.
_PRE = r"""
    (?P<pre> 不低于|不少于|不超过|不足|不到|至少|超过|突破|逾|(?<!赶)超
           | 将近|接近|(?<![最附就])近|大约|(?<![签履合节预违特制邀毁集])约 )?
"""
_POST = r"(?P<post>及以上|以上|以下|以内|左右)?"
_QUALIFIERS = {
    "近": "近", "将近": "近", "接近": "近",
    "约": "约", "大约": "约", "左右": "约",
    "以上": "以上", "及以上": "以上", "不低于": "以上", "不少于": "以上", "至少": "以上",
    "以下": "以下", "以内": "以下", "不超过": "以下", "不足": "以下", "不到": "以下",
    "超": "超", "超过": "超", "逾": "超", "突破": "超",
    "余": "余", "多": "多",
}

# Characters a money or quantity match can start with: a cheap first test at every position.
_STARTS = r"(?=[0-9一二两三四五六七八九十百万亿千不至超突逾将接近大约])"

_MONEY = re.compile(
    rf"""
    {_STARTS}
    {_PRE}                                              # 近/约/不低于 … (optional)
    (?:
        (?:{_NUM_START}(?P<low>{_NUM}){_RANGE_SEP})?    # a range's lower end: 3-5亿元
        {_NUM_START}(?P<num>{_NUM})                     # the amount
        \s?(?P<yu>[余多])?                              # 10余亿元, 300多亿元
        (?P<mult>{_MULT})?                              # the multiplier after 余/多 (or a space)
      | {_NOT_AFTER_NUMBER}(?P<bare>{_MULT})            # 亿元以上: a threshold
    )
    \s?(?:元|人民币)                                     # yuan (1.5亿人民币); 美元, 港元 … never match
    (?!\s?[/每])                                        # 元/平方米, 元每平方米 are rates
    {_POST}                                             # 以上/以下/左右 (optional)
    """,
    re.VERBOSE,
)

_BUILD = lexicon.alternation(lexicon.BUILD_VERBS)
# 总投资3.1个亿; 总投资2900万。: right after an investment word, an amount with a multiplier needs
# no 元 (only where the clause ends there: 投资3万平方米 is not money).
_UNITLESS_MONEY = re.compile(
    rf"""
    (?:(?<=投资)|(?<=投资额)|(?<=投资达)|(?<=投资为)|(?<=资金))\s?
    {_PRE}
    (?:{_NUM_START}(?P<low>{_NUM}){_RANGE_SEP})?
    {_NUM_START}(?P<num>{_NUM})
    \s?(?P<yu>[余多])?
    (?:个?(?P<mult>{_MULT}))?
    (?=\s?(?:[,，;；。、)）]|$|(?:{_BUILD})?的))  # 投资2亿建设的某某项目
    """,
    re.VERBOSE,
)


# Pure, and asked of the same sentence by several readers (projects, figures, issues).
@lru_cache(maxsize=512)
def find_money(text: str) -> tuple[Money, ...]:
    """Every amount of money in yuan, in order; spans and ``text`` are those of ``text``.

    >>> [(m.amount_yuan, m.text, m.qualifier) for m in find_money("预计总投资63.27亿元,分别占41%")]
    [(Decimal('6327000000'), '63.27亿元', None)]
    >>> [(m.amount_yuan, m.qualifier) for m in find_money("计划总投资近260亿元,贷款1,200万元")]
    [(Decimal('26000000000'), '近'), (Decimal('12000000'), None)]
    >>> [(m.amount_yuan, m.text, m.qualifier) for m in find_money("亿元以上项目23项")]
    [(Decimal('100000000'), '亿元以上', '以上')]
    >>> find_money("利用外资1.2亿美元,投资强度5200元每平方米")
    ()
    >>> [(m.amount_yuan, m.text) for m in find_money("总投资3.1个亿;总投资2900万。投资3万平方米")]
    [(Decimal('310000000'), '3.1个亿'), (Decimal('29000000'), '2900万')]
    """
    found: list[Money] = []
    folded = fold(text)
    matches = []
    if "元" in folded or "人民币" in folded:
        matches += _MONEY.finditer(folded)
    if "投资" in folded or "资金" in folded:
        matches += (m for m in _UNITLESS_MONEY.finditer(folded) if _has_multiplier(m))
    for match in sorted(matches, key=lambda m: m.start()):
        amount = _amount(match)
        if amount is not None:
            found.append(
                Money(
                    amount_yuan=amount,
                    text=text[match.start():match.end()],
                    qualifier=_qualifier(match),
                    start=match.start(),
                    end=match.end(),
                )
            )
    return tuple(found)


def _has_multiplier(match: re.Match[str]) -> bool:
    return bool(match.group("mult")) or any(c in match.group("num") for c in "万亿")


def parse_money(text: str) -> Money | None:
    """The one amount of money in a short text; None when there is none or more than one.

    >>> parse_money("总投资18亿元").amount_yuan
    Decimal('1800000000')
    >>> parse_money("三亿五千万元").amount_yuan, parse_money("3.6萬元").amount_yuan
    (Decimal('350000000'), Decimal('36000'))
    >>> parse_money("3亿元至5亿元") is None
    True
    """
    found = find_money(text)
    return found[0] if len(found) == 1 else None


def _amount(match: re.Match[str]) -> Decimal | None:
    """The matched number times its multiplier, exactly; None if the numeral is not a number."""
    if match.groupdict().get("bare"):
        return _scale(match.group("bare"))
    number = parse_number(match.group("num"))
    if number is None or (match.group("low") and parse_number(match.group("low")) is None):
        return None
    try:
        with localcontext(_EXACT):
            return _tidy(number * _scale(match.group("mult") or ""))
    except ArithmeticError:
        return None


def _scale(multiplier: str) -> Decimal:
    """千万 -> 10^7, 万亿 -> 10^12: a compound multiplier is the product of its characters."""
    value = 1
    for char in multiplier:
        value *= {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}[char]
    return Decimal(value)


def _qualifier(match: re.Match[str]) -> str | None:
    """The first of: a word before the number, 余/多, a range, a word after the unit."""
    groups = match.groupdict()
    if groups.get("pre"):
        return _QUALIFIERS[groups["pre"]]
    if groups.get("yu"):
        return _QUALIFIERS[groups["yu"]]
    if groups.get("low"):
        return "以下"
    if groups.get("bare") and not groups.get("post"):
        return None
    return _QUALIFIERS.get(groups.get("post") or "")


# --- quantities ---------------------------------------------------------------------------------
# m² per unit of the metric land areas (亩 is converted apart: 10000/15 is not exact).
_AREA_M2 = {"m2": Decimal(1), "km2": Decimal(10**6), "ha": Decimal(10**4)}
# Written unit -> normalised unit.
_UNITS: dict[str, str] = {
    "平方公里": "km2", "平方千米": "km2", "平方米": "m2", "平米": "m2", "㎡": "m2", "m²": "m2",
    "公顷": "ha", "亩": "mu", "立方米": "m3", "m³": "m3", "公里": "km", "千米": "km", "米": "m",
    "%": "percent", "个百分点": "percentage_point",
    "元每平方米": "元/m2", "元/平方米": "元/m2", "元/㎡": "元/m2", "元/亩": "元/mu", "元每亩": "元/mu",
    "个月": "个月", "个工作日": "工作日", "工作日": "工作日", "天": "天", "小时": "小时", "倍": "倍",
    "吨": "吨", "千瓦": "千瓦", "兆瓦": "兆瓦",
    # counts and capacities keep their word
    **{unit: unit for unit in (
        "个", "项", "家", "户", "件", "名", "条", "人次", "人", "次", "批", "套", "台", "辆", "座",
        "所", "栋", "幢", "处", "组", "宗", "笔", "场", "位", "支", "块", "张", "份", "间", "部",
    )},
}
_UNIT_PATTERN = "|".join(re.escape(unit) for unit in sorted(_UNITS, key=len, reverse=True))

_QUANTITY = re.compile(
    rf"""
    {_STARTS}
    {_PRE}                                              # 近/约/超过 … (optional)
    (?:
        百分之(?P<percent>{_NUM})                       # 百分之三十
      | (?:{_NUM_START}(?P<low>{_NUM}){_RANGE_SEP})?    # a range's lower end: 3-5个
        {_NUM_START}(?P<num>{_NUM})                     # the number
        \s?(?P<yu>[余多])?                              # 30余户, 1000多万套
        (?P<mult>{_MULT})?                              # the multiplier after 余/多
        \s?(?P<unit>{_UNIT_PATTERN})                    # the unit, longest first (个月 before 个)
        (?!民币)                                        # 1.5亿人民币 is money, not people
    )
    {_POST}                                             # 以上/以下/左右 (optional)
    """,
    re.VERBOSE,
)


# Pure, and asked of the same sentence by several readers (projects, figures, issues).
@lru_cache(maxsize=512)
def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Areas, capacities, percentages, rates and counts, in order (money is ``find_money``'s).

    >>> [(q.value, q.unit, q.value_m2) for q in find_quantities("占地125亩,一期占地6万平方米")]
    [(Decimal('125'), 'mu', Decimal('83333.33')), (Decimal('60000'), 'm2', Decimal('60000'))]
    >>> [(q.value, q.unit, q.qualifier) for q in find_quantities("年产3.6万台,规上企业40余家,70%以上")]
    [(Decimal('36000'), '台', None), (Decimal('40'), '家', '余'), (Decimal('70'), 'percent', '以上')]
    >>> [(q.value, q.unit) for q in find_quantities("用时2个月,平均投资强度5200元每平方米")]
    [(Decimal('2'), '个月'), (Decimal('5200'), '元/m2')]
    """
    folded = fold(text)
    found = []
    for match in _QUANTITY.finditer(folded):
        quantity = _quantity(match, text)
        if quantity is not None:
            found.append(quantity)
    return tuple(found)


def _quantity(match: re.Match[str], text: str) -> Quantity | None:
    if match.group("percent"):
        value, unit = parse_number(match.group("percent")), "percent"
    else:
        value, unit = _amount(match), _UNITS[match.group("unit")]
    if value is None:
        return None
    return Quantity(
        value=value,
        unit=unit,
        text=text[match.start():match.end()],
        qualifier=_qualifier(match),
        value_m2=_square_metres(value, unit),
        start=match.start(),
        end=match.end(),
    )


def _square_metres(value: Decimal, unit: str) -> Decimal | None:
    """Land areas in m²: 亩 = 10000/15 m² rounded to 0.01 m², the metric units exactly."""
    try:
        if unit == "mu":  # 10000/15 has no finite decimal: round on purpose, to 0.01 m²
            with localcontext(_ROUNDED):
                return _tidy((value * 10000 / 15).quantize(Decimal("0.01")))
        if unit in _AREA_M2:
            with localcontext(_EXACT):
                return _tidy(value * _AREA_M2[unit])
    except ArithmeticError:  # more digits than any real area has
        return None
    return None
