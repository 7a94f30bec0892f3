"""The labelled messages the classifier is measured on, and their fixed split.

Public sets (see ``data/README.md`` for sources and licences):

* HateCheck English and French: functional test cases, ``hateful`` or not. Cases come
  from templates ("I hate [IDENTITY]."); a template is held out whole, so the held-out
  figures measure sentences whose shape was never seen while tuning.
* ViHOS (Vietnamese): comments with offensive spans; offensive when a span exists. Its
  official train split is cut in two, *learn* (the lexicon is learned from its spans)
  and *tune* (dev figures); its official dev split is the held-out set.

Our own sets, written for Parting: ``abuse_sl.csv`` (Slovenian abuse in client messages)
and ``business_<lang>.csv`` (complaints, payment excuses, change requests and more).
They are split the same way, by the hash of the text, and tuning looked at their dev
part only.

The split is a pure function of the data: the first byte of the SHA-256 of a key
(template id, or the text), so anybody can reproduce it.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"

# Share of HateCheck templates and of ViHOS train comments held back from tuning.
HELD_OUT_TENTHS = 3
TUNE_TENTHS = 2

DEV = "dev"
HELD_OUT = "held_out"
LEARN = "learn"


@dataclass(frozen=True)
class Example:
    """One labelled message: its text, the classes it belongs to, where it comes from."""

    text: str
    classes: frozenset[str]
    group: str  # e.g. the HateCheck functionality; "" when the set has none
    split: str  # dev, held_out or learn


def bucket(key: str) -> int:
    """0-9, stable across runs and machines."""
    return hashlib.sha256(key.encode("utf-8")).digest()[0] % 10


def hatecheck(language: str, data_dir: Path = DATA_DIR) -> list[Example]:
    """HateCheck cases of ``language`` ('en' or 'fr'); hateful ones are abusive."""
    examples = []
    for row in _rows(data_dir / f"hatecheck_{language}.csv"):
        held = bucket(f"hatecheck:{language}:{row['templ_id']}") < HELD_OUT_TENTHS
        classes = frozenset({"is_abusive"}) if row["label"] == "hateful" else frozenset()
        split = HELD_OUT if held else DEV
        examples.append(Example(row["text"], classes, row["functionality"], split))
    return examples


def vihos(data_dir: Path = DATA_DIR) -> list[Example]:
    """ViHOS comments; offensive ones (with a span) are abusive."""
    examples = []
    for row in _rows(data_dir / "vihos_vi.csv"):
        if row["source"] == "dev":
            split = HELD_OUT
        else:
            split = DEV if bucket(f"vihos:{row['text']}") < TUNE_TENTHS else LEARN
        classes = frozenset({"is_abusive"}) if row["spans"] else frozenset()
        examples.append(Example(row["text"], classes, "", split))
    return examples


def vihos_spans(data_dir: Path = DATA_DIR) -> Iterator[tuple[str, list[str]]]:
    """(text, offensive words) of the ViHOS *learn* part, for learning the lexicon."""
    for example, row in zip(vihos(data_dir), _rows(data_dir / "vihos_vi.csv"), strict=True):
        if example.split == LEARN:
            yield example.text, [span for span in row["spans"].split("|") if span]


def own(name: str, data_dir: Path = DATA_DIR) -> list[Example]:
    """One of our own sets: columns ``text`` and ``classes`` (``;``-joined, may be empty)."""
    examples = []
    for row in _rows(data_dir / name):
        classes = frozenset(c.strip() for c in row["classes"].split(";") if c.strip())
        split = HELD_OUT if bucket(f"{name}:{row['text']}") < HELD_OUT_TENTHS else DEV
        examples.append(Example(row["text"], classes, row.get("group") or "", split))
    return examples


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)
