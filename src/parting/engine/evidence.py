"""The records behind each sign that fired: ids a person can open, capped per sign.

Only clients whose sign fired are looked up, in one query per table on the same engine
(two for invoices: only payment_risk needs their payments); the newest
``evidence.max_records`` ids per client and sign are kept, with a count of all of them, so
evidence stays small for any portfolio.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import narwhals as nw
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from parting.config import Config
from parting.engine import features as feat
from parting.engine.frames import Frames
from parting.engine.messages import explain_words
from parting.engine.signs import Finding

LF = nw.LazyFrame[Any]
Key = tuple[str, str]  # (client_id, sign)
# Signs whose messages are evidence by their words (so the matched words are shown).
WORDS_FOR = ("abuse", "complainer", "payment_risk", "scope_creep", "unpleasable")
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


def sources(frames: Frames, config: Config, w: feat.Window, flags: LF) -> list[Source]:
    """Every table's candidate records; ``flags`` (``fired_frame``) says whose."""
    winding = [str(s) for s in config.business["winding_down_service_lines"]]
    kind = nw.col("kind")
    # Payments matter to payment_risk only, and only to the invoices of its few clients:
    # the other invoice rules read the invoices alone, never aggregating every payment.
    late_payers = flags.filter(nw.col("fired_payment_risk")).select("client_id")
    inv = feat.invoice_lines(
        frames, config, w, frames["invoices"].join(late_payers, on="client_id", how="semi")
    )
    invoices = frames["invoices"].with_columns(*feat.invoice_standing())
    pay_w = w.within("due_day", config["payment_risk"]["window_days"])
    rev_w = w.within("issued_day", config["unprofitable"]["window_days"])
    remediation = feat.remediation_days(frames, config, w).drop(feat.REVIEW_START)
    msgs = feat.message_flags(frames, config, w).join(remediation, on="client_id", how="left")
    remed = nw.col("last_remediation_day")
    inbound = nw.col("inbound")
    return [
        Source(
            "time_entries",
            frames["time_entries"],
            "entry_id",
            "day",
            {
                "drain": w.within("day", config["drain"]["window_days"]),
                "unprofitable": w.within("day", config["unprofitable"]["window_days"]),
                "scope_creep": w.within("day", config["scope_creep"]["window_days"])
                & (kind == "revision"),
            },
        ),
        Source(
            "invoices",
            inv,
            "invoice_id",
            "issued_day",
            {"payment_risk": (pay_w & nw.col("late")) | nw.col("overdue")},
        ),
        Source(
            "invoices",
            invoices,
            "invoice_id",
            "issued_day",
            {
                "unprofitable": rev_w
                & (nw.col("written_off") | (nw.col("discount").fill_null(0.0) > 0)),
                "no_potential": nw.col("counts") & (nw.col("issued_day") <= w.as_of),
            },
        ),
        Source(
            "messages",
            msgs,
            "message_id",
            "day",
            {
                "abuse": inbound
                & nw.col("is_abusive")
                & w.within("day", config["abuse"]["window_days"]),
                "payment_risk": w.within("day", config["payment_risk"]["window_days"])
                & ((inbound & nw.col("is_payment_excuse")) | (kind == "payment_reminder")),
                "complainer": inbound
                & nw.col("is_complaint")
                & w.within("day", config["complainer"]["window_days"]),
                "boundaries": nw.col("after_hours")
                & w.within("day", config["boundaries"]["window_days"]),
                "scope_creep": inbound
                & nw.col("is_change_request")
                & w.within("day", config["scope_creep"]["window_days"]),
                "unpleasable": inbound
                & (
                    (nw.col("is_complaint") & ~remed.is_null() & (nw.col("day") > remed))
                    | (
                        (nw.col("is_entitled") | nw.col("is_know_better"))
                        & w.within("day", config["unpleasable"]["window_days"])
                    )
                )
                & (nw.col("day") <= w.as_of),
            },
        ),
        Source(
            "incidents",
            frames["incidents"],
            "incident_id",
            "day",
            {
                "abuse": (kind == "abuse") & w.within("day", config["abuse"]["window_days"]),
                "unethical": (kind == "ethics")
                & w.within("day", config["unethical"]["window_days"]),
                "unpleasable": kind.is_in(("public_criticism", "remediation"))
                & (nw.col("day") <= w.as_of),
                "scope_creep": (kind == "scope_dispute")
                & w.within("day", config["scope_creep"]["window_days"]),
            },
        ),
        Source(
            "projects",
            frames["projects"].with_columns(nw.lit(0).alias("no_day")),
            "project_id",
            "no_day",
            {"grown_apart": nw.col("service_line").is_in(winding)},
        ),
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
    cap = int(config["evidence"]["max_records"])
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
    joined = source.frame.join(flags, on="client_id", how="inner")
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
    return kept.join(bodies, on="record_id", how="left")


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
