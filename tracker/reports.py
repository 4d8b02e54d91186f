"""CSV reports: named SQL files in reports/, written with pandas for a scheduler.

A report is ``reports/NAME.sql``: one SELECT, headed by ``-- title:`` and ``-- description:``
comment lines (the registry is the folder itself, so an analyst adds a report without touching
code). Where the SQL says ``:as_of`` it gets the report date as a bound parameter.

Output is exact and stable: the columns in the SELECT's order with its names as headers, numbers
as plain decimals (never a float, never scientific notation), dates ISO (YYYY-MM-DD), NULL as an
empty cell, UTF-8 with a BOM by default so Excel shows 中文. Each file is NAME_YYYY-MM-DD.csv,
written to a temporary file in the same folder and renamed into place only after every report
has run and been written, so a failure leaves no half-written or partial set of new files.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Date, Engine, bindparam, text
from sqlalchemy.exc import DBAPIError

from tracker.errors import InvalidInput, InvalidSql, TrackerError
from tracker.queries import Result, first_line, plain, reading, strip_comments

REPORTS_DIR = Path(__file__).resolve().parent.parent / "reports"
REPORTS_ENV_VAR = "TRACKER_REPORTS_DIR"
ENCODINGS = ("utf-8-sig", "utf-8", "gb18030")
DEFAULT_ENCODING = "utf-8-sig"
PARAMETERS = {"as_of"}
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_HEADER = re.compile(r"^--\s*(?P<key>[a-z_]+)\s*:\s*(?P<value>.*)$")
# Excel and LibreOffice run a cell that starts with one of these as a formula; a number is safe.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[-+]?\d+(\.\d+)?$")


@dataclass(frozen=True)
class Report:
    """One named report: its SQL file and what its header says about it."""

    name: str
    title: str
    description: str
    path: Path

    @property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


@dataclass(frozen=True)
class Written:
    report: str
    path: Path
    rows: int


def reports_dir(folder: str | Path | None = None) -> Path:
    """The folder of report SQL files: the one given, else $TRACKER_REPORTS_DIR, else reports/."""
    return Path(folder or os.environ.get(REPORTS_ENV_VAR) or REPORTS_DIR)


def available(folder: str | Path | None = None) -> dict[str, Report]:
    """The reports in ``folder`` by name, in name order."""
    where = reports_dir(folder)
    if not where.is_dir():
        raise InvalidInput(f"no reports folder at {where}")
    found = {}
    for path in sorted(where.glob("*.sql")):
        if _NAME.match(path.stem):
            found[path.stem] = read_report(path)
    return found


def read_report(path: Path) -> Report:
    """A report's name, title and description from its leading comment lines.

    ``-- title: …`` and ``-- description: …``; a description continues on the following
    comment lines that are not another ``key:`` line.
    """
    header: dict[str, str] = {}
    key = None
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("--"):
            break
        match = _HEADER.match(stripped)
        if match:
            key = match.group("key")
            header[key] = match.group("value").strip()
        elif key is not None:
            header[key] = f"{header[key]} {stripped.lstrip('-').strip()}".strip()
    return Report(
        name=path.stem,
        title=header.get("title") or path.stem,
        description=header.get("description", ""),
        path=path,
    )


def choose(names: list[str] | None, *, all_reports: bool = False, folder: str | Path | None = None) -> list[Report]:
    """The reports asked for, in the order asked (all of them, by name, with ``all_reports``)."""
    known = available(folder)
    if all_reports:
        if not known:
            raise InvalidInput(f"no reports in {reports_dir(folder)}")
        return list(known.values())
    if not names:
        raise InvalidInput("name the reports to write, or pass --all")
    unknown = [name for name in names if name not in known]
    if unknown:
        listed = ", ".join(known) or "none"
        raise InvalidInput(f"unknown report {', '.join(map(repr, unknown))}; known reports: {listed}")
    return [known[name] for name in dict.fromkeys(names)]


def parse_date(value: str | dt.date | None) -> dt.date:
    """``--as-of``: an ISO date; today when not given."""
    if value is None or value == "":
        return dt.date.today()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(f"not a date: {value!r} (use YYYY-MM-DD)") from None


def run_report(engine: Engine, report: Report, *, as_of: dt.date) -> Result:
    """The report's rows, every value already text (see :func:`tracker.queries.plain`)."""
    statement = text(strip_comments(report.sql))
    used = set(statement.compile().params)
    unknown = used - PARAMETERS
    if unknown:
        raise InvalidSql(
            f"report {report.name} uses :{', :'.join(sorted(unknown))}; only :as_of is supplied"
        )
    if "as_of" in used:
        statement = statement.bindparams(bindparam("as_of", value=as_of, type_=Date))
    try:
        with reading(engine) as connection:
            cursor = connection.execute(statement)
            columns = tuple(cursor.keys())
            rows = tuple(tuple(None if v is None else plain(v) for v in row) for row in cursor.all())
    except DBAPIError as exc:
        raise InvalidSql(f"report {report.name}: {first_line(exc)}") from None
    return Result(columns, rows)


def write_reports(
    engine: Engine,
    reports: list[Report],
    out: str | Path,
    *,
    as_of: dt.date,
    encoding: str = DEFAULT_ENCODING,
) -> list[Written]:
    """Run every report, then write each as ``NAME_YYYY-MM-DD.csv`` in ``out``.

    All or nothing for new files: every report runs first, each file goes to a temporary file
    beside its target, and only when all are written are they renamed into place.
    """
    import pandas as pd  # only reports pay for pandas

    if encoding not in ENCODINGS:
        raise InvalidInput(f"unknown encoding {encoding!r}; use one of: {', '.join(ENCODINGS)}")
    results = [(report, run_report(engine, report, as_of=as_of)) for report in reports]
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TrackerError(f"cannot create {folder}: {exc.strerror or exc}") from None
    mode = _file_mode()
    staged: list[tuple[str, Path]] = []
    written: list[Written] = []
    try:
        for report, result in results:
            target = folder / f"{report.name}_{as_of.isoformat()}.csv"
            handle, temporary = tempfile.mkstemp(prefix=f".{report.name}_", suffix=".csv.part", dir=folder)
            os.close(handle)
            staged.append((temporary, target))
            rows = [tuple(map(spreadsheet_safe, row)) for row in result.rows]
            frame = pd.DataFrame(rows, columns=list(result.columns), dtype=object)
            frame.to_csv(temporary, index=False, encoding=encoding, lineterminator="\n")
            _flush_to_disk(temporary)
            os.chmod(temporary, mode)
            written.append(Written(report.name, target, len(result.rows)))
        for temporary, target in staged:
            os.replace(temporary, target)
        staged.clear()
    except OSError as exc:
        raise TrackerError(f"cannot write reports to {folder}: {exc.strerror or exc}") from None
    finally:
        for temporary, _ in staged:
            try:
                os.unlink(temporary)
            except OSError:
                pass
    return written


def spreadsheet_safe(cell: str | None) -> str | None:
    """Quote a text cell a spreadsheet would run as a formula (CSV injection), as OWASP advises.

    >>> spreadsheet_safe("=SUM(A1:A9)"), spreadsheet_safe("-12.50"), spreadsheet_safe("项目")
    ("'=SUM(A1:A9)", '-12.50', '项目')
    """
    if cell and cell.startswith(_FORMULA_START) and not _NUMBER.match(cell):
        return "'" + cell
    return cell


def _flush_to_disk(path: str) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _file_mode() -> int:
    # mkstemp makes 0600 files; reports get what any new file would (0644 under umask 022).
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
