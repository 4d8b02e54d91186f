"""Storing: one article's facts → rows, merged into the projects already known.

Plain SQL statements (SQLAlchemy Core), not ORM objects: a project is a small in-memory record
while its article is stored, and each table gets one multi-row statement per article. (Loading
through the ORM spent more time in its unit of work than in extraction.)

Merging is conservative: a fact joins a project of the same district whose name or an alias
names the same project (``tracker.extract.names.same_project``); otherwise it is a new project.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, Select, bindparam, func, insert, select, update
from sqlalchemy.orm import aliased

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
from tracker.extract.article import place_names
from tracker.extract.facts import ArticleFacts, Division, ProjectFact
from tracker.extract.names import comparable, distinctive, same_project

# What a later article may fill in when earlier ones left it unknown.
FILLABLE = ("company", "sector", "phase", "land_area_m2", "land_area_text", "capacity_text",
            "start_on", "planned_completion_on", "progress_text", "revenue_text", "tax_text")


# Built once: constructing a statement costs more than running it on a small article.
_INSERT = {model: insert(model) for model in (ProjectAlias, ProjectMention, ProjectStatus, Investment, Issue, DistrictFigure)}
_INSERT_ARTICLE = insert(Article).returning(Article.id)
_INSERT_PROJECTS = insert(Project).returning(Project.id, sort_by_parameter_order=True)
_UPDATE_PROJECT = update(Project).where(Project.id == bindparam("row_id")).values(
    name=bindparam("new_name"), **{attribute: bindparam(attribute) for attribute in FILLABLE}
)
_SET_PARENT = update(Project).where(Project.id == bindparam("row_id")).values(parent_id=bindparam("parent"))
_SET_STATUS = update(Project).where(Project.id == bindparam("row_id")).values(status=bindparam("latest"))
_FILLABLE_OF = select(*(getattr(Project, attribute) for attribute in FILLABLE)).where(Project.id == bindparam("project_id"))
_DISTRICT_ID = select(District.id).where(District.adcode == bindparam("adcode"))
_INSERT_DISTRICT = insert(District).returning(District.id)


def _in_district(district_id: int | None):
    return Project.district_id == district_id if district_id is not None else Project.district_id.is_(None)


def _state_of(in_district) -> Select:
    # The aliases' own FROM must not be correlated with the outer projects.
    alias_owner = aliased(Project)
    aliases = select(ProjectAlias.id).join(alias_owner).where(in_district(alias_owner)).subquery()
    return select(
        select(func.count(Project.id)).where(in_district(Project)).scalar_subquery(),
        select(func.max(Project.id)).where(in_district(Project)).scalar_subquery(),
        select(func.count(aliases.c.id)).scalar_subquery(),
        select(func.max(aliases.c.id)).scalar_subquery(),
    )


_STATE_OF = {
    False: _state_of(lambda model: model.district_id == bindparam("district")),
    True: _state_of(lambda model: model.district_id.is_(None)),
}


_LATEST_FIRST = func.row_number().over(
    partition_by=ProjectStatus.project_id,
    order_by=(ProjectStatus.as_of.is_(None), ProjectStatus.as_of.desc(), ProjectStatus.id.desc()),
)
_RANKED = (
    select(ProjectStatus.project_id, ProjectStatus.status, _LATEST_FIRST.label("rank"))
    .where(ProjectStatus.project_id.in_(bindparam("project_ids", expanding=True)))
    .subquery()
)
_LATEST_STATUS = select(_RANKED.c.project_id, _RANKED.c.status).where(_RANKED.c.rank == 1)


class Known:
    """What storing keeps between the articles of one run: district ids by adcode, and the
    project spellings of the districts stored into most recently. Those are checked against the
    database (count and last id of the district's projects and aliases) before each use, so
    what another seeder wrote meanwhile is read, never missed. Reading a district's spellings
    anew for every article made loading slow down as districts filled up."""

    def __init__(self, districts_kept: int = 128) -> None:
        self.district_ids: dict[str, int] = {}
        self.districts_kept = districts_kept
        self._projects: OrderedDict[int | None, _DistrictProjects] = OrderedDict()

    def forget(self) -> None:
        """Drop everything kept: after a rollback it may name rows that are gone."""
        self.district_ids.clear()
        self._projects.clear()

    def projects(self, connection: Connection, district_id: int | None, places: tuple[str, ...]) -> _DistrictProjects:
        tracker = self._projects.pop(district_id, None)
        if tracker is None or tracker.state != _district_state(connection, district_id):
            tracker = _DistrictProjects(connection, district_id, places)
        tracker.begin(connection)
        self._projects[district_id] = tracker
        if len(self._projects) > self.districts_kept:
            self._projects.popitem(last=False)
        return tracker


def store_article(connection: Connection, values: dict, facts: ArticleFacts, known: Known) -> int:
    """Insert the ``articles`` row (``values``) and its facts; returns the article's id."""
    districts = district_ids_of(connection, facts, known)
    home = districts.get(facts.district.adcode) if facts.district else None
    article_id = connection.scalar(_INSERT_ARTICLE, {**values, "district_id": home})
    store_facts(connection, article_id, values.get("published_on"), facts, districts, known)
    return article_id


def district_ids_of(connection: Connection, facts: ArticleFacts, known: Known) -> dict[str, int]:
    """The ids of the districts an article's facts name, by adcode (new ones are inserted)."""
    for division in (facts.district, *facts.districts):
        if division is not None and division.adcode not in known.district_ids:
            known.district_ids[division.adcode] = _district_id(connection, division)
    return {d.adcode: known.district_ids[d.adcode] for d in (facts.district, *facts.districts) if d}


def store_facts(
    connection: Connection,
    article_id: int,
    published_on: dt.date | None,
    facts: ArticleFacts,
    districts: dict[str, int],
    known: Known,
) -> None:
    """Store one article's project facts, investments, issues and figures."""
    home = districts.get(facts.district.adcode) if facts.district else None
    divisions = {d.adcode: d for d in (facts.district, *facts.districts) if d}
    trackers: dict[int | None, _DistrictProjects] = {}
    projects: dict[str, _ProjectRow] = {}
    mentions, statuses = [], []
    for fact in facts.projects:
        district = districts.get(fact.district_adcode) if fact.district_adcode else home
        if district not in trackers:
            division = divisions[fact.district_adcode or facts.district.adcode] if district is not None else None
            trackers[district] = known.projects(connection, district, place_names(division))
        tracker = trackers[district]
        # Two projects whose names agree and that extraction kept apart (A村安置点、A村B社安置点,
        # listed side by side) stay apart.
        apart = [r for key, r in projects.items()
                 if r.district_id == district and same_project(key, fact.name, place_names=tracker.places)]
        row = tracker.find(fact, apart) or tracker.new(fact.name)
        row.merge(fact)
        tracker.remember(row)
        projects[fact.key] = row
        for sentence in dict.fromkeys(fact.sentences or (fact.sentence,)):
            mentions.append((row, dict(name=fact.name, sentence=sentence)))
        if fact.status:
            statuses.append((row, dict(
                status=fact.status, as_of=fact.status_as_of or published_on,
                sentence=fact.status_sentence or fact.sentence,
            )))
    _write_projects(connection, list(dict.fromkeys(projects.values())))
    for tracker in trackers.values():
        tracker.settle()
        tracker.state = _district_state(connection, tracker.district_id)
    parents = [
        dict(row_id=projects[fact.key].id, parent=projects[fact.parent_name].id)
        for fact in facts.projects
        if fact.parent_name in projects and projects[fact.parent_name] is not projects[fact.key]
    ]
    _execute_many(connection, _SET_PARENT, parents)

    def rows(pairs: list[tuple[_ProjectRow, dict]]) -> list[dict]:
        return [dict(values, project_id=row.id, article_id=article_id) for row, values in pairs]

    _insert(connection, ProjectMention, rows(mentions))
    _insert(connection, ProjectStatus, rows(statuses))
    _insert(connection, Investment, [
        dict(
            project_id=projects[inv.project_key].id, kind=inv.kind, amount_yuan=inv.amount_yuan,
            amount_text=inv.amount_text, qualifier=inv.qualifier, as_of=inv.as_of or published_on,
            article_id=article_id, sentence=inv.sentence,
        )
        for inv in facts.investments
    ])
    issues = []
    for issue in facts.issues:
        row = projects.get(issue.project_key) if issue.project_key else None
        district = districts.get(issue.district_adcode) if issue.district_adcode else None
        issues.append(dict(
            project_id=row.id if row else None,
            district_id=district or (row.district_id if row else home),
            company=issue.company, description=issue.description, category=issue.category,
            status=issue.status, article_id=article_id, sentence=issue.sentence,
        ))
    _insert(connection, Issue, issues)
    _insert(connection, DistrictFigure, [
        dict(
            district_id=districts.get(figure.district_adcode) if figure.district_adcode else home,
            metric=figure.metric, value=figure.value, unit=figure.unit, value_text=figure.value_text,
            period=figure.period, article_id=article_id, sentence=figure.sentence,
        )
        for figure in facts.figures
    ])
    _refresh_statuses(connection, [row.id for row in projects.values()])


@dataclass(eq=False)
class _ProjectRow:
    """A project as stored, or about to be: its name, aliases and what is known of it."""

    id: int | None
    district_id: int | None
    name: str
    aliases: list[str]
    values: dict = field(default_factory=dict)
    new_aliases: list[str] = field(default_factory=list)
    changed: bool = False

    @property
    def spellings(self) -> list[str]:
        return [self.name, *self.aliases]

    def merge(self, fact: ProjectFact) -> None:
        """Keep the fullest name, every other spelling as an alias, and fill what is still unknown."""
        spellings = [self.name, fact.name, *fact.aliases]
        fullest = max(spellings, key=len)  # the stored name wins a tie
        if fullest != self.name:
            self.name, self.changed = fullest, True
        for spelling in dict.fromkeys(spellings):
            if spelling != fullest and spelling not in self.aliases:
                self.aliases.append(spelling)
                self.new_aliases.append(spelling)
        for attribute in FILLABLE:
            value = getattr(fact, attribute)
            if value is not None and self.values.get(attribute) is None:
                self.values[attribute] = value
                self.changed = True


class _DistrictProjects:
    """One district's projects as one article sees them, for merging its project facts.

    Names and aliases are read once per article with two plain queries, then kept current in
    memory as the article's facts add projects and spellings. An index by two-character pieces
    of each spelling's distinctive part picks the few projects worth comparing, so a fact costs
    the same in a district of ten projects as in one of ten thousand.
    """

    def __init__(self, connection: Connection, district_id: int | None, places: tuple[str, ...]) -> None:
        self.connection = connection
        self.district_id = district_id
        self.places = places
        self.state = _district_state(connection, district_id)
        # Keyed by id for stored projects, by the row for projects this article adds; ranked in
        # id order, new projects last, as they will be numbered.
        self.spellings: dict[int | _ProjectRow, list[str]] = {}
        self.rank: dict[int | _ProjectRow, int] = {}
        self.rows: dict[int, _ProjectRow] = {}
        self.by_spelling: dict[str, set] = defaultdict(set)
        self.by_piece: dict[str, set] = defaultdict(set)
        self.by_opening: dict[str, set] = defaultdict(set)
        in_district = _in_district(district_id)
        stored = connection.execute(select(Project.id, Project.name).where(in_district).order_by(Project.id)).all()
        aliases: dict[int, list[str]] = defaultdict(list)
        if stored:
            query = select(ProjectAlias.project_id, ProjectAlias.alias).join(Project).where(in_district)
            for project_id, alias in connection.execute(query.order_by(ProjectAlias.id)):
                aliases[project_id].append(alias)
        for project_id, name in stored:
            self._add(project_id, [name, *aliases[project_id]])

    def begin(self, connection: Connection) -> None:
        """Start storing an article: the rows' other columns are read afresh when needed."""
        self.connection = connection
        self.rows = {}

    def find(self, fact: ProjectFact, apart: list[_ProjectRow] = ()) -> _ProjectRow | None:
        """The first project, in id order, whose name or an alias names the same project, other
        than those to be kept ``apart`` from it."""
        names = (fact.name, *fact.aliases)
        keys: set = set()
        for name in names:
            keys |= self.by_spelling.get(comparable(name), set())
            if self.district_id is not None:
                core = distinctive(name, self.places)
                keys |= self.by_piece.get(core[:2], set())  # it is the shorter one
                for piece in _pieces(core):  # it is the longer one
                    keys |= self.by_opening.get(piece, set())
        for key in sorted(keys & self.spellings.keys(), key=self.rank.__getitem__):
            known = self.spellings[key]
            if self.district_id is None:
                # Without a district only the very same spelling is safe to merge.
                found = any(comparable(a) == comparable(b) for a in names for b in known)
            else:
                found = any(same_project(a, b, place_names=self.places) for a in names for b in known)
            if found and (row := self._row(key)) not in apart:
                return row
        return None

    def new(self, name: str) -> _ProjectRow:
        return _ProjectRow(None, self.district_id, name, [], changed=True)

    def remember(self, row: _ProjectRow) -> None:
        """Take ``row``'s current name and aliases (after a fact was merged into it)."""
        self._add(row.id if row.id is not None else row, row.spellings)

    def settle(self) -> None:
        """Once the article's new projects have ids, key them by id like the others."""
        for key in [k for k in self.spellings if isinstance(k, _ProjectRow)]:
            self.rank[key.id] = self.rank.pop(key)
            self._add(key.id, self.spellings.pop(key))  # the old key's index entries are skipped by find()

    def _row(self, key: int | _ProjectRow) -> _ProjectRow:
        if isinstance(key, _ProjectRow):
            return key  # added by this article
        project_id = key
        if project_id not in self.rows:
            spellings = self.spellings[key]
            stored = self.connection.execute(_FILLABLE_OF, {"project_id": project_id}).one()
            self.rows[project_id] = _ProjectRow(
                project_id, self.district_id, spellings[0], spellings[1:], dict(zip(FILLABLE, stored))
            )
        return self.rows[project_id]

    def _add(self, key: int | _ProjectRow, spellings: list[str]) -> None:
        # Entries of replaced spellings stay behind; find() checks candidates against the current ones.
        self.rank.setdefault(key, len(self.rank))
        self.spellings[key] = list(spellings)
        for spelling in spellings:
            self.by_spelling[comparable(spelling)].add(key)
            core = distinctive(spelling, self.places)
            self.by_opening[core[:2]].add(key)
            for piece in _pieces(core):
                self.by_piece[piece].add(key)


def _pieces(core: str) -> set[str]:
    """Every two-character piece: one name's core is inside another's only if its first is."""
    return {core[i:i + 2] for i in range(len(core) - 1)}


def _write_projects(connection: Connection, rows: list[_ProjectRow]) -> None:
    """Insert the new projects (numbered in the order the article names them), update the
    changed ones, and add the spellings they were newly reported under."""
    new = [row for row in rows if row.id is None]
    if new:
        ids = connection.scalars(
            _INSERT_PROJECTS,
            [dict(name=row.name, district_id=row.district_id, **{a: row.values.get(a) for a in FILLABLE}) for row in new],
        ).all()
        for row, project_id in zip(new, ids):
            row.id = project_id
    changed = [row for row in rows if row.changed and row not in new]
    _execute_many(
        connection,
        _UPDATE_PROJECT,
        [dict(row_id=row.id, new_name=row.name, **{a: row.values.get(a) for a in FILLABLE}) for row in changed],
    )
    _insert(connection, ProjectAlias, [dict(project_id=row.id, alias=alias) for row in rows for alias in row.new_aliases])
    for row in rows:
        row.new_aliases, row.changed = [], False


def _refresh_statuses(connection: Connection, project_ids: list[int]) -> None:
    """projects.status is the latest observation (undated ones count as oldest)."""
    if not project_ids:
        return
    latest = dict(connection.execute(_LATEST_STATUS, {"project_ids": sorted(set(project_ids))}).all())
    _execute_many(
        connection,
        _SET_STATUS,
        [dict(row_id=project_id, latest=latest.get(project_id)) for project_id in dict.fromkeys(project_ids)],
    )


def _district_state(connection: Connection, district_id: int | None) -> tuple:
    """What changes whenever a project or a spelling is added to the district."""
    return tuple(connection.execute(_STATE_OF[district_id is None], {"district": district_id}).one())


def _district_id(connection: Connection, division: Division) -> int:
    found = connection.scalar(_DISTRICT_ID, {"adcode": division.adcode})
    if found is None:
        found = connection.scalar(_INSERT_DISTRICT, dict(
            adcode=division.adcode, name=division.name, city=division.city,
            province=division.province, level=division.level,
        ))
    return found


def _insert(connection: Connection, model: type, rows: list[dict]) -> None:
    if rows:
        connection.execute(_INSERT[model], rows)


def _execute_many(connection: Connection, statement, rows: list[dict]) -> None:
    if rows:
        connection.execute(statement, rows)
