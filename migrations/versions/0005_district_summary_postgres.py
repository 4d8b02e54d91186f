"""district_summary on PostgreSQL: grouped by district again, filtered through join equivalence

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-21

0004 made every row of ``district_summary`` a set of ``CROSS JOIN LATERAL`` aggregates over
that one district. A filter got fast, but on PostgreSQL reading the whole view got slow: 49-56 s
for all 3,178 districts at 1,000,000 projects. The article count was the cause: for every
district it read the district's projects four times and probed project_mentions,
project_statuses, investments and issues once per project, some 4 million random index probes.

0002's view, globally aggregated, read everything in 9-11 s but had the opposite problem:
PostgreSQL does not push a semi-join such as ``district_id IN (SELECT id FROM districts WHERE
name = …)`` (what ``tracker districts --district`` sent) into a GROUP BY subquery, so one
district cost as much as all of them (50 s measured there).

Here each aggregate is again a subquery grouped by ``district_id`` and LEFT JOINed to
``districts d`` on ``… .district_id = d.id``, so a full read is one pass over each table with
hash joins. A filter ``d.id = 123`` (``district_id = 123`` on the view) is carried through the
join clauses (join equivalence) into every grouped subquery and through the UNION ALL into
each branch: projects are read by their district_id index, their facts by project_id, issues
and articles by district_id. Only an equality with a constant travels like that; ``IN (…)``,
a semi-join or a filter on another column aggregates every district first, so
tracker/queries.py's ``districts()`` resolves a ``--district`` value to district ids first and
filters with ``district_id = id`` (``IN (ids)`` when several match: about a full read).

How each piece is written, measured at 1,000,000 projects (EXPLAIN ANALYZE, full read | one
338-project district):

- a project's total: ``MAX(CASE WHEN kind = 'total' …)`` over projects LEFT JOIN investments,
  grouped by project and then by district (5-8 s | 0.02-0.1 s). A per-project lateral (0004's)
  is as fast for one district but takes 10 s for all; 0002's investments grouped by project
  aggregates every investment whatever the filter (5-6.4 s | 0.25-0.29 s). The CASE rather than
  ``AND kind = 'total'`` in the join leaves the planner one index for it (project_id), not a
  choice with the kind index, which on small tables it took and then read every total.
- the articles of a district: ``COUNT(DISTINCT article_id)`` over the district's own articles
  UNION ALL one join of projects with the UNION ALL of the four fact tables (one join per
  table was a little slower: 5.5-7 s against 5-6 s). The pairs are nearly all distinct (2.96M
  of 3.30M), so deduplicating them first saves nothing (8.6 s with GROUP BY, 7.5 s with UNION).

Columns, names, types and rows are 0004's, hence 0002's (tests/test_faster_views.py and
tests/test_district_summary_postgres.py compare them); the rules are 0002's: a project's total
is its largest ``total`` investment, a district's total the sum of its projects' totals
rounded to 2 places, an issue is open unless ``resolved``, an article counts once per district.

Only ``district_summary`` changes, and only on PostgreSQL: on SQLite this does nothing and
0004's views stay (they read a whole database faster there than 0002's: 19 s against 25 s, as
0004 measured). No other view reads district_summary (0002's ORDER: project_evidence, the one
after it, reads no view), so it alone is dropped, without CASCADE (a view someone else built on
it stops the migration rather than vanishing), and created; 0002's comments, dropped with it,
are set again. Downgrade puts back 0004's view and comments the same way.

`tracker districts --format csv` on that database (bench/queries.py's, copied into PostgreSQL 15
with its default 128 MB shared_buffers), seconds, two runs after a warm-up, on two cores shared
with another engineer's work (1-minute load 2.7-4.0 throughout); the same output before and
after, and before the same times with districts()' former single query (IN (SELECT …)):

                                           0004          0005
    all 3,178 districts                    49.5  49.2     7.6  6.7
    --district 延长县 (74,805 projects)       2.1   2.3     2.7  3.3
    --district 510300 (自贡市, 338 projects)  0.96  0.82    0.53 0.55
    --district 陕西 (117 districts)          4.5   4.9     6.2  6.3

陕西 got slower: several ids are ``IN (…)``, which is not pushed down, so it aggregates every
district (a ``CROSS JOIN LATERAL (SELECT … WHERE district_id = k.id OFFSET 0)`` over the ids
would be: 4.7 s in EXPLAIN ANALYZE). 延长县 got slower by JIT: its plan hashes whole fact
tables, costs more than jit_above_cost, and compiling it takes 1.2-1.6 s (EXPLAIN ANALYZE 3.2 s
with JIT, 1.8 s without).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
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


# 0004: its district_summary (for downgrade); through it, 0002's comments.
_0004 = _revision_module("0004_faster_views.py")
_0002 = _0004._0002

VIEW = "district_summary"

# district_summary on PostgreSQL. Its articles (ac) are every (district, article) pair: the
# articles about the district, and those reporting one of its projects by naming it, giving its
# status or an amount, or an issue (repeats included; COUNT(DISTINCT) counts each once).
DISTRICT_SUMMARY = """
SELECT
    d.id AS district_id,
    d.name AS district,
    d.city,
    d.province,
    d.adcode,
    d.level,
    COALESCE(pc.project_count, 0) AS project_count,
    COALESCE(pc.projects_with_total, 0) AS projects_with_total,
    COALESCE(pc.total_investment_yuan, 0) AS total_investment_yuan,
    COALESCE(ROUND(pc.total_investment_yuan / 100000000.0, 4), 0) AS total_investment_yi,
    COALESCE(ic.open_issue_count, 0) AS open_issue_count,
    COALESCE(ic.resolved_issue_count, 0) AS resolved_issue_count,
    COALESCE(ac.article_count, 0) AS article_count,
    ac.first_reported_on,
    ac.last_reported_on
FROM districts d
LEFT JOIN (
    SELECT
        pt.district_id,
        COUNT(*) AS project_count,
        COUNT(pt.total_investment_yuan) AS projects_with_total,
        ROUND(SUM(pt.total_investment_yuan), 2) AS total_investment_yuan
    FROM (
        SELECT p.id, p.district_id, MAX(CASE WHEN v.kind = 'total' THEN v.amount_yuan END) AS total_investment_yuan
        FROM projects p
        LEFT JOIN investments v ON v.project_id = p.id
        GROUP BY p.id, p.district_id
    ) pt
    GROUP BY pt.district_id
) pc ON pc.district_id = d.id
LEFT JOIN (
    SELECT
        district_id,
        COUNT(CASE WHEN status <> 'resolved' THEN 1 END) AS open_issue_count,
        COUNT(CASE WHEN status = 'resolved' THEN 1 END) AS resolved_issue_count
    FROM issues
    GROUP BY district_id
) ic ON ic.district_id = d.id
LEFT JOIN (
    SELECT
        x.district_id,
        COUNT(DISTINCT x.article_id) AS article_count,
        MIN(a.published_on) AS first_reported_on,
        MAX(a.published_on) AS last_reported_on
    FROM (
        SELECT district_id, id AS article_id FROM articles
        UNION ALL
        SELECT p.district_id, s.article_id
        FROM projects p
        JOIN (
            SELECT project_id, article_id FROM project_mentions
            UNION ALL SELECT project_id, article_id FROM project_statuses
            UNION ALL SELECT project_id, article_id FROM investments
            UNION ALL SELECT project_id, article_id FROM issues
        ) s ON s.project_id = p.id
    ) x
    JOIN articles a ON a.id = x.article_id
    GROUP BY x.district_id
) ac ON ac.district_id = d.id
"""


def _replace_view(sql: str) -> None:
    """district_summary as ``sql``, with 0002's comments (dropping a view drops its comments)."""
    op.execute(f"DROP VIEW IF EXISTS {VIEW}")
    op.execute(f"CREATE VIEW {VIEW} AS {sql.strip()}")
    quote = _0002._quote
    op.execute(f"COMMENT ON VIEW {VIEW} IS {quote(_0002.VIEW_COMMENTS[VIEW])}")
    for column in sa.inspect(op.get_bind()).get_columns(VIEW):
        comment = _0002.COLUMN_COMMENTS[VIEW].get(column["name"])
        if comment:
            op.execute(f"COMMENT ON COLUMN {VIEW}.{column['name']} IS {quote(comment)}")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace_view(DISTRICT_SUMMARY)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _replace_view(_0004.POSTGRESQL[VIEW])  # 0004's view and comments, exactly
