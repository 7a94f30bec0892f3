"""Every figure Parting shows, declared once: its id, its label and its unit.

The engine computes figures under these ids (a sign's evidence, a client's metrics); every
surface — the web pages, the CLI, the letters, the exports — looks the id up here to say
what the figure is and to write its value (``parting.words``). A threshold is the figure's
own id with ``_threshold`` after it; the number of records a sign cites from a table is
``<table>_count``. Both are derived, so they need no line of their own.

The labels are English message ids, translated when shown (``gettext_noop`` marks them
for the catalogs).

>>> figure("late_share").unit
'share'
>>> figure("late_share_threshold").label
'Invoices paid late'
>>> figure("time_entries_count").unit
'count'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from parting.errors import PartingError
from parting.i18n import gettext_noop

Unit = Literal["money", "hours", "share", "days", "count", "ratio", "score", "flag", "date"]
UNITS: tuple[Unit, ...] = Unit.__args__  # type: ignore[attr-defined]

THRESHOLD = "_threshold"
COUNT = "_count"


@dataclass(frozen=True)
class Figure:
    id: str
    label: str  # English; translated at display
    unit: Unit
    decimals: int = 0  # digits after the decimal mark (money: whole units unless set)


def _declare(*figures: Figure) -> dict[str, Figure]:
    return {f.id: f for f in figures}


FIGURES: dict[str, Figure] = _declare(
    # A client's portfolio figures over the scoring window (``ClientMetrics``).
    Figure("revenue", gettext_noop("Revenue"), "money"),
    Figure("hours", gettext_noop("Hours"), "hours", 1),
    Figure("cost", gettext_noop("Cost of staff time"), "money"),
    Figure("margin", gettext_noop("Margin"), "money"),
    Figure("effective_rate", gettext_noop("Effective hourly rate"), "money"),
    Figure("overdue", gettext_noop("Overdue balance"), "money"),
    Figure("effort_share", gettext_noop("Share of staff hours"), "share", 1),
    Figure("revenue_share", gettext_noop("Share of revenue"), "share", 1),
    # drain
    Figure("effort_to_revenue", gettext_noop("Effort ÷ revenue share"), "ratio", 2),
    Figure("median_rate", gettext_noop("Portfolio median rate"), "money"),
    Figure("rework_share", gettext_noop("Rework and revision share"), "share"),
    # payment_risk
    Figure("invoices_due", gettext_noop("Invoices due"), "count"),
    Figure("invoices_late", gettext_noop("Invoices paid late (count)"), "count"),
    Figure("late_share", gettext_noop("Invoices paid late"), "share"),
    Figure("average_days_late", gettext_noop("Average days late"), "days"),
    Figure("oldest_overdue_days", gettext_noop("Oldest overdue invoice"), "days"),
    Figure("overdue_months_of_revenue", gettext_noop("Overdue, in months of revenue"), "ratio", 1),
    Figure("reminders", gettext_noop("Payment reminders"), "count"),
    Figure("payment_excuses", gettext_noop("Payment excuses"), "count"),
    # unprofitable
    Figure("write_offs_and_discounts", gettext_noop("Write-offs and discounts"), "money"),
    Figure("margin_share", gettext_noop("Margin as a share of revenue"), "share"),
    # no_potential
    Figure("revenue_last_period", gettext_noop("Revenue, last 12 months"), "money"),
    Figure("revenue_period_before", gettext_noop("Revenue, the 12 months before"), "money"),
    Figure("revenue_drop", gettext_noop("Drop in revenue"), "share"),
    Figure("days_since_last_invoice", gettext_noop("Days since the last invoice"), "days"),
    Figure("predicted_value", gettext_noop("Predicted value, next 12 months"), "money"),
    # scope_creep
    Figure("revision_rounds", gettext_noop("Revision rounds"), "count"),
    Figure("hours_beyond_budget", gettext_noop("Hours beyond budget"), "share"),
    Figure("budget_hours", gettext_noop("Budgeted hours"), "hours", 1),
    Figure("change_requests", gettext_noop("Change requests"), "count"),
    # complainer
    Figure("complaints", gettext_noop("Complaints"), "count"),
    Figure("complaints_per_month", gettext_noop("Complaints per month"), "ratio", 1),
    Figure("minor_share", gettext_noop("Share about minor matters"), "share"),
    Figure("hours_per_complaint", gettext_noop("Hours of work per complaint"), "hours", 1),
    # boundaries
    Figure("messages", gettext_noop("Messages received"), "count"),
    Figure("messages_per_month", gettext_noop("Messages per month"), "ratio", 1),
    Figure("after_hours_share", gettext_noop("Messages outside working hours"), "share"),
    Figure("urgent_share", gettext_noop("Messages calling things urgent"), "share"),
    # unpleasable
    Figure("complaints_after_remediation", gettext_noop("Complaints after a remediation"), "count"),
    Figure("public_criticism", gettext_noop("Public criticism"), "count"),
    # abuse, unethical
    Figure("abusive_messages", gettext_noop("Abusive messages"), "count"),
    Figure("abuse_incidents", gettext_noop("Abuse incidents"), "count"),
    Figure("severe", gettext_noop("Severe ones"), "count"),
    Figure("window_days", gettext_noop("Period looked at"), "days"),
    Figure("ethics_incidents", gettext_noop("Ethics incidents"), "count"),
    Figure("flagged_requests", gettext_noop("Requests flagged for review"), "count"),
    # grown_apart, off_mission, no_referrals
    Figure("winding_down_share", gettext_noop("Share of work in lines winding down"), "share"),
    Figure("strategic_fit", gettext_noop("Strategic fit (0–5)"), "score", 1),
    Figure("yearly_revenue", gettext_noop("Yearly revenue"), "money"),
    Figure("excluded_industry", gettext_noop("In an industry we no longer serve"), "flag"),
    Figure("excluded_tag", gettext_noop("Carries a tag we exclude"), "flag"),
    Figure("tenure_days", gettext_noop("Time as a client"), "days"),
    Figure("referrals", gettext_noop("Referrals"), "count"),
    # unpleasable: seed 002's problem client ("you owe us", "you're doing it all wrong").
    Figure(
        "entitled_messages",
        gettext_noop("Messages as if we owe them, or knowing our trade better"),
        "count",
    ),
    # A repair plan that failed (the verdict rules): the day it began.
    Figure("repair_started_on", gettext_noop("Repair begun on"), "date"),
)

# The records a sign cites, per table: "<table>_count".
RECORD_COUNTS: dict[str, str] = {
    "time_entries": gettext_noop("Time entries behind this sign"),
    "invoices": gettext_noop("Invoices behind this sign"),
    "messages": gettext_noop("Messages behind this sign"),
    "incidents": gettext_noop("Incidents behind this sign"),
    "projects": gettext_noop("Projects behind this sign"),
}


class UnknownFigure(PartingError):
    """A figure id no declaration names: a programming error, caught by the tests."""


def figure(figure_id: str) -> Figure:
    """The declaration of ``figure_id``, a threshold's being its figure's."""
    if figure_id in FIGURES:
        return FIGURES[figure_id]
    if figure_id.endswith(THRESHOLD) and figure_id.removesuffix(THRESHOLD) in FIGURES:
        return FIGURES[figure_id.removesuffix(THRESHOLD)]
    table = figure_id.removesuffix(COUNT)
    if figure_id.endswith(COUNT) and table in RECORD_COUNTS:
        return Figure(figure_id, RECORD_COUNTS[table], "count")
    raise UnknownFigure(f"no figure is declared as {figure_id!r}")


def is_threshold(figure_id: str) -> bool:
    return figure_id.endswith(THRESHOLD)


def is_declared(figure_id: str) -> bool:
    try:
        figure(figure_id)
    except UnknownFigure:
        return False
    return True
