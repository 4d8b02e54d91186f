"""Options shared by every command."""

from typing import Annotated

import typer

from tracker.settings import DEFAULT_URL, ENV_VAR

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar=ENV_VAR,
        help=f"Database URL (sqlite:///file.db or postgresql+psycopg://…). Default: {DEFAULT_URL}.",
        show_envvar=True,
    ),
]
