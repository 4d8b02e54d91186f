"""Alembic environment: one schema, SQLite and PostgreSQL.

The CLI and tests pass their open connection in ``config.attributes["connection"]`` so a
migration runs inside their transaction; the `alembic` command builds its own engine from
$TRACKER_DATABASE_URL.
"""

from logging.config import fileConfig

from alembic import context

from tracker.db.engine import make_engine
from tracker.db.models import Base

config = context.config
if config.config_file_name is not None and "connection" not in config.attributes:
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def process_revision_directives(context_, revision, directives):
    # An autogenerate that finds no change writes no empty migration.
    if getattr(config.cmd_opts, "autogenerate", False) and directives[0].upgrade_ops.is_empty():
        directives[:] = []


def run_with(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        process_revision_directives=process_revision_directives,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    engine = make_engine()
    with engine.connect() as connection:
        run_with(connection)
        connection.commit()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run against a database")
run_migrations_online()
