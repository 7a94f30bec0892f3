"""One new client spelled two ways in one import ("Acme Ltd", "ACME ltd.") is one client,
whichever importer of another tool's export reads the file, and importing the file again
changes nothing. Parting CSV's own ids are never merged."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from parting.ingest.matching import normalise_name
from parting.store.imports import import_paths
from parting.store.models import Client, ClientAlias, Invoice, TimeEntry, UnmatchedRef

from .business import write_business
from .sources import toggl_row, write_toggl

pytestmark = pytest.mark.django_db

EXPORTS = Path(__file__).resolve().parents[1] / "data" / "exports"


def clients_named(name: str) -> list[str]:
    wanted = normalise_name(name)
    return [c.pk for c in Client.objects.all() if normalise_name(c.name) == wanted]


def import_twice(path: Path) -> None:
    """The second import of the same file adds, updates and creates nothing."""
    import_paths([path])
    before = (Client.objects.count(), ClientAlias.objects.count(), TimeEntry.objects.count())
    [again] = import_paths([path])
    assert (again.added, again.updated) == (0, 0)
    assert again.summary["new_clients"] == []
    after = (Client.objects.count(), ClientAlias.objects.count(), TimeEntry.objects.count())
    assert after == before
    assert not UnmatchedRef.objects.exists()


def rewrite(source: Path, target: Path, change: dict[int, dict[str, str]]) -> Path:
    """A copy of a sample export with some cells of some data rows (0 = first) changed."""
    with source.open(newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    for index, cells in change.items():
        rows[index].update(cells)
    with target.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return target


def test_two_spellings_in_one_time_tracker_export_are_one_new_client(tmp_path: Path) -> None:
    toggl = write_toggl(
        tmp_path / "toggl.csv",
        [
            toggl_row("Acme Ltd", "Website", "2026-02-02", "02:00:00", "Header"),
            toggl_row("ACME ltd.", "Website", "2026-02-03", "01:00:00", "Footer"),
            toggl_row("Nouveau Studio", "Logo", "2026-02-03", "01:30:00", "Sketches"),
        ],
    )
    [batch] = import_paths([toggl])
    [acme] = clients_named("Acme Ltd")
    assert sorted(batch.summary["new_clients"]) == sorted([acme, "nouveau-studio"])
    assert TimeEntry.objects.filter(client_id=acme).count() == 2
    keys = set(ClientAlias.objects.filter(client_id=acme).values_list("key", flat=True))
    assert keys == {"Acme Ltd", "ACME ltd."}


def test_a_time_tracker_export_with_two_spellings_imports_again_as_a_no_op(
    tmp_path: Path,
) -> None:
    toggl = write_toggl(
        tmp_path / "toggl.csv",
        [
            toggl_row("Acme Ltd", "Website", "2026-02-02", "02:00:00", "Header"),
            toggl_row("ACME ltd.", "Website", "2026-02-03", "01:00:00", "Footer"),
        ],
    )
    import_twice(toggl)
    assert len(clients_named("Acme")) == 1


def test_different_names_in_one_export_stay_different_clients(tmp_path: Path) -> None:
    toggl = write_toggl(
        tmp_path / "toggl.csv",
        [
            toggl_row("Acme Ltd", "Website", "2026-02-02", "02:00:00", "Header"),
            toggl_row("Acme Logistics Ltd", "Maps", "2026-02-03", "01:00:00", "Routes"),
        ],
    )
    [batch] = import_paths([toggl])
    assert len(batch.summary["new_clients"]) == 2 and Client.objects.count() == 2


def test_two_customer_ids_with_one_name_in_an_invoicing_export_are_one_client(
    tmp_path: Path,
) -> None:
    # Stripe: the same company entered twice as a customer, spelled differently.
    stripe = rewrite(
        EXPORTS / "stripe_invoices.csv",
        tmp_path / "stripe.csv",
        {1: {"Customer": "cus_P2north", "Customer Name": "NORTHWIND, ltd"}},
    )
    import_twice(stripe)
    [northwind] = clients_named("Northwind Ltd")
    assert Invoice.objects.filter(client_id=northwind).count() == 2
    keys = ClientAlias.objects.filter(client_id=northwind, source="stripe")
    assert set(keys.values_list("key", flat=True)) == {"cus_P1north", "cus_P2north"}


def test_two_contact_spellings_in_an_accounting_export_are_one_client(tmp_path: Path) -> None:
    xero = rewrite(
        EXPORTS / "xero_sales_invoices.csv",
        tmp_path / "xero.csv",
        {4: {"*ContactName": "KOWHAI CAFE Ltd.", "Status": "Awaiting Payment"}},
    )
    import_twice(xero)
    [cafe] = clients_named("Kowhai Cafe")
    assert Invoice.objects.filter(client_id=cafe).count() == 2


def test_two_ids_in_a_parting_csv_folder_stay_two_clients_whatever_their_names(
    tmp_path: Path,
) -> None:
    # Parting CSV names each client by the business's own id: two ids are two clients.
    folder = write_business(
        tmp_path / "business",
        {
            "clients": [
                {"client_id": "c1", "name": "Acme Ltd", "email": "boss@acme.example"},
                {"client_id": "c9", "name": "ACME ltd.", "email": "ap@acme.example"},
            ],
            "time_entries": [
                {"entry_id": "t1", "client_id": "c1", "date": "2026-01-12", "hours": "2"},
                {"entry_id": "t2", "client_id": "c9", "date": "2026-01-13", "hours": "3"},
            ],
        },
    )
    import_twice(folder)
    assert sorted(Client.objects.values_list("client_id", flat=True)) == ["c1", "c9"]
    assert TimeEntry.objects.filter(client_id="c9").count() == 1
