"""An error names where the problem is as what it is: a folder as a folder, a file as a
file, and a path with nothing there as the path alone — never "file …" for a folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from parting.cli import app
from parting.errors import InputError, Location, place
from parting.i18n import activate
from parting.ingest.detect import detect

runner = CliRunner()


def refusal(*args: str) -> str:
    """The message of the error the command stops with (the CLI prints it, exit code 2)."""
    result = runner.invoke(app, list(args))
    assert isinstance(result.exception, InputError), result.output
    return str(result.exception)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    empty = tmp_path / "exports"
    empty.mkdir()
    return empty


def test_a_folder_is_named_a_folder_a_file_a_file_and_nothing_by_its_path(tmp_path: Path) -> None:
    (tmp_path / "clients.csv").write_text("client_id\n", encoding="utf-8")
    assert place(tmp_path) == Location(folder=str(tmp_path))
    assert place(tmp_path / "clients.csv") == Location(file=str(tmp_path / "clients.csv"))
    assert place(tmp_path / "gone") == Location(path=str(tmp_path / "gone"))


@pytest.mark.parametrize(
    ("lang", "folder_word"),
    [("en", "folder"), ("fr", "dossier"), ("vi", "thư mục"), ("sl", "mapa")],
)
def test_a_folder_is_named_a_folder_in_every_language(lang: str, folder_word: str) -> None:
    activate(lang)
    try:
        assert Location(folder="/data/exports").describe() == f"{folder_word} /data/exports"
        assert Location(path="/data/gone").describe() == "/data/gone"
    finally:
        activate("en")


def test_score_names_an_empty_folder_as_a_folder(folder: Path) -> None:
    said = refusal("score", "--input", str(folder))
    assert f"folder {folder}: the folder holds no Parting table." in said
    assert "file " not in said.split(":")[0]


def test_score_names_a_file_given_for_a_folder_as_a_file(folder: Path) -> None:
    sheet = folder / "clients.csv"
    sheet.write_text("client_id\n", encoding="utf-8")
    assert f"file {sheet}: this is a file, not a folder." in refusal("score", "--input", str(sheet))


def test_score_names_a_missing_folder_by_its_path(tmp_path: Path) -> None:
    gone = tmp_path / "not-exported-yet"
    said = refusal("score", "--input", str(gone))
    assert f"{gone}: there is no folder here." in said
    assert f"file {gone}" not in said and f"folder {gone}" not in said


def test_an_output_that_is_a_folder_is_named_a_folder(folder: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "clients.csv").write_text("client_id,name\nc1,Acme\n", encoding="utf-8")
    said = refusal("score", "--input", str(data), "--format", "json", "--output", str(folder))
    assert f"folder {folder}: this is a folder, not a file." in said


def test_an_import_of_nothing_names_the_path_and_of_an_unknown_folder_the_folder(
    folder: Path, tmp_path: Path
) -> None:
    with pytest.raises(InputError) as nothing:
        detect(tmp_path / "gone.csv")
    assert str(nothing.value).startswith(f"{tmp_path / 'gone.csv'}: there is no file or folder")
    with pytest.raises(InputError) as unknown:
        detect(folder)
    assert str(unknown.value).startswith(f"folder {folder}: this is not an export Parting knows.")


def test_eval_text_names_a_folder_without_labelled_sets_as_a_folder(folder: Path) -> None:
    said = refusal("eval-text", "--data", str(folder))
    assert f"folder {folder}: no labelled set was found in this folder." in said


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "value “12,34,5”"),
        ("fr", "valeur «\u00a012,34,5\u00a0»"),
        ("vi", "giá trị “12,34,5”"),
        ("sl", "vrednost »12,34,5«"),
    ],
)
def test_a_value_from_the_data_is_quoted_as_the_reader_s_language_quotes(
    lang: str, said: str
) -> None:
    activate(lang)
    try:
        assert said in Location(file="invoices.csv", row=4, value="12,34,5").describe()
    finally:
        activate("en")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--format", "xml"], "unknown format “xml”."),
        (["--engine", "spork"], "unknown engine “spork”."),
    ],
)
def test_an_unknown_choice_is_quoted_as_every_other_value(
    folder: Path, args: list[str], said: str
) -> None:
    (folder / "clients.csv").write_text("client_id,name\nc1,Acme\n", encoding="utf-8")
    assert said in refusal("score", "--input", str(folder), *args)
