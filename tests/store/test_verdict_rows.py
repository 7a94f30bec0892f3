"""A verdict row written in bulk (``store.triage._insert``, one JSON encoding per value) is
stored exactly as Django's ORM stores the same verdict, figures that JSON cannot hold
(NaN, infinity) as missing."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest
from django.db import connection

from parting.store.models import Client, TriageRun, VerdictRecord
from parting.store.triage import _COLUMNS, _finite, _insert
from parting.store.triage import _row as bulk_row

pytestmark = pytest.mark.django_db

NAN, INF = float("nan"), float("inf")


def _row(run: TriageRun, client: str, **json: Any) -> dict[str, Any]:
    return {
        "run_id": run.pk,
        "client_id": client,
        "verdict": "part_ways",
        "rank": 1,
        "reason": "They pay 12 € an hour, “under half” the usual — ça ne va plus",
        "main_sign": "drain",
        "decision_not_before": date(2026, 4, 1),
        "signature": "part_ways|drain",
        "changed": True,
        **json,
    }


def _stored(client: str) -> tuple[Any, ...]:
    fields = [VerdictRecord._meta.get_field(n) for n in _COLUMNS if n not in ("run", "client")]
    columns = ", ".join(str(f.column) for f in fields)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM verdicts WHERE client_id = %s", [client])
        row = cursor.fetchone()
    assert row is not None
    return tuple(row)


def test_bulk_rows_are_stored_as_the_orm_stores_them() -> None:
    for client in ("bulk", "orm"):
        Client.objects.create(client_id=client, name=client.title())
    run = TriageRun.objects.create(as_of=date(2026, 3, 15), clients=2)
    json = {
        "signs": [
            {
                "id": "drain",
                "severity": "planned",
                "evidence": {
                    "figures": {"effective_rate": 12.5, "median_rate": NAN, "ratio": INF},
                    "records": {"time_entries": ["t1", "t2"]},
                    "words": {},
                },
                "first_seen": "2026-01-12",
                "weak": False,
                "deciding": "effective_rate",
            }
        ],
        "review_flags": [],
        "tempered_by": ["cool_off"],
        "metrics": {"client_id": "x", "hours": 3.25, "effective_rate": None, "margin": -INF},
        "changes": [{"kind": "verdict", "before": "keep", "after": "part_ways"}],
    }
    row = _row(run, "bulk", **json)
    # The bulk row as ``triage._row`` makes it: the figures are the metrics' attributes,
    # the changes read from the previous signature.
    metrics = SimpleNamespace(**row["metrics"])
    names = ["verdict", "rank", "reason", "main_sign", "signs", "review_flags", "tempered_by",
             "decision_not_before"]  # fmt: skip
    verdict = {name: row[name] for name in names}
    _insert([bulk_row(run.pk, "bulk", **verdict, metrics=metrics, sig=row["signature"],
                      before="keep|drain")])  # fmt: skip
    finite = {k: _finite(v) for k, v in json.items()}
    VerdictRecord.objects.create(**_row(run, "orm", **finite))
    assert _stored("bulk") == _stored("orm")
    stored = VerdictRecord.objects.get(client_id="bulk")
    assert stored.signs[0]["evidence"]["figures"]["median_rate"] is None
    assert stored.metrics["margin"] is None and stored.review_flags == []
