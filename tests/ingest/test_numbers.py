"""Numbers that are no real amount or duration — thousands of digits, ±1e308, negative
hours or rates — are refused naming file, row and column; a negative amount (a credit note
or refund) is kept and said."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from parting import ingest
from parting.config import Config
from parting.errors import InputError
from parting.ingest.parting_csv import read_folder

CLIENTS = "client_id,name\nC1,Acme\n"


def folder_with(tmp_path: Path, table: str, header: str, row: str) -> Path:
    (tmp_path / "clients.csv").write_text(CLIENTS)
    (tmp_path / f"{table}.csv").write_text(f"{header}\n{row}\n")
    return tmp_path


ENTRY = "client_id,date,hours,bill_rate"
INVOICE = "invoice_id,client_id,issued_on,due_on,amount"


@pytest.mark.parametrize(
    ("table", "header", "row", "column", "problem"),
    [
        ("invoices", INVOICE, "I1,C1,2024-01-01,2024-02-01," + "9" * 5000, "amount", "number"),
        ("invoices", INVOICE, "I1,C1,2024-01-01,2024-02-01,1e308", "amount", "too large"),
        ("invoices", INVOICE, "I1,C1,2024-01-01,2024-02-01,-1e308", "amount", "too large"),
        ("time_entries", ENTRY, "C1,2024-01-01,-3,80", "hours", "negative"),
        ("time_entries", ENTRY, "C1,2024-01-01,3,-80", "bill_rate", "negative"),
        ("time_entries", ENTRY, "C1,2024-01-01,1e300,80", "hours", "too large"),
    ],
)
def test_an_impossible_number_in_parting_csv_is_refused_with_its_place(
    tmp_path: Path, table: str, header: str, row: str, column: str, problem: str
) -> None:
    with pytest.raises(InputError) as refused:
        read_folder(folder_with(tmp_path, table, header, row), Config())
    message = str(refused.value)
    assert f"{table}.csv" in message and "line 2" in message and f"column {column}" in message
    assert problem in message
    assert len(message) < 400


def test_a_negative_invoice_amount_is_kept_and_said(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, "invoices", INVOICE, "I1,C1,2024-01-01,2024-02-01,-120.5")
    loaded = read_folder(folder, Config())
    assert loaded.tables["invoices"]["amount"].to_pylist() == [-120.5]
    assert any("invoices.csv" in n and "credit note" in n for n in loaded.notices)


TOGGL = ["Client", "Project", "Description", "Start date", "Start time", "Duration"]


def toggl(tmp_path: Path, duration: str) -> Path:
    path = tmp_path / "toggl.csv"
    with path.open("w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(TOGGL)
        writer.writerow(["Acme", "Web", "Work", "2024-03-01", "09:00:00", "01:00:00"])
        writer.writerow(["Acme", "Web", "Work", "2024-03-02", "09:00:00", duration])
    return path


@pytest.mark.parametrize(
    "duration", ["9" * 5000, "9" * 5000 + ":00:00", "1e308", "-2.5", "100000:00:00", "inf"]
)
def test_an_impossible_duration_in_an_export_is_refused_with_its_place(
    tmp_path: Path, duration: str
) -> None:
    with pytest.raises(InputError) as refused:
        ingest.read(toggl(tmp_path, duration), Config(), format="toggl")
    message = str(refused.value)
    assert "toggl.csv" in message and "Duration" in message and "3" in message
    assert len(message) < 400


def test_an_overflowing_amount_in_an_invoicing_export_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "stripe.csv"
    path.write_text(
        "id,Customer,Amount Due,Amount Paid,Total,Created (UTC),Due Date (UTC),Status,Currency\n"
        "in_1,Acme,5,0," + "9" * 400 + ",2024-01-01 10:00,2024-02-01 10:00,open,eur\n"
    )
    with pytest.raises(InputError, match=r"stripe\.csv"):
        ingest.read(path, Config(), format="stripe")
