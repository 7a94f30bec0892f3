"""What a sign is made of (``SignSpec``), what its detector returns (``Finding``), and
small helpers shared by the detectors.

Detectors work on the per-client feature columns as numpy arrays (one entry per client),
so a portfolio of a million clients is a few vector operations, not a Python loop.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import narwhals as nw
import numpy as np
import pyarrow as pa

from parting.config import Config
from parting.engine.frames import Frames
from parting.engine.results import Severity, SignId
from parting.engine.window import LF, Window
from parting.errors import PartingError
from parting.figures import Figure

if TYPE_CHECKING:
    from parting.words.formats import Formats

Array = np.ndarray


@dataclass
class Finding:
    """One sign for every client: where it fired, how strongly, since when, and why."""

    sign: SignId
    fired: Array  # bool
    strength: Array  # how far past the threshold, relative: 0 = exactly at it
    first_day: Array  # day number the evidence starts (nan: not dated)
    figures: dict[str, Array] = field(default_factory=dict)
    urgent: Array | None = None  # bool; payment_risk with a severe overdue
    # Which figure's threshold made the sign fire, per client (object array of figure ids,
    # "" where it did not fire), or one id for a sign with a single criterion. A sign that
    # fires on a fact (an incident, a tag) has none: "".
    deciding: Array | str = ""


@dataclass
class Features:
    """The feature table as arrays: numbers as float (nan for null), text as objects."""

    columns: dict[str, Array]
    as_of: int

    def __getitem__(self, name: str) -> Array:
        return self.columns[name]

    def num(self, name: str) -> Array:
        """A numeric column with nulls as 0 (counts and sums)."""
        numbers: Array = np.nan_to_num(self.columns[name], nan=0.0)
        return numbers

    @property
    def size(self) -> int:
        return len(self.columns["client_id"])

    @classmethod
    def from_arrow(cls, table: pa.Table, as_of: int) -> Features:
        columns: dict[str, Array] = {}
        for name in table.column_names:
            col = table[name]
            if pa.types.is_string(col.type) or pa.types.is_large_string(col.type):
                columns[name] = np.asarray(col.to_pylist(), dtype=object)
            elif pa.types.is_boolean(col.type):
                columns[name] = col.fill_null(False).to_numpy(zero_copy_only=False)
            else:
                columns[name] = col.cast(pa.float64()).to_numpy(zero_copy_only=False)
        return cls(columns, as_of)


def ratio(top: Array, bottom: Array) -> Array:
    """top / bottom, nan where bottom is 0 (no basis for the figure)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(bottom > 0, top / np.where(bottom > 0, bottom, 1.0), np.nan)


def at_least(value: Array, threshold: float | Array) -> tuple[Array, Array]:
    """Fires where value ≥ threshold (one for all, or one per client, as ``pro_rata``
    gives); strength = value / threshold − 1."""
    fired = np.nan_to_num(value, nan=-np.inf) >= threshold
    with np.errstate(divide="ignore", invalid="ignore"):
        strength = np.where(np.asarray(threshold) > 0, value / threshold - 1.0, np.inf)
    return fired, np.where(fired, strength, -np.inf)


def window_days(f: Features, days: float) -> Array:
    """How many days a window of ``days`` covers for each client: all of them, or, for a
    client whose repair is under review, only those since it began (``features.Window``)."""
    return np.fmin(float(days), f.as_of - f["review_start"])  # no repair: nan, so ``days``


def pro_rata(f: Features, value: float, days: float, *, count: bool = True) -> Array:
    """A threshold set for a window of ``days``, per client: unchanged over the whole
    window; over the shorter window of a repair under review, the same pace (a count of
    things rounds up, and is never less than one). Two late invoices of two since the
    repair say as much as six of twelve over a year."""
    share = window_days(f, days) / float(days)
    scaled = float(value) * share
    if count:
        scaled = np.maximum(np.ceil(scaled - 1e-9), 1.0)
    return np.where(share < 1.0, scaled, float(value))


def at_most(value: Array, threshold: float) -> tuple[Array, Array]:
    """Fires where value ≤ threshold; strength grows as the value falls below it."""
    fired = np.nan_to_num(value, nan=np.inf) <= threshold
    scale = max(abs(threshold), 1e-9)
    return fired, np.where(fired, (threshold - value) / scale, -np.inf)


Criterion = tuple[Array, Array]  # (fired, strength), as at_least and at_most give


def strongest(*criteria: tuple[str, Criterion]) -> tuple[Array, Array, Array]:
    """Any criterion fires; the strength is that of the strongest one that fired, and the
    third array names its figure (``""`` where none fired), so the page and the reason
    speak of the threshold that was actually crossed."""
    names = np.asarray([name for name, _ in criteria] + [""], dtype=object)
    fired = np.logical_or.reduce([c[0] for _, c in criteria])
    strengths = np.vstack([np.where(c[0], c[1], -np.inf) for _, c in criteria])
    best = np.argmax(strengths, axis=0)  # the first of equals: the order given
    strength = np.where(fired, strengths.max(axis=0), 0.0)
    return fired, strength, names[np.where(fired, best, len(criteria))]


def threshold(size: int, value: float) -> Array:
    """A threshold as a figure column (the same for every client): one number seen as
    ``size`` of them, read-only, so a million clients do not hold a million copies."""
    return np.broadcast_to(np.float64(value), size)


def undated(size: int) -> Array:
    return threshold(size, np.nan)


def first_of(*days: Array) -> Array:
    """The earliest of several day columns, ignoring missing ones."""
    stacked = np.vstack(days)
    with np.errstate(all="ignore"):
        out = np.nanmin(np.where(np.isnan(stacked), np.inf, stacked), axis=0)
    return np.where(np.isinf(out), np.nan, out)


# Per table (a base table of the feature pass or a derived one), the per-client aggregates
# a sign adds to that table's one ``group_by("client_id")``: column name -> expression.
Aggregations = Mapping[str, Mapping[str, nw.Expr]]
# Per evidence source, which rows are this sign's evidence (over which window).
EvidenceRules = Mapping[str, nw.Expr]
# A table made from the base tables (e.g. revision rounds per deliverable), with a
# ``client_id`` column; signs aggregate it per client like any other table.
Derived = Callable[[Frames, Config, Window], LF]
Reason = Callable[[dict[str, Any], "Formats", str], str]


class SignDeclarationError(PartingError):
    """Signs that contradict each other (a column or figure declared twice, two signs of
    one rank): a programming error, caught by the tests."""


def no_aggregations(config: Config, w: Window) -> Aggregations:
    return {}


def no_evidence(config: Config, w: Window) -> EvidenceRules:
    return {}


def no_message_days(config: Config) -> int:
    return 0


def no_client_columns(config: Config) -> Sequence[nw.Expr]:
    return ()


@dataclass(frozen=True)
class SignSpec:
    """One sign of DOMAIN §1, whole: what it reads, when it fires, what it shows.

    A module of ``parting.engine.signs`` that defines ``SIGN = SignSpec(...)`` is a sign;
    the feature pass (``engine.features``), the evidence lookup (``engine.evidence``), the
    reasons, the labels and the playbook iterate over the registered signs, so adding one
    touches its module, its settings (``defaults.toml``, ``settings_declared``) and the
    translations. See ``docs/how-a-sign-is-built.md``."""

    id: SignId
    label: str  # English, marked with gettext_noop; translated when shown
    severity: Severity  # the base severity (``Finding.urgent`` raises one client's)
    rank: int  # ties between equally severe signs go to the lower rank (the main sign)
    detect: Callable[[Features, Config], Finding]
    reason: Reason  # the one sentence of a verdict whose main sign this is
    move: str  # the goodbye move of an exit plan (``playbook.moves.MoveId``)
    # The documented facts its letters may cite, in the order tried: keys of
    # ``playbook.evidence.FACTS`` ("rework", "late", "owed", "since", …); the first one the
    # stored verdict documents is cited, none when none is.
    letter_facts: tuple[str, ...] = ("since",)
    # The fact tried before those when the sign was decided by a figure (deciding figure ->
    # fact key): the letter then states what the verdict's reason states, e.g. the overdue
    # sum for a payment risk decided by its oldest overdue invoice, not the count paid late.
    decided_facts: Mapping[str, str] = field(default_factory=dict)
    aggregations: Callable[[Config, Window], Aggregations] = no_aggregations
    evidence: Callable[[Config, Window], EvidenceRules] = no_evidence
    figures: tuple[Figure, ...] = ()  # every figure it shows that no other place declares
    derived: Mapping[str, Derived] = field(default_factory=dict)
    client_columns: Callable[[Config], Sequence[nw.Expr]] = no_client_columns
    # How many days back it reads messages (its window; ``boundaries`` dates an after-hours
    # habit over a year): the messages' look-back covers every sign's. A sign that
    # aggregates messages must say.
    message_days: Callable[[Config], int] = no_message_days
    # Its messages are evidence by their words: the words that matched are shown.
    shows_words: bool = False
    # A repair plan's concrete fix and extra effort for this sign (None: the general ones).
    fix: str | None = None
    effort: str | None = None
