"""The shortcuts ``classify`` takes for speed never change a flag.

Rare kinds are screened (one pass of the union of their patterns, then each kind only
where the union matched), "minor" is matched only in complaints, Vietnamese teencode
only in Vietnamese messages, and single letters are folded by plain replacement.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import polars as pl
import pytest

from parting.text import datasets, normalise
from parting.text.classify import _FOLDED, _SCREENS, CLASSES, _views, flags_of
from parting.text.lexicon import (
    accented_pattern,
    accented_pattern_of,
    folded_pattern,
    folded_pattern_of,
)

# One message per screened kind and view, and the messages around the other shortcuts.
MESSAGES: list[tuple[str, str]] = [
    ("You are a fucking faggot.", "en"),  # slur
    ("I will find you and break your legs.", "en"),  # threat
    ("Immigrants are vermin.", "en"),  # group and hate
    ("Immigrnats are vermin.", "en"),  # group with a typo
    ("I do not think immigrants are vermin.", "en"),  # group, negated
    ("Please send it urgently, we need it today.", "en"),  # urgent
    ("Small issue: the logo is a bit blurry.", "en"),  # minor complaint
    ("The logo is wrong and a bit blurry.", "en"),  # complaint, and minor
    ("THIS IS TOTAL SHIT, FIX IT", "en"),  # shouting with profanity
    ("Tao sẽ giết mày.", "vi"),  # accented threat
    ("Đồ ngu, làm ăn như thế à?", "vi"),  # accented insult
    ("Vãi, nhanh thật!", "vi"),  # accented profanity
    ("Anh xuất hóa đơn khống giúp em nhé.", "vi"),  # accented ethics request
    ("cc gì vậy", "vi"),  # teencode, Vietnamese
    ("cc gì vậy", "en"),  # the same words, not Vietnamese
    ("Račun je v redu, hvala. Garçon, merci.", "sl"),  # ç and č folded
    ("Thanks for the update, see you Monday.", "en"),  # nothing at all
]


def corpus() -> list[str]:
    """Messages of every shipped set, enough to exercise every pattern."""
    texts = [text for text, _ in MESSAGES]
    texts += [e.text for e in datasets.hatecheck("en")[::20]]
    texts += [e.text for e in datasets.hatecheck("fr")[::20]]
    texts += [e.text for e in datasets.vihos()[::40]]
    for language in ("en", "fr", "vi", "sl"):
        texts += [e.text for e in datasets.own(f"business_{language}.csv")[::3]]
    return texts


def _search(pattern: str | None, text: str) -> bool:
    return pattern is not None and re.search(pattern, text) is not None


@pytest.mark.parametrize("name", list(_SCREENS))
def test_a_screen_matches_exactly_where_one_of_its_kinds_matches(name: str) -> None:
    view, kinds = _SCREENS[name]
    union = folded_pattern_of(kinds) if view == _FOLDED else accented_pattern_of(kinds)
    of = folded_pattern if view == _FOLDED else accented_pattern
    screened = 0
    for text in corpus():
        accented, folded, _ = _views(text)
        seen = folded if view == _FOLDED else accented
        any_kind = any(_search(of(kind), seen) for kind in kinds)
        assert _search(union, seen) == any_kind, (name, text)
        screened += any_kind
    assert screened > 0  # the corpus exercises the screen


@pytest.mark.parametrize("name", list(_SCREENS))
def test_every_screened_kind_is_exercised_by_the_messages_below(name: str) -> None:
    view, kinds = _SCREENS[name]
    of = folded_pattern if view == _FOLDED else accented_pattern
    for kind in kinds:
        views = [_views(text) for text, _ in MESSAGES]
        seen = [folded if view == _FOLDED else accented for accented, folded, _ in views]
        assert any(_search(of(kind), one) for one in seen), (name, kind)


def test_the_shortcuts_give_the_flags_of_the_plain_reading_on_every_engine(
    engine: str, classified: Callable[..., pl.DataFrame]
) -> None:
    out = classified([text for text, _ in MESSAGES], [language for _, language in MESSAGES])
    for row, (text, language) in zip(out.iter_rows(named=True), MESSAGES, strict=True):
        assert {name: row[name] for name in CLASSES} == flags_of(text, language), text
    assert out["is_abusive"].sum() > 0
    assert out["is_minor_complaint"].sum() > 0


# Letters without a decomposition in Unicode fold by hand.
_BASE = {"đ": "d", "ø": "o"}


def test_folding_turns_each_accented_letter_into_its_plain_letter() -> None:
    letters = "".join(char for pattern, _ in normalise.FOLD_STEPS for char in pattern.strip("[]"))
    folded = normalise.apply_text(letters, normalise.FOLD_STEPS, lower=False)
    expected = "".join(_BASE.get(c, unicodedata.normalize("NFD", c)[0]) for c in letters)
    assert folded == expected
    assert folded.isascii()
