"""Ctrl+C during ``parting import`` tells the truth: before the commit nothing changed,
and it says so; after it, the import is complete, and it says that."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from parting.cli import app
from parting.store import imports
from parting.store.models import Client, ImportBatch

runner = CliRunner()


@pytest.mark.django_db(transaction=True)
def test_ctrl_c_before_the_commit_changes_nothing_and_says_so(
    business: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = imports.write_tables
    written: list[str] = []

    def interrupted(tables: Any, batch_id: int | None, progress: Any = None) -> Any:
        real(tables, batch_id, progress)  # every row written, the commit not yet made
        written.append("all")
        raise KeyboardInterrupt

    monkeypatch.setattr(imports, "write_tables", interrupted)
    result = runner.invoke(app, ["import", str(business)])
    assert written == ["all"]
    assert result.exit_code == 130
    assert "nothing changed" in result.stderr
    assert "complete" not in result.output
    assert not Client.objects.exists() and not ImportBatch.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_ctrl_c_after_the_commit_says_the_import_is_complete(
    business: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = imports.import_paths

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        real(*args, **kwargs)  # committed; Ctrl+C comes before the summary is printed
        raise KeyboardInterrupt

    monkeypatch.setattr(imports, "import_paths", interrupted)
    result = runner.invoke(app, ["import", str(business)])
    assert result.exit_code == 130
    assert "it is complete" in result.stderr
    assert "nothing changed" not in result.output
    assert f"{business} (Parting CSV): 16 rows read" in " ".join(result.stdout.split())
    assert Client.objects.count() == 3


@pytest.mark.django_db(transaction=True)
def test_ctrl_c_during_a_dry_run_says_nothing_changed(
    business: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(imports, "import_paths", interrupted)
    result = runner.invoke(app, ["import", str(business), "--dry-run"])
    assert result.exit_code == 130 and "nothing changed" in result.stderr
