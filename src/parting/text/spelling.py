"""Spelling-tolerant regular expressions for words people disguise.

Abusers write ``fuuuck``, ``f*ck``, ``sh1t``, ``@sshole``, ``s c u m`` and ``idoit``.
Since no backreferences are portable, the tolerance is compiled into the pattern rather
than normalised out of the text: every letter may repeat and may be a look-alike symbol,
long words may be spaced out letter by letter, and listed long words also match with
one letter dropped or two neighbours swapped.
"""

from __future__ import annotations

# Look-alikes that survive ``normalise.FOLDED_STEPS``; ``*`` stands in for any vowel.
_LOOKALIKES: dict[str, str] = {
    "a": "a4@*",
    "e": "e3*",
    "i": "i1!|*",
    "o": "o0*",
    "u": "u*",
    "s": "s5$",
    "t": "t7",
    "l": "l",
    "g": "g9",
    "b": "b8",
}

# Spaced-out letters only for words long enough that "a s s" style accidents are rare.
SPACED_MIN = 4
# Typos only for words long enough that the typo is not another word: swapped
# neighbours from four letters ("haet"), a dropped letter from six ("murdr").
SWAP_MIN = 4
DROP_MIN = 6


def letter(char: str) -> str:
    """One letter as a character class allowing look-alikes and repeats."""
    if char == " ":
        return " +"
    if not char.isalnum():
        raise ValueError(f"lexicon words hold letters, digits and spaces only: {char!r}")
    # Inside a class, * $ | @ ! are literal on every engine: no escaping (Rust rejects
    # escapes of characters that need none).
    choices = _LOOKALIKES.get(char, char)
    return f"[{choices}]+" if len(choices) > 1 else f"{char}+"


def spelled(word: str, spaced: bool = False) -> str:
    """``word`` (folded, lower case) with look-alikes and repeats allowed, and spaced-out
    letters too when ``spaced`` (and the word is long enough)."""
    joiner = " ?" if spaced and len(word.replace(" ", "")) >= SPACED_MIN else ""
    parts = [letter(char) for char in word]
    return joiner.join(parts)


def typos(word: str) -> list[str]:
    """Variants of a long word with one inner letter dropped or two neighbours swapped."""
    if len(word) < SWAP_MIN or " " in word:
        return []
    variants: set[str] = set()
    for i in range(1, len(word) - 1):
        if len(word) >= DROP_MIN:
            variants.add(word[:i] + word[i + 1 :])
        if word[i] != word[i + 1]:
            variants.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    variants.discard(word)
    return sorted(variants)
