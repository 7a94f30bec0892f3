"""The verdict rules of ``verdict.decide`` for many clients at once, as columns.

``verdict.py`` is the specification, one client at a time, easy to read; at a million
clients a third of them raise a sign, and calling it for each was a few seconds of Python
objects (circumstances, decisions) made and dropped. Here the same rules are a few array
operations over every judged client together; tests compare the two rule by rule on every
combination of signs and circumstances, and the scoring's outputs stay byte for byte.

Inputs are one row per client (the judged ones only) and one row per sign, as the signs'
``Finding`` arrays give them: days are day numbers (nan: none), as the features hold them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from parting.config import Config
from parting.engine.results import Severity, SignId
from parting.engine.verdict import FIT_SIGNS, ORDER, SEVERITY_ORDER, SEVERITY_WEIGHT

Array = np.ndarray

# Verdicts by their place in ``ORDER``.
KEEP, WATCH, REPAIR, PART_WAYS, PART_WAYS_NOW = range(len(ORDER))
# What tempered a verdict, in the order ``decide`` appends it to ``tempered_by``: a bit each.
TEMPERING: tuple[str, ...] = (
    "failed_repair",
    "will_pass",
    "repair_worked",
    "long_standing",
    "cool_off",
)
FAILED, WILL_PASS, WORKED, LONG_STANDING, COOL_OFF = (1 << b for b in range(len(TEMPERING)))
IMMEDIATE, MINOR = SEVERITY_ORDER["immediate"], SEVERITY_ORDER["minor"]
URGENT = SEVERITY_ORDER["urgent"]
# Severity weights by severity order (``verdict.weight``).
WEIGHTS = np.array(
    [SEVERITY_WEIGHT[s] for s in sorted(SEVERITY_ORDER, key=SEVERITY_ORDER.__getitem__)],
    dtype=np.int64,
)


def tempered_by(mask: int) -> list[str]:
    """The ``tempered_by`` list of a bit mask of ``TEMPERING``."""
    return [name for b, name in enumerate(TEMPERING) if mask >> b & 1]


@dataclass
class SignRows:
    """The signs of the judged clients, a row per sign (in the order ``fired_signs`` lists
    them, which breaks ties) and a column per client."""

    ids: list[SignId]
    fired: Array  # bool
    severity: Array  # SEVERITY_ORDER of the sign for that client
    strength: Array
    first_day: Array  # nan: not dated
    weak: Array  # bool


@dataclass
class ClientRows:
    """What tempers the verdicts (``verdict.Circumstances``), a column per client."""

    as_of: int
    long_standing: Array  # bool
    will_pass: Array  # bool, a row per sign: a person judged that sign likely to pass
    last_remediation: Array  # day, nan: none
    last_incident: Array  # day, nan: none
    recurring: Array  # bool


@dataclass
class Decided:
    """``verdict.Decision`` of each client, a column each, and the keys of its rank."""

    verdict: Array  # place in ORDER
    tempered: Array  # bits of TEMPERING
    not_before: Array  # day, nan: none
    failed: Array  # day, nan: none
    reviewed: Array  # day, nan: none
    main: Array  # row of the first serious sign, -1: none
    serious: Array  # number of serious signs
    weight: Array  # ``verdict.weight`` of all its signs
    regular: Array  # bool: False where a strength is not a number (see ``decide``)


def _days(day: Array) -> Array:
    # ``triage.to_date`` keeps the whole day: a fractional day number counts as its day.
    return np.trunc(day)


def decide(signs: SignRows, c: ClientRows, config: Config) -> Decided:
    """``verdict.decide`` for every client (column). Where a fired sign's strength is not a
    number the order of its signs is Python's sort's, not a rule: ``regular`` is False there
    and the caller decides those clients one by one with ``verdict.decide``."""
    cfg = config.settings.verdict
    k, n = signs.fired.shape
    fired = signs.fired.astype(bool)
    serious_rows = fired & (signs.severity != MINOR)
    n_serious = serious_rows.sum(axis=0).astype(np.int64)
    weights = np.where(fired, WEIGHTS[signs.severity], 0).sum(axis=0).astype(np.int64)
    regular = ~(fired & np.isnan(signs.strength)).any(axis=0)

    # The main serious sign: the first by severity, then strength (strongest first), then
    # the order of the rows, as ``fired_signs`` sorts them.
    main = np.full(n, -1, dtype=np.int64)
    best_severity = np.full(n, MINOR, dtype=np.int64)
    best_strength = np.full(n, -np.inf)
    for row in range(k):
        better = serious_rows[row] & (
            (main < 0)
            | (signs.severity[row] < best_severity)
            | ((signs.severity[row] == best_severity) & (signs.strength[row] > best_strength))
        )
        main = np.where(better, row, main)
        best_severity = np.where(better, signs.severity[row], best_severity)
        best_strength = np.where(better, signs.strength[row], best_strength)
    has_main = main >= 0
    at = np.where(has_main, main, 0)
    cols = np.arange(n)

    fit_row = np.array([s in FIT_SIGNS for s in signs.ids], dtype=bool)
    main_fit = has_main & fit_row[at]
    main_first = _days(signs.first_day[at, cols])
    main_weak = signs.weak[at, cols].astype(bool)
    any_immediate = (serious_rows & (signs.severity == IMMEDIATE)).any(axis=0)
    unpleasable = np.array([s == "unpleasable" for s in signs.ids], dtype=bool)[:, None]
    pressing = (serious_rows & (unpleasable | (signs.severity == URGENT))).any(axis=0)
    fit_only = (n_serious > 0) & ~(serious_rows & ~fit_row[:, None]).any(axis=0)

    # ``repair_under_review`` and ``failed_repair`` (of the main serious sign).
    as_of = c.as_of
    began = _days(c.last_remediation)
    with np.errstate(invalid="ignore"):
        reviewing = ~np.isnan(began) & (as_of - began >= int(cfg.repair_review_days))
        predates = np.isnan(main_first) | (main_first < began)
    reviewed = np.where(reviewing, began, np.nan)
    failed_at = reviewing & ~main_fit & predates

    # ``_by_signs``: the verdict the signs call for, and whether a repair failed.
    with np.errstate(invalid="ignore"):
        recent = ~np.isnan(main_first) & (as_of - main_first < int(cfg.recent_days))
    single = np.where(
        failed_at,
        PART_WAYS,
        np.where(recent | main_weak, WATCH, np.where(main_fit, PART_WAYS, REPAIR)),
    )
    several = pressing | (n_serious >= 2)
    by_signs = np.where(
        n_serious == 0,
        KEEP,
        np.where(any_immediate, PART_WAYS_NOW, np.where(several, PART_WAYS, single)),
    )
    # Several signs part ways whatever the repair, a single one when its repair failed;
    # either way the failed repair is reported.
    failed = (n_serious > 0) & ~any_immediate & failed_at
    tempered = np.where(failed, FAILED, 0)

    verdict = by_signs.copy()
    passes = (fired & c.will_pass.astype(bool)).any(axis=0) & (by_signs != KEEP)
    verdict = np.where(passes, verdict - 1, verdict)
    tempered |= np.where(passes, WILL_PASS, 0)

    judged_repair = reviewing & (failed | (by_signs == KEEP))
    tempered |= np.where(judged_repair & ~failed, WORKED, 0)

    spared = (verdict == PART_WAYS) & c.long_standing.astype(bool) & ~failed
    verdict = np.where(spared, np.where(fit_only, WATCH, REPAIR), verdict)
    tempered |= np.where(spared, LONG_STANDING, 0)

    last = _days(c.last_incident)
    cooling = (verdict == PART_WAYS) & ~np.isnan(last) & ~c.recurring.astype(bool)
    not_before = np.where(cooling, last + int(cfg.cool_off_days), np.nan)
    with np.errstate(invalid="ignore"):
        tempered |= np.where(cooling & (not_before > as_of), COOL_OFF, 0)

    return Decided(
        verdict=verdict.astype(np.int64),
        tempered=tempered.astype(np.int64),
        not_before=not_before,
        failed=np.where(failed, began, np.nan),
        reviewed=np.where(judged_repair, reviewed, np.nan),
        main=main,
        serious=n_serious,
        weight=weights,
        regular=regular,
    )


def severity_codes(severities: list[Severity]) -> Array:
    return np.array([SEVERITY_ORDER[s] for s in severities], dtype=np.int64)
