"""A clean Parquet folder is read by DuckDB straight into the engine, with the same
verdicts as the careful reader; anything the careful reader would refuse, tidy or mention
sends the folder to it, so its errors and notices are the ones a person sees."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
import tomli_w

from parting import config as settings
from parting import demo
from parting.engine import score
from parting.engine.backends import duckdb_connection
from parting.errors import InputError
from parting.ingest.duckdb_folder import read_clean
from parting.ingest.parting_csv import read_folder

AS_OF = date(2026, 6, 30)


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio as one Parquet file per table, typed as Parting writes it."""
    out = tmp_path_factory.mktemp("parquet")
    tables = demo.generate(40, as_of=AS_OF)
    for name, table in tables.items():
        pq.write_table(table, out / f"{name}.parquet")
    (out / demo.SETTINGS_FILE).write_text(tomli_w.dumps(demo.demo_settings()), encoding="utf-8")
    return out


def changed(
    clean: Path, tmp_path: Path, table: str, change: Callable[[pa.Table], pa.Table]
) -> Path:
    """A copy of ``clean`` with ``table`` changed."""
    for file in clean.iterdir():
        (tmp_path / file.name).write_bytes(file.read_bytes())
    pq.write_table(change(pq.read_table(clean / f"{table}.parquet")), tmp_path / f"{table}.parquet")
    return tmp_path


def set_cell(column: str, row: int, value: object) -> Callable[[pa.Table], pa.Table]:
    def change(table: pa.Table) -> pa.Table:
        cells = table[column].to_pylist()
        cells[row] = value
        i = table.schema.get_field_index(column)
        return table.set_column(i, column, pa.array(cells, table.schema.field(column).type))

    return change


def repeat_first(column: str) -> Callable[[pa.Table], pa.Table]:
    def change(table: pa.Table) -> pa.Table:
        return set_cell(column, 1, table[column][0].as_py())(table)

    return change


def config_of(folder: Path) -> settings.Config:
    return settings.load(folder / demo.SETTINGS_FILE)


def test_a_clean_parquet_folder_is_read_by_duckdb_with_the_careful_readers_verdicts(
    clean: Path,
) -> None:
    config = config_of(clean)
    read = read_clean(clean, config, duckdb_connection())
    assert read is not None and set(read.tables) >= {"clients", "invoices", "messages"}
    fast = score(read.tables, config, as_of=AS_OF, engine="duckdb")
    careful = score(read_folder(clean, config).tables, config, as_of=AS_OF, engine="duckdb")
    assert fast.to_json() == careful.to_json()


@pytest.mark.parametrize(
    ("table", "change"),
    [
        ("clients", set_cell("client_id", 3, " C-blank")),  # the careful reader trims it
        ("clients", set_cell("name", 2, "Cafe\u0301")),  # not NFC: the careful reader composes
        ("clients", set_cell("name", 1, "'=1+1")),  # a spreadsheet escape to undo
        ("messages", set_cell("direction", 0, "IN")),  # a choice in capitals, lowered
        ("invoices", set_cell("amount", 0, -10.0)),  # a credit note: the person is told
        ("time_entries", set_cell("hours", 0, -1.0)),  # refused: hours cannot be negative
        ("time_entries", set_cell("hours", 0, 1e13)),  # refused: too large
        ("invoices", repeat_first("invoice_id")),  # a repeated id
        ("messages", set_cell("client_id", 0, "C-nobody")),  # a reference to nothing
        ("clients", set_cell("name", 0, None)),  # a required value missing
    ],
)
def test_what_the_careful_reader_would_tidy_refuse_or_mention_goes_to_it(
    clean: Path, tmp_path: Path, table: str, change: Callable[[pa.Table], pa.Table]
) -> None:
    folder = changed(clean, tmp_path, table, change)
    assert read_clean(folder, config_of(folder), duckdb_connection()) is None


def test_a_problem_in_a_parquet_folder_is_named_by_the_careful_reader(
    clean: Path, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from parting.cli import app

    folder = changed(clean, tmp_path, "time_entries", set_cell("hours", 4, -2.5))
    args = ["score", "--input", str(folder), "--settings", str(folder / demo.SETTINGS_FILE)]
    result = CliRunner().invoke(app, [*args, "--as-of", AS_OF.isoformat()])
    assert result.exit_code != 0
    with pytest.raises(InputError) as careful:
        read_folder(folder, config_of(folder))
    assert careful.value.where is not None and careful.value.where.row == 5  # of the file
    assert isinstance(result.exception, InputError)
    assert str(result.exception) == str(careful.value)


def test_whole_numbers_in_a_decimal_column_are_read_as_the_careful_reader_reads_them(
    clean: Path, tmp_path: Path
) -> None:
    def whole_hours(table: pa.Table) -> pa.Table:
        i = table.schema.get_field_index("hours")
        return table.set_column(i, "hours", pc.round(table["hours"]).cast(pa.int64()))

    folder = changed(clean, tmp_path, "time_entries", whole_hours)
    config = config_of(folder)
    read = read_clean(folder, config, duckdb_connection())
    assert read is not None
    fast = score(read.tables, config, as_of=AS_OF, engine="duckdb")
    careful = score(read_folder(folder, config).tables, config, as_of=AS_OF, engine="duckdb")
    assert fast.to_json() == careful.to_json()
