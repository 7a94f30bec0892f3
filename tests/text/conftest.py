"""Frames on each engine, for the text tests."""

from __future__ import annotations

from collections.abc import Callable

import duckdb
import narwhals as nw
import polars as pl
import pyarrow as pa
import pytest

MakeFrame = Callable[[list[str | None]], object]


def frame_on(engine: str, bodies: list[str | None]) -> nw.DataFrame | nw.LazyFrame:  # type: ignore[type-arg]
    """A one-column frame of message bodies, native to ``engine``."""
    table = pa.table({"id": list(range(len(bodies))), "body": pa.array(bodies, pa.string())})
    if engine == "polars":
        return nw.from_native(pl.from_arrow(table))
    if engine == "duckdb":
        return nw.from_native(duckdb.connect().from_arrow(table))
    from pyspark.sql import SparkSession

    session = SparkSession.builder.getOrCreate()
    rows = list(zip(table["id"].to_pylist(), bodies, strict=True))
    return nw.from_native(session.createDataFrame(rows, "id long, body string"))


def collected(frame: nw.DataFrame | nw.LazyFrame) -> pl.DataFrame:  # type: ignore[type-arg]
    """Any engine's result as a Polars frame ordered by id."""
    if isinstance(frame, nw.LazyFrame):
        frame = frame.collect(backend="polars")
    return pl.DataFrame(frame.to_arrow()).sort("id")


@pytest.fixture
def classified(engine: str) -> Callable[[list[str | None]], pl.DataFrame]:
    from parting.text.classify import classify

    def run(bodies: list[str | None]) -> pl.DataFrame:
        return collected(classify(frame_on(engine, bodies)))

    return run
