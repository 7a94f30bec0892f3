"""The three engines: turn Arrow tables into native lazy frames and add derived columns.

Everything backend-specific lives here, so the metrics above it are one narwhals code
path. Dates become integer day numbers and timestamps integer epoch seconds plus the local
hour and weekday (ARCHITECTURE.md, "Portability notes"): date arithmetic and time-zone
conversion do not port, integer arithmetic does.
"""

from __future__ import annotations

import threading
from typing import Any

import narwhals as nw
import pyarrow as pa

from parting.errors import InputError
from parting.i18n import _

ENGINES = ("duckdb", "polars", "spark")

# One DuckDB connection per thread. The module-level ``duckdb.from_arrow``/``duckdb.table``
# share one default connection, which is not safe across threads: two web requests (or a
# request and the rescoring worker) scoring at once broke each other's queries.
_local = threading.local()


def duckdb_connection() -> Any:
    """This thread's in-memory DuckDB connection, opened on first use.

    The main thread keeps DuckDB's default connection: that is where a caller's own frames
    live (``duckdb.from_arrow``, ``duckdb.sql``), and DuckDB joins only frames of one
    connection. Other threads (web requests, the rescoring worker) each get their own.
    """
    con = getattr(_local, "duckdb", None)
    if con is None:
        import duckdb

        main = threading.current_thread() is threading.main_thread()
        con = _local.duckdb = duckdb.default_connection() if main else duckdb.connect()
        # DuckDB's allocator (jemalloc on Linux) keeps the pages a query freed for the
        # next one unless its background threads hand them back. The figures query at a
        # million clients frees about 1.2 GiB that the scoring after it never asks DuckDB
        # for again: kept, they set the process's peak (3.4 → 2.1 GiB after the figures).
        con.execute("SET allocator_background_threads = true")
    return con


DAY_COLUMNS: dict[str, dict[str, str]] = {
    "clients": {"since": "since_day"},
    "projects": {},
    "time_entries": {"date": "day"},
    "invoices": {"issued_on": "issued_day", "due_on": "due_day"},
    "payments": {"paid_on": "paid_day"},
    "messages": {},
    "incidents": {"date": "day"},
    "judgements": {},
}
# messages.sent_at -> day (local), epoch (seconds), hour and weekday (local, Monday = 0)
TIMESTAMP_COLUMNS: dict[str, str] = {"messages": "sent_at"}


def check_engine(engine: str) -> str:
    if engine not in ENGINES:
        from parting.words.formats import quoted  # the value as the reader quotes it

        raise InputError(
            _("unknown engine {engine}.").format(engine=quoted([engine])),
            fix=_("Choose one of: duckdb, polars, spark."),
        )
    return engine


def engine_of(native: Any) -> str | None:
    """The engine a native frame belongs to, or None for Arrow and other eager data."""
    if isinstance(native, pa.Table):
        return None
    impl = nw.from_native(native).implementation
    if impl.is_duckdb():
        return "duckdb"
    if impl.is_polars():
        return "polars"
    if impl.is_pyspark() or impl.is_pyspark_connect():
        return "spark"
    return None


def from_arrow(table: pa.Table, engine: str) -> Any:
    """A native lazy frame of ``engine`` holding ``table``."""
    if engine == "duckdb":
        return duckdb_connection().from_arrow(table)
    if engine == "polars":
        import polars as pl

        return pl.from_arrow(table).lazy()  # type: ignore[union-attr]
    return spark_session().createDataFrame(table)


def spark_session() -> Any:
    """The Spark session to score on: the one already active (a notebook, a test, a job
    that calls ``score``), else a new one on the cluster ``PARTING_SPARK_MASTER`` names
    (``spark://host:7077``, ``yarn``, ``k8s://https://host:443``; by default Spark's own
    local mode). Further settings come from Spark's usual places (``spark-defaults.conf``
    in ``SPARK_CONF_DIR``); ``SPARK_REMOTE`` (Spark Connect, Databricks Connect) is honoured
    by PySpark itself."""
    import os

    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = SparkSession.builder.appName("parting")
    master = os.environ.get("PARTING_SPARK_MASTER")
    if master:
        builder = builder.master(master)
    return builder.getOrCreate()


def derive(native: Any, table: str, engine: str, timezone: str) -> Any:
    """Add the integer day / epoch / local hour and weekday columns of ``table``."""
    days = DAY_COLUMNS.get(table, {})
    stamp = TIMESTAMP_COLUMNS.get(table)
    if not days and not stamp:
        return native
    if engine == "duckdb":
        return _derive_duckdb(native, days, stamp, timezone)
    if engine == "polars":
        return _derive_polars(native, days, stamp, timezone)
    return _derive_spark(native, days, stamp, timezone)


def _derive_duckdb(rel: Any, days: dict[str, str], stamp: str | None, tz: str) -> Any:
    parts = ["*"]
    parts += [
        f"CAST(\"{src}\" - DATE '1970-01-01' AS BIGINT) AS {dst}" for src, dst in days.items()
    ]
    if not stamp:
        return rel.project(", ".join(parts))
    tzq = tz.replace("'", "")
    # Convert to local time once (a time-zone lookup per row is the costly part).
    local = rel.project(f"*, timezone('{tzq}', CAST(\"{stamp}\" AS TIMESTAMPTZ)) AS _local_time")
    parts += [
        f'CAST(epoch(CAST("{stamp}" AS TIMESTAMPTZ)) AS BIGINT) AS epoch',
        "CAST(CAST(_local_time AS DATE) - DATE '1970-01-01' AS BIGINT) AS day",
        "CAST(hour(_local_time) AS BIGINT) AS local_hour",
        "CAST(isodow(_local_time) - 1 AS BIGINT) AS local_weekday",
    ]
    return local.project(", ".join(parts)).project("* EXCLUDE (_local_time)")


def _derive_polars(lf: Any, days: dict[str, str], stamp: str | None, tz: str) -> Any:
    import polars as pl

    exprs = [pl.col(src).cast(pl.Date).cast(pl.Int64).alias(dst) for src, dst in days.items()]
    if stamp:
        given = lf.collect_schema()[stamp]
        aware = getattr(given, "time_zone", None) is not None
        # An instant with a zone converts; a naive one is taken as UTC (schema convention).
        utc = (
            pl.col(stamp).dt.convert_time_zone("UTC")
            if aware
            else pl.col(stamp).dt.replace_time_zone("UTC")
        )
        local = utc.dt.convert_time_zone(tz)
        exprs += [
            utc.dt.epoch("s").cast(pl.Int64).alias("epoch"),
            local.dt.date().cast(pl.Int64).alias("day"),
            local.dt.hour().cast(pl.Int64).alias("local_hour"),
            (local.dt.weekday().cast(pl.Int64) - 1).alias("local_weekday"),
        ]
    return lf.with_columns(exprs)


def _derive_spark(df: Any, days: dict[str, str], stamp: str | None, tz: str) -> Any:
    from pyspark.sql import functions as F

    epoch_day = F.lit("1970-01-01").cast("date")
    for src, dst in days.items():
        df = df.withColumn(dst, F.datediff(F.col(src), epoch_day).cast("long"))
    if stamp:
        session_tz = df.sparkSession.conf.get("spark.sql.session.timeZone")
        # Spark shows instants in the session zone: back to UTC wall time, then to ``tz``.
        local = F.from_utc_timestamp(F.to_utc_timestamp(F.col(stamp), session_tz), tz)
        df = (
            df.withColumn("epoch", F.unix_timestamp(F.col(stamp)).cast("long"))
            .withColumn("day", F.datediff(F.to_date(local), epoch_day).cast("long"))
            .withColumn("local_hour", F.hour(local).cast("long"))
            .withColumn("local_weekday", ((F.dayofweek(local) + 5) % 7).cast("long"))
        )
    return df


def join(
    left: nw.LazyFrame[Any], right: nw.LazyFrame[Any], on: str | list[str], how: str
) -> nw.LazyFrame[Any]:
    """``left.join(right, on=on, how=how)`` (left, inner, semi or anti; or cross, ``on``
    empty), the same rows and columns on every engine.

    On DuckDB each step of a relation is a statement its binder checks, about a
    millisecond each, and narwhals makes five steps of a join (an alias for each side,
    the join, the choice of columns, an alias again): a scoring joins some thirty tables,
    so those checks were a fixed cost, small portfolio or large. Joined on the shared key
    columns, DuckDB's own join keeps the left's columns in their order, then the right's
    other columns — what narwhals gives — in one step."""
    keys = [on] if isinstance(on, str) else list(on)
    lhs, rhs = left.to_native(), right.to_native()
    if engine_of(lhs) != "duckdb" or engine_of(rhs) != "duckdb":
        if how == "cross":
            return left.join(right, how="cross")
        return left.join(right, on=keys, how=how)  # type: ignore[arg-type]
    # The relations' own column names: narwhals' schema would ask the connection's time
    # zone, a query, for every table with a timestamp.
    kept = set(lhs.columns)
    clash = how in ("left", "inner", "cross") and any(
        name in kept and name not in keys for name in rhs.columns
    )
    if clash:  # narwhals names the right's copy with a suffix
        if how == "cross":
            return left.join(right, how="cross")
        return left.join(right, on=keys, how=how)  # type: ignore[arg-type]
    if rhs.alias == lhs.alias:  # the same table on both sides: DuckDB wants two names
        rhs = rhs.set_alias(f"{rhs.alias}_joined")
    if how == "cross":
        return nw.from_native(lhs.cross(rhs)).lazy()
    columns = ", ".join('"' + key.replace('"', '""') + '"' for key in keys)
    return nw.from_native(lhs.join(rhs, columns, how=how)).lazy()


def release(frame: nw.LazyFrame[Any], engine: str) -> None:
    """Free what ``materialise`` kept."""
    native = frame.to_native()
    if engine == "duckdb":
        name = native.alias
        if name.startswith("parting_"):
            native.query("_parting", f'DROP TABLE IF EXISTS "{name}"')
    elif engine == "spark":
        native.unpersist()


def materialise(frame: nw.LazyFrame[Any], engine: str) -> nw.LazyFrame[Any]:
    """Compute ``frame`` once and keep the result for the queries that read it again."""
    if engine == "spark":
        # An eager local checkpoint also cuts the (large) classifier plan out of the
        # queries that read it.
        return nw.from_native(frame.to_native().localCheckpoint()).lazy()
    if engine == "duckdb":
        import uuid

        import duckdb

        # A temporary table stays inside DuckDB (compressed, spillable), never in Python.
        name = f"parting_{uuid.uuid4().hex}"
        native = frame.to_native()
        native.to_table(name)
        try:
            # Read back as the table alone: every query over it then binds a short
            # statement, not the whole one that made it (the classifier's is 240 kB).
            kept = duckdb_connection().table(name)
        except duckdb.CatalogException:
            # A frame the caller made on another connection (duckdb's default, say) keeps
            # its table there: read it through the frame's own.
            kept = native.query("_parting", f'SELECT * FROM "{name}"')
        return nw.from_native(kept.set_alias(name)).lazy()
    return frame.collect().lazy()
