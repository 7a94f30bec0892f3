"""Small portfolios and verdicts for the playbook, built by hand: no engine, no database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pyarrow as pa
import pytest

from parting.config import Config
from parting.engine.results import ClientVerdict, Evidence, Sign, SignId, VerdictId
from parting.i18n import _current
from parting.schema import TABLES, Tables, complete

START = date(2026, 3, 2)


def table(name: str, rows: list[dict[str, Any]]) -> pa.Table:
    spec = TABLES[name]
    columns = {c.name: [r.get(c.name) for r in rows] for c in spec.columns}
    return pa.Table.from_pydict(columns, schema=spec.arrow_schema)


def portfolio(**rows: list[dict[str, Any]]) -> Tables:
    return complete({name: table(name, value) for name, value in rows.items()})


def client_row(**extra: Any) -> dict[str, Any]:
    row = {
        "client_id": "c1",
        "name": "Lumen Bakery",
        "contact_name": "Ana Kovač",
        "email": "ana@lumen.example",
        "language": "en",
        "since": date(2021, 5, 1),
    }
    return row | extra


def verdict(
    sign: SignId = "drain",
    kind: VerdictId = "part_ways",
    severity: str = "planned",
    figures: dict[str, Any] | None = None,
    records: dict[str, list[str]] | None = None,
    not_before: date | None = None,
    language: str = "en",
    owed: float = 0.0,
    overdue: float | None = None,
) -> ClientVerdict:
    """A verdict as the engine gives it: its overdue part is the payment sign's figure."""
    evidence = Evidence(figures=figures or {}, records=records or {})
    return ClientVerdict(
        client_id="c1",
        name="Lumen Bakery",
        verdict=kind,
        rank=1,
        reason="",
        signs=[Sign(sign, severity, evidence, first_seen=date(2025, 9, 1))],  # type: ignore[arg-type]
        decision_not_before=not_before,
        language=language,
        owed=owed,
        overdue=float((figures or {}).get("overdue", 0.0)) if overdue is None else overdue,
    )


@pytest.fixture(scope="session")
def config() -> Config:
    """The business: a studio with a signatory, an address and one referral partner (never
    modified by a test: ``merged`` returns a copy)."""
    return Config().merged(
        {
            "business": {
                "name": "Studio Sever",
                "signatory": "Maja Novak",
                "email": "hello@sever.example",
                "referral_partners": [
                    {"service_line": "web design", "name": "Atelier Nord", "contact": "a@n.example"}
                ],
            }
        }
    )


def sample_tables(**overrides: list[dict[str, Any]]) -> Tables:
    """A client with a finished web-design project, two paid invoices (the second one
    paid late) and 40 hours of which 10 were revisions; ``overrides`` replace tables."""
    rows: dict[str, list[dict[str, Any]]] = {
        "clients": [client_row()],
        "projects": [
            {
                "project_id": "p1",
                "client_id": "c1",
                "name": "Shop redesign",
                "service_line": "web design",
                "started_on": date(2025, 6, 1),
                "ended_on": date(2025, 12, 20),
            }
        ],
        "invoices": [
            {
                "invoice_id": "i1",
                "client_id": "c1",
                "issued_on": date(2025, 10, 1),
                "due_on": date(2025, 10, 31),
                "amount": 1200.0,
                "currency": "EUR",
                "status": "paid",
            },
            {
                "invoice_id": "i2",
                "client_id": "c1",
                "issued_on": date(2025, 12, 1),
                "due_on": date(2025, 12, 31),
                "amount": 800.0,
                "currency": "EUR",
                "status": "paid",
            },
        ],
        "payments": [
            {
                "payment_id": "y1",
                "invoice_id": "i1",
                "paid_on": date(2025, 11, 20),
                "amount": 1200.0,
            },
            {
                "payment_id": "y2",
                "invoice_id": "i2",
                "paid_on": date(2025, 12, 30),
                "amount": 800.0,
            },
        ],
        "time_entries": [
            {
                "entry_id": "t1",
                "client_id": "c1",
                "date": date(2025, 11, 3),
                "hours": 30.0,
                "kind": "work",
            },
            {
                "entry_id": "t2",
                "client_id": "c1",
                "date": date(2025, 11, 10),
                "hours": 10.0,
                "kind": "revision",
            },
        ],
        "incidents": [],
    }
    rows.update(overrides)
    return portfolio(**rows)


@pytest.fixture
def make_tables() -> Callable[..., Tables]:
    return sample_tables


@pytest.fixture(autouse=True)
def _speaks_the_environments_language() -> Iterator[None]:
    """Each test starts with no language chosen in code (a test that calls ``activate``
    leaves it set otherwise), so the CLI speaks PARTING_LANG as it does for a user."""
    token = _current.set("")
    yield
    _current.reset(token)
