"""`tracker seed` killed midway, and several at once, on SQLite and PostgreSQL.

Killed with SIGKILL (no chance to clean up), it must leave only whole articles behind: each
article present has all its facts, nothing else is there, and a re-run loads the rest, each
article exactly once, ending where one uninterrupted run ends. Several seeders at once on one
database must all succeed and end where one sequential run ends: no article twice, no project
duplicated.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from tests.consistency import (
    cli_env,
    facts_per_article,
    problems,
    project_names,
    row_counts,
    run_tracker,
    tracker_command,
    write_variants,
)
from tracker.db.engine import make_engine
from tracker.load import seed

VARIANTS = 60  # twelve copies of each seed article, each with a line of its own
KILL_AFTER = 8  # articles loaded before the kill (a random moment inside the next ones)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """all/: the variants. part1/ and part2/: two folders for concurrent seeders; part2 also holds
    byte-identical copies, under other names, of five part1 articles."""
    root = tmp_path_factory.mktemp("corpus")
    files = write_variants(root / "all", VARIANTS)
    (root / "part1").mkdir()
    (root / "part2").mkdir()
    for file in files[:20]:
        shutil.copy(file, root / "part1" / file.name)
    for file in files[20:40]:
        shutil.copy(file, root / "part2" / file.name)
    for file in files[:5]:
        shutil.copy(file, root / "part2" / f"copy_of_{file.name}")
    return root


def _sequential(paths, url):
    """One uninterrupted, single-process seed of ``paths`` into a fresh database: the reference."""
    engine = make_engine(url)
    try:
        report = seed(engine, paths)
        assert not report.refused
        return {
            "rows": row_counts(engine),
            "facts": facts_per_article(engine),
            "projects": project_names(engine),
        }
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def reference_all(corpus, tmp_path_factory):
    return _sequential([corpus / "all"], f"sqlite:///{tmp_path_factory.mktemp('ref') / 'all.db'}")


@pytest.fixture(scope="module")
def reference_parts(corpus, tmp_path_factory):
    return _sequential([corpus / "part1", corpus / "part2"], f"sqlite:///{tmp_path_factory.mktemp('ref') / 'parts.db'}")


def test_the_variants_are_distinct_articles_with_the_seeds_facts(reference_all):
    assert reference_all["rows"]["articles"] == VARIANTS
    # Twelve copies of five articles: five fact profiles, twelve articles each.
    profiles = {}
    for facts in reference_all["facts"].values():
        key = tuple(sorted(facts.items()))
        profiles[key] = profiles.get(key, 0) + 1
    assert sorted(profiles.values()) == [VARIANTS // 5] * 5


# --- SIGKILL midway -------------------------------------------------------------------------------


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_a_killed_seed_leaves_whole_articles_and_a_rerun_completes_it(db_url, corpus, reference_all, stop):
    process = subprocess.Popen(
        [*tracker_command(), "seed", "all", "--db", db_url], cwd=corpus, env=cli_env(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    loaded = 0
    try:
        for line in process.stderr:
            loaded += line.startswith("loaded ")
            if loaded == KILL_AFTER:
                break
        # Somewhere inside the next article or two: reading, extracting or writing it.
        random.seed()
        subprocess.run(["sleep", f"{random.uniform(0, 0.12):.3f}"], check=True)
    finally:
        process.send_signal(stop)
        _, stderr = process.communicate()
    assert loaded == KILL_AFTER, "the seed finished before it was stopped"
    if stop == signal.SIGKILL:
        assert process.returncode == -signal.SIGKILL
    else:  # a scheduler's stop: one line, the conventional exit code, the open batch rolled back
        assert process.returncode == 128 + signal.SIGTERM
        assert stderr.splitlines()[-1] == "Terminated." and "Traceback" not in stderr

    engine = make_engine(db_url)
    try:
        assert problems(engine) == {}
        present = facts_per_article(engine)
        assert KILL_AFTER <= len(present) < VARIANTS
        # Each article there is whole: exactly the facts an uninterrupted run gives it; and no
        # row belongs to an article that is not there.
        for sha, facts in present.items():
            assert facts == reference_all["facts"][sha]
        rows = row_counts(engine)
        for table in ("project_mentions", "project_statuses", "investments", "issues", "district_figures"):
            assert rows[table] == sum(facts[table] for facts in present.values()), table
    finally:
        engine.dispose()

    rerun = run_tracker("seed", "all", "--db", db_url, "--quiet", cwd=corpus)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr == ""
    assert f"{VARIANTS - len(present)} loaded, {len(present)} unchanged, 0 refused." in rerun.stdout

    engine = make_engine(db_url)
    try:
        assert problems(engine) == {}
        assert row_counts(engine) == reference_all["rows"]
        assert facts_per_article(engine) == reference_all["facts"]
        assert project_names(engine) == reference_all["projects"]
    finally:
        engine.dispose()


def test_after_a_stop_the_pools_failed_rollback_prints_no_traceback():
    # Seen once in CI: SIGTERM cut a PostgreSQL statement, the pool's rollback of that connection
    # failed, and SQLAlchemy's log of it printed a traceback under the one-line "Terminated.".
    code = (
        "import logging, signal\n"
        "from tracker.cli import _stop\n"
        "try:\n    _stop(signal.SIGTERM, None)\nexcept KeyboardInterrupt:\n"
        "    logging.getLogger('sqlalchemy.pool.impl.QueuePool').error('Exception during reset or similar', exc_info=True)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=cli_env())
    assert result.returncode == 0 and result.stderr == ""


# --- several seeders at once ----------------------------------------------------------------------


@pytest.mark.parametrize("raised", [RuntimeError("canceling statement due to user request"), SystemExit(0)])
def test_whatever_the_unwinding_of_a_stop_raises_the_exit_is_the_stops(monkeypatch, capsys, raised):
    # psycopg may turn the interrupt of a running statement into an error of its own.
    import tracker.cli as cli

    def stopped_mid_statement():
        cli._stopped_by.append(signal.SIGTERM)
        raise raised

    monkeypatch.setattr(cli, "_stopped_by", [])
    monkeypatch.setattr(cli.signal, "signal", lambda *args: None)  # keep pytest's own handlers
    monkeypatch.setattr(cli, "app", stopped_mid_statement)
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 128 + signal.SIGTERM
    assert capsys.readouterr().err.strip() == "Terminated."


def test_concurrent_seeders_end_where_one_sequential_seeder_ends(db_url, corpus, reference_parts):
    # The same folder twice, another folder, and both: started together on a new database.
    jobs = [["part1"], ["part1"], ["part2"], ["part1", "part2"]]
    processes = [
        subprocess.Popen([*tracker_command(), "seed", *paths, "--db", db_url, "--quiet"], cwd=corpus,
                         env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for paths in jobs
    ]
    outputs = [process.communicate(timeout=180) for process in processes]
    for process, (stdout, stderr) in zip(processes, outputs):
        assert process.returncode == 0, stderr
        assert stderr == "", stderr

    # Each article was loaded by exactly one of them; the others found it there.
    loaded = sum(int(stdout.split(": ")[1].split(" loaded")[0]) for stdout, _ in outputs)
    assert loaded == reference_parts["rows"]["articles"] == 40

    engine = make_engine(db_url)
    try:
        assert problems(engine) == {}
        assert row_counts(engine) == reference_parts["rows"]
        assert facts_per_article(engine) == reference_parts["facts"]
        assert project_names(engine) == reference_parts["projects"]
    finally:
        engine.dispose()


# Imports first, then wait for the common start time, then migrate: the processes reach the
# database within a millisecond or two of each other.
MIGRATE_AT = """
import sys, time
from tracker.db.engine import make_engine, migrate
import alembic.command, alembic.script, tracker.db.models  # noqa: F401 - imported before the start
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
engine = make_engine(sys.argv[1])
migrate(engine)
engine.dispose()
"""


def test_seeders_starting_together_on_a_new_database_migrate_it_once(db_url):
    """The schema is made by whichever seeder comes first; the others wait and find it made."""
    from tracker.db.engine import current_revision, head_revision

    start = time.time() + 2.0
    processes = [
        subprocess.Popen([sys.executable, "-c", MIGRATE_AT, db_url, str(start)], env=cli_env(),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(4)
    ]
    results = [(process.wait(timeout=120), process.communicate()[1]) for process in processes]
    assert [code for code, _ in results] == [0] * 4, [[line for line in err.splitlines() if "Error" in line][-1:] for _, err in results]
    engine = make_engine(db_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_a_seeder_sees_projects_another_seeder_added_since_its_last_article(db_url):
    """Each seeder keeps its districts' project names between articles; what another seeder
    added meanwhile must still be merged with, not duplicated."""
    import datetime as dt
    import hashlib

    from tracker.db.engine import make_engine, migrate
    from tracker.extract.article import EXTRACTOR_VERSION, extract_article
    from tracker.store import Known, store_article
    from tracker.text import normalise

    def store(engine, known, text):
        article = normalise(text, published_on=dt.date(2023, 5, 10))
        values = dict(
            path=text[:8], title=None, source=None, published_on=article.published_on, script=article.script,
            content_sha256=hashlib.sha256(text.encode()).hexdigest(), raw_text=text, text=article.text,
            extractor_version=EXTRACTOR_VERSION, loaded_at=dt.datetime.now(dt.timezone.utc),
        )
        with engine.begin() as connection:
            store_article(connection, values, extract_article(article), known)

    engine = make_engine(db_url)
    migrate(engine)
    first, second = Known(), Known()
    store(engine, first, "青田县南湖码头项目开工建设。")
    store(engine, second, "青田县北环路建设项目签约落地。")
    store(engine, first, "青田县北环路建设项目已开工建设,青田县南湖码头项目进展顺利。")
    with engine.connect() as connection:
        names = sorted(connection.exec_driver_sql("SELECT name FROM projects").scalars())
    engine.dispose()
    assert names == ["青田县北环路建设项目", "青田县南湖码头项目"]
