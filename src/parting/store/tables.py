"""The whole workspace as Arrow tables, read through ADBC: one columnar query per table,
no Python loop over rows. The engine scores what this returns.

ADBC opens its own connection, so it sees committed data only.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyarrow as pa
import pyarrow.compute as pc
from django.db import connection

from parting.schema import TABLES, Tables, complete

# Messages that wait for a person to say whose they are belong to no client yet.
WHERE = {"messages": "client_id IS NOT NULL"}
# SQLite: read a whole table as one batch, so column types are inferred from every row
# (a column that starts with NULLs would otherwise be guessed wrong).
SQLITE_BATCH_ROWS = str(2**30)


def read_tables() -> Tables:
    """Every schema table of the workspace, typed as ``parting.schema`` says."""
    with adbc_connection() as conn:
        cursor = conn.cursor()
        try:
            if connection.vendor == "sqlite":
                cursor.adbc_statement.set_options(
                    **{"adbc.sqlite.query.batch_rows": SQLITE_BATCH_ROWS}
                )
            return complete({name: _read(cursor, name) for name in TABLES})
        finally:
            cursor.close()


def _read(cursor: Any, name: str) -> pa.Table:
    spec = TABLES[name]
    names = [c.name for c in spec.columns]
    where = f" WHERE {WHERE[name]}" if name in WHERE else ""
    order = f" ORDER BY {spec.key or ', '.join(names)}"
    cursor.execute(f"SELECT {', '.join(names)} FROM {name}{where}{order}")
    raw = cursor.fetch_arrow_table()
    return pa.table({c.name: _typed(raw[c.name], c.arrow_type) for c in spec.columns})


def _typed(values: pa.ChunkedArray, type_: pa.DataType) -> pa.ChunkedArray:
    """Database values as the schema's Arrow type. Empty text is missing, as in the CSV."""
    if values.null_count == len(values):  # SQLite gives no type to a column of NULLs
        return pa.chunked_array([pa.nulls(len(values), type_)])
    if pa.types.is_string(type_):
        text = values.cast(pa.string())
        return pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)
    if pa.types.is_timestamp(type_) and pa.types.is_string(values.type):
        # SQLite keeps UTC instants as text without an offset.
        return values.cast(pa.timestamp("us")).cast(pa.timestamp("us", tz="UTC"))
    if pa.types.is_boolean(type_) and pa.types.is_integer(values.type):
        return pc.not_equal(values, 0)
    return values.cast(type_)


@contextmanager
def adbc_connection() -> Iterator[Any]:
    """An ADBC connection to the database Django uses."""
    settings = connection.settings_dict
    if connection.vendor == "postgresql":
        import adbc_driver_postgresql.dbapi as pg

        conn = pg.connect(postgres_uri(settings))
        try:
            yield conn
        finally:
            conn.close()
        return
    import adbc_driver_sqlite.dbapi as lite

    name = str(settings["NAME"])
    if _in_memory(name):
        with _snapshot() as path:
            conn = lite.connect(str(path))
            try:
                yield conn
            finally:
                conn.close()
        return
    conn = lite.connect(name)
    try:
        yield conn
    finally:
        conn.close()


def postgres_uri(settings: dict[str, Any]) -> str:
    user = quote(str(settings.get("USER") or ""), safe="")
    password = quote(str(settings.get("PASSWORD") or ""), safe="")
    auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings.get("HOST") or "localhost"
    port = f":{settings['PORT']}" if settings.get("PORT") else ""
    return f"postgresql://{auth}{host}{port}/{quote(str(settings['NAME']), safe='')}"


def _in_memory(name: str) -> bool:
    return name == ":memory:" or "mode=memory" in name


@contextmanager
def _snapshot() -> Iterator[Path]:
    """An in-memory database (the test database) cannot be opened by a second library, so
    ADBC reads a copy of it, serialised to a temporary file."""
    connection.ensure_connection()
    data = connection.connection.serialize()
    with tempfile.TemporaryDirectory(prefix="parting-") as folder:
        path = Path(folder) / "snapshot.sqlite3"
        path.write_bytes(data)
        yield path
