"""``parting score`` writes, byte for byte, the files it wrote before its output path was
made fast: every format (JSON, CSV, Parquet, the table) of a 400-client demo, on DuckDB
and on Polars, is compared with the files kept in ``tests/data/score-golden/``.

The golden files were written by the plain writers (one ``ClientVerdict`` per client)
before the streaming ones replaced them. A change of judgement (a sign, a reason, a rank)
changes them on purpose: look at the difference, then write them again with
``PYTHONPATH=src python -m tests.engine.test_score_golden``.
The messages are read by the engine tests' small stand-in classifier, so that a better
text model does not count as a change of the output path.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parting import demo
from parting.cli import app
from parting.engine import messages, output, two_cores

from . import fake_text

AS_OF = date(2026, 6, 30)
CLIENTS = 400
GOLDEN = Path(__file__).parents[1] / "data" / "score-golden"
FORMATS = ("json", "csv", "parquet", "table")
runner = CliRunner()


def write_demo(folder: Path) -> Path:
    demo.write(demo.generate(CLIENTS, as_of=AS_OF), folder)
    return folder


def score_file(folder: Path, fmt: str, out: Path, engine: str = "duckdb") -> bytes:
    args = ["score", "--input", str(folder), "--settings", str(folder / "demo_settings.toml")]
    args += ["--as-of", AS_OF.isoformat(), "--engine", engine, "--format", fmt]
    result = runner.invoke(app, [*args, "--output", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out.read_bytes()


def golden(fmt: str) -> bytes:
    return gzip.decompress((GOLDEN / f"triage.{fmt}.gz").read_bytes())


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_demo(tmp_path_factory.mktemp("demo"))


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write in chunks of 64 clients, so the demo crosses many chunk boundaries; and on
    two cores, as a large portfolio is written."""
    monkeypatch.setattr(output, "CHUNK", 64)
    monkeypatch.setattr(two_cores, "SPLIT_FROM", 0)


def test_the_golden_demo_has_what_the_writers_must_get_right() -> None:
    text = golden("json").decode("utf-8")
    for shown in ('"records": {\n', '"words": {\n', '"decision_not_before": "', '"weak": true'):
        assert shown in text
    for verdict in ("keep", "watch", "repair", "part_ways"):
        assert f'"verdict": "{verdict}"' in text


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("engine", ["duckdb", "polars"])
def test_every_format_is_byte_for_byte_the_golden_file(
    folder: Path, tmp_path: Path, fmt: str, engine: str
) -> None:
    written = score_file(folder, fmt, tmp_path / f"triage.{fmt}", engine)
    assert written == golden(fmt), f"{fmt} on {engine} differs from {GOLDEN}/triage.{fmt}.gz"


@contextmanager
def stand_in_classifier() -> Iterator[None]:
    kept = messages.classifier, messages.explainer
    messages.classifier, messages.explainer = (  # type: ignore[assignment]
        lambda: fake_text.classify,
        lambda: fake_text.explain,
    )
    try:
        yield
    finally:
        messages.classifier, messages.explainer = kept  # type: ignore[assignment]


def write_golden() -> None:
    """Write the golden files again (after a change of judgement, looked at and meant)."""
    import tempfile

    GOLDEN.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, stand_in_classifier():
        folder = write_demo(Path(tmp) / "demo")
        for fmt in FORMATS:
            data = score_file(folder, fmt, Path(tmp) / f"triage.{fmt}")
            # mtime=0: the same output gives the same golden file.
            (GOLDEN / f"triage.{fmt}.gz").write_bytes(gzip.compress(data, mtime=0))
            print(f"{GOLDEN}/triage.{fmt}.gz: {len(data)} bytes")


if __name__ == "__main__":
    write_golden()
