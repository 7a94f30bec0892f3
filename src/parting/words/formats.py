"""Numbers, money, shares and dates written the way the reader's language writes them.

Babel knows each locale's separators and currency placement (``1 234,50 €`` in French,
``€1,234.50`` in English). Every function takes the language; without one it is the
reader's language of now (``parting.i18n``, which the web keeps in step with Django's).

>>> money(1234.6, "EUR", "fr")
'1\\u202f235\\xa0€'
>>> share(0.25, lang="en"), share(0.25, lang="fr")
('25%', '25\\xa0%')
>>> number(None)
'—'
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

from parting.i18n import current_language, normalise_language

MISSING = "—"


@cache
def babel_locale(language: str) -> Locale:
    return Locale.parse(normalise_language(language))


def _language(lang: str | None) -> str:
    return normalise_language(lang or current_language())


def is_number(value: object) -> TypeGuard[float | int]:
    # A figure absent from stored metrics arrives as None or "".
    return isinstance(value, int | float) and not isinstance(value, bool)


def money(
    value: float | int | None, currency: str, lang: str | None = None, decimals: int = 0
) -> str:
    """Whole units by default (a portfolio reads better without cents)."""
    if not is_number(value):
        return MISSING
    code = _language(lang)
    if decimals:
        return format_currency(value, currency, locale=babel_locale(code))
    locale, pattern = _whole_units(code)
    return str(pattern.apply(value, locale, currency=currency, currency_digits=False))


@cache
def _whole_units(code: str) -> tuple[Locale, NumberPattern]:
    """The locale's currency pattern without decimals (parsed once per language)."""
    locale = babel_locale(code)
    pattern = copy.copy(locale.currency_formats["standard"])
    pattern.frac_prec = (0, 0)
    return locale, pattern


def number(value: float | int | None, decimals: int = 0, lang: str | None = None) -> str:
    if not is_number(value):
        return MISSING
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=fmt, locale=babel_locale(_language(lang)))


def share(value: float | None, decimals: int = 0, lang: str | None = None) -> str:
    """0.25 as "25%" (English) or "25 %" (French, Slovenian, Vietnamese)."""
    if not is_number(value):
        return MISSING
    code = _language(lang)
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "") + "\u00a0%"
    if code == "en":
        fmt = fmt.replace("\u00a0", "")
    return format_percent(value, format=fmt, locale=babel_locale(code))


def day(value: date | datetime | str | None, lang: str | None = None) -> str:
    if value is None or value == "":
        return MISSING
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        value = value.date()
    return format_date(value, format="medium", locale=babel_locale(_language(lang)))


def moment(value: datetime | None, zone: str, lang: str | None = None) -> str:
    """The day and the time of day (``Dec 6, 2026, 14:05``) in the time zone ``zone``."""
    if value is None:
        return MISSING
    local = value.astimezone(ZoneInfo(zone)) if value.tzinfo is not None else value
    locale = babel_locale(_language(lang))
    return (
        f"{format_date(local.date(), format='medium', locale=locale)}, "
        f"{format_time(local.time(), format='short', locale=locale)}"
    )
