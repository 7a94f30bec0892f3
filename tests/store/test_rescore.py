"""Scoring again only the clients a change touched gives exactly what scoring every client
gives: the same verdicts, ranks, reasons, signs with their evidence, metrics and marks of
what changed — after an incident, a judgement, a merge of two clients, and a repair whose
review narrows a client's window (which moves the portfolio's shares of hours and revenue,
so other clients' figures too)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pyarrow.csv as pv
import pytest
from django.db import transaction

from parting import demo
from parting.schema import TABLES
from parting.store import tables as store_tables
from parting.store.clients import merge
from parting.store.export import csv_ready
from parting.store.imports import import_paths
from parting.store.incidents import add_incident, add_judgement
from parting.store.jobs import changed_clients, request_rescore
from parting.store.models import Job, TriageRun, VerdictRecord
from parting.store.rescore import forget, rescore

# The full scoring reads through ADBC, which sees committed rows only.
pytestmark = pytest.mark.django_db(transaction=True)

AS_OF = date(2026, 6, 30)
CLIENTS = 60


@pytest.fixture
def portfolio(tmp_path: Path) -> Iterator[list[str]]:
    """The demo portfolio imported and scored once (the state this process keeps)."""
    tables = demo.generate(CLIENTS, as_of=AS_OF)
    folder = tmp_path / "demo"
    folder.mkdir()
    for name, table in tables.items():
        pv.write_csv(csv_ready(table, name), folder / TABLES[name].file_name)
    import_paths([folder])
    forget()
    rescore(as_of=AS_OF)
    yield sorted(tables["clients"]["client_id"].to_pylist())
    forget()


Row = tuple[Any, ...]


def stored(run: TriageRun) -> dict[str, Row]:
    return {
        v.client_id: (
            v.verdict,
            v.rank,
            v.reason,
            v.main_sign,
            v.signs,
            v.review_flags,
            v.tempered_by,
            v.decision_not_before,
            v.metrics,
            v.signature,
            v.changed,
            v.changes,
        )
        for v in VerdictRecord.objects.filter(run=run)
    }


def both_ways(changed: set[str], monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Row], ...]:
    """The run stored by scoring only ``changed`` again (then undone), and the run a
    scoring of every client stores from the same data and the same previous run."""

    def whole_workspace_read() -> None:
        raise AssertionError("scoring a few clients must not read the whole workspace")

    with transaction.atomic():
        with monkeypatch.context() as patch:
            patch.setattr(store_tables, "read_tables", whole_workspace_read)
            some = stored(rescore(changed, as_of=AS_OF))
        transaction.set_rollback(True)
    forget()
    return some, stored(rescore(as_of=AS_OF))


def the_same(some: dict[str, Row], every: dict[str, Row]) -> None:
    assert some.keys() == every.keys()
    differ = [c for c in every if some[c] != every[c]]
    assert not differ, (differ[:3], [(some[c], every[c]) for c in differ[:1]])


def test_after_an_incident_only_that_client_is_scored_again_and_nothing_differs(
    portfolio: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    client = portfolio[7]
    add_incident(client, "abuse", "high", "Shouted at the designer", AS_OF - timedelta(days=3))
    some, every = both_ways({client}, monkeypatch)
    the_same(some, every)
    assert every[client][0] != "keep" and every[client][10]  # the incident moved it


def test_after_a_judgement_nothing_differs(
    portfolio: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {v.client_id: v for v in VerdictRecord.objects.all()}
    client = next(c for c in portfolio if before[c].verdict != "keep")
    add_judgement(client, "relationship", note="Our first client", date=AS_OF)
    the_same(*both_ways({client}, monkeypatch))


def test_after_a_merge_of_two_clients_nothing_differs(
    portfolio: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    into, other = portfolio[3], portfolio[4]
    merge(into, other)
    some, every = both_ways({into, other}, monkeypatch)
    the_same(some, every)
    assert other not in every


def test_a_repair_under_review_moves_other_clients_figures_and_they_follow(
    portfolio: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A repair begun 100 days ago is under review: the client's windows start there, so
    # its hours and revenue shrink, and with them every client's share of the portfolio.
    client = max(portfolio, key=lambda c: VerdictRecord.objects.get(client_id=c).metrics["hours"])
    add_incident(client, "remediation", note="New process agreed", date=AS_OF - timedelta(days=100))
    some, every = both_ways({client}, monkeypatch)
    the_same(some, every)
    shares = {c: row[8]["effort_share"] for c, row in every.items()}
    first = {
        v.client_id: v.metrics["effort_share"]
        for v in VerdictRecord.objects.filter(run=TriageRun.objects.order_by("pk").first())
    }
    assert sum(shares[c] != first[c] for c in portfolio if c != client) > 10


def test_a_rescore_names_the_clients_it_was_asked_for(portfolio: list[str]) -> None:
    incident = request_rescore("incident", clients=["acme"])
    merged = request_rescore("merge", clients=["kolo", "bistro"])
    assert incident.pk != merged.pk  # two lists are never written into one
    assert changed_clients([incident.pk, merged.pk]) == {"acme", "bistro", "kolo"}
    every = request_rescore("button")
    assert every.pk == incident.pk  # joined the first, which now scores every client
    assert changed_clients([incident.pk, merged.pk]) is None
    assert Job.objects.filter(kind="rescore").count() == 2


def test_another_scoring_since_means_every_client_is_scored_again(
    portfolio: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from parting.store.triage import run_triage

    run_triage(AS_OF)  # e.g. "parting triage" in another process
    reads: list[int] = []
    real: Callable[[], Any] = store_tables.read_tables

    def whole_workspace_read() -> Any:
        reads.append(1)
        return real()

    monkeypatch.setattr(store_tables, "read_tables", whole_workspace_read)
    rescore({portfolio[0]}, as_of=AS_OF)
    assert reads == [1]


def test_the_worker_scores_only_the_client_an_incident_names(
    portfolio: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from parting.store.jobs import work_pending

    request_rescore("button")
    assert work_pending() == 1  # every client, as of today: the state the worker keeps
    client = portfolio[11]
    add_incident(client, "abuse", "high", "Threatened the accountant", date.today())
    request_rescore("incident", clients=[client])

    def whole_workspace_read() -> None:
        raise AssertionError("one incident must not read the whole workspace")

    with monkeypatch.context() as patch:
        patch.setattr(store_tables, "read_tables", whole_workspace_read)
        assert work_pending() == 1
    job = Job.objects.order_by("-pk").first()
    assert job is not None and job.status == "done" and job.run is not None
    assert VerdictRecord.objects.get(run=job.run, client_id=client).verdict != "keep"
    assert VerdictRecord.objects.filter(run=job.run).count() == len(portfolio)
