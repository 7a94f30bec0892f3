"""A figure as a person reads it: its label and its value in its unit, the threshold beside
it, in the reader's language.

>>> from parting.i18n import activate
>>> activate("en")
>>> value("late_share", 0.75, "EUR")
'75%'
>>> value("margin_share", -9.66, "EUR")  # far outside 0–100 %: a multiple reads better
'−9.7×'
>>> value("tenure_days", 1982, "EUR")
'5.4 years'
>>> [(r.label, r.value, r.threshold) for r in rows({"late_share": 0.75,
...     "late_share_threshold": 0.5}, "EUR", "late_share")]
[('Invoices paid late', '75%', '50%')]
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from parting.figures import THRESHOLD, figure, is_declared, is_threshold
from parting.i18n import _, ngettext
from parting.words import formats

# A share beyond ±200 % ("margin −966 % of revenue") is written as a multiple (−9.7×).
SHARE_AS_MULTIPLE = 2.0
DAYS_AS_YEARS = 730  # two years and more read better in years


@dataclass(frozen=True)
class FigureRow:
    id: str
    label: str
    value: str
    threshold: str | None  # the threshold the value is compared with, in the same unit
    deciding: bool  # this figure's threshold is the one that made the sign fire


def label(figure_id: str) -> str:
    return _(figure(figure_id).label)


def value(figure_id: str, raw: Any, currency: str, lang: str | None = None) -> str:
    """``raw`` written in the unit of ``figure_id``."""
    declared = figure(figure_id)
    if declared.unit == "flag":
        return _("yes") if raw else _("no")
    if declared.unit == "date":
        return formats.day(raw, lang) if isinstance(raw, str) and raw else formats.MISSING
    if not formats.is_number(raw) or math.isnan(raw):
        return formats.MISSING
    if math.isinf(raw):
        return "∞" if raw > 0 else formats.MINUS + "∞"
    unit, decimals = declared.unit, declared.decimals
    if unit == "money":
        return formats.money(raw, currency, lang, decimals)
    if unit == "owed":
        return formats.owed(raw, currency, lang)
    if unit == "share":
        if abs(raw) >= SHARE_AS_MULTIPLE:
            return _("{times}×").format(times=formats.number(raw, 1, lang))
        return formats.share(raw, decimals, lang)
    if unit == "hours":
        return _("{hours} h").format(hours=formats.number(raw, decimals, lang))
    if unit == "days":
        if abs(raw) >= DAYS_AS_YEARS:
            return _("{years} years").format(years=formats.number(raw / 365.25, 1, lang))
        days = round(raw)
        return ngettext("{days} day", "{days} days", abs(days)).format(
            days=formats.number(days, 0, lang)
        )
    return formats.number(raw, decimals, lang)


def rows(
    figures: Mapping[str, Any], currency: str, deciding: str = "", lang: str | None = None
) -> list[FigureRow]:
    """A sign's figures, each with its threshold beside it (not on a row of its own).

    A figure no declaration names (stored by an older version) is left out: no raw id
    ever reaches a reader."""
    return [
        FigureRow(
            name,
            label(name),
            value(name, raw, currency, lang),
            value(name, figures[name + THRESHOLD], currency, lang)
            if figures.get(name + THRESHOLD) is not None
            else None,
            name == deciding,
        )
        for name, raw in figures.items()
        if not is_threshold(name) and is_declared(name)
    ]
