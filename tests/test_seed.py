"""`tracker seed` as a user sees it: what lands in the database, twice, on both databases."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tests.conftest import ROOT, SEEDS
from tracker.db.engine import make_engine
from tracker.db.models import Article, District
from tracker.load import seed

TABLES = ("articles", "districts", "projects", "project_aliases", "project_mentions",
          "project_statuses", "investments", "issues", "district_figures")


def snapshot(engine, *, keys: bool = True) -> dict[str, list[tuple]]:
    """Every table's rows without ids or load times, sorted: what 'the same tables' means.
    Without ``keys`` foreign keys are left out too (a rebuild numbers projects anew)."""
    result = {}
    with engine.connect() as connection:
        for table in TABLES:
            rows = connection.execute(text(f"SELECT * FROM {table}")).mappings().all()
            result[table] = sorted(
                tuple(str(v) for k, v in row.items()
                      if k not in ("id", "loaded_at", "extractor_version") and (keys or not k.endswith("_id")))
                for row in rows
            )
    return result


@pytest.fixture
def seeded(db_url):
    engine = make_engine(db_url)
    report = seed(engine, [SEEDS])
    yield engine, report
    engine.dispose()


def test_seed_loads_all_five_articles_with_their_districts(seeded):
    engine, report = seeded
    assert report.count("loaded") == 5 and not report.refused
    with Session(engine, expire_on_commit=False) as session:
        districts = {d.adcode: d for d in session.scalars(select(District))}
        articles = session.scalars(select(Article)).all()
        article_districts = {a.id: a.district.adcode if a.district else None for a in articles}
    assert (districts["220103"].name, districts["220103"].city, districts["220103"].province) == ("宽城区", "长春市", "吉林省")
    assert districts["220200"].name == "吉林市"
    assert (districts["411003"].name, districts["411003"].city, districts["411003"].province) == ("建安区", "许昌市", "河南省")
    assert (districts["130502"].name, districts["130502"].city, districts["130502"].province) == ("襄都区", "邢台市", "河北省")
    assert len(articles) == 5
    dated = [a for a in articles if a.title and a.published_on]
    assert len(dated) == 4
    xiangdu = next(a for a in articles if article_districts[a.id] == "130502")
    assert xiangdu.title is None and xiangdu.published_on is None
    assert {a.script for a in articles} == {"simplified", "traditional"}


def test_seeding_twice_gives_identical_tables(seeded):
    engine, _ = seeded
    before = snapshot(engine)
    again = seed(engine, [SEEDS])
    assert again.count("unchanged") == 5 and again.count("loaded") == 0
    assert snapshot(engine) == before


def test_a_new_extractor_version_rebuilds_the_same_facts(seeded, monkeypatch):
    engine, _ = seeded
    before = snapshot(engine, keys=False)
    import tracker.load

    monkeypatch.setattr(tracker.load, "EXTRACTOR_VERSION", "next")
    report = seed(engine, [SEEDS])
    assert report.rebuilt == 5
    assert snapshot(engine, keys=False) == before


def test_bad_files_are_refused_one_line_each_and_good_ones_load(tmp_path, sqlite_url):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_bytes((SEEDS / "003_c231c8568f6beea3.txt").read_bytes())
    (folder / "gbk.txt").write_bytes((SEEDS / "000_097fc252517f5991.txt").read_text(encoding="utf-8").encode("gb18030"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.bin").write_bytes(bytes(range(256)) * 4)
    result = run_cli("seed", str(folder), "--db", sqlite_url)
    assert result.returncode == 1
    refused = [line for line in result.stderr.splitlines() if line.startswith("refused")]
    assert len(refused) == 2 and any("empty.txt" in line for line in refused) and any("binary.bin" in line for line in refused)
    assert "Traceback" not in result.stderr
    assert "2 loaded" in result.stdout


def test_a_bad_metadata_row_refuses_its_article_alone(tmp_path, sqlite_url):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_bytes((SEEDS / "003_c231c8568f6beea3.txt").read_bytes() + name.encode())
    (folder / "metadata.csv").write_text(
        "file,title,source,published_on\n"
        "a.txt,标题,有逗号,来源,2023-05-10\n"  # an unquoted comma shifts the date into the wrong column
        "b.txt,标题,来源,5月10日\n"
        "c.txt,标题,来源,2023-05-10\n",
        encoding="utf-8",
    )
    result = run_cli("seed", str(folder), "--db", sqlite_url)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    refused = sorted(line for line in result.stderr.splitlines() if line.startswith("refused"))
    assert len(refused) == 2
    assert "a.txt" in refused[0] and "metadata.csv line 2 has 5 fields for 4 columns" in refused[0]
    assert "b.txt" in refused[1] and "metadata.csv line 3" in refused[1] and "is not a date" in refused[1]
    assert "1 loaded" in result.stdout


def test_bad_database_url_is_one_line_and_exit_1(tmp_path):
    result = run_cli("seed", str(SEEDS), "--db", "nonsense://")
    assert result.returncode == 1
    assert result.stderr.strip().startswith("Error:") and "Traceback" not in result.stderr
    result = run_cli("seed", str(SEEDS), "--db", f"sqlite:///{tmp_path}/missing/dir/x.db")
    assert result.returncode == 1 and "folder does not exist" in result.stderr


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args], cwd=ROOT, capture_output=True, text=True,
        env={**os.environ, "TRACKER_DATABASE_URL": ""},
    )


def test_extracting_in_worker_processes_stores_exactly_what_one_process_stores(tmp_path):
    """Rows, ids included, are the same whether articles are extracted here or by workers."""
    from tests.consistency import checksum

    folders = [SEEDS, ROOT / "tests" / "corpus", ROOT / "tests" / "corpus2"]
    sums = {}
    for workers in (0, 2):
        engine = make_engine(f"sqlite:///{tmp_path / f'w{workers}.db'}")
        report = seed(engine, folders, workers=workers)
        assert report.count("loaded") == report.files > 25
        sums[workers] = checksum(engine, [t for t in TABLES if t != "articles"])
        engine.dispose()
    assert sums[0] == sums[2]


def test_files_come_in_path_order_with_their_metadata_rows_hidden_ones_left_out(tmp_path):
    from tracker.load import article_files

    for name in ("b.txt", "a/2.txt", "a/1.txt", "a.txt", ".hidden/x.txt", "c/.draft.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("项目开工。", encoding="utf-8")
    # A byte-order mark, a quoted field running over two lines, a row for no file, a blank line.
    (tmp_path / "metadata.csv").write_text(
        "\ufefffile,title,source,published_on,url\n"
        'a.txt,"标题,有逗号","来源\n第二行",2023-05-10,\n'
        "\n"
        "missing.txt,无,无,,\n"
        "1.txt,第一篇,,2021-01-02,\n",
        encoding="utf-8",
    )
    found = [(str(path.relative_to(tmp_path)), meta) for path, meta in article_files([tmp_path])]
    assert [name for name, _ in found] == ["a/1.txt", "a/2.txt", "a.txt", "b.txt"]
    assert dict(found)["a.txt"] == {"title": "标题,有逗号", "source": "来源\n第二行", "published_on": dt.date(2023, 5, 10)}
    assert dict(found)["a/1.txt"] == {"title": "第一篇", "source": None, "published_on": dt.date(2021, 1, 2)}
    assert dict(found)["b.txt"] == {}
