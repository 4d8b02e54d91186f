"""Where ingest spends its time: cProfile over tracker.load.seed on generated articles.

    python -m bench.profile_ingest [--articles 500] [--top 25] [--db URL]

Prints the time of each stage of loading one article (read, normalise, extract, store) and
the functions with the most time of their own. The corpus and a SQLite database are made in a
temporary folder; ``--db`` profiles against another database (an empty one).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import time
from pathlib import Path

from bench.corpus import write_corpus

# (stage, module path suffix, function name) as cProfile names them.
STAGES = (
    ("read (decode the file)", "tracker/text.py", "read_article"),
    ("normalise (t2s, furniture, header)", "tracker/text.py", "normalise"),
    ("extract (pure, tracker/extract)", "tracker/extract/article.py", "extract_article"),
    ("store (rows, merging projects)", "tracker/store.py", "store_article"),
)


def profile(articles: int, url: str | None, top: int) -> str:
    from tracker.db.engine import make_engine
    from tracker.load import seed

    with tempfile.TemporaryDirectory(prefix="tracker-profile-") as folder:
        corpus = write_corpus(Path(folder) / "corpus", articles)
        engine = make_engine(url or f"sqlite:///{Path(folder) / 'profile.db'}")
        profiler = cProfile.Profile()
        start = time.perf_counter()
        # In this process (workers=0), so extraction is profiled too.
        profiler.runcall(seed, engine, [corpus], workers=0)
        wall = time.perf_counter() - start
        engine.dispose()
    stats = pstats.Stats(profiler)
    lines = [f"{articles} articles in {wall:.1f} s under the profiler ({articles / wall:.0f} articles/s)", "",
             "| stage | cumulative s | share |", "|---|---:|---:|"]
    for label, module, function in STAGES:
        seconds = sum(
            row[3] for (file, _, name), row in stats.stats.items() if file.endswith(module) and name == function
        )
        lines.append(f"| {label} | {seconds:.2f} | {seconds / wall:.0%} |")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
    listing = out.getvalue()
    return "\n".join(lines) + "\n\nBy own time:\n```\n" + listing[listing.index("ncalls"):].rstrip() + "\n```"


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    args = parser.parse_args(argv)
    text = profile(args.articles, args.db, args.top)
    print(text)
    return text


if __name__ == "__main__":
    main()
