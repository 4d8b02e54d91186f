"""Compare a seeded database with a hand-written gold file (format: tests/gold/FORMAT.md).

Per fact type it counts what the gold has, what the database has for the same articles, and what
agrees; precision and recall follow, with the misses and false positives listed so a user can see
what to fix. Articles are matched by file name, projects by any of their spellings.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from tracker.db.models import Article, DistrictFigure, Investment, Issue, Project, ProjectMention
from tracker.errors import InvalidInput
from tracker.extract.names import comparable
from tracker.places import in_force
from tracker.text import strip_pinyin

FACT_TYPES = ("districts", "projects", "investments", "issues", "figures")
_SUFFIX = re.compile(r"(?:建设项目|项目|工程)$")


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    agreed_gold: int = 0  # gold facts found
    agreed_predicted: int = 0  # predicted facts that are in the gold
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.agreed_predicted / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.agreed_gold / self.gold if self.gold else 1.0


@dataclass
class EvalReport:
    articles: int = 0
    missing_articles: list[str] = field(default_factory=list)
    scores: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in FACT_TYPES})
    # Of the found projects that have an investment in the gold, how many got it exactly.
    investments_exact: int = 0
    investments_comparable: int = 0
    statuses_right: int = 0
    statuses_comparable: int = 0
    status_misses: list[str] = field(default_factory=list)

    @property
    def investment_exactness(self) -> float:
        return self.investments_exact / self.investments_comparable if self.investments_comparable else 1.0

    @property
    def status_accuracy(self) -> float:
        return self.statuses_right / self.statuses_comparable if self.statuses_comparable else 1.0


def load_gold(path: str | Path) -> list[dict]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        articles = data["articles"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(f"{path}: not a gold file ({exc})") from None
    return articles


def evaluate(engine: Engine, gold_path: str | Path) -> EvalReport:
    report = EvalReport()
    with Session(engine) as session:
        by_file = {Path(a.path).name: a for a in session.scalars(select(Article))}
        for gold in load_gold(gold_path):
            article = by_file.get(gold["file"])
            if article is None:
                report.missing_articles.append(gold["file"])
                continue
            report.articles += 1
            _score_article(session, article, gold, report)
    return report


def _key(name: str) -> str:
    return _SUFFIX.sub("", comparable(name))


def _amount(value) -> Decimal | None:
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _score_article(session: Session, article: Article, gold: dict, report: EvalReport) -> None:
    label = gold["file"]
    scores = report.scores

    district = scores["districts"]
    district.gold += 1 if gold.get("district") else 0
    predicted_code = article.district.adcode if article.district else None
    district.predicted += 1 if predicted_code else 0
    # A code no longer in force (淮阳县 411626) means the unit that carries it on (淮阳区 411603):
    # the districts table holds units in force, so a report on 淮阳县 is filed under 淮阳区.
    if predicted_code and predicted_code == in_force(gold.get("district") or ""):
        district.agreed_gold += 1
        district.agreed_predicted += 1
    else:
        if gold.get("district"):
            district.misses.append(f"{label}: district {gold['district']}")
        if predicted_code:
            district.false_positives.append(f"{label}: district {predicted_code}")

    # Projects read from this article, with every spelling they carry.
    mentions = session.execute(
        select(ProjectMention.project_id, ProjectMention.name).where(ProjectMention.article_id == article.id)
    ).all()
    spellings: dict[int, set[str]] = {}
    for project_id, name in mentions:
        spellings.setdefault(project_id, set()).add(_key(name))
    projects = {p.id: p for p in session.scalars(select(Project).where(Project.id.in_(spellings)))}
    for project in projects.values():
        spellings[project.id] |= {_key(project.name), *(_key(a.alias) for a in project.aliases)}

    matched: dict[int, int] = {}  # gold index -> project id
    for index, gold_project in enumerate(gold.get("projects", [])):
        keys = {_key(n) for n in (gold_project["name"], *gold_project.get("aliases", []))}
        for project_id, names in spellings.items():
            if project_id not in matched.values() and keys & names:
                matched[index] = project_id
                break
    score = scores["projects"]
    score.gold += len(gold.get("projects", []))
    score.predicted += len(spellings)
    score.agreed_gold += len(matched)
    score.agreed_predicted += len(matched)
    for index, gold_project in enumerate(gold.get("projects", [])):
        if index not in matched:
            score.misses.append(f"{label}: {gold_project['name']}")
    for project_id in set(spellings) - set(matched.values()):
        score.false_positives.append(f"{label}: {projects[project_id].name}")

    for index, project_id in matched.items():
        wanted = gold["projects"][index].get("status")
        if wanted:
            report.statuses_comparable += 1
            if projects[project_id].status == wanted:
                report.statuses_right += 1
            else:
                report.status_misses.append(
                    f"{label}: {gold['projects'][index]['name']} is {wanted}, found {projects[project_id].status}"
                )

    # Investments: (project, amount) pairs of this article.
    predicted = Counter(
        (row.project_id, row.amount_yuan)
        for row in session.scalars(select(Investment).where(Investment.article_id == article.id))
    )
    wanted = Counter()
    for index, gold_project in enumerate(gold.get("projects", [])):
        for investment in gold_project.get("investments", []):
            wanted[(matched.get(index, -1 - index), _amount(investment["amount_yuan"]))] += 1
    _score_multiset(scores["investments"], label, wanted, predicted, _describe_investment(projects, gold))
    for index, project_id in matched.items():
        gold_amounts = {_amount(i["amount_yuan"]) for i in gold["projects"][index].get("investments", [])}
        if gold_amounts:
            report.investments_comparable += 1
            found = {amount for (pid, amount) in predicted if pid == project_id}
            if gold_amounts == found:
                report.investments_exact += 1

    # Issues: a gold issue is found when a predicted issue's sentence holds its evidence.
    issues = list(session.scalars(select(Issue).where(Issue.article_id == article.id)))
    score = scores["issues"]
    score.gold += len(gold.get("issues", []))
    score.predicted += len(issues)
    used: set[int] = set()
    for gold_issue in gold.get("issues", []):
        # Evidence copied from the article as written may keep its pinyin readings; the stored
        # sentence, like every normalised one, has none.
        evidence = comparable(strip_pinyin(gold_issue.get("evidence", "")))
        hit = next(
            (i for i in issues if i.id not in used and evidence and evidence in comparable(i.sentence)
             and (not gold_issue.get("category") or i.category == gold_issue["category"] or
                  evidence in comparable(i.description))),
            None,
        )
        if hit is None:
            score.misses.append(f"{label}: {gold_issue.get('evidence')} ({gold_issue.get('category')})")
        else:
            used.add(hit.id)
            score.agreed_gold += 1
    score.agreed_predicted += len(used)
    score.false_positives += [f"{label}: {i.description} ({i.category})" for i in issues if i.id not in used]

    # Figures: by value and unit.
    figures = Counter(
        (row.value.normalize(), row.unit)
        for row in session.scalars(select(DistrictFigure).where(DistrictFigure.article_id == article.id))
    )
    wanted = Counter((_amount(f["value"]).normalize(), f["unit"]) for f in gold.get("figures", []))
    _score_multiset(scores["figures"], label, wanted, figures, lambda key: f"{key[0]:f}{key[1]}")


def _score_multiset(score: Score, label: str, wanted: Counter, predicted: Counter, describe) -> None:
    agreed = wanted & predicted
    score.gold += sum(wanted.values())
    score.predicted += sum(predicted.values())
    score.agreed_gold += sum(agreed.values())
    score.agreed_predicted += sum(agreed.values())
    score.misses += [f"{label}: {describe(key)}" for key in (wanted - predicted).elements()]
    score.false_positives += [f"{label}: {describe(key)}" for key in (predicted - wanted).elements()]


def _describe_investment(projects: dict[int, Project], gold: dict):
    def describe(key) -> str:
        project_id, amount = key
        if project_id in projects:
            name = projects[project_id].name
        else:
            name = gold["projects"][-1 - project_id]["name"] if project_id < 0 else str(project_id)
        return f"{name} {amount}元"

    return describe
