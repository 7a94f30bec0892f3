"""A text in which no character of ``normal_form.MAY_CHANGE`` is found is already in
Unicode NFC: the careful reader then keeps it as read."""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import given
from hypothesis import strategies as st

from parting.ingest import normal_form, values


def listed() -> set[int]:
    """The code points the class names."""
    points: set[int] = set()
    spans = re.findall(r"\\x\{([0-9A-F]+)\}(?:-\\x\{([0-9A-F]+)\})?", normal_form.MAY_CHANGE)
    for first, last in spans:
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return points


def test_every_character_nfc_may_change_is_looked_for() -> None:
    # Also on a newer Python: a character assigned since was unknown to the tables the
    # class was made with, and every unknown code point is in it.
    assert normal_form.may_change() <= listed()


def test_plain_ascii_is_never_looked_at_twice() -> None:
    assert min(listed()) >= 0x80


TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("aeoAEO ,.\u0301\u0302\u0323\u1ec7\u00e9\u1100\u1161\u11a8\uac00\uf900"),
        st.characters(codec="utf-8"),
    ),
    max_size=12,
)


@given(st.lists(TEXT, max_size=8))
def test_text_without_such_a_character_is_its_own_nfc(cells: list[str]) -> None:
    column = pa.array(cells, pa.string())
    flagged = pc.match_substring_regex(column, normal_form.MAY_CHANGE).to_pylist()
    for cell, may in zip(cells, flagged, strict=True):
        if not may:
            assert unicodedata.normalize("NFC", cell) == cell


def test_the_look_up_by_number_flags_the_class_of_the_first_plane() -> None:
    flagged = set(np.flatnonzero(normal_form.in_basic_plane()).tolist())
    assert flagged == {p for p in listed() if p < 0x10000}


# Around the bytes the careful reader's look-up reads: the last character before U+0300,
# the first after it, the ends of two- and three-byte characters, one of four bytes.
EDGES = st.sampled_from("a\u02ff\u0300\u07ff\u0800\u1ec7\u1dc0\uffff\U00010000\U0001d165é")


@given(
    st.lists(st.none() | st.text(st.one_of(EDGES, st.characters(codec="utf-8")), max_size=6)),
    st.integers(0, 3),
)
def test_the_careful_reader_finds_such_a_character_as_the_class_does(
    cells: list[str | None], cut: int
) -> None:
    column = pa.array(cells, pa.string())
    chunked = pa.chunked_array([column.slice(0, cut), column.slice(cut)], pa.string())
    expected = bool(pc.any(pc.match_substring_regex(column, normal_form.MAY_CHANGE)).as_py())
    assert values._may_change(chunked) == expected
