"""Values a person types on the command line and reads back in its messages.

The engine's ids are snake_case (``public_criticism``, ``part_ways``); a person types and
reads them as kebab-case words (``public-criticism``, ``part-ways``) or as the value's label
in their own language (``"critique publique"``). The old snake_case spelling is still
accepted, so scripts written against it keep working.

>>> from parting.i18n import activate
>>> activate("en")
>>> spoken("part_ways_now"), chosen("Part-Ways", ("keep", "part_ways"))
('part-ways-now', 'part_ways')
>>> chosen("part ways now", ("part_ways_now",)), chosen("nope", ("keep",)) is None
('part_ways_now', True)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from parting.i18n import _


def spoken(value: str) -> str:
    """An id as a person types it: ``public_criticism`` -> ``public-criticism``."""
    return value.replace("_", "-")


def spoken_list(values: Iterable[str]) -> str:
    """The allowed values for a help text or an error's fix: ``keep, watch, part-ways``."""
    return ", ".join(spoken(v) for v in values)


def _folded(text: str) -> str:
    return " ".join(text.replace("-", " ").replace("_", " ").casefold().split())


def chosen(
    typed: str, allowed: Iterable[str], labels: Mapping[str, str] | None = None
) -> str | None:
    """The id among ``allowed`` that ``typed`` names, or None.

    Any case, with hyphens, underscores or spaces between the words, or the value's label
    (``labels[id]``, a msgid) in the reader's language or in English."""
    key = _folded(typed)
    ids = tuple(allowed)
    for value in ids:
        if _folded(value) == key:
            return value
    for value in ids:
        label = (labels or {}).get(value)
        if label is not None and key in (_folded(_(label)), _folded(label)):
            return value
    return None
