"""Query commands and views: what an analyst sees, on SQLite and PostgreSQL.

The database is built row by row through the ORM (the extractor may not exist yet); one test at
the end seeds the real seed articles and checks the commands loosely.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from tests.conftest import ROOT, SEEDS
from tracker.db.engine import make_engine, migrate
from tracker.db.models import (
    Article,
    District,
    DistrictFigure,
    Investment,
    Issue,
    Project,
    ProjectAlias,
    ProjectMention,
    ProjectStatus,
)
from tracker.errors import DatabaseError, InvalidInput, InvalidSql

# --- the database -----------------------------------------------------------------------------

KUANCHENG, PIDU, GAOGANG, YUNXIAO = "220103", "510117", "321203", "350622"


def populate(url: str) -> None:
    """Migrate ``url`` and fill it with a few districts, articles, projects and their facts."""
    engine = make_engine(url)
    migrate(engine)
    loaded = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    with Session(engine) as session, session.begin():
        kuancheng = District(name="宽城区", city="长春市", province="吉林省", level="district", adcode=KUANCHENG)
        pidu = District(name="郫都区", city="成都市", province="四川省", level="district", adcode=PIDU)
        gaogang = District(name="高港区", city="泰州市", province="江苏省", level="district", adcode=GAOGANG)
        yunxiao = District(name="云霄县", city="漳州市", province="福建省", level="county", adcode=YUNXIAO)
        session.add_all([kuancheng, pidu, gaogang, yunxiao])

        def article(n, title, source, published_on, district):
            row = Article(
                path=f"seeds/{n:03d}.txt", title=title, source=source, published_on=published_on,
                script="simplified", content_sha256=f"{n:064d}", raw_text=title, text=title,
                district=district, extractor_version="test", loaded_at=loaded,
            )
            session.add(row)
            return row

        a1 = article(1, "长春宽城:实现项目建设新突破", "吉林日报", dt.date(2019, 6, 11), kuancheng)
        a2 = article(2, "宽城区重大项目建设提速", "长春日报", dt.date(2020, 3, 2), kuancheng)
        a3 = article(3, "郫都区:项目攻坚跑出加速度", "成都日报", dt.date(2021, 5, 10), pidu)
        a4 = article(4, "高港区召开重点项目推进会", None, None, gaogang)
        a5 = article(5, "云霄县开展“万人助万企”活动", "闽南日报", dt.date(2022, 1, 15), yunxiao)

        def project(name, district, **values):
            row = Project(name=name, district=district, **values)
            session.add(row)
            return row

        huada = project("华大天石智能制造产业园", kuancheng, sector="先进制造业", status="under_construction")
        huada.aliases.append(ProjectAlias(alias="华大天石产业园"))
        zhongdong = project("中东广场", kuancheng, sector="商业", status="under_construction")
        kaiyu = project("凯禹汽车零部件生产项目", kuancheng, sector="汽车零部件")
        jingrong = project("成都菁蓉汇智能制造基地", pidu, sector="智能制造", status="signed", company="成都菁蓉汇科技有限公司")
        jingrong.aliases.append(ProjectAlias(alias="菁蓉汇基地"))
        wuliu = project("高港区长江物流园二期", gaogang, sector="物流", status="planned", phase="二期")
        battery = project("新能源电池项目", None, status="planned")
        session.flush()

        def mention(p, a, sentence):
            session.add(ProjectMention(project_id=p.id, article_id=a.id, name=p.name, sentence=sentence))

        def status(p, a, word, as_of, sentence):
            session.add(ProjectStatus(project_id=p.id, status=word, as_of=as_of, article_id=a.id, sentence=sentence))

        def money(p, a, kind, amount, written, sentence, qualifier=None):
            session.add(Investment(
                project_id=p.id, kind=kind, amount_yuan=Decimal(amount), amount_text=written, qualifier=qualifier,
                as_of=a.published_on, article_id=a.id, sentence=sentence,
            ))

        def issue(p, a, category, state, description, sentence, district=None, company=None):
            where = district or (p.district if p else None)
            session.add(Issue(
                project_id=p.id if p else None, district_id=where.id if where else None, company=company,
                description=description, category=category, status=state, article_id=a.id, sentence=sentence,
            ))

        s1 = "华大天石智能制造产业园项目签约落地,总投资15亿元。"
        s2 = "华大天石产业园已开工建设,总投资15亿元,已完成投资5234567.89元。"
        mention(huada, a1, s1)
        mention(huada, a2, s2)
        status(huada, a1, "signed", dt.date(2019, 6, 11), s1)
        status(huada, a2, "under_construction", dt.date(2020, 3, 2), s2)
        money(huada, a1, "total", "1500000000", "15亿元", s1)
        money(huada, a2, "total", "1500000000", "15亿元", s2)  # the same total again: not added
        money(huada, a2, "completed", "5234567.89", "5234567.89元", s2)
        issue(huada, a2, "permit", "open", "施工许可证办理滞后", "华大天石产业园施工许可证办理滞后。")

        s3 = "目前,中东广场、宝辉商业广场等4个项目已开工,中东广场总投资近300亿元。"
        mention(zhongdong, a1, s3)
        status(zhongdong, a1, "under_construction", dt.date(2019, 6, 11), s3)
        money(zhongdong, a1, "total", "30000000000", "近300亿元", s3, qualifier="近")
        issue(zhongdong, a1, "land", "resolved", "土地分割问题", "中东广场土地分割问题已协调解决。")

        s4 = "现正在抓紧联系上级部门推动解决凯禹汽车零部件生产等项目问题,电力安装推进缓慢。"
        mention(kaiyu, a1, s4)
        issue(kaiyu, a1, "power", "in_progress", "电力安装推进缓慢", s4)

        s5 = "成都菁蓉汇智能制造基地项目成功签约,计划总投资约8.5亿元。"
        mention(jingrong, a3, s5)
        status(jingrong, a3, "signed", dt.date(2021, 5, 10), s5)
        money(jingrong, a3, "total", "850000000", "约8.5亿元", s5, qualifier="约")
        issue(None, a3, "funding", "open", "企业融资难", "成都某某科技有限公司反映企业融资难。",
              district=pidu, company="成都某某科技有限公司")

        s6 = "高港区长江物流园二期项目正在开展前期手续,总投资4.39亿元。"
        mention(wuliu, a4, s6)
        status(wuliu, a4, "planned", None, s6)
        money(wuliu, a4, "total", "439000000", "4.39亿元", s6)

        s7 = "新能源电池项目计划总投资1亿元。"
        mention(battery, a5, s7)
        status(battery, a5, "planned", dt.date(2022, 1, 15), s7)
        money(battery, a5, "total", "100000000", "1亿元", s7)

        session.add(DistrictFigure(
            district_id=kuancheng.id, metric="走访企业", value=Decimal(419), unit="家", value_text="419家",
            period="2019年", article_id=a1.id, sentence="已走访企业419家。",
        ))
        session.add(DistrictFigure(
            district_id=yunxiao.id, metric="走访企业", value=Decimal(120), unit="家", value_text="120家",
            period=None, article_id=a5.id, sentence="走访企业120家。",
        ))
    engine.dispose()


@pytest.fixture
def tracker_db(db_url):
    """A URL to a migrated database holding the rows of :func:`populate`."""
    populate(db_url)
    return db_url


@pytest.fixture
def engine(tracker_db):
    from tracker.queries import open_database

    engine = open_database(tracker_db)
    yield engine
    engine.dispose()


def run_cli(capsys, *args: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    """Run ``tracker ARGS`` in-process as a user would: (exit code, stdout, stderr)."""
    from tracker.cli import main

    saved = sys.argv
    sys.argv = ["tracker", *args]
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = saved
    out, err = capsys.readouterr()
    return code, out, err


def table_rows(output: str) -> list[list[str]]:
    """A printed table's rows (header first), split on runs of 2+ spaces."""
    import re

    lines = [line for line in output.splitlines() if line.strip()]
    return [re.split(r"\s{2,}", line.strip()) for line in lines if not set(line.strip()) <= {"-", " "}]


def csv_rows(output: str) -> list[dict]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(output)))


# --- views ------------------------------------------------------------------------------------


def test_views_exist_and_match_the_query_definitions(tracker_db):
    from tracker.queries import VIEWS

    engine = make_engine(tracker_db)
    inspector = inspect(engine)
    assert {view.name for view in VIEWS} <= set(inspector.get_view_names())
    for view in VIEWS:
        assert [c["name"] for c in inspector.get_columns(view.name)] == [c.name for c in view.columns]
    engine.dispose()


def test_light_table_handles_match_the_models():
    from tracker.db.models import Base
    from tracker.queries import TABLES

    for handle in TABLES:
        assert {c.name for c in handle.columns} <= set(Base.metadata.tables[handle.name].columns.keys())


def test_project_overview_counts_a_repeated_total_once(tracker_db):
    engine = make_engine(tracker_db)
    with engine.connect() as connection:
        rows = {
            row.project_name: row
            for row in connection.execute(text("SELECT * FROM project_overview"))
        }
    engine.dispose()
    assert len(rows) == 6
    huada = rows["华大天石智能制造产业园"]
    assert Decimal(str(huada.total_investment_yuan)) == Decimal(1500000000)  # not 3000000000
    assert Decimal(str(huada.total_investment_yi)) == 15
    assert (huada.district, huada.city, huada.province, huada.adcode) == ("宽城区", "长春市", "吉林省", KUANCHENG)
    assert (huada.open_issue_count, huada.resolved_issue_count, huada.article_count) == (1, 0, 2)
    assert str(huada.first_reported_on) == "2019-06-11" and str(huada.last_reported_on) == "2020-03-02"
    zhongdong = rows["中东广场"]
    assert Decimal(str(zhongdong.total_investment_yi)) == 300
    assert (zhongdong.open_issue_count, zhongdong.resolved_issue_count) == (0, 1)
    assert rows["凯禹汽车零部件生产项目"].total_investment_yuan is None
    assert rows["凯禹汽车零部件生产项目"].open_issue_count == 1  # in_progress counts as open
    wuliu = rows["高港区长江物流园二期"]
    assert wuliu.first_reported_on is None and wuliu.article_count == 1
    assert Decimal(str(wuliu.total_investment_yi)) == Decimal("4.39")


def test_district_summary_and_open_issues_views(tracker_db):
    engine = make_engine(tracker_db)
    with engine.connect() as connection:
        summary = {row.adcode: row for row in connection.execute(text("SELECT * FROM district_summary"))}
        open_rows = connection.execute(text("SELECT description, status FROM open_issues ORDER BY issue_id")).all()
        evidence = connection.execute(text(
            "SELECT evidence, fact FROM project_evidence WHERE project_name = '中东广场' ORDER BY evidence"
        )).all()
    engine.dispose()
    assert set(summary) == {KUANCHENG, PIDU, GAOGANG, YUNXIAO}
    kuancheng = summary[KUANCHENG]
    assert (kuancheng.project_count, kuancheng.projects_with_total) == (3, 2)
    assert Decimal(str(kuancheng.total_investment_yuan)) == Decimal(31500000000)
    assert Decimal(str(kuancheng.total_investment_yi)) == 315
    assert (kuancheng.open_issue_count, kuancheng.resolved_issue_count, kuancheng.article_count) == (2, 1, 2)
    assert str(kuancheng.last_reported_on) == "2020-03-02"
    yunxiao = summary[YUNXIAO]
    assert (yunxiao.project_count, yunxiao.article_count) == (0, 1)
    assert Decimal(str(yunxiao.total_investment_yuan)) == 0
    assert summary[PIDU].open_issue_count == 1  # the enterprise's issue, no project
    assert [status for _, status in open_rows] == ["open", "in_progress", "open"]
    assert ("investment", "total: 近300亿元") in evidence
    assert ("issue", "land (resolved): 土地分割问题") in evidence
    assert {kind for kind, _ in evidence} == {"mention", "status", "investment", "issue"}


def test_view_columns_carry_comments_on_postgresql(tracker_db):
    engine = make_engine(tracker_db)
    if engine.dialect.name != "postgresql":
        engine.dispose()
        pytest.skip("SQLite has no column comments")
    inspector = inspect(engine)
    from tracker.queries import VIEWS

    for view in VIEWS:
        missing = [c["name"] for c in inspector.get_columns(view.name) if not c.get("comment")]
        assert missing == [], f"{view.name}: {missing}"
    engine.dispose()


def test_every_table_and_view_column_is_in_the_data_dictionary(tracker_db):
    import re

    dictionary = (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    sections = {m.group(1): m.start() for m in re.finditer(r"^###\s+`(\w+)`", dictionary, re.M)}
    engine = make_engine(tracker_db)
    inspector = inspect(engine)
    names = [n for n in inspector.get_table_names() if n != "alembic_version"] + inspector.get_view_names()
    missing = []
    for name in names:
        if name not in sections:
            missing.append(name)
            continue
        start = sections[name]
        later = [s for s in sections.values() if s > start]
        body = dictionary[start:min(later) if later else len(dictionary)]
        missing += [f"{name}.{c['name']}" for c in inspector.get_columns(name) if f"`{c['name']}`" not in body]
    engine.dispose()
    assert missing == []


# --- library ----------------------------------------------------------------------------------


def test_projects_default_order_and_exact_amounts(engine):
    from tracker import queries

    result = queries.projects(engine)
    rows = result.dicts()
    assert result.columns == queries.PROJECT_COLUMNS
    assert [r["project_name"] for r in rows[:3]] == ["中东广场", "华大天石智能制造产业园", "成都菁蓉汇智能制造基地"]
    assert rows[-1]["project_name"] == "凯禹汽车零部件生产项目"  # no total: last
    assert rows[0]["total_investment_yuan"] == Decimal("30000000000")
    assert queries.plain(rows[0]["total_investment_yuan"]) == "30000000000"
    assert queries.plain(rows[1]["total_investment_yi"]) == "15"
    assert isinstance(rows[0]["last_reported_on"], dt.date)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"district": "宽城区"}, {"中东广场", "华大天石智能制造产业园", "凯禹汽车零部件生产项目"}),
        ({"district": KUANCHENG}, {"中东广场", "华大天石智能制造产业园", "凯禹汽车零部件生产项目"}),
        ({"district": "长春"}, {"中东广场", "华大天石智能制造产业园", "凯禹汽车零部件生产项目"}),
        ({"district": "四川省"}, {"成都菁蓉汇智能制造基地"}),
        ({"district": "32"}, {"高港区长江物流园二期"}),
        ({"status": ["planned"]}, {"高港区长江物流园二期", "新能源电池项目"}),
        ({"status": ["signed,planned"]}, {"高港区长江物流园二期", "新能源电池项目", "成都菁蓉汇智能制造基地"}),
        ({"sector": "制造"}, {"华大天石智能制造产业园", "成都菁蓉汇智能制造基地"}),
        ({"min_investment": "8.5亿"}, {"中东广场", "华大天石智能制造产业园", "成都菁蓉汇智能制造基地"}),
        ({"min_investment": "5000万"}, {"中东广场", "华大天石智能制造产业园", "成都菁蓉汇智能制造基地", "高港区长江物流园二期", "新能源电池项目"}),
        ({"min_investment": "1500000000"}, {"中东广场", "华大天石智能制造产业园"}),
        ({"search": "天石产业"}, {"华大天石智能制造产业园"}),  # alias only
        ({"search": "菁蓉汇基地"}, {"成都菁蓉汇智能制造基地"}),
        ({"search": "%"}, set()),  # a wildcard is a literal character
        ({"search": "_"}, set()),
        ({"district": "宽城区", "status": ["under_construction"], "min_investment": "20亿"}, {"中东广场"}),
    ],
)
def test_project_filters(engine, filters, expected):
    from tracker import queries

    assert {r["project_name"] for r in queries.projects(engine, **filters).dicts()} == expected


def test_project_sort_and_limit(engine):
    from tracker import queries

    by_district = [r["adcode"] for r in queries.projects(engine, sort="district").dicts()]
    assert by_district == [KUANCHENG, KUANCHENG, KUANCHENG, GAOGANG, PIDU, None]
    assert len(queries.projects(engine, limit=2)) == 2
    newest = queries.projects(engine, sort="last-reported").dicts()[0]
    assert newest["project_name"] == "新能源电池项目"
    with pytest.raises(InvalidInput, match="unknown sort"):
        queries.projects(engine, sort="size")


def test_bad_filter_values_are_one_line_errors(engine):
    from tracker import queries

    with pytest.raises(InvalidInput, match="not an amount of money"):
        queries.projects(engine, min_investment="lots")
    with pytest.raises(InvalidInput, match="unknown status 'finished'; use one of: planned"):
        queries.projects(engine, status=["finished"])
    with pytest.raises(InvalidInput, match="unknown issue category"):
        queries.issues(engine, category=["weather"])


@pytest.mark.parametrize(
    ("text_value", "yuan"),
    [("1亿", 100000000), ("1亿元", 100000000), ("5000万", 50000000), ("300000000", 300000000),
     ("2.5亿", 250000000), ("300,000,000元", 300000000), ("1.2万亿", 1200000000000)],
)
def test_parse_amount(text_value, yuan):
    from tracker.queries import parse_amount

    assert parse_amount(text_value) == Decimal(yuan)


def test_parse_amount_uses_the_extractors_numerals():
    pytest.importorskip("tracker.extract.numbers")
    from tracker.queries import parse_amount

    assert parse_amount("一亿") == Decimal(100000000)
    assert parse_amount("五千万元") == Decimal(50000000)


@pytest.mark.parametrize("bad", ["", "abc", "-5亿", "1e8", "很多", "5亿-"])
def test_parse_amount_refuses(bad):
    from tracker.queries import parse_amount

    with pytest.raises(InvalidInput):
        parse_amount(bad)


def test_issue_filters(engine):
    from tracker import queries

    every = queries.issues(engine).dicts()
    assert len(every) == 4
    assert every[0]["description"] == "企业融资难"  # newest report first
    assert {r["description"] for r in queries.issues(engine, status=["unresolved"]).dicts()} == {
        "施工许可证办理滞后", "电力安装推进缓慢", "企业融资难"
    }
    assert [r["description"] for r in queries.issues(engine, status=["resolved"]).dicts()] == ["土地分割问题"]
    assert [r["category"] for r in queries.issues(engine, category=["power"]).dicts()] == ["power"]
    assert {r["description"] for r in queries.issues(engine, district="成都").dicts()} == {"企业融资难"}
    assert [r["description"] for r in queries.issues(engine, project="华大天石产业园").dicts()] == ["施工许可证办理滞后"]
    zhongdong = queries.find_project(engine, "中东广场")
    assert [r["description"] for r in queries.issues(engine, project=str(zhongdong)).dicts()] == ["土地分割问题"]


def test_districts(engine):
    from tracker import queries

    rows = queries.districts(engine).dicts()
    assert [r["adcode"] for r in rows] == [KUANCHENG, GAOGANG, YUNXIAO, PIDU]
    assert queries.plain(rows[0]["total_investment_yuan"]) == "31500000000"
    assert [r["district"] for r in queries.districts(engine, district="福建").dicts()] == ["云霄县"]


def test_find_project(engine):
    from tracker import queries

    huada = queries.find_project(engine, "华大天石智能制造产业园")
    assert queries.find_project(engine, "华大天石产业园") == huada  # alias
    assert queries.find_project(engine, str(huada)) == huada
    assert queries.find_project(engine, "天石") == huada  # part of one name
    with pytest.raises(InvalidInput, match="matches 2 projects"):
        queries.find_project(engine, "智能制造")
    with pytest.raises(InvalidInput, match="no project named like"):
        queries.find_project(engine, "不存在的项目")
    with pytest.raises(InvalidInput, match="no project with id 999"):
        queries.find_project(engine, "999")


def test_project_detail(engine):
    from tracker import queries

    detail = queries.project_detail(engine, "华大天石")
    assert detail.project["project_name"] == "华大天石智能制造产业园"
    assert detail.aliases == ("华大天石产业园",)
    assert [(r["kind"], queries.plain(r["amount_yuan"])) for r in detail.investments.dicts()] == [
        ("total", "1500000000"), ("total", "1500000000"), ("completed", "5234567.89")
    ]
    assert [r["status"] for r in detail.statuses.dicts()] == ["signed", "under_construction"]
    assert [r["description"] for r in detail.issues.dicts()] == ["施工许可证办理滞后"]
    assert [s["title"] for s in detail.sources] == ["长春宽城:实现项目建设新突破", "宽城区重大项目建设提速"]
    assert detail.sources[0]["published_on"] == dt.date(2019, 6, 11)
    assert "华大天石智能制造产业园项目签约落地,总投资15亿元。" in detail.sources[0]["sentences"]
    assert "华大天石产业园施工许可证办理滞后。" in detail.sources[1]["sentences"]


# --- opening ----------------------------------------------------------------------------------


def test_missing_database_is_not_created(tmp_path, capsys):
    target = tmp_path / "nothing.db"
    code, out, err = run_cli(capsys, "projects", "--db", f"sqlite:///{target}")
    assert code == 1 and out == ""
    assert err.strip() == f"Error: no tracker database at {target}; run `tracker seed` first"
    assert not target.exists()


def test_unmigrated_and_newer_databases_are_refused(db_url, capsys):
    from tracker.queries import open_database

    engine = make_engine(db_url)
    with engine.begin() as connection:  # a database, but not tracker's
        connection.execute(text("CREATE TABLE notes (id INTEGER)"))
    with pytest.raises(DatabaseError, match="no tracker database at .*run `tracker seed` first"):
        open_database(db_url)
    migrate(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    code, out, err = run_cli(capsys, "districts", "--db", db_url)
    assert code == 1
    assert err.strip() == (
        "Error: database is at migration 9999, which this version of tracker does not know; upgrade tracker"
    )
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    with pytest.raises(DatabaseError, match="older than these queries need"):
        open_database(db_url)
    engine.dispose()


# --- the command line -------------------------------------------------------------------------


def test_projects_table(tracker_db, capsys):
    code, out, err = run_cli(capsys, "projects", "--db", tracker_db)
    assert code == 0, err
    rows = table_rows(out)
    assert rows[0] == ["project_id", "project_name", "district", "city", "status", "total_investment_yi",
                       "open_issue_count", "article_count", "last_reported_on"]
    assert rows[1][1:] == ["中东广场", "宽城区", "长春市", "under_construction", "300", "0", "1", "2019-06-11"]
    assert rows[-1] == ["(6 rows)"]
    # CJK characters are two columns wide: the columns line up on screen
    from tracker.cli.query import display_width

    lines = out.splitlines()
    header_at = lines[0].index("status")
    assert display_width(lines[2][: lines[2].index("under_construction")]) == display_width(lines[0][:header_at])


def test_projects_csv_and_json(tracker_db, capsys):
    code, out, _ = run_cli(capsys, "projects", "--db", tracker_db, "--format", "csv", "--district", "宽城区")
    assert code == 0
    rows = csv_rows(out)
    assert list(rows[0]) == [
        "project_id", "project_name", "district", "city", "province", "adcode", "sector", "company", "status",
        "phase", "total_investment_yuan", "total_investment_yi", "open_issue_count", "resolved_issue_count",
        "article_count", "first_reported_on", "last_reported_on",
    ]
    assert [(r["project_name"], r["total_investment_yuan"], r["total_investment_yi"]) for r in rows] == [
        ("中东广场", "30000000000", "300"), ("华大天石智能制造产业园", "1500000000", "15"), ("凯禹汽车零部件生产项目", "", "")
    ]
    code, out, _ = run_cli(capsys, "projects", "--db", tracker_db, "-f", "json", "--search", "高港")
    assert code == 0
    [row] = json.loads(out)
    assert row["total_investment_yuan"] == "439000000" and row["total_investment_yi"] == "4.39"
    assert row["first_reported_on"] is None and row["article_count"] == 1 and row["phase"] == "二期"


def test_projects_min_investment_on_the_command_line(tracker_db, capsys):
    code, out, _ = run_cli(capsys, "projects", "--db", tracker_db, "--min-investment", "1亿", "-f", "csv")
    assert code == 0 and len(csv_rows(out)) == 5
    code, out, err = run_cli(capsys, "projects", "--db", tracker_db, "--min-investment", "很多")
    assert code == 1 and out == ""
    assert err.strip() == "Error: not an amount of money: '很多' (try 1亿, 5000万 or 300000000)"


@pytest.mark.parametrize(
    "attempt",
    ["宽城区' OR '1'='1", "'; DROP TABLE projects; --", "x\" OR 1=1 --", "%' OR 1=1 OR name LIKE '"],
)
def test_injection_in_a_filter_is_just_text(tracker_db, capsys, attempt):
    for option in ("--district", "--search", "--sector"):
        code, out, err = run_cli(capsys, "projects", "--db", tracker_db, option, attempt, "-f", "json")
        assert code == 0, err
        assert json.loads(out) == []
    code, out, _ = run_cli(capsys, "issues", "--db", tracker_db, "--project", attempt, "-f", "json")
    assert code == 0 and json.loads(out) == []
    engine = make_engine(tracker_db)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM projects")).scalar() == 6
    engine.dispose()


def test_issues_command(tracker_db, capsys):
    code, out, _ = run_cli(capsys, "issues", "--db", tracker_db, "--status", "open", "--district", "吉林")
    assert code == 0
    rows = table_rows(out)
    assert rows[0][:4] == ["issue_id", "reported_on", "district", "project_name"]
    assert [r[-1] for r in rows[1:-1]] == ["施工许可证办理滞后"]
    code, out, _ = run_cli(capsys, "issues", "--db", tracker_db, "-f", "csv", "--category", "funding")
    [row] = csv_rows(out)
    assert (row["company"], row["project_name"], row["district"], row["reported_on"]) == (
        "成都某某科技有限公司", "", "郫都区", "2021-05-10"
    )
    code, _, err = run_cli(capsys, "issues", "--db", tracker_db, "--status", "closed")
    assert code == 1
    assert err.strip() == "Error: unknown issue status 'closed'; use one of: open, in_progress, resolved, unresolved"


def test_districts_command(tracker_db, capsys):
    code, out, _ = run_cli(capsys, "districts", "--db", tracker_db, "-f", "csv")
    assert code == 0
    rows = csv_rows(out)
    assert [r["district"] for r in rows] == ["宽城区", "高港区", "云霄县", "郫都区"]
    kuancheng = rows[0]
    assert (kuancheng["project_count"], kuancheng["total_investment_yuan"], kuancheng["total_investment_yi"],
            kuancheng["open_issue_count"], kuancheng["article_count"]) == ("3", "31500000000", "315", "2", "2")
    assert (rows[2]["project_count"], rows[2]["total_investment_yuan"], rows[2]["last_reported_on"]) == ("0", "0", "2022-01-15")
    code, out, _ = run_cli(capsys, "districts", "--db", tracker_db)
    assert table_rows(out)[0] == ["adcode", "district", "city", "province", "project_count", "total_investment_yi",
                                  "open_issue_count", "article_count", "last_reported_on"]


def test_show_command(tracker_db, capsys):
    code, out, err = run_cli(capsys, "show", "华大天石产业园", "--db", tracker_db)
    assert code == 0, err
    assert out.splitlines()[0].endswith(" 华大天石智能制造产业园")
    for expected in ("aliases           华大天石产业园", "district          宽城区, 长春市, 吉林省 (220103)",
                     "total investment  1500000000 yuan (15 亿元)", "issues            1 open, 0 resolved",
                     "reported          2019-06-11 to 2020-03-02 in 2 articles", "5234567.89元",
                     "长春宽城:实现项目建设新突破 (2019-06-11, 吉林日报)", "华大天石产业园施工许可证办理滞后。"):
        assert expected in out
    code, out, _ = run_cli(capsys, "show", "华大天石产业园", "--db", tracker_db, "-f", "json")
    detail = json.loads(out)
    assert detail["project"]["total_investment_yuan"] == "1500000000"
    assert detail["aliases"] == ["华大天石产业园"]
    assert [i["amount_yuan"] for i in detail["investments"]] == ["1500000000", "1500000000", "5234567.89"]
    assert detail["sources"][1] == {
        "article_id": detail["sources"][1]["article_id"], "title": "宽城区重大项目建设提速", "source": "长春日报",
        "published_on": "2020-03-02", "sentences": ["华大天石产业园已开工建设,总投资15亿元,已完成投资5234567.89元。",
                                                     "华大天石产业园施工许可证办理滞后。"],
    }
    code, out, _ = run_cli(capsys, "show", "中东广场", "--db", tracker_db, "-f", "csv")
    rows = csv_rows(out)
    assert {r["evidence"] for r in rows} == {"mention", "status", "investment", "issue"}
    assert all(r["article_title"] == "长春宽城:实现项目建设新突破" and r["published_on"] == "2019-06-11" for r in rows)
    code, out, err = run_cli(capsys, "show", "智能制造", "--db", tracker_db)
    assert code == 1 and out == ""
    assert err.startswith("Error: '智能制造' matches 2 projects: #") and err.strip().endswith("; give the id")


# --- tracker sql ------------------------------------------------------------------------------


def test_sql_reads(tracker_db, capsys):
    code, out, _ = run_cli(
        capsys, "sql", "SELECT district, project_count FROM district_summary WHERE adcode = '220103'",
        "--db", tracker_db, "-f", "csv",
    )
    assert code == 0
    assert out == "district,project_count\n宽城区,3\n"
    code, out, _ = run_cli(capsys, "sql", "SELECT project_name FROM project_overview WHERE project_name LIKE '%广场'",
                           "--db", tracker_db, "-f", "json")
    assert code == 0 and json.loads(out) == [{"project_name": "中东广场"}]


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM projects",
        "UPDATE projects SET name = 'x'",
        "DROP TABLE issues",
        "CREATE TABLE pwned (id INTEGER)",
        "INSERT INTO project_aliases (project_id, alias) VALUES (1, 'x')",
    ],
)
def test_sql_refuses_writes_without_write(tracker_db, capsys, statement):
    code, out, err = run_cli(capsys, "sql", statement, "--db", tracker_db)
    assert code == 1 and out == ""
    assert err.startswith("Error: refused: the database is opened read-only (")
    assert err.strip().endswith("add --write to change it") and err.count("\n") == 1
    engine = make_engine(tracker_db)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM projects")).scalar() == 6
        assert connection.execute(text("SELECT COUNT(*) FROM issues")).scalar() == 4
        assert not inspect(connection).has_table("pwned")
    engine.dispose()


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT 1; DELETE FROM projects",
        "SELECT 1; COMMIT; DELETE FROM projects",
        "COMMIT; DELETE FROM projects",
    ],
)
def test_sql_runs_one_statement_only(tracker_db, capsys, statement):
    code, out, err = run_cli(capsys, "sql", statement, "--db", tracker_db)
    assert code == 1 and err.startswith("Error: ") and err.count("\n") == 1
    engine = make_engine(tracker_db)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM projects")).scalar() == 6
    engine.dispose()


def test_sql_cannot_switch_postgresql_to_read_write(tracker_db, capsys):
    if not tracker_db.startswith("postgresql"):
        pytest.skip("PostgreSQL transaction modes")
    for statement in (
        "SELECT set_config('transaction_read_only', 'off', true)",
        "DO $$ BEGIN PERFORM set_config('transaction_read_only', 'off', true); "
        "CREATE TABLE pwned (id int); END $$",
    ):
        code, _, err = run_cli(capsys, "sql", statement, "--db", tracker_db)
        assert code == 1 and err.startswith("Error: ")
    code, out, _ = run_cli(capsys, "sql", "SHOW transaction_read_only", "--db", tracker_db, "-f", "csv")
    assert out.splitlines() == ["transaction_read_only", "on"]
    engine = make_engine(tracker_db)
    assert not inspect(engine).has_table("pwned")
    engine.dispose()


def test_sql_cannot_write_files_either(tracker_db, capsys, tmp_path):
    target = tmp_path / "copied.csv"
    code, _, err = run_cli(capsys, "sql", f"COPY (SELECT 1) TO '{target}'", "--db", tracker_db)
    assert code == 1 and err.strip() == "Error: refused: COPY writes files; add --write if you mean it"
    if tracker_db.startswith("sqlite"):
        code, _, err = run_cli(capsys, "sql", f"ATTACH DATABASE '{tmp_path / 'other.db'}' AS other", "--db", tracker_db)
        assert code == 1 and err.startswith("Error: refused:")
        assert not (tmp_path / "other.db").exists()
        code, _, err = run_cli(capsys, "sql", f"VACUUM INTO '{tmp_path / 'copy.db'}'", "--db", tracker_db)
        assert code == 1 and not (tmp_path / "copy.db").exists()
    assert not target.exists()


def test_sql_write_changes_the_database(tracker_db, capsys):
    code, out, err = run_cli(capsys, "sql", "UPDATE projects SET sector = '现代服务业' WHERE name = '中东广场'",
                             "--db", tracker_db, "--write")
    assert code == 0, err
    assert out.strip() == "1 row changed."
    code, out, _ = run_cli(capsys, "sql", "SELECT sector FROM projects WHERE name = '中东广场'", "--db", tracker_db, "-f", "csv")
    assert out == "sector\n现代服务业\n"


def test_sql_errors_are_one_line(tracker_db, capsys):
    for statement, expected in (
        ("SELEC 1", "syntax error"),
        ("SELECT * FROM no_such_table", "no_such_table"),
        ("   ", "no SQL given"),
    ):
        code, out, err = run_cli(capsys, "sql", statement, "--db", tracker_db)
        assert code == 1 and out == ""
        assert err.startswith("Error: ") and expected in err and err.count("\n") == 1


def test_sql_timeout(tracker_db, capsys):
    slow = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) "
        "SELECT COUNT(*) FROM n"
    )
    code, _, err = run_cli(capsys, "sql", slow, "--db", tracker_db, "--timeout", "0.5")
    assert code == 1
    assert err.strip() == "Error: the query ran longer than its 0.5 s limit and was stopped"


def test_sql_from_standard_input(tracker_db, capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("SELECT COUNT(*) AS n FROM open_issues\n"))
    code, out, _ = run_cli(capsys, "sql", "-", "--db", tracker_db, "-f", "csv")
    assert code == 0 and out == "n\n3\n"


def test_console_script_exit_codes(tracker_db):
    """The installed `tracker` command: what a shell script sees."""
    tracker = Path(sys.executable).with_name("tracker")
    ok = subprocess.run([str(tracker), "sql", "SELECT COUNT(*) AS n FROM projects", "--db", tracker_db, "-f", "csv"],
                        capture_output=True, text=True)
    assert (ok.returncode, ok.stdout) == (0, "n\n6\n")
    refused = subprocess.run([str(tracker), "sql", "DELETE FROM projects", "--db", tracker_db],
                             capture_output=True, text=True)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith("Error: refused:") and refused.stderr.count("\n") == 1


# --- the real seed articles -------------------------------------------------------------------


def test_seeded_database_answers_every_command(db_url, capsys, tmp_path):
    load = pytest.importorskip("tracker.load", reason="the extractor has not landed yet")
    engine = make_engine(db_url)
    load.seed(engine, [SEEDS])
    engine.dispose()
    for args in (
        ["projects"], ["projects", "-f", "csv", "--district", "长春"], ["issues", "-f", "json"],
        ["issues", "--status", "unresolved"], ["districts", "-f", "csv"],
        ["sql", "SELECT COUNT(*) FROM project_evidence"],
        ["report", "--all", "--out", str(tmp_path / "reports")],
    ):
        code, out, err = run_cli(capsys, *args, "--db", db_url)
        assert code == 0, (args, err)
    assert len(list((tmp_path / "reports").glob("*.csv"))) == 4
    code, out, _ = run_cli(capsys, "districts", "--db", db_url, "-f", "csv")
    districts = csv_rows(out)
    assert districts, "the seeds name districts"
    assert any(r["adcode"] == "220103" for r in districts)  # 长春 宽城区, the first seed
    code, out, _ = run_cli(capsys, "projects", "--db", db_url, "-f", "json")
    projects = json.loads(out)
    if projects:
        first = projects[0]
        code, out, err = run_cli(capsys, "show", str(first["project_id"]), "--db", db_url, "-f", "json")
        assert code == 0, err
        assert json.loads(out)["sources"], "a project comes from at least one sentence"
        for row in projects:
            if row["total_investment_yuan"] is not None:
                assert "e" not in row["total_investment_yuan"].lower()
                Decimal(row["total_investment_yuan"])
