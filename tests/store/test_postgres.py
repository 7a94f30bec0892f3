"""The workspace tests again, on a real PostgreSQL server.

Django connects to one database per test run, so this runs the folder's tests in a second
pytest with ``DATABASE_URL`` set to ``TEST_DATABASE_URL`` (``.ci/run`` starts the server and
sets it). Tests that only make sense on SQLite (the killed import, the command-line
workspaces in their own folders) skip themselves there, saying so.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

URL = os.environ.get("TEST_DATABASE_URL", "")


@pytest.mark.postgres
@pytest.mark.skipif(
    not URL, reason="TEST_DATABASE_URL is not set: no PostgreSQL server to test the store on"
)
@pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")), reason="already on PostgreSQL")
def test_the_workspace_tests_pass_on_postgresql(tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": URL, "PARTING_WORKSPACE": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", str(Path(__file__).parent), "-q", "-m", "not postgres",
         "-p", "no:cacheprovider"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert " passed" in done.stdout
