"""Models and migrations agree, and migrations go up and down cleanly on both databases."""

from __future__ import annotations

import subprocess
import sys

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
