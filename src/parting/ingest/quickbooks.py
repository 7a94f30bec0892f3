"""QuickBooks Online — Invoice List report (CSV) -> invoices, clients.

The report starts with a few lines (company, title, date range, blank) before the header
``Date, Transaction type, Num, Name, Memo, Due date, Amount, Open balance``, sometimes
after an empty first column, and ends with a TOTAL row, blank lines and a timestamp.
An invoice whose open balance is zero is ``paid``. The report has no payment dates, so it
yields no payments (a notice says so).

Fatal (InputError): no header, no ``Num``, ``Name``, ``Date`` or ``Amount`` column, a
date or amount that cannot be read. Skipped: the TOTAL row, blank lines, the timestamp
line, rows that are not invoices (credit memos, payments).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyarrow.compute as pc

from parting.config import Config
from parting.i18n import _
from parting.ingest import cells
from parting.ingest.billing import InvoiceColumns, build, drop_non_invoices
from parting.ingest.parsed import Parsed
from parting.ingest.sheet import Sheet, read_export

FORMAT = "quickbooks"
KNOWN = (
    "Date", "Transaction type", "Num", "No.", "Name", "Customer", "Memo", "Memo/Description",
    "Due date", "Amount", "Open balance",
)  # fmt: skip


def read(path: Path, config: Config, progress: Callable[[int], None] | None = None) -> Parsed:
    return read_export(
        path, config, progress, parse, KNOWN, min_hits=4, format_label="QuickBooks Online"
    )


def parse(sheet: Sheet, config: Config) -> Parsed:
    order = cells.date_setting(config)
    notices: list[str] = []
    number_col, _v = sheet.require("Num", "No.", "Invoice no.")
    drop_non_invoices(sheet, number_col)
    rows = sheet.num_rows
    number = sheet.column(number_col)
    name_col, _v = sheet.require("Name", "Customer")
    date_col, _v = sheet.require("Date", "Invoice date")
    amount_col, _v = sheet.require("Amount", "Total")
    due_col = sheet.find("Due date")
    amount = cells.numbers(sheet, amount_col)
    balance = cells.numbers(sheet, sheet.find("Open balance", "Balance"))
    kind = cells.text(sheet.get("Transaction type"), rows)
    sheet.get("Memo", "Memo/Description")  # free text, not needed
    paid = None if balance is None or amount is None else pc.subtract(amount, balance)
    status = None
    if balance is not None:
        status = pc.if_else(pc.less_equal(pc.abs(balance), 0.005), "paid", "open")
    notices.append(
        _("This report has no payment dates: import the payments too for late-payment signs.")
    )
    client = cells.text(sheet.column(name_col), rows)
    cols = InvoiceColumns(
        number=cells.text(number, rows),
        client=client,
        client_name=client,
        issued=cells.dates(sheet, date_col, order, "mdy", notices),
        due=cells.dates(sheet, due_col, order, "mdy") if due_col else None,
        amount=amount,
        paid_amount=paid,
        status=status,
        currency=cells.currencies(sheet.column(amount_col), "USD"),
        other_kind=pc.and_(pc.is_valid(kind), pc.invert(pc.equal(pc.utf8_lower(kind), "invoice"))),
    )
    return build(FORMAT, sheet, cols, config, notices)
