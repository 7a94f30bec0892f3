"""The repair plan: for a client with a problem, five dated steps and a review date."""

from __future__ import annotations

from datetime import timedelta

import pytest

from parting.config import Config
from parting.errors import InputError
from parting.i18n import activate
from parting.playbook.plan import StepProgress
from parting.playbook.repair import (
    EFFORTS,
    FIXES,
    NoRepairForVerdict,
    build_repair_plan,
    repair_step_number,
)

from .conftest import START, verdict


def test_a_repair_plan_resets_expectations_apologises_fixes_follows_up_and_reviews(
    config: Config,
) -> None:
    plan = build_repair_plan(verdict("scope_creep", "repair"), config, START)
    titles = [s.title for s in plan.steps]
    assert titles == [
        "Reset expectations",
        "Apologise and make one concrete fix",
        "Go the extra mile for a while",
        "Follow up",
        "Review the repair",
    ]
    assert plan.step(1).aid == "expectations" and plan.step(2).aid == "repair"
    assert "expectations letter" in plan.step(1).detail
    assert FIXES["scope_creep"] in plan.step(2).detail
    assert EFFORTS["scope_creep"] in plan.step(3).detail


@pytest.mark.parametrize("days", [60, 30])
def test_the_review_date_is_a_setting_and_the_follow_up_comes_half_way(
    config: Config, days: int
) -> None:
    settings = config.merged({"verdict": {"repair_review_days": days}})
    plan = build_repair_plan(verdict("drain", "repair"), settings, START)
    assert plan.review_on == START + timedelta(days=days) == plan.step(5).due_on
    assert plan.follow_up_on == START + timedelta(days=days // 2) == plan.step(4).due_on
    assert plan.step(1).due_on == START


def test_a_sign_without_its_own_fix_gets_the_general_one(config: Config) -> None:
    plan = build_repair_plan(verdict("no_potential", "repair"), config, START)
    assert "agree in writing what will change, and by when" in plan.step(2).detail


@pytest.mark.parametrize("kind", ["part_ways", "watch", "keep"])
def test_only_a_client_to_repair_gets_a_repair_plan(config: Config, kind: str) -> None:
    with pytest.raises(NoRepairForVerdict):
        build_repair_plan(verdict("drain", kind), config, START)  # type: ignore[arg-type]


def test_recorded_progress_shows_on_the_steps(config: Config) -> None:
    progress = {1: StepProgress("done", "sent on Monday", "maja")}
    plan = build_repair_plan(verdict("drain", "repair"), config, START, progress)
    assert (plan.step(1).status, plan.step(1).note, plan.step(1).by) == (
        "done",
        "sent on Monday",
        "maja",
    )
    assert plan.to_dict()["review_on"] == "2026-05-01"


def test_repair_steps_are_named_by_number_or_key() -> None:
    assert repair_step_number("follow-up") == 4 and repair_step_number(2) == 2
    with pytest.raises(InputError, match="no step 6"):
        repair_step_number(6)


@pytest.mark.parametrize("language", ["fr", "vi", "sl"])
def test_every_repair_step_reads_in_the_persons_language(config: Config, language: str) -> None:
    english = build_repair_plan(verdict("payment_risk", "repair"), config, START)
    activate(language)
    try:
        plan = build_repair_plan(verdict("payment_risk", "repair"), config, START)
    finally:
        activate("en")
    for mine, theirs in zip(plan.steps, english.steps, strict=True):
        assert mine.title != theirs.title and mine.detail != theirs.detail


@pytest.mark.parametrize("sign", [*sorted(EFFORTS), "no_potential"])
def test_the_extra_effort_step_says_until_the_review_once(config: Config, sign: str) -> None:
    """The step opens with "Until the review"; the effort itself does not say it again."""
    detail = build_repair_plan(verdict(sign, "repair"), config, START).step(3).detail.lower()
    assert detail.count("until the review") == 1, detail


@pytest.mark.parametrize(
    ("language", "named"), [("en", "“Part ways”"), ("fr", "«\u00a0Se séparer\u00a0»")]
)
def test_a_plan_refused_for_a_verdict_names_the_verdict_not_its_key(
    config: Config, language: str, named: str
) -> None:
    activate(language)
    try:
        with pytest.raises(NoRepairForVerdict) as refused:
            build_repair_plan(verdict("drain", "part_ways"), config, START)
    finally:
        activate("en")
    assert named in str(refused.value) and "part_ways" not in str(refused.value)
