"""Memory over one long load: whether `tracker seed` levels off or keeps growing.

    python -m bench.memory [--articles 30000] [--every 5000] [--corpus DIR]

One `tracker seed` into an empty SQLite database; each time another ``--every`` articles have
loaded, the PSS of the seed and its extraction workers is read (shared pages counted once).
bench.ingest compares separate runs of different sizes; this follows one run as it grows.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from bench.corpus import write_corpus
from bench.ingest import TRACKER, _pss_kib, _tree


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30000)
    parser.add_argument("--every", type=int, default=5000, help="articles between readings (and one at 1,000)")
    parser.add_argument("--corpus", type=Path, help="a corpus folder to reuse (written there if missing)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tracker-memory-") as folder:
        corpus = args.corpus or Path(folder) / "corpus"
        if not corpus.exists():
            write_corpus(corpus, args.articles)
        seed = subprocess.Popen(
            [str(TRACKER), "seed", str(corpus), "--db", f"sqlite:///{Path(folder) / 'tracker.db'}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        lines = ["| articles loaded | all processes, PSS MiB | each process, PSS MiB |", "|---:|---:|---|"]
        loaded = 0
        assert seed.stderr is not None
        for line in seed.stderr:  # one line per file, as it is stored
            if not line.startswith("loaded "):
                continue
            loaded += 1
            # Read before the last article: by then the workers are being shut down.
            if (loaded % args.every == 0 or loaded == 1000) and loaded < args.articles:
                each = [_pss_kib(pid) / 1024 for pid in _tree(seed.pid)]
                lines.append(f"| {loaded:,} | {sum(each):.0f} | {', '.join(f'{m:.0f}' for m in each)} |")
        if seed.wait() != 0:
            raise SystemExit(f"tracker seed failed with exit code {seed.returncode}")
    text = "\n".join(lines)
    print(text)
    return text


if __name__ == "__main__":
    main()
