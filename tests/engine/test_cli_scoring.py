"""``parting score`` and ``parting what-if`` on a Parting CSV folder: output shapes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.csv as pv
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from parting.cli import app

from .portfolio import Portfolio

runner = CliRunner()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    p = Portfolio().regular("acme")
    p.invoice("acme", 125, 400.0)  # 95 days overdue: part ways
    for name, table in p.tables().items():
        if table.num_rows:
            pv.write_csv(table, tmp_path / f"{name}.csv")
    return tmp_path


def run(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_score_prints_json_best_first(folder: Path) -> None:
    data = json.loads(
        run("score", "--input", str(folder), "--as-of", "2026-06-30", "--format", "json")
    )
    assert [c["rank"] for c in data] == list(range(1, 6))
    first = data[0]
    assert first["client_id"] == "acme"
    assert first["verdict"] == "part_ways"
    assert first["reason"].endswith(".")
    sign = first["signs"][0]
    assert sign["id"] == "payment_risk"
    assert sign["severity"] == "urgent"
    assert sign["evidence"]["figures"]["oldest_overdue_days"] == 95
    assert len(sign["evidence"]["records"]["invoices"]) == 1
    assert {"client_id", "name", "verdict", "rank", "reason", "signs"} <= set(first)


def test_score_prints_a_table_by_default(folder: Path) -> None:
    out = run("score", "--input", str(folder), "--as-of", "2026-06-30")
    assert "Part ways" in out and "Acme" in out
    assert "part_ways" not in out  # verdicts and signs by their labels, never their ids


def test_the_table_lists_every_client_once_within_the_width_and_shows_no_control_codes(
    tmp_path: Path,
) -> None:
    from parting.cli.app import console

    p = Portfolio().regular("acme")
    p.invoice("acme", 125, 400.0)
    p.regular("evil").rows["clients"][-1]["name"] = "Evil\x1b[2J Corp with a rather long name"
    for name, table in p.tables().items():
        if table.num_rows:
            pv.write_csv(table, tmp_path / f"{name}.csv")
    out = run("score", "--input", str(tmp_path), "--as-of", "2026-06-30")
    assert "\x1b" not in out  # imported text cannot clear or recolour the terminal
    assert all(len(line) <= console.width for line in out.splitlines())
    ranks = [line.split()[0] for line in out.splitlines()[3:] if line[:3].strip()]
    assert ranks == [str(rank) for rank in range(1, 7)]  # the portfolio's six clients
    assert "Part ways" in out and "Evil" in out and "[2J" in out


def test_score_writes_csv_and_parquet(folder: Path, tmp_path: Path) -> None:
    csv_out = run("score", "--input", str(folder), "--as-of", "2026-06-30", "--format", "csv")
    assert csv_out.splitlines()[0].startswith('"rank","client_id"')
    target = tmp_path / "triage.parquet"
    run(
        "score",
        "--input",
        str(folder),
        "--as-of",
        "2026-06-30",
        "--format",
        "parquet",
        "--output",
        str(target),
    )
    table = pq.read_table(target)
    assert table.num_rows == 5
    assert table["signs"][0].as_py() == "payment_risk"


def test_score_refuses_a_bad_date(folder: Path) -> None:
    result = runner.invoke(app, ["score", "--input", str(folder), "--as-of", "30/06/2026"])
    assert result.exit_code != 0
    assert "YYYY-MM-DD" in str(result.exception) + result.output


def test_what_if_reports_hours_and_rates(folder: Path) -> None:
    out = run(
        "what-if",
        "--input",
        str(folder),
        "--as-of",
        "2026-06-30",
        "--drop",
        "acme",
        "--format",
        "json",
    )
    data = json.loads(out)
    assert data["dropped"] == ["acme"]
    assert data["hours_freed_per_month"] == pytest.approx(120 / 12, rel=0.01)
    assert data["revenue_lost"] == pytest.approx(12400.0)
    assert data["effective_rate_before"] == pytest.approx(100.0 + 400 / 600)
    table = run("what-if", "--input", str(folder), "--as-of", "2026-06-30", "--drop", "acme")
    assert "Margin" in table
    assert "Letting go of Acme" in table  # the client's name, not the id typed
    # The figures in the form the pages write them: hours with their unit, a whole rate.
    assert "10.0 h" in table or "10 h" in table
    assert "€101 " in table and "€100.67" not in table


def test_what_if_lets_go_of_clients_named_as_the_portfolio_names_them(folder: Path) -> None:
    def dropped(typed: str) -> list[str]:
        args = ["--input", str(folder), "--as-of", "2026-06-30", "--format", "json"]
        return list(json.loads(run("what-if", *args, "--drop", typed))["dropped"])

    assert dropped("acme") == ["acme"]  # the id
    assert dropped(" ACME ") == dropped("Acme") == ["acme"]  # the name, whatever its case
    assert dropped("Steady-1, acme") == ["steady-1", "acme"]


def test_what_if_names_a_client_it_cannot_find_by_what_was_typed(
    folder: Path, cli: Callable[..., Any]
) -> None:
    ran = cli("what-if", "--input", str(folder), "--as-of", "2026-06-30", "--drop", "Acme, Nobody")
    assert ran.code == 2
    assert "option --drop" in ran.stderr and "“Nobody”" in ran.stderr
    assert "Traceback" not in ran.stderr + ran.stdout


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_notices_go_to_stderr_so_stdout_carries_only_the_triage(folder: Path, fmt: str) -> None:
    (folder / "expected.json").write_text("{}")
    result = runner.invoke(
        app, ["score", "--input", str(folder), "--as-of", "2026-06-30", "--format", fmt]
    )
    assert result.exit_code == 0, result.output
    assert "Ignored expected.json" in result.stderr
    assert "Ignored expected.json" not in result.stdout
    if fmt == "json":
        assert json.loads(result.stdout)[0]["client_id"] == "acme"
    elif fmt == "csv":
        assert result.stdout.startswith('"rank","client_id"')


def test_a_triage_as_csv_escapes_a_client_name_that_is_a_formula(folder: Path) -> None:
    clients = folder / "clients.csv"
    clients.write_text(clients.read_text().replace('"Acme', '"=cmd|calc!A0 Acme', 1))
    out = run("score", "--input", str(folder), "--as-of", "2026-06-30", "--format", "csv")
    assert "'=cmd|calc!A0" in out
    assert ',"=' not in out
