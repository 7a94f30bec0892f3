"""The engine's DuckDB connections hand the memory a query has freed back to the system,
so that a large scoring's figures query does not keep its working memory through the
verdicts and the writing (issue #16: a million clients under 4 GiB)."""

from __future__ import annotations

import threading
from typing import Any

from parting.engine.backends import duckdb_connection


def _background_purging(con: Any) -> bool:
    rows = con.sql("SELECT current_setting('allocator_background_threads')").fetchall()
    return bool(rows[0][0])


def test_the_main_threads_connection_returns_freed_memory() -> None:
    assert _background_purging(duckdb_connection())


def test_a_worker_threads_own_connection_returns_freed_memory_too() -> None:
    seen: list[bool] = []
    worker = threading.Thread(target=lambda: seen.append(_background_purging(duckdb_connection())))
    worker.start()
    worker.join()
    assert seen == [True]
