"""The commands: ``parting check-letter`` (no workspace), ``parting plan`` and
``parting letter`` (over the workspace)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from parting.cli import app
from parting.errors import InputError, NotFoundError
from parting.store.models import Client, PlanStep, Project
from parting.store.settings import save_settings

from .test_checker import GOOD, letter
from .test_plans_store import START, store_client

runner = CliRunner()


def test_check_letter_passes_a_good_draft_with_exit_code_0(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(letter("fr"), encoding="utf-8")
    result = runner.invoke(app, ["check-letter", str(draft)])
    assert result.exit_code == 0, result.output
    assert "No problem found" in result.output


def test_check_letter_lists_problems_and_exits_1(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(letter("en", without="thanks", extra="YOU NEVER LISTEN!!!"), "utf-8")
    result = runner.invoke(app, ["check-letter", str(draft), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["language"] == "en"
    assert {f["rule"] for f in data["findings"]} == {"blame", "thanks", "shouting"}
    blame = next(f for f in data["findings"] if f["rule"] == "blame")
    assert blame["words"] == ["YOU NEVER"] and blame["suggestion"]


def test_check_letter_advises_in_the_readers_language_and_quotes_the_drafts_words(
    tmp_path: Path,
) -> None:
    draft = tmp_path / "brouillon.txt"
    draft.write_text(letter("fr", extra="Vous êtes nuls."), encoding="utf-8")
    english = CliRunner(env={"PARTING_LANG": "en"}).invoke(app, ["check-letter", str(draft)])
    assert english.exit_code == 1
    assert "Blame or a personal attack" in english.output
    assert "“Vous êtes nuls”" in english.output  # the draft's words, verbatim
    assert "Describe" in english.output  # the table wraps the advice over lines
    assert "Décrivez" not in english.output  # no French advice for an English reader
    french = CliRunner(env={"PARTING_LANG": "fr"}).invoke(app, ["check-letter", str(draft)])
    assert "«\u00a0Vous êtes nuls\u00a0»" in french.output  # quoted as French quotes
    result = CliRunner(env={"PARTING_LANG": "sl"}).invoke(
        app, ["check-letter", str(draft), "--format", "json"]
    )
    data = json.loads(result.stdout)
    assert data["language"] == "fr" and data["reader_language"] == "sl"
    (blame,) = data["findings"]
    assert blame["words"] == ["Vous êtes nuls"]
    assert blame["label"] != "Blame or a personal attack"  # Slovenian
    assert blame["example"] == "Le projet a demandé cinq séries de corrections."


def test_check_letter_reads_eml_and_html_drafts(tmp_path: Path) -> None:
    html = tmp_path / "draft.html"
    paragraphs = "".join(f"<p>{p}</p>" for p in GOOD["sl"].values())
    html.write_text(f"<html><body>{paragraphs}</body></html>", "utf-8")
    assert runner.invoke(app, ["check-letter", str(html), "--lang", "sl"]).exit_code == 0
    eml = tmp_path / "draft.eml"
    eml.write_bytes(
        b"Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + letter("en", without="alternatives").encode()
    )
    result = runner.invoke(app, ["check-letter", str(eml), "--format", "json"])
    assert result.exit_code == 1
    assert [f["rule"] for f in json.loads(result.stdout)["findings"]] == ["alternatives"]
    abuse = runner.invoke(app, ["check-letter", str(eml), "--sign", "abuse"])
    assert abuse.exit_code == 0


def test_check_letter_reads_the_draft_from_standard_input_with_a_dash(tmp_path: Path) -> None:
    """``-`` reads the draft piped in: the same findings as the same words in a file."""
    draft = letter("en", without="thanks", extra="YOU NEVER LISTEN!!!")
    (tmp_path / "draft.txt").write_text(draft, "utf-8")
    from_file = runner.invoke(
        app, ["check-letter", str(tmp_path / "draft.txt"), "--format", "json"]
    )
    piped = runner.invoke(app, ["check-letter", "-", "--format", "json"], input=draft)
    assert piped.exit_code == from_file.exit_code == 1
    read, expected = json.loads(piped.stdout), json.loads(from_file.stdout)
    assert read["findings"] == expected["findings"]
    assert read["file"] is None  # no file: standard input
    paragraphs = "".join(f"<p>{p}</p>" for p in GOOD["sl"].values())
    html = runner.invoke(app, ["check-letter", "-", "--lang", "sl"], input=f"<html>{paragraphs}")
    assert html.exit_code == 0, html.output
    shown = runner.invoke(app, ["check-letter", "--help"]).output.replace("│", " ")
    assert "- reads it from standard input" in " ".join(shown.split())  # however it wraps


def test_check_letter_refuses_an_empty_standard_input() -> None:
    result = runner.invoke(app, ["check-letter", "-"], input="  \n")
    assert isinstance(result.exception, InputError)
    assert "standard input is empty" in str(result.exception)


def test_check_letter_rejects_an_unknown_language(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Hello", "utf-8")
    result = runner.invoke(app, ["check-letter", str(draft), "--lang", "de"])
    # ``parting`` turns an InputError into one message and exit code 2 (cli.app.run)
    assert isinstance(result.exception, InputError) and "en, fr, vi, sl" in str(result.exception)


def test_check_letter_takes_a_sign_as_a_word_and_lists_the_signs_as_words(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(letter("en"), "utf-8")
    for typed in ("payment-risk", "payment_risk", "Payment risk"):  # new, old, label
        result = runner.invoke(app, ["check-letter", str(draft), "--sign", typed])
        assert result.exit_code == 0, (typed, result.output)
    refused = runner.invoke(app, ["check-letter", str(draft), "--sign", "late"])
    assert isinstance(refused.exception, InputError)
    assert "payment-risk" in str(refused.exception) and "_" not in str(refused.exception)


@pytest.mark.django_db(transaction=True)
def test_plan_opens_moves_along_and_writes_a_calendar(tmp_path: Path) -> None:
    store_client(owed=True)
    ics = tmp_path / "plan.ics"
    opened = runner.invoke(app, ["plan", "c1", "--start", START.isoformat(), "--ics", str(ics)])
    assert opened.exit_code == 0, opened.output
    assert "Exit plan for Lumen Bakery" in opened.output
    heading = " ".join(opened.output.split()[:14])  # the verdict, sign and move in words
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", heading), heading
    shown = json.loads(runner.invoke(app, ["plan", "c1", "--format", "json"]).stdout)
    assert shown["steps"][4]["status"] == "blocked"
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 2
    moved = runner.invoke(app, ["plan", "c1", "--done", "collect", "--note", "paid"])
    assert moved.exit_code == 0, moved.output
    assert PlanStep.objects.get(number=4).status == "done"
    assert PlanStep.objects.get(number=5).status == "todo"
    shown = runner.invoke(app, ["plan", "c1", "--format", "json"])
    data = json.loads(shown.stdout)
    assert data["start"] == START.isoformat() and data["steps"][3]["note"] == "paid"


@pytest.mark.django_db(transaction=True)
def test_a_plan_with_nothing_in_progress_says_the_meeting_ends_the_work_not_0_days() -> None:
    store_client()  # one paid invoice
    Project.objects.create(  # one-off work, delivered: no notice to give
        project_id="p1", client_id="c1", started_on=date(2025, 9, 1), ended_on=date(2025, 12, 1),
        recurring=False,
    )  # fmt: skip
    opened = runner.invoke(app, ["plan", "c1", "--start", START.isoformat()])
    assert opened.exit_code == 0, opened.output
    assert "where the work together ends" in " ".join(opened.output.split())
    assert "(0 days)" not in opened.output


@pytest.mark.django_db(transaction=True)
def test_a_plan_for_a_client_who_owes_nothing_says_so_not_a_sum_of_zero() -> None:
    store_client()  # its one invoice paid
    opened = CliRunner(env={"PARTING_LANG": "fr"}).invoke(
        app, ["plan", "c1", "--start", START.isoformat()]
    )
    assert opened.exit_code == 0, opened.output
    assert "Le client ne doit rien." in opened.output
    assert "Montant dû" not in opened.output  # was "Montant dû : 0,00 €."
    shown = runner.invoke(app, ["plan", "c1", "--format", "json"])
    assert json.loads(shown.stdout)["facts"]["money_owed"] == 0


@pytest.mark.django_db(transaction=True)
def test_a_step_cannot_be_skipped_without_a_note() -> None:
    store_client()
    runner.invoke(app, ["plan", "c1", "--start", START.isoformat()])
    result = runner.invoke(app, ["plan", "c1", "--skip", "9"])
    assert result.exit_code != 0
    assert PlanStep.objects.get(number=9).status == "todo"


@pytest.mark.django_db(transaction=True)
def test_letter_writes_the_clients_language_dated_from_the_plan(tmp_path: Path) -> None:
    store_client()
    runner.invoke(app, ["plan", "c1", "--start", START.isoformat()])
    out = tmp_path / "letter.txt"
    result = runner.invoke(app, ["letter", "c1", "--kind", "confirmation", "--output", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert "6 avril 2026" in text and "\n\nMadame, Monsieur,\n" in text  # client language fr
    set_ = runner.invoke(app, ["clients", "set", "c1", "--salutation", "Madame"])
    assert set_.exit_code == 0 and "Madame," in set_.output, set_.output
    runner.invoke(app, ["letter", "c1", "--kind", "confirmation", "--output", str(out)])
    assert "\n\nMadame,\n" in out.read_text("utf-8")
    assert "Je vous prie d’agréer, Madame," in out.read_text("utf-8")
    checked = runner.invoke(app, ["check-letter", str(out), "--kind", "confirmation"])
    assert checked.exit_code == 0, checked.output
    eml = tmp_path / "letter.eml"
    runner.invoke(app, ["letter", "c1", "--format", "eml", "--lang", "vi", "--output", str(eml)])
    assert b"X-Unsent: 1" in eml.read_bytes()


@pytest.mark.django_db(transaction=True)
def test_a_letter_for_a_client_not_yet_scored_says_to_score_first() -> None:
    Client.objects.create(client_id="c2", name="Unscored Ltd", language="en")
    result = runner.invoke(app, ["letter", "c2"])
    assert isinstance(result.exception, NotFoundError)  # ``run`` prints it, exit code 2
    assert "Unscored Ltd has no verdict yet" in str(result.exception)  # by name, not "c2"
    assert "parting triage" in str(result.exception)
    misspelt = runner.invoke(app, ["letter", "c9"])  # no such client: not "score first"
    assert "There is no client c9" in str(misspelt.exception)


@pytest.mark.django_db(transaction=True)
def test_plan_for_a_client_to_repair_opens_the_repair_plan_with_its_letters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from parting.cli.app import console

    monkeypatch.setattr(console, "width", 240)
    store_client(verdict="repair")
    result = runner.invoke(app, ["plan", "c1", "--start", date(2026, 3, 2).isoformat()])
    assert result.exit_code == 0, result.output
    assert "Repair plan for" in result.output and "review on" in result.output
    assert "parting letter c1 --kind expectations" in result.output
    assert "parting letter c1 --kind repair" in result.output
    refused = runner.invoke(app, ["plan", "c1", "--ics", "x.ics"])
    assert refused.exit_code != 0 and "calendar" in str(refused.exception) + refused.output


@pytest.mark.django_db(transaction=True)
def test_plan_for_a_client_to_keep_suggests_the_repair_letter() -> None:
    store_client(verdict="watch")
    result = runner.invoke(app, ["plan", "c1", "--start", date(2026, 3, 2).isoformat()])
    assert result.exit_code != 0
    assert "--kind repair" in str(result.exception) + result.output


@pytest.mark.django_db(transaction=True)
def test_plan_output_shows_the_command_for_the_calendar_and_the_letters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from parting.cli.app import console

    monkeypatch.setattr(console, "width", 240)  # one table line per line of text
    store_client()
    result = runner.invoke(app, ["plan", "c1", "--start", START.isoformat()])
    assert result.exit_code == 0, result.output
    assert "parting plan c1 --ics meeting.ics" in result.output
    assert "parting letter c1 --kind meeting-script" in result.output
    assert "parting letter c1 --kind confirmation" in result.output
    runner.invoke(app, ["plan", "c1", "--done", "confirm"])
    moved = runner.invoke(app, ["plan", "c1"])
    assert "--kind confirmation" not in moved.output  # done: no longer offered


@pytest.mark.django_db(transaction=True)
def test_skipping_without_a_note_names_the_note_option() -> None:
    store_client()
    runner.invoke(app, ["plan", "c1", "--start", START.isoformat()])
    result = runner.invoke(app, ["plan", "c1", "--skip", "hand_over"])
    assert isinstance(result.exception, InputError)
    assert "step 9" in str(result.exception) and "--note" in str(result.exception)


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("fmt", "name"), [("eml", "letter.csv"), ("html", "letter.eml")])
def test_a_letter_is_not_written_to_a_file_named_for_another_format(
    tmp_path: Path, fmt: str, name: str
) -> None:
    store_client()
    out = tmp_path / name
    result = runner.invoke(app, ["letter", "c1", "--format", fmt, "--output", str(out)])
    assert isinstance(result.exception, InputError)  # ``run`` prints it, exit code 2
    assert name in str(result.exception) and fmt in str(result.exception)
    assert not out.exists()


@pytest.mark.django_db(transaction=True)
def test_a_letter_goes_to_a_file_whole_or_is_refused_before_anything_is_written(
    tmp_path: Path,
) -> None:
    store_client()
    written = runner.invoke(app, ["letter", "c1", "-o", str(tmp_path / "letter.txt")])
    assert written.exit_code == 0, written.output
    assert [f.name for f in tmp_path.iterdir()] == ["letter.txt"]  # no temporary file left
    for target, said in (
        (tmp_path / "no-such-folder" / "letter.txt", "file {}: this file cannot be written."),
        (tmp_path, "folder {}: this is a folder, not a file."),
    ):
        refused = runner.invoke(app, ["letter", "c1", "--output", str(target)])
        assert isinstance(refused.exception, InputError)  # not a traceback
        assert said.format(target) in str(refused.exception)


def test_every_command_that_writes_a_file_offers_the_same_output_option() -> None:
    helps = {
        command: runner.invoke(app, [command, "--help"], env={"COLUMNS": "200"}).output
        for command in ("letter", "prospect-letter", "triage", "score")
    }
    for command, page in helps.items():
        shown = re.search(
            r"--output\s+-o\s+FILE\s+Write to this file instead of the screen\.", page
        )
        assert shown, command


@pytest.mark.django_db(transaction=True)
def test_a_plan_notice_goes_to_stderr_so_the_json_stays_clean() -> None:
    store_client(owed=True)
    runner.invoke(app, ["plan", "c1", "--start", START.isoformat()])
    again = runner.invoke(app, ["plan", "c1", "--start", "2026-05-01", "--format", "json"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["start"] == START.isoformat()
    assert "keeps its dates" in again.stderr


def test_check_letter_refuses_a_draft_nested_thousands_of_levels_deep(tmp_path: Path) -> None:
    body = "Content-Type: text/plain\n\nDear Ana,\n"
    for i in range(3000):
        body = f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n{body}\n--b{i}--\n'
    draft = tmp_path / "draft.eml"
    draft.write_text("From: me@studio.example\nSubject: Hello\nMIME-Version: 1.0\n" + body)
    result = runner.invoke(app, ["check-letter", str(draft)])
    assert isinstance(result.exception, InputError)  # ``run`` prints it, exit code 2
    assert "draft.eml" in str(result.exception) and "nests too many parts" in str(result.exception)


@pytest.mark.django_db(transaction=True)
def test_prospect_letter_needs_no_imported_data(tmp_path: Path) -> None:
    out = tmp_path / "welcome.txt"
    result = runner.invoke(
        app,
        [
            "prospect-letter",
            "Acme Ltd",
            "--contact",
            "Ana Kovač",
            "--salutation",
            "gospa",
            "--lang",
            "sl",
            "--output",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert "Spoštovana gospa Kovač," in text and "Preden začnemo" in text
    bad = runner.invoke(app, ["prospect-letter", "Acme", "--salutation", "Dr"])
    assert bad.exit_code != 0


@pytest.mark.django_db(transaction=True)
def test_a_letter_with_no_name_to_sign_it_says_where_to_set_one_on_stderr(
    tmp_path: Path,
) -> None:
    store_client()
    out = tmp_path / "letter.txt"
    unsigned = runner.invoke(app, ["letter", "c1", "--kind", "confirmation"])
    assert unsigned.exit_code == 0, unsigned.output
    assert "No name is set to sign letters" not in unsigned.stdout  # the letter alone
    told = " ".join(unsigned.stderr.split())
    assert "parting settings set FILE" in told
    assert "“Who signs the letters” and “Business name”" in told  # as the settings page says
    assert "business.signatory" not in told
    save_settings('[business]\nname = "Studio Lumen"\nsignatory = "Ana Novak"\n')
    signed = runner.invoke(app, ["letter", "c1", "--kind", "confirmation", "--output", str(out)])
    assert signed.exit_code == 0 and "No name is set" not in signed.stderr
    assert "Ana Novak\nStudio Lumen" in out.read_text("utf-8")


@pytest.mark.django_db(transaction=True)
def test_a_client_is_named_on_the_command_line_by_its_id_or_its_name() -> None:
    store_client(verdict="repair")
    by_id = runner.invoke(app, ["plan", "c1", "--format", "json"])
    assert by_id.exit_code == 0, by_id.output
    for named in ("Lumen Bakery", "lumen bakery", " Lumen  Bakery "):
        by_name = runner.invoke(app, ["plan", named, "--format", "json"])
        assert by_name.exit_code == 0, by_name.output
        assert json.loads(by_name.stdout)["client_id"] == "c1"
    Client.objects.create(client_id="c2", name="Lumen Bakery")
    twice = runner.invoke(app, ["letter", "Lumen Bakery"])
    assert isinstance(twice.exception, NotFoundError)
    assert "Several clients are named Lumen Bakery: c1, c2." in str(twice.exception)
    nobody = runner.invoke(app, ["letter", "Crumb & Co"])
    assert isinstance(nobody.exception, NotFoundError)
    assert "There is no client Crumb & Co." in str(nobody.exception)
