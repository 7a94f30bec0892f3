"""grown_apart, off_mission and no_referrals."""

from __future__ import annotations

import pytest

from .portfolio import Portfolio
from .scoring import settings, signs, verdict

WINDING = settings(business={"winding_down_service_lines": ["print"]})


@pytest.mark.parametrize(("print_hours", "fires"), [(5.0, True), (4.0, False)])
def test_grown_apart_fires_when_half_their_work_is_winding_down(
    print_hours: float, fires: bool
) -> None:
    p = Portfolio().project("flyers", "acme", service_line="print")
    p.regular("acme", hours=print_hours, project_id="flyers")
    p.regular("acme-web", hours=10.0 - print_hours)
    p.rows["time_entries"] = [
        {**r, "client_id": "acme"} if r["client_id"] == "acme-web" else r
        for r in p.rows["time_entries"]
    ]
    found = signs(p, "acme", WINDING)
    assert ("grown_apart" in found) is fires
    if fires:
        assert found["grown_apart"].evidence.records["projects"] == ["flyers"]


@pytest.mark.parametrize(("fit", "fires"), [(1.0, True), (1.5, False)])
def test_grown_apart_fires_when_declared_fit_is_one_or_less(fit: float, fires: bool) -> None:
    p = Portfolio().regular("acme")
    p.rows["clients"][-1]["strategic_fit"] = fit
    assert ("grown_apart" in signs(p, "acme")) is fires


def test_grown_apart_fires_when_the_client_outgrew_the_target_segment() -> None:
    p = Portfolio().regular("acme")  # 12,000 a year
    assert "grown_apart" in signs(
        p, "acme", settings(business={"target_segment_revenue": [0.0, 10000.0]})
    )
    assert "grown_apart" not in signs(
        p, "acme", settings(business={"target_segment_revenue": [0.0, 15000.0]})
    )
    assert "grown_apart" in signs(
        p, "acme", settings(business={"target_segment_revenue": [20000.0, 0.0]})
    )


def test_off_mission_fires_for_an_excluded_industry_or_tag() -> None:
    p = Portfolio().regular("acme").regular("bet")
    p.rows["clients"][-2]["industry"] = "Tobacco "
    p.rows["clients"][-1]["tags"] = "b2b; Gambling"
    excluded = settings(
        business={"excluded_industries": ["tobacco"], "excluded_tags": ["gambling"]}
    )
    assert "off_mission" in signs(p, "acme", excluded)
    assert "off_mission" in signs(p, "bet", excluded)
    assert "off_mission" not in signs(p, "acme")
    assert "off_mission" not in signs(p, "steady-0", excluded)


@pytest.mark.parametrize(("since", "fires"), [(730, True), (729, False)])
def test_no_referrals_fires_after_two_years_without_one(since: int, fires: bool) -> None:
    p = Portfolio().regular("acme", since_ago=since, referral=False)
    found = verdict(p, "acme")
    assert ("no_referrals" in {s.id for s in found.signs}) is fires
    assert found.verdict == "keep"  # a minor sign is never decisive alone


def test_no_referrals_counts_clients_they_referred() -> None:
    p = Portfolio().regular("acme", since_ago=900, referral=False)
    p.client("friend", referred_by="acme")
    assert "no_referrals" not in signs(p, "acme")
