"""Whether every reference names a known id is answered the same whichever way it is
found: by merging ids written in order and all as long as each other (what most exports
number their invoices with), or by looking each one up."""

from __future__ import annotations

from itertools import pairwise

import pyarrow as pa
from hypothesis import given, seed, settings
from hypothesis import strategies as st

from parting.ingest.parting_csv import _all_known, _all_known_in_order

# Letters of one byte and of two (é, đ, č) and one of three (€): ids of one length in
# characters need not be of one length in bytes.
LETTERS = st.sampled_from(["0", "1", "2", "9", "A", "Z", "-", "é", "đ", "č", "€"])


def ids(width: int) -> st.SearchStrategy[str]:
    return st.text(LETTERS, min_size=width, max_size=width)


def chunked(values: list[str], cuts: list[int]) -> pa.ChunkedArray:
    """``values`` as Arrow text in chunks cut at ``cuts`` (as a file read in blocks)."""
    edges = sorted({0, len(values), *(c % (len(values) + 1) for c in cuts)})
    parts = [values[a:b] for a, b in pairwise(edges)] or [[]]
    return pa.chunked_array([pa.array(p, pa.string()) for p in parts], pa.string())


@st.composite
def folders(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """Known ids and references to them (each repeated, in order or not), some unknown."""
    width = draw(st.integers(1, 4))
    known = sorted(set(draw(st.lists(ids(width), min_size=1, max_size=40))), key=str.encode)
    taken = draw(st.lists(st.sampled_from(known), max_size=60))
    strangers = draw(st.lists(ids(draw(st.integers(1, 4))), max_size=2))
    refs = taken + strangers
    refs = [r for r in refs for _ in range(draw(st.integers(1, 3)))]
    if draw(st.booleans()):
        refs.sort(key=str.encode)  # as exports write them: a client's rows together
    return known, refs


@seed(16)
@settings(max_examples=300, deadline=None)
@given(folders(), st.lists(st.integers(0, 100), max_size=3), st.lists(st.integers(0, 100)))
def test_a_reference_is_known_exactly_when_its_id_is_there(
    folder: tuple[list[str], list[str]], known_cuts: list[int], ref_cuts: list[int]
) -> None:
    known, refs = folder
    answer = _all_known(chunked(refs, ref_cuts), chunked(known, known_cuts))
    assert answer == (set(refs) <= set(known))


def test_ids_in_order_and_of_one_length_are_merged_not_looked_up() -> None:
    known = [f"INV-{n:06d}" for n in range(1, 2001)]
    paid = known[::3]  # each run of equal references once, as ``_all_known`` hands them
    assert _all_known_in_order(chunked(paid, [500]), chunked(known, [700])) is True
    assert _all_known_in_order(chunked([*paid, "INV-999999"], []), chunked(known, [])) is False
    # Not in order, repeated, of two lengths, or with an id missing: looked up instead.
    assert _all_known_in_order(chunked(paid[::-1], []), chunked(known, [])) is None
    assert _all_known_in_order(chunked([*paid, paid[-1]], []), chunked(known, [])) is None
    assert _all_known_in_order(chunked(["INV-1", *paid], []), chunked(known, [])) is None
    with_gap = pa.chunked_array([pa.array([None, *paid], pa.string())])
    assert _all_known_in_order(with_gap, chunked(known, [])) is None
