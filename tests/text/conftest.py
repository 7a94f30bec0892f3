"""Frames on each engine, for the text tests."""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import narwhals as nw
import polars as pl
import pyarrow as pa
import pytest


def frame_on(
    engine: str, bodies: list[str | None], languages: list[str] | None = None
) -> nw.DataFrame | nw.LazyFrame:  # type: ignore[type-arg]
    """A frame of message bodies (and their languages), native to ``engine``."""
    languages = languages or ["en"] * len(bodies)
    table = pa.table(
        {
            "id": list(range(len(bodies))),
            "body": pa.array(bodies, pa.string()),
            "language": pa.array(languages, pa.string()),
        }
    )
    if engine == "polars":
        return nw.from_native(pl.from_arrow(table))
    if engine == "duckdb":
        return nw.from_native(duckdb.connect().from_arrow(table))
    from pyspark.sql import SparkSession

    session = SparkSession.builder.getOrCreate()
    rows = list(zip(table["id"].to_pylist(), bodies, languages, strict=True))
    return nw.from_native(session.createDataFrame(rows, "id long, body string, language string"))


def collected(frame: nw.DataFrame | nw.LazyFrame) -> pl.DataFrame:  # type: ignore[type-arg]
    """Any engine's result as a Polars frame ordered by id."""
    if isinstance(frame, nw.LazyFrame):
        frame = frame.collect(backend="polars")
    return pl.DataFrame(frame.to_arrow()).sort("id")


Classified = Callable[..., pl.DataFrame]


@pytest.fixture
def classified(engine: str) -> Classified:
    """Run ``classify`` on ``engine`` over bodies (and their languages, if given)."""
    from parting.text.classify import classify

    def run(bodies: list[str | None], languages: list[str] | None = None) -> pl.DataFrame:
        frame = frame_on(engine, bodies, languages)
        return collected(classify(frame, language="language" if languages else None))

    return run


@pytest.fixture
def on_engine(engine: str) -> Callable[..., nw.DataFrame | nw.LazyFrame]:  # type: ignore[type-arg]
    """A frame of bodies (and their languages) native to ``engine`` (``frame_on``)."""
    return lambda bodies, languages=None: frame_on(engine, bodies, languages)
