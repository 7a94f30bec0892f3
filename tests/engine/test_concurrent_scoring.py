"""Scoring in several threads at once (web requests and the rescoring worker do) gives
each the same, whole triage: DuckDB is used through one connection per thread."""

from __future__ import annotations

import threading
from datetime import date

from parting import demo
from parting.engine import score

AS_OF = date(2026, 6, 30)


def test_four_threads_scoring_at_once_each_get_the_whole_triage() -> None:
    tables = demo.generate(clients=12, seed=1, as_of=AS_OF)
    config = demo.demo_config()
    alone = score(tables, config, as_of=AS_OF, engine="duckdb").to_json()
    results: list[object] = []
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def run() -> None:
        start.wait()
        try:
            results.append(score(tables, config, as_of=AS_OF, engine="duckdb").to_json())
        except BaseException as error:  # the test reports every failure
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert results == [alone] * 4
