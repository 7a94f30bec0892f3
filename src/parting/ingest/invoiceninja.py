"""Invoice Ninja — invoice export and payment export.

Invoices (``invoiceninja``): ``Client, Email, Invoice Number, Amount, Paid, Status,
Invoice Date, Due Date, Discount, …, Item Cost, Item Quantity`` — one row per invoice or
per item (folded by number). Older exports start with a few lines before the header.
Amounts like ``$13.50`` give the currency when there is no Currency column. ``Partial``
invoices are ``open``; the invoice export has no payment dates (the payment export has).

Payments (``invoiceninja_payments``): ``Client, Invoice Number, Amount, Date``; refunds
are negative (``($400.00)``). Dates are US order unless the data or
``business.date_order`` say otherwise. Each payment's id is a hash of its invoice, date,
amount and reference, so a re-import yields the same ids.

Fatal (InputError): no header, a missing key column, a date or amount that cannot be
read. Skipped: drafts, blank lines, rows without number, client, date or amount.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from parting.config import Config
from parting.i18n import _
from parting.ingest import cells
from parting.ingest.billing import InvoiceColumns, build, drop_non_invoices
from parting.ingest.money import dollar_code
from parting.ingest.parsed import Parsed, Skip, finish
from parting.ingest.sheet import Sheet, read_export
from parting.ingest.timesheet import entry_ids

FORMAT = "invoiceninja"
PAYMENTS = "invoiceninja_payments"
KNOWN = (
    "Client", "Client Name", "Email", "Invoice Number", "Number", "Amount", "Paid",
    "Paid to Date", "PO Number", "Status", "Invoice Date", "Date", "Due Date", "Discount",
    "Partial/Deposit", "Partial Due Date", "Item Cost", "Item Quantity", "Currency",
)  # fmt: skip
PAYMENT_KNOWN = (
    "Client", "Invoice Number", "Invoice", "Amount", "Date", "Payment Date",
    "Transaction Reference", "Method", "Payment Type",
)  # fmt: skip


def read(path: Path, config: Config, progress: Callable[[int], None] | None = None) -> Parsed:
    return read_export(
        path, config, progress, parse, KNOWN, min_hits=3, format_label="Invoice Ninja"
    )


def parse(sheet: Sheet, config: Config) -> Parsed:
    order = cells.date_setting(config)
    notices: list[str] = []
    number_col, _v = sheet.require("Invoice Number", "Number", "Invoice")
    drop_non_invoices(sheet, number_col)
    rows = sheet.num_rows
    number = sheet.column(number_col)
    client_col, _v = sheet.require("Client", "Client Name")
    date_col, _v = sheet.require("Invoice Date", "Date")
    amount_col, _v = sheet.require("Amount", "Total")
    due_col = sheet.find("Due Date")
    for used in ("PO Number", "Partial/Deposit", "Partial Due Date", "Item Cost",
                 "Item Quantity", "Item Product", "Item Notes"):  # fmt: skip
        sheet.get(used)
    client = cells.text(sheet.column(client_col), rows)
    amount = cells.numbers(sheet, amount_col)
    symbol = cells.currencies(sheet.column(amount_col), dollar_code(config))
    currency = cells.text(sheet.get("Currency"), rows)
    cols = InvoiceColumns(
        number=cells.text(number, rows),
        client=client,
        client_name=client,
        email=cells.text(sheet.get("Email", "Client Email"), rows),
        issued=cells.dates(sheet, date_col, order, "mdy", notices),
        due=cells.dates(sheet, due_col, order, "mdy") if due_col else None,
        amount=amount,
        total=amount,
        paid_amount=cells.numbers(sheet, sheet.find("Paid", "Paid to Date")),
        currency=pc.coalesce(currency, symbol),
        status=sheet.get("Status"),
        discount=cells.numbers(sheet, sheet.find("Discount")),
        lines=True,
    )
    return build(FORMAT, sheet, cols, config, notices)


def read_payments(
    path: Path, config: Config, progress: Callable[[int], None] | None = None
) -> Parsed:
    return read_export(
        path,
        config,
        progress,
        parse_payments,
        PAYMENT_KNOWN,
        min_hits=3,
        format_label="Invoice Ninja",
    )


def parse_payments(sheet: Sheet, config: Config) -> Parsed:
    order = cells.date_setting(config)
    notices: list[str] = []
    number_col, _v = sheet.require("Invoice Number", "Invoice")
    drop_non_invoices(sheet, number_col)
    rows = sheet.num_rows
    number = sheet.column(number_col)
    date_col, _v = sheet.require("Date", "Payment Date")
    amount_col, _v = sheet.require("Amount")
    invoice = cells.text(number, rows)
    paid_on = cells.dates(sheet, date_col, order, "mdy", notices)
    amount = cells.numbers(sheet, amount_col)
    reference = sheet.get("Transaction Reference")
    for used in ("Client", "Method", "Payment Type"):
        sheet.get(used)  # the invoice already names the client
    skipped: list[Skip] = []
    drop = pa.array([False] * rows, pa.bool_())
    for mask, reason in (
        (pc.is_null(paid_on), _("no payment date")),
        (pc.is_null(amount), _("no amount")),
    ):
        mask = cells.flat(mask)
        for index in pc.indices_nonzero(pc.and_(mask, pc.invert(drop))).to_pylist():
            skipped.append(Skip(sheet.name, sheet.line(index), reason))
        drop = pc.or_(drop, mask)
    keep = pc.invert(drop)
    identity = [invoice, paid_on, amount] + ([reference] if reference is not None else [])
    payments = pa.table(
        {
            "payment_id": entry_ids(FORMAT, [pc.filter(c, keep) for c in identity]),
            "invoice_id": pc.filter(invoice, keep),
            "paid_on": pc.filter(paid_on, keep),
            "amount": pc.filter(amount, keep),
        }
    )
    ignored = sheet.ignored()
    if ignored:
        notices.append(_("Ignored columns: {columns}").format(columns=", ".join(ignored)))
    return finish(
        PAYMENTS,
        sheet.name,
        {"payments": payments},
        [],
        sheet.skipped + skipped,
        notices,
        sheet.rows_read,
    )
