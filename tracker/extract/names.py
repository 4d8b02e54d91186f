"""When two project names mean the same project.

Merging is conservative: the caller only compares projects of one district, and here two names
agree only when their *distinctive* parts do: what is left after place names, the genre's generic
words (产业园, 项目, 智能制造 …), quantities and phase words are taken out. ``鼎瑞智慧化工厂`` and
``鼎瑞智能制造工厂一期建设项目`` agree on 鼎瑞; ``南湖广场`` and ``金桥商业广场`` do not.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tracker.lexicon import GENERIC_NAME_WORDS, PHASE_PATTERN, alternation

_QUANTITY = re.compile(
    r"[0-9０-９.]+\s*[万亿千百十]?(?:立方米|平方米|千瓦|兆瓦|公里|套|台|吨|件|辆|亩|个|条|只|片|米|头|组|座)?"
)
_PUNCT = re.compile(r"[\s()（）\[\]【】“”\"'‘’《》〈〉+·、,，.。:：;；\-—_/]")
_GENERIC = re.compile(alternation(GENERIC_NAME_WORDS))
_PHASE = re.compile(PHASE_PATTERN)
_OUTPUT = re.compile(r"\d+(?:\.\d+)?\s*[万亿千]?(?:吨|台|套|件|辆|只|片|条|头|平方米|立方米|千瓦|兆瓦)")


# Merging compares each name with every known spelling, so the same strings come back often.
@lru_cache(maxsize=2048)
def phase_of(name: str) -> str | None:
    """The phase a name states (一期, 二期 …), or None.

    >>> phase_of("青山新型建材生产基地(二期)项目"), phase_of("南湖广场")
    ('二期', None)
    """
    match = _PHASE.search(name)
    return match.group("phase") if match else None


@lru_cache(maxsize=2048)
def comparable(name: str) -> str:
    """A spelling-insensitive form: NFKC, no punctuation or spaces."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", name))


@lru_cache(maxsize=2048)
def distinctive(name: str, place_names: tuple[str, ...] = ()) -> str:
    """What is left of a name without places, generic words, quantities and phases.

    >>> distinctive("鼎瑞智能制造工厂一期建设项目")
    '鼎瑞'
    >>> distinctive("长春市生活垃圾综合处理站扩建项目", ("长春市", "长春"))
    '生活垃圾处理站'
    """
    core = comparable(name)
    places = sorted(filter(None, place_names), key=len, reverse=True)
    while lead := next((p for p in places if core.startswith(p)), None):  # 重庆云阳…: city, then county
        core = core[len(lead):]
    core = _PHASE.sub("", core)
    core = _QUANTITY.sub("", core)
    core = _GENERIC.sub("", core)
    return core


def phases_compatible(a: str | None, b: str | None) -> bool:
    """Different phases are different projects, and a park is not its own first phase."""
    return a == b


@lru_cache(maxsize=4096)  # an article compares each name with every project it has named
def same_project(a: str, b: str, *, place_names: tuple[str, ...] = ()) -> bool:
    """Whether two names of one district's projects name the same project.

    >>> same_project("恒通轴承项目", "德州机械产业园恒通500万套轴承总成项目", place_names=("德州",))
    True
    >>> same_project("华泰智能制造产业园二期", "华泰智能制造产业园三期")
    False
    >>> same_project("南湖广场", "金桥商业广场")
    False
    >>> same_project("年产1万吨海绵钛升级改造项目", "某某公司年产3万吨海绵钛智能制造项目")
    False
    """
    if comparable(a) == comparable(b):
        return True
    if not phases_compatible(phase_of(a), phase_of(b)):
        return False
    outputs_a, outputs_b = set(_OUTPUT.findall(a)), set(_OUTPUT.findall(b))
    if outputs_a and outputs_b and not outputs_a & outputs_b and all(n.endswith(("项目", "工程")) for n in (a, b)):
        return False  # 年产1万吨某某项目 beside 年产3万吨某某项目: two plants (a 1万吨生产线 may be a part)
    core_a, core_b = distinctive(a, place_names), distinctive(b, place_names)
    shorter, longer = sorted((core_a.replace("及", ""), core_b.replace("及", "")), key=len)
    # Nothing distinctive left (e.g. 智能制造产业园项目): only an exact match counts.
    if len(shorter) < 2:
        return False
    if shorter in longer:
        return True
    # 巨利达锰合金高强度钢 within 巨利达钢铁锰合金高强度钢: the company's trade crept in.
    rest = iter(longer)
    return len(shorter) >= 5 and shorter[:2] == longer[:2] and all(char in rest for char in shorter)
