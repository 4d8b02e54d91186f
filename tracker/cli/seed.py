"""`tracker seed`: load articles."""

from __future__ import annotations

from itertools import chain
from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.options import DbOption

DEFAULT_SEEDS = Path("seeds")


def seed(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Article files or folders (default: seeds/). A metadata.csv beside them adds title, source and date."),
    ] = None,
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only refusals and the summary.")] = False,
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-j", min=0, help="Processes that extract while one stores (default: one per CPU, up to 4; 0: none)."),
    ] = None,
) -> None:
    """Load articles: read, normalise, extract facts, and store them (idempotent).

    Brings the database to the newest schema first. Files that cannot be read as text are
    refused with a one-line reason; the exit code is 1 if any file was refused.
    """
    from sqlalchemy.exc import DBAPIError

    from tracker.db.engine import describe, make_engine
    from tracker.errors import DatabaseError
    from tracker.load import article_files, seed_files
    from tracker.queries import first_line

    engine = make_engine(db)
    if engine.dialect.name == "sqlite" and engine.url.database in (None, "", ":memory:"):
        raise DatabaseError("an in-memory SQLite database keeps nothing once seed ends; give a file: sqlite:///tracker.db")
    # Listed as they are loaded, never all at once: a corpus of any size costs the same memory.
    files = article_files(paths or [DEFAULT_SEEDS])
    first = next(files, None)
    if first is None:
        raise typer.BadParameter("no article files found", param_hint="PATHS")

    def on_file(outcome) -> None:
        if outcome.status == "refused":
            typer.echo(f"refused {outcome.path}: {outcome.message}", err=True)
        elif not quiet:
            typer.echo(f"{outcome.status:9} {outcome.path}", err=True)

    try:
        report = seed_files(engine, chain([first], files), on_file=on_file, workers=workers)
    except DBAPIError as exc:  # a read-only file, a full disk, a lost connection: one line
        raise DatabaseError(f"cannot load into {describe(engine)}: {first_line(exc)}") from None
    finally:
        engine.dispose()
    if report.rebuilt:
        typer.echo(f"Re-read {report.rebuilt} articles with the new extractor.", err=True)
    typer.echo(
        f"{report.files} files into {describe(engine)}: {report.count('loaded')} loaded, "
        f"{report.count('unchanged')} unchanged, {report.count('refused')} refused."
    )
    typer.echo("rows: " + ", ".join(f"{table} {count}" for table, count in report.rows.items()))
    if report.refused:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    from tracker.cli.query import flowed

    app.command(help=flowed(seed.__doc__))(seed)
