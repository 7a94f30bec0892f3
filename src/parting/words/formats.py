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
>>> number(3.25, 1, "en", trim=True), number(3.0, 1, "en", trim=True)
('3.2', '3')
>>> money(-136, "EUR", "en"), number(-3.25, 1, "fr")  # the true minus, never a hyphen
('\u2212€136', '\u22123,2')
>>> letter_day(date(2026, 11, 1), "fr"), letter_day(date(2026, 11, 1), "sl")
('1er novembre 2026', '1. novembra 2026')
>>> quoted(["tout de suite", "urgent"], "fr"), quoted(["takoj"], "sl")
('«\xa0tout de suite\xa0», «\xa0urgent\xa0»', '»takoj«')
"""

from __future__ import annotations

import copy
import math
import re
from datetime import date, datetime
from decimal import ROUND_HALF_EVEN, Decimal
from functools import cache
from typing import Any, TypeGuard
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import (
    NumberPattern,
    format_currency,
    format_decimal,
    format_percent,
    get_currency_precision,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
)

from parting.i18n import current_language, normalise_language

MISSING = "—"
# A negative figure is written with the true minus sign ("−€136", "−3,2", "−25 %") on every
# surface — the pages, the command line, the reasons, the letters — never a hyphen, which
# reads as a dash and breaks from its number at a line end. Files for a spreadsheet write
# the hyphen-minus a spreadsheet reads as a number (``sheet_number``).
MINUS = "\u2212"


@cache
def babel_locale(language: str) -> Locale:
    return Locale.parse(normalise_language(language))


def _language(lang: str | None) -> str:
    return normalise_language(lang or current_language())


def is_number(value: object) -> TypeGuard[float | int]:
    # A figure absent from stored metrics arrives as None or "".
    return isinstance(value, int | float) and not isinstance(value, bool)


def _plain(value: float | int) -> float | int:
    """Negative zero as zero: nobody writes "-0 %"."""
    return 0 if value == 0 else value


def _signed(text: str) -> str:
    """``text`` as Babel wrote it, its leading hyphen-minus the true minus (``MINUS``) —
    or none when what is written rounds to zero: nobody writes "−€0" or "−0 %"."""
    if not text.startswith("-"):
        return text
    return MINUS + text[1:] if _NOT_ZERO.search(text) else text[1:]


_NOT_ZERO = re.compile("[1-9]")


def money(
    value: float | int | None, currency: str, lang: str | None = None, decimals: int = 0
) -> str:
    """Whole units by default (a portfolio reads better without cents)."""
    if not is_number(value):
        return MISSING
    value = _plain(value)
    code = _language(lang)
    if decimals:
        return _signed(format_currency(value, currency, locale=babel_locale(code)))
    locale, pattern = _whole_units(code)
    return _signed(str(pattern.apply(value, locale, currency=currency, currency_digits=False)))


@cache
def _whole_units(code: str) -> tuple[Locale, NumberPattern]:
    """The locale's currency pattern without decimals (parsed once per language)."""
    locale = babel_locale(code)
    pattern = copy.copy(locale.currency_formats["standard"])
    pattern.frac_prec = (0, 0)
    return locale, pattern


def owes(value: float | int | None) -> bool:
    """Whether ``value`` is an amount still owed: a cent or more. Nothing, a credit, or
    less than half a cent is nothing owed — on the pages, in the plan and in the letters."""
    return is_number(value) and round(value, 2) > 0


def owed(value: float | int | None, currency: str, lang: str | None = None) -> str:
    """An amount owed, to the cent, as every surface states it — the pages, the sign's
    reason and figures, the plan and the letters (``€900.40``): a sum someone must pay is
    written as the invoice writes it, never rounded to whole units as revenue is. Nothing
    owed is written as the dash of a figure that is not there (``—``).

    >>> owed(900.4, "EUR", "en"), owed(0.0, "EUR", "en"), owed(0.001, "EUR", "fr")
    ('€900.40', '—', '—')
    """
    return money(value, currency, lang, decimals=2) if owes(value) else MISSING


def number(
    value: float | int | None, decimals: int = 0, lang: str | None = None, trim: bool = False
) -> str:
    """``decimals`` digits after the mark; with ``trim``, at most that many ("3", "3.2")."""
    if not is_number(value):
        return MISSING
    value = _plain(value)
    fmt = "#,##0" + ("." + ("#" if trim else "0") * decimals if decimals else "")
    return _signed(format_decimal(value, format=fmt, locale=babel_locale(_language(lang))))


def share(value: float | None, decimals: int = 0, lang: str | None = None) -> str:
    """0.25 as "25%" (English) or "25 %" (French, Slovenian, Vietnamese)."""
    if not is_number(value):
        return MISSING
    value = _plain(value)
    code = _language(lang)
    fmt = "#,##0" + ("." + "0" * decimals if decimals else "") + "\u00a0%"
    if code == "en":
        fmt = fmt.replace("\u00a0", "")
    return _signed(format_percent(value, format=fmt, locale=babel_locale(code)))


def sheet_number(value: float | int | None, decimals: int = 2, lang: str | None = None) -> str:
    """A figure in a spreadsheet file for a person (the pages' downloads): the reader's
    decimal mark, no thousands mark, the hyphen-minus a spreadsheet reads as a number, and
    an empty cell for a figure that is not there — so a French, Slovenian or Vietnamese
    spreadsheet program reads "5000,00" as a number where "5000.00" would be text. Files for
    programs (``parting score --format csv``, ``parting export``) keep the dot.

    >>> sheet_number(-1234.5, 2, "en"), sheet_number(-1234.5, 2, "fr"), sheet_number(None)
    ('-1234.50', '-1234,50', '')
    """
    if not is_number(value) or not math.isfinite(value):
        return ""
    text = f"{_plain(value):.{decimals}f}"
    return text.replace(".", get_decimal_symbol(babel_locale(_language(lang))))


def sheet_separator(lang: str | None = None) -> str:
    """The cell separator of such a file: a comma, or a semicolon where the comma is the
    decimal mark — what the reader's spreadsheet program expects when the file is opened."""
    return ";" if get_decimal_symbol(babel_locale(_language(lang))) == "," else ","


# How each language quotes someone's words: the marks the translations use around a
# value, so that words quoted from a message or a draft read as the sentence around them.
QUOTES = {"en": ("“", "”"), "fr": ("«\u00a0", "\u00a0»"), "vi": ("“", "”"), "sl": ("»", "«")}


def quoted(words: list[str] | tuple[str, ...], lang: str | None = None) -> str:
    """Each of ``words`` between the language's quotation marks, joined by commas."""
    start, end = QUOTES.get(_language(lang), QUOTES["en"])
    return ", ".join(f"{start}{word}{end}" for word in words)


def day(value: date | datetime | str | None, lang: str | None = None) -> str:
    if value is None or value == "":
        return MISSING
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        value = value.date()
    code = _language(lang)
    return _first_of_month(
        format_date(value, format="medium", locale=babel_locale(code)), value, code
    )


def _first_of_month(text: str, value: date, code: str) -> str:
    """French writes the first of the month as an ordinal ("1er mai"), short dates too."""
    if code == "fr" and value.day == 1:
        return re.sub(r"^1(?!\d)", "1er", text)
    return text


def moment(value: datetime | None, zone: str, lang: str | None = None) -> str:
    """The day, written as ``day`` writes it, and the time of day (``Dec 6, 2026,
    2:05 PM``, ``1er déc. 2026, 14:05``) in the time zone ``zone``. The one way a time
    is written: the pages show it as the server wrote it, no script rewrites it."""
    if value is None:
        return MISSING
    local = value.astimezone(ZoneInfo(zone)) if value.tzinfo is not None else value
    code = _language(lang)
    time_of_day = format_time(local.time(), format="short", locale=babel_locale(code))
    return f"{day(local.date(), code)}, {time_of_day}"


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


def letter_day(day: date, lang: str | None = None) -> str:
    """A date as a sentence writes it: "1 November 2026", "1er novembre 2026",
    "1. novembra 2026", "1 tháng 11 năm 2026"."""
    code = _language(lang)
    if code == "sl":
        return f"{day.day}. {SL_MONTHS[day.month - 1]} {day.year}"
    text = format_date(day, DATE_PATTERNS.get(code, "long"), locale=babel_locale(code))
    return _first_of_month(text, day, code)


@cache
def _marks(language: str, currency: str) -> tuple[str, str, str, bool]:
    """Group and decimal marks, currency symbol and whether it goes first, from Babel once."""
    locale = babel_locale(language)
    pattern = locale.currency_formats["standard"].pattern
    first = pattern.lstrip("#,0.;").startswith("¤") or pattern[0] == "¤"
    symbol = get_currency_symbol(currency, locale)
    return get_group_symbol(locale), get_decimal_symbol(locale), symbol, first


class Formats:
    """``money``, ``owed``, ``share`` and ``number`` for one currency in the reader's
    language of now, writing exactly what those functions write (a test holds them to it)
    about twenty times faster: the marks come from Babel once, so a sentence for each of a
    million clients (``engine.reasons``) takes seconds, not minutes."""

    def __init__(self, currency: str, lang: str | None = None) -> None:
        self.lang = _language(lang)
        self.group, self.decimal, self.symbol, self.symbol_first = _marks(self.lang, currency)
        self.digits = get_currency_precision(currency)  # a cent: 2 for the euro, 0 for the đồng
        self.cent = Decimal(1).scaleb(-self.digits)

    def number(self, value: Any, digits: int = 0) -> str:
        """As ``number(value, digits, trim=True)``."""
        text = f"{float(value or 0):,.{digits}f}"
        if digits:
            text = text.rstrip("0").rstrip(".")
        text = _signed(text)
        return text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.group)

    def money(self, value: Any) -> str:
        """As ``money(value, currency)``: whole units."""
        amount = float(value or 0)
        return self._amount(self.number(abs(amount)), amount < 0)

    def owes(self, value: Any) -> bool:
        """As ``owes(value)``, for a figure of any numeric type (the reasons' are NumPy's)."""
        return owes(float(value or 0))

    def owed(self, value: Any) -> str:
        """As ``owed(value, currency)``: to the cent, or "—" when nothing is owed."""
        if not self.owes(value):
            return MISSING
        # Rounded as Babel rounds: the decimal the float is written as, half to even.
        amount = Decimal(str(float(value))).quantize(self.cent, ROUND_HALF_EVEN)
        text = f"{amount:,.{self.digits}f}"
        marks = text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.group)
        return self._amount(marks, False)

    def _amount(self, digits: str, negative: bool) -> str:
        sign = MINUS if negative and _NOT_ZERO.search(digits) else ""
        if self.symbol_first:
            return f"{sign}{self.symbol}{digits}"
        return f"{sign}{digits}\u00a0{self.symbol}"

    def share(self, value: Any) -> str:
        """As ``share(value)``: a whole percentage."""
        text = self.number(100 * float(value or 0))
        return f"{text}%" if self.lang == "en" else f"{text}\u00a0%"

    def day(self, value: Any) -> str:
        """A date (or its ISO text) as a sentence writes it (``letter_day``)."""
        day = date.fromisoformat(value) if isinstance(value, str) else value
        return letter_day(day, self.lang) if day else MISSING


# A date typed into a form, in the reader's order (the order ``day`` writes it in): the
# parts' order, how they are written, and what the empty field shows. A browser's own date
# picker follows the browser's language, not the page's, so the web's date fields are
# text in this order; a year first (2026-03-31) is read as such in every language.
DAY_INPUT: dict[str, tuple[str, str, str]] = {
    "en": ("mdy", "{m:02}/{d:02}/{y}", "mm/dd/yyyy"),
    "fr": ("dmy", "{d:02}/{m:02}/{y}", "jj/mm/aaaa"),
    "vi": ("dmy", "{d:02}/{m:02}/{y}", "dd/mm/yyyy"),
    "sl": ("dmy", "{d}. {m}. {y}", "d. m. llll"),
}
_DAY_PARTS = re.compile(r"\d+")


def _day_input(lang: str | None) -> tuple[str, str, str]:
    return DAY_INPUT.get(_language(lang), DAY_INPUT["en"])


def day_input(value: date, lang: str | None = None) -> str:
    """``value`` as the reader types a date: "03/31/2026", "31/03/2026", "31. 3. 2026"."""
    return _day_input(lang)[1].format(d=value.day, m=value.month, y=value.year)


def day_input_hint(lang: str | None = None) -> str:
    """What an empty date field shows: "jj/mm/aaaa" in French."""
    return _day_input(lang)[2]


def parse_day_input(text: str, lang: str | None = None) -> date | None:
    """The date typed in the reader's order (any of / . - or spaces between the parts, a
    two-digit year meaning this century), or year first; None if it is no date."""
    parts = _DAY_PARTS.findall(text)
    if len(parts) != 3 or not "".join(parts).isascii():
        return None
    order = "ymd" if len(parts[0]) == 4 else _day_input(lang)[0]
    values = dict(zip(order, (int(p) for p in parts), strict=True))
    if len(parts[order.index("y")]) not in (2, 4):
        return None
    year = values["y"] + 2000 if values["y"] < 100 else values["y"]
    try:
        return date(year, values["m"], values["d"])
    except ValueError:
        return None
