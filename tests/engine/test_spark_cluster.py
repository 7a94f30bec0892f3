"""``parting score --engine spark`` on a real Spark standalone cluster: a master and two
workers on loopback, started from the scripts the ``pyspark`` package ships, with the
demo portfolio read from Parquet. The verdicts must be exactly DuckDB's, and the cluster
must have run the job (the master lists it as finished)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from parting import demo

AS_OF = date(2026, 6, 30)
MASTER = "org.apache.spark.deploy.master.Master"
WORKER = "org.apache.spark.deploy.worker.Worker"
# Seconds for the master and both workers to be up: about 15 on a quiet machine, but the
# JVMs start slowly when the cores are shared.
START_TIMEOUT = 240.0

pytestmark = pytest.mark.spark


@dataclass
class Cluster:
    url: str  # spark://127.0.0.1:PORT
    status: str  # the master's JSON status page
    conf_dir: Path  # spark-defaults.conf for the drivers that join it

    def state(self) -> dict[str, object]:
        with urllib.request.urlopen(self.status, timeout=5) as page:
            return dict(json.load(page))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def spark_class() -> Path:
    try:
        import pyspark
    except ImportError:
        pytest.skip("PySpark is not installed (install the 'spark' extra)")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("Java is not installed; a Spark cluster needs it")
    script = Path(pyspark.__file__).parent / "bin" / "spark-class"
    if not script.exists():
        pytest.skip("this PySpark package does not ship spark-class")
    return script


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    script = spark_class()
    home = tmp_path_factory.mktemp("spark")
    env = {**os.environ, "SPARK_LOCAL_IP": "127.0.0.1", "SPARK_LOG_DIR": str(home)}
    port, ui = free_port(), free_port()
    url = f"spark://127.0.0.1:{port}"
    started: list[subprocess.Popen[bytes]] = []

    def start(name: str, *args: str) -> None:
        log = (home / f"{name}.log").open("wb")
        started.append(
            subprocess.Popen(
                [str(script), *args], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=home
            )
        )

    try:
        local = ["--host", "127.0.0.1"]
        start("master", MASTER, *local, "--port", str(port), "--webui-port", str(ui))
        for n in (1, 2):
            work = ["--work-dir", str(home / f"work{n}"), "--webui-port", str(free_port())]
            start(f"worker{n}", WORKER, url, *local, "--cores", "1", "--memory", "1g", *work)
        conf = home / "conf"
        conf.mkdir()
        (conf / "spark-defaults.conf").write_text(
            "spark.driver.host 127.0.0.1\n"
            "spark.driver.bindAddress 127.0.0.1\n"
            "spark.driver.memory 1g\n"
            "spark.executor.memory 512m\n"
            "spark.executor.cores 1\n"
            "spark.ui.enabled false\n"
            "spark.sql.shuffle.partitions 2\n"
        )
        found = Cluster(url, f"http://127.0.0.1:{ui}/json/", conf)
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                if found.state().get("aliveworkers") == 2:
                    break
            except OSError:
                pass  # the master is not listening yet
            if time.monotonic() > deadline or any(p.poll() is not None for p in started):
                logs = "\n".join(f.read_text(errors="replace")[-2000:] for f in home.glob("*.log"))
                pytest.fail(f"the Spark cluster did not start:\n{logs}")
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


@pytest.fixture(scope="module")
def parquet_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo portfolio as one Parquet file per table, with its settings."""
    out = tmp_path_factory.mktemp("demo-parquet")
    demo.write(demo.generate(60, as_of=AS_OF), out)
    import pyarrow.csv as pv

    for csv in out.glob("*.csv"):
        pq.write_table(pv.read_csv(csv), csv.with_suffix(".parquet"))
        csv.unlink()
    return out


def score(folder: Path, engine: str, env: dict[str, str] | None = None) -> str:
    command = [sys.executable, "-m", "parting", "score", "--input", str(folder),
               "--settings", str(folder / "demo_settings.toml"), "--as-of", AS_OF.isoformat(),
               "--engine", engine, "--format", "json"]  # fmt: skip
    done = subprocess.run(
        command, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_a_spark_cluster_gives_exactly_the_duckdb_verdicts(
    cluster: Cluster, parquet_folder: Path
) -> None:
    on_cluster = score(
        parquet_folder,
        "spark",
        {
            "PARTING_SPARK_MASTER": cluster.url,
            "SPARK_CONF_DIR": str(cluster.conf_dir),
            "PYSPARK_PYTHON": sys.executable,
            "SPARK_LOCAL_IP": "127.0.0.1",
        },
    )
    on_duckdb = score(parquet_folder, "duckdb")
    verdicts = json.loads(on_cluster)
    assert {v["verdict"] for v in verdicts} >= {"keep", "part_ways"}
    assert on_cluster == on_duckdb
    finished = cluster.state().get("completedapps")
    assert isinstance(finished, list)
    assert [app["name"] for app in finished] == ["parting"]
