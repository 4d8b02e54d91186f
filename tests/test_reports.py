"""`tracker report`: the CSV files a scheduler writes every morning, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.test_queries import GAOGANG, KUANCHENG, PIDU, YUNXIAO, csv_rows, run_cli, tracker_db  # noqa: F401

AS_OF = "2024-05-31"
BOM = b"\xef\xbb\xbf"
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EXPECTED_HEADERS = {
    "projects": [
        "project_id", "project_name", "district", "city", "province", "adcode", "sector", "company", "status",
        "phase", "total_investment_yuan", "total_investment_yi", "open_issue_count", "resolved_issue_count",
        "article_count", "first_reported_on", "last_reported_on",
    ],
    "issues": [
        "issue_id", "reported_on", "district", "city", "province", "adcode", "project_id", "project_name",
        "company", "category", "status", "description", "article_id", "article_title", "article_source", "sentence",
    ],
    "district_summary": [
        "adcode", "district", "city", "province", "level", "project_count", "projects_with_total",
        "total_investment_yuan", "total_investment_yi", "open_issue_count", "resolved_issue_count",
        "article_count", "last_reported_on",
    ],
    "investments_by_district_status": [
        "adcode", "district", "city", "province", "status", "project_count", "projects_with_total",
        "total_investment_yuan", "total_investment_yi",
    ],
}


def read_csv(path: Path, encoding: str = "utf-8-sig") -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode(encoding))))


def header(path: Path, encoding: str = "utf-8-sig") -> list[str]:
    return next(csv.reader(io.StringIO(path.read_bytes().decode(encoding))))


@pytest.fixture
def out(tmp_path):
    return tmp_path / "out"


def test_list_reports(capsys):
    code, out, _ = run_cli(capsys, "report", "--list")
    assert code == 0
    names = [line.split("\t")[0] for line in out.splitlines()]
    assert names == ["district_summary", "investments_by_district_status", "issues", "projects"]
    assert "\tProjects\tOne row per project" in out


def test_every_report_file_has_a_title_and_description():
    from tracker.reports import available

    for report in available(ROOT / "reports").values():
        assert report.title != report.name and report.description, report.name


def test_all_reports(tracker_db, out, capsys):
    code, stdout, err = run_cli(capsys, "report", "--all", "--out", str(out), "--as-of", AS_OF, "--db", tracker_db)
    assert code == 0, err
    names = sorted(EXPECTED_HEADERS)
    assert sorted(p.name for p in out.iterdir()) == [f"{n}_{AS_OF}.csv" for n in names]
    assert [line.split("\t")[0] for line in stdout.splitlines()] == [str(out / f"{n}_{AS_OF}.csv") for n in names]
    assert stdout.splitlines()[2].endswith("\t4 rows")  # issues
    for name, expected in EXPECTED_HEADERS.items():
        path = out / f"{name}_{AS_OF}.csv"
        assert path.read_bytes().startswith(BOM), name  # Excel reads 中文 right
        assert header(path) == expected
        assert (path.stat().st_mode & 0o777) != 0o600  # not the temporary file's private mode
        for row in read_csv(path):
            for column, value in row.items():
                if value and column.startswith(("total_investment", "amount")):
                    assert NUMBER.match(value), (name, column, value)  # never 3e+10, never 1500000000.0
                if value and column.endswith(("_on", "reported_on")):
                    assert DATE.match(value), (name, column, value)


def test_projects_report_rows(tracker_db, out, capsys):
    code, _, err = run_cli(capsys, "report", "projects", "--out", str(out), "--as-of", AS_OF, "--db", tracker_db)
    assert code == 0, err
    rows = {r["project_name"]: r for r in read_csv(out / f"projects_{AS_OF}.csv")}
    assert [r["adcode"] for r in read_csv(out / f"projects_{AS_OF}.csv")] == [
        KUANCHENG, KUANCHENG, KUANCHENG, GAOGANG, PIDU, ""
    ]
    huada = rows["华大天石智能制造产业园"]
    assert (huada["district"], huada["city"], huada["province"], huada["status"]) == ("宽城区", "长春市", "吉林省", "under_construction")
    assert (huada["total_investment_yuan"], huada["total_investment_yi"]) == ("1500000000", "15")
    assert (huada["open_issue_count"], huada["article_count"], huada["first_reported_on"], huada["last_reported_on"]) == (
        "1", "2", "2019-06-11", "2020-03-02"
    )
    assert rows["中东广场"]["total_investment_yuan"] == "30000000000"
    assert rows["凯禹汽车零部件生产项目"]["total_investment_yuan"] == ""  # NULL is an empty cell
    assert rows["高港区长江物流园二期"]["total_investment_yi"] == "4.39"


def test_reports_agree_with_the_views_on_the_current_day(tracker_db, out, capsys):
    """The reports recompute as of a day; for today they must say what the views say."""
    run_cli(capsys, "report", "projects", "district_summary", "--out", str(out), "--as-of", "2099-01-01", "--db", tracker_db)
    code, stdout, _ = run_cli(capsys, "projects", "--db", tracker_db, "-f", "csv", "--sort", "id")
    assert code == 0
    views = {r["project_id"]: r for r in csv_rows(stdout)}
    report = {r["project_id"]: r for r in read_csv(out / "projects_2099-01-01.csv")}
    assert report == views
    code, stdout, _ = run_cli(capsys, "districts", "--db", tracker_db, "-f", "csv")
    views = {r["adcode"]: r for r in csv_rows(stdout)}
    for row in read_csv(out / "district_summary_2099-01-01.csv"):
        assert {k: v for k, v in views[row["adcode"]].items() if k in row} == row


def test_as_of_reports_what_was_known_then(tracker_db, out, capsys):
    code, _, err = run_cli(capsys, "report", "--all", "--out", str(out), "--as-of", "2019-12-31", "--db", tracker_db)
    assert code == 0, err
    projects = {r["project_name"]: r for r in read_csv(out / "projects_2019-12-31.csv")}
    # reported by 2019: the three 宽城 projects from the June 2019 article, and the undated 高港 article
    assert set(projects) == {"华大天石智能制造产业园", "中东广场", "凯禹汽车零部件生产项目", "高港区长江物流园二期"}
    huada = projects["华大天石智能制造产业园"]
    assert (huada["status"], huada["article_count"], huada["last_reported_on"], huada["open_issue_count"]) == (
        "signed", "1", "2019-06-11", "0"
    )
    districts = {r["adcode"]: r for r in read_csv(out / "district_summary_2019-12-31.csv")}
    assert (districts[KUANCHENG]["project_count"], districts[KUANCHENG]["total_investment_yi"],
            districts[KUANCHENG]["open_issue_count"], districts[KUANCHENG]["resolved_issue_count"]) == ("3", "315", "1", "1")
    assert (districts[PIDU]["project_count"], districts[PIDU]["open_issue_count"], districts[PIDU]["article_count"]) == ("0", "0", "0")
    assert districts[YUNXIAO]["last_reported_on"] == ""
    issues = read_csv(out / "issues_2019-12-31.csv")
    assert [r["description"] for r in issues] == ["电力安装推进缓慢", "土地分割问题"]  # in_progress before resolved
    by_status = [(r["adcode"], r["status"], r["project_count"], r["total_investment_yuan"])
                 for r in read_csv(out / "investments_by_district_status_2019-12-31.csv")]
    assert by_status == [
        (KUANCHENG, "signed", "1", "1500000000"),
        (KUANCHENG, "under_construction", "1", "30000000000"),
        (KUANCHENG, "", "1", "0"),
        (GAOGANG, "planned", "1", "439000000"),
    ]


@pytest.mark.parametrize(("encoding", "bom"), [("utf-8", False), ("gb18030", False), ("utf-8-sig", True)])
def test_encodings(tracker_db, out, capsys, encoding, bom):
    code, _, err = run_cli(capsys, "report", "issues", "--out", str(out), "--as-of", AS_OF,
                           "--encoding", encoding, "--db", tracker_db)
    assert code == 0, err
    data = (out / f"issues_{AS_OF}.csv").read_bytes()
    assert data.startswith(BOM) == bom
    text = data.decode(encoding)
    assert "施工许可证办理滞后" in text and "成都某某科技有限公司" in text
    if encoding == "gb18030":
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    assert "\r\n" not in text


def test_unknown_report_writes_nothing(tracker_db, out, capsys):
    code, stdout, err = run_cli(capsys, "report", "projects", "nope", "--out", str(out), "--db", tracker_db)
    assert code == 1 and stdout == ""
    assert err.strip() == (
        "Error: unknown report 'nope'; known reports: district_summary, investments_by_district_status, issues, projects"
    )
    assert not out.exists()


def test_usage_errors(tracker_db, out, capsys):
    code, _, err = run_cli(capsys, "report", "--out", str(out), "--db", tracker_db)
    assert code == 1 and err.strip() == "Error: name the reports to write, or pass --all"
    code, _, err = run_cli(capsys, "report", "--all", "--out", str(out), "--as-of", "31/05/2024", "--db", tracker_db)
    assert code == 1 and err.strip() == "Error: not a date: '31/05/2024' (use YYYY-MM-DD)"
    code, _, _ = run_cli(capsys, "report", "--all", "--db", tracker_db)
    assert code == 2  # --out missing: a usage error
    code, _, err = run_cli(capsys, "report", "--all", "--out", str(out), "--encoding", "latin-1", "--db", tracker_db)
    assert code == 2 and "latin-1" in err
    code, _, err = run_cli(capsys, "report", "--all", "--out", str(out), "--db", f"sqlite:///{out}/missing.db")
    assert code == 1 and err.strip().endswith("run `tracker seed` first")
    assert not out.exists() or list(out.iterdir()) == []


def test_a_failing_report_leaves_no_files(tracker_db, tmp_path, out, capsys):
    folder = tmp_path / "my-reports"
    folder.mkdir()
    shutil.copy(ROOT / "reports" / "projects.sql", folder)
    (folder / "broken.sql").write_text("-- title: Broken\nSELECT no_such_column FROM projects\n", encoding="utf-8")
    out.mkdir()
    earlier = out / f"projects_{AS_OF}.csv"
    earlier.write_text("yesterday's file\n", encoding="utf-8")
    code, stdout, err = run_cli(capsys, "report", "--all", "--out", str(out), "--as-of", AS_OF,
                                "--reports-dir", str(folder), "--db", tracker_db)
    assert code == 1 and stdout == ""
    assert err.startswith("Error: report broken: ") and err.count("\n") == 1
    assert sorted(p.name for p in out.iterdir()) == [earlier.name]  # no temporary files either
    assert earlier.read_text(encoding="utf-8") == "yesterday's file\n"


def test_an_unwritable_folder_fails_cleanly(tracker_db, tmp_path, capsys):
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    code, _, err = run_cli(capsys, "report", "--all", "--out", str(locked), "--db", tracker_db)
    assert code == 1 and err.startswith("Error: cannot write reports to")
    assert list(locked.iterdir()) == []


def test_a_rewrite_replaces_the_file(tracker_db, out, capsys):
    out.mkdir()
    target = out / f"issues_{AS_OF}.csv"
    target.write_text("old\n", encoding="utf-8")
    code, _, _ = run_cli(capsys, "report", "issues", "--out", str(out), "--as-of", AS_OF, "--db", tracker_db)
    assert code == 0
    assert len(read_csv(target)) == 4
    assert sorted(p.name for p in out.iterdir()) == [target.name]


def test_an_analyst_adds_a_report_without_code(tracker_db, tmp_path, out, capsys, monkeypatch):
    folder = tmp_path / "analyst"
    folder.mkdir()
    (folder / "figures.sql").write_text(
        "-- title: District figures\n"
        "-- description: Every aggregate number reported for a district,\n"
        "--   newest first.\n"
        "SELECT d.name AS district, f.metric, f.value, f.unit, a.published_on\n"
        "FROM district_figures f JOIN districts d ON d.id = f.district_id JOIN articles a ON a.id = f.article_id\n"
        "WHERE a.published_on <= :as_of AND f.metric LIKE '%企业'\n"
        "ORDER BY a.published_on DESC\n",
        encoding="utf-8",
    )
    (folder / "needs_param.sql").write_text("-- title: Needs\nSELECT * FROM projects WHERE id = :project\n", encoding="utf-8")
    monkeypatch.setenv("TRACKER_REPORTS_DIR", str(folder))
    code, stdout, _ = run_cli(capsys, "report", "--list")
    assert "figures\tDistrict figures\tEvery aggregate number reported for a district, newest first." in stdout
    code, _, err = run_cli(capsys, "report", "figures", "--out", str(out), "--as-of", AS_OF, "--db", tracker_db)
    assert code == 0, err
    rows = read_csv(out / f"figures_{AS_OF}.csv")
    assert [(r["district"], r["value"], r["unit"], r["published_on"]) for r in rows] == [
        ("云霄县", "120", "家", "2022-01-15"), ("宽城区", "419", "家", "2019-06-11")
    ]
    code, _, err = run_cli(capsys, "report", "needs_param", "--out", str(out), "--db", tracker_db)
    assert code == 1 and err.strip() == "Error: report needs_param uses :project; only :as_of is supplied"


def test_library_write_reports(tracker_db, out):
    import datetime as dt

    from tracker import reports
    from tracker.queries import open_database

    engine = open_database(tracker_db)
    try:
        written = reports.write_reports(engine, reports.choose(["district_summary"]), out, as_of=dt.date(2024, 1, 2))
    finally:
        engine.dispose()
    assert [(w.report, w.path.name, w.rows) for w in written] == [("district_summary", "district_summary_2024-01-02.csv", 4)]


def test_an_impossible_output_folder_is_one_line(tracker_db, tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, stdout, err = run_cli(capsys, "report", "--all", "--out", str(blocker / "reports"), "--db", tracker_db)
    assert code == 1 and stdout == ""
    assert err.startswith(f"Error: cannot create {blocker / 'reports'}: ") and err.count("\n") == 1


def test_a_cell_excel_would_run_as_a_formula_is_written_as_text(tracker_db, tmp_path, out, capsys, monkeypatch):
    folder = tmp_path / "analyst"
    folder.mkdir()
    (folder / "cells.sql").write_text(
        "-- title: Cells\nSELECT '=HYPERLINK(\"http://evil\")' AS link, '@SUM(1)' AS at, -5 AS amount, '-' AS dash\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("TRACKER_REPORTS_DIR", str(folder))
    code, _, err = run_cli(capsys, "report", "cells", "--out", str(out), "--as-of", AS_OF, "--db", tracker_db)
    assert code == 0, err
    assert read_csv(out / f"cells_{AS_OF}.csv") == [
        {"link": "'=HYPERLINK(\"http://evil\")", "at": "'@SUM(1)", "amount": "-5", "dash": "'-"}
    ]
