"""One number formatting: the fast writer the reasons use for a million clients writes
exactly what ``parting.words.formats`` writes for the pages, the CLI and the letters."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parting.i18n import LANGUAGES
from parting.words.formats import (
    Formats,
    day,
    letter_day,
    moment,
    money,
    number,
    owed,
    owes,
    quoted,
    share,
)

AMOUNTS = st.one_of(
    st.floats(min_value=-5e7, max_value=5e7, allow_nan=False),
    st.integers(min_value=-(10**7), max_value=10**7).map(float),
)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(
    amount=AMOUNTS, lang=st.sampled_from(LANGUAGES), currency=st.sampled_from(["EUR", "USD", "VND"])
)
def test_the_fast_writer_writes_money_as_the_pages_do(
    amount: float, lang: str, currency: str
) -> None:
    assert Formats(currency, lang).money(amount) == money(amount, currency, lang)


# Sums to the cent and to the half cent, where binary and decimal rounding part ways.
CENTS = st.one_of(
    AMOUNTS,
    st.integers(min_value=-(10**9), max_value=10**9).map(lambda c: c / 100),
    st.integers(min_value=-(10**9), max_value=10**9).map(lambda c: c / 1000),
)


@settings(derandomize=True, max_examples=500, deadline=None)
@given(
    amount=CENTS, lang=st.sampled_from(LANGUAGES), currency=st.sampled_from(["EUR", "USD", "VND"])
)
def test_the_fast_writer_writes_an_amount_owed_as_the_pages_do(
    amount: float, lang: str, currency: str
) -> None:
    """The sign's reason states what is overdue in the very form the pages and letters do."""
    fast = Formats(currency, lang)
    assert fast.owed(amount) == owed(amount, currency, lang)
    assert fast.owes(amount) == owes(amount)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(
    value=st.floats(min_value=-20, max_value=20, allow_nan=False), lang=st.sampled_from(LANGUAGES)
)
def test_the_fast_writer_writes_shares_as_the_pages_do(value: float, lang: str) -> None:
    assert Formats("EUR", lang).share(value) == share(value, lang=lang)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(value=st.integers(min_value=-(10**6), max_value=10**6), lang=st.sampled_from(LANGUAGES))
def test_the_fast_writer_writes_tenths_as_the_pages_do(value: int, lang: str) -> None:
    # Tenths exactly (a figure rounded to one decimal), where binary and decimal rounding agree.
    assert Formats("EUR", lang).number(value / 10, 1) == number(value / 10, 1, lang, trim=True)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(amount=AMOUNTS, lang=st.sampled_from(LANGUAGES))
def test_a_negative_figure_is_written_with_the_true_minus_and_never_as_minus_zero(
    amount: float, lang: str
) -> None:
    written = [
        money(amount, "EUR", lang),
        money(amount, "EUR", lang, decimals=2),
        number(amount, 1, lang),
        share(amount / 1e6, 0, lang),
        Formats("EUR", lang).money(amount),
        Formats("EUR", lang).number(amount, 1),
    ]
    for text in written:
        assert "-" not in text  # a hyphen reads as a dash and breaks from its number
        if "\u2212" in text:  # first, and before a figure that is not zero
            assert text.index("\u2212") == 0 and any(c in "123456789" for c in text)
        elif amount < 0:
            assert not any(c in "123456789" for c in text)  # what rounds to zero
    assert money(-136, "EUR", "en") == "\u2212€136"
    assert money(-0.4, "EUR", "en") == "€0"  # rounds to nothing: no sign


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("en", "November 1, 2026"),
        ("fr", "1er novembre 2026"),
        ("sl", "1. novembra 2026"),
        ("vi", "1 tháng 11 năm 2026"),
    ],
)
def test_a_date_in_a_sentence_is_written_as_the_language_writes_it(lang: str, written: str) -> None:
    assert letter_day(date(2026, 11, 1), lang) == written
    assert Formats("EUR", lang).day("2026-11-01") == written


@pytest.mark.parametrize(
    ("lang", "written"),
    [("en", "May 1, 2025"), ("fr", "1er mai 2025"), ("sl", "1. maj 2025"), ("vi", "1 thg 5, 2025")],
)
def test_a_short_date_on_the_first_writes_the_day_as_the_language_does(
    lang: str, written: str
) -> None:
    """ "échéance le 1er mai 2025", as the letters write it; the 11th stays "11 mai"."""
    assert day(date(2025, 5, 1), lang) == written
    assert day(date(2025, 5, 11), "fr") == "11 mai 2025"


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("en", "May 1, 2025, 9:30\u202fPM"),
        ("fr", "1er mai 2025, 21:30"),
        ("sl", "1. maj 2025, 21:30"),
        ("vi", "1 thg 5, 2025, 21:30"),
    ],
)
def test_a_time_of_day_is_written_after_its_day_as_the_day_alone_is(
    lang: str, written: str
) -> None:
    """A moment's day reads as every other day on the pages; in the business's zone."""
    at = datetime(2025, 5, 1, 19, 30, tzinfo=UTC)  # 21:30 in Paris (summer time)
    assert moment(at, "Europe/Paris", lang) == written
    assert moment(at, "Europe/Paris", lang).startswith(day(date(2025, 5, 1), lang) + ", ")


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("en", "“late”, “again”"),
        ("fr", "«\u00a0late\u00a0», «\u00a0again\u00a0»"),
        ("sl", "»late«, »again«"),
        ("vi", "“late”, “again”"),
    ],
)
def test_words_quoted_from_a_message_take_the_readers_quotation_marks(
    lang: str, written: str
) -> None:
    assert quoted(["late", "again"], lang) == written


@settings(derandomize=True, max_examples=300, deadline=None)
@given(amount=AMOUNTS, lang=st.sampled_from(LANGUAGES))
def test_an_amount_owed_is_written_to_the_cent_and_nothing_owed_as_a_dash(
    amount: float, lang: str
) -> None:
    """One rule for every surface: less than a cent, or a credit, is nothing owed."""
    if round(amount, 2) > 0:
        assert owes(amount) and owed(amount, "EUR", lang) == money(amount, "EUR", lang, 2)
    else:
        assert not owes(amount) and owed(amount, "EUR", lang) == "—"
    assert not owes(None) and owed(None, "EUR", lang) == "—"
