"""What an importer hands back: the tables it read, the clients they name, and what it left out.

Every importer returns one :class:`Parsed`. The workspace store persists it in one
transaction and links each :class:`ClientRef` to a stored client (``parting.ingest.matching``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow.compute as pc

from parting.i18n import ngettext
from parting.schema import Tables, complete


@dataclass(frozen=True)
class ClientRef:
    """A client as one source names it."""

    key: str  # the value used in the client_id column of this source's tables
    name: str | None
    emails: tuple[str, ...] = ()


@dataclass
class Skip:
    """A row not imported, with a translated reason."""

    file: str
    row: int | None
    reason: str


@dataclass
class Parsed:
    format: str
    source: str
    tables: Tables
    clients: list[ClientRef]
    skipped: list[Skip] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    rows_read: int = 0


def finish(
    format: str,
    source: str,
    tables: Tables,
    clients: list[ClientRef],
    skipped: list[Skip],
    notices: list[str],
    rows_read: int,
) -> Parsed:
    """A ``Parsed`` whose tables carry every schema table and column, typed."""
    tables = complete(tables)
    negative = sum(
        pc.sum(pc.fill_null(pc.less(tables[name]["amount"], 0), False)).as_py() or 0
        for name in ("invoices", "payments")
    )
    if negative:
        # A credit note or a refund is negative: kept, and said, in case it is a mistake.
        from parting.words.formats import number

        notices = [
            *notices,
            ngettext(
                "{file}: {n} negative amount was kept, as a credit note or refund.",
                "{file}: {n} negative amounts were kept, as credit notes or refunds.",
                negative,
            ).format(file=source, n=number(negative)),
        ]
    return Parsed(
        format=format,
        source=source,
        tables=tables,
        clients=clients,
        skipped=sorted(skipped, key=lambda s: (s.file, s.row or 0)),
        notices=notices,
        rows_read=rows_read,
    )
