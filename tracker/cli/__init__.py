"""The `tracker` command: a thin shell over the library. The only place that prints or exits.

Start-up stays light: each command imports what it needs (pandas, Alembic, OpenCC) inside itself.
"""

from __future__ import annotations

import os
import signal
import sys

import typer

from tracker.cli import evaluate as evaluate_commands
from tracker.cli import query as query_commands
from tracker.cli import seed as seed_commands

app = typer.Typer(
    name="tracker",
    help="Track Chinese local-government investment projects read from news reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help and errors: rich's help formatter costs 0.1 s of start-up
    context_settings={"help_option_names": ["-h", "--help"]},
)
seed_commands.register(app)
evaluate_commands.register(app)
query_commands.register(app)  # projects, issues, districts, show, sql, report


def _print_version(value: bool) -> None:
    if value:
        from tracker import __version__

        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", help="Print the version and exit.", is_eager=True, callback=_print_version
    ),
) -> None:
    """Track Chinese local-government investment projects read from news reports.

    The database is SQLite (./tracker.db) unless --db or TRACKER_DATABASE_URL names another.
    """


_stopped_by: list[int] = []  # the signal that stopped the command, if one did


def _stop(signum: int, frame: object) -> None:
    """Ctrl-C, or SIGTERM (a scheduler's stop, `timeout`): unwind the command."""
    _stopped_by.append(signum)
    # The pool's rollback of a connection cut off mid-statement may fail, and SQLAlchemy logs that
    # with a traceback; the stop's one line says it all, and the server rolls back on close.
    # (logging comes with SQLAlchemy: not imported, nothing to quiet, and start-up stays light.)
    if (logging := sys.modules.get("logging")) is not None:
        pool_log = logging.getLogger("sqlalchemy.pool")
        pool_log.addHandler(logging.NullHandler())
        pool_log.propagate = False
    raise KeyboardInterrupt


def main() -> None:
    """Console entry point: known errors are one line and exit 1; so is anything unexpected."""
    from tracker.errors import TrackerError

    # Stopped by SIGTERM, a command unwinds as on Ctrl-C: the open transaction is rolled back and
    # psycopg cancels a running PostgreSQL statement, which would otherwise run on in the server.
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        app()  # Typer itself reports usage errors and exits
    except (KeyboardInterrupt, SystemExit, Exception) as exc:
        if _stopped_by or isinstance(exc, KeyboardInterrupt):
            # Stopped: whatever the unwinding raised (psycopg may turn the interrupt of a running
            # statement into an error of its own) is the stop's. Typer would exit 130 silently.
            stopped_by = _stopped_by[0] if _stopped_by else signal.SIGINT
            typer.echo("Interrupted." if stopped_by == signal.SIGINT else "Terminated.", err=True)
            sys.exit(128 + stopped_by)
        if isinstance(exc, SystemExit):
            raise
        if isinstance(exc, TrackerError):
            typer.echo(f"Error: {exc}", err=True)
            sys.exit(1)
        if os.environ.get("TRACKER_DEBUG"):
            raise
        first_line = next(iter(str(exc).strip().splitlines()), "")
        typer.echo(f"Error: {type(exc).__name__}: {first_line} (set TRACKER_DEBUG=1 for details)", err=True)
        sys.exit(1)
