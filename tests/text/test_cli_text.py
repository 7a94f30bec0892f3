"""``parting eval-text`` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parting.cli import app

runner = CliRunner()

BUSINESS = """text,classes
"Could you change the logo colour?",is_change_request
"Our accountant is on holiday, we will pay next week.",is_payment_excuse
"Thanks, all good.",
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "business_en.csv").write_text(BUSINESS, encoding="utf-8")
    return tmp_path


def test_eval_text_reports_scores_as_json(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PARTING_TEXT_MODEL", raising=False)
    result = runner.invoke(app, ["eval-text", "--data", str(data), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)["scores"]
    change = [s for s in scores if s["label"] == "is_change_request"]
    assert sum(s["tp"] for s in change) == 1
    assert {s["classifier"] for s in scores} == {"patterns"}


def test_eval_text_prints_a_table(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PARTING_TEXT_MODEL", raising=False)
    result = runner.invoke(app, ["eval-text", "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert "precision, recall, F1" in result.output


def test_eval_text_rejects_an_unknown_format(data: Path) -> None:
    result = runner.invoke(app, ["eval-text", "--data", str(data), "--format", "xml"])
    assert result.exit_code != 0
    assert "table, json" in str(result.exception) or "table, json" in result.output


def test_eval_text_names_a_folder_without_labelled_sets(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval-text", "--data", str(tmp_path)])
    assert result.exit_code != 0
    assert str(tmp_path) in str(result.exception)
