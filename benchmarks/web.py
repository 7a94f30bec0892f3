"""Speed of the web pages on a big portfolio: ``python -m benchmarks.web [--clients 5000]``.

Stores one triage run of ``--clients`` clients (verdict records with signs and metrics, as
``run_triage`` writes them) and one client's evidence (messages, invoices, time entries,
incidents) in a fresh SQLite workspace, then renders, through Django's test client:

- the portfolio page, first (charts drawn) and warm (charts cached per run and language);
- the portfolio table as HTMX asks for it (sorted by margin, filtered);
- the client page of the client with the most evidence;
- that client's exit plan: the plan page (plan and letter), the printable letter, the
  printable plan, and marking a step (a POST that records it and redirects, and the same
  POST as HTMX sends it, answered with the checklist alone);
- the open plans across clients, with ``--plans`` plans open.

Reports the median of ``--repeat`` renders in milliseconds, the number of SQL queries,
and the ratio to a baseline rendered in the same process (the log-in page).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

TARGETS_MS = {
    "portfolio (warm)": 300.0,
    "client page": 150.0,
    "plan page (plan + letter)": 150.0,
    "letter (printable)": 150.0,
    "marking a step": 150.0,
    "marking a step (HTMX)": 150.0,
    "plan (printable)": 150.0,
    "open plans across clients": 150.0,
}
SIGNS = ("drain", "payment_risk", "scope_creep", "complainer", "unprofitable", "boundaries")
VERDICTS = ("keep", "keep", "keep", "watch", "repair", "part_ways", "part_ways_now")


def _setup(folder: Path) -> None:
    os.environ["PARTING_WORKSPACE"] = str(folder)
    os.environ.setdefault("PARTING_ALLOWED_HOSTS", "testserver,127.0.0.1")
    from parting.store.workspace import init

    init(folder)


def _sign(rng: random.Random, sign_id: str, records: dict[str, list[str]]) -> dict[str, Any]:
    return {
        "id": sign_id,
        "severity": "planned",
        "evidence": {
            "figures": {"effort_share": rng.random() / 100, "effort_share_threshold": 0.002},
            "records": records,
            "words": {},
        },
        "first_seen": "2025-06-01",
        "weak": False,
    }


def _fill(clients: int, seed: int) -> str:
    """Store the portfolio; returns the id of the client with the evidence."""
    from parting.store.models import (
        Client,
        Invoice,
        Message,
        TimeEntry,
        TriageRun,
        VerdictRecord,
    )

    rng = random.Random(seed)
    rows = [
        Client(client_id=f"c{i:06d}", name=f"Client {i:06d} {rng.choice('ABCDEFG')}")
        for i in range(clients)
    ]
    Client.objects.bulk_create(rows, batch_size=2000)
    run = TriageRun.objects.create(as_of=date(2026, 3, 2), clients=clients)
    total_revenue, total_hours = clients * 8000.0, clients * 120.0
    records = []
    for i, client in enumerate(rows):
        revenue, hours = rng.uniform(500, 20000), rng.uniform(5, 300)
        cost = hours * 40
        verdict = rng.choice(VERDICTS)
        signs = [] if verdict == "keep" else [_sign(rng, rng.choice(SIGNS), {})]
        records.append(
            VerdictRecord(
                run=run,
                client=client,
                verdict=verdict,
                rank=i + 1,
                reason="…",
                main_sign=signs[0]["id"] if signs else "",
                signs=signs,
                metrics={
                    "client_id": client.client_id,
                    "revenue": revenue,
                    "hours": hours,
                    "cost": cost,
                    "margin": revenue - cost,
                    "effective_rate": revenue / hours,
                    "overdue": rng.choice([0.0, 0.0, 0.0, rng.uniform(100, 5000)]),
                    "effort_share": hours / total_hours,
                    "revenue_share": revenue / total_revenue,
                },
            )
        )
    VerdictRecord.objects.bulk_create(records, batch_size=2000)

    # The first client: a year of evidence behind three signs.
    target = rows[0]
    start = datetime(2025, 3, 1, 9, tzinfo=UTC)
    messages = [
        Message(
            message_id=f"m{k}",
            client=target,
            direction="in",
            sent_at=start + timedelta(days=k),
            subject=f"Change {k}",
            body="Can you redo this again, it is not what we asked. " * 6,
        )
        for k in range(300)
    ]
    invoices = [
        Invoice(
            invoice_id=f"inv{k}",
            client=target,
            amount=1000.0 + k,
            issued_on=date(2025, 3, 1) + timedelta(days=30 * k),
            due_on=date(2025, 3, 31) + timedelta(days=30 * k),
            status="open",
        )
        for k in range(12)
    ]
    entries = [
        TimeEntry(
            entry_id=f"t{k}",
            client=target,
            date=date(2025, 3, 1) + timedelta(days=k % 365),
            hours=2.5,
            person="Ana",
            kind="rework",
            description="Revision round",
        )
        for k in range(1500)
    ]
    Message.objects.bulk_create(messages)
    Invoice.objects.bulk_create(invoices)
    TimeEntry.objects.bulk_create(entries)
    record = VerdictRecord.objects.get(run=run, client=target)
    record.verdict, record.main_sign = "part_ways", "scope_creep"
    record.signs = [
        _sign(rng, "scope_creep", {"messages": [m.message_id for m in messages]}),
        _sign(rng, "drain", {"time_entries": [t.entry_id for t in entries]}),
        _sign(rng, "payment_risk", {"invoices": [i.invoice_id for i in invoices]}),
    ]
    record.save()
    return target.client_id


def _measure(label: str, render: Callable[[], Any], repeat: int) -> tuple[float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    queries = 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = render()
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code in (200, 302), (label, response.status_code)
        queries = len(captured.captured_queries)
    return statistics.median(times), queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--plans", type=int, default=40, help="plans open across clients")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="parting-bench-web-"))
    try:
        _run(folder, args)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(folder: Path, args: argparse.Namespace) -> None:
    _setup(folder)
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.test import Client as WebClient

    from parting.store.models import Member

    started = time.perf_counter()
    target = _fill(args.clients, args.seed)
    print(
        f"workspace {folder}: {args.clients} clients stored in "
        f"{time.perf_counter() - started:.1f} s"
    )
    user = get_user_model().objects.create_user("bench", password="bench-pass-123456")
    Member.objects.create(user=user, role="owner")
    web = WebClient()
    web.force_login(user)

    def cold_portfolio() -> Any:
        cache.clear()
        return web.get("/")

    pages: list[tuple[str, Callable[[], Any], int]] = [
        ("baseline: log-in page", lambda: WebClient().get("/login/"), args.repeat),
        ("portfolio (first, charts drawn)", cold_portfolio, max(3, args.repeat // 3)),
        ("portfolio (warm)", lambda: web.get("/"), args.repeat),
        (
            "portfolio table (HTMX, sort + filter)",
            lambda: web.get(
                "/?sort=margin&verdict=part_ways&q=1",
                HTTP_HX_REQUEST="true",
                HTTP_HX_TARGET="client-table",
            ),
            args.repeat,
        ),
        ("client page", lambda: web.get(f"/clients/{target}"), args.repeat),
    ]
    from parting.store.plans import open_plan

    plan = open_plan(target)
    from parting.store.models import VerdictRecord

    parting = VerdictRecord.objects.filter(verdict__in=("part_ways", "part_ways_now"))
    for client_id in parting.exclude(client_id=target).values_list("client_id", flat=True)[
        : max(0, args.plans - 1)
    ]:
        open_plan(client_id)
    marks = iter(["done", "todo"] * args.repeat)
    htmx_marks = iter(["done", "todo"] * args.repeat)
    pages += [
        ("plan page (plan + letter)", lambda: web.get(f"/plans/{target}"), args.repeat),
        ("letter (printable)", lambda: web.get(f"/plan/{plan.pk}/letter"), args.repeat),
        ("plan (printable)", lambda: web.get(f"/plan/{plan.pk}/print"), args.repeat),
        (
            "marking a step",
            lambda: web.post(f"/plan/{plan.pk}/step/1", {"status": next(marks)}),
            args.repeat,
        ),
        (
            "marking a step (HTMX)",
            lambda: web.post(
                f"/plan/{plan.pk}/step/1",
                {"status": next(htmx_marks)},
                HTTP_HX_REQUEST="true",
                HTTP_HX_TARGET="plan-steps",
            ),
            args.repeat,
        ),
        ("open plans across clients", lambda: web.get("/plans/"), args.repeat),
    ]
    web.get("/")  # warm-up: imports, template loading, vl-convert start
    web.get(f"/clients/{target}")
    web.get(f"/plans/{target}")
    baseline = None
    print(f"{'page':<40} {'median ms':>10} {'queries':>8} {'× baseline':>11} {'target':>8}")
    for label, render, repeat in pages:
        ms, queries = _measure(label, render, repeat)
        baseline = baseline or ms
        target_ms = TARGETS_MS.get(label)
        verdict = "" if target_ms is None else ("ok" if ms < target_ms else "SLOW")
        print(
            f"{label:<40} {ms:>10.1f} {queries:>8} {ms / baseline:>11.1f} "
            f"{(f'<{target_ms:.0f} ' + verdict) if target_ms else '':>8}"
        )


if __name__ == "__main__":
    main()
