"""Speed of the demo generator and the Parting CSV reader on a big portfolio.

    .venv/bin/python benchmarks/parting_csv_and_demo.py [--clients 200000] [--dir /tmp/bench]

Reports seconds and, as the brief for benchmarks asks, ratios against a baseline run in
the same process: generation against writing the same tables as CSV, and the checked read
(``read_folder``: typed, validated, references checked) against a bare
``pyarrow.csv.read_csv`` of the same files with inferred types.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

import pyarrow.csv as pv

from parting import demo
from parting.ingest.parting_csv import read_folder


def timed(label: str, work):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    print(f"{label:<44} {seconds:8.2f} s")
    return result, seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=200_000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    out = args.dir or Path(tempfile.mkdtemp(prefix="parting-bench-"))

    tables, generate_s = timed(
        f"demo.generate({args.clients:,})",
        lambda: demo.generate(args.clients, 7, date(2026, 6, 30)),
    )
    records = sum(t.num_rows for t in tables.values())
    entries = tables["time_entries"].num_rows
    print(f"{'records':<44} {records:>10,} ({entries / records:.0%} time entries)")
    _, write_s = timed("demo.write (CSV, baseline for generate)", lambda: demo.write(tables, out))
    size = sum(f.stat().st_size for f in out.glob("*.csv")) / 1e6
    print(f"{'CSV size':<44} {size:8.0f} MB")

    def bare() -> int:
        return sum(pv.read_csv(f).num_rows for f in sorted(out.glob("*.csv")))

    _, bare_s = timed("pyarrow.csv.read_csv (baseline for read)", bare)
    loaded, read_s = timed("parting_csv.read_folder", lambda: read_folder(out, demo.demo_config()))
    assert sum(t.num_rows for t in loaded.tables.values()) == records
    print(f"{'generate / write':<44} {generate_s / write_s:8.2f} x")
    print(f"{'read_folder / bare read_csv':<44} {read_s / bare_s:8.2f} x")


if __name__ == "__main__":
    main()
