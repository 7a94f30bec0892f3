"""``parting import`` into the workspace: every table stored, all-or-nothing, idempotent."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from parting.errors import InputError
from parting.store.imports import import_paths
from parting.store.models import (
    Client,
    ImportBatch,
    Incident,
    Invoice,
    Judgement,
    Message,
    Payment,
    Project,
    TimeEntry,
)

from .business import TABLES, count_rows, write_business

pytestmark = pytest.mark.django_db

MODELS = {
    "clients": Client,
    "projects": Project,
    "time_entries": TimeEntry,
    "invoices": Invoice,
    "payments": Payment,
    "messages": Message,
    "incidents": Incident,
    "judgements": Judgement,
}


def stored_counts() -> dict[str, int]:
    return {name: model.objects.count() for name, model in MODELS.items()}


def edit(folder: Path, table: str, row: int, column: str, value: str) -> None:
    rows = [dict(r) for r in TABLES[table]]
    rows[row][column] = value
    write_business(folder, {table: rows})


def test_a_parting_csv_folder_stores_every_row_of_every_table(business: Path) -> None:
    [batch] = import_paths([business])
    assert stored_counts() == count_rows()
    assert batch.added == sum(count_rows().values())
    assert batch.summary["new_clients"] == ["acme", "bistro", "kolo"]
    entry = TimeEntry.objects.get(entry_id="t2")
    assert (entry.client_id, entry.project_id, entry.hours, entry.billable) == (
        "acme",
        "p-acme-web",
        4.0,
        False,
    )
    assert Message.objects.get(message_id="m1").sent_at.isoformat() == "2026-02-04T22:15:00+00:00"


def test_importing_the_same_folder_twice_changes_nothing_the_second_time(business: Path) -> None:
    import_paths([business])
    [again] = import_paths([business])
    assert (again.added, again.updated) == (0, 0)
    assert stored_counts() == count_rows()


def test_a_changed_value_counts_one_update_and_is_stored(business: Path) -> None:
    import_paths([business])
    edit(business, "time_entries", 0, "hours", "7.25")
    [again] = import_paths([business])
    assert (again.added, again.updated) == (0, 1)
    assert again.summary["tables"]["time_entries"] == {"added": 0, "updated": 1}
    assert TimeEntry.objects.get(entry_id="t1").hours == 7.25


def test_a_bad_value_stops_the_whole_import_naming_file_row_column_and_value(
    business: Path, tmp_path: Path
) -> None:
    other = write_business(tmp_path / "other", {"clients": [{"client_id": "x", "name": "X"}]})
    edit(business, "time_entries", 2, "date", "2026-02-30")
    with pytest.raises(InputError) as caught:
        import_paths([other, business])
    where = caught.value.where
    assert (Path(where.file).name, where.row, where.column, where.value) == (
        "time_entries.csv",
        4,
        "date",
        "2026-02-30",
    )
    assert caught.value.fix
    assert sum(stored_counts().values()) == 0
    assert ImportBatch.objects.count() == 0


def test_an_error_while_writing_rolls_back_the_files_already_written(
    business: Path, tmp_path: Path
) -> None:
    orphan = write_business(
        tmp_path / "orphan",
        {"payments": [{"payment_id": "p9", "invoice_id": "nowhere", "paid_on": "2026-01-01",
                       "amount": "5"}]},
    )  # fmt: skip
    with pytest.raises(InputError) as caught:
        import_paths([business, orphan])
    assert (caught.value.where.column, caught.value.where.value) == ("invoice_id", "nowhere")
    assert sum(stored_counts().values()) == 0


def test_a_time_entry_naming_an_unknown_project_is_refused(imported: Path, tmp_path: Path) -> None:
    folder = write_business(
        tmp_path / "late",
        {"time_entries": [{"entry_id": "t9", "client_id": "acme", "project_id": "p-nope",
                           "date": "2026-03-02", "hours": "1"}]},
    )  # fmt: skip
    with pytest.raises(InputError) as caught:
        import_paths([folder])
    assert (caught.value.where.row, caught.value.where.value) == (2, "p-nope")
    assert TimeEntry.objects.count() == count_rows()["time_entries"]


def test_rows_for_a_client_stored_earlier_need_no_clients_file(
    imported: Path, tmp_path: Path
) -> None:
    folder = write_business(
        tmp_path / "more",
        {"incidents": [{"incident_id": "inc2", "client_id": "kolo", "date": "2026-03-03",
                        "kind": "scope_dispute"}]},
    )  # fmt: skip
    [batch] = import_paths([folder])
    assert batch.added == 1
    assert Incident.objects.get(incident_id="inc2").client_id == "kolo"


def test_a_row_naming_a_client_nobody_knows_is_refused(tmp_path: Path) -> None:
    folder = write_business(
        tmp_path / "stray",
        {"incidents": [{"incident_id": "inc2", "client_id": "ghost", "date": "2026-03-03",
                        "kind": "other"}]},
    )  # fmt: skip
    with pytest.raises(InputError) as caught:
        import_paths([folder])
    assert (caught.value.where.column, caught.value.where.value) == ("client_id", "ghost")
    assert Client.objects.count() == 0


def test_a_dry_run_reports_the_changes_and_stores_nothing(business: Path) -> None:
    [batch] = import_paths([business], dry_run=True)
    assert batch.added == sum(count_rows().values())
    assert sum(stored_counts().values()) == 0
    assert ImportBatch.objects.count() == 0


def test_rows_without_an_id_get_the_same_id_on_every_import(tmp_path: Path) -> None:
    rows = [{k: v for k, v in r.items() if k != "entry_id"} for r in TABLES["time_entries"]]
    rows.append(dict(rows[-1]))  # the same work logged twice is two entries
    folder = write_business(
        tmp_path / "noids", {"clients": TABLES["clients"], "projects": TABLES["projects"],
                             "time_entries": rows},
    )  # fmt: skip
    import_paths([folder])
    first = set(TimeEntry.objects.values_list("entry_id", flat=True))
    [again] = import_paths([folder])
    assert len(first) == len(rows)
    assert set(TimeEntry.objects.values_list("entry_id", flat=True)) == first
    assert (again.added, again.updated) == (0, 0)


def test_every_import_is_recorded_with_its_source_and_counts(business: Path) -> None:
    import_paths([business])
    batch = ImportBatch.objects.get()
    assert (batch.format, batch.source, batch.rows_read) == (
        "parting_csv",
        str(business),
        sum(count_rows().values()),
    )
    assert batch.finished_at is not None
    assert TimeEntry.objects.filter(batch=batch).count() == count_rows()["time_entries"]


def test_empty_text_comes_back_empty_and_text_keeps_its_line_breaks(business: Path) -> None:
    import_paths([business])
    assert Client.objects.get(pk="kolo").contact_name == ""
    assert Message.objects.get(message_id="m2").body == "Merci pour le menu,\nil est parfait."


def test_a_missing_path_is_named(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        import_paths([tmp_path / "absent.csv"])
    assert caught.value.where.path == str(tmp_path / "absent.csv")  # neither file nor folder


def write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


MULTI_LINE = "Two questions:\nthe logo,\nand the invoice."


def test_a_refused_row_after_a_multi_line_cell_is_named_by_its_line(
    imported: Path, tmp_path: Path
) -> None:
    folder = write_business(
        tmp_path / "later",
        {
            "time_entries": [
                {"entry_id": "t8", "client_id": "acme", "project_id": "p-acme-web",
                 "date": "2026-03-02", "hours": "1", "description": MULTI_LINE},
                {"entry_id": "t9", "client_id": "acme", "project_id": "p-nope",
                 "date": "2026-03-02", "hours": "1"},
            ],
            "incidents": [
                {"incident_id": "inc8", "client_id": "acme", "date": "2026-03-03",
                 "kind": "other", "note": MULTI_LINE},
                {"incident_id": "inc9", "client_id": "ghost", "date": "2026-03-03",
                 "kind": "other"},
            ],
        },
    )  # fmt: skip
    with pytest.raises(InputError) as unknown_client:
        import_paths([folder])
    where = unknown_client.value.where
    assert (Path(where.file).name, where.line, where.row) == ("incidents.csv", 5, 3)
    (folder / "incidents.csv").unlink()
    with pytest.raises(InputError) as unknown_project:
        import_paths([folder])
    where = unknown_project.value.where
    assert (Path(where.file).name, where.line, where.row, where.value) == (
        "time_entries.csv",
        5,
        3,
        "p-nope",
    )


@pytest.mark.django_db
def test_a_waiting_clients_invoice_and_its_payment_wait_together(
    imported: Path, tmp_path: Path
) -> None:
    """A second portfolio whose client could be either of two stored clients: its invoice
    waits for a person to link it, and so does the payment of that invoice (it once failed,
    claiming the invoice "is not in this import")."""
    from parting.store.imports import import_paths
    from parting.store.models import Client, Invoice, Payment, UnmatchedRef

    Client.objects.create(client_id="acme-2", name="ACME Ltd.")  # a namesake of acme
    second = write_business(tmp_path / "second", {
        "clients": [{"client_id": "X1", "name": "Acme Ltd"}],
        "invoices": [{"invoice_id": "INV-32", "client_id": "X1", "issued_on": "2026-01-01",
                      "due_on": "2026-02-01", "amount": "500"}],
        "payments": [{"payment_id": "pay-32", "invoice_id": "INV-32", "paid_on": "2026-01-20",
                      "amount": "500"}],
    })  # fmt: skip
    batch = import_paths([second])[0]
    assert batch.summary["held_rows"] == 2
    assert not Invoice.objects.filter(pk="INV-32").exists()
    assert not Payment.objects.filter(invoice_id="INV-32").exists()
    waiting = UnmatchedRef.objects.get(key="X1")
    assert set(waiting.pending) == {"invoices", "payments"}
