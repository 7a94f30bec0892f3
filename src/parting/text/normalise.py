"""Normalise a message body before matching, identically in narwhals and in Python.

Every step is a regex replacement, so the same table drives both the vectorised
``classify`` (DuckDB's RE2, Polars' Rust regex, Spark's Java regex) and the per-message
``explain`` (Python ``re``). Only the subset all four engines agree on is used: no
look-around, no backreferences, no ``\\b``, no POSIX classes, literal Unicode characters.

Two views come out:

* ``accented``: lower case, quotations and quoted reply lines removed, every run of
  other characters than letters, digits and leetspeak symbols turned into one space.
  Vietnamese needs it: without diacritics ``đĩ`` (an insult) and ``đi`` (to go) are the
  same word.
* ``folded``: ``accented`` with diacritics folded to ASCII (``é`` -> ``e``, ``đ`` -> ``d``,
  ``č`` -> ``c``). The patterns read leetspeak there (``sh1t``, ``@ss``: see
  ``spelling``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import narwhals as nw

# Letters of the four languages (Latin-1, Latin Extended-A, Vietnamese ơ/ư, Latin
# Extended Additional). Written as literal characters: the escape syntaxes differ.
# Combining accents (U+0300-U+036F) count as letters so that decomposed Vietnamese
# ("ma" + grave + "y") is not cut in two; the folded view drops them.
LETTERS = "a-z0-9à-öø-ÿĀ-ſƠ-ư\u0300-\u036fẠ-ỹ"

# Reply lines quoted with ">" are the other side's words, not the client's.
QUOTED_LINES = r"(?m)^[ \t]*>[^\n]*"

# A client quoting someone else's insult is not insulting anyone: text between quote
# marks is dropped from the views the abuse patterns read. Bounded length so a stray
# quote mark cannot swallow a whole message.
QUOTATIONS = r"\"[^\"\n]{1,160}\"|“[^”\n]{1,160}”|„[^“”\n]{1,160}[“”]|«[^»\n]{1,160}»"

# Only the letters of English, French, Vietnamese and Slovenian, and only those the
# patterns need: every fold is one more pass over every message. A single letter is a
# plain replacement, several times cheaper than a regex pass on DuckDB, so the two c's
# are two steps rather than one ``[çč]`` class.
_FOLDS: tuple[tuple[str, str], ...] = (
    ("[àáâãäåāăạảấầẩẫậắằẳẵặ]", "a"),
    ("[èéêëẹẻẽếềểễệ]", "e"),
    ("[ìíîïĩịỉ]", "i"),
    ("[òóôõöøơọỏốồổỗộớờởỡợ]", "o"),
    ("[ùúûüũưụủứừửữự]", "u"),
    ("[ýÿỳỵỷỹ]", "y"),
    ("đ", "d"),
    ("ç", "c"),
    ("č", "c"),
    ("š", "s"),
    ("ž", "z"),
)

Step = tuple[str, str]

# Leetspeak symbols stay in both views so that ``f*ck``, ``b!tch`` and ``@ss`` match;
# they are not letters, so the patterns treat them as word edges too (see lexicon).
LEET = "@$!*|"

# A firm's name is nobody's verb: Slovenian firms are often named by a verb in the first
# person plural ("Gradimo d.o.o.", we build; "Zamenjamo d.o.o.", we replace), and a
# signature "Lp, Zamenjamo d.o.o." must not read as "we replace" (a change asked for) or
# "we" owning a slip. The word before a legal form (d.o.o., d.d., s.p., k.d., d.n.o.,
# read after lower-casing, dots required: "sp" alone is a Vietnamese "product") is the
# name; it is dropped with the form. The character after the form is taken too (no
# look-around): it is a space, a comma or the end.
_LEGAL_FORM = r"(d\. ?o\. ?o|d\. ?d|s\. ?p|k\. ?d|d\. ?n\. ?o)\.?"
FIRM_NAMES = f"[{LETTERS}]+ +{_LEGAL_FORM}([^{LETTERS}]|$)"

# One pass drops someone else's words (quoted reply lines and quotations) and firms'
# names.
OTHERS_WORDS = f"{QUOTED_LINES}|{QUOTATIONS}|{FIRM_NAMES}"

# Every run of characters other than letters, digits and leetspeak symbols becomes one
# space. Written so that a lone space between two words (most runs) is not a match:
# the result is the same as ``[^…]+``, but engines replace far fewer matches (DuckDB
# runs this step 2.5 times faster).
_OTHER = f"{LETTERS}{LEET}"
BETWEEN_WORDS = f" [^{_OTHER}]+|[^{_OTHER} ][^{_OTHER}]*"

ACCENTED_STEPS: tuple[Step, ...] = (
    (OTHERS_WORDS, " "),
    (BETWEEN_WORDS, " "),
)

# The folded view continues from the accented one. Letters of other languages (ß, ñ,
# decomposed accents) are left as they are: the patterns see them as word edges.
FOLD_STEPS: tuple[Step, ...] = _FOLDS
FOLDED_STEPS: tuple[Step, ...] = ACCENTED_STEPS + FOLD_STEPS

# The despaced view is the folded one without spaces: "s c u m" and "womendisgust"
# both show their words there (see ``lexicon.despaced_pattern``).
DESPACE_STEPS: tuple[Step, ...] = ((" ", ""),)

# Steps without regex syntax run as plain replacements, which engines do faster.
_PLAIN = re.compile(r"[\\^$.|?*+()\[\]{}]")


def apply_expr(expr: nw.Expr, steps: Sequence[Step], lower: bool = True) -> nw.Expr:
    """The steps as one narwhals expression, after lower-casing (unless told not to)."""
    out = expr.str.to_lowercase() if lower else expr
    for pattern, replacement in steps:
        literal = _PLAIN.search(pattern) is None
        out = out.str.replace_all(pattern, replacement, literal=literal)
    return out


def apply_text(text: str, steps: Sequence[Step], lower: bool = True) -> str:
    """The same steps in plain Python, for ``explain`` and for tests."""
    out = text.lower() if lower else text
    for pattern, replacement in steps:
        out = _compiled(pattern).sub(replacement, out)
    return out


@dataclass(frozen=True)
class Traced:
    """A view of a message and where each of its characters came from: character ``i``
    of ``text`` stands for ``original[starts[i]:ends[i]]`` (one space may stand for a
    run of punctuation, an emoji or a whole quotation), so words matched in the view can
    be quoted as the writer typed them."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def source(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that ``text[start:end]`` (not empty) stands for."""
        return self.starts[start], self.ends[end - 1]


def traced(text: str) -> Traced:
    """``text`` as its own view: every character stands for itself."""
    positions = tuple(range(len(text)))
    return Traced(text, positions, tuple(i + 1 for i in positions))


def apply_traced(view: Traced, steps: Sequence[Step], lower: bool = True) -> Traced:
    """``apply_text`` that remembers where each character of the result came from: the
    same steps and the same patterns, run one match at a time (slower: only for the few
    messages whose words are quoted)."""
    out, starts, ends = view.text, list(view.starts), list(view.ends)
    if lower:
        # One character may lower into two ("İ"); each of them comes from the one.
        lowered = [character.lower() for character in out]
        starts = [s for s, piece in zip(starts, lowered, strict=True) for _ in piece]
        ends = [e for e, piece in zip(ends, lowered, strict=True) for _ in piece]
        out = out.lower()  # the same characters, with the final-sigma rule str.lower knows
    for pattern, replacement in steps:
        pieces: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        last = 0
        for match in _compiled(pattern).finditer(out):
            begin, end = match.span()
            pieces.append(out[last:begin])
            new_starts += starts[last:begin]
            new_ends += ends[last:begin]
            if replacement:
                # What the replacement stands for: the characters it replaces (or, for
                # an empty match, the point between two characters).
                first = starts[begin] if begin < len(starts) else (ends[-1] if ends else 0)
                after = ends[end - 1] if end > begin else first
                pieces.append(replacement)
                new_starts += [first] * len(replacement)
                new_ends += [after] * len(replacement)
            last = end
        pieces.append(out[last:])
        new_starts += starts[last:]
        new_ends += ends[last:]
        out, starts, ends = "".join(pieces), new_starts, new_ends
    return Traced(out, tuple(starts), tuple(ends))


_cache: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    if pattern not in _cache:
        _cache[pattern] = re.compile(pattern)
    return _cache[pattern]
