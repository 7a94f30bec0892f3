"""An import killed mid-way (SIGKILL: no cleanup runs) leaves the workspace as it was."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pv
import pytest

from .business import count_rows, write_business
from .conftest import parting_command, subprocess_env

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="kills a SQLite import; the SQLite pass runs it"
)

BIG_ROWS = 100_000
# Create the workspace and import a folder, without the whole command line's start-up.
SETUP = """
import sys
from pathlib import Path
from parting.store.workspace import init
init()
from parting.store.imports import import_paths
import_paths([Path(sys.argv[1])])
"""


def write_big_folder(folder: Path) -> Path:
    """Clients and projects already stored, and many new time entries for them."""
    folder.mkdir()
    n = pa.array(range(BIG_ROWS))
    entries = pa.table(
        {
            "entry_id": pa.compute.binary_join_element_wise("big-", n.cast(pa.string()), ""),
            "client_id": pa.array(["acme"] * BIG_ROWS),
            "project_id": pa.array(["p-acme-web"] * BIG_ROWS),
            "date": pa.array(["2026-01-05"] * BIG_ROWS),
            "hours": pa.array([1.5] * BIG_ROWS),
            "description": pa.compute.binary_join_element_wise("task ", n.cast(pa.string()), ""),
        }
    )
    pv.write_csv(entries, folder / "time_entries.csv")
    return folder


def counts(database: Path) -> dict[str, int]:
    with sqlite3.connect(database) as db:
        return {
            name: db.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in count_rows()
        }


def test_a_killed_import_leaves_the_workspace_as_it_was(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    env = subprocess_env(workspace)
    business = write_business(tmp_path / "business")
    subprocess.run([sys.executable, "-c", SETUP, str(business)], env=env, check=True)
    database = workspace / "parting.sqlite3"
    before = counts(database)
    big = write_big_folder(tmp_path / "big")

    wal = Path(f"{database}-wal")
    start = wal.stat().st_size if wal.exists() else 0
    process = subprocess.Popen(
        parting_command("import", str(big)), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > start + 1_000_000:  # rows are being written
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the import ended before it could be killed"

    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert counts(database) == before
