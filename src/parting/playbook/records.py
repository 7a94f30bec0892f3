"""One client's rows out of the business's tables, as plain Python records.

A plan or a letter concerns one client and a handful of rows, so the playbook reads them
once into dictionaries instead of running an engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from parting.errors import NotFoundError
from parting.i18n import _
from parting.schema import Tables, complete

Row = dict[str, Any]
# The tables a plan or a letter reads (``ClientRecords``); a per-client read need not
# fetch the others (a busy client's time entries are thousands of rows it never uses).
TABLES_READ = ("clients", "projects", "invoices", "payments", "incidents", "messages")


def _rows(table: pa.Table, column: str, values: list[str]) -> list[Row]:
    if table.num_rows == 0 or not values:
        return []
    mask = pc.is_in(table[column], value_set=pa.array(values, pa.string()))
    return table.filter(mask).to_pylist()


@dataclass
class ClientRecords:
    client: Row
    projects: list[Row] = field(default_factory=list)
    invoices: list[Row] = field(default_factory=list)
    payments: list[Row] = field(default_factory=list)
    incidents: list[Row] = field(default_factory=list)
    messages: list[Row] = field(default_factory=list)

    def paid_on(self, invoice_id: str) -> float:
        return sum(p["amount"] or 0.0 for p in self.payments if p["invoice_id"] == invoice_id)


def client_records(tables: Tables, client_id: str) -> ClientRecords:
    """The rows of ``client_id`` in every table; NotFoundError when it is not a client."""
    full = complete(tables)
    clients = _rows(full["clients"], "client_id", [client_id])
    if not clients:
        raise NotFoundError(_("No client with the id {client_id}.").format(client_id=client_id))
    invoices = _rows(full["invoices"], "client_id", [client_id])
    return ClientRecords(
        client=clients[0],
        projects=_rows(full["projects"], "client_id", [client_id]),
        invoices=invoices,
        payments=_rows(full["payments"], "invoice_id", [i["invoice_id"] for i in invoices]),
        incidents=_rows(full["incidents"], "client_id", [client_id]),
        messages=_rows(full["messages"], "client_id", [client_id]),
    )
