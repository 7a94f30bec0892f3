"""Every figure the engine puts in front of a person is declared once, with a label in each
language and a unit, and is written in that unit: no raw id, no bare ratio."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

import pytest

from parting.catalogs import merged_catalog
from parting.config import Config
from parting.demo import demo_settings, generate
from parting.engine import EPOCH, features, score
from parting.engine.frames import prepare
from parting.engine.results import ClientMetrics, Triage
from parting.engine.signs import DETECTORS, Features
from parting.figures import RECORD_COUNTS, UNITS, declared, figure
from parting.i18n import LANGUAGES, activate
from parting.schema import TABLES
from parting.words.figures import rows, value

AS_OF = date(2026, 12, 6)


@pytest.fixture(scope="module")
def demo() -> tuple[dict[str, Any], Config]:
    return generate(clients=60, seed=7, as_of=AS_OF), Config().merged(demo_settings())


@pytest.fixture(scope="module")
def triage(demo: tuple[dict[str, Any], Config]) -> Triage:
    tables, config = demo
    return score(tables, config, as_of=AS_OF, engine="polars")


def every_sign_figure(demo: tuple[dict[str, Any], Config]) -> set[str]:
    """The figure ids of every detector, whether it fired or not."""
    tables, config = demo
    day = (AS_OF - EPOCH).days
    frames = prepare(tables, "polars", config.timezone)
    try:
        feats = Features.from_arrow(features.collect(frames, config, day), day)
    finally:
        frames.release()
    return {name for d in DETECTORS.values() for name in d(feats, config).figures}


def test_every_figure_a_sign_computes_is_declared(demo: tuple[dict[str, Any], Config]) -> None:
    for name in every_sign_figure(demo):
        assert figure(name).unit in UNITS, name


def test_every_figure_a_verdict_carries_is_declared(triage: Triage) -> None:
    seen = {name for v in triage.verdicts for s in v.signs for name in s.evidence.figures}
    assert any(name.endswith("_count") for name in seen)  # records cited, per table
    for name in seen:
        figure(name)
    for field in fields(ClientMetrics):
        if field.name != "client_id":
            figure(field.name)


def test_the_deciding_figure_of_a_sign_is_one_of_its_figures(triage: Triage) -> None:
    for verdict in triage.verdicts:
        for sign in verdict.signs:
            if sign.deciding:
                assert sign.deciding in sign.evidence.figures, (verdict.client_id, sign.id)
            else:
                assert sign.id in ("abuse", "unethical", "off_mission") and not sign.weak


def test_record_counts_are_named_for_every_table_a_sign_cites() -> None:
    assert set(RECORD_COUNTS) <= set(TABLES)


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_every_figure_label_is_translated(lang: str) -> None:
    catalog = merged_catalog(lang)
    labels = [f.label for f in declared().values()] + list(RECORD_COUNTS.values())
    missing = [label for label in labels if not (catalog.get(label) and catalog[label].string)]
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_figure_is_written_with_its_label_and_unit(triage: Triage, lang: str) -> None:
    activate(lang)
    try:
        for verdict in triage.verdicts:
            for sign in verdict.signs:
                for row in rows(sign.evidence.figures, "EUR", sign.deciding, lang):
                    assert "_" not in row.label and row.label, row
                    assert "_" not in row.value and "nan" not in row.value.lower(), row
    finally:
        activate("en")


@pytest.mark.parametrize(
    ("figure_id", "raw", "written"),
    [
        ("margin_share", -9.66, "−9.7×"),  # far outside 0–100 %: a multiple
        ("margin_share", 0.08, "8%"),
        ("overdue", 6905.0, "€6,905.00"),  # a sum someone must pay: to the cent
        ("owed", 6905.4, "€6,905.40"),
        ("overdue", 0.0, "—"),  # nothing owed, as every page writes it
        ("revenue", 6905.4, "€6,905"),  # a sum over a period: whole units
        ("hours", 12.25, "12.2 h"),
        ("oldest_overdue_days", 36, "36 days"),
        ("oldest_overdue_days", 1, "1 day"),
        ("excluded_industry", 1.0, "yes"),
        ("effort_to_revenue", 1.9, "1.90"),
        ("late_share", None, "—"),
    ],
)
def test_a_figure_is_written_in_its_unit(figure_id: str, raw: Any, written: str) -> None:
    activate("en")
    assert value(figure_id, raw, "EUR", "en") == written


def test_a_threshold_is_written_beside_its_figure_not_on_a_row_of_its_own() -> None:
    found = rows({"late_share": 0.75, "late_share_threshold": 0.5, "overdue": 10.0}, "EUR")
    assert [(r.id, r.threshold) for r in found] == [("late_share", "50%"), ("overdue", None)]
