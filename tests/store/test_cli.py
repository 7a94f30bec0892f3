"""The workspace commands, as a person types them: what they print and what they change."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parting.cli import app
from parting.store.models import Client, Incident, Judgement, TimeEntry

from .business import count_rows
from .conftest import parting_command, subprocess_env
from .sources import toggl_row, write_toggl

runner = CliRunner()


def parting(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="SQLite workspace; the SQLite pass runs it"
)
def test_init_creates_the_database_and_a_private_secret_key(tmp_path: Path) -> None:
    folder = tmp_path / "studio"
    done = subprocess.run(
        parting_command("init", "--workspace", str(folder)),
        env=subprocess_env(tmp_path / "elsewhere"),
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"Workspace ready in {folder}" in done.stdout.replace("\n", "")
    key = folder / "secret.key"
    assert len(key.read_text().strip()) >= 50
    assert key.stat().st_mode & 0o077 == 0
    tables = {
        r[0]
        for r in sqlite3.connect(folder / "parting.sqlite3").execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
    }
    assert {"clients", "time_entries", "verdicts", "django_migrations"} <= tables
    secret = key.read_text()
    again = subprocess.run(  # a second init only brings the tables up to date
        [sys.executable, "-c", "from parting.store.workspace import init; init()"],
        env=subprocess_env(folder),
    )
    assert again.returncode == 0
    assert key.read_text() == secret


@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="SQLite workspace; the SQLite pass runs it"
)
@pytest.mark.parametrize("command", [["clients", "list"], ["migrate"]])
def test_a_command_on_a_missing_workspace_says_how_to_create_it(
    tmp_path: Path, command: list[str]
) -> None:
    done = subprocess.run(
        parting_command(*command, "--workspace", str(tmp_path / "none")),
        env=subprocess_env(tmp_path),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "parting init" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "none").exists()  # nothing half-made where the user mistyped


@pytest.mark.django_db
def test_import_prints_what_it_read_added_and_skipped(business: Path, tmp_path: Path) -> None:
    toggl = write_toggl(
        tmp_path / "toggl.csv",
        [toggl_row("Acme Ltd", "Web", "2026-02-02", "01:00:00", "Copy"), [""] * 14],
    )
    out = parting("import", str(business), str(toggl))
    total = sum(count_rows().values())
    assert f"{total} rows read, {total} added, 0 updated, 0 skipped." in out
    flat = " ".join(out.split())  # the console wraps long lines
    assert "(Parting CSV):" in flat and "(Toggl Track):" in flat  # the format by its name
    assert "parting_csv" not in flat and "(toggl)" not in flat
    assert "New clients: Acme Ltd, Bistro Lune, Kolo d.o.o." in flat  # names, not ids
    assert "skipped 1: blank line" in out
    assert TimeEntry.objects.filter(client_id="acme").count() == 3


@pytest.mark.django_db
def test_a_dry_run_says_so_and_stores_nothing(business: Path) -> None:
    out = parting("import", str(business), "--dry-run")
    assert "Dry run: nothing was stored." in out
    assert Client.objects.count() == 0


@pytest.mark.django_db
def test_a_bad_file_ends_the_command_with_the_place_and_the_fix(business: Path) -> None:
    (business / "invoices.csv").write_text(
        "invoice_id,client_id,issued_on,due_on,amount\ni9,acme,2026-01-01,2026-01-31,12 EUR\n"
    )
    result = runner.invoke(app, ["import", str(business)])
    error = result.exception
    assert error is not None and error.where.row == 2 and error.where.value == "12 EUR"
    assert "a dot for decimals" in error.message()
    assert Client.objects.count() == 0


@pytest.mark.django_db
def test_clients_list_and_unmatched(imported: Path, tmp_path: Path) -> None:
    Client.objects.create(client_id="kolo-bikes", name="Kolo")
    toggl = write_toggl(
        tmp_path / "t.csv", [toggl_row("KOLO", "Maps", "2026-02-04", "01:00:00", "x")]
    )
    parting("import", str(toggl))
    listed = parting("clients", "list")
    assert "Client id" in listed and "E-mail" in listed  # headings as a table titles them
    for name in ("Acme Ltd", "Bistro Lune", "Kolo d.o.o."):
        assert name in listed
    waiting = runner.invoke(app, ["clients", "unmatched"], env={"COLUMNS": "200"}).output
    assert "KOLO" in waiting and "kolo, kolo-bikes" in waiting
    # Headings as the other tables title them; the source by its name, not its id.
    assert "Name or address" in waiting and "Records waiting" in waiting
    assert "Toggl" in waiting and "toggl" not in waiting
    linked = parting("clients", "link", "KOLO", "kolo-bikes")
    assert "Linked KOLO to Kolo." in linked  # the client by its name, not the id typed
    assert "Every name and address is matched" in parting("clients", "unmatched")
    assert TimeEntry.objects.filter(client_id="kolo-bikes").count() == 1


@pytest.mark.django_db(transaction=True)  # the timeline reads through its own ADBC connection
def test_a_client_named_short_is_answered_with_the_names_that_hold_it(imported: Path) -> None:
    result = runner.invoke(app, ["timeline", "acme"])
    assert result.exit_code == 0  # the id
    result = runner.invoke(app, ["timeline", "Acme"])
    said = str(result.exception)
    assert result.exit_code != 0
    assert said == "There is no client “Acme”. Did you mean “Acme Ltd”?"
    result = runner.invoke(app, ["timeline", "Nobody Ltd"])
    assert "See your clients with: parting clients list" in str(result.exception)


@pytest.mark.django_db
def test_clients_merge_names_both_clients_as_a_person_knows_them(imported: Path) -> None:
    said = parting("clients", "merge", "acme", "kolo")
    assert "Merged Kolo d.o.o. into Acme Ltd." in said and "kolo " not in said
    assert not Client.objects.filter(pk="kolo").exists()
    Client.objects.create(client_id="acme-2", name="ACME LTD")
    said = parting("clients", "merge", "acme", "acme-2")
    assert "The two clients named Acme Ltd are now one." in said
    assert not Client.objects.filter(pk="acme-2").exists()


@pytest.mark.django_db
def test_incident_add_list_remove_and_judgement_add(imported: Path) -> None:
    out = parting(
        "incident", "add", "bistro", "--kind", "abuse", "--severity", "high",
        "--note", "Threw a menu", "--date", "2026-03-01", "--staff", "Luc",
    )  # fmt: skip
    incident = Incident.objects.get(note="Threw a menu")
    assert f"Logged incident {incident.incident_id}." in out
    listed = runner.invoke(app, ["incident", "list", "Bistro Lune"], env={"COLUMNS": "200"}).output
    assert "Threw a menu" in listed and "inc1" not in listed
    assert "Bistro Lune" in listed and "bistro " not in listed  # the client by name, not id
    assert "What happened" in listed and "Mar 1, 2026" in listed and "2026-03-01" not in listed
    parting("incident", "remove", incident.incident_id)
    assert not Incident.objects.filter(pk=incident.pk).exists()
    parting("judgement", "add", "acme", "--kind", "will_pass", "--sign", "payment_risk",
            "--note", "Cash-flow dip")  # fmt: skip
    assert Judgement.objects.filter(client_id="acme", sign="payment_risk").exists()


@pytest.mark.django_db
def test_values_are_typed_and_read_as_words_never_as_snake_case_ids(imported: Path) -> None:
    parting("incident", "add", "acme", "--kind", "public-criticism", "--severity", "Medium",
            "--note", "Review site", "--date", "2026-03-02")  # fmt: skip
    parting("incident", "add", "acme", "--kind", "scope_dispute",  # the old spelling still works
            "--note", "Extra pages", "--date", "2026-03-03")  # fmt: skip
    parting("incident", "add", "acme", "--kind", "Public criticism",  # the label, as read
            "--note", "Forum post", "--date", "2026-03-04")  # fmt: skip
    kinds = sorted(Incident.objects.filter(client_id="acme").values_list("kind", flat=True))
    assert kinds[-3:] == ["public_criticism", "public_criticism", "scope_dispute"]
    listed = runner.invoke(app, ["incident", "list", "acme"], env={"COLUMNS": "200"}).output
    assert "Public criticism" in listed and "Scope dispute" in listed and "medium" in listed
    assert "public_criticism" not in listed and "scope_dispute" not in listed
    parting("judgement", "add", "acme", "--kind", "will-pass", "--sign", "payment-risk")
    assert Judgement.objects.filter(client_id="acme", kind="will_pass", sign="payment_risk")
    refused = runner.invoke(app, ["incident", "add", "acme", "--kind", "rude"])
    fix = refused.exception.fix  # type: ignore[union-attr]
    assert "public-criticism" in fix and "scope-dispute" in fix and "_" not in fix


@pytest.mark.django_db
def test_french_values_are_read_in_french(imported: Path) -> None:
    from parting.i18n import activate, deactivate

    activate("fr")
    try:
        parting("incident", "add", "acme", "--kind", "Critique publique", "--note", "Avis")
        listed = runner.invoke(app, ["incident", "list", "acme"], env={"COLUMNS": "200"}).output
    finally:
        deactivate()
    assert Incident.objects.filter(client_id="acme", note="Avis", kind="public_criticism")
    assert "Critique publique" in listed


@pytest.mark.django_db
def test_a_date_that_is_not_one_is_refused(imported: Path) -> None:
    result = runner.invoke(app, ["incident", "add", "acme", "--kind", "abuse", "--date", "1/3"])
    assert result.exception is not None and result.exception.where.value == "1/3"


@pytest.mark.django_db
def test_settings_set_and_show(tmp_path: Path) -> None:
    file = tmp_path / "studio.toml"
    file.write_text('[business]\ncurrency = "CHF"\n')
    assert "Settings saved." in parting("settings", "set", str(file))
    assert 'currency = "CHF"' in parting("settings", "show")
    assert "[drain]" in parting("settings", "show", "--all")


@pytest.mark.django_db(transaction=True)
def test_an_empty_workspace_says_to_import_data_first_instead_of_an_empty_table() -> None:
    for command in (["triage"], ["clients", "list"], ["timeline"]):
        result = runner.invoke(app, command)
        assert result.exit_code == 0, result.output
        assert result.stdout == ""
        assert "no clients yet" in result.stderr and "parting import" in result.stderr
    result = runner.invoke(app, ["triage", "--format", "json"])
    assert json.loads(result.stdout) == []  # a script still reads a list
    nothing_logged = runner.invoke(app, ["incident", "list"], env={"COLUMNS": "200"})
    assert "No incident is logged yet" in nothing_logged.stdout and "┏" not in nothing_logged.stdout


@pytest.mark.django_db(transaction=True)
def test_triage_with_a_profile_says_on_stderr_where_the_time_went(imported: Path) -> None:
    result = runner.invoke(
        app, ["triage", "--as-of", "2026-03-15", "--format", "json", "--profile"]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)  # the verdicts alone on stdout
    for step in ("Reading and checking the data files", "Keeping the verdicts in the workspace"):
        assert step in result.stderr


@pytest.mark.django_db(transaction=True)
def test_triage_prints_and_stores_the_verdicts_then_export_writes_every_table(
    imported: Path, tmp_path: Path
) -> None:
    out = parting("triage", "--as-of", "2026-03-15", "--format", "json", "--engine", "polars")
    verdicts = {v["client_id"]: v["verdict"] for v in json.loads(out)}
    assert verdicts["acme"] == "part_ways_now"
    assert "Part ways now" in parting("clients", "list")  # the verdict's label, not its id
    out = parting("export", str(tmp_path / "backup"))
    assert f"Exported {sum(count_rows().values())} rows in 8 files" in out.replace("\n", "")


@pytest.mark.django_db
def test_importing_the_demo_folder_says_its_studio_settings_are_not_applied(
    tmp_path: Path,
) -> None:
    from parting import demo

    folder = tmp_path / "demo-out"
    demo.write(demo.generate(12, 7), folder)
    result = runner.invoke(app, ["import", str(folder)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "also holds the demo studio's settings" in " ".join(result.stdout.split())
    settings = folder / demo.SETTINGS_FILE
    assert f"parting settings set {settings}" in result.stderr  # on one line, to copy
    parting("settings", "set", str(settings))
    again = runner.invoke(app, ["import", str(folder)], catch_exceptions=False)
    assert "demo studio" not in again.stdout and "settings set" not in again.stderr
