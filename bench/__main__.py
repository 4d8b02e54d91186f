"""Every benchmark, each printed as a markdown table: start-up, ingest, reports and queries.

    python -m bench [--quick] [--only startup|ingest|memory|queries ...]

Full sizes take about half an hour on a 2-core machine (ingest of 1,000 and 10,000 articles on
SQLite and 10,000 on PostgreSQL; a 1,000,000-project database for the queries). ``--quick``
runs the same stages at a tenth of the size, in a few minutes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from bench import ingest, memory, queries

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("startup", "ingest", "memory", "queries")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes, for a quick look")
    parser.add_argument("--only", nargs="+", choices=STAGES, default=list(STAGES), help="run only these stages")
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    for stage in args.only:
        print(f"\n## {stage}\n", flush=True)
        start = time.perf_counter()
        if stage == "startup":
            # A script of its own (it predates this package); its table is printed as it runs.
            subprocess.run([sys.executable, str(ROOT / "bench" / "startup.py"), "--runs", "5" if args.quick else "11"],
                           check=True)
        elif stage == "ingest":
            ingest.main(["--sizes", str(1000 // scale), str(10000 // scale), "--pg-size", str(10000 // scale)])
        elif stage == "memory":
            memory.main(["--articles", str(30000 // scale), "--every", str(5000 // scale)])
        else:
            queries.main(["--projects", str(1_000_000 // scale)])
        print(f"\n({stage}: {time.perf_counter() - start:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
