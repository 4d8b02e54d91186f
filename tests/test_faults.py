"""Faults a user meets, through the real `tracker` command on SQLite and PostgreSQL: files that
are not articles (or are articles in another encoding or a saved web page), and databases that
cannot be used (read-only, missing folder, bad URL, unreachable server, made by a newer tracker).

Every fault is one line on stderr, no traceback, a non-zero exit, and no partial rows.
"""

from __future__ import annotations

import html
import os
import random
import shutil
import socket
import stat
import subprocess
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import SEEDS
from tests.consistency import assert_one_line_error, problems, row_counts, run_tracker
from tracker.db.engine import make_engine
from tracker.errors import ArticleError
from tracker.load import seed
from tracker.text import MAX_ARTICLE_BYTES, normalise, read_article


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


# --- a folder of good and bad files ---------------------------------------------------------

GBK_UNSUPPORTED = str.maketrans({"\xa0": " ", "•": "·"})  # the only characters of seed 001 GBK lacks


def saved_page(article: str) -> str:
    """The article as a browser saves its page: head, scripts, styles, inline markup, entities."""
    paragraphs = []
    for line in article.splitlines():
        half = len(line) // 2
        # Inline markup in the middle of a line must not split it.
        paragraphs.append(f"<p>{html.escape(line[:half])}<span class=\"x\">{html.escape(line[half:])}</span></p>")
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<title>建安区项目建设跑出速度与激情_某某网</title>\n"
        "<style>p { margin: 0 } .x:before { content: '项目' }</style>\n"
        "<script>var projects = ['某某产业园项目'];</script>\n</head>\n<body>\n<div class=\"article\">\n"
        + "\n".join(paragraphs)
        + "\n<script>document.write('<p>总投资99亿元的某某广告项目开工。</p>');</script>\n"
        "<!-- 评论区: 某某项目 -->\n</div>\n</body>\n</html>\n"
    )


def cut_mid_character(data: bytes, at: int) -> bytes:
    """``data`` cut at about ``at`` bytes, inside a multi-byte UTF-8 character."""
    while not (data[at] & 0xC0 == 0x80 and data[at - 1] >= 0xE0):  # after a lead byte, before its end
        at += 1
    return data[:at]


GOOD = {
    # file: (how its text is made from the seeds, how it is encoded)
    "plain.txt": ("003", "utf-8"),
    "gb18030.txt": ("000", "gb18030"),
    "gbk.txt": ("001", "gbk"),
    "utf16_bom.txt": ("002", "utf-16"),
    "saved_page.html": ("003", "html"),
    "saved_page_gb.htm": ("003", "html-gb18030"),
    "truncated.txt": ("004", "cut"),
}
BAD = {
    "empty.txt": "empty file",
    "image.png": "binary file, not text",
    "program": "binary file, not text",
    "random.bin": "binary file, not text",
    "huge.txt": f"file too large for an article (over {MAX_ARTICLE_BYTES // 2**20} MB)",
    "spliced.txt": "damaged UTF-8 text (invalid byte at offset",
    "nested/more/notes.dat": "binary file, not text",
}


def build_corpus(folder: Path) -> dict[str, str]:
    """Write GOOD and BAD into ``folder``; return each good file's expected normalised text."""
    folder.mkdir()
    expected = {}
    for name, (prefix, encoding) in GOOD.items():
        article = seed_text(prefix)
        if encoding == "gbk":
            article = article.translate(GBK_UNSUPPORTED)
            data = article.encode("gbk")  # strict: every character is in GBK
        elif encoding.startswith("html"):
            charset = "gb18030" if encoding == "html-gb18030" else "utf-8"
            data = saved_page(article).replace('charset="utf-8"', f'charset="{charset}"').encode(charset)
        elif encoding == "cut":
            data = cut_mid_character(article.encode("utf-8"), len(article.encode("utf-8")) * 2 // 3)
            article = data.decode("utf-8", "ignore")
        else:
            data = article.encode(encoding)
        (folder / name).write_bytes(data)
        expected[name] = normalise(article).text
    rng = random.Random(20240601)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(4000))
    (folder / "program").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(8) + rng.randbytes(4000))
    (folder / "random.bin").write_bytes(rng.randbytes(8000))
    with (folder / "huge.txt").open("wb") as huge:  # 50 MB, sparse where the file system can
        huge.write(seed_text("000").encode("utf-8"))
        huge.truncate(50 * 2**20)
    whole = seed_text("002").encode("utf-8")
    head = cut_mid_character(whole, 3000)
    (folder / "spliced.txt").write_bytes(head + whole[len(head) + 5000:])  # two pieces joined mid-character
    (folder / "nested" / "more").mkdir(parents=True)
    (folder / "nested" / "more" / "notes.dat").write_bytes(bytes(range(256)) * 8)
    return expected


def test_a_folder_of_good_and_bad_files(db_url, tmp_path):
    expected = build_corpus(tmp_path / "mixed")
    result = run_tracker("seed", "mixed", "--db", db_url, cwd=tmp_path)

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    refused = [line for line in result.stderr.splitlines() if line.startswith("refused ")]
    assert len(refused) == len(BAD), result.stderr
    for name, reason in BAD.items():
        (line,) = [line for line in refused if line.startswith(f"refused mixed/{name}: ")]
        assert line.startswith(f"refused mixed/{name}: {reason}"), line
    loaded = {line.split()[-1] for line in result.stderr.splitlines() if line.startswith("loaded ")}
    assert loaded == {f"mixed/{name}" for name in GOOD}, result.stderr
    assert f"{len(GOOD) + len(BAD)} files into" in result.stdout
    assert f"{len(GOOD)} loaded, 0 unchanged, {len(BAD)} refused." in result.stdout

    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            articles = {
                row.path.removeprefix("mixed/"): row
                for row in connection.execute(text("SELECT path, title, published_on, script, text FROM articles"))
            }
        # Every good file, decoded right: its text is that of the article it was made from.
        assert set(articles) == set(GOOD)
        for name, row in articles.items():
            assert row.text == expected[name], name
            assert "\ufffd" not in row.text and "<" not in row.text and "&gt;" not in row.text
        assert articles["gb18030.txt"].title == "长春宽城:实现项目建设新突破"
        assert articles["gbk.txt"].title == "推进项目建设 壮大江城工业"
        assert (articles["utf16_bom.txt"].title, articles["utf16_bom.txt"].script) == (
            "长春宽城:以战略思维和全新理念推动高品质发展", "traditional")
        # The saved page reads exactly as the plain article: title, date, text; nothing from
        # its <title>, scripts, styles or comments.
        plain = articles["plain.txt"]
        facts = _facts_by_path(engine)
        for name in ("saved_page.html", "saved_page_gb.htm"):
            page = articles[name]
            assert (page.title, str(page.published_on), page.text) == (plain.title, str(plain.published_on), plain.text)
            assert page.title == "建安区项目建设跑出速度与激情"
            for hidden in ("某某网", "广告", "评论区", "var ", "margin"):
                assert hidden not in page.text
            assert facts[f"mixed/{name}"] == facts["mixed/plain.txt"]
        assert all(facts[f"mixed/{name}"]["project_mentions"] > 0 for name in GOOD if name != "truncated.txt")
        assert problems(engine) == {}
    finally:
        engine.dispose()

    # Seeding the folder again changes nothing and says the same about the bad files.
    again = run_tracker("seed", "mixed", "--db", db_url, "--quiet", cwd=tmp_path)
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert sorted(again.stderr.splitlines()) == sorted(refused)
    assert f"0 loaded, {len(GOOD)} unchanged, {len(BAD)} refused." in again.stdout


def _facts_by_path(engine) -> dict[str, dict[str, int]]:
    with engine.connect() as connection:
        return {
            path: {
                table: connection.execute(text(f"SELECT COUNT(*) FROM {table} WHERE article_id = :id"), {"id": article_id}).scalar()
                for table in ("project_mentions", "project_statuses", "investments", "issues", "district_figures")
            }
            for article_id, path in connection.execute(text("SELECT id, path FROM articles"))
        }


def test_the_exit_code_is_zero_only_when_every_file_loaded(sqlite_url, tmp_path):
    build_corpus(tmp_path / "mixed")
    result = run_tracker("seed", "mixed/gbk.txt", "mixed/utf16_bom.txt", "--db", sqlite_url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "2 loaded, 0 unchanged, 0 refused." in result.stdout
    one_bad = run_tracker("seed", "mixed/gbk.txt", "mixed/random.bin", "--db", sqlite_url, cwd=tmp_path)
    assert one_bad.returncode == 1
    assert error_free(one_bad.stderr) and "refused mixed/random.bin: binary file, not text" in one_bad.stderr.splitlines()


def test_an_article_the_extractor_fails_on_is_refused_and_the_others_load(sqlite_url, monkeypatch):
    def failing(facts):
        raise IndexError("string index out of range")

    refused = seed_with_the_seed_on_sanjia_broken(sqlite_url, monkeypatch, failing)
    assert "IndexError" in refused.message


def test_an_article_whose_facts_break_the_schema_is_refused_and_the_others_load(db_url, monkeypatch):
    import dataclasses

    def one_project_twice(facts):  # two projects of one key: its mentions find no row
        return dataclasses.replace(facts, projects=facts.projects + facts.projects[:1])

    refused = seed_with_the_seed_on_sanjia_broken(db_url, monkeypatch, one_project_twice)
    assert "could not be stored" in refused.message


def seed_with_the_seed_on_sanjia_broken(url, monkeypatch, breaking):
    """Seed the seeds with ``breaking`` applied to one article's facts; that article must be the
    one refused, leave no row, and the others load consistently."""
    import tracker.load

    real = tracker.load.extract_article
    monkeypatch.setattr(tracker.load, "extract_article", lambda a: breaking(real(a)) if "三佳" in a.text else real(a))
    engine = make_engine(url)
    report = seed(engine, [SEEDS], workers=0)
    assert report.count("loaded") == len(list(SEEDS.glob("*.txt"))) - 1
    [refused] = report.refused
    assert refused.path.endswith("003_c231c8568f6beea3.txt")
    assert not problems(engine)
    with engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM articles WHERE path LIKE '%003_c231c8568f6beea3.txt'")) == 0
    engine.dispose()
    return refused


def error_free(stderr: str) -> bool:
    return "Traceback" not in stderr and "Error:" not in stderr


def test_an_oversized_file_is_refused_without_being_read(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as file:
        file.truncate(50 * 2**20)
    tracemalloc.start()
    try:
        with pytest.raises(ArticleError, match=r"huge\.txt: file too large for an article \(over 20 MB\)$"):
            read_article(huge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2**20, f"read_article allocated {peak} bytes for a file it refuses"


# --- databases that cannot be used ----------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


BAD_URLS = {
    "garbage": ("not a database URL", "garbage"),
    "unknown dialect": ("cannot use", "nosuchdb"),
    "unreachable PostgreSQL": ("cannot open", "Connection refused"),
    "missing folder": None,  # depends on tmp_path, below
}


@pytest.mark.parametrize("command", ["seed", "projects"])
@pytest.mark.parametrize("case", sorted(BAD_URLS))
def test_a_bad_database_url_is_one_line(case, command, tmp_path):
    urls = {
        "garbage": "garbage",
        "unknown dialect": "nosuchdb://user@host/db",
        "unreachable PostgreSQL": f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/test",
        "missing folder": f"sqlite:///{tmp_path}/no/such/folder/tracker.db",
    }
    args = ("seed", str(SEEDS)) if command == "seed" else ("projects",)
    result = run_tracker(*args, "--db", urls[case], timeout=60)
    assert result.stdout == ""
    if case == "missing folder":
        needle = "folder does not exist" if command == "seed" else "no tracker database at"
        assert_one_line_error(result, needle, str(tmp_path / "no"))
        assert not (tmp_path / "no").exists()
    else:
        assert_one_line_error(result, *BAD_URLS[case])


def test_a_postgresql_server_that_never_answers_is_given_up_on_in_one_line():
    """A host that accepts but never speaks (a firewall, a hung server) must not hang the command."""
    from tracker.db.engine import PG_CONNECT_TIMEOUT_S

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"postgresql+psycopg://postgres@127.0.0.1:{silent.getsockname()[1]}/test"
        result = run_tracker("projects", "--db", url, timeout=PG_CONNECT_TIMEOUT_S + 20)
    assert_one_line_error(result, "cannot open", "timeout")


def test_seeding_an_in_memory_database_is_refused_since_nothing_would_be_kept():
    result = run_tracker("seed", str(SEEDS), "--db", "sqlite://", timeout=60)
    assert result.stdout == ""
    assert_one_line_error(result, "in-memory SQLite database keeps nothing")


@pytest.fixture
def seeded_url(db_url):
    engine = make_engine(db_url)
    seed(engine, [SEEDS])
    engine.dispose()
    return db_url


def test_a_database_from_a_newer_tracker_is_refused(seeded_url):
    engine = make_engine(seeded_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    before = row_counts(engine)
    try:
        for args in (("seed", str(SEEDS)), ("projects",)):
            result = run_tracker(*args, "--db", seeded_url)
            assert_one_line_error(result, "9999_from_the_future", "upgrade tracker")
            assert result.stdout == ""
        assert row_counts(engine) == before
        with engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_from_the_future"
    finally:
        engine.dispose()


# --- a read-only database file ----------------------------------------------------------------


def _without_root_powers() -> list[str] | None:
    """A command prefix under which file permissions hold for this process's children.

    Root ignores them; dropping the capabilities that let it (with setpriv) makes root obey
    them. None when the tests run as root and that is not possible.
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]


@pytest.fixture
def read_only_sqlite(tmp_path):
    """A seeded SQLite database whose file (0444) and folder (0555) nobody may write, and the
    prefix to run commands with so that this holds even for root."""
    prefix = _without_root_powers()
    if prefix is None:
        pytest.skip("running as root, where chmod does not stop writes, and setpriv is not available")
    folder = tmp_path / "readonly"
    folder.mkdir()
    url = f"sqlite:///{folder / 'tracker.db'}"
    engine = make_engine(url)
    seed(engine, [SEEDS])
    engine.dispose()
    (folder / "tracker.db").chmod(0o444)
    folder.chmod(0o555)
    probe = subprocess.run([*prefix, "sh", "-c", f"echo > '{folder}/probe'"], capture_output=True)
    if probe.returncode == 0:
        folder.chmod(0o755)
        pytest.skip("file permissions do not stop writes here (root without setpriv's effect)")
    try:
        yield url, prefix, folder
    finally:
        folder.chmod(0o755)
        for file in folder.iterdir():
            file.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_read_only_database_refuses_seeding_in_one_line_and_still_answers_queries(read_only_sqlite, tmp_path):
    url, prefix, folder = read_only_sqlite
    new_article = tmp_path / "new.txt"
    new_article.write_text(seed_text("003") + "\n稿件编号 R1\n", encoding="utf-8")
    before = (folder / "tracker.db").read_bytes()

    refused = run_tracker("seed", str(new_article), "--db", url, prefix=prefix)
    assert_one_line_error(refused, "readonly database")
    # Reading a read-only database works: that is what a read-only copy is for.
    projects = run_tracker("projects", "--db", url, "--format", "csv", prefix=prefix)
    assert projects.returncode == 0 and projects.stderr == "", projects.stderr
    assert len(projects.stdout.splitlines()) > 10
    write = run_tracker("sql", "--write", "DELETE FROM projects", "--db", url, prefix=prefix)
    assert_one_line_error(write)
    assert (folder / "tracker.db").read_bytes() == before

    # The file read-only but its folder writable (SQLite may create its -wal and -shm there).
    folder.chmod(0o755)
    refused = run_tracker("seed", str(new_article), "--db", url, prefix=prefix)
    assert_one_line_error(refused, "readonly database")
    projects = run_tracker("projects", "--db", url, prefix=prefix)
    assert projects.returncode == 0 and "Error" not in projects.stderr
    engine = make_engine(url, read_only=True)
    try:
        assert problems(engine) == {} and row_counts(engine)["articles"] == 5
    finally:
        engine.dispose()


def test_a_stopped_query_is_cancelled_on_the_postgresql_server(postgres_url):
    """`timeout` or a scheduler stops a report with SIGTERM: the statement must not run on."""
    import signal
    import time

    from tests.consistency import cli_env, tracker_command
    from tracker.db.engine import migrate

    engine = make_engine(postgres_url)
    migrate(engine)
    marker = f"tracker_stop_test_{os.getpid()}"

    def running() -> int:
        # A new transaction each time: pg_stat_activity is a snapshot per transaction.
        with engine.connect() as connection:
            return connection.scalar(text(
                f"SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%{marker}%' AND pid <> pg_backend_pid()"
            ))

    process = subprocess.Popen(
        [*tracker_command(), "sql", f"SELECT pg_sleep(60) AS {marker}", "--db", postgres_url],
        env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        for _ in range(100):  # until the statement reaches the server
            if running():
                break
            time.sleep(0.1)
        else:
            pytest.fail("the query never started")
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
        assert process.returncode == 128 + signal.SIGTERM
        assert stderr.strip() == "Terminated."
        assert running() == 0
    finally:
        process.kill()
        engine.dispose()
