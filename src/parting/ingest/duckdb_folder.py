"""A Parquet folder read by DuckDB straight into the engine, when its data is clean.

The careful reader (``parting_csv.read_folder``) holds every cell in Arrow memory, as
written and as typed: a million clients took 15.7 GiB and most of a 9-minute run there.
Here DuckDB reads each Parquet file lazily, column by column, query by query, and asks
first, in one query per table, every question the careful reader asks: a required value
missing, a number that is not one, too large, negative where it cannot be, a date that is
not a date, an unknown choice, a repeated id, a reference to nothing.

The answer is only "clean" or "not sure". Clean means every cell is already in the form
the careful reader would store: no blanks around ids and choices, text in Unicode NFC,
no spreadsheet escape, numbers and dates plainly written or typed, instants with their
UTC offset. Then the only change left is the type, and DuckDB casts. Anything else — a
problem to report, a value to tidy, a negative amount to mention — is "not sure", and the
careful reader reads the folder instead, so every error and every notice is its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from parting.config import Config
from parting.ingest import parting_csv, values
from parting.ingest.values import MAX_NUMBER
from parting.schema import TABLES, Column, Table

# A number, an integer, a date and an instant with its offset, as the careful reader's
# casts read them (``values``): a cell of another shape takes the careful path.
NUMBER = r"^-?[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?$"
INTEGER = r"^-?[0-9]+$"
DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
INSTANT = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}:[0-9]{2}([.][0-9]{1,6})?"
    r"(Z|[+-][0-9]{2}:[0-9]{2})$"
)
# Blanks the careful reader trims from ids and choices (Arrow's ``utf8_trim_whitespace``:
# Unicode White_Space, with the vertical tab that RE2's \s leaves out, and the separators
# U+001C-U+001F).
_BLANK = r"[\s\p{Z}\x{85}\x{0B}\x{1C}-\x{1F}]"
BLANK_ENDS = rf"^{_BLANK}|{_BLANK}$"
WHOLE_NUMBERS = ("BIGINT", "INTEGER", "SMALLINT", "TINYINT")
TYPES = {
    "str": "VARCHAR",
    "list": "VARCHAR",
    "choice": "VARCHAR",
    "int": "BIGINT",
    "float": "DOUBLE",
    "date": "DATE",
    "bool": "BOOLEAN",
    "timestamp": "TIMESTAMP WITH TIME ZONE",
}


@dataclass
class Read:
    """The tables as the engine's lazy frames (only those present: DuckDB relations here,
    Spark DataFrames from ``spark_folder``) and what the person is told."""

    tables: dict[str, Any]
    notices: list[str] = field(default_factory=list)


def read_clean(path: Path, config: Config, con: Any) -> Read | None:
    """The Parquet folder ``path`` as lazy relations on ``con`` when every file is clean;
    None when the careful reader must read it (it then finds and names any problem)."""
    import duckdb

    def table(file: Path, spec: Table, notices: list[str], present: frozenset[str]) -> Any:
        return _table(con, file, spec, notices, referring(spec.name, present))

    # A file DuckDB cannot read as asked: the careful reader will say.
    return read_parquet_folder(path, config, table, _references_hold, duckdb.Error)


def read_parquet_folder(
    path: Path,
    config: Config,
    table: Callable[[Path, Table, list[str], frozenset[str]], Any],
    references_hold: Callable[[dict[str, Any]], bool],
    unreadable: type[Exception] | tuple[type[Exception], ...],
) -> Read | None:
    """Every table of the Parquet folder ``path`` as ``table`` reads it (None: not clean;
    it is told the names of the folder's tables), when all are clean and
    ``references_hold``; None when the careful reader must read it, or when reading
    raises ``unreadable``. Shared by DuckDB and ``spark_folder``."""
    parting_csv._check_timezone(config.timezone)
    notices: list[str] = []
    files = parting_csv._find_files(Path(path), notices)
    if any(file.suffix.lower() != ".parquet" for file in files.values()):
        # CSV keeps the careful reader: on the 40,000-client demo, DuckDB parsing and
        # checking the text cost more CPU (4.7 s) than Arrow's reader (2.2-3.3 s).
        return None
    read = Read({}, notices)
    present = frozenset(files)
    try:
        for name, file in files.items():
            frame = table(file, TABLES[name], read.notices, present)
            if frame is None:
                return None
            read.tables[name] = frame
        return read if references_hold(read.tables) else None
    except unreadable:
        return None


def known_columns(
    file: Path, spec: Table, columns: list[str], notices: list[str]
) -> tuple[dict[str, str], list[Column]] | None:
    """The file's ``columns`` by their schema name, and the schema's columns it has; None
    when two names differ only in case or blanks, or a required column is missing."""
    given = {c.strip().lower(): c for c in columns}
    if len(given) != len(columns) or any(c not in given for c in spec.required):
        return None
    parting_csv._check_columns(file, spec, list(given), notices)
    return given, [c for c in spec.columns if c.name in given]


def referring(table: str, present: frozenset[str]) -> frozenset[str]:
    """The columns of ``table`` whose every value must be an id of another table of the
    folder (``parting_csv.REFERENCES``): the reference check compares the cells exactly
    as written, so a value that passes it is spelt exactly like an id that passed every
    text check, and needs none of its own (a blank around it, or another spelling, is an
    unknown id, and the careful reader reads the folder)."""
    return frozenset(
        column
        for source, column, target, _target_column in parting_csv.REFERENCES
        if source == table and target in present and target != table
    )


def _table(con: Any, file: Path, spec: Table, notices: list[str], ids_of: frozenset[str]) -> Any:
    """The table of ``file`` as a typed relation, or None when it is not clean. The text
    of the columns ``ids_of`` other tables is left to the reference check (``referring``)."""
    source = con.read_parquet(str(file))
    named = known_columns(file, spec, source.columns, notices)
    if named is None:
        return None
    given, known = named
    types = {name: str(type_) for name, type_ in zip(source.columns, source.types, strict=True)}
    raw = source.project(", ".join(f"{_quoted(given[c.name])} AS {_quoted(c.name)}" for c in known))
    key = spec.key if spec.key is not None and spec.key in given else None
    # The table's own ids, when they are plain and in order, need no SQL check (``plain_ids``).
    plain_key = (
        key is not None
        and types[given[key]] == "VARCHAR"
        and plain_ids(pa.RecordBatchReader.from_stream(raw.project(_quoted(key))))
    )
    counts: list[str] = []
    casts: list[str] = []
    for column in known:
        check, cast = _column(column, types[given[column.name]], column.name in ids_of)
        if check is None:
            return None
        if not (plain_key and column.name == key):
            counts.append(f"coalesce(sum(({check})::BIGINT), 0)")
        casts.append(f"{cast} AS {_quoted(column.name)}")
    if key is not None and not plain_key:
        counts.append(f"count({_quoted(key)}) - count(DISTINCT {_quoted(key)})")  # a repeated id
    if counts and any(raw.aggregate(", ".join(counts)).fetchall()[0]):
        return None
    # Cast by each query that reads the table: the file is read lazily, column by column.
    return raw.project(", ".join(casts))


def _column(column: Column, source_type: str, referring: bool = False) -> tuple[str | None, str]:
    """(SQL counting the rows the careful reader would refuse or change, or None when the
    column cannot be checked here; the cast to the schema type). A ``referring`` column's
    text is checked by the reference check, its presence here."""
    c = _quoted(column.name)
    target = TYPES[column.type]
    text = source_type == "VARCHAR"
    missing = f"{c} IS NULL" if column.required else "false"
    if column.type in ("str", "list", "choice"):
        if not text:
            return None, ""
        if referring:
            # Each cell either equals an id that passed every check below, or is unknown
            # there: at a million clients, four string tests fewer on each of 27 million
            # time entries' client and project.
            return missing, c
        if column.type == "choice":
            # A cell that is exactly one of the allowed values (plain ASCII words: the
            # schema's tests) is as clean as that value; any other (a blank around it,
            # another case or spelling) is none of them. The text tests below would read
            # every cell, where this reads each distinct value of a dictionary-encoded
            # column once: at 200,000 clients, 0.31 -> 0.03 s for the time entries' kind.
            allowed = ", ".join(f"'{v}'" for v in column.choices)
            return f"{missing} OR ({c} IS NOT NULL AND {c} NOT IN ({allowed}))", c
        bad = [
            f"{c} = ''",
            f"starts_with({c}, '''')",
            f"contains({c}, chr(0))",
            f"{c} <> nfc_normalize({c})",
        ]
        if values.is_reference(column.name):
            bad.append(f"regexp_matches({c}, '{BLANK_ENDS}')")
        return f"{missing} OR ({c} IS NOT NULL AND ({' OR '.join(bad)}))", c
    if text:
        shape = {
            "float": NUMBER,
            "int": INTEGER,
            "date": DATE,
            "timestamp": INSTANT,
            "bool": r"^(true|false)$",
        }[column.type]
        bad = [f"NOT regexp_matches({c}, '{shape}')"]
        if column.type == "date":
            bad.append(f"TRY_CAST({c} AS DATE) IS NULL")
        if column.type == "timestamp":
            bad.append(f"TRY_CAST({c} AS TIMESTAMP WITH TIME ZONE) IS NULL")
        if column.type in ("float", "int"):
            number = f"TRY_CAST({c} AS DOUBLE)"
            bad.append(f"abs({number}) > {MAX_NUMBER}")
            if column.non_negative:
                bad.append(f"{number} < 0")
        if column.name in parting_csv.SIGNED_AMOUNTS:
            bad.append(f"TRY_CAST({c} AS DOUBLE) < 0")  # the careful reader says so
        return f"{missing} OR ({c} IS NOT NULL AND ({' OR '.join(bad)}))", f"CAST({c} AS {target})"
    if column.type == "float" and source_type in WHOLE_NUMBERS:
        source_type, c = target, f"CAST({c} AS DOUBLE)"  # as the careful reader casts them
    if source_type != target:
        return None, ""
    bad = []
    if column.type in ("float", "int"):
        bad.append(f"abs({c}) > {MAX_NUMBER}")
        if column.type == "float":
            bad.append(f"NOT isfinite({c})")
        if column.non_negative or column.name in parting_csv.SIGNED_AMOUNTS:
            bad.append(f"{c} < 0")
    test = " OR ".join(bad) if bad else "false"
    return f"{missing} OR ({c} IS NOT NULL AND ({test}))", c


def plain_ids(batches: Iterable[pa.RecordBatch]) -> bool:
    """Whether every id of a one-column text table is given, plain ASCII without a NUL,
    neither starting nor ending with a blank or starting with a spreadsheet escape, and
    greater than the id before it. Such ids pass every question ``_column`` asks of a key
    (ASCII is its own NFC; every blank the careful reader trims is a byte up to 0x20 or a
    character beyond ASCII) and, strictly increasing, none repeats. False says only "not
    sure": the SQL check then asks.

    Why: a table's ids are all different, so DuckDB's text tests and its hash table of
    distinct ids work on every cell — at 200,000 clients 2 s of processor time for the
    time entries' ids, the largest part of the check. Exports usually list rows in id
    order (the careful reader's ``_check_unique`` relies on it too), and here the bytes
    are read in place, two comparisons per id."""
    previous: pa.Scalar | None = None
    for batch in batches:
        ids = batch.column(0)
        if len(ids) == 0:
            continue
        if ids.null_count or not values.is_text(ids):
            return False
        for _chunk, ends, data in values.text_chunks(ids):
            if (np.diff(ends) == 0).any():
                return False  # an empty id
            text = data[int(ends[0]) : int(ends[-1])]
            if int(text.max()) >= 0x80 or int(text.min()) == 0:
                return False
            first, last = data[ends[:-1]], data[ends[1:] - 1]
            if ((first <= 0x20) | (first == 0x27) | (first == 0x7F)).any():
                return False
            if ((last <= 0x20) | (last == 0x7F)).any():
                return False
        if previous is not None and not pc.less(previous, ids[0]).as_py():
            return False
        if len(ids) > 1 and not pc.all(pc.less(ids.slice(0, len(ids) - 1), ids.slice(1))).as_py():
            return False
        previous = ids[len(ids) - 1]
    return True


def present_references(tables: dict[str, Any]) -> Iterator[tuple[Any, str, Any, str]]:
    """Each reference between tables (``parting_csv.REFERENCES``) that the folder holds
    both ends of: the table, its column, the table referred to and that table's column."""
    for table, column, target, target_column in parting_csv.REFERENCES:
        if table in tables and target in tables and column in tables[table].columns:
            yield tables[table], column, tables[target], target_column


def _references_hold(tables: dict[str, Any]) -> bool:
    for table, column, target, target_column in present_references(tables):
        refs = table.project(f"{_quoted(column)} AS ref").set_alias("refs")
        known = target.project(f"{_quoted(target_column)} AS ref").set_alias("known")
        unknown = refs.join(known, "ref", how="anti").filter("ref IS NOT NULL")
        if unknown.limit(1).fetchall():
            return False
    return True


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
