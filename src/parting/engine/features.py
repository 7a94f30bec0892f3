"""Per-client figures over the scoring windows: the driver of the one feature pass.

Each sign (``parting.engine.signs``) declares the per-client aggregates it needs, per
table; ``collect`` merges them — with the shared columns of ``signs.common`` — into one
``group_by("client_id")`` per table, on every engine, joins the results onto the clients
and brings them home as one Arrow table (one row per client, a few dozen numeric
columns) that the detectors then read.

The base tables are ``time_entries`` (with each entry's service line), ``invoice_lines``
(invoices with what was paid, lateness and what is overdue), ``messages`` (with their text
classes, the after-hours flag and the client's last remediation) and ``incidents``; a sign
may derive a table of its own from them (``SignSpec.derived``: revision rounds per
deliverable, say), aggregated the same way.

A timeline asks for several as-of days at once: each record is then read once per as-of
day (a cross join with the days, ``Window.rows``) and every table grouped by (client,
as-of day) in the same query, so the figures of all the month ends come out of one pass —
one row per client and day, each exactly the figures a scoring as of that day computes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import narwhals as nw
import pyarrow as pa

from parting.config import Config
from parting.engine.backends import join
from parting.engine.frames import Frames
from parting.engine.signs import SIGNS, common
from parting.engine.signs.base import Aggregations, Derived, SignDeclarationError
from parting.engine.window import (
    AS_OF,
    LF,
    REVIEW_START,
    Window,
    remediation_days,
    with_review,
)

__all__ = [
    "AS_OF",
    "REVIEW_START",
    "Window",
    "collect",
    "invoice_lines",
    "message_lookback",
    "remediation_days",
]


def work_entries(frames: Frames, config: Config, w: Window) -> LF:
    """Time entries with their project's service line."""
    lines = frames["projects"].select("project_id", "service_line")
    entries = w.rows(join(frames["time_entries"], lines, "project_id", "left"))
    return with_review(entries, frames, config, w)


def invoice_standing() -> list[nw.Expr]:
    """``counts``: the invoice is not void; ``written_off``: it was written off."""
    status = nw.col("status").fill_null("open")
    return [(status != "void").alias("counts"), (status == "written_off").alias("written_off")]


def invoice_lines(frames: Frames, config: Config, w: Window, invoices: LF | None = None) -> LF:
    """Invoices with what was paid, when, and whether they were late or are overdue; of
    ``invoices`` only (a subset of the table) when given, reading only their payments."""
    grace = int(config.settings.payment_risk.grace_days)
    payments = frames["payments"]
    if invoices is None:
        invoices = frames["invoices"]
    else:
        payments = join(payments, invoices.select("invoice_id"), "invoice_id", "semi")
    paid = payments.group_by("invoice_id").agg(
        nw.col("amount").sum().alias("paid_amount"), nw.col("paid_day").max().alias("paid_day")
    )
    inv = w.rows(join(invoices, paid, "invoice_id", "left"))
    net = nw.col("amount") - nw.col("discount").fill_null(0.0)
    paid_amount = nw.col("paid_amount").fill_null(0.0)
    status = nw.col("status").fill_null("open")
    settled = (status == "paid") | (paid_amount >= net - 0.005)
    open_ = (status == "open") & ~settled
    paid_late = (
        settled & ~nw.col("paid_day").is_null() & (nw.col("paid_day") > nw.col("due_day") + grace)
    )
    overdue = open_ & (nw.col("due_day") + grace < w.as_of)
    days_late = (
        nw.when(paid_late)
        .then(nw.col("paid_day") - nw.col("due_day"))
        .otherwise(nw.when(overdue).then(w.as_of - nw.col("due_day")).otherwise(nw.lit(0)))
    )
    return inv.with_columns(
        net.alias("net"),
        nw.when(open_).then(net - paid_amount).otherwise(nw.lit(0.0)).alias("outstanding"),
        *invoice_standing(),
        (paid_late | overdue).alias("late"),
        overdue.alias("overdue"),
        days_late.alias("days_late"),
    )


def message_lookback(config: Config) -> int:
    """How many days back from the scoring day messages are read at all: the setting
    ``verdict.message_lookback_days``, and never less than the longest window a sign reads
    messages over (``SignSpec.message_days``), so a sign's figures
    are the same with or without the bound.

    Two readings of messages in ``signs.common`` have no window of their own: the last
    flagged (abusive or complaining) message, which dates the cool-off, and complaints
    after a remediation (``unpleasable``). Neither needs older messages (DOMAIN §2):
    - the cool-off only delays a planned decision to a few days (``cool_off_days``) after
      the last incident; a flagged message older than the look-back puts that day long in
      the past, so it cannot move a verdict, a rank or a plan's date — only the engine's
      ``decision_not_before`` of such a client, a day already past, becomes empty;
    - the signs are about the client of today: like every other sign, complaints after a
      remediation count when they fall within the look-back."""
    readers = [s for s in SIGNS if "messages" in s.aggregations(config, Window(0))]
    unsaid = [s.id for s in readers if not s.message_days(config)]
    if unsaid:
        raise SignDeclarationError(f"signs {unsaid} read messages but declare no message_days")
    days = [s.message_days(config) for s in readers]
    return max(int(config.settings.verdict.message_lookback_days), *days)


def message_flags(frames: Frames, config: Config, w: Window) -> LF:
    """Messages of the look-back (``message_lookback``) with their text classes and the
    after-hours flag."""
    start, end = (int(h) for h in config.settings.business.working_hours)
    working_days = [int(d) for d in config.settings.business.working_days]
    hour = nw.col("local_hour")
    after = (hour < start) | (hour >= end) | ~nw.col("local_weekday").is_in(working_days)
    inbound = nw.col("direction") == "in"
    msgs = classified_messages(frames, config, w)
    return msgs.with_columns(inbound.alias("inbound"), (inbound & after).alias("after_hours"))


def classified_messages(frames: Frames, config: Config, w: Window) -> LF:
    """Messages of the look-back (``message_lookback``) with their text classes, classified
    once per scoring (``Frames.classified_messages``)."""
    lookback = message_lookback(config)
    if w.days is None:
        return frames.classified_messages(w.as_of, lookback)
    # The messages every day reads, classified once, then each day's look-back.
    msgs = frames.classified_span(*w.span, lookback)
    return w.rows(msgs).filter(w.usual.within("day", lookback))


def messages_with_remediation(frames: Frames, config: Config, w: Window, review: bool = True) -> LF:
    """Messages (``message_flags``) with their client's last remediation day, and the start
    of a repair under review unless ``review`` is false (the evidence lookup has it)."""
    remediation = w.review if w.review is not None else remediation_days(frames, config, w)
    if not review:
        remediation = remediation.drop(REVIEW_START)
    return join(message_flags(frames, config, w), remediation, w.keys, "left")


# The base tables of the feature pass, in the order their columns join onto the clients.
BASE_TABLES: dict[str, Derived] = {
    "time_entries": work_entries,
    # The money still overdue is a state, not a window: it counts in a repair's review too.
    "invoice_lines": lambda frames, config, w: with_review(
        invoice_lines(frames, config, w), frames, config, w
    ),
    "messages": messages_with_remediation,
    "incidents": lambda frames, config, w: with_review(
        w.rows(frames["incidents"]), frames, config, w
    ),
}


def tables(frames: Frames, config: Config, w: Window) -> dict[str, Derived]:
    """Every table a sign aggregates: the base ones, then each sign's derived ones."""
    found: dict[str, Derived] = dict(BASE_TABLES)
    for spec in SIGNS:
        for name, make in spec.derived.items():
            if found.setdefault(name, make) is not make:
                raise SignDeclarationError(f"two tables are called {name!r}")
    return found


def aggregations(config: Config, w: Window) -> dict[str, list[nw.Expr]]:
    """Per table, every per-client aggregate of every sign (and the shared ones), each
    column declared once."""
    merged: dict[str, list[nw.Expr]] = {}
    seen: set[str] = set()
    declared: list[Aggregations] = [common.aggregations(config, w)]
    declared += [s.aggregations(config, w) for s in SIGNS]
    for per_table in declared:
        for table, columns in per_table.items():
            for name, expr in columns.items():
                if name in seen:
                    raise SignDeclarationError(f"the column {name!r} is declared twice")
                seen.add(name)
                merged.setdefault(table, []).append(expr.alias(name))
    return merged


def client_features(frames: Frames, config: Config) -> LF:
    """The client's own facts (tenure start, relationship, fit) and the per-client columns
    the signs read off the client row itself."""
    own = [c for s in SIGNS for c in s.client_columns(config)]
    return frames["clients"].select(
        "client_id",
        "name",
        nw.col("language").fill_null("en"),
        "industry",
        "tags",
        "since_day",
        nw.col("relationship").fill_null(False),
        "strategic_fit",
        *own,
    )


def collect(frames: Frames, config: Config, as_of: int | Sequence[int]) -> pa.Table:
    """Every client with every figure, as one Arrow table sorted by client id: one
    ``group_by`` per table over every sign's aggregates. For a sequence of as-of days, one
    row per client and day (column ``as_of``), sorted by client id and day."""
    if isinstance(as_of, int):
        w = Window(as_of, since=REVIEW_START)
    else:
        days = sorted(set(as_of))
        table = frames.from_arrow(pa.table({AS_OF: pa.array(days, pa.int64())}))
        w = Window(nw.col(AS_OF), table, (days[0], days[-1]), REVIEW_START)
    # Classified first: the engine keeps the result (``backends.materialise``), and on
    # DuckDB writing it makes every relation built before it be bound again on its next use.
    classified_messages(frames, config, w)
    remediation = remediation_days(frames, config, w)
    w = replace(w, review=remediation)
    available = tables(frames, config, w)
    joined = w.rows(client_features(frames, config))
    for name, exprs in aggregations(config, w).items():
        if name not in available:
            raise SignDeclarationError(f"no table is called {name!r}")
        part = available[name](frames, config, w).group_by(*w.keys).agg(*exprs)
        joined = join(joined, part, w.keys, "left")
    joined = join(joined, remediation, w.keys, "left")
    return joined.sort(*w.keys).collect().to_arrow()
