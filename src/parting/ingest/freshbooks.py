"""FreshBooks — invoices export (one row per line item) -> invoices, payments, clients.

Columns by name: ``Client Name, Invoice #, Date Issued, Invoice Status, Date Paid,
Line Total, Currency`` (others ignored with a notice). Lines are folded into one invoice
per number, its amount the sum of the line totals. The export has no due date: it is the
issue date plus ``business.payment_terms_days`` (a notice says so). A paid invoice with a
``Date Paid`` yields one payment of its whole amount.

Fatal (InputError): no header, no number, client, date or line total column, a date or
amount that cannot be read. Skipped: drafts, blank lines, rows without number, client,
date or amount.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyarrow.compute as pc

from parting.config import Config
from parting.ingest import cells
from parting.ingest.billing import InvoiceColumns, build, drop_non_invoices
from parting.ingest.parsed import Parsed
from parting.ingest.sheet import Sheet, read_export

FORMAT = "freshbooks"
KNOWN = (
    "Client Name", "Organization", "Invoice #", "Invoice Number", "Date Issued",
    "Invoice Status", "Date Paid", "Item Name", "Item Description", "Rate", "Quantity",
    "Line Subtotal", "Line Total", "Currency",
)  # fmt: skip


def read(path: Path, config: Config, progress: Callable[[int], None] | None = None) -> Parsed:
    return read_export(path, config, progress, parse, KNOWN, min_hits=3, format_label="FreshBooks")


def parse(sheet: Sheet, config: Config) -> Parsed:
    order = cells.date_setting(config)
    notices: list[str] = []
    number_col, _v = sheet.require("Invoice #", "Invoice Number")
    drop_non_invoices(sheet, number_col)
    rows = sheet.num_rows
    number = sheet.column(number_col)
    client_col, _v = sheet.require("Client Name", "Organization", "Client")
    date_col, _v = sheet.require("Date Issued", "Issue Date", "Date")
    line_col, _v = sheet.require("Line Total", "Line Subtotal", "Amount")
    paid_col = sheet.find("Date Paid")
    for used in ("Item Name", "Item Description", "Rate", "Quantity", "Line Subtotal",
                 "Discount Percentage", "Tax 1 Type", "Tax 1 Amount", "Tax 2 Type",
                 "Tax 2 Amount"):  # fmt: skip
        sheet.get(used)  # the line total already includes them
    client = cells.text(sheet.column(client_col), rows)
    currency = cells.text(sheet.get("Currency"), rows)
    cols = InvoiceColumns(
        number=cells.text(number, rows),
        client=client,
        client_name=client,
        issued=cells.dates(sheet, date_col, order, "mdy", notices),
        amount=cells.numbers(sheet, line_col),
        paid_on=cells.dates(sheet, paid_col, order, "mdy") if paid_col else None,
        currency=pc.coalesce(currency, cells.currencies(sheet.column(line_col), "USD")),
        status=sheet.get("Invoice Status", "Status"),
        lines=True,
    )
    return build(FORMAT, sheet, cols, config, notices)
