"""views that read only the rows a query asks for

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

0002's ``project_overview`` and ``district_summary`` join aggregates over *every* project
(``GROUP BY project_id`` of all investments, issues and sightings) as derived tables. Neither
SQLite nor PostgreSQL pushes a filter such as ``district_id IN (SELECT id FROM districts …)`` (what
``tracker projects --district`` sends) into such a derived table, so every filtered query paid for
the whole database: 8–9 s for a 446-project district at 1,000,000 projects on SQLite.

Here each row's numbers are computed for that row alone, through the indexes on ``project_id``
and ``district_id``; a filter on the view now reads only the projects (or districts) it keeps.
Columns, names, types and rows are those of 0002 (``tests/test_faster_views.py`` compares them
on both databases). The rules are 0002's: a project's total is its largest ``total``
investment; a district's total is the sum of its projects' totals; an issue is open unless it
is ``resolved``.

A row's first and last report dates and its article count are three aggregates over one set
of articles. Written as three portable scalar subqueries, that set is read three times per row
(a full read at 1M projects: district_summary 44 s instead of 20 s on SQLite, project_overview
55 s instead of 24 s on PostgreSQL), so each database computes them once per row its own way:

- PostgreSQL: ``CROSS JOIN LATERAL (SELECT MIN(…), MAX(…), COUNT(*) …)``.
- SQLite has no LATERAL; a table-valued function may take a correlated argument, so the three
  values are computed once as a JSON object, ``JOIN json_each(json_array((SELECT
  json_object(…) …))) s``, and read back with ``json_extract(s.value, '$.first')``. Only dates
  (ISO text) and counts (integers) travel through JSON, both exactly; money never does (JSON
  would keep 15 significant digits of a REAL), so totals stay plain scalar subqueries.

The other three views are 0002's, unchanged; all five are dropped and created together (SQLite
re-checks a view when another it reads is dropped). On PostgreSQL the views' comments (0002's;
0003 commented only tables, which this leaves alone) are set again after the views are created.
Downgrade restores exactly 0002's views and comments by running 0002's own ``upgrade``.

Trade-off, measured at 1,000,000 projects (bench/queries.py's database; `tracker` seconds,
SQLite | PostgreSQL with its default 128 MB shared_buffers):

    projects --district, 445 projects     9.7 -> 0.37  |  4.3 -> 0.66
    projects --district, 74,805 projects 10.8 -> 2.6   |  6.0 -> 4.0
    districts --district                 25   -> 0.4-1 |  6.8 -> 0.6-2.0
    districts (all 3,178)                25.4 -> 19.0  |  6.9 -> 42
    projects (all, by investment)        29.6 -> 29.4  | 19.6 -> 30.8

Per-row lookups through indexes cost more per row than one hashed or sorted pass, so reading
every row got slower where that pass was fast: all of ``district_summary`` on PostgreSQL most.
(SQLite's full ``projects`` stays level only with tracker/queries.py breaking ties by
``project_id + 0``: a bare rowid there makes SQLite read projects in an index's order, and
the per-row lookups then jump around the file; 37.8 s without it.)
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _revision_module(filename: str) -> ModuleType:
    """Another revision file as a module (a name starting with a digit cannot be imported)."""
    path = Path(__file__).with_name(filename)
    spec = importlib.util.spec_from_file_location(f"_tracker_revision_{path.stem}", path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# 0002: the views' SQL, their comments, and the order they depend on each other in.
_0002 = _revision_module("0002_views.py")

# --- per-row pieces, shared by both databases ------------------------------------------------

# Project p's total: its largest 'total' investment.
_TOTAL = "(SELECT MAX(v.amount_yuan) FROM investments v WHERE v.project_id = p.id AND v.kind = 'total')"

# Every article that reports project p: by naming it, giving its status or an amount, or an issue
# (repeats included; `a.id IN (…)` counts each article once).
_ARTICLES_OF_PROJECT = """
            SELECT article_id FROM project_mentions WHERE project_id = p.id
            UNION ALL SELECT article_id FROM project_statuses WHERE project_id = p.id
            UNION ALL SELECT article_id FROM investments WHERE project_id = p.id
            UNION ALL SELECT article_id FROM issues WHERE project_id = p.id"""

# Every article about district d or reporting one of its projects.
_ARTICLES_OF_DISTRICT = """
            SELECT id FROM articles WHERE district_id = d.id
            UNION ALL SELECT x.article_id FROM project_mentions x JOIN projects p ON p.id = x.project_id WHERE p.district_id = d.id
            UNION ALL SELECT x.article_id FROM project_statuses x JOIN projects p ON p.id = x.project_id WHERE p.district_id = d.id
            UNION ALL SELECT x.article_id FROM investments x JOIN projects p ON p.id = x.project_id WHERE p.district_id = d.id
            UNION ALL SELECT x.article_id FROM issues x JOIN projects p ON p.id = x.project_id WHERE p.district_id = d.id"""

_PROJECT_COLUMNS = """
    p.id AS project_id,
    p.name AS project_name,
    p.district_id,
    d.name AS district,
    d.city,
    d.province,
    d.adcode,
    p.company,
    p.sector,
    p.status,
    p.phase,
    p.parent_id,"""

_DISTRICT_COLUMNS = """
    d.id AS district_id,
    d.name AS district,
    d.city,
    d.province,
    d.adcode,
    d.level,"""

# The district's total, rounded as 0002 rounds it (NULL when no project has a total).
_DISTRICT_TOTAL = f"(SELECT ROUND(SUM({_TOTAL}), 2) FROM projects p WHERE p.district_id = d.id)"

# --- SQLite ----------------------------------------------------------------------------------

SQLITE: dict[str, str] = {
    "project_overview": f"""
SELECT{_PROJECT_COLUMNS}
    {_TOTAL} AS total_investment_yuan,
    ROUND({_TOTAL} / 100000000.0, 4) AS total_investment_yi,
    (SELECT COUNT(*) FROM issues i WHERE i.project_id = p.id AND i.status <> 'resolved') AS open_issue_count,
    (SELECT COUNT(*) FROM issues i WHERE i.project_id = p.id AND i.status = 'resolved') AS resolved_issue_count,
    json_extract(s.value, '$.first') AS first_reported_on,
    json_extract(s.value, '$.last') AS last_reported_on,
    json_extract(s.value, '$.count') AS article_count
FROM projects p
LEFT JOIN districts d ON d.id = p.district_id
JOIN json_each(json_array((
    SELECT json_object('first', MIN(a.published_on), 'last', MAX(a.published_on), 'count', COUNT(*))
    FROM articles a
    WHERE a.id IN ({_ARTICLES_OF_PROJECT}
        )
))) s
""",
    "district_summary": f"""
SELECT{_DISTRICT_COLUMNS}
    (SELECT COUNT(*) FROM projects p WHERE p.district_id = d.id) AS project_count,
    (SELECT COUNT({_TOTAL}) FROM projects p WHERE p.district_id = d.id) AS projects_with_total,
    COALESCE({_DISTRICT_TOTAL}, 0) AS total_investment_yuan,
    COALESCE(ROUND({_DISTRICT_TOTAL} / 100000000.0, 4), 0) AS total_investment_yi,
    (SELECT COUNT(*) FROM issues i WHERE i.district_id = d.id AND i.status <> 'resolved') AS open_issue_count,
    (SELECT COUNT(*) FROM issues i WHERE i.district_id = d.id AND i.status = 'resolved') AS resolved_issue_count,
    json_extract(s.value, '$.count') AS article_count,
    json_extract(s.value, '$.first') AS first_reported_on,
    json_extract(s.value, '$.last') AS last_reported_on
FROM districts d
JOIN json_each(json_array((
    SELECT json_object('first', MIN(a.published_on), 'last', MAX(a.published_on), 'count', COUNT(*))
    FROM articles a
    WHERE a.id IN ({_ARTICLES_OF_DISTRICT}
        )
))) s
""",
}

# --- PostgreSQL ------------------------------------------------------------------------------

# Project p's total as a one-row table.
_PG_TOTAL = """(
    SELECT MAX(v.amount_yuan) AS total_investment_yuan
    FROM investments v
    WHERE v.project_id = p.id AND v.kind = 'total'
)"""

POSTGRESQL: dict[str, str] = {
    "project_overview": f"""
SELECT{_PROJECT_COLUMNS}
    t.total_investment_yuan,
    ROUND(t.total_investment_yuan / 100000000.0, 4) AS total_investment_yi,
    i.open_issue_count,
    i.resolved_issue_count,
    s.first_reported_on,
    s.last_reported_on,
    s.article_count
FROM projects p
LEFT JOIN districts d ON d.id = p.district_id
CROSS JOIN LATERAL {_PG_TOTAL} t
CROSS JOIN LATERAL (
    SELECT
        COUNT(CASE WHEN status <> 'resolved' THEN 1 END) AS open_issue_count,
        COUNT(CASE WHEN status = 'resolved' THEN 1 END) AS resolved_issue_count
    FROM issues
    WHERE project_id = p.id
) i
CROSS JOIN LATERAL (
    SELECT MIN(a.published_on) AS first_reported_on, MAX(a.published_on) AS last_reported_on, COUNT(*) AS article_count
    FROM articles a
    WHERE a.id IN ({_ARTICLES_OF_PROJECT}
        )
) s
""",
    "district_summary": f"""
SELECT{_DISTRICT_COLUMNS}
    pc.project_count,
    pc.projects_with_total,
    COALESCE(pc.total_investment_yuan, 0) AS total_investment_yuan,
    COALESCE(ROUND(pc.total_investment_yuan / 100000000.0, 4), 0) AS total_investment_yi,
    ic.open_issue_count,
    ic.resolved_issue_count,
    ac.article_count,
    ac.first_reported_on,
    ac.last_reported_on
FROM districts d
CROSS JOIN LATERAL (
    SELECT
        COUNT(*) AS project_count,
        COUNT(t.total_investment_yuan) AS projects_with_total,
        ROUND(SUM(t.total_investment_yuan), 2) AS total_investment_yuan
    FROM projects p
    CROSS JOIN LATERAL {_PG_TOTAL} t
    WHERE p.district_id = d.id
) pc
CROSS JOIN LATERAL (
    SELECT
        COUNT(CASE WHEN status <> 'resolved' THEN 1 END) AS open_issue_count,
        COUNT(CASE WHEN status = 'resolved' THEN 1 END) AS resolved_issue_count
    FROM issues
    WHERE district_id = d.id
) ic
CROSS JOIN LATERAL (
    SELECT COUNT(*) AS article_count, MIN(a.published_on) AS first_reported_on, MAX(a.published_on) AS last_reported_on
    FROM articles a
    WHERE a.id IN ({_ARTICLES_OF_DISTRICT}
        )
) ac
""",
}


def views(dialect: str) -> dict[str, str]:
    """Every view's SQL at this revision on ``dialect``: 0002's, with the two per-row ones."""
    return {**_0002.VIEWS, **(POSTGRESQL if dialect == "postgresql" else SQLITE)}


def _drop_views() -> None:
    for name in reversed(_0002.ORDER):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def upgrade() -> None:
    bind = op.get_bind()
    _drop_views()
    definitions = views(bind.dialect.name)
    for name in _0002.ORDER:
        op.execute(f"CREATE VIEW {name} AS {definitions[name].strip()}")
    if bind.dialect.name != "postgresql":
        return
    # Dropping a view drops its comments: 0002's, again.
    quote = _0002._quote
    inspector = sa.inspect(bind)
    for name in _0002.ORDER:
        op.execute(f"COMMENT ON VIEW {name} IS {quote(_0002.VIEW_COMMENTS[name])}")
        for column in inspector.get_columns(name):
            comment = _0002.COLUMN_COMMENTS[name].get(column["name"])
            if comment:
                op.execute(f"COMMENT ON COLUMN {name}.{column['name']} IS {quote(comment)}")


def downgrade() -> None:
    _drop_views()
    _0002.upgrade()  # 0002's views and comments, exactly
