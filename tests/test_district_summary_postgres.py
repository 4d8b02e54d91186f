"""Migration 0005 (district_summary grouped by district on PostgreSQL) and `tracker districts
--district` resolving district ids first.

On SQLite and PostgreSQL: a database seeded with the seed articles, tests/corpus and
tests/test_faster_views.py's corner cases gives exactly the same district_summary (rows, column
names and types, PostgreSQL comments) at 0004 and 0005, and after going back down to 0004 the
view is 0004's again, SQL included. `tracker districts` gives the same rows in the same order
as the 0004-era query (``district_id IN (SELECT … FROM districts …)``) at both revisions. On
PostgreSQL, ``district_id = const`` reaches every aggregate of the view through the indexes.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import Engine, select, text

from tests.conftest import ROOT, SEEDS
from tests.test_faster_views import add_corner_cases, downgrade, sent_sql, snapshot, upgrade, value
from tracker import queries
from tracker.db.engine import current_revision, head_revision, make_engine
from tracker.load import seed

VIEW = "district_summary"
BEFORE, AFTER = "0004", "0005"

# --district values: one district by its name, its city's name or its adcode; several districts
# by a province's name or adcode prefix (吉林: 宽城区 of 吉林省 and 吉林市), by a name prefix
# (测试: the corner cases' two); and values matching nothing.
DISTRICT_VALUES = ("宽城区", "长春", "云霄县", "220103", "吉林", "22", "测试", "99", "不存在的地方", "999999")


def summary(engine: Engine) -> dict:
    return snapshot(engine)[VIEW]


def as_0004_queried(engine: Engine, district: str | None) -> list[tuple]:
    """`tracker districts` as it was before districts() resolved ids: one query filtering the
    view with ``district_id IN (SELECT id FROM districts WHERE …)``."""
    view = queries.district_summary
    query = select(*view.columns).order_by(view.c.adcode, view.c.district_id)
    if district:
        query = query.where(queries.district_filter(view, district))
    return [tuple(value(v) for v in row) for row in queries._run(engine, query).rows]


def districts_rows(engine: Engine, district: str | None) -> list[tuple]:
    return [tuple(value(v) for v in row) for row in queries.districts(engine, district=district).rows]


def command_results(engine: Engine) -> dict:
    results = {}
    for district in (None, *DISTRICT_VALUES):
        rows = districts_rows(engine, district)
        assert rows == as_0004_queried(engine, district), district
        results[district] = rows
    return results


def test_district_summary_is_the_same_at_0004_and_0005_and_after_downgrade(db_url):
    engine = make_engine(db_url)
    try:
        seed(engine, [SEEDS, ROOT / "tests" / "corpus"])  # brings the database to head first
        add_corner_cases(engine)
        downgrade(engine, BEFORE)
        before = summary(engine)
        commands_before = command_results(engine)
        assert len(before["rows"]) > 10
        # Some districts have projects and articles, one (the corner cases' 测试空县) nothing.
        empty = dict(zip(before["columns"], next(row for row in before["rows"] if row[4] == "str:'990101'")))
        assert (empty["project_count"], empty["article_count"], empty["first_reported_on"]) == (
            "int:0", "int:0", "NoneType:None")
        assert sum(1 for row in before["rows"] if row[6] != "int:0") > 5
        # The filters cover one match, several and none.
        assert [len(commands_before[v]) for v in DISTRICT_VALUES] == [1, 1, 1, 1, 2, 2, 2, 2, 0, 0]
        assert len(commands_before[None]) == len(before["rows"])

        upgrade(engine, AFTER)
        after = summary(engine)
        assert {k: v for k, v in after.items() if k != "sql"} == {k: v for k, v in before.items() if k != "sql"}
        if engine.dialect.name == "postgresql":
            assert after["sql"] != before["sql"]
            assert all(comment for comment, _, _ in after["comments"])
        else:
            assert after["sql"] == before["sql"]  # SQLite keeps 0004's views
        assert command_results(engine) == commands_before

        downgrade(engine, BEFORE)
        assert summary(engine) == before
        assert command_results(engine) == commands_before

        upgrade(engine, "head")
        assert current_revision(engine) == head_revision()
        assert summary(engine) == after
    finally:
        engine.dispose()


def test_districts_sends_the_ids_it_resolved(sqlite_url):
    """One small query for the ids, then the view by ``district_id = id`` or ``IN (ids)``."""
    engine = make_engine(sqlite_url)
    try:
        seed(engine, [SEEDS])
        one = sent_sql(engine, lambda e: queries.districts(e, district="宽城区"))
        several = sent_sql(engine, lambda e: queries.districts(e, district="吉林"))
        none = sent_sql(engine, lambda e: queries.districts(e, district="不存在的地方"))
        everything = sent_sql(engine, lambda e: queries.districts(e))
    finally:
        engine.dispose()
    assert [len(s) for s in (one, several, none, everything)] == [2, 2, 2, 1]
    for statements in (one, several, none):
        assert re.match(r"SELECT districts\.id\s+FROM districts\b", statements[0][0])
        assert "FROM districts" not in statements[1][0]
    assert re.search(r"WHERE district_summary\.district_id = \?", one[1][0])
    assert re.search(r"WHERE district_summary\.district_id IN \(\?(, \?)+\)", several[1][0])
    assert "WHERE" not in everything[0][0]


def _reads(node: dict):
    """(table, alias, index condition or filter) for every plan node that reads a table."""
    if "Relation Name" in node:
        yield node["Relation Name"], node.get("Alias"), node.get("Index Cond") or node.get("Recheck Cond") or ""
    for child in node.get("Plans", []):
        yield from _reads(child)


def test_postgresql_pushes_the_district_id_into_every_aggregate(postgres_url):
    """``WHERE district_id = N`` reaches each grouped subquery and each branch of the article
    union: projects (in the totals and in the articles), issues and articles are read by
    ``district_id = N`` through their indexes, the facts by ``project_id = p.id``. Sequential
    scans are disabled (the seeded tables are so small that the planner would rather read them
    whole); the plan shape without them is the one a large database gets for a small district."""
    engine = make_engine(postgres_url)
    try:
        seed(engine, [SEEDS])
        assert current_revision(engine) == AFTER
        statements = sent_sql(engine, lambda e: queries.districts(e, district="宽城区"))
        sql, params = statements[-1]
        with engine.connect() as connection:
            district_id = connection.execute(text("SELECT id FROM districts WHERE name = '宽城区'")).scalar()
            assert params == {"district_id_1": district_id}
            connection.exec_driver_sql("SET enable_seqscan = off")
            plan = connection.exec_driver_sql(f"EXPLAIN (FORMAT JSON) {sql}", params).scalar()
    finally:
        engine.dispose()
    reads = list(_reads(plan[0]["Plan"]))
    by_district = re.compile(rf"\(district_id = {district_id}\)")
    by_project = re.compile(r"\(project_id = p(_\d+)?\.id\)")
    tables = [table for table, _, _ in reads]
    assert tables.count("projects") == 2, reads  # the totals, and the articles of its projects
    for table, alias, condition in reads:
        if table in ("projects", "issues") and alias in ("p", "p_1", "issues"):
            assert by_district.search(condition), (table, alias, condition)
        elif table == "articles" and alias == "articles":  # the articles about the district
            assert by_district.search(condition), (table, alias, condition)
        elif table == "articles":  # their dates, by id
            assert re.search(r"\(id = ", condition), (table, alias, condition)
        elif table == "districts":
            assert re.search(rf"\(id = {district_id}\)", condition), (table, alias, condition)
        else:  # project_mentions, project_statuses, investments, issues of its projects
            assert by_project.search(condition), (table, alias, condition)
    district_reads = {(table, alias) for table, alias, condition in reads if by_district.search(condition)}
    assert {table for table, _ in district_reads} == {"projects", "issues", "articles"}, reads
    assert len([1 for table, _ in district_reads if table == "projects"]) == 2, reads
    fact_reads = {table for table, _, condition in reads if by_project.search(condition)}
    assert fact_reads == {"project_mentions", "project_statuses", "investments", "issues"}, reads
