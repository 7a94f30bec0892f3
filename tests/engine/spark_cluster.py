"""A Spark standalone cluster on loopback, from the scripts the ``pyspark`` package ships:
a master and workers as separate JVMs, stopped when the ``with`` block ends. Used by the
cluster test and by ``benchmarks/spark_cluster.py``."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

MASTER = "org.apache.spark.deploy.master.Master"
WORKER = "org.apache.spark.deploy.worker.Worker"
# Seconds for the master and the workers to be up: about 15 on a quiet machine, but the
# JVMs start slowly when the cores are shared.
START_TIMEOUT = 240.0
# Java options for a short-lived driver (``standalone``; README, "On a Spark cluster").
DRIVER_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"


class ClusterFailed(Exception):
    """The cluster did not come up; the message holds the end of its logs."""


@dataclass
class Cluster:
    url: str  # spark://127.0.0.1:PORT
    status: str  # the master's JSON status page
    conf_dir: Path  # spark-defaults.conf for the drivers that join it
    events: Path  # the drivers' event logs: what each task did, where
    workers: list[int]  # the workers' process ids (their executors are their children)

    def state(self) -> dict[str, object]:
        with urllib.request.urlopen(self.status, timeout=5) as page:
            return dict(json.load(page))

    def work(self) -> dict[str, Work]:
        """What the tasks of every finished application did, by executor (``driver``
        for what ran inside the driver), from Spark's event logs."""
        done: dict[str, Work] = {}
        for log in sorted(self.events.rglob("*")):
            if not log.is_file() or log.name.startswith((".", "appstatus")):
                continue
            with log.open(encoding="utf-8") as lines:
                for line in lines:
                    if '"SparkListenerTaskEnd"' not in line:
                        continue
                    event = json.loads(line)
                    who = str(event["Task Info"]["Executor ID"])
                    metrics = event.get("Task Metrics") or {}
                    work = done.setdefault(who, Work())
                    work.tasks += 1
                    work.run_seconds += metrics.get("Executor Run Time", 0) / 1e3
                    work.cpu_seconds += metrics.get("Executor CPU Time", 0) / 1e9
                    read = metrics.get("Input Metrics") or {}
                    work.bytes_read += read.get("Bytes Read", 0)
                    work.rows_read += read.get("Records Read", 0)
                    shuffle = metrics.get("Shuffle Read Metrics") or {}
                    work.shuffle_read += shuffle.get("Remote Bytes Read", 0)
                    work.shuffle_read += shuffle.get("Local Bytes Read", 0)
        return done

    def driver_env(self, python: str) -> dict[str, str]:
        """What a ``parting score --engine spark`` process needs to run on this cluster."""
        return {
            "PARTING_SPARK_MASTER": self.url,
            "SPARK_CONF_DIR": str(self.conf_dir),
            "PYSPARK_PYTHON": python,
            "SPARK_LOCAL_IP": "127.0.0.1",
        }


@dataclass
class Work:
    """What one executor's tasks did: their count, time, processor time and what they read."""

    tasks: int = 0
    run_seconds: float = 0.0
    cpu_seconds: float = 0.0
    bytes_read: int = 0  # from files (the Parquet tables), as the file system counts them
    rows_read: int = 0  # from files
    shuffle_read: int = 0  # from other tasks


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def standalone(
    spark_class: Path,
    home: Path,
    workers: int = 2,
    worker_memory: str = "1g",
    executor_memory: str = "512m",
    driver_memory: str = "1g",
    extra_conf: str = "",
) -> Iterator[Cluster]:
    """Start a master and ``workers`` workers of one core each; stop them all at the end.
    ``extra_conf``: more lines of ``spark-defaults.conf`` for the drivers."""
    env = {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1", "SPARK_LOG_DIR": str(home)}
    port, ui = free_port(), free_port()
    url = f"spark://127.0.0.1:{port}"
    started: list[subprocess.Popen[bytes]] = []

    def start(name: str, *args: str) -> None:
        log = (home / f"{name}.log").open("wb")
        started.append(
            subprocess.Popen(
                [str(spark_class), *args], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=home
            )
        )

    try:
        local = ["--host", "127.0.0.1"]
        start("master", MASTER, *local, "--port", str(port), "--webui-port", str(ui))
        for n in range(1, workers + 1):
            work = ["--work-dir", str(home / f"work{n}"), "--webui-port", str(free_port())]
            start(
                f"worker{n}", WORKER, url, *local, "--cores", "1", "--memory", worker_memory, *work
            )
        conf, events = home / "conf", home / "events"
        conf.mkdir()
        events.mkdir()
        (conf / "spark-defaults.conf").write_text(
            "spark.driver.host 127.0.0.1\n"
            "spark.driver.bindAddress 127.0.0.1\n"
            f"spark.driver.memory {driver_memory}\n"
            f"spark.executor.memory {executor_memory}\n"
            "spark.executor.cores 1\n"
            "spark.ui.enabled false\n"
            # Small jobs: run a task on any free executor at once rather than waiting up
            # to 3 s for the one holding its cached block.
            "spark.locality.wait 0s\n"
            # The driver of ``parting score`` lives minutes and spends them planning queries
            # in a fresh JVM: most of its processor time went to the optimising JIT compiler
            # (C2) and the concurrent collector. The quick compiler alone and a one-thread
            # collector take a third off it. The executors, which read the data, keep
            # Spark's defaults.
            f"spark.driver.extraJavaOptions {DRIVER_JVM}\n"
            f"spark.sql.shuffle.partitions {workers}\n"
            # Each task's work, by executor, for ``Cluster.work``.
            "spark.eventLog.enabled true\n"
            "spark.eventLog.compress false\n"
            "spark.eventLog.rolling.enabled false\n"
            f"spark.eventLog.dir {events.as_uri()}\n"
            f"{extra_conf}"
        )
        pids = [p.pid for p in started[1:]]
        found = Cluster(url, f"http://127.0.0.1:{ui}/json/", conf, events, pids)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                if found.state().get("aliveworkers") == workers:
                    break
            except OSError:
                pass  # the master is not listening yet
            if time.monotonic() > deadline or any(p.poll() is not None for p in started):
                logs = "\n".join(f.read_text(errors="replace")[-2000:] for f in home.glob("*.log"))
                raise ClusterFailed(f"the Spark cluster did not start:\n{logs}")
            time.sleep(0.5)
        yield found
    finally:
        for process in reversed(started):
            process.terminate()
        for process in started:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
