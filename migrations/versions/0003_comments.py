"""comments on every table and column

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21

PostgreSQL shows these in ``\\d+`` and in BI tools' schema browsers. SQLite has nowhere to keep
comments, so there this migration does nothing (and touches no table, so the views stay put).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table: (table comment, {column: comment}), for the columns 0001 left without or worded otherwise.
COMMENTS: dict[str, tuple[str | None, dict[str, str]]] = {
 'districts': ('A county-level unit or prefecture-level city, from the gazetteer.',
               {'id': 'row id',
                'name': 'official name, e.g. 朝阳区',
                'city': 'prefecture-level city; null at city level and in municipalities',
                'province': 'province, region or municipality',
                'level': 'province | city | district | county | county_city'}),
 'articles': ('One news report, as read and as normalised.',
              {'id': 'row id',
               'published_on': 'publication date; relative dates resolve against it',
               'content_sha256': 'SHA-256 of the normalised text: one row per article',
               'loaded_at': 'when it was read'}),
 'projects': ('One real project, merged across the articles and spellings that report it.',
              {'id': 'row id',
               'district_id': 'where it is built; null when no article says',
               'company': 'the enterprise behind it',
               'sector': 'industry, from the sector words',
               'status': 'latest observation in project_statuses: planned | signed | '
                         'under_construction | completed | operating | tracking',
               'land_area_m2': 'land in m²; 1亩 = 10000/15 m²',
               'land_area_text': 'land as written, e.g. 占地120亩',
               'capacity_text': 'capacity as written, e.g. 年产2万台',
               'start_on': 'construction start, when stated',
               'planned_completion_on': 'planned completion, when stated',
               'progress_text': 'progress as written'}),
 'district_figures': ('An aggregate number an article reports for a district.',
                      {'id': 'row id',
                       'district_id': "the article's district",
                       'value': 'exact, in unit',
                       'period': 'as written, e.g. 1-5月',
                       'article_id': 'references articles.id',
                       'sentence': 'the sentence it was read from'}),
 'investments': ('An amount of money tied to one project, exact in yuan.',
                 {'id': 'row id',
                  'project_id': 'references projects.id',
                  'kind': 'total | completed | annual_plan | registered | attracted | other',
                  'amount_yuan': 'exact amount in yuan',
                  'as_of': "the article's publication date",
                  'article_id': 'references articles.id',
                  'sentence': 'the sentence it was read from'}),
 'issues': ('A concrete problem blocking a project or enterprise.',
            {'id': 'row id',
             'project_id': 'the project it blocks, when named',
             'district_id': "the article's district",
             'description': 'the problem, from its clause',
             'category': 'land | planning | permit | power | water_sewage_heat | road | funding | '
                         'site_selection | other',
             'status': 'open | in_progress | resolved',
             'article_id': 'references articles.id',
             'sentence': 'the sentence it was read from'}),
 'project_aliases': ('Every other spelling a project was reported under.',
                     {'id': 'row id',
                      'project_id': 'references projects.id',
                      'alias': 'another name, e.g. a short form'}),
 'project_mentions': ('Where a project was read: one row per article and sentence.',
                      {'id': 'row id',
                       'project_id': 'references projects.id',
                       'article_id': 'references articles.id',
                       'sentence': 'the sentence it was read from'}),
 'project_statuses': ("One article's stage word for a project: status is a history, not a "
                      'conflict.',
                      {'id': 'row id',
                       'project_id': 'references projects.id',
                       'status': 'planned | signed | under_construction | completed | operating | '
                                 'tracking',
                       'as_of': "the article's publication date",
                       'article_id': 'references articles.id',
                       'sentence': 'the sentence it was read from'})}

# What 0001 said, for the way back (columns absent here had no comment).
EARLIER: dict[str, tuple[str | None, dict[str, str]]] = {
 'districts': (None, {}),
 'articles': (None, {}),
 'projects': (None, {'status': 'latest observation in project_statuses'}),
 'district_figures': (None, {}),
 'investments': (None, {}),
 'issues': (None, {}),
 'project_aliases': (None, {}),
 'project_mentions': (None, {}),
 'project_statuses': (None, {})}


def _quote(text: str | None) -> str:
    return "NULL" if text is None else "'" + text.replace("'", "''") + "'"


def _comment(comments: dict[str, tuple[str | None, dict[str, str]]]) -> None:
    """Set every comment this revision touches to what ``comments`` says (unset when absent)."""
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, (_, columns) in COMMENTS.items():
        table_comment, column_comments = comments[table]
        op.execute(f"COMMENT ON TABLE {table} IS {_quote(table_comment)}")
        for column in columns:
            op.execute(f"COMMENT ON COLUMN {table}.{column} IS {_quote(column_comments.get(column))}")


def upgrade() -> None:
    _comment(COMMENTS)


def downgrade() -> None:
    _comment(EARLIER)
