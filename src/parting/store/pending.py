"""Rows that name a client nobody could identify wait on its ``UnmatchedRef`` until a
person links it (``parting clients link``); then they are stored like any import.

Messages are the exception: they are stored at once without a client, carrying the
sender's address, so nothing a client wrote is lost or hidden while it waits.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from parting.schema import TABLES, Tables, complete
from parting.store.models import UnmatchedRef
from parting.store.upsert import KEYS

# Tables whose rows wait with their client, in the order they are released.
HELD = ("projects", "invoices", "payments", "time_entries", "incidents", "judgements")


def hold(tables: Tables, refs: dict[str, UnmatchedRef]) -> tuple[Tables, int]:
    """``tables`` without the rows of unmatched clients (kept on their refs), and how many
    rows were held. Messages of unmatched clients keep their place with no client."""
    tables = dict(tables)
    tables["messages"] = _unmatched_messages(tables["messages"], refs)
    if not refs:
        return tables, 0
    keys = pa.array(list(refs), pa.string())
    held = 0
    # Every owner is found before any row is taken out: a payment waits with the invoice
    # it pays, which must still be there to be found.
    owners = {
        name: _payment_owners(tables[name], tables, keys)
        if name == "payments"
        else pc.if_else(
            pc.is_in(tables[name]["client_id"], keys),
            tables[name]["client_id"],
            pa.scalar(None, pa.string()),
        )
        for name in ("clients", *HELD)
    }
    touched: set[str] = set()
    for name, owner in owners.items():
        table = tables[name]
        waiting = pc.is_valid(owner)
        if name != "clients" and pc.any(waiting).as_py():
            rows = table.filter(waiting).to_pylist()
            for key, row in zip(owner.filter(waiting).to_pylist(), rows, strict=True):
                _add(refs[key], name, row)
                touched.add(key)
                held += 1
        tables[name] = table.filter(pc.invert(waiting))
    # Only the refs that got rows: a mail sync names hundreds of addresses per batch and
    # holds nothing (messages are stored at once).
    UnmatchedRef.objects.bulk_update([refs[k] for k in touched], ["pending"])
    return tables, held


def _unmatched_messages(messages: pa.Table, refs: dict[str, UnmatchedRef]) -> pa.Table:
    if "unmatched_address" in messages.column_names:
        messages = messages.drop_columns(["unmatched_address"])
    addresses = pa.array([r.address for r in refs.values()], pa.string())
    keys = pa.array(list(refs), pa.string())
    where = pc.index_in(messages["client_id"], value_set=keys)
    address = pc.take(addresses, where)
    client = pc.if_else(pc.is_valid(where), pa.scalar(None, pa.string()), messages["client_id"])
    messages = messages.set_column(messages.column_names.index("client_id"), "client_id", client)
    return messages.append_column("unmatched_address", address.cast(pa.string()))


def _payment_owners(payments: pa.Table, tables: Tables, keys: pa.Array) -> pa.Array:
    """A payment waits with the client of the invoice it pays."""
    invoices = tables["invoices"]
    held = invoices.filter(pc.is_in(invoices["client_id"], keys))
    where = pc.index_in(payments["invoice_id"], value_set=held["invoice_id"])
    return pc.take(held["client_id"], where)


def _add(ref: UnmatchedRef, table: str, row: dict[str, Any]) -> None:
    """Keyed by the row's natural key, so seeing the same row again replaces it."""
    rows = ref.pending.setdefault(table, {})
    key = "\x1f".join(str(row.get(k)) for k in KEYS[table])
    rows[key] = {k: _json(v) for k, v in row.items()}


def _json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def release(ref: UnmatchedRef, client_id: str) -> Tables:
    """The rows waiting on ``ref`` as tables, now naming ``client_id``."""
    tables: Tables = {}
    for name, rows in ref.pending.items():
        spec = TABLES[name]
        data: dict[str, pa.Array] = {}
        for column in spec.columns:
            values = [row.get(column.name) for row in rows.values()]
            if column.name == "client_id":
                values = [client_id] * len(values)
            data[column.name] = _arrow(values, column.arrow_type)
        tables[name] = pa.table(data)
    return complete(tables)


def _arrow(values: list[Any], type_: pa.DataType) -> pa.Array:
    if pa.types.is_timestamp(type_):
        parsed = [None if v is None else datetime.fromisoformat(v) for v in values]
        return pa.array(parsed, type_)
    if pa.types.is_date(type_):
        return pa.array(values, pa.string()).cast(type_)
    return pa.array(values, type_)


def count(ref: UnmatchedRef) -> int:
    return sum(len(rows) for rows in ref.pending.values())
