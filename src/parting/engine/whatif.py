"""The portfolio view: what letting some clients go would change, and the whale curve."""

from __future__ import annotations

from collections.abc import Iterable

from parting.engine.results import ClientMetrics, Triage, WhatIf
from parting.errors import NotFoundError
from parting.i18n import _

DAYS_PER_MONTH = 365.25 / 12


def what_if(triage: Triage, drop: Iterable[str]) -> WhatIf:
    """Hours freed per month, revenue lost, margin and effective hourly rate before/after."""
    dropped = list(dict.fromkeys(drop))
    unknown = [c for c in dropped if c not in triage.metrics]
    if unknown:
        raise NotFoundError(_("no client with id {client}.").format(client=unknown[0]))
    all_ = list(triage.metrics.values())
    kept = [m for m in all_ if m.client_id not in set(dropped)]
    gone = [m for m in all_ if m.client_id in set(dropped)]
    months = triage.window_days / DAYS_PER_MONTH

    def rate(ms: list[ClientMetrics]) -> float | None:
        hours = sum(m.hours for m in ms)
        return sum(m.revenue for m in ms) / hours if hours > 0 else None

    lost = sum(m.revenue for m in gone)
    return WhatIf(
        dropped=dropped,
        hours_freed_per_month=sum(m.hours for m in gone) / months,
        revenue_lost=lost,
        revenue_lost_per_month=lost / months,
        margin_before=sum(m.margin for m in all_),
        margin_after=sum(m.margin for m in kept),
        effective_rate_before=rate(all_),
        effective_rate_after=rate(kept),
    )


def whale_curve(triage: Triage) -> list[tuple[str, float]]:
    """Cumulative profit (margin) by client, most profitable first: the curve rises above
    the total, then the loss-making clients bring it back down."""
    ordered = sorted(triage.metrics.values(), key=lambda m: (-m.margin, m.client_id))
    curve: list[tuple[str, float]] = []
    running = 0.0
    for m in ordered:
        running += m.margin
        curve.append((m.client_id, running))
    return curve
