"""`tracker eval`: how well the extractor did against a hand-written gold file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.options import DbOption


def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold JSON file (format: tests/gold/FORMAT.md).")],
    db: DbOption = None,
    errors: Annotated[int, typer.Option("--errors", help="How many misses and false positives to list per fact type.")] = 20,
) -> None:
    """Precision and recall per fact type of a seeded database against a gold file."""
    from tracker.db.engine import make_engine
    from tracker.evaluate import FACT_TYPES, evaluate as run

    engine = make_engine(db, read_only=True)
    report = run(engine, gold)
    engine.dispose()
    if report.missing_articles:
        typer.echo(f"not in the database: {', '.join(report.missing_articles)}", err=True)
    typer.echo(f"{report.articles} articles compared")
    typer.echo(f"{'fact':<12}{'gold':>6}{'found':>7}{'precision':>11}{'recall':>8}")
    for fact in FACT_TYPES:
        score = report.scores[fact]
        typer.echo(f"{fact:<12}{score.gold:>6}{score.predicted:>7}{score.precision:>11.2f}{score.recall:>8.2f}")
    typer.echo(f"investment amounts exact for {report.investments_exact}/{report.investments_comparable} found projects that have one")
    typer.echo(f"status right for {report.statuses_right}/{report.statuses_comparable} found projects that have one")
    for fact in FACT_TYPES:
        score = report.scores[fact]
        for title, items in (("missed", score.misses), ("false positive", score.false_positives)):
            for item in items[:errors]:
                typer.echo(f"  {fact} {title}: {item}")
    for item in report.status_misses[:errors]:
        typer.echo(f"  status wrong: {item}")
    if report.articles == 0:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    from tracker.cli.query import flowed

    app.command("eval", help=flowed(evaluate.__doc__))(evaluate)
