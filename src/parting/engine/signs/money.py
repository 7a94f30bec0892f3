"""Signs about money: ``payment_risk``, ``unprofitable`` and ``no_potential``."""

from __future__ import annotations

from typing import Any

import numpy as np

from parting.config import Config
from parting.engine.signs import potential
from parting.engine.signs.base import (
    Features,
    Finding,
    at_least,
    at_most,
    first_of,
    pro_rata,
    ratio,
    strongest,
    threshold,
    window_days,
)

DAYS_PER_MONTH = 365.25 / 12


def monthly_revenue(f: Features, config: Config) -> np.ndarray:
    return f.num("revenue") * DAYS_PER_MONTH / window_days(f, config["unprofitable"]["window_days"])


def payment_risk(f: Features, config: Config) -> Finding:
    cfg = config["payment_risk"]
    days = cfg["window_days"]
    due, late = f.num("invoices_due"), f.num("invoices_late")
    late_share = ratio(late, due)
    paid_late = at_least(late_share, float(cfg["late_share"]))
    paid_late = (paid_late[0] & (due >= pro_rata(f, cfg["min_invoices"], days)), paid_late[1])
    oldest = f["oldest_overdue"]
    old = at_least(oldest, float(cfg["oldest_overdue_days"]))
    overdue = f.num("overdue")
    monthly = monthly_revenue(f, config)
    months = np.where(monthly > 0, ratio(overdue, monthly), np.where(overdue > 0, np.inf, np.nan))
    heavy = at_least(months, float(cfg["overdue_months_of_revenue"]))
    heavy = (heavy[0] & (overdue > 0), heavy[1])
    min_reminders = pro_rata(f, cfg["min_reminders"], days)
    min_excuses = pro_rata(f, cfg["min_excuses"], days)
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
        "payment_risk",
        fired,
        strength,
        first_of(f["first_late_day"], oldest_due),
        deciding=deciding,
        figures={
            "invoices_due": due,
            "invoices_late": late,
            "late_share": late_share,
            "late_share_threshold": threshold(f.size, cfg["late_share"]),
            "average_days_late": average_late,
            "oldest_overdue_days": oldest,
            "oldest_overdue_days_threshold": threshold(f.size, cfg["oldest_overdue_days"]),
            "overdue": overdue,
            "overdue_months_of_revenue": months,
            "overdue_months_of_revenue_threshold": threshold(
                f.size, cfg["overdue_months_of_revenue"]
            ),
            "reminders": f.num("reminders"),
            "reminders_threshold": min_reminders,
            "payment_excuses": f.num("payment_excuses"),
            "payment_excuses_threshold": min_excuses,
        },
        urgent=urgent,
    )


def _severe(
    cfg: dict[str, Any],
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
    long_overdue = oldest_days >= float(cfg["severe_overdue_days"])
    # A sum counts as severe only once it is also past the oldest-overdue line: one large
    # invoice a few days late (a project client's only one, say) is not yet a danger.
    large_overdue = (
        np.nan_to_num(months, nan=0.0) >= float(cfg["severe_overdue_months_of_revenue"])
    ) & (oldest_days >= float(cfg["oldest_overdue_days"]))
    chronic = (
        (np.nan_to_num(late_share, nan=0.0) >= float(cfg["chronic_late_share"]))
        & (due >= int(cfg["chronic_min_invoices"]))
        & (np.nan_to_num(average_late, nan=0.0) >= float(cfg["chronic_days_late"]))
    )
    return long_overdue | large_overdue | chronic


# A client who buys on a rhythm of their own (an annual report, a yearly campaign) is not
# quiet until this many of their usual gaps have passed without an invoice.
RHYTHM_GAPS = 1.5


def quiet_after(f: Features, recency_days: float) -> np.ndarray:
    """Days without an invoice after which a client is quiet: ``recency_days``, or one and
    a half of their usual gap between invoices when that is longer (three invoices at
    least, so the gap is a rhythm, not a single interval)."""
    invoices = f.num("invoices_ever")
    span = f["last_invoice_day"] - f["first_invoice_day"]
    with np.errstate(divide="ignore", invalid="ignore"):
        gap = np.where(invoices >= 3, span / (invoices - 1), np.nan)
    return np.fmax(recency_days, RHYTHM_GAPS * gap)


def margins(f: Features) -> tuple[np.ndarray, np.ndarray]:
    """Margin (revenue − staff cost − write-offs − discounts) and its share of revenue."""
    revenue = f.num("revenue")
    margin = revenue - f.num("cost") - f.num("written_off") - f.num("discounts")
    share = np.where(revenue > 0, ratio(margin, revenue), np.where(margin < 0, -np.inf, np.nan))
    return margin, share


def unprofitable(f: Features, config: Config) -> Finding:
    cfg = config["unprofitable"]
    margin, share = margins(f)
    fired, strength = at_most(share, float(cfg["min_margin"]))
    return Finding(
        "unprofitable",
        fired,
        np.where(fired, strength, 0.0),
        f["first_work_day"],
        deciding="margin_share",
        figures={
            "revenue": f.num("revenue"),
            "cost": f.num("cost"),
            "write_offs_and_discounts": f.num("written_off") + f.num("discounts"),
            "margin": margin,
            "margin_share": share,
            "margin_share_threshold": threshold(f.size, cfg["min_margin"]),
        },
    )


def no_potential(f: Features, config: Config) -> Finding:
    cfg = config["no_potential"]
    before, now = f.num("revenue_trend_before"), f.num("revenue_trend_now")
    drop = ratio(before - now, before)
    falling = at_least(drop, float(cfg["revenue_drop"]))
    since_last = f.as_of - f["last_invoice_day"]
    quiet_line = quiet_after(f, float(cfg["recency_days"]))
    quiet = at_least(since_last, quiet_line)
    value, low_line = potential.predicted_values(f, config)
    low = at_most(value, low_line)
    fired, strength, deciding = strongest(
        ("revenue_drop", falling), ("days_since_last_invoice", quiet), ("predicted_value", low)
    )
    return Finding(
        "no_potential",
        fired,
        strength,
        np.where(quiet[0], f["last_invoice_day"] + quiet_line, np.nan),
        deciding=deciding,
        figures={
            "revenue_last_period": now,
            "revenue_period_before": before,
            "revenue_drop": drop,
            "revenue_drop_threshold": threshold(f.size, cfg["revenue_drop"]),
            "days_since_last_invoice": since_last,
            "days_since_last_invoice_threshold": quiet_line,
            "predicted_value": value,
            "predicted_value_threshold": threshold(f.size, low_line),
        },
    )
