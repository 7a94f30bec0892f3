"""Whole columns of exported text turned into numbers, hours, dates and flags.

A column has far fewer distinct values than rows (a million time entries span a few
thousand days and durations), so each converter parses the *distinct* values once and
spreads the result back with ``take``: the per-row work is done by Arrow, not Python.
A value that cannot be read raises :class:`InputError` naming its row, column and value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from parting.config import Config
from parting.errors import ConfigError, Location
from parting.i18n import _
from parting.ingest.sheet import Sheet
from parting.ingest.values import MAX_NUMBER

SYMBOLS = {"€": "EUR", "£": "GBP", "¥": "JPY", "₫": "VND", "₹": "INR", "zł": "PLN"}
DOLLARS = {"US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD"}
CODE = re.compile(r"\b([A-Z]{3})\b")
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
TRUE = {"yes", "y", "true", "1", "x", "billable", "oui", "vrai", "ja", "da", "có", "co", "si", "sí"}
FALSE = {"no", "n", "false", "0", "non-billable", "non", "faux", "nein", "ne", "không", "khong"}


MAX_HOURS = 24 * 366  # one entry: a year of days and nights


class Bad(ValueError):
    """A cell that does not hold what its column promises."""


def map_distinct(
    values: pa.ChunkedArray | pa.Array, parse: Callable[[str], Any], type: pa.DataType
) -> tuple[pa.Array, list[str]]:
    """``parse`` applied to each distinct value, spread back over the rows.

    Empty cells become null without calling ``parse``. Returns the converted array and the
    distinct values ``parse`` rejected (with :class:`Bad`)."""
    array = flat(values)
    encoded = pc.dictionary_encode(pc.utf8_trim_whitespace(array))
    results: list[Any] = []
    bad: list[str] = []
    for text in encoded.dictionary.to_pylist():
        if text is None or text == "":
            results.append(None)
            continue
        try:
            results.append(parse(text))
        except Bad:
            results.append(None)
            bad.append(text)
    return pc.take(pa.array(results, type), encoded.indices), bad


def first_row(values: pa.ChunkedArray | pa.Array, bad: Sequence[str]) -> int:
    """Index of the first row whose trimmed value is one of ``bad``."""
    hits = pc.is_in(pc.utf8_trim_whitespace(values), value_set=pa.array(list(bad), pa.string()))
    return int(pc.index(hits, True).as_py())


def reject(sheet: Sheet, column: str, values: pa.ChunkedArray, bad: list[str], fix: str) -> None:
    if not bad:
        return
    index = first_row(values, bad)
    raise sheet.error(
        index,
        column,
        bad[0] if index < 0 else str(values[index].as_py()).strip(),
        _("this value cannot be read."),
        fix,
    )


# -- money and decimals ---------------------------------------------------------------


def strip_money(text: str) -> str:
    """The number in a money cell, without currency, spaces and thousands apostrophes."""
    return re.sub(r"[^\d.,()\-−]", "", text).replace("−", "-")


def decimal_mark(values: Sequence[str]) -> str:
    """The decimal separator a column uses, judged from all its distinct values."""
    cleaned = [strip_money(v) for v in values if v]
    for s in cleaned:
        if "." in s and "," in s:
            return "," if s.rfind(",") > s.rfind(".") else "."
    if any(re.search(r",(\d{1,2}|\d{4,})\)?$", s) for s in cleaned):
        return ","
    return "."


SCIENTIFIC = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+")


def parse_number(text: str, mark: str) -> float:
    if SCIENTIFIC.fullmatch(text.strip()):
        # 1e308 is an exponent, not 1308 with a stray letter: read it, then bound it.
        number = float(text)
        if not math.isfinite(number) or abs(number) > MAX_NUMBER:
            raise Bad(text)
        return number
    s = strip_money(text)
    negative = (s.startswith("(") and s.endswith(")")) or "-" in s
    s = s.strip("()-")
    thousands = "," if mark == "." else "."
    s = s.replace(thousands, "").replace(mark, ".")
    if not re.fullmatch(r"\d+(\.\d*)?|\.\d+", s):
        raise Bad(text)
    number = float(s)
    if not math.isfinite(number) or number > MAX_NUMBER:
        raise Bad(text)  # 5,000 digits or 1e308: a typo or an attack, never an amount
    return -number if negative else number


def numbers(sheet: Sheet, column: str | None) -> pa.Array | None:
    """A money or decimal column as float64 (``$1,234.50``, ``1.234,50 €``, ``(400.00)``)."""
    values = sheet.column(column)
    if values is None or column is None:
        return None
    distinct = pc.unique(pc.utf8_trim_whitespace(flat(values))).to_pylist()
    mark = decimal_mark([v for v in distinct if v])
    result, bad = map_distinct(values, lambda t: parse_number(t, mark), pa.float64())
    reject(sheet, column, values, bad, _("Use a plain number such as 1234.50."))
    return result


def currency_of(text: str, dollar: str = "USD") -> str | None:
    """The currency a money cell names by code or symbol (``$`` is ``dollar``)."""
    found = CODE.search(text)
    if found:
        return found.group(1)
    for symbol, code in DOLLARS.items():
        if symbol in text:
            return code
    for symbol, code in SYMBOLS.items():
        if symbol in text:
            return code
    if "$" in text:
        return dollar
    return None


def currencies(values: pa.ChunkedArray | None, dollar: str) -> pa.Array | None:
    if values is None:
        return None
    result, _bad = map_distinct(values, lambda t: currency_of(t, dollar), pa.string())
    return result


# -- hours ----------------------------------------------------------------------------

CLOCK = re.compile(r"(\d+):(\d{1,2})(?::(\d{1,2}))?")
MINUTES = re.compile(r"(\d+):(\d{2})\s*min")
UNITS = re.compile(r"(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?")


def parse_hours(text: str, mark: str) -> float:
    """``1:30:00``, ``1:30``, ``18:25 min`` (minutes:seconds), ``1h 30m``, ``1.5``, ``1,5``."""
    s = text.strip().lower()
    try:
        if m := CLOCK.fullmatch(s):
            hours = int(m[1]) + int(m[2]) / 60 + int(m[3] or 0) / 3600
        elif m := MINUTES.fullmatch(s):
            hours = int(m[1]) / 60 + int(m[2]) / 3600
        elif (m := UNITS.fullmatch(s)) and any(m.groups()):
            hours = int(m[1] or 0) + int(m[2] or 0) / 60 + int(m[3] or 0) / 3600
        else:
            hours = parse_number(s, mark)
    except (ValueError, OverflowError):  # thousands of digits
        raise Bad(text) from None
    # A negative duration, or one longer than a year, is no time actually spent.
    if not 0 <= hours <= MAX_HOURS:
        raise Bad(text)
    return hours


def hours(sheet: Sheet, column: str) -> pa.Array:
    values = sheet.column(column)
    assert values is not None
    distinct = pc.unique(pc.utf8_trim_whitespace(flat(values))).to_pylist()
    mark = decimal_mark([v for v in distinct if v and ":" not in v])
    result, bad = map_distinct(values, lambda t: parse_hours(t, mark), pa.float64())
    reject(sheet, column, values, bad, _("Durations read as 1:30:00, 1:30 or 1.5 (hours)."))
    return result


CLOCK_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?\s*m\.?)?")


def parse_clock(text: str) -> float:
    """A time of day (``13:05``, ``1:05:30 PM``) as hours since midnight."""
    m = CLOCK_TIME.fullmatch(text.strip().lower())
    if not m:
        raise Bad(text)
    hour, minute, second = int(m[1]), int(m[2]), int(m[3] or 0)
    if m[4]:
        if not 1 <= hour <= 12:
            raise Bad(text)
        hour = hour % 12 + (12 if m[4] == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise Bad(text)
    return hour + minute / 60 + second / 3600


def clock_times(sheet: Sheet, column: str) -> pa.Array:
    values = sheet.column(column)
    assert values is not None
    result, bad = map_distinct(values, parse_clock, pa.float64())
    reject(sheet, column, values, bad, _("Times read as 13:05, 13:05:30 or 1:05 PM."))
    return result


def spans(
    sheet: Sheet, start: tuple[pa.Array, str], end: tuple[pa.Array, str], order: str
) -> pa.Array:
    """Hours from a start to an end, each a (date column, time column name) pair, for
    exports that leave the duration out. An end before its start is refused."""
    (start_day, start_time), (end_day_column, end_time) = start, end
    end_day = dates(sheet, end_day_column, order, "mdy")
    days = pc.days_between(start_day, end_day).cast(pa.float64())
    hours = pc.add(
        pc.multiply(days, 24.0),
        pc.subtract(clock_times(sheet, end_time), clock_times(sheet, start_time)),
    )
    wrong = pc.fill_null(pc.or_(pc.less(hours, 0), pc.greater(hours, MAX_HOURS)), False)
    if pc.any(wrong).as_py():
        index = pc.index(wrong, True).as_py()
        raise sheet.error(
            index,
            end_time,
            str(sheet.table[end_time][index].as_py()),
            _("this entry ends before it starts, or lasts over a year."),
            _("Correct its start and end, or export the report with its Duration column."),
        )
    return hours


# -- dates ----------------------------------------------------------------------------

ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?")
NUMERIC = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})[/.\-](\d{4}|\d{2})(?:[ T,].*)?")
DAY_MONTH = re.compile(r"(\d{1,2})[ \-]([A-Za-z]{3,})\.?[ \-,]+(\d{4})(?:[ T,].*)?")
MONTH_DAY = re.compile(r"(?:[A-Za-z]+,? )?([A-Za-z]{3,})\.? (\d{1,2}),? (\d{4})(?:[ T,].*)?")


def date_order(values: Sequence[str]) -> str | None:
    """'dmy' or 'mdy' when the data settle it (a first part above 12 is a day), else None."""
    first_is_day = second_is_day = False
    for v in values:
        m = NUMERIC.fullmatch(v.strip())
        if not m or m[2] == ".":
            continue
        first_is_day |= int(m[1]) > 12
        second_is_day |= int(m[3]) > 12
    if first_is_day and not second_is_day:
        return "dmy"
    if second_is_day and not first_is_day:
        return "mdy"
    return None


def parse_date(text: str, order: str) -> date:
    s = text.strip()
    try:
        if m := ISO.fullmatch(s):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := NUMERIC.fullmatch(s):
            a, b, year = int(m[1]), int(m[3]), int(m[4])
            year += 2000 if year < 100 else 0
            # Dotted dates (15.01.2024) are day-first everywhere they are used.
            day, month = (a, b) if order == "dmy" or m[2] == "." else (b, a)
            return date(year, month, day)
        if m := DAY_MONTH.fullmatch(s):
            return date(int(m[3]), MONTHS[m[2][:3].lower()], int(m[1]))
        if m := MONTH_DAY.fullmatch(s):
            return date(int(m[3]), MONTHS[m[1][:3].lower()], int(m[2]))
    except (ValueError, KeyError):
        raise Bad(text) from None
    raise Bad(text)


def dates(
    sheet: Sheet, column: str, order: str, default: str, notices: list[str] | None = None
) -> pa.Array:
    """A date column as date32.

    ``order`` is the setting (``auto``, ``dmy``, ``mdy``); in ``auto`` the data decide when
    a day above 12 shows the order, else the format's ``default``, said in ``notices``."""
    values = sheet.column(column)
    assert values is not None
    chosen = order
    if order not in ("dmy", "mdy"):
        distinct = pc.unique(pc.utf8_trim_whitespace(flat(values))).to_pylist()
        found = date_order([v for v in distinct if v])
        chosen = found or default
        ambiguous = found is None and any(
            (m := NUMERIC.fullmatch(v or "")) and m[2] != "." for v in distinct
        )
        if ambiguous and notices is not None:
            notices.append(
                _(
                    "Dates in {column} could be day-first or month-first; they were read as "
                    "{order}. Set business.date_order to change this."
                ).format(column=column, order=order_label(chosen))
            )
    result, bad = map_distinct(values, lambda t: parse_date(t, chosen), pa.date32())
    reject(sheet, column, values, bad, _("Use dates such as 2024-03-31."))
    return result


DATE_ORDERS = ("auto", "dmy", "mdy")


def date_setting(config: Config) -> str:
    """``business.date_order``, checked: a typo must not silently swap days and months."""
    value = str(config.settings.business.date_order).strip().lower()
    if value not in DATE_ORDERS:
        raise ConfigError(
            _("business.date_order must be auto, dmy or mdy."),
            fix=_("Correct the value in the settings file."),
            where=Location(column="business.date_order", value=value),
        )
    return value


def order_label(order: str) -> str:
    return _("day/month/year") if order == "dmy" else _("month/day/year")


# -- flags and text -------------------------------------------------------------------


def parse_flag(text: str) -> bool | None:
    s = text.strip().lower()
    if s in TRUE:
        return True
    if s in FALSE:
        return False
    return None


def flags(values: pa.ChunkedArray | None) -> pa.Array | None:
    if values is None:
        return None
    result, _bad = map_distinct(values, parse_flag, pa.bool_())
    return result


def flat(values: pa.ChunkedArray | pa.Array) -> pa.Array:
    return values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values


def text(values: pa.ChunkedArray | pa.Array | None, rows: int) -> pa.Array:
    """Trimmed text; empty cells become null; an absent column is all null."""
    if values is None:
        return pa.nulls(rows, pa.string())
    trimmed = pc.utf8_trim_whitespace(flat(values))
    return pc.if_else(pc.equal(trimmed, ""), pa.scalar(None, pa.string()), trimmed)
