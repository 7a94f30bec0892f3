"""The portfolio view, computed once for every surface (the CLI, the web's what-if panel
and whale chart): what letting some clients go would change, and the whale curve."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from parting.engine.results import Triage, WhatIf
from parting.errors import NotFoundError
from parting.i18n import _

DAYS_PER_MONTH = 365.25 / 12


class Measured(Protocol):
    """A client's figures over the scoring window (``ClientMetrics``, a web portfolio row)."""

    @property
    def client_id(self) -> str: ...
    @property
    def hours(self) -> float: ...
    @property
    def revenue(self) -> float: ...
    @property
    def margin(self) -> float: ...


def what_if(triage: Triage, drop: Iterable[str]) -> WhatIf:
    """``what_if_of`` the clients of a scoring run."""
    return what_if_of(list(triage.metrics.values()), drop, triage.window_days)


def what_if_of(clients: Sequence[Measured], drop: Iterable[str], window_days: float) -> WhatIf:
    """Hours freed per month, revenue lost, and revenue, hours, margin and effective hourly
    rate before and after letting ``drop`` go; ``window_days`` is the period the figures
    cover.

    >>> from parting.engine.results import ClientMetrics
    >>> good = ClientMetrics("good", 10000, 100, 4000, 6000, 100, 0, 0.5, 0.8)
    >>> bad = ClientMetrics("bad", 2000, 100, 4000, -2000, 20, 0, 0.5, 0.2)
    >>> result = what_if_of([good, bad], ["bad"], 365.25)
    >>> result.margin_before, result.margin_after, result.effective_rate_after
    (4000, 6000, 100.0)
    """
    dropped = list(dict.fromkeys(drop))
    known = {c.client_id for c in clients}
    unknown = [c for c in dropped if c not in known]
    if unknown:
        raise NotFoundError(_("no client with id {client}.").format(client=unknown[0]))
    gone_ids = set(dropped)
    kept = [c for c in clients if c.client_id not in gone_ids]
    gone = [c for c in clients if c.client_id in gone_ids]
    months = window_days / DAYS_PER_MONTH
    lost = sum(c.revenue for c in gone)
    return WhatIf(
        dropped=dropped,
        hours_freed_per_month=sum(c.hours for c in gone) / months,
        revenue_lost=lost,
        revenue_lost_per_month=lost / months,
        margin_before=sum(c.margin for c in clients),
        margin_after=sum(c.margin for c in kept),
        effective_rate_before=_rate(clients),
        effective_rate_after=_rate(kept),
        revenue_before=sum(c.revenue for c in clients),
        revenue_after=sum(c.revenue for c in kept),
        hours_before=sum(c.hours for c in clients),
        hours_after=sum(c.hours for c in kept),
    )


def _rate(clients: Sequence[Measured]) -> float | None:
    hours = sum(c.hours for c in clients)
    return sum(c.revenue for c in clients) / hours if hours > 0 else None


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


def whale_points(margins: Sequence[float]) -> list[tuple[float, float]]:
    """The whale curve as shares: (share of clients, cumulative profit as a share of total
    profit), most profitable client first. The curve rises above 100 % and falls back: the
    peak is what the profitable clients earn, the fall what the others cost. When the whole
    portfolio loses money, the peak is the 100 % mark.

    >>> whale_points([500.0, -100.0])
    [(0.0, 0.0), (0.5, 1.25), (1.0, 1.0)]
    """
    ordered = sorted(margins, reverse=True)
    total = sum(ordered)
    if total <= 0:
        # A portfolio losing money overall: measure against the peak instead.
        total = sum(m for m in ordered if m > 0)
    if not ordered or total <= 0:
        return []
    points = [(0.0, 0.0)]
    running = 0.0
    for i, margin in enumerate(ordered, start=1):
        running += margin
        points.append((i / len(ordered), running / total))
    return points
