"""Reading the database: the query commands' library, usable from a notebook.

Every function returns plain rows (:class:`Result`: column names and tuples) built with
SQLAlchemy Core over the views of migration 0002, filters always as bound parameters. Nothing
here prints, and nothing here imports pandas or Alembic, so the query commands start fast.

    >>> engine = open_database("sqlite:///tracker.db")            # doctest: +SKIP
    >>> projects(engine, district="长春", min_investment=parse_amount("1亿")).dicts()  # doctest: +SKIP

Reading is read-only on both databases: SQLite files are opened with ``mode=ro`` and
``PRAGMA query_only``; PostgreSQL work runs in a ``READ ONLY`` transaction. :func:`run_sql` adds
a statement timeout and sends exactly one statement.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import (
    Column,
    Connection,
    Date,
    Engine,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    column,
    event,
    exists,
    inspect,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from tracker.db.engine import MIGRATIONS_DIR, database_url, describe, make_engine
from tracker.errors import DatabaseError, InvalidInput, InvalidSql
from tracker.extract.facts import ISSUE_CATEGORIES, ISSUE_STATUSES, PROJECT_STATUSES

# The oldest schema these queries work on: the one that created the views.
REQUIRED_REVISION = "0002"
# `tracker sql` gives up on a statement after this long.
DEFAULT_SQL_TIMEOUT_S = 30.0

# --- results and how values print ----------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """Rows as returned: ``columns`` names them, each row is a tuple in that order."""

    columns: tuple[str, ...]
    rows: tuple[tuple, ...]
    rowcount: int = -1  # statements that change rows (tracker sql --write)

    def dicts(self) -> list[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


def plain(value) -> str:
    """A value as text for a table or CSV: exact numbers without exponent or trailing zeros,
    ISO dates, empty for NULL.

    >>> plain(Decimal("1500000000.00")), plain(Decimal("15.5000")), plain(1.5e16), plain(None)
    ('1500000000', '15.5', '15000000000000000', '')
    >>> plain(dt.date(2019, 6, 11)), plain(Decimal("5234567.89"))
    ('2019-06-11', '5234567.89')
    """
    if value.__class__ is str:  # most cells: a CSV of 1,000,000 projects asks 17 million times
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        return _decimal_text(Decimal(repr(value)))
    if isinstance(value, Decimal):
        return _decimal_text(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).hex()
    return str(value)


def json_value(value):
    """A value for JSON: integers and strings as they are; every decimal (amounts) as a string
    holding the exact number, never a float; dates ISO."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): json_value(v) for k, v in value.items()}
    return plain(value)


def _decimal_text(number: Decimal) -> str:
    if not number.is_finite():
        return str(number)
    shown = format(number, "f")
    if "." in shown:
        shown = shown.rstrip("0").rstrip(".")
    return "0" if shown in ("-0", "") else shown


# --- opening the database ------------------------------------------------------------------


def open_database(url: str | None = None, *, write: bool = False) -> Engine:
    """An engine on an existing tracker database at a schema these queries understand.

    Never creates anything: a missing file, a database without tracker's tables, one older than
    the views or newer than this code is one :class:`DatabaseError`. Unless ``write``, SQLite is
    opened read-only (``mode=ro`` and ``PRAGMA query_only``).
    """
    raw = database_url(url)
    try:
        parsed = make_url(raw)
    except ArgumentError:
        raise DatabaseError(f"not a database URL: {raw!r}") from None
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        shown = database or ":memory:"
        if database not in ("", ":memory:") and not Path(database).expanduser().is_file():
            raise DatabaseError(f"no tracker database at {database}; run `tracker seed` first")
    engine = make_engine(raw, read_only=not write)
    if engine.dialect.name == "sqlite" and not write:
        event.listen(engine, "connect", _sqlite_query_only)
    try:
        check_schema(engine, shown=shown)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _sqlite_query_only(dbapi_connection, _record) -> None:
    dbapi_connection.execute("PRAGMA query_only=ON")
    # ATTACH would create a file beside the read-only database; nothing read-only needs it.
    dbapi_connection.set_authorizer(_sqlite_authorizer)


def _sqlite_authorizer(action, *_args) -> int:
    import sqlite3

    return sqlite3.SQLITE_DENY if action == sqlite3.SQLITE_ATTACH else sqlite3.SQLITE_OK


def check_schema(engine: Engine, *, shown: str | None = None) -> str:
    """The database's migration, if it is one these queries work on; else a DatabaseError.
    ``shown`` names the database in messages (default: the engine's URL without password)."""
    shown = shown or describe(engine)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                current = None
            else:
                current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except DBAPIError as exc:
        raise DatabaseError(f"cannot open {shown}: {first_line(exc)}") from None
    if current is None:
        raise DatabaseError(f"no tracker database at {shown}; run `tracker seed` first")
    chain = known_revisions()
    if current not in chain:
        raise DatabaseError(
            f"database is at migration {current}, which this version of tracker does not know; "
            "upgrade tracker"
        )
    revision: str | None = current
    while revision is not None and revision != REQUIRED_REVISION:
        revision = chain.get(revision)
    if revision is None:
        raise DatabaseError(
            f"database at {shown} is at migration {current}, older than these queries "
            "need; run `tracker seed` (or `alembic upgrade head`) to upgrade it"
        )
    return current


_REVISION = re.compile(r"^(down_revision|revision)\b[^=\n]*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.M)


def known_revisions() -> dict[str, str | None]:
    """Each migration's revision → its parent, read from migrations/versions without Alembic
    (importing Alembic would double the query commands' start-up)."""
    chain: dict[str, str | None] = {}
    for file in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = {name: value for name, value in _REVISION.findall(file.read_text(encoding="utf-8"))}
        if found.get("revision"):
            chain[found["revision"]] = found.get("down_revision") or None
    return chain


@contextmanager
def reading(engine: Engine, *, timeout_s: float | None = None) -> Iterator[Connection]:
    """A connection in a read-only transaction, rolled back at the end.

    PostgreSQL: ``SET TRANSACTION READ ONLY`` (and ``SET LOCAL statement_timeout``), then a
    first query, so the transaction can no longer be switched to read-write. SQLite: the engine
    from :func:`open_database` is already read-only; a progress handler enforces the timeout.
    """
    with engine.connect() as connection:
        connection.begin()
        dbapi = connection.connection.dbapi_connection
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
            if timeout_s:
                connection.exec_driver_sql(f"SET LOCAL statement_timeout = {int(timeout_s * 1000)}")
            connection.exec_driver_sql("SELECT 1")  # takes the snapshot: read-only is now fixed
        elif connection.dialect.name == "sqlite" and timeout_s:
            deadline = time.monotonic() + timeout_s
            dbapi.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        try:
            yield connection
        finally:
            if connection.dialect.name == "sqlite" and timeout_s:
                dbapi.set_progress_handler(None, 0)
            connection.rollback()


# --- the views (migration 0002) and the few tables read directly ----------------------------

_VIEWS = MetaData()

project_overview = Table(
    "project_overview", _VIEWS,
    Column("project_id", Integer), Column("project_name", String), Column("district_id", Integer),
    Column("district", String), Column("city", String), Column("province", String),
    Column("adcode", String), Column("company", String), Column("sector", String),
    Column("status", String), Column("phase", String), Column("parent_id", Integer),
    Column("total_investment_yuan", Numeric(20, 2)), Column("total_investment_yi", Numeric(24, 4)),
    Column("open_issue_count", Integer), Column("resolved_issue_count", Integer),
    Column("first_reported_on", Date), Column("last_reported_on", Date),
    Column("article_count", Integer),
)

issue_overview = Table(
    "issue_overview", _VIEWS,
    Column("issue_id", Integer), Column("project_id", Integer), Column("project_name", String),
    Column("district_id", Integer), Column("district", String), Column("city", String),
    Column("province", String), Column("adcode", String), Column("company", String),
    Column("category", String), Column("status", String), Column("description", String),
    Column("article_id", Integer), Column("article_title", String),
    Column("article_source", String), Column("reported_on", Date), Column("sentence", String),
)

open_issues = Table("open_issues", _VIEWS, *(Column(c.name, c.type) for c in issue_overview.columns))

district_summary = Table(
    "district_summary", _VIEWS,
    Column("district_id", Integer), Column("district", String), Column("city", String),
    Column("province", String), Column("adcode", String), Column("level", String),
    Column("project_count", Integer), Column("projects_with_total", Integer),
    Column("total_investment_yuan", Numeric(20, 2)), Column("total_investment_yi", Numeric(24, 4)),
    Column("open_issue_count", Integer), Column("resolved_issue_count", Integer),
    Column("article_count", Integer), Column("first_reported_on", Date),
    Column("last_reported_on", Date),
)

project_evidence = Table(
    "project_evidence", _VIEWS,
    Column("project_id", Integer), Column("project_name", String), Column("evidence", String),
    Column("evidence_id", Integer), Column("fact", String), Column("amount_yuan", Numeric(20, 2)),
    Column("as_of", Date), Column("article_id", Integer), Column("article_title", String),
    Column("article_source", String), Column("published_on", Date), Column("sentence", String),
)

VIEWS = (project_overview, issue_overview, open_issues, district_summary, project_evidence)

# Lightweight handles on tables (no ORM import: it costs start-up); names checked by the tests.
project_aliases = table("project_aliases", column("project_id", Integer), column("alias", String))
investments = table(
    "investments", column("id", Integer), column("project_id", Integer), column("kind", String),
    column("amount_yuan", Numeric(20, 2)), column("amount_text", String),
    column("qualifier", String), column("as_of", Date), column("article_id", Integer),
)
project_statuses = table(
    "project_statuses", column("id", Integer), column("project_id", Integer),
    column("status", String), column("as_of", Date), column("article_id", Integer),
)
articles = table(
    "articles", column("id", Integer), column("title", String), column("source", String),
    column("published_on", Date),
)
districts_table = table(
    "districts", column("id", Integer), column("name", String), column("city", String),
    column("province", String), column("adcode", String),
)
TABLES = (project_aliases, investments, project_statuses, articles, districts_table)

# --- filters ------------------------------------------------------------------------------


_AMOUNT = re.compile(
    r"^\s*(?P<number>\d[\d,，]*(?:\.\d+)?)\s*(?P<unit>万亿|亿|千万|百万|万|千)?\s*(?:元|yuan|rmb)?\s*$",
    re.IGNORECASE,
)
_UNITS = {None: 1, "千": 10**3, "万": 10**4, "百万": 10**6, "千万": 10**7, "亿": 10**8, "万亿": 10**12}


def parse_amount(value: str) -> Decimal:
    """An amount of money as exact yuan: ``1亿``, ``1.5亿元``, ``5000万``, ``300000000``.

    Uses the extractor's money parser when it is there, else a small one of its own.

    >>> [plain(parse_amount(v)) for v in ("1亿", "5000万", "300,000,000", "2.5亿元")]
    ['100000000', '50000000', '300000000', '250000000']
    """
    given = (value or "").strip()
    amount = _extractor_amount(given)
    if amount is None:
        match = _AMOUNT.match(given)
        if match:
            number = Decimal(re.sub(r"[,，]", "", match.group("number")))
            amount = number * _UNITS[match.group("unit")]
    if amount is None or amount < 0:
        raise InvalidInput(f"not an amount of money: {value!r} (try 1亿, 5000万 or 300000000)")
    return amount


def _extractor_amount(given: str) -> Decimal | None:
    """The extractor's reading of ``given`` (it also knows 一亿, 五千万, 萬), but only when the
    amount it finds is the whole value: it reads prose, so in ``-5亿`` it would find 5亿."""
    try:
        from tracker.extract.numbers import parse_money
    except ImportError:
        return None
    candidate = given if given.endswith("元") else f"{given}元"
    try:
        money = parse_money(candidate)
    except Exception:  # a filter value may not suit a parser written for prose
        return None
    if money is None or getattr(money, "start", 0) != 0 or getattr(money, "end", len(candidate)) != len(candidate):
        return None
    amount = getattr(money, "amount_yuan", None)
    try:
        return Decimal(amount) if amount is not None else None
    except (InvalidOperation, TypeError, ValueError):
        return None


def _vocabulary(values: Sequence[str] | str | None, allowed: tuple[str, ...], what: str) -> list[str]:
    if values is None:
        return []
    given = [values] if isinstance(values, str) else list(values)
    chosen = []
    for value in given:
        for part in value.split(","):
            part = part.strip().lower().replace("-", "_").replace(" ", "_")
            if not part:
                continue
            if part not in allowed:
                raise InvalidInput(f"unknown {what} {part!r}; use one of: {', '.join(allowed)}")
            chosen.append(part)
    return chosen


def _matching_districts(value: str):
    """The ids of the districts ``value`` names, as a SELECT on districts: an adcode (or its 2-
    or 4-digit province or city prefix), or the name of the district, its city or its province,
    with or without the suffix (长春 matches 长春市)."""
    given = value.strip()
    if not given:
        raise InvalidInput("empty --district")
    d = districts_table
    if given.isdigit():
        matching = d.c.adcode.startswith(given, autoescape=True)
    else:
        names = (d.c.name, d.c.city, d.c.province)
        matching = or_(*(name == given for name in names), *(name.startswith(given, autoescape=True) for name in names))
    return select(d.c.id).where(matching)


def district_filter(view: Table, value: str):
    """Rows whose district is ``value`` (see :func:`_matching_districts`).

    Written as ``district_id IN (the matching districts)``: the database then reads the view's
    rows through the index on district_id, instead of comparing the names on every row (a
    full scan of issues for ``tracker issues --district``).
    """
    return view.c.district_id.in_(_matching_districts(value))


def _project_name_filter(view: Table, value: str):
    """Name or any alias contains ``value`` (case-insensitive, wildcards taken literally)."""
    alias = exists().where(
        project_aliases.c.project_id == view.c.project_id,
        project_aliases.c.alias.icontains(value, autoescape=True),
    )
    return or_(view.c.project_name.icontains(value, autoescape=True), alias)


# --- the queries --------------------------------------------------------------------------

PROJECT_COLUMNS = (
    "project_id", "project_name", "district", "city", "province", "adcode", "sector", "company",
    "status", "phase", "total_investment_yuan", "total_investment_yi", "open_issue_count",
    "resolved_issue_count", "article_count", "first_reported_on", "last_reported_on",
)

# --sort KEY: the columns and direction of each key; ties always by project_id.
PROJECT_SORTS = {
    "investment": [("total_investment_yuan", "desc")],
    "name": [("project_name", "asc")],
    "district": [("adcode", "asc")],
    "status": [("status", "asc")],
    "issues": [("open_issue_count", "desc")],
    "articles": [("article_count", "desc")],
    "first-reported": [("first_reported_on", "asc")],
    "last-reported": [("last_reported_on", "desc")],
    "id": [],
}


def projects(
    engine: Engine,
    *,
    district: str | None = None,
    status: Sequence[str] | str | None = None,
    sector: str | None = None,
    min_investment: Decimal | str | None = None,
    search: str | None = None,
    sort: str = "investment",
    limit: int | None = None,
) -> Result:
    """Projects from project_overview, filtered; by default the largest investments first."""
    view = project_overview
    query = select(*(view.c[name] for name in PROJECT_COLUMNS))
    if district:
        query = query.where(district_filter(view, district))
    statuses = _vocabulary(status, PROJECT_STATUSES, "status")
    if statuses:
        query = query.where(view.c.status.in_(statuses))
    if sector:
        query = query.where(view.c.sector.icontains(sector, autoescape=True))
    if min_investment is not None and min_investment != "":
        amount = min_investment if isinstance(min_investment, Decimal) else parse_amount(str(min_investment))
        query = query.where(view.c.total_investment_yuan >= amount)
    if search:
        query = query.where(_project_name_filter(view, search))
    if sort not in PROJECT_SORTS:
        raise InvalidInput(f"unknown sort {sort!r}; use one of: {', '.join(PROJECT_SORTS)}")
    # Ties by id, written `project_id + 0` after another key: given a bare rowid there, SQLite
    # reads projects through some index in that index's order, hoping to save the sort, and a
    # full read of project_overview then looks up each project's facts in random order (1M
    # projects: 28 s instead of 16 s). The order is the same.
    tie = view.c.project_id + literal_column("0") if PROJECT_SORTS[sort] else view.c.project_id
    query = query.order_by(*_ordering(view, PROJECT_SORTS[sort]), tie)
    if limit is not None:
        if limit < 1:
            raise InvalidInput("--limit must be at least 1")
        query = query.limit(limit)
    return _run(engine, query)


ISSUE_COLUMNS = (
    "issue_id", "reported_on", "district", "city", "province", "adcode", "project_id",
    "project_name", "company", "category", "status", "description", "article_id", "article_title",
)


def issues(
    engine: Engine,
    *,
    status: Sequence[str] | str | None = None,
    category: Sequence[str] | str | None = None,
    district: str | None = None,
    project: str | None = None,
    limit: int | None = None,
) -> Result:
    """Issues from issue_overview, newest report first. ``status`` may also be ``unresolved``
    (open and in_progress); ``project`` is an id or part of a name or alias."""
    view = issue_overview
    query = select(*(view.c[name] for name in ISSUE_COLUMNS))
    wanted = _vocabulary(status, (*ISSUE_STATUSES, "unresolved"), "issue status")
    if "unresolved" in wanted:
        wanted = [s for s in wanted if s != "unresolved"] + ["open", "in_progress"]
    if wanted:
        query = query.where(view.c.status.in_(sorted(set(wanted))))
    categories = _vocabulary(category, ISSUE_CATEGORIES, "issue category")
    if categories:
        query = query.where(view.c.category.in_(categories))
    if district:
        query = query.where(district_filter(view, district))
    if project:
        given = project.strip()
        if given.isdigit():
            query = query.where(view.c.project_id == int(given))
        else:
            query = query.where(_project_name_filter(view, given))
    query = query.order_by(view.c.reported_on.desc().nulls_last(), view.c.issue_id)
    if limit is not None:
        if limit < 1:
            raise InvalidInput("--limit must be at least 1")
        query = query.limit(limit)
    return _run(engine, query)


DISTRICT_COLUMNS = tuple(c.name for c in district_summary.columns)


def districts(engine: Engine, *, district: str | None = None) -> Result:
    """One row per district from district_summary, in adcode order (province, city, district).

    A ``district`` filter is resolved to district ids first (a small query on districts), and
    the view filtered by ``district_id = id``, or ``IN (ids)`` when several match (none: no
    rows). PostgreSQL pushes only an equality with a constant into each of district_summary's
    grouped subqueries (migration 0005); ``IN (SELECT …)`` or ``IN (ids)`` aggregates every
    district first.
    """
    view = district_summary
    query = select(*view.columns).order_by(view.c.adcode, view.c.district_id)
    matching = _matching_districts(district) if district else None
    with reading(engine) as connection:
        if matching is not None:
            ids = connection.execute(matching).scalars().all()
            query = query.where(view.c.district_id == ids[0] if len(ids) == 1 else view.c.district_id.in_(ids))
        return _result(connection.execute(query))


@dataclass(frozen=True)
class ProjectDetail:
    """Everything about one project (tracker show)."""

    project: dict
    aliases: tuple[str, ...]
    investments: Result
    statuses: Result
    issues: Result
    evidence: Result  # every fact with its sentence, article title and date
    sources: list[dict] = field(default_factory=list)  # per article: title, date, sentences


def find_project(engine: Engine, ref: str) -> int:
    """The id of the project ``ref`` names: an id, an exact name or alias, or a part of exactly
    one project's name or alias."""
    given = (ref or "").strip()
    if not given:
        raise InvalidInput("name a project by id or name")
    view = project_overview
    with reading(engine) as connection:
        if given.isdigit():
            found = connection.execute(select(view.c.project_id).where(view.c.project_id == int(given))).scalar()
            if found is None:
                raise InvalidInput(f"no project with id {given}")
            return found
        exact_alias = exists().where(
            project_aliases.c.project_id == view.c.project_id, project_aliases.c.alias == given
        )
        for condition in (view.c.project_name == given, exact_alias, _project_name_filter(view, given)):
            rows = connection.execute(
                select(view.c.project_id, view.c.project_name, view.c.district)
                .where(condition)
                .order_by(view.c.project_id)
            ).all()
            if len(rows) == 1:
                return rows[0].project_id
            if len(rows) > 1:
                shown = "; ".join(f"#{r.project_id} {r.project_name} ({r.district or '?'})" for r in rows[:8])
                more = f" and {len(rows) - 8} more" if len(rows) > 8 else ""
                raise InvalidInput(f"{given!r} matches {len(rows)} projects: {shown}{more}; give the id")
    raise InvalidInput(f"no project named like {given!r}; try `tracker projects --search`")


def project_detail(engine: Engine, ref: str) -> ProjectDetail:
    """The project ``ref`` names (see :func:`find_project`) with its aliases, investments,
    status history, issues and every sentence it was read from."""
    project_id = find_project(engine, ref)
    with reading(engine) as connection:
        overview = connection.execute(
            select(*project_overview.columns).where(project_overview.c.project_id == project_id)
        ).mappings().one()
        aliases = connection.execute(
            select(project_aliases.c.alias)
            .where(project_aliases.c.project_id == project_id)
            .order_by(project_aliases.c.alias)
        ).scalars().all()
        money = _result(connection.execute(
            select(
                investments.c.id.label("investment_id"), investments.c.kind, investments.c.amount_yuan,
                investments.c.amount_text, investments.c.qualifier, investments.c.as_of,
                investments.c.article_id, articles.c.title.label("article_title"),
                articles.c.published_on,
            )
            .join_from(investments, articles, articles.c.id == investments.c.article_id)
            .where(investments.c.project_id == project_id)
            .order_by(investments.c.as_of.asc().nulls_last(), investments.c.id)
        ))
        statuses = _result(connection.execute(
            select(
                project_statuses.c.as_of, project_statuses.c.status, project_statuses.c.article_id,
                articles.c.title.label("article_title"),
            )
            .join_from(project_statuses, articles, articles.c.id == project_statuses.c.article_id)
            .where(project_statuses.c.project_id == project_id)
            .order_by(project_statuses.c.as_of.asc().nulls_first(), project_statuses.c.id)
        ))
        problems = _result(connection.execute(
            select(
                issue_overview.c.issue_id, issue_overview.c.reported_on, issue_overview.c.category,
                issue_overview.c.status, issue_overview.c.description, issue_overview.c.article_id,
            )
            .where(issue_overview.c.project_id == project_id)
            .order_by(issue_overview.c.reported_on.asc().nulls_last(), issue_overview.c.issue_id)
        ))
        evidence = _result(connection.execute(
            select(*project_evidence.columns)
            .where(project_evidence.c.project_id == project_id)
            .order_by(
                project_evidence.c.published_on.asc().nulls_last(), project_evidence.c.article_id,
                project_evidence.c.evidence, project_evidence.c.evidence_id,
            )
        ))
    return ProjectDetail(
        project=dict(overview), aliases=tuple(aliases), investments=money, statuses=statuses,
        issues=problems, evidence=evidence, sources=_sources(evidence),
    )


def _sources(evidence: Result) -> list[dict]:
    by_article: dict[int, dict] = {}
    for row in evidence.dicts():
        entry = by_article.setdefault(row["article_id"], {
            "article_id": row["article_id"], "title": row["article_title"],
            "source": row["article_source"], "published_on": row["published_on"], "sentences": [],
        })
        if row["sentence"] not in entry["sentences"]:
            entry["sentences"].append(row["sentence"])
    return list(by_article.values())


def run_sql(url: str | None, sql: str, *, write: bool = False, timeout_s: float | None = DEFAULT_SQL_TIMEOUT_S) -> Result:
    """Run one SQL statement. Read-only unless ``write``; exactly one statement either way.

    SQLite: opened with ``mode=ro`` and ``PRAGMA query_only``, ``ATTACH`` denied; the driver
    refuses a second statement. PostgreSQL: a ``READ ONLY`` transaction with
    ``statement_timeout``, the statement sent as a prepared statement, which cannot hold two.
    ``COPY`` is refused unless ``write`` (a superuser's COPY TO writes server files even in a
    read-only transaction). Any failure is one InvalidSql line.
    """
    if not sql or not strip_comments(sql).strip():
        raise InvalidInput("no SQL given")
    if not write and re.match(r"\W*copy\b", strip_comments(sql), re.IGNORECASE):
        # PostgreSQL lets a superuser's COPY … TO 'file' write server files even when read-only.
        raise InvalidSql("refused: COPY writes files; add --write if you mean it")
    engine = open_database(url, write=write)
    try:
        if write:
            with engine.connect() as connection:
                connection.begin()
                result = _execute_raw(connection, sql, write=True)
                connection.commit()
                return result
        with reading(engine, timeout_s=timeout_s) as connection:
            return _execute_raw(connection, sql, write=False, timeout_s=timeout_s)
    finally:
        engine.dispose()


def _execute_raw(connection: Connection, sql: str, *, write: bool, timeout_s: float | None = None) -> Result:
    # The driver's own cursor: SQLAlchemy would read ``:name`` and ``%`` in the text as parameters.
    dbapi = connection.connection.dbapi_connection
    cursor = dbapi.cursor()
    try:
        if connection.dialect.name == "postgresql":
            cursor.execute(sql, prepare=True)
        else:
            cursor.execute(sql)
        if cursor.description is None:
            return Result((), (), rowcount=cursor.rowcount)
        columns = tuple(d[0] for d in cursor.description)
        return Result(columns, tuple(tuple(row) for row in cursor.fetchall()), rowcount=cursor.rowcount)
    except Exception as exc:
        if not _is_driver_error(exc):
            raise
        raise InvalidSql(_sql_error_message(exc, write=write, timeout_s=timeout_s)) from None
    finally:
        cursor.close()


def _is_driver_error(exc: Exception) -> bool:
    module = type(exc).__module__ or ""
    return module.startswith(("sqlite3", "psycopg")) or isinstance(exc, SQLAlchemyError)


def _sql_error_message(exc: Exception, *, write: bool, timeout_s: float | None) -> str:
    message = first_line(exc)
    state = getattr(exc, "sqlstate", None)
    if not write and (state == "25006" or "readonly database" in message or "not authorized" in message):
        return f"refused: the database is opened read-only ({message}); add --write to change it"
    if state == "57014" or message == "interrupted":
        limit = f" {timeout_s:g} s" if timeout_s else ""
        return f"the query ran longer than its{limit} limit and was stopped"
    if "one statement at a time" in message or "multiple commands" in message:
        return f"one statement at a time, please ({message})"
    return message


def strip_comments(sql: str) -> str:
    r"""``sql`` without its ``--`` and ``/* */`` comments (quoted text kept as it is), so that a
    ``:name`` written in a comment is not taken for a parameter.

    >>> strip_comments("SELECT '--x' AS a -- :as_of here\nFROM t /* :b */ WHERE c = ':d'")
    "SELECT '--x' AS a \nFROM t  WHERE c = ':d'"
    """
    out: list[str] = []
    i, quote = 0, None
    while i < len(sql):
        char = sql[i]
        if quote:
            out.append(char)
            if char == quote:
                quote = None
            i += 1
        elif char in "'\"":
            quote = char
            out.append(char)
            i += 1
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            i = len(sql) if end < 0 else end
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            i = len(sql) if end < 0 else end + 2
        else:
            out.append(char)
            i += 1
    return "".join(out)


def first_line(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc).strip()
    return message.splitlines()[0].strip() if message else type(exc).__name__


# --- helpers ------------------------------------------------------------------------------


def _ordering(view: Table, keys: list[tuple[str, str]]):
    for name, direction in keys:
        col = view.c[name]
        yield (col.desc() if direction == "desc" else col.asc()).nulls_last()


def _run(engine: Engine, query) -> Result:
    with reading(engine) as connection:
        return _result(connection.execute(query))


def _result(cursor) -> Result:
    return Result(tuple(cursor.keys()), tuple(tuple(row) for row in cursor.all()))


__all__ = [
    "DISTRICT_COLUMNS", "ISSUE_COLUMNS", "PROJECT_COLUMNS", "PROJECT_SORTS", "ProjectDetail",
    "Result", "check_schema", "district_filter", "districts", "find_project", "issues",
    "json_value", "known_revisions", "open_database", "parse_amount", "plain", "project_detail",
    "projects", "reading", "run_sql",
]
