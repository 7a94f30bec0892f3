"""Hostile or broken files get a clear refusal naming the file, never a traceback, a
silent skip or a message that echoes megabytes or drives the terminal."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from parting import ingest
from parting.config import Config
from parting.errors import InputError, printable, shown
from parting.ingest.parting_csv import read_folder
from parting.ingest.sheet import unique_names

Refusal = Callable[[Path], str]
CLIENTS = "client_id,name\nC1,Acme\n"
INVOICE_HEADER = "invoice_id,client_id,issued_on,due_on,amount\n"


@pytest.fixture
def refusal(cli: Callable[..., Any]) -> Callable[[Path], str]:
    """The one-line error of ``parting score`` on a folder; fails unless it exits 2."""

    def refused(folder: Path) -> str:
        ran = cli("score", "--input", str(folder))
        assert ran.code == 2, (ran.code, ran.stdout[:300], ran.stderr[:500])
        return ran.stderr

    return refused


def test_a_lone_cut_byte_order_mark_is_refused_as_not_utf8(
    tmp_path: Path, refusal: Refusal
) -> None:
    (tmp_path / "clients.csv").write_bytes(b"\xef")
    message = refusal(tmp_path)
    assert "clients.csv" in message and "UTF-8" in message
    assert "Arrow" not in message and "byte order" not in message


def test_a_table_that_is_a_folder_is_refused_not_skipped(tmp_path: Path, refusal: Refusal) -> None:
    (tmp_path / "clients.csv").write_text(CLIENTS)
    (tmp_path / "invoices.csv").mkdir()
    message = refusal(tmp_path)
    assert "invoices.csv" in message and "not a readable file" in message


def test_a_table_that_is_a_looping_link_is_refused_not_skipped(
    tmp_path: Path, refusal: Refusal
) -> None:
    (tmp_path / "clients.csv").write_text(CLIENTS)
    os.symlink(tmp_path / "payments.csv", tmp_path / "payments.csv")
    message = refusal(tmp_path)
    assert "payments.csv" in message and "not a readable file" in message


def test_a_huge_value_is_named_not_echoed(tmp_path: Path, refusal: Refusal) -> None:
    (tmp_path / "clients.csv").write_text(CLIENTS)
    (tmp_path / "invoices.csv").write_text(
        INVOICE_HEADER + "I1,C" + "x" * 2_000_000 + ",2024-01-01,2024-02-01,5\n"
    )
    message = refusal(tmp_path)
    assert "invoices.csv" in message and "client_id" in message
    assert len(message) < 1200


def test_control_bytes_in_a_value_reach_the_terminal_escaped(
    tmp_path: Path, refusal: Refusal
) -> None:
    (tmp_path / "clients.csv").write_text(CLIENTS)
    (tmp_path / "invoices.csv").write_text(
        INVOICE_HEADER + "I1,C\x1b[2J\x00\u202e,2024-01-01,2024-02-01,5\n"
    )
    message = refusal(tmp_path)
    assert "invoices.csv" in message
    assert "\x1b" not in message and "\x00" not in message and "\u202e" not in message
    assert "\\x1b" in message


def test_messages_never_carry_arrow_wording(tmp_path: Path, refusal: Refusal) -> None:
    (tmp_path / "clients.parquet").write_bytes(b"PAR1 not really parquet")
    message = refusal(tmp_path)
    assert "clients.parquet" in message
    for internal in ("Parquet magic bytes", "ArrowInvalid", "footer", "Could not open"):
        assert internal not in message


def test_a_refusal_keeps_printable_text_as_it_is() -> None:
    assert printable("Nguyễn Văn An, Zürich — 12 €") == "Nguyễn Văn An, Zürich — 12 €"
    # French no-break spaces stay; a line separator becomes a space.
    french = "au plus 1\u202f000\xa0€\u202f; «\xa0x\xa0»"
    assert printable(french) == french and printable("a\u2028b\u2029c") == "a b c"
    assert shown("a" * 500).endswith("...") and len(shown("a" * 500)) == 60
    error = InputError("the id " + "9" * 100_000 + " repeats.")
    assert len(str(error)) <= 1000


def test_many_repeated_header_names_are_made_unique_in_linear_time() -> None:
    started = time.perf_counter()
    names = unique_names(["hours"] * 4000 + [""] * 10)
    elapsed = time.perf_counter() - started
    assert len(set(names)) == len(names) == 4010
    assert names[:3] == ["hours", "hours_", "hours__"]
    # Quadratic (or worse) took minutes for 4,000 repeats; linear takes milliseconds.
    assert elapsed < 5, elapsed


def test_a_header_repeating_a_name_thousands_of_times_is_read(tmp_path: Path) -> None:
    export = tmp_path / "toggl.csv"
    header = ",".join(["Client", "Start date", "Start time", "Duration"] + ["Tags"] * 3000)
    export.write_text(header + "\nAcme,2024-03-01,09:00:00,01:00:00" + "," * 3000 + "\n")
    parsed = ingest.read(export, Config(), format="toggl")
    assert parsed.tables["time_entries"].num_rows == 1


def test_the_folder_reader_refuses_what_is_not_a_file(tmp_path: Path) -> None:
    (tmp_path / "clients.csv").mkdir()
    with pytest.raises(InputError, match="not a readable file"):
        read_folder(tmp_path, Config())


def test_a_header_of_hundreds_of_thousands_of_columns_is_refused_not_held(
    tmp_path: Path,
) -> None:
    export = tmp_path / "toggl.csv"
    export.write_text("Client,Start date,Start time,Duration," + "a," * 300_000 + "\n")
    with pytest.raises(InputError, match=r"toggl\.csv.*at most 10,000"):
        ingest.read(export, Config(), format="toggl")
    (tmp_path / "clients.csv").write_text("client_id,name," + "x," * 20_000 + "\nC1,Acme\n")
    with pytest.raises(InputError, match=r"clients\.csv.*at most 10,000"):
        read_folder(tmp_path, Config())
