"""The portfolio as the latest triage stored it: one row per client, sorted and filtered
in Python (one query, whatever the size), and the what-if of letting a set of clients go.

The page never re-scores: it reads the stored ``VerdictRecord`` rows of the latest run,
whose ``metrics`` hold the ``ClientMetrics`` figures.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from django.core.cache import cache
from django.db.models import Func, IntegerField, TextField
from django.db.models.functions import Cast

from parting.engine import recent
from parting.store.models import TriageRun, VerdictRecord
from parting.web.search import matches, search_key

ROWS_CACHE_SECONDS = 600
VERDICT_ORDER = ("part_ways_now", "part_ways", "repair", "watch", "keep")


@dataclass(frozen=True)
class Row:
    client_id: str
    name: str
    verdict: str
    rank: int
    main_sign: str
    sign_count: int
    revenue: float
    hours: float
    margin: float
    effective_rate: float | None
    overdue: float
    effort_share: float
    revenue_share: float
    # The name, contact name and e-mail folded (``parting.web.search``), for the search box.
    search: str = ""
    # False when nothing of the client falls inside the scoring window
    # (``parting.engine.recent``): shown apart, never among the ranked clients.
    recent: bool = True
    owed: float = 0.0  # what the client owes, due or not; ``overdue`` is part of it

    @property
    def margin_share(self) -> float | None:
        return self.margin / self.revenue if self.revenue else None


def run_key(run: TriageRun) -> str:
    """Names one stored run in caches: its id and when it was computed, so a database
    restored or re-created with the same ids never serves another run's rows."""
    return f"{run.pk}-{run.computed_at.timestamp():.6f}"


def _number(metrics: dict[str, Any], key: str) -> float:
    value = metrics.get(key)
    return float(value) if isinstance(value, int | float) else 0.0


class SignCount(Func):
    """How many signs a verdict record holds, counted by the database (the evidence inside
    ``signs`` can be large; the portfolio only needs the count)."""

    function = "json_array_length"
    output_field = IntegerField()

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return self.as_sql(compiler, connection, function="jsonb_array_length", **extra)


def _row(values: tuple[Any, ...]) -> Row:
    client_id, name, contact, email, verdict, rank, main_sign, sign_count, metrics_json, flags = (
        values
    )
    # The metrics come as the database's JSON text (or already decoded, on PostgreSQL);
    # decoding them here skips the ORM's per-row converters, a third of the page's time.
    metrics = metrics_json if isinstance(metrics_json, dict) else json.loads(metrics_json or "{}")
    rate = metrics.get("effective_rate")
    return Row(
        client_id=client_id,
        name=name,
        verdict=verdict,
        rank=rank,
        main_sign=main_sign,
        sign_count=sign_count or 0,
        revenue=_number(metrics, "revenue"),
        hours=_number(metrics, "hours"),
        margin=_number(metrics, "margin"),
        effective_rate=float(rate) if isinstance(rate, int | float) else None,
        overdue=_number(metrics, "overdue"),
        effort_share=_number(metrics, "effort_share"),
        revenue_share=_number(metrics, "revenue_share"),
        search=search_key(name, contact, email),
        recent=recent.FLAG not in (flags or ""),
        owed=_number(metrics, "owed"),
    )


# The rows of the latest runs, as objects, in this process. The shared cache pickles what
# it keeps, and unpickling 5,000 rows costs more than the rest of the page; the cache still
# says whether the rows are valid (its token), so clearing it clears these too.
_in_process: dict[str, tuple[str, list[Row]]] = {}
_reading = threading.Lock()
IN_PROCESS_RUNS = 2


def rows_of(run: TriageRun) -> list[Row]:
    """Every client of ``run``, in rank order: one query, then kept for the life of the
    run (a stored run never changes)."""
    key = f"parting:rows:{run_key(run)}"
    token = cache.get(f"{key}:token")
    held = _in_process.get(key)
    if token is not None and held is not None and held[0] == token:
        return held[1]
    # One request reads a new run; those arriving meanwhile wait for its rows.
    with _reading:
        token = cache.get(f"{key}:token")
        held = _in_process.get(key)
        if token is not None and held is not None and held[0] == token:
            return held[1]
        return _remember(run, key)


def _remember(run: TriageRun, key: str) -> list[Row]:
    cached = cache.get(key)
    rows = cast(list[Row], cached) if cached is not None else _read_rows(run)
    if cached is None:
        cache.set(key, rows, ROWS_CACHE_SECONDS)
    token = uuid.uuid4().hex
    cache.set(f"{key}:token", token, ROWS_CACHE_SECONDS)
    for old in list(_in_process)[: max(0, len(_in_process) - IN_PROCESS_RUNS + 1)]:
        _in_process.pop(old, None)
    _in_process[key] = (token, rows)
    return rows


def _read_rows(run: TriageRun) -> list[Row]:
    values = (
        VerdictRecord.objects.filter(run=run)
        .order_by("rank")
        .annotate(
            sign_count=SignCount("signs"),
            metrics_text=Cast("metrics", TextField()),
            flags_text=Cast("review_flags", TextField()),
        )
        .values_list(
            "client_id",
            "client__name",
            "client__contact_name",
            "client__email",
            "verdict",
            "rank",
            "main_sign",
            "sign_count",
            "metrics_text",
            "flags_text",
        )
    )
    return [_row(v) for v in values]


def ranked(rows: Iterable[Row]) -> list[Row]:
    """The clients with figures to rank; those with no recent data are listed apart."""
    return [r for r in rows if r.recent]


def without_recent_data(rows: Iterable[Row]) -> list[Row]:
    return [r for r in rows if not r.recent]


SORT_KEYS = {
    "rank": lambda r: r.rank,
    "name": lambda r: r.name.casefold(),
    "verdict": lambda r: (
        VERDICT_ORDER.index(r.verdict) if r.verdict in VERDICT_ORDER else 9,
        r.rank,
    ),
    "revenue": lambda r: r.revenue,
    "hours": lambda r: r.hours,
    "margin": lambda r: r.margin,
    "rate": lambda r: (r.effective_rate is None, r.effective_rate or 0.0),
    "overdue": lambda r: r.overdue,
}
# Money and effort read best largest first; rank and name smallest first.
DESCENDING_BY_DEFAULT = {"revenue", "hours", "margin", "overdue"}


def sort_rows(rows: list[Row], key: str, descending: bool) -> list[Row]:
    return sorted(rows, key=SORT_KEYS.get(key, SORT_KEYS["rank"]), reverse=descending)


def filter_rows(
    rows: Iterable[Row], verdict: str = "", sign: str = "", query: str = ""
) -> list[Row]:
    """``query`` matches a client's name, contact name or e-mail, whatever the accents
    and case (``parting.web.search``)."""
    query = query.strip()
    return [
        r
        for r in rows
        if (not verdict or r.verdict == verdict)
        and (not sign or r.main_sign == sign)
        and (not query or matches(r.search or search_key(r.name), query))
    ]


@dataclass(frozen=True)
class Totals:
    clients: int
    revenue: float
    hours: float
    margin: float
    overdue: float
    by_verdict: dict[str, int]

    @property
    def effective_rate(self) -> float | None:
        return self.revenue / self.hours if self.hours else None

    @property
    def margin_share(self) -> float | None:
        return self.margin / self.revenue if self.revenue else None


def totals(rows: Iterable[Row]) -> Totals:
    revenue = hours = margin = overdue = 0.0
    counts = dict.fromkeys(VERDICT_ORDER, 0)
    n = 0
    for r in rows:
        n += 1
        revenue += r.revenue
        hours += r.hours
        margin += r.margin
        overdue += r.overdue
        counts[r.verdict] = counts.get(r.verdict, 0) + 1
    return Totals(n, revenue, hours, margin, overdue, counts)
