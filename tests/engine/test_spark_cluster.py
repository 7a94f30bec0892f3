"""``parting score --engine spark`` on a real Spark standalone cluster: a master and two
workers on loopback, started from the scripts the ``pyspark`` package ships, with the
demo portfolio read from Parquet. The verdicts must be exactly DuckDB's, and the cluster
must have run the job (the master lists it as finished), its executors reading the Parquet
files themselves (not the driver handing them the cells)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from parting import demo

from .spark_cluster import Cluster, ClusterFailed, standalone

AS_OF = date(2026, 6, 30)

pytestmark = pytest.mark.spark


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
    try:
        with standalone(script, tmp_path_factory.mktemp("spark")) as found:
            yield found
    except ClusterFailed as failed:
        pytest.fail(str(failed))


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
        command, env={**os.environ, **(env or {})}, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_a_spark_cluster_gives_exactly_the_duckdb_verdicts(
    cluster: Cluster, parquet_folder: Path
) -> None:
    on_cluster = score(
        parquet_folder,
        "spark",
        cluster.driver_env(sys.executable),
    )
    on_duckdb = score(parquet_folder, "duckdb")
    verdicts = json.loads(on_cluster)
    assert {v["verdict"] for v in verdicts} >= {"keep", "part_ways"}
    assert on_cluster == on_duckdb
    finished = cluster.state().get("completedapps")
    assert isinstance(finished, list)
    assert [app["name"] for app in finished] == ["parting"]
    work = cluster.work()
    assert work and "driver" not in work, "every task ran on the executors"
    assert sum(w.bytes_read for w in work.values()) > 0, "the executors read the files"
    assert sum(w.rows_read for w in work.values()) > 0
