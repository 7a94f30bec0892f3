"""Numbers, money, shares and dates written the way the reader's language writes them.

Babel knows each locale's separators and currency placement (``1 234,50 €`` in French,
``€1,234.50`` in English); Django's active language picks the locale.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent
from django.utils.translation import get_language

from parting.i18n import normalise_language


def locale() -> str:
    return normalise_language(get_language())


def money(value: float | int | None, currency: str, decimals: int = 0) -> str:
    if value is None:
        return "—"
    pattern = None if decimals else "¤#,##0;-¤#,##0"
    if pattern and locale() in ("fr", "vi", "sl"):
        pattern = "#,##0\u00a0¤;-#,##0\u00a0¤"
    return format_currency(
        value, currency, format=pattern, locale=locale(), currency_digits=bool(decimals)
    )


def number(value: float | int | None, decimals: int = 0) -> str:
    if value is None:
        return "—"
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=fmt, locale=locale())


def share(value: float | None, decimals: int = 0) -> str:
    if value is None:
        return "—"
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "") + "\u00a0%"
    if locale() == "en":
        fmt = fmt.replace("\u00a0", "")
    return format_percent(value, format=fmt, locale=locale())


def day(value: date | datetime | str | None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        value = value.date()
    return format_date(value, format="medium", locale=locale())
