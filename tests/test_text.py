"""tracker.text: decoding, normalisation, header reading and sentence splitting, by example."""

from __future__ import annotations

import datetime as dt
import os
import random
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker import text as textmod
from tracker.errors import ArticleError
from tracker.text import (
    Article,
    decode,
    detect_script,
    normalise,
    read_article,
    split_sentences,
    strip_pinyin,
    to_simplified,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def seed(prefix: str) -> Article:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return normalise(read_article(path))


# --- pinyin ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("襄都區(qū)以項(xiàng)目建設(shè)", "襄都區以項目建設"),
        ("創(chuàng)新方式提高招商精準(zhǔn)度", "創新方式提高招商精準度"),
        ("綠(lǜ)色", "綠色"),  # ü with a tone mark
        ("女(nü)", "女"),  # ü alone marks pinyin too
        ("區（qū）", "區"),  # full-width parentheses
        # real text in parentheses stays
        ("长热新型管业生产基地(二期)项目", "长热新型管业生产基地(二期)项目"),
        ("各乡镇(街道)", "各乡镇(街道)"),
        ("爭創一流。(郭文靜)", "爭創一流。(郭文靜)"),
        ("宣传出去。( 刘霄宇 韩旭)", "宣传出去。( 刘霄宇 韩旭)"),
        ("各黨(工)委", "各黨(工)委"),
        ("各县(市)区", "各县(市)区"),
        # latin without tone marks, upper case, or not right after a character stays
        ("维生素(c)含量", "维生素(c)含量"),
        ("聚氯乙烯(pvc)管材", "聚氯乙烯(pvc)管材"),
        ("工程(EPC)总承包", "工程(EPC)总承包"),
        ("项目 (xiàng)", "项目 (xiàng)"),
        ("(xiàng)目", "(xiàng)目"),
        ("实施方案(2019-2021)", "实施方案(2019-2021)"),
    ],
)
def test_strip_pinyin(raw: str, expected: str) -> None:
    assert strip_pinyin(raw) == expected


def test_pinyin_gone_from_seed_004() -> None:
    article = seed("004")
    assert "(" not in article.text.replace("(街道)", "").replace("(郭文静)", "")
    assert article.text.startswith("襄都区以项目建设为主题主线")
    assert article.text.endswith("(郭文静)")


# --- seeds: header ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "title", "source", "published_on", "script"),
    [
        ("000", "长春宽城:实现项目建设新突破", "吉林日报", dt.date(2019, 6, 11), "simplified"),
        ("001", "推进项目建设 壮大江城工业", "互联网", dt.date(2019, 12, 20), "simplified"),
        (
            "002",
            "长春宽城:以战略思维和全新理念推动高品质发展",
            "吉林日报",
            dt.date(2018, 11, 2),
            "traditional",
        ),
        ("003", "建安区项目建设跑出速度与激情", None, dt.date(2022, 3, 31), "simplified"),
        ("004", None, None, None, "traditional"),
    ],
)
def test_seed_header(prefix, title, source, published_on, script) -> None:
    article = seed(prefix)
    assert (article.title, article.source, article.published_on, article.script) == (
        title,
        source,
        published_on,
        script,
    )


def test_raw_text_is_kept() -> None:
    (path,) = SEEDS.glob("002_*.txt")
    article = normalise(read_article(path))
    assert article.raw_text == path.read_text(encoding="utf-8")
    assert "長春寬城:以戰略思維和全新理念推動高品質發展" in article.raw_text
    assert "長春" not in article.text and "寬城" not in article.text


# --- seeds: furniture and content ---------------------------------------------------------------

FURNITURE = [
    "责任编辑", "版权所有", "免责声明", "点击查看原文", "原标题", "主办:", "举报电话", "备案",
    "您的位置", "首页 >", "条评论", "T小字", "字号", "阅读次数", "我要打印", "友荐云推荐",
    "热网推荐", "撰稿", "编辑:", "来源", "时间:", "分享", "•", "|",
]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
@pytest.mark.parametrize("furniture", FURNITURE)
def test_seed_furniture_gone(prefix: str, furniture: str) -> None:
    assert furniture not in seed(prefix).text


@pytest.mark.parametrize(
    ("prefix", "first_line", "last_line_end"),
    [
        ("000", "长春宽城:实现项目建设新突破", "营造共谋发展的良好氛围。( 刘霄宇 韩旭)"),
        ("001", "推进项目建设 壮大江城工业", "推动开发区改革创新,释放潜力。"),
        ("002", "长春宽城:以战略思维和全新理念推动高品质发展", "切实解决百姓关心的民生问题。"),
        ("003", "建安区项目建设跑出速度与激情", "开启新年之跑。"),
        ("004", "襄都区以项目建设为主题主线", "营造比学赶超浓厚氛围。(郭文静)"),
    ],
)
def test_seed_report_bounds(prefix: str, first_line: str, last_line_end: str) -> None:
    lines = seed(prefix).text.split("\n")
    assert lines[0].startswith(first_line)
    assert lines[-1].endswith(last_line_end)


@pytest.mark.parametrize(
    ("prefix", "kept"),
    [
        ("000", "2019,宽城区站位新时代,展现出了新作为。"),  # short paragraph
        ("000", "精心谋划 “重大项目专班”助力企业飞速发展"),  # heading
        ("000", "长热新型管业生产基地(二期)项目土地规划问题"),
        ("001", "各县(市)区、开发区主要领导"),
        ("002", "写在前面"),  # heading right after the last caption
        ("002", "各党(工)委(党组)书记"),
        ("003", "高站位 率先垂范带头干"),
        ("003", "各乡镇(街道)、园区"),
        ("004", "创新方式提高招商精准度"),  # heading in an article without a title
    ],
)
def test_seed_content_kept(prefix: str, kept: str) -> None:
    assert kept in seed(prefix).text


def test_seed_002_title_repeats_and_captions_dropped() -> None:
    text = seed("002").text
    assert text.count("长春宽城:以战略思维和全新理念推动高品质发展") == 1
    for caption in ("海尔物流园外景", "宽城万达夜景", "长客股份三四级修车间"):
        assert caption not in text


def test_seed_001_reporters_dropped() -> None:
    assert "李婷" not in seed("001").text


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_paragraph_structure(prefix: str) -> None:
    for line in seed(prefix).text.split("\n"):
        assert line and line == line.strip() and "\u3000" not in line and "\xa0" not in line


# --- other sites of the genre ------------------------------------------------------------------

BODY = "  全区开工项目12个,总投资5亿元。"


@pytest.mark.parametrize(
    ("raw", "title", "source", "published_on"),
    [
        ("某区项目建设提速\n发布时间：2021年03月05日\n" + BODY, "某区项目建设提速", None, dt.date(2021, 3, 5)),
        ("某区项目建设提速\n2020年5月8日 来源：某某日报\n" + BODY, "某区项目建设提速", "某某日报", dt.date(2020, 5, 8)),
        ("某区项目建设提速\n作者：张三 来源：某某日报\n" + BODY, "某区项目建设提速", "某某日报", None),
        ("某区项目建设提速\n日期:2021-3-5\n" + BODY, "某区项目建设提速", None, dt.date(2021, 3, 5)),
        ("某区项目建设提速\n2021/03/05 08:00\n" + BODY, "某区项目建设提速", None, dt.date(2021, 3, 5)),
        ("某區項目建設提速\n時間：2021-03-05  來源：某某日報\n" + BODY, "某区项目建设提速", "某某日报", dt.date(2021, 3, 5)),
        ("某區項目建設提速\n發佈時間:2021-03-05\n" + BODY, "某区项目建设提速", None, dt.date(2021, 3, 5)),
        # the date first, the headline under it
        ("2021-03-05\n某区项目建设提速\n" + BODY, "某区项目建设提速", None, dt.date(2021, 3, 5)),
        # an impossible date is no date
        ("某区项目建设提速\n时间: 2021-02-30\n" + BODY, "某区项目建设提速", None, None),
        # a date in the body is not the publication date
        ("某区项目建设提速\n  2021年3月5日,全区开工项目12个。", "某区项目建设提速", None, None),
        # a labelled date at the foot of the page
        (BODY + "\n发布日期: 2021-03-05", None, None, dt.date(2021, 3, 5)),
        # no header at all
        (BODY, None, None, None),
        # no dateline in the header: the first headline, not a caption under it
        ("某区项目建设提速\n开工现场\n" + BODY + "\n发布日期: 2021-03-05", "某区项目建设提速", None, dt.date(2021, 3, 5)),
        # a reposting site's notice before the headline
        ("下面是小编为大家整理的通报,供大家参考。\n关于某某项目的通报\n" + BODY, "关于某某项目的通报", None, None),
        # site name above the headline and the dateline
        ("某某新闻网\n某区项目建设提速\n来源: 某某日报\n" + BODY, "某区项目建设提速", "某某日报", None),
    ],
)
def test_other_headers(raw: str, title, source, published_on) -> None:
    article = normalise(raw)
    assert (article.title, article.source, article.published_on) == (title, source, published_on)
    assert "来源" not in article.text and "时间" not in article.text and "日期" not in article.text
    assert article.text.endswith("。")


def test_metadata_overrides_header() -> None:
    raw = "某區項目建設提速\n時間: 2019-06-11  來源: 某某日報\n" + BODY
    article = normalise(raw, title="某區項目建設", source="某某網", published_on=dt.date(2020, 1, 2))
    assert (article.title, article.source, article.published_on) == (
        "某区项目建设",
        "某某网",
        dt.date(2020, 1, 2),
    )
    assert normalise(raw).published_on == dt.date(2019, 6, 11)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # navigation and widgets above the title
        ("当前位置：首页 > 新闻\n分享到：\n某区项目建设提速\n" + BODY, "某区项目建设提速\n" + BODY.strip()),
        # footer: after 相关新闻 nothing is the report's (other articles' headlines)
        (BODY + "\n相关新闻\n某县签约项目10个\n某市开工仪式举行", BODY.strip()),
        (BODY + "\n上一篇:某县签约项目10个", BODY.strip()),
        # bylines
        (BODY + "\n记者 张三 李四", BODY.strip()),
        (BODY + "\n(记者:张三)", BODY.strip()),
        (BODY + "\n文/图 张三", BODY.strip()),
        (BODY + "\n王某 李某某", BODY.strip()),
        (BODY + "\n(完)", BODY.strip()),
        # a heading that happens to start with a byline word stays
        ("文化惠民工程\n" + BODY + "\n图书馆新馆开放。", "文化惠民工程\n" + BODY.strip() + "\n图书馆新馆开放。"),
        # full-width digits and colons become ASCII; Chinese punctuation stays
        ("  投资：４．３９亿元，占比２５％；完成。", "投资:4.39亿元，占比25%；完成。"),
        # spaces collapse, indentation goes, blank lines go
        ("\u3000\u3000甲乙  丙丁。\r\n\r\n\t戊己。", "甲乙 丙丁。\n戊己。"),
        # invisible characters go
        ("项\u200b目\ufeff建设。", "项目建设。"),
    ],
)
def test_normalised_text(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_captions_after_title_repeats() -> None:
    raw = "某区项目建设提速\n某某日报 2018-11-02\n某区项目建设提速\n某某园外景\n某区项目建设提速\n开工仪式现场\n" + BODY
    article = normalise(raw)
    assert (article.title, article.source) == ("某区项目建设提速", "某某日报")
    assert article.text == "某区项目建设提速\n" + BODY.strip()


@pytest.mark.parametrize("raw", ["", "   \n\n", "分享\n关闭"])
def test_normalise_without_report(raw: str) -> None:
    article = normalise(raw)
    assert article.text == "" and article.title is None and article.published_on is None


# --- script --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("宽城区项目建设", "simplified"),
        ("寬城區項目建設", "traditional"),
        ("全区开工项目12个,总投资5亿元,其中寬城一个。", "simplified"),  # a stray Traditional name
        ("abc 123", "simplified"),
        ("", "simplified"),
    ],
)
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script


def test_to_simplified() -> None:
    assert to_simplified("長春寬城區産業發展") == "长春宽城区产业发展"
    assert to_simplified("宽城区项目") == "宽城区项目"


# --- decoding ------------------------------------------------------------------------------------

TEXT = "宽城区项目建设稳步推进,全区开工项目12个。"
NOT_TEXT = "x.txt: not UTF-8, UTF-16 or GB18030 text"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), TEXT),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT),
        (TEXT.encode("utf-16"), TEXT),  # with a BOM
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), TEXT),
        (TEXT.encode("gb18030"), TEXT),
        (TEXT.encode("gbk"), TEXT),
        (TEXT.encode("utf-8")[:-1], TEXT[:-1]),  # cut mid-character at the end: dropped
        (TEXT.encode("gb18030")[:-1], TEXT[:-1]),
        (TEXT.encode("utf-16")[:-1], TEXT[:-1]),
        ("𠀀项目".encode("utf-8"), "𠀀项目"),
    ],
)
def test_decode(data: bytes, expected: str) -> None:
    assert decode(data) == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "x.txt: empty file"),
        (b" \n\t\r\n", "x.txt: empty file (whitespace only)"),
        ("\u3000\n".encode("utf-8"), "x.txt: empty file (whitespace only)"),
        (b"\xef\xbb\xbf", "x.txt: empty file (whitespace only)"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "x.txt: binary file, not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.txt: binary file, not text"),
        (TEXT.encode("utf-16-le"), "x.txt: binary file, not text"),  # UTF-16 without a BOM
        (b"abc\x01\x02\x03def", "x.txt: binary file, not text"),
        (random.Random(0).randbytes(4096), "x.txt: binary file, not text"),
        (bytes(b or 1 for b in random.Random(1).randbytes(4096)), "x.txt: binary file, not text"),
        (bytes(b | 0x80 for b in random.Random(2).randbytes(4096)), NOT_TEXT),
        ("寬城區項目建設穩步推進,全區開工項目12個。".encode("big5"), NOT_TEXT),
        (b"\xff\xfe" + TEXT.encode("utf-16-le") + b"\x00\xdca\x00", "x.txt: not valid UTF-16 text"),
        # cut inside the file (two pieces spliced mid-character)
        (TEXT.encode("utf-8")[:7] + TEXT.encode("utf-8")[8:], "x.txt: damaged UTF-8 text (invalid byte at offset 6)"),
    ],
)
def test_decode_refuses(data: bytes, message: str) -> None:
    with pytest.raises(ArticleError) as error:
        decode(data, "x.txt")
    assert str(error.value) == message
    assert "\n" not in str(error.value)


def test_read_article(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(TEXT.encode("gb18030"))
    assert read_article(path) == TEXT
    assert read_article(str(path)) == TEXT


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p, "cannot read (Is a directory)"),
        (lambda p: p / "missing.txt", "cannot read (No such file or directory)"),
        (lambda p: (p / "empty.txt").write_bytes(b"") and p / "empty.txt" or p / "empty.txt", "empty file"),
    ],
)
def test_read_article_refuses(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(ArticleError) as error:
        read_article(path)
    assert str(error.value) == f"{path}: {message}"


def test_read_article_size_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmod, "MAX_ARTICLE_BYTES", 1024)
    path = tmp_path / "big.txt"
    path.write_bytes(TEXT.encode("utf-8") * 100)
    with pytest.raises(ArticleError, match="too large"):
        read_article(path)


@pytest.mark.skipif(not os.access("/dev/zero", os.R_OK), reason="needs /dev/zero")
def test_read_article_size_cap_without_stat_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(textmod, "MAX_ARTICLE_BYTES", 1024)
    with pytest.raises(ArticleError, match="too large"):
        read_article("/dev/zero")


# --- sentences -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("甲。乙!丙?丁", ["甲。", "乙!", "丙?", "丁"]),
        ("开工12个;在建8个；竣工3个。", ["开工12个;", "在建8个；", "竣工3个。"]),
        # commas and enumerations separate clauses, not sentences
        ("中东广场、宝辉商业广场等4个项目已开工,和8个项目及其他等。", ["中东广场、宝辉商业广场等4个项目已开工,和8个项目及其他等。"]),
        # never inside brackets or quotes
        ("他说:“好。再干。”然后走了。下一句。", ["他说:“好。再干。”然后走了。", "下一句。"]),
        ("出台《方案(试行)。》等文件。后。", ["出台《方案(试行)。》等文件。", "后。"]),
        ("基地(二期;三期)项目。", ["基地(二期;三期)项目。"]),
        ("【信息。】‘引。’「港。」", ["【信息。】‘引。’「港。」"]),
        # an opener never closed protects nothing
        ("“未闭合。下一句。", ["“未闭合。", "下一句。"]),
        ("多余的”。下一句。", ["多余的”。", "下一句。"]),
        # runs of ends make one sentence; empty ones are dropped
        ("真的吗？！是的。。", ["真的吗？！", "是的。。"]),
        ("；。开头", ["开头"]),
        # lines are paragraphs; whitespace is not part of a sentence
        ("第一段\n\n  第二段。  \n", ["第一段", "第二段。"]),
        ("", []),
        (" \n ", []),
        # decimals and ellipses do not end sentences
        ("投资4.39亿元……项目推进。", ["投资4.39亿元……项目推进。"]),
    ],
)
def test_split_sentences(text: str, sentences: list[str]) -> None:
    found = split_sentences(text)
    assert [s.text for s in found] == sentences
    assert all(text[s.start : s.end] == s.text for s in found)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_sentence_offsets(prefix: str) -> None:
    text = seed(prefix).text
    sentences = split_sentences(text)
    assert sentences
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and "\n" not in sentence.text
    # nothing with a word in it is lost between sentences
    covered = "".join(s.text for s in sentences)
    assert "".join(text.split()) == "".join(covered.split())


@given(st.text(alphabet=st.sampled_from("甲乙 \n。;；!?“”()（）《》、,\t")))
def test_sentence_offsets_hold_for_any_text(text: str) -> None:
    previous_end = 0
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        previous_end = sentence.end


@given(st.text())
def test_normalise_accepts_any_text(raw: str) -> None:
    article = normalise(raw)
    for sentence in split_sentences(article.text):
        assert article.text[sentence.start : sentence.end] == sentence.text


# --- speed ---------------------------------------------------------------------------------------


def test_normalise_is_fast_on_a_long_article() -> None:
    (path,) = SEEDS.glob("002_*.txt")  # Traditional, with captions: the most work per character
    raw = read_article(path)
    raw = raw + ("\n" + raw) * (20_000 // len(raw))
    normalise(raw)  # the OpenCC dictionaries load once
    started = time.perf_counter()
    normalise(raw)
    assert time.perf_counter() - started < 0.5  # measured: a few ms; generous for slow CI
