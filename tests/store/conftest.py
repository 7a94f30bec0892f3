"""Fixtures for the workspace tests.

They run on the database Django is configured with: SQLite by default, PostgreSQL when
``DATABASE_URL`` is set (``test_postgres.py`` runs this folder again that way). Tests that
read through ADBC use ``transaction=True``: ADBC opens its own connection and only sees
committed rows.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from .business import write_business

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def business(tmp_path: Path) -> Path:
    return write_business(tmp_path / "business")


@pytest.fixture
def imported(business: Path, db: None) -> Path:
    from parting.store.imports import import_paths

    import_paths([business])
    return business


def subprocess_env(workspace: Path) -> dict[str, str]:
    """The environment of a ``parting`` process on its own SQLite workspace: never the
    database the tests use."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PARTING_HOME")}
    env["PARTING_WORKSPACE"] = str(workspace)
    env["PARTING_LANG"] = "en"
    env["PYTHONPATH"] = str(ROOT / "src")
    return env


def parting_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "parting", *args]
