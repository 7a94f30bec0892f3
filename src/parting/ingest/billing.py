"""Invoices, payments and clients from the columns an invoicing tool exported.

Each invoicing module (Stripe, QuickBooks, Xero, FreshBooks, Invoice Ninja) finds and
converts its columns into :class:`InvoiceColumns`; this module does what they share,
column-wise: drop unusable rows (listed as skipped), fold line items into one invoice,
fill a missing due date from the payment terms, read the status, and record a payment
wherever the export shows a paid amount with its date.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from parting.config import Config
from parting.i18n import _, gettext_noop, ngettext
from parting.ingest.cells import map_distinct
from parting.ingest.parsed import ClientRef, Parsed, Skip, finish
from parting.ingest.sheet import Sheet
from parting.settings_declared import BUSINESS_SETTINGS

DRAFT = "draft"
NO_NUMBER = gettext_noop("no invoice number (a total or a note, not an invoice)")
STATUSES: dict[str, str] = {
    **dict.fromkeys(("paid", "paid in full", "closed", "payée", "payé"), "paid"),
    **dict.fromkeys(
        (
            "open", "sent", "viewed", "awaiting payment", "overdue", "unpaid", "outstanding",
            "approved", "authorised", "authorized", "submitted", "partial", "partially paid",
            "past due", "disputed", "due", "pending",
        ),
        "open",
    ),
    **dict.fromkeys(
        ("void", "voided", "cancelled", "canceled", "deleted", "reversed"), "void"
    ),
    **dict.fromkeys(("uncollectible", "written off", "written_off", "bad debt"), "written_off"),
    **dict.fromkeys(("draft", "awaiting approval"), DRAFT),
}  # fmt: skip


def drop_non_invoices(sheet: Sheet, number_column: str) -> None:
    """Leave out blank lines and rows without an invoice number (totals, notes) before
    their other cells are read: "TOTAL" is not a date."""
    sheet.drop_blank()
    number = sheet.table[number_column]
    sheet.drop(pc.equal(pc.utf8_trim_whitespace(number), ""), _(NO_NUMBER))


@dataclass
class InvoiceColumns:
    """An invoicing export's columns, one row per invoice or per line item."""

    number: pa.Array
    client: pa.Array  # the client's key in this source
    issued: pa.Array
    amount: pa.Array  # the invoice total, or the line amount when ``lines`` is set
    client_name: pa.Array | None = None
    email: pa.Array | None = None
    due: pa.Array | None = None
    paid_amount: pa.Array | None = None
    paid_on: pa.Array | None = None
    currency: pa.Array | None = None
    status: pa.Array | None = None  # the export's own words
    discount: pa.Array | None = None
    lines: bool = False  # one row per line item: sum ``amount`` per invoice
    total: pa.Array | None = None  # with ``lines``: the invoice total, repeated per line
    other_kind: pa.Array | None = None  # true for rows that are not sales invoices


def statuses(values: pa.Array | None) -> pa.Array | None:
    if values is None:
        return None
    result, _bad = map_distinct(values, lambda t: STATUSES.get(t.strip().lower()), pa.string())
    return result


def keep_rows(sheet: Sheet, cols: InvoiceColumns, status: pa.Array | None,
              skipped: list[Skip]) -> pa.Array:  # fmt: skip
    """Mask of the rows to keep; the others are listed in ``skipped`` with the reason."""
    rows = sheet.num_rows
    reasons = [
        (pc.is_null(cols.number), _(NO_NUMBER)),
        (pc.is_null(cols.client), _("no client")),
        (pc.is_null(cols.issued), _("no invoice date")),
        (pc.is_null(cols.amount), _("no amount")),
    ]
    if cols.other_kind is not None:
        other = pc.fill_null(cols.other_kind, False)
        reasons.insert(1, (other, _("not a sales invoice (a bill, credit note or payment)")))
    if status is not None:
        reasons.append((pc.fill_null(pc.equal(status, DRAFT), False), _("draft invoice")))
    drop = pa.array([False] * rows, pa.bool_())
    for mask, reason in reasons:
        mask = mask.combine_chunks() if isinstance(mask, pa.ChunkedArray) else mask
        for index in pc.indices_nonzero(pc.and_(mask, pc.invert(drop))).to_pylist():
            skipped.append(Skip(sheet.name, sheet.line(index), reason))
        drop = pc.or_(drop, mask)
    return pc.invert(drop)


def build(
    format: str,
    sheet: Sheet,
    cols: InvoiceColumns,
    config: Config,
    notices: list[str],
    currency: str | None = None,
) -> Parsed:
    skipped: list[Skip] = []
    status = statuses(cols.status)
    keep = keep_rows(sheet, cols, status, skipped)
    rows = sheet.rows_read
    data = {
        "invoice_id": cols.number,
        "client_id": cols.client,
        "issued_on": cols.issued,
        "amount": cols.amount,
        "name": cols.client_name,
        "email": cols.email,
        "due_on": cols.due,
        "paid_amount": cols.paid_amount,
        "paid_on": cols.paid_on,
        "currency": cols.currency,
        "status": status,
        "discount": cols.discount,
        "total": cols.total,
    }
    table = pa.table({k: v for k, v in data.items() if v is not None}).filter(keep)
    if cols.lines:
        table = fold_lines(table)
    invoices, payments = finish_invoices(table, format, config, notices, currency)
    clients = client_refs(table)
    ignored = sheet.ignored()
    if ignored:
        notices.append(_("Ignored columns: {columns}").format(columns=", ".join(ignored)))
    tables = {"invoices": invoices, "payments": payments}
    return finish(format, sheet.name, tables, clients, sheet.skipped + skipped, notices, rows)


def fold_lines(table: pa.Table) -> pa.Table:
    """One row per invoice: line amounts summed, other columns taken from the first line."""
    others = [c for c in table.column_names if c not in ("invoice_id", "amount")]
    grouped = table.group_by("invoice_id", use_threads=False).aggregate(
        [("amount", "sum")] + [(c, "first") for c in others]
    )
    return grouped.rename_columns(
        [c.removesuffix("_first").removesuffix("_sum") for c in grouped.column_names]
    )


def finish_invoices(
    table: pa.Table, format: str, config: Config, notices: list[str], currency: str | None
) -> tuple[pa.Table, pa.Table]:
    n = table.num_rows
    amount = table["total"] if "total" in table.column_names else table["amount"]
    amount = pc.coalesce(amount, table["amount"])
    issued = table["issued_on"]
    due = table["due_on"] if "due_on" in table.column_names else pa.nulls(n, pa.date32())
    missing_due = pc.sum(pc.is_null(due)).as_py() or 0
    if missing_due:
        from parting.words.formats import number

        days = int(config.settings.business.payment_terms_days)
        shifted = pc.add(issued.cast(pa.int32()), pa.scalar(days, pa.int32())).cast(pa.date32())
        due = pc.coalesce(due, shifted)
        # Two counts, two sentences: each takes the plural form its own number asks for.
        without = ngettext(
            "{n} invoice has no due date.", "{n} invoices have no due date.", missing_due
        ).format(n=number(missing_due))
        # The setting is named by its label, as the settings page shows it.
        terms = BUSINESS_SETTINGS["payment_terms_days"].label
        set_to = ngettext(
            "A missing due date is set {days} day after the invoice date (setting “{setting}”).",
            "A missing due date is set {days} days after the invoice date (setting “{setting}”).",
            days,
        ).format(days=number(days), setting=_(terms))
        notices.append(f"{without} {set_to}")
    paid = column(table, "paid_amount", pa.float64())
    derived = pc.if_else(pc.fill_null(pc.greater_equal(paid, amount), False), "paid", "open")
    status = pc.coalesce(column(table, "status", pa.string()), derived)
    code = currency or config.currency
    invoices = pa.table(
        {
            "invoice_id": table["invoice_id"],
            "client_id": table["client_id"],
            "issued_on": issued,
            "due_on": due,
            "amount": amount,
            "currency": pc.fill_null(column(table, "currency", pa.string()), code),
            "status": status,
            "discount": column(table, "discount", pa.float64()),
        }
    )
    return invoices, payment_table(table, format, paid, status, amount)


def payment_table(
    table: pa.Table, format: str, paid: pa.Array, status: pa.Array, amount: pa.Array
) -> pa.Table:
    """A payment wherever the export gives a paid date; its amount is the paid amount, or
    the whole invoice when the export marks it paid without saying how much."""
    paid_on = column(table, "paid_on", pa.date32())
    whole = pc.if_else(pc.equal(status, "paid"), amount, pa.scalar(None, pa.float64()))
    value = pc.coalesce(paid, whole)
    mask = pc.fill_null(pc.and_(pc.is_valid(paid_on), pc.greater(value, 0)), False)
    return pa.table(
        {
            "payment_id": pc.binary_join_element_wise(f"{format}:", table["invoice_id"], ""),
            "invoice_id": table["invoice_id"],
            "paid_on": paid_on,
            "amount": value,
        }
    ).filter(mask)


def column(table: pa.Table, name: str, type: pa.DataType) -> pa.ChunkedArray:
    if name in table.column_names:
        return table[name]
    return pa.chunked_array([pa.nulls(table.num_rows, type)])


def client_refs(table: pa.Table) -> list[ClientRef]:
    names = column(table, "name", pa.string()).to_pylist()
    emails = column(table, "email", pa.string()).to_pylist()
    refs: dict[str, tuple[str | None, list[str]]] = {}
    for key, name, email in zip(table["client_id"].to_pylist(), names, emails, strict=True):
        _name, known_emails = refs.setdefault(key, (name or key, []))
        for address in (email or "").replace(";", ",").split(","):
            address = address.strip().lower()
            if address and address not in known_emails:
                known_emails.append(address)
    return [ClientRef(key, name, tuple(mails)) for key, (name, mails) in sorted(refs.items())]
