"""One article → its facts. Pure: text and metadata in, facts out, no database."""

from __future__ import annotations

from tracker.extract.facts import ArticleFacts
from tracker.places import article_district
from tracker.text import Article

# Bump when extraction changes what it finds: `tracker seed` then rebuilds every article's facts.
EXTRACTOR_VERSION = "0.1"


def extract_article(article: Article) -> ArticleFacts:
    district = article_district(article.title, article.text)
    return ArticleFacts(district=district)
