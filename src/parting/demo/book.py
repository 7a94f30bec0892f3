"""What the demo portfolio and its planted clients share: the pools of names and phrases,
the rows being built (``Book``) and the studio's rhythm (history, payment terms, mix of
work and messages)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from parting.demo import names
from parting.demo.phrases import KINDS, PHRASES, SUBJECTS
from parting.schema import TIME_KINDS

BUSINESS_TIMEZONE = "Europe/Paris"
HISTORY_DAYS = 3 * 365
ENTRIES_PER_YEAR = 11.0  # time entries of an average client
MESSAGES_PER_YEAR = 3.0
PAYMENT_TERMS_DAYS = 30
KIND_SHARE = (
    0.765,
    0.01,
    0.015,
    0.09,
    0.08,
    0.04,
)  # work, rework, revision, meeting, support, admin
IN_KIND_SHARE = {
    "neutral": 0.55,
    "friendly": 0.25,
    "urgent": 0.05,
    "change_request": 0.04,
    "minor_complaint": 0.08,
    "complaint": 0.02,
    "payment_excuse": 0.01,
}
TAGS = ("b2b", "b2c", "local", "export", "family business", "startup", "b2b;export", "b2c;local")
US_PER_MINUTE = 60_000_000


# --------------------------------------------------------------------------------------
# Columns being built: each table is a dict of numpy arrays holding codes (indexes into
# the name and phrase pools), turned into Arrow strings only at the end.


@dataclass
class Book:
    """Rows of each table, in parts: the bulk first, then rows the planted clients add."""

    parts: dict[str, list[dict[str, np.ndarray]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=lambda: [""])

    def add(self, table: str, **columns: Any) -> None:
        size = max(np.size(v) for v in columns.values())
        self.parts.setdefault(table, []).append({k: _column(v, size) for k, v in columns.items()})

    def frame(self, table: str) -> dict[str, np.ndarray]:
        parts = self.parts.get(table, [])
        if len(parts) == 1:
            return parts[0]
        return {k: np.concatenate([p[k] for p in parts]) for k in parts[0]} if parts else {}

    def count(self, table: str) -> int:
        return sum(len(next(iter(p.values()))) for p in self.parts.get(table, []))

    def note(self, text: str) -> int:
        self.notes.append(text)
        return len(self.notes) - 1


def _column(value: Any, size: int) -> np.ndarray:
    """A full column: arrays as they are, a single value repeated."""
    array = np.asarray(value)
    if array.ndim == 1 and array.size == size:
        return array
    return np.full(size, array.item() if array.ndim else array)


class Pool:
    """Strings chosen by (group, index): group = language or kind, all in one Arrow array."""

    def __init__(self, groups: list[tuple[str, ...]]) -> None:
        self.values = pa.array([s for g in groups for s in g], pa.string())
        sizes = np.array([len(g) for g in groups])
        self.offsets = np.cumsum(sizes) - sizes
        self.sizes = sizes

    def draw(self, rng: np.random.Generator, group: np.ndarray) -> np.ndarray:
        pick = (rng.random(len(group)) * self.sizes[group]).astype(np.int64)
        return np.asarray(self.offsets[group] + pick)

    def take(self, codes: np.ndarray) -> pa.Array:
        return pc.take(self.values, pa.array(codes, mask=codes < 0))


PHRASE_POOL = Pool([PHRASES[lang][kind] for lang in names.LANGUAGES for kind in KINDS])
SUBJECT_POOL = Pool([SUBJECTS[lang] for lang in names.LANGUAGES])
DESCRIPTION_POOL = Pool([names.TIME_DESCRIPTIONS[k] for k in TIME_KINDS])
PROJECT_POOL = Pool([names.PROJECT_NAMES[s] for s in names.SERVICE_LINES])


def phrase_group(language: np.ndarray | int, kind: str) -> np.ndarray:
    return np.asarray(language) * len(KINDS) + KINDS.index(kind)


def weekday(day: np.ndarray) -> np.ndarray:
    return (day + 3) % 7  # 1970-01-01 was a Thursday; Monday = 0
