"""Stripe, QuickBooks, Xero, FreshBooks and Invoice Ninja exports become invoices and payments."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from parting.config import Config
from parting.errors import InputError
from parting.ingest import Parsed, read


def invoices(parsed: Parsed) -> dict[str, dict]:
    return {r["invoice_id"]: r for r in parsed.tables["invoices"].to_pylist()}


def test_stripe_invoice_number_customer_and_currency_per_invoice(exports: Path) -> None:
    parsed = read(exports / "stripe_invoices.csv", Config())
    rows = invoices(parsed)
    assert set(rows) == {"NW-0001", "NW-0002", "BH-0007"}
    assert rows["BH-0007"]["amount"] == 2450.50
    assert rows["BH-0007"]["currency"] == "USD"
    assert rows["NW-0001"]["currency"] == "EUR"
    assert rows["BH-0007"]["status"] == "written_off"  # uncollectible
    assert rows["NW-0001"]["due_on"] == date(2024, 2, 9)


def test_stripe_paid_invoice_yields_a_payment_on_its_paid_date(exports: Path) -> None:
    payments = read(exports / "stripe_invoices.csv", Config()).tables["payments"].to_pylist()
    assert payments == [
        {
            "payment_id": "stripe:NW-0001",
            "invoice_id": "NW-0001",
            "paid_on": date(2024, 2, 2),
            "amount": 1200.0,
        }
    ]


def test_stripe_drafts_are_skipped_with_the_reason(exports: Path) -> None:
    parsed = read(exports / "stripe_invoices.csv", Config())
    assert [(s.row, s.reason) for s in parsed.skipped] == [(5, "draft invoice")]


def test_stripe_customers_carry_name_and_email(exports: Path) -> None:
    refs = {c.key: c for c in read(exports / "stripe_invoices.csv", Config()).clients}
    assert refs["cus_P1north"].name == "Northwind Ltd"
    assert refs["cus_P1north"].emails == ("billing@northwind.example",)


def test_stripe_older_column_names_are_accepted(exports: Path) -> None:
    parsed = read(exports / "stripe_old_aliases.csv", Config())
    rows = invoices(parsed)
    assert rows["KAVA-12"]["issued_on"] == date(2023, 11, 2)
    assert rows["KAVA-13"]["status"] == "void"
    assert parsed.clients[0].emails == ("racuni@kava.example",)


def test_quickbooks_report_lines_totals_and_credit_memos_are_skipped(exports: Path) -> None:
    parsed = read(exports / "quickbooks_invoice_list.csv", Config())
    assert set(invoices(parsed)) == {"1001", "1002", "1004"}
    reasons = {s.row: s.reason for s in parsed.skipped}
    assert reasons[8].startswith("not a sales invoice")
    assert reasons[10].startswith("no invoice number")
    assert reasons[11] == "blank line"
    assert "Monday, April 1" in reasons[13]


def test_quickbooks_open_balance_decides_paid_or_open(exports: Path) -> None:
    rows = invoices(read(exports / "quickbooks_invoice_list.csv", Config()))
    assert rows["1001"]["status"] == "paid"
    assert rows["1004"]["status"] == "open"
    assert rows["1002"]["amount"] == 1200.0
    assert rows["1002"]["client_id"] == "Northwind, Ltd."


def test_quickbooks_leading_empty_column_and_day_first_dates(exports: Path) -> None:
    rows = invoices(read(exports / "quickbooks_leading_column.csv", Config()))
    assert rows["2001"]["issued_on"] == date(2024, 2, 13)
    assert rows["2001"]["due_on"] == date(2024, 3, 14)


def test_xero_line_items_fold_into_one_invoice_with_its_total(exports: Path) -> None:
    parsed = read(exports / "xero_sales_invoices.csv", Config())
    rows = invoices(parsed)
    assert set(rows) == {"INV-0042", "INV-0043"}
    assert rows["INV-0042"]["amount"] == 1380.0
    assert rows["INV-0042"]["currency"] == "NZD"
    assert rows["INV-0042"]["issued_on"] == date(2024, 1, 15)
    assert (rows["INV-0042"]["status"], rows["INV-0043"]["status"]) == ("paid", "open")
    reasons = [s.reason for s in parsed.skipped]
    assert reasons == ["not a sales invoice (a bill, credit note or payment)", "draft invoice"]


def test_xero_us_organisation_template_with_starred_headers(exports: Path) -> None:
    rows = invoices(read(exports / "xero_us_template.csv", Config()))
    assert rows["INV-1001"]["issued_on"] == date(2024, 3, 4)  # 03/18 settles month-first
    assert rows["INV-1001"]["amount"] == 1600.0  # no Total column: the lines are summed
    assert (rows["INV-1001"]["status"], rows["INV-1002"]["status"]) == ("open", "paid")


def test_freshbooks_organization_column_and_comma_decimals(exports: Path) -> None:
    parsed = read(exports / "freshbooks_organization.csv", Config())
    rows = invoices(parsed)
    assert rows["INV-0007"]["client_id"] == "Kava d.o.o."
    assert rows["INV-0007"]["amount"] == 1708.0
    assert rows["INV-0007"]["status"] == "open"  # partial
    assert rows["INV-0007"]["issued_on"] == date(2024, 4, 15)
    assert [p["invoice_id"] for p in parsed.tables["payments"].to_pylist()] == ["INV-0008"]


def test_freshbooks_due_date_comes_from_payment_terms(
    exports: Path, business_settings: Callable[..., Config]
) -> None:
    rows = invoices(read(exports / "freshbooks_invoices.csv", Config()))
    assert rows["0000101"]["due_on"] == date(2024, 2, 7)  # 30 days by default
    rows = invoices(
        read(exports / "freshbooks_invoices.csv", business_settings(payment_terms_days=14))
    )
    assert rows["0000101"]["due_on"] == date(2024, 1, 22)


def test_the_notice_of_missing_due_dates_counts_invoices_and_days_each_in_its_own_form(
    exports: Path, business_settings: Callable[..., Config]
) -> None:
    one_day = read(exports / "freshbooks_invoices.csv", business_settings(payment_terms_days=1))
    (notice,) = [n for n in one_day.notices if "due date" in n]
    assert "no due date. A missing due date is set 1 day after the invoice date" in notice
    # The setting to change is named as the settings page names it, never by its key.
    assert "(setting “Payment terms (days)”)" in notice
    assert "payment_terms" not in notice
    month = read(exports / "freshbooks_invoices.csv", Config())
    assert any("is set 30 days after" in n for n in month.notices)


def test_freshbooks_lines_are_summed_and_paid_invoices_get_their_payment(exports: Path) -> None:
    parsed = read(exports / "freshbooks_invoices.csv", Config())
    rows = invoices(parsed)
    assert rows["0000101"]["amount"] == pytest.approx(1073.50 + 429.40)
    assert rows["0000101"]["currency"] == "CAD"
    (payment,) = parsed.tables["payments"].to_pylist()
    assert (payment["invoice_id"], payment["paid_on"]) == ("0000101", date(2024, 2, 20))
    assert payment["amount"] == pytest.approx(1502.90)


def test_invoice_ninja_dollar_amounts_partial_status_and_preamble(exports: Path) -> None:
    parsed = read(exports / "invoiceninja_invoices.csv", Config())
    rows = invoices(parsed)
    assert rows["0012"]["amount"] == 1350.0
    assert rows["0012"]["currency"] == "USD"
    assert rows["0012"]["status"] == "open"  # Partial
    assert rows["0014"]["status"] == "void"  # Cancelled
    assert rows["0013"]["issued_on"] == date(2024, 2, 20)


def test_invoice_ninja_payments_keep_refunds_negative(exports: Path) -> None:
    parsed = read(exports / "invoiceninja_payments.csv", Config())
    payments = parsed.tables["payments"].to_pylist()
    assert [p["amount"] for p in payments] == [600.0, 13.5, 400.0, -400.0]
    assert payments[3]["paid_on"] == date(2024, 3, 5)
    assert parsed.clients == []  # payments name invoices, not clients


def test_invoice_ninja_payment_ids_are_stable_and_distinct(exports: Path) -> None:
    first = read(exports / "invoiceninja_payments.csv", Config()).tables["payments"]
    again = read(exports / "invoiceninja_payments.csv", Config()).tables["payments"]
    ids = first["payment_id"].to_pylist()
    assert ids == again["payment_id"].to_pylist()
    assert len(set(ids)) == 4


def test_unreadable_amount_names_the_row_and_value(tmp_path: Path) -> None:
    path = tmp_path / "xero.csv"
    path.write_text(
        "ContactName,InvoiceNumber,InvoiceDate,DueDate,Total,LineAmount,Type,Status\n"
        "Acme,INV-1,01/02/2024,01/03/2024,100.00,100.00,ACCREC,Paid\n"
        "Acme,INV-2,01/02/2024,01/03/2024,one hundred,100.00,ACCREC,Paid\n"
    )
    with pytest.raises(InputError) as error:
        read(path, Config())
    assert (error.value.where.row, error.value.where.column) == (3, "Total")
    assert error.value.where.value == "one hundred"


def test_unreadable_date_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "fb.csv"
    path.write_text("Client Name,Invoice #,Date Issued,Line Total\nAcme,1,2024-13-45,10\n")
    with pytest.raises(InputError) as error:
        read(path, Config())
    assert (error.value.where.row, error.value.where.column) == (2, "Date Issued")
