"""Models and migrations agree, and migrations go up and down cleanly on both databases."""

from __future__ import annotations

import subprocess
import sys

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from tests.conftest import ROOT
from tracker.db.engine import alembic_config, current_revision, head_revision, make_engine, migrate
from tracker.db.models import Base


def test_models_and_migrations_agree(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_upgrade_downgrade_upgrade(db_url):
    engine = make_engine(db_url)
    migrate(engine)
    assert current_revision(engine) == head_revision()
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate(engine)
    assert {"articles", "projects", "investments", "issues", "district_figures"} <= set(
        inspect(engine).get_table_names()
    )
    engine.dispose()


def test_alembic_command_line_works_from_repository_root(db_url):
    env = {"TRACKER_DATABASE_URL": db_url, "PATH": ""}
    for args in (["upgrade", "head"], ["check"], ["downgrade", "base"]):
        result = subprocess.run(
            [sys.executable, "-m", "alembic", *args], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr


def test_every_table_and_column_is_described_where_the_database_keeps_comments(db_url):
    engine = make_engine(db_url)
    if not engine.dialect.supports_comments:
        engine.dispose()
        pytest.skip(f"{engine.dialect.name} keeps no comments")
    migrate(engine)
    inspector = inspect(engine)
    undescribed = [
        f"{table}.{column['name']}"
        for table in inspector.get_table_names()
        if table != "alembic_version"
        for column in inspector.get_columns(table)
        if not column.get("comment")
    ]
    untitled = [t for t in inspector.get_table_names() if t != "alembic_version" and not inspector.get_table_comment(t)["text"]]
    engine.dispose()
    assert undescribed == [] and untitled == []
