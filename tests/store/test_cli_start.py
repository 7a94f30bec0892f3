"""A command loads only what it needs: ``parting --help`` and the workspace commands that
read a few rows start without the engine and its analytics libraries (speed is measured
in ``benchmarks/``; here, which modules a command loads)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import parting_command, subprocess_env

ENGINE_LIBRARIES = ("duckdb", "polars", "narwhals", "scipy", "altair", "lingua", "pyspark")
# The modules are listed by an exit handler: ``python -m parting`` runs those, then leaves
# at once (``parting.cli.command``), before any line after it would run.
LOADED = """
import atexit, json, runpy, sys
atexit.register(lambda: print(json.dumps(sorted(sys.modules)), file=sys.stderr, flush=True))
sys.argv = ["parting", *sys.argv[1:]]
runpy.run_module("parting", run_name="__main__")
"""


def loaded_by(workspace: Path, *args: str) -> set[str]:
    """The top-level packages a ``parting`` process imported to run ``args``."""
    done = subprocess.run(
        [sys.executable, "-c", LOADED, *args],
        env=subprocess_env(workspace),
        capture_output=True,
        text=True,
        check=True,
    )
    return {name.split(".")[0] for name in json.loads(done.stderr.strip().splitlines()[-1])}


def test_help_starts_without_django_arrow_or_the_engine(tmp_path: Path) -> None:
    loaded = loaded_by(tmp_path, "--help")
    assert not loaded & {"django", "pyarrow", "numpy", "jinja2", "babel", *ENGINE_LIBRARIES}
    assert "parting" in loaded  # the command itself did run


@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="SQLite workspace; the SQLite pass runs it"
)
def test_listing_clients_and_incidents_loads_the_store_but_not_the_engine(tmp_path: Path) -> None:
    folder = tmp_path / "studio"
    subprocess.run(
        parting_command("init", "--workspace", str(folder)),
        env=subprocess_env(folder),
        capture_output=True,
        check=True,
    )
    for command in (["clients", "list"], ["incident", "list"]):
        loaded = loaded_by(folder, *command)
        assert "django" in loaded, command  # it did read the workspace
        assert not loaded & set(ENGINE_LIBRARIES), (command, loaded & set(ENGINE_LIBRARIES))
