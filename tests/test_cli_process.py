"""The ``parting`` program as a process of its own: it ends as soon as its work is done
(``parting.cli.command``: the interpreter does not take its modules apart one by one) and
still hands over all its output and the exit code of the command; ``parting triage``
reads the workspace's file while Django starts, and scores and keeps what it read."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def parting(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``python -m parting ARGS`` as a separate process, its output through pipes, on
    the workspace's own SQLite file."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PARTING_LANG": "en"}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "parting", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )


def test_the_whole_output_reaches_a_pipe_and_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "studio"
    made = parting("demo", "--clients", "12", "--out", folder, "--as-of", "2026-06-30")
    assert made.returncode == 0, made.stderr
    # Through a pipe, the output is held in a buffer until the program flushes it.
    piped = parting("score", "--input", folder, "--as-of", "2026-06-30", "--format", "json")
    assert piped.returncode == 0, piped.stderr
    assert len(json.loads(piped.stdout)) == 12
    written = tmp_path / "triage.json"
    to_file = parting(
        "score", "--input", folder, "--as-of", "2026-06-30", "--format", "json",
        "--output", written,
    )  # fmt: skip
    assert to_file.returncode == 0, to_file.stderr
    assert json.loads(written.read_text(encoding="utf-8")) == json.loads(piped.stdout)


def test_what_is_still_buffered_and_what_runs_at_exit_come_out() -> None:
    # A command that leaves its last words in the buffer and work for the exit.
    script = (
        "import atexit, sys\n"
        "import parting.cli as cli\n"
        "def work():\n"
        "    atexit.register(lambda: print('and the clean-up ran'))\n"
        "    print('done', end='; ')\n"
        "    sys.exit(3)\n"
        "cli.main = work\n"
        "cli.command()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300
    )
    assert (done.returncode, done.stdout) == (3, "done; and the clean-up ran\n"), done.stderr


def test_an_error_ends_the_program_with_code_2_and_says_why() -> None:
    done = parting("demo", "--as-of", "2026-13-01")
    assert done.returncode == 2
    assert "--as-of" in done.stderr and "YYYY-MM-DD" in " ".join(done.stderr.split())


def test_triage_scores_and_keeps_every_client_of_the_workspace_file(tmp_path: Path) -> None:
    folder, workspace = tmp_path / "studio", tmp_path / "workspace"
    assert (
        parting("demo", "--clients", "15", "--out", folder, "--as-of", "2026-06-30").returncode == 0
    )
    assert parting("init", "--workspace", workspace).returncode == 0
    assert parting("import", folder, "--workspace", workspace).returncode == 0
    done = parting(
        "triage", "--workspace", workspace, "--as-of", "2026-06-30", "--format", "json"
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    printed = {v["client_id"]: v["verdict"] for v in json.loads(done.stdout)}
    with sqlite3.connect(workspace / "parting.sqlite3") as db:
        kept = dict(db.execute("SELECT client_id, verdict FROM verdicts").fetchall())
    assert len(printed) == 15 and kept == printed


def test_a_scoring_of_its_own_loads_no_pandas_and_writes_what_one_in_process_writes(
    tmp_path: Path,
) -> None:
    from typer.testing import CliRunner

    from parting.cli import app

    folder = tmp_path / "studio"
    assert parting("demo", "--clients", "30", "--out", folder).returncode == 0
    args = ["score", "--input", str(folder), "--as-of", "2026-06-30", "--format", "json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PARTING_LANG": "en"}
    alone = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "parting", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert alone.returncode == 0, alone.stderr
    loaded = {
        line.rsplit("|", 1)[-1].strip()
        for line in alone.stderr.splitlines()
        if line.startswith("import time:")
    }
    assert {"pyarrow", "duckdb", "polars"} <= loaded
    # (A look that found nothing to load is listed too: pandas's modules show a load.)
    assert not [name for name in loaded if name.startswith("pandas.")]
    # In this process (a test's), pyarrow is left to ask about pandas as it likes.
    inside = CliRunner(env={"PARTING_LANG": "en"}).invoke(app, args)
    assert inside.exit_code == 0, inside.output
    assert alone.stdout == inside.stdout
