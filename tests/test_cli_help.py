"""Every command explains itself, and start-up stays light: no pandas, Alembic or pydantic for queries."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import typer

from tests.conftest import ROOT
from tests.test_queries import populate

COMMANDS = {"seed", "projects", "issues", "districts", "show", "sql", "report"}


def _root():
    from tracker.cli import app

    return typer.main.get_command(app)


def test_every_command_and_option_has_help():
    root = _root()
    assert COMMANDS <= set(root.commands)
    for name, command in root.commands.items():
        assert (command.help or "").strip(), f"{name} has no help"
        for param in command.params:
            assert (getattr(param, "help", None) or "").strip(), f"{name} {param.name} has no help"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_help_for_each_command(command):
    result = subprocess.run([sys.executable, "-m", "tracker", command, "--help"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout


def test_root_help_lists_the_commands():
    result = subprocess.run([sys.executable, "-m", "tracker", "--help"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


PROBE = """
import json, sys
sys.argv = ["tracker", *json.loads(sys.argv[1])]
from tracker.cli import main
code = 0
try:
    main()
except SystemExit as exc:
    code = exc.code
heavy = sorted(m for m in ("pandas", "alembic", "numpy", "opencc", "pydantic") if m in sys.modules)
print(json.dumps({"code": code, "heavy": heavy}), file=sys.stderr)
"""


def _imports(args: list[str]) -> dict:
    result = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], capture_output=True, text=True, cwd=ROOT)
    return json.loads(result.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "args",
    [["--help"], ["projects", "--help"], ["report", "--help"], ["sql", "--help"], ["--version"]],
)
def test_help_imports_neither_pandas_nor_alembic(args):
    probe = _imports(args)
    assert probe["code"] in (0, None)
    assert probe["heavy"] == []


def test_query_commands_import_neither_pandas_nor_alembic(tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    populate(url)
    for args in (["projects", "--district", "宽城"], ["issues", "-f", "json"], ["districts", "-f", "csv"], ["show", "中东广场"],
                 ["sql", "SELECT COUNT(*) FROM projects"]):
        probe = _imports([*args, "--db", url])
        assert probe["code"] in (0, None), args
        assert probe["heavy"] == [], args


def test_report_pays_for_pandas(tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    populate(url)
    probe = _imports(["report", "projects", "--out", str(tmp_path / "out"), "--db", url])
    assert probe["code"] in (0, None)
    assert "pandas" in probe["heavy"] and "alembic" not in probe["heavy"]


def test_version():
    result = subprocess.run([sys.executable, "-m", "tracker", "--version"], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0 and result.stdout.startswith("tracker ")
