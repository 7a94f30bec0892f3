"""abuse, unethical, complainer, boundaries and unpleasable at their thresholds."""

from __future__ import annotations

import pytest

from parting.engine.features import message_lookback

from .portfolio import Portfolio
from .scoring import settings, signs, verdict


@pytest.mark.parametrize(("count", "fires"), [(2, True), (1, False)])
def test_abuse_fires_at_two_abusive_messages_in_ninety_days(count: int, fires: bool) -> None:
    p = Portfolio().regular("acme")
    for day in p.weekdays(count, first=10):
        p.message("acme", day, "You idiot, read the brief")
    found = signs(p, "acme")
    assert ("abuse" in found) is fires
    if fires:
        assert found["abuse"].severity == "immediate"
        assert all("idiot" in w for w in found["abuse"].evidence.words.values())


def test_abuse_reads_only_the_clients_own_words_not_our_outgoing_messages() -> None:
    p = Portfolio().regular("acme")
    for day in p.weekdays(3, first=10):
        p.message("acme", day, "You idiot, read the brief", direction="out")
    assert "abuse" not in signs(p, "acme")


def test_abuse_ignores_messages_older_than_ninety_days() -> None:
    p = Portfolio().regular("acme")
    p.message("acme", p.weekdays(1, first=10)[0], "You idiot")
    p.message("acme", p.weekdays(1, first=95)[0], "You idiot")
    assert "abuse" not in signs(p, "acme")


def test_abuse_fires_on_one_severe_message() -> None:
    p = Portfolio().regular("acme")
    p.message("acme", 6, "I will kill this project and you")
    assert verdict(p, "acme").verdict == "part_ways_now"


def test_abuse_fires_on_one_severe_incident_but_not_a_mild_one() -> None:
    mild = Portfolio().regular("acme")
    mild.incident("acme", 5, "abuse", severity="medium")
    assert "abuse" not in signs(mild, "acme")
    severe = Portfolio().regular("acme")
    severe.incident("acme", 5, "abuse", severity="high")
    assert "abuse" in signs(severe, "acme")


def test_unethical_fires_on_a_logged_ethics_incident() -> None:
    p = Portfolio().regular("acme")
    incident = p.incident("acme", 20, "ethics")
    found = verdict(p, "acme")
    assert found.verdict == "part_ways_now"
    assert found.signs[0].evidence.records["incidents"] == [incident]


def test_unethical_never_fires_on_text_alone_but_flags_for_review() -> None:
    p = Portfolio().regular("acme")
    p.message("acme", 8, "Could you backdate the invoice to March?")
    found = verdict(p, "acme")
    assert "unethical" not in {s.id for s in found.signs}
    assert found.review_flags == ["ethics"]
    assert found.verdict == "keep"


@pytest.mark.parametrize(("count", "fires"), [(12, True), (11, False)])
def test_complainer_fires_at_two_complaints_a_month(count: int, fires: bool) -> None:
    p = Portfolio().regular("acme")
    for n, day in enumerate(p.weekdays(count, first=100)):
        p.message("acme", day + 0 * n, "There is a typo" if n % 2 else "I am unhappy again")
    found = signs(p, "acme")
    assert ("complainer" in found) is fires
    if fires:
        assert found["complainer"].evidence.figures["minor_share"] == pytest.approx(0.5)


def after_hours(p: Portfolio, client: str, total: int, late: int, body: str = "Hello") -> None:
    for n, day in enumerate(p.weekdays(total, first=1)):
        p.message(client, day, body, hour=20 if n < late else 11)  # 22:00 in Paris


@pytest.mark.parametrize(("late", "fires"), [(9, True), (8, False)])
def test_boundaries_fires_when_thirty_percent_arrive_after_hours(late: int, fires: bool) -> None:
    p = Portfolio().regular("acme")
    after_hours(p, "acme", 30, late)
    assert ("boundaries" in signs(p, "acme")) is fires


def test_boundaries_counts_weekends_as_outside_working_hours() -> None:
    p = Portfolio().regular("acme")
    after_hours(p, "acme", 21, 0)
    for ago in range(1, 40):
        if p.day(ago).weekday() >= 5:
            p.message("acme", ago, "Hello")  # 11 or 12 on a Saturday or Sunday
    found = signs(p, "acme")
    assert "boundaries" in found


def test_boundaries_needs_eight_messages_a_month() -> None:
    p = Portfolio().regular("acme")
    after_hours(p, "acme", 21, 21)  # 7 a month, all late at night
    assert "boundaries" not in signs(p, "acme")


@pytest.mark.parametrize(("urgent", "fires"), [(8, True), (7, False)])
def test_boundaries_fires_when_a_quarter_call_things_urgent(urgent: int, fires: bool) -> None:
    p = Portfolio().regular("acme")
    for n, day in enumerate(p.weekdays(30, first=1)):
        p.message("acme", day, "URGENT: call me" if n < urgent else "Hello")
    assert ("boundaries" in signs(p, "acme")) is fires


@pytest.mark.parametrize(("complaints", "fires"), [(2, True), (1, False)])
def test_unpleasable_fires_when_complaints_continue_after_remediation(
    complaints: int, fires: bool
) -> None:
    p = Portfolio().regular("acme")
    p.message("acme", p.weekdays(1, first=70)[0], "I am unhappy")  # before: not counted
    p.incident("acme", 60, "remediation")
    for day in p.weekdays(complaints, first=20):
        p.message("acme", day, "Still unhappy with it")
    found = verdict(p, "acme")
    assert ("unpleasable" in {s.id for s in found.signs}) is fires
    if fires:
        assert found.verdict == "part_ways"


@pytest.mark.parametrize(("look_back", "fires"), [(365, False), (500, True)])
def test_complaints_after_a_remediation_count_only_within_the_message_look_back(
    look_back: int, fires: bool
) -> None:
    p = Portfolio().regular("acme")
    p.incident("acme", 420, "remediation")
    for ago in (400, 380):  # within 180 days of the remediation, but over a year ago
        p.message("acme", ago, "Still unhappy with it")
    found = signs(p, "acme", settings(verdict={"message_lookback_days": look_back}))
    assert ("unpleasable" in found) is fires


def test_the_message_look_back_never_cuts_a_sign_window() -> None:
    assert message_lookback(settings(verdict={"message_lookback_days": 30})) == 365
    longer = settings(verdict={"message_lookback_days": 30}, complainer={"window_days": 400})
    assert message_lookback(longer) == 400


def test_unpleasable_fires_on_public_criticism_of_staff() -> None:
    p = Portfolio().regular("acme")
    p.incident("acme", 12, "public_criticism")
    assert "unpleasable" in signs(p, "acme")


def test_unpleasable_fires_on_many_custom_demands_from_a_small_client() -> None:
    small = Portfolio().regular("acme", revenue=500.0)
    big = Portfolio().regular("acme", revenue=2000.0)
    for p in (small, big):
        for day in p.weekdays(5, first=3):
            p.message("acme", day, "One more change please")
    assert "unpleasable" in signs(small, "acme")
    assert "unpleasable" not in signs(big, "acme")


@pytest.mark.parametrize(
    ("bodies", "fires"),
    [
        (["You owe us this fix.", "I know this field better than you."], True),
        (["For what we pay you, this is slow."], False),  # one sharp line is not a pattern
    ],
)
def test_unpleasable_fires_at_two_messages_acting_as_if_we_owe_them_or_know_better(
    bodies: list[str], fires: bool
) -> None:
    p = Portfolio().regular("acme")
    for day, body in zip(p.weekdays(len(bodies), first=5), bodies, strict=True):
        p.message("acme", day, body)
    found = verdict(p, "acme")
    assert ("unpleasable" in {s.id for s in found.signs}) is fires
    if fires:
        sign = {s.id: s for s in found.signs}["unpleasable"]
        assert sign.evidence.figures["entitled_messages"] == 2
        words = {w for ws in sign.evidence.words.values() for w in ws}
        assert {"you owe us", "know this field better than you"} <= words
        assert found.verdict == "part_ways"
        assert found.reason.startswith("Messages acting as if we owe them")


def test_entitlement_older_than_the_window_does_not_count() -> None:
    p = Portfolio().regular("acme")
    p.message("acme", 200, "You owe us this fix.")
    p.message("acme", 190, "You owe us a discount.")
    assert "unpleasable" not in {s.id for s in verdict(p, "acme").signs}
