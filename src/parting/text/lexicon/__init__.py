"""The lexicons of the four languages, merged per kind into one regular expression.

Each language module lists, per *kind*, words or regex phrases in the folded view
(``FOLDED`` kinds, plain module constants such as ``INSULTS``) and, where accents carry
meaning (Vietnamese), in the accented view (``ACCENTED``: kind -> list). Words of the
*spelled* kinds get spelling tolerance (see ``parting.text.spelling``); the other kinds
are regex phrases over single-space-separated words, in which ``<word>`` asks for the
tolerant spelling of one word.

Messages are matched against every language at once: the client's language is often
unknown, clients mix languages, and one pass is faster than routing rows by language.
"""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType

from parting.text.lexicon import en, fr, sl, vi
from parting.text.spelling import spelled, typos

LANGUAGES: dict[str, ModuleType] = {"en": en, "fr": fr, "vi": vi, "sl": sl}

# Kinds whose entries are words to spell tolerantly (and with typos, when long).
SPELLED_KINDS = ("INSULTS", "SLURS", "IDENTITY", "HATE")
# Kinds whose entries are regex phrases, used as written.
PHRASE_KINDS = (
    "THREATS",
    "DIRECTED",
    "COUNTER",
    "NEGATION",
    "PROFANITY",
    "COMPLAINT",
    "MINOR",
    "PAYMENT_EXCUSE",
    "CHANGE_REQUEST",
    "ETHICS_REQUEST",
    "URGENT",
)
KINDS = SPELLED_KINDS + PHRASE_KINDS

# Inside a phrase, ``<fuck>`` asks for the spelling-tolerant form of that word.
_SPELLED_WORD = re.compile(r"<([a-z0-9 ]+)>")

# Word boundaries in each view. Both views reduce every non-letter run to one space, so
# a boundary is a space or an end; the folded view also keeps leetspeak symbols.
FOLDED_EDGES = ("(^|[^a-z])(?:", ")([^a-z]|$)")
# Long group and hate words are also found glued to their neighbours ("sosickening",
# "womendisgust"): both must be present, so a long word inside another is a small risk.
GLUED_KINDS = ("IDENTITY", "HATE")
GLUED_MIN = 6
ACCENTED_EDGES = ("(^| )(?:", ")( |$)")


def _folded_alternatives(kind: str, glued: bool = False) -> list[str]:
    found: list[str] = []
    for module in LANGUAGES.values():
        for entry in getattr(module, kind, []):
            if glued != (kind in GLUED_KINDS and len(entry.replace(" ", "")) >= GLUED_MIN):
                continue
            if kind in SPELLED_KINDS:
                found.append(spelled(entry))
                found.extend(spelled(variant) for variant in typos(entry))
            else:
                found.append(_SPELLED_WORD.sub(lambda m: f"(?:{spelled(m.group(1))})", entry))
    return found


def _accented_alternatives(kind: str) -> list[str]:
    found: list[str] = []
    for module in LANGUAGES.values():
        found.extend(getattr(module, "ACCENTED", {}).get(kind, []))
    return found


def _join(alternatives: list[str], edges: tuple[str, str]) -> str | None:
    if not alternatives:
        return None
    unique = list(dict.fromkeys(alternatives))
    return edges[0] + "|".join(unique) + edges[1]


@cache
def folded_pattern(kind: str) -> str | None:
    """One regex for ``kind`` over the folded view, or None when no language has it."""
    bounded = _join(_folded_alternatives(kind), FOLDED_EDGES)
    glued = _join(_folded_alternatives(kind, glued=True), ("(?:", ")"))
    return "|".join(p for p in (bounded, glued) if p) or None


@cache
def accented_pattern(kind: str) -> str | None:
    """One regex for ``kind`` over the accented view, or None when no language has it."""
    return _join(_accented_alternatives(kind), ACCENTED_EDGES)
