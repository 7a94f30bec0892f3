"""Normalise a message body before matching, identically in narwhals and in Python.

Every step is a regex replacement, so the same table drives both the vectorised
``classify`` (DuckDB's RE2, Polars' Rust regex, Spark's Java regex) and the per-message
``explain`` (Python ``re``). Only the subset all four engines agree on is used: no
look-around, no backreferences, no ``\\b``, no POSIX classes, literal Unicode characters.

Two views come out:

* ``accented``: lower case, quotations and quoted reply lines removed, every run of
  non-letters turned into one space. Vietnamese needs it: without diacritics ``đĩ``
  (an insult) and ``đi`` (to go) are the same word.
* ``folded``: ``accented`` with diacritics folded to ASCII (``é`` -> ``e``, ``đ`` -> ``d``,
  ``č`` -> ``c``), and the leetspeak symbols ``@ $ 0 1 3 4 5 7 !`` kept so the patterns can
  read ``sh1t`` and ``@ss`` (see ``patterns.spelled``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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

_FOLDS: tuple[tuple[str, str], ...] = (
    ("[àáâãäåāăąạảấầẩẫậắằẳẵặ]", "a"),
    ("[èéêëēĕėęěẹẻẽếềểễệ]", "e"),
    ("[ìíîïĩīĭįịỉ]", "i"),
    ("[òóôõöøōŏőơọỏốồổỗộớờởỡợ]", "o"),
    ("[ùúûüũūŭůűųưụủứừửữự]", "u"),
    ("[ýÿỳỵỷỹ]", "y"),
    ("[đď]", "d"),
    ("[çćč]", "c"),
    ("[šś]", "s"),
    ("[žźż]", "z"),
    ("[ňñ]", "n"),
    ("[ľĺł]", "l"),
    ("ř", "r"),
    ("ť", "t"),
    ("œ", "oe"),
    ("æ", "ae"),
)

Step = tuple[str, str]

ACCENTED_STEPS: tuple[Step, ...] = (
    (QUOTED_LINES, " "),
    (QUOTATIONS, " "),
    (f"[^{LETTERS}]+", " "),
)

# Leetspeak symbols survive folding so that ``f*ck``, ``b!tch`` and ``@ss`` can match.
FOLDED_STEPS: tuple[Step, ...] = (
    (QUOTED_LINES, " "),
    (QUOTATIONS, " "),
    ("[\u0300-\u036f]", ""),
    *_FOLDS,
    (r"[^a-z0-9@$!*|]+", " "),
)


def apply_expr(expr: nw.Expr, steps: Sequence[Step]) -> nw.Expr:
    """The steps as one narwhals expression (lower-casing after quote removal)."""
    out = expr.str.to_lowercase()
    for pattern, replacement in steps:
        out = out.str.replace_all(pattern, replacement, literal=False)
    return out


def apply_text(text: str, steps: Sequence[Step]) -> str:
    """The same steps in plain Python, for ``explain`` and for tests."""
    out = text.lower()
    for pattern, replacement in steps:
        out = _compiled(pattern).sub(replacement, out)
    return out


_cache: dict[str, re.Pattern[str]] = {}


def _compiled(pattern: str) -> re.Pattern[str]:
    if pattern not in _cache:
        _cache[pattern] = re.compile(pattern)
    return _cache[pattern]
