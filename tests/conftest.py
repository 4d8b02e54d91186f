"""Fixtures: every database test runs on SQLite, and on PostgreSQL when a server answers.

PostgreSQL comes from $TRACKER_TEST_POSTGRES_URL, else 127.0.0.1:5432 (user postgres, database
test); each test gets a schema of its own, dropped afterwards, so tests never see each other.
"""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _postgres_base_url() -> tuple[str | None, str]:
    url = os.environ.get("TRACKER_TEST_POSTGRES_URL")
    if url:
        return url, ""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return None, "psycopg is not installed (pip install -e '.[postgres]')"
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
    except OSError:
        return None, "no PostgreSQL answers on 127.0.0.1:5432 and TRACKER_TEST_POSTGRES_URL is unset"
    return DEFAULT_PG, ""


PG_URL, PG_SKIP_REASON = _postgres_base_url()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """A URL to an empty database: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tracker.db'}"
        return
    if PG_URL is None:
        pytest.skip(PG_SKIP_REASON)
    yield from _postgres_schema_url()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'tracker.db'}"


@pytest.fixture
def postgres_url():
    """A URL to a fresh PostgreSQL schema, for what only PostgreSQL does."""
    if PG_URL is None:
        pytest.skip(PG_SKIP_REASON)
    yield from _postgres_schema_url()


def _postgres_schema_url():
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
