"""Importers: the exports people actually have, read into Parting's tables.

``detect(path)`` names the format of a file or folder from its header or first bytes;
``read(path, config)`` reads it into a :class:`Parsed` — Parting tables whose
``client_id`` holds the source's own client keys, the :class:`ClientRef` naming each of
them (linked to stored clients by ``parting.ingest.matching``), the rows left out with
their reasons, and notices about choices made (ignored columns, date order, currency).

Each format module's docstring says what is fatal (an ``InputError`` naming file, row,
column, value and the fix) and what is only skipped.

Settings read (``[business]``): ``date_order`` (``auto``/``dmy``/``mdy``, for exports whose
dates could be either), ``own_domains`` (which mail is outgoing), ``payment_terms_days``
(due dates for exports without one), ``timezone`` (mail dates without a zone) and
``currency`` (amounts without one). Client matching is in ``parting.ingest.matching``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from parting.config import Config
from parting.i18n import _
from parting.ingest.detect import FORMATS, detect
from parting.ingest.parsed import ClientRef, Parsed, Skip

__all__ = ["FORMATS", "ClientRef", "Parsed", "Skip", "detect", "read"]

Progress = Callable[[int], None]


def read(
    path: Path,
    config: Config,
    *,
    format: str | None = None,
    progress: Progress | None = None,
) -> Parsed:
    """Read the export at ``path`` (its format detected unless given).

    >>> parsed = read(Path("tests/data/exports/toggl_detailed.csv"), Config())
    >>> parsed.format, parsed.tables["time_entries"].num_rows
    ('toggl', 6)
    """
    from parting.ingest.detect import format_label, reader

    path = Path(path)
    chosen = format or detect(path)
    parsed = reader(chosen)(path, config, progress)
    if format is None:
        label = format_label(chosen)
        parsed.notices.insert(0, _("Read as {format}.").format(format=label))
    return parsed
