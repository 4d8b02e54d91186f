"""Loading: article files → normalised text → facts → rows (the rows: ``tracker.store``).

Idempotent by content hash: an article already loaded by this extractor version is left alone.
An article's rows are written in one transaction (with the articles ready beside it), so a bad
file never leaves half its rows; every write transaction
first takes the database's write lock, so concurrent seeders queue instead of racing to create
the same project twice. When the extractor improves, every article's facts are rebuilt from the
stored raw text in one transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import multiprocessing
import os
import signal
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, delete, func, select, update
from sqlalchemy.exc import IntegrityError

from tracker.db.engine import migrate
from tracker.db.models import (
    Article,
    District,
    DistrictFigure,
    Investment,
    Issue,
    Project,
    ProjectAlias,
    ProjectMention,
    ProjectStatus,
)
from tracker.errors import ArticleError, RebuildError
from tracker.extract.article import EXTRACTOR_VERSION, extract_article
from tracker.extract.facts import ArticleFacts
from tracker.store import Known, district_ids_of, store_article, store_facts
from tracker.text import Article as NormalisedArticle
from tracker.text import normalise, read_article

METADATA_FILE = "metadata.csv"
FACT_TABLES = (ProjectMention, ProjectStatus, Investment, Issue, DistrictFigure)
COUNTED_TABLES = (Article, District, Project, ProjectAlias, ProjectMention, ProjectStatus,
                  Investment, Issue, DistrictFigure)
# Any fixed number: the key of PostgreSQL's advisory lock that serialises writers.
PG_WRITE_LOCK = 7_270_301
# Extraction scales with cores, but storing is one process: more workers than this only wait.
MAX_WORKERS = 4
# Articles stored in one transaction at most, when their facts are ready together.
MAX_BATCH = 50


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # loaded | unchanged | refused
    message: str = ""


@dataclass
class SeedReport:
    """Counts per outcome, and the refused files; not every outcome, so memory stays flat in N."""

    counts: Counter[str] = field(default_factory=Counter)
    refused: list[FileOutcome] = field(default_factory=list)
    rebuilt: int = 0
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def files(self) -> int:
        return sum(self.counts.values())

    def count(self, status: str) -> int:
        return self.counts[status]

    def add(self, outcome: FileOutcome) -> None:
        self.counts[outcome.status] += 1
        if outcome.status == "refused":
            self.refused.append(outcome)


def seed(
    engine: Engine,
    paths: Iterable[str | Path],
    *,
    on_file: Callable[[FileOutcome], None] | None = None,
    workers: int | None = None,
) -> SeedReport:
    """Load article files and folders into the database at ``engine``, bringing it to head first."""
    return seed_files(engine, article_files(paths), on_file=on_file, workers=workers)


def seed_files(
    engine: Engine,
    files: Iterable[tuple[Path, dict]],
    *,
    on_file: Callable[[FileOutcome], None] | None = None,
    workers: int | None = None,
) -> SeedReport:
    """Load (file, metadata) pairs as ``article_files`` yields them, in that order.

    ``workers`` processes extract while this one stores (default: one per CPU; 0 extracts here).
    Rows come out exactly as a load in one process makes them: articles are stored in order.
    """
    migrate(engine)
    report = SeedReport()
    report.rebuilt = rebuild_outdated(engine)
    for outcome in _load_in_order(engine, files, default_workers() if workers is None else workers):
        report.add(outcome)
        if on_file is not None:
            on_file(outcome)
    report.rows = row_counts(engine)
    return report


def default_workers() -> int:
    return min(os.cpu_count() or 1, MAX_WORKERS)


@dataclass(frozen=True)
class _Read:
    """An article file read and found new, waiting for its facts."""

    shown: str
    digest: str
    extracted: Future


def _load_in_order(engine: Engine, files: Iterable[tuple[Path, dict]], workers: int) -> Iterator[FileOutcome]:
    # Reading and the "already loaded?" check stay here, so an unchanged corpus is not
    # re-extracted; a bounded window of articles is in the workers at a time (memory stays flat).
    window: deque[FileOutcome | _Read] = deque()
    known = Known()
    limit = 4 * max(workers, 1)
    with _extractor(workers) as pool:
        for path, metadata in files:
            window.append(_read(engine, path, metadata, pool))
            if len(window) > limit or _ready(window[0]):
                yield from _store_ready(engine, window, known)
        while window:
            yield from _store_ready(engine, window, known)


def _ready(item: FileOutcome | _Read) -> bool:
    return isinstance(item, FileOutcome) or item.extracted.done()


def _store_ready(engine: Engine, window: deque[FileOutcome | _Read], known: Known) -> list[FileOutcome]:
    """Store the first article in the window, and every one after it whose facts are ready.

    They share one transaction (a commit costs as much as storing a small article), so each is
    still all or nothing; their outcomes are reported once it has committed.
    """
    outcomes: list[FileOutcome] = []
    while window and isinstance(window[0], FileOutcome):
        outcomes.append(window.popleft())  # refused or unchanged: nothing to write, no lock to take
    if not window or (outcomes and not _ready(window[0])):
        return outcomes
    stored: list[FileOutcome] = []
    with engine.begin() as connection:
        _lock(connection)
        while window and len(stored) < MAX_BATCH and (not stored or _ready(window[0])):
            item = window.popleft()
            stored.append(item if isinstance(item, FileOutcome) else _store(connection, item, known))
    return outcomes + stored


def _read(engine: Engine, path: Path, metadata: dict | ArticleError, pool) -> FileOutcome | _Read:
    shown = display_path(path)
    try:
        raw = read_article(path)
    except ArticleError as exc:
        return FileOutcome(shown, "refused", str(exc).removeprefix(f"{path}: "))  # the CLI names the file
    digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    if _is_loaded(engine, digest):
        return FileOutcome(shown, "unchanged")
    if isinstance(metadata, ArticleError):
        return FileOutcome(shown, "refused", str(metadata))  # its metadata row cannot be read
    given = {k: v for k, v in metadata.items() if v is not None}
    return _Read(shown, digest, pool.submit(_extract, raw, given))


def _extract(raw: str, metadata: dict) -> tuple[NormalisedArticle, ArticleFacts]:
    article = normalise(raw, **metadata)
    return article, extract_article(article)


def _store(connection: Connection, item: _Read, known: Known) -> FileOutcome:
    try:
        article, facts = item.extracted.result()
    except BrokenExecutor:
        raise  # a worker died (killed, out of memory): the seed stops, nothing of this batch kept
    except Exception as exc:  # the extractor failed on this text: refuse it and load the others
        return FileOutcome(item.shown, "refused", f"the extractor failed on it ({type(exc).__name__}: {exc}); please report it")
    # Asked again under the lock: another seeder, or the same text under another name, may
    # have loaded it since it was read.
    if connection.scalar(select(Article.id).where(Article.content_sha256 == item.digest)) is not None:
        return FileOutcome(item.shown, "unchanged")
    values = dict(
        path=item.shown,
        title=article.title,
        source=article.source,
        published_on=article.published_on,
        script=article.script,
        content_sha256=item.digest,
        raw_text=article.raw_text,
        text=article.text,
        extractor_version=EXTRACTOR_VERSION,
        loaded_at=dt.datetime.now(dt.timezone.utc),
    )
    try:
        with connection.begin_nested():  # this article's rows only: the batch's others stay
            store_article(connection, values, facts, known)
    except IntegrityError as exc:  # facts that break the schema: an extractor bug, not the others' fault
        known.forget()  # it may have cached rows the savepoint took back
        return FileOutcome(item.shown, "refused", f"its facts could not be stored ({exc.orig}); please report it")
    return FileOutcome(item.shown, "loaded")


def _is_loaded(engine: Engine, digest: str) -> bool:
    with engine.connect() as connection:
        return connection.scalar(select(Article.id).where(Article.content_sha256 == digest)) is not None


class _InProcess:
    """The executor interface, run at once in this process."""

    def submit(self, function, *args) -> Future:
        future: Future = Future()
        try:
            future.set_result(function(*args))
        except BaseException as exc:  # re-raised by result(), where a pool's would be
            future.set_exception(exc)
        return future


@contextmanager
def _extractor(workers: int) -> Iterator:
    if workers <= 0:
        yield _InProcess()
        return
    # Forked workers share the parent's gazetteer and converter instead of building their own;
    # warming them first is what makes them shared.
    _extract("繁體", {})
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_exit_with_parent, initargs=(os.getpid(),))
    try:
        yield pool
    finally:
        pool.shutdown(cancel_futures=True)


def _exit_with_parent(parent: int) -> None:
    """A worker ends when the seed that started it does, even when that was killed (SIGKILL):
    otherwise it would wait forever on a queue whose other end it holds itself. Ctrl-C and
    SIGTERM sent to the whole group are the parent's to act on; a worker follows it out."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def article_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, dict | ArticleError]]:
    """Each article file under ``paths`` with its metadata row (from metadata.csv beside it), or
    the error that row gives (the file is then refused; the others still load)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            metadata = read_metadata(path)
            for file in _files_in(path):
                if file.name != METADATA_FILE:
                    yield file, _row(metadata, file.name)
        else:
            yield path, _row(read_metadata(path.parent), path.name)


def _row(metadata: "Metadata", name: str) -> dict | ArticleError:
    try:
        return metadata.get(name, {})
    except ArticleError as exc:
        return exc


def _files_in(folder: Path) -> Iterator[Path]:
    """The files under ``folder`` in path order, hidden ones left out, one folder listed at a
    time (never the whole tree)."""
    with os.scandir(folder) as listing:
        # Linked folders are not followed (as rglob did not): a link back up would never end.
        entries = sorted((e.name, e.is_dir(follow_symlinks=False)) for e in listing if not e.name.startswith("."))
    for name, is_dir in entries:
        if is_dir:
            yield from _files_in(folder / name)
        elif (folder / name).is_file():
            yield folder / name


def read_metadata(folder: Path) -> "Metadata":
    """metadata.csv rows by file name: title, source, published_on (ISO), url; all optional."""
    return Metadata(folder / METADATA_FILE)


class Metadata:
    """A metadata.csv, looked up by file name. Only where each file's row starts is kept, and the
    row is read when its article is: a corpus's metadata is never held whole (at 30,000 rows the
    parsed rows took 42 MiB; the offsets take a few)."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self._starts: dict[str, tuple[int, int]] = {}  # file name -> (offset, line number) of its row
        self._columns: list[str] = []
        if not file.is_file():
            return
        with file.open(encoding="utf-8-sig", newline="") as handle:
            lines = _Lines(handle)
            reader = csv.reader(lines)
            self._columns = [c.strip() for c in next(reader, [])]
            while True:
                lines.start = None  # a row may run over several lines: note where its first begins
                row = next(reader, None)
                if row is None:
                    break
                name = (dict(zip(self._columns, row)).get("file") or "").strip()
                if name and lines.start is not None:
                    self._starts[name] = (lines.start, reader.line_num)

    def get(self, name: str, default: dict | None = None) -> dict:
        """The row for ``name``; ArticleError when the row cannot be read as the header says."""
        found = self._starts.get(name)
        if found is None:
            return {} if default is None else default
        start, line = found
        with self.file.open(encoding="utf-8-sig", newline="") as handle:
            handle.seek(start)
            fields = next(csv.reader(_Lines(handle)))
        where = f"{self.file.name} line {line}"
        if len(fields) > len(self._columns):
            raise ArticleError(f"{where} has {len(fields)} fields for {len(self._columns)} columns (quote a field with a comma)")
        row = dict(zip(self._columns, fields))
        published = (row.get("published_on") or "").strip()
        try:
            published_on = dt.date.fromisoformat(published) if published else None
        except ValueError:
            raise ArticleError(f"{where}: published_on {published[:40]!r} is not a date (YYYY-MM-DD)") from None
        return {
            "title": (row.get("title") or "").strip() or None,
            "source": (row.get("source") or "").strip() or None,
            "published_on": published_on,
        }


class _Lines:
    """A text file's lines for csv.reader, noting where the first line read since ``start`` was
    cleared begins (tell() works between readline() calls, not during iteration)."""

    def __init__(self, handle) -> None:
        self.handle = handle
        self.start: int | None = None

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        position = self.handle.tell()
        line = self.handle.readline()
        if not line:
            raise StopIteration
        if self.start is None:
            self.start = position
        return line


def rebuild_outdated(engine: Engine) -> int:
    """Re-extract every article when any was read by another extractor version.

    All facts and projects are rebuilt in one transaction, in load order, so merged projects come
    out exactly as a fresh load would make them; a crash midway leaves the old facts in place.
    """
    with engine.begin() as connection:
        _lock(connection)
        outdated = connection.scalar(
            select(func.count()).select_from(Article).where(Article.extractor_version != EXTRACTOR_VERSION)
        )
        if not outdated:
            return 0
        for table in (*FACT_TABLES, ProjectAlias):
            connection.execute(delete(table))
        connection.execute(update(Project).values(parent_id=None))
        connection.execute(delete(Project))
        known = Known()
        ids = connection.scalars(select(Article.id).order_by(Article.id)).all()
        # A few at a time, never the whole corpus's text at once.
        for start in range(0, len(ids), MAX_BATCH):
            stored = select(Article.id, Article.path, Article.raw_text, Article.title, Article.source, Article.published_on)
            for article_id, path, raw_text, title, source, published_on in connection.execute(
                stored.where(Article.id.in_(ids[start:start + MAX_BATCH])).order_by(Article.id)
            ).all():
                article = normalise(raw_text, title=title, source=source, published_on=published_on)
                try:
                    facts = extract_article(article)
                except Exception as exc:  # the rollback keeps every old fact; say which article
                    raise RebuildError(
                        f"re-reading {path} with extractor {EXTRACTOR_VERSION} failed ({type(exc).__name__}: {exc}); "
                        "nothing was changed or loaded, the old facts are kept; please report it"
                    ) from exc
                districts = district_ids_of(connection, facts, known)
                connection.execute(update(Article).where(Article.id == article_id).values(
                    text=article.text, extractor_version=EXTRACTOR_VERSION,
                    district_id=districts.get(facts.district.adcode) if facts.district else None,
                ))
                store_facts(connection, article_id, published_on, facts, districts, known)
        return len(ids)


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            model.__tablename__: connection.scalar(select(func.count()).select_from(model)) or 0
            for model in COUNTED_TABLES
        }


def display_path(path: Path) -> str:
    """The path relative to the working directory where possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _lock(connection: Connection) -> None:
    # SQLite already holds the write lock (BEGIN IMMEDIATE in tracker.db.engine).
    if connection.dialect.name == "postgresql":
        connection.execute(select(func.pg_advisory_xact_lock(PG_WRITE_LOCK)))
