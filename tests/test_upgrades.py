"""Upgrades with data in the database, on SQLite and PostgreSQL: migrations down and back up,
and a better extractor re-reading every stored article."""

from __future__ import annotations

import dataclasses

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from typer.testing import CliRunner

import tracker.load
from tests.conftest import SEEDS
from tests.consistency import TABLES, checksum, contents, facts_per_article, problems, project_names, row_counts
from tests.test_seed import snapshot
from tracker.cli import app
from tracker.db.engine import alembic_config, current_revision, head_revision, make_engine, migrate
from tracker.errors import RebuildError
from tracker.load import seed

VIEWS = ("project_overview", "issue_overview", "open_issues", "district_summary", "project_evidence")


@pytest.fixture
def seeded(db_url):
    engine = make_engine(db_url)
    report = seed(engine, [SEEDS])
    assert report.count("loaded") == 5
    yield engine
    engine.dispose()


# --- migrations -----------------------------------------------------------------------------------


def earlier_revisions() -> list[str]:
    """Every revision below head, newest first. (Below the first lies base: no tables, no data.)"""
    script = ScriptDirectory.from_config(alembic_config())
    return [revision.revision for revision in script.walk_revisions()][1:]


def test_there_are_revisions_to_go_down_to():
    assert earlier_revisions(), "only one migration: nothing to downgrade to"


@pytest.mark.parametrize("target", earlier_revisions())
def test_down_to_an_earlier_revision_and_back_up_keeps_every_row(seeded, target):
    engine = seeded
    before, counts = checksum(engine), row_counts(engine)

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), target)
    assert current_revision(engine) == target
    # The tables are still there, with every row.
    assert set(TABLES) <= set(inspect(engine).get_table_names())
    assert row_counts(engine) == counts

    migrate(engine)  # what `tracker seed` does on an older database
    assert current_revision(engine) == head_revision()
    assert checksum(engine) == before
    assert row_counts(engine) == counts
    assert problems(engine) == {}
    with engine.connect() as connection:
        for view in VIEWS:
            connection.execute(text(f"SELECT COUNT(*) FROM {view}")).scalar()
        assert connection.execute(text("SELECT COUNT(*) FROM project_overview")).scalar() == counts["projects"]
    again = seed(engine, [SEEDS])
    assert again.count("unchanged") == 5 and checksum(engine) == before


def test_upgrade_from_every_earlier_revision_to_head_through_the_command(db_url, tmp_path):
    """`alembic upgrade head` is what an operator runs; `tracker seed` must then find nothing to do."""
    engine = make_engine(db_url)
    try:
        seed(engine, [SEEDS])
        before = checksum(engine)
        for target in earlier_revisions():
            with engine.begin() as connection:
                command.downgrade(alembic_config(connection), target)
            with engine.begin() as connection:
                command.upgrade(alembic_config(connection), "head")
            assert checksum(engine) == before, target
    finally:
        engine.dispose()


# --- a better extractor ---------------------------------------------------------------------------


def better_extractor(extract):
    """An 'improved' extractor: it no longer reports every other project of an article (nor the
    investments of those), and reads every remaining project name with a suffix."""

    def improved(article):
        facts = extract(article)
        kept = facts.projects[::2]
        keys = {project.key for project in kept}
        renamed = {key: f"{key}(新)" for key in keys}
        return dataclasses.replace(
            facts,
            projects=tuple(
                dataclasses.replace(p, name=renamed[p.key], parent_name=renamed.get(p.parent_name)) for p in kept
            ),
            investments=tuple(dataclasses.replace(i, project_key=renamed[i.project_key])
                              for i in facts.investments if i.project_key in keys),
            issues=tuple(dataclasses.replace(i, project_key=renamed.get(i.project_key)) for i in facts.issues),
        )

    return improved


def test_a_better_extractor_rebuilds_exactly_what_a_fresh_load_gives(seeded, monkeypatch, tmp_path):
    engine = seeded
    old_projects = project_names(engine)
    monkeypatch.setattr(tracker.load, "EXTRACTOR_VERSION", "improved")
    monkeypatch.setattr(tracker.load, "extract_article", better_extractor(tracker.load.extract_article))

    result = CliRunner().invoke(app, ["seed", str(SEEDS), "--db", engine.url.render_as_string(hide_password=False)])
    assert result.exit_code == 0, result.output
    assert "Re-read 5 articles with the new extractor." in result.output
    assert "0 loaded, 5 unchanged, 0 refused." in result.output

    fresh = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        seed(fresh, [SEEDS])
        # The same as loading the articles anew with the better extractor: old facts and
        # projects gone, nothing twice, nothing left pointing nowhere.
        assert contents(engine) == contents(fresh)
        assert row_counts(engine) == row_counts(fresh)
        assert facts_per_article(engine) == facts_per_article(fresh)
    finally:
        fresh.dispose()
    assert problems(engine) == {}
    names = project_names(engine)
    assert names and all(name.endswith("(新)") for name, *_ in names)
    assert len(names) < len(old_projects)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT DISTINCT extractor_version FROM articles")).scalars().all() == ["improved"]

    # And once rebuilt, a further run has nothing to re-read.
    assert seed(engine, [SEEDS]).rebuilt == 0


def test_a_rebuild_that_fails_midway_leaves_the_old_facts(seeded, monkeypatch):
    engine = seeded
    before, facts_before = snapshot(engine), snapshot(engine, keys=False)
    extract = tracker.load.extract_article
    improved = better_extractor(extract)
    read = []

    def failing(article):
        read.append(article)
        if len(read) == 3:
            raise RuntimeError("extractor bug")
        return improved(article)

    monkeypatch.setattr(tracker.load, "EXTRACTOR_VERSION", "improved")
    monkeypatch.setattr(tracker.load, "extract_article", failing)
    with pytest.raises(RebuildError, match=r"re-reading \S+ with extractor improved failed \(RuntimeError: extractor bug\)"):
        seed(engine, [SEEDS])
    assert snapshot(engine) == before  # nothing half-rebuilt: the old facts, all of them
    with engine.connect() as connection:
        assert "improved" not in connection.execute(text("SELECT extractor_version FROM articles")).scalars().all()

    # Fixed, the next run rebuilds everything.
    monkeypatch.setattr(tracker.load, "extract_article", extract)
    assert seed(engine, [SEEDS]).rebuilt == 5
    assert problems(engine) == {}
    assert snapshot(engine, keys=False) == facts_before
