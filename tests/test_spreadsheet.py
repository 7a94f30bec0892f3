"""Text written for a spreadsheet reads back exactly as it was (less NUL characters)."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from parting.spreadsheet import FORMULA_START, text_safe, unescaped

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
