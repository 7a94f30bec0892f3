"""One truth per client: the demo workspace's clients show the same figures on every
surface — the client page, the plan page, the letter, ``parting score --format json`` and
its table on the workspace's own export (``parting export``) — each written by
``parting.words`` in the reader's language."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from django.test import Client as WebClient
from django.urls import reverse
from typer.testing import CliRunner

from parting.cli import app
from parting.engine.results import ClientVerdict
from parting.store.models import Plan, VerdictRecord
from parting.store.triage import client_verdict
from parting.web import demo
from parting.words.formats import money, owed, share

pytestmark = pytest.mark.django_db(transaction=True)
AS_OF = date(2026, 3, 2)
runner = CliRunner()


@pytest.fixture
def workspace(tmp_path: Path) -> dict[str, ClientVerdict]:
    demo.fill(clients=40, as_of=AS_OF)
    return {r.client_id: client_verdict(r) for r in VerdictRecord.objects.all()}


def _one(verdicts: dict[str, ClientVerdict], sign: str, figure: str) -> ClientVerdict:
    """A client to part ways with whose main sign is ``sign`` with ``figure`` above 0."""
    for v in sorted(verdicts.values(), key=lambda v: v.rank):
        main = v.main_sign
        parting = v.verdict.startswith("part_ways")
        if parting and main and main.id == sign and (main.evidence.figures.get(figure) or 0) > 0:
            return v
    raise AssertionError(f"the demo has no client to part with for {sign}")


def _text(response: Any) -> str:
    return html.unescape(response.content.decode())


def _score_json(tmp_path: Path) -> dict[str, dict[str, Any]]:
    """``parting export`` the workspace, then ``parting score --format json`` that folder."""
    folder = tmp_path / "export"
    settings = tmp_path / "settings.toml"
    from parting.store.settings import load_config

    settings.write_text(load_config().to_toml(), encoding="utf-8")
    assert runner.invoke(app, ["export", str(folder)]).exit_code == 0
    out = tmp_path / "triage.json"
    args = ["score", "--input", str(folder), "--as-of", AS_OF.isoformat(), "--settings"]
    result = runner.invoke(app, [*args, str(settings), "--format", "json", "--output", str(out)])
    assert result.exit_code == 0, result.output
    return {c["client_id"]: c for c in json.loads(out.read_text(encoding="utf-8"))}


def test_a_late_payer_shows_the_same_figures_on_every_surface(
    owner_client: WebClient, workspace: dict[str, ClientVerdict], tmp_path: Path
) -> None:
    late = _one(workspace, "payment_risk", "overdue")
    figures = late.main_sign.evidence.figures  # type: ignore[union-attr]
    overdue = owed(figures["overdue"], "EUR", "en")  # to the cent, as on every surface

    page = _text(owner_client.get(reverse("client", args=[late.client_id])))
    assert overdue in late.reason and late.reason in page
    assert f"of which overdue</dt><dd>{overdue}</dd>" in page
    assert share(figures["late_share"], lang="en") in page

    owner_client.post(reverse("open_plan", args=[late.client_id]))
    plan_page = _text(owner_client.get(reverse("plan", args=[late.client_id])))
    assert late.reason in plan_page  # the same sentence, with the same figures

    plan = Plan.objects.get(client_id=late.client_id)
    letter = _text(owner_client.get(reverse("letter", args=[plan.pk])))
    cited = [
        owed(figures["overdue"], "EUR", late.language),
        f"{int(figures['invoices_late'])}",
    ]
    assert any(text in letter for text in cited), "the letter cites the engine's figures"

    scored = _score_json(tmp_path)[late.client_id]
    main = scored["signs"][0]
    assert main["id"] == "payment_risk"
    for name in ("overdue", "late_share", "invoices_late", "invoices_due"):
        assert main["evidence"]["figures"][name] == pytest.approx(figures[name]), name
    assert scored["reason"] == late.reason


def test_every_client_scores_the_same_from_the_workspace_export(
    workspace: dict[str, ClientVerdict], tmp_path: Path
) -> None:
    scored = _score_json(tmp_path)
    assert set(scored) == set(workspace)
    for client_id, verdict in workspace.items():
        again = scored[client_id]
        assert again["verdict"] == verdict.verdict and again["reason"] == verdict.reason
        for sign, stored in zip(again["signs"], verdict.signs, strict=True):
            assert sign["id"] == stored.id
            for name, value in stored.evidence.figures.items():
                if isinstance(value, float):
                    assert sign["evidence"]["figures"][name] == pytest.approx(value), name
                else:
                    assert sign["evidence"]["figures"][name] == value, name


def test_the_cli_table_states_the_reason_the_pages_state(
    workspace: dict[str, ClientVerdict], tmp_path: Path
) -> None:
    late = _one(workspace, "payment_risk", "overdue")
    _score_json(tmp_path)  # exports the workspace and writes its settings
    args = ["score", "--input", str(tmp_path / "export"), "--as-of", AS_OF.isoformat()]
    args += ["--settings", str(tmp_path / "settings.toml"), "--format", "table"]
    table = runner.invoke(app, args, env={"COLUMNS": "1000"})  # a row on one line
    assert table.exit_code == 0, table.output
    lines = table.output.splitlines()
    row = next(line for line in lines if line.split()[:1] == [str(late.rank)])
    assert late.reason in row
    assert owed(late.main_sign.evidence.figures["overdue"], "EUR", "en") in row  # type: ignore[union-attr]


def _owing(verdicts: dict[str, ClientVerdict]) -> ClientVerdict:
    """A client to part ways with who owes more than its overdue part (an invoice not yet
    due beside an overdue one): the case where two sums used to disagree."""
    for v in sorted(verdicts.values(), key=lambda v: v.rank):
        if v.verdict.startswith("part_ways") and v.owed > v.overdue > 0:
            return v
    raise AssertionError("the demo has no client to part with who owes beyond what is overdue")


def test_what_a_client_owes_is_one_figure_on_every_surface(
    owner_client: WebClient, workspace: dict[str, ClientVerdict], tmp_path: Path
) -> None:
    owing = _owing(workspace)
    owed, overdue = money(owing.owed, "EUR", "en", 2), money(owing.overdue, "EUR", "en", 2)

    page = _text(owner_client.get(reverse("client", args=[owing.client_id])))
    assert f"Still owed</dt><dd>{owed}</dd>" in page
    assert f"of which overdue</dt><dd>{overdue}</dd>" in page

    owner_client.post(reverse("open_plan", args=[owing.client_id]))
    plan_page = _text(owner_client.get(reverse("plan", args=[owing.client_id])))
    assert f"{owed} is still owed (" in plan_page
    plan = Plan.objects.get(client_id=owing.client_id)
    assert plan.facts["money_owed"] == pytest.approx(owing.owed, abs=0.005)

    letter = _text(owner_client.get(reverse("letter", args=[plan.pk])))
    for amount in re.findall(r"€[\d,]+\.\d\d", letter):  # any sum the letter states
        assert amount in (owed, overdue), amount

    printed = _text(owner_client.get(reverse("client_print", args=[owing.client_id])))
    assert f"Still owed</dt><dd>{owed}</dd>" in printed
    assert f"of which overdue</dt><dd>{overdue}</dd>" in printed

    sheet = owner_client.get(reverse("portfolio_csv")).content.decode("utf-8-sig")
    row = next(r for r in csv.DictReader(io.StringIO(sheet)) if r["Rank"] == str(owing.rank))
    assert row["Still owed"] == f"{owing.owed:.2f}"
    assert row["of which overdue"] == f"{owing.overdue:.2f}"

    scored = _score_json(tmp_path)[owing.client_id]
    assert scored["owed"] == pytest.approx(owing.owed)
    assert scored["overdue"] == pytest.approx(owing.overdue)
    payment = [s for s in scored["signs"] if s["id"] == "payment_risk"]
    for sign in payment:  # the payment sign's figure is the same number
        assert sign["evidence"]["figures"]["overdue"] == pytest.approx(owing.overdue)


def test_hours_are_one_figure_on_the_client_page_and_the_portfolio(
    owner_client: WebClient, workspace: dict[str, ClientVerdict]
) -> None:
    """The client's hours and the drain sign's hours figure, written once (``18.3 h``)."""
    from parting.words.figures import value

    drained, hours = next(
        (v, s.evidence.figures["hours"])
        for v in sorted(workspace.values(), key=lambda v: v.rank)
        for s in v.signs
        if (s.evidence.figures.get("hours") or 0) > 0
    )
    written = value("hours", hours, "EUR", "en")
    assert written.endswith(" h")
    page = _text(owner_client.get(reverse("client", args=[drained.client_id])))
    assert f"Hours</dt><dd>{written}</dd>" in page  # the client's own figure
    assert re.search(rf"Hours</th>\s*<td[^>]*>{re.escape(written)}<", page)  # the sign's
    portfolio = _text(owner_client.get(reverse("portfolio")))
    assert f">{written}</td>" in portfolio
