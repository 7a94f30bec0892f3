"""Xero — sales invoices export (one row per line item) -> invoices, clients.

Columns by name (import templates mark required ones with ``*``, which is ignored):
``ContactName, EmailAddress, InvoiceNumber, InvoiceDate, DueDate, Total,
InvoiceAmountPaid, InvoiceAmountDue, LineAmount, Currency, Type, Status``. Lines are
folded into one invoice per ``InvoiceNumber`` (its ``Total``, else the sum of its lines).
Dates are day-first in UK/NZ/AU organisations and month-first in US ones: the data
decide when they can, else ``business.date_order`` (``auto`` reads day-first). Bills
(``ACCPAY``) and credit notes are skipped; drafts too. Xero's export has no payment date,
so paid invoices yield no payment rows.

Fatal (InputError): no header, no number, contact or date column, a date or amount that
cannot be read. Skipped: blank lines, bills and credit notes, drafts, rows without number,
contact, date or amount.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from parting.config import Config
from parting.ingest import cells
from parting.ingest.billing import InvoiceColumns, build, drop_non_invoices
from parting.ingest.parsed import Parsed
from parting.ingest.sheet import Sheet, read_export

FORMAT = "xero"
KNOWN = (
    "ContactName", "EmailAddress", "InvoiceNumber", "Reference", "InvoiceDate", "DueDate",
    "Total", "TaxTotal", "InvoiceAmountPaid", "InvoiceAmountDue", "Description", "Quantity",
    "UnitAmount", "LineAmount", "Currency", "Type", "Status",
)  # fmt: skip
SALES_TYPES = ("accrec", "sales invoice", "invoice", "")


def read(path: Path, config: Config, progress: Callable[[int], None] | None = None) -> Parsed:
    return read_export(path, config, progress, parse, KNOWN, min_hits=3, format_label="Xero")


def parse(sheet: Sheet, config: Config) -> Parsed:
    order = cells.date_setting(config)
    notices: list[str] = []
    number_col, _v = sheet.require("InvoiceNumber")
    drop_non_invoices(sheet, number_col)
    rows = sheet.num_rows
    number = sheet.column(number_col)
    contact_col, _v = sheet.require("ContactName")
    date_col, _v = sheet.require("InvoiceDate")
    due_col = sheet.find("DueDate")
    total = cells.numbers(sheet, sheet.find("Total"))
    line = cells.numbers(sheet, sheet.find("LineAmount"))
    if line is None and total is None:
        sheet.require("Total", "LineAmount")
    kind = cells.text(sheet.get("Type"), rows)
    other = pc.invert(
        pc.is_in(pc.utf8_lower(pc.fill_null(kind, "")), value_set=pa.array(SALES_TYPES))
    )
    issued = cells.dates(sheet, date_col, order, "dmy", notices)
    contact = cells.text(sheet.column(contact_col), rows)
    for used in ("InvoiceAmountDue", "Description", "Quantity", "UnitAmount", "TaxTotal"):
        sheet.get(used)
    cols = InvoiceColumns(
        number=cells.text(number, rows),
        client=contact,
        client_name=contact,
        email=cells.text(sheet.get("EmailAddress"), rows),
        issued=issued,
        due=cells.dates(sheet, due_col, order, "dmy") if due_col else None,
        amount=line if line is not None else total,
        total=total,
        paid_amount=cells.numbers(sheet, sheet.find("InvoiceAmountPaid")),
        currency=cells.text(sheet.get("Currency"), rows),
        status=sheet.get("Status"),
        other_kind=other,
        lines=True,
    )
    return build(FORMAT, sheet, cols, config, notices)
