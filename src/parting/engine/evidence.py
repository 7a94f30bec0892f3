"""The records behind each sign that fired: ids a person can open, capped per sign.

Each sign declares which rows of which table are its evidence (``SignSpec.evidence``);
this driver looks up only clients whose sign fired, in one query per table on the same
engine (two for invoices: only the signs reading invoice lines need payments); the newest
``evidence.max_records`` ids per client and sign are kept, with a count of all of them, so
evidence stays small for any portfolio.
"""

from __future__ import annotations

import operator
from collections import defaultdict
from dataclasses import dataclass, field
from functools import reduce
from typing import Any

import narwhals as nw
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from parting.config import Config
from parting.engine import features as feat
from parting.engine.backends import join
from parting.engine.frames import Frames
from parting.engine.messages import explain_words
from parting.engine.signs import SIGNS, Finding

LF = nw.LazyFrame[Any]
Key = tuple[str, str]  # (client_id, sign)
# Signs whose messages are evidence by their words (so the matched words are shown).
WORDS_FOR = frozenset(spec.id for spec in SIGNS if spec.shows_words)
WORDS_PER_SIGN = 5


@dataclass
class Records:
    ids: dict[Key, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(dict))
    counts: dict[Key, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    words: dict[Key, dict[str, list[str]]] = field(default_factory=lambda: defaultdict(dict))
    # The matched words of each message body already explained (bodies repeat).
    explained: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Source:
    """A table's candidate records: the frame, its id and day columns, and which rows
    count as evidence for which sign."""

    table: str
    frame: LF
    id_column: str
    day_column: str
    rules: dict[str, nw.Expr]


def _late_invoice_lines(frames: Frames, config: Config, w: feat.Window, whose: LF) -> LF:
    """Invoice lines (lateness, what is overdue) of ``whose`` clients only: payments matter
    to few signs and few clients, so every payment is never aggregated here."""
    subset = join(frames["invoices"], whose, "client_id", "semi")
    return feat.invoice_lines(frames, config, w, subset)


# The evidence sources, in the order their records are gathered: (source, table the
# records are named after, id column, day column). ``projects`` are undated.
SOURCES: tuple[tuple[str, str, str, str], ...] = (
    ("time_entries", "time_entries", "entry_id", "day"),
    ("invoice_lines", "invoices", "invoice_id", "issued_day"),
    ("invoices", "invoices", "invoice_id", "issued_day"),
    ("messages", "messages", "message_id", "day"),
    ("incidents", "incidents", "incident_id", "day"),
    ("projects", "projects", "project_id", "no_day"),
)


def sources(frames: Frames, config: Config, w: feat.Window, flags: LF) -> list[Source]:
    """Every source with the rules the signs declare for it (``SignSpec.evidence``);
    ``flags`` (``fired_frame``) says whose."""
    rules: dict[str, dict[str, nw.Expr]] = {name: {} for name, *_ in SOURCES}
    for spec in SIGNS:
        for source, rule in spec.evidence(config, w).items():
            rules[source][spec.id] = rule
    frame_of = {
        "time_entries": lambda: frames["time_entries"],
        "invoice_lines": lambda: _late_invoice_lines(
            frames,
            config,
            w,
            flags.filter(
                reduce(operator.or_, [nw.col(f"fired_{sign}") for sign in rules["invoice_lines"]])
            ).select("client_id"),
        ),
        "invoices": lambda: frames["invoices"].with_columns(*feat.invoice_standing()),
        # The repair under review comes with the flags (``fired_frame``).
        "messages": lambda: feat.messages_with_remediation(frames, config, w, review=False),
        "incidents": lambda: frames["incidents"],
        "projects": lambda: frames["projects"].with_columns(nw.lit(0).alias("no_day")),
    }
    return [
        Source(table, frame_of[name](), id_column, day_column, rules[name])
        for name, table, id_column, day_column in SOURCES
        if rules[name]
    ]


def fired_frame(
    client_ids: np.ndarray, findings: list[Finding], review_start: np.ndarray
) -> pa.Table | None:
    """client_id + one ``fired_<sign>`` column, for the clients with any sign fired, and
    the start of the repair under review (the evidence reads the figures' windows)."""
    any_fired = np.logical_or.reduce([f.fired for f in findings])
    if not any_fired.any():
        return None
    columns = {
        "client_id": pa.array(client_ids[any_fired].tolist(), pa.string()),
        feat.REVIEW_START: pa.array(review_start[any_fired], pa.float64(), from_pandas=True).cast(
            pa.int64()
        ),
    }
    for f in findings:
        columns[f"fired_{f.sign}"] = pa.array(f.fired[any_fired])
    return pa.table(columns)


def collect(
    frames: Frames,
    config: Config,
    as_of: int,
    client_ids: np.ndarray,
    findings: list[Finding],
    review_start: np.ndarray,
) -> Records:
    records = Records()
    fired = fired_frame(client_ids, findings, review_start)
    if fired is None:
        return records
    flags = frames.from_arrow(fired)
    cap = int(config.settings.evidence.max_records)
    window = feat.Window(as_of, since=feat.REVIEW_START)
    for source in sources(frames, config, window, flags):
        bodies = None
        if source.table == "messages":
            bodies = (
                frames["messages"]
                .select(
                    nw.col("message_id").cast(nw.String()).alias("record_id"),
                    nw.col("body").cast(nw.String()),
                )
                .filter(~nw.col("record_id").is_null())
            )
        table = _query(source, flags, cap, bodies).collect().to_arrow()
        _gather(records, source.table, table, cap)
    return records


def _query(source: Source, flags: LF, cap: int, bodies: LF | None) -> LF:
    joined = join(source.frame, flags, "client_id", "inner")
    parts = []
    for sign, rule in source.rules.items():
        chosen = joined.filter(nw.col(f"fired_{sign}") & rule & ~nw.col(source.id_column).is_null())
        columns = [
            nw.col("client_id"),
            nw.lit(sign).alias("sign"),
            nw.col(source.id_column).cast(nw.String()).alias("record_id"),
            nw.col(source.day_column).cast(nw.Int64()).alias("day"),
        ]
        parts.append(chosen.select(columns))
    rows = nw.concat(parts, how="vertical")
    order = nw.col("day").rank(method="min", descending=True).over("client_id", "sign")
    kept = rows.with_columns(
        nw.col("record_id").count().over("client_id", "sign").alias("total"),
        order.alias("place"),
    ).filter(nw.col("place") <= cap)
    if bodies is None:
        return kept
    # The bodies of the few kept messages only, for the words that matched.
    return join(kept, bodies, "record_id", "left")


def _gather(records: Records, table: str, rows: pa.Table, cap: int) -> None:
    """Keep the newest ``cap`` ids per client and sign (ties broken by id, so every engine
    keeps the same ones) and the matched words of the first few messages."""
    if rows.num_rows == 0:
        return
    rows = rows.sort_by(
        [
            ("client_id", "ascending"),
            ("sign", "ascending"),
            ("day", "descending"),
            ("record_id", "ascending"),
        ]
    )
    # Group boundaries in Arrow: no Python object per row but the ids that are kept.
    clients = rows["client_id"].combine_chunks()
    signs = rows["sign"].combine_chunks()
    n = rows.num_rows
    changed = pc.or_(
        pc.not_equal(clients.slice(1), clients.slice(0, n - 1)),
        pc.not_equal(signs.slice(1), signs.slice(0, n - 1)),
    )
    new_group = np.ones(n, dtype=bool)
    new_group[1:] = changed.to_numpy(zero_copy_only=False)
    where = np.flatnonzero(new_group)
    starts = where.tolist()
    ends = [*starts[1:], n]
    keys = zip(clients.take(where).to_pylist(), signs.take(where).to_pylist(), strict=True)
    totals = rows["total"].take(where).to_pylist()
    ids = rows["record_id"].to_pylist()
    body = rows["body"].to_pylist() if "body" in rows.column_names else None
    texts: dict[Key, dict[str, str]] = {}
    for a, b, key, total in zip(starts, ends, keys, totals, strict=True):
        records.ids[key][table] = ids[a : min(b, a + cap)]
        records.counts[key][table] = int(total)
        if body is not None and key[1] in WORDS_FOR:
            last = min(b, a + WORDS_PER_SIGN)
            texts[key] = {ids[i]: body[i] or "" for i in range(a, last)}
    for key, bodies in texts.items():
        records.words[key].update(explain_words(bodies, records.explained))
