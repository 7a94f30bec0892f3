"""Fixtures shared by every test folder.

``engine`` runs a test once per supported engine. PySpark's JVM takes ~15 s to start, so
one local session serves the whole run; where Java or PySpark is missing the Spark cases
are skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest

ENGINES = ("duckdb", "polars", "spark")


@pytest.fixture(scope="session")
def spark_session() -> Iterator[object]:
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        pytest.skip("PySpark is not installed (install the 'spark' extra)")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("Java is not installed; PySpark needs it")
    session = (
        SparkSession.builder.master("local[2]")
        .appName("parting-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(
    params=[
        pytest.param(name, marks=pytest.mark.spark) if name == "spark" else name for name in ENGINES
    ]
)
def engine(request: pytest.FixtureRequest) -> str:
    """The name of an engine; for 'spark' the shared session is started first."""
    if request.param == "spark":
        request.getfixturevalue("spark_session")
    return str(request.param)
