"""``parting score --engine spark`` on a Spark standalone cluster on this machine, against
DuckDB on the same Parquet folder: ``python -m benchmarks.spark_cluster --clients 1000000``.

1. The demo portfolio as one Parquet file per table: through CSV, as the cluster test
   does, up to 20,000 clients; beyond, generated straight to Parquet in chunks and kept
   under ``$PARTING_BENCH_DATA`` (``benchmarks.score_large``).
2. A cluster on loopback (``tests/engine/spark_cluster.py``, the test's helper): a master
   and ``--workers`` workers of one core each, from the scripts the ``pyspark`` package
   ships, stopped at the end. Memory fits a two-core machine of 24 GiB shared with other
   work: ``--worker-memory`` offered by each worker, ``--executor-memory`` per executor,
   ``--driver-memory`` for the driver's JVM.
3. ``parting score --engine spark --profile`` as a fresh process pointed at the cluster
   (``PARTING_SPARK_MASTER``): the executors read the Parquet files themselves
   (``parting.ingest.spark_folder``). Reported: wall time; the driver's peak memory (its
   Python process and its JVM together, sampled from ``/proc`` twice a second) and
   processor time; each executor's tasks, task time, processor time, rows read from the
   files and bytes from other tasks (Spark's event log) and peak memory.
4. ``parting score --engine duckdb`` on the same folder after the cluster has stopped;
   the two Parquet outputs must be the same bytes (every client's verdict, reason, rank
   and evidence).

On a two-core machine a cluster cannot be faster than DuckDB: the figures say what a
cluster costs in start-up and per query, and show the work happening on the executors.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

AS_OF = "2026-06-30"
GIB = 1 << 30
TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")


def parquet_demo(clients: int, out: Path) -> Path:
    """The demo portfolio as one Parquet file per table, with its settings."""
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


def _processes() -> dict[int, tuple[int, float, int]]:
    """Every process: pid -> (parent pid, processor seconds, resident bytes)."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue  # it has just ended
        # After the name: state, ppid, ..., utime (12th), stime (13th), ..., rss (22nd)
        cpu = (int(fields[11]) + int(fields[12])) / TICK
        found[int(entry)] = (int(fields[1]), cpu, int(fields[21]) * PAGE)
    return found


@dataclass
class Sampled:
    """Peak memory and last processor time of some processes, sampled while they ran."""

    peak: int = 0  # the most they held at once, together
    cpu: dict[int, float] = field(default_factory=dict)
    peaks: dict[int, int] = field(default_factory=dict)  # each one's own peak


def _descendants(root: int, table: dict[int, tuple[int, float, int]]) -> set[int]:
    found, todo = set(), [root]
    while todo:
        pid = todo.pop()
        found.add(pid)
        todo += [p for p, (parent, _, _) in table.items() if parent == pid and p not in found]
    return found


class Sampler:
    """Samples, twice a second, a driver's process tree (``parting`` and its JVM) and the
    executors (the workers' children)."""

    def __init__(self, driver: int, workers: list[int]) -> None:
        self.driver, self.workers = driver, workers
        self.driver_use, self.executors = Sampled(), Sampled()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            table = _processes()
            self._note(self.driver_use, _descendants(self.driver, table), table)
            executors = set().union(*(_descendants(w, table) for w in self.workers))
            self._note(self.executors, executors - set(self.workers), table)

    @staticmethod
    def _note(into: Sampled, pids: set[int], table: dict[int, tuple[int, float, int]]) -> None:
        held = 0
        for pid in pids & set(table):
            _, cpu, rss = table[pid]
            into.cpu[pid] = cpu
            into.peaks[pid] = max(into.peaks.get(pid, 0), rss)
            held += rss
        into.peak = max(into.peak, held)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def score(folder: Path, engine: str, out: Path, env: dict[str, str], workers: list[int]) -> str:
    """Run ``parting score`` and report its wall time, memory and where its time went."""
    command = [sys.executable, "-m", "parting", "score", "--input", str(folder), "--settings",
               str(folder / "demo_settings.toml"), "--as-of", AS_OF, "--engine", engine,
               "--format", "parquet", "--output", str(out), "--profile"]  # fmt: skip
    load = os.getloadavg()[0]
    began = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        child = subprocess.Popen(command, env={**os.environ, **env}, stderr=err)
        sampler = Sampler(child.pid, workers)
        child.wait()
        sampler.stop()
        wall = time.perf_counter() - began
        err.seek(0)
        stderr = err.read().decode("utf-8", errors="replace")
    if child.returncode:
        raise SystemExit(stderr[-3000:])
    driver = sampler.driver_use
    lines = [
        f"{engine}: wall {wall:.1f} s; driver peak {driver.peak / GIB:.2f} GiB"
        f" (Python and JVM together), processor {sum(driver.cpu.values()):.1f} s;"
        f" load {load:.1f} -> {os.getloadavg()[0]:.1f}"
    ]
    for pid, cpu in sorted(sampler.executors.cpu.items()):
        if sampler.executors.peaks[pid] < 100 << 20:
            continue  # a helper the worker ran for a moment, not an executor
        lines.append(
            f"  executor process {pid}: peak {sampler.executors.peaks[pid] / GIB:.2f} GiB,"
            f" processor {cpu:.1f} s"
        )
    # The profile's lines (Spark's progress bar also writes lines of blanks).
    lines += [x for x in stderr.splitlines() if x.startswith(("Where", "  ")) and x.strip()]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--worker-memory", default="4g", help="what each worker offers")
    ap.add_argument("--executor-memory", default="3g", help="per executor (one per worker)")
    ap.add_argument("--driver-memory", default="3g", help="the driver's JVM")
    ap.add_argument("--events", type=Path, help="keep Spark's event logs in this folder")
    args = ap.parse_args()
    import pyspark
    from tests.engine.spark_cluster import standalone

    spark_class = Path(pyspark.__file__).parent / "bin" / "spark-class"
    with tempfile.TemporaryDirectory(prefix="parting-spark-") as tmp:
        root = Path(tmp)
        (root / "demo").mkdir()
        folder = parquet_demo(args.clients, root / "demo")
        size = sum(f.stat().st_size for f in folder.glob("*.parquet"))
        print(f"{args.clients:,} clients, {size / 1e6:,.0f} MB of Parquet in {folder}", flush=True)
        (root / "spark").mkdir()
        load = os.getloadavg()[0]
        began = time.perf_counter()
        # The driver collects one row per client (features, evidence): more than the
        # default 1 GiB of results at a million clients.
        extra = "spark.driver.maxResultSize 0\n"
        # Tasks of a size an executor of a few GiB sorts and joins without strain.
        extra += f"spark.sql.shuffle.partitions {max(args.workers, args.clients // 100_000)}\n"
        with standalone(
            spark_class,
            root / "spark",
            args.workers,
            args.worker_memory,
            args.executor_memory,
            args.driver_memory,
            extra,
        ) as cluster:
            up = time.perf_counter() - began
            print(
                f"cluster: a master and {args.workers} one-core workers up in {up:.1f} s"
                f" (load {load:.1f}); executors of {args.executor_memory},"
                f" driver JVM {args.driver_memory}",
                flush=True,
            )
            env = cluster.driver_env(sys.executable)
            print(score(folder, "spark", root / "spark.parquet", env, cluster.workers), flush=True)
            for who, work in sorted(cluster.work().items()):
                print(
                    f"  executor {who}: {work.tasks} tasks, {work.run_seconds:.1f} s of task"
                    f" time, processor {work.cpu_seconds:.1f} s, read"
                    f" {work.rows_read:,} rows from the files and"
                    f" {work.shuffle_read / 1e6:,.0f} MB from other tasks",
                    flush=True,
                )
            if args.events:
                shutil.copytree(cluster.events, args.events, dirs_exist_ok=True)
        print(score(folder, "duckdb", root / "duckdb.parquet", {}, []), flush=True)
        same = (root / "spark.parquet").read_bytes() == (root / "duckdb.parquet").read_bytes()
        print(f"the same verdicts, byte for byte, as DuckDB: {same}")
        if not same:
            raise SystemExit(1)


if __name__ == "__main__":
    main()
