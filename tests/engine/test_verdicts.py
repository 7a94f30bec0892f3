"""The verdict rules of DOMAIN §2, and the rules that temper them."""

from __future__ import annotations

from datetime import timedelta

import pytest

from .portfolio import Portfolio
from .scoring import settings, triage, verdict


def reworked(p: Portfolio, client: str, months: int = 12, **values: object) -> Portfolio:
    """A client whose hours are half rework: one planned sign (drain), month after month."""
    p.regular(client, hours=5.0, months=months, **values)  # type: ignore[arg-type]
    for month in range(months):
        p.hours(client, 16 + 30 * month, 5.0, kind="rework")
    return p


def late_payer(p: Portfolio, client: str) -> Portfolio:
    """Adds a second planned sign: three payment reminders this quarter."""
    for day in p.weekdays(3, first=3):
        p.message(client, day, "Reminder", direction="out", kind="payment_reminder")
    return p


def test_no_sign_means_keep() -> None:
    found = verdict(Portfolio(), "steady-0")
    assert (found.verdict, found.signs) == ("keep", [])


def test_one_persistent_planned_sign_means_repair() -> None:
    found = verdict(reworked(Portfolio(), "acme"), "acme")
    assert found.verdict == "repair"
    assert [s.id for s in found.signs] == ["drain"]


def test_one_recent_planned_sign_means_watch() -> None:
    p = reworked(Portfolio(), "acme", months=2, since_ago=70)
    found = verdict(p, "acme")
    assert found.verdict == "watch"
    assert found.signs[0].first_seen is not None
    assert (p.as_of - found.signs[0].first_seen).days < 90


def test_one_weak_planned_sign_means_watch() -> None:
    p = Portfolio().regular("acme", hours=7.4)
    for month in range(12):
        p.hours("acme", 16 + 30 * month, 2.6, kind="rework")  # 26 %: just past 25 %
    found = verdict(p, "acme")
    assert found.signs[0].weak
    assert found.verdict == "watch"


def test_two_planned_signs_mean_part_ways() -> None:
    found = verdict(late_payer(reworked(Portfolio(), "acme"), "acme"), "acme")
    assert found.verdict == "part_ways"
    assert {s.id for s in found.signs} == {"drain", "payment_risk"}


def test_one_urgent_sign_means_part_ways() -> None:
    p = Portfolio().regular("acme")
    p.invoice("acme", 125, 400.0)  # 95 days overdue
    found = verdict(p, "acme")
    assert [(s.id, s.severity) for s in found.signs] == [("payment_risk", "urgent")]
    assert found.verdict == "part_ways"


def test_unpleasable_alone_means_part_ways() -> None:
    p = Portfolio().regular("acme")
    p.incident("acme", 20, "public_criticism")
    assert verdict(p, "acme").verdict == "part_ways"


def test_an_immediate_sign_means_part_ways_now() -> None:
    p = Portfolio().regular("acme")
    p.incident("acme", 20, "abuse", severity="high")
    assert verdict(p, "acme").verdict == "part_ways_now"


@pytest.mark.parametrize(("repair_ago", "expected"), [(60, "part_ways"), (59, "repair")])
def test_a_sign_still_there_at_the_repair_review_date_means_part_ways(
    repair_ago: int, expected: str
) -> None:
    p = reworked(Portfolio(), "acme")
    p.incident("acme", repair_ago, "remediation")
    found = verdict(p, "acme")
    assert found.verdict == expected
    if expected == "part_ways":
        assert found.tempered_by == ["failed_repair"]
        began = p.day(repair_ago)
        assert found.signs[0].evidence.figures["repair_started_on"] == began.isoformat()
        assert found.reason.endswith(
            f"still there after the repair begun on {began:%B} {began.day}, {began.year}."
        )


def test_a_sign_that_began_after_the_repair_is_a_new_matter_not_a_failed_repair() -> None:
    p = Portfolio().regular("acme")
    for ago in range(2, 150, 3):  # night mail since five months
        p.message("acme", ago, "A question", hour=21)
    p.incident("acme", 200, "remediation")
    found = verdict(p, "acme")
    assert [s.id for s in found.signs] == ["boundaries"]
    assert found.verdict == "repair"


def test_a_repair_that_worked_leaves_a_client_to_keep() -> None:
    p = Portfolio().regular("acme", hours=5.0)
    for month in range(9, 12):  # rework until nine months ago, then the repair
        p.hours("acme", 16 + 30 * month, 5.0, kind="rework")
    p.incident("acme", 250, "remediation")
    assert verdict(p, "acme").verdict == "keep"


@pytest.mark.parametrize(
    ("fit", "expected"),
    [({"industry": "tobacco"}, "part_ways"), ({"strategic_fit": 1}, "part_ways")],
)
def test_a_client_who_no_longer_fits_gets_a_planned_exit_never_a_repair(
    fit: dict[str, object], expected: str
) -> None:
    p = Portfolio().regular("acme")
    p.rows["clients"][-1].update(fit)
    excluded = settings(business={"excluded_industries": ["tobacco"]})
    assert verdict(p, "acme", excluded).verdict == expected


@pytest.mark.parametrize(("share", "expected"), [(0.52, "watch"), (0.6, "part_ways")])
def test_a_misfit_just_past_its_threshold_is_watched(share: float, expected: str) -> None:
    p = Portfolio().regular("acme", hours=10 * (1 - share), project_id="core")  # type: ignore[arg-type]
    p.project("core", "acme", service_line="web").project("print", "acme", service_line="print")
    for month in range(12):
        p.hours("acme", 16 + 30 * month, 10 * share, project_id="print")
    winding = settings(business={"winding_down_service_lines": ["print"]})
    found = verdict(p, "acme", winding)
    assert [s.id for s in found.signs] == ["grown_apart"]
    assert found.verdict == expected


def test_a_long_standing_client_who_no_longer_fits_is_watched_not_repaired() -> None:
    p = Portfolio().regular("acme", since_ago=8 * 366)
    p.rows["clients"][-1]["industry"] = "tobacco"
    found = verdict(p, "acme", settings(business={"excluded_industries": ["tobacco"]}))
    assert found.verdict == "watch"
    assert found.tempered_by == ["long_standing"]
    assert "not dropped for a misfit" in found.reason


def test_long_standing_client_gets_repair_instead_of_part_ways() -> None:
    p = late_payer(reworked(Portfolio(), "acme", since_ago=6 * 366), "acme")
    found = verdict(p, "acme")
    assert found.verdict == "repair"
    assert found.tempered_by == ["long_standing"]
    assert "long-standing" in found.reason


def test_relationship_flag_counts_as_long_standing() -> None:
    p = late_payer(reworked(Portfolio(), "acme"), "acme")
    p.rows["clients"][-1]["relationship"] = True
    assert verdict(p, "acme").verdict == "repair"


def test_long_standing_never_softens_an_immediate_sign() -> None:
    p = Portfolio().regular("acme", since_ago=8 * 366)
    p.incident("acme", 20, "abuse", severity="high")
    assert verdict(p, "acme").verdict == "part_ways_now"


def test_will_pass_judgement_lowers_the_verdict_one_step() -> None:
    p = late_payer(reworked(Portfolio(), "acme"), "acme")
    p.judgement("acme", "will_pass", "payment_risk")
    found = verdict(p, "acme")
    assert found.verdict == "repair"
    assert "will_pass" in found.tempered_by


def test_will_pass_for_a_sign_that_did_not_fire_changes_nothing() -> None:
    p = late_payer(reworked(Portfolio(), "acme"), "acme")
    p.judgement("acme", "will_pass", "abuse")
    assert verdict(p, "acme").verdict == "part_ways"


def test_cool_off_dates_the_decision_after_the_last_incident() -> None:
    p = late_payer(reworked(Portfolio(), "acme"), "acme")
    p.incident("acme", 1, "other")
    found = verdict(p, "acme")
    assert found.decision_not_before == p.day(1) + timedelta(days=3)
    assert "cool_off" in found.tempered_by


@pytest.mark.parametrize(("ago", "dated"), [(364, True), (365, False)])
def test_a_flagged_message_dates_the_cool_off_only_within_the_message_look_back(
    ago: int, dated: bool
) -> None:
    # A message older than the look-back (365 days) would put the cool-off long in the past:
    # it is not read, and the decision carries no date at all.
    p = late_payer(reworked(Portfolio(), "acme"), "acme")
    p.message("acme", ago, "I am unhappy with this")
    found = verdict(p, "acme")
    assert found.verdict == "part_ways"
    assert found.decision_not_before == (p.day(ago) + timedelta(days=3) if dated else None)
    assert "cool_off" not in found.tempered_by


def test_a_pattern_recurring_many_times_a_month_needs_no_cooling_off() -> None:
    p = late_payer(reworked(Portfolio(), "acme"), "acme")
    for ago in (1, 5, 9, 13):
        p.incident("acme", ago, "other")
    found = verdict(p, "acme")
    assert found.decision_not_before is None
    assert "cool_off" not in found.tempered_by


def test_several_problems_rank_before_one_then_by_hours_drained() -> None:
    p = Portfolio()
    late_payer(reworked(p, "three"), "three").incident("three", 15, "public_criticism")
    late_payer(reworked(p, "two-small"), "two-small")
    late_payer(reworked(p, "two-big"), "two-big")
    for month in range(12):
        p.hours("two-big", 17 + 30 * month, 10.0, kind="rework")
    ranked = triage(p).verdicts
    assert [v.client_id for v in ranked[:3]] == ["three", "two-big", "two-small"]
    assert [v.rank for v in ranked] == list(range(1, len(ranked) + 1))
    assert ranked[-1].verdict == "keep"


def test_reason_is_one_plain_sentence_from_the_main_sign() -> None:
    p = Portfolio().regular("acme")
    p.invoice("acme", 125, 400.0)
    reason = verdict(p, "acme").reason
    assert reason.endswith(".")
    assert "95 days" in reason
    assert "400" in reason
