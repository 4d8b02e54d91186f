"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-21
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('districts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=True),
    sa.Column('province', sa.String(length=100), nullable=False),
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('adcode', sa.String(length=6), nullable=False, comment='GB/T 2260 code'),
    sa.CheckConstraint("level IN ('province', 'city', 'district', 'county', 'county_city')", name=op.f('ck_districts_level')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_districts')),
    sa.UniqueConstraint('adcode', name=op.f('uq_districts_adcode'))
    )
    with op.batch_alter_table('districts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_districts_city'), ['city'], unique=False)
        batch_op.create_index(batch_op.f('ix_districts_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_districts_province'), ['province'], unique=False)

    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('path', sa.String(length=1000), nullable=False, comment='file as given, relative where possible'),
    sa.Column('title', sa.String(length=500), nullable=True, comment='headline in Simplified Chinese'),
    sa.Column('source', sa.String(length=200), nullable=True, comment='publisher'),
    sa.Column('published_on', sa.Date(), nullable=True),
    sa.Column('script', sa.String(length=16), nullable=False, comment='simplified | traditional (as written)'),
    sa.Column('content_sha256', sa.String(length=64), nullable=False),
    sa.Column('raw_text', sa.Text(), nullable=False, comment='the text as read'),
    sa.Column('text', sa.Text(), nullable=False, comment='normalised Simplified text that facts quote'),
    sa.Column('district_id', sa.Integer(), nullable=True, comment='the district the article reports on'),
    sa.Column('extractor_version', sa.String(length=32), nullable=False, comment="extractor that produced this article's facts; a newer one re-reads it"),
    sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("script IN ('simplified', 'traditional')", name=op.f('ck_articles_script')),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_articles_district_id_districts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_sha256', name=op.f('uq_articles_content_sha256'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published_on'), ['published_on'], unique=False)

    op.create_table('projects',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False, comment='fullest proper name'),
    sa.Column('district_id', sa.Integer(), nullable=True),
    sa.Column('company', sa.String(length=300), nullable=True),
    sa.Column('sector', sa.String(length=100), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=True, comment='latest observation in project_statuses'),
    sa.Column('phase', sa.String(length=32), nullable=True, comment='一期, 二期 …'),
    sa.Column('parent_id', sa.Integer(), nullable=True, comment='the park a phase belongs to'),
    sa.Column('land_area_m2', sa.Numeric(precision=16, scale=2), nullable=True),
    sa.Column('land_area_text', sa.String(length=100), nullable=True),
    sa.Column('capacity_text', sa.String(length=200), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('planned_completion_on', sa.Date(), nullable=True),
    sa.Column('progress_text', sa.String(length=500), nullable=True),
    sa.Column('revenue_text', sa.String(length=200), nullable=True, comment='forecast revenue, as written'),
    sa.Column('tax_text', sa.String(length=200), nullable=True, comment='forecast tax, as written'),
    sa.CheckConstraint("status IS NULL OR status IN ('planned', 'signed', 'under_construction', 'completed', 'operating', 'tracking')", name=op.f('ck_projects_status')),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_projects_district_id_districts')),
    sa.ForeignKeyConstraint(['parent_id'], ['projects.id'], name=op.f('fk_projects_parent_id_projects'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_projects'))
    )
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_projects_company'), ['company'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_district_id'), ['district_id'], unique=False)
        batch_op.create_index('ix_projects_district_id_status', ['district_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_sector'), ['sector'], unique=False)
        batch_op.create_index(batch_op.f('ix_projects_status'), ['status'], unique=False)

    op.create_table('district_figures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('district_id', sa.Integer(), nullable=True),
    sa.Column('metric', sa.String(length=200), nullable=False, comment='what is counted or summed'),
    sa.Column('value', sa.Numeric(precision=24, scale=4), nullable=False),
    sa.Column('unit', sa.String(length=16), nullable=False, comment='个, 家, 件, 元, % …; money in 元'),
    sa.Column('value_text', sa.String(length=100), nullable=True, comment='as written'),
    sa.Column('period', sa.String(length=64), nullable=True),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_district_figures_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_district_figures_district_id_districts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_district_figures'))
    )
    with op.batch_alter_table('district_figures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_district_figures_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_district_figures_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_district_figures_metric'), ['metric'], unique=False)
        batch_op.create_index(batch_op.f('ix_district_figures_period'), ['period'], unique=False)

    op.create_table('investments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('amount_yuan', sa.Numeric(precision=20, scale=2), nullable=False),
    sa.Column('amount_text', sa.String(length=100), nullable=False, comment='as written, e.g. 近300亿元'),
    sa.Column('qualifier', sa.String(length=16), nullable=True, comment='近, 约, 以上, 余, 多 …'),
    sa.Column('as_of', sa.Date(), nullable=True),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.CheckConstraint("kind IN ('total', 'completed', 'annual_plan', 'registered', 'attracted', 'other')", name=op.f('ck_investments_kind')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_investments_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_investments_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_investments'))
    )
    with op.batch_alter_table('investments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_investments_amount_yuan'), ['amount_yuan'], unique=False)
        batch_op.create_index(batch_op.f('ix_investments_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_investments_as_of'), ['as_of'], unique=False)
        batch_op.create_index(batch_op.f('ix_investments_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_investments_project_id'), ['project_id'], unique=False)

    op.create_table('issues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=True),
    sa.Column('district_id', sa.Integer(), nullable=True),
    sa.Column('company', sa.String(length=300), nullable=True, comment='the enterprise, when no project'),
    sa.Column('description', sa.String(length=1000), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.CheckConstraint("category IN ('land', 'planning', 'permit', 'power', 'water_sewage_heat', 'road', 'funding', 'site_selection', 'other')", name=op.f('ck_issues_category')),
    sa.CheckConstraint("status IN ('open', 'in_progress', 'resolved')", name=op.f('ck_issues_status')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_issues_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['district_id'], ['districts.id'], name=op.f('fk_issues_district_id_districts')),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_issues_project_id_projects'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issues'))
    )
    with op.batch_alter_table('issues', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issues_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issues_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_issues_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issues_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issues_status'), ['status'], unique=False)

    op.create_table('project_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_aliases_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_aliases')),
    sa.UniqueConstraint('project_id', 'alias', name=op.f('uq_project_aliases_project_id_alias'))
    )
    with op.batch_alter_table('project_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_aliases_alias'), ['alias'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_aliases_project_id'), ['project_id'], unique=False)

    op.create_table('project_mentions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False, comment='the name as this article wrote it'),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_project_mentions_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_mentions_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_mentions'))
    )
    with op.batch_alter_table('project_mentions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_mentions_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_mentions_project_id'), ['project_id'], unique=False)

    op.create_table('project_statuses',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('project_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=True),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('sentence', sa.Text(), nullable=False),
    sa.CheckConstraint("status IN ('planned', 'signed', 'under_construction', 'completed', 'operating', 'tracking')", name=op.f('ck_project_statuses_status')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_project_statuses_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['project_id'], ['projects.id'], name=op.f('fk_project_statuses_project_id_projects'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project_statuses'))
    )
    with op.batch_alter_table('project_statuses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_project_statuses_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_statuses_as_of'), ['as_of'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_statuses_project_id'), ['project_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_project_statuses_status'), ['status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('project_statuses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_statuses_status'))
        batch_op.drop_index(batch_op.f('ix_project_statuses_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_statuses_as_of'))
        batch_op.drop_index(batch_op.f('ix_project_statuses_article_id'))

    op.drop_table('project_statuses')
    with op.batch_alter_table('project_mentions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_mentions_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_mentions_article_id'))

    op.drop_table('project_mentions')
    with op.batch_alter_table('project_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_project_aliases_project_id'))
        batch_op.drop_index(batch_op.f('ix_project_aliases_alias'))

    op.drop_table('project_aliases')
    with op.batch_alter_table('issues', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_issues_status'))
        batch_op.drop_index(batch_op.f('ix_issues_project_id'))
        batch_op.drop_index(batch_op.f('ix_issues_district_id'))
        batch_op.drop_index(batch_op.f('ix_issues_category'))
        batch_op.drop_index(batch_op.f('ix_issues_article_id'))

    op.drop_table('issues')
    with op.batch_alter_table('investments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_investments_project_id'))
        batch_op.drop_index(batch_op.f('ix_investments_kind'))
        batch_op.drop_index(batch_op.f('ix_investments_as_of'))
        batch_op.drop_index(batch_op.f('ix_investments_article_id'))
        batch_op.drop_index(batch_op.f('ix_investments_amount_yuan'))

    op.drop_table('investments')
    with op.batch_alter_table('district_figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_district_figures_period'))
        batch_op.drop_index(batch_op.f('ix_district_figures_metric'))
        batch_op.drop_index(batch_op.f('ix_district_figures_district_id'))
        batch_op.drop_index(batch_op.f('ix_district_figures_article_id'))

    op.drop_table('district_figures')
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_projects_status'))
        batch_op.drop_index(batch_op.f('ix_projects_sector'))
        batch_op.drop_index(batch_op.f('ix_projects_parent_id'))
        batch_op.drop_index(batch_op.f('ix_projects_name'))
        batch_op.drop_index('ix_projects_district_id_status')
        batch_op.drop_index(batch_op.f('ix_projects_district_id'))
        batch_op.drop_index(batch_op.f('ix_projects_company'))

    op.drop_table('projects')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published_on'))
        batch_op.drop_index(batch_op.f('ix_articles_district_id'))

    op.drop_table('articles')
    with op.batch_alter_table('districts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_districts_province'))
        batch_op.drop_index(batch_op.f('ix_districts_name'))
        batch_op.drop_index(batch_op.f('ix_districts_city'))

    op.drop_table('districts')
