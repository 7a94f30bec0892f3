"""``parting eval-text`` from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parting.cli import app
from parting.errors import InputError
from parting.text.evaluation import MODEL, model_applies

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
    change = [
        s for s in scores if s["label"] == "is_change_request" and s["classifier"] == "patterns"
    ]
    assert sum(s["tp"] for s in change) == 1
    # The model's second opinions are measured beside the patterns when they apply, on
    # every class.
    assert {s["classifier"] for s in scores} == {
        "patterns",
        MODEL if model_applies() else "patterns",
    }
    if model_applies():
        assert {s["label"] for s in scores if s["classifier"] == MODEL} >= {"is_change_request"}


def test_eval_text_says_which_classifiers_ran(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from parting.text import calm, embed

    monkeypatch.delenv("PARTING_TEXT_MODEL", raising=False)
    monkeypatch.setattr(embed, "available", lambda: False)
    calm.shipped.cache_clear()
    result = runner.invoke(app, ["eval-text", "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert "Classifiers measured: patterns." in " ".join(result.output.split())


def test_eval_text_prints_a_table(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PARTING_TEXT_MODEL", raising=False)
    result = runner.invoke(app, ["eval-text", "--data", str(data)])
    assert result.exit_code == 0, result.output
    assert "precision, recall, F1" in result.output
    # Classes are named in words, never by their column names.
    assert "is_" not in result.output


def test_eval_text_rejects_an_unknown_format(data: Path) -> None:
    result = runner.invoke(app, ["eval-text", "--data", str(data), "--format", "xml"])
    assert result.exit_code != 0
    assert "table, json" in str(result.exception) or "table, json" in result.output


def test_eval_text_names_a_folder_without_labelled_sets(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval-text", "--data", str(tmp_path)])
    assert result.exit_code != 0
    assert str(tmp_path) in str(result.exception)


def test_any_csv_with_a_text_and_a_label_column_is_measured_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PARTING_TEXT_MODEL", raising=False)
    labelled = tmp_path / "client_mail.csv"
    labelled.write_text(
        "body,label\n"
        '"Please send the monthly report.",none\n'
        '"You idiot, fix it.",abusive\n'
        '"Could you change the logo colour?",change request\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval-text", "--data", str(labelled), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = [s for s in json.loads(result.stdout)["scores"] if s["classifier"] == "patterns"]
    assert {s["split"] for s in scores} == {"all"}
    assert {s["label"] for s in scores} == {"is_abusive", "is_change_request"}
    assert sum(s["support"] for s in scores) == 2
    assert sum(s["fp"] for s in scores) == 0


@pytest.mark.parametrize("column", ["is_abusive", "toxic", "hateful"])
def test_a_yes_no_column_named_after_a_class_is_its_label(
    column: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PARTING_TEXT_MODEL", raising=False)
    labelled = tmp_path / "comments.csv"
    labelled.write_text(
        f'text,{column}\n"Espèce d\'idiot, réparez ça.",1\n"Merci pour le rapport mensuel.",0\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval-text", "--data", str(labelled), "--format", "json"])
    assert result.exit_code == 0, result.output
    scores = [s for s in json.loads(result.stdout)["scores"] if s["classifier"] == "patterns"]
    assert [(s["label"], s["support"], s["tp"], s["fp"]) for s in scores] == [
        ("is_abusive", 1, 1, 0)
    ]


def test_a_hatecheck_file_without_template_ids_is_read_as_any_labelled_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PARTING_TEXT_MODEL", raising=False)
    (tmp_path / "hatecheck_en.csv").write_text(
        "text,label,functionality\nI hate women.,hateful,x\nI love women.,non-hateful,y\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval-text", "--data", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    (score,) = [s for s in json.loads(result.stdout)["scores"] if s["classifier"] == "patterns"]
    assert (score["tp"], score["fp"], score["split"]) == (1, 0, "all")


@pytest.mark.parametrize(
    ("content", "said"),
    [
        ("text\nhello\n", "no label column"),
        ("text,label\nhello,furious\n", "value “furious”"),
        ('text,label\n"a, b",none,extra\n', "row 2"),
        ("text,label\n", "no labelled rows"),
        ("", "empty"),
        ("text,label,language\nhello,none,de\n", "value “de”"),
    ],
)
def test_a_malformed_file_is_refused_with_a_message_naming_the_problem(
    tmp_path: Path, content: str, said: str
) -> None:
    bad = tmp_path / "labelled.csv"
    bad.write_text(content, encoding="utf-8")
    result = runner.invoke(app, ["eval-text", "--data", str(bad)])
    assert isinstance(result.exception, InputError)
    assert said in str(result.exception)
    assert str(bad) in str(result.exception)


def test_a_file_that_is_not_utf8_ends_with_exit_2_and_no_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "labelled.csv"
    bad.write_bytes("text,label\ncaf\xe9,none\n".encode("latin-1"))
    done = subprocess.run(
        [sys.executable, "-m", "parting", "eval-text", "--data", str(bad)],
        env={**os.environ, "PARTING_LANG": "en"},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert "UTF-8" in done.stderr
    assert "Traceback" not in done.stderr
