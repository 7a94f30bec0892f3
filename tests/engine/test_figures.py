"""Evidence figures are cleaned for JSON the same way one by one and a column at a time."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from parting.engine.triage import clean, clean_all

FIGURES = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-1e6, max_value=1e6),
    # Halves at the fifth decimal: where rounding to four decimals is decided.
    st.integers(min_value=-(10**9), max_value=10**9).map(lambda n: n / 1e4 + 0.00005),
    st.integers(min_value=-(10**9), max_value=10**9).map(float),
    # Large sums with cents, where a double holds fewer decimals.
    st.floats(min_value=1e5, max_value=1e13),
    st.integers(min_value=10**9, max_value=10**15).map(lambda n: n / 1e4 + 0.00005),
)


@given(st.lists(FIGURES, max_size=50))
def test_a_column_of_figures_is_cleaned_exactly_like_each_figure(values: list[float]) -> None:
    expected = [clean(v) for v in values]
    found = clean_all(np.array(values, dtype=np.float64))
    # The JSON text decides: same type and same repr (so -0.0 and 0 differ).
    assert [repr(x) for x in found] == [repr(x) for x in expected]


def test_figures_that_are_not_numbers_become_none_and_whole_ones_ints() -> None:
    found = clean_all(np.array([math.nan, math.inf, 3.0, 0.123456]))
    assert found == [None, None, 3, 0.1235]
    assert isinstance(found[2], int)
