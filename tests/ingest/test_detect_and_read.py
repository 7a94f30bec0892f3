"""detect() names the format from the bytes; read() dispatches and reports progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from parting.config import Config
from parting.errors import InputError
from parting.ingest import FORMATS, detect, read

SAMPLES = {
    "toggl_detailed.csv": "toggl",
    "toggl_minutes_no_rates.csv": "toggl",
    "toggl_empty_amount.csv": "toggl",
    "harvest_detailed.csv": "harvest",
    "harvest_us_timestamps.csv": "harvest",
    "clockify_us_12h.csv": "clockify",
    "clockify_eu_activity.csv": "clockify",
    "clockify_no_client_ambiguous.csv": "clockify",
    "kimai_export.csv": "kimai",
    "kimai_semicolon_de.csv": "kimai",
    "stripe_invoices.csv": "stripe",
    "stripe_old_aliases.csv": "stripe",
    "quickbooks_invoice_list.csv": "quickbooks",
    "quickbooks_leading_column.csv": "quickbooks",
    "xero_sales_invoices.csv": "xero",
    "xero_us_template.csv": "xero",
    "freshbooks_invoices.csv": "freshbooks",
    "freshbooks_organization.csv": "freshbooks",
    "invoiceninja_invoices.csv": "invoiceninja",
    "invoiceninja_payments.csv": "invoiceninja_payments",
    "mail/mixed.mbox": "mbox",
    "mail/Maildir": "maildir",
    "mail/reply_quoted_printable.eml": "eml",
}


@pytest.mark.parametrize(("name", "format"), SAMPLES.items())
def test_each_sample_export_is_recognised_and_read(exports: Path, name: str, format: str) -> None:
    path = exports / name
    assert detect(path) == format
    parsed = read(path, Config())
    assert parsed.format == format
    assert parsed.source == str(path)
    assert parsed.rows_read > 0
    assert format in FORMATS


def test_every_table_comes_back_complete_and_typed(exports: Path) -> None:
    from parting.schema import TABLES

    parsed = read(exports / "toggl_detailed.csv", Config())
    assert set(parsed.tables) == set(TABLES)
    for name, table in parsed.tables.items():
        assert table.schema == TABLES[name].arrow_schema


def test_client_keys_are_the_client_ids_of_the_tables(exports: Path) -> None:
    for name in ("toggl_detailed.csv", "stripe_invoices.csv", "mail/mixed.mbox"):
        parsed = read(exports / name, Config())
        used = set()
        for table in ("time_entries", "invoices", "messages", "projects"):
            used |= set(parsed.tables[table]["client_id"].to_pylist())
        assert used == {c.key for c in parsed.clients}


def test_a_text_file_of_nothing_we_know_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("fruit,colour\napple,red\n")
    with pytest.raises(InputError) as error:
        detect(path)
    assert error.value.where.file == str(path)
    assert "--format" in error.value.fix


def test_a_missing_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        detect(tmp_path / "nothing.csv")


def test_the_format_can_be_named_when_detection_cannot_tell(exports: Path) -> None:
    parsed = read(exports / "kimai_export.csv", Config(), format="kimai")
    assert parsed.format == "kimai"
    with pytest.raises(InputError, match="unknown format"):
        read(exports / "kimai_export.csv", Config(), format="excel")


def test_a_header_the_named_format_does_not_have_is_an_input_error(exports: Path) -> None:
    with pytest.raises(InputError) as error:
        read(exports / "kimai_export.csv", Config(), format="xero")
    assert "InvoiceNumber" in error.value.problem
    assert error.value.where.row == 1


def test_progress_reports_rows_done(exports: Path) -> None:
    seen: list[int] = []
    read(exports / "toggl_detailed.csv", Config(), progress=seen.append)
    assert seen[-1] == 6


def test_parting_csv_folder_is_wrapped_with_its_clients(tmp_path: Path) -> None:
    (tmp_path / "clients.csv").write_text(
        "client_id,name,email\nc1,Northwind Ltd,Billing@Northwind.example\nc2,Kava d.o.o.,\n"
    )
    (tmp_path / "time_entries.csv").write_text("client_id,date,hours\nc1,2024-01-02,1.5\n")
    assert detect(tmp_path) == "parting_csv"
    parsed = read(tmp_path, Config())
    assert parsed.format == "parting_csv"
    assert [(c.key, c.name, c.emails) for c in parsed.clients] == [
        ("c1", "Northwind Ltd", ("billing@northwind.example",)),
        ("c2", "Kava d.o.o.", ()),
    ]
    assert parsed.tables["time_entries"].num_rows == 1


def test_an_mbox_without_from_line_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.mbox"
    path.write_text("Subject: hi\n\nbody\n")
    with pytest.raises(InputError) as error:
        read(path, Config(), format="mbox")
    assert error.value.where.row == 1


def test_a_message_saved_without_the_eml_suffix_is_still_mail(
    exports: Path, tmp_path: Path
) -> None:
    path = tmp_path / "message.txt"
    path.write_bytes((exports / "mail" / "html_only_base64.eml").read_bytes())
    assert detect(path) == "eml"


def test_the_detected_format_is_said_in_a_notice(exports: Path) -> None:
    detected = read(exports / "clockify_us_12h.csv", Config())
    assert detected.notices[0] == "Read as Clockify."
    named = read(exports / "clockify_us_12h.csv", Config(), format="clockify")
    assert "Read as Clockify." not in named.notices


def test_windows_code_page_and_utf16_exports_are_read(exports: Path, tmp_path: Path) -> None:
    import csv
    import io

    rows = list(csv.reader(io.StringIO((exports / "kimai_export.csv").read_text())))
    rows[1][16] = "Café menu, crème brûlée"
    windows = tmp_path / "windows.csv"
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    windows.write_bytes(out.getvalue().encode("cp1252"))
    unicode_text = tmp_path / "unicode.txt"
    out = io.StringIO()
    csv.writer(out, delimiter="\t").writerows(rows)
    unicode_text.write_text(out.getvalue(), encoding="utf-16")
    for path in (windows, unicode_text):
        parsed = read(path, Config())
        assert parsed.format == "kimai"
        entries = parsed.tables["time_entries"].to_pylist()
        assert entries[0]["description"] == "Café menu, crème brûlée"
