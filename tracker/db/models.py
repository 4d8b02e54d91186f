"""The schema: the contract analysts write SQL against.

Plain, stable names; money as exact ``Numeric``; dates as dates; vocabularies as CHECK-constrained
strings (portable across SQLite and PostgreSQL); constraint names from a naming convention so
Alembic batch migrations work on SQLite; an index on every foreign key and on what people filter by.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from tracker.extract.facts import (
    DISTRICT_LEVELS,
    INVESTMENT_KINDS,
    ISSUE_CATEGORIES,
    ISSUE_STATUSES,
    PROJECT_STATUSES,
    SCRIPTS,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Exact money: up to 10^18 yuan with fen. Figures also hold counts and percentages.
Money = Numeric(20, 2)
FigureValue = Numeric(24, 4)
Area = Numeric(16, 2)


def one_of(column: str, values: tuple[str, ...], *, nullable: bool = False) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    check = f"{column} IN ({quoted})"
    return f"{column} IS NULL OR {check}" if nullable else check


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Article(Base):
    """One news report, as read and as normalised."""

    __tablename__ = "articles"
    __table_args__ = (CheckConstraint(one_of("script", SCRIPTS), name="script"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(String(1000), comment="file as given, relative where possible")
    title: Mapped[str | None] = mapped_column(String(500), comment="headline in Simplified Chinese")
    source: Mapped[str | None] = mapped_column(String(200), comment="publisher")
    published_on: Mapped[dt.date | None] = mapped_column(
        Date, index=True, comment="publication date; relative dates resolve against it"
    )
    script: Mapped[str] = mapped_column(String(16), comment="simplified | traditional (as written)")
    content_sha256: Mapped[str] = mapped_column(
        String(64), unique=True, comment="SHA-256 of the normalised text: one row per article"
    )
    raw_text: Mapped[str] = mapped_column(Text, comment="the text as read")
    text: Mapped[str] = mapped_column(Text, comment="normalised Simplified text that facts quote")
    district_id: Mapped[int | None] = mapped_column(
        ForeignKey("districts.id"), index=True, comment="the district the article reports on"
    )
    extractor_version: Mapped[str] = mapped_column(
        String(32), comment="extractor that produced this article's facts; a newer one re-reads it"
    )
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), comment="when it was read")

    district: Mapped[District | None] = relationship()


class District(Base):
    """A county-level unit or prefecture-level city, from the gazetteer."""

    __tablename__ = "districts"
    __table_args__ = (CheckConstraint(one_of("level", DISTRICT_LEVELS), name="level"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), index=True, comment="official name, e.g. 朝阳区")
    city: Mapped[str | None] = mapped_column(
        String(100), index=True, comment="prefecture-level city; null at city level and in municipalities"
    )
    province: Mapped[str] = mapped_column(String(100), index=True, comment="province, region or municipality")
    level: Mapped[str] = mapped_column(String(16), comment=" | ".join(DISTRICT_LEVELS))
    adcode: Mapped[str] = mapped_column(String(6), unique=True, comment="GB/T 2260 code")


class Project(Base):
    """One real project, merged across the articles and spellings that report it."""

    __tablename__ = "projects"
    __table_args__ = (
        CheckConstraint(one_of("status", PROJECT_STATUSES, nullable=True), name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True, comment="fullest proper name")
    district_id: Mapped[int | None] = mapped_column(
        ForeignKey("districts.id"), index=True, comment="where it is built; null when no article says"
    )
    company: Mapped[str | None] = mapped_column(String(300), index=True, comment="the enterprise behind it")
    sector: Mapped[str | None] = mapped_column(String(100), index=True, comment="industry, from the sector words")
    status: Mapped[str | None] = mapped_column(
        String(32), index=True, comment="latest observation in project_statuses: " + " | ".join(PROJECT_STATUSES)
    )
    phase: Mapped[str | None] = mapped_column(String(32), comment="一期, 二期 …")
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("projects.id", ondelete="SET NULL"), index=True, comment="the park a phase belongs to"
    )
    land_area_m2: Mapped[Decimal | None] = mapped_column(Area, comment="land in m²; 1亩 = 10000/15 m²")
    land_area_text: Mapped[str | None] = mapped_column(String(100), comment="land as written, e.g. 占地120亩")
    capacity_text: Mapped[str | None] = mapped_column(String(200), comment="capacity as written, e.g. 年产2万台")
    start_on: Mapped[dt.date | None] = mapped_column(Date, comment="construction start, when stated")
    planned_completion_on: Mapped[dt.date | None] = mapped_column(Date, comment="planned completion, when stated")
    progress_text: Mapped[str | None] = mapped_column(String(500), comment="progress as written")
    revenue_text: Mapped[str | None] = mapped_column(String(200), comment="forecast revenue, as written")
    tax_text: Mapped[str | None] = mapped_column(String(200), comment="forecast tax, as written")

    district: Mapped[District | None] = relationship()
    aliases: Mapped[list[ProjectAlias]] = relationship(
        back_populates="project", cascade="all, delete-orphan"
    )


class ProjectAlias(Base):
    """Every other spelling a project was reported under."""

    __tablename__ = "project_aliases"
    __table_args__ = (UniqueConstraint("project_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(300), index=True, comment="another name, e.g. a short form")

    project: Mapped[Project] = relationship(back_populates="aliases")


class ProjectMention(Base):
    """Where a project was read: one row per article and sentence."""

    __tablename__ = "project_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300), comment="the name as this article wrote it")
    sentence: Mapped[str] = mapped_column(Text, comment="the sentence it was read from")

    project: Mapped[Project] = relationship()


class ProjectStatus(Base):
    """One article's stage word for a project: status is a history, not a conflict."""

    __tablename__ = "project_statuses"
    __table_args__ = (CheckConstraint(one_of("status", PROJECT_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(32), index=True, comment=" | ".join(PROJECT_STATUSES))
    as_of: Mapped[dt.date | None] = mapped_column(Date, index=True, comment="the article's publication date")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    sentence: Mapped[str] = mapped_column(Text, comment="the sentence it was read from")

    project: Mapped[Project] = relationship()


class Investment(Base):
    """An amount of money tied to one project, exact in yuan."""

    __tablename__ = "investments"
    __table_args__ = (CheckConstraint(one_of("kind", INVESTMENT_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32), index=True, comment=" | ".join(INVESTMENT_KINDS))
    amount_yuan: Mapped[Decimal] = mapped_column(Money, index=True, comment="exact amount in yuan")
    amount_text: Mapped[str] = mapped_column(String(100), comment="as written, e.g. 近300亿元")
    qualifier: Mapped[str | None] = mapped_column(String(16), comment="近, 约, 以上, 余, 多 …")
    as_of: Mapped[dt.date | None] = mapped_column(Date, index=True, comment="the article's publication date")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    sentence: Mapped[str] = mapped_column(Text, comment="the sentence it was read from")

    project: Mapped[Project] = relationship()


class Issue(Base):
    """A concrete problem blocking a project or enterprise."""

    __tablename__ = "issues"
    __table_args__ = (
        CheckConstraint(one_of("category", ISSUE_CATEGORIES), name="category"),
        CheckConstraint(one_of("status", ISSUE_STATUSES), name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("projects.id", ondelete="SET NULL"), index=True, comment="the project it blocks, when named"
    )
    district_id: Mapped[int | None] = mapped_column(
        ForeignKey("districts.id"), index=True, comment="the article's district"
    )
    company: Mapped[str | None] = mapped_column(String(300), comment="the enterprise, when no project")
    description: Mapped[str] = mapped_column(String(1000), comment="the problem, from its clause")
    category: Mapped[str] = mapped_column(String(32), index=True, comment=" | ".join(ISSUE_CATEGORIES))
    status: Mapped[str] = mapped_column(String(16), index=True, comment=" | ".join(ISSUE_STATUSES))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    sentence: Mapped[str] = mapped_column(Text, comment="the sentence it was read from")

    project: Mapped[Project | None] = relationship()
    district: Mapped[District | None] = relationship()


class DistrictFigure(Base):
    """An aggregate number an article reports for a district."""

    __tablename__ = "district_figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    district_id: Mapped[int | None] = mapped_column(
        ForeignKey("districts.id"), index=True, comment="the article's district"
    )
    metric: Mapped[str] = mapped_column(String(200), index=True, comment="what is counted or summed")
    value: Mapped[Decimal] = mapped_column(FigureValue, comment="exact, in unit")
    unit: Mapped[str] = mapped_column(String(16), comment="个, 家, 件, 元, % …; money in 元")
    value_text: Mapped[str | None] = mapped_column(String(100), comment="as written")
    period: Mapped[str | None] = mapped_column(String(64), index=True, comment="as written, e.g. 1-5月")
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    sentence: Mapped[str] = mapped_column(Text, comment="the sentence it was read from")

    district: Mapped[District | None] = relationship()


Index("ix_projects_district_id_status", Project.district_id, Project.status)


def _describe_keys_and_tables() -> None:
    """Every table and column carries a comment (PostgreSQL shows them in \\d+ and in BI tools).

    Table comments are the class docstrings; keys are described by what they point at.
    """
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        table.comment = mapper.class_.__doc__
        for column in table.columns:
            if column.comment:
                continue
            if column.primary_key:
                column.comment = "row id"
            elif column.foreign_keys:
                target = next(iter(column.foreign_keys)).target_fullname
                column.comment = f"references {target}"


_describe_keys_and_tables()
