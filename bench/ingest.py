"""Ingest: how fast `tracker seed` loads a generated corpus, and how much memory it takes.

    python -m bench.ingest [--sizes 1000 10000] [--pg-size 10000] [--pg-url URL]

Each run is the command users run, `tracker seed DIR --db URL --quiet`, in a fresh process on
an empty database, so start-up and migrations are included. Memory is measured twice: the
largest process's RSS high-water mark (``ru_maxrss`` from ``os.wait4``), and the peak of the
whole process tree (the seed and its extraction workers) sampled as PSS, which counts the pages
the workers share with their parent once. Rows are every row written, over all tables (tracker.load.row_counts).
PostgreSQL runs in a schema of its own, created before and dropped after the run.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import write_corpus

ROOT = Path(__file__).resolve().parent.parent
TRACKER = Path(sys.executable).with_name("tracker")
DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
# Targets from the issue.
MIN_ARTICLES_PER_S = 200
MAX_GROWTH = 11  # 10x the articles in at most 11x the time


@dataclass(frozen=True)
class Run:
    database: str
    articles: int
    seconds: float
    rows: int
    peak_mib: float  # the largest single process (ru_maxrss)
    peak_tree_mib: float  # all its processes together, sampled (PSS: shared pages counted once)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.seconds


def seed_once(folder: Path, url: str, database: str, articles: int) -> Run:
    """`tracker seed folder` into ``url`` in a child process: wall time, rows and peak RSS."""
    command = [str(TRACKER), "seed", str(folder), "--db", url, "--quiet"]
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    sampler = TreeMemory(child.pid)
    stderr = child.stderr.read()  # drained while it runs, so a full pipe never blocks it
    child.stderr.close()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    sampler.stop()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr.decode(errors='replace')[-2000:]}")
    return Run(database, articles, seconds, total_rows(url), usage.ru_maxrss / 1024, sampler.peak_mib)  # KiB on Linux


class TreeMemory:
    """Samples, every 0.2 s, the proportional set size (PSS) of a process and its children, so a
    seed with extraction workers is measured whole and their shared pages only once."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak_kib, self._running = pid, 0, True
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    @property
    def peak_mib(self) -> float:
        return self.peak_kib / 1024

    def stop(self) -> None:
        self._running = False
        self._thread.join()

    def _sample(self) -> None:
        while self._running:
            self.peak_kib = max(self.peak_kib, sum(_pss_kib(pid) for pid in _tree(self.pid)))
            time.sleep(0.2)


def _tree(pid: int) -> list[int]:
    pids = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            pids += [p for child in task.read_text().split() for p in _tree(int(child))]
        except OSError:
            pass
    return pids


def _pss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass  # gone, or not Linux
    return 0


def total_rows(url: str) -> int:
    from tracker.db.engine import make_engine
    from tracker.load import row_counts

    engine = make_engine(url)
    try:
        return sum(row_counts(engine).values())
    finally:
        engine.dispose()


def postgres_schema(base_url: str) -> tuple[str | None, str, object]:
    """A URL on a fresh schema and a function that drops it; or None and why PostgreSQL is skipped."""
    try:
        import psycopg  # noqa: F401
        from sqlalchemy import create_engine, make_url, text
    except ImportError:
        return None, "psycopg is not installed (pip install -e '.[postgres]')", None
    parsed = make_url(base_url)
    try:
        socket.create_connection((parsed.host or "127.0.0.1", parsed.port or 5432), timeout=2).close()
    except OSError as exc:
        return None, f"no PostgreSQL answers at {parsed.host}:{parsed.port or 5432} ({exc})", None
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base_url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    separator = "&" if "?" in base_url else "?"
    return f"{base_url}{separator}options=-csearch_path%3D{schema}", "", drop


def run(sizes: list[int], pg_size: int | None, pg_url: str, work: Path) -> tuple[list[Run], list[str]]:
    runs, notes = [], []
    for n in sorted(set(sizes + ([pg_size] if pg_size else []))):
        corpus = write_corpus(work / f"corpus_{n}", n)
        if n in sizes:
            runs.append(seed_once(corpus, f"sqlite:///{work / f'ingest_{n}.db'}", "SQLite", n))
        if n == pg_size:
            url, reason, drop = postgres_schema(pg_url)
            if url is None:
                notes.append(f"PostgreSQL skipped: {reason}")
                continue
            try:
                runs.append(seed_once(corpus, url, "PostgreSQL", n))
            finally:
                drop()
    return runs, notes


def table(runs: list[Run]) -> str:
    lines = [
        "| database | articles | seconds | articles/s | rows | rows/s | peak RSS MiB, largest process | peak PSS MiB, all processes |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        lines.append(
            f"| {r.database} | {r.articles:,} | {r.seconds:.1f} | {r.articles_per_s:.0f} | {r.rows:,} "
            f"| {r.rows_per_s:,.0f} | {r.peak_mib:.0f} | {r.peak_tree_mib:.0f} |"
        )
    return "\n".join(lines)


def verdict(runs: list[Run]) -> list[str]:
    """The issue's targets, met or not, as lines."""
    lines = []
    slowest = min(runs, key=lambda r: r.articles_per_s)
    met = slowest.articles_per_s >= MIN_ARTICLES_PER_S
    lines.append(f"- ≥ {MIN_ARTICLES_PER_S} articles/s: {'met' if met else 'NOT met'} "
                 f"(slowest {slowest.articles_per_s:.0f}/s, {slowest.database} at {slowest.articles:,})")
    sqlite = sorted((r for r in runs if r.database == "SQLite"), key=lambda r: r.articles)
    if len(sqlite) >= 2:
        small, large = sqlite[0], sqlite[-1]
        factor = large.articles / small.articles
        growth = large.seconds / small.seconds
        allowed = factor * MAX_GROWTH / 10
        lines.append(f"- {factor:.0f}x the articles in {growth:.2f}x the time (target ≤ {allowed:.1f}x): "
                     f"{'met' if growth <= allowed else 'NOT met'}")
        memory = large.peak_tree_mib / small.peak_tree_mib if small.peak_tree_mib else float("nan")
        lines.append(f"- peak memory, all processes, {small.peak_tree_mib:.0f} MiB at {small.articles:,} vs "
                     f"{large.peak_tree_mib:.0f} MiB at {large.articles:,} ({memory:.2f}x): "
                     f"{'flat' if memory <= 1.15 else 'NOT flat'}")
    return lines


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="SQLite corpus sizes")
    parser.add_argument("--pg-size", type=int, default=10000, help="PostgreSQL corpus size (0: skip)")
    parser.add_argument("--pg-url", default=os.environ.get("TRACKER_BENCH_POSTGRES_URL", DEFAULT_PG))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tracker-ingest-") as folder:
        runs, notes = run(args.sizes, args.pg_size or None, args.pg_url, Path(folder))
    report = "\n".join([table(runs), "", *verdict(runs), *notes])
    print(report)
    return report


if __name__ == "__main__":
    main()
