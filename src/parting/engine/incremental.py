"""Scoring a few clients again against the portfolio as it was last scored.

After a person logs an incident, records a judgement or merges two clients, only those
clients' records changed, and a client's figures are computed from its own records (and,
for referrals, from the clients that name it as their referrer). So the figures of the
changed clients are computed again from their records alone and put in place of theirs
in the figures kept from the last scoring; the rest is the same as a full scoring.

Some rules read the whole portfolio, so a change of one client can move another:

- the shares of the portfolio's hours and revenue (``drain``, and every client's
  metrics), the median effective rate (``drain``), the median revenue of paying clients
  (``unpleasable``), the lifetime-value model fitted on the portfolio and its low-value
  line (``no_potential``);
- the rank, which orders every client.

None of them is taken on trust: every sign is detected again for every client from the
spliced figures (a few vector operations, the model fit included), and any client whose
findings or metrics come out different from the kept ones is judged again with its
evidence, like the changed clients. An incident or a judgement moves no such figure
unless it moves the client's hours or revenue (a repair under review narrows its window),
so nearly always only the changed clients are judged again. The ranks of all clients are
computed again from the keys kept for the others and those of the clients judged again.
The outcome is the one a full scoring of the same data gives (``tests/store``).

A merge makes one client of two: the median rate and the model's sample change with it,
which moves most clients' findings, so a merge is usually scored in full
(``MOST_CLIENTS``)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from parting.config import Config
from parting.engine import EPOCH, evidence, features, judge, judgements
from parting.engine.frames import prepare
from parting.engine.rank import keys, order
from parting.engine.results import ClientVerdict, Triage
from parting.engine.signs import Features, Finding, detect
from parting.engine.triage import PortfolioMetrics, build, decide_all, metric_columns
from parting.engine.verdicts import Verdicts
from parting.timing import step

# Beyond this many clients to judge again, a full scoring is as quick.
MOST_CLIENTS = 2_000
# The records of a few clients are a few hundred rows: Polars runs the feature and
# evidence queries over them in a fraction of the time DuckDB takes to plan them (most of
# a query's time at that size). A client's figures come out the same whichever engine
# reads its records (``tests/engine/test_engines_agree.py``; ``tests/store/test_rescore.py``
# compares the outcome with DuckDB's full scoring).
FEW_CLIENTS_ENGINE = "polars"

# Reads the records of the given clients (and of the clients naming them as referrer) as
# Arrow tables per ``parting.schema``.
Reader = Callable[[Collection[str]], Mapping[str, Any]]


@dataclass
class Portfolio:
    """What a scoring keeps to score a few clients again: every client's figures, signs,
    metrics and rank keys, in client id order, and what the scoring depended on."""

    as_of: date
    engine: str
    config: Config
    table: pa.Table
    features: Features
    findings: list[Finding]
    metrics: tuple[np.ndarray, ...]
    place: np.ndarray
    serious: np.ndarray
    weights: np.ndarray
    apart: np.ndarray

    @property
    def keys(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The rank keys the verdicts gave (``rank.keys``), by client."""
        return self.place, self.serious, self.weights

    def fits(self, config: Config, as_of: date, engine: str) -> bool:
        """Whether a scoring with these settings, day and engine may start from this one."""
        return (self.as_of, self.engine, self.config) == (as_of, engine, config)


@dataclass
class Rescored:
    """The clients judged again (ranks set), every client's rank, and the new state."""

    verdicts: list[ClientVerdict]
    ranks: dict[str, int]
    metrics: PortfolioMetrics
    portfolio: Portfolio

    @property
    def as_of(self) -> date:
        return self.portfolio.as_of


def score_kept(
    tables: Mapping[str, Any], config: Config, as_of: date, engine: str
) -> tuple[Triage, Portfolio]:
    """``score`` of every client, and what it keeps to score a few of them again."""
    judged = judge(tables, config, as_of, engine, keep_table=True)
    assert judged.table is not None
    with step("verdicts"):
        triage = build(judged.features, judged.findings, judged.records, judged.said, config)
    verdicts = triage.verdicts
    assert isinstance(verdicts, Verdicts)  # as ``build`` makes them
    f = judged.features
    portfolio = Portfolio(
        as_of,
        engine,
        config,
        judged.table,
        f,
        judged.findings,
        metric_columns(f),
        verdicts.place,
        verdicts.serious,
        verdicts.weights,
        verdicts.apart,
    )
    return triage, portfolio


def rescore(kept: Portfolio, changed: Collection[str], read: Reader) -> Rescored | None:
    """Score ``changed`` clients again (``read`` gives their records) against ``kept``;
    None when so many clients move that a full scoring is the better way."""
    config, engine = kept.config, kept.engine
    day = (kept.as_of - EPOCH).days
    changed = set(changed)
    with step("read"):
        own = read(changed)
    frames = prepare(own, FEW_CLIENTS_ENGINE, config.timezone)
    try:
        with step("features"):
            fresh = features.collect(frames, config, day)
            fresh = fresh.filter(_among(fresh["client_id"], changed))
            table = _spliced(kept.table, fresh, changed)
            f = Features.from_arrow(table, day)
        with step("signs"):
            findings = detect(f, config)
            metrics = metric_columns(f)
            old_at = _positions(kept.features["client_id"], f["client_id"])
            moved = _moved(kept, old_at, findings, metrics)
        ids = f["client_id"]
        again = np.flatnonzero(moved | _among(ids, changed))
        if again.size > MOST_CLIENTS:
            return None
        sub, sub_findings = _subset(f, findings, again)
        others = set(sub["client_id"].tolist()) - changed
        if others:  # clients the change moved: their records too
            frames.release()
            with step("read"):
                theirs = read(changed | others)
            frames = prepare(theirs, FEW_CLIENTS_ENGINE, config.timezone)
        with step("evidence"):
            records = evidence.collect(
                frames, config, day, sub["client_id"], sub_findings, sub["review_start"]
            )
            said = judgements.read(frames)
    finally:
        frames.release()
    with step("verdicts"):
        verdicts, apart_again = decide_all(sub, sub_findings, records, said, config)
        place, serious, weights = (a[np.maximum(old_at, 0)] for a in kept.keys)
        apart = kept.apart[np.maximum(old_at, 0)]
        place[again], serious[again], weights[again] = keys(verdicts)
        apart[again] = apart_again
        positions = order(
            place, serious, weights, f.num("hours"), apart, np.arange(f.size, dtype=np.int64)
        )
        ranked = np.empty(f.size, dtype=np.int64)
        ranked[positions] = np.arange(1, f.size + 1)
        ranks = dict(zip(ids.tolist(), ranked.tolist(), strict=True))
        for v in verdicts:
            v.rank = ranks[v.client_id]
    state = Portfolio(
        kept.as_of, engine, config, table, f, findings, metrics, place, serious, weights, apart
    )
    return Rescored(verdicts, ranks, PortfolioMetrics(f), state)


def _among(ids: Any, chosen: Collection[str]) -> np.ndarray:
    """Whether each of ``ids`` (an array or an Arrow column) is one of ``chosen``."""
    values = ids if isinstance(ids, pa.ChunkedArray | pa.Array) else pa.array(ids.tolist())
    found = pc.is_in(values, pa.array(sorted(chosen), pa.string()))
    return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)


def _spliced(kept: pa.Table, fresh: pa.Table, changed: set[str]) -> pa.Table:
    """``kept`` without the ``changed`` clients, with their ``fresh`` rows (a client gone
    has none), in client id order."""
    gone = pc.is_in(kept["client_id"], pa.array(sorted(changed), pa.string()))
    both = pa.concat_tables([kept.filter(pc.invert(gone)), fresh.cast(kept.schema)])
    return both.take(pc.sort_indices(both["client_id"])).combine_chunks()


def _same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Element-wise equality where two missing figures are the same."""
    if a.dtype.kind == "f" or b.dtype.kind == "f":
        a = a.astype(np.float64)
        b = b.astype(np.float64)
        return (a == b) | (np.isnan(a) & np.isnan(b))
    return np.asarray(a == b, dtype=bool)


def _moved(
    kept: Portfolio, old_at: np.ndarray, findings: list[Finding], metrics: tuple[np.ndarray, ...]
) -> np.ndarray:
    """Clients whose signs or metrics differ from the kept ones, or who were not kept
    (``old_at``: each client's position in ``kept``, -1 if absent)."""
    take = np.maximum(old_at, 0)
    same = old_at >= 0
    for new, old in zip(findings, kept.findings, strict=True):
        pairs: list[tuple[Any, Any]] = [
            (new.fired, old.fired),
            (new.strength, old.strength),
            (new.first_day, old.first_day),
            (new.urgent, old.urgent),
            (new.deciding, old.deciding),
            *((new.figures[k], old.figures[k]) for k in new.figures),
        ]
        for a, b in pairs:
            if a is None or isinstance(a, str):
                continue  # the same for every client (or absent) on both sides
            same &= _same(np.asarray(a), np.asarray(b)[take])
    for a, b in zip(metrics, kept.metrics, strict=True):
        same &= _same(a, b[take])
    return ~same


def _positions(old_ids: np.ndarray, new_ids: np.ndarray) -> np.ndarray:
    """For each id of ``new_ids``, its position in ``old_ids`` (-1 if absent)."""
    found = pc.index_in(pa.array(new_ids.tolist(), pa.string()), pa.array(old_ids.tolist()))
    return np.asarray(found.fill_null(-1).to_numpy(zero_copy_only=False), dtype=np.int64)


def _subset(f: Features, findings: list[Finding], at: np.ndarray) -> tuple[Features, list[Finding]]:
    """The rows ``at`` of the figures and of every finding."""
    sub = Features({k: v[at] for k, v in f.columns.items()}, f.as_of)
    return sub, [
        Finding(
            x.sign,
            x.fired[at],
            x.strength[at],
            x.first_day[at],
            {k: v[at] for k, v in x.figures.items()},
            None if x.urgent is None else x.urgent[at],
            x.deciding if isinstance(x.deciding, str) else x.deciding[at],
        )
        for x in findings
    ]
