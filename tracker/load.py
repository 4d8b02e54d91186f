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
from collections.abc import Callable, Iterable, Iterator
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
from tracker.extract.names import comparable, same_project
from tracker.text import normalise, read_article

METADATA_FILE = "metadata.csv"
FACT_TABLES = (ProjectMention, ProjectStatus, Investment, Issue, DistrictFigure)
COUNTED_TABLES = (Article, District, Project, ProjectAlias, ProjectMention, ProjectStatus,
                  Investment, Issue, DistrictFigure)
# Any fixed number: the key of PostgreSQL's advisory lock that serialises writers.
PG_WRITE_LOCK = 7_270_301


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # loaded | unchanged | refused
    message: str = ""


@dataclass
class SeedReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    rebuilt: int = 0
    rows: dict[str, int] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def refused(self) -> list[FileOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == "refused"]


def seed(
    engine: Engine,
    paths: Iterable[str | Path],
    *,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> SeedReport:
    """Load article files and folders into the database at ``engine``, bringing it to head first."""
    return seed_files(engine, list(article_files(paths)), on_file=on_file)


def seed_files(
    engine: Engine,
    files: list[tuple[Path, dict]],
    *,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> SeedReport:
    """Load (file, metadata) pairs as listed by ``article_files``."""
    migrate(engine)
    report = SeedReport()
    report.rebuilt = rebuild_outdated(engine)
    for path, metadata in files:
        outcome = load_file(engine, path, metadata)
        report.outcomes.append(outcome)
        if on_file is not None:
            on_file(outcome)
    report.rows = row_counts(engine)
    return report


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


def load_file(engine: Engine, path: Path, metadata: dict) -> FileOutcome:
    """Read, normalise, extract and store one article; never raises for a bad file."""
    shown = display_path(path)
    try:
        raw = read_article(path)
    except ArticleError as exc:
        return FileOutcome(shown, "refused", str(exc).removeprefix(f"{path}: "))  # the CLI names the file
    digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    with Session(engine) as session, session.begin():
        _lock(session)
        if session.scalar(select(Article.id).where(Article.content_sha256 == digest)) is not None:
            return FileOutcome(shown, "unchanged")
        article = normalise(raw, **{k: v for k, v in metadata.items() if v is not None})
        facts = extract_article(article)
        row = Article(
            path=shown,
            title=article.title,
            source=article.source,
            published_on=article.published_on,
            script=article.script,
            content_sha256=digest,
            raw_text=article.raw_text,
            text=article.text,
            extractor_version=EXTRACTOR_VERSION,
            loaded_at=dt.datetime.now(dt.timezone.utc),
        )
        session.add(row)
        _store_facts(session, row, facts)
    return FileOutcome(shown, "loaded")


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
        articles = session.scalars(select(Article).order_by(Article.id)).all()
        for row in articles:
            article = normalise(row.raw_text, title=row.title, source=row.source, published_on=row.published_on)
            row.text = article.text
            row.extractor_version = EXTRACTOR_VERSION
            _store_facts(session, row, extract_article(article))
        return len(articles)


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


def _store_facts(session: Session, article: Article, facts: ArticleFacts) -> None:
    districts = {d.adcode: _district(session, d) for d in (facts.district, *facts.districts) if d}
    home = districts.get(facts.district.adcode) if facts.district else None
    article.district = home
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
            key = district.id if district is not None else None
            if key not in known:
                known[key] = _DistrictProjects(session, district)
            project = known[key].find(fact) or _new_project(session, fact, district)
            _merge_into(project, fact)
            known[key].remember(project)
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

    def district_id(district: District | None) -> int | None:
        return district.id if district is not None else None

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
            district_id=district_id(district or (project.district if project else home)),
            company=issue.company, description=issue.description, category=issue.category,
            status=issue.status, article_id=article.id, sentence=issue.sentence,
        ))
    _insert(session, Issue, issues)
    _insert(session, DistrictFigure, [
        dict(
            district_id=district_id(districts.get(figure.district_adcode) if figure.district_adcode else home),
            metric=figure.metric, value=figure.value, unit=figure.unit, value_text=figure.value_text,
            period=figure.period, article_id=article.id, sentence=figure.sentence,
        )
        for figure in facts.figures
    ])
    _refresh_statuses(session, projects.values())


def _insert(session: Session, model: type, rows: list[dict]) -> None:
    if rows:
        session.execute(insert(model.__table__), rows)


def _district(session: Session, division: Division) -> District:
    row = session.scalar(select(District).where(District.adcode == division.adcode))
    if row is None:
        row = District(
            adcode=division.adcode, name=division.name, city=division.city,
            province=division.province, level=division.level,
        )
        session.add(row)
    return row


class _DistrictProjects:
    """One district's projects as one article sees them, for merging its project facts.

    Names and aliases are read once per article with two plain queries, then kept current in
    memory as the article's facts add projects and spellings. (Reading them again for every
    fact, as objects with lazily loaded aliases, flushed and queried once per project per fact:
    loading slowed down as districts filled up.)
    """

    def __init__(self, session: Session, district: District | None) -> None:
        self.session = session
        self.district = district
        self.places = place_names(district)
        in_district = Project.district_id == district.id if district is not None else Project.district_id.is_(None)
        # Keyed by id for stored projects, by the object for projects this article adds; in id
        # order, new projects last, as they will be numbered.
        self.spellings: dict[int | Project, list[str]] = {
            project_id: [name]
            for project_id, name in session.execute(select(Project.id, Project.name).where(in_district).order_by(Project.id))
        }
        if self.spellings:
            aliases = select(ProjectAlias.project_id, ProjectAlias.alias).join(Project).where(in_district)
            for project_id, alias in session.execute(aliases):
                self.spellings[project_id].append(alias)

    def find(self, fact: ProjectFact) -> Project | None:
        """The first project, in id order, whose name or an alias names the same project."""
        names = (fact.name, *fact.aliases)
        for key, known in self.spellings.items():
            if self.district is None:
                # Without a district only the very same spelling is safe to merge.
                found = any(comparable(a) == comparable(b) for a in names for b in known)
            else:
                found = any(same_project(a, b, place_names=self.places) for a in names for b in known)
            if found:
                return self.session.get(Project, key) if isinstance(key, int) else key
        return None

    def remember(self, project: Project) -> None:
        """Take ``project``'s current name and aliases (after a fact was merged into it)."""
        key = project.id if project.id is not None else project
        self.spellings[key] = [project.name, *(a.alias for a in project.aliases)]


def _new_project(session: Session, fact: ProjectFact, district: District | None) -> Project:
    project = Project(name=fact.name, district=district)
    session.add(project)
    return project


def _merge_into(project: Project, fact: ProjectFact) -> None:
    """Keep the fullest name, every other spelling as an alias, and fill what is still unknown."""
    spellings = [project.name, fact.name, *fact.aliases]
    fullest = max(spellings, key=len)
    project.name = fullest
    known = {a.alias for a in project.aliases}
    for spelling in dict.fromkeys(spellings):
        if spelling != fullest and spelling not in known:
            project.aliases.append(ProjectAlias(alias=spelling))
            known.add(spelling)
    project.aliases = [a for a in project.aliases if a.alias != fullest]
    for attribute in ("company", "sector", "phase", "land_area_m2", "land_area_text", "capacity_text",
                      "start_on", "planned_completion_on", "progress_text", "revenue_text", "tax_text"):
        value = getattr(fact, attribute)
        if value is not None and getattr(project, attribute) is None:
            setattr(project, attribute, value)


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
