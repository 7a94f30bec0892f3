"""A clean Parquet folder is read by the engine itself — DuckDB lazily, Spark on its
cluster (by the executors) — with the same verdicts as the careful reader; anything the
careful reader would refuse, tidy or mention sends the folder to it, so its errors and
notices are the ones a person sees."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

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
from parting.ingest import spark_folder
from parting.ingest.duckdb_folder import BLANK_ENDS, read_clean
from parting.ingest.parting_csv import read_folder
from parting.schema import TABLES

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
    tmp_path.mkdir(exist_ok=True)
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


def respell(column: str, row: int, spell: Callable[[str], str]) -> Callable[[pa.Table], pa.Table]:
    """The cell written otherwise: an id another table knows, with a blank around it."""

    def change(table: pa.Table) -> pa.Table:
        return set_cell(column, row, spell(table[column][row].as_py()))(table)

    return change


def whole_numbers(column: str) -> Callable[[pa.Table], pa.Table]:
    def change(table: pa.Table) -> pa.Table:
        i = table.schema.get_field_index(column)
        return table.set_column(i, column, pc.round(table[column]).cast(pa.int64()))

    return change


def config_of(folder: Path) -> settings.Config:
    return settings.load(folder / demo.SETTINGS_FILE)


def duckdb_reads_with_the_careful_readers_verdicts(folder: Path) -> set[str]:
    """DuckDB reads ``folder`` itself (it is clean), and scoring what it read gives the
    verdicts of scoring what the careful reader reads; the names of the tables it read."""
    config = config_of(folder)
    read = read_clean(folder, config, duckdb_connection())
    assert read is not None, "the folder is clean: DuckDB reads it"
    fast = score(read.tables, config, as_of=AS_OF, engine="duckdb")
    careful = score(read_folder(folder, config).tables, config, as_of=AS_OF, engine="duckdb")
    assert fast.to_json() == careful.to_json()
    return set(read.tables)


def test_a_clean_parquet_folder_is_read_by_duckdb_with_the_careful_readers_verdicts(
    clean: Path,
) -> None:
    tables = duckdb_reads_with_the_careful_readers_verdicts(clean)
    assert tables >= {"clients", "invoices", "messages"}


# What the careful reader would tidy, refuse or mention: a folder with one of these is
# not clean, for DuckDB's check here and Spark's (``test_spark_folder``).
UNCLEAN = [
    ("clients", set_cell("client_id", 3, " C-blank")),  # the careful reader trims it
    ("clients", set_cell("client_id", 3, "C-blank\x0b")),  # a vertical tab, trimmed too
    ("messages", set_cell("direction", 0, "\x1fin\u3000")),  # a separator, a wide space
    ("clients", set_cell("name", 2, "Cafe\u0301")),  # not NFC: the careful reader composes
    ("clients", set_cell("name", 1, "'=1+1")),  # a spreadsheet escape to undo
    ("messages", set_cell("direction", 0, "IN")),  # a choice in capitals, lowered
    ("time_entries", set_cell("kind", 0, "rework ")),  # a choice with a blank after it
    ("messages", set_cell("channel", 0, "'email")),  # a spreadsheet escape on a choice
    ("invoices", set_cell("amount", 0, -10.0)),  # a credit note: the person is told
    ("time_entries", set_cell("hours", 0, -1.0)),  # refused: hours cannot be negative
    ("time_entries", set_cell("hours", 0, 1e13)),  # refused: too large
    ("invoices", repeat_first("invoice_id")),  # a repeated id
    ("messages", set_cell("client_id", 0, "C-nobody")),  # a reference to nothing
    # A reference is read as the id it names, which the reference check sees as written.
    ("time_entries", respell("client_id", 0, lambda id_: f" {id_}")),  # trimmed
    ("time_entries", respell("project_id", 0, lambda id_: f"{id_}\u3000")),  # trimmed
    ("messages", respell("client_id", 0, lambda id_: f"'{id_}")),  # not an escape: unknown
    ("payments", set_cell("invoice_id", 0, "")),  # empty: missing, refused
    ("clients", set_cell("name", 0, None)),  # a required value missing
    # A table's own ids, which DuckDB reads from their bytes when they are in order.
    ("invoices", set_cell("invoice_id", 0, "'I-first")),  # a spreadsheet escape
    ("invoices", set_cell("invoice_id", 0, "I-\x00")),  # a NUL
    ("invoices", set_cell("invoice_id", 2, "")),  # empty: missing
    ("invoices", respell("invoice_id", 3, lambda id_: f"{id_}\u00a0")),  # trimmed
    ("messages", set_cell("message_id", 1, "M-Cafe\u0301")),  # not NFC
    ("time_entries", repeat_first("entry_id")),  # a repeated id, out of order
]


def test_every_allowed_choice_is_a_plain_word_that_needs_no_tidying() -> None:
    # DuckDB checks a choice column only against its allowed values (``_column``): a
    # cell equal to one of them is then as clean as the schema's own spelling.
    choices = [v for spec in TABLES.values() for c in spec.columns for v in c.choices]
    assert choices
    for value in choices:
        assert value.isascii() and value == value.strip() and value.isprintable()
        assert value and not value.startswith("'")


def test_the_blanks_duckdb_looks_for_are_those_the_careful_reader_trims() -> None:
    points = [i for i in range(0x10000) if not 0xD800 <= i < 0xE000]
    cells = pa.array([f"{chr(i)}x{chr(i)}" for i in points])
    trimmed = pc.utf8_trim_whitespace(cells).to_pylist()
    careful = {i for i, t in zip(points, trimmed, strict=True) if t == "x"}
    found = duckdb_connection().execute(
        "SELECT i FROM range(0, 65536) AS t(i) WHERE (i < 55296 OR i >= 57344)"
        " AND regexp_matches(chr(i::INTEGER), ?)",
        [BLANK_ENDS],
    )
    assert {i for (i,) in found.fetchall()} == careful


@pytest.mark.parametrize(("table", "change"), UNCLEAN)
def test_what_the_careful_reader_would_tidy_refuse_or_mention_goes_to_it(
    clean: Path, tmp_path: Path, table: str, change: Callable[[pa.Table], pa.Table]
) -> None:
    folder = changed(clean, tmp_path, table, change)
    assert read_clean(folder, config_of(folder), duckdb_connection()) is None


def reversed_rows(table: pa.Table) -> pa.Table:
    return table.take(pa.array(range(table.num_rows - 1, -1, -1)))


# Clean, but not ids DuckDB can pass from their bytes alone (``plain_ids``): its SQL asks.
CLEAN_NOT_PLAIN = [
    ("invoices", reversed_rows),  # every id different, in no order
    ("time_entries", set_cell("entry_id", 0, "D\u00c9-first")),  # beyond ASCII, in NFC
    ("payments", set_cell("payment_id", 5, None)),  # an optional id left out
]


@pytest.mark.parametrize(("table", "change"), CLEAN_NOT_PLAIN)
def test_ids_out_of_order_or_beyond_ascii_are_checked_by_duckdb_and_read_clean(
    clean: Path, tmp_path: Path, table: str, change: Callable[[pa.Table], pa.Table]
) -> None:
    duckdb_reads_with_the_careful_readers_verdicts(changed(clean, tmp_path, table, change))


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
    folder = changed(clean, tmp_path, "time_entries", whole_numbers("hours"))
    duckdb_reads_with_the_careful_readers_verdicts(folder)


# With --engine spark: the same questions, asked by the executors.


def spark_reads_with_the_careful_readers_verdicts(folder: Path, spark: Any) -> None:
    config = config_of(folder)
    read = spark_folder.read_clean(folder, config, spark)
    assert read is not None, "the folder is clean: Spark reads it"
    assert {type(t).__name__ for t in read.tables.values()} == {"DataFrame"}
    on_spark = score(read.tables, config, as_of=AS_OF, engine="spark")
    careful = score(read_folder(folder, config).tables, config, as_of=AS_OF, engine="duckdb")
    assert on_spark.to_json() == careful.to_json()


@pytest.mark.spark
def test_a_clean_parquet_folder_is_read_by_spark_with_the_careful_readers_verdicts(
    clean: Path, spark_session: Any
) -> None:
    spark_reads_with_the_careful_readers_verdicts(clean, spark_session)


def as_text(column: str) -> Callable[[pa.Table], pa.Table]:
    """The column written as text, as a spreadsheet exported to Parquet has it."""

    def change(table: pa.Table) -> pa.Table:
        i = table.schema.get_field_index(column)
        return table.set_column(i, column, pc.cast(table[column], pa.string()))

    return change


@pytest.mark.spark
def test_typed_or_written_as_text_clean_columns_are_read_as_the_careful_reader_reads_them(
    clean: Path, tmp_path: Path, spark_session: Any
) -> None:
    folder = changed(clean, tmp_path / "a", "time_entries", whole_numbers("hours"))
    folder = changed(folder, tmp_path / "b", "time_entries", as_text("date"))  # cast by Spark
    folder = changed(folder, tmp_path / "c", "invoices", as_text("amount"))
    spark_reads_with_the_careful_readers_verdicts(folder, spark_session)


def naive(column: str) -> Callable[[pa.Table], pa.Table]:
    def change(table: pa.Table) -> pa.Table:
        i = table.schema.get_field_index(column)
        return table.set_column(i, column, table[column].cast(pa.timestamp("us")))

    return change


def test_spark_passes_text_of_one_byte_per_character_without_looking_for_nfc_changes() -> None:
    # Spark looks for the characters NFC may change only in text beyond ASCII: none of
    # them is below U+0080, and an ASCII text is its own NFC.
    assert min(map(ord, spark_folder._not_nfc())) >= 0x80
    ascii_text = "".join(chr(i) for i in range(0x80))
    assert unicodedata.normalize("NFC", ascii_text) == ascii_text


@pytest.mark.spark
@pytest.mark.parametrize(
    ("table", "change"),
    [
        *UNCLEAN,
        ("clients", set_cell("client_id", 4, "C-line\n")),  # a line break after an id
        # instants without a zone: the careful reader places them in the business's zone
        ("messages", naive("sent_at")),
        ("clients", set_cell("name", 2, "\uf900")),  # a CJK compatibility character NFC replaces
    ],
)
def test_with_spark_what_the_careful_reader_would_tidy_refuse_or_mention_goes_to_it(
    clean: Path,
    tmp_path: Path,
    spark_session: Any,
    table: str,
    change: Callable[[pa.Table], pa.Table],
) -> None:
    folder = changed(clean, tmp_path, table, change)
    assert spark_folder.read_clean(folder, config_of(folder), spark_session) is None


@pytest.mark.spark
def test_a_number_written_as_text_with_a_line_break_after_it_goes_to_the_careful_reader(
    clean: Path, tmp_path: Path, spark_session: Any
) -> None:
    def amount_with_a_line_break(table: pa.Table) -> pa.Table:
        return set_cell("amount", 0, "120\n")(as_text("amount")(table))

    folder = changed(clean, tmp_path, "invoices", amount_with_a_line_break)
    assert spark_folder.read_clean(folder, config_of(folder), spark_session) is None
