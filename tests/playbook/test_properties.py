"""Properties that hold for any input: the checker never fails on a draft, and a planned
decision never falls inside the cool-off, whatever the incidents."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from parting.config import Config
from parting.playbook.checker import check_letter
from parting.playbook.plan import build_plan

from .conftest import START, sample_tables, verdict

CONFIG = Config()


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=400), lang=st.sampled_from([None, "en", "fr", "vi", "sl"]))
def test_the_checker_reviews_any_text_and_quotes_only_words_it_contains(
    text: str, lang: str | None
) -> None:
    normalised = text.replace("’", "'")
    for finding in check_letter(text, lang, config=CONFIG):
        if finding.rule != "length":
            assert all(word in normalised for word in finding.words)


@settings(max_examples=40, deadline=None)
@given(
    offsets=st.lists(st.integers(min_value=-30, max_value=10), max_size=4),
    not_before=st.none() | st.integers(min_value=-5, max_value=10),
    kind=st.sampled_from(["abuse", "public_criticism", "scope_dispute", "remediation", "other"]),
)
def test_a_planned_decision_never_falls_inside_the_cool_off(
    offsets: list[int], not_before: int | None, kind: str
) -> None:
    incidents = [
        {"incident_id": f"x{n}", "client_id": "c1", "date": START + timedelta(days=d), "kind": kind}
        for n, d in enumerate(offsets)
    ]
    earliest = START + timedelta(days=not_before) if not_before is not None else None
    plan = build_plan(
        verdict(not_before=earliest), sample_tables(incidents=incidents), CONFIG, START
    )
    cool = timedelta(days=CONFIG.settings.verdict.cool_off_days)
    assert plan.decision_on >= START and plan.meeting_on >= plan.decision_on
    if earliest is not None:
        assert plan.decision_on >= earliest
    if kind != "remediation":
        for day in offsets:
            assert plan.decision_on >= START + timedelta(days=day) + cool
    assert plan.notice_end >= plan.meeting_on + timedelta(days=30)
