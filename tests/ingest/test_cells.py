"""Column conversions: money in every locale, durations, dates in either order, flags."""

from __future__ import annotations

from datetime import date

import pytest

from parting.ingest.cells import (
    Bad,
    currency_of,
    date_order,
    decimal_mark,
    parse_date,
    parse_flag,
    parse_hours,
    parse_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1,234.50", 1234.50),
        ("1.234,50 €", 1234.50),
        ("(400.00)", -400.0),
        ("($400.00)", -400.0),
        ("-13.50", -13.5),
        ("2.000,0", 2000.0),
        ("CHF 1'250.00", 1250.0),
    ],
)
def test_money_cells_read_in_their_own_locale(text: str, expected: float) -> None:
    assert parse_number(text, decimal_mark([text])) == expected


def test_a_column_with_comma_decimals_reads_a_lone_thousands_dot_as_thousands() -> None:
    values = ["20,0", "2.000", "1,5"]
    mark = decimal_mark(values)
    assert mark == ","
    assert [parse_number(v, mark) for v in values] == [20.0, 2000.0, 1.5]


def test_text_that_is_not_a_number_is_rejected() -> None:
    with pytest.raises(Bad):
        parse_number("n/a", ".")


@pytest.mark.parametrize(
    ("text", "code"),
    [("$13.50", "USD"), ("1.234,50 €", "EUR"), ("Euro - EUR", "EUR"), ("£20", "GBP"), ("12", None)],
)
def test_currency_is_read_from_code_or_symbol(text: str, code: str | None) -> None:
    assert currency_of(text) == code


@pytest.mark.parametrize(
    ("text", "hours"),
    [("02:30:00", 2.5), ("1:30", 1.5), ("18:25 min", 18 / 60 + 25 / 3600), ("1h 30m", 1.5)],
)
def test_durations_read_as_hours(text: str, hours: float) -> None:
    assert parse_hours(text, ".") == pytest.approx(hours)


def test_decimal_durations_follow_the_column_locale() -> None:
    assert parse_hours("1,25", ",") == 1.25


def test_a_day_above_twelve_settles_the_date_order() -> None:
    assert date_order(["03/04/2024", "13/04/2024"]) == "dmy"
    assert date_order(["03/04/2024", "04/13/2024"]) == "mdy"
    assert date_order(["03/04/2024", "04/05/2024"]) is None


def test_dates_read_in_the_chosen_order_and_every_common_shape() -> None:
    assert parse_date("03/04/2024", "dmy") == date(2024, 4, 3)
    assert parse_date("03/04/2024", "mdy") == date(2024, 3, 4)
    assert parse_date("2024-03-04 10:11", "mdy") == date(2024, 3, 4)
    assert parse_date("04.03.2024", "mdy") == date(2024, 3, 4)  # dotted dates are day-first
    assert parse_date("4 Mar 2024", "mdy") == date(2024, 3, 4)
    assert parse_date("March 4, 2024", "dmy") == date(2024, 3, 4)
    with pytest.raises(Bad):
        parse_date("31/02/2024", "dmy")


@pytest.mark.parametrize(
    ("text", "flag"), [("Yes", True), ("Oui", True), ("Da", True), ("No", False), ("Không", False)]
)
def test_billable_flags_are_read_in_several_languages(text: str, flag: bool) -> None:
    assert parse_flag(text) is flag
