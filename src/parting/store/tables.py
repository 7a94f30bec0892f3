"""The whole workspace as Arrow tables, read through ADBC: one columnar query per table,
no Python loop over rows. The engine scores what this returns.

ADBC opens its own connection, so it sees committed data only. On SQLite that connection
lives in a child process (see ``sqlite_reader`` for why); on PostgreSQL, in this one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator
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


def read_tables() -> Tables:
    """Every schema table of the workspace, typed as ``parting.schema`` says."""
    with reading_tables() as tables:
        return tables()


@contextmanager
def reading_tables(database: Path | None = None) -> Iterator[Callable[[], Tables]]:
    """Start reading every table (``read_tables``); the function given waits for them.

    On SQLite the read runs in a child process, so the caller can do other work until it
    needs the tables (load the engine, say): on two cores both go on at once. Leaving the
    block stops a read nobody waited for. ``database``: the workspace's SQLite file
    (``site.folders.sqlite_file``), read without asking Django, which can then be set up
    meanwhile; by default, the database Django uses."""
    if database is not None:
        with _reading_file(str(database)) as tables:
            yield tables
        return
    if connection.vendor != "sqlite":
        yield lambda: _typed_tables(_read_postgres())
        return
    with _sqlite_file() as name, _reading_file(name) as tables:
        yield tables


@contextmanager
def _reading_file(database: str) -> Iterator[Callable[[], Tables]]:
    """``reading_tables`` of the SQLite file ``database``, in a child process."""
    with tempfile.TemporaryDirectory(prefix="parting-") as tmp:
        folder = Path(tmp)
        queries = {name: _query(name) for name in TABLES}
        query_file = folder / "queries.json"
        query_file.write_text(json.dumps(queries), encoding="utf-8")
        command = [sys.executable, "-m", "parting.store.sqlite_reader", database, tmp]
        child = subprocess.Popen(
            [*command, str(query_file)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

        def tables() -> Tables:
            _, errors = child.communicate()
            if child.returncode != 0:
                raise RuntimeError(f"reading the workspace failed: {errors.strip()[-2000:]}")
            return _typed_tables({name: _arrow_file(folder / f"{name}.arrow") for name in queries})

        try:
            yield tables
        finally:
            if child.poll() is None:
                child.kill()
                child.communicate()


def _read_postgres() -> dict[str, pa.Table]:
    with adbc_connection() as conn, conn.cursor() as cursor:
        raw = {}
        for name in TABLES:
            cursor.execute(_query(name))
            raw[name] = cursor.fetch_arrow_table()
    return raw


def _typed_tables(raw: dict[str, pa.Table]) -> Tables:
    return complete({name: _typed_table(name, table) for name, table in raw.items()})


def _arrow_file(path: Path) -> pa.Table:
    """The table the child wrote to ``path``: memory-mapped where the system keeps a
    mapping readable after its file is removed (POSIX), so nothing is copied."""
    if os.name == "posix":
        return pa.ipc.open_file(pa.memory_map(str(path))).read_all()
    # Elsewhere read fully: the folder is removed once the tables are read.
    return pa.ipc.open_file(pa.OSFile(str(path))).read_all()


# One client's rows of each table: its own, and the payments of its invoices.
CLIENT_WHERE = {
    "payments": "invoice_id IN (SELECT invoice_id FROM invoices WHERE client_id IN ({ids}))",
}
# Scoring clients again needs, besides, the clients that name them as their referrer (they
# count as their referrals) and the projects their time was booked on, whoever's they are.
RELATED_WHERE = {
    **CLIENT_WHERE,
    "clients": "client_id IN ({ids}) OR referred_by IN ({ids})",
    "projects": "client_id IN ({ids}) OR project_id IN "
    "(SELECT project_id FROM time_entries WHERE client_id IN ({ids}))",
}


def read_client_tables(client_id: str, only: Iterable[str] | None = None) -> Tables:
    """The rows of one client in every schema table (or the tables named in ``only``; the
    others are empty), typed as ``read_tables`` types them.

    A plan, a letter or a client page concerns one client: a handful of rows, read through
    Django's own connection in this process — no child process, no whole workspace."""
    return _read_some([client_id], CLIENT_WHERE, only)


def read_related_tables(client_ids: Collection[str]) -> Tables:
    """Every row a scoring of ``client_ids`` reads (``RELATED_WHERE``), typed as
    ``read_tables`` types them and in the same order, through Django's connection."""
    return _read_some(sorted(client_ids), RELATED_WHERE)


def _read_some(
    client_ids: list[str], wheres: dict[str, str], only: Iterable[str] | None = None
) -> Tables:
    raw = {}
    wanted = set(TABLES if only is None else only)
    marks = ", ".join(["%s"] * len(client_ids)) or "NULL"
    with connection.cursor() as cursor:
        for name, spec in TABLES.items():
            if name not in wanted:
                continue
            names = [c.name for c in spec.columns]
            where = wheres.get(name, "client_id IN ({ids})")
            order = spec.key or ", ".join(names)
            if name in WHERE:
                where = f"({where}) AND {WHERE[name]}"
            cursor.execute(
                f"SELECT {', '.join(names)} FROM {name} WHERE {where.format(ids=marks)} "
                f"ORDER BY {order}",
                client_ids * where.count("{ids}"),
            )
            rows = cursor.fetchall()
            raw[name] = pa.table(
                {c: pa.array([row[i] for row in rows]) for i, c in enumerate(names)}
            )
    return _typed_tables(raw)


def _query(name: str) -> str:
    spec = TABLES[name]
    names = [c.name for c in spec.columns]
    where = f" WHERE {WHERE[name]}" if name in WHERE else ""
    order = f" ORDER BY {spec.key or ', '.join(names)}"
    return f"SELECT {', '.join(names)} FROM {name}{where}{order}"


def _typed_table(name: str, raw: pa.Table) -> pa.Table:
    spec = TABLES[name]
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
    """An ADBC connection to the PostgreSQL database Django uses."""
    import adbc_driver_postgresql.dbapi as pg

    conn = pg.connect(postgres_uri(connection.settings_dict))
    try:
        yield conn
    finally:
        conn.close()


@contextmanager
def _sqlite_file() -> Iterator[str]:
    """The path of the SQLite database Django uses (a serialised copy when in memory)."""
    name = str(connection.settings_dict["NAME"])
    if not _in_memory(name):
        yield name
        return
    with _snapshot() as path:
        yield str(path)


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
