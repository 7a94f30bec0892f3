"""drain and scope_creep fire at their thresholds and stay silent just below."""

from __future__ import annotations

import pytest

from .portfolio import Portfolio
from .scoring import settings, signs


@pytest.mark.parametrize(("rework", "fires"), [(2.5, True), (2.4, False)])
def test_drain_fires_when_rework_is_a_quarter_of_their_hours(rework: float, fires: bool) -> None:
    p = Portfolio().regular("acme", hours=10.0 - rework)
    for month in range(12):
        p.hours("acme", 16 + 30 * month, rework, kind="rework")
    found = signs(p, "acme")
    assert ("drain" in found) is fires
    if fires:
        assert found["drain"].evidence.figures["rework_share"] == pytest.approx(0.25)


@pytest.mark.parametrize(("revenue", "fires"), [(8000.0, True), (10000.0, False)])
def test_drain_fires_when_effort_share_is_double_revenue_share(revenue: float, fires: bool) -> None:
    # 200 hours against four clients of 120: the top 20 % by effort.
    p = Portfolio().regular("acme", hours=200 / 12, revenue=revenue / 12)
    only_pareto = settings(drain={"min_rate_vs_median": 0.0})
    found = signs(p, "acme", only_pareto)
    assert ("drain" in found) is fires
    if fires:
        assert found["drain"].evidence.figures["effort_to_revenue"] >= 2.0


def test_drain_needs_the_client_among_the_top_by_effort() -> None:
    # Same lopsided ratio, but a small client: not among the top 20 % by hours.
    p = Portfolio().regular("acme", hours=30 / 12, revenue=1000 / 12)
    found = signs(p, "acme", settings(drain={"min_rate_vs_median": 0.0}))
    assert "drain" not in found


@pytest.mark.parametrize(("revenue", "fires"), [(1900.0, True), (2100.0, False)])
def test_drain_fires_when_hourly_rate_is_under_half_the_median(revenue: float, fires: bool) -> None:
    p = Portfolio().regular("acme", hours=40 / 12, revenue=revenue / 12)
    found = signs(p, "acme")
    assert ("drain" in found) is fires
    if fires:
        assert found["drain"].evidence.figures["median_rate"] == pytest.approx(100.0)


def test_drain_evidence_names_the_time_entries() -> None:
    p = Portfolio().regular("acme", hours=5.0)
    for month in range(12):
        p.hours("acme", 16 + 30 * month, 5.0, kind="revision")
    drain = signs(p, "acme")["drain"]
    entries = drain.evidence.records["time_entries"]
    assert len(entries) == 20  # capped
    assert drain.evidence.figures["time_entries_count"] == 24


@pytest.mark.parametrize(("rounds", "fires"), [(3, True), (2, False)])
def test_scope_creep_fires_at_three_revision_rounds_on_a_deliverable(
    rounds: int, fires: bool
) -> None:
    p = Portfolio().regular("acme").project("site", "acme")
    for n in range(rounds):
        p.hours("acme", 10 + 7 * n, 1.0, kind="revision", project_id="site")
    assert ("scope_creep" in signs(p, "acme")) is fires


def test_scope_creep_counts_rounds_per_deliverable_not_in_total() -> None:
    p = Portfolio().regular("acme").project("a", "acme").project("b", "acme")
    for n in range(2):
        p.hours("acme", 10 + 7 * n, 1.0, kind="revision", project_id="a")
        p.hours("acme", 11 + 7 * n, 1.0, kind="revision", project_id="b")
    assert "scope_creep" not in signs(p, "acme")


@pytest.mark.parametrize(("hours", "fires"), [(130.0, True), (125.0, False)])
def test_scope_creep_fires_at_thirty_percent_beyond_the_budget(hours: float, fires: bool) -> None:
    p = Portfolio().regular("acme", revenue=2000.0).project("site", "acme", budget_hours=100.0)
    for n in range(10):
        p.hours("acme", 20 + 10 * n, hours / 10, project_id="site")
    found = signs(p, "acme")
    assert ("scope_creep" in found) is fires


@pytest.mark.parametrize(("requests", "fires"), [(3, True), (2, False)])
def test_scope_creep_fires_at_three_change_requests(requests: int, fires: bool) -> None:
    p = Portfolio().regular("acme")
    for day in p.weekdays(requests, first=5):
        p.message("acme", day, "Could you also add a shop?")
    assert ("scope_creep" in signs(p, "acme")) is fires
