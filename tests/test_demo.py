"""The demo portfolio: deterministic, realistic, in Parting CSV, with every problem planted."""

from __future__ import annotations

import contextvars
import re
import tomllib
import unicodedata
from datetime import date
from functools import cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest
from typer.testing import CliRunner

import parting.cli.demo  # noqa: F401  (registers the command)
from parting import demo
from parting.cli.app import app
from parting.config import load
from parting.demo import plants as demo_plants
from parting.demo.phrases import CLIENT_KINDS, KINDS, PHRASES
from parting.engine.signs import SIGN_IDS
from parting.ingest.parting_csv import read_folder
from parting.schema import TABLES, Tables

AS_OF = date(2026, 6, 30)


@cache
def portfolio(clients: int = 60, seed: int = 7) -> Tables:
    return demo.generate(clients, seed, AS_OF)


def client_named(tables: Tables, name: str) -> str:
    clients = tables["clients"]
    found = clients.filter(pc.equal(clients["name"], name))
    assert found.num_rows == 1, name
    return str(found["client_id"][0].as_py())


def rows_of(tables: Tables, table: str, client_id: str) -> pa.Table:
    t = tables[table]
    return t.filter(pc.equal(t["client_id"], client_id))


def plant(key: str) -> demo_plants.Plant:
    return next(p for p in demo_plants.PLANTS if p.key == key)


# --- shape and determinism -------------------------------------------------------------


def test_the_same_arguments_give_the_same_portfolio() -> None:
    again = demo.generate(60, 7, AS_OF)
    for name, table in portfolio().items():
        assert table.equals(again[name]), name


def test_another_seed_gives_another_portfolio() -> None:
    assert not portfolio()["time_entries"].equals(demo.generate(60, 8, AS_OF)["time_entries"])


def test_every_table_follows_the_schema() -> None:
    for name, table in portfolio().items():
        assert table.schema == TABLES[name].arrow_schema, name


def test_history_covers_about_three_years_and_never_the_future() -> None:
    days = portfolio()["time_entries"]["date"]
    assert pc.max(days).as_py() < AS_OF
    assert (AS_OF - pc.min(days).as_py()).days >= 3 * 365 - 10


def test_about_half_of_the_records_are_time_entries() -> None:
    tables = demo.generate(2000, 1, AS_OF)
    total = sum(t.num_rows for t in tables.values())
    assert 0.40 <= tables["time_entries"].num_rows / total <= 0.60
    assert 35 <= total / 2000 <= 80  # records per client: 200 000 clients ~ ten million


def test_every_reference_points_at_a_real_record(tmp_path: Path) -> None:
    # The reader checks ids and references, so a clean read proves them.
    demo.write(portfolio(), tmp_path)
    loaded = read_folder(tmp_path, demo.demo_config())
    assert loaded.notices == []


def test_written_csv_reads_back_to_the_same_tables(tmp_path: Path) -> None:
    demo.write(portfolio(), tmp_path)
    loaded = read_folder(tmp_path, demo.demo_config()).tables
    for name, table in portfolio().items():
        assert loaded[name].equals(table), name


def test_some_payments_are_late_and_some_invoices_open() -> None:
    tables = portfolio()
    invoices = tables["invoices"]
    paid = tables["payments"].join(invoices.select(["invoice_id", "due_on"]), "invoice_id")
    late = pc.sum(pc.greater(paid["paid_on"], paid["due_on"])).as_py()
    assert 0 < late < paid.num_rows / 2
    assert "open" in invoices["status"].to_pylist()


# --- realistic clients -----------------------------------------------------------------


def test_clients_speak_four_languages_with_fitting_names_and_time_zones() -> None:
    clients = portfolio(400).get("clients")
    rows = clients.to_pylist()
    assert {r["language"] for r in rows} == {"en", "fr", "vi", "sl"}
    by_lang = {
        lang: [r for r in rows if r["language"] == lang] for lang in ("en", "fr", "vi", "sl")
    }
    assert any(r["name"].endswith("Ltd") for r in by_lang["en"])
    assert any(r["name"].endswith("SARL") for r in by_lang["fr"])
    assert any(r["name"].startswith("Công ty TNHH") for r in by_lang["vi"])
    assert any(r["name"].endswith("d.o.o.") for r in by_lang["sl"])
    assert {r["timezone"] for r in by_lang["vi"]} <= {"Asia/Ho_Chi_Minh", "Asia/Bangkok"}
    assert all(r["email"].isascii() and "@" in r["email"] for r in rows)


def test_every_contact_is_addressed_as_mr_or_ms_so_letters_open_properly() -> None:
    rows = portfolio(400).get("clients").to_pylist()
    assert {r["contact_salutation"] for r in rows} == {"mr", "ms"}
    by_contact = {r["contact_name"]: r["contact_salutation"] for r in rows}
    assert by_contact["Peter Greyfield"] == "mr" and by_contact["Tina Horvat"] == "ms"
    # A Vietnamese middle name tells it even without diacritics: Văn/Van, Thị/Thi.
    assert by_contact["Lê Văn Phúc"] == "mr" and by_contact["Trần Thị Mai"] == "ms"


def test_vietnamese_appears_with_and_without_diacritics() -> None:
    texts = PHRASES["vi"]["complaint"] + PHRASES["vi"]["abusive"]
    assert any(not t.isascii() for t in texts) and any(t.isascii() for t in texts)
    names_vi = portfolio(400)["clients"].filter(
        pc.equal(portfolio(400)["clients"]["language"], "vi")
    )
    assert any(n.isascii() for n in names_vi["name"].to_pylist())


def test_every_language_has_phrases_of_every_kind() -> None:
    for language, kinds in PHRASES.items():
        assert set(kinds) == set(KINDS), language
        for kind in KINDS:
            assert len(kinds[kind]) >= 3, (language, kind)
            assert all(unicodedata.is_normalized("NFC", p) for p in kinds[kind])


def test_friendly_messages_include_friendly_swearing() -> None:
    assert any("damn" in p for p in PHRASES["en"]["friendly"])


def test_messages_are_drawn_from_the_phrases_in_the_clients_language() -> None:
    tables = portfolio()
    messages = tables["messages"].join(
        tables["clients"].select(["client_id", "language"]), "client_id"
    )
    for row in messages.filter(pc.equal(messages["direction"], "in")).to_pylist():
        assert any(row["body"] in PHRASES[row["language"]][k] for k in CLIENT_KINDS)


# --- the planted problems --------------------------------------------------------------


def test_every_sign_of_the_domain_is_planted() -> None:
    keys = {part for p in demo_plants.PLANTS for part in p.key.split("+")}
    signs = set(SIGN_IDS)
    assert signs <= keys
    assert {"review_flag", "long_standing", "repair", "watch"} <= keys
    assert sum("+" in p.key for p in demo_plants.PLANTS) >= 2
    assert len(demo_plants.choose(60)) == len(demo_plants.PLANTS)


def test_most_clients_are_healthy() -> None:
    assert len(demo_plants.choose(60)) < 60 / 3


def test_the_unethical_client_has_an_ethics_incident_and_the_other_only_a_request() -> None:
    tables = portfolio()
    vernier = client_named(tables, plant("unethical").name)
    kovac = client_named(tables, plant("review_flag").name)
    assert "ethics" in rows_of(tables, "incidents", vernier)["kind"].to_pylist()
    assert "ethics" not in rows_of(tables, "incidents", kovac)["kind"].to_pylist()
    bodies = rows_of(tables, "messages", kovac)["body"].to_pylist()
    assert any(b in PHRASES["sl"]["ethics_request"] for b in bodies)


def test_the_long_standing_client_is_an_old_friend_with_a_problem() -> None:
    tables = portfolio()
    row = tables["clients"].filter(pc.equal(tables["clients"]["name"], plant("long_standing").name))
    assert row["relationship"][0].as_py() is True
    assert (AS_OF - row["since"][0].as_py()).days >= 5 * 365


def test_the_payment_risk_client_has_an_invoice_long_overdue() -> None:
    tables = portfolio()
    client = client_named(tables, plant("payment_risk").name)
    invoices = rows_of(tables, "invoices", client)
    open_ = invoices.filter(pc.equal(invoices["status"], "open"))
    assert min(open_["due_on"].to_pylist()) <= date.fromordinal(AS_OF.toordinal() - 90)
    reminders = rows_of(tables, "messages", client)["kind"].to_pylist()
    assert reminders.count("payment_reminder") >= 3


def test_the_grown_apart_client_works_in_the_winding_down_line() -> None:
    tables = portfolio()
    client = client_named(tables, plant("grown_apart").name)
    lines = set(rows_of(tables, "projects", client)["service_line"].to_pylist())
    assert lines == set(demo.demo_config().settings.business.winding_down_service_lines)


def test_the_off_mission_client_is_in_an_excluded_industry() -> None:
    tables = portfolio()
    row = tables["clients"].filter(pc.equal(tables["clients"]["name"], plant("off_mission").name))
    assert row["industry"][0].as_py() in demo.demo_config().settings.business.excluded_industries


def test_the_no_referrals_client_never_referred_anyone() -> None:
    tables = portfolio()
    client = client_named(tables, plant("no_referrals").name)
    assert "referral" not in rows_of(tables, "incidents", client)["kind"].to_pylist()
    assert client not in tables["clients"]["referred_by"].to_pylist()


# --- settings --------------------------------------------------------------------------


def test_write_saves_the_settings_the_planted_signs_need(tmp_path: Path) -> None:
    demo.write(portfolio(), tmp_path)
    saved = tomllib.loads((tmp_path / demo.SETTINGS_FILE).read_text(encoding="utf-8"))
    config = demo.demo_config()
    assert saved == demo.demo_settings()
    assert load(tmp_path / demo.SETTINGS_FILE).values == config.values
    assert config.settings.business.winding_down_service_lines == ("print design",)
    assert "gambling" in config.settings.business.excluded_industries
    assert {p.service_line for p in config.referral_partners} >= {"print design", "web design"}
    for partner in config.referral_partners:  # a French letter names the line in French
        assert set(partner.service_line_names) == {"fr", "vi", "sl"}


# --- the command -----------------------------------------------------------------------


def test_the_demo_command_writes_the_files_and_prints_the_triage(tmp_path: Path) -> None:
    out = tmp_path / "demo-out"
    result = CliRunner().invoke(
        app, ["demo", "--clients", "60", "--out", str(out), "--as-of", AS_OF.isoformat()]
    )
    assert result.exit_code == 0, result.output
    assert {f.name for f in out.iterdir()} >= {
        t.file_name for n, t in TABLES.items() if n != "judgements"
    }
    assert (out / demo.SETTINGS_FILE).exists()
    assert "Part ways now" in result.output  # the verdict's label, not its id
    assert "Brockwell" in result.output  # the abusive client, on top


def test_the_demo_command_counts_records_the_readers_way(tmp_path: Path) -> None:
    out = tmp_path / "demo-out"
    args = ["demo", "--clients", "60", "--out", str(out), "--as-of", AS_OF.isoformat()]
    runner = CliRunner(env={"PARTING_LANG": "fr"})
    # A fresh context, as in a new process: no language chosen by earlier tests.
    result = contextvars.Context().run(runner.invoke, app, args)
    assert re.search("\\d[\u202f\u00a0 ]\\d{3} enregistrements de 60 clients", result.output)
    # The command to score it again stays on one line, to be copied, on a narrow terminal.
    narrow = CliRunner(env={"COLUMNS": "60"})
    result = contextvars.Context().run(narrow.invoke, app, args)
    command = f"parting score --input {out} --settings {out / 'demo_settings.toml'}"
    assert command in result.output


def test_the_demo_command_refuses_a_bad_date(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["demo", "--out", str(tmp_path), "--as-of", "30/06/2026"])
    assert result.exit_code != 0


@cache
def triage():  # type: ignore[no-untyped-def]
    from parting.engine import score

    return score(portfolio(), demo.demo_config(), as_of=AS_OF, engine="duckdb")


@pytest.mark.parametrize("key", ["abuse", "unethical"])
def test_the_planted_immediate_signs_make_part_ways_now(key: str) -> None:
    client = client_named(portfolio(), plant(key).name)
    verdict = next(v for v in triage().verdicts if v.client_id == client)
    assert verdict.verdict == "part_ways_now"


def test_the_long_standing_client_is_tempered_to_repair() -> None:
    client = client_named(portfolio(), plant("long_standing").name)
    verdict = next(v for v in triage().verdicts if v.client_id == client)
    assert verdict.verdict == "repair"
    assert len(verdict.signs) >= 2


def test_the_triage_shows_every_sign_and_every_verdict() -> None:
    fired = {s.id for v in triage().verdicts for s in v.signs}
    assert fired >= {
        "drain", "abuse", "unethical", "payment_risk", "grown_apart", "complainer",
        "no_potential", "no_referrals", "unprofitable", "off_mission", "boundaries",
        "scope_creep", "unpleasable",
    }  # fmt: skip
    verdicts = {v.verdict for v in triage().verdicts}
    assert verdicts == {"keep", "watch", "repair", "part_ways", "part_ways_now"}
    keep = [v for v in triage().verdicts if v.verdict == "keep"]
    assert len(keep) > len(triage().verdicts) / 2  # mostly healthy


def test_a_questionable_request_alone_only_raises_a_review_flag() -> None:
    client = client_named(portfolio(), plant("review_flag").name)
    verdict = next(v for v in triage().verdicts if v.client_id == client)
    assert verdict.review_flags and "unethical" not in {s.id for s in verdict.signs}
