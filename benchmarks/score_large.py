"""``parting score`` on a million clients, every output format, with time and peak memory:
``python -m benchmarks.score_large --clients 1000000``.

1. The demo portfolio is made at the asked size as Parquet (``benchmarks.engine.make_data``:
   ``parting.demo.generate`` in chunks of 200 000 clients, written straight to Parquet,
   never through CSV), then joined into one Parquet file per table, the folder layout
   ``parting score --input`` reads. Both are kept under ``$PARTING_BENCH_DATA``.
2. ``parting score --input FOLDER --format F --output FILE`` runs as a fresh process for
   each format asked (table, json, csv, parquet); the report gives its wall time, its CPU
   time (user + system, every thread), its peak resident memory (the kernel's high-water
   mark for that process alone, from ``wait4``) and, with ``--profile``, the breakdown the
   command prints on stderr. The load average is printed beside each run: the machine is
   shared.

The targets (issue #16): 1 M clients / 53 M records in at most 60 s and 4 GiB, on DuckDB,
in every format.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.engine import AS_OF, make_data, records

FORMATS = ("json", "csv", "parquet", "table")
GIB = 1 << 30


def one_file_per_table(parts: Path) -> Path:
    """``parts/<table>/part-*.parquet`` joined into ``<table>.parquet`` files, once."""
    import duckdb
    import tomli_w

    from parting import demo, schema

    folder = parts.with_name(parts.name + "-folder")
    if (folder / demo.SETTINGS_FILE).exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect()
    for name in schema.TABLES:
        source = parts / name
        if not any(source.glob("*.parquet")):
            continue
        con.execute(
            f"COPY (SELECT * FROM read_parquet('{source}/*.parquet'))"
            f" TO '{folder / name}.parquet' (FORMAT parquet)"
        )
    settings = tomli_w.dumps(demo.demo_settings())
    (folder / demo.SETTINGS_FILE).write_text(settings, encoding="utf-8")
    return folder


def run(command: list[str]) -> tuple[float, float, int, str]:
    """Wall seconds, CPU seconds and peak resident bytes of ``command`` alone, and its
    stderr."""
    began = time.perf_counter()
    with open(os.devnull, "wb") as null:
        child = subprocess.Popen(command, stdout=null, stderr=subprocess.PIPE)
        assert child.stderr is not None
        err = child.stderr.read().decode("utf-8", errors="replace")
        _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - began
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{err[-3000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024, err


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=1_000_000)
    ap.add_argument("--formats", default=",".join(FORMATS), help="comma-separated")
    ap.add_argument("--engine", default="duckdb")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    parts = make_data(args.clients)
    folder = one_file_per_table(parts)
    print(
        f"{args.clients} clients, {records(parts):,} records; {folder};"
        f" {platform.machine()}, {os.cpu_count()} cores,"
        f" {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / GIB:.0f} GiB;"
        f" engine {args.engine}",
        flush=True,
    )
    for fmt in args.formats.split(","):
        out = folder.with_name(f"{folder.name}-triage.{fmt}")
        command = [sys.executable, "-m", "parting", "score", "--input", str(folder)]
        command += ["--settings", str(folder / "demo_settings.toml"), "--as-of", str(AS_OF)]
        command += ["--engine", args.engine, "--format", fmt, "--output", str(out)]
        if args.profile:
            command.append("--profile")
        load = os.getloadavg()[0]
        wall, cpu, peak, err = run(command)
        print(
            f"{fmt:8s} wall {wall:6.1f} s, CPU {cpu:6.1f} s, peak {peak / GIB:4.2f} GiB,"
            f" output {out.stat().st_size / 1e6:,.0f} MB;"
            f" load {load:.1f} -> {os.getloadavg()[0]:.1f}",
            flush=True,
        )
        if args.profile:
            print(err.rstrip(), flush=True)
        out.unlink()


if __name__ == "__main__":
    main()
