"""Every figure Parting shows, declared once: its id, its label and its unit.

A sign's own figures are declared in its module (``SignSpec.figures``); the figures of a
client's metrics, which several signs show, are declared here. ``figure`` finds either.

The engine computes figures under these ids (a sign's evidence, a client's metrics); every
surface — the web pages, the CLI, the letters, the exports — looks the id up here to say
what the figure is and to write its value (``parting.words``). A threshold is the figure's
own id with ``_threshold`` after it; the number of records a sign cites from a table is
``<table>_count``. Both are derived, so they need no line of their own.

The labels are English message ids, translated when shown (``gettext_noop`` marks them
for the catalogs).

>>> figure("late_share").unit
'share'
>>> figure("late_share_threshold").label
'Invoices paid late'
>>> figure("time_entries_count").unit
'count'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from parting.errors import PartingError
from parting.i18n import gettext_noop

# "owed" is money someone must pay: written to the cent, and "—" when nothing is owed
# (``words.formats.owed``), on every surface; other money is written in whole units.
Unit = Literal["money", "owed", "hours", "share", "days", "count", "ratio", "score", "flag", "date"]
UNITS: tuple[Unit, ...] = Unit.__args__  # type: ignore[attr-defined]

THRESHOLD = "_threshold"
COUNT = "_count"


@dataclass(frozen=True)
class Figure:
    id: str
    label: str  # English; translated at display
    unit: Unit
    decimals: int = 0  # digits after the decimal mark (money: whole units unless set)


def _declare(*figures: Figure) -> dict[str, Figure]:
    return {f.id: f for f in figures}


# A client's metrics and what a verdict adds; the signs' own figures are in their modules.
SHARED_FIGURES: dict[str, Figure] = _declare(
    # A client's portfolio figures over the scoring window (``ClientMetrics``).
    Figure("revenue", gettext_noop("Revenue"), "money"),
    Figure("hours", gettext_noop("Hours"), "hours", 1),
    Figure("cost", gettext_noop("Cost of staff time"), "money"),
    Figure("margin", gettext_noop("Margin"), "money"),
    Figure("effective_rate", gettext_noop("Effective hourly rate"), "money"),
    Figure("overdue", gettext_noop("Overdue balance"), "owed"),
    Figure("owed", gettext_noop("Still owed"), "owed"),
    Figure("effort_share", gettext_noop("Share of staff hours"), "share", 1),
    Figure("revenue_share", gettext_noop("Share of revenue"), "share", 1),
    # A repair plan that failed (the verdict rules): the day it began.
    Figure("repair_started_on", gettext_noop("Repair begun on"), "date"),
)

# The records a sign cites, per table: "<table>_count".
RECORD_COUNTS: dict[str, str] = {
    "time_entries": gettext_noop("Time entries behind this sign"),
    "invoices": gettext_noop("Invoices behind this sign"),
    "messages": gettext_noop("Messages behind this sign"),
    "incidents": gettext_noop("Incidents behind this sign"),
    "projects": gettext_noop("Projects behind this sign"),
}


class UnknownFigure(PartingError):
    """A figure id no declaration names: a programming error, caught by the tests."""


@cache
def declared() -> dict[str, Figure]:
    """Every declared figure: the shared ones and each sign's."""
    from parting.engine.signs import SIGN_FIGURES  # the engine's signs import ``Figure``

    clash = [f for f in SIGN_FIGURES.values() if SHARED_FIGURES.get(f.id, f) != f]
    if clash:
        raise UnknownFigure(f"figures declared twice, differently: {clash}")
    return {**SHARED_FIGURES, **SIGN_FIGURES}


def figure(figure_id: str) -> Figure:
    """The declaration of ``figure_id``, a threshold's being its figure's."""
    figures = declared()
    if figure_id in figures:
        return figures[figure_id]
    if figure_id.endswith(THRESHOLD) and figure_id.removesuffix(THRESHOLD) in figures:
        return figures[figure_id.removesuffix(THRESHOLD)]
    table = figure_id.removesuffix(COUNT)
    if figure_id.endswith(COUNT) and table in RECORD_COUNTS:
        return Figure(figure_id, RECORD_COUNTS[table], "count")
    raise UnknownFigure(f"no figure is declared as {figure_id!r}")


def is_threshold(figure_id: str) -> bool:
    return figure_id.endswith(THRESHOLD)


def is_declared(figure_id: str) -> bool:
    try:
        figure(figure_id)
    except UnknownFigure:
        return False
    return True
