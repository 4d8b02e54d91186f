"""What a consistent tracker database looks like, for the fault, concurrency and upgrade tests.

Plain SQL that runs on SQLite and PostgreSQL alike, so the same checks hold on both.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine, text

from tests.conftest import ROOT, SEEDS

TABLES = ("articles", "districts", "projects", "project_aliases", "project_mentions",
          "project_statuses", "investments", "issues", "district_figures")
# Tables with one row per fact read from an article sentence.
FACT_TABLES = ("project_mentions", "project_statuses", "investments", "issues", "district_figures")

# Each query counts rows that break one rule.
RULES = {
    "articles loaded more than once": """
        SELECT COUNT(*) FROM (SELECT content_sha256 FROM articles GROUP BY content_sha256
                              HAVING COUNT(*) > 1) AS repeated""",
    "projects nothing mentions": """
        SELECT COUNT(*) FROM projects p
        WHERE NOT EXISTS (SELECT 1 FROM project_mentions m WHERE m.project_id = p.id)""",
    "aliases of missing projects": """
        SELECT COUNT(*) FROM project_aliases a LEFT JOIN projects p ON p.id = a.project_id
        WHERE p.id IS NULL""",
    "projects part of missing projects": """
        SELECT COUNT(*) FROM projects c LEFT JOIN projects p ON p.id = c.parent_id
        WHERE c.parent_id IS NOT NULL AND p.id IS NULL""",
    "projects in missing districts": """
        SELECT COUNT(*) FROM projects p LEFT JOIN districts d ON d.id = p.district_id
        WHERE p.district_id IS NOT NULL AND d.id IS NULL""",
    "issues of missing projects": """
        SELECT COUNT(*) FROM issues i LEFT JOIN projects p ON p.id = i.project_id
        WHERE i.project_id IS NOT NULL AND p.id IS NULL""",
    "projects with a status but no observation, or the reverse": """
        SELECT COUNT(*) FROM projects p
        WHERE (p.status IS NULL) <> NOT EXISTS (SELECT 1 FROM project_statuses s WHERE s.project_id = p.id)""",
    **{
        f"{table} of missing articles": f"""
            SELECT COUNT(*) FROM {table} f LEFT JOIN articles a ON a.id = f.article_id WHERE a.id IS NULL"""
        for table in FACT_TABLES
    },
    **{
        f"{table} of missing projects": f"""
            SELECT COUNT(*) FROM {table} f LEFT JOIN projects p ON p.id = f.project_id WHERE p.id IS NULL"""
        for table in ("project_mentions", "project_statuses", "investments")
    },
}


def problems(engine: Engine) -> dict[str, int]:
    """Every broken rule with how many rows break it; {} for a consistent database.

    Besides the SQL rules: every fact quotes a sentence of its own article's text.
    """
    found: dict[str, int] = {}
    with engine.connect() as connection:
        for rule, query in RULES.items():
            if count := connection.execute(text(query)).scalar():
                found[rule] = count
        texts = dict(connection.execute(text("SELECT id, text FROM articles")).all())
        for table in FACT_TABLES:
            rows = connection.execute(text(f"SELECT article_id, sentence FROM {table}")).all()
            if missing := sum(1 for article_id, sentence in rows if sentence not in texts.get(article_id, "")):
                found[f"{table} quoting a sentence their article does not have"] = missing
        if connection.dialect.name == "sqlite":
            if (check := connection.exec_driver_sql("PRAGMA integrity_check").scalar()) != "ok":
                found[f"integrity_check: {check}"] = 1
            if broken := connection.exec_driver_sql("PRAGMA foreign_key_check").all():
                found["foreign_key_check"] = len(broken)
    return found


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {table: connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar() for table in TABLES}


def facts_per_article(engine: Engine) -> dict[str, dict[str, int]]:
    """For each article (by content hash), how many rows of each fact table it has."""
    with engine.connect() as connection:
        result: dict[str, dict[str, int]] = {
            sha: dict.fromkeys(FACT_TABLES, 0)
            for (sha,) in connection.execute(text("SELECT content_sha256 FROM articles"))
        }
        for table in FACT_TABLES:
            query = text(f"SELECT a.content_sha256, COUNT(*) FROM {table} f "
                         "JOIN articles a ON a.id = f.article_id GROUP BY a.content_sha256")
            for sha, count in connection.execute(query):
                result[sha][table] = count
    return result


def project_names(engine: Engine) -> list[tuple]:
    """Projects as an analyst sees them: name, district, status and aliases, sorted."""
    with engine.connect() as connection:
        aliases: dict[int, list[str]] = {}
        for project_id, alias in connection.execute(text("SELECT project_id, alias FROM project_aliases")):
            aliases.setdefault(project_id, []).append(alias)
        rows = connection.execute(text(
            "SELECT p.id, p.name, d.adcode, p.status FROM projects p LEFT JOIN districts d ON d.id = p.district_id"
        )).all()
    return sorted((name, adcode or "", status or "", tuple(sorted(aliases.get(pid, ())))) for pid, name, adcode, status in rows)


def contents(engine: Engine) -> dict[str, list[tuple]]:
    """Every table's rows without ids, keys and load times, values written the same way on both
    databases (10.0000 and 10 are one number), sorted: comparable across databases and loads."""
    from tracker.queries import plain

    result = {}
    with engine.connect() as connection:
        for table in TABLES:
            rows = connection.execute(text(f"SELECT * FROM {table}")).mappings().all()
            result[table] = sorted(
                tuple(plain(v) for k, v in row.items()
                      if k not in ("id", "loaded_at", "extractor_version") and not k.endswith("_id"))
                for row in rows
            )
    return result


def checksum(engine: Engine, tables=TABLES) -> dict[str, str]:
    """A SHA-256 per table of all its rows and columns (ids included), in id order."""
    sums = {}
    with engine.connect() as connection:
        for table in tables:
            digest = hashlib.sha256()
            for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY id")).mappings():
                digest.update(repr(sorted((k, _plain(v)) for k, v in row.items())).encode())
            sums[table] = digest.hexdigest()
    return sums


def _plain(value) -> str:
    # Dialects differ in Python types (datetime with or without tz info), not in values.
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


# --- the command line -------------------------------------------------------------------------


def tracker_command() -> list[str]:
    """The installed `tracker` console script of this interpreter's environment."""
    script = Path(sys.executable).with_name("tracker")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tracker"]


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TRACKER_DATABASE_URL", "TRACKER_DEBUG")}
    return {**env, **extra}


def run_tracker(*args: str, cwd: Path = ROOT, timeout: float = 120, prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*(prefix or []), *tracker_command(), *args], cwd=cwd, capture_output=True, text=True,
        env=cli_env(), timeout=timeout,
    )


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(("Error:", "refused "))]


def assert_one_line_error(result: subprocess.CompletedProcess, *needles: str) -> str:
    """The command failed with exactly one line on stderr, naming the problem, and no traceback."""
    assert result.returncode != 0, result
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


# --- article variants -------------------------------------------------------------------------

SEED_FILES = sorted(SEEDS.glob("0*.txt"))


def write_variants(folder: Path, count: int, *, start: int = 0) -> list[Path]:
    """``count`` copies of the seed articles, each with a line of its own (so its SHA-256 differs)
    and otherwise the same facts: 编号 lines carry no project, money or figure."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number in range(start, start + count):
        source = SEED_FILES[number % len(SEED_FILES)]
        text_ = source.read_text(encoding="utf-8").rstrip("\n") + f"\n稿件编号 A{number:04d}\n"
        path = folder / f"{number:04d}_{source.name[:3]}.txt"
        path.write_text(text_, encoding="utf-8")
        written.append(path)
    return written
