"""China's administrative divisions, and finding them in the text of an article.

The gazetteer is ``tracker/data/divisions.tsv`` (every province-, prefecture- and county-level
unit in force, with its GB/T 2260 code) and ``tracker/data/former_divisions.tsv`` (names and
codes no longer in force, each with the unit that carries it on). Both are built by
``scripts/build_gazetteer.py``; their headers say from what and when. They are read on first use.

Text is expected in Simplified Chinese (Traditional converted with OpenCC ``t2s``).

>>> lookup("130502")
Division(adcode='130502', name='襄都区', city='邢台市', province='河北省', level='district')
>>> [d.adcode for d in by_name("桥东区", within="邢台")]   # renamed 襄都区 in 2020
['130502']
>>> article_district("长春宽城:实现项目建设新突破", "宽城区正在向着高质量发展坚定前行。").name
'宽城区'
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tracker.extract.facts import Division
from tracker.text import to_simplified

__all__ = ["article_district", "by_name", "find_divisions", "lookup"]

_DATA = Path(__file__).with_name("data")
_COUNTY_LEVELS = frozenset({"district", "county", "county_city"})
_RANK = {"province": 0, "city": 1, "district": 2, "county": 2, "county_city": 2}

_CJK = re.compile(r"[\u4e00-\u9fff]")
# After a line's start or a sentence's end, a place is usually the sentence's subject
# (襄都区以项目建设为主题主线…).
_SENTENCE_ENDS = frozenset("\n。！？；：:!?;")
_MEDIA_BRAND = "云上"  # 云上枝江消息: a county's news app, named 云上 and the county
# What a report may open with before its first word: 本网讯(记者 某某), 本报讯 8月28日, 云上…
_DATELINE = re.compile(
    rf"^\s*(?:{_MEDIA_BRAND})?(?:本报讯|本网讯|讯)?\s*(?:[(（][^()（）]{{0,20}}[)）])?\s*"
    r"(?:(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?)?[,，]?\s*$"  # 2019年7月16日上午,
)
_BLANK = frozenset(" \t\u3000\xa0")
# A title of the form 德清：… or 德清 | …; the name before the separator is the article's place.
_LEAD_AFTER = re.compile(r"[ \t\u3000\xa0]*[:：|丨]")
# …or a title that opens with the place and a period or a count (德清上半年…, 德清21个重点项目开工).
_LEAD_PERIOD = re.compile(
    r"(?:第[一二三四]季度|前三季度|上半年|下半年|今年|去年|全年|(?:19|20)\d{2}年|\d{1,2}(?:-\d{1,2})?月|这?\d+个)"
)
_TITLE_SENTENCE_ENDS = "!！?？。"
# …or a publisher named for its place (遂昌新闻网, 平和网, 长兴发布): only read from a source line.
_LEAD_MEDIA = re.compile(r"(?:(?:新闻网|新闻|日报|融媒体中心|融媒|发布|电视台|广播电视台|在线|网|报)(?:消息|讯)?|消息|讯)(?![\u4e00-\u9fff])")
# 云霄全县, 宽城全区: a short form followed by "the whole county" speaks of that county.
_UNIT_SUFFIXES = "县区市旗"
_AND = ("和", "、", "及", "与")
# Only counties: 区 names include common nouns (老城区), which 我区 would wrongly confirm.
_OWN_SUFFIXES = "县旗"
_FIRM_AFTER = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{0,16}?(?:有限责任公司|有限公司|股份|集团|公司)")
_DOCUMENT = re.compile(r"《[^《》\n]*》")  # a law's or plan's name mentions places in passing

# What a mention weighs in article_district: a title names its subject, and a sentence's first
# words usually do. The article's place needs _ENOUGH, or _ALONE when neither the title, nor the
# body's first words, nor its city or province back it up; _UNRIVALLED when backed up and no other
# unit is named.
_IN_TITLE, _OPENS_SENTENCE, _ELSEWHERE = 5, 2, 1
_ENOUGH, _ALONE, _UNRIVALLED = 3, 5, 1
_TWICE = 2 * _ELSEWHERE  # a county named in full twice, anywhere, and no other place


@dataclass(frozen=True)
class _Name:
    """One way of writing a unit in force: its full name or short form, current or former."""

    adcode: str
    short: bool
    former: bool
    parents: frozenset[str]  # the city and province it belongs (or belonged) to


@dataclass(frozen=True)
class _Mention:
    division: Division
    start: int
    end: int
    text: str
    entry: _Name
    certain: bool  # no other unit could be meant here, or its city or province names it


class _Gazetteer:
    def __init__(self) -> None:
        self.units: dict[str, Division] = {}
        self.successors: dict[str, str] = {}  # a code no longer in force -> the unit's that carries it on
        names: dict[str, dict[tuple[str, bool, bool], set[str]]] = defaultdict(dict)

        def add(text: str, adcode: str, short: bool, former: bool, parents: set[str]) -> None:
            if short and (len(text) < 2 or names.get(text, {}).get((adcode, False, former))):
                return  # one character is no name; 忠县's short form is its full name
            names[text].setdefault((adcode, short, former), set()).update(parents)

        rows = list(_read("divisions.tsv"))
        for row in rows:
            code = row["adcode"]
            self.units[code] = Division(
                code, row["name"], row["city"] or None, row["province"], row["level"]
            )
        for row in rows:
            code, parents = row["adcode"], self.ancestors(row["adcode"])
            add(row["name"], code, False, False, parents)
            add(row["short"], code, True, False, parents)
            # An autonomous county is mostly written as its short form and 县 (镇沅县 for
            # 镇沅彝族哈尼族拉祜族自治县), a banner as 旗: as good as its full name.
            for autonomous, written in (("自治县", "县"), ("自治旗", "旗")):
                if row["name"].endswith(autonomous) and row["short"] and not row["short"].endswith(written):
                    add(row["short"] + written, code, False, False, parents)
        for row in _read("former_divisions.tsv"):
            code, then = row["current_adcode"], row["adcode"]
            if code not in self.units:  # a table rebuilt without its companion
                continue
            self.successors.setdefault(then, code)
            # Its parents then, as units in force, and its successor's parents now.
            parents = self.ancestors(code) | {p for p in self._parents_of_code(then) if p != code}
            add(row["name"], code, False, True, parents)
            add(row["short"], code, True, True, parents)

        # OpenCC reads some characters of place names as Traditional (乾县 → 干县), and every
        # article is read through it: the names as it leaves them are names too.
        written = list(names)
        for text, simplified in zip(written, to_simplified("\n".join(written)).split("\n"), strict=True):
            if simplified != text:
                for entry, parents in names[text].items():
                    names[simplified].setdefault(entry, set()).update(parents)
        self.names: dict[str, tuple[_Name, ...]] = {
            text: tuple(_Name(a, s, f, frozenset(p)) for (a, s, f), p in entries.items())
            for text, entries in names.items()
        }
        # Longest first under each two-character prefix, for a leftmost-longest scan.
        by_prefix: dict[str, list[str]] = defaultdict(list)
        for text in self.names:
            by_prefix[text[:2]].append(text)
        self.by_prefix = {p: tuple(sorted(t, key=len, reverse=True)) for p, t in by_prefix.items()}

    def _parents_of_code(self, code: str) -> set[str]:
        """The units in force whose codes a (possibly old) code sits under."""
        return {c for c in (code[:4] + "00", code[:2] + "0000") if c in self.units}

    def ancestors(self, code: str) -> set[str]:
        level = self.units[code].level
        if level == "province":
            return set()
        if level == "city":
            return {code[:2] + "0000"}
        return self._parents_of_code(code)

    def scan(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Leftmost-longest occurrences of any name, not overlapping."""
        i, n = 0, len(text) - 1
        while i < n:
            for name in self.by_prefix.get(text[i : i + 2], ()):
                end = i + len(name)
                # 长春市场 is 长春 + 市场 (market), not 长春市 + 场.
                market = name[-1] == "市" and text[end : end + 1] == "场"
                if not market and text.startswith(name, i) and not self._cut_short(text, i, end, name):
                    yield i, end, name
                    i = end
                    break
            else:
                i += 1

    def _cut_short(self, text: str, start: int, end: int, name: str) -> bool:
        """Whether a short form overlaps a full name that runs on past it (和顺德区 is 和 + 顺德区)."""
        if any(not e.short for e in self.names[name]):
            return False
        for j in range(start + 1, end):
            for other in self.by_prefix.get(text[j : j + 2], ()):
                if j + len(other) > end and text.startswith(other, j) and any(not e.short for e in self.names[other]):
                    return True
        return False


def _read(filename: str) -> Iterator[dict[str, str]]:
    with (_DATA / filename).open(encoding="utf-8", newline="") as fh:
        yield from csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")


@cache
def _gazetteer() -> _Gazetteer:
    return _Gazetteer()


def lookup(adcode: str) -> Division | None:
    """The unit in force with this 6-digit code, or None.

    >>> lookup("220200")
    Division(adcode='220200', name='吉林市', city='吉林市', province='吉林省', level='city')
    >>> lookup("411023") is None   # 许昌县's code until 2015: see by_name("许昌县")
    True
    """
    return _gazetteer().units.get(adcode)


def in_force(adcode: str) -> str | None:
    """The code in force of the unit that carries ``adcode`` on (itself if still in force).

    >>> in_force("411023"), in_force("220103"), in_force("000000")   # 许昌县 became 建安区
    ('411003', '220103', None)
    """
    g = _gazetteer()
    return adcode if adcode in g.units else g.successors.get(adcode)


def by_name(name: str, *, within: str | None = None) -> list[Division]:
    """Units in force written ``name``: a full name, a short form, or a former name (which
    resolves to the unit that carries it on). ``within`` narrows to a city or province, by name
    or by code prefix.

    >>> [(d.name, d.city) for d in by_name("宽城")]
    [('宽城满族自治县', '承德市'), ('宽城区', '长春市')]
    >>> [d.adcode for d in by_name("宽城", within="长春")]
    ['220103']
    >>> [d.name for d in by_name("许昌县")]
    ['建安区']
    >>> [d.name for d in by_name("吉林", within="22")]
    ['吉林省', '吉林市']
    """
    g = _gazetteer()
    entries = g.names.get(name.strip(), ())
    if within is not None:
        entries = tuple(e for e in entries if _inside(g, e, within.strip()))
    return [g.units[code] for code in sorted({e.adcode for e in entries})]


def _inside(g: _Gazetteer, entry: _Name, within: str) -> bool:
    if within.isdigit():
        prefix = within
        while len(prefix) > 2 and prefix.endswith("00"):
            prefix = prefix[:-2]
        return any(c.startswith(prefix) for c in (entry.adcode, *entry.parents))
    areas = {
        e.adcode for e in g.names.get(within, ()) if g.units[e.adcode].level in ("city", "province")
    }
    return bool(areas & (entry.parents | {entry.adcode}))


def find_divisions(text: str) -> list[tuple[Division, int, int, str]]:
    """Places named in ``text``: (unit, start, end, the text matched), in order.

    Full names count anywhere; short forms of provinces and cities too. A county's short form
    counts after its city or province (长春宽城), at the head of a title (德清：…), or once the
    text has named that county: bare short forms are often ordinary words. A name several units
    share is settled by the other places in the text, else by the unit in force over a former
    name, else by the higher level (吉林 alone is the province); if still open it is left out.

    >>> [(d.name, t) for d, s, e, t in find_divisions("长春宽城:宽城经济开发区位于宽城")]
    [('长春市', '长春'), ('宽城区', '宽城'), ('宽城区', '宽城'), ('宽城区', '宽城')]
    >>> [(d.name, t) for d, s, e, t in find_divisions("邢台市桥东区和张家口市桥东区")]
    [('邢台市', '邢台市'), ('襄都区', '桥东区'), ('张家口市', '张家口市'), ('桥东区', '桥东区')]
    """
    return [(m.division, m.start, m.end, m.text) for m in _mentions(text)]


def _mentions(text: str) -> list[_Mention]:
    g = _gazetteer()
    spans = list(g.scan(text))
    # Where a county-level unit is named in full, a zone's short form (清河经济开发区) needs its
    # city named too, since a town's zone may share a county's short form.
    zone_needs_city = any(
        not e.short and g.units[e.adcode].level in _COUNTY_LEVELS for _, _, name in spans for e in g.names[name]
    )
    known: set[str] = set()
    # Each pass settles more names from the units the last one found for certain (长春宽城 makes
    # a later bare 宽城 the district); three passes reach a fixed point on real articles.
    for _ in range(3):
        found = _resolve(g, text, spans, known, zone_needs_city)
        now = {m.division.adcode for m in found if m.certain}
        if now <= known:
            break
        known |= now
    return found


def _resolve(
    g: _Gazetteer, text: str, spans: list[tuple[int, int, str]], known: set[str], zone_needs_city: bool = True
) -> list[_Mention]:
    context = known | {a for k in known for a in g.ancestors(k)}
    out: list[_Mention] = []
    prev_end, prev_units = -1, frozenset[str]()
    for start, end, name in spans:
        entries = g.names[name]
        # Any reading of a name right before may be this one's city or province (长春宽城).
        before = prev_units if prev_end == start else frozenset()
        prev_end, prev_units = end, frozenset(e.adcode for e in entries)
        scored = []
        for e in entries:
            adjacent = before & e.parents
            # …and so does one right after another place (朝阳柳城经济开发区).
            if not _counts(g, text, start, end, name, e, adjacent, known, zone_needs_city or bool(before)):
                continue
            key = (
                bool(adjacent),
                e.adcode in known,
                bool(e.parents & context),
                not e.former,
                -_RANK[g.units[e.adcode].level],
            )
            scored.append((key, e))
        if not scored:
            continue
        scored.sort(key=lambda ke: ke[0], reverse=True)
        best_key, best = scored[0]
        if any(k == best_key and e.adcode != best.adcode for k, e in scored[1:]):
            continue  # e.g. 朝阳区 with neither 北京 nor 长春 in the text
        certain = best_key[0] or all(e.adcode == best.adcode for _, e in scored)
        out.append(_Mention(g.units[best.adcode], start, end, name, best, certain))
    return out


def _counts(
    g: _Gazetteer,
    text: str,
    start: int,
    end: int,
    name: str,
    e: _Name,
    adjacent: frozenset[str],
    known: set[str],
    zone_needs_city: bool = True,
) -> bool:
    """Whether this occurrence can be the unit ``e``, before weighing it against others."""
    unit = g.units[e.adcode]
    if e.short and unit.level in _COUNTY_LEVELS:
        # Right after its city (长春宽城); after its province only where the word ends there
        # (浙江德清:…), since 广东新兴产业 is not 新兴县.
        after_city = any(
            g.units[a].level == "city" or g.units[a].name == unit.city for a in adjacent
        )
        word_ends = not _CJK.match(text, end)
        return (
            after_city
            or (bool(adjacent) and word_ends)
            or e.adcode in known
            or _leads_title(text, start, end)
            or bool(_ZONE_AFTER.match(text, end) and (not zone_needs_city or unit.city and unit.city.rstrip("市") in text))
            or (unit.name[-1] in _UNIT_SUFFIXES and text.startswith("全" + unit.name[-1], end))
        )
    if not e.short and len(name) == 2:
        # One character and a suffix: 城区, 郊区, 矿区 are ordinary words, so only after their
        # city; 滑县, 新县 only where no character runs into them (创新县域 is not 新县).
        if name.endswith("区"):
            return bool(adjacent)
        return bool(adjacent) or start == 0 or not _CJK.match(text[start - 1]) or text[start - 1] in "赴到往至"
    return True


# A county's development zone is named by its short form (屯留经开区, 清河经济开发区); a town's
# zone may share a county's short form elsewhere (朝阳柳城经济开发区 is not 柳城县's).
_ZONE_AFTER = re.compile(r"经开区|经济开发区|经济技术开发区|高新区|开发区|工业园区")


def _leads_title(text: str, start: int, end: int) -> bool:
    if start == len(_MEDIA_BRAND) and text.startswith(_MEDIA_BRAND):
        return bool(_LEAD_MEDIA.match(text, end))
    line_end = text.find("\n", end)
    # A title opening with the place and a period or count, also after an exclamation that opens
    # it (今后出行更方便!灵山这27个重大项目开竣工!).
    title_sentence = "\n" not in text[:start] and _opens(text, start, _TITLE_SENTENCE_ENDS)
    if title_sentence and line_end != -1 and _LEAD_PERIOD.match(text, end):
        return True
    if not _opens(text, start, "\n"):
        return False
    return bool(_LEAD_AFTER.match(text, end) or (start == 0 and _LEAD_MEDIA.match(text, end)))


def _opens(text: str, i: int, after: frozenset[str] | str) -> bool:
    """Whether only blanks stand between ``text[i]`` and the text's start or one of ``after``."""
    while i > 0 and text[i - 1] in _BLANK:
        i -= 1
    return i == 0 or text[i - 1] in after


def article_district(title: str | None, text: str, source: str | None = None) -> Division | None:
    """The one county-level unit, or prefecture-level city, that the article reports on.

    Mentions in the title weigh most, then those that open a sentence; a county beats its own
    city, and a city written just before its county (成都市郫都区) is that county's address; a
    province never wins, nor does a place named only inside 《…》, nor one named only by a bare
    short form in the body (中山 in 中山路). Only when the title and body settle nothing does
    the publisher count (高港区发展和改革委员会): its name says whose news it is. Returns None when no unit stands
    out, e.g. when the article only says 我区.

    >>> article_district("推进项目建设 壮大江城工业", "吉林市是吉林省的工业重镇。吉林市制定…").name
    '吉林市'
    >>> article_district(None, "我区设立北京、上海、深圳3个驻外招商办事处。") is None
    True
    >>> article_district(None, "我区重点项目加快推进。", source="某某县融媒体中心") is None
    True
    """
    found = _district_in(title, text)
    own = next((suffix for suffix in _OWN_SUFFIXES if "我" + suffix in text or "本" + suffix in text), None)
    if source and (found is None or own and found.name[-1] != own):
        # 我县 in a report that names only a visiting 区, on the county's own site: the county's.
        published_by = _district_in(source, "")
        if found is None and published_by is not None and published_by.level == "city":
            # 屯溪区 named twice in a report from 黄山新闻网: the city's paper backs its county up.
            found = _district_in(title, text, backed_by=published_by.adcode)
        if published_by is not None and (found is None or published_by.name[-1] == own):
            found = published_by
    return found


def _district_in(title: str | None, text: str, backed_by: str | None = None) -> Division | None:
    head = f"{title}\n" if title else ""
    body = head + text
    documents = [m.span() for m in _DOCUMENT.finditer(body)]
    g = _gazetteer()
    scores: dict[str, int] = defaultdict(int)
    named: set[str] = set()  # named properly at least once: in the title, or not by a short form
    in_full: dict[str, int] = defaultdict(int)  # mentions by the unit's full name
    suffixes: dict[str, set[str]] = defaultdict(set)  # …and how those end (辽中县, now 辽中区)
    title_units: set[str] = set()
    opening = None  # the unit the body opens with (襄都区以项目建设为主题主线…)
    mentioned: set[str] = {backed_by} if backed_by else set()
    previous: tuple[_Mention, int] | None = None
    for m in _mentions(body):
        d = m.division
        mentioned.add(d.adcode)
        in_full[d.adcode] += not m.entry.short
        if not m.entry.short:
            suffixes[d.adcode].add(m.text[-1])
        if d.level == "province" or any(s <= m.start < e for s, e in documents):
            continue
        if m.start < len(head):
            weight = _IN_TITLE
            title_units.add(d.adcode)
            named.add(d.adcode)
        else:
            first_words = opening is None and not _DATELINE.sub("", body[len(head) : m.start]).strip()
            if opening is None:
                opening = d.adcode if first_words else ""
            weight = _OPENS_SENTENCE if first_words or _opens(body, m.start, _SENTENCE_ENDS) else _ELSEWHERE
            if not m.entry.short or d.level in _COUNTY_LEVELS:
                named.add(d.adcode)
        if d.level == "city" and _FIRM_AFTER.match(body, m.end):
            weight = 0  # 某市某某能源化工有限公司: where a firm is registered, not what is reported on
        addressed = previous and previous[0].end == m.start and previous[0].division.adcode in g.ancestors(d.adcode)
        if addressed and not body.startswith(_AND, m.end):
            # 成都市郫都区: the city's weight is the county's (佛山市南海区和顺德区: both's).
            scores[previous[0].division.adcode] -= previous[1]
            weight += previous[1]
            if opening == previous[0].division.adcode:
                opening = d.adcode
        scores[d.adcode] += weight
        previous = (m, weight)
    candidates = {a: s for a, s in scores.items() if a in named and s > 0}
    if not candidates:
        return None
    best = _county_over_city(g, candidates, max(candidates, key=candidates.__getitem__))
    related = g.ancestors(best) | {best}
    rivals = [s for a, s in candidates.items() if a not in related and best not in g.ancestors(a)]
    # 老城区 is a 洛阳 district, and a common noun in a 我区 report: uncorroborated, it needs more.
    # 我县 (or 全县) in a report that names one county (泽州县中医院…) says the county is the reporter's own.
    # A county renamed a district is still a county in a report from before (今年是辽中县的…).
    suffix = g.units[best].name[-1] if not suffixes[best] & set(_OWN_SUFFIXES) else _OWN_SUFFIXES[0]
    placed = best in title_units or best == opening or bool(g.ancestors(best) & mentioned)
    own = suffix in _OWN_SUFFIXES and any(word + suffix in body for word in "我全该")  # 该县: the one just named
    # A place so placed, with no other in sight, is the article's even named once (安徽黟县…);
    # 全县 alone backs up a county named twice, not a word that happens to spell one (办会同县…).
    if not (placed or own):
        # A county or city named in full twice (隆回县人民医院…隆回县…) with no other place is the
        # subject; not a 区, whose names include common nouns (老城区改造).
        needed = _TWICE if suffix in _OWN_SUFFIXES + "市" and in_full[best] >= 2 and not rivals else _ALONE
    else:
        needed = _ENOUGH if rivals else _UNRIVALLED if placed else _UNRIVALLED + 1
    if candidates[best] < needed:
        return None
    if any(s >= candidates[best] for s in rivals):
        return None  # two places reported on alike
    return g.units[best]


def _county_over_city(g: _Gazetteer, scores: dict[str, int], best: str) -> str:
    """A county reported on under its city's name too (长春宽城, 许昌…产业园) stands out from its
    siblings and wins over the city; a city-wide report spreads over many of them."""
    if g.units[best].level != "city":
        return best
    children = sorted((s, a) for a, s in scores.items() if a != best and best in g.ancestors(a))
    if not children:
        return best
    top, child = children[-1]
    runner_up = children[-2][0] if len(children) > 1 else 0
    return child if top * 2 >= scores[best] and top >= 2 * runner_up else best
