"""what_if and the whale curve; the evidence cap."""

from __future__ import annotations

import pytest

from parting.engine import whale_curve, what_if
from parting.errors import NotFoundError

from .portfolio import Portfolio
from .scoring import signs, triage


def test_what_if_frees_the_hours_and_loses_the_revenue_of_the_dropped() -> None:
    p = Portfolio(steady=2).regular("loser", hours=20.0, revenue=500.0)
    t = triage(p)
    result = what_if(t, ["loser"])
    assert result.hours_freed_per_month == pytest.approx(240 / (365 / (365.25 / 12)))
    assert result.revenue_lost == pytest.approx(6000.0)
    assert result.margin_before == pytest.approx(2 * (12000 - 4800) + (6000 - 9600))
    assert result.margin_after == pytest.approx(2 * (12000 - 4800))
    assert result.effective_rate_before == pytest.approx(30000 / 480)
    assert result.effective_rate_after == pytest.approx(100.0)


def test_what_if_names_an_unknown_client() -> None:
    with pytest.raises(NotFoundError):
        what_if(triage(Portfolio(steady=1)), ["nobody"])


def test_whale_curve_rises_with_the_profitable_then_falls() -> None:
    p = Portfolio(steady=2).regular("loser", hours=20.0, revenue=500.0)
    curve = whale_curve(triage(p))
    assert [c for c, _ in curve][-1] == "loser"
    assert curve[1][1] == pytest.approx(2 * 7200.0)
    assert curve[-1][1] == pytest.approx(2 * 7200.0 - 3600.0)


def test_evidence_keeps_twenty_records_and_counts_the_rest() -> None:
    p = Portfolio().regular("acme")
    for day in p.weekdays(30, first=1):
        p.message("acme", day, "You idiot")
    abuse = signs(p, "acme")["abuse"]
    assert len(abuse.evidence.records["messages"]) == 20
    assert abuse.evidence.figures["messages_count"] == 30
    assert len(abuse.evidence.words) == 5  # words of the newest few messages
    newest = p.rows["messages"][0]["message_id"]
    assert abuse.evidence.records["messages"][0] == newest


def test_only_clients_whose_sign_fired_carry_records() -> None:
    p = Portfolio().regular("acme")
    t = triage(p)
    assert all(not v.signs for v in t.verdicts)
