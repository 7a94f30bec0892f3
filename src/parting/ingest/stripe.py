"""Stripe — Dashboard invoices export -> invoices, payments, clients.

Stripe has renamed its columns over time; each is found under any of its names:
customer ``Customer``/``Customer ID`` (the key) with ``Customer Name`` and
``Customer Email``/``Email``/``Billing Email``/``Receipt Email``; amount ``Total`` or
``Amount Due``; paid ``Amount Paid``; dates ``Finalized At (UTC)``, ``Date (UTC)`` or
``Created (UTC)``, due ``Due Date (UTC)`` (else the payment terms), ``Paid At (UTC)``.
The invoice id is its ``Number`` (Stripe's ``id`` for invoices without one). Amounts are
in major units; ``Currency`` is kept per invoice.

Fatal (InputError): no header, no id/number, customer, amount or date column, a date or
amount that cannot be read. Skipped: drafts, blank lines, rows with the wrong number of
cells, rows without number, customer, date or amount.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyarrow.compute as pc

from parting.config import Config
from parting.ingest import cells
from parting.ingest.billing import InvoiceColumns, build
from parting.ingest.parsed import Parsed
from parting.ingest.sheet import Sheet, read_export

FORMAT = "stripe"
NUMBER = ("Number", "Invoice Number")
CUSTOMER = ("Customer", "Customer ID", "Customer Id")
EMAIL = ("Customer Email", "Email", "Billing Email", "Receipt Email")
AMOUNT = ("Total", "Amount Due", "Amount")
ISSUED = ("Date (UTC)", "Finalized At (UTC)", "Created (UTC)", "Created date (UTC)")
KNOWN = (
    "id", *NUMBER, *CUSTOMER, "Customer Name", *EMAIL, *AMOUNT, "Amount Paid", "Paid",
    "Billing", "Charge", "Closed", *ISSUED, "Paid At (UTC)", "Due Date (UTC)", "Status",
    "Currency", "Subscription", "Total Discount Amount",
)  # fmt: skip


def read(path: Path, config: Config, progress: Callable[[int], None] | None = None) -> Parsed:
    return read_export(path, config, progress, parse, KNOWN, min_hits=3, format_label="Stripe")


def parse(sheet: Sheet, config: Config) -> Parsed:
    order = "mdy"  # Stripe writes ISO timestamps; never day-first
    notices: list[str] = []
    sheet.drop_blank()
    if sheet.find(*NUMBER) is None:
        _n, number = sheet.require("id")
        number = cells.text(number, sheet.num_rows)
    else:
        id_number = cells.text(sheet.get("id"), sheet.num_rows)
        number = pc.coalesce(cells.text(sheet.get(*NUMBER), sheet.num_rows), id_number)
    customer_col, _v = sheet.require("Customer", *CUSTOMER[1:], "Customer Name")
    name = cells.text(sheet.get("Customer Name"), sheet.num_rows)
    customer = pc.coalesce(cells.text(sheet.column(customer_col), sheet.num_rows), name)
    amount_col, _v = sheet.require("Total", *AMOUNT[1:])
    issued_col, _v = sheet.require(*ISSUED)
    due_col = sheet.find("Due Date (UTC)", "Due Date")
    paid_col = sheet.find("Paid At (UTC)", "Paid At")
    currency = sheet.get("Currency")
    for extra in ("Amount Due", "Created (UTC)", "Paid", "Closed"):
        sheet.get(extra)  # read through the columns above
    cols = InvoiceColumns(
        number=number,
        client=customer,
        client_name=name,
        email=cells.text(sheet.get(*EMAIL), sheet.num_rows),
        issued=cells.dates(sheet, issued_col, order, order),
        due=cells.dates(sheet, due_col, order, order) if due_col else None,
        amount=cells.numbers(sheet, amount_col),
        paid_amount=cells.numbers(sheet, sheet.find("Amount Paid")),
        paid_on=cells.dates(sheet, paid_col, order, order) if paid_col else None,
        currency=None if currency is None else pc.utf8_upper(cells.text(currency, sheet.num_rows)),
        status=sheet.get("Status"),
        discount=cells.numbers(sheet, sheet.find("Total Discount Amount", "Discount")),
    )
    return build(FORMAT, sheet, cols, config, notices)
