"""Extraction quality against hand-written gold, with floors raised as the extractor improves.

The seeds are the examples the extractor was written beside; tests/corpus holds articles of the
genre it was never tuned on (other provinces and years), which is the honest measure.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, SEEDS
from tracker.db.engine import make_engine
from tracker.evaluate import evaluate
from tracker.load import seed

# fact type -> (precision floor, recall floor)
SEED_FLOORS = {
    "districts": (1.0, 1.0),
    "projects": (0.85, 0.88),
    "investments": (0.95, 0.9),
    "issues": (0.8, 0.95),
    "figures": (0.9, 0.95),
}
UNSEEN_FLOORS = {
    "districts": (0.75, 0.4),
    "projects": (0.6, 0.65),
    "investments": (0.55, 0.6),
    "issues": (0.6, 0.25),
    "figures": (0.9, 0.9),
}


@pytest.mark.parametrize(
    ("articles", "gold", "floors"),
    [(SEEDS, "seeds.json", SEED_FLOORS), (ROOT / "tests" / "corpus", "unseen.json", UNSEEN_FLOORS)],
    ids=["seeds", "unseen"],
)
def test_extraction_meets_its_floors(sqlite_url, articles, gold, floors):
    engine = make_engine(sqlite_url)
    seed(engine, [articles])
    report = evaluate(engine, ROOT / "tests" / "gold" / gold)
    engine.dispose()
    assert not report.missing_articles
    for fact, (precision, recall) in floors.items():
        score = report.scores[fact]
        assert score.precision >= precision, (fact, score.precision, score.false_positives[:10])
        assert score.recall >= recall, (fact, score.recall, score.misses[:10])


def test_investment_amounts_are_exact_for_found_projects(sqlite_url):
    engine = make_engine(sqlite_url)
    seed(engine, [SEEDS])
    report = evaluate(engine, ROOT / "tests" / "gold" / "seeds.json")
    engine.dispose()
    assert report.investment_exactness >= 0.95
