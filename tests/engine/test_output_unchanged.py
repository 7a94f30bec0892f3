"""Every output of ``parting score`` is, byte for byte, what the plain reference writers
give for the same triage: the fast writers change how fast, never what."""

from __future__ import annotations

import io
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pv
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from parting import demo
from parting.cli import app
from parting.engine import Triage, output, score, two_cores

AS_OF = date(2026, 6, 30)
runner = CliRunner()
# The demo's messages are read by the product's classifier, in the fixtures and the command alike.
pytestmark = pytest.mark.real_text


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write in chunks of 64 clients, so the demo crosses many chunk boundaries; and on
    two cores whenever the output is a file, as a large portfolio is written."""
    monkeypatch.setattr(output, "CHUNK", 64)
    monkeypatch.setattr(two_cores, "SPLIT_FROM", 0)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    demo.write(demo.generate(400, as_of=AS_OF), out)
    return out


@pytest.fixture(scope="module")
def triage(folder: Path) -> Triage:
    from parting import config as settings
    from parting.ingest.parting_csv import read_folder

    config = settings.load(folder / "demo_settings.toml")
    return score(read_folder(folder, config).tables, config, as_of=AS_OF)


def reference_json(triage: Triage) -> bytes:
    """The JSON as it was first written: ``asdict`` and the standard encoder."""
    data = []
    for v in triage.verdicts:
        client = asdict(v)
        for sign in client["signs"]:
            if sign["first_seen"] is not None:
                sign["first_seen"] = sign["first_seen"].isoformat()
        if client["decision_not_before"] is not None:
            client["decision_not_before"] = client["decision_not_before"].isoformat()
        data.append(client)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    assert text == json.dumps(triage.to_json(), ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8")


def reference_flat(triage: Triage) -> pa.Table:
    rows = triage.verdicts
    return pa.table(
        {
            "rank": pa.array([v.rank for v in rows], pa.int64()),
            "client_id": [v.client_id for v in rows],
            "name": [v.name for v in rows],
            "verdict": [v.verdict for v in rows],
            "reason": [v.reason for v in rows],
            "signs": [";".join(s.id for s in v.signs) for v in rows],
            "review_flags": [";".join(v.review_flags) for v in rows],
            "tempered_by": [";".join(v.tempered_by) for v in rows],
            "decision_not_before": pa.array([v.decision_not_before for v in rows], pa.date32()),
            "owed": pa.array([v.owed for v in rows], pa.float64()),
            "overdue": pa.array([v.overdue for v in rows], pa.float64()),
        }
    )


def reference_csv(triage: Triage) -> bytes:
    sink = pa.BufferOutputStream()
    pv.write_csv(reference_flat(triage), sink)
    return bytes(sink.getvalue().to_pybytes())


def cli(folder: Path, *args: str) -> bytes:
    result = runner.invoke(
        app,
        [
            "score",
            "--input",
            str(folder),
            "--settings",
            str(folder / "demo_settings.toml"),
            "--as-of",
            AS_OF.isoformat(),
            *args,
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return bytes(result.stdout_bytes)


def test_the_demo_has_what_the_writers_must_get_right(triage: Triage) -> None:
    signs = [s for v in triage.verdicts for s in v.signs]
    assert {v.verdict for v in triage.verdicts} >= {"keep", "repair", "part_ways"}
    assert any(s.evidence.records for s in signs) and any(s.evidence.words for s in signs)
    assert any(isinstance(x, float) for s in signs for x in s.evidence.figures.values())
    assert any(v.decision_not_before for v in triage.verdicts)


def test_json_is_byte_for_byte_the_standard_encoders(triage: Triage) -> None:
    written = io.StringIO()
    output.write_json(triage, written)
    assert written.getvalue().encode("utf-8") == reference_json(triage)


def test_json_of_odd_values_is_the_standard_encoders() -> None:
    from parting.engine.results import ClientVerdict, Evidence, Sign

    odd = Evidence(
        figures={"nan": float("nan"), "big": 1e17, "tiny": 1e-7, "neg": -3, "text": 'a"\\\n\x01é'},
        records={"invoices": []},
        words={"m-1": ["ngu ngốc", "😠"]},
    )
    sign = Sign("abuse", "urgent", odd, None, weak=True)
    verdict = ClientVerdict("c\u2028", "N\tx", "watch", 1, "</script>", [sign], ["ethics"])
    triage = Triage(AS_OF, [verdict], {})
    written = io.StringIO()
    output.write_json(triage, written)
    assert written.getvalue().encode("utf-8") == reference_json(triage)
    empty = io.StringIO()
    output.write_json(Triage(AS_OF, [], {}), empty)
    assert empty.getvalue() == json.dumps([], indent=2) + "\n"


def test_csv_and_parquet_are_byte_for_byte_the_reference(triage: Triage, tmp_path: Path) -> None:
    sink = io.BytesIO()
    output.write_csv(triage, sink)
    assert sink.getvalue() == reference_csv(triage)
    output.write_parquet(triage, tmp_path / "fast.parquet")
    pq.write_table(reference_flat(triage), tmp_path / "reference.parquet")
    assert (tmp_path / "fast.parquet").read_bytes() == (tmp_path / "reference.parquet").read_bytes()


def test_the_command_writes_the_reference_bytes(
    folder: Path, triage: Triage, tmp_path: Path
) -> None:
    assert cli(folder, "--format", "json") == reference_json(triage)
    assert cli(folder, "--format", "csv") == reference_csv(triage)
    cli(folder, "--format", "json", "--output", str(tmp_path / "t.json"))
    assert (tmp_path / "t.json").read_bytes() == reference_json(triage)
    cli(folder, "--format", "parquet", "--output", str(tmp_path / "t.parquet"))
    pq.write_table(reference_flat(triage), tmp_path / "reference.parquet")
    assert (tmp_path / "t.parquet").read_bytes() == (tmp_path / "reference.parquet").read_bytes()


def test_a_profile_goes_to_stderr_and_leaves_the_output_alone(folder: Path, triage: Triage) -> None:
    result = runner.invoke(
        app,
        [
            "score",
            "--input",
            str(folder),
            "--settings",
            str(folder / "demo_settings.toml"),
            "--as-of",
            AS_OF.isoformat(),
            "--format",
            "json",
            "--profile",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    assert bytes(result.stdout_bytes) == reference_json(triage)
    assert "Reading and checking the data files" in result.stderr
    assert "Writing the results" in result.stderr
