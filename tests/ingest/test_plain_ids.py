"""DuckDB passes a table's own ids from their bytes alone (``duckdb_folder.plain_ids``)
only when its SQL check would pass them too: every id given, none repeated, none the
careful reader would trim, normalise, unescape or refuse."""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa
from hypothesis import example, given
from hypothesis import strategies as st

from parting.engine.backends import duckdb_connection
from parting.ingest.duckdb_folder import _column, plain_ids
from parting.schema import Column

# Plain characters, and each kind of character the SQL check looks at: blanks of ASCII
# and beyond, the spreadsheet escape, NUL, DEL, a letter beyond ASCII, a combining accent.
CHARACTERS = st.sampled_from(
    [
        "a",
        "b",
        "C",
        "0",
        "-",
        " ",
        "\t",
        "\x0b",
        "\x1f",
        "'",
        "\x00",
        "\x7f",
        "\u00a0",
        "\u3000",
        "\u00c9",
        "\u0301",
    ]
)
IDS = st.lists(st.none() | st.text(CHARACTERS, max_size=4), max_size=12)


def batches(ids: Sequence[str | None], cut: int) -> list[pa.RecordBatch]:
    column = pa.array(ids, pa.string())
    cut = min(cut, len(ids))
    return [
        pa.record_batch([column.slice(0, cut)], names=["id"]),
        pa.record_batch([column.slice(cut)], names=["id"]),
    ]


def sql_passes(ids: list[str | None], required: bool) -> bool:
    """The check DuckDB makes of a key column when the bytes alone cannot say."""
    check, _cast = _column(Column("id", required=required), "VARCHAR")
    frame = duckdb_connection().from_arrow(pa.table({"id": pa.array(ids, pa.string())}))
    bad, repeated = frame.aggregate(
        f"coalesce(sum(({check})::BIGINT), 0), count(id) - count(DISTINCT id)"
    ).fetchall()[0]
    return bool(bad == 0 and repeated == 0)


@given(IDS, st.integers(0, 12), st.booleans())
@example(["C-1", "C-2", "C-3"], 1, True)
@example(["a", "a"], 1, False)
@example(["C-1", "C-1 "], 0, True)
def test_ids_passed_from_their_bytes_pass_the_sql_check(
    ids: list[str | None], cut: int, required: bool
) -> None:
    if plain_ids(batches(ids, cut)):
        assert sql_passes(ids, required)


@given(st.sets(st.text(st.sampled_from("abC0-_:/."), min_size=1, max_size=6), max_size=20))
def test_distinct_printable_ascii_ids_in_order_are_passed_from_their_bytes(ids: set[str]) -> None:
    ordered = sorted(ids)
    assert plain_ids(batches(ordered, len(ordered) // 2))
    if len(ordered) > 1:
        assert not plain_ids(batches(ordered[::-1], 1))  # out of order: the SQL check asks
