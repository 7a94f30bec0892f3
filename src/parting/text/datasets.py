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
    template: str = ""  # HateCheck: the template the case was made from


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
        template = f"{language}:{row['templ_id']}"
        examples.append(Example(row["text"], classes, row["functionality"], split, template))
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


# Any other labelled CSV: which columns hold the text, the labels, the language and the
# split (the first of each tuple found in the header, case-insensitively).
TEXT_COLUMNS = ("text", "body", "message")
LABEL_COLUMNS = ("label", "labels", "class", "classes")
LANGUAGE_COLUMNS = ("language", "lang")
SPLIT_COLUMNS = ("split",)
ALL = "all"  # the split of a file that has no split column: every row is measured
# Label values meaning "no class", and yes/no values meaning the file's one class.
NONE_LABELS = frozenset({"", "none", "calm", "0", "false", "no", "non-hateful", "not"})
CALM_LABELS = frozenset({"", "none", "calm"})  # "no class" said in words
YES_LABELS = frozenset({"1", "true", "yes", "hateful", "offensive", "toxic"})
# Class names a label may use, with or without the "is_" of the classifier's columns.
CLASS_NAMES = (
    "abusive", "severe_abuse", "complaint", "minor_complaint", "payment_excuse",
    "change_request", "ethics_request", "urgent",
)  # fmt: skip


@dataclass(frozen=True)
class LabelledFile:
    """A labelled CSV of any origin: its examples and the language of each."""

    examples: list[Example]
    languages: list[str | None]  # None: not given, to be detected
    classes: tuple[str, ...]  # the classes its labels speak of


def labelled_csv(path: Path, one_class: str = "is_abusive") -> LabelledFile:
    """Read any CSV with a text column and a label column (see ``TEXT_COLUMNS``,
    ``LABEL_COLUMNS``). A label is a class name (``complaint`` or ``is_complaint``),
    several joined by ``;`` or ``|``, or empty / ``none`` for a calm message; yes/no
    labels (``1``/``0``, ``hateful``/``non-hateful``…) mean ``one_class``. Without a
    label column, a yes/no column named after a class (``is_abusive``, ``complaint``,
    or ``toxic``, ``hateful``… for abuse) is the label of that class. Optional
    columns: ``language`` (en, fr, vi, sl) and ``split``; without a split column every
    row is measured, as split ``all``.

    Raises ``InputError`` naming the file, row, column and value of the first problem.
    """
    from parting.errors import InputError, Location
    from parting.i18n import _

    rows = _checked_rows(path)
    header = {name.strip().lower(): name for name in rows[0] if name}
    text = _column(header, TEXT_COLUMNS)
    label = _column(header, LABEL_COLUMNS)
    if label is None:
        # A yes/no column named after the one class it speaks of ("is_abusive", "toxic").
        named = next((name for name in header if _class_of_column(name)), None)
        if named is not None:
            label, one_class = header[named], _class_of_column(named) or one_class
    if text is None or label is None:
        raise InputError(
            _("this file has no text column or no label column."),
            fix=_(
                "Name them text (or body, message) and label (or classes) in the first row; "
                "a column named after one class (abusive, complaint…) may hold 1 or 0 instead."
            ),
            where=Location(file=str(path), row=1),
        )
    language = _column(header, LANGUAGE_COLUMNS)
    split = _column(header, SPLIT_COLUMNS)
    examples: list[Example] = []
    languages: list[str | None] = []
    mentioned: set[str] = set()
    all_calm = True  # every label says "no class" in words (none, calm), not a yes/no 0
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(rows[0]):
            raise InputError(
                _("this row has {found} cells where the first row has {expected}.").format(
                    found=len(row), expected=len(rows[0])
                ),
                fix=_("Put text that holds commas between double quotes."),
                where=Location(file=str(path), row=number),
            )
        cells = dict(zip(rows[0], row, strict=True))
        classes = _classes(cells[label], one_class)
        if classes is None:
            raise InputError(
                _("this label is not a class Parting knows."),
                fix=_("Use class names such as abusive, complaint, payment excuse, "
                      "change request or urgent, joined by ;, or none."),
                where=Location(file=str(path), row=number, column=label, value=cells[label]),
            )  # fmt: skip
        given = cells[language] if language else ""
        code = given.strip().lower()[:2] or None
        if code is not None and code not in ("en", "fr", "vi", "sl"):
            raise InputError(
                _("this language is not one Parting reads."),
                fix=_("Use en, fr, vi or sl, or leave the cell empty to have it detected."),
                where=Location(file=str(path), row=number, column=language, value=given),
            )
        mentioned |= classes
        all_calm &= cells[label].strip().lower() in CALM_LABELS
        part = (cells[split].strip() if split else "") or ALL
        examples.append(Example(cells[text], classes, "", part))
        languages.append(code)
    if not examples:
        raise InputError(
            _("this file has a header but no labelled rows."),
            fix=_("Add one row per message under the header."),
            where=Location(file=str(path)),
        )
    if all_calm:
        # A file of calm mail only: every class is measured (its false flags are the point).
        return LabelledFile(examples, languages, tuple(f"is_{name}" for name in CLASS_NAMES))
    ordered = tuple(f"is_{name}" for name in CLASS_NAMES if f"is_{name}" in mentioned)
    return LabelledFile(examples, languages, ordered or (one_class,))


def header_of(path: Path) -> list[str]:
    """The column names of a CSV file (lower case), or [] when it cannot be read."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            first = next(csv.reader(handle), [])
    except (UnicodeDecodeError, csv.Error, OSError):
        return []
    return [name.strip().lower() for name in first]


def _checked_rows(path: Path) -> list[list[str]]:
    from parting.errors import InputError, Location
    from parting.i18n import _

    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    except UnicodeDecodeError as error:
        raise InputError(
            _("this file is not UTF-8 text."),
            fix=_("Save it as CSV in UTF-8."),
            where=Location(file=str(path), value=str(error.object[error.start : error.start + 8])),
        ) from error
    except csv.Error as error:
        raise InputError(
            _("this file is not valid CSV ({reason}).").format(reason=error),
            fix=_("Check the quotes: a cell that holds a quote must double it."),
            where=Location(file=str(path)),
        ) from error
    if not rows:
        raise InputError(
            _("this file is empty."),
            fix=_("Give a first row with the column names text and label."),
            where=Location(file=str(path)),
        )
    return rows


# Column names that public sets give their one yes/no label, read as abuse.
ABUSE_COLUMNS = frozenset({"hateful", "hate", "toxic", "toxicity", "offensive", "insult"})


def _class_of_column(name: str) -> str | None:
    """The class a yes/no column speaks of by its name, or None."""
    cleaned = name.removeprefix("is_").replace(" ", "_").replace("-", "_")
    if cleaned in CLASS_NAMES:
        return f"is_{cleaned}"
    return "is_abusive" if cleaned in ABUSE_COLUMNS else None


def _column(header: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((header[name] for name in names if name in header), None)


def _classes(value: str, one_class: str) -> frozenset[str] | None:
    """The classes a label cell names, or None when it names an unknown one."""
    cleaned = value.strip().lower()
    if cleaned in NONE_LABELS:
        return frozenset()
    if cleaned in YES_LABELS:
        return frozenset({one_class})
    found: set[str] = set()
    for part in cleaned.replace("|", ";").split(";"):
        name = part.strip().removeprefix("is_").replace(" ", "_").replace("-", "_")
        if not name or name == "none":
            continue
        if name not in CLASS_NAMES:
            return None
        found.add(f"is_{name}")
    return frozenset(found)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)
