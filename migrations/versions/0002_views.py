"""views for ad-hoc SQL

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Five read-only views over the tables, written in SQL that SQLite and PostgreSQL both accept:
no ``::`` casts, no boolean columns, division only by a decimal literal (``/ 100000000.0``, so
SQLite never divides integers), ``ROUND(numeric, n)`` only, dates compared as dates.

- ``project_overview``: one row per project, the numbers analysts ask for first.
- ``issue_overview``: every issue with its project, district and article.
- ``open_issues``: the issues not yet resolved (open or in_progress).
- ``district_summary``: one row per district.
- ``project_evidence``: every sentence a project was read from, with the article's title and date.

Rules (also in docs/data-dictionary.md): a project's total investment is the LARGEST ``total``
investment any article reports for it (several articles repeat the same total; they are not
added up); an issue is open unless its status is ``resolved``; a district's total is the sum of
its projects' totals.

Views are not in the models' metadata, and Alembic's autogenerate reflects tables only (not
views), so ``alembic check`` and ``compare_metadata`` ignore them without any hook in env.py.

A later migration that batch-alters (on SQLite: copies and renames) a table these views read
must drop the views first and create them again afterwards: SQLite re-checks every view when a
table is renamed.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every article that reports a project: by naming it, giving its status or an amount, or an issue.
_SIGHTINGS = """
    SELECT project_id, article_id FROM project_mentions
    UNION SELECT project_id, article_id FROM project_statuses
    UNION SELECT project_id, article_id FROM investments
    UNION SELECT project_id, article_id FROM issues WHERE project_id IS NOT NULL
"""

VIEWS: dict[str, str] = {
    "project_overview": f"""
SELECT
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
    p.parent_id,
    t.total_investment_yuan,
    ROUND(t.total_investment_yuan / 100000000.0, 4) AS total_investment_yi,
    COALESCE(i.open_issue_count, 0) AS open_issue_count,
    COALESCE(i.resolved_issue_count, 0) AS resolved_issue_count,
    s.first_reported_on,
    s.last_reported_on,
    COALESCE(s.article_count, 0) AS article_count
FROM projects p
LEFT JOIN districts d ON d.id = p.district_id
LEFT JOIN (
    SELECT project_id, MAX(amount_yuan) AS total_investment_yuan
    FROM investments
    WHERE kind = 'total'
    GROUP BY project_id
) t ON t.project_id = p.id
LEFT JOIN (
    SELECT
        project_id,
        SUM(CASE WHEN status <> 'resolved' THEN 1 ELSE 0 END) AS open_issue_count,
        SUM(CASE WHEN status = 'resolved' THEN 1 ELSE 0 END) AS resolved_issue_count
    FROM issues
    WHERE project_id IS NOT NULL
    GROUP BY project_id
) i ON i.project_id = p.id
LEFT JOIN (
    SELECT
        x.project_id,
        MIN(a.published_on) AS first_reported_on,
        MAX(a.published_on) AS last_reported_on,
        COUNT(DISTINCT x.article_id) AS article_count
    FROM ({_SIGHTINGS}) x
    JOIN articles a ON a.id = x.article_id
    GROUP BY x.project_id
) s ON s.project_id = p.id
""",
    "issue_overview": """
SELECT
    i.id AS issue_id,
    i.project_id,
    p.name AS project_name,
    i.district_id,
    d.name AS district,
    d.city,
    d.province,
    d.adcode,
    i.company,
    i.category,
    i.status,
    i.description,
    i.article_id,
    a.title AS article_title,
    a.source AS article_source,
    a.published_on AS reported_on,
    i.sentence
FROM issues i
JOIN articles a ON a.id = i.article_id
LEFT JOIN projects p ON p.id = i.project_id
LEFT JOIN districts d ON d.id = i.district_id
""",
    "open_issues": """
SELECT
    issue_id, project_id, project_name, district_id, district, city, province, adcode,
    company, category, status, description, article_id, article_title, article_source,
    reported_on, sentence
FROM issue_overview
WHERE status <> 'resolved'
""",
    "district_summary": f"""
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
        district_id,
        COUNT(*) AS project_count,
        COUNT(total_investment_yuan) AS projects_with_total,
        ROUND(SUM(total_investment_yuan), 2) AS total_investment_yuan
    FROM project_overview
    WHERE district_id IS NOT NULL
    GROUP BY district_id
) pc ON pc.district_id = d.id
LEFT JOIN (
    SELECT
        district_id,
        SUM(CASE WHEN status <> 'resolved' THEN 1 ELSE 0 END) AS open_issue_count,
        SUM(CASE WHEN status = 'resolved' THEN 1 ELSE 0 END) AS resolved_issue_count
    FROM issues
    WHERE district_id IS NOT NULL
    GROUP BY district_id
) ic ON ic.district_id = d.id
LEFT JOIN (
    SELECT
        x.district_id,
        COUNT(DISTINCT x.article_id) AS article_count,
        MIN(a.published_on) AS first_reported_on,
        MAX(a.published_on) AS last_reported_on
    FROM (
        SELECT district_id, id AS article_id FROM articles WHERE district_id IS NOT NULL
        UNION
        SELECT p.district_id, s.article_id
        FROM ({_SIGHTINGS}) s
        JOIN projects p ON p.id = s.project_id
        WHERE p.district_id IS NOT NULL
    ) x
    JOIN articles a ON a.id = x.article_id
    GROUP BY x.district_id
) ac ON ac.district_id = d.id
""",
    "project_evidence": """
SELECT
    m.project_id, p.name AS project_name, 'mention' AS evidence, m.id AS evidence_id,
    m.name AS fact, CAST(NULL AS NUMERIC(20, 2)) AS amount_yuan, CAST(NULL AS DATE) AS as_of,
    m.article_id, a.title AS article_title, a.source AS article_source, a.published_on, m.sentence
FROM project_mentions m
JOIN projects p ON p.id = m.project_id
JOIN articles a ON a.id = m.article_id
UNION ALL
SELECT
    s.project_id, p.name, 'status', s.id,
    s.status, NULL, s.as_of,
    s.article_id, a.title, a.source, a.published_on, s.sentence
FROM project_statuses s
JOIN projects p ON p.id = s.project_id
JOIN articles a ON a.id = s.article_id
UNION ALL
SELECT
    v.project_id, p.name, 'investment', v.id,
    v.kind || ': ' || v.amount_text, v.amount_yuan, v.as_of,
    v.article_id, a.title, a.source, a.published_on, v.sentence
FROM investments v
JOIN projects p ON p.id = v.project_id
JOIN articles a ON a.id = v.article_id
UNION ALL
SELECT
    i.project_id, p.name, 'issue', i.id,
    i.category || ' (' || i.status || '): ' || i.description, NULL, NULL,
    i.article_id, a.title, a.source, a.published_on, i.sentence
FROM issues i
JOIN projects p ON p.id = i.project_id
JOIN articles a ON a.id = i.article_id
""",
}

# PostgreSQL keeps comments on views and their columns; SQLite has nowhere to put them.
VIEW_COMMENTS: dict[str, str] = {
    "project_overview": "One row per project: place, status, total investment, issues, reporting dates.",
    "issue_overview": "Every issue with its project, district and the article that reported it.",
    "open_issues": "Issues whose status is open or in_progress.",
    "district_summary": "One row per district: projects, total investment, issues, articles.",
    "project_evidence": "Every sentence a project was read from, with the article's title and date.",
}

_SHARED = {
    "project_id": "projects.id",
    "project_name": "projects.name: the fullest proper name",
    "district_id": "districts.id",
    "district": "districts.name",
    "city": "districts.city: the prefecture-level city",
    "province": "districts.province",
    "adcode": "districts.adcode: GB/T 2260 code",
    "article_id": "articles.id",
    "article_title": "articles.title",
    "article_source": "articles.source: publisher",
    "open_issue_count": "issues whose status is open or in_progress",
    "resolved_issue_count": "issues whose status is resolved",
    "first_reported_on": "earliest published_on of the articles counted",
    "last_reported_on": "latest published_on of the articles counted",
}

COLUMN_COMMENTS: dict[str, dict[str, str]] = {
    "project_overview": {
        **_SHARED,
        "company": "projects.company",
        "sector": "projects.sector",
        "status": "latest status observation (planned, signed, under_construction, completed, operating, tracking)",
        "phase": "一期, 二期 …",
        "parent_id": "the park a phase belongs to",
        "total_investment_yuan": "largest 'total' investment reported for the project, exact yuan; repeated reports are not added",
        "total_investment_yi": "total_investment_yuan in 亿元 (100 000 000 yuan), rounded to 4 places",
        "article_count": "articles that report the project (mention, status, amount or issue)",
    },
    "issue_overview": {
        **_SHARED,
        "issue_id": "issues.id",
        "company": "the enterprise, when the issue has no project",
        "category": "land, planning, permit, power, water_sewage_heat, road, funding, site_selection, other",
        "status": "open, in_progress, resolved",
        "description": "what blocks the project",
        "reported_on": "published_on of the reporting article",
        "sentence": "the sentence the issue was read from",
    },
    "district_summary": {
        **_SHARED,
        "district_id": "districts.id",
        "level": "province, city, district, county, county_city",
        "project_count": "projects in the district",
        "projects_with_total": "projects in the district with a reported total investment",
        "total_investment_yuan": "sum of the district's project totals (project_overview), exact yuan",
        "total_investment_yi": "total_investment_yuan in 亿元, rounded to 4 places",
        "open_issue_count": "issues in the district whose status is open or in_progress",
        "resolved_issue_count": "issues in the district whose status is resolved",
        "article_count": "articles about the district or reporting one of its projects",
    },
    "project_evidence": {
        **_SHARED,
        "evidence": "mention, status, investment or issue",
        "evidence_id": "id in the table named by evidence (project_mentions, project_statuses, investments, issues)",
        "fact": "what was read: the name as written, the status, 'kind: amount as written', or 'category (status): description'",
        "amount_yuan": "investments only: the amount, exact yuan",
        "as_of": "statuses and investments: the date the fact refers to",
        "published_on": "the article's publication date",
        "sentence": "the sentence the fact was read from",
    },
}
COLUMN_COMMENTS["open_issues"] = COLUMN_COMMENTS["issue_overview"]

# Dependencies first; dropped in reverse.
ORDER = ("project_overview", "issue_overview", "open_issues", "district_summary", "project_evidence")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def upgrade() -> None:
    bind = op.get_bind()
    for name in ORDER:
        op.execute(f"CREATE VIEW {name} AS {VIEWS[name].strip()}")
    if bind.dialect.name != "postgresql":
        return
    inspector = sa.inspect(bind)
    for name in ORDER:
        op.execute(f"COMMENT ON VIEW {name} IS {_quote(VIEW_COMMENTS[name])}")
        for column in inspector.get_columns(name):
            comment = COLUMN_COMMENTS[name].get(column["name"])
            if comment:
                op.execute(f"COMMENT ON COLUMN {name}.{column['name']} IS {_quote(comment)}")


def downgrade() -> None:
    for name in reversed(ORDER):
        op.execute(f"DROP VIEW IF EXISTS {name}")
