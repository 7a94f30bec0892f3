"""Reading a text column skips work only where the work would change nothing: ids and
choices with no blank around them are kept as they are, plain ASCII is already in NFC,
choices and yes/no cells already written as the schema spells them need no lowering. In
every case the column read is the one the full conversion gives."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import given
from hypothesis import strategies as st

from parting.ingest import values
from parting.schema import Column

# Letters, and every kind of blank the reader trims: ASCII ones, the separators
# U+001C-U+001F, no-break and ideographic spaces, the next-line character.
BLANKS = " \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2003\u3000"
CELL = st.text(alphabet="ab9-é" + BLANKS, max_size=6)
CELLS = st.lists(st.one_of(st.none(), CELL), max_size=12)


def chunked(cells: list[str | None], cut: int) -> pa.ChunkedArray:
    """The cells as Arrow holds them after a read: in chunks, maybe sliced."""
    cut = min(cut, len(cells))
    return pa.chunked_array([pa.array(part, pa.string()) for part in (cells[:cut], cells[cut:])])


def trimmed_by_hand(cells: pa.ChunkedArray) -> pa.ChunkedArray:
    trimmed = pc.utf8_trim_whitespace(cells)
    return pc.if_else(pc.equal(trimmed, ""), pa.scalar(None, pa.string()), trimmed)


@given(CELLS, st.integers(0, 12))
def test_ids_are_trimmed_and_blanks_are_missing_whatever_the_cells(
    cells: list[str | None], cut: int
) -> None:
    column = chunked(cells, cut)
    assert values.clean_text(column).to_pylist() == trimmed_by_hand(column).to_pylist()


@given(st.lists(st.one_of(st.none(), st.text(alphabet="abC9", min_size=1, max_size=5))))
def test_ids_with_nothing_around_them_are_kept_as_they_are(cells: list[str | None]) -> None:
    column = pa.chunked_array([pa.array(cells, pa.string())])
    assert values.clean_text(column).to_pylist() == cells


def test_an_empty_cell_among_clean_ids_is_missing() -> None:
    column = pa.chunked_array([pa.array(["C1", "", None, "C2"], pa.string())])
    assert values.clean_text(column).to_pylist() == ["C1", None, None, "C2"]


def test_a_sliced_column_is_read_from_its_own_cells() -> None:
    # The blank sits in the part the slice leaves out: nothing to trim in what is read.
    column = pa.array([" C0 ", "C1", "C2"], pa.string()).slice(1)
    assert values.clean_text(column).to_pylist() == ["C1", "C2"]
    column = pa.array(["C0", "C1 ", "C2"], pa.string()).slice(1)
    assert values.clean_text(column).to_pylist() == ["C1", "C2"]


@given(st.lists(st.one_of(st.none(), st.sampled_from(["true", "false", "TRUE", " False", "x"]))))
def test_yes_no_cells_read_the_same_however_they_are_written(cells: list[str | None]) -> None:
    column = pa.chunked_array([pa.array(cells, pa.string())])
    expected = [None if c is None else c.strip().lower() == "true" for c in cells]
    try:
        read = values.parse(column, Column("billable", "bool"), "UTC").to_pylist()
    except values.BadValues:
        assert "x" in cells
        return
    assert "x" not in cells
    assert read == expected


@given(st.lists(st.one_of(st.none(), st.sampled_from(["email", "chat", "Email", " chat"]))))
def test_choices_read_the_same_however_they_are_written(cells: list[str | None]) -> None:
    column = pa.chunked_array([pa.array(cells, pa.string())])
    choice = Column("channel", "choice", choices=("email", "chat"))
    read = values.parse(column, choice, "UTC").to_pylist()
    assert read == [None if c is None else c.strip().lower() for c in cells]


@given(st.lists(st.one_of(st.none(), st.text(alphabet="ae\u0301\u1ec7 ,.", max_size=8))))
def test_free_text_is_in_nfc_whether_or_not_it_is_plain_ascii(cells: list[str | None]) -> None:
    column = pa.chunked_array([pa.array(cells, pa.string())])
    read = values.parse(column, Column("body", "str"), "UTC")
    assert read.to_pylist() == pc.utf8_normalize(column, form="NFC").to_pylist()
