"""A repair is judged at its review date on what happened since it began (DOMAIN §2 as
refined by issue #11): the sign gone → keep, and the reason says the repair worked; the
sign still there, and there before the repair → part ways, naming the repair and its day.
Every engine reads the same windows."""

from __future__ import annotations

import pytest

from parting.engine.results import ClientVerdict

from .portfolio import Portfolio
from .scoring import settings, triage


def late_payer(p: Portfolio, client: str, repair_ago: int, *, late_after: bool) -> Portfolio:
    """Monthly invoices paid two weeks late until the repair ``repair_ago`` days ago; after
    it, paid on time (the repair worked) or still two weeks late (``late_after``)."""
    p.client(client, since_ago=700)
    p.incident(client, 600, "referral")
    for month in range(12):
        ago = 15 + 30 * month
        due_ago = ago - 30
        late = due_ago >= repair_ago or late_after
        p.hours(client, ago, 10.0)
        p.invoice(client, ago, 1000.0, paid_after=44 if late else 20)
    p.incident(client, repair_ago, "remediation")
    return p


def judged(p: Portfolio, engine: str, **sections: dict[str, object]) -> ClientVerdict:
    return triage(p, settings(**sections), engine=engine).verdict_of("acme")


def test_a_repair_that_worked_is_seen_at_its_review_though_the_year_still_shows_the_sign(
    engine: str,
) -> None:
    p = late_payer(Portfolio(), "acme", 70, late_after=False)
    found = judged(p, engine)
    began = p.day(70)
    assert (found.verdict, found.signs) == ("keep", [])
    assert found.tempered_by == ["repair_worked"]
    assert found.reviewed_repair == began
    assert found.reason == (
        f"The repair begun on {began:%B} {began.day}, {began.year} worked: "
        "no sign calls for action since."
    )


def test_a_sign_still_there_since_the_repair_means_part_ways_naming_the_repair(
    engine: str,
) -> None:
    p = late_payer(Portfolio(), "acme", 70, late_after=True)
    found = judged(p, engine)
    began = p.day(70)
    assert found.verdict == "part_ways"
    assert found.tempered_by == ["failed_repair"]
    assert found.reviewed_repair == began
    sign = found.signs[0]
    # Judged on the two invoices due since the repair, both paid late: at the year's pace
    # (3 invoices a year at least), two months need one.
    assert sign.id == "payment_risk"
    assert (sign.evidence.figures["invoices_due"], sign.evidence.figures["invoices_late"]) == (2, 2)
    assert len(sign.evidence.records["invoices"]) == 2
    # The sign's evidence began before the repair: the same problem, not a new one.
    assert sign.first_seen is not None and sign.first_seen < began
    assert found.reason == (
        f"Paid 2 of the last 2 invoices late, 14 days late on average; "
        f"still there after the repair begun on {began:%B} {began.day}, {began.year}."
    )


@pytest.mark.parametrize(("repair_ago", "expected"), [(59, "repair"), (60, "keep")])
def test_until_its_review_date_a_repair_is_under_way_and_the_usual_windows_apply(
    repair_ago: int, expected: str
) -> None:
    p = late_payer(Portfolio(), "acme", repair_ago, late_after=False)
    found = triage(p).verdict_of("acme")
    assert found.verdict == expected
    assert (found.reviewed_repair is not None) == (expected == "keep")


def test_the_review_date_is_a_setting() -> None:
    p = late_payer(Portfolio(), "acme", 70, late_after=False)
    later = settings(verdict={"repair_review_days": 90})
    assert triage(p, later).verdict_of("acme").verdict == "repair"


def test_a_long_standing_client_whose_repair_failed_has_had_the_chance_to_repair() -> None:
    p = late_payer(Portfolio(), "acme", 70, late_after=True)
    p.rows["clients"][-1]["relationship"] = True
    found = triage(p).verdict_of("acme")
    assert found.verdict == "part_ways"
    assert found.tempered_by == ["failed_repair"]


def test_a_client_without_a_repair_is_judged_on_the_usual_windows() -> None:
    p = late_payer(Portfolio(), "acme", 70, late_after=False)
    p.rows["incidents"] = [i for i in p.rows["incidents"] if i["kind"] != "remediation"]
    found = triage(p).verdict_of("acme")
    assert found.verdict == "repair"
    assert found.signs[0].evidence.figures["invoices_due"] == 11
    assert found.reviewed_repair is None
