"""End to end on the demo portfolio: the engine's verdicts go through the playbook, and
every plan and letter keeps the promises of DOMAIN §3–4."""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache

import pytest

from parting.demo import demo_config, generate
from parting.engine import score
from parting.engine.results import ClientVerdict
from parting.playbook.checker import LETTER_KINDS, check_letter
from parting.playbook.letters import render_letter
from parting.playbook.moves import NO_REPAIR_SIGNS
from parting.playbook.plan import build_plan
from parting.schema import Tables

AS_OF = date(2026, 3, 2)
LANGS = ("en", "fr", "vi", "sl")


@cache
def portfolio() -> tuple[Tables, list[ClientVerdict]]:
    tables = generate(60, seed=7, as_of=AS_OF)
    triage = score(tables, demo_config(), as_of=AS_OF, engine="polars")
    acted = [v for v in triage.verdicts if v.verdict in ("part_ways", "part_ways_now", "repair")]
    return tables, acted


def parting_verdicts() -> list[ClientVerdict]:
    return [v for v in portfolio()[1] if v.verdict != "repair"]


def test_the_demo_has_clients_to_part_with_and_to_repair() -> None:
    kinds = {v.verdict for v in portfolio()[1]}
    assert {"part_ways", "part_ways_now", "repair"} <= kinds


def test_plans_keep_their_promises_for_every_client_to_part_with() -> None:
    tables, _acted = portfolio()
    config = demo_config()
    cool = timedelta(days=int(config.settings.verdict.cool_off_days))
    for verdict in parting_verdicts():
        plan = build_plan(verdict, tables, config, AS_OF)
        main = verdict.main_sign.id if verdict.main_sign else None
        if main == "abuse":
            assert plan.facts.partners == [], verdict.client_id
        if not plan.immediate:
            assert plan.decision_on >= AS_OF + cool  # the cool-off counts from the decision
            if plan.facts.last_incident:
                assert plan.decision_on >= plan.facts.last_incident + cool
            if verdict.decision_not_before:
                assert plan.decision_on >= verdict.decision_not_before
            assert plan.announcement_blocked == (plan.facts.money_owed > 0)
            if plan.facts.engagement == "recurring":
                assert plan.notice_days >= int(config.settings.plan.notice_days)
            if plan.facts.deliverable_end:
                assert plan.notice_end >= plan.facts.deliverable_end


@pytest.mark.parametrize("lang", LANGS)
def test_every_letter_for_the_demo_clients_passes_the_checker(lang: str) -> None:
    tables, acted = portfolio()
    config = demo_config()
    for verdict in acted:
        main = verdict.main_sign.id if verdict.main_sign else None
        for kind in LETTER_KINDS:
            if kind == "repair" and main in NO_REPAIR_SIGNS:
                continue
            letter = render_letter(kind, verdict, tables, config, lang, start=AS_OF)
            findings = check_letter(letter.text, lang, sign=main, kind=kind, config=config)
            assert findings == [], (verdict.client_id, kind, letter.text)
