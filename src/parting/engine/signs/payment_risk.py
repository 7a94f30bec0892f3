"""``payment_risk``: invoices paid late, an old or large overdue balance, reminders or
excuses; urgent when the pattern puts the business in danger."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import narwhals as nw
import numpy as np

from parting.config import Config
from parting.engine.results import SignId
from parting.engine.signs.base import (
    Aggregations,
    EvidenceRules,
    Features,
    Finding,
    SignSpec,
    at_least,
    first_of,
    pro_rata,
    ratio,
    strongest,
    threshold,
    window_days,
)
from parting.engine.window import Window, count, earliest, total
from parting.figures import Figure
from parting.i18n import _, gettext_noop, ngettext
from parting.settings_typed import PaymentRisk

if TYPE_CHECKING:
    from parting.words.formats import Formats

ID = SignId("payment_risk")

DAYS_PER_MONTH = 365.25 / 12


def aggregations(config: Config, w: Window) -> Aggregations:
    pay_w = w.within("due_day", config.settings.payment_risk.window_days)
    eligible = pay_w & nw.col("counts") & (nw.col("due_day") <= w.as_of)
    late = eligible & nw.col("late")
    msg_w = w.within("day", config.settings.payment_risk.window_days)
    return {
        "invoice_lines": {
            "invoices_due": count(eligible),
            "invoices_late": count(late),
            "days_late_sum": total(late, nw.col("days_late").cast(nw.Float64)),
            # Where the evidence starts: over the usual window, a repair's review aside.
            "first_late_day": earliest(
                w.usual.within("due_day", config.settings.payment_risk.window_days)
                & nw.col("counts")
                & (nw.col("due_day") <= w.as_of)
                & nw.col("late"),
                "due_day",
            ),
            "oldest_overdue": nw.when(nw.col("overdue")).then(w.as_of - nw.col("due_day")).max(),
        },
        "messages": {
            "payment_excuses": count(msg_w & nw.col("inbound") & nw.col("is_payment_excuse")),
            "reminders": count(msg_w & ~nw.col("inbound") & (nw.col("kind") == "payment_reminder")),
        },
    }


def evidence(config: Config, w: Window) -> EvidenceRules:
    days = config.settings.payment_risk.window_days
    excuse = nw.col("inbound") & nw.col("is_payment_excuse")
    return {
        "invoice_lines": (w.within("due_day", days) & nw.col("late")) | nw.col("overdue"),
        "messages": w.within("day", days) & (excuse | (nw.col("kind") == "payment_reminder")),
    }


def monthly_revenue(f: Features, config: Config) -> np.ndarray:
    days = config.settings.unprofitable.window_days
    return f.num("revenue") * DAYS_PER_MONTH / window_days(f, days)


def detect(f: Features, config: Config) -> Finding:
    cfg = config.settings.payment_risk
    due, late = f.num("invoices_due"), f.num("invoices_late")
    late_share = ratio(late, due)
    paid_late = at_least(late_share, float(cfg.late_share))
    days = cfg.window_days
    paid_late = (paid_late[0] & (due >= pro_rata(f, cfg.min_invoices, days)), paid_late[1])
    oldest = f["oldest_overdue"]
    old = at_least(oldest, float(cfg.oldest_overdue_days))
    overdue = f.num("overdue")
    monthly = monthly_revenue(f, config)
    months = np.where(monthly > 0, ratio(overdue, monthly), np.where(overdue > 0, np.inf, np.nan))
    heavy = at_least(months, float(cfg.overdue_months_of_revenue))
    heavy = (heavy[0] & (overdue > 0), heavy[1])
    min_reminders = pro_rata(f, cfg.min_reminders, days)
    min_excuses = pro_rata(f, cfg.min_excuses, days)
    chased = at_least(f.num("reminders"), min_reminders)
    excuses = at_least(f.num("payment_excuses"), min_excuses)
    fired, strength, deciding = strongest(
        ("late_share", paid_late),
        ("oldest_overdue_days", old),
        ("overdue_months_of_revenue", heavy),
        ("reminders", chased),
        ("payment_excuses", excuses),
    )
    average_late = ratio(f.num("days_late_sum"), late)
    urgent = fired & _severe(cfg, due, late_share, average_late, oldest, months)
    oldest_due = f.as_of - oldest
    return Finding(
        ID,
        fired,
        strength,
        first_of(f["first_late_day"], oldest_due),
        deciding=deciding,
        figures={
            "invoices_due": due,
            "invoices_late": late,
            "late_share": late_share,
            "late_share_threshold": threshold(f.size, cfg.late_share),
            "average_days_late": average_late,
            "oldest_overdue_days": oldest,
            "oldest_overdue_days_threshold": threshold(f.size, cfg.oldest_overdue_days),
            "overdue": overdue,
            "overdue_months_of_revenue": months,
            "overdue_months_of_revenue_threshold": threshold(f.size, cfg.overdue_months_of_revenue),
            "reminders": f.num("reminders"),
            "reminders_threshold": min_reminders,
            "payment_excuses": f.num("payment_excuses"),
            "payment_excuses_threshold": min_excuses,
        },
        urgent=urgent,
    )


def _severe(
    cfg: PaymentRisk,
    due: np.ndarray,
    late_share: np.ndarray,
    average_late: np.ndarray,
    oldest: np.ndarray,
    months: np.ndarray,
) -> np.ndarray:
    """Where the whole payment pattern puts the business in danger (the sign is urgent):
    an invoice overdue for long; a large sum overdue for a while; or lateness that is both
    chronic (nearly every invoice) and long (weeks, on average)."""
    oldest_days = np.nan_to_num(oldest, nan=-1.0)
    long_overdue = oldest_days >= float(cfg.severe_overdue_days)
    # A sum counts as severe only once it is also past the oldest-overdue line: one large
    # invoice a few days late (a project client's only one, say) is not yet a danger.
    large_overdue = (
        np.nan_to_num(months, nan=0.0) >= float(cfg.severe_overdue_months_of_revenue)
    ) & (oldest_days >= float(cfg.oldest_overdue_days))
    chronic = (
        (np.nan_to_num(late_share, nan=0.0) >= float(cfg.chronic_late_share))
        & (due >= int(cfg.chronic_min_invoices))
        & (np.nan_to_num(average_late, nan=0.0) >= float(cfg.chronic_days_late))
    )
    return long_overdue | large_overdue | chronic


def _days(value: Any) -> int:
    """A count of days as the sentence says it (for the plural of "day")."""
    return round(float(value or 0))


def reason(g: dict[str, Any], f: Formats, deciding: str) -> str:
    late = int(g.get("invoices_late") or 0)
    due = int(g.get("invoices_due") or 0)
    overdue = g.get("overdue") or 0
    oldest = _days(g.get("oldest_overdue_days"))
    if deciding == "late_share" and f.owes(overdue):
        return ngettext(
            "Paid {late} of the last {due} invoices late; {amount} is {days} day overdue",
            "Paid {late} of the last {due} invoices late; {amount} is {days} days overdue",
            oldest,
        ).format(
            late=f.number(late), due=f.number(due), amount=f.owed(overdue), days=f.number(oldest)
        )
    if deciding == "late_share":
        average = _days(g.get("average_days_late"))
        return ngettext(
            "Paid {late} of the last {due} invoices late, {days} day late on average",
            "Paid {late} of the last {due} invoices late, {days} days late on average",
            average,
        ).format(late=f.number(late), due=f.number(due), days=f.number(average))
    if deciding in ("oldest_overdue_days", "overdue_months_of_revenue") and f.owes(overdue):
        return ngettext(
            "{amount} is overdue, the oldest part {days} day",
            "{amount} is overdue, the oldest part {days} days",
            oldest,
        ).format(amount=f.owed(overdue), days=f.number(oldest))
    if deciding == "payment_excuses":
        return _("Excuses for late payment in their messages this year: {count}").format(
            count=f.number(int(g.get("payment_excuses") or 0))
        )
    return _("Payment reminders we had to send this year: {count}").format(
        count=f.number(int(g.get("reminders") or 0))
    )


SIGN = SignSpec(
    id=ID,
    label=gettext_noop("Payment risk"),
    severity="planned",
    rank=30,
    detect=detect,
    reason=reason,
    move="payment",
    message_days=lambda config: config.settings.payment_risk.window_days,
    letter_facts=("late", "late_all", "owed"),
    decided_facts={"oldest_overdue_days": "owed", "overdue_months_of_revenue": "owed"},
    aggregations=aggregations,
    evidence=evidence,
    shows_words=True,
    figures=(
        Figure("invoices_due", gettext_noop("Invoices due"), "count"),
        Figure("invoices_late", gettext_noop("Invoices paid late (count)"), "count"),
        Figure("late_share", gettext_noop("Invoices paid late"), "share"),
        Figure("average_days_late", gettext_noop("Average days late"), "days"),
        Figure("oldest_overdue_days", gettext_noop("Oldest overdue invoice"), "days"),
        Figure(
            "overdue_months_of_revenue", gettext_noop("Overdue, in months of revenue"), "ratio", 1
        ),
        Figure("reminders", gettext_noop("Payment reminders"), "count"),
        Figure("payment_excuses", gettext_noop("Payment excuses"), "count"),
    ),
    fix=gettext_noop(
        "agree the payment terms in writing: the due date, the reminder, and what happens "
        "when a payment is late"
    ),
    effort=gettext_noop(
        "send each invoice with a friendly note and call a few days before it is due"
    ),
)
