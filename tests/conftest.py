"""Fixtures shared by every test folder.

``engine`` runs a test once per supported engine. PySpark's JVM takes ~15 s to start, so
one local session serves the whole run; where Java or PySpark is missing the Spark cases
are skipped with the reason.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, settings

# Property tests draw the same examples on every run, so `make test` passes or fails the same
# way each time: "ci" (the default) is derandomised and bounded; `make fuzz` loads "fuzz",
# which runs ten times as many examples, still seeded.
# Nothing depends on the machine's load either: no per-example deadline, no "too slow" check.
_STEADY = {
    "derandomize": True,
    "print_blob": True,
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow],
}
settings.register_profile("ci", **_STEADY)
settings.register_profile("fuzz", **_STEADY)
settings.load_profile(os.environ.get("PARTING_HYPOTHESIS_PROFILE", "ci"))

ENGINES = ("duckdb", "polars", "spark")


@pytest.fixture(autouse=True, scope="session")
def _pattern_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The compiled patterns a run keeps (``parting.text.compiled``) go to a folder of
    this test run, never the user cache directory: the processes tests start too."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARTING_PATTERN_CACHE", str(tmp_path_factory.mktemp("patterns")))
        yield


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


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Ran]:
    """Run ``parting ARGS`` in this process exactly as the installed command does (error
    handling included): returns the exit code, stdout, and stderr with its line wrapping
    undone."""
    from parting.cli import main

    def run(*args: str) -> Ran:
        capsys.readouterr()
        monkeypatch.setattr(sys, "argv", ["parting", *args])
        code = 0
        try:
            main()
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
        out, err = capsys.readouterr()
        return Ran(code, out, " ".join(err.split()))

    return run


@dataclass
class Ran:
    code: int
    stdout: str
    stderr: str
