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

# Kinds whose entries are words to spell tolerantly.
SPELLED_KINDS = ("INSULTS", "SLURS", "IDENTITY", "HATE")
# Kinds whose words may also be spaced out letter by letter ("s c u m"). Tolerance
# costs speed: each optional space multiplies the automaton's states, and past a few
# kilobytes RE2 (DuckDB) gives up its fast automaton and crawls. So typo variants
# (``spelling.typos``) are not used, and spacing only for the short kinds.
SPACED_KINDS = ("IDENTITY",)
# Kinds whose entries are regex phrases, used as written.
PHRASE_KINDS = (
    "THREATS",
    "DIRECTED",
    "COUNTER",
    "NEGATION",
    "PROFANITY",
    "COMPLAINT",
    "MINOR",
    "MINOR_COMPLAINT",
    "PAYMENT_EXCUSE",
    "CHANGE_REQUEST",
    "ETHICS_REQUEST",
    "URGENT",
    "VIETNAMESE_ONLY",
)
# One-typo variants of the words each language lists as ``IDENTITY_TYPOS``/``HATE_TYPOS``.
TYPO_KINDS = ("IDENTITY_TYPO", "HATE_TYPO")
KINDS = SPELLED_KINDS + PHRASE_KINDS + TYPO_KINDS

# Long words of these kinds are also looked for in the despaced view, without edges:
# spaced-out letters ("p o u r r i t u r e s") and words glued together ("Ihate
# disabled", "womendisgust") then match. Only long words: a short one hides inside too
# many others ("rat" in "separate"), and group hate needs a group and a hateful word.
DESPACED_KINDS = ("IDENTITY", "HATE", "SLURS")
DESPACED_MIN = 6

# Inside a phrase, ``<fuck>`` asks for the spelling-tolerant form of that word.
_SPELLED_WORD = re.compile(r"<([a-z0-9 ]+)>")

# Word boundaries in each view: both reduce everything but letters, digits and leetspeak
# symbols to single spaces, so a boundary is a space, a symbol or an end.
FOLDED_EDGES = ("(^|[^a-z])(?:", ")([^a-z]|$)")
ACCENTED_EDGES = ("(^|[ @$!*|])(?:", ")([ @$!*|]|$)")


def _folded_alternatives(kind: str) -> list[str]:
    found: list[str] = []
    for module in LANGUAGES.values():
        # The commonest words also match with one slip of the finger, in a kind of their
        # own: inside the big kinds the variants would push RE2 off its fast automaton.
        for word in (
            getattr(module, kind[: -len("_TYPO")] + "_TYPOS", []) if kind in TYPO_KINDS else []
        ):
            found.extend(spelled(variant) for variant in typos(word))
        for entry in getattr(module, kind, []):
            if kind in SPELLED_KINDS:
                found.append(spelled(entry, spaced=kind in SPACED_KINDS))
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
    return folded_pattern_of((kind,))


@cache
def folded_pattern_of(kinds: tuple[str, ...]) -> str | None:
    """One regex matching any of ``kinds`` over the folded view (one pass for several)."""
    return _join([alt for kind in kinds for alt in _folded_alternatives(kind)], FOLDED_EDGES)


@cache
def despaced_pattern(kind: str) -> str | None:
    """One regex for the long words of ``kind`` in the despaced view, or None."""
    if kind not in DESPACED_KINDS:
        return None
    words = {
        entry.replace(" ", "")
        for module in LANGUAGES.values()
        for entry in getattr(module, kind, [])
        if len(entry.replace(" ", "")) >= DESPACED_MIN
    }
    return _join([spelled(word) for word in sorted(words)], ("(?:", ")"))


@cache
def accented_pattern(kind: str) -> str | None:
    """One regex for ``kind`` over the accented view, or None when no language has it."""
    return accented_pattern_of((kind,))


@cache
def accented_pattern_of(kinds: tuple[str, ...]) -> str | None:
    """One regex matching any of ``kinds`` over the accented view."""
    return _join([alt for kind in kinds for alt in _accented_alternatives(kind)], ACCENTED_EDGES)
