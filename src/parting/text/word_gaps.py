"""How many word gaps a cue pattern keeps open (``pattern_gaps``), read from the pattern's
text: what makes a pattern slow for a lazy automaton (``classify.pattern_parts``).

A gap is a counted repeat of something that itself repeats: ``([a-z0-9]+ +){0,5}`` keeps a
reading open for each of up to five words, so it counts five. Alternatives add up, and a
quantifier's own gaps add to those inside it. A repeat with no upper bound (``(?:very )+``)
is one loop, not a count of readings, and counts nothing of its own; neither does what is
inside a look-around, which opens no reading of the text.

Read by a small scanner of the syntax the cue patterns use (groups, alternatives, classes,
escapes and quantifiers), so that nothing depends on the standard library's private
regular expression parser (``tests/text/test_pattern_parts.py`` holds the two to the same
count on every shipped cue and on seeded random patterns)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A counted quantifier: {m}, {m,}, {,n} or {m,n}; a "{" that is none of these is a character.
_COUNTED = re.compile(r"\{(\d*)(,?)(\d*)\}")


@dataclass(frozen=True)
class _Read:
    """What an item, an alternative or a group holds: its gaps, and whether anything in it
    repeats."""

    gaps: int = 0
    repeats: bool = False

    def __add__(self, other: _Read) -> _Read:
        # Most items are plain characters that hold nothing: adding them makes no new read
        # (every classifying process scans its cues before its first message).
        if other is _NOTHING:
            return self
        if self is _NOTHING:
            return other
        return _Read(self.gaps + other.gaps, self.repeats or other.repeats)


_NOTHING = _Read()

# How a group opens: "(", or "(?" and what kind of group it is (non-capturing, a
# look-around, named, with scoped flags, flags for the whole pattern, a comment).
_OPENING = re.compile(r"\((\?(?:[:=!>]|<[=!]|P<\w+>|<\w+>|[a-zA-Z-]*:|[a-zA-Z]+\)|#))?")


def pattern_gaps(pattern: str) -> int:
    """The word gaps ``pattern`` keeps open, summed over its alternatives: each counted
    repeat of something that itself repeats counts its most (``([a-z0-9]+ +){0,5}``: five,
    a reading open for each of up to five words). A pattern that is not a well-formed
    regular expression: 0.

    >>> pattern_gaps(r"(mua|dat) +([a-z0-9]+ +){0,5}(nhung|ma)")
    5
    >>> pattern_gaps(r"(?:very )+late"), pattern_gaps(r"(?:late|again){0,3}")
    (0, 0)
    """
    scanner = _Scanner(pattern)
    try:
        read = scanner.alternatives()
    except _Malformed:
        return 0
    return read.gaps if scanner.at == len(pattern) else 0


class _Malformed(Exception):
    """The pattern is not well formed (an unclosed group or class, a ")" too many)."""


class _Scanner:
    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0

    def alternatives(self) -> _Read:
        """Alternatives separated by ``|``, up to a ``)`` or the end: their gaps add up."""
        total = self._items()
        while self.at < len(self.text) and self.text[self.at] == "|":
            self.at += 1
            total += self._items()
        return total

    def _items(self) -> _Read:
        """The items of one alternative, one after another."""
        total = _NOTHING
        while self.at < len(self.text) and self.text[self.at] not in "|)":
            total += self._quantified(self._atom())
        return total

    def _atom(self) -> _Read:
        """One atom: an escape, a class, a group or a character."""
        text, i = self.text, self.at
        char = text[i]
        if char == "\\":
            self.at = i + 2
            if self.at > len(text):
                raise _Malformed
            return _NOTHING
        if char == "[":
            self.at = class_end(text, i) + 1
            if self.at > len(text):
                raise _Malformed
            return _NOTHING
        if char != "(":
            self.at = i + 1
            return _NOTHING
        return self._group()

    def _group(self) -> _Read:
        text = self.text
        head = _OPENING.match(text, self.at)
        assert head is not None  # the "(" alone always matches
        kind = head.group(1) or ""
        self.at = head.end()
        if kind.endswith(")"):  # flags for the whole pattern: "(?i)"
            return _NOTHING
        if kind == "?#":  # a comment
            end = text.find(")", self.at)
            if end < 0:
                raise _Malformed
            self.at = end + 1
            return _NOTHING
        inside = self.alternatives()
        if self.at >= len(text) or text[self.at] != ")":
            raise _Malformed
        self.at += 1
        if kind in ("?=", "?!", "?<=", "?<!"):
            return _NOTHING  # a look-around opens no reading of the text
        return inside

    def _quantified(self, read: _Read) -> _Read:
        """``read`` under the quantifier that follows it, if any."""
        text, i = self.text, self.at
        if i >= len(text):
            return read
        most: int | None
        if text[i] in "*+":
            most, self.at = None, i + 1
        elif text[i] == "?":
            most, self.at = 1, i + 1
        elif (counted := _COUNTED.match(text, i)) and (counted[1] or counted[3]):
            low, comma, high = counted.groups()
            most = int(high) if high else (None if comma else int(low))
            self.at = counted.end()
        else:
            return read
        if self.at < len(text) and text[self.at] in "?+":  # lazy or possessive
            self.at += 1
        own = most if most is not None and read.repeats else 0
        return _Read(read.gaps + own, True)


def class_end(pattern: str, i: int) -> int:
    """Where the character class opening at ``i`` (``[``) closes: its ``]``."""
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):  # a "]" first is a character of the class
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j
