"""A long cue pattern read in parts (``classify.pattern_parts``: DuckDB's RE2 reads a
long pattern whole ten to fifty times slower) matches exactly where the whole does."""

from __future__ import annotations

import random
import re

import pytest

from parting.text import datasets
from parting.text.classify import _LONGEST_PASS, _views, pattern_parts
from parting.text.lexicon import (
    FOLDED_EDGES,
    LANGUAGES,
    SCOPED_KINDS,
    folded_pattern_in,
    folded_pattern_of,
)

WORDS = ["late", "again", "broken", "not", "paid", "a|b", "(x)", "[y]", "ok", "naj"]


def _matches_somewhere(patterns: list[str], text: str) -> bool:
    return any(re.search(pattern, text) for pattern in patterns)


def test_a_short_pattern_is_read_whole() -> None:
    pattern = FOLDED_EDGES[0] + "late|broken" + FOLDED_EDGES[1]
    assert pattern_parts(pattern, 1_000) == [pattern]


def test_the_widest_group_is_shared_out_with_the_text_around_it() -> None:
    alternatives = [f"word{i}" for i in range(40)]
    pattern = "(^|[^a-z])(?:" + "|".join(alternatives) + ")([^a-z]|$)"
    parts = pattern_parts(pattern, 120)
    assert len(parts) > 1
    assert all(p.startswith("(^|[^a-z])(?:") and p.endswith(")([^a-z]|$)") for p in parts)
    inside = [a for p in parts for a in p[len("(^|[^a-z])(?:") : -len(")([^a-z]|$)")].split("|")]
    assert inside == alternatives  # each alternative once, in order


def test_bars_and_brackets_in_escapes_and_classes_are_characters() -> None:
    alternatives = [r"a\|b", r"[|(]x", r"\(y\)", r"[]|]z", r"(?:p|q) r", "w{2}"] * 6
    pattern = FOLDED_EDGES[0] + "|".join(alternatives) + FOLDED_EDGES[1]
    parts = pattern_parts(pattern, 80)
    assert len(parts) > 1
    rng = random.Random(7)
    pieces = ["a|b", "|x", "(y)", "]z", "p r", "q r", "ww", "w", " ", "nothing"]
    for _ in range(2_000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        assert _matches_somewhere(parts, text) == bool(re.search(pattern, text)), text


@pytest.mark.parametrize(
    "pattern",
    [
        "(?:" + "|".join(f"w{i}" for i in range(50)) + ")+ end",  # a repeated group
        "|".join(f"w{i}" for i in range(50)),  # an alternation outside every group
        "(" + "|".join(f"w{i}" for i in range(50)) + ")",  # a capturing group
    ],
)
def test_a_pattern_that_cannot_be_shared_out_is_read_whole(pattern: str) -> None:
    assert pattern_parts(pattern, 40) == [pattern]


@pytest.mark.parametrize("longest", sorted(set(_LONGEST_PASS.values())))
def test_every_long_cue_pattern_in_parts_matches_where_the_whole_does(longest: int) -> None:
    patterns = {
        folded_pattern_of((kind,), code)
        for kind in ("COUNTER", "NEGATION", "HATE")
        for code in (None, *LANGUAGES, "shared")
    }
    patterns |= {
        folded_pattern_in(kind, code) for kind in SCOPED_KINDS for code in (*LANGUAGES, "shared")
    }
    long = sorted(p for p in patterns if p is not None and len(p) > longest)
    assert long, "no cue pattern is long enough to be read in parts"
    texts = [
        _views(e.text)[1]
        for language in ("en", "fr", "vi", "sl")
        for e in datasets.own(f"business_{language}.csv")[::3]
    ]
    texts += [_views(e.text)[1] for e in datasets.hatecheck("en")[::40]]
    for pattern in long:
        parts = pattern_parts(pattern, longest)
        assert len(parts) > 1
        assert max(len(part) for part in parts) < longest * 1.2
        whole = re.compile(pattern)
        compiled = [re.compile(part) for part in parts]
        for text in texts:
            assert any(p.search(text) for p in compiled) == bool(whole.search(text)), text
