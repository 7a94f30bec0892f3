"""The Parting CSV reader: a folder of CSV (or Parquet) files in, checked Arrow tables out."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from parting.config import Config
from parting.errors import ConfigError, InputError
from parting.ingest.parting_csv import read_folder
from parting.schema import TABLES

CLIENTS = (
    "client_id,name,since,relationship,tags\n"
    "C1,Acme Ltd,2020-01-05,true,retail;b2b\n"
    "C2,Beta SARL,,FALSE,\n"
)
INVOICES = (
    "invoice_id,client_id,issued_on,due_on,amount,status\n"
    "I1,C1,2024-01-01,2024-01-31,1200.50,paid\n"
    "I2,C2,2024-02-01,2024-03-02,80,open\n"
)


def folder(tmp_path: Path, **files: str | bytes) -> Path:
    """A data folder holding ``files`` (name without .csv -> content)."""
    for name, content in files.items():
        path = tmp_path / (name if "." in name else f"{name}.csv")
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return tmp_path


def read(tmp_path: Path, **files: str | bytes) -> dict[str, pa.Table]:
    return read_folder(folder(tmp_path, **files), Config()).tables


def error(tmp_path: Path, **files: str | bytes) -> InputError:
    with pytest.raises(InputError) as caught:
        read_folder(folder(tmp_path, **files), Config())
    return caught.value


# --- reading --------------------------------------------------------------------------


def test_reads_the_tables_present_and_fills_the_others_empty(tmp_path: Path) -> None:
    tables = read(tmp_path, clients=CLIENTS, invoices=INVOICES)
    assert set(tables) == set(TABLES)
    assert tables["clients"].num_rows == 2 and tables["invoices"].num_rows == 2
    assert tables["messages"].num_rows == 0
    for name, table in tables.items():
        assert table.schema == TABLES[name].arrow_schema


def test_values_take_the_types_of_the_schema(tmp_path: Path) -> None:
    tables = read(tmp_path, clients=CLIENTS, invoices=INVOICES)
    clients = tables["clients"].to_pylist()
    assert clients[0]["since"] == date(2020, 1, 5)
    assert [c["relationship"] for c in clients] == [True, False]
    assert clients[0]["tags"] == "retail;b2b"
    assert clients[1]["since"] is None and clients[1]["tags"] is None
    assert clients[0]["strategic_fit"] is None  # absent column: all nulls
    assert tables["invoices"]["amount"].to_pylist() == [1200.5, 80.0]


def test_a_utf8_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    tables = read(
        tmp_path, clients=b"\xef\xbb\xbf" + "client_id,name\nC1,Công ty TNHH Minh Phát\n".encode()
    )
    assert tables["clients"].column_names[0] == "client_id"
    assert tables["clients"]["name"][0].as_py() == "Công ty TNHH Minh Phát"


def test_timestamps_with_an_offset_are_kept_and_naive_ones_read_in_the_business_zone(
    tmp_path: Path,
) -> None:
    messages = (
        "client_id,sent_at,direction\n"
        "C1,2024-03-01T10:00:00+07:00,in\n"
        "C1,2024-03-01 10:00:00Z,out\n"
        "C1,2024-07-01T10:00:00,in\n"  # Paris summer time, UTC+2
        "C1,2024-01-15T10:00,OUT\n"  # Paris winter time, UTC+1
    )
    sent = read(tmp_path, clients=CLIENTS, messages=messages)["messages"]["sent_at"].to_pylist()
    assert sent == [
        datetime(2024, 3, 1, 3, 0, tzinfo=UTC),
        datetime(2024, 3, 1, 10, 0, tzinfo=UTC),
        datetime(2024, 7, 1, 8, 0, tzinfo=UTC),
        datetime(2024, 1, 15, 9, 0, tzinfo=UTC),
    ]


def test_the_business_time_zone_comes_from_the_settings(tmp_path: Path) -> None:
    folder(tmp_path, messages="client_id,sent_at,direction\nC1,2024-07-01T10:00:00,in\n")
    config = Config().merged({"business": {"timezone": "Asia/Ho_Chi_Minh"}})
    sent = read_folder(tmp_path, config).tables["messages"]["sent_at"][0].as_py()
    assert sent == datetime(2024, 7, 1, 3, 0, tzinfo=UTC)


def test_choices_are_read_in_any_case_and_stored_lower_case(tmp_path: Path) -> None:
    messages = "client_id,sent_at,direction,channel\nC1,2024-03-01T10:00:00Z,IN,Email\n"
    row = read(tmp_path, messages=messages)["messages"].to_pylist()[0]
    assert (row["direction"], row["channel"]) == ("in", "email")


def test_quoted_values_may_hold_commas_and_line_breaks(tmp_path: Path) -> None:
    messages = (
        'client_id,sent_at,direction,body\nC1,2024-03-01T10:00:00Z,in,"Hello,\nsee you ""soon"""\n'
    )
    body = read(tmp_path, messages=messages)["messages"]["body"][0].as_py()
    assert body == 'Hello,\nsee you "soon"'


def test_unknown_columns_are_ignored_with_a_notice(tmp_path: Path) -> None:
    folder(tmp_path, clients="client_id,name,favourite_colour\nC1,Acme,blue\n")
    loaded = read_folder(tmp_path, Config())
    assert "favourite_colour" not in loaded.tables["clients"].column_names
    assert any("favourite_colour" in n and "clients.csv" in n for n in loaded.notices)


def test_files_that_are_not_parting_tables_are_ignored_with_a_notice(tmp_path: Path) -> None:
    folder(tmp_path, clients=CLIENTS, **{"notes.txt": "hello"})
    loaded = read_folder(tmp_path, Config())
    assert any("notes.txt" in n for n in loaded.notices)


def test_parquet_files_are_read_like_csv(tmp_path: Path) -> None:
    pq.write_table(
        pa.table(
            {
                "client_id": ["C1"],
                "sent_at": pa.array([datetime(2024, 7, 1, 10, 0)], pa.timestamp("ms")),
                "direction": ["IN"],
            }
        ),
        tmp_path / "messages.parquet",
    )
    pq.write_table(
        pa.table({"client_id": ["C1"], "name": ["Acme"], "since": ["2020-01-05"]}),
        tmp_path / "clients.parquet",
    )
    tables = read_folder(tmp_path, Config()).tables
    assert tables["messages"]["sent_at"][0].as_py() == datetime(2024, 7, 1, 8, 0, tzinfo=UTC)
    assert tables["messages"]["direction"][0].as_py() == "in"
    assert tables["clients"]["since"][0].as_py() == date(2020, 1, 5)


# --- refusing bad input ----------------------------------------------------------------


def test_a_missing_required_column_names_the_file_and_column(tmp_path: Path) -> None:
    err = error(tmp_path, clients="client_id,contact_name\nC1,Ann\n")
    assert err.where.file.endswith("clients.csv")
    assert (err.where.row, err.where.column) == (1, "name")
    assert "name" in err.fix


def test_an_empty_required_value_names_its_row_and_counts_the_others(tmp_path: Path) -> None:
    err = error(tmp_path, clients="client_id,name\nC1,Acme\nC2,\nC3,\nC4,Delta\n")
    assert (err.where.row, err.where.column) == (3, "name")
    assert "1 more row" in err.problem


def test_an_unreadable_date_names_the_row_column_and_value(tmp_path: Path) -> None:
    bad = INVOICES.replace("2024-03-02", "02/03/2024")
    err = error(tmp_path, clients=CLIENTS, invoices=bad)
    assert (err.where.row, err.where.column, err.where.value) == (3, "due_on", "02/03/2024")
    assert "YYYY-MM-DD" in err.fix
    assert "more row" not in err.problem


def test_an_impossible_date_is_refused_even_when_it_looks_like_one(tmp_path: Path) -> None:
    err = error(tmp_path, clients=CLIENTS, invoices=INVOICES.replace("2024-03-02", "2024-02-30"))
    assert (err.where.row, err.where.value) == (3, "2024-02-30")


def test_bad_numbers_are_counted(tmp_path: Path) -> None:
    rows = "".join(
        f"C1,2024-01-0{d},{h}\n" for d, h in [(1, '"1,5"'), (2, "2"), (3, "two"), (4, "€3")]
    )
    err = error(tmp_path, time_entries="client_id,date,hours\n" + rows)
    assert (err.where.row, err.where.column, err.where.value) == (2, "hours", "1,5")
    assert "2 more rows" in err.problem


def test_not_a_number_and_infinity_are_not_numbers(tmp_path: Path) -> None:
    err = error(tmp_path, time_entries="client_id,date,hours\nC1,2024-01-01,nan\n")
    assert err.where.value == "nan"


def test_booleans_must_be_true_or_false(tmp_path: Path) -> None:
    err = error(tmp_path, clients="client_id,name,relationship\nC1,Acme,yes\n")
    assert (err.where.column, err.where.value) == ("relationship", "yes")
    assert "true or false" in err.fix


def test_a_value_outside_the_choices_lists_the_choices(tmp_path: Path) -> None:
    err = error(tmp_path, time_entries="client_id,date,hours,kind\nC1,2024-01-01,2,coffee\n")
    assert (err.where.column, err.where.value) == ("kind", "coffee")
    assert "rework" in err.fix


def test_an_unreadable_timestamp_is_refused(tmp_path: Path) -> None:
    err = error(tmp_path, messages="client_id,sent_at,direction\nC1,yesterday at noon,in\n")
    assert (err.where.row, err.where.column) == (2, "sent_at")


def test_a_repeated_id_points_at_the_repeat_and_the_first_row(tmp_path: Path) -> None:
    err = error(tmp_path, clients="client_id,name\nC1,A\nC2,B\nC1,C\nC2,D\nC1,E\n")
    assert (err.where.row, err.where.column, err.where.value) == (4, "client_id", "C1")
    assert "line 2" in err.problem and "2 more rows" in err.problem


def test_a_repeat_in_ids_listed_in_order_is_found_too(tmp_path: Path) -> None:
    # Ids that only increase are distinct at a glance; one repeat among them is not.
    err = error(tmp_path, clients="client_id,name\nC1,A\nC2,B\nC2,C\nC3,D\n")
    assert (err.where.row, err.where.column, err.where.value) == (4, "client_id", "C2")
    assert read(tmp_path, clients="client_id,name\nC1,A\nC2,B\nC3,D\n")["clients"].num_rows == 3


def test_only_the_cells_escaped_for_a_spreadsheet_lose_their_apostrophe(tmp_path: Path) -> None:
    clients = "client_id,name,industry\nC1,'=SUM(A1),it's fine\nC2,O'Brien,\"'+ads\"\n"
    names = read(tmp_path, clients=clients)["clients"]
    assert names["name"].to_pylist() == ["=SUM(A1)", "O'Brien"]
    assert names["industry"].to_pylist() == ["it's fine", "+ads"]


def test_a_reference_to_an_unknown_client_is_refused(tmp_path: Path) -> None:
    err = error(tmp_path, clients=CLIENTS, invoices=INVOICES.replace("I2,C2", "I2,C9"))
    assert err.where.file.endswith("invoices.csv")
    assert (err.where.row, err.where.column, err.where.value) == (3, "client_id", "C9")
    assert "clients.csv" in err.fix


def test_a_payment_for_an_unknown_invoice_is_refused(tmp_path: Path) -> None:
    payments = "invoice_id,paid_on,amount\nI1,2024-01-20,100\nI7,2024-01-20,5\n"
    err = error(tmp_path, clients=CLIENTS, invoices=INVOICES, payments=payments)
    assert (err.where.row, err.where.column, err.where.value) == (3, "invoice_id", "I7")


def test_a_time_entry_for_an_unknown_project_is_refused(tmp_path: Path) -> None:
    projects = "project_id,client_id\nP1,C1\n"
    entries = (
        "client_id,project_id,date,hours\n"
        "C1,P1,2024-01-01,2\nC1,,2024-01-02,1\nC1,P2,2024-01-03,1\n"
    )
    err = error(tmp_path, clients=CLIENTS, projects=projects, time_entries=entries)
    assert (err.where.row, err.where.value) == (4, "P2")


def test_references_are_only_checked_when_the_other_file_is_there(tmp_path: Path) -> None:
    assert read(tmp_path, invoices=INVOICES.replace("C2", "C9"))["invoices"].num_rows == 2


def test_a_row_with_too_many_values_is_refused(tmp_path: Path) -> None:
    err = error(tmp_path, clients="client_id,name\nC1,Acme\nC2,Beta,extra\n")
    assert err.where.row == 3
    assert "quotes" in err.fix


def test_text_that_is_not_utf8_is_refused_with_its_place(tmp_path: Path) -> None:
    content = "client_id,name\nC1,Acme\nC2,Café Dupont\n".encode("latin-1")
    err = error(tmp_path, clients=content)
    assert (err.where.row, err.where.column) == (3, "name")
    assert "UTF-8" in err.fix


def test_an_empty_file_is_refused(tmp_path: Path) -> None:
    err = error(tmp_path, clients="")
    assert err.where.file.endswith("clients.csv")


def test_an_empty_folder_is_refused_with_the_expected_file_names(tmp_path: Path) -> None:
    err = error(tmp_path)
    assert "clients.csv" in err.fix


def test_a_folder_without_parting_tables_is_refused(tmp_path: Path) -> None:
    err = error(tmp_path, **{"export.csv": "a,b\n1,2\n"})
    assert "no Parting table" in err.problem


def test_a_path_that_is_not_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_folder(tmp_path / "missing", Config())


def test_two_files_for_one_table_are_refused(tmp_path: Path) -> None:
    pq.write_table(pa.table({"client_id": ["C1"], "name": ["A"]}), tmp_path / "clients.parquet")
    err = error(tmp_path, clients=CLIENTS)
    assert "clients" in err.problem


def test_the_message_names_file_row_column_value_and_fix(tmp_path: Path) -> None:
    err = error(tmp_path, clients="client_id,name,relationship\nC1,Acme,maybe\n")
    text = str(err)
    for part in ("clients.csv", "line 2", "relationship", "value “maybe”", "true or false"):
        assert part in text


def test_a_file_with_only_a_header_gives_an_empty_table(tmp_path: Path) -> None:
    assert read(tmp_path, clients="client_id,name\n")["clients"].num_rows == 0


def test_ids_are_trimmed_so_references_still_match(tmp_path: Path) -> None:
    tables = read(tmp_path, clients=CLIENTS, invoices=INVOICES.replace("I2,C2", "I2, C2 "))
    assert tables["invoices"]["client_id"].to_pylist() == ["C1", "C2"]


def test_a_blank_required_id_counts_as_empty(tmp_path: Path) -> None:
    err = error(tmp_path, clients="client_id,name\nC1,Acme\n  ,Beta\n")
    assert (err.where.row, err.where.column) == (3, "client_id")


def test_an_impossible_business_time_zone_is_a_settings_error(tmp_path: Path) -> None:
    folder(tmp_path, clients=CLIENTS)
    config = Config().merged({"business": {"timezone": "Mars/Olympus"}})
    with pytest.raises(ConfigError) as caught:
        read_folder(tmp_path, config)
    assert caught.value.where.value == "Mars/Olympus"


def test_message_text_is_put_in_nfc_form(tmp_path: Path) -> None:
    decomposed = "Tôi muốn hủy".replace("ô", "o\u0302").replace("ố", "o\u0302\u0301")
    (tmp_path / "clients.csv").write_text("client_id,name\nc1,Minh\n", encoding="utf-8")
    (tmp_path / "messages.csv").write_text(
        f"client_id,sent_at,direction,body\nc1,2026-01-05T10:00:00+07:00,in,{decomposed}\n",
        encoding="utf-8",
    )
    body = read_folder(tmp_path, Config()).tables["messages"]["body"][0].as_py()
    assert body == unicodedata.normalize("NFC", decomposed) == "Tôi muốn hủy"
