"""A small business in Parting CSV, written by the tests that need one: three clients, one
of them slow to pay and rude, with a little of every table."""

from __future__ import annotations

import csv
from pathlib import Path

TABLES: dict[str, list[dict[str, str]]] = {
    "clients": [
        {"client_id": "acme", "name": "Acme Ltd", "email": "boss@acme.example",
         "language": "en", "since": "2019-02-01", "relationship": "false", "tags": "retail;b2b"},
        {"client_id": "bistro", "name": "Bistro Lune", "email": "chef@bistro-lune.example",
         "language": "fr", "since": "2023-05-10", "strategic_fit": "3"},
        {"client_id": "kolo", "name": "Kolo d.o.o.", "email": "info@kolo.example",
         "language": "sl", "industry": "cycling"},
    ],
    "projects": [
        {"project_id": "p-acme-web", "client_id": "acme", "name": "Website",
         "service_line": "web", "budget_hours": "40", "recurring": "true"},
        {"project_id": "p-bistro-menu", "client_id": "bistro", "name": "Menu",
         "service_line": "print", "fixed_fee": "900"},
    ],
    "time_entries": [
        {"entry_id": "t1", "client_id": "acme", "project_id": "p-acme-web", "person": "Ana",
         "date": "2026-01-12", "hours": "6.5", "billable": "true", "bill_rate": "80",
         "kind": "work", "description": "Home page"},
        {"entry_id": "t2", "client_id": "acme", "project_id": "p-acme-web", "person": "Ana",
         "date": "2026-02-03", "hours": "4", "billable": "false", "kind": "rework",
         "description": "Redo the home page again"},
        {"entry_id": "t3", "client_id": "bistro", "project_id": "p-bistro-menu",
         "person": "Luc", "date": "2026-02-10", "hours": "3", "kind": "work"},
        {"entry_id": "t4", "client_id": "kolo", "person": "Ana", "date": "2026-03-01",
         "hours": "2", "cost_rate": "35", "kind": "meeting"},
    ],
    "invoices": [
        {"invoice_id": "i1", "client_id": "acme", "issued_on": "2025-11-01",
         "due_on": "2025-12-01", "amount": "1200", "currency": "EUR", "status": "open"},
        {"invoice_id": "i2", "client_id": "bistro", "issued_on": "2026-01-15",
         "due_on": "2026-02-14", "amount": "900", "currency": "EUR", "status": "paid"},
    ],
    "payments": [
        {"payment_id": "pay1", "invoice_id": "i2", "paid_on": "2026-02-10", "amount": "900"},
    ],
    "messages": [
        {"message_id": "m1", "client_id": "acme", "sent_at": "2026-02-04T23:15:00+01:00",
         "direction": "in", "channel": "email", "subject": "URGENT",
         "body": "This is useless, fix it NOW!!!", "author": "boss@acme.example"},
        {"message_id": "m2", "client_id": "bistro", "sent_at": "2026-02-11T10:00:00Z",
         "direction": "in", "channel": "email", "subject": "Merci",
         "body": "Merci pour le menu,\nil est parfait."},
    ],
    "incidents": [
        {"incident_id": "inc1", "client_id": "acme", "date": "2026-02-05", "kind": "abuse",
         "severity": "high", "staff": "Ana", "note": "Shouted on the phone"},
    ],
    "judgements": [
        {"client_id": "bistro", "kind": "relationship", "date": "2026-01-01",
         "note": "Our first client"},
    ],
}  # fmt: skip


def write_business(folder: Path, tables: dict[str, list[dict[str, str]]] | None = None) -> Path:
    """Write the tables (default: the business above) as a Parting CSV folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in (tables or TABLES).items():
        columns = list(dict.fromkeys(k for row in rows for k in row))
        with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
    return folder


def count_rows() -> dict[str, int]:
    return {name: len(rows) for name, rows in TABLES.items()}
