"""Dates and amounts in a reader's language, through Babel."""

from __future__ import annotations

import re
from datetime import date

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, format_percent

from parting.i18n import current_language

# Vietnamese letters write the year with "năm" ("3 tháng 3 năm 2026"); the templates put
# "ngày" before it where the sentence needs it.
DATE_PATTERNS = {"vi": "d 'tháng' M 'năm' y"}
# Babel's long Slovenian date puts the month in the nominative ("1. november 2026"), which
# reads wrongly in a sentence ("do 1. november"): a date is written with the genitive.
SL_MONTHS = (
    "januarja",
    "februarja",
    "marca",
    "aprila",
    "maja",
    "junija",
    "julija",
    "avgusta",
    "septembra",
    "oktobra",
    "novembra",
    "decembra",
)


def when(day: date, lang: str | None = None) -> str:
    """A date as a letter writes it: "1 November 2026", "1er novembre 2026",
    "1. novembra 2026", "1 tháng 11 năm 2026"."""
    lang = lang or current_language()
    if lang == "sl":
        return f"{day.day}. {SL_MONTHS[day.month - 1]} {day.year}"
    text = format_date(day, DATE_PATTERNS.get(lang, "long"), locale=lang)
    if lang == "fr" and day.day == 1:  # French writes the first of the month as an ordinal
        text = re.sub(r"^1(?!\d)", "1er", text)
    return text


def money(amount: float, currency: str, lang: str | None = None) -> str:
    return format_currency(amount, currency, locale=lang or current_language())


def number(value: float, lang: str | None = None) -> str:
    return format_decimal(round(value, 1), locale=lang or current_language())


def percent(share: float, lang: str | None = None) -> str:
    return format_percent(share, locale=lang or current_language())
