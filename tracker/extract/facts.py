"""What extraction hands to loading: frozen dataclasses that keep their source.

Each fact carries the parsed value (``Decimal``, ``date``), the original text it was read from
and the sentence. "Not found" is ``None``. Nothing here touches a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

# Vocabularies shared by extraction, the schema's CHECK constraints and the docs.
PROJECT_STATUSES = ("planned", "signed", "under_construction", "completed", "operating", "tracking")
INVESTMENT_KINDS = ("total", "completed", "annual_plan", "registered", "attracted", "other")
ISSUE_CATEGORIES = (
    "land",
    "planning",
    "permit",
    "power",
    "water_sewage_heat",
    "road",
    "funding",
    "site_selection",
    "other",
)
ISSUE_STATUSES = ("open", "in_progress", "resolved")
DISTRICT_LEVELS = ("province", "city", "district", "county", "county_city")
SCRIPTS = ("simplified", "traditional")


@dataclass(frozen=True)
class Sentence:
    """A sentence of the normalised text, with its character offsets in that text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Money:
    """An amount of money, exact in yuan. ``qualifier`` is 近/约/以上/余/多/超 … or None."""

    amount_yuan: Decimal
    text: str
    qualifier: str | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Quantity:
    """A measured quantity: ``unit`` is normalised (m2, mu, km2, percent, or a count/capacity unit
    such as 套, 台, 个). ``value_m2`` is set for land areas."""

    value: Decimal
    unit: str
    text: str
    qualifier: str | None = None
    value_m2: Decimal | None = None
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class DateMention:
    """A date read from text. ``on`` is the resolved day (None when it cannot be resolved, e.g.
    a relative date in an undated article); ``until`` ends a range (``1-5月``)."""

    text: str
    on: dt.date | None
    until: dt.date | None = None
    precision: str = "day"  # day | month | part_of_month | quarter | year | part_of_year
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Division:
    """A county- or prefecture-level administrative division from the gazetteer."""

    adcode: str
    name: str
    city: str | None
    province: str
    level: str


@dataclass(frozen=True)
class ProjectFact:
    """One project as one article reports it. ``key`` joins its investments, statuses and
    issues within the article (it is the name as extracted)."""

    name: str
    sentence: str
    aliases: tuple[str, ...] = ()
    district_adcode: str | None = None
    company: str | None = None
    sector: str | None = None
    status: str | None = None
    status_sentence: str | None = None
    status_as_of: dt.date | None = None
    phase: str | None = None
    parent_name: str | None = None
    land_area_m2: Decimal | None = None
    land_area_text: str | None = None
    capacity_text: str | None = None
    start_on: dt.date | None = None
    planned_completion_on: dt.date | None = None
    progress_text: str | None = None
    revenue_text: str | None = None
    tax_text: str | None = None
    sentences: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return self.name


@dataclass(frozen=True)
class InvestmentFact:
    project_key: str
    kind: str
    amount_yuan: Decimal
    amount_text: str
    sentence: str
    qualifier: str | None = None
    as_of: dt.date | None = None


@dataclass(frozen=True)
class IssueFact:
    description: str
    category: str
    status: str
    sentence: str
    project_key: str | None = None
    company: str | None = None
    district_adcode: str | None = None


@dataclass(frozen=True)
class FigureFact:
    """An aggregate number for a district: ``metric`` says what it measures in a few words
    (e.g. 签约重大项目, 走访企业, 已解决问题, 完成投资), ``unit`` is 个/家/件/元/% …, money in 元."""

    metric: str
    value: Decimal
    unit: str
    sentence: str
    period: str | None = None
    value_text: str | None = None
    district_adcode: str | None = None


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extraction found in one article."""

    district: Division | None
    projects: tuple[ProjectFact, ...] = ()
    investments: tuple[InvestmentFact, ...] = ()
    issues: tuple[IssueFact, ...] = ()
    figures: tuple[FigureFact, ...] = ()
    districts: tuple[Division, ...] = field(default=())
