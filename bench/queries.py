"""Reports and queries on a large database: the CLI beside the same SQL in the sqlite3 shell.

    python -m bench.queries [--projects 1000000] [--runs 3] [--keep DB]

Builds a SQLite database with the real schema (tracker's migrations) and 1,000,000 projects
spread over the gazetteer's districts (a few districts hold many, most hold a few), with
articles, mentions, statuses, investments, issues, figures and aliases in the proportions a
load of the generated corpus gives. Then times each command users run against the floor: the
very SQL it sends, run by the `sqlite3` command-line shell with its output written as CSV.
Finally every statement is put through EXPLAIN QUERY PLAN and the full-table SCANs are listed.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import csv
import datetime as dt
import hashlib
import itertools
import json
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.corpus import BRAND, DIVISIONS, PRODUCTS, SECTORS

ROOT = Path(__file__).resolve().parent.parent
TRACKER = Path(sys.executable).with_name("tracker")
AS_OF = "2025-01-01"  # after every generated date, so reports see everything
# Rows per project, in the proportions a load of the generated corpus gives.
PER_PROJECT = {"articles": 0.16, "mentions": 1.5, "statuses": 0.9, "investments": 0.7,
               "issues": 0.17, "figures": 1.0, "aliases": 0.03}
STATUSES = ("tracking", "planned", "signed", "under_construction", "completed", "operating")
CATEGORIES = ("land", "planning", "permit", "power", "water_sewage_heat", "road", "funding", "other")
ISSUE_STATUSES = ("open", "in_progress", "resolved")
TARGET_RATIO = 2.0  # the CLI within 2x of the sqlite3 shell


# --- building the database ----------------------------------------------------------------------


def build(path: Path, projects: int, seed: int = 0) -> dict[str, int]:
    """A database at ``path`` with ``projects`` projects; returns rows per table."""
    from tracker.db.engine import make_engine, migrate

    engine = make_engine(f"sqlite:///{path}")
    migrate(engine)  # the real schema, views included
    engine.dispose()
    rng = random.Random(f"queries:{seed}")
    db = sqlite3.connect(path, isolation_level=None)
    # A throwaway database: no journal, no syncs; indexes are built once at the end, which is
    # several times faster than keeping them up to date row by row.
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-400000;")
    indexes = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall()
    db.execute("BEGIN")
    for name, _ in indexes:
        db.execute(f'DROP INDEX "{name}"')

    districts = _districts(db)
    weights = list(itertools.accumulate(1 / (k + 1) ** 0.9 for k in range(len(districts))))
    rng.shuffle(districts)

    def district() -> int:
        return districts[_pick(rng, weights)]

    n_articles = max(1, int(projects * PER_PROJECT["articles"]))
    dates = [_date(rng) if rng.random() > 0.03 else None for _ in range(n_articles)]
    db.executemany(
        "INSERT INTO articles (id, path, title, source, published_on, script, content_sha256, raw_text, text,"
        " district_id, extractor_version, loaded_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        ((i, f"corpus/{i:07d}.txt", f"第{i}号项目建设报道", "日报", dates[i - 1],
          "traditional" if i % 5 == 0 else "simplified", hashlib.sha256(str(i).encode()).hexdigest(),
          "项目建设正酣。", "项目建设正酣。", district() if rng.random() > 0.02 else None, "1.0",
          "2025-01-01 00:00:00.000000") for i in range(1, n_articles + 1)),
    )

    def article() -> int:
        return rng.randint(1, n_articles)

    def as_of(article_id: int) -> str | None:
        return dates[article_id - 1]

    def several(mean: float) -> int:
        """A count with the given mean: the whole part, plus one with the fractional chance."""
        return int(mean) + (rng.random() < mean % 1)

    def project_rows() -> Iterator[tuple]:
        for i in range(1, projects + 1):
            brand = "".join(rng.sample(BRAND, 2))
            product = rng.choice(PRODUCTS)
            name = f"{brand}年产{rng.choice(product[2])}{product[1]}{product[0]}项目"
            yield (i, name, district() if rng.random() > 0.03 else None,
                   f"{brand}{product[3]}有限公司" if rng.random() < 0.6 else None, rng.choice(SECTORS)[:4],
                   rng.choice(STATUSES) if rng.random() < 0.8 else None)

    db.executemany("INSERT INTO projects (id, name, district_id, company, sector, status) VALUES (?,?,?,?,?,?)", project_rows())
    db.executemany(
        "INSERT INTO project_mentions (project_id, article_id, name, sentence) VALUES (?,?,?,?)",
        ((p, article(), "项目", "该项目正在加紧建设。")
         for p in range(1, projects + 1) for _ in range(max(1, several(PER_PROJECT["mentions"])))),
    )
    db.executemany(
        "INSERT INTO project_statuses (project_id, status, as_of, article_id, sentence) VALUES (?,?,?,?,?)",
        ((p, rng.choice(STATUSES), as_of(a), a, "项目已开工建设。") for p in range(1, projects + 1)
         for a in (article() for _ in range(several(PER_PROJECT["statuses"])))),
    )
    db.executemany(
        "INSERT INTO investments (project_id, kind, amount_yuan, amount_text, qualifier, as_of, article_id, sentence)"
        " VALUES (?,?,?,?,?,?,?,?)",
        ((p, "total" if rng.random() < 0.85 else "completed", amount, f"{amount // 10**4}万元", None, as_of(a), a, "总投资若干。")
         for p in range(1, projects + 1) for _ in range(several(PER_PROJECT["investments"]))
         for a, amount in [(article(), rng.randint(30, 60000) * 10**6)]),
    )
    db.executemany(
        "INSERT INTO issues (project_id, district_id, company, description, category, status, article_id, sentence)"
        " VALUES (?,?,?,?,?,?,?,?)",
        ((p if rng.random() < 0.85 else None, district(), None, "用地指标尚未落实", rng.choice(CATEGORIES),
          rng.choice(ISSUE_STATUSES), article(), "项目用地指标尚未落实。")
         for p in range(1, projects + 1) for _ in range(several(PER_PROJECT["issues"]))),
    )
    db.executemany(
        "INSERT INTO district_figures (district_id, metric, value, unit, value_text, period, article_id, sentence)"
        " VALUES (?,?,?,?,?,?,?,?)",
        ((district(), "走访企业", n, "家", f"{n}家", None, article(), f"走访企业{n}家。")
         for _ in range(int(projects * PER_PROJECT["figures"])) for n in [rng.randint(10, 900)]),
    )
    db.executemany(
        "INSERT OR IGNORE INTO project_aliases (project_id, alias) VALUES (?,?)",
        ((rng.randint(1, projects), f"别名{i}") for i in range(int(projects * PER_PROJECT["aliases"]))),
    )
    for _, sql in indexes:
        db.execute(sql)
    db.execute("COMMIT")
    counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in (
        "districts", "articles", "projects", "project_aliases", "project_mentions", "project_statuses",
        "investments", "issues", "district_figures")}
    db.execute("PRAGMA journal_mode=WAL")  # as tracker leaves its databases
    db.close()
    return counts


TABLES = ("districts", "articles", "projects", "project_aliases", "project_mentions", "project_statuses",
          "investments", "issues", "district_figures")  # parents first


def copy_to_postgres(path: Path, url: str) -> str:
    """The SQLite database at ``path`` copied row for row into the PostgreSQL database at ``url``
    (created if missing, migrated by tracker), unless it already holds the same number of
    projects; a database holding anything else is refused. Says what it did."""
    import psycopg
    from sqlalchemy import inspect, make_url

    from tracker.db.engine import make_engine, migrate

    target = make_url(url)
    admin = target.set(drivername="postgresql", database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as server:
        if not server.execute("SELECT 1 FROM pg_database WHERE datname = %s", (target.database,)).fetchone():
            server.execute(f'CREATE DATABASE "{target.database}"')
    source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    wanted = source.execute("SELECT count(*) FROM projects").fetchone()[0]
    engine = make_engine(url)
    try:
        if "projects" in inspect(engine).get_table_names():
            with engine.connect() as connection:
                held = connection.exec_driver_sql("SELECT count(*) FROM projects").scalar_one()
            if held == wanted:
                return f"reused {target.database} ({held:,} projects)"
            raise SystemExit(f"{target.database} already holds {held:,} projects, not {wanted:,}: use an empty database")
        migrate(engine)
    finally:
        engine.dispose()
    start = time.perf_counter()
    plain = target.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as db:
        for table in TABLES:
            columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(columns)
            with db.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in source.execute(f"SELECT {names} FROM {table} ORDER BY rowid"):
                    copy.write_row(row)
            # Ids were copied, so each identity's next value must come after them.
            db.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}")
        db.commit()
        db.autocommit = True
        db.execute("VACUUM ANALYZE")
    source.close()
    return f"copied into {target.database} in {time.perf_counter() - start:.0f} s"


def _districts(db: sqlite3.Connection) -> list[int]:
    """Every division below province level, inserted as tracker would; their ids."""
    with DIVISIONS.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
                if r["level"] != "province"]
    db.executemany(
        "INSERT INTO districts (id, name, city, province, level, adcode) VALUES (?,?,?,?,?,?)",
        ((i, r["name"], r["city"] or None, r["province"], r["level"], r["adcode"]) for i, r in enumerate(rows, 1)),
    )
    return list(range(1, len(rows) + 1))


def _pick(rng: random.Random, cumulative: list[float]) -> int:
    return bisect.bisect(cumulative, rng.random() * cumulative[-1])


def _date(rng: random.Random) -> str:
    return (dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))).isoformat()


# --- what the CLI runs ----------------------------------------------------------------------


def captured_sql(db_url: str, call) -> list[tuple[str, tuple]]:
    """The statements (with parameters) that ``call(engine)`` sends, in order."""
    from sqlalchemy import event

    from tracker.queries import open_database

    engine = open_database(db_url)
    sent: list[tuple[str, tuple]] = []
    event.listen(engine, "before_cursor_execute", lambda _c, _cur, sql, params, *_: sent.append((sql, tuple(params or ()))))
    try:
        call(engine)
    finally:
        engine.dispose()
    # Leave out the schema check (alembic_version, table lookups) and transaction control.
    return [(sql, params) for sql, params in sent
            if sql.lstrip().upper().startswith("SELECT") and "alembic_version" not in sql and "sqlite_master" not in sql]


def report_sql() -> list[tuple[str, str]]:
    """Each report's name and SQL, comments stripped as tracker strips them."""
    from tracker.queries import strip_comments
    from tracker.reports import available

    return [(name, strip_comments(report.sql)) for name, report in available().items()]


def shell_script(statements: list[tuple[str, tuple]], outputs: list[Path]) -> str:
    """A sqlite3 shell script running each statement with its parameters into a CSV file."""
    lines = [".headers on", ".mode csv"]
    for (sql, params), out in zip(statements, outputs):
        lines.append(".parameter init")
        lines.append(".parameter clear")
        for i, value in enumerate(params, 1):
            lines.append(f".parameter set ?{i} {_shell_literal(value)}")
        if ":as_of" in sql:
            lines.append(f".parameter set :as_of {_shell_literal(AS_OF)}")
        lines.append(f".once {out}")
        lines.append(sql.strip().rstrip(";") + ";")
    return "\n".join(lines) + "\n"


def python_floor(path: Path) -> None:
    """The floor without the sqlite3 shell: statements as JSON on stdin, run by Python's
    sqlite3 module and written with the csv module (slower than the shell, so a kinder floor)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    for sql, params, out in json.load(sys.stdin):
        cursor = db.execute(sql, {"as_of": AS_OF} if ":as_of" in sql else params)
        with open(out, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([d[0] for d in cursor.description])
            writer.writerows(cursor)


def _shell_literal(value) -> str:
    if isinstance(value, (int, float)):
        return str(value)
    quoted = "'" + str(value).replace("'", "''") + "'"
    return '"' + quoted.replace("\\", "\\\\").replace('"', '\\"') + '"'  # the shell strips "…"


# --- timing --------------------------------------------------------------------------------------


def timed(command: list[str], runs: int, *, stdin: str | None = None) -> float:
    """Median wall time of up to ``runs`` runs after one warm-up (which fills the page cache);
    a command whose warm-up took over 20 s is timed once, so the whole stage stays under half
    an hour (their spread is a few per cent)."""
    times = []
    for attempt in range(runs + 1):
        start = time.perf_counter()
        result = subprocess.run(command, input=stdin, text=True, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed: {result.stderr.strip()[-2000:]}")
        if attempt:
            times.append(elapsed)
        if attempt == 0 and elapsed > 20:
            runs = 1
    return statistics.median(times)


def query_plans(path: Path, statements: list[tuple[str, str, tuple]]) -> list[tuple[str, str]]:
    """(what, plan line) for every full scan of a table in the statements' query plans.

    Scans of a CTE or a subquery's result (a materialised intermediate, named in the SQL or in
    a view's SQL) are left out: the scans that feed them are listed themselves.
    """
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    views = " ".join(sql for (sql,) in db.execute("SELECT sql FROM sqlite_master WHERE type = 'view'"))
    found = []
    for what, sql, params in statements:
        text = f"{sql} {views}"
        derived = set(re.findall(r"(\w+)\s+AS\s*\(", text)) | set(re.findall(r"\)\s+(\w+)", text))
        derived |= {alias for source, alias in re.findall(r"(?:FROM|JOIN)\s+(\w+)\s+(\w+)", text) if source in derived}
        bound = {"as_of": AS_OF} if ":as_of" in sql else params
        for row in db.execute(f"EXPLAIN QUERY PLAN {sql}", bound):
            match = re.match(r"SCAN (\w+)", row[-1])
            if match and match.group(1) not in derived and "COVERING INDEX" not in row[-1]:
                found.append((what, row[-1]))
    db.close()
    return found


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3, help="timed runs per command (median)")
    parser.add_argument("--keep", type=Path, help="build (or reuse) the database here instead of a temporary folder")
    parser.add_argument("--postgres", metavar="URL",
                        help="also copy the database into this PostgreSQL database (created if missing) and time the CLI there")
    parser.add_argument("--floor", type=Path, help=argparse.SUPPRESS)  # internal: see python_floor
    args = parser.parse_args(argv)
    if args.floor:
        python_floor(args.floor)
        return ""
    shell = shutil.which("sqlite3")
    if shell is None:
        print("No sqlite3 shell (apt-get install -y sqlite3): the floor is Python's sqlite3 module instead.")

    with tempfile.TemporaryDirectory(prefix="tracker-queries-") as folder:
        work = Path(folder)
        path = args.keep or work / "bench.db"
        start = time.perf_counter()
        if args.keep and path.exists():
            counts, built = None, "reused"
        else:
            counts = build(path, args.projects)
            built = f"built in {time.perf_counter() - start:.0f} s"
        url = f"sqlite:///{path}"
        big, typical = _districts_by_size(path)
        report = _compare(url, path, shell, work, args.runs, big, typical)
        header = [f"Database: {path.stat().st_size / 2**20:,.0f} MiB, {built}"]
        if counts:
            header.append("rows: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
        if args.postgres:
            copied = copy_to_postgres(path, args.postgres)
            report += f"\n\nPostgreSQL ({copied}):\n\n" + _time_cli(args.postgres, path, work, args.runs, big, typical)
        text = "\n".join(header + ["", report])
    print(text)
    return text


def _districts_by_size(path: Path) -> tuple[str, str]:
    """The district with the most projects, and one of middling size (rank 300), by adcode."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    ranked = [row[0] for row in db.execute(
        "SELECT d.adcode FROM projects p JOIN districts d ON d.id = p.district_id "
        "GROUP BY d.adcode ORDER BY count(*) DESC, d.adcode")]
    db.close()
    return ranked[0], ranked[min(300, len(ranked) - 1)]


def _cases(url: str, path: Path, work: Path, big: str, typical: str) -> list[tuple[str, list[str], list]]:
    """(label, CLI command, the statements it sends) for each command timed."""
    from tracker import queries

    db = ["--db", url]
    cases = [
        (f"report --all", [str(TRACKER), "report", "--all", "--out", str(work / "reports"), "--as-of", AS_OF, *db],
         [(sql, ()) for _, sql in report_sql()]),
    ]
    for adcode in (big, typical):
        name = _district_name(path, adcode)
        for command, call in (
            ("projects", lambda e, n=name: queries.projects(e, district=n)),
            ("issues", lambda e, n=name: queries.issues(e, district=n)),
        ):
            cases.append((f"{command} --district {name} ({_count(path, adcode)} projects)",
                          [str(TRACKER), command, "--district", name, "--format", "csv", *db],
                          captured_sql(url, call)))
    cases.append(("districts", [str(TRACKER), "districts", "--format", "csv", *db],
                  captured_sql(url, lambda e: queries.districts(e))))
    cases.append(("projects (all)", [str(TRACKER), "projects", "--format", "csv", *db],
                  captured_sql(url, lambda e: queries.projects(e))))
    return cases


def _time_cli(url: str, path: Path, work: Path, runs: int, big: str, typical: str) -> str:
    """The CLI's times alone (on PostgreSQL there is no shell floor here)."""
    lines = ["| command | CLI s |", "|---|---:|"]
    for label, command, _ in _cases(url, path, work, big, typical):
        lines.append(f"| tracker {label} | {timed(command, runs):.2f} |")
    return "\n".join(lines)


def _compare(url: str, path: Path, shell: str | None, work: Path, runs: int, big: str, typical: str) -> str:
    cases = _cases(url, path, work, big, typical)
    floor_name = "sqlite3 shell s" if shell else "python sqlite3 s"
    lines = [f"| command | rows | CLI s | {floor_name} | ratio | within 2x |", "|---|---:|---:|---:|---:|---|"]
    plans: list[tuple[str, str, tuple]] = []
    for label, command, statements in cases:
        outputs = [work / f"floor_{i}.csv" for i in range(len(statements))]
        cli = timed(command, runs)
        if shell:
            floor = timed([shell, "-batch", str(path)], runs, stdin=shell_script(statements, outputs))
        else:
            payload = json.dumps([(sql, params, str(out)) for (sql, params), out in zip(statements, outputs)])
            floor = timed([sys.executable, "-m", "bench.queries", "--floor", str(path)], runs, stdin=payload)
        ratio = cli / floor
        rows = sum(_csv_rows(out) for out in outputs)  # what the shell wrote: proof it ran the query
        lines.append(f"| tracker {label} | {rows:,} | {cli:.2f} | {floor:.2f} | {ratio:.2f} "
                     f"| {'yes' if ratio <= TARGET_RATIO else 'NO'} |")
        plans += [(label, sql, params) for sql, params in statements]
    scans = query_plans(path, plans)
    lines += ["", "Full-table SCANs in EXPLAIN QUERY PLAN:" if scans else "No full-table SCAN in any query plan."]
    lines += [f"- {what}: `{detail}`" for what, detail in dict.fromkeys(scans)]
    return "\n".join(lines)


def _csv_rows(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return max(0, sum(1 for _ in csv.reader(handle)) - 1)


def _district_name(path: Path, adcode: str) -> str:
    """The name to pass to --district: the district's own name when it is unique, else its adcode."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        name = db.execute("SELECT name FROM districts WHERE adcode = ?", (adcode,)).fetchone()[0]
        same = db.execute("SELECT count(*) FROM districts WHERE name LIKE ? || '%' OR city LIKE ? || '%'"
                          " OR province LIKE ? || '%'", (name, name, name)).fetchone()[0]
    return name if same == 1 else adcode


def _count(path: Path, adcode: str) -> str:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        n = db.execute("SELECT count(*) FROM projects p JOIN districts d ON d.id = p.district_id WHERE d.adcode = ?",
                       (adcode,)).fetchone()[0]
    return f"{n:,}"


if __name__ == "__main__":
    main()
