"""What an import did, told to the owner in their words: the file as they named it, the
export's product name, clients by name, counts per kind of record that add up to the rows
read, and a plain warning when the data is older than the window the scoring looks at.
Nothing of the server (temporary folders) or of the command line (flags) reaches the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from django.db.models import Max
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from parting.config import Config
from parting.errors import InputError, PartingError
from parting.ingest.detect import LABELS as FORMAT_LABELS
from parting.ingest.detect import format_label as named_format
from parting.store.models import Client, ImportBatch, Invoice, TimeEntry
from parting.web import formats


def record_kind(table: str, n: int) -> str:
    """``"12 time entries"`` in the reader's language."""
    kinds = {
        "clients": ngettext("%(n)s client", "%(n)s clients", n),
        "projects": ngettext("%(n)s project", "%(n)s projects", n),
        "time_entries": ngettext("%(n)s time entry", "%(n)s time entries", n),
        "invoices": ngettext("%(n)s invoice", "%(n)s invoices", n),
        "payments": ngettext("%(n)s payment", "%(n)s payments", n),
        "messages": ngettext("%(n)s message", "%(n)s messages", n),
        "incidents": ngettext("%(n)s incident", "%(n)s incidents", n),
        "judgements": ngettext("%(n)s judgement", "%(n)s judgements", n),
    }
    return kinds.get(table, ngettext("%(n)s record", "%(n)s records", n)) % {"n": formats.number(n)}


def format_label(fmt: str) -> str:
    return named_format(fmt) if fmt in FORMAT_LABELS else _("Other export")


@dataclass
class Report:
    batch: ImportBatch
    file: str
    format: str
    written: list[str] = field(default_factory=list)  # "12 time entries added, 3 updated"
    new_clients: list[str] = field(default_factory=list)
    too_old: str = ""


def report(batch: ImportBatch, config: Config, checked_only: bool = False) -> Report:
    summary = batch.summary or {}
    shown = Report(batch=batch, file=Path(batch.source).name, format=format_label(batch.format))
    for table, counts in (summary.get("tables") or {}).items():
        added, updated = int(counts.get("added", 0)), int(counts.get("updated", 0))
        if added or updated:
            shown.written.append(
                _("%(records)s: %(added)s new, %(updated)s updated")
                % {
                    "records": record_kind(table, added + updated),
                    "added": formats.number(added),
                    "updated": formats.number(updated),
                }
            )
    ids = list(summary.get("new_clients") or [])
    names = dict(Client.objects.filter(pk__in=ids).values_list("client_id", "name"))
    # A dry run rolled its new clients back: their ids are all that is left, and are not
    # shown; the count says enough.
    shown.new_clients = sorted((names[i] for i in ids if i in names), key=str.casefold)
    if not checked_only:
        shown.too_old = _too_old(batch, config)
    return shown


def _too_old(batch: ImportBatch, config: Config) -> str:
    """Data that ends before the scoring window counts for nothing: say so, with the way
    to include it, instead of letting clients appear with no revenue and no hours."""
    days = int(config.settings.unprofitable.window_days)
    latest = [
        TimeEntry.objects.filter(batch=batch).aggregate(last=Max("date"))["last"],
        Invoice.objects.filter(batch=batch).aggregate(last=Max("issued_on"))["last"],
    ]
    dated = [d for d in latest if d is not None]
    if not dated:
        return ""
    last = max(dated)
    if last >= date.today() - timedelta(days=days):
        return ""
    return _(
        "The newest record in this file is from %(last)s, older than the last %(days)s days "
        "the scoring looks at: it counts for no client's revenue or hours. To include it, "
        "lengthen the look-back window in Settings."
    ) % {"last": formats.day(last), "days": formats.number(days)}


def for_the_owner(error: PartingError, names: dict[str, str]) -> str:
    """An import error with the server's temporary path replaced by the file's own name,
    and the command line's advice by the page's."""
    if not isinstance(error, InputError):
        return str(error)
    where = error.where
    for kind in ("file", "folder", "path"):  # a server's temporary path, named as what it is
        named = getattr(where, kind)
        if named:
            setattr(where, kind, names.get(named, Path(named).name))
    if "--format" in error.fix:
        error.fix = _("Choose its format in the Format list and import it again.")
    return error.message()
