"""Start-up time of the `tracker` command: how long a user waits before anything happens.

    python bench/startup.py [--runs N]

Each command runs N times in a fresh process (after one warm-up run); the table shows the
median and the fastest run, and the median minus that of `python -c pass` (the interpreter's
own start-up). The query commands must stay clear of pandas and Alembic; the last rows show
what importing those alone would cost.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(command: list[str], runs: int) -> list[float]:
    subprocess.run(command, capture_output=True, cwd=ROOT)  # warm the file cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed: {result.stderr.decode(errors='replace').strip()}")
    return times


def empty_database(folder: Path) -> str:
    sys.path.insert(0, str(ROOT))
    from tracker.db.engine import make_engine, migrate

    url = f"sqlite:///{folder / 'bench.db'}"
    engine = make_engine(url)
    migrate(engine)
    engine.dispose()
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="runs per command (default 11)")
    args = parser.parse_args()
    python = sys.executable
    tracker = [python, "-m", "tracker"]
    with tempfile.TemporaryDirectory() as folder:
        url = empty_database(Path(folder))
        cases = [
            ("python -c pass", [python, "-c", "pass"]),
            ("tracker --help", [*tracker, "--help"]),
            ("tracker projects --help", [*tracker, "projects", "--help"]),
            ("tracker projects (empty db)", [*tracker, "projects", "--db", url]),
            ("tracker sql 'SELECT 1'", [*tracker, "sql", "SELECT 1", "--db", url]),
            ("python -c 'import pandas'", [python, "-c", "import pandas"]),
            ("python -c 'import alembic.command'", [python, "-c", "import alembic.command"]),
        ]
        results = [(label, timed(command, args.runs)) for label, command in cases]
    baseline = statistics.median(results[0][1])
    width = max(len(label) for label, _ in results)
    print(f"{'command':<{width}}  {'median ms':>9}  {'min ms':>7}  {'over python':>11}")
    print(f"{'-' * width}  {'-' * 9}  {'-' * 7}  {'-' * 11}")
    for label, times in results:
        median = statistics.median(times)
        print(f"{label:<{width}}  {median * 1000:9.0f}  {min(times) * 1000:7.0f}  {(median - baseline) * 1000:+11.0f}")
    print(f"\n{args.runs} runs each; `tracker` run as `{Path(python).name} -m tracker`.")


if __name__ == "__main__":
    main()
