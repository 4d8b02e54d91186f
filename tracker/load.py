"""Loading: article files → normalised text → facts → rows.

Idempotent by content hash: an article already loaded by this extractor version is left alone.
One transaction per article, so a bad file never leaves half its rows; every write transaction
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
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.orm import Session

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
from tracker.errors import ArticleError
from tracker.extract.article import EXTRACTOR_VERSION, extract_article, place_names
from tracker.extract.facts import ArticleFacts, Division, ProjectFact
from tracker.extract.names import comparable, distinctive, same_project
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
    district_ids: dict[str, int] = {}
    limit = 4 * max(workers, 1)
    with _extractor(workers) as pool:
        for path, metadata in files:
            window.append(_read(engine, path, metadata, pool))
            if len(window) > limit or _ready(window[0]):
                yield from _store_ready(engine, window, district_ids)
        while window:
            yield from _store_ready(engine, window, district_ids)


def _ready(item: FileOutcome | _Read) -> bool:
    return isinstance(item, FileOutcome) or item.extracted.done()


def _store_ready(engine: Engine, window: deque[FileOutcome | _Read], district_ids: dict[str, int]) -> list[FileOutcome]:
    """Store the first article in the window, and every one after it whose facts are ready.

    They share one transaction (a commit costs as much as storing a small article), so each is
    still all or nothing; their outcomes are reported once it has committed.
    """
    outcomes: list[FileOutcome] = []
    with Session(engine) as session, session.begin():
        _lock(session)
        while window and len(outcomes) < MAX_BATCH and (not outcomes or _ready(window[0])):
            item = window.popleft()
            outcomes.append(item if isinstance(item, FileOutcome) else _store(session, item, district_ids))
    return outcomes


def _read(engine: Engine, path: Path, metadata: dict, pool) -> FileOutcome | _Read:
    shown = display_path(path)
    try:
        raw = read_article(path)
    except ArticleError as exc:
        return FileOutcome(shown, "refused", str(exc).removeprefix(f"{path}: "))  # the CLI names the file
    digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    if _is_loaded(engine, digest):
        return FileOutcome(shown, "unchanged")
    given = {k: v for k, v in metadata.items() if v is not None}
    return _Read(shown, digest, pool.submit(_extract, raw, given))


def _extract(raw: str, metadata: dict) -> tuple[NormalisedArticle, ArticleFacts]:
    article = normalise(raw, **metadata)
    return article, extract_article(article)


def _store(session: Session, item: _Read, district_ids: dict[str, int]) -> FileOutcome:
    article, facts = item.extracted.result()
    # Asked again under the lock: another seeder, or the same text under another name, may
    # have loaded it since it was read.
    if session.scalar(select(Article.id).where(Article.content_sha256 == item.digest)) is not None:
        return FileOutcome(item.shown, "unchanged")
    row = Article(
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
    session.add(row)
    _store_facts(session, row, facts, district_ids)
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
    otherwise it would wait forever on a queue whose other end it holds itself."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def article_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, dict]]:
    """Each article file under ``paths`` with its metadata row (from metadata.csv beside it)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            metadata = read_metadata(path)
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if file.name != METADATA_FILE and not any(part.startswith(".") for part in file.relative_to(path).parts):
                    yield file, metadata.get(file.name, {})
        else:
            yield path, read_metadata(path.parent).get(path.name, {})


def read_metadata(folder: Path) -> dict[str, dict]:
    """metadata.csv rows by file name: title, source, published_on (ISO), url; all optional."""
    file = folder / METADATA_FILE
    if not file.is_file():
        return {}
    rows: dict[str, dict] = {}
    with file.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            name = (row.get("file") or "").strip()
            if not name:
                continue
            published = (row.get("published_on") or "").strip()
            rows[name] = {
                "title": (row.get("title") or "").strip() or None,
                "source": (row.get("source") or "").strip() or None,
                "published_on": dt.date.fromisoformat(published) if published else None,
            }
    return rows


def rebuild_outdated(engine: Engine) -> int:
    """Re-extract every article when any was read by another extractor version.

    All facts and projects are rebuilt in one transaction, in load order, so merged projects come
    out exactly as a fresh load would make them; a crash midway leaves the old facts in place.
    """
    with Session(engine) as session, session.begin():
        _lock(session)
        outdated = session.scalar(
            select(func.count()).select_from(Article).where(Article.extractor_version != EXTRACTOR_VERSION)
        )
        if not outdated:
            return 0
        for table in (*FACT_TABLES, ProjectAlias):
            session.execute(delete(table))
        session.execute(Project.__table__.update().values(parent_id=None))
        session.execute(delete(Project))
        district_ids: dict[str, int] = {}
        ids = session.scalars(select(Article.id).order_by(Article.id)).all()
        # A few at a time, never the whole corpus's text at once.
        for start in range(0, len(ids), MAX_BATCH):
            chunk = ids[start:start + MAX_BATCH]
            for row in session.scalars(select(Article).where(Article.id.in_(chunk)).order_by(Article.id)):
                article = normalise(row.raw_text, title=row.title, source=row.source, published_on=row.published_on)
                row.text = article.text
                row.extractor_version = EXTRACTOR_VERSION
                _store_facts(session, row, extract_article(article), district_ids)
            session.flush()
            session.expunge_all()
        return len(ids)


def row_counts(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in COUNTED_TABLES
        }


def display_path(path: Path) -> str:
    """The path relative to the working directory where possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _lock(session: Session) -> None:
    # SQLite already holds the write lock (BEGIN IMMEDIATE in tracker.db.engine).
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(PG_WRITE_LOCK)))


def _store_facts(session: Session, article: Article, facts: ArticleFacts, district_ids: dict[str, int]) -> None:
    """Store one article's facts; ``district_ids`` caches district ids by adcode across articles."""
    divisions = {d.adcode: d for d in (facts.district, *facts.districts) if d}
    districts = {adcode: _district_id(session, division, district_ids) for adcode, division in divisions.items()}
    home = districts.get(facts.district.adcode) if facts.district else None
    article.district_id = home
    session.flush()

    projects: dict[str, Project] = {}
    known: dict[int | None, _DistrictProjects] = {}
    mentions: list[tuple[Project, dict]] = []
    statuses: list[tuple[Project, dict]] = []
    # Everything the loop compares is in memory (see _DistrictProjects), so nothing needs
    # flushing before each fact: flushing row by row was most of the time loading took.
    with session.no_autoflush:
        for fact in facts.projects:
            district = districts.get(fact.district_adcode) if fact.district_adcode else home
            if district not in known:
                division = divisions[fact.district_adcode or facts.district.adcode] if district else None
                known[district] = _DistrictProjects(session, district, place_names(division))
            found = known[district].find(fact)
            project = found[0] if found else Project(name=fact.name, district_id=district)
            if not found:
                session.add(project)
            known[district].remember(project, _merge_into(session, project, fact, found[1] if found else [fact.name]))
            projects[fact.key] = project
            for sentence in dict.fromkeys(fact.sentences or (fact.sentence,)):
                mentions.append((project, dict(name=fact.name, sentence=sentence)))
            if fact.status:
                statuses.append((project, dict(
                    status=fact.status, as_of=fact.status_as_of or article.published_on,
                    sentence=fact.status_sentence or fact.sentence,
                )))
    session.flush()  # projects get their ids
    for fact in facts.projects:
        if fact.parent_name:
            parent = projects.get(fact.parent_name)
            if parent is not None and parent is not projects[fact.key]:
                projects[fact.key].parent_id = parent.id

    # The facts' own rows need nothing from the ORM: one multi-row INSERT per table, in the
    # order the facts come (so ids are numbered as before), costs a fraction of an object each.
    def rows(pairs: list[tuple[Project, dict]]) -> list[dict]:
        return [dict(values, project_id=project.id, article_id=article.id) for project, values in pairs]

    _insert(session, ProjectMention, rows(mentions))
    _insert(session, ProjectStatus, rows(statuses))
    _insert(session, Investment, [
        dict(
            project_id=projects[inv.project_key].id, kind=inv.kind, amount_yuan=inv.amount_yuan,
            amount_text=inv.amount_text, qualifier=inv.qualifier, as_of=inv.as_of or article.published_on,
            article_id=article.id, sentence=inv.sentence,
        )
        for inv in facts.investments
    ])
    issues = []
    for issue in facts.issues:
        project = projects.get(issue.project_key) if issue.project_key else None
        district = districts.get(issue.district_adcode) if issue.district_adcode else None
        issues.append(dict(
            project_id=project.id if project else None,
            district_id=district or (project.district_id if project else home),
            company=issue.company, description=issue.description, category=issue.category,
            status=issue.status, article_id=article.id, sentence=issue.sentence,
        ))
    _insert(session, Issue, issues)
    _insert(session, DistrictFigure, [
        dict(
            district_id=districts.get(figure.district_adcode) if figure.district_adcode else home,
            metric=figure.metric, value=figure.value, unit=figure.unit, value_text=figure.value_text,
            period=figure.period, article_id=article.id, sentence=figure.sentence,
        )
        for figure in facts.figures
    ])
    _refresh_statuses(session, projects.values())


def _insert(session: Session, model: type, rows: list[dict]) -> None:
    if rows:
        session.execute(insert(model.__table__), rows)


def _district_id(session: Session, division: Division, known: dict[str, int]) -> int:
    if division.adcode not in known:
        found = session.scalar(select(District.id).where(District.adcode == division.adcode))
        if found is None:
            found = session.scalar(insert(District).returning(District.id), dict(
                adcode=division.adcode, name=division.name, city=division.city,
                province=division.province, level=division.level,
            ))
        known[division.adcode] = found
    return known[division.adcode]


class _DistrictProjects:
    """One district's projects as one article sees them, for merging its project facts.

    Names and aliases are read once per article with two plain queries, then kept current in
    memory as the article's facts add projects and spellings. (Reading them again for every
    fact, as objects with lazily loaded aliases, flushed and queried once per project per fact:
    loading slowed down as districts filled up.) An index by two-character pieces of each
    spelling's distinctive part picks the few projects worth comparing, so a fact costs the same
    in a district of ten projects as in one of ten thousand.
    """

    def __init__(self, session: Session, district_id: int | None, places: tuple[str, ...]) -> None:
        self.session = session
        self.district = district_id
        self.places = places
        # Keyed by id for stored projects, by the object for projects this article adds; ranked
        # in id order, new projects last, as they will be numbered.
        self.spellings: dict[int | Project, list[str]] = {}
        self.rank: dict[int | Project, int] = {}
        self.by_spelling: dict[str, set] = defaultdict(set)
        self.by_piece: dict[str, set] = defaultdict(set)
        self.by_opening: dict[str, set] = defaultdict(set)
        in_district = Project.district_id == district_id if district_id is not None else Project.district_id.is_(None)
        stored = session.execute(select(Project.id, Project.name).where(in_district).order_by(Project.id)).all()
        aliases: dict[int, list[str]] = defaultdict(list)
        if stored:
            query = select(ProjectAlias.project_id, ProjectAlias.alias).join(Project).where(in_district)
            for project_id, alias in session.execute(query):
                aliases[project_id].append(alias)
        for project_id, name in stored:
            self._add(project_id, [name, *aliases[project_id]])

    def find(self, fact: ProjectFact) -> tuple[Project, list[str]] | None:
        """The first project, in id order, whose name or an alias names the same project, and its spellings."""
        names = (fact.name, *fact.aliases)
        keys: set = set()
        for name in names:
            keys |= self.by_spelling.get(comparable(name), set())
            if self.district is not None:
                core = distinctive(name, self.places)
                keys |= self.by_piece.get(core[:2], set())  # it is the shorter one
                for piece in _pieces(core):  # it is the longer one
                    keys |= self.by_opening.get(piece, set())
        for key in sorted(keys, key=self.rank.__getitem__):
            known = self.spellings[key]
            if self.district is None:
                # Without a district only the very same spelling is safe to merge.
                found = any(comparable(a) == comparable(b) for a in names for b in known)
            else:
                found = any(same_project(a, b, place_names=self.places) for a in names for b in known)
            if found:
                return (self.session.get(Project, key) if isinstance(key, int) else key), known
        return None

    def remember(self, project: Project, spellings: list[str]) -> None:
        """Take ``project``'s current name and aliases (after a fact was merged into it)."""
        self._add(project.id if project.id is not None else project, spellings)

    def _add(self, key: int | Project, spellings: list[str]) -> None:
        # Entries of replaced spellings stay behind; find() checks candidates against the current ones.
        self.rank.setdefault(key, len(self.rank))
        self.spellings[key] = spellings
        for spelling in spellings:
            self.by_spelling[comparable(spelling)].add(key)
            core = distinctive(spelling, self.places)
            self.by_opening[core[:2]].add(key)
            for piece in _pieces(core):
                self.by_piece[piece].add(key)


def _pieces(core: str) -> set[str]:
    """Every two-character piece: one name's core is inside another's only if its first is."""
    return {core[i:i + 2] for i in range(len(core) - 1)}


def _merge_into(session: Session, project: Project, fact: ProjectFact, spellings: list[str]) -> list[str]:
    """Keep the fullest name, every other spelling as an alias, and fill what is still unknown.

    ``spellings`` are the project's name and aliases as stored (read once per article, so the
    aliases are never loaded project by project); returns them as they are now.
    """
    name, *aliases = spellings
    fullest = max([name, fact.name, *fact.aliases], key=len)
    project.name = fullest
    for spelling in dict.fromkeys([name, fact.name, *fact.aliases]):
        if spelling != fullest and spelling not in aliases:
            session.add(ProjectAlias(project=project, alias=spelling))
            aliases.append(spelling)
    for attribute in ("company", "sector", "phase", "land_area_m2", "land_area_text", "capacity_text",
                      "start_on", "planned_completion_on", "progress_text", "revenue_text", "tax_text"):
        value = getattr(fact, attribute)
        if value is not None and getattr(project, attribute) is None:
            setattr(project, attribute, value)
    return [fullest, *aliases]


def _refresh_statuses(session: Session, projects: Iterable[Project]) -> None:
    """projects.status is the latest observation (undated ones count as oldest).

    One query for all the article's projects instead of one per project.
    """
    by_id = {project.id: project for project in projects}
    if not by_id:
        return
    latest_first = func.row_number().over(
        partition_by=ProjectStatus.project_id,
        order_by=(ProjectStatus.as_of.is_(None), ProjectStatus.as_of.desc(), ProjectStatus.id.desc()),
    )
    ranked = (
        select(ProjectStatus.project_id, ProjectStatus.status, latest_first.label("rank"))
        .where(ProjectStatus.project_id.in_(by_id))
        .subquery()
    )
    latest = dict(session.execute(select(ranked.c.project_id, ranked.c.status).where(ranked.c.rank == 1)).all())
    for project_id, project in by_id.items():
        project.status = latest.get(project_id)
