"""Errors and skipped rows name the file line where the record starts — what a text editor
shows — even after a quoted cell that holds line breaks; and the spreadsheet row as well
when the two differ."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pv
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parting.config import Config
from parting.errors import InputError
from parting.ingest import read
from parting.ingest.parting_csv import read_folder
from parting.ingest.records import places

TOGGL_HEADER = "User,Client,Project,Description,Start date,Start time,Duration\n"
NOTE = '"Call notes:\nthey want a new logo\r\nand a new site"'  # three lines, one cell


def line_of(path: Path, number: int) -> str:
    """Line ``number`` (from 1) of the file, as an editor shows it."""
    return path.read_bytes().decode().replace("\r\n", "\n").split("\n")[number - 1]


def refused(run: object) -> InputError:
    with pytest.raises(InputError) as caught:
        run()  # type: ignore[operator]
    return caught.value


def test_a_bad_value_after_a_cell_with_line_breaks_names_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "toggl.csv"
    path.write_text(
        TOGGL_HEADER
        + f"Ana,Acme,Site,{NOTE},2024-01-02,09:00:00,01:00:00\n"
        + "Ana,Acme,Site,Work,2024-01-03,09:00:00,about an hour\n",
        encoding="utf-8",
    )
    error = refused(lambda: read(path, Config()))
    assert (error.where.line, error.where.row, error.where.value) == (5, 3, "about an hour")
    assert line_of(path, 5).endswith("about an hour")
    assert "line 5 (row 3 in a spreadsheet)" in str(error)


def test_a_row_skipped_after_a_cell_with_line_breaks_is_listed_at_its_line(
    tmp_path: Path,
) -> None:
    path = tmp_path / "toggl.csv"
    path.write_text(
        TOGGL_HEADER
        + f"Ana,Acme,Site,{NOTE},2024-01-02,09:00:00,01:00:00\n"
        + "Ana,,,Lunch,2024-01-02,12:00:00,01:00:00\n"
        + "Ana,Acme,Site,Work,2024-01-02,13:00:00\n",  # a cell short: not a data row
        encoding="utf-8",
    )
    parsed = read(path, Config())
    assert [s.row for s in parsed.skipped] == [5, 6]
    assert line_of(path, 5).startswith("Ana,,,Lunch") and line_of(path, 6).endswith("13:00:00")


def test_without_line_breaks_in_cells_the_line_is_the_row(tmp_path: Path) -> None:
    path = tmp_path / "toggl.csv"
    path.write_text(
        TOGGL_HEADER
        + "Ana,Acme,Site,Work,2024-01-02,09:00:00,01:00:00\n"
        + "Ana,Acme,Site,Work,2024-01-03,09:00:00,about an hour\n"
    )
    error = refused(lambda: read(path, Config()))
    assert (error.where.line, error.where.row) == (3, 3)
    assert "line 3," in str(error) and "spreadsheet" not in str(error)


def write_folder(tmp_path: Path, **files: str) -> Path:
    for name, text in files.items():
        (tmp_path / f"{name}.csv").write_text(text, encoding="utf-8")
    return tmp_path


MESSAGES = "message_id,client_id,sent_at,direction,body\n"


def test_a_parting_csv_error_after_a_multi_line_message_names_the_records_line(
    tmp_path: Path,
) -> None:
    folder = write_folder(
        tmp_path,
        messages=MESSAGES
        + f"m1,C1,2024-07-01T10:00:00Z,in,{NOTE}\n"
        + "m2,C1,2024-07-02T10:00:00Z,in,Thanks\n"
        + "m3,C1,yesterday,in,Hello\n",
    )
    error = refused(lambda: read_folder(folder, Config()))
    assert (error.where.line, error.where.row, error.where.column) == (6, 4, "sent_at")
    assert line_of(folder / "messages.csv", 6).startswith("m3,")


def test_empty_lines_are_skipped_but_still_counted(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, clients="client_id,name\nC1,Acme\n\n\nC2,\n")
    error = refused(lambda: read_folder(folder, Config()))
    assert (error.where.line, error.where.row, error.where.column) == (5, 5, "name")
    good = write_folder(tmp_path, clients="client_id,name\nC1,A\n\nC2,B\n")
    assert read_folder(good, Config()).tables["clients"]["client_id"].to_pylist() == ["C1", "C2"]


def test_a_row_of_empty_cells_after_a_multi_line_cell_is_refused_at_its_line(
    tmp_path: Path,
) -> None:
    folder = write_folder(tmp_path, clients=f"client_id,name,tags\nC1,Acme,{NOTE}\n,,\n")
    error = refused(lambda: read_folder(folder, Config()))
    assert (error.where.line, error.where.row, error.where.column) == (5, 3, "client_id")


def test_a_repeated_id_names_the_line_of_its_first_use(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path,
        messages=MESSAGES
        + f"m1,C1,2024-07-01T10:00:00Z,in,{NOTE}\nm1,C1,2024-07-02T10:00:00Z,in,x\n",
    )
    error = refused(lambda: read_folder(folder, Config()))
    assert error.where.line == 5 and "first on line 2" in error.problem


def test_a_row_with_too_many_cells_after_a_multi_line_cell_names_its_line(
    tmp_path: Path,
) -> None:
    folder = write_folder(
        tmp_path,
        messages=MESSAGES + f"m1,C1,2024-07-01T10:00:00Z,in,{NOTE}\nm2,C1,2024-07-02,in,a,b\n",
    )
    error = refused(lambda: read_folder(folder, Config()))
    assert (error.where.line, error.where.row) == (5, 3)


# --- the rule itself, against Python's own CSV reader on any text ---------------------

CELL = st.text(alphabet='ab ,"\n\r', max_size=12)  # \r then \n makes \r\n too


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(CELL, CELL), max_size=8), st.sampled_from(["\n", "\r\n"]))
def test_every_record_starts_on_the_line_its_places_say(
    rows: list[tuple[str, str]], ending: str
) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator=ending, quoting=csv.QUOTE_ALL)
    writer.writerow(["a", "b"])
    writer.writerows(rows)
    data = out.getvalue().encode()
    starts, reader = [], csv.reader(io.StringIO(data.decode(), newline=""))
    next(reader)
    while True:
        start = reader.line_num + 1
        if next(reader, None) is None:
            break
        starts.append(start)
    table = pv.read_csv(
        pa.py_buffer(data),
        parse_options=pv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
        convert_options=pv.ConvertOptions(column_types={"a": pa.string(), "b": pa.string()}),
    )
    found = places(table, 2, 2)
    assert found.lines.tolist() == starts
    assert found.rows.tolist() == list(range(2, 2 + len(rows)))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(CELL, st.booleans()), min_size=1, max_size=8),
    st.data(),
)
def test_a_parting_csv_error_names_the_line_its_record_starts_on(
    tmp_path_factory: pytest.TempPathFactory,
    names: list[tuple[str, bool]],
    data: st.DataObject,
) -> None:
    """Rows with line breaks in their names and empty lines between them; one row lacks its
    id: the error names the line where that row starts, counted while writing the file."""
    bad = data.draw(st.integers(0, len(names) - 1))
    text, line, expected = "client_id,name\n", 2, 0
    for index, (name, empty_line_before) in enumerate(names):
        if empty_line_before:
            text, line = text + "\n", line + 1
        if index == bad:
            expected = line
        cell = '"' + ("x" + name).replace('"', '""') + '"'
        text += f"{'' if index == bad else f'C{index}'},{cell}\n"
        line += cell.count("\n") + cell.count("\r") - cell.count("\r\n") + 1
    folder = tmp_path_factory.mktemp("csv")
    (folder / "clients.csv").write_bytes(text.encode())
    error = refused(lambda: read_folder(folder, Config()))
    assert (error.where.column, error.where.line) == ("client_id", expected)
