"""Reading a folder skips work only where the answer is already known: references looked up
once per run of equal ids, times read at once when every one carries its offset, the header
found in the file's first bytes, a large file read in a few large blocks, the next files read
while one is checked. In every case the tables, the notices and the refusals are those the
full work gives."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from parting.config import Config
from parting.errors import InputError
from parting.i18n import activate, deactivate
from parting.ingest.parting_csv import read_folder

CLIENTS = "client_id,name\nC1,Acme Ltd\nC2,Beta SARL\n"
PROJECTS = "project_id,client_id\nP1,C1\nP2,C2\n"


def folder(tmp_path: Path, **files: str) -> Path:
    for name, content in files.items():
        (tmp_path / f"{name}.csv").write_text(content, encoding="utf-8")
    return tmp_path


def refusal(tmp_path: Path, **files: str) -> InputError:
    with pytest.raises(InputError) as caught:
        read_folder(folder(tmp_path, **files), Config())
    return caught.value


def entries(*rows: tuple[str, str]) -> str:
    lines = [
        f"{client},{project},2024-01-0{1 + i % 9},1" for i, (client, project) in enumerate(rows)
    ]
    return "client_id,project_id,date,hours\n" + "\n".join(lines) + "\n"


def test_an_unknown_id_repeated_over_its_rows_is_named_at_the_first_and_counted(
    tmp_path: Path,
) -> None:
    rows = [("C1", "P1")] * 3 + [("C9", "P1")] * 2 + [("C1", "P1")]
    err = refusal(tmp_path, clients=CLIENTS, projects=PROJECTS, time_entries=entries(*rows))
    assert (err.where.row, err.where.column, err.where.value) == (5, "client_id", "C9")
    assert "(and 1 more row)" in err.problem


@pytest.mark.parametrize(
    "projects",
    [
        ["P1", "", "P9"],  # the unknown id follows a missing one
        ["P1", "", "P1", "P9", "P9"],
        ["", "P9"],
        ["P9"],
    ],
)
def test_an_unknown_id_after_missing_ones_is_still_found(
    tmp_path: Path, projects: list[str]
) -> None:
    rows = [("C1", p) for p in projects]
    err = refusal(tmp_path, clients=CLIENTS, projects=PROJECTS, time_entries=entries(*rows))
    assert (err.where.row, err.where.value) == (projects.index("P9") + 2, "P9")


def test_known_ids_in_any_order_with_missing_ones_are_accepted(tmp_path: Path) -> None:
    rows = [("C2", "P2"), ("C1", ""), ("C1", "P1"), ("C2", ""), ("C2", "P2"), ("C1", "P1")]
    path = folder(tmp_path, clients=CLIENTS, projects=PROJECTS, time_entries=entries(*rows))
    read = read_folder(path, Config()).tables["time_entries"]
    assert read["project_id"].to_pylist() == ["P2", None, "P1", None, "P2", "P1"]


def test_times_that_all_carry_an_offset_read_as_they_do_beside_a_local_one(
    tmp_path: Path,
) -> None:
    zoned = ["2024-03-01T10:00:00+07:00", "2024-03-31T01:30:00Z", "2024-10-27T02:30:00-05:30"]
    expected = [
        datetime(2024, 3, 1, 3, 0, tzinfo=UTC),
        datetime(2024, 3, 31, 1, 30, tzinfo=UTC),
        datetime(2024, 10, 27, 8, 0, tzinfo=UTC),
    ]

    def sent(times: list[str], where: Path) -> list[datetime | None]:
        messages = "client_id,sent_at,direction\n" + "".join(f"C1,{t},in\n" for t in times)
        path = folder(where, clients=CLIENTS, messages=messages)
        return read_folder(path, Config()).tables["messages"]["sent_at"].to_pylist()

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert sent(zoned, tmp_path / "a") == expected
    # A local time among them (Paris, winter) is read in the business's zone; the others
    # are the same instants as when every time had its offset.
    both = sent([*zoned, "2024-01-15T10:00"], tmp_path / "b")
    assert both == [*expected, datetime(2024, 1, 15, 9, 0, tzinfo=UTC)]


def test_a_zoned_time_of_a_shape_not_accepted_is_refused_even_when_all_are_zoned(
    tmp_path: Path,
) -> None:
    messages = "client_id,sent_at,direction\nC1,2024-03-01T10:00:00Z,in\nC1,2024-03-01T10Z,in\n"
    err = refusal(tmp_path, clients=CLIENTS, messages=messages)
    assert (err.where.row, err.where.column, err.where.value) == (3, "sent_at", "2024-03-01T10Z")


def test_a_header_longer_than_the_first_bytes_read_is_read_whole(tmp_path: Path) -> None:
    extra = [f"note_{i:05d}" for i in range(7000)]  # some 80,000 characters
    clients = "client_id,name," + ",".join(extra) + "\nC1,Acme Ltd" + "," * len(extra) + "\n"
    loaded = read_folder(folder(tmp_path, clients=clients), Config())
    assert loaded.tables["clients"]["name"].to_pylist() == ["Acme Ltd"]
    assert "note_06999" in loaded.notices[0]


def test_a_file_of_several_blocks_names_the_row_of_a_bad_cell_in_its_last_block(
    tmp_path: Path,
) -> None:
    rows = 120_000  # about 4 MB: Arrow reads it in several blocks, one chunk each
    body = "C1,P1,2024-01-02,1.5,work,Design review and follow-up notes\n" * rows
    header = "client_id,project_id,date,hours,kind,description\n"
    # Ids padded with blanks late in the file are trimmed, however the blocks fall.
    padded = header + body + " C2 ,P2 ,2024-01-03,2,WORK,x\n"
    path = folder(tmp_path, clients=CLIENTS, projects=PROJECTS, time_entries=padded)
    read = read_folder(path, Config()).tables["time_entries"]
    assert read["client_id"].num_chunks > 1
    assert read.slice(rows).to_pylist()[0]["client_id"] == "C2"
    assert read.slice(rows).to_pylist()[0]["kind"] == "work"
    empty = header + body + "C1,P1,2024-01-03,,work,x\n"
    err = refusal(tmp_path, clients=CLIENTS, projects=PROJECTS, time_entries=empty)
    assert (err.where.row, err.where.column) == (rows + 2, "hours")


def test_the_first_file_with_a_problem_is_named_though_later_ones_are_read_ahead(
    tmp_path: Path,
) -> None:
    # clients.csv holds a value that cannot be read; invoices.csv, read meanwhile, a row
    # that cannot be read at all: the folder is refused for the first file, as before.
    clients = "client_id,name,since\nC1,Acme Ltd,2020-13-45\n"
    invoices = "invoice_id,client_id,issued_on,due_on,amount\nI1,C1,2024-01-01\n"
    err = refusal(tmp_path, clients=clients, invoices=invoices)
    assert err.where.file.endswith("clients.csv")
    assert (err.where.row, err.where.column) == (2, "since")


def test_a_file_read_ahead_is_refused_in_the_readers_language(tmp_path: Path) -> None:
    invoices = "invoice_id,client_id,issued_on,due_on,amount\nI1,C1,2024-01-01\n"
    activate("fr")
    try:
        err = refusal(tmp_path, clients=CLIENTS, invoices=invoices)
    finally:
        deactivate()
    assert err.where.file.endswith("invoices.csv")
    assert "valeurs" in err.problem, err.problem


def test_counts_in_a_refusal_and_a_notice_are_written_as_the_reader_writes_numbers(
    tmp_path: Path,
) -> None:
    clients = "client_id,name\n" + "".join(f"C{i},\n" for i in range(1235))
    assert "(and 1,234 more rows)" in refusal(tmp_path, clients=clients).problem
    invoices = "invoice_id,client_id,issued_on,due_on,amount\n" + "".join(
        f"I{i},C1,2024-01-01,2024-01-31,-5\n" for i in range(1500)
    )
    path = folder(tmp_path, clients=CLIENTS, invoices=invoices)
    assert "1,500 negative values of amount" in read_folder(path, Config()).notices[0]
