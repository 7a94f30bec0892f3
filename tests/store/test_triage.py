"""Scoring the workspace: tables read through ADBC, verdicts stored with their date, and a
Parting CSV export that scores the same once imported into an empty workspace."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from parting.engine import score
from parting.schema import TABLES
from parting.store.export import export_workspace
from parting.store.imports import import_paths
from parting.store.incidents import add_incident
from parting.store.models import Client, ImportBatch, Message, TriageRun, VerdictRecord
from parting.store.settings import load_config
from parting.store.tables import read_client_tables, read_tables, reading_tables
from parting.store.triage import (
    client_verdict,
    history,
    latest_run,
    latest_verdict,
    run_triage,
    score_and_store,
)

from .business import count_rows

# ADBC reads through its own connection: the rows must be committed.
pytestmark = pytest.mark.django_db(transaction=True)

AS_OF = date(2026, 3, 15)
# The engines agree (the engine tests check it); Polars starts fastest for these small runs.
FAST = "polars"


def test_read_tables_gives_every_table_with_the_schema_types(imported: Path) -> None:
    tables = read_tables()
    for name, spec in TABLES.items():
        assert tables[name].schema == spec.arrow_schema, name
        assert tables[name].num_rows == count_rows()[name], name


def test_read_tables_gives_the_values_stored(imported: Path) -> None:
    tables = read_tables()
    entries = {r["entry_id"]: r for r in tables["time_entries"].to_pylist()}
    assert entries["t1"]["date"] == date(2026, 1, 12)
    assert entries["t1"]["billable"] is True
    assert entries["t4"]["cost_rate"] == 35.0
    assert entries["t4"]["project_id"] is None  # stored as NULL, read as missing
    clients = {r["client_id"]: r for r in tables["clients"].to_pylist()}
    assert clients["kolo"]["contact_name"] is None  # stored as '', read as missing
    assert clients["acme"]["tags"] == "retail;b2b"
    sent = tables["messages"].filter(pa.compute.equal(tables["messages"]["message_id"], "m1"))
    assert sent["sent_at"][0].as_py().isoformat() == "2026-02-04T22:15:00+00:00"


def test_a_read_nobody_waits_for_is_stopped_and_leaves_no_files(
    imported: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    readers: list[subprocess.Popen[str]] = []

    class Reader(subprocess.Popen[str]):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            readers.append(self)

    monkeypatch.setattr(subprocess, "Popen", Reader)
    with pytest.raises(RuntimeError, match="gave up"), reading_tables():
        raise RuntimeError("the caller gave up before the tables came")
    assert all(reader.poll() is not None for reader in readers)  # none left running
    assert list(scratch.iterdir()) == []
    with reading_tables() as read:  # and the next read is whole
        assert read()["time_entries"].num_rows == count_rows()["time_entries"]
    assert list(scratch.iterdir()) == []


def test_a_client_read_alone_gives_its_rows_as_the_whole_workspace_does(
    imported: Path,
) -> None:
    from parting.playbook.records import client_records

    whole = read_tables()
    for client_id in ("acme", "bistro", "kolo"):
        alone = read_client_tables(client_id)
        assert {n: t.schema for n, t in alone.items()} == {n: t.schema for n, t in whole.items()}
        assert client_records(alone, client_id) == client_records(whole, client_id), client_id
    assert alone["clients"].num_rows == 1


def test_messages_that_belong_to_no_client_yet_are_not_scored(imported: Path) -> None:
    batch = ImportBatch.objects.get()
    Message.objects.create(
        message_id="stray",
        client=None,
        unmatched_address="someone@else.example",
        sent_at="2026-02-01T10:00:00Z",
        direction="in",
        batch=batch,
    )
    ids = read_tables()["messages"]["message_id"].to_pylist()
    assert "stray" not in ids
    assert len(ids) == count_rows()["messages"]


def test_a_triage_stores_one_verdict_per_client_with_its_date(imported: Path) -> None:
    run, triage = score_and_store(AS_OF)
    assert (run.as_of, run.engine, run.clients) == (AS_OF, "duckdb", 3)
    assert VerdictRecord.objects.filter(run=run).count() == 3
    assert latest_run() == run
    acme = latest_verdict("acme")
    assert acme is not None
    assert acme.verdict == triage.verdict_of("acme").verdict
    assert acme.metrics["client_id"] == "acme"


def test_a_stored_verdict_reads_back_as_the_engine_gave_it(imported: Path) -> None:
    _run, triage = score_and_store(AS_OF, FAST)
    for verdict in triage.verdicts:
        record = latest_verdict(verdict.client_id)
        assert record is not None
        assert client_verdict(record).to_dict() == verdict.to_dict()


def test_history_keeps_every_change_of_verdict_newest_first(imported: Path) -> None:
    first = run_triage(date(2026, 1, 1), FAST)
    add_incident("bistro", "abuse", "high", "Threatened Luc", date(2026, 3, 1))
    second = run_triage(AS_OF, FAST)
    verdicts = history("bistro")
    assert [v.run_id for v in verdicts] == [second.pk, first.pk]
    assert verdicts[0].verdict == "part_ways_now"
    assert verdicts[1].verdict != "part_ways_now"
    assert verdicts[1].changes == [{"kind": "first"}]
    assert {"kind": "sign_added", "sign": "abuse"} in verdicts[0].changes
    assert verdicts[0].changes[0] == {
        "kind": "verdict",
        "before": verdicts[1].verdict,
        "after": "part_ways_now",
    }
    assert TriageRun.objects.count() == 2


def test_a_rescore_that_changes_nothing_adds_no_history_row(imported: Path) -> None:
    first = run_triage(AS_OF, FAST)
    second = run_triage(AS_OF, FAST)
    for client_id in ("acme", "bistro", "kolo"):
        rows = history(client_id)
        assert [r.run_id for r in rows] == [first.pk], client_id
        latest = latest_verdict(client_id)
        assert latest is not None and latest.run_id == second.pk  # still the latest verdict


def test_the_workspace_settings_are_used_to_score(imported: Path) -> None:
    from parting.store.settings import save_settings

    save_settings("[abuse]\nmin_severe = 5\nmin_count = 5\n")
    assert load_config().settings.abuse.min_severe == 5
    assert latest_verdict_after_triage("acme") != "part_ways_now"


def latest_verdict_after_triage(client_id: str) -> str:
    run_triage(AS_OF, FAST)
    record = latest_verdict(client_id)
    assert record is not None
    return record.verdict


def test_an_export_imported_into_an_empty_workspace_scores_the_same(
    imported: Path, tmp_path: Path
) -> None:
    add_incident("kolo", "ethics", "medium", "Asked for a back-dated invoice", date(2026, 3, 2))
    tables = read_tables()
    before = score(tables, load_config(), as_of=AS_OF, engine=FAST)
    counts = export_workspace(tmp_path / "export")
    assert sorted(p.name for p in (tmp_path / "export").iterdir()) == sorted(
        TABLES[n].file_name for n in TABLES
    )
    Client.objects.all().delete()  # everything else cascades
    ImportBatch.objects.all().delete()
    assert sum(len(t) for t in read_tables().values()) == 0
    [batch] = import_paths([tmp_path / "export"])
    assert batch.added == sum(counts.values())
    assert read_tables() == tables
    after = score(read_tables(), load_config(), as_of=AS_OF, engine=FAST)
    assert after.to_json() == before.to_json()
