"""The engine's joins (``backends.join``): on DuckDB one step of the relation instead of
narwhals' five, with exactly the rows and columns narwhals' own join gives."""

from __future__ import annotations

from typing import Any

import narwhals as nw
import pyarrow as pa
import pytest

from parting.engine import backends

CLIENTS = pa.table(
    {
        "name": ["Ana", "Bo", "Cy", "Di"],
        "client_id": ["a", "b", "c", None],
        "hours": [1.0, 2.0, 3.0, 4.0],
    }
)
INVOICES = pa.table(
    {"client_id": ["a", "b", "a", "x", None], "amount": [10.0, 20.0, 30.0, 40.0, 50.0]}
)


def frame(table: pa.Table) -> nw.LazyFrame[Any]:
    return nw.from_native(backends.from_arrow(table, "duckdb")).lazy()


def rows(result: nw.LazyFrame[Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
    table = result.collect().to_arrow()
    return table.column_names, sorted(zip(*table.to_pydict().values(), strict=True), key=repr)


@pytest.mark.parametrize("how", ["left", "inner", "semi", "anti"])
def test_a_join_on_duckdb_gives_what_narwhals_join_gives(how: str) -> None:
    clients, invoices = frame(CLIENTS), frame(INVOICES)
    expected = clients.join(invoices, on="client_id", how=how)  # type: ignore[arg-type]
    assert rows(backends.join(clients, invoices, "client_id", how)) == rows(expected)


def test_a_missing_key_matches_nothing() -> None:
    joined = rows(backends.join(frame(CLIENTS), frame(INVOICES), "client_id", "inner"))[1]
    assert [row[1] for row in joined] == ["a", "a", "b"]


def test_a_table_joined_with_a_part_of_itself_keeps_both_sides() -> None:
    clients = frame(CLIENTS)
    busy = clients.filter(nw.col("hours") > 1.5).select("client_id", nw.col("hours").alias("busy"))
    names, joined = rows(backends.join(clients, busy, "client_id", "left"))
    assert names == ["name", "client_id", "hours", "busy"]
    assert [(row[0], row[3]) for row in joined] == [
        ("Ana", None),
        ("Bo", 2.0),
        ("Cy", 3.0),
        ("Di", None),
    ]


def test_columns_both_sides_hold_are_named_as_narwhals_names_them() -> None:
    clients = frame(CLIENTS)
    other = clients.select("client_id", (nw.col("hours") * 2).alias("hours"))
    names, _ = rows(backends.join(clients, other, "client_id", "left"))
    assert names == ["name", "client_id", "hours", "hours_right"]


def test_several_key_columns_join_together() -> None:
    left = frame(pa.table({"k": ["a", "a", "b"], "day": [1, 2, 1], "x": [1, 2, 3]}))
    right = frame(pa.table({"k": ["a", "b"], "day": [2, 2], "y": [5, 6]}))
    assert rows(backends.join(left, right, ["k", "day"], "left")) == (
        ["k", "day", "x", "y"],
        [("a", 1, 1, None), ("a", 2, 2, 5), ("b", 1, 3, None)],
    )


def test_polars_frames_join_through_narwhals() -> None:
    import polars as pl

    left = nw.from_native(pl.from_arrow(CLIENTS).lazy())  # type: ignore[union-attr]
    right = nw.from_native(pl.from_arrow(INVOICES).lazy())  # type: ignore[union-attr]
    names, joined = rows(backends.join(left, right, "client_id", "left"))
    assert names == ["name", "client_id", "hours", "amount"]
    assert len(joined) == 5


def test_a_cross_join_pairs_every_row_with_every_row() -> None:
    clients = frame(CLIENTS).select("client_id")
    signs = frame(pa.table({"sign": ["drain", "abuse"]}))
    expected = clients.join(signs, how="cross")
    assert rows(backends.join(clients, signs, [], "cross")) == rows(expected)
    assert len(rows(expected)[1]) == 8
