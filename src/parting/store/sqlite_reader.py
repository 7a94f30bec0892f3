"""Read SQLite tables through ADBC in a process of their own.

The ADBC driver carries its own copy of SQLite. Two copies of SQLite in one process must
never open the same database file: POSIX locks belong to the process, so when one copy
closes the file it silently drops the locks the other still relies on, and a WAL database
can be damaged ("disk I/O error" was the first symptom). Django already holds the file
through Python's sqlite3, so the columnar read runs here, in a child process, and hands
Arrow IPC files back. This module imports nothing of Django.

It speaks to the driver through ADBC's own objects rather than its DB-API module, which
loads pandas and Polars on import: this process starts in half the time.

Run as ``python -m parting.store.sqlite_reader DATABASE OUT_DIR QUERY_FILE``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyarrow as pa

# Read a whole table as one batch, so SQLite column types are inferred from every row
# (a column that starts with NULLs would otherwise be guessed wrong).
BATCH_ROWS = str(2**30)


def read(database: str, out_dir: Path, queries: dict[str, str]) -> None:
    import adbc_driver_manager as adbc
    import adbc_driver_sqlite

    # Read-only: this process never writes, and must not create a missing file.
    uri = Path(database).resolve().as_uri() + "?mode=ro"
    with adbc_driver_sqlite.connect(uri) as db, adbc.AdbcConnection(db) as conn:
        for name, query in queries.items():
            with adbc.AdbcStatement(conn) as statement:
                statement.set_options(**{"adbc.sqlite.query.batch_rows": BATCH_ROWS})
                statement.set_sql_query(query)
                stream, _rows = statement.execute_query()
                table = pa.RecordBatchReader._import_from_c(stream.address).read_all()
            path = str(out_dir / f"{name}.arrow")
            with pa.OSFile(path, "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
                writer.write_table(table)


def main(argv: list[str]) -> int:
    database, out_dir, query_file = argv
    read(database, Path(out_dir), json.loads(Path(query_file).read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
