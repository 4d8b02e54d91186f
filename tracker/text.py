"""From article bytes to clean Simplified text and its sentences.

An article file is a scraped web page saved as text: a site header, a title, a dateline, the
report, and a footer. This module turns it into:

* ``decode`` / ``read_article``: bytes to ``str`` (UTF-8 with or without BOM, UTF-16 with BOM,
  else GB18030), refusing empty, binary and undecodable files with one-line ``ArticleError``\\s;
* ``normalise``: an :class:`Article`, whose ``text`` is the report alone in Simplified Chinese,
  one paragraph per line, with title, source and publication date read from the header (a saved
  HTML page is first reduced to the text it shows: ``html_to_text``);
* ``split_sentences``: the sentences of that text, with their character offsets.

Everything here is a pure function of its input; the word lists live in ``tracker.lexicon``.

>>> article = normalise("首页 > 新闻\\n長春寬城:項目建設\\n時間: 2019-06-11 11:03:28  來源: 吉林日報\\n"
...                     "  寬城區(qū)項(xiàng)目開工。\\n責任編輯: 某某")
>>> article.title, article.source, article.published_on, article.script
('长春宽城:项目建设', '吉林日报', datetime.date(2019, 6, 11), 'traditional')
>>> print(article.text)
长春宽城:项目建设
宽城区项目开工。
"""

from __future__ import annotations

import bisect
import codecs
import datetime as dt
import functools
import os
import re
from dataclasses import dataclass

from tracker import lexicon
from tracker.errors import ArticleError
from tracker.extract.facts import Sentence

# --- decoding ---------------------------------------------------------------------------------

#: Articles are news pages; anything larger is not one (and is refused before being read whole).
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

#: Share of characters text never has (control characters; GB18030's user-defined areas) above
#: which decoded bytes are taken for binary data or for another encoding.
MAX_NONTEXT_SHARE = 0.01

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Control characters that never occur in text (tab, newline, vertical tab, form feed and
# carriage return do): their share tells binary data from text.
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BINARY_BYTE = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
# Unicode's private use area, where GB18030 puts its user-defined byte ranges.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Decode an article file's bytes; ``name`` only labels the error message.

    UTF-8 (a BOM is dropped) and UTF-16 with a BOM are read as such; other bytes that are not
    UTF-8 are tried as GB18030 (a superset of GBK and GB2312, common for Chinese pages).
    A file cut in the middle of its last character (a truncated download) is accepted and the
    partial character dropped; a bad byte anywhere else refuses the file (UTF-8 with a few bad
    bytes is reported as damaged rather than read as GB18030 nonsense).

    >>> decode("项目".encode("gb18030"))
    '项目'
    >>> decode("项目".encode("utf-8")[:-1])
    '项'
    >>> decode(b"\\x00\\x01\\x02", "x.bin")
    Traceback (most recent call last):
    tracker.errors.ArticleError: x.bin: binary file, not text
    """
    if not data:
        raise ArticleError(f"{name}: empty file")
    text = _decode_with_bom(data, name)
    if text is None:
        text = _decode_without_bom(data, name)
    if len(_BINARY_CONTROL.findall(text)) > MAX_NONTEXT_SHARE * len(text):
        raise ArticleError(f"{name}: binary file, not text")
    if not text.strip():
        raise ArticleError(f"{name}: empty file (whitespace only)")
    return text


def _decode_with_bom(data: bytes, name: str) -> str | None:
    """Decode data that starts with a byte-order mark; None when it has none."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _decode_cut(data, encoding)
            if text is None:
                label = encoding.removesuffix("-sig").upper()
                raise ArticleError(f"{name}: not valid {label} text")
            return text
    return None


def _decode_without_bom(data: bytes, name: str) -> str:
    """UTF-8, else GB18030; damaged UTF-8 and other encodings are refused."""
    # NUL bytes (binary data, or UTF-16 without a BOM), or control bytes, which mean control
    # characters in UTF-8 and GB18030 alike.
    if b"\x00" in data or len(_BINARY_BYTE.findall(data)) > MAX_NONTEXT_SHARE * len(data):
        raise ArticleError(f"{name}: binary file, not text")
    text = _decode_cut(data, "utf-8")
    if text is not None:
        return text
    if (offset := _damaged_utf8(data)) is not None:
        raise ArticleError(f"{name}: damaged UTF-8 text (invalid byte at offset {offset})")
    text = _decode_cut(data, "gb18030")
    # Other double-byte encodings (Big5 above all) often pass as GB18030, landing in its
    # user-defined areas, which real GB text does not use.
    if text is None or len(_PRIVATE_USE.findall(text)) > MAX_NONTEXT_SHARE * len(text):
        raise ArticleError(f"{name}: not UTF-8, UTF-16 or GB18030 text")
    return text


def _decode_cut(data: bytes, encoding: str) -> str | None:
    """Decode strictly, dropping a character cut off at the very end; None when undecodable."""
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    try:
        # Not final: the bytes of a cut last character stay pending in the decoder and are
        # dropped, while an invalid byte anywhere raises.
        return decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return None


def _damaged_utf8(data: bytes) -> int | None:
    """The offset of the first bad byte when data is UTF-8 with a few bad bytes; else None.

    A file cut and spliced mid-character is mostly valid UTF-8; read as GB18030 it would
    "decode" into nonsense, so it is refused instead. Text in another encoding is nearly all
    invalid as UTF-8 and goes on to GB18030.
    """
    lossy = data.decode("utf-8", "replace")
    bad = lossy.count("\ufffd")
    valid_non_ascii = len(lossy) - len(lossy.encode("ascii", "ignore")) - bad
    if valid_non_ascii < 10 * bad:
        return None
    # What precedes the first replacement character was decoded exactly: its length in bytes.
    return len(lossy[: lossy.index("\ufffd")].encode("utf-8"))


def read_article(path: str | os.PathLike[str]) -> str:
    """Read and decode an article file, refusing unreadable and oversized files.

    >>> read_article("/nonexistent/a.txt")
    Traceback (most recent call last):
    tracker.errors.ArticleError: /nonexistent/a.txt: cannot read (No such file or directory)
    """
    name = os.fspath(path)
    try:
        with open(path, "rb") as file:
            # Checked before reading, and again after: stat sizes of pipes and /proc files are 0.
            if os.fstat(file.fileno()).st_size > MAX_ARTICLE_BYTES:
                raise ArticleError(_too_large(name))
            data = file.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise ArticleError(f"{name}: cannot read ({error.strerror or error})") from error
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(_too_large(name))
    return decode(data, name)


def _too_large(name: str) -> str:
    return f"{name}: file too large for an article (over {MAX_ARTICLE_BYTES // 2**20} MB)"


# --- characters: script, pinyin, widths ---------------------------------------------------------

#: Share of CJK characters that t2s must change before a text counts as Traditional. Simplified
#: reports change none (a stray Traditional name changes a few); Traditional ones about a third,
#: and even a short Traditional headline a quarter or more.
TRADITIONAL_SHARE = 0.10
#: The script is judged on the text's start: a page keeps one script, and this bounds the cost.
SCRIPT_SAMPLE_CHARS = 4000

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_RUN = re.compile(f"[{_CJK}]+")

# Tone-marked vowels (and ü): what tells a pinyin syllable from a latin abbreviation.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_PINYIN = re.compile(
    rf"""
    (?<=[^\s(（])                # right after the character it spells (even a garbled one)
    [(（]                         # an opening parenthesis of either width
    (?=[a-z{_TONED}]{{0,5}}[{_TONED}])  # carrying a tone mark or ü somewhere in the syllable
    [a-z{_TONED}]{{1,6}}          # one lowercase syllable (the longest, zhuang, has six letters)
    \x20?[)）]                    # closed at once (a page may space it: 络(luò ))
    """,
    re.VERBOSE,
)

# What only the encoding or the page layout differs in, and what it becomes:
_REPLACEMENT = {
    # line separators of other systems become newlines (\r\n is replaced before);
    **dict.fromkeys("\r\x0b\x0c\x85\u2028\u2029", "\n"),
    # zero-width characters, soft hyphens and stray BOMs are layout, not text;
    **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
    # other control characters are debris of the scrape;
    **dict.fromkeys(map(chr, (*range(0x00, 0x09), *range(0x0E, 0x20))), ""),
    **dict.fromkeys(map(chr, (*range(0x7F, 0x85), *range(0x86, 0xA0))), ""),
    # full-width digits, letters and the signs written inside numbers and labels match as ASCII
    # (０-９ Ａ-Ｚ ａ-ｚ ％ ． ： ＋ － ／); Chinese punctuation (，。；、（）“”) is kept as written.
    **{chr(wide): chr(wide - 0xFEE0) for wide in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B))},
    **{chr(wide): chr(wide - 0xFEE0) for wide in range(0xFF41, 0xFF5B)},
    **dict(zip("％．：＋－／", "%.:+-/")),
}
# A regex finds the few such characters faster than str.translate looks up every character.
_REPLACED = re.compile("[" + re.escape("".join(_REPLACEMENT)) + "]")

# Runs of horizontal whitespace (spaces, tabs, no-break and ideographic spaces).
_SPACES = re.compile(r"[^\S\n]+")


@functools.cache
def _t2s():
    """The OpenCC Traditional-to-Simplified converter, created on first use.

    ``OpenCC('t2s')`` works with the official binding (``opencc``) and with
    opencc-python-reimplemented, which installs the same module name.
    """
    import opencc  # imported late: loading the dictionaries costs time no other command needs

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Convert Traditional Chinese to Simplified with OpenCC ``t2s``; Simplified text is kept.

    >>> to_simplified("長春寬城區項目建設")
    '长春宽城区项目建设'

    A few of OpenCC's conversions lead to a character it converts again (薴 → 苧 → 苎); the
    conversion is repeated until nothing changes, so Simplified output stays as it is.

    >>> to_simplified("薴麻")
    '苎麻'
    """
    converted = _t2s().convert(text)
    for _ in range(3):  # chains are one step long in OpenCC's tables; three is plenty
        if converted == text:
            break
        text, converted = converted, _t2s().convert(converted)
    return converted


def detect_script(text: str) -> str:
    """'traditional' when t2s changes a meaningful share of the CJK characters, else 'simplified'.

    >>> detect_script("寬城區項目建設"), detect_script("宽城区项目建设"), detect_script("abc")
    ('traditional', 'simplified', 'simplified')
    """
    sample = text[:SCRIPT_SAMPLE_CHARS]
    # Characters that no longer occur after conversion were Traditional. Sets, not positions:
    # t2s may change a phrase's length.
    converted = set(sample) - set(to_simplified(sample))
    changed = len(sample) - len(sample.translate(dict.fromkeys(map(ord, converted))))
    cjk = sum(map(len, _CJK_RUN.findall(sample)))
    return "traditional" if cjk and changed >= TRADITIONAL_SHARE * cjk else "simplified"


def strip_pinyin(text: str) -> str:
    """Remove pinyin readings printed after characters, and nothing else in parentheses.

    >>> strip_pinyin("襄都區(qū)以項(xiàng)目建設(shè)")
    '襄都區以項目建設'
    >>> strip_pinyin("生产基地(二期)项目,乡镇(街道),党(工)委,(郭文靜)")
    '生产基地(二期)项目,乡镇(街道),党(工)委,(郭文靜)'
    """
    return _PINYIN.sub("", text)


# Some pages double their punctuation (项目,、, 开工,,): a comma before another mark is noise.
_STRAY_COMMA = re.compile(r"[,，](?=[,，、。;；!！?？])")


def _clean_characters(raw: str) -> str:
    """Unify line breaks, spaces and full-width digits; drop invisible and control characters."""
    text = _REPLACED.sub(lambda char: _REPLACEMENT[char.group()], raw.replace("\r\n", "\n"))
    return _STRAY_COMMA.sub("", _SPACES.sub(" ", text))


# --- header and furniture -------------------------------------------------------------------------

#: The header (title, dateline, navigation) is looked for in this many lines before the report.
HEADER_LINES = 15
#: Longest line still taken for a title or a photo caption rather than a paragraph.
MAX_TITLE_CHARS = 64
MAX_CAPTION_CHARS = 50
#: Longest line still taken for a byline such as 本报记者 李某 通讯员 王某.
MAX_BYLINE_CHARS = 40
#: Longest rest (beyond date and time) of a line still read as an unlabelled dateline.
MAX_DATELINE_REST = 12


# Bullets, pipes and brackets that pages put before header items (• 来源:… ; 【信息时间:…).
_LEAD = re.compile(r"^[\s•·▪◆●■□|>»【\[(（]+")

_DATE = re.compile(
    r"""
    (?<!\d)(?P<year>(?:19|20)\d\d) \s* [-/.年] \s*   # a four-digit year: 2019- 2019/ 2019年
    (?P<month>\d{1,2}) \s* [-/.月] \s*              # month: 06- 6月
    (?P<day>\d{1,2}) (?!\d) \s* 日?                  # day: 11 11日
    (?: \s* \d{1,2}:\d\d (?::\d\d)? )?              # and the time the page adds: 11:03:28
    """,
    re.VERBOSE,
)
_DATE_LABELLED = re.compile(
    rf"""
    (?:{lexicon.alternation(lexicon.DATE_LABELS)})  # 时间 日期 发布时间 信息时间 …
    \s* :? \s*                                # with or without a colon
    (?={_DATE.pattern})                       # right before the date
    """,
    re.VERBOSE,
)
_SOURCE = re.compile(
    rf"""
    (?:{lexicon.alternation(lexicon.SOURCE_LABELS)})  # 来源 稿源 …
    \s* : \s*                                   # a colon is required: 来源 alone is a word
    (?P<source>[^\s|【】\[\]]+)?                 # the publisher, up to a space or a separator
    """,
    re.VERBOSE,
)
_LABEL_LED = re.compile(
    rf"""
    ^(?:{lexicon.alternation(lexicon.DATE_LABELS + lexicon.SOURCE_LABELS)})  # a line led by a label
    \s* :                                                              # and its colon
    """,
    re.VERBOSE,
)
# A publisher named before an unlabelled date: 吉林日报  2018-11-02 14:29:25.
_PUBLISHER = re.compile(rf"^[{_CJK}A-Za-z0-9·\- ]{{2,20}}$")

_NAVIGATION = re.compile(
    rf"""
    ^(?:{lexicon.alternation(lexicon.NAVIGATION_STARTS)})  # 首页 您的位置 当前位置 …
    (?=[\s>:»]|$)                                   # followed by a separator, not a word
    """,
    re.VERBOSE,
)
_FURNITURE_LABEL = re.compile(
    rf"""
    ^(?:{lexicon.alternation(lexicon.FURNITURE_LABELS)})  # 责任编辑 原标题 免责声明 主办 …
    (?=[\s:]|$)                                    # a label, not the start of a sentence
    """,
    re.VERBOSE,
)
_FOOTER_START = re.compile(
    rf"""
    ^(?:{lexicon.alternation(lexicon.FOOTER_STARTS)})  # 责任编辑 相关新闻 上一篇 …
    (?=[\s:]|$)                                 # as a label
    """,
    re.VERBOSE,
)
_FURNITURE_MARKER = re.compile(lexicon.alternation(lexicon.FURNITURE_MARKERS), re.IGNORECASE)
_WIDGET = re.compile(lexicon.alternation(lexicon.WIDGET_WORDS))
# A photo's caption, wholly in brackets with its photographer: (某某项目施工现场 某某摄).
_PHOTO_CAPTION = re.compile(r"^[(（][^()（）]{2,60}摄[)）]$")

_NON_WORD = re.compile(r"\W")
_NAME = rf"[{_CJK}]{{2,4}}(?:·[{_CJK}]{{1,6}})?"  # a Chinese name, or a transcribed one with ·
_NAME_SEPARATOR = re.compile(r"[\s、,，/]+")
_BYLINE = re.compile(
    rf"""
    ^[(（]?                                                 # bylines may be parenthesised
    (?:(?P<label>{lexicon.alternation(lexicon.BYLINE_LABELS)}) (?:\s*:\s*|\s+))?  # 撰稿 李某; 记者:李某
    (?P<names>{_NAME} (?:{_NAME_SEPARATOR.pattern} {_NAME})*)  # then names only
    [)）]?$                                                  # and nothing else
    """,
    re.VERBOSE,
)
_BYLINE_LABELLED = re.compile(
    rf"""
    ^(?:{lexicon.alternation(lexicon.BYLINE_LABELS)})  # 作者 记者 通讯员 …
    \s* :                                       # with a colon: a byline whatever follows
    """,
    re.VERBOSE,
)
_REPORTERS = re.compile(
    rf"""
    ^[^。,，;；:]{{0,12}}?                         # the outlet, if named: 本报 某某新闻
    (?:{lexicon.alternation(lexicon.REPORTER_WORDS)})  # 记者 通讯员
    (?:\s*:|\s)                                 # as a label, not inside a word (记者节)
    [^。]*$                                      # and no sentence after it
    """,
    re.VERBOSE,
)


def _bare(line: str) -> str:
    """A line without the bullets and brackets that pages put before header items."""
    return _LEAD.sub("", line)


def _is_paragraph(line: str) -> bool:
    """Report text rather than a title, heading or caption: a full stop, or a long line."""
    return "。" in line or len(line) > MAX_TITLE_CHARS


def _is_titlelike(line: str) -> bool:
    """A headline: short, no full stop, a few Chinese characters, not furniture."""
    return not _is_paragraph(line) and len(_CJK_CHAR.findall(line)) >= 4 and not _is_furniture(line)


def _is_furniture(line: str) -> bool:
    """Navigation, widgets, editor, copyright and byline lines, wherever they are."""
    bare = _bare(line)
    return bool(
        _NAVIGATION.match(bare)
        or _FURNITURE_LABEL.match(bare)
        or _FURNITURE_MARKER.search(bare)
        or _BYLINE_LABELLED.match(bare)
        or _PHOTO_CAPTION.match(line)
        or ((byline := _BYLINE.match(bare)) and byline["label"])
        or len(bare) <= MAX_BYLINE_CHARS and _REPORTERS.match(bare)
        # a line of widget words only (分享 | 0 条评论 | T小字 T大字): no CJK left without them
        or len(bare) <= MAX_TITLE_CHARS and not _CJK_CHAR.search(_WIDGET.sub("", bare))
    )


def _is_tail_byline(line: str) -> bool:
    """Names only, at least two (李某 张某某): the reporters, when they close the article."""
    byline = _BYLINE.match(_bare(line))
    return bool(byline) and len(_NAME_SEPARATOR.split(byline["names"])) >= 2


@dataclass(frozen=True)
class _Metadata:
    """What one dateline or source line says."""

    published_on: dt.date | None
    source: str | None


def _metadata(line: str, *, in_header: bool) -> _Metadata | None:
    """Read a dateline or source line; None when the line is not one.

    In the header a line with a date and little else is a dateline (吉林日报  2018-11-02 …);
    further down only lines led by a label (发布时间: … ; 来源: …) are.
    """
    bare = _bare(line)
    if not in_header and not (_LABEL_LED.match(bare) and len(bare) <= MAX_TITLE_CHARS):
        return None
    labelled = _DATE_LABELLED.search(bare)
    date_match = _DATE.search(bare, labelled.end()) if labelled else _DATE.search(bare)
    source_match = _SOURCE.search(bare)
    unlabelled_dateline = (
        date_match is not None
        and len(_NON_WORD.sub("", _DATE.sub("", bare))) <= MAX_DATELINE_REST
    )
    if not (labelled or source_match or unlabelled_dateline):
        return None
    source = source_match["source"] if source_match else None
    if source is None and unlabelled_dateline and not labelled:
        before = _bare(bare[: date_match.start()]).strip()
        source = before if _PUBLISHER.match(before) else None
    return _Metadata(_date(date_match) if date_match else None, source)


def _date(match: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:  # 2019-02-30 and the like: not a date, so no date
        return None


@dataclass(frozen=True)
class _Header:
    title_at: int | None  # index of the title line
    metadata_at: frozenset[int]  # datelines and source lines: parsed, then dropped
    published_on: dt.date | None
    source: str | None


def _read_header(lines: list[str], title: str | None) -> _Header:
    """Find the title, dateline and source among the lines before the report starts."""
    # The report starts at the first paragraph that is not furniture (a reposting site's
    # "小编为大家整理…" notice can come before the headline).
    report = (i for i, line in enumerate(lines) if _is_paragraph(line) and not _is_furniture(line))
    end = min(next(report, len(lines)), HEADER_LINES)
    found = {i: meta for i in range(len(lines)) if (meta := _metadata(lines[i], in_header=i < end))}
    if title is not None and (at := _find_title(lines[:end], title)) is not None:
        title_at: int | None = at
    else:
        # The title is the headline right above the dateline (site names and navigation come
        # before it); a page with the date first, or with none, has its headline first.
        candidates = [i for i in range(end) if i not in found and _is_titlelike(lines[i])]
        first_meta = min((i for i in found if i < end), default=0)
        before = [i for i in candidates if i < first_meta]
        title_at = before[-1] if before else candidates[0] if candidates else None
    published = next((meta.published_on for meta in found.values() if meta.published_on), None)
    source = next((meta.source for meta in found.values() if meta.source), None)
    return _Header(title_at, frozenset(found), published, source)


def _squeeze(line: str) -> str:
    """A line without spaces, for comparing repeats of the title (pages space them freely)."""
    return line.replace(" ", "")


def _find_title(lines: list[str], title: str) -> int | None:
    """The index of the line that is the given title, if any."""
    return next((i for i, line in enumerate(lines) if _squeeze(line) == _squeeze(title)), None)


def _report_lines(lines: list[str], header: _Header, titles: set[str]) -> list[str]:
    """The lines of the report itself, in order.

    Dropped: the site header above the title; datelines; the title's repeats and the photo
    caption that follows each (pages print "title / caption" pairs); furniture lines; everything
    after a footer marker (责任编辑, 相关新闻 …) once the report has begun; reporters' names
    closing the article.
    """
    kept: list[str] = []
    begun = False  # a paragraph of the report has been kept: footer markers now end it
    after_repeat = False  # the previous line repeated the title: this one may be its caption
    for i, line in enumerate(lines):
        if header.title_at is not None and i < header.title_at or i in header.metadata_at:
            continue
        if i == header.title_at:
            kept.append(line)
            continue
        if _squeeze(line) in titles:
            after_repeat = True
            continue
        if after_repeat:
            after_repeat = False
            if not _is_paragraph(line) and len(line) <= MAX_CAPTION_CHARS:
                continue
        if begun and _FOOTER_START.match(_bare(line)):
            break
        if not _is_furniture(line):
            kept.append(line)
            begun = begun or _is_paragraph(line)
    first = 1 if header.title_at is not None else 0  # the title stays, whatever it looks like
    while len(kept) > first and _is_tail_byline(kept[-1]):
        kept.pop()
    return kept


# --- saved web pages ----------------------------------------------------------------------------

# A saved page starts with its doctype or <html> (after an XML declaration or comments, maybe).
_HTML_DOCUMENT = re.compile(
    r"""
    \A \s*
    (?: <\?xml [^>]* > \s* )?          # <?xml version="1.0"?>
    (?: <!-- .*? --> \s* )*            # comments a saving browser or site puts first
    < (?: !doctype \s+ html | html | head | body ) \b
    """,
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
#: Elements whose content a reader never sees.
_HIDDEN_ELEMENTS = frozenset(
    {"head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "textarea"}
)
#: Elements that start a new line on the page.
_BLOCK_ELEMENTS = frozenset({
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
    "td", "tfoot", "th", "thead", "tr", "ul",
})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_TAG = re.compile(r"<[^>]*>")


def is_html(text: str) -> bool:
    """Whether ``text`` is a saved web page (an HTML document) rather than plain text.

    >>> is_html("<!DOCTYPE html><html><body><p>项目</p></body></html>"), is_html("项目<建设>")
    (True, False)
    """
    return bool(_HTML_DOCUMENT.match(text))


def html_to_text(page: str) -> str:
    """The text a reader sees on an HTML page: one line per paragraph, heading, list item or
    table cell; scripts, styles and the <head> (its <title> too) left out; entities decoded.

    >>> html_to_text("<html><head><title>站名</title></head><body><h1>某区项目</h1>"
    ...              "<p>总投资<b>5亿元</b>,&nbsp;开工。<br>次日</p><script>x()</script></body></html>")
    '某区项目\\n总投资5亿元,\\xa0开工。\\n次日'
    """
    from html.parser import HTMLParser

    class _Reader(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.hidden: list[str] = []  # open hidden elements
            self.pre = 0

        def handle_starttag(self, tag, attrs) -> None:
            if tag == "body" and "head" in self.hidden:  # a <head> never closed ends here
                del self.hidden[self.hidden.index("head"):]
            if tag in _HIDDEN_ELEMENTS:
                self.hidden.append(tag)
            elif tag in _BLOCK_ELEMENTS:
                self.parts.append("\n")
            self.pre += tag == "pre"

        def handle_startendtag(self, tag, attrs) -> None:
            if tag in _BLOCK_ELEMENTS:
                self.parts.append("\n")

        def handle_endtag(self, tag) -> None:
            if tag in self.hidden:
                del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag):]
            elif tag in _BLOCK_ELEMENTS:
                self.parts.append("\n")
            if tag == "pre":
                self.pre = max(self.pre - 1, 0)

        def handle_data(self, data) -> None:
            if not self.hidden:
                self.parts.append(data if self.pre else _HTML_SPACE.sub(" ", data))

    reader = _Reader()
    try:
        reader.feed(page)
        reader.close()
        text = "".join(reader.parts)
    except Exception:  # the parser gives up on some broken markup: drop tags plainly
        import html

        text = html.unescape(_TAG.sub("\n", page))
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


# --- articles ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """An article's original text and its normalised reading.

    ``text`` is the report in Simplified Chinese, one paragraph per line, without page furniture;
    ``title`` and ``source`` are Simplified too; ``published_on`` is None when no date is given.
    """

    raw_text: str
    text: str
    script: str  # 'simplified' | 'traditional' (of raw_text)
    title: str | None
    source: str | None
    published_on: dt.date | None


def normalise(
    raw: str,
    *,
    title: str | None = None,
    source: str | None = None,
    published_on: dt.date | None = None,
) -> Article:
    """Read an article's header and reduce its text to the report, in Simplified Chinese.

    Keyword arguments come from a metadata file and override what the header says. A saved web
    page (an HTML document) is read as the text it shows; ``raw_text`` keeps the page.

    >>> a = normalise("分享\\n項目建設跑出加速度\\n吉林日報  2018-11-02 14:29:25\\n"
    ...               "項目建設跑出加速度\\n開工現場\\n  全區項目開工。\\n編輯:某某",
    ...               source="新华网")
    >>> a.title, a.source, a.published_on
    ('项目建设跑出加速度', '新华网', datetime.date(2018, 11, 2))
    >>> a.text
    '项目建设跑出加速度\\n全区项目开工。'
    """
    page_text = html_to_text(raw) if is_html(raw) else raw
    unannotated = strip_pinyin(_clean_characters(page_text))
    simplified = to_simplified(unannotated)
    lines = [stripped for line in simplified.split("\n") if (stripped := line.strip())]
    wanted_title = to_simplified(strip_pinyin(title)).strip() if title is not None else None
    header = _read_header(lines, wanted_title)
    page_title = lines[header.title_at] if header.title_at is not None else None
    titles = {_squeeze(t) for t in (page_title, wanted_title) if t}
    return Article(
        raw_text=raw,
        text="\n".join(_report_lines(lines, header, titles)),
        script=detect_script(unannotated),
        title=wanted_title if title is not None else page_title,
        source=to_simplified(source).strip() if source is not None else header.source,
        published_on=published_on if published_on is not None else header.published_on,
    )


# --- sentences -----------------------------------------------------------------------------------

# Sentence ends: full stops, exclamation and question marks, and semicolons (reports join
# distinct facts with ;). A run of them ends one sentence.
_SENTENCE_END = re.compile(r"[。！？!?;；]+")
# Some sites print every full stop as an ASCII point (…超过300亿元.其中,…); in a paragraph with no
# 。, a point between characters ends a sentence (elsewhere it joins a name: 海润.书香华庭).
_POINT_SENTENCE_END = re.compile(_SENTENCE_END.pattern + r"|(?<=[\u4e00-\u9fff”)）])\.(?=[\u4e00-\u9fff“])")
_PARAGRAPH = re.compile(r"[^\n]+")
# Brackets and quotes a sentence is never split inside; closer -> opener.
_OPENER_OF = {"）": "（", ")": "(", "”": "“", "’": "‘", "》": "《", "】": "【", "」": "「", "』": "『"}
_BRACKET = re.compile("[" + re.escape("".join(_OPENER_OF) + "".join(_OPENER_OF.values())) + "]")
_WORD = re.compile(r"\w")


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences with offsets: ``text[s.start:s.end] == s.text``.

    Paragraphs (lines) always end a sentence; inside one, 。！？!? and semicolons do, except
    within brackets and quotes. Commas and 、 separate clauses and enumerations, not sentences.

    >>> [s.text for s in split_sentences("开工项目12个;在建8个。他说:“好。再干。”\\n下一段")]
    ['开工项目12个;', '在建8个。', '他说:“好。再干。”', '下一段']
    >>> split_sentences("  甲。 乙")[1]
    Sentence(text='乙', start=5, end=6)
    """
    sentences: list[Sentence] = []
    for paragraph in _PARAGRAPH.finditer(text):
        offset, line = paragraph.start(), paragraph.group()
        starts, ends = _quoted_spans(line)
        start = 0
        for end_mark in (_SENTENCE_END if "。" in line else _POINT_SENTENCE_END).finditer(line):
            inside = bisect.bisect_right(starts, end_mark.start()) - 1
            if inside >= 0 and end_mark.start() < ends[inside]:
                continue
            _append_sentence(sentences, text, offset + start, offset + end_mark.end())
            start = end_mark.end()
        _append_sentence(sentences, text, offset + start, offset + len(line))
    return sentences


def _quoted_spans(line: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the outermost matched bracket and quote pairs, sorted.

    An opener never closed in its paragraph protects nothing, so a stray “ cannot swallow the
    sentence ends after it.
    """
    open_at: list[tuple[str, int]] = []
    spans: list[tuple[int, int]] = []
    for bracket in _BRACKET.finditer(line):
        char, at = bracket.group(), bracket.start()
        opener = _OPENER_OF.get(char)
        if opener is None:
            open_at.append((char, at))
            continue
        for depth in range(len(open_at) - 1, -1, -1):
            if open_at[depth][0] == opener:
                spans.append((open_at[depth][1], at))
                del open_at[depth:]  # openers left inside were never closed
                break
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for start, end in spans:
        if ends and start < ends[-1]:  # nested in the previous span
            continue
        starts.append(start)
        ends.append(end)
    return starts, ends


def _append_sentence(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    """Add text[start:end] without its surrounding whitespace, if it has any word in it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if _WORD.search(text, start, end):
        sentences.append(Sentence(text[start:end], start, end))
