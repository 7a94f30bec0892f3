"""payment_risk, unprofitable and no_potential at their thresholds."""

from __future__ import annotations

import pytest

from .portfolio import Portfolio
from .scoring import settings, signs, verdict
from .scoring import triage as triage_of


def paying(p: Portfolio, client: str, late: int, invoices: int = 12) -> Portfolio:
    """Work every month; ``late`` of the ``invoices`` paid 15 days after the due date."""
    p.regular(client, revenue=None)
    for n in range(invoices):
        p.invoice(client, 40 + 25 * n, 1000.0, paid_after=45 if n < late else 20)
    return p


@pytest.mark.parametrize(("late", "fires"), [(6, True), (5, False)])
def test_payment_risk_fires_when_half_the_invoices_are_paid_late(late: int, fires: bool) -> None:
    found = signs(paying(Portfolio(), "acme", late), "acme")
    assert ("payment_risk" in found) is fires
    if fires:
        figures = found["payment_risk"].evidence.figures
        assert figures["invoices_late"] == 6
        assert figures["average_days_late"] == 15
        assert len(found["payment_risk"].evidence.records["invoices"]) == 6


@pytest.mark.parametrize(("invoices", "fires"), [(3, True), (2, False)])
def test_payment_risk_needs_at_least_three_invoices(invoices: int, fires: bool) -> None:
    found = signs(paying(Portfolio(), "acme", invoices, invoices), "acme")
    assert ("payment_risk" in found) is fires


@pytest.mark.parametrize(("issued_ago", "fires"), [(90, True), (85, False)])
def test_payment_risk_fires_at_sixty_days_overdue(issued_ago: int, fires: bool) -> None:
    p = Portfolio().regular("acme")
    p.invoice("acme", issued_ago, 500.0)  # due 30 days after issue, never paid
    found = signs(p, "acme")
    assert ("payment_risk" in found) is fires
    if fires:
        assert found["payment_risk"].severity == "planned"


def test_payment_risk_is_urgent_when_ninety_days_overdue() -> None:
    p = Portfolio().regular("acme")
    p.invoice("acme", 120, 500.0)
    found = signs(p, "acme")
    assert found["payment_risk"].severity == "urgent"
    assert found["payment_risk"].evidence.figures["oldest_overdue_days"] == 90


@pytest.mark.parametrize(("amount", "fires"), [(1200.0, True), (1000.0, False)])
def test_payment_risk_fires_when_a_month_of_revenue_is_overdue(amount: float, fires: bool) -> None:
    p = Portfolio().regular("acme")
    p.invoice("acme", 40, amount)  # 10 days overdue; a month of revenue is about 1,100
    assert ("payment_risk" in signs(p, "acme")) is fires


@pytest.mark.parametrize(("reminders", "fires"), [(3, True), (2, False)])
def test_payment_risk_fires_at_three_payment_reminders(reminders: int, fires: bool) -> None:
    p = Portfolio().regular("acme")
    for day in p.weekdays(reminders, first=3):
        p.message("acme", day, "A friendly reminder", direction="out", kind="payment_reminder")
    assert ("payment_risk" in signs(p, "acme")) is fires


@pytest.mark.parametrize(("excuses", "fires"), [(2, True), (1, False)])
def test_payment_risk_fires_at_two_payment_excuses(excuses: int, fires: bool) -> None:
    p = Portfolio().regular("acme")
    for day in p.weekdays(excuses, first=3):
        p.message("acme", day, "Cash flow is tight, sorry")
    found = signs(p, "acme")
    assert ("payment_risk" in found) is fires
    if fires:
        words = found["payment_risk"].evidence.words
        assert any("cash flow" in w for ws in words.values() for w in ws)


@pytest.mark.parametrize(("revenue", "fires"), [(5300.0, True), (5400.0, False)])
def test_unprofitable_fires_under_ten_percent_margin(revenue: float, fires: bool) -> None:
    # 120 hours at the default cost of 40 an hour: 4,800 of cost.
    p = Portfolio().regular("acme", revenue=revenue / 12)
    found = signs(p, "acme")
    assert ("unprofitable" in found) is fires
    if fires:
        figures = found["unprofitable"].evidence.figures
        assert figures["margin"] > 0 and found["unprofitable"].deciding == "margin_share"


def test_unprofitable_says_when_the_client_loses_money() -> None:
    p = Portfolio().regular("acme", revenue=4000.0 / 12)
    found = verdict(p, "acme")
    figures = {s.id: s for s in found.signs}["unprofitable"].evidence.figures
    assert figures["margin_share"] == pytest.approx(-0.2)
    assert figures["margin"] == pytest.approx(-800.0)


@pytest.mark.parametrize("change", [{"discount": 300.0}, {"status": "written_off"}])
def test_unprofitable_counts_write_offs_and_discounts(change: dict[str, object]) -> None:
    p = Portfolio().regular("acme", revenue=5600.0 / 12)  # margin 800: 14 %
    assert "unprofitable" not in signs(p, "acme")
    p.rows["invoices"][-1].update(change)
    assert "unprofitable" in signs(p, "acme")


@pytest.mark.parametrize(("last_ago", "fires"), [(280, True), (260, False)])
def test_no_potential_fires_after_270_days_without_an_invoice(last_ago: int, fires: bool) -> None:
    p = Portfolio().regular("acme", hours=0.0, start=last_ago)
    no_trend = settings(no_potential={"revenue_drop": 5.0})
    assert ("no_potential" in signs(p, "acme", no_trend)) is fires


@pytest.mark.parametrize(("now", "fires"), [(600.0, True), (800.0, False)])
def test_no_potential_fires_when_revenue_falls_by_thirty_percent(now: float, fires: bool) -> None:
    p = Portfolio().regular("acme", revenue=now)
    for month in range(12):
        p.invoice("acme", 380 + 30 * month, 1000.0, paid_after=20)
    found = signs(p, "acme")
    assert ("no_potential" in found) is fires
    if fires:
        assert found["no_potential"].evidence.figures["revenue_drop"] == pytest.approx(0.4)


def test_no_potential_uses_the_value_model_when_enough_clients_bought_again() -> None:
    p = Portfolio()
    for n in range(6):
        p.regular(f"buyer-{n}", revenue=500.0 + 300 * n, months=4 + 2 * n)
    model = settings(no_potential={"clv_min_clients": 5})
    found = {v.client_id: v for v in triage_of(p, model).verdicts}
    low = [c for c, v in found.items() if "no_potential" in {s.id for s in v.signs}]
    assert low, "the bottom fifth by predicted value is low"
    figures = {s.id: s for s in found[low[0]].signs}["no_potential"].evidence.figures
    assert figures["predicted_value"] is not None
    assert figures["predicted_value"] <= figures["predicted_value_threshold"]


def test_no_potential_ignores_the_value_model_for_small_portfolios() -> None:
    p = Portfolio()
    for n in range(6):
        p.regular(f"buyer-{n}", revenue=500.0 + 300 * n, months=4 + 2 * n)
    found = triage_of(p).verdicts
    assert all(s.evidence.figures.get("predicted_value") is None for v in found for s in v.signs)


def paid(p: Portfolio, client: str, days_late: list[int], amount: float = 1000.0) -> Portfolio:
    """Work every month; one invoice a month, each paid ``days_late`` after its due date."""
    p.regular(client, revenue=None)
    for n, late in enumerate(days_late):
        p.invoice(client, 40 + 30 * n, amount, paid_after=30 + late)
    return p


@pytest.mark.parametrize(("days_late", "fires"), [(7, False), (8, True)])
def test_a_payment_within_the_week_of_grace_is_not_late(days_late: int, fires: bool) -> None:
    found = signs(paid(Portfolio(), "acme", [days_late] * 12), "acme")
    assert ("payment_risk" in found) is fires
    if fires:
        assert found["payment_risk"].evidence.figures["average_days_late"] == days_late


def test_a_client_a_day_or_two_late_every_month_is_kept() -> None:
    found = verdict(paid(Portfolio(), "acme", [1, 2] * 6), "acme")
    assert found.verdict == "keep"


def test_a_reason_says_one_day_not_one_days() -> None:
    no_grace = settings(payment_risk={"grace_days": 0})
    found = verdict(paid(Portfolio(), "acme", [1] * 12), "acme", no_grace)
    assert "1 day late on average" in found.reason
    assert "days" not in found.reason


@pytest.mark.parametrize(("amount", "urgent"), [(4100.0, True), (3900.0, False)])
def test_payment_risk_is_urgent_when_three_months_of_revenue_are_long_overdue(
    amount: float, urgent: bool
) -> None:
    p = Portfolio().regular("acme")  # 12,000 a year, and this invoice on top
    p.invoice("acme", 100, amount)  # 70 days overdue: 4,000 is three months of 16,000 a year
    found = signs(p, "acme")["payment_risk"]
    months = found.evidence.figures["overdue_months_of_revenue"]
    assert (months >= 3.0) is urgent
    assert (found.severity == "urgent") is urgent


@pytest.mark.parametrize(("issued_ago", "urgent"), [(90, True), (85, False)])
def test_a_large_overdue_is_urgent_only_once_past_sixty_days(issued_ago: int, urgent: bool) -> None:
    p = Portfolio().regular("acme")
    p.invoice("acme", issued_ago, 5000.0)
    assert (signs(p, "acme")["payment_risk"].severity == "urgent") is urgent


@pytest.mark.parametrize(
    ("days_late", "urgent"),
    [
        ([21] * 10 + [0, 0], True),  # 10 of 12 late (83 %), three weeks on average
        ([20] * 10 + [0, 0], False),  # a day short of three weeks
        ([30] * 9 + [0, 0, 0], False),  # a month late, but 9 of 12 (75 %) is not chronic
    ],
)
def test_payment_risk_is_urgent_when_lateness_is_chronic_and_long(
    days_late: list[int], urgent: bool
) -> None:
    found = verdict(paid(Portfolio(), "acme", days_late), "acme")
    sign = {s.id: s for s in found.signs}["payment_risk"]
    assert (sign.severity == "urgent") is urgent
    assert found.verdict == ("part_ways" if urgent else "repair")


def test_chronic_lateness_needs_six_invoices_to_be_a_habit() -> None:
    found = signs(paid(Portfolio(), "acme", [40] * 5), "acme")
    assert found["payment_risk"].severity == "planned"


def test_a_long_standing_chronic_late_payer_gets_a_repair_and_the_reason_says_why() -> None:
    p = Portfolio()
    p.regular("acme", revenue=None, since_ago=2300)
    for n in range(12):
        p.invoice("acme", 40 + 30 * n, 1000.0, paid_after=60)
    found = verdict(p, "acme")
    assert found.verdict == "repair"
    assert "long-standing" in found.reason


@pytest.mark.parametrize(("last_ago", "fires"), [(548, True), (547, False)])
def test_a_client_who_buys_once_a_year_is_quiet_only_after_one_and_a_half_years(
    last_ago: int, fires: bool
) -> None:
    p = Portfolio().client("acme", since_ago=1900)
    for year in range(4):  # one invoice a year: a usual gap of 365 days
        p.invoice("acme", last_ago + 365 * year, 3000.0, paid_after=20)
    no_trend = settings(no_potential={"revenue_drop": 5.0})
    found = signs(p, "acme", no_trend)
    assert ("no_potential" in found) is fires
    if fires:
        figures = found["no_potential"].evidence.figures
        assert figures["days_since_last_invoice_threshold"] == pytest.approx(547.5)


def test_two_invoices_are_no_rhythm_and_the_usual_270_days_apply() -> None:
    p = Portfolio().client("acme", since_ago=1000)
    for ago in (280, 645):
        p.invoice("acme", ago, 3000.0, paid_after=20)
    no_trend = settings(no_potential={"revenue_drop": 5.0})
    assert "no_potential" in signs(p, "acme", no_trend)


def test_what_is_owed_counts_every_unpaid_invoice_and_overdue_only_those_past_due(
    engine: str,
) -> None:
    """One pair of figures per client, on the verdict itself: the client page, the plan,
    the letter and the exports show them as they are."""
    p = Portfolio().regular("acme")
    p.invoice("acme", 90, 500.0)  # due 60 days ago: overdue
    p.invoice("acme", 10, 300.0)  # due in 20 days: owed, not yet overdue
    partly = p.invoice("acme", 50, 400.0)  # due 20 days ago, 150 paid: 250 overdue
    p.rows["payments"].append(
        {"payment_id": "part", "invoice_id": partly, "paid_on": p.day(45), "amount": 150.0}
    )
    p.invoice("acme", 70, 999.0, status="void")  # void: owed by no one
    found = triage_of(p, engine=engine)
    acme = found.verdict_of("acme")
    assert acme.owed == pytest.approx(1050.0) and acme.overdue == pytest.approx(750.0)
    assert found.metrics["acme"].owed == acme.owed
    assert found.metrics["acme"].overdue == acme.overdue
    assert acme.to_dict()["owed"] == acme.owed
    if "payment_risk" in (s.id for s in acme.signs):
        payment = next(s for s in acme.signs if s.id == "payment_risk")
        assert payment.evidence.figures["overdue"] == acme.overdue


def test_a_reason_writes_its_counts_the_readers_way() -> None:
    p = Portfolio().regular("acme")
    p.invoice("acme", 1300, 5000.0)  # never paid: over a thousand days overdue
    reason = verdict(p, "acme").reason
    assert "oldest part 1,2" in reason, reason
