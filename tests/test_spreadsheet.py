"""Text written for a spreadsheet reads back exactly as it was (less NUL characters)."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from parting.spreadsheet import FORMULA_START, holds_nul, text_safe, unescaped

starts = st.sampled_from(["", "'", "''", "=", "+", "-", "@", "\t", "\r", "'=", "''+", "a"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.builds(str.__add__, starts, st.text(max_size=8)))))
def test_escaped_text_reads_back_and_never_starts_a_formula(texts: list[str | None]) -> None:
    written = text_safe(pa.array(texts, pa.string()))
    for cell in written.to_pylist():
        assert cell is None or not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert cell is None or "\x00" not in cell
    expected = [None if t is None else t.replace("\x00", "") for t in texts]
    assert unescaped(written).to_pylist() == expected
    assert FORMULA_START.startswith("^")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(st.one_of(st.none(), st.text("a\x00é", max_size=4)), max_size=5), max_size=4),
    st.integers(0, 3),
    st.integers(0, 3),
    st.booleans(),
)
def test_a_nul_character_is_found_in_any_chunk_and_any_slice_of_a_column(
    chunks: list[list[str | None]], skip: int, cut: int, large: bool
) -> None:
    type_ = pa.large_string() if large else pa.string()
    column = pa.chunked_array([pa.array(c, type_) for c in chunks], type_)
    column = column.slice(skip, max(0, len(column) - skip - cut))
    cells = column.to_pylist()
    assert holds_nul(column) == any(c is not None and "\x00" in c for c in cells)
    for chunk in column.chunks:
        assert holds_nul(chunk) == any(c is not None and "\x00" in c for c in chunk.to_pylist())
