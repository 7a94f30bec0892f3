"""Classify message bodies: abuse, complaints, payment excuses, change and ethics requests.

``classify`` adds boolean columns to any narwhals frame (DuckDB, Polars or PySpark
behind it) with expressions only, so millions of messages are read where they live.
``explain`` runs the very same patterns in Python on one message and returns the words
that matched: the evidence a person checks before trusting a flag.

How a message is read (see ``normalise`` and ``lexicon``): quoted reply lines and text
in quotation marks are dropped (someone else's words), the rest is lower-cased and seen
twice, with and without diacritics. Abuse is an insult, a slur, a threat, profanity
aimed at someone, hate toward a group (a group named together with a hateful word, not
negated), or shouting with profanity — unless the message condemns or reports those
words ("saying that … is not okay"). Friendly profanity ("this is bloody brilliant")
is not abuse.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TypeVar

import narwhals as nw

from parting.text import normalise
from parting.text.lexicon import KINDS, accented_pattern, folded_pattern

FrameT = TypeVar("FrameT", nw.DataFrame, nw.LazyFrame)  # type: ignore[type-arg]

CLASSES: tuple[str, ...] = (
    "is_abusive",
    "is_severe_abuse",
    "is_complaint",
    "is_minor_complaint",
    "is_payment_excuse",
    "is_change_request",
    "is_ethics_request",
    "is_urgent",
)

# Three or more words in capitals in a row, or "!!!": shouting. Case matters here, so it
# reads the body before lower-casing.
_CAPS = "A-ZÀ-ÖØ-ÞČŠŽĐ"
SHOUTING = f"[{_CAPS}]{{2,}}[^a-z\n]{{1,3}}[{_CAPS}]{{2,}}[^a-z\n]{{1,3}}[{_CAPS}]{{2,}}|!!!"

_FOLDED = "__parting_folded"
_ACCENTED = "__parting_accented"
_RAW = "__parting_raw"


def classify(frame: FrameT, body: str = "body") -> FrameT:
    """Add the boolean columns of ``CLASSES`` for the text in column ``body``.

    >>> import polars as pl, narwhals as nw
    >>> out = classify(nw.from_native(pl.DataFrame({"body": ["You idiot!", None]})))
    >>> out["is_abusive"].to_list()
    [True, False]
    """
    text = nw.col(body).cast(nw.String)
    views = frame.with_columns(
        normalise.apply_expr(text, normalise.FOLDED_STEPS).alias(_FOLDED),
        normalise.apply_expr(text, normalise.ACCENTED_STEPS).alias(_ACCENTED),
        text.str.replace_all(normalise.QUOTED_LINES, " ", literal=False).alias(_RAW),
    )
    kinds = {kind: _kind_expr(kind) for kind in KINDS}
    shouting = nw.col(_RAW).str.contains(SHOUTING).fill_null(False)
    flags = _combine(kinds, shouting)
    return views.with_columns(**flags).drop(_FOLDED, _ACCENTED, _RAW)


def _kind_expr(kind: str) -> nw.Expr:
    """Whether either view matches ``kind``; never null."""
    matches = nw.lit(False)
    pattern = folded_pattern(kind)
    if pattern:
        matches = matches | nw.col(_FOLDED).str.contains(pattern).fill_null(False)
    pattern = accented_pattern(kind)
    if pattern:
        matches = matches | nw.col(_ACCENTED).str.contains(pattern).fill_null(False)
    return matches


def _combine(kinds: dict[str, nw.Expr], shouting: nw.Expr) -> dict[str, nw.Expr]:
    """The class formulas, written once for expressions (and mirrored in ``_decide``)."""
    group_hate = kinds["IDENTITY"] & kinds["HATE"] & ~kinds["NEGATION"]
    severe = kinds["SLURS"] | kinds["THREATS"]
    aimed = kinds["INSULTS"] | kinds["DIRECTED"] | group_hate | (shouting & kinds["PROFANITY"])
    condemned = kinds["COUNTER"]
    complaint = kinds["COMPLAINT"]
    return {
        "is_abusive": (severe | aimed) & ~condemned,
        "is_severe_abuse": severe & ~condemned,
        "is_complaint": complaint,
        "is_minor_complaint": complaint & kinds["MINOR"],
        "is_payment_excuse": kinds["PAYMENT_EXCUSE"],
        "is_change_request": kinds["CHANGE_REQUEST"],
        "is_ethics_request": kinds["ETHICS_REQUEST"],
        "is_urgent": kinds["URGENT"],
    }


# --- the same, in Python, for one message -------------------------------------------

# Which kinds are the evidence of each class.
_EVIDENCE: dict[str, tuple[str, ...]] = {
    "is_abusive": ("SLURS", "THREATS", "INSULTS", "DIRECTED", "IDENTITY", "HATE"),
    "is_severe_abuse": ("SLURS", "THREATS"),
    "is_complaint": ("COMPLAINT",),
    "is_minor_complaint": ("COMPLAINT", "MINOR"),
    "is_payment_excuse": ("PAYMENT_EXCUSE",),
    "is_change_request": ("CHANGE_REQUEST",),
    "is_ethics_request": ("ETHICS_REQUEST",),
    "is_urgent": ("URGENT",),
}


def explain(text: str) -> dict[str, list[str]]:
    """For each class ``classify`` would flag in ``text``, the words that matched.

    >>> explain("Fix it NOW you idiot")["is_abusive"]
    ['idiot']
    """
    folded = normalise.apply_text(text, normalise.FOLDED_STEPS)
    accented = normalise.apply_text(text, normalise.ACCENTED_STEPS)
    found = {kind: _matches(kind, folded, accented) for kind in KINDS}
    raw = _compiled(normalise.QUOTED_LINES).sub(" ", text)
    shouting = _compiled(SHOUTING).search(raw) is not None
    flags = _decide({kind: bool(words) for kind, words in found.items()}, shouting)
    evidence: dict[str, list[str]] = {}
    for name in CLASSES:
        if not flags[name]:
            continue
        kinds = list(_EVIDENCE[name])
        if name == "is_abusive":
            if not (found["IDENTITY"] and found["HATE"] and not found["NEGATION"]):
                kinds = [kind for kind in kinds if kind not in ("IDENTITY", "HATE")]
            if shouting:
                kinds.append("PROFANITY")
        words = [word for kind in kinds for word in found[kind]]
        evidence[name] = list(dict.fromkeys(words))
    return evidence


def flags_of(text: str) -> dict[str, bool]:
    """The classes of one message, computed in Python (tests compare it to ``classify``)."""
    folded = normalise.apply_text(text, normalise.FOLDED_STEPS)
    accented = normalise.apply_text(text, normalise.ACCENTED_STEPS)
    kinds = {kind: bool(_matches(kind, folded, accented)) for kind in KINDS}
    raw = _compiled(normalise.QUOTED_LINES).sub(" ", text)
    return _decide(kinds, _compiled(SHOUTING).search(raw) is not None)


def _decide(kinds: dict[str, bool], shouting: bool) -> dict[str, bool]:
    group_hate = kinds["IDENTITY"] and kinds["HATE"] and not kinds["NEGATION"]
    severe = kinds["SLURS"] or kinds["THREATS"]
    aimed = (
        kinds["INSULTS"] or kinds["DIRECTED"] or group_hate or (shouting and kinds["PROFANITY"])
    )
    condemned = kinds["COUNTER"]
    return {
        "is_abusive": (severe or aimed) and not condemned,
        "is_severe_abuse": severe and not condemned,
        "is_complaint": kinds["COMPLAINT"],
        "is_minor_complaint": kinds["COMPLAINT"] and kinds["MINOR"],
        "is_payment_excuse": kinds["PAYMENT_EXCUSE"],
        "is_change_request": kinds["CHANGE_REQUEST"],
        "is_ethics_request": kinds["ETHICS_REQUEST"],
        "is_urgent": kinds["URGENT"],
    }


def _matches(kind: str, folded: str, accented: str) -> list[str]:
    words: list[str] = []
    for pattern, view in ((folded_pattern(kind), folded), (accented_pattern(kind), accented)):
        if pattern:
            words += [_trim(match.group(0)) for match in _compiled(pattern).finditer(view)]
    return words


def _trim(matched: str) -> str:
    """The matched words without the boundary characters around them."""
    return matched.strip(" !|*")


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)
