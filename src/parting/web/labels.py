"""What the web shows for the engine's ids: signs, verdicts, severities, evidence figures.

The engine speaks in stable ids (``payment_risk``, ``part_ways``); people read these
translated labels.
"""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from parting.web import formats

SIGN_LABELS = {
    "drain": _("Drains the team"),
    "abuse": _("Abusive to staff"),
    "unethical": _("Questionable practices"),
    "payment_risk": _("Payment risk"),
    "grown_apart": _("Grown apart"),
    "complainer": _("Constant complaints"),
    "no_potential": _("No growth potential"),
    "no_referrals": _("Never refers anyone"),
    "unprofitable": _("Not profitable"),
    "off_mission": _("Off our mission"),
    "boundaries": _("Ignores boundaries"),
    "scope_creep": _("Scope creep"),
    "unpleasable": _("Nothing satisfies them"),
}

VERDICT_LABELS = {
    "keep": _("Keep"),
    "watch": _("Watch"),
    "repair": _("Repair"),
    "part_ways": _("Part ways"),
    "part_ways_now": _("Part ways now"),
}

SEVERITY_LABELS = {
    "immediate": _("immediate"),
    "urgent": _("urgent"),
    "planned": _("planned"),
    "minor": _("minor"),
}

TEMPER_LABELS = {
    "long_standing": _("a long-standing client"),
    "relationship": _("a valued relationship"),
    "will_pass": _("judged likely to pass"),
    "cool_off": _("cooling off after a recent incident"),
    "failed_repair": _("a repair that did not work"),
}

INCIDENT_LABELS = {
    "abuse": _("Abuse"),
    "ethics": _("Ethics"),
    "public_criticism": _("Public criticism"),
    "remediation": _("Remediation"),
    "referral": _("Referral"),
    "scope_dispute": _("Scope dispute"),
    "other": _("Other"),
}

SEVERITY_CHOICES = {"low": _("low"), "medium": _("medium"), "high": _("high")}

JUDGEMENT_LABELS = {
    "will_pass": _("This will pass"),
    "relationship": _("A relationship worth keeping"),
}

FIGURE_LABELS = {
    "effort_share": _("Share of staff hours"),
    "revenue_share": _("Share of revenue"),
    "effort_to_revenue": _("Effort ÷ revenue share"),
    "effective_rate": _("Effective hourly rate"),
    "median_rate": _("Portfolio median rate"),
    "rework_share": _("Rework and revision share"),
    "late_share": _("Invoices paid late"),
    "average_days_late": _("Average days late"),
    "oldest_overdue_days": _("Oldest overdue (days)"),
    "overdue": _("Overdue balance"),
    "overdue_months_of_revenue": _("Overdue, in months of revenue"),
    "invoices_late": _("Invoices paid late (count)"),
    "invoices_due": _("Invoices due"),
    "margin": _("Margin"),
    "margin_share": _("Margin share of revenue"),
    "revenue": _("Revenue"),
    "yearly_revenue": _("Yearly revenue"),
    "revenue_last_period": _("Revenue, last 12 months"),
    "revenue_period_before": _("Revenue, the 12 months before"),
    "revenue_drop": _("Drop in revenue"),
    "predicted_value": _("Predicted future value"),
    "days_since_last_invoice": _("Days since the last invoice"),
    "cost": _("Cost of staff time"),
    "write_offs_and_discounts": _("Write-offs and discounts"),
    "hours": _("Hours"),
    "budget_hours": _("Budgeted hours"),
    "hours_beyond_budget": _("Hours beyond budget"),
    "complaints": _("Complaints"),
    "complaints_per_month": _("Complaints per month"),
    "complaints_after_remediation": _("Complaints after a remediation"),
    "hours_per_complaint": _("Hours of work per complaint"),
    "minor_share": _("Share about minor matters"),
    "after_hours_share": _("Messages outside working hours"),
    "urgent_share": _("Messages calling things urgent"),
    "messages_per_month": _("Messages per month"),
    "revision_rounds": _("Revision rounds"),
    "over_estimate": _("Hours beyond estimate"),
    "change_requests": _("Change requests"),
    "reminders": _("Payment reminders"),
    "payment_excuses": _("Payment excuses"),
    "excuses": _("Payment excuses"),
    "tenure_days": _("Tenure (days)"),
    "referrals": _("Referrals"),
    "abusive_messages": _("Abusive messages"),
    "abuse_incidents": _("Abuse incidents"),
    "severe": _("Severe ones"),
    "ethics_incidents": _("Ethics incidents"),
    "flagged_requests": _("Requests flagged for review"),
    "public_criticism": _("Public criticism"),
    "winding_down_share": _("Share of work in lines winding down"),
    "strategic_fit": _("Strategic fit (0–5)"),
    "excluded_industry": _("Excluded industry"),
    "excluded_tag": _("Excluded tag"),
    "window_days": _("Period looked at (days)"),
    "repair_started_on": _("Repair begun on"),
    "messages_count": _("Messages"),
    "incidents_count": _("Incidents"),
}
MONEY_FIGURES = frozenset(
    {
        "revenue",
        "yearly_revenue",
        "revenue_last_period",
        "revenue_period_before",
        "margin",
        "cost",
        "overdue",
        "write_offs_and_discounts",
        "predicted_value",
        "effective_rate",
        "median_rate",
    }
)


def sign_label(sign_id: str) -> str:
    return str(SIGN_LABELS.get(sign_id, sign_id.replace("_", " ")))


def verdict_label(verdict: str) -> str:
    return str(VERDICT_LABELS.get(verdict, verdict.replace("_", " ")))


def severity_label(severity: str) -> str:
    return str(SEVERITY_LABELS.get(severity, severity))


def temper_label(reason: str) -> str:
    return str(TEMPER_LABELS.get(reason, reason.replace("_", " ")))


def incident_label(kind: str) -> str:
    return str(INCIDENT_LABELS.get(kind, kind.replace("_", " ")))


def figure_label(name: str) -> str:
    """A known figure's label; a threshold is shown as "… (threshold)"; else the id."""
    if name.endswith("_threshold"):
        base = name.removesuffix("_threshold")
        return _("%(figure)s (threshold)") % {"figure": figure_label(base)}
    return str(FIGURE_LABELS.get(name, name.replace("_", " ")))


def figure_value(name: str, value: Any, currency: str) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool | str):
        return str(value)
    base = name.removesuffix("_threshold")
    if base in MONEY_FIGURES:
        return formats.money(float(value), currency)
    if base.endswith("share") or base in ("over_estimate", "revenue_drop"):
        return formats.share(float(value))
    if isinstance(value, int):
        return formats.number(value)
    return formats.number(float(value), 2 if abs(value) < 100 else 0)


def figures(values: dict[str, Any], currency: str) -> list[tuple[str, str]]:
    """A sign's evidence figures as (label, value) rows in the reader's language."""
    return [(figure_label(k), figure_value(k, v, currency)) for k, v in values.items()]


SECTION_LABELS = {
    "verdict": _("Verdict rules"),
    "plan": _("Exit plan"),
    "evidence": _("Evidence shown"),
    "letters": _("Letters"),
}


def section_label(section: str) -> str:
    """A settings section: a sign's label, or the verdict and plan rules."""
    if section in SIGN_LABELS:
        return sign_label(section)
    return str(SECTION_LABELS.get(section, section.replace("_", " ")))


# Values of record columns shown as they are stored: invoice status, time-entry kind.
# Invoice statuses carry a context: "open" means something else for a plan.
VALUE_LABELS = {
    "open": pgettext_lazy("invoice status", "open"),
    "paid": pgettext_lazy("invoice status", "paid"),
    "void": pgettext_lazy("invoice status", "void"),
    "written_off": pgettext_lazy("invoice status", "written off"),
    "work": _("work"),
    "rework": _("rework"),
    "revision": _("revision"),
    "meeting": _("meeting"),
    "support": _("support"),
    "admin": _("admin"),
}


def value_label(value: str) -> str:
    return str(VALUE_LABELS.get(value, value.replace("_", " ")))


def judgement_label(kind: str) -> str:
    return str(JUDGEMENT_LABELS.get(kind, kind.replace("_", " ")))


def change_label(change: dict[str, str]) -> str:
    """One line of the verdict history: what changed since the client's previous verdict."""
    kind = change.get("kind")
    if kind == "first":
        return str(_("First verdict"))
    if kind == "verdict":
        return _("Was: %(verdict)s") % {"verdict": verdict_label(change.get("before", ""))}
    if kind == "sign_added":
        return _("New sign: %(sign)s") % {"sign": sign_label(change.get("sign", ""))}
    if kind == "sign_gone":
        return _("Sign gone: %(sign)s") % {"sign": sign_label(change.get("sign", ""))}
    return ""
