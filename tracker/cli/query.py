"""`tracker projects | issues | districts | show | sql`: read the database.

Each command asks tracker.queries for rows and prints them as a table (for people), CSV or JSON
(for programs; stdlib only, no pandas). Amounts print exactly: plain decimals in tables and CSV,
strings in JSON.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import unicodedata
from enum import Enum
from typing import Annotated

import typer

from tracker.cli.options import DbOption


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


FormatOption = Annotated[
    Format,
    typer.Option(
        "--format", "-f", case_sensitive=False,
        help="table (for reading), csv or json (amounts as exact decimal strings).",
    ),
]
LimitOption = Annotated[int | None, typer.Option("--limit", "-n", min=1, help="Show at most this many rows.")]
DistrictOption = Annotated[
    str | None,
    typer.Option(
        "--district", "-d",
        help="District, city or province: a name (长春 or 长春市) or an adcode or its prefix (22, 2201, 220103).",
    ),
]

# A table shows these columns; CSV and JSON carry every column.
PROJECT_TABLE = (
    "project_id", "project_name", "district", "city", "status", "total_investment_yi",
    "open_issue_count", "article_count", "last_reported_on",
)
ISSUE_TABLE = ("issue_id", "reported_on", "district", "project_name", "company", "category", "status", "description")
DISTRICT_TABLE = (
    "adcode", "district", "city", "province", "project_count", "total_investment_yi",
    "open_issue_count", "article_count", "last_reported_on",
)
MAX_CELL = 48  # terminal columns; longer cells are cut with … in tables only


# --- rendering ----------------------------------------------------------------------------


def render(columns, rows, fmt: Format, *, table_columns=None) -> str:
    """Rows as text in ``fmt``. ``table_columns`` narrows what a table shows."""
    columns = list(columns)
    if fmt is Format.json:
        from tracker.queries import json_value

        keys = unique_names(columns)
        payload = [{c: json_value(v) for c, v in zip(keys, row)} for row in rows]
        return json.dumps(payload, ensure_ascii=False, indent=2)
    if fmt is Format.csv:
        return csv_text(columns, rows)
    if table_columns:
        keep = [columns.index(c) for c in table_columns if c in columns]
        columns = [columns[i] for i in keep]
        rows = [[row[i] for i in keep] for row in rows]
    return table_text(columns, rows)


def unique_names(columns) -> list[str]:
    """Column names as JSON keys: a repeated name (SELECT a.id, b.id) gets _2, _3 …"""
    seen: dict[str, int] = {}
    names = []
    for column in columns:
        seen[column] = seen.get(column, 0) + 1
        names.append(column if seen[column] == 1 else f"{column}_{seen[column]}")
    return names


def csv_text(columns, rows) -> str:
    from tracker.queries import plain

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([plain(v) for v in row])
    return buffer.getvalue().rstrip("\n")


def table_text(columns, rows, *, footer: bool = True) -> str:
    """An aligned table; numbers right-aligned; CJK characters count two columns."""
    from decimal import Decimal

    from tracker.queries import plain

    rows = [list(row) for row in rows]
    numeric = [
        bool(rows) and all(v is None or (isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)) for v in col)
        for col in (zip(*rows) if rows else [() for _ in columns])
    ]
    cells = [[_cut(plain(v)) for v in row] for row in rows]
    header = [str(c) for c in columns]
    widths = [max([display_width(header[i])] + [display_width(r[i]) for r in cells]) for i in range(len(header))]
    lines = [
        _line(header, widths, [False] * len(header)),
        "  ".join("-" * w for w in widths),
        *(_line(r, widths, numeric) for r in cells),
    ]
    if footer:
        lines.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(lines)


def display_width(value: str) -> int:
    width = 0
    for char in value:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _cut(value: str) -> str:
    value = " ".join(value.split()) if any(c in value for c in "\n\r\t") else value
    if display_width(value) <= MAX_CELL:
        return value
    out, width = [], 0
    for char in value:
        step = display_width(char)
        if width + step > MAX_CELL - 1:
            break
        out.append(char)
        width += step
    return "".join(out) + "…"


def _line(values, widths, right) -> str:
    parts = []
    for value, width, align_right in zip(values, widths, right):
        pad = " " * (width - display_width(value))
        parts.append(pad + value if align_right else value + pad)
    return "  ".join(parts).rstrip()


def _echo(text: str) -> None:
    typer.echo(text)


# --- commands -----------------------------------------------------------------------------


def projects(
    db: DbOption = None,
    district: DistrictOption = None,
    status: Annotated[
        list[str] | None,
        typer.Option("--status", "-s", help="planned, signed, under_construction, completed, operating or tracking; repeat or comma-separate for several."),
    ] = None,
    sector: Annotated[str | None, typer.Option("--sector", help="Sector contains this text (制造, 商业 …).")] = None,
    min_investment: Annotated[
        str | None,
        typer.Option("--min-investment", help="Total investment at least this much: 1亿, 5000万 or yuan (300000000)."),
    ] = None,
    search: Annotated[str | None, typer.Option("--search", "-q", help="Name or alias contains this text.")] = None,
    sort: Annotated[
        str,
        typer.Option("--sort", help="investment (largest first), name, district, status, issues, articles, first-reported, last-reported or id."),
    ] = "investment",
    limit: LimitOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List projects with their district, status, total investment and issues.

    Total investment is the largest total any article reports for the project (repeats are not
    added). Columns are those of the project_overview view.
    """
    from tracker import queries

    engine = queries.open_database(db)
    try:
        result = queries.projects(
            engine, district=district, status=status, sector=sector, min_investment=min_investment,
            search=search, sort=sort, limit=limit,
        )
    finally:
        engine.dispose()
    _echo(render(result.columns, result.rows, fmt, table_columns=PROJECT_TABLE))


def issues(
    db: DbOption = None,
    status: Annotated[
        list[str] | None,
        typer.Option("--status", "-s", help="open, in_progress, resolved, or unresolved (open and in_progress); repeat or comma-separate."),
    ] = None,
    category: Annotated[
        list[str] | None,
        typer.Option("--category", "-c", help="land, planning, permit, power, water_sewage_heat, road, funding, site_selection or other."),
    ] = None,
    district: DistrictOption = None,
    project: Annotated[str | None, typer.Option("--project", "-p", help="Project id, or text in its name or an alias.")] = None,
    limit: LimitOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List issues blocking projects and enterprises, newest report first."""
    from tracker import queries

    engine = queries.open_database(db)
    try:
        result = queries.issues(engine, status=status, category=category, district=district, project=project, limit=limit)
    finally:
        engine.dispose()
    _echo(render(result.columns, result.rows, fmt, table_columns=ISSUE_TABLE))


def districts(
    db: DbOption = None,
    district: DistrictOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """One row per district: projects, total investment, open issues and articles."""
    from tracker import queries

    engine = queries.open_database(db)
    try:
        result = queries.districts(engine, district=district)
    finally:
        engine.dispose()
    _echo(render(result.columns, result.rows, fmt, table_columns=DISTRICT_TABLE))


def show(
    project: Annotated[str, typer.Argument(help="Project id, name, alias, or a part of exactly one project's name.")],
    db: DbOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Everything about one project: aliases, investments, statuses, issues and sources.

    Sources are every sentence the project was read from, with the articles' titles and dates.
    CSV prints one row per fact and sentence (the project_evidence view); JSON one object.
    """
    from tracker import queries

    engine = queries.open_database(db)
    try:
        detail = queries.project_detail(engine, project)
    finally:
        engine.dispose()
    if fmt is Format.csv:
        _echo(csv_text(detail.evidence.columns, detail.evidence.rows))
    elif fmt is Format.json:
        _echo(json.dumps(_detail_json(detail), ensure_ascii=False, indent=2))
    else:
        _echo(_detail_text(detail))


def sql(
    statement: Annotated[
        str,
        typer.Argument(metavar="SQL", help="One SQL statement, or - to read it from standard input (also for SQL that starts with --)."),
    ],
    db: DbOption = None,
    write: Annotated[bool, typer.Option("--write", help="Allow the statement to change the database.")] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0, help="Stop a read after this many seconds (0: no limit).")
    ] = 30.0,
    fmt: FormatOption = Format.table,
) -> None:
    """Run one SQL statement; read-only unless --write.

    Read-only is enforced by the database: SQLite is opened read-only with PRAGMA query_only,
    PostgreSQL runs the statement in a READ ONLY transaction. Tables and views are described in
    docs/data-dictionary.md.
    """
    from tracker import queries

    text = sys.stdin.read() if statement == "-" else statement
    result = queries.run_sql(db, text, write=write, timeout_s=timeout or None)
    if result.columns:
        _echo(render(result.columns, result.rows, fmt))
    elif result.rowcount >= 0:
        typer.echo(f"{result.rowcount} row{'' if result.rowcount == 1 else 's'} changed.")
    else:
        typer.echo("Done.")


# --- tracker show -------------------------------------------------------------------------


def _detail_json(detail) -> dict:
    from tracker.queries import json_value

    def rows(result):
        return [{c: json_value(v) for c, v in zip(result.columns, row)} for row in result.rows]

    return {
        "project": {k: json_value(v) for k, v in detail.project.items()},
        "aliases": list(detail.aliases),
        "investments": rows(detail.investments),
        "statuses": rows(detail.statuses),
        "issues": rows(detail.issues),
        "sources": [{k: json_value(v) for k, v in source.items()} for source in detail.sources],
    }


def _detail_text(detail) -> str:
    from tracker.queries import plain

    p = detail.project
    place = ", ".join(x for x in (p["district"], p["city"], p["province"]) if x) or "unknown"
    if p["adcode"]:
        place += f" ({p['adcode']})"
    if p["total_investment_yuan"] is not None:
        total = f"{plain(p['total_investment_yuan'])} yuan ({plain(p['total_investment_yi'])} 亿元)"
    else:
        total = "not reported"
    reported = "never"
    if p["article_count"]:
        span = " to ".join(dict.fromkeys(plain(d) for d in (p["first_reported_on"], p["last_reported_on"]) if d))
        reported = f"{span or 'undated'} in {p['article_count']} article{'' if p['article_count'] == 1 else 's'}"
    facts = [
        ("aliases", "、".join(detail.aliases) or "none"),
        ("district", place),
        ("status", p["status"] or "unknown"),
        ("phase", p["phase"] or ""),
        ("sector", p["sector"] or ""),
        ("company", p["company"] or ""),
        ("total investment", total),
        ("issues", f"{p['open_issue_count']} open, {p['resolved_issue_count']} resolved"),
        ("reported", reported),
    ]
    if p["parent_id"]:
        facts.append(("part of", f"project #{p['parent_id']}"))
    width = max(display_width(k) for k, _ in facts)
    out = [f"#{p['project_id']} {p['project_name']}", ""]
    out += [f"  {k}{' ' * (width - display_width(k))}  {v}".rstrip() for k, v in facts if v != ""]
    for title, result in (("Investments", detail.investments), ("Status history", detail.statuses), ("Issues", detail.issues)):
        out += ["", f"{title}:"]
        if result.rows:
            out += ["  " + line for line in table_text(result.columns, result.rows, footer=False).splitlines()]
        else:
            out.append("  none")
    out += ["", "Sources (every sentence the project was read from):"]
    for source in detail.sources:
        meta = ", ".join(x for x in (plain(source["published_on"]) or "undated", source["source"]) if x)
        out.append(f"  [{source['article_id']}] {source['title'] or '(untitled)'} ({meta})")
        out += [f"      {sentence}" for sentence in source["sentences"]]
    if not detail.sources:
        out.append("  none")
    return "\n".join(out)


def flowed(doc: str | None) -> str:
    """A docstring as help: paragraphs kept, the line breaks inside each one removed (Typer
    would print them, and then wrap the lines again)."""
    import inspect

    paragraphs = inspect.cleandoc(doc or "").split("\n\n")
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs)


def register(app: typer.Typer) -> None:
    for command in (projects, issues, districts, show, sql):
        app.command(help=flowed(command.__doc__))(command)
    from tracker.cli import report

    report.register(app)
