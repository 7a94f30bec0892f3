"""A sign is one module: its declaration is all the feature pass, the evidence lookup, the
reasons, the labels and the plans need, and two signs cannot declare the same column."""

from __future__ import annotations

import dataclasses

import narwhals as nw
import numpy as np
import pytest

from parting.config import Config
from parting.engine import EPOCH, features
from parting.engine.frames import prepare
from parting.engine.results import SignId
from parting.engine.signs import SIGN_IDS, SIGNS, Features, Finding, SignSpec
from parting.engine.signs.base import SignDeclarationError
from parting.engine.window import Window, count
from parting.playbook.moves import MOVE_IDS, MOVES
from parting.words.labels import sign_labels

from .portfolio import Portfolio


def test_every_sign_is_one_module_named_after_it_in_the_order_ties_are_broken() -> None:
    assert sorted(s.id for s in SIGNS) == sorted(SIGN_IDS)
    for spec in SIGNS:
        assert spec.detect.__module__ == f"parting.engine.signs.{spec.id}"
    assert [s.id for s in SIGNS][:3] == ["abuse", "unethical", "payment_risk"]
    assert [s.rank for s in SIGNS] == sorted({s.rank for s in SIGNS})


def test_labels_moves_and_fixes_are_read_from_the_signs() -> None:
    for spec in SIGNS:
        assert sign_labels()[spec.id] == spec.label
        assert MOVES[spec.id] == spec.move and spec.move in MOVE_IDS


def _urgent_messages(config: Config, w: Window) -> dict[str, dict[str, nw.Expr]]:
    urgent = nw.col("inbound") & w.within("day", 30) & nw.col("is_urgent")
    return {"messages": {"urgent_messages_30d": count(urgent)}}


def _never(f: Features, config: Config) -> Finding:
    fired = np.zeros(f.size, dtype=bool)
    return Finding(SignId("drain"), fired, np.zeros(f.size), np.full(f.size, np.nan))


NEW_SIGN = SignSpec(
    id=SignId("drain"),  # any id: only the feature pass reads this declaration here
    label="Urgent this month",
    severity="minor",
    rank=999,
    detect=_never,
    reason=lambda g, f, deciding: "",
    move="open_ended",
    aggregations=_urgent_messages,
    message_days=lambda config: 30,
)


def _features(p: Portfolio, signs: tuple[SignSpec, ...], monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setattr(features, "SIGNS", signs)
    config = Config()
    day = (p.as_of - EPOCH).days
    frames = prepare(p.tables(), "polars", config.timezone)
    try:
        table = features.collect(frames, config, day)
    finally:
        frames.release()
    return dict(zip(table["client_id"].to_pylist(), table.to_pylist(), strict=True))


def test_a_new_signs_aggregation_joins_the_one_pass_over_its_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    p = Portfolio().regular("acme")
    for day in p.weekdays(3, first=2):
        p.message("acme", day, "URGENT: please call me asap")
    rows = _features(p, (*SIGNS, NEW_SIGN), monkeypatch)
    assert rows["acme"]["urgent_messages_30d"] == 3
    # The other signs' columns are still there, computed as before.
    assert rows["acme"]["urgent_messages"] == 3 and "complaints" in rows["acme"]


def test_a_column_two_signs_declare_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    twice = dataclasses.replace(
        NEW_SIGN,
        aggregations=lambda config, w: {"messages": {"complaints": count(nw.col("inbound"))}},
    )
    with pytest.raises(SignDeclarationError, match="complaints"):
        _features(Portfolio().regular("acme"), (*SIGNS, twice), monkeypatch)
