"""`tracker report`: write the named CSV reports (SQL files in reports/) for a scheduler."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.options import DbOption


class Encoding(str, Enum):
    utf_8_sig = "utf-8-sig"
    utf_8 = "utf-8"
    gb18030 = "gb18030"


def report(
    names: Annotated[
        list[str] | None,
        typer.Argument(metavar="NAME", help="Reports to write, by name (see --list)."),
    ] = None,
    all_reports: Annotated[bool, typer.Option("--all", help="Write every report.")] = False,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", file_okay=False, help="Folder to write into; created if missing."),
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", metavar="DATE", help="Report what was known on this day, YYYY-MM-DD (default: today). Also the date in the file names."),
    ] = None,
    encoding: Annotated[
        Encoding,
        typer.Option("--encoding", "-e", case_sensitive=False, help="utf-8-sig (UTF-8 with BOM, opens right in Excel), utf-8 or gb18030."),
    ] = Encoding.utf_8_sig,
    list_reports: Annotated[bool, typer.Option("--list", help="List the reports with their descriptions and exit.")] = False,
    folder: Annotated[
        Path | None,
        typer.Option("--reports-dir", envvar="TRACKER_REPORTS_DIR", show_envvar=True, file_okay=False, help="Folder of report SQL files (default: the reports/ folder of tracker)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Write CSV reports named by SQL files in reports/: NAME_YYYY-MM-DD.csv in --out.

    Every report runs before any file is written; files appear by rename, complete or not at
    all. Prints one line per file written; exit code 0 only if all were written. Add a report by
    dropping NAME.sql (one SELECT; :as_of is the report date) into the reports folder.
    """
    from tracker import reports

    if list_reports:
        for item in reports.available(folder).values():
            typer.echo(f"{item.name}\t{item.title}\t{item.description}")
        return
    chosen = reports.choose(names, all_reports=all_reports, folder=folder)
    if out is None:
        raise typer.BadParameter("where should the reports go?", param_hint="--out")
    day = reports.parse_date(as_of)

    from tracker.queries import open_database

    engine = open_database(db)
    try:
        written = reports.write_reports(engine, chosen, out, as_of=day, encoding=encoding.value)
    finally:
        engine.dispose()
    for item in written:
        typer.echo(f"{item.path}\t{item.rows} rows")


def register(app: typer.Typer) -> None:
    from tracker.cli.query import flowed

    app.command(help=flowed(report.__doc__))(report)
