"""One article → its facts. Pure: text and metadata in, facts out, no database."""

from __future__ import annotations

import re

from tracker.extract.facts import ArticleFacts, Division
from tracker.extract.figures import extract_figures
from tracker.extract.issues import extract_issues
from tracker.extract.projects import extract_projects
from tracker.places import article_district
from tracker.text import Article, split_sentences

# Bump when extraction changes what it finds: `tracker seed` then rebuilds every article's facts.
EXTRACTOR_VERSION = "1.84"


def extract_article(article: Article) -> ArticleFacts:
    """Everything the article reports: its district, projects, investments, issues and figures."""
    district = article_district(article.title, article.text, article.source)
    adcode = district.adcode if district else None
    sentences = split_sentences(article.text)
    mentions = extract_projects(sentences, article.published_on, place_names(district), adcode)
    return ArticleFacts(
        district=district,
        projects=mentions.projects,
        investments=mentions.investments,
        issues=tuple(extract_issues(sentences, mentions, adcode)),
        figures=tuple(extract_figures(sentences, article.published_on, _project_ends(sentences, mentions))),
    )


def _project_ends(sentences, mentions) -> dict[int, list[int]]:
    """Where each project named on its own ends, per sentence; and where a list ends that only a
    bare count closes (包括A、B、C3项): the count is the list's, no figure."""
    return {
        index: [c.end for c, _ in found if c.name and (
            c.group is None or _BARE_COUNT.fullmatch(sentences[index].text, c.end, c.group_end or c.end))]
        for index, found in mentions.candidates.items()
    }


_BARE_COUNT = re.compile(r"[\d一二两三四五六七八九十]+项")


def place_names(district: Division | None) -> tuple[str, ...]:
    """How names may spell the district: 宽城区, 宽城, 长春市, 长春 (a ``districts`` row works too)."""
    if district is None:
        return ()
    names = {district.name, district.city or ""}
    names |= {n[:-1] for n in list(names) if len(n) > 2 and n[-1] in "区县市"}
    return tuple(sorted(n for n in names if n))
