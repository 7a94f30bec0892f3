"""Numbers, money, shares and dates written the way the reader's language writes them.

Babel knows each locale's separators and currency placement (``1 234,50 €`` in French,
``€1,234.50`` in English); Django's active language picks the locale.
"""

from __future__ import annotations

import copy
from datetime import date, datetime
from functools import cache
from typing import TypeGuard
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import NumberPattern, format_currency, format_decimal, format_percent
from django.utils import timezone
from django.utils.translation import get_language

from parting.i18n import normalise_language


def locale() -> str:
    return normalise_language(get_language())


@cache
def _babel_locale(code: str) -> Locale:
    return Locale.parse(code)


def _is_number(value: object) -> TypeGuard[float | int]:
    # A figure absent from stored metrics reaches a template as None or "".
    return isinstance(value, int | float) and not isinstance(value, bool)


def money(value: float | int | None, currency: str, decimals: int = 0) -> str:
    """Whole units by default (a portfolio reads better without cents)."""
    if not _is_number(value):
        return "—"
    if decimals:
        return format_currency(value, currency, locale=_babel_locale(locale()))
    babel_locale, pattern = _whole_units(locale())
    return str(pattern.apply(value, babel_locale, currency=currency, currency_digits=False))


@cache
def _whole_units(code: str) -> tuple[Locale, NumberPattern]:
    """The locale's currency pattern without decimals (parsed once per language)."""
    babel_locale = _babel_locale(code)
    pattern = copy.copy(babel_locale.currency_formats["standard"])
    pattern.frac_prec = (0, 0)
    return babel_locale, pattern


def number(value: float | int | None, decimals: int = 0) -> str:
    if not _is_number(value):
        return "—"
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=fmt, locale=_babel_locale(locale()))


def share(value: float | None, decimals: int = 0) -> str:
    if not _is_number(value):
        return "—"
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "") + "\u00a0%"
    if locale() == "en":
        fmt = fmt.replace("\u00a0", "")
    return format_percent(value, format=fmt, locale=_babel_locale(locale()))


def day(value: date | datetime | str | None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        value = value.date()
    return format_date(value, format="medium", locale=_babel_locale(locale()))


def moment(value: datetime | None, zone: str) -> str:
    """The day and the time of day (``6 Dec 2026, 14:05``) in the business's time zone."""
    if value is None:
        return "—"
    local = timezone.localtime(value, ZoneInfo(zone)) if timezone.is_aware(value) else value
    code = _babel_locale(locale())
    return f"{format_date(local.date(), format='medium', locale=code)}, " + format_time(
        local.time(), format="short", locale=code
    )
