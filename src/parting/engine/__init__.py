"""The triage engine: every client's signs with evidence, a verdict, a reason and a rank.

>>> from datetime import date
>>> from parting import demo
>>> from parting.engine import score
>>> day = date(2026, 6, 30)
>>> triage = score(demo.generate(30, as_of=day), demo.demo_config(), as_of=day, engine="polars")
>>> len(triage.verdicts), triage.verdicts[0].rank  # every client, the first to act on first
(30, 1)

Pipeline: ``frames`` (tables on one engine, integer dates) -> ``features`` (one narwhals
code path, one row per client) -> ``signs`` (vectorised thresholds) -> ``evidence`` (record
ids of the signs that fired) -> ``triage`` (verdict rules, reasons, ranking).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from parting.config import Config
from parting.timing import step

if TYPE_CHECKING:
    import pyarrow as pa

    from parting.engine.evidence import Records
    from parting.engine.results import ClientMetrics, ClientVerdict, Triage, WhatIf
    from parting.engine.signs import Features, Finding
    from parting.engine.whatif import whale_curve, what_if

EPOCH = date(1970, 1, 1)


def score(
    tables: Mapping[str, Any],
    config: Config | None = None,
    *,
    as_of: date | None = None,
    engine: str = "duckdb",
) -> Triage:
    """Score every client of ``tables`` (Arrow tables per ``parting.schema``, or native
    Polars/DuckDB/Spark frames with the same columns) as of ``as_of`` (default: today).

    Native frames decide the engine; Arrow tables run on ``engine`` (duckdb, polars or
    spark — Spark uses the active ``SparkSession``)."""
    from parting.engine import triage

    config = config or Config()
    judged = judge(tables, config, as_of or date.today(), engine)
    with step("verdicts"):
        return triage.build(judged.features, judged.findings, judged.records, judged.said, config)


def load(engine: str = "duckdb", *, connect: bool = True) -> None:
    """Load the scoring pipeline, its engine and the message classifier now rather than
    on first use: a caller waiting for its tables (the workspace is read by a child
    process, a folder by Arrow's reader) loads them meanwhile, on the other core. Without
    ``connect`` DuckDB's connection is left to the thread that scores (each thread has
    its own, ``backends.duckdb_connection``).

    What is loaded (modules, compiled patterns: hundreds of thousands of objects) lives
    as long as the process, so the cyclic collector is kept from walking it: not while
    it is made, and never again after (``gc.freeze``). Each full collection of the
    scoring that follows then reads only the scoring's own objects. They are handed back
    at exit, for the interpreter's own clean-up."""
    import atexit
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        _load(engine, connect)
    finally:
        gc.freeze()
        atexit.unregister(gc.unfreeze)  # once, however often the engine is loaded
        atexit.register(gc.unfreeze)
        if collecting:
            gc.enable()


def _load(engine: str, connect: bool) -> None:
    import pyarrow as pa

    from parting.engine import backends, clv, evidence, features, judgements, triage  # noqa: F401
    from parting.engine.messages import classifier, explainer
    from parting.engine.signs import detect  # noqa: F401
    from parting.text.classify import compile_patterns

    if engine == "duckdb" and connect:
        backends.duckdb_connection()
    classifier()
    explainer()
    compile_patterns()  # for the words behind each flag
    # pyarrow loads pandas on its first conversion of Python values: half a second.
    pa.array([0])


@dataclass
class Judged:
    """What the passes before the verdicts found: every client's figures (``table``, one
    row per client sorted by id, and the same as ``features``; None unless asked for),
    signs, evidence records and the people's judgements."""

    table: pa.Table | None
    features: Features
    findings: list[Finding]
    records: Records
    said: dict[str, Any]


def judge(
    tables: Mapping[str, Any],
    config: Config,
    as_of: date,
    engine: str,
    *,
    keep_table: bool = False,
) -> Judged:
    """The feature, sign and evidence passes over ``tables`` (see ``score``); the figures
    as an Arrow table too only with ``keep_table`` (at a million clients they are a few
    hundred megabytes, and a scoring needs them once, as ``Features``)."""
    # The pipeline loads on first use: a page that reads one client's stored verdict
    # (``parting.engine.results``, ``reasons``) does not load the feature pass.
    from parting.engine import evidence, features, judgements
    from parting.engine.frames import prepare
    from parting.engine.signs import Features, detect

    day = (as_of - EPOCH).days
    with step("prepare"):
        frames = prepare(tables, engine, config.timezone)
    try:
        with step("features"):
            table: pa.Table | None = features.collect(frames, config, day)
            feats = Features.from_arrow(table, day)
            if not keep_table:
                table = None
        with step("signs"):
            findings = detect(feats, config)
        with step("evidence"):
            records = evidence.collect(
                frames, config, day, feats["client_id"], findings, feats["review_start"]
            )
            said = judgements.read(frames)
    finally:
        frames.release()
    return Judged(table, feats, findings, records, said)


def __getattr__(name: str) -> Any:
    """The results and the what-if, loaded when first asked for."""
    if name in ("ClientMetrics", "ClientVerdict", "Triage", "WhatIf"):
        from parting.engine import results

        return getattr(results, name)
    if name in ("whale_curve", "what_if"):
        from parting.engine import whatif

        return getattr(whatif, name)
    raise AttributeError(name)


__all__ = [
    "ClientMetrics",
    "ClientVerdict",
    "Triage",
    "WhatIf",
    "score",
    "whale_curve",
    "what_if",
]
