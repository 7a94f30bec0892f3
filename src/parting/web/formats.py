"""The web's formats: ``parting.words.formats`` in the language Django chose for the
request (the templates' ``|money``, ``|owed``, ``|number``, ``|share``, ``|day``, ``|moment`` and
``|quoted``)."""

from __future__ import annotations

from datetime import date, datetime

from django.utils.translation import get_language

from parting.i18n import normalise_language
from parting.words import formats


def locale() -> str:
    return normalise_language(get_language())


def money(value: float | int | None, currency: str, decimals: int = 0) -> str:
    return formats.money(value, currency, locale(), decimals)


def owed(value: float | int | None, currency: str) -> str:
    return formats.owed(value, currency, locale())


owes = formats.owes
MINUS = formats.MINUS


def number(value: float | int | None, decimals: int = 0) -> str:
    return formats.number(value, decimals, locale())


def sheet_number(value: float | int | None, decimals: int = 2) -> str:
    return formats.sheet_number(value, decimals, locale())


def sheet_separator() -> str:
    return formats.sheet_separator(locale())


def share(value: float | None, decimals: int = 0) -> str:
    return formats.share(value, decimals, locale())


def day(value: date | datetime | str | None) -> str:
    return formats.day(value, locale())


def moment(value: datetime | None, zone: str) -> str:
    return formats.moment(value, zone, locale())


def quoted(words: list[str]) -> str:
    return formats.quoted(words, locale())
