"""Plans kept in the workspace: opened from the latest verdict, moved along step by step,
with who did what and when."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.contrib.auth import get_user_model

from parting.errors import InputError, NotFoundError
from parting.playbook.plan import ExitPlan
from parting.playbook.repair import RepairPlan
from parting.store.models import (
    Client,
    Incident,
    Invoice,
    Payment,
    PlanStep,
    TriageRun,
    VerdictRecord,
)
from parting.store.plans import mark_step, open_plan, plan_view
from parting.words.formats import letter_day

# read_tables goes through ADBC, its own connection: the rows must be committed.
pytestmark = pytest.mark.django_db(transaction=True)

START = date(2026, 3, 2)


def store_client(verdict: str = "part_ways", sign: str = "drain", owed: bool = False) -> None:
    Client.objects.create(client_id="c1", name="Lumen Bakery", contact_name="Ana", language="fr")
    Invoice.objects.create(
        invoice_id="i1",
        client_id="c1",
        issued_on=date(2026, 1, 5),
        due_on=date(2026, 2, 4),
        amount=700.0,
        status="open" if owed else "paid",
    )
    if not owed:
        Payment.objects.create(
            payment_id="y1", invoice_id="i1", paid_on=date(2026, 2, 1), amount=700.0
        )
    run = TriageRun.objects.create(as_of=START, clients=1)
    severity = "immediate" if sign in ("abuse", "unethical") else "planned"
    VerdictRecord.objects.create(
        run=run,
        client_id="c1",
        verdict=verdict,
        rank=1,
        reason="",
        main_sign=sign,
        signs=[
            {
                "id": sign,
                "severity": severity,
                "weak": False,
                "first_seen": "2025-10-01",
                "evidence": {"figures": {"rework_share": 0.4}, "records": {}, "words": {}},
            }
        ],
        # What the run computed the client owes (the unpaid invoice, overdue since February).
        metrics={"owed": 700.0, "overdue": 700.0} if owed else {"owed": 0.0, "overdue": 0.0},
    )


def test_a_plan_is_opened_from_the_latest_verdict_and_kept() -> None:
    store_client()
    plan = open_plan("c1", START)
    assert plan.verdict == "part_ways" and plan.main_sign == "drain" and not plan.immediate
    assert PlanStep.objects.filter(plan=plan).count() == 10
    assert open_plan("c1").pk == plan.pk  # shown again, not opened twice
    view = plan_view(plan)
    assert view.start == START and view.notice_days == 30


def test_a_client_to_keep_gets_no_plan() -> None:
    store_client(verdict="watch")
    with pytest.raises(InputError, match="repair"):
        open_plan("c1", START)


def test_a_client_to_repair_gets_a_dated_repair_plan_that_logs_the_repair() -> None:
    store_client(verdict="repair")
    plan = open_plan("c1", START)
    view = plan_view(plan)
    assert isinstance(view, RepairPlan) and plan.verdict == "repair"
    assert [s.key for s in view.steps] == [
        "reset_expectations",
        "apologise_and_fix",
        "extra_effort",
        "follow_up",
        "review",
    ]
    assert view.review_on == date(2026, 5, 1)  # 60 days on, the default review
    logged = Incident.objects.get(client_id="c1", kind="remediation")
    assert logged.date == START and letter_day(view.review_on) in logged.note
    assert open_plan("c1", START).pk == plan.pk  # opened once, logged once
    assert Incident.objects.filter(kind="remediation").count() == 1
    moved = mark_step(plan, "follow_up", "done", "called them", "maja")
    assert moved.step(4).status == "done" and moved.step(4).by == "maja"


def test_when_the_repair_fails_the_exit_plan_takes_over() -> None:
    store_client(verdict="repair")
    repair = open_plan("c1", START)
    later = TriageRun.objects.create(as_of=date(2026, 5, 2), clients=1)
    record = VerdictRecord.objects.get(run__as_of=START)
    VerdictRecord.objects.create(
        run=later,
        client_id="c1",
        verdict="part_ways",
        rank=1,
        reason="",
        main_sign="drain",
        signs=record.signs,
    )
    exit_plan = open_plan("c1", date(2026, 5, 2))
    repair.refresh_from_db()
    assert repair.status == "done"
    assert exit_plan.verdict == "part_ways" and isinstance(plan_view(exit_plan), ExitPlan)


def test_when_the_repair_works_the_repair_plan_closes_and_its_review_says_so() -> None:
    store_client(verdict="repair")
    repair = open_plan("c1", START)
    later = TriageRun.objects.create(as_of=date(2026, 5, 2), clients=1)
    VerdictRecord.objects.create(
        run=later,
        client_id="c1",
        verdict="keep",
        rank=2,
        reason="",
        signs=[],
        tempered_by=["repair_worked"],
    )
    shown = open_plan("c1", date(2026, 5, 2))
    assert shown.pk == repair.pk and shown.status == "done"
    review = plan_view(shown).step(5)
    assert review.status == "done"
    assert review.note == (
        "The repair begun on March 2, 2026 worked: no sign calls for action since."
    )


def test_a_plan_needs_a_known_client_and_a_verdict() -> None:
    with pytest.raises(NotFoundError):
        open_plan("nobody", START)
    Client.objects.create(client_id="c2", name="New client")
    with pytest.raises(NotFoundError, match="parting triage"):
        open_plan("c2", START)


def test_steps_record_who_did_them_and_when() -> None:
    store_client()
    user: Any = get_user_model().objects.create_user(username="maja", password="x" * 20)
    plan = open_plan("c1", START, user=user)
    view = mark_step(plan, 2, "done", "clause 9: 30 days", user)
    assert view.step(2).status == "done" and view.step(2).by == "maja"
    row = PlanStep.objects.get(plan=plan, number=2)
    assert row.status == "done" and row.done_by == user and row.done_at is not None
    assert row.note == "clause 9: 30 days"
    view = mark_step(plan, "review_contract", "todo", "", "maja")
    assert view.step(2).status == "todo"


def test_a_skipped_step_needs_a_note() -> None:
    store_client()
    plan = open_plan("c1", START)
    with pytest.raises(InputError, match="skipped"):
        mark_step(plan, 9, "skipped", "  ", "cli")
    assert mark_step(plan, 9, "skipped", "nothing to hand over", "cli").step(9).note


def test_the_meeting_cannot_be_marked_done_while_money_is_owed() -> None:
    store_client(owed=True)
    plan = open_plan("c1", START)
    assert PlanStep.objects.get(plan=plan, number=5).status == "blocked"
    with pytest.raises(InputError, match="step 4"):
        mark_step(plan, 5, "done", "", "cli")
    mark_step(plan, 4, "done", "paid on the 3rd", "cli")
    assert mark_step(plan, 5, "done", "", "cli").step(5).status == "done"


def test_a_contract_notice_override_is_kept_with_the_plan() -> None:
    store_client()
    plan = open_plan("c1", START, contract_notice_days=90)
    assert plan_view(plan).notice_days == 90
    open_plan("c1", contract_notice_days=45)
    plan.refresh_from_db()
    assert plan_view(plan).notice_days == 45


def test_a_plan_with_every_step_done_or_skipped_is_closed() -> None:
    store_client(sign="abuse", verdict="part_ways_now")
    plan = open_plan("c1", START)
    assert plan.immediate
    for number in (2, 3, 5, 6, 8, 9, 10):
        mark_step(plan, number, "done", "", "cli")
    plan.refresh_from_db()
    assert plan.status == "done"


def test_what_the_plan_collects_is_what_the_latest_run_says_is_owed() -> None:
    store_client(owed=True)
    plan = open_plan("c1", START)
    assert plan_view(plan).facts.money_owed == 700.0
    # The client pays; the next scoring stores nothing owed, and the plan says the same.
    first = VerdictRecord.objects.get(client_id="c1")
    later = TriageRun.objects.create(as_of=START + timedelta(days=3), clients=1)
    first.pk, first.run, first.metrics = None, later, {"owed": 0.0, "overdue": 0.0}
    first.save()
    view = plan_view(plan)
    assert view.facts.money_owed == 0.0 and view.step(4).status == "done"
