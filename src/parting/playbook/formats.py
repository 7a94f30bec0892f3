"""Dates and amounts in a reader's language, through Babel."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from parting.i18n import current_language

# Babel's long Slovenian date puts the month in the nominative ("3. marec"), which reads
# wrongly after a preposition ("do 3. marec"); the numeric form is the business norm.
# Vietnamese letters write the year with "năm" ("3 tháng 3 năm 2026").
DATE_PATTERNS = {"sl": "d. M. y", "vi": "d 'tháng' M 'năm' y"}


def when(day: date, lang: str | None = None) -> str:
    lang = lang or current_language()
    return format_date(day, DATE_PATTERNS.get(lang, "long"), locale=lang)


def money(amount: float, currency: str, lang: str | None = None) -> str:
    return format_currency(amount, currency, locale=lang or current_language())


def number(value: float, lang: str | None = None) -> str:
    return format_decimal(round(value, 1), locale=lang or current_language())


def percent(share: float, lang: str | None = None) -> str:
    return format_percent(share, locale=lang or current_language())
