"""``parting score --engine spark`` on a Spark standalone cluster on this machine, against
DuckDB on the same Parquet folder, in the same run:
``python -m benchmarks.spark_cluster --clients 2000``.

The cluster is the test's (``tests/engine/spark_cluster.py``): a master and ``--workers``
workers of one core each, on loopback, started from the scripts the ``pyspark`` package
ships and stopped at the end. Each engine runs ``parting score --profile`` as a fresh
process; the outputs must be the same bytes. On a two-core machine a cluster cannot be
faster than DuckDB: the figure says what a cluster costs in start-up and per query, which
is what a real cluster pays too before its extra machines help.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

AS_OF = "2026-06-30"


def parquet_demo(clients: int, out: Path) -> Path:
    """The demo portfolio as one Parquet file per table: through CSV, as the test does,
    up to 20,000 clients; beyond, generated straight to Parquet in chunks and kept under
    ``$PARTING_BENCH_DATA`` (``benchmarks.score_large``), as a million clients needs."""
    if clients > 20_000:
        from benchmarks.engine import make_data
        from benchmarks.score_large import one_file_per_table

        return one_file_per_table(make_data(clients))
    import pyarrow.csv as pv
    import pyarrow.parquet as pq

    from parting import demo

    demo.write(demo.generate(clients, as_of=date.fromisoformat(AS_OF)), out)
    for csv in out.glob("*.csv"):
        pq.write_table(pv.read_csv(csv), csv.with_suffix(".parquet"))
        csv.unlink()
    return out


def score(folder: Path, engine: str, out: Path, env: dict[str, str]) -> tuple[float, str]:
    command = [sys.executable, "-m", "parting", "score", "--input", str(folder), "--settings",
               str(folder / "demo_settings.toml"), "--as-of", AS_OF, "--engine", engine,
               "--format", "parquet", "--output", str(out), "--profile"]  # fmt: skip
    began = time.perf_counter()
    done = subprocess.run(command, env={**os.environ, **env}, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(done.stderr[-3000:])
    lines = [x for x in done.stderr.splitlines() if x.startswith(("Where", "  "))]
    return time.perf_counter() - began, "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=2_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--worker-memory", default="2g")
    args = ap.parse_args()
    import pyspark
    from tests.engine.spark_cluster import standalone

    spark_class = Path(pyspark.__file__).parent / "bin" / "spark-class"
    with tempfile.TemporaryDirectory(prefix="parting-spark-") as tmp:
        root = Path(tmp)
        (root / "demo").mkdir()
        folder = parquet_demo(args.clients, root / "demo")
        (root / "spark").mkdir()
        load = os.getloadavg()[0]
        began = time.perf_counter()
        with standalone(
            spark_class, root / "spark", args.workers, args.worker_memory, "1g", "2g"
        ) as cluster:
            up = time.perf_counter() - began
            print(f"{args.clients} clients; cluster of {args.workers} workers up in {up:.1f} s")
            env = cluster.driver_env(sys.executable)
            spark, spark_profile = score(folder, "spark", root / "spark.parquet", env)
            print(f"spark cluster: {spark:.1f} s; load {load:.1f} -> {os.getloadavg()[0]:.1f}")
            print(spark_profile)
        load = os.getloadavg()[0]
        duck, duck_profile = score(folder, "duckdb", root / "duckdb.parquet", {})
        print(f"duckdb: {duck:.1f} s; load {load:.1f} -> {os.getloadavg()[0]:.1f}")
        print(duck_profile)
        same = (root / "spark.parquet").read_bytes() == (root / "duckdb.parquet").read_bytes()
        print(f"same output: {same}; spark / duckdb: {spark / duck:.1f}")


if __name__ == "__main__":
    main()
