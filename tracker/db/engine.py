"""Engines: where the database is, how to open it, and bringing it to the schema's head."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from tracker.errors import DatabaseError
from tracker.settings import DEFAULT_URL, ENV_VAR

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent.parent / "migrations"
# SQLite waits this long for another writer (another `tracker seed`) before giving up.
SQLITE_BUSY_TIMEOUT_S = 60
# Seconds to wait for a PostgreSQL server to answer before giving up.
PG_CONNECT_TIMEOUT_S = 10
# PostgreSQL's advisory lock that serialises writers (the same key as tracker.load.PG_WRITE_LOCK):
# a migration waits for writers and they for it.
PG_WRITE_LOCK = 7_270_301


def database_url(url: str | None = None) -> str:
    """The URL to use: an explicit one, else $TRACKER_DATABASE_URL, else ./tracker.db."""
    return url or os.environ.get(ENV_VAR) or DEFAULT_URL


def make_engine(url: str | None = None, *, read_only: bool = False) -> Engine:
    """An engine for ``url``; SQLite gets foreign keys, WAL and a busy timeout on every connection.

    ``read_only`` opens SQLite files read-only at the driver level; PostgreSQL read-only-ness is
    per transaction (see ``tracker.queries``).
    """
    raw = database_url(url)
    try:
        parsed = make_url(raw)
    except ArgumentError:
        raise DatabaseError(f"not a database URL: {raw!r}") from None
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, read_only=read_only)
    # A firewalled host would otherwise hang the command; a URL's own connect_timeout wins.
    connect_args = {} if "connect_timeout" in parsed.query else {"connect_timeout": PG_CONNECT_TIMEOUT_S}
    try:
        return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(f"cannot use {parsed.render_as_string(hide_password=True)}: {exc}") from None


def _sqlite_engine(parsed, *, read_only: bool) -> Engine:
    database = parsed.database or ""
    in_memory = database in ("", ":memory:")
    if not in_memory:
        folder = Path(database).expanduser().resolve().parent
        if not folder.is_dir():
            raise DatabaseError(f"folder does not exist: {folder}")
        if read_only:
            if not Path(database).exists():
                raise DatabaseError(f"no database at {database}; run `tracker seed` first")
            # A URI with mode=ro makes writes fail in SQLite itself, whatever the SQL says.
            uri = f"file:{Path(database).resolve()}?mode=ro"
            if _unwritable_wal_folder(Path(database)):
                # A WAL database needs its -shm file even to be read; in a folder nobody may
                # write to (a read-only copy, a read-only mount) it cannot be created, so the
                # file is read as immutable: no locks, no WAL, which holds as nobody can write.
                uri += "&immutable=1"
            parsed = parsed.set(database=uri, query={**parsed.query, "uri": "true"})
    engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not pysqlite, decide when transactions begin, so BEGIN IMMEDIATE works.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if not in_memory and not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            # SQLite's advice for WAL: commits stop waiting for the disk; a crash of the process
            # loses nothing, a power cut at most the last transactions, never consistency.
            cursor.execute("PRAGMA synchronous=NORMAL")
            # 16 MiB of pages instead of 2: inserting into the indexes of a large database
            # otherwise reads the same index pages back again and again.
            cursor.execute("PRAGMA cache_size=-16384")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # Take the write lock up front: concurrent seeders queue instead of failing mid-write.
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def _unwritable_wal_folder(database: Path) -> bool:
    """True when the database's folder cannot be written and it has no -wal or -shm file:
    SQLite could not open it, even to read, were it in WAL mode; and no writer can change it
    (writers need a -wal or -journal file beside it)."""
    database = database.expanduser().resolve()
    side_files = [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm")]
    return not os.access(database.parent, os.W_OK) and not any(file.exists() for file in side_files)


def describe(engine: Engine) -> str:
    """The URL without its password, for messages."""
    return engine.url.render_as_string(hide_password=True)


def alembic_config(connection=None):
    """An Alembic config for this package's migrations, sharing ``connection`` when given."""
    from alembic.config import Config

    config = Config(str(MIGRATIONS_DIR.parent / "alembic.ini"))
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The database's Alembic revision, or None for an empty database."""
    try:
        with engine.connect() as connection:
            return _revision(connection)
    except DBAPIError as exc:
        raise DatabaseError(f"cannot open {describe(engine)}: {_first_line(exc)}") from None


def migrate(engine: Engine) -> None:
    """Bring the database to head; refuse one made by newer code than this."""
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    current = current_revision(engine)
    _refuse_unknown(script, current)
    if current == head:
        return
    try:
        with engine.begin() as connection:
            # Several `tracker seed`s may start on one new database: the first to get the lock
            # migrates, the others find the schema at head once they have it. (SQLite's BEGIN
            # IMMEDIATE is that lock already.)
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITE_LOCK})
            current = _revision(connection)
            _refuse_unknown(script, current)
            if current != head:
                command.upgrade(alembic_config(connection), "head")
    except DBAPIError as exc:
        raise DatabaseError(f"cannot migrate {describe(engine)}: {_first_line(exc)}") from None


def _revision(connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _refuse_unknown(script, current: str | None) -> None:
    if current is not None and not _known(script, current):
        raise DatabaseError(
            f"database is at migration {current}, which this version of tracker does not know; "
            "upgrade tracker"
        )


def _known(script, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises its own errors for unknown revisions
        return False


def _first_line(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc)
    return message.strip().splitlines()[0] if message.strip() else type(exc).__name__
