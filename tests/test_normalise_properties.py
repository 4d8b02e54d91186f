"""Properties of normalisation (tracker.text): no input crashes it, articles in any of the
supported encodings come back exactly, normalised text is a fixed point, and sentence splitting
loses no word.

The money, quantity and date parsers have theirs in test_parsers_properties.py (amounts written
as 亿元/万元/元 round-trip exactly there); one more way of writing amounts is added at the end.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from decimal import Decimal

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS
from tests.test_parsers_properties import PIECES
from tracker.errors import ArticleError
from tracker.extract.numbers import parse_money
from tracker.text import (
    HEADER_LINES,
    decode,
    detect_script,
    html_to_text,
    is_html,
    normalise,
    split_sentences,
    strip_pinyin,
    to_simplified,
)

# --- strategies ---------------------------------------------------------------------------------

# Whole lines of the genre's pages: headlines, datelines, furniture, bylines, report sentences,
# Traditional text, pinyin annotations, markup-like text.
LINES = [
    "某区项目建设提速", "某區項目建設提速", "长春宽城:实现项目建设新突破", "开工现场", "某某园外景",
    "时间: 2019-06-11 11:03:28  来源: 吉林日报", "某某日报 2018-11-02", "发布日期: 2021-03-05", "2021-03-05",
    "来源: 某报", "时间: 2021-02-30", "全区开工项目12个,总投资5亿元。", "  全區開工項目12個,總投資5億元。",
    "他说:“好。再干。”然后走了。", "“未闭合。下一句。", "基地(二期;三期)项目。", "襄都區(qū)以項(xiàng)目建設(shè)",
    "责任编辑: 某某", "相关新闻", "上一篇:某县签约项目10个", "记者 张三 李四", "王某 李某某", "(完)", "(郭文静)",
    "分享", "首页 > 新闻 > 正文", "当前位置：首页 > 新闻", "T小字 T大字", "撰稿 李某", "文化惠民工程",
    "下面是小编为大家整理的通报,供大家参考。", "投资：４．３９亿元，占比２５％；完成。", "项\u200b目\ufeff建设。",
    "<p>项目</p>", "&gt;", "某" * 70, "x" * 70, "",
]
line = st.one_of(
    st.sampled_from(LINES),
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.text(max_size=20),
)
raw_article = st.one_of(
    st.lists(line, max_size=16).map("\n".join),
    st.lists(line, max_size=8).map("\r\n".join),
    st.text(max_size=200),
)
publication = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31)))

# Text a file may hold: anything but control characters (a share of which means binary data).
text_characters = st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\t\n\r")
file_text = st.text(text_characters, min_size=1, max_size=300).filter(lambda t: t.strip())


def _seed_characters() -> str:
    """The Chinese characters of the seed articles that GBK (and so GB18030) can encode."""
    chars = {c for path in SEEDS.glob("0*.txt") for c in path.read_text(encoding="utf-8")
             if unicodedata.name(c, "").startswith("CJK UNIFIED")}
    return "".join(sorted(c for c in chars if _in_gbk(c)))


def _in_gbk(char: str) -> bool:
    try:
        char.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


CJK = _seed_characters()
# Chinese text as a GB-encoded page has it: runs of characters with punctuation and digits.
chinese_text = st.lists(
    st.one_of(st.text(st.sampled_from(CJK), min_size=1, max_size=12), st.sampled_from(list("，。、：；“”（）0123456789 \n-%"))),
    min_size=1, max_size=40,
).map("".join).filter(lambda t: sum(c in CJK for c in t) >= 12)


# --- decoding -----------------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(data=st.one_of(
    st.binary(max_size=400),
    st.tuples(raw_article, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5", "utf-16-le", "latin-1"]),
              st.integers(min_value=0, max_value=8))
    .map(lambda t: t[0].encode(t[1], "replace")[: max(0, len(t[0].encode(t[1], "replace")) - t[2])]),
))
def test_any_bytes_decode_to_text_or_one_line_refusal(data):
    try:
        decoded = decode(data, "x.txt")
    except ArticleError as error:
        message = str(error)
        assert message.startswith("x.txt: ") and "\n" not in message
        return
    assert isinstance(decoded, str) and decoded.strip()


@given(text=file_text, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom"]))
def test_unicode_text_round_trips(text, encoding):
    if encoding == "utf-8":
        assume(not text.startswith("\ufeff"))  # that is a BOM, which is dropped
        data = text.encode("utf-8")
    elif encoding == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    assert decode(data) == text


@given(text=chinese_text, encoding=st.sampled_from(["gb18030", "gbk"]))
def test_gb_encoded_chinese_text_round_trips(text, encoding):
    data = text.encode(encoding)
    assert decode(data) == text
    if not text[-1].isascii():  # a download cut inside its last character keeps the rest
        assert decode(data[:-1]) == text[:-1]


@given(text=chinese_text, cut=st.integers(min_value=1, max_value=3))
def test_utf8_cut_at_the_end_keeps_every_whole_character(text, cut):
    data = text.encode("utf-8")
    decoded = decode(data[:-cut])
    assert text.startswith(decoded) and "\ufffd" not in decoded
    assert len(decoded.encode("utf-8")) >= len(data) - cut - 3  # at most the one cut character lost


# --- normalisation ------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@settings(max_examples=400, deadline=None)
@given(raw=raw_article, title=st.one_of(st.none(), line), source=st.one_of(st.none(), line), published_on=publication)
def test_normalise_never_crashes_and_gives_clean_simplified_lines(raw, title, source, published_on):
    article = normalise(raw, title=title, source=source, published_on=published_on)
    assert article.raw_text == raw
    assert article.script in ("simplified", "traditional")
    if article.text:
        for text_line in article.text.split("\n"):
            assert text_line and text_line == text_line.strip()
    assert not _CONTROL.search(article.text)
    assert to_simplified(article.text) == article.text
    if published_on is not None:
        assert article.published_on == published_on
    if title is None and article.title is not None:
        # A title read from the page heads the text.
        assert article.text.split("\n")[0] == article.title


# Pages no longer than the header window: a dateline-like line further down is report text, and
# would be read as a dateline once normalising moved it up into the window.
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
short_page = st.lists(line, max_size=HEADER_LINES - 1).map("\n".join).filter(
    lambda raw: len(_LINE_BREAK.split(raw)) < HEADER_LINES
)


@settings(max_examples=400, deadline=None)
@given(raw=short_page)
def test_normalised_text_is_a_fixed_point(raw):
    text = normalise(raw).text
    assert normalise(text).text == text


@given(text=st.one_of(st.text(max_size=100), chinese_text, raw_article))
def test_to_simplified_keeps_simplified_text(text):
    simplified = to_simplified(text)
    assert to_simplified(simplified) == simplified
    assert detect_script(simplified) == "simplified"


def test_to_simplified_reaches_simplified_in_one_step():
    # OpenCC's t2s turns 薴 into 苧, itself the Traditional form of 苎.
    assert to_simplified("薴麻") == to_simplified(to_simplified("薴麻")) == "苎麻"


@given(text=raw_article)
def test_strip_pinyin_is_idempotent_and_only_removes_parenthesised_syllables(text):
    stripped = strip_pinyin(text)
    assert strip_pinyin(stripped) == stripped
    if "(" not in text and "（" not in text:
        assert stripped == text
    # What is left is the text with some parenthesised pieces taken out, in order.
    rest = iter(text)
    assert all(char in rest for char in stripped)


# --- saved web pages ----------------------------------------------------------------------------


genre_line = st.one_of(st.sampled_from(LINES), st.lists(st.sampled_from(PIECES), max_size=12).map("".join))


@given(lines=st.lists(genre_line, min_size=1, max_size=10))
def test_a_page_of_paragraphs_reads_back_as_those_paragraphs(lines):
    page = ("<!DOCTYPE html><html><head><title>站名</title><script>var a = '<p>x</p>';</script></head><body>"
            + "".join(f"<p>{html.escape(text_line)}</p>\n" for text_line in lines) + "</body></html>")
    assert is_html(page)
    # Line breaks inside a paragraph are spaces on a page; empty paragraphs show nothing.
    shown = [" ".join(text_line.split()) for text_line in lines]
    assert html_to_text(page).split("\n") == [text_line for text_line in shown if text_line] or not any(shown)


@given(page=st.one_of(st.text(max_size=200), raw_article.map(lambda t: "<html><body>" + t)))
def test_html_to_text_never_crashes(page):
    text = html_to_text(page)
    assert "\n\n" not in text
    normalise(page)


# --- sentences ----------------------------------------------------------------------------------

_WORD = re.compile(r"\w")


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(raw_article, st.text()))
def test_sentence_split_loses_no_word(text):
    sentences = split_sentences(text)
    covered = [False] * len(text)
    previous_end = 0
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
        assert previous_end <= sentence.start < sentence.end  # in order, not overlapping, not empty
        assert "\n" not in sentence.text and sentence.text == sentence.text.strip()
        covered[sentence.start:sentence.end] = [True] * (sentence.end - sentence.start)
        previous_end = sentence.end
    # Everything between sentences is spacing and punctuation: no character of a word is lost.
    lost = "".join(char for char, inside in zip(text, covered) if not inside)
    assert not _WORD.search(lost), lost


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(raw_article, st.text()))
def test_a_sentence_is_one_sentence(text):
    for sentence in split_sentences(text):
        (again,) = split_sentences(sentence.text)
        assert (again.text, again.start, again.end) == (sentence.text, 0, len(sentence.text))


# --- money, one more way of writing it ----------------------------------------------------------


@given(
    amount=st.decimals(min_value=Decimal("0.01"), max_value=10**13, places=2, allow_nan=False, allow_infinity=False),
    unit=st.sampled_from([("亿元", 8), ("万元", 4), ("元", 0)]),
    qualifier=st.sampled_from(["", "近", "约"]),
)
def test_amounts_with_thousands_separators_round_trip(amount, unit, qualifier):
    word, power = unit
    written = f"{amount.scaleb(-power):,f}"
    money = parse_money(f"项目总投资{qualifier}{written}{word},")
    assert money is not None, written
    assert money.amount_yuan == amount
    assert money.qualifier == (qualifier or None)
