"""Exit plans (DOMAIN §3): dates, money owed, obligations, referrals, immediate exits."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from parting.config import Config
from parting.errors import InputError
from parting.i18n import activate
from parting.playbook.plan import NoPlanForVerdict, StepProgress, build_plan, step_number
from parting.schema import Tables

from .conftest import START, verdict

MakeTables = Callable[..., Tables]

OPEN_INVOICE = {
    "invoice_id": "i3",
    "client_id": "c1",
    "issued_on": date(2026, 2, 1),
    "due_on": date(2026, 3, 1),
    "amount": 900.0,
    "currency": "EUR",
    "status": "open",
}


def incident(day: date, kind: str = "scope_dispute") -> dict[str, object]:
    return {"incident_id": f"x{day}", "client_id": "c1", "date": day, "kind": kind}


def invoices_with_open_one() -> list[dict[str, object]]:
    from .conftest import sample_tables

    paid = sample_tables()["invoices"].to_pylist()
    return [*paid, OPEN_INVOICE]


def test_a_plan_has_the_ten_steps_in_order(config: Config, make_tables: MakeTables) -> None:
    plan = build_plan(verdict(), make_tables(), config, START)
    assert [s.number for s in plan.steps] == list(range(1, 11))
    assert [s.key for s in plan.steps][:4] == [
        "cool_off",
        "review_contract",
        "fulfil_obligations",
        "collect",
    ]
    assert plan.move == "not_you_its_us" and not plan.immediate


def test_only_clients_to_part_with_get_a_plan(config: Config, make_tables: MakeTables) -> None:
    with pytest.raises(NoPlanForVerdict, match="repair letter") as refused:
        build_plan(verdict(kind="repair"), make_tables(), config, START)
    assert isinstance(refused.value, InputError) and refused.value.client_id == "c1"


@pytest.mark.parametrize("language", ["en", "fr", "vi", "sl"])
def test_the_steps_say_what_to_do_and_name_no_command(
    config: Config, make_tables: MakeTables, language: str
) -> None:
    tables = make_tables(invoices=invoices_with_open_one())
    activate(language)
    try:
        plans = [build_plan(verdict(owed=900.0), tables, config, START)]
        plans.append(
            build_plan(
                verdict("abuse", "part_ways_now", "immediate", owed=900.0), tables, config, START
            )
        )
    finally:
        activate("en")
    for plan in plans:
        for step in plan.steps:
            assert not re.search(r"parting \w|--\w|FILE", step.detail + step.note), step.detail


def test_the_meeting_the_script_and_the_confirmation_carry_their_aid(
    config: Config, make_tables: MakeTables
) -> None:
    plan = build_plan(verdict(), make_tables(), config, START)
    aids = {s.number: s.aid for s in plan.steps if s.aid}
    assert aids == {5: "calendar", 6: "meeting-script", 8: "confirmation"}
    assert plan.to_dict()["steps"][4]["aid"] == "calendar"


def test_the_decision_is_never_dated_inside_the_cool_off(
    config: Config, make_tables: MakeTables
) -> None:
    last = START + timedelta(days=1)  # an incident after the plan opened restarts the clock
    plan = build_plan(verdict(), make_tables(incidents=[incident(last)]), config, START)
    cool = int(config.settings.verdict.cool_off_days)
    assert plan.decision_on == last + timedelta(days=cool)
    assert plan.step(1).due_on == plan.decision_on
    assert plan.meeting_on > plan.decision_on


@pytest.mark.parametrize("incident_ago", [1, 10])
def test_the_cool_off_counts_from_the_decision_when_the_incident_came_before(
    config: Config, make_tables: MakeTables, incident_ago: int
) -> None:
    earlier = START - timedelta(days=incident_ago)
    plan = build_plan(verdict(), make_tables(incidents=[incident(earlier)]), config, START)
    assert plan.decision_on == START + timedelta(days=int(config.settings.verdict.cool_off_days))


def test_without_any_incident_the_cool_off_still_counts_from_the_decision(
    config: Config, make_tables: MakeTables
) -> None:
    plan = build_plan(verdict(), make_tables(), config, START)
    assert plan.decision_on == START + timedelta(days=int(config.settings.verdict.cool_off_days))


def test_a_remediation_is_not_a_clash_and_does_not_restart_the_cool_off(
    config: Config, make_tables: MakeTables
) -> None:
    later = START + timedelta(days=2)
    tables = make_tables(incidents=[incident(later, "remediation")])
    plan = build_plan(verdict(), tables, config, START)
    assert plan.decision_on == START + timedelta(days=int(config.settings.verdict.cool_off_days))


def test_the_engines_decision_not_before_is_respected(
    config: Config, make_tables: MakeTables
) -> None:
    later = START + timedelta(days=5)
    plan = build_plan(verdict(not_before=later), make_tables(), config, START)
    assert plan.decision_on == later


def test_announcing_is_blocked_while_money_is_owed(config: Config, make_tables: MakeTables) -> None:
    # The amount is the verdict's (the engine's figure); the plan names the invoices.
    tables = make_tables(invoices=invoices_with_open_one())
    plan = build_plan(verdict(owed=900.0), tables, config, START)
    assert plan.facts.money_owed == 900.0 and plan.facts.owed_invoices == ["i3"]
    assert plan.step(4).status == "todo"
    assert plan.step(5).status == "blocked" and plan.step(6).status == "blocked"
    assert plan.step(5).blocked_by == 4
    assert plan.announcement_blocked


def test_a_partly_paid_invoice_is_still_named(config: Config, make_tables: MakeTables) -> None:
    payments = make_tables()["payments"].to_pylist()
    payments.append({"payment_id": "y3", "invoice_id": "i3", "paid_on": START, "amount": 400.0})
    tables = make_tables(invoices=invoices_with_open_one(), payments=payments)
    plan = build_plan(verdict(owed=500.0), tables, config, START)
    assert plan.facts.owed_invoices == ["i3"] and plan.announcement_blocked


def test_once_collected_the_announcement_is_unblocked(
    config: Config, make_tables: MakeTables
) -> None:
    tables = make_tables(invoices=invoices_with_open_one())
    progress = {4: StepProgress("done", "paid by transfer", "maja")}
    plan = build_plan(verdict(owed=900.0), tables, config, START, progress)
    assert plan.step(5).status == "todo" and not plan.announcement_blocked
    assert plan.step(4).note == "paid by transfer" and plan.step(4).by == "maja"


def test_nothing_owed_means_nothing_to_collect(config: Config, make_tables: MakeTables) -> None:
    plan = build_plan(verdict(), make_tables(), config, START)
    assert plan.facts.money_owed == 0 and plan.step(4).status == "done"
    assert not plan.announcement_blocked
    # Said once, in the step's words: a note saying it again read twice on every surface.
    assert plan.step(4).detail.startswith("Nothing is owed") and plan.step(4).note == ""


def test_notice_is_thirty_days_by_default(config: Config, make_tables: MakeTables) -> None:
    plan = build_plan(verdict(), make_tables(), config, START)
    assert plan.notice_days == 30 and plan.notice_rule == "business_notice"
    assert plan.step(7).due_on == plan.notice_end == plan.meeting_on + timedelta(days=30)
    assert "your usual notice for a client who relies on regular work" in plan.step(7).detail


def one_off(ends: date | None, **values: object) -> dict[str, object]:
    return {
        "project_id": "p2",
        "client_id": "c1",
        "name": "Brand book",
        "started_on": START - timedelta(days=20),
        "ended_on": ends,
        "recurring": False,
        **values,
    }


def test_a_one_off_client_gets_the_deliverable_in_progress_as_notice(
    config: Config, make_tables: MakeTables
) -> None:
    ends = START + timedelta(days=12)  # sooner than 30 days: the deliverable decides
    plan = build_plan(verdict(), make_tables(projects=[one_off(ends)]), config, START)
    assert plan.facts.engagement == "one_off"
    assert (plan.notice_end, plan.notice_rule) == (ends, "deliverable")
    assert "finish the deliverable in progress" in plan.step(7).detail


def test_a_one_off_client_with_nothing_in_progress_needs_no_notice(
    config: Config, make_tables: MakeTables
) -> None:
    done = one_off(START - timedelta(days=5))
    plan = build_plan(verdict(), make_tables(projects=[done]), config, START)
    assert (plan.notice_end, plan.notice_rule) == (plan.meeting_on, "nothing_open")
    assert "nothing is in progress" in plan.step(7).detail


def test_a_recurring_client_gets_the_usual_notice_even_when_the_deliverable_ends_sooner(
    config: Config, make_tables: MakeTables
) -> None:
    retainer = one_off(START + timedelta(days=12), recurring=True)
    plan = build_plan(verdict(), make_tables(projects=[retainer]), config, START)
    assert plan.facts.engagement == "recurring"
    assert plan.notice_days == 30 and plan.notice_rule == "business_notice"


def test_the_contract_notice_binds_a_one_off_client_too_and_the_plan_says_so(
    config: Config, make_tables: MakeTables
) -> None:
    tables = make_tables(projects=[one_off(START + timedelta(days=12))])
    plan = build_plan(verdict(), tables, config, START, contract_notice_days=45)
    assert plan.notice_days == 45 and plan.notice_rule == "contract_notice"
    assert "the notice their contract requires" in plan.step(7).detail


@pytest.mark.parametrize(
    ("kind", "severity"), [("part_ways_now", "immediate"), ("part_ways", "planned")]
)
def test_an_abusive_client_is_never_offered_an_in_person_meeting(
    config: Config, make_tables: MakeTables, kind: str, severity: str
) -> None:
    abusive = verdict("abuse", kind, severity)  # type: ignore[arg-type]
    plan = build_plan(abusive, make_tables(), config, START)
    assert not plan.in_person
    assert "Do not meet in person" in plan.step(5).detail
    assert "Meet in person" not in plan.step(5).detail


def test_a_client_who_was_not_abusive_is_met_in_person(
    config: Config, make_tables: MakeTables
) -> None:
    plan = build_plan(verdict(), make_tables(), config, START)
    assert plan.in_person and plan.step(5).detail.startswith("Meet in person")


def test_notice_runs_to_the_end_of_the_current_deliverable_when_later(
    config: Config, make_tables: MakeTables
) -> None:
    ends = START + timedelta(days=75)
    project = {
        "project_id": "p2",
        "client_id": "c1",
        "name": "Brand book",
        "started_on": START - timedelta(days=20),
        "ended_on": ends,
    }
    plan = build_plan(verdict(), make_tables(projects=[project]), config, START)
    assert plan.notice_end == ends


def test_notice_follows_the_contract_when_it_asks_for_more(
    config: Config, make_tables: MakeTables
) -> None:
    plan = build_plan(verdict(), make_tables(), config, START, contract_notice_days=60)
    assert plan.notice_days == 60
    longer = config.merged({"plan": {"contract_notice_days": 45}})
    assert build_plan(verdict(), make_tables(), longer, START).notice_days == 45
    shorter = build_plan(verdict(), make_tables(), config, START, contract_notice_days=10)
    assert shorter.notice_days == 30


def test_paid_but_undelivered_fixed_fee_work_must_be_delivered_first(
    config: Config, make_tables: MakeTables
) -> None:
    project = {
        "project_id": "p2",
        "client_id": "c1",
        "name": "Brand book",
        "fixed_fee": 3000.0,
        "started_on": date(2026, 1, 10),
        "ended_on": None,
    }
    invoice = {
        "invoice_id": "i4",
        "client_id": "c1",
        "issued_on": date(2026, 1, 15),
        "due_on": date(2026, 2, 15),
        "amount": 3000.0,
        "status": "paid",
    }
    tables = make_tables(projects=[project], invoices=[invoice])
    plan = build_plan(verdict(), tables, config, START)
    assert [u.project_id for u in plan.facts.undelivered] == ["p2"]
    assert "Brand book" in plan.step(3).detail


def test_a_finished_or_uninvoiced_project_is_not_undelivered(
    config: Config, make_tables: MakeTables
) -> None:
    open_unbilled = {
        "project_id": "p3",
        "client_id": "c1",
        "fixed_fee": 500.0,
        "started_on": date(2026, 2, 20),
    }
    finished = {
        "project_id": "p4",
        "client_id": "c1",
        "fixed_fee": 500.0,
        "started_on": date(2025, 1, 1),
        "ended_on": date(2025, 3, 1),
    }
    invoice = {
        "invoice_id": "i5",
        "client_id": "c1",
        "issued_on": date(2026, 1, 5),
        "due_on": date(2026, 2, 5),
        "amount": 500.0,
        "status": "paid",
    }
    tables = make_tables(projects=[open_unbilled, finished], invoices=[invoice])
    assert build_plan(verdict(), tables, config, START).facts.undelivered == []


def test_goodwill_is_the_amount_of_the_last_invoice(
    config: Config, make_tables: MakeTables
) -> None:
    plan = build_plan(verdict(), make_tables(), config, START)
    assert plan.facts.goodwill_invoice == "i2" and plan.facts.goodwill_amount == 800.0
    assert "i2" in plan.step(6).detail


def test_referral_partners_match_the_clients_service_lines(
    config: Config, make_tables: MakeTables
) -> None:
    plan = build_plan(verdict(), make_tables(), config, START)
    assert [p.name for p in plan.facts.partners] == ["Atelier Nord"]
    assert "Atelier Nord" in plan.step(6).detail
    other = make_tables(projects=[{"project_id": "p9", "client_id": "c1", "service_line": "seo"}])
    assert build_plan(verdict(), other, config, START).facts.partners == []


def test_an_abusive_client_is_never_offered_referrals(
    config: Config, make_tables: MakeTables
) -> None:
    plan = build_plan(verdict("abuse", "part_ways_now", "immediate"), make_tables(), config, START)
    assert plan.facts.partners == []
    assert "Atelier Nord" not in plan.step(6).detail


def test_an_immediate_exit_collapses_cool_off_collection_and_notice(
    config: Config, make_tables: MakeTables
) -> None:
    tables = make_tables(invoices=invoices_with_open_one(), incidents=[incident(START, "abuse")])
    abuse = verdict("abuse", "part_ways_now", "immediate", owed=900.0)
    plan = build_plan(abuse, tables, config, START)
    assert plan.immediate and plan.move == "name_the_behaviour"
    assert [s.status for s in plan.steps if s.number in (1, 4, 7)] == ["skipped"] * 3
    assert plan.decision_on == plan.meeting_on == plan.notice_end == START
    assert plan.step(5).status == "todo"  # separate now, even with money owed
    # The notice step says there is none to run, not "0 days of your usual notice".
    assert "No notice to run: an immediate exit ends the work on" in plan.step(7).detail
    assert "usual notice" not in plan.step(7).detail


def test_an_unethical_client_gets_the_immediate_variant_without_named_partners(
    config: Config, make_tables: MakeTables
) -> None:
    plan = build_plan(
        verdict("unethical", "part_ways_now", "immediate"), make_tables(), config, START
    )
    assert plan.immediate and plan.move == "risk_averse" and plan.facts.partners == []


def test_steps_are_named_by_number_or_key() -> None:
    assert step_number("4") == 4 and step_number("collect") == 4
    assert step_number("hand-over") == 9
    with pytest.raises(InputError):
        step_number("11")
    with pytest.raises(InputError):
        step_number("dance")


def test_a_plan_serialises_to_json_ready_values(config: Config, make_tables: MakeTables) -> None:
    data = build_plan(verdict(), make_tables(), config, START).to_dict()
    assert data["notice_end"] == "2026-04-06" and data["steps"][0]["due_on"] == "2026-03-05"
    assert data["facts"]["partners"][0]["name"] == "Atelier Nord"
