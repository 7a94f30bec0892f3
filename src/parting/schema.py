"""Parting CSV: the tables a business brings, their columns and types (DOMAIN §6).

This module is the contract between every part of Parting: the Parting CSV reader, the
importers of other tools' exports (which produce these tables), the workspace (which
stores them) and the engine (which scores them). A table in memory is a ``pyarrow.Table``
whose columns carry the Arrow types below; absent optional columns are added as nulls.

Conventions
- ``date``: ``pa.date32()``; ``timestamp``: ``pa.timestamp("us", tz="UTC")`` — naive
  timestamps in a file are read in the business's time zone, then stored in UTC.
- ``list``: kept as one ``;``-separated string (``"retail;b2b"``), so every engine can
  match it with a regular expression.
- ``choice``: a string from a fixed set, lower case.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pyarrow as pa

ColumnType = Literal["str", "int", "float", "date", "timestamp", "bool", "list", "choice"]

ARROW_TYPES: dict[str, pa.DataType] = {
    "str": pa.string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "date": pa.date32(),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "bool": pa.bool_(),
    "list": pa.string(),
    "choice": pa.string(),
}


@dataclass(frozen=True)
class Column:
    name: str
    type: ColumnType = "str"
    required: bool = False
    choices: tuple[str, ...] = ()
    # A number that cannot be below zero (hours, rates, fees): a negative one is refused.
    non_negative: bool = False

    @property
    def arrow_type(self) -> pa.DataType:
        return ARROW_TYPES[self.type]


@dataclass(frozen=True)
class Table:
    name: str
    key: str | None  # the natural key within one source; None when rows have no id
    columns: tuple[Column, ...]

    @property
    def file_name(self) -> str:
        return f"{self.name}.csv"

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(name)

    @property
    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.arrow_type) for c in self.columns])


LANGUAGE_CODES = ("en", "fr", "vi", "sl")
TIME_KINDS = ("work", "rework", "revision", "meeting", "support", "admin")
INVOICE_STATUSES = ("open", "paid", "void", "written_off")
DIRECTIONS = ("in", "out")
CHANNELS = ("email", "chat", "phone", "sms")
INCIDENT_KINDS = (
    "abuse",
    "ethics",
    "public_criticism",
    "remediation",
    "referral",
    "scope_dispute",
    "other",
)
SEVERITIES = ("low", "medium", "high")
JUDGEMENT_KINDS = ("will_pass", "relationship")

CLIENTS = Table(
    "clients",
    "client_id",
    (
        Column("client_id", required=True),
        Column("name", required=True),
        Column("contact_name"),
        # How letters address the contact: mr/ms (also Mme, gospa, chị…) and the register:
        # senior (ông/bà), familiar (tu, tikanje, em) or empty for the usual formal one.
        Column("contact_salutation"),
        Column("contact_formality"),
        Column("email"),
        Column("language"),  # free: en, fr, vi, sl, … (others fall back to English letters)
        Column("timezone"),  # IANA name
        Column("industry"),
        Column("tags", "list"),
        Column("since", "date"),
        Column("relationship", "bool"),
        Column("referred_by"),
        Column("strategic_fit", "float", non_negative=True),  # 0–5
    ),
)

PROJECTS = Table(
    "projects",
    "project_id",
    (
        Column("project_id", required=True),
        Column("client_id", required=True),
        Column("name"),
        Column("service_line"),
        Column("budget_hours", "float", non_negative=True),
        Column("fixed_fee", "float", non_negative=True),
        Column("started_on", "date"),
        Column("ended_on", "date"),
        Column("recurring", "bool"),
    ),
)

TIME_ENTRIES = Table(
    "time_entries",
    "entry_id",
    (
        Column("entry_id"),
        Column("client_id", required=True),
        Column("project_id"),
        Column("person"),
        Column("date", "date", required=True),
        Column("hours", "float", required=True, non_negative=True),
        Column("billable", "bool"),
        Column("bill_rate", "float", non_negative=True),
        Column("cost_rate", "float", non_negative=True),
        Column("kind", "choice", choices=TIME_KINDS),
        Column("description"),
    ),
)

INVOICES = Table(
    "invoices",
    "invoice_id",
    (
        Column("invoice_id", required=True),
        Column("client_id", required=True),
        Column("issued_on", "date", required=True),
        Column("due_on", "date", required=True),
        Column("amount", "float", required=True),
        Column("currency"),
        Column("status", "choice", choices=INVOICE_STATUSES),
        Column("discount", "float"),
    ),
)

PAYMENTS = Table(
    "payments",
    "payment_id",
    (
        Column("payment_id"),
        Column("invoice_id", required=True),
        Column("paid_on", "date", required=True),
        Column("amount", "float", required=True),
    ),
)

MESSAGES = Table(
    "messages",
    "message_id",
    (
        Column("message_id"),
        Column("client_id", required=True),
        Column("sent_at", "timestamp", required=True),
        Column("direction", "choice", required=True, choices=DIRECTIONS),
        Column("channel", "choice", choices=CHANNELS),
        Column("subject"),
        Column("body"),
        Column("author"),
        Column("kind"),  # free, e.g. payment_reminder
    ),
)

INCIDENTS = Table(
    "incidents",
    "incident_id",
    (
        Column("incident_id"),
        Column("client_id", required=True),
        Column("date", "date", required=True),
        Column("kind", "choice", required=True, choices=INCIDENT_KINDS),
        Column("severity", "choice", choices=SEVERITIES),
        Column("staff"),
        Column("note"),
    ),
)

# A person's recorded judgement that tempers a verdict (DOMAIN §2): "this will pass"
# (``sign`` names the sign whose cause is temporary) or "a long-standing relationship".
JUDGEMENTS = Table(
    "judgements",
    None,
    (
        Column("client_id", required=True),
        Column("kind", "choice", required=True, choices=JUDGEMENT_KINDS),
        Column("sign"),
        Column("date", "date"),
        Column("note"),
    ),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (CLIENTS, PROJECTS, TIME_ENTRIES, INVOICES, PAYMENTS, MESSAGES, INCIDENTS, JUDGEMENTS)
}

Tables = dict[str, pa.Table]
"""A business's data in memory: table name -> Arrow table following ``TABLES``.
Any subset may be present; readers fill the missing ones with ``empty_table``."""


def empty_table(name: str) -> pa.Table:
    return TABLES[name].arrow_schema.empty_table()


def complete(tables: Tables) -> Tables:
    """Every table present, every column present (nulls where the data had none)."""
    out: Tables = {}
    for name, spec in TABLES.items():
        table = tables.get(name)
        if table is None:
            out[name] = empty_table(name)
            continue
        arrays = []
        for col in spec.columns:
            if col.name in table.column_names:
                arrays.append(table[col.name].cast(col.arrow_type))
            else:
                arrays.append(pa.nulls(table.num_rows, col.arrow_type))
        out[name] = pa.Table.from_arrays(arrays, schema=spec.arrow_schema)
    return out
