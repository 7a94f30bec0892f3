"""A Parquet folder read by Spark itself, on the cluster, when its data is clean.

With ``--engine spark`` the careful reader (``parting_csv.read_folder``) reads every file
on the machine running ``parting`` (the driver) and hands the cells to Spark: a million
clients is 15 GiB of Arrow there before Spark copies it. Here the executors read the
Parquet files with ``spark.read.parquet`` and answer, in one Spark job per table and one
per reference, the questions the careful reader asks — the same ones
``duckdb_folder`` asks DuckDB: a required value missing, a number that is not one, too
large, negative where it cannot be, a date that is not a date, an unknown choice, a
repeated id, a reference to nothing, and any cell the careful reader would tidy (blanks
around an id, text not in Unicode NFC, a spreadsheet escape, an empty cell).

The answer is only "clean" or "not sure", as there. Clean: the tables go to the engine as
Spark DataFrames cast to the schema types, and every query of the scoring runs on the
executors. Not sure: the careful reader reads the folder, so every error and notice a
person sees is its own.

The files are read at their ``file://`` address, so the executors must see the folder at
the same path as the driver (the same machine, or a shared mount).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from parting.config import Config
from parting.ingest import duckdb_folder, normal_form, parting_csv, values
from parting.ingest.duckdb_folder import (
    Read,
    known_columns,
    present_references,
    read_parquet_folder,
)
from parting.ingest.values import MAX_NUMBER
from parting.schema import Column, Table

# Spark's names for the schema types (``DataFrame.dtypes``).
TYPES = {
    "str": "string",
    "list": "string",
    "choice": "string",
    "int": "bigint",
    "float": "double",
    "date": "date",
    "bool": "boolean",
    "timestamp": "timestamp",  # an instant; "timestamp_ntz" (no zone) takes the careful path
}
WHOLE_NUMBERS = ("bigint", "int", "smallint", "tinyint")


def _java(shape: str) -> str:
    """A ``duckdb_folder`` shape as a Java pattern: Java's ``$`` also matches before a
    final line break ("12\\n"), which the careful reader refuses; ``\\z`` does not."""
    return shape.removesuffix("$") + r"\z"


SHAPES = {
    "float": _java(duckdb_folder.NUMBER),
    "int": _java(duckdb_folder.INTEGER),
    "date": _java(duckdb_folder.DATE),
    "timestamp": _java(duckdb_folder.INSTANT),
    "bool": r"^(true|false)\z",
}
# Blanks the careful reader trims from ids and choices (Unicode White_Space), and a few
# control characters more: a needless "not sure" only costs the careful read.
_BLANK = r"[\s\x{85}\p{Z}\x{1C}-\x{1F}]"
BLANK_ENDS = rf"^{_BLANK}|{_BLANK}\z"


def read_clean(path: Path, config: Config, spark: Any) -> Read | None:
    """The Parquet folder ``path`` as DataFrames of ``spark`` when every file is clean;
    None when the careful reader must read it (it then finds and names any problem)."""
    from py4j.protocol import Py4JError
    from pyspark.errors import PySparkException

    def table(file: Path, spec: Table, notices: list[str], _present: frozenset[str]) -> Any:
        # Spark checks the text of every column itself (``duckdb_folder.referring`` is
        # not measured on a cluster).
        return _table(spark, file, spec, notices)

    # A file Spark cannot read as asked (or the executors cannot reach): the careful
    # reader reads it on this machine.
    unreadable = (PySparkException, Py4JError)
    return read_parquet_folder(path, config, table, _references_hold, unreadable)


def _table(spark: Any, file: Path, spec: Table, notices: list[str]) -> Any:
    """The table of ``file`` as a typed DataFrame, or None when it is not clean."""
    from pyspark.sql import functions as F

    source = spark.read.parquet(file.resolve().as_uri())
    named = known_columns(file, spec, source.columns, notices)
    if named is None:
        return None
    given, known = named
    types = dict(source.dtypes)
    raw = source.select([_named(given[c.name]).alias(c.name) for c in known])
    counts = []
    casts = []
    for column in known:
        checked = _column(column, types[given[column.name]])
        if checked is None:
            return None
        bad, cast = checked
        # A check that cannot say (null) counts as a problem: the careful reader decides.
        counts.append(F.sum(F.when(F.coalesce(bad, F.lit(True)), 1).otherwise(0)))
        casts.append(cast.alias(column.name))
    if spec.key is not None and spec.key in given:
        key = F.col(spec.key)
        counts.append(F.count(key) - F.count_distinct(key))  # a repeated id
    if not counts:
        return None
    if any(raw.agg(*counts).first()):  # one job, on the executors
        return None
    # Cast by each query that reads the table: the executors read the file lazily.
    return raw.select(casts)


def _column(column: Column, source_type: str) -> tuple[Any, Any] | None:
    """(a Spark condition true on the rows the careful reader would refuse or change, the
    cast to the schema type), or None when the column cannot be checked here."""
    from pyspark.sql import functions as F

    c = F.col(column.name)
    target = TYPES[column.type]
    text = source_type == "string"
    missing = c.isNull() if column.required else F.lit(False)
    if column.type in ("str", "list", "choice"):
        if not text:
            return None
        # A character NFC may change, found by deleting them all: a hash look-up per
        # character (``translate``), where a pattern of hundreds of ranges tries each.
        # None is below U+0300, so text of one byte per character (ids, most English) is
        # passed without: ``translate`` makes a new string per cell.
        beyond_ascii = F.octet_length(c) > F.length(c)
        unstable = beyond_ascii & (F.length(F.translate(c, _not_nfc(), "")) < F.length(c))
        bad = [c == "", c.startswith("'"), c.rlike(r"\x{0}"), unstable]
        if column.type == "choice" or values.is_reference(column.name):
            bad.append(c.rlike(BLANK_ENDS))
        if column.type == "choice":
            bad.append(~c.isin(*column.choices))
        return _any(missing, c, bad), c
    if text:
        bad = [~c.rlike(SHAPES[column.type])]
        if column.type in ("date", "timestamp"):
            bad.append(c.try_cast(target).isNull())
        number = c.try_cast("double")
        if column.type in ("float", "int"):
            bad.append(F.abs(number) > MAX_NUMBER)
            if column.non_negative:
                bad.append(number < 0)
        if column.name in parting_csv.SIGNED_AMOUNTS:
            bad.append(number < 0)  # the careful reader says so
        return _any(missing, c, bad), c.cast(target)
    if column.type == "float" and source_type in WHOLE_NUMBERS:
        source_type, c = target, c.cast("double")  # as the careful reader casts them
    if source_type != target:
        return None
    bad = []
    if column.type in ("float", "int"):
        bad.append(F.abs(c) > MAX_NUMBER)
        if column.type == "float":
            bad.append(F.isnan(c))
        if column.non_negative or column.name in parting_csv.SIGNED_AMOUNTS:
            bad.append(c < 0)
    return _any(missing, c, bad), c


def _any(missing: Any, c: Any, bad: list[Any]) -> Any:
    from functools import reduce

    from pyspark.sql import functions as F

    found = reduce(lambda a, b: a | b, bad, F.lit(False))
    return missing | (c.isNotNull() & found)


def _references_hold(tables: dict[str, Any]) -> bool:
    for table, column, target, target_column in present_references(tables):
        refs = table.select(_named(column).alias("ref")).where("ref IS NOT NULL")
        known = target.select(_named(target_column).alias("ref"))
        if not refs.join(known, "ref", "left_anti").isEmpty():
            return False
    return True


def _named(name: str) -> Any:
    from pyspark.sql import functions as F

    return F.col("`" + name.replace("`", "``") + "`")


@cache
def _not_nfc() -> str:
    """Every character that may change when text is put in Unicode NFC (Unicode's NFC
    quick check "No" or "Maybe": ``normal_form.may_change``) and that Python's tables
    know; none is above U+2FFFF. Text without any of them is already in NFC; text with
    one may be, and the careful reader decides."""
    return "".join(
        chr(code) for code in sorted(normal_form.may_change(unknown=False, below=0x30000))
    )
