"""Migration 0004 (per-row views): the same views as 0002, read through the indexes.

On SQLite and PostgreSQL: a database at 0003 seeded with the seed articles, tests/corpus and a
few hand-made corner cases gives exactly the same view rows, column types and (PostgreSQL)
comments after upgrading to 0004 and again after downgrading to 0003, where the views' SQL is
0002's again. And a filter on district reads projects through the district index instead of
aggregating every project first.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import Engine, event, text
from sqlalchemy.orm import Session

from tests.conftest import ROOT, SEEDS
from tracker import queries
from tracker.db.engine import alembic_config, current_revision, head_revision, make_engine
from tracker.db.models import Article, District, Investment, Issue, Project, ProjectMention, ProjectStatus
from tracker.load import seed

VIEWS = ("project_overview", "issue_overview", "open_issues", "district_summary", "project_evidence")
REWRITTEN = {"project_overview", "district_summary"}
BEFORE, AFTER = "0003", "0004"


def upgrade(engine: Engine, target: str) -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)
    assert current_revision(engine) == (head_revision() if target == "head" else target)


def downgrade(engine: Engine, target: str) -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), target)
    assert current_revision(engine) == target


def add_corner_cases(engine: Engine) -> None:
    """Rows the seeds may lack: a district with nothing, an undated article, a project with no
    facts and none of its own district, repeated and non-total amounts with fen, an
    enterprise's issue, a project seen only in an undated article."""
    loaded = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    with Session(engine) as session, session.begin():
        empty = District(name="测试空县", city="测试市", province="测试省", level="county", adcode="990101")
        quiet = District(name="测试静区", city="测试市", province="测试省", level="district", adcode="990102")
        session.add_all([empty, quiet])

        def article(n: int, published_on: dt.date | None, district: District | None) -> Article:
            row = Article(
                path=f"corner/{n}.txt", title=f"测试{n}", source="测试报", published_on=published_on,
                script="simplified", content_sha256=f"corner{n:058d}", raw_text="测试。", text="测试。",
                district=district, extractor_version="test", loaded_at=loaded,
            )
            session.add(row)
            return row

        dated = article(1, dt.date(2020, 5, 1), quiet)
        later = article(2, dt.date(2021, 3, 9), None)
        undated = article(3, None, quiet)
        article(4, None, quiet)  # about the district, reporting no project

        lonely = Project(name="测试无事实项目")  # no district, no facts
        priced = Project(name="测试多次报价项目", district=quiet, status="signed")
        unseen = Project(name="测试无日期项目", district=quiet)
        session.add_all([lonely, priced, unseen])
        session.flush()

        def fact(row, article_: Article) -> None:
            row.article_id = article_.id
            row.sentence = "测试。"
            session.add(row)

        fact(ProjectMention(project_id=priced.id, name=priced.name), dated)
        fact(ProjectMention(project_id=priced.id, name=priced.name), dated)  # same article twice
        fact(ProjectStatus(project_id=priced.id, status="signed", as_of=later.published_on), later)
        for kind, amount in (("total", "5234567.89"), ("total", "5234567.89"), ("total", "1234567890123.45"),
                             ("completed", "9999999999999.99"), ("other", "0.01")):
            fact(Investment(project_id=priced.id, kind=kind, amount_yuan=Decimal(amount), amount_text=amount), dated)
        fact(Issue(project_id=priced.id, district_id=quiet.id, description="用地未落实", category="land",
                   status="in_progress"), later)
        fact(Issue(project_id=priced.id, district_id=quiet.id, description="已通电", category="power",
                   status="resolved"), undated)
        fact(Issue(project_id=None, district_id=quiet.id, company="测试企业", description="缺资金",
                   category="funding", status="open"), dated)
        fact(ProjectMention(project_id=unseen.id, name=unseen.name), undated)


def value(v) -> str:
    """A value with its type, so that 1 and 1.0, or Decimal('1.50') and Decimal('1.5'), differ."""
    return f"{type(v).__name__}:{v!r}"


def snapshot(engine: Engine) -> dict:
    """Each view's rows (sorted), column names and types, and SQL; PostgreSQL: its comments."""
    result: dict = {}
    with engine.connect() as connection:
        postgres = connection.dialect.name == "postgresql"
        for view in VIEWS:
            cursor = connection.execute(text(f"SELECT * FROM {view}"))
            entry = {
                "columns": list(cursor.keys()),
                "rows": sorted(tuple(value(v) for v in row) for row in cursor),
            }
            if postgres:
                entry["types"] = connection.execute(text(
                    "SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute"
                    " WHERE attrelid = CAST(:view AS regclass) AND attnum > 0 ORDER BY attnum"
                ), {"view": view}).all()
                entry["comments"] = connection.execute(text(
                    "SELECT obj_description(CAST(:view AS regclass), 'pg_class'), attname,"
                    " col_description(attrelid, attnum) FROM pg_attribute"
                    " WHERE attrelid = CAST(:view AS regclass) AND attnum > 0 ORDER BY attnum"
                ), {"view": view}).all()
                entry["sql"] = connection.execute(
                    text("SELECT pg_get_viewdef(CAST(:view AS regclass))"), {"view": view}
                ).scalar()
            else:
                entry["types"] = connection.exec_driver_sql(
                    f"SELECT name, type FROM pragma_table_info('{view}') ORDER BY cid"
                ).all()
                entry["sql"] = connection.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", (view,)
                ).scalar()
            result[view] = entry
    return result


def without_sql(views: dict) -> dict:
    return {name: {k: v for k, v in entry.items() if k != "sql"} for name, entry in views.items()}


def test_views_give_the_same_rows_types_and_comments_after_upgrade_and_downgrade(db_url):
    engine = make_engine(db_url)
    try:
        upgrade(engine, BEFORE)
        as_made_by_0002 = snapshot(engine)  # empty: the views' SQL and comments as 0002 made them

        seed(engine, [SEEDS, ROOT / "tests" / "corpus"])  # brings the database to head first
        add_corner_cases(engine)
        downgrade(engine, BEFORE)
        before = snapshot(engine)
        assert {v: e["sql"] for v, e in before.items()} == {v: e["sql"] for v, e in as_made_by_0002.items()}
        if engine.dialect.name == "postgresql":
            assert {v: e["comments"] for v, e in before.items()} == {v: e["comments"] for v, e in as_made_by_0002.items()}
            assert all(comment for entry in before.values() for comment, _, _ in entry["comments"])
        assert len(before["project_overview"]["rows"]) > 90 and len(before["district_summary"]["rows"]) > 10
        assert len(before["issue_overview"]["rows"]) > 10

        upgrade(engine, AFTER)
        after = snapshot(engine)
        assert without_sql(after) == without_sql(before)
        assert {v for v in VIEWS if after[v]["sql"] != before[v]["sql"]} == REWRITTEN

        downgrade(engine, BEFORE)
        assert snapshot(engine) == before

        upgrade(engine, "head")
        assert without_sql(snapshot(engine)) == without_sql(before)
    finally:
        engine.dispose()


def test_the_corner_cases_read_as_the_rules_say(sqlite_url):
    """Spot checks of the corner cases themselves (both revisions agree, as the test above shows)."""
    engine = make_engine(sqlite_url)
    try:
        seed(engine, [SEEDS])
        add_corner_cases(engine)
        with engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT project_name, total_investment_yuan, open_issue_count, resolved_issue_count,"
                " first_reported_on, last_reported_on, article_count FROM project_overview"
                " WHERE project_name LIKE '测试%' ORDER BY project_name"
            )).all()
            district = connection.execute(text(
                "SELECT project_count, projects_with_total, total_investment_yuan, open_issue_count,"
                " resolved_issue_count, article_count, first_reported_on, last_reported_on"
                " FROM district_summary WHERE adcode = '990102'"
            )).one()
            empty = connection.execute(text(
                "SELECT project_count, total_investment_yuan, article_count, first_reported_on"
                " FROM district_summary WHERE adcode = '990101'"
            )).one()
    finally:
        engine.dispose()
    assert [tuple(r) for r in rows] == [
        ("测试多次报价项目", 1234567890123.45, 1, 1, "2020-05-01", "2021-03-09", 3),
        ("测试无事实项目", None, 0, 0, None, None, 0),
        ("测试无日期项目", None, 0, 0, None, None, 1),
    ]
    assert tuple(district) == (2, 1, 1234567890123.45, 2, 1, 4, "2020-05-01", "2021-03-09")
    assert tuple(empty) == (0, 0, 0, None)


# --- the district filter reads the index --------------------------------------------------------

FACT_TABLES = {"projects", "project_mentions", "project_statuses", "investments", "issues", "articles"}


def sqlite_scans(connection, sql: str, params=()) -> list[str]:
    """The tables an SQLite plan reads in full (SCAN), leaving out json_each's virtual table."""
    plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).all()
    return [row[-1] for row in plan if row[-1].startswith("SCAN ") and "VIRTUAL TABLE" not in row[-1]]


def sent_sql(engine: Engine, call) -> list[tuple[str, object]]:
    """The SELECTs ``call(engine)`` sends, with their parameters as the driver got them."""
    sent: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):
        if re.match(r"\s*SELECT\b.*\bFROM\b", statement, re.S | re.I) and "alembic_version" not in statement:
            sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", record)
    try:
        call(engine)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    return sent


@pytest.fixture
def seeded_sqlite(sqlite_url):
    engine = make_engine(sqlite_url)
    seed(engine, [SEEDS])
    yield engine
    engine.dispose()


@pytest.mark.parametrize("view", ["project_overview", "district_summary"])
def test_sqlite_filters_on_district_id_through_an_index(seeded_sqlite, view):
    engine = seeded_sqlite
    sql = f"SELECT * FROM {view} WHERE district_id = ?"
    with engine.connect() as connection:
        plan = [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", (1,)).all()]
        scans = sqlite_scans(connection, sql, (1,))
    assert scans == [], plan
    if view == "project_overview":
        pattern = r"SEARCH p USING (COVERING )?INDEX ix_projects_district_id\w* \(district_id=\?\)"
        assert any(re.fullmatch(pattern, line) for line in plan), plan
    else:
        assert "SEARCH d USING INTEGER PRIMARY KEY (rowid=?)" in plan, plan

    downgrade(engine, BEFORE)  # 0002's views aggregate every project first
    engine.dispose()  # a cached EXPLAIN is not prepared again when the schema changes
    with engine.connect() as connection:
        scanned = {line.split()[1] for line in sqlite_scans(connection, sql, (1,))}
    assert {"project_mentions", "investments", "issues"} <= scanned


def test_sqlite_cli_district_queries_read_no_fact_table_in_full(seeded_sqlite):
    """What `tracker projects/districts --district` send: only the tiny districts table is scanned
    (a LIKE on names cannot use an index), never projects or the facts."""
    engine = seeded_sqlite
    statements = sent_sql(engine, lambda e: queries.projects(e, district="长春"))
    statements += sent_sql(engine, lambda e: queries.districts(e, district="长春"))
    statements += sent_sql(engine, lambda e: queries.districts(e, district="220103"))
    assert len(statements) == 5  # districts(): the matching ids, then the view by those ids
    with engine.connect() as connection:
        for sql, params in statements:
            scanned = {line.split()[1] for line in sqlite_scans(connection, sql, params)}
            assert not scanned & FACT_TABLES, (sql, scanned)


def test_postgresql_cli_district_queries_read_through_indexes(postgres_url):
    """PostgreSQL, sequential scans disabled (the seeded tables are too small for the planner to
    prefer an index otherwise): every read of projects or a fact table is an index lookup by a
    project or district id, never a whole table or index."""
    engine = make_engine(postgres_url)
    try:
        seed(engine, [SEEDS])
        statements = sent_sql(engine, lambda e: queries.projects(e, district="长春"))
        statements += sent_sql(engine, lambda e: queries.districts(e, district="长春"))
        assert len(statements) == 3  # districts(): the matching ids, then the view by those ids
        with engine.connect() as connection:
            connection.exec_driver_sql("SET enable_seqscan = off")
            for sql, params in statements:
                plan = connection.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {sql}", params).scalar()
                reads = list(_relation_reads(plan[0]["Plan"]))
                assert reads, sql
                for relation, node, condition in reads:
                    # (articles, looked up by id, may be hashed whole when it is this small)
                    if relation in FACT_TABLES - {"articles"}:
                        assert re.search(r"\b(project_id|district_id|id) = ", condition or ""), (relation, node, condition)
    finally:
        engine.dispose()


def _relation_reads(node: dict, parent_condition: str | None = None):
    """(table, node type, the condition it is looked up by) for every node reading a table."""
    condition = node.get("Index Cond") or node.get("Recheck Cond")
    if "Relation Name" in node:
        yield node["Relation Name"], node["Node Type"], condition
    for child in node.get("Plans", []):
        yield from _relation_reads(child, condition)
