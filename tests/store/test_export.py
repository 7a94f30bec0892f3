"""``parting export`` writes files a spreadsheet opens without running anything, and that
``parting import`` reads back to the same workspace."""

from __future__ import annotations

import copy
import csv
from pathlib import Path

import pytest

from parting.store.export import export_workspace
from parting.store.imports import import_paths
from parting.store.models import Client, Message, TimeEntry

from .business import TABLES, write_business

FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=TAB"]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    tables = copy.deepcopy(TABLES)
    tables["clients"][0]["name"] = FORMULAS[0]
    tables["clients"][1]["name"] = FORMULAS[1]
    tables["clients"][2]["industry"] = FORMULAS[3]
    tables["time_entries"][0]["description"] = FORMULAS[2]
    tables["time_entries"][1]["description"] = FORMULAS[4]
    tables["messages"][0]["body"] = "before\x00after"
    return write_business(tmp_path / "hostile", tables)


def cells(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8") as f:
        return [cell for row in csv.reader(f) for cell in row]


@pytest.mark.django_db(transaction=True)  # export reads through its own ADBC connection
def test_export_escapes_formulas_and_drops_nul_bytes(hostile: Path, tmp_path: Path) -> None:
    import_paths([hostile])
    out = tmp_path / "backup"
    export_workspace(out)
    written = [c for f in sorted(out.glob("*.csv")) for c in cells(f)]
    for cell in written:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
        assert "\x00" not in cell
    assert "'" + FORMULAS[0] in written and "'\t=TAB" in written
    assert Message.objects.get(message_id="m1").body == "beforeafter"


@pytest.mark.django_db(transaction=True)  # export reads through its own ADBC connection
def test_an_exported_workspace_imports_back_unchanged(hostile: Path, tmp_path: Path) -> None:
    import_paths([hostile])
    names = dict(Client.objects.values_list("client_id", "name"))
    notes = dict(TimeEntry.objects.values_list("entry_id", "description"))
    out = tmp_path / "backup"
    export_workspace(out)
    batch = import_paths([out])[0]
    assert (batch.added, batch.updated) == (0, 0)
    assert dict(Client.objects.values_list("client_id", "name")) == names
    assert dict(TimeEntry.objects.values_list("entry_id", "description")) == notes
    assert names["acme"] == FORMULAS[0] and notes["t2"] == FORMULAS[4]
