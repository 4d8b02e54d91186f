"""Extraction quality against hand-written gold, with floors raised as the extractor improves.

The seeds are the examples the extractor was written beside. tests/corpus to corpus118 hold
articles of the genre from other provinces and years; each was first measured before any rule
looked at it (the honest numbers are in the README), and the rules have learned from their misses
since, so a fresh held-out set is the only honest measure of what comes next.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from tests.conftest import ROOT, SEEDS
from tracker.db.engine import make_engine
from tracker.evaluate import evaluate
from tracker.load import seed

# fact type -> (precision floor, recall floor), a little under today's scores
SEED_FLOORS = {
    "districts": (1.0, 1.0),
    "projects": (0.85, 0.9),
    "investments": (0.95, 0.9),
    "issues": (0.95, 0.95),
    "figures": (0.9, 0.95),
}
UNSEEN_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.8, 0.88),
    "investments": (0.9, 0.9),
    "issues": (0.95, 0.8),
    "figures": (0.9, 0.9),
}
# The second held-out set (15 real articles, 13 provinces). Its first measurement, before any
# rule looked at it, is in the README; the rules have since learned from its misses too.
UNSEEN2_FLOORS = {
    "districts": (0.9, 0.8),
    "projects": (0.95, 0.9),
    "investments": (0.9, 0.75),
    "issues": (0.6, 0.6),
    "figures": (0.75, 0.9),
}

# The third held-out set (12 real articles, 9 provinces new to the tests).
UNSEEN3_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.7, 0.7),
    "investments": (0.65, 0.55),
    # 1.30: 清水池土建工程 is no name (a bare 工程), so the problem told of it has no owner: one issue fewer.
    "issues": (0.25, 0.65),
    "figures": (0.9, 0.85),
}

UNSEEN4_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.85, 0.78),
    "investments": (0.95, 0.6),
    "issues": (0.95, 0.95),
    "figures": (0.88, 0.78),
}
UNSEEN5_FLOORS = {
    "districts": (0.85, 0.8),
    "projects": (0.75, 0.62),
    "investments": (0.6, 0.45),
    "issues": (0.6, 0.45),
    "figures": (0.8, 0.88),
}
# The sixth held-out set (12 real articles, 11 provinces; short pages, 5 Traditional).
UNSEEN6_FLOORS = {
    "districts": (0.9, 0.9),
    "projects": (0.95, 0.9),
    "investments": (0.95, 0.75),
    "issues": (0.95, 0.45),
    "figures": (0.88, 0.88),
}
# The seventh (12 real articles, 11 provinces; four lists of many projects, four about problems).
UNSEEN7_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.7, 0.75),
    "investments": (0.95, 0.6),
    "issues": (0.8, 0.8),
    "figures": (0.72, 0.8),
}
# The eighth (10 real articles, 9 provinces, 6 Traditional).
UNSEEN8_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.88, 0.72),
    "investments": (0.95, 0.95),
    "issues": (0.95, 0.45),
    "figures": (0.8, 0.85),
}
# The ninth (10 real articles, 9 provinces; four about problems).
UNSEEN9_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.72, 0.7),
    "investments": (0.95, 0.95),
    "issues": (0.95, 0.65),
    "figures": (0.85, 0.9),
}

# The tenth (12 real articles, 11 provinces, 4 Traditional) and eleventh (12, 10 provinces, 7
# about problems), first measured at extractor 1.14.
UNSEEN10_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.85, 0.8),
    "investments": (0.95, 0.6),
    "issues": (0.95, 0.45),
    "figures": (0.75, 0.95),
}
UNSEEN11_FLOORS = {
    "districts": (0.9, 0.8),
    "projects": (0.75, 0.78),
    "investments": (0.88, 0.88),
    "issues": (0.85, 0.6),
    "figures": (0.85, 0.88),
}

# The twelfth (12 real articles, 10 provinces, 6 Traditional), first measured at extractor 1.18.
UNSEEN12_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.9, 0.8),
    "investments": (0.88, 0.75),
    "issues": (0.95, 0.8),
    "figures": (0.75, 0.75),
}

# The thirteenth (12 real articles, 11 provinces, 4 Traditional), first measured at extractor 1.19.
UNSEEN13_FLOORS = {
    "districts": (0.95, 0.8),
    "projects": (0.85, 0.8),
    "investments": (0.95, 0.7),
    "issues": (0.75, 0.6),
    "figures": (0.9, 0.8),
}

# The fourteenth (12 real articles, 10 provinces, 6 Traditional), first measured at extractor 1.20.
UNSEEN14_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.65, 0.72),
    "investments": (0.95, 0.85),
    "issues": (0.6, 0.45),
    "figures": (0.75, 0.9),
}

# The fifteenth (12 real articles, 10 provinces, 4 Traditional), first measured at extractor 1.21.
UNSEEN15_FLOORS = {
    "districts": (0.9, 0.8),
    "projects": (0.8, 0.75),
    "investments": (0.95, 0.55),
    "issues": (0.45, 0.55),
    "figures": (0.7, 0.9),
}

# The sixteenth (12 real articles, 9 provinces, 3 Traditional), first measured at extractor 1.22.
UNSEEN16_FLOORS = {
    "districts": (0.8, 0.8),
    "projects": (0.8, 0.68),
    "investments": (0.8, 0.7),
    "issues": (0.2, 0.25),
    "figures": (0.65, 0.9),
}

# The seventeenth (10 real articles, 10 provinces, 4 Traditional), first measured at extractor 1.23.
UNSEEN17_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.8, 0.9),
    "investments": (0.75, 0.75),
    "issues": (0.85, 0.85),
    "figures": (0.85, 0.95),  # 1.68 reads a 36-project list's count a second time
}

# The eighteenth (10 real articles, 8 provinces, 3 Traditional), measured once at extractor 1.24;
# no rule has learned from it yet.
UNSEEN18_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.7, 0.68),
    "investments": (0.8, 0.7),
    "issues": (0.7, 0.4),
    "figures": (0.8, 0.85),
}

# corpus19 and corpus20: first measured at extractor 1.25 (the floors are those numbers, less a margin).
UNSEEN19_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.65, 0.6),
    "investments": (0.95, 0.95),
    "issues": (0.45, 0.1),
    "figures": (0.9, 0.75),
}
UNSEEN20_FLOORS = {
    "districts": (0.85, 0.65),
    "projects": (0.5, 0.55),
    "investments": (0.95, 0.7),
    "issues": (0.25, 0.25),
    "figures": (0.85, 0.9),
}

# corpus21 and corpus22: first measured at extractor 1.26.
UNSEEN21_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.75, 0.75),
    "investments": (0.95, 0.6),
    "issues": (0.1, 0.1),
    "figures": (0.65, 0.9),
}
UNSEEN22_FLOORS = {
    "districts": (0.95, 0.65),
    "projects": (0.6, 0.7),
    "investments": (0.0, 0.0),
    "issues": (0.25, 0.35),
    "figures": (0.85, 0.95),
}

# corpus23 and corpus24: first measured at extractor 1.27.
UNSEEN23_FLOORS = {
    "districts": (0.85, 0.65),
    "projects": (0.8, 0.6),
    "investments": (0.5, 0.75),
    "issues": (0.45, 0.35),
    "figures": (0.9, 0.85),
}
UNSEEN24_FLOORS = {
    "districts": (0.85, 0.65),
    "projects": (0.7, 0.5),
    "investments": (0.6, 0.5),
    "issues": (0.95, 0.2),
    "figures": (0.9, 0.75),
}

# corpus25 and corpus26: first measured at extractor 1.29.
UNSEEN25_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.6, 0.75),
    "investments": (0.65, 0.65),
    "issues": (0.4, 0.55),
    "figures": (0.8, 0.85),
}
UNSEEN26_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.7, 0.65),
    "investments": (0.8, 0.5),
    "issues": (0.95, 0.1),
    "figures": (0.75, 0.65),
}

# corpus27 and corpus28: first measured at extractor 1.30.
UNSEEN27_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.75, 0.7),
    "investments": (0.95, 0.5),
    "issues": (0.2, 0.2),  # 1.68 also finds 土地指标不足, which the gold does not count
    "figures": (0.8, 0.8),
}
UNSEEN28_FLOORS = {
    "districts": (0.7, 0.55),
    "projects": (0.65, 0.6),
    "investments": (0.9, 0.65),
    "issues": (0.4, 0.35),
    "figures": (0.9, 0.8),
}

# corpus29 and corpus30: first measured at extractor 1.31, and not learned from.
UNSEEN29_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.5, 0.7),
    "investments": (0.95, 0.55),
    "issues": (0.3, 0.3),
    "figures": (0.85, 0.75),
}
UNSEEN30_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.45, 0.6),
    "investments": (0.7, 0.7),
    "issues": (0.6, 0.2),
    "figures": (0.7, 0.9),
}

# corpus31 and corpus32: first measured at extractor 1.36.
UNSEEN31_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.8, 0.7),
    "investments": (0.75, 0.5),
    "issues": (0.45, 0.15),
    "figures": (0.8, 0.85),
}
UNSEEN32_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.55, 0.65),
    "investments": (0.95, 0.15),
    "issues": (0.0, 0.0),
    "figures": (0.75, 0.95),
}

# corpus33 and corpus34: first measured at extractor 1.38.
UNSEEN33_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.8, 0.6),
    "investments": (0.95, 0.8),
    "issues": (0.3, 0.15),
    "figures": (0.75, 0.85),
}

UNSEEN34_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.45, 0.7),
    "investments": (0.35, 0.4),
    "issues": (0.2, 0.15),
    "figures": (0.8, 0.8),
}

# corpus35 and corpus36: first measured at extractor 1.43.
UNSEEN35_FLOORS = {
    "districts": (0.85, 0.75),
    "projects": (0.65, 0.7),
    "investments": (0.55, 0.95),
    "issues": (0.2, 0.1),
    "figures": (0.95, 0.5),
}
UNSEEN36_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.5, 0.6),
    "investments": (0.7, 0.55),
    "issues": (0.45, 0.95),
    "figures": (0.8, 0.8),
}

# corpus37 and corpus38: first measured at extractor 1.45, the last of session 7.
UNSEEN37_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.55, 0.7),
    "investments": (0.45, 0.3),
    "issues": (0.15, 0.15),  # 1.68 files 杆线搬迁 as power from the sentence before the gold's
    "figures": (0.8, 0.85),
}
UNSEEN38_FLOORS = {
    "districts": (0.95, 0.75),
    "projects": (0.6, 0.7),
    "investments": (0.0, 0.0),
    "issues": (0.6, 0.45),
    "figures": (0.85, 0.85),
}

# corpus39 and corpus40: first measured at extractor 1.46.
UNSEEN39_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.5, 0.65),
    "investments": (0.15, 0.95),
    "issues": (0.55, 0.3),
    "figures": (0.85, 0.7),
}
UNSEEN40_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.55, 0.8),
    "investments": (0.6, 0.6),
    "issues": (0.45, 0.6),
    "figures": (0.9, 0.85),
}

# corpus41 and corpus42: built beside 39 and 40 but kept unread until extractor 1.47 had learned
# from those two, then measured once.
UNSEEN41_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.45, 0.2),
    "investments": (0.0, 0.0),
    # 1.48: its firm list is read (24 firms, not one false 平地)), so 土地制约明显, a problem of
    # the district that 1.47 had pinned on that one false project, has no owner and is no issue.
    "issues": (0.55, 0.15),
    "figures": (0.75, 0.7),
}
UNSEEN42_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.5, 0.65),
    "investments": (0.45, 0.2),
    "issues": (0.2, 0.45),
    "figures": (0.9, 0.8),
}

# corpus43 and corpus44: first measured at extractor 1.48.
UNSEEN43_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.6, 0.55),
    "investments": (0.95, 0.55),
    "issues": (0.55, 0.4),
    "figures": (0.7, 0.9),
}
UNSEEN44_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.65, 0.45),
    "investments": (0.95, 0.95),
    "issues": (0.6, 0.45),
    "figures": (0.9, 0.7),
}

# corpus45 and corpus46: first measured at extractor 1.49.
UNSEEN45_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.4, 0.4),
    "investments": (0.0, 0.0),
    "issues": (0.45, 0.25),
    "figures": (0.8, 0.8),
}
UNSEEN46_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.55, 0.75),
    "investments": (0.0, 0.0),
    "issues": (0.0, 0.0),
    "figures": (0.75, 0.75),
}

# corpus47 and corpus48: first measured at extractor 1.50.
UNSEEN47_FLOORS = {
    "districts": (0.75, 0.75),
    "projects": (0.5, 0.8),
    "investments": (0.45, 0.2),
    "issues": (0.45, 0.15),
    "figures": (0.85, 0.8),
}
UNSEEN48_FLOORS = {
    "districts": (0.95, 0.75),
    "projects": (0.75, 0.75),
    "investments": (0.7, 0.7),
    "issues": (0.25, 0.25),
    "figures": (0.8, 0.9),
}

# corpus49 and corpus50: measured once at extractor 1.51, the last of session 8, and not learned from.
UNSEEN49_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.45, 0.6),
    "investments": (0.75, 0.55),
    "issues": (0.0, 0.0),
    "figures": (0.85, 0.8),
}
UNSEEN50_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.7, 0.7),
    "investments": (0.95, 0.8),
    "issues": (0.75, 0.65),
    "figures": (0.9, 0.85),
}

# corpus51 and corpus52: measured once at extractor 1.51, on arrival in session 9.
UNSEEN51_FLOORS = {
    "districts": (0.85, 0.75),
    "projects": (0.85, 0.8),
    "investments": (0.65, 0.95),
    "issues": (0.55, 0.45),
    "figures": (0.75, 0.9),
}
UNSEEN52_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.55, 0.65),
    "investments": (0.45, 0.15),
    "issues": (0.6, 0.2),
    "figures": (0.75, 0.85),
}

# corpus53 and corpus54: measured once at extractor 1.52, which had learned from 49 to 52.
UNSEEN53_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.55, 0.45),
    "investments": (0.45, 0.2),
    "issues": (0.6, 0.3),
    "figures": (0.85, 0.75),
}
UNSEEN54_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.65, 0.55),
    "investments": (0.85, 0.55),
    "issues": (0.35, 0.15),
    "figures": (0.85, 0.8),
}

# corpus55 and corpus56: measured once at extractor 1.53, the last of session 9, and not learned from.
UNSEEN55_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.75, 0.8),
    "investments": (0.55, 0.7),
    "issues": (0.45, 0.2),
    "figures": (0.8, 0.65),
}
UNSEEN56_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.6, 0.65),
    "investments": (0.7, 0.35),
    "issues": (0.0, 0.0),
    "figures": (0.85, 0.95),
}
UNSEEN57_FLOORS = {
    "districts": (0.85, 0.65),
    "projects": (0.75, 0.8),
    "investments": (0.65, 0.7),
    "issues": (0.45, 0.3),
    "figures": (0.5, 0.5),
}
UNSEEN58_FLOORS = {
    "districts": (0.95, 0.65),
    "projects": (0.45, 0.4),
    "investments": (0.7, 0.55),
    "issues": (0.55, 0.4),
    "figures": (0.85, 0.8),
}

UNSEEN59_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.4, 0.7),
    "investments": (0.65, 0.6),
    "issues": (0.45, 0.35),
    "figures": (0.8, 0.9),
}
UNSEEN60_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.7, 0.75),
    "investments": (0.6, 0.6),
    "issues": (0.0, 0.0),
    "figures": (0.75, 0.8),
}

UNSEEN61_FLOORS = {
    "districts": (0.8, 0.55),
    "projects": (0.5, 0.7),
    "investments": (0.75, 0.45),
    "issues": (0.15, 0.1),
    "figures": (0.85, 0.9),
}
UNSEEN62_FLOORS = {
    "districts": (0.85, 0.75),
    "projects": (0.4, 0.45),
    "investments": (0.45, 0.35),
    "issues": (0.2, 0.2),
    "figures": (0.7, 0.95),
}

UNSEEN63_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.5, 0.6),
    "investments": (0.95, 0.8),
    "issues": (0.45, 0.3),
    "figures": (0.9, 0.9),
}
UNSEEN64_FLOORS = {
    "districts": (0.75, 0.75),
    "projects": (0.55, 0.65),
    "investments": (0.95, 0.95),
    "issues": (0.95, 0.3),
    "figures": (0.95, 0.8),
}

UNSEEN65_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.6, 0.7),
    "investments": (0.6, 0.45),
    "issues": (0.45, 0.5),
    "figures": (0.7, 0.8),
}
UNSEEN66_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.8, 0.8),
    "investments": (0.95, 0.95),
    "issues": (0.0, 0.0),
    "figures": (0.7, 0.8),
}

UNSEEN67_FLOORS = {
    "districts": (0.95, 0.75),
    "projects": (0.6, 0.6),
    "investments": (0.85, 0.6),
    "issues": (0.15, 0.15),
    "figures": (0.8, 0.7),
}
UNSEEN68_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.5, 0.55),
    "investments": (0.65, 0.65),
    "issues": (0.45, 0.3),
    "figures": (0.75, 0.8),
}
UNSEEN69_FLOORS = {
    "districts": (0.75, 0.75),
    "projects": (0.5, 0.4),
    # First measured 0.67 / 0.50 (1.61); 1.62 names the full project and the article's short name
    # apart (a phase on one only), so the money told under the short name no longer counts.
    "investments": (0.2, 0.2),
    "issues": (0.3, 0.2),
    "figures": (0.6, 0.7),
}
UNSEEN71_FLOORS = {
    "districts": (0.75, 0.75),
    "projects": (0.6, 0.7),
    "investments": (0.95, 0.95),
    "issues": (0.7, 0.35),
    "figures": (0.85, 0.85),
}
UNSEEN72_FLOORS = {
    "districts": (0.75, 0.65),
    "projects": (0.5, 0.75),
    "investments": (0.0, 0.0),
    "issues": (0.55, 0.55),
    "figures": (0.9, 0.85),
}
UNSEEN73_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.45, 0.45),
    "investments": (0.7, 0.4),
    "issues": (0.45, 0.35),
    "figures": (0.9, 0.8),
}
UNSEEN74_FLOORS = {
    "districts": (0.75, 0.75),
    "projects": (0.7, 0.75),
    "investments": (0.45, 0.2),
    "issues": (0.0, 0.0),
    "figures": (0.55, 0.75),
}
UNSEEN75_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.65, 0.55),
    "investments": (0.5, 0.3),
    "issues": (0.4, 0.4),
    "figures": (0.65, 0.65),
}
UNSEEN76_FLOORS = {
    "districts": (0.65, 0.65),
    "projects": (0.8, 0.75),
    "investments": (0.8, 0.8),
    "issues": (0.45, 0.2),
    "figures": (0.55, 0.85),
}
UNSEEN77_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.55, 0.9),
    "investments": (0.95, 0.95),
    "issues": (0.65, 0.4),
    "figures": (0.7, 0.9),
}
UNSEEN78_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.55, 0.6),
    "investments": (0.75, 0.95),
    "issues": (0.0, 0.0),
    "figures": (0.85, 0.85),
}
UNSEEN79_FLOORS = {
    "districts": (0.75, 0.75),
    "projects": (0.75, 0.7),
    "investments": (0.4, 0.3),
    "issues": (0.0, 0.0),
    "figures": (0.75, 0.9),
}
UNSEEN80_FLOORS = {
    "districts": (0.75, 0.65),
    "projects": (0.75, 0.85),
    "investments": (0.95, 0.45),
    "issues": (0.2, 0.25),
    "figures": (0.7, 0.7),
}
UNSEEN81_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.55, 0.7),
    "investments": (0.7, 0.7),
    "issues": (0.0, 0.0),
    "figures": (0.75, 0.65),
}
UNSEEN82_FLOORS = {
    "districts": (0.85, 0.75),
    "projects": (0.8, 0.7),
    "investments": (0.95, 0.85),
    "issues": (0.7, 0.2),
    "figures": (0.9, 0.85),
}
UNSEEN83_FLOORS = {
    "districts": (0.85, 0.75),
    "projects": (0.55, 0.45),
    "investments": (0.95, 0.45),
    "issues": (0.45, 0.4),
    "figures": (0.8, 0.9),
}
UNSEEN118_FLOORS = {
    "districts": (0.85, 0.55),
    "projects": (0.7, 0.65),
    "investments": (0.7, 0.4),
    "issues": (0.55, 0.35),
    "figures": (0.9, 0.8),
}
UNSEEN117_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.65, 0.6),
    "investments": (0.85, 0.35),
    "issues": (0.55, 0.35),
    "figures": (0.75, 0.95),
}
UNSEEN116_FLOORS = {
    "districts": (0.75, 0.65),
    "projects": (0.7, 0.65),
    "investments": (0.65, 0.4),
    "issues": (0.4, 0.25),
    "figures": (0.9, 0.85),
}
UNSEEN115_FLOORS = {
    "districts": (0.75, 0.65),
    "projects": (0.7, 0.75),
    "investments": (0.95, 0.6),
    "issues": (0.0, 0.0),
    "figures": (0.75, 0.95),
}
UNSEEN114_FLOORS = {
    "districts": (0.85, 0.75),
    "projects": (0.4, 0.65),
    "investments": (0.8, 0.55),
    "issues": (0.45, 0.2),
    "figures": (0.8, 0.85),
}
UNSEEN113_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.7, 0.6),
    "investments": (0.8, 0.45),
    "issues": (0.7, 0.25),
    "figures": (0.55, 0.65),
}
UNSEEN112_FLOORS = {
    "districts": (0.75, 0.65),
    "projects": (0.75, 0.6),
    "investments": (0.85, 0.85),
    "issues": (0.55, 0.7),
    "figures": (0.85, 0.85),
}
UNSEEN111_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.8, 0.8),
    "investments": (0.75, 0.6),
    "issues": (0.45, 0.2),
    "figures": (0.7, 0.8),
}
UNSEEN110_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.45, 0.7),
    "investments": (0.85, 0.45),
    "issues": (0.7, 0.6),
    "figures": (0.7, 0.7),
}
UNSEEN109_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.55, 0.5),
    "investments": (0.85, 0.45),
    "issues": (0.55, 0.3),
    "figures": (0.8, 0.95),
}
UNSEEN108_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.85, 0.7),
    "investments": (0.65, 0.15),
    "issues": (0.95, 0.0),
    "figures": (0.8, 0.85),
}
UNSEEN107_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.6, 0.7),
    "investments": (0.95, 0.6),
    "issues": (0.65, 0.15),
    "figures": (0.75, 0.95),
}
UNSEEN106_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.55, 0.75),
    "investments": (0.9, 0.65),
    "issues": (0.5, 0.35),
    "figures": (0.8, 0.5),
}
UNSEEN105_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.85, 0.8),
    "investments": (0.9, 0.85),
    "issues": (0.45, 0.1),
    "figures": (0.75, 0.9),
}
UNSEEN104_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.75, 0.75),
    "investments": (0.8, 0.6),
    "issues": (0.95, 0.45),
    "figures": (0.9, 0.9),
}
UNSEEN103_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.75, 0.6),
    "investments": (0.45, 0.25),
    "issues": (0.35, 0.1),
    "figures": (0.85, 0.7),
}
UNSEEN102_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.5, 0.55),
    "investments": (0.75, 0.55),
    "issues": (0.7, 0.45),
    "figures": (0.9, 0.85),
}
UNSEEN101_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.6, 0.4),
    "investments": (0.7, 0.2),
    "issues": (0.65, 0.3),
    "figures": (0.9, 0.75),
}
UNSEEN100_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.7, 0.75),
    "investments": (0.95, 0.55),
    "issues": (0.95, 0.1),
    "figures": (0.85, 0.8),
}
UNSEEN99_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.85, 0.75),
    "investments": (0.95, 0.7),
    "issues": (0.55, 0.55),
    "figures": (0.7, 0.75),
}
UNSEEN98_FLOORS = {
    "districts": (0.75, 0.65),
    "projects": (0.55, 0.55),
    "investments": (0.6, 0.5),
    "issues": (0.55, 0.55),
    "figures": (0.7, 0.7),
}
UNSEEN97_FLOORS = {
    "districts": (0.85, 0.75),
    "projects": (0.7, 0.65),
    "investments": (0.9, 0.5),
    "issues": (0.65, 0.25),
    "figures": (0.75, 0.9),
}
UNSEEN96_FLOORS = {
    "districts": (0.85, 0.75),
    "projects": (0.6, 0.6),
    "investments": (0.75, 0.65),
    "issues": (0.3, 0.15),
    "figures": (0.5, 0.7),
}
UNSEEN95_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.75, 0.85),
    "investments": (0.85, 0.7),
    "issues": (0.3, 0.15),
    "figures": (0.55, 0.8),
}
UNSEEN94_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.7, 0.8),
    "investments": (0.65, 0.55),
    "issues": (0.8, 0.4),
    "figures": (0.65, 0.85),
}
UNSEEN93_FLOORS = {
    "districts": (0.95, 0.65),
    "projects": (0.4, 0.55),
    "investments": (0.75, 0.6),
    "issues": (0.3, 0.2),
    "figures": (0.7, 0.75),
}
UNSEEN92_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.7, 0.55),
    "investments": (0.7, 0.45),
    "issues": (0.35, 0.25),
    "figures": (0.65, 0.9),
}
UNSEEN91_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.7, 0.65),
    "investments": (0.95, 0.8),
    "issues": (0.2, 0.05),
    "figures": (0.9, 0.75),
}
UNSEEN90_FLOORS = {
    "districts": (0.85, 0.75),
    "projects": (0.7, 0.75),
    "investments": (0.9, 0.6),
    "issues": (0.55, 0.45),
    "figures": (0.7, 0.9),
}
UNSEEN89_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.75, 0.6),
    "investments": (0.9, 0.65),
    "issues": (0.7, 0.25),
    "figures": (0.95, 0.8),
}
UNSEEN88_FLOORS = {
    "districts": (0.95, 0.95),
    "projects": (0.75, 0.6),
    "investments": (0.9, 0.9),
    "issues": (0.15, 0.05),
    "figures": (0.85, 0.9),
}
UNSEEN87_FLOORS = {
    "districts": (0.85, 0.75),
    "projects": (0.75, 0.95),
    "investments": (0.95, 0.8),
    "issues": (0.4, 0.4),
    "figures": (0.8, 0.85),
}
UNSEEN86_FLOORS = {
    "districts": (0.95, 0.85),
    "projects": (0.8, 0.55),
    "investments": (0.45, 0.3),
    "issues": (0.0, 0.0),
    "figures": (0.65, 0.95),
}
UNSEEN85_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.85, 0.75),
    "investments": (0.8, 0.7),
    "issues": (0.0, 0.0),
    "figures": (0.9, 0.85),
}
UNSEEN84_FLOORS = {
    "districts": (0.85, 0.75),
    "projects": (0.8, 0.8),
    "investments": (0.45, 0.1),
    "issues": (0.65, 0.4),
    "figures": (0.85, 0.7),
}
UNSEEN70_FLOORS = {
    "districts": (0.85, 0.85),
    "projects": (0.7, 0.75),
    "investments": (0.0, 0.0),
    "issues": (0.55, 0.4),
    "figures": (0.8, 0.8),
}


# Each set with its gold and floors; the test id is the gold file's name.
FLOOR_CASES = [
    (SEEDS, "seeds.json", SEED_FLOORS),
    (ROOT / "tests" / "corpus", "unseen.json", UNSEEN_FLOORS),
    (ROOT / "tests" / "corpus2", "unseen2.json", UNSEEN2_FLOORS),
    (ROOT / "tests" / "corpus3", "unseen3.json", UNSEEN3_FLOORS),
    (ROOT / "tests" / "corpus4", "unseen4.json", UNSEEN4_FLOORS),
    (ROOT / "tests" / "corpus5", "unseen5.json", UNSEEN5_FLOORS),
    (ROOT / "tests" / "corpus6", "unseen6.json", UNSEEN6_FLOORS),
    (ROOT / "tests" / "corpus7", "unseen7.json", UNSEEN7_FLOORS),
    (ROOT / "tests" / "corpus8", "unseen8.json", UNSEEN8_FLOORS),
    (ROOT / "tests" / "corpus9", "unseen9.json", UNSEEN9_FLOORS),
    (ROOT / "tests" / "corpus10", "unseen10.json", UNSEEN10_FLOORS),
    (ROOT / "tests" / "corpus11", "unseen11.json", UNSEEN11_FLOORS),
    (ROOT / "tests" / "corpus12", "unseen12.json", UNSEEN12_FLOORS),
    (ROOT / "tests" / "corpus13", "unseen13.json", UNSEEN13_FLOORS),
    (ROOT / "tests" / "corpus14", "unseen14.json", UNSEEN14_FLOORS),
    (ROOT / "tests" / "corpus15", "unseen15.json", UNSEEN15_FLOORS),
    (ROOT / "tests" / "corpus16", "unseen16.json", UNSEEN16_FLOORS),
    (ROOT / "tests" / "corpus17", "unseen17.json", UNSEEN17_FLOORS),
    (ROOT / "tests" / "corpus18", "unseen18.json", UNSEEN18_FLOORS),
    (ROOT / "tests" / "corpus19", "unseen19.json", UNSEEN19_FLOORS),
    (ROOT / "tests" / "corpus20", "unseen20.json", UNSEEN20_FLOORS),
    (ROOT / "tests" / "corpus21", "unseen21.json", UNSEEN21_FLOORS),
    (ROOT / "tests" / "corpus22", "unseen22.json", UNSEEN22_FLOORS),
    (ROOT / "tests" / "corpus23", "unseen23.json", UNSEEN23_FLOORS),
    (ROOT / "tests" / "corpus24", "unseen24.json", UNSEEN24_FLOORS),
    (ROOT / "tests" / "corpus25", "unseen25.json", UNSEEN25_FLOORS),
    (ROOT / "tests" / "corpus26", "unseen26.json", UNSEEN26_FLOORS),
    (ROOT / "tests" / "corpus27", "unseen27.json", UNSEEN27_FLOORS),
    (ROOT / "tests" / "corpus28", "unseen28.json", UNSEEN28_FLOORS),
    (ROOT / "tests" / "corpus29", "unseen29.json", UNSEEN29_FLOORS),
    (ROOT / "tests" / "corpus30", "unseen30.json", UNSEEN30_FLOORS),
    (ROOT / "tests" / "corpus31", "unseen31.json", UNSEEN31_FLOORS),
    (ROOT / "tests" / "corpus32", "unseen32.json", UNSEEN32_FLOORS),
    (ROOT / "tests" / "corpus33", "unseen33.json", UNSEEN33_FLOORS),
    (ROOT / "tests" / "corpus34", "unseen34.json", UNSEEN34_FLOORS),
    (ROOT / "tests" / "corpus35", "unseen35.json", UNSEEN35_FLOORS),
    (ROOT / "tests" / "corpus36", "unseen36.json", UNSEEN36_FLOORS),
    (ROOT / "tests" / "corpus37", "unseen37.json", UNSEEN37_FLOORS),
    (ROOT / "tests" / "corpus38", "unseen38.json", UNSEEN38_FLOORS),
    (ROOT / "tests" / "corpus39", "unseen39.json", UNSEEN39_FLOORS),
    (ROOT / "tests" / "corpus40", "unseen40.json", UNSEEN40_FLOORS),
    (ROOT / "tests" / "corpus41", "unseen41.json", UNSEEN41_FLOORS),
    (ROOT / "tests" / "corpus42", "unseen42.json", UNSEEN42_FLOORS),
    (ROOT / "tests" / "corpus43", "unseen43.json", UNSEEN43_FLOORS),
    (ROOT / "tests" / "corpus44", "unseen44.json", UNSEEN44_FLOORS),
    (ROOT / "tests" / "corpus45", "unseen45.json", UNSEEN45_FLOORS),
    (ROOT / "tests" / "corpus46", "unseen46.json", UNSEEN46_FLOORS),
    (ROOT / "tests" / "corpus47", "unseen47.json", UNSEEN47_FLOORS),
    (ROOT / "tests" / "corpus48", "unseen48.json", UNSEEN48_FLOORS),
    (ROOT / "tests" / "corpus49", "unseen49.json", UNSEEN49_FLOORS),
    (ROOT / "tests" / "corpus50", "unseen50.json", UNSEEN50_FLOORS),
    (ROOT / "tests" / "corpus51", "unseen51.json", UNSEEN51_FLOORS),
    (ROOT / "tests" / "corpus52", "unseen52.json", UNSEEN52_FLOORS),
    (ROOT / "tests" / "corpus53", "unseen53.json", UNSEEN53_FLOORS),
    (ROOT / "tests" / "corpus54", "unseen54.json", UNSEEN54_FLOORS),
    (ROOT / "tests" / "corpus55", "unseen55.json", UNSEEN55_FLOORS),
    (ROOT / "tests" / "corpus56", "unseen56.json", UNSEEN56_FLOORS),
    (ROOT / "tests" / "corpus57", "unseen57.json", UNSEEN57_FLOORS),
    (ROOT / "tests" / "corpus58", "unseen58.json", UNSEEN58_FLOORS),
    (ROOT / "tests" / "corpus59", "unseen59.json", UNSEEN59_FLOORS),
    (ROOT / "tests" / "corpus60", "unseen60.json", UNSEEN60_FLOORS),
    (ROOT / "tests" / "corpus61", "unseen61.json", UNSEEN61_FLOORS),
    (ROOT / "tests" / "corpus62", "unseen62.json", UNSEEN62_FLOORS),
    (ROOT / "tests" / "corpus63", "unseen63.json", UNSEEN63_FLOORS),
    (ROOT / "tests" / "corpus64", "unseen64.json", UNSEEN64_FLOORS),
    (ROOT / "tests" / "corpus65", "unseen65.json", UNSEEN65_FLOORS),
    (ROOT / "tests" / "corpus66", "unseen66.json", UNSEEN66_FLOORS),
    (ROOT / "tests" / "corpus67", "unseen67.json", UNSEEN67_FLOORS),
    (ROOT / "tests" / "corpus68", "unseen68.json", UNSEEN68_FLOORS),
    (ROOT / "tests" / "corpus69", "unseen69.json", UNSEEN69_FLOORS),
    (ROOT / "tests" / "corpus70", "unseen70.json", UNSEEN70_FLOORS),
    (ROOT / "tests" / "corpus71", "unseen71.json", UNSEEN71_FLOORS),
    (ROOT / "tests" / "corpus72", "unseen72.json", UNSEEN72_FLOORS),
    (ROOT / "tests" / "corpus73", "unseen73.json", UNSEEN73_FLOORS),
    (ROOT / "tests" / "corpus74", "unseen74.json", UNSEEN74_FLOORS),
    (ROOT / "tests" / "corpus75", "unseen75.json", UNSEEN75_FLOORS),
    (ROOT / "tests" / "corpus76", "unseen76.json", UNSEEN76_FLOORS),
    (ROOT / "tests" / "corpus77", "unseen77.json", UNSEEN77_FLOORS),
    (ROOT / "tests" / "corpus78", "unseen78.json", UNSEEN78_FLOORS),
    (ROOT / "tests" / "corpus79", "unseen79.json", UNSEEN79_FLOORS),
    (ROOT / "tests" / "corpus80", "unseen80.json", UNSEEN80_FLOORS),
    (ROOT / "tests" / "corpus81", "unseen81.json", UNSEEN81_FLOORS),
    (ROOT / "tests" / "corpus82", "unseen82.json", UNSEEN82_FLOORS),
    (ROOT / "tests" / "corpus83", "unseen83.json", UNSEEN83_FLOORS),
    (ROOT / "tests" / "corpus84", "unseen84.json", UNSEEN84_FLOORS),
    (ROOT / "tests" / "corpus85", "unseen85.json", UNSEEN85_FLOORS),
    (ROOT / "tests" / "corpus86", "unseen86.json", UNSEEN86_FLOORS),
    (ROOT / "tests" / "corpus87", "unseen87.json", UNSEEN87_FLOORS),
    (ROOT / "tests" / "corpus88", "unseen88.json", UNSEEN88_FLOORS),
    (ROOT / "tests" / "corpus89", "unseen89.json", UNSEEN89_FLOORS),
    (ROOT / "tests" / "corpus90", "unseen90.json", UNSEEN90_FLOORS),
    (ROOT / "tests" / "corpus91", "unseen91.json", UNSEEN91_FLOORS),
    (ROOT / "tests" / "corpus92", "unseen92.json", UNSEEN92_FLOORS),
    (ROOT / "tests" / "corpus93", "unseen93.json", UNSEEN93_FLOORS),
    (ROOT / "tests" / "corpus94", "unseen94.json", UNSEEN94_FLOORS),
    (ROOT / "tests" / "corpus95", "unseen95.json", UNSEEN95_FLOORS),
    (ROOT / "tests" / "corpus96", "unseen96.json", UNSEEN96_FLOORS),
    (ROOT / "tests" / "corpus97", "unseen97.json", UNSEEN97_FLOORS),
    (ROOT / "tests" / "corpus98", "unseen98.json", UNSEEN98_FLOORS),
    (ROOT / "tests" / "corpus99", "unseen99.json", UNSEEN99_FLOORS),
    (ROOT / "tests" / "corpus100", "unseen100.json", UNSEEN100_FLOORS),
    (ROOT / "tests" / "corpus101", "unseen101.json", UNSEEN101_FLOORS),
    (ROOT / "tests" / "corpus102", "unseen102.json", UNSEEN102_FLOORS),
    (ROOT / "tests" / "corpus103", "unseen103.json", UNSEEN103_FLOORS),
    (ROOT / "tests" / "corpus104", "unseen104.json", UNSEEN104_FLOORS),
    (ROOT / "tests" / "corpus105", "unseen105.json", UNSEEN105_FLOORS),
    (ROOT / "tests" / "corpus106", "unseen106.json", UNSEEN106_FLOORS),
    (ROOT / "tests" / "corpus107", "unseen107.json", UNSEEN107_FLOORS),
    (ROOT / "tests" / "corpus108", "unseen108.json", UNSEEN108_FLOORS),
    (ROOT / "tests" / "corpus109", "unseen109.json", UNSEEN109_FLOORS),
    (ROOT / "tests" / "corpus110", "unseen110.json", UNSEEN110_FLOORS),
    (ROOT / "tests" / "corpus111", "unseen111.json", UNSEEN111_FLOORS),
    (ROOT / "tests" / "corpus112", "unseen112.json", UNSEEN112_FLOORS),
    (ROOT / "tests" / "corpus113", "unseen113.json", UNSEEN113_FLOORS),
    (ROOT / "tests" / "corpus114", "unseen114.json", UNSEEN114_FLOORS),
    (ROOT / "tests" / "corpus115", "unseen115.json", UNSEEN115_FLOORS),
    (ROOT / "tests" / "corpus116", "unseen116.json", UNSEEN116_FLOORS),
    (ROOT / "tests" / "corpus117", "unseen117.json", UNSEEN117_FLOORS),
    (ROOT / "tests" / "corpus118", "unseen118.json", UNSEEN118_FLOORS),
]


@pytest.mark.parametrize(
    ("articles", "gold", "floors"),
    FLOOR_CASES,
    ids=[gold.removesuffix(".json") for _, gold, _ in FLOOR_CASES],
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


@pytest.mark.parametrize(("articles", "gold"), [(SEEDS, "seeds.json"), (ROOT / "tests" / "corpus", "unseen.json")])
def test_investment_amounts_are_exact_for_found_projects(sqlite_url, articles, gold):
    engine = make_engine(sqlite_url)
    seed(engine, [articles])
    report = evaluate(engine, ROOT / "tests" / "gold" / gold)
    engine.dispose()
    assert report.investment_exactness >= 0.95


def test_tracker_eval_prints_scores_and_every_kind_of_error(sqlite_url, tmp_path):
    from tests.consistency import assert_one_line_error, run_tracker

    engine = make_engine(sqlite_url)
    seed(engine, [SEEDS])
    engine.dispose()
    result = run_tracker("eval", str(ROOT / "tests" / "gold" / "seeds.json"), "--db", sqlite_url, "--errors", "100")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "5 articles compared"
    assert lines[1].split() == ["fact", "gold", "found", "precision", "recall"]
    assert [line.split()[0] for line in lines[2:7]] == ["districts", "projects", "investments", "issues", "figures"]
    assert any(line.startswith("  projects missed: ") for line in lines)
    # A wrong status names the project, what the gold says and what was found.
    wrong = [line for line in lines if line.startswith("  status wrong: ")]
    assert wrong and all(" is " in line and ", found " in line for line in wrong)
    (tmp_path / "bad.json").write_text("{}", encoding="utf-8")
    assert_one_line_error(run_tracker("eval", str(tmp_path / "bad.json"), "--db", sqlite_url), "not a gold file")


def _evaluate_one(sqlite_url, tmp_path, article: str, gold: dict):
    """Seed one article (a.txt) and score it against its gold entry."""
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    (tmp_path / "gold.json").write_text(json.dumps({"articles": [{"file": "a.txt", **gold}]}), encoding="utf-8")
    engine = make_engine(sqlite_url)
    seed(engine, [tmp_path / "a.txt"])
    report = evaluate(engine, tmp_path / "gold.json")
    engine.dispose()
    return report


def test_gold_evidence_copied_with_pinyin_readings_still_matches(sqlite_url, tmp_path):
    # Evidence copied from an article as printed keeps its readings (电力(lì)); the stored
    # sentence, normalised, has none.
    report = _evaluate_one(sqlite_url, tmp_path, "青禾汽车零部件生产项目的电力(lì)安装推进缓慢,正在协调解决。", {
        "district": None, "projects": [{"name": "青禾汽车零部件生产项目"}],
        "issues": [{"project": "青禾汽车零部件生产项目", "category": "power", "evidence": "电力(lì)安装推进缓慢"}],
    })
    assert (report.scores["issues"].gold, report.scores["issues"].recall) == (1, 1.0)


def test_a_gold_district_code_no_longer_in_force_means_the_unit_that_carries_it_on(sqlite_url, tmp_path):
    # 淮阳县 (411626) became 淮阳区 (411603) in 2019; the districts table holds units in force.
    report = _evaluate_one(sqlite_url, tmp_path, "淮阳县重点项目观摩活动举行。淮阳县今年实施重点项目30个。",
                           {"district": "411626", "projects": []})
    assert (report.scores["districts"].precision, report.scores["districts"].recall) == (1.0, 1.0)


def test_projects_an_article_lists_side_by_side_stay_two_rows(sqlite_url, tmp_path):
    # The names agree (one holds the other), but listed side by side they are two projects.
    (tmp_path / "a.txt").write_text(
        "积石山县视察组先后到大河家镇康吊村集中安置点、大河家镇康吊村关门社集中安置点等项目现场。", encoding="utf-8")
    engine = make_engine(sqlite_url)
    seed(engine, [tmp_path / "a.txt"])
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT name FROM projects ORDER BY name")).scalars().all()
    engine.dispose()
    assert rows == ["大河家镇康吊村关门社集中安置点", "大河家镇康吊村集中安置点"]
