"""The verdict rules as columns (``verdict_columns``) decide every client as the readable
rules of ``verdict.decide`` do, one client at a time: the same verdict, tempering, dates,
main sign and rank keys, whatever the signs and circumstances."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest

from parting.config import Config
from parting.engine import verdict_columns as columns
from parting.engine.results import Evidence, Severity, Sign
from parting.engine.signs import BASE_SEVERITY, SIGN_IDS
from parting.engine.verdict import ORDER, SEVERITY_ORDER, Circumstances, decide, weight

EPOCH = date(1970, 1, 1)
AS_OF = 20_634  # 2026-06-30
SEVERITIES: tuple[Severity, ...] = ("immediate", "urgent", "planned", "minor")
RULES = Config().settings.verdict
# The edges of the repair review, the recent window and the cool-off, a day either side.
EDGES = sorted(
    {
        AS_OF - int(days) + step
        for days in (RULES.repair_review_days, RULES.recent_days, RULES.cool_off_days, 0)
        for step in (-1, 0, 1)
    }
)
# Strengths with ties and infinities: the order of the signs breaks them as a sort does.
STRENGTHS = [-np.inf, -0.5, 0.0, 0.05, 0.3, 1.0, np.inf]


@dataclass
class Client:
    """One client's signs (a row per registered sign) and circumstances; days as numbers."""

    fired: list[bool]
    severity: list[int]  # SEVERITY_ORDER
    strength: list[float]
    first_day: list[float]  # nan: not dated
    will_pass: list[bool]
    long_standing: bool
    last_remediation: float
    last_incident: float
    recurring: bool


def day(value: float) -> date | None:
    return None if np.isnan(value) else EPOCH + timedelta(days=int(value))


def drawn(seed: int, n: int) -> list[Client]:
    """``n`` clients with one to three signs each, their severities, strengths, days and
    circumstances drawn (seeded) so that every rule and every edge of a window is met often."""
    rng = np.random.default_rng(seed)
    k = len(SIGN_IDS)
    own = np.array([SEVERITY_ORDER[BASE_SEVERITY[s]] for s in SIGN_IDS])

    def days(size: int) -> list[float]:
        # nan a quarter of the time, an edge of a window half of the time, else any day.
        pick = rng.random(size)
        edge = rng.choice(EDGES, size).astype(float)
        anyday = rng.integers(AS_OF - 400, AS_OF + 20, size).astype(float)
        chosen: list[float] = np.where(
            pick < 0.25, np.nan, np.where(pick < 0.75, edge, anyday)
        ).tolist()
        return chosen

    batch = []
    for _ in range(n):
        rows = rng.choice(k, size=rng.integers(1, 4), replace=False)
        # A sign's own severity half of the time, any other (payment risk turns urgent).
        severity = np.where(rng.random(k) < 0.5, own, rng.integers(0, 4, k))
        last_remediation, last_incident = days(2)
        batch.append(
            Client(
                fired=np.isin(np.arange(k), rows).tolist(),
                severity=severity.tolist(),
                strength=rng.choice(STRENGTHS, k).tolist(),
                first_day=days(k),
                will_pass=(rng.random(k) < 0.3).tolist(),
                long_standing=bool(rng.random() < 0.3),
                last_remediation=last_remediation,
                last_incident=last_incident,
                recurring=bool(rng.random() < 0.3),
            )
        )
    return batch


Said = tuple[Any, ...]  # verdict, tempered by, not before, failed, reviewed, main, serious, weight


def one_by_one(client: Client, config: Config) -> Said:
    """What ``verdict.decide`` says of one client, its signs sorted as ``triage`` sorts
    them, and its rank keys as ``rank.keys`` counts them."""
    weak_line = float(config.settings.verdict.weak_margin)
    found = []
    for row, sign in enumerate(SIGN_IDS):
        if not client.fired[row]:
            continue
        strength = client.strength[row]
        made = Sign(
            sign,
            SEVERITIES[client.severity[row]],
            Evidence(),
            day(client.first_day[row]),
            weak=strength < weak_line,
        )
        found.append((strength, made, row))
    found.sort(key=lambda p: (SEVERITY_ORDER[p[1].severity], -p[0]))
    signs = [s for _, s, _ in found]
    circumstances = Circumstances(
        EPOCH + timedelta(days=AS_OF),
        long_standing=client.long_standing,
        will_pass=frozenset(s for s, w in zip(SIGN_IDS, client.will_pass, strict=True) if w),
        last_remediation=day(client.last_remediation),
        last_incident=day(client.last_incident),
        recurring=client.recurring,
    )
    d = decide(signs, circumstances, config)
    main = next((row for _, s, row in found if s.severity != "minor"), -1)
    serious = sum(1 for s in signs if s.severity != "minor")
    return (
        d.verdict,
        d.tempered_by,
        d.decision_not_before,
        d.failed_repair,
        d.reviewed_repair,
        main,
        serious,
        weight(signs),
    )


def all_at_once(batch: list[Client], config: Config) -> list[Said]:
    def rows(values: list[list[Any]], dtype: type) -> np.ndarray:
        return np.array(values, dtype=dtype).T

    strength = rows([c.strength for c in batch], float)
    signs = columns.SignRows(
        ids=list(SIGN_IDS),
        fired=rows([c.fired for c in batch], bool),
        severity=rows([c.severity for c in batch], np.int64),
        strength=strength,
        first_day=rows([c.first_day for c in batch], float),
        weak=strength < float(config.settings.verdict.weak_margin),
    )
    circumstances = columns.ClientRows(
        as_of=AS_OF,
        long_standing=np.array([c.long_standing for c in batch]),
        will_pass=rows([c.will_pass for c in batch], bool),
        last_remediation=np.array([c.last_remediation for c in batch]),
        last_incident=np.array([c.last_incident for c in batch]),
        recurring=np.array([c.recurring for c in batch]),
    )
    d = columns.decide(signs, circumstances, config)
    assert d.regular.all()
    return [
        (
            ORDER[d.verdict[i]],
            columns.tempered_by(int(d.tempered[i])),
            day(d.not_before[i]),
            day(d.failed[i]),
            day(d.reviewed[i]),
            int(d.main[i]),
            int(d.serious[i]),
            int(d.weight[i]),
        )
        for i in range(len(batch))
    ]


@pytest.mark.parametrize("seed", [11, 1611])
def test_columns_decide_as_the_rules_do_one_client_at_a_time(seed: int) -> None:
    config = Config()
    batch = drawn(seed, 4_000)
    assert all_at_once(batch, config) == [one_by_one(c, config) for c in batch]


def test_the_draw_meets_every_verdict_and_every_tempering() -> None:
    # The comparison above means something only if the batch reaches every rule.
    found = all_at_once(drawn(11, 4_000), Config())
    assert {v[0] for v in found} == set(ORDER)
    assert {t for v in found for t in v[1]} == set(columns.TEMPERING)


def test_a_strength_that_is_not_a_number_is_left_to_the_rules_one_by_one() -> None:
    # Python's sort has no rule for where such a sign goes: the caller decides that client
    # with ``verdict.decide`` on the signs as sorted.
    k = len(SIGN_IDS)
    strength = np.zeros((k, 2))
    strength[0] = np.nan
    fired = np.zeros((k, 2), dtype=bool)
    fired[0] = True
    signs = columns.SignRows(
        list(SIGN_IDS),
        fired,
        np.full((k, 2), SEVERITY_ORDER["planned"]),
        strength,
        np.full((k, 2), np.nan),
        np.zeros((k, 2), dtype=bool),
    )
    circumstances = columns.ClientRows(
        AS_OF,
        np.zeros(2, dtype=bool),
        np.zeros((k, 2), dtype=bool),
        np.full(2, np.nan),
        np.full(2, np.nan),
        np.zeros(2, dtype=bool),
    )
    assert columns.decide(signs, circumstances, Config()).regular.tolist() == [False, False]
